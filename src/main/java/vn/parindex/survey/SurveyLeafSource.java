package vn.parindex.survey;

import java.sql.ResultSet;
import java.util.Collection;

import vn.parindex.engine.Amounts;
import vn.parindex.engine.LeafFigures;
import vn.parindex.engine.LeafSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The surveys' {@link LeafSource}: each unit's points on the survey leaves of a campaign,
 * as {@link SurveyLeafScores} keeps them — the same figure self-assessed and appraised,
 * never "not applicable". A unit or leaf without answers is not reported: it has no
 * survey data, and the campaign's no-data policy decides what that does. Where two
 * surveys of a campaign feed the same leaf, the newer survey's score is the one reported.
 */
@Component
class SurveyLeafSource implements LeafSource {

	private final JdbcTemplate jdbc;

	SurveyLeafSource(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void figures(long campaignId, Collection<Long> unitIds, LeafFigures sink) {
		String units = (unitIds != null) ? " and s.unit_id = any(?)" : "";
		Object[] arguments = (unitIds != null) ? new Object[] { campaignId, unitIds.toArray(Long[]::new) }
				: new Object[] { campaignId };
		jdbc.query("""
				select s.unit_id, s.leaf_code, s.points
				from survey_leaf_score s join survey_survey v on v.id = s.survey_id
				where v.campaign_id = ? and s.points is not null""" + units + " order by s.unit_id, s.survey_id",
				(ResultSet rs) -> {
					long points = Amounts.of(rs.getBigDecimal(3));
					sink.leaf(rs.getLong(1), rs.getString(2), points, points, false, false);
				}, arguments);
	}

}
