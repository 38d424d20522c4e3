package org.agilepmo.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates, date-times and numbers in the reader's language, for templates
 * ({@code ${@fmt.date(d)}}) and exports. Times are shown in UTC until people have a time
 * zone of their own.
 */
@Component("fmt")
public class Formats {

	public String date(LocalDate date) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
					.withLocale(locale())
					.withZone(ZoneId.of("UTC"))
					.format(instant);
	}

	public String number(Number number) {
		return number == null ? "" : NumberFormat.getNumberInstance(locale()).format(number);
	}

	public String decimal(BigDecimal number, int fractionDigits) {
		if (number == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(fractionDigits);
		format.setMaximumFractionDigits(fractionDigits);
		return format.format(number);
	}

	public String direction() {
		return WebConfiguration.Languages.isRightToLeft(locale()) ? "rtl" : "ltr";
	}

	public String language() {
		return locale().getLanguage();
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
