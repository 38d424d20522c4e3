package org.agilepmo.shared;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * An edit was based on a version of an object that has since changed. Nothing was
 * written; the caller reloads and tries again (409 on a page, 412 in the API).
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class StaleVersionException extends RuntimeException {

	private final long currentVersion;

	public StaleVersionException(String what, Object id, long expected, long currentVersion) {
		super(what + " " + id + " was changed by someone else (you edited version " + expected
				+ ", it is now at version " + currentVersion + ")");
		this.currentVersion = currentVersion;
	}

	public long currentVersion() {
		return this.currentVersion;
	}

}
