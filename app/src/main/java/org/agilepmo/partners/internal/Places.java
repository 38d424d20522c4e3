package org.agilepmo.partners.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.agilepmo.shared.RuleViolationException;

/**
 * Countries (ISO 3166-1 alpha-2) and languages (ISO 639-1) as codes, named in the
 * reader's language by the JDK's locale data.
 */
public final class Places {

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());

	private Places() {
	}

	/** A country code, upper-cased, refused when it is not ISO 3166-1. */
	public static String country(String field, String code, boolean required) {
		if (code == null || code.isBlank()) {
			if (required) {
				throw new RuleViolationException(field, "partners.error.required", "is required");
			}
			return null;
		}
		String upper = code.strip().toUpperCase(Locale.ROOT);
		if (!COUNTRIES.contains(upper)) {
			throw new RuleViolationException(field, "partners.error.country", "is not a country code", code.strip());
		}
		return upper;
	}

	/** Language codes separated by commas or spaces, each refused when not ISO 639-1. */
	public static List<String> languages(String field, String codes) {
		Set<String> found = new LinkedHashSet<>();
		if (codes != null) {
			for (String code : codes.split("[,;\\s]+")) {
				if (code.isBlank()) {
					continue;
				}
				String lower = code.strip().toLowerCase(Locale.ROOT);
				if (!LANGUAGES.contains(lower)) {
					throw new RuleViolationException(field, "partners.error.language", "is not a language code",
							code.strip());
				}
				found.add(lower);
			}
		}
		return List.copyOf(found);
	}

	public static String countryName(String code, Locale locale) {
		return code == null ? "" : Locale.of("", code).getDisplayCountry(locale);
	}

	public static String languageNames(String codes, Locale locale) {
		if (codes == null || codes.isBlank()) {
			return "";
		}
		return String.join(", ",
				Arrays.stream(codes.split(",")).map(c -> Locale.of(c).getDisplayLanguage(locale)).toList());
	}

	/** Every country, as code and name in the reader's language, by name. */
	public static List<String[]> countries(Locale locale) {
		List<String[]> all = new ArrayList<>();
		for (String code : COUNTRIES) {
			all.add(new String[] { code, countryName(code, locale) });
		}
		all.sort(Comparator.comparing(c -> c[1]));
		return all;
	}

}
