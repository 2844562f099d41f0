package vn.parindex.statistics;

import java.math.BigDecimal;

/** A figure typed on the observations page, or a correction with its reason. */
public class ObservationForm {

	private String unit;

	private String indicator;

	private String period;

	private String source;

	private BigDecimal numerator;

	private BigDecimal denominator;

	private BigDecimal value;

	private String note;

	private String reason;

	ObservationEntry.Typed typed() {
		return new ObservationEntry.Typed(unit, indicator, period, source, numerator, denominator, value, note, reason);
	}

	public String getUnit() {
		return unit;
	}

	public void setUnit(String unit) {
		this.unit = unit;
	}

	public String getIndicator() {
		return indicator;
	}

	public void setIndicator(String indicator) {
		this.indicator = indicator;
	}

	public String getPeriod() {
		return period;
	}

	public void setPeriod(String period) {
		this.period = period;
	}

	public String getSource() {
		return source;
	}

	public void setSource(String source) {
		this.source = source;
	}

	public BigDecimal getNumerator() {
		return numerator;
	}

	public void setNumerator(BigDecimal numerator) {
		this.numerator = numerator;
	}

	public BigDecimal getDenominator() {
		return denominator;
	}

	public void setDenominator(BigDecimal denominator) {
		this.denominator = denominator;
	}

	public BigDecimal getValue() {
		return value;
	}

	public void setValue(BigDecimal value) {
		this.value = value;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

}
