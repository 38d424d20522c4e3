package org.agilepmo.identity;

import java.util.Locale;

/**
 * How to reach a person outside the platform: their e-mail address ({@code null} when
 * they have none) and the language they read (the one they chose on their account page,
 * else English).
 */
public record PersonContact(long id, String displayName, String email, Locale language) {

	public boolean reachable() {
		return this.email != null && !this.email.isBlank();
	}

}
