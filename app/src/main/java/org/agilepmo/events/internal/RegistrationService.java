package org.agilepmo.events.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrations with a capacity and a waiting list. A registration takes a seat when the
 * database's conditional update on the event's row still finds one
 * ({@link Events#takeSeat}); otherwise the person waits, in the order they asked. When a
 * registered person cancels, the first person waiting takes their seat and is told
 * through the notification module (an {@link Attention} of reason {@code assignment}).
 */
@Service
public class RegistrationService {

	static final String ENTITY = "event-participant";

	/** The notification reason a promotion from the waiting list is told with. */
	static final String PROMOTED = "assignment";

	private final Events events;

	private final Participants participants;

	private final EventAccess access;

	private final AuditTrail audit;

	private final ApplicationEventPublisher publisher;

	RegistrationService(Events events, Participants participants, EventAccess access, AuditTrail audit,
			ApplicationEventPublisher publisher) {
		this.events = events;
		this.participants = participants;
		this.access = access;
		this.audit = audit;
		this.publisher = publisher;
	}

	/** An organiser registers a person of the platform. */
	@Transactional
	public Participant registerPerson(Actor actor, long eventId, Long personId, String organisation, String country) {
		Event event = this.access.organised(actor, eventId);
		if (personId == null) {
			throw new RuleViolationException("personId", "events.error.required", "is required");
		}
		PersonSummary person = this.access.person(personId)
			.orElseThrow(() -> new RuleViolationException("personId", "events.error.unknownPerson",
					"there is no such person"));
		String language = this.access.languageOf(personId).getLanguage();
		return register(actor, event, person.id(), new Participant.Details(person.displayName(), null, organisation,
				country, null, Participant.LANGUAGES.contains(language) ? language : "en"));
	}

	/** An organiser registers someone from outside the platform. */
	@Transactional
	public Participant registerExternal(Actor actor, long eventId, Participant.Details details) {
		Event event = this.access.organised(actor, eventId);
		return register(actor, event, null, details);
	}

	/** A person who sees the event registers themselves while registration is open. */
	@Transactional
	public Participant registerMyself(Actor actor, long eventId, String organisation, String country) {
		Event event = this.access.visible(actor, eventId);
		if (event.status() != EventStatus.OPEN) {
			throw new RuleViolationException("status", "events.error.registrationClosed", "registration is not open");
		}
		String language = this.access.languageOf(actor.id()).getLanguage();
		return register(actor, event, actor.id(), new Participant.Details(actor.displayName(), null, organisation,
				country, null, Participant.LANGUAGES.contains(language) ? language : "en"));
	}

	private Participant register(Actor actor, Event event, Long personId, Participant.Details details) {
		if (event.status() == EventStatus.HELD || event.status() == EventStatus.CANCELLED) {
			throw new RuleViolationException("status", "events.error.registrationClosed", "registration is not open");
		}
		Optional<Participant> existing = personId == null ? Optional.empty()
				: this.participants.findByEventIdAndPersonId(event.id(), personId);
		if (existing.isPresent() && existing.get().status() != Participant.Status.CANCELLED) {
			throw new RuleViolationException("personId", "events.error.alreadyRegistered",
					"this person is already registered");
		}
		Participant.Status status = this.events.takeSeat(event.id()) == 1 ? Participant.Status.REGISTERED
				: Participant.Status.WAITING;
		Instant now = Instant.now();
		Participant participant;
		if (existing.isPresent()) {
			participant = existing.get();
			participant.describe(details);
			participant.setStatus(status, now);
		}
		else {
			participant = new Participant(event.id(), personId, details, status, now);
		}
		participant = this.participants.saveAndFlush(participant);
		this.audit.record(new AuditRecord(
				ENTITY + (status == Participant.Status.REGISTERED ? ".registered" : ".wait-listed"), EventAccess.EVENT,
				String.valueOf(event.id()), Classification.RESTRICTED, null, null, participant.state()));
		return participant;
	}

	/**
	 * Cancels a registration (the organisers, or the participant themselves). A seat
	 * given back goes to the first person waiting, who is told.
	 */
	@Transactional
	public Participant cancel(Actor actor, long participantId) {
		Participant participant = this.participants.findById(participantId)
			.orElseThrow(() -> new NotFoundException(ENTITY, participantId));
		Event event = this.access.visible(actor, participant.eventId());
		boolean self = participant.personId() != null && participant.personId() == actor.id();
		if (!self && !this.access.mayOrganise(actor, event)) {
			throw new AccessDeniedException("only the organisers and the participant cancel a registration");
		}
		this.events.lockSeats(event.id());
		Participant current = this.participants.findById(participantId).orElseThrow();
		if (current.status() == Participant.Status.CANCELLED) {
			throw new RuleViolationException("status", "events.error.alreadyCancelled",
					"this registration is already cancelled");
		}
		boolean heldASeat = current.status() == Participant.Status.REGISTERED;
		var before = current.state();
		current.setStatus(Participant.Status.CANCELLED, Instant.now());
		this.participants.saveAndFlush(current);
		this.audit.record(new AuditRecord(ENTITY + ".cancelled", EventAccess.EVENT, String.valueOf(event.id()),
				Classification.RESTRICTED, null, before, current.state()));
		if (heldASeat) {
			List<Participant> waiting = this.participants.findByEventIdAndStatusOrderByRegisteredAtAscIdAsc(event.id(),
					Participant.Status.WAITING);
			if (waiting.isEmpty()) {
				this.events.releaseSeat(event.id());
			}
			else {
				promote(actor, event, waiting.get(0));
			}
		}
		return current;
	}

	/** Lets the people waiting take the seats that are free (after the capacity grew). */
	void fillFreeSeats(Actor actor, Event event) {
		this.events.lockSeats(event.id());
		for (Participant next : this.participants.findByEventIdAndStatusOrderByRegisteredAtAscIdAsc(event.id(),
				Participant.Status.WAITING)) {
			if (this.events.takeSeat(event.id()) != 1) {
				return;
			}
			promote(actor, event, next);
		}
	}

	private void promote(Actor actor, Event event, Participant next) {
		var before = next.state();
		next.setStatus(Participant.Status.REGISTERED, Instant.now());
		this.participants.saveAndFlush(next);
		this.audit.record(new AuditRecord(ENTITY + ".promoted", EventAccess.EVENT, String.valueOf(event.id()),
				Classification.RESTRICTED, null, before, next.state()));
		if (next.personId() != null) {
			this.publisher.publishEvent(
					new Attention(next.personId(), new ObjectRef(EventAccess.EVENT, event.id()), PROMOTED, actor.id()));
		}
	}

	@Transactional(readOnly = true)
	public List<Participant> participants(Actor actor, long eventId) {
		this.access.visible(actor, eventId);
		return this.participants.findByEventIdOrderByRegisteredAtAscIdAsc(eventId);
	}

	@Transactional(readOnly = true)
	public Participant participant(Actor actor, long participantId) {
		Participant p = this.participants.findById(participantId)
			.orElseThrow(() -> new NotFoundException(ENTITY, participantId));
		this.access.visible(actor, p.eventId());
		return p;
	}

}
