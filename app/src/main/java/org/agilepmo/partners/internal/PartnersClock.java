package org.agilepmo.partners.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;

/** The module's time, from the application's clock when one is configured (tests). */
@Component
class PartnersClock {

	private final Clock clock;

	PartnersClock(Optional<Clock> clock) {
		this.clock = clock.orElse(Clock.systemUTC());
	}

	LocalDate today() {
		return LocalDate.now(this.clock);
	}

	Instant now() {
		return Instant.now(this.clock);
	}

}
