package vn.parindex.campaign;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import vn.parindex.problem.Refusal;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An evaluation round (kỳ đánh giá): one framework applied in one year to a set of units,
 * through dated phases. It guards what may change once opened: participants can be added
 * or removed and dates moved, but never into a state the {@link Schedule} refuses or with
 * nobody taking part.
 */
@Table("campaign_campaign")
class Campaign extends AbstractAggregateRoot<Campaign> {

	@Id
	private Long id;

	@Version
	private int version;

	private final String name;

	private final int year;

	private final long frameworkId;

	@MappedCollection(idColumn = "campaign_id")
	private Set<CampaignUnit> units = new HashSet<>();

	@MappedCollection(idColumn = "campaign_id")
	private Set<CampaignPhase> phases = new HashSet<>();

	Campaign(String name, int year, long frameworkId) {
		this.name = name;
		this.year = year;
		this.frameworkId = frameworkId;
	}

	static Campaign open(String name, int year, long frameworkId, Set<Long> unitIds, List<PhaseDates> phases) {
		Campaign campaign = new Campaign(name.strip(), year, frameworkId);
		campaign.changeUnits(unitIds);
		campaign.reschedule(phases);
		return campaign;
	}

	/**
	 * Replaces the participants.
	 * @return who joined and who left, for the history
	 */
	UnitChange changeUnits(Set<Long> unitIds) {
		if (unitIds.isEmpty()) {
			throw Refusal.badRequest("campaign.error.noUnits");
		}
		Set<Long> before = unitIds();
		Set<Long> added = new TreeSet<>(unitIds);
		added.removeAll(before);
		Set<Long> removed = new TreeSet<>(before);
		removed.removeAll(unitIds);
		this.units = unitIds.stream().map(CampaignUnit::new).collect(Collectors.toCollection(HashSet::new));
		if (this.id != null && !(added.isEmpty() && removed.isEmpty())) {
			registerEvent(new CampaignUnitsChanged(this.id, added, removed));
		}
		return new UnitChange(added, removed);
	}

	/** Replaces the phase dates, which must follow the {@link Schedule}. */
	void reschedule(List<PhaseDates> dates) {
		this.phases = Schedule.check(dates)
			.stream()
			.map(CampaignPhase::of)
			.collect(Collectors.toCollection(HashSet::new));
	}

	Set<Long> unitIds() {
		return units.stream().map(CampaignUnit::unitId).collect(Collectors.toSet());
	}

	Long id() {
		return id;
	}

	CampaignView view() {
		List<PhaseDates> schedule = phases.stream()
			.map(CampaignPhase::dates)
			.sorted(java.util.Comparator.comparing(PhaseDates::phase))
			.toList();
		return new CampaignView(id, name, year, frameworkId, unitIds(), schedule);
	}

	record UnitChange(Set<Long> added, Set<Long> removed) {

		boolean none() {
			return added.isEmpty() && removed.isEmpty();
		}

	}

}
