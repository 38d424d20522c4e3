package org.agilepmo.partners;

import java.util.Map;

/**
 * One record about a person in a subject-access export.
 *
 * @param kind what it is, in the holder's words (e.g. {@code engagement})
 * @param id its id in the holder's module
 * @param fields its content, as the person is entitled to read it
 */
public record PersonalRecord(String kind, String id, Map<String, Object> fields) {

	public PersonalRecord {
		fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
	}

}
