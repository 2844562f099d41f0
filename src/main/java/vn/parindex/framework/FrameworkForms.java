package vn.parindex.framework;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.parindex.engine.Source;
import vn.parindex.problem.Refusal;
import vn.parindex.problem.RefusedForm;

/**
 * The form records of the framework pages.
 */
final class FrameworkForms {

	private FrameworkForms() {
	}

	/**
	 * The settings typed beside an uploaded workbook, or a draft's settings; empty ones
	 * come from the workbook's Settings sheet. An unticked box sends no
	 * {@code roundComputed}.
	 */
	record ImportForm(@Size(max = 300) String name, @Min(2000) @Max(2200) Integer year,
			@Size(max = 32) String targetGroup, BigDecimal bonusCap, BigDecimal penaltyCap, Boolean roundComputed) {

		static ImportForm empty() {
			return new ImportForm("", java.time.Year.now().getValue(), "PROVINCE", null, null, false);
		}

		static ImportForm of(FrameworkSettings settings) {
			return new ImportForm(settings.name(), settings.year(), settings.targetGroup(), settings.bonusCap(),
					settings.penaltyCap(), settings.roundComputed());
		}

		FrameworkSettings toSettings() {
			return new FrameworkSettings(name, (year != null) ? year : 0, targetGroup, bonusCap, penaltyCap,
					Boolean.TRUE.equals(roundComputed));
		}

	}

	record CopyForm(@NotNull @Min(2000) @Max(2200) Integer year, @NotBlank @Size(max = 300) String name) {
	}

	/**
	 * One node as the editor shows it; an unticked box sends no {@code evidenceRequired}.
	 */
	record NodeForm(@NotBlank @Size(max = 32) String code, String parentCode, @NotBlank @Size(max = 1000) String name,
			String guidance, BigDecimal maxPoints, Source source, RuleKind rule, @Size(max = 2000) String ruleParams,
			@Size(max = 100) String part, @Size(max = 500) String appliesTo,
			Boolean evidenceRequired) implements RefusedForm {

		/** Workbook column keys, as problems name them, to the editor's field names. */
		private static final Map<String, String> FIELDS = Map.of("code", "code", "parent", "parentCode", "name", "name",
				"max_points", "maxPoints", "source", "source", "rule", "rule", "rule_params", "ruleParams",
				"applies_to", "appliesTo");

		static NodeForm newChildOf(String parentCode) {
			return new NodeForm("", parentCode, "", "", null, Source.SELF, RuleKind.MANUAL, "", "", "", true);
		}

		static NodeForm of(FrameworkNode node) {
			return new NodeForm(node.code(), node.parentCode(), node.name(), node.guidance(), node.maxPoints(),
					node.source(), node.rule(), node.ruleParams(), node.part(), node.appliesTo(),
					node.evidenceRequired());
		}

		FrameworkNode toNode() {
			return new FrameworkNode(strip(code), strip(parentCode), strip(name), strip(guidance), maxPoints, source,
					rule, strip(ruleParams), strip(part), appliesTo, Boolean.TRUE.equals(evidenceRequired));
		}

		/**
		 * The field a problem concerns, when it concerns this node; other nodes' problems
		 * concern the whole form.
		 */
		@Override
		public String fieldOf(Refusal.FieldError error) {
			Object node = error.location().get("code");
			String field = FIELDS.get((String) error.location().get("field"));
			return (node == null || node.equals(code)) ? field : null;
		}

		private static String strip(String text) {
			return (text == null || text.isBlank()) ? null : text.strip();
		}

	}

}
