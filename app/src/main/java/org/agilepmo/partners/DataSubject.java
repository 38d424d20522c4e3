package org.agilepmo.partners;

import java.util.Collection;
import java.util.regex.Pattern;

/**
 * The person a subject-access export is about: a partner's contact, by the id other
 * modules record, with what identifies them.
 *
 * @param contactId the contact's id
 * @param name their name
 * @param email their e-mail address, or {@code null}
 * @param phone their phone number, or {@code null}
 */
public record DataSubject(long contactId, String name, String email, String phone) {

	/** What stands in a free text for someone else's name, address or number. */
	public static final String REDACTED = "[…]";

	/**
	 * The text with every occurrence of the given identifiers (other people's names,
	 * addresses, numbers) blanked, whatever their case.
	 */
	public static String redact(String text, Collection<String> others) {
		if (text == null) {
			return null;
		}
		String result = text;
		for (String other : others) {
			if (other != null && other.strip().length() >= 2) {
				result = Pattern.compile(Pattern.quote(other.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
					.matcher(result)
					.replaceAll(REDACTED);
			}
		}
		return result;
	}

}
