package org.agilepmo.risk.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When an action is overdue: once the whole of its due day has passed in the
 * organisation's time zone ({@code pmo.risk.time-zone}, UTC unless configured). One zone
 * for everyone, so that the person, their manager and the portfolio's counts agree on
 * what is overdue whatever zone each of them reads from.
 */
@Component
public class Overdue {

	private final Clock clock;

	private final ZoneId zone;

	@org.springframework.beans.factory.annotation.Autowired
	Overdue(java.util.Optional<Clock> clock, @Value("${pmo.risk.time-zone:UTC}") String zone) {
		this(clock.orElse(Clock.systemUTC()), ZoneId.of(zone));
	}

	Overdue(Clock clock, ZoneId zone) {
		this.clock = clock;
		this.zone = zone;
	}

	/** Today in the organisation's time zone. */
	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(this.zone));
	}

	/** Whether work due on that day and not done is overdue now. */
	public boolean isOverdue(LocalDate due, boolean done) {
		return !done && due != null && due.isBefore(today());
	}

	public java.time.Instant now() {
		return this.clock.instant();
	}

}
