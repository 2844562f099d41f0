package vn.parindex.assessment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Function;

import vn.parindex.engine.Amounts;
import vn.parindex.framework.RuleInput;
import vn.parindex.framework.RuleKind;

/**
 * A leaf entry as the columns of {@code assessment_entry}: a row read back into an entry,
 * and the rule input spread over the input columns it is written to.
 */
final class EntryColumns {

	private EntryColumns() {
	}

	static LeafEntry entry(ResultSet rs, Function<String, RuleKind> kinds) throws SQLException {
		String code = rs.getString("leaf_code");
		StoredInput stored = new StoredInput(rs.getBigDecimal("input_number"), (Boolean) rs.getObject("input_yes"),
				rs.getString("input_level"), rs.getBigDecimal("input_numerator"),
				rs.getBigDecimal("input_denominator"));
		return new LeafEntry(code, stored.toInput(kinds.apply(code)), Amounts.points(rs.getBigDecimal("self_points")),
				rs.getBoolean("not_applicable"), rs.getString("not_applicable_reason"), rs.getString("explanation"),
				Amounts.points(rs.getBigDecimal("appraised_points")),
				(Boolean) rs.getObject("appraised_not_applicable"), rs.getString("appraisal_reason"));
	}

	/** A rule input as columns; which rule reads it back decides its kind. */
	record StoredInput(BigDecimal number, Boolean yes, String level, BigDecimal numerator, BigDecimal denominator) {

		static StoredInput of(RuleInput input) {
			if (input instanceof RuleInput.Number value) {
				return new StoredInput(value.value(), null, null, null, null);
			}
			if (input instanceof RuleInput.Count count) {
				return new StoredInput(count.count(), null, null, null, null);
			}
			if (input instanceof RuleInput.Mean mean) {
				return new StoredInput(mean.mean(), null, null, null, null);
			}
			if (input instanceof RuleInput.Score score) {
				return new StoredInput(score.share(), null, null, null, null);
			}
			if (input instanceof RuleInput.YesNo yesNo) {
				return new StoredInput(null, yesNo.yes(), null, null, null);
			}
			if (input instanceof RuleInput.Level level) {
				return new StoredInput(null, null, level.name(), null, null);
			}
			if (input instanceof RuleInput.Ratio ratio) {
				return new StoredInput(null, null, null, ratio.numerator(), ratio.denominator());
			}
			return new StoredInput(null, null, null, null, null);
		}

		RuleInput toInput(RuleKind kind) {
			if (kind == null) {
				return null;
			}
			return switch (kind) {
				case MANUAL -> (number != null) ? new RuleInput.Number(number.stripTrailingZeros()) : null;
				case DEDUCTION -> (number != null) ? new RuleInput.Count(number.stripTrailingZeros()) : null;
				case SURVEY_SCALE -> (number != null) ? new RuleInput.Mean(number.stripTrailingZeros()) : null;
				case SURVEY_SCORE -> (number != null) ? new RuleInput.Score(number.stripTrailingZeros()) : null;
				case YES_NO -> (yes != null) ? new RuleInput.YesNo(yes) : null;
				case LEVELS -> (level != null) ? new RuleInput.Level(level) : null;
				case RATIO_TIERS -> (numerator != null && denominator != null)
						? new RuleInput.Ratio(numerator.stripTrailingZeros(), denominator.stripTrailingZeros()) : null;
				// computed from indicators, never typed on a sheet
				case FORMULA -> null;
			};
		}

	}

}
