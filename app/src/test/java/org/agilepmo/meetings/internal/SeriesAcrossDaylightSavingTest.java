package org.agilepmo.meetings.internal;

import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.RRule;
import org.agilepmo.identity.PersonContact;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A monthly series on the last Sunday at 10:00 in Paris crosses the change to summer time
 * (the last Sunday of March) and keeps its local time; an exception takes a Sunday out, a
 * moved occurrence takes place at its new time; and the .ics written for it, read back
 * with ical4j, says the same.
 */
class SeriesAcrossDaylightSavingTest {

	static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	static final String RULE = "FREQ=MONTHLY;BYDAY=-1SU;COUNT=6";

	static final LocalDateTime START = LocalDateTime.of(2027, 1, 31, 10, 0);

	static final LocalDateTime TAKEN_OUT = LocalDateTime.of(2027, 2, 28, 10, 0);

	static final LocalDateTime MOVED_FROM = LocalDateTime.of(2027, 5, 30, 10, 0);

	static final LocalDateTime MOVED_TO = LocalDateTime.of(2027, 5, 31, 14, 0);

	private static Meeting series() {
		return new Meeting(
				new MeetingDraft(MeetingKind.STEERING_COMMITTEE, ScopeKind.PROJECT, 7, "Steering committee", "Room 1",
						"Europe/Paris", START, 90, RULE, List.of(TAKEN_OUT), Map.of(MOVED_FROM, MOVED_TO),
						List.of("Progress"),
						List.of(Participant.person(2), Participant.external("Ines Duarte", "ines@example.org"))),
				1, Instant.parse("2027-01-01T00:00:00Z"));
	}

	@Test
	void aMonthlySeriesKeepsItsLocalTimeAcrossTheChangeToSummerTimeWithoutTheExceptionAndWithTheMove() {
		List<Recurrence.Occurrence> occurrences = Recurrence.between(series(),
				ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, PARIS), ZonedDateTime.of(2028, 1, 1, 0, 0, 0, 0, PARIS));

		assertThat(occurrences).extracting(o -> o.start().toLocalDateTime())
			.containsExactly(LocalDateTime.of(2027, 1, 31, 10, 0), LocalDateTime.of(2027, 3, 28, 10, 0),
					LocalDateTime.of(2027, 4, 25, 10, 0), MOVED_TO, LocalDateTime.of(2027, 6, 27, 10, 0));
		assertThat(occurrences.get(0).start().getOffset().getTotalSeconds()).as("winter time in January")
			.isEqualTo(3600);
		assertThat(occurrences.get(1).start().getOffset().getTotalSeconds())
			.as("28 March 2027 is the day Paris moves to summer time: 10:00 is then UTC+2")
			.isEqualTo(7200);
		assertThat(occurrences.get(1).start().toInstant()).isEqualTo(Instant.parse("2027-03-28T08:00:00Z"));
		assertThat(occurrences.get(3).moved()).isTrue();
		assertThat(occurrences.get(3).recurrenceId()).isEqualTo(MOVED_FROM);
		assertThat(Duration.between(occurrences.get(1).start(), occurrences.get(1).end()))
			.isEqualTo(Duration.ofMinutes(90));
	}

	@Test
	void aWindowFindsOnlyTheOccurrencesInIt() {
		List<Recurrence.Occurrence> march = Recurrence.between(series(),
				ZonedDateTime.of(2027, 3, 1, 0, 0, 0, 0, PARIS), ZonedDateTime.of(2027, 4, 1, 0, 0, 0, 0, PARIS));
		assertThat(march).extracting(o -> o.start().toLocalDateTime())
			.containsExactly(LocalDateTime.of(2027, 3, 28, 10, 0));
	}

	@Test
	void theIcsReadBackWithIcal4jIsTheSeries() throws Exception {
		String ics = CalendarDocuments.write("Test", List.of(series()),
				id -> Optional
					.of(new PersonContact(id, "Person " + id, "p" + id + "@example.org", java.util.Locale.ENGLISH)),
				Instant.parse("2027-01-02T00:00:00Z"));

		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(2);
		VEvent master = events.stream().filter(e -> e.getProperty("RECURRENCE-ID").isEmpty()).findFirst().orElseThrow();
		assertThat(master.getProperty("SUMMARY").map(Property::getValue)).contains("Steering committee");
		DateProperty<?> start = (DateProperty<?>) master.getProperty("DTSTART").orElseThrow();
		assertThat(start.getParameter("TZID").map(p -> p.getValue())).contains("Europe/Paris");
		assertThat(local(start.getDate())).isEqualTo(START);
		DateProperty<?> end = (DateProperty<?>) master.getProperty("DTEND").orElseThrow();
		assertThat(end.getParameter("TZID").map(p -> p.getValue())).contains("Europe/Paris");
		assertThat(local(end.getDate())).isEqualTo(START.plusMinutes(90));
		RRule<?> rule = (RRule<?>) master.getProperty("RRULE").orElseThrow();
		assertThat(rule.getRecur().toString()).isEqualTo(new net.fortuna.ical4j.model.Recur<>(RULE).toString());
		ExDate<?> exdate = (ExDate<?>) master.getProperty("EXDATE").orElseThrow();
		assertThat(exdate.getParameter("TZID").map(p -> p.getValue())).contains("Europe/Paris");
		assertThat(exdate.getDates()).extracting(SeriesAcrossDaylightSavingTest::local).containsExactly(TAKEN_OUT);
		assertThat(master.<Property>getProperties("ATTENDEE")).extracting(Property::getValue)
			.containsExactly("mailto:p2@example.org", "mailto:ines@example.org");
		assertThat(master.<Property>getProperties("ATTENDEE"))
			.extracting(p -> p.getParameter("CN").map(c -> c.getValue()).orElse(null))
			.containsExactly("Person 2", "Ines Duarte");
		assertThat(master.getProperty("ORGANIZER").map(Property::getValue)).contains("mailto:p1@example.org");

		VEvent moved = events.stream()
			.filter(e -> e.getProperty("RECURRENCE-ID").isPresent())
			.findFirst()
			.orElseThrow();
		assertThat(local(((DateProperty<?>) moved.getProperty("RECURRENCE-ID").orElseThrow()).getDate()))
			.isEqualTo(MOVED_FROM);
		assertThat(local(((DateProperty<?>) moved.getProperty("DTSTART").orElseThrow()).getDate())).isEqualTo(MOVED_TO);
		assertThat(moved.getProperty("UID").map(Property::getValue))
			.isEqualTo(master.getProperty("UID").map(Property::getValue));

		// What a calendar application would compute from the file: the same occurrences.
		var period = new net.fortuna.ical4j.model.Period<>(ZonedDateTime.of(2027, 1, 1, 0, 0, 0, 0, PARIS),
				ZonedDateTime.of(2028, 1, 1, 0, 0, 0, 0, PARIS));
		assertThat(master.<ZonedDateTime>calculateRecurrenceSet(period)).extracting(p -> local(p.getStart()))
			.contains(LocalDateTime.of(2027, 3, 28, 10, 0))
			.doesNotContain(TAKEN_OUT);
	}

	@Test
	void aRuleIcal4jRefusesIsRefusedNamingTheField() {
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> Recurrence.check("EVERY=SUNDAY"))
			.isInstanceOf(org.agilepmo.shared.RuleViolationException.class)
			.extracting(ex -> ((org.agilepmo.shared.RuleViolationException) ex).field())
			.isEqualTo("rrule");
	}

	private static LocalDateTime local(Temporal t) {
		return t instanceof ZonedDateTime z ? z.toLocalDateTime() : LocalDateTime.from(t);
	}

}
