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
 * Dates, date-times, numbers and money in the reader's language and region, for templates
 * ({@code ${@fmt.date(d)}}), exports and charts ({@link #tag()} for the browser's
 * {@code Intl} formatters): one convention everywhere (ADR 0014). Dates in the medium
 * style ("1 Dec 2026", "1 déc. 2026"), date-times with a short time ("12 Jan 2026,
 * 08:00"), numbers with the locale's grouping and decimal signs. Arabic pages write
 * Western digits (0-9), whatever the region: the same digits as the ISO dates and codes
 * people type, and the same in Java and in the browser. Times are shown in UTC until
 * people have a time zone of their own.
 */
@Component("fmt")
public class Formats {

	public String date(LocalDate date) {
		return date == null ? ""
				: DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
	}

	public String dateTime(Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
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

	/** An amount with its currency's code, e.g. "1,250.00 EUR" or "1 250,00 EUR". */
	public String money(BigDecimal amount, String currency) {
		if (amount == null) {
			return "";
		}
		String number = decimal(amount, 2);
		return (currency == null || currency.isBlank()) ? number : number + "\u00a0" + currency;
	}

	/**
	 * The reader's locale as a BCP 47 tag for the browser's {@code Intl} formatters, e.g.
	 * {@code en-GB} or {@code ar-EG-u-nu-latn}: charts format their axes with it.
	 */
	public String tag() {
		return locale().toLanguageTag();
	}

	public String direction() {
		return WebConfiguration.Languages.isRightToLeft(locale()) ? "rtl" : "ltr";
	}

	public String language() {
		return locale().getLanguage();
	}

	/** The reader's locale; Arabic with Western digits. */
	static Locale locale() {
		Locale locale = LocaleContextHolder.getLocale();
		if ("ar".equals(locale.getLanguage()) && locale.getUnicodeLocaleType("nu") == null) {
			return new Locale.Builder().setLocale(locale).setUnicodeLocaleKeyword("nu", "latn").build();
		}
		return locale;
	}

}
