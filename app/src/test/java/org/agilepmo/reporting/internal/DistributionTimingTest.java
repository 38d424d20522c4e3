package org.agilepmo.reporting.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.agilepmo.reporting.internal.DistributionList.Schedule;
import org.agilepmo.reporting.internal.DistributionList.Scope;
import org.agilepmo.shared.RuleViolationException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * When a list's digest falls due (its day and time in its own time zone, once per week,
 * not before its schedule was set), and how a message that failed is tried again: after
 * doubling delays, then given up.
 */
class DistributionTimingTest {

	static final Instant SET_ON_WEDNESDAY = Instant.parse("2026-03-25T12:00:00Z");

	private static DistributionList mondaysAtSeven(String zone) {
		DistributionList list = new DistributionList(Scope.ofPortfolio(1), "UTC", SET_ON_WEDNESDAY);
		list.schedule(new Schedule(true, DayOfWeek.MONDAY, "07:00", zone), SET_ON_WEDNESDAY);
		return list;
	}

	@Test
	void theDigestFallsDueAtItsDayAndTimeInTheListsTimeZoneOnceAWeek() {
		DistributionList list = mondaysAtSeven("Europe/Paris");
		assertThat(list.digestDue(Instant.parse("2026-03-29T12:00:00Z"))).as("Sunday").isEmpty();
		assertThat(list.digestDue(Instant.parse("2026-03-30T04:59:00Z"))).as("06:59 in Paris (summer time)").isEmpty();
		Instant slot = Instant.parse("2026-03-30T05:00:00Z");
		assertThat(list.digestDue(Instant.parse("2026-03-30T05:00:30Z"))).contains(slot);
		assertThat(list.digestFrom(slot)).isEqualTo(Instant.parse("2026-03-23T06:00:00Z"));
		list.digestSent(slot);
		assertThat(list.digestDue(Instant.parse("2026-03-30T18:00:00Z"))).as("sent already").isEmpty();
		assertThat(list.digestDue(Instant.parse("2026-04-13T09:00:00Z"))).as("two weeks later: the latest only")
			.contains(Instant.parse("2026-04-13T05:00:00Z"));
	}

	@Test
	void aDigestSetAfterItsHourWaitsForTheNextWeek() {
		DistributionList list = mondaysAtSeven("UTC");
		assertThat(list.digestDue(SET_ON_WEDNESDAY.plusSeconds(60))).as("Monday's hour was before the schedule")
			.isEmpty();
	}

	@Test
	void aScheduleNeedsARealTimeZoneAndTime() {
		DistributionList list = new DistributionList(Scope.ofProject(1), "UTC", SET_ON_WEDNESDAY);
		assertThatThrownBy(
				() -> list.schedule(new Schedule(true, DayOfWeek.MONDAY, "07:00", "Mars/Olympus"), SET_ON_WEDNESDAY))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("timeZone"));
		assertThatThrownBy(
				() -> list.schedule(new Schedule(true, DayOfWeek.MONDAY, "7 o'clock", "UTC"), SET_ON_WEDNESDAY))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("digestTime"));
		assertThatThrownBy(() -> list.addExternal("not an address", null, "fr", 1, SET_ON_WEDNESDAY))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("email"));
		assertThatThrownBy(() -> list.addExternal("a@example.org", null, "de", 1, SET_ON_WEDNESDAY))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("language"));
	}

	@Test
	void aFailedMessageIsTriedAgainAfterDoublingDelaysThenGivenUp() {
		DistributionMessage m = new DistributionMessage(1, "report:1", "email:a@example.org", null, "a@example.org",
				null, "fr", Set.of(1L), SET_ON_WEDNESDAY);
		Duration first = Duration.ofMinutes(1);
		m.failed("connection refused", SET_ON_WEDNESDAY, first, 3);
		assertThat(m.status()).isEqualTo(DistributionMessage.Status.PENDING);
		assertThat(m.nextAttemptAt()).isEqualTo(SET_ON_WEDNESDAY.plus(Duration.ofMinutes(1)));
		m.failed("connection refused", SET_ON_WEDNESDAY, first, 3);
		assertThat(m.nextAttemptAt()).isEqualTo(SET_ON_WEDNESDAY.plus(Duration.ofMinutes(2)));
		m.failed("connection refused", SET_ON_WEDNESDAY, first, 3);
		assertThat(m.status()).isEqualTo(DistributionMessage.Status.FAILED);
		assertThat(m.attempts()).isEqualTo(3);
		assertThat(m.lastError()).isEqualTo("connection refused");
		assertThat(m.nextAttemptAt()).isNull();
	}

}
