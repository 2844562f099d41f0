package vn.parindex.framework;

import java.math.BigDecimal;

/**
 * What a framework is, apart from its tree.
 *
 * @param targetGroup the kind of units it evaluates: a unit type such as {@code PROVINCE}
 * @param bonusCap the most bonus points a unit can add (điểm thưởng tối đa)
 * @param penaltyCap the most penalty points a unit can lose (điểm trừ tối đa)
 * @param roundComputed whether every computed leaf's points are rounded half-up to 2
 * decimals before they are added up (làm tròn điểm tính toán), as some indices add
 * rounded metrics; by default they keep 4 decimals, as the published PAR INDEX does
 */
public record FrameworkSettings(String name, int year, String targetGroup, BigDecimal bonusCap, BigDecimal penaltyCap,
		boolean roundComputed) {

	public FrameworkSettings {
		name = (name != null) ? name.strip() : null;
		targetGroup = (targetGroup != null) ? targetGroup.strip().toUpperCase(java.util.Locale.ROOT) : null;
		bonusCap = (bonusCap != null) ? bonusCap : BigDecimal.ZERO;
		penaltyCap = (penaltyCap != null) ? penaltyCap : BigDecimal.ZERO;
	}

	/** Settings that keep computed points to 4 decimals, the default. */
	public FrameworkSettings(String name, int year, String targetGroup, BigDecimal bonusCap, BigDecimal penaltyCap) {
		this(name, year, targetGroup, bonusCap, penaltyCap, false);
	}

}
