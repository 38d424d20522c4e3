package org.agilepmo.events.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * One session or day of an event, in the event's time zone: attendance is recorded per
 * session and a certificate counts the hours of the sessions attended.
 */
public record Session(long id, long eventId, String title, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt) {

	public BigDecimal hours() {
		long minutes = Duration.between(this.startsAt, this.endsAt).toMinutes();
		return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
	}

}
