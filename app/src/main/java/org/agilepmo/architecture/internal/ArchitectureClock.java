package org.agilepmo.architecture.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Today and now for waivers and conditions, in the organisation's time zone; tests fix
 * the instant with a {@link Clock} bean.
 */
@Component
public class ArchitectureClock {

	private final Clock clock;

	private final ZoneId zone;

	ArchitectureClock(Optional<Clock> clock, @Value("${pmo.risk.time-zone:UTC}") String zone) {
		this.clock = clock.orElse(Clock.systemUTC());
		this.zone = ZoneId.of(zone);
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	public Instant now() {
		return this.clock.instant();
	}

}
