package vn.parindex.statistics;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.parindex.accounts.AccountService;
import vn.parindex.accounts.Role;
import vn.parindex.accounts.UserView;
import vn.parindex.campaign.CampaignCatalog;
import vn.parindex.campaign.CampaignNotices;
import vn.parindex.campaign.CampaignView;
import vn.parindex.units.UnitCatalog;
import vn.parindex.units.UnitView;

import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells a unit's leaders and officers when one of its rates fell below a tier it had
 * reached the quarter before (docs/statistics-board.md, "Notices"). New observations mark
 * their units (and the units above them, whose sums they change) once their transaction
 * has committed; a job every {@code parindex.statistics.board.notice-delay} milliseconds
 * (5,000 by default) checks the marked units of every campaign they take part in, for
 * today's quarter and the one before it within the campaign's year; a daily run
 * ({@code parindex.statistics.board.notice-cron}) checks every unit, so that nothing a
 * restart forgot is missed. A notice is stored once per person, campaign, unit, leaf and
 * quarter (a unique key, see {@link CampaignNotices}): checking again, or on two nodes at
 * once, never repeats it.
 */
@Component
class StatisticsBoardNotices {

	static final String MESSAGE = "statistics.board.notice.fellBelow";

	private static final Logger log = LoggerFactory.getLogger(StatisticsBoardNotices.class);

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private final StatisticsBoards boards;

	private final CampaignCatalog campaigns;

	private final UnitCatalog units;

	private final AccountService accounts;

	private final CampaignNotices notices;

	private final MessageSource messages;

	private final TransactionTemplate transactions;

	private final Set<Long> dirty = ConcurrentHashMap.newKeySet();

	StatisticsBoardNotices(StatisticsBoards boards, CampaignCatalog campaigns, UnitCatalog units,
			AccountService accounts, CampaignNotices notices, MessageSource messages,
			TransactionTemplate transactions) {
		this.boards = boards;
		this.campaigns = campaigns;
		this.units = units;
		this.accounts = accounts;
		this.notices = notices;
		this.messages = messages;
		this.transactions = transactions;
	}

	@TransactionalEventListener(fallbackExecution = true)
	void observationsChanged(ObservationsChanged event) {
		dirty.addAll(event.unitIds());
	}

	@Scheduled(fixedDelayString = "${parindex.statistics.board.notice-delay:5000}",
			initialDelayString = "${parindex.statistics.board.notice-delay:5000}")
	void tick() {
		flush();
	}

	@Scheduled(cron = "${parindex.statistics.board.notice-cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
	void daily() {
		units.all().forEach((unit) -> dirty.add(unit.id()));
		flush();
	}

	/**
	 * Checks the marked units now (the job calls it; tests may too).
	 * @return how many notices were new
	 */
	synchronized int flush() {
		if (dirty.isEmpty()) {
			return 0;
		}
		Set<Long> marked = new HashSet<>(dirty);
		dirty.removeAll(marked);
		Set<Long> affected = withAncestors(marked);
		Period now = Period.quarterOf(boards.today());
		int sent = 0;
		for (CampaignView campaign : campaigns.list()) {
			List<Long> concerned = campaign.unitIds().stream().filter(affected::contains).sorted().toList();
			if (concerned.isEmpty()) {
				continue;
			}
			for (Period quarter : List.of(now.previousQuarter(), now)) {
				if (quarter.year() != campaign.year()) {
					continue;
				}
				try {
					sent += notify(campaign, quarter, concerned);
				}
				catch (RuntimeException ex) {
					log.error("Campaign {}, {}: the board's notices could not be sent", campaign.id(), quarter, ex);
				}
			}
		}
		return sent;
	}

	/** The units and every unit above them. */
	private Set<Long> withAncestors(Set<Long> marked) {
		Map<Long, Long> parents = new HashMap<>();
		for (UnitView unit : units.all()) {
			if (unit.parentId() != null) {
				parents.put(unit.id(), unit.parentId());
			}
		}
		Set<Long> all = new HashSet<>(marked);
		for (long unit : marked) {
			Long parent = parents.get(unit);
			while (parent != null && all.add(parent)) {
				parent = parents.get(parent);
			}
		}
		return all;
	}

	/**
	 * Sends the notices of the units that fell below a tier in the quarter, in one
	 * transaction.
	 * @return how many notices were new
	 */
	int notify(CampaignView campaign, Period quarter, Collection<Long> unitIds) {
		StatisticsBoard board = boards.compute(campaign, quarter, unitIds, false);
		if (board.falls().isEmpty()) {
			return 0;
		}
		Map<Long, List<Long>> recipients = recipients();
		Integer sent = transactions.execute((status) -> {
			int count = 0;
			for (StatisticsBoard.Fall fall : board.falls()) {
				List<Long> users = recipients.getOrDefault(fall.unit().id(), List.of());
				if (users.isEmpty()) {
					continue;
				}
				String key = "statistics.board:" + campaign.id() + ":" + fall.unit().id() + ":" + fall.leaf().code()
						+ ":" + quarter.text();
				count += notices.post(users, campaign.id(), fall.unit().id(), MESSAGE,
						arguments(campaign, quarter, fall),
						"/campaigns/" + campaign.id() + "/statistics/board?quarter=" + quarter.text(), key);
			}
			return count;
		});
		return (sent != null) ? sent : 0;
	}

	/** The enabled leaders and officers of each unit. */
	private Map<Long, List<Long>> recipients() {
		return accounts.list(null)
			.stream()
			.filter((user) -> user.enabled() && user.unitId() != null)
			.filter((user) -> user.roles().contains(Role.UNIT_LEADER) || user.roles().contains(Role.UNIT_OFFICER))
			.collect(Collectors.groupingBy(UserView::unitId, Collectors.mapping(UserView::id, Collectors.toList())));
	}

	/**
	 * Unit, leaf code, leaf name, quarter, rate, next tier, the quarter before's rate: in
	 * Vietnamese figures, the language of the units.
	 */
	private List<String> arguments(CampaignView campaign, Period quarter, StatisticsBoard.Fall fall) {
		List<String> arguments = new ArrayList<>();
		arguments.add(fall.unit().name());
		arguments.add(fall.leaf().code());
		arguments.add(fall.leaf().name());
		arguments.add(messages.getMessage("statistics.period.quarter",
				new Object[] { String.valueOf(quarter.year()), quarter.index() }, VIETNAMESE));
		arguments.add(percent(fall.ratePercent()));
		arguments.add(percent(fall.nextTier()));
		arguments.add(percent(fall.previousRatePercent()));
		arguments.add(campaign.name());
		return arguments;
	}

	/** {@code 78,5%}: a percentage as Vietnamese write it. */
	static String percent(BigDecimal percent) {
		if (percent == null) {
			return "—";
		}
		DecimalFormat format = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(VIETNAMESE));
		return format.format(percent) + "%";
	}

}
