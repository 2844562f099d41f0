package vn.parindex.campaign;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * What the campaign pages post. Participants are either every active unit of a type
 * ({@code unitType} set) or the units ticked one by one.
 */
final class CampaignForms {

	private CampaignForms() {
	}

	record CampaignForm(@NotBlank @Size(max = 300) String name, @NotNull @Min(2000) @Max(2200) Integer year,
			@NotNull Long frameworkId, String unitType, List<Long> unitIds, List<@Valid PhaseForm> phases) {

		static CampaignForm empty(int year) {
			return new CampaignForm("", year, null, "", List.of(), PhaseForm.blank());
		}

		List<PhaseDates> dates() {
			return PhaseForm.dates(phases);
		}

	}

	record DatesForm(List<@Valid PhaseForm> phases) {

		static DatesForm of(CampaignView campaign) {
			return new DatesForm(Arrays.stream(Phase.values())
				.map((phase) -> campaign.phase(phase)
					.map((dates) -> new PhaseForm(phase, dates.startsOn(), dates.deadline()))
					.orElse(new PhaseForm(phase, null, null)))
				.toList());
		}

		List<PhaseDates> dates() {
			return PhaseForm.dates(phases);
		}

	}

	record UnitsForm(String unitType, List<Long> unitIds) {

		static UnitsForm of(CampaignView campaign) {
			return new UnitsForm("", List.copyOf(campaign.unitIds()));
		}

	}

	/** One phase's row; a row with both dates blank leaves the phase out. */
	record PhaseForm(@NotNull Phase phase, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {

		static List<PhaseForm> blank() {
			return Arrays.stream(Phase.values()).map((phase) -> new PhaseForm(phase, null, null)).toList();
		}

		static List<PhaseDates> dates(List<PhaseForm> phases) {
			List<PhaseDates> dates = new ArrayList<>();
			for (PhaseForm row : (phases != null) ? phases : List.<PhaseForm>of()) {
				if (row.startsOn() != null || row.deadline() != null) {
					dates.add(new PhaseDates(row.phase(), row.startsOn(), row.deadline()));
				}
			}
			return dates;
		}

	}

	static List<Long> nonNull(List<Long> ids) {
		return (ids != null) ? ids.stream().filter(Objects::nonNull).toList() : List.of();
	}

}
