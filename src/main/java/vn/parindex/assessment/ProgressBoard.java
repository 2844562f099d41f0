package vn.parindex.assessment;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignView;
import vn.parindex.campaign.Phase;
import vn.parindex.campaign.PhaseDates;
import vn.parindex.campaign.SubmissionStatus;
import vn.parindex.framework.FrameworkCatalog;
import vn.parindex.framework.FrameworkView;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where every participating unit stands in a campaign: what the secretariat follows day
 * by day.
 */
@Service
@Transactional(readOnly = true)
public class ProgressBoard implements SubmissionStatus {

	private final CampaignCatalog campaigns;

	private final FrameworkCatalog frameworks;

	private final UnitCatalog units;

	private final SheetStore store;

	private final Clock clock;

	ProgressBoard(CampaignCatalog campaigns, FrameworkCatalog frameworks, UnitCatalog units, SheetStore store,
			Clock clock) {
		this.campaigns = campaigns;
		this.frameworks = frameworks;
		this.units = units;
		this.store = store;
		this.clock = clock;
	}

	public List<ProgressRow> rows(long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		FrameworkView framework = frameworks.get(campaign.frameworkId());
		Map<Long, Sheet> sheets = store.forCampaign(campaignId, framework.tree());
		Map<Long, java.util.Set<String>> withEvidence = store.leavesWithEvidence(campaignId);
		LocalDate today = LocalDate.now(clock.withZone(PhaseDates.ZONE));
		Long days = campaign.daysToDeadline(Phase.SELF_ASSESSMENT, today).orElse(null);
		Collator collator = Collator.getInstance(Locale.forLanguageTag("vi"));
		return campaign.unitIds()
			.stream()
			.map(units::byId)
			.flatMap(java.util.Optional::stream)
			.map((unit) -> row(unit, sheets.get(unit.id()), framework, days, withEvidence))
			.sorted(Comparator.comparing(ProgressRow::unitName, collator))
			.toList();
	}

	/** Units that have not submitted: whom the campaign's reminders go to. */
	@Override
	public java.util.Set<Long> unitsNotSubmitted(long campaignId) {
		CampaignView campaign = campaigns.get(campaignId);
		Map<Long, Sheet> sheets = store.forCampaign(campaignId, frameworks.get(campaign.frameworkId()).tree());
		java.util.Set<Long> result = new java.util.HashSet<>(campaign.unitIds());
		sheets.forEach((unit, sheet) -> {
			if (sheet.status() != SheetStatus.DRAFT) {
				result.remove(unit);
			}
		});
		return result;
	}

	private ProgressRow row(UnitView unit, Sheet sheet, FrameworkView framework, Long days,
			Map<Long, java.util.Set<String>> withEvidence) {
		SheetCalculator calculator = new SheetCalculator(framework, unit.id(), unit.type());
		Map<String, LeafEntry> entries = (sheet != null) ? sheet.entries() : new HashMap<>();
		SheetTotals totals = calculator.calculate(entries,
				(sheet != null) ? withEvidence.getOrDefault(sheet.id(), java.util.Set.of()) : java.util.Set.of());
		boolean started = entries.values().stream().anyMatch(LeafEntry::filled);
		SheetStatus status = (sheet != null) ? sheet.status() : SheetStatus.DRAFT;
		String shown = (status == SheetStatus.DRAFT && !started) ? "NOT_STARTED" : status.name();
		boolean late = days != null && days < 0 && status == SheetStatus.DRAFT;
		return new ProgressRow(unit.id(), unit.code(), unit.name(), shown, totals.progress().applicable(),
				totals.progress().filled(), totals.progress().missingEvidence(), totals.total().shownIndex(), days,
				late);
	}

	static Comparator<ProgressRow> order(String sort) {
		Comparator<ProgressRow> byName = Comparator.comparing(ProgressRow::unitName,
				Collator.getInstance(Locale.forLanguageTag("vi")));
		return switch (Objects.requireNonNullElse(sort, "name")) {
			case "status" -> Comparator.comparing(ProgressRow::status).thenComparing(byName);
			case "filled" -> Comparator.comparingInt(ProgressRow::percentFilled).thenComparing(byName);
			case "evidence" -> Comparator.comparingInt(ProgressRow::missingEvidence).reversed().thenComparing(byName);
			default -> byName;
		};
	}

}
