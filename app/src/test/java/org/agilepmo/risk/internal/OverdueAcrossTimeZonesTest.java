package org.agilepmo.risk.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An action is overdue once its whole due day has passed in the organisation's time zone,
 * the same instant for everyone, wherever they read from.
 */
class OverdueAcrossTimeZonesTest {

	static final LocalDate DUE = LocalDate.parse("2026-03-10");

	@Test
	void lateOnTheDueDayInUtcItIsNotYetOverdueInUtcButIsInAuckland() {
		Clock clock = Clock.fixed(Instant.parse("2026-03-10T23:30:00Z"), ZoneOffset.UTC);

		assertThat(new Overdue(clock, ZoneId.of("UTC")).isOverdue(DUE, false)).isFalse();
		assertThat(new Overdue(clock, ZoneId.of("Pacific/Auckland")).today()).isEqualTo(DUE.plusDays(1));
		assertThat(new Overdue(clock, ZoneId.of("Pacific/Auckland")).isOverdue(DUE, false)).isTrue();
	}

	@Test
	void earlyTheNextDayInUtcItIsOverdueInUtcButNotYetInNewYork() {
		Clock clock = Clock.fixed(Instant.parse("2026-03-11T02:00:00Z"), ZoneOffset.UTC);

		assertThat(new Overdue(clock, ZoneId.of("UTC")).isOverdue(DUE, false)).isTrue();
		assertThat(new Overdue(clock, ZoneId.of("America/New_York")).isOverdue(DUE, false)).isFalse();
	}

	@Test
	void theClockOfTheReaderDoesNotMatterOnlyTheOrganisationsZone() {
		Instant now = Instant.parse("2026-03-11T02:00:00Z");
		Overdue fromTokyo = new Overdue(Clock.fixed(now, ZoneId.of("Asia/Tokyo")), ZoneId.of("Europe/Paris"));
		Overdue fromLima = new Overdue(Clock.fixed(now, ZoneId.of("America/Lima")), ZoneId.of("Europe/Paris"));

		assertThat(fromTokyo.isOverdue(DUE, false)).isTrue().isEqualTo(fromLima.isOverdue(DUE, false));
	}

	@Test
	void aDoneActionOrOneDueTodayIsNeverOverdue() {
		Overdue overdue = new Overdue(Clock.fixed(Instant.parse("2026-03-20T12:00:00Z"), ZoneOffset.UTC),
				ZoneId.of("UTC"));
		assertThat(overdue.isOverdue(DUE, true)).isFalse();
		assertThat(overdue.isOverdue(LocalDate.parse("2026-03-20"), false)).isFalse();
		assertThat(overdue.isOverdue(LocalDate.parse("2026-03-19"), false)).isTrue();
	}

}
