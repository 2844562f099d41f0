package vn.parindex.statistics;

/**
 * An indicator as the secretariat sends it (FORMATS.md, Statistics): {@code code},
 * {@code name}, {@code kind}, {@code numeratorLabel}, {@code denominatorLabel},
 * {@code periodAggregation}, {@code sumChildren}, and on this side of the contract an
 * optional {@code description} and, to edit, the {@code version} read. Kinds and
 * aggregations are texts here, so that a wrong one is listed with the other errors.
 */
public record IndicatorRequest(String code, String name, String kind, String numeratorLabel, String denominatorLabel,
		String periodAggregation, Boolean sumChildren, String description, Integer version) {

	static IndicatorRequest of(Indicator indicator) {
		return new IndicatorRequest(indicator.code(), indicator.name(), indicator.kind().name(),
				indicator.numeratorLabel(), indicator.denominatorLabel(), indicator.periodAggregation().name(),
				indicator.sumChildren(), indicator.description(), indicator.version());
	}

}
