package org.agilepmo.shared;

import java.util.Optional;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the acting person from the security context of the current thread. */
public final class CurrentActor {

	private CurrentActor() {
	}

	public static Optional<Actor> find() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof ActorPrincipal principal) {
			return Optional.of(principal.actor());
		}
		return Optional.empty();
	}

	/** The acting person; fails when the code runs outside an authenticated request. */
	public static Actor require() {
		return find().orElseThrow(() -> new IllegalStateException("No authenticated person on this thread"));
	}

}
