package org.agilepmo.events.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.shared.Versioned;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Planning events: their details, status and sessions. Whoever organises an event (its
 * unit's people, the PMO) changes it; every write is audited.
 */
@Service
public class EventService {

	static final String ENTITY = EventAccess.EVENT;

	static final String SESSION = "event-session";

	private final Events events;

	private final EventAccess access;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final RegistrationService registrations;

	EventService(Events events, EventAccess access, AuditTrail audit, JdbcClient jdbc,
			RegistrationService registrations) {
		this.events = events;
		this.access = access;
		this.audit = audit;
		this.jdbc = jdbc;
		this.registrations = registrations;
	}

	@Transactional
	public Event create(Actor actor, Long unitId, EventDraft draft) {
		this.access.organisableUnit(actor, unitId);
		this.access.linkable(actor, draft.projectId());
		Event event = this.events.saveAndFlush(new Event(unitId, draft, actor.id(), Instant.now()));
		this.audit.record(AuditRecord.created(ENTITY, event.id(), Classification.RESTRICTED, event.state()));
		return event;
	}

	@Transactional(readOnly = true)
	public Event get(Actor actor, long id) {
		return this.access.visible(actor, id);
	}

	@Transactional(readOnly = true)
	public List<Event> list(Actor actor) {
		return this.access.visibleEvents(actor);
	}

	/**
	 * Changes the event's details. More seats let the first people waiting in: they are
	 * registered in the order they asked.
	 */
	@Transactional
	public Event edit(Actor actor, long id, long expectedVersion, Change<EventDraft> change) {
		Event event = this.access.organised(actor, id);
		Versioned.check(ENTITY, id, expectedVersion, event.version());
		EventDraft draft = change.applyTo(event.draft());
		if (draft.projectId() != null && !draft.projectId().equals(event.projectId())) {
			this.access.linkable(actor, draft.projectId());
		}
		var before = event.state();
		event.edit(draft, this.events.seatsTaken(id));
		Event saved = save(event, before, ENTITY + ".updated");
		this.registrations.fillFreeSeats(actor, saved);
		return saved;
	}

	@Transactional
	public Event moveTo(Actor actor, long id, long expectedVersion, EventStatus status) {
		Event event = this.access.organised(actor, id);
		Versioned.check(ENTITY, id, expectedVersion, event.version());
		var before = event.state();
		event.moveTo(status);
		return save(event, before, ENTITY + ".status-changed");
	}

	@Transactional
	public Session addSession(Actor actor, long eventId, String title, LocalDate heldOn, LocalTime startsAt,
			LocalTime endsAt) {
		Event event = this.access.organised(actor, eventId);
		if (title == null || title.isBlank()) {
			throw new RuleViolationException("sessionTitle", "events.error.required", "is required");
		}
		if (heldOn == null) {
			throw new RuleViolationException("heldOn", "events.error.required", "is required");
		}
		if (heldOn.isBefore(event.startsOn()) || heldOn.isAfter(event.endsOn())) {
			throw new RuleViolationException("heldOn", "events.error.sessionOutside",
					"the session must fall within the event's dates");
		}
		if (startsAt == null || endsAt == null) {
			throw new RuleViolationException(startsAt == null ? "startsAt" : "endsAt", "events.error.required",
					"is required");
		}
		if (!endsAt.isAfter(startsAt)) {
			throw new RuleViolationException("endsAt", "events.error.endsBeforeStart",
					"the session cannot end before it starts");
		}
		String name = title.strip();
		this.jdbc
			.sql("insert into events_session (event_id, title, held_on, starts_at, ends_at) values (?, ?, ?, ?, ?)")
			.params(eventId, name, heldOn, startsAt, endsAt)
			.update();
		Session session = sessions(eventId).stream()
			.filter(s -> s.title().equals(name) && s.heldOn().equals(heldOn) && s.startsAt().equals(startsAt))
			.reduce((a, b) -> b)
			.orElseThrow();
		this.audit.record(AuditRecord.created(SESSION, session.id(), Classification.RESTRICTED,
				Map.of("eventId", eventId, "title", name, "heldOn", heldOn.toString(), "startsAt", startsAt.toString(),
						"endsAt", endsAt.toString())));
		return session;
	}

	@Transactional(readOnly = true)
	public List<Session> sessions(long eventId) {
		return this.jdbc
			.sql("select id, event_id, title, held_on, starts_at, ends_at from events_session where event_id = ? "
					+ "order by held_on, starts_at, id")
			.param(eventId)
			.query((rs, n) -> new Session(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getObject(5, LocalTime.class),
					rs.getObject(6, LocalTime.class)))
			.list();
	}

	private Event save(Event event, Object before, String action) {
		try {
			this.events.saveAndFlush(event);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new StaleVersionException(ENTITY, event.id(), event.version(), event.version() + 1);
		}
		this.audit.record(new AuditRecord(action, ENTITY, String.valueOf(event.id()), Classification.RESTRICTED, null,
				before, event.state()));
		return event;
	}

}
