package vn.parindex.statistics;

/**
 * One line of the statistics module's audit trail ({@code statistic_event}): who did what
 * ({@code action}), to which subject (an indicator, an import, an observation), about
 * which campaign, unit and indicator (each may be {@code null}), the old and the new
 * value, and why. The trail adds when and from where.
 */
public record StatisticEvent(String action, String actor, Long subjectId, String item, Long campaignId, Long unitId,
		Long indicatorId, String oldValue, String newValue, String reason) {

	public static StatisticEvent of(String action, String actor) {
		return new StatisticEvent(action, actor, null, null, null, null, null, null, null, null);
	}

	public StatisticEvent subject(Long id, String what) {
		return new StatisticEvent(action, actor, id, what, campaignId, unitId, indicatorId, oldValue, newValue, reason);
	}

	public StatisticEvent campaign(Long id) {
		return new StatisticEvent(action, actor, subjectId, item, id, unitId, indicatorId, oldValue, newValue, reason);
	}

	public StatisticEvent unit(Long id) {
		return new StatisticEvent(action, actor, subjectId, item, campaignId, id, indicatorId, oldValue, newValue,
				reason);
	}

	public StatisticEvent indicator(Long id) {
		return new StatisticEvent(action, actor, subjectId, item, campaignId, unitId, id, oldValue, newValue, reason);
	}

	public StatisticEvent values(String before, String after) {
		return new StatisticEvent(action, actor, subjectId, item, campaignId, unitId, indicatorId, before, after,
				reason);
	}

	public StatisticEvent reason(String why) {
		return new StatisticEvent(action, actor, subjectId, item, campaignId, unitId, indicatorId, oldValue, newValue,
				why);
	}

}
