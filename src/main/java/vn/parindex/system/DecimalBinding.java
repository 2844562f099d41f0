package vn.parindex.system;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import vn.parindex.workbook.Decimals;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every decimal a form or a parameter binds goes through {@link Decimals}: "0,5" or
 * "0.5", and nothing beyond its bounds. An editor rather than only a formatter, because
 * when a formatter refuses a text the binder falls back to its default editor, which
 * takes {@code 1e99999999} as it is.
 */
@ControllerAdvice
class DecimalBinding {

	@InitBinder
	void decimals(WebDataBinder binder) {
		binder.registerCustomEditor(BigDecimal.class, new Editor());
	}

	/** A decimal in the reader's notation, without grouping or trailing zeros. */
	static String print(BigDecimal value, Locale locale) {
		NumberFormat format = NumberFormat.getInstance(locale);
		format.setGroupingUsed(false);
		format.setMaximumFractionDigits(Math.max(0, value.scale()));
		return format.format(value.stripTrailingZeros());
	}

	private static final class Editor extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			setValue(Decimals.parse(text));
		}

		@Override
		public String getAsText() {
			return (getValue() instanceof BigDecimal value) ? print(value, LocaleContextHolder.getLocale()) : "";
		}

	}

}
