package org.agilepmo.meetings.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.DateList;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.PartStat;
import net.fortuna.ical4j.model.parameter.Role;
import net.fortuna.ical4j.model.parameter.TzId;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.ExDate;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.RecurrenceId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Version;
import net.fortuna.ical4j.model.property.XProperty;
import org.agilepmo.identity.PersonContact;

/**
 * Meetings as an iCalendar (RFC 5545) document written by ical4j: one VTIMEZONE per time
 * zone used, one VEVENT per meeting or series (DTSTART and DTEND with their TZID, RRULE,
 * EXDATE, ORGANIZER, ATTENDEE), and one VEVENT with a RECURRENCE-ID for each moved
 * occurrence. People are addressed by their e-mail address when they have one.
 */
public final class CalendarDocuments {

	static final String PRODUCT = "-//Agile PMO//Meetings//EN";

	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private CalendarDocuments() {
	}

	/**
	 * The calendar of the meetings; {@code people} tells how to reach a participant with
	 * an account (empty when unknown).
	 */
	public static String write(String name, Collection<Meeting> meetings, LongFunction<Optional<PersonContact>> people,
			Instant now) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId(PRODUCT));
		calendar.add(new Version(new ParameterList(), Version.VALUE_2_0));
		calendar.add(new Method(Method.VALUE_PUBLISH));
		calendar.add(new XProperty("X-WR-CALNAME", name));
		Set<String> zones = new LinkedHashSet<>();
		meetings.forEach(m -> zones.add(m.timeZone()));
		for (String zone : zones) {
			calendar.add(ZONES.getTimeZone(zone).getVTimeZone());
		}
		for (Meeting m : meetings) {
			calendar.add(event(m, m.start(), null, people, now));
			for (Map.Entry<LocalDateTime, LocalDateTime> moved : m.moved().entrySet()) {
				calendar.add(event(m, moved.getValue().atZone(m.zone()), moved.getKey().atZone(m.zone()), people, now));
			}
		}
		return calendar.toString();
	}

	private static VEvent event(Meeting m, ZonedDateTime start, ZonedDateTime recurrenceId,
			LongFunction<Optional<PersonContact>> people, Instant now) {
		VEvent event = new VEvent(start, start.plusMinutes(m.durationMinutes()), m.title());
		event.replace(new DtStamp(now));
		event.add(new Uid(m.uid()));
		event.add(new Sequence(m.sequence()));
		if (recurrenceId != null) {
			event.add(new RecurrenceId<>(recurrenceId));
		}
		else if (m.isSeries()) {
			event.add(new RRule<>(new Recur<ZonedDateTime>(m.rrule())));
			List<LocalDateTime> exdates = m.exdates();
			if (!exdates.isEmpty()) {
				DateList<ZonedDateTime> dates = new DateList<>(exdates.stream().map(d -> d.atZone(m.zone())).toList());
				event.add(new ExDate<>(new ParameterList(List.of(new TzId(m.timeZone()))), dates));
			}
		}
		if (m.location() != null) {
			event.add(new Location(m.location()));
		}
		if (!m.agenda().isEmpty()) {
			event.add(new Description(String.join("\n", m.agenda())));
		}
		people.apply(m.organiserId()).ifPresent(o -> {
			Organizer organizer = new Organizer(address(o.email(), o.id()));
			organizer.add(new Cn(o.displayName()));
			event.add(organizer);
		});
		for (Participant p : m.participants()) {
			String name;
			URI address;
			if (p.isExternal()) {
				name = p.name();
				address = address(p.email(), null);
			}
			else {
				Optional<PersonContact> contact = people.apply(p.personId());
				if (contact.isEmpty()) {
					continue;
				}
				name = contact.get().displayName();
				address = address(contact.get().email(), p.personId());
			}
			net.fortuna.ical4j.model.property.Attendee attendee = new net.fortuna.ical4j.model.property.Attendee(
					address);
			attendee.add(new Cn(name));
			attendee.add(Role.REQ_PARTICIPANT);
			attendee.add(PartStat.NEEDS_ACTION);
			event.add(attendee);
		}
		return event;
	}

	private static URI address(String email, Long personId) {
		if (email != null && !email.isBlank()) {
			return URI.create("mailto:" + email.strip());
		}
		return URI.create("urn:x-agilepmo:person:" + personId);
	}

}
