package org.agilepmo.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The API's optimistic-concurrency convention: a resource's ETag is its version; an
 * update must send it back in {@code If-Match}. No If-Match answers 428, a stale one 412.
 */
public final class ETags {

	private ETags() {
	}

	public static String of(long version) {
		return "\"" + version + "\"";
	}

	/**
	 * The version named by an If-Match header; 428 when there is none, 412 when it is
	 * unreadable.
	 */
	public static long requireVersion(String ifMatch) {
		if (ifMatch == null || ifMatch.isBlank()) {
			throw new PreconditionRequiredException();
		}
		String value = ifMatch.trim();
		if (value.startsWith("W/")) {
			value = value.substring(2);
		}
		value = value.replace("\"", "");
		try {
			return Long.parseLong(value);
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.PRECONDITION_FAILED,
					"If-Match must be the ETag of the resource, e.g. \"3\"");
		}
	}

	/** An update was sent without If-Match. */
	public static final class PreconditionRequiredException extends RuntimeException {

		PreconditionRequiredException() {
			super("This update needs an If-Match header with the resource's ETag (GET it first)");
		}

	}

}
