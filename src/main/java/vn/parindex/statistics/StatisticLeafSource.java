package vn.parindex.statistics;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.util.Collection;

import vn.parindex.engine.Amounts;
import vn.parindex.engine.LeafFigures;
import vn.parindex.engine.LeafSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The statistics' {@link LeafSource}: each unit's points on the {@code STATISTIC} leaves
 * of a campaign as {@link StatisticLeafScores} keeps them. Self-assessed is the computed
 * figure; appraised is the council's adjustment where it made one, else the computed
 * figure. A 0 / 0 leaf under the default policy is not applicable (self and appraised,
 * unless the council adjusted it); a leaf without data or with invalid figures is not
 * reported (no data: the campaign's no-data policy decides), unless the council adjusted
 * it, which then stands as the appraised figure.
 */
@Component
class StatisticLeafSource implements LeafSource {

	private final JdbcTemplate jdbc;

	StatisticLeafSource(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void figures(long campaignId, Collection<Long> unitIds, LeafFigures sink) {
		String units = (unitIds != null) ? " and coalesce(p.unit_id, a.unit_id) = any(?)" : "";
		Object[] arguments = (unitIds != null) ? new Object[] { campaignId, campaignId, unitIds.toArray(Long[]::new) }
				: new Object[] { campaignId, campaignId };
		jdbc.query("""
				select coalesce(p.unit_id, a.unit_id), coalesce(p.leaf_code, a.leaf_code), p.state, p.points, a.points
				from (select * from statistic_leaf_points where campaign_id = ?) p
				full join (select * from statistic_leaf_adjustment where campaign_id = ?) a
				  on a.unit_id = p.unit_id and a.leaf_code = p.leaf_code
				where (p.state in ('SCORED', 'NOT_APPLICABLE') or a.points is not null)""" + units + " order by 1, 2",
				(ResultSet rs) -> {
					String state = rs.getString(3);
					BigDecimal computed = rs.getBigDecimal(4);
					BigDecimal adjusted = rs.getBigDecimal(5);
					boolean notApplicable = "NOT_APPLICABLE".equals(state);
					long self = (computed != null) ? Amounts.of(computed) : LeafFigures.NO_VALUE;
					long appraised = (adjusted != null) ? Amounts.of(adjusted) : self;
					sink.leaf(rs.getLong(1), rs.getString(2), self, appraised, notApplicable,
							notApplicable && adjusted == null);
				}, arguments);
	}

}
