package org.agilepmo.events;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.agilepmo.events.internal.AttendanceService;
import org.agilepmo.events.internal.EventEvaluations;
import org.agilepmo.events.internal.Event;
import org.agilepmo.events.internal.EventDraft;
import org.agilepmo.events.internal.EventKind;
import org.agilepmo.events.internal.EventService;
import org.agilepmo.events.internal.EventStatus;
import org.agilepmo.events.internal.NeedsService;
import org.agilepmo.events.internal.Participant;
import org.agilepmo.events.internal.RegistrationService;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.organisation.OrganisationManagement.NewUnit;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;

import org.springframework.boot.test.context.TestComponent;

/**
 * The events module's public test support: units with their people, events with sessions,
 * participants, attendance and questionnaires, built through the module's services and
 * answered as ids and versions.
 */
@TestComponent
public class EventsFixtures {

	private final IdentityFixtures people;

	private final OrganisationManagement organisation;

	private final EventService events;

	private final RegistrationService registrations;

	private final AttendanceService attendance;

	private final EventEvaluations evaluations;

	private final NeedsService needs;

	private PersonSummary admin;

	EventsFixtures(IdentityFixtures people, OrganisationManagement organisation, EventService events,
			RegistrationService registrations, AttendanceService attendance, EventEvaluations evaluations,
			NeedsService needs) {
		this.people = people;
		this.organisation = organisation;
		this.events = events;
		this.registrations = registrations;
		this.attendance = attendance;
		this.evaluations = evaluations;
		this.needs = needs;
	}

	private PersonSummary admin() {
		if (this.admin == null) {
			this.admin = this.people.person("ev-admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		}
		return this.admin;
	}

	/** A new unit (in a directorate of its own) with these people as members; its id. */
	public long unit(String name, PersonSummary... members) {
		return this.people.actingAs(admin(), () -> {
			String code = "EV-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
			long directorate = this.organisation
				.create(new NewUnit(code + "-D", name + " directorate", UnitType.DIRECTORATE, null, null))
				.id();
			long unit = this.organisation.create(new NewUnit(code, name, UnitType.UNIT, directorate, null)).id();
			for (PersonSummary p : members) {
				this.organisation.addMember(unit, p.id());
			}
			return unit;
		});
	}

	/** A planned event of the unit, from the 10th to the 12th of March 2027; its id. */
	public long event(PersonSummary organiser, long unitId, String kind, String title, Integer capacity) {
		return this.people.actingAs(organiser,
				() -> this.events
					.create(IdentityFixtures.actor(organiser), unitId,
							new EventDraft(EventKind.valueOf(kind), title, null, null, "Rabat",
									LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 12), "Africa/Casablanca", capacity,
									null, null))
					.id());
	}

	/** Opens the event for registration. */
	public void open(PersonSummary organiser, long eventId) {
		this.people.actingAs(organiser, () -> {
			Event e = this.events.get(IdentityFixtures.actor(organiser), eventId);
			this.events.moveTo(IdentityFixtures.actor(organiser), eventId, e.version(), EventStatus.OPEN);
		});
	}

	public long version(PersonSummary reader, long eventId) {
		return this.people.actingAs(reader, () -> this.events.get(IdentityFixtures.actor(reader), eventId).version());
	}

	/** A session of three hours on the event's first day; its id. */
	public long session(PersonSummary organiser, long eventId, String title) {
		return this.people.actingAs(organiser,
				() -> this.events
					.addSession(IdentityFixtures.actor(organiser), eventId, title, LocalDate.of(2027, 3, 10),
							LocalTime.of(9, 0), LocalTime.of(12, 0))
					.id());
	}

	/** Registers someone from outside the platform; the participant's id. */
	public long external(PersonSummary organiser, long eventId, String name, String country, String language) {
		return this.people.actingAs(organiser,
				() -> this.registrations
					.registerExternal(IdentityFixtures.actor(organiser), eventId,
							new Participant.Details(name, null, "Ministry of Interior", country, null, language))
					.id());
	}

	/** Registers a person of the platform; the participant's id. */
	public long person(PersonSummary organiser, long eventId, PersonSummary person, String country) {
		return this.people.actingAs(organiser,
				() -> this.registrations
					.registerPerson(IdentityFixtures.actor(organiser), eventId, person.id(), "Agile PMO", country)
					.id());
	}

	public void attended(PersonSummary organiser, long eventId, long sessionId, List<Long> participantIds) {
		this.people.actingAs(organiser,
				() -> this.attendance.record(IdentityFixtures.actor(organiser), eventId, sessionId, participantIds));
	}

	/** A rating question; its id. */
	public long ratingQuestion(PersonSummary organiser, long eventId, String text) {
		return this.people.actingAs(organiser,
				() -> this.evaluations
					.addQuestion(IdentityFixtures.actor(organiser), eventId, EventEvaluations.Kind.RATING, text)
					.id());
	}

	/** A training needs assessment of the unit with these topics; its id. */
	public long assessment(PersonSummary organiser, long unitId, String title, List<String> topics) {
		return this.people.actingAs(organiser,
				() -> this.needs
					.create(IdentityFixtures.actor(organiser), unitId, title, LocalDate.of(2027, 1, 31), topics)
					.id());
	}

	public long topicVersion(PersonSummary reader, long assessmentId) {
		return this.people.actingAs(reader, () -> this.needs.topics(assessmentId).get(0).version());
	}

	public long firstTopic(PersonSummary reader, long assessmentId) {
		return this.people.actingAs(reader, () -> this.needs.topics(assessmentId).get(0).id());
	}

	public long assessmentVersion(PersonSummary reader, long assessmentId) {
		return this.people.actingAs(reader,
				() -> this.needs.get(IdentityFixtures.actor(reader), assessmentId).version());
	}

	public void answer(PersonSummary person, long participantId, Map<Long, Integer> ratings) {
		this.people.actingAs(person,
				() -> this.evaluations.answer(IdentityFixtures.actor(person), participantId, ratings, Map.of()));
	}

}
