package org.agilepmo.web;

import java.time.LocalDate;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The browser's language and region decide how dates read; unknown languages fall back to
 * English.
 */
class LocaleFormatsTest {

	final Formats formats = new Formats();

	@AfterEach
	void reset() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void theBrowsersRegionIsKeptForSupportedLanguages() {
		assertThat(resolve("en-GB,en;q=0.8")).isEqualTo(Locale.of("en", "GB"));
		assertThat(resolve("fr-CA")).isEqualTo(Locale.of("fr", "CA"));
		assertThat(resolve("de-DE,ar-MA;q=0.5")).isEqualTo(Locale.of("ar", "MA"));
		assertThat(resolve("de-DE")).isEqualTo(Locale.ENGLISH);
	}

	@Test
	void datesFollowTheLocale() {
		LocalDate date = LocalDate.of(2027, 6, 30);
		assertThat(formatIn(Locale.of("en", "GB"), date)).isEqualTo("30 Jun 2027");
		assertThat(formatIn(Locale.of("en", "US"), date)).isEqualTo("Jun 30, 2027");
		assertThat(formatIn(Locale.of("fr", "FR"), date)).isEqualTo("30 juin 2027");
		assertThat(formatIn(Locale.of("es", "ES"), date)).isEqualTo("30 jun 2027");
	}

	@Test
	void dateTimesHaveAMediumDateAndAShortTime() {
		java.time.Instant instant = java.time.Instant.parse("2026-01-12T08:00:00Z");
		assertThat(in(Locale.of("en", "GB"), () -> this.formats.dateTime(instant))).isEqualTo("12 Jan 2026, 08:00");
		assertThat(in(Locale.of("en", "US"), () -> this.formats.dateTime(instant)))
			.isEqualTo("Jan 12, 2026, 8:00\u202fAM");
		assertThat(in(Locale.of("fr", "FR"), () -> this.formats.dateTime(instant))).isEqualTo("12 janv. 2026 08:00");
	}

	@Test
	void arabicWritesWesternDigitsInEveryRegion() {
		for (Locale arabic : new Locale[] { Locale.of("ar"), Locale.of("ar", "EG"), Locale.of("ar", "SA") }) {
			String number = in(arabic, () -> this.formats.number(12345.5));
			String date = in(arabic, () -> this.formats.date(LocalDate.of(2026, 12, 1)));
			assertThat(number + date).as(arabic.toString()).matches("[^\u0660-\u0669\u06f0-\u06f9]+").contains("2026");
			assertThat(in(arabic, this.formats::tag)).endsWith("-u-nu-latn");
		}
	}

	@Test
	void moneyHasTheLocalesSignsAndTheCurrencyCode() {
		java.math.BigDecimal amount = new java.math.BigDecimal("1250");
		assertThat(in(Locale.of("en", "GB"), () -> this.formats.money(amount, "EUR"))).isEqualTo("1,250.00\u00a0EUR");
		assertThat(in(Locale.of("fr", "FR"), () -> this.formats.money(amount, "EUR")))
			.isEqualTo("1\u202f250,00\u00a0EUR");
	}

	private static String in(Locale locale, java.util.function.Supplier<String> format) {
		LocaleContextHolder.setLocale(locale);
		return format.get();
	}

	private String formatIn(Locale locale, LocalDate date) {
		LocaleContextHolder.setLocale(locale);
		return this.formats.date(date);
	}

	private static Locale resolve(String acceptLanguage) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("Accept-Language", acceptLanguage);
		request.setPreferredLocales(java.util.Collections
			.list(java.util.Collections.enumeration(java.util.Locale.LanguageRange.parse(acceptLanguage)
				.stream()
				.map(r -> Locale.forLanguageTag(r.getRange()))
				.toList())));
		return new WebConfiguration().localeResolver().resolveLocale(request);
	}

}
