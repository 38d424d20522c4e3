package org.agilepmo.identity.internal;

import java.io.Serializable;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Where a login attempt comes from, as throttling needs it: the client's address and the
 * device cookie the browser sent (kept as the authentication's details).
 */
record LoginAttempt(String remoteAddress, String deviceCookie) implements Serializable {

	static LoginAttempt of(HttpServletRequest request) {
		return new LoginAttempt(request.getRemoteAddr(), DeviceCookies.in(request));
	}

	/**
	 * Drops the cookie once the attempt is decided, so that the session does not keep it.
	 */
	LoginAttempt withoutCookie() {
		return new LoginAttempt(this.remoteAddress, null);
	}

}
