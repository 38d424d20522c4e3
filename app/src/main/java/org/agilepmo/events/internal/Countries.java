package org.agilepmo.events.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Countries by their ISO 3166-1 alpha-2 code, named in the reader's language from the
 * platform's own locale data (CLDR, as the JDK carries it).
 */
public final class Countries {

	private Countries() {
	}

	public record Country(String code, String name) {
	}

	public static String name(String code, Locale locale) {
		if (code == null || code.isBlank()) {
			return "";
		}
		String name = new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
		return name.isBlank() ? code : name;
	}

	/** Every country, by name in the reader's language. */
	public static List<Country> all(Locale locale) {
		java.text.Collator collator = java.text.Collator.getInstance(locale);
		return Stream.of(Locale.getISOCountries())
			.map(c -> new Country(c, name(c, locale)))
			.sorted(Comparator.comparing(Country::name, collator))
			.toList();
	}

}
