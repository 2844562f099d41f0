package vn.parindex.statistics;

/** The indicator form of the catalog's pages. */
public class IndicatorForm {

	private String code;

	private String name;

	private String kind = IndicatorKind.RATIO.name();

	private String numeratorLabel;

	private String denominatorLabel;

	private String periodAggregation = PeriodAggregation.SUM.name();

	private boolean sumChildren;

	private String description;

	private Integer version;

	static IndicatorForm of(Indicator indicator) {
		IndicatorForm form = new IndicatorForm();
		form.code = indicator.code();
		form.name = indicator.name();
		form.kind = indicator.kind().name();
		form.numeratorLabel = indicator.numeratorLabel();
		form.denominatorLabel = indicator.denominatorLabel();
		form.periodAggregation = indicator.periodAggregation().name();
		form.sumChildren = indicator.sumChildren();
		form.description = indicator.description();
		form.version = indicator.version();
		return form;
	}

	IndicatorRequest request() {
		boolean ratio = IndicatorKind.RATIO.name().equals(kind);
		// a form switched from a ratio keeps its labels' inputs filled: they go with it
		return new IndicatorRequest(code, name, kind, ratio ? numeratorLabel : null, ratio ? denominatorLabel : null,
				periodAggregation, sumChildren, description, version);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getKind() {
		return kind;
	}

	public void setKind(String kind) {
		this.kind = kind;
	}

	public String getNumeratorLabel() {
		return numeratorLabel;
	}

	public void setNumeratorLabel(String numeratorLabel) {
		this.numeratorLabel = numeratorLabel;
	}

	public String getDenominatorLabel() {
		return denominatorLabel;
	}

	public void setDenominatorLabel(String denominatorLabel) {
		this.denominatorLabel = denominatorLabel;
	}

	public String getPeriodAggregation() {
		return periodAggregation;
	}

	public void setPeriodAggregation(String periodAggregation) {
		this.periodAggregation = periodAggregation;
	}

	public boolean isSumChildren() {
		return sumChildren;
	}

	public void setSumChildren(boolean sumChildren) {
		this.sumChildren = sumChildren;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public Integer getVersion() {
		return version;
	}

	public void setVersion(Integer version) {
		this.version = version;
	}

}
