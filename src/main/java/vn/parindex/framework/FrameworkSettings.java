package vn.parindex.framework;

import java.math.BigDecimal;

/**
 * What a framework is, apart from its tree.
 *
 * @param targetGroup the kind of units it evaluates: a unit type such as {@code PROVINCE}
 * @param bonusCap the most bonus points a unit can add (điểm thưởng tối đa)
 * @param penaltyCap the most penalty points a unit can lose (điểm trừ tối đa)
 */
public record FrameworkSettings(String name, int year, String targetGroup, BigDecimal bonusCap, BigDecimal penaltyCap) {

	public FrameworkSettings {
		name = (name != null) ? name.strip() : null;
		targetGroup = (targetGroup != null) ? targetGroup.strip().toUpperCase(java.util.Locale.ROOT) : null;
		bonusCap = (bonusCap != null) ? bonusCap : BigDecimal.ZERO;
		penaltyCap = (penaltyCap != null) ? penaltyCap : BigDecimal.ZERO;
	}

}
