package vn.parindex.campaign;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import vn.parindex.units.UnitView;

/**
 * The campaign API's bodies (FORMATS.md): units by code, dates as ISO days in Vietnam.
 */
final class CampaignJson {

	private CampaignJson() {
	}

	record CampaignRequest(@NotBlank @Size(max = 300) String name, @NotNull @Min(2000) @Max(2200) Integer year,
			@NotNull Long frameworkId, @NotEmpty List<@NotBlank String> unitCodes, @Valid List<PhaseJson> phases) {

		List<PhaseDates> dates() {
			return PhaseJson.dates(phases);
		}

	}

	record PhasesRequest(@NotNull @Valid List<PhaseJson> phases) {

		List<PhaseDates> dates() {
			return PhaseJson.dates(phases);
		}

	}

	record UnitsRequest(@NotEmpty List<@NotBlank String> unitCodes) {
	}

	record PhaseJson(@NotNull Phase phase, @NotNull LocalDate startsOn, @NotNull LocalDate deadline) {

		static PhaseJson of(PhaseDates dates) {
			return new PhaseJson(dates.phase(), dates.startsOn(), dates.deadline());
		}

		static List<PhaseDates> dates(List<PhaseJson> phases) {
			return (phases != null)
					? phases.stream().map((p) -> new PhaseDates(p.phase(), p.startsOn(), p.deadline())).toList()
					: List.of();
		}

	}

	record Created(long id) {
	}

	record CampaignBody(long id, String name, int year, long frameworkId, List<String> unitCodes,
			List<PhaseJson> phases) {

		static CampaignBody of(CampaignView campaign, Map<Long, UnitView> units) {
			List<String> codes = campaign.unitIds()
				.stream()
				.map((id) -> units.containsKey(id) ? units.get(id).code() : String.valueOf(id))
				.sorted()
				.toList();
			return new CampaignBody(campaign.id(), campaign.name(), campaign.year(), campaign.frameworkId(), codes,
					campaign.phases().stream().map(PhaseJson::of).toList());
		}

	}

}
