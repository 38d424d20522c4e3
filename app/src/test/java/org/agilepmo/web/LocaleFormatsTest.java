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
