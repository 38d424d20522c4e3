package org.agilepmo.resources.internal;

import java.util.List;

/**
 * One reason for a candidate's rank, as a message key of the resources bundle and its
 * arguments, so that the page and the API say it in the reader's language.
 */
public record Reason(String key, List<Object> arguments) {

	static Reason of(String key, Object... arguments) {
		return new Reason(key, List.of(arguments));
	}

}
