package vn.parindex.survey;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

/**
 * The instruments API's bodies: an instrument as JSON (groups, questions with their
 * options both as the workbook writes them and parsed), and what a replacement, a copy
 * and a template take. A replacement may send back what was read: the parsed options are
 * ignored, the {@code options} text counts.
 */
final class InstrumentJson {

	private InstrumentJson() {
	}

	record Created(long id) {
	}

	record Listed(long id, String name, int year, String template, boolean frozen, int questions) {

		static Listed of(InstrumentCatalog.Summary summary) {
			return new Listed(summary.id(), summary.name(), summary.year(), summary.template(), summary.frozen(),
					summary.questions());
		}

	}

	record Body(long id, String name, int year, String template, Layout layout, Satisfaction satisfaction, int version,
			boolean frozen, List<GroupJson> groups, List<QuestionJson> questions) {

		static Body of(InstrumentCatalog.Editable editable) {
			Instrument instrument = editable.instrument();
			return new Body(instrument.id(), instrument.name(), instrument.year(), instrument.template(),
					instrument.layout(), instrument.satisfaction(), editable.version(), editable.frozen(),
					instrument.groups().stream().map((g) -> new GroupJson(g.code(), g.name(), g.weight())).toList(),
					instrument.questions().stream().map(QuestionJson::of).toList());
		}

	}

	record GroupJson(String code, String name, BigDecimal weight) {
	}

	/**
	 * @param scale k of a scale question, else {@code null}
	 * @param choices the options of a choice question, each with its percentage
	 */
	record QuestionJson(String code, List<String> groups, String text, AnswerType type, String options, Integer scale,
			List<OptionJson> choices, boolean cannotJudge, String leaf, String element, List<String> satisfied,
			String context) {

		static QuestionJson of(Question q) {
			return new QuestionJson(q.code(), q.groups().stream().sorted().toList(), q.text(), q.type(), q.options(),
					(q.type() == AnswerType.SCALE) ? q.scale() : null,
					q.choices()
						.stream()
						.map((o) -> new OptionJson(o.code(), o.label(),
								o.share().movePointRight(2).stripTrailingZeros()))
						.toList(),
					q.cannotJudge(), q.leafCode(), q.element(), q.satisfied().stream().sorted().toList(), q.context());
		}

	}

	record OptionJson(String code, String label, BigDecimal percent) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record ReplaceRequest(@NotNull Integer version, String name, Integer year, Layout layout, Satisfaction satisfaction,
			@NotNull List<@NotNull @Valid GroupRequest> groups,
			@NotNull List<@NotNull @Valid QuestionRequest> questions) {

		InstrumentCatalog.Draft draft() {
			return new InstrumentCatalog.Draft(new InstrumentRules.Head(name, year, null, layout, satisfaction),
					groups.stream()
						.map((g) -> new InstrumentRules.GroupEntry(g.code(), g.name(),
								(g.weight() != null) ? g.weight().toPlainString() : null))
						.toList(),
					questions.stream()
						.map((q) -> new InstrumentRules.QuestionEntry(q.code(), codes(q.groups()), q.text(), q.type(),
								q.options(), Boolean.TRUE.equals(q.cannotJudge()), q.leaf(), q.element(),
								codes(q.satisfied()), q.context()))
						.toList());
		}

		private static String codes(List<String> codes) {
			return (codes != null) ? String.join(",", codes.stream().filter((c) -> c != null).toList()) : null;
		}

	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record GroupRequest(String code, String name, BigDecimal weight) {
	}

	@JsonIgnoreProperties(ignoreUnknown = true)
	record QuestionRequest(String code, List<String> groups, String text, String type, String options,
			Boolean cannotJudge, String leaf, String element, List<String> satisfied, String context) {
	}

	/** A copy's or a template's year, and optionally the new instrument's name. */
	record YearRequest(@NotNull Integer year, String name) {
	}

}
