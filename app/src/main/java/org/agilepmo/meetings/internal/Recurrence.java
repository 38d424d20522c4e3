package org.agilepmo.meetings.internal;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.fortuna.ical4j.model.Recur;
import org.agilepmo.shared.RuleViolationException;

/**
 * The occurrences of a meeting or series in a window, expanded by ical4j from its RFC
 * 5545 rule in the series' own time zone: the start's local time is kept across
 * daylight-saving changes (10:00 in Paris stays 10:00, in winter and in summer). DTSTART
 * is the first occurrence, as RFC 5545 says; EXDATE takes occurrences out, a moved
 * occurrence keeps its original start as its identity (RECURRENCE-ID) and takes place at
 * its new one.
 */
public final class Recurrence {

	/**
	 * The most occurrences one expansion answers, so that an open rule cannot run away.
	 */
	static final int LIMIT = 2_000;

	private Recurrence() {
	}

	/** One occurrence: its identity (the rule's local start), and when it takes place. */
	public record Occurrence(LocalDateTime recurrenceId, ZonedDateTime start, ZonedDateTime end, boolean moved) {

		public boolean isIn(ZonedDateTime from, ZonedDateTime to) {
			return this.end.isAfter(from) && this.start.isBefore(to);
		}

	}

	/**
	 * Checks a rule: a {@link RuleViolationException} on {@code rrule} when ical4j
	 * refuses it.
	 */
	public static void check(String rrule) {
		if (rrule == null || rrule.isBlank()) {
			return;
		}
		try {
			Recur<ZonedDateTime> recur = new Recur<>(rrule.strip());
			if (recur.getFrequency() == null) {
				throw new IllegalArgumentException("no FREQ");
			}
		}
		catch (RuntimeException ex) {
			throw new RuleViolationException("rrule", "meetings.error.rrule",
					"is not an RFC 5545 recurrence rule (such as FREQ=MONTHLY;BYDAY=-1TH)", rrule);
		}
	}

	/** The occurrences that overlap {@code [from, to)}, earliest first. */
	public static List<Occurrence> between(Meeting meeting, ZonedDateTime from, ZonedDateTime to) {
		return between(meeting.startsAt(), meeting.zone(), Duration.ofMinutes(meeting.durationMinutes()),
				meeting.rrule(), meeting.exdates(), meeting.moved(), from, to);
	}

	static List<Occurrence> between(LocalDateTime startsAt, ZoneId zone, Duration length, String rrule,
			List<LocalDateTime> exdates, Map<LocalDateTime, LocalDateTime> moved, ZonedDateTime from,
			ZonedDateTime to) {
		ZonedDateTime seed = startsAt.atZone(zone);
		Set<LocalDateTime> starts = new LinkedHashSet<>();
		// A moved occurrence may land in the window from outside it: look wider by the
		// furthest move.
		Duration reach = length;
		for (Map.Entry<LocalDateTime, LocalDateTime> m : moved.entrySet()) {
			Duration d = Duration.between(m.getKey(), m.getValue()).abs();
			reach = d.compareTo(reach) > 0 ? d : reach;
		}
		ZonedDateTime wideFrom = from.withZoneSameInstant(zone).minus(reach);
		ZonedDateTime wideTo = to.withZoneSameInstant(zone).plus(reach);
		if (!seed.isBefore(wideFrom) && seed.isBefore(wideTo)) {
			starts.add(startsAt);
		}
		if (rrule != null && !rrule.isBlank()) {
			Recur<ZonedDateTime> recur = new Recur<>(rrule.strip());
			for (ZonedDateTime d : recur.getDates(seed, wideFrom, wideTo, LIMIT)) {
				starts.add(d.withZoneSameInstant(zone).toLocalDateTime());
			}
		}
		Set<LocalDateTime> excluded = new HashSet<>(exdates);
		List<Occurrence> occurrences = new ArrayList<>();
		for (LocalDateTime local : starts) {
			if (excluded.contains(local)) {
				continue;
			}
			LocalDateTime actual = moved.getOrDefault(local, local);
			ZonedDateTime start = actual.atZone(zone);
			Occurrence o = new Occurrence(local, start, start.plus(length), moved.containsKey(local));
			if (o.isIn(from, to)) {
				occurrences.add(o);
			}
		}
		occurrences.sort(Comparator.comparing(Occurrence::start));
		return occurrences;
	}

}
