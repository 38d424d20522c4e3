package org.agilepmo.meetings.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.notification.OutboundMail;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.Versioned;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organising meetings and series, recording their minutes, decisions and actions, closing
 * actions, and what a person may see of them, in windows of time. Every write is audited
 * in its transaction; meetings and actions are guarded by their version.
 */
@Service
public class MeetingService {

	public static final String ENTITY = "meeting";

	public static final String ACTION = "meeting-action";

	public static final String DECISION = "meeting-decision";

	private final Meetings meetings;

	private final MeetingDecisions decisions;

	private final MeetingActions actions;

	private final MeetingAccess access;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final People people;

	private final Optional<OutboundMail> mail;

	private final MessageSource messages;

	private final Clock clock;

	MeetingService(Meetings meetings, MeetingDecisions decisions, MeetingActions actions, MeetingAccess access,
			AuditTrail audit, ApplicationEventPublisher events, People people, Optional<OutboundMail> mail,
			MessageSource messages, Optional<Clock> clock) {
		this.meetings = meetings;
		this.decisions = decisions;
		this.actions = actions;
		this.access = access;
		this.audit = audit;
		this.events = events;
		this.people = people;
		this.mail = mail;
		this.messages = messages;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	public Instant now() {
		return this.clock.instant();
	}

	@Transactional
	public Meeting organise(Actor actor, MeetingDraft draft) {
		validate(draft);
		this.access.organise(actor, draft.scopeKind(), draft.scopeId());
		Meeting meeting = this.meetings.saveAndFlush(new Meeting(draft, actor.id(), now()));
		this.audit
			.record(AuditRecord.created(ENTITY, meeting.id(), this.access.classification(meeting), meeting.state()));
		invite(meeting);
		return meeting;
	}

	@Transactional
	public Meeting change(Actor actor, long id, long expectedVersion, Change<MeetingDraft> change) {
		Meeting meeting = this.access.editable(actor, find(id));
		Versioned.check(ENTITY, id, expectedVersion, meeting.version());
		MeetingDraft current = meeting.draft();
		MeetingDraft next = change.applyTo(current);
		next = new MeetingDraft(next.kind(), current.scopeKind(), current.scopeId(), next.title(), next.location(),
				next.timeZone(), next.startsAt(), next.durationMinutes(), next.rrule(), next.exdates(), next.moved(),
				next.agenda(), next.participants());
		validate(next);
		String before = meeting.state();
		meeting.change(next);
		flush(meeting);
		this.audit
			.record(AuditRecord.updated(ENTITY, id, this.access.classification(meeting), before, meeting.state()));
		invite(meeting);
		return meeting;
	}

	@Transactional
	public Meeting recordMinutes(Actor actor, long id, long expectedVersion, String markdown) {
		Meeting meeting = this.access.editable(actor, find(id));
		Versioned.check(ENTITY, id, expectedVersion, meeting.version());
		if (markdown != null && markdown.length() > 100_000) {
			throw new RuleViolationException("minutes", "meetings.error.tooLong", "must be at most 100000 characters",
					100_000);
		}
		String before = meeting.minutes();
		meeting.recordMinutes(markdown);
		flush(meeting);
		this.audit.record(new AuditRecord(ENTITY + ".minutes-recorded", ENTITY, String.valueOf(id),
				this.access.classification(meeting), null, before, meeting.minutes()));
		return meeting;
	}

	@Transactional
	public MeetingDecision recordDecision(Actor actor, long meetingId, String text, LocalDate decidedOn) {
		Meeting meeting = this.access.editable(actor, find(meetingId));
		required("text", text, 4000);
		MeetingDecision decision = this.decisions.saveAndFlush(
				new MeetingDecision(meetingId, text, decidedOn == null ? today() : decidedOn, actor.id(), now()));
		this.audit.record(AuditRecord.created(DECISION, decision.id(), this.access.classification(meeting),
				"meeting=" + meetingId + ", decision=" + decision.text() + ", on=" + decision.decidedOn()));
		return decision;
	}

	@Transactional
	public MeetingAction addAction(Actor actor, long meetingId, String title, Long ownerId, LocalDate dueOn) {
		Meeting meeting = this.access.editable(actor, find(meetingId));
		required("title", title, 500);
		if (ownerId == null) {
			throw new RuleViolationException("ownerId", "meetings.error.required", "cannot be left empty");
		}
		if (dueOn == null) {
			throw new RuleViolationException("dueOn", "meetings.error.required", "cannot be left empty");
		}
		PersonSummary owner = this.people.find(ownerId)
			.orElseThrow(() -> new RuleViolationException("ownerId", "meetings.error.unknownPerson",
					"is not a person with an account", ownerId));
		MeetingAction action = this.actions.saveAndFlush(new MeetingAction(meetingId, title, owner.id(), dueOn));
		this.audit
			.record(AuditRecord.created(ACTION, action.id(), this.access.classification(meeting), action.state()));
		if (owner.id() != actor.id()) {
			this.events
				.publishEvent(new Attention(owner.id(), new ObjectRef(ACTION, action.id()), "assignment", actor.id()));
		}
		return action;
	}

	/** Closes an action: its owner, or whoever may change the meeting. */
	@Transactional
	public MeetingAction closeAction(Actor actor, long actionId, long expectedVersion) {
		MeetingAction action = this.actions.findById(actionId)
			.orElseThrow(() -> new NotFoundException(ACTION, actionId));
		Meeting meeting = find(action.meetingId());
		if (action.ownerId() != actor.id()) {
			this.access.editable(actor, meeting);
		}
		Versioned.check(ACTION, actionId, expectedVersion, action.version());
		String before = action.state();
		action.close(actor.id(), now());
		try {
			this.actions.saveAndFlush(action);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new org.agilepmo.shared.StaleVersionException(ACTION, actionId, expectedVersion, action.version());
		}
		this.audit.record(new AuditRecord(ACTION + ".closed", ACTION, String.valueOf(actionId),
				this.access.classification(meeting), null, before, action.state()));
		return action;
	}

	@Transactional(readOnly = true)
	public Meeting get(Actor actor, long id) {
		return this.access.visible(actor, find(id));
	}

	@Transactional(readOnly = true)
	public MeetingAction action(Actor actor, long id) {
		MeetingAction action = this.actions.findById(id).orElseThrow(() -> new NotFoundException(ACTION, id));
		Meeting meeting = find(action.meetingId());
		if (action.ownerId() != actor.id() && !this.access.mayView(actor, meeting)) {
			throw new NotFoundException(ACTION, id);
		}
		return action;
	}

	@Transactional(readOnly = true)
	public List<MeetingDecision> decisions(Actor actor, long meetingId) {
		get(actor, meetingId);
		return this.decisions.findByMeetingIdOrderByIdAsc(meetingId);
	}

	@Transactional(readOnly = true)
	public List<MeetingAction> actions(Actor actor, long meetingId) {
		get(actor, meetingId);
		return this.actions.findByMeetingIdOrderByIdAsc(meetingId);
	}

	public boolean isOverdue(MeetingAction a) {
		return !a.isClosed() && a.dueOn().isBefore(today());
	}

	/** One meeting or series with its occurrences in the window. */
	public record Listed(Meeting meeting, List<Recurrence.Occurrence> occurrences) {
	}

	/**
	 * The meetings the person may see that have an occurrence in the window (every
	 * visible one when there is no window), by their first occurrence in it.
	 */
	@Transactional(readOnly = true)
	public List<Listed> visible(Actor actor, ZonedDateTime from, ZonedDateTime to) {
		List<Listed> listed = new ArrayList<>();
		for (Meeting m : this.meetings.findAll()) {
			if (!this.access.mayView(actor, m)) {
				continue;
			}
			List<Recurrence.Occurrence> occurrences = Recurrence.between(m, from, to);
			if (!occurrences.isEmpty()) {
				listed.add(new Listed(m, occurrences));
			}
		}
		listed.sort(Comparator.comparing((Listed l) -> l.occurrences().get(0).start()));
		return listed;
	}

	/**
	 * The meetings a person attends (organises or takes part in), for their calendar
	 * feed.
	 */
	@Transactional(readOnly = true)
	public List<Meeting> attendedBy(long personId) {
		return this.meetings.findAll().stream().filter(m -> m.attends(personId)).toList();
	}

	/** The meeting or series as an iCalendar document. */
	@Transactional(readOnly = true)
	public String ics(Actor actor, long id) {
		Meeting meeting = get(actor, id);
		return CalendarDocuments.write(meeting.title(), List.of(meeting), this.people::contact, now());
	}

	Meeting find(long id) {
		return this.meetings.findById(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
	}

	private void flush(Meeting meeting) {
		try {
			this.meetings.saveAndFlush(meeting);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			throw new org.agilepmo.shared.StaleVersionException(ENTITY, meeting.id(), meeting.version(),
					meeting.version() + 1);
		}
	}

	/**
	 * E-mails the participants with an account the meeting's .ics, when e-mail is set up
	 * (after the commit; nothing when it is not).
	 */
	private void invite(Meeting meeting) {
		if (this.mail.isEmpty() || !this.mail.get().enabled()) {
			return;
		}
		List<Long> recipients = meeting.participants()
			.stream()
			.filter(p -> !p.isExternal())
			.map(Participant::personId)
			.toList();
		if (recipients.isEmpty()) {
			return;
		}
		byte[] ics = CalendarDocuments.write(meeting.title(), List.of(meeting), this.people::contact, now())
			.getBytes(StandardCharsets.UTF_8);
		this.mail.get()
			.send(new ObjectRef(ENTITY, meeting.id()), this.access.classification(meeting), recipients,
					r -> new OutboundMail.Mail(
							this.messages.getMessage("meetings.mail.subject", new Object[] { meeting.title() },
									r.language()),
							this.messages.getMessage("meetings.mail.text", new Object[] { meeting.title() },
									r.language()),
							null, List.of(new OutboundMail.Attachment("meeting.ics", "text/calendar", ics))));
	}

	private static void validate(MeetingDraft d) {
		if (d.kind() == null) {
			throw new RuleViolationException("kind", "meetings.error.required", "cannot be left empty");
		}
		if (d.scopeKind() == null) {
			throw new RuleViolationException("scopeKind", "meetings.error.required", "cannot be left empty");
		}
		required("title", d.title(), 300);
		if (d.startsAt() == null) {
			throw new RuleViolationException("startsAt", "meetings.error.required", "cannot be left empty");
		}
		if (d.durationMinutes() < 5 || d.durationMinutes() > 24 * 60) {
			throw new RuleViolationException("durationMinutes", "meetings.error.duration",
					"must be from 5 minutes to 24 hours");
		}
		try {
			ZoneId.of(d.timeZone() == null ? "" : d.timeZone());
		}
		catch (DateTimeException ex) {
			throw new RuleViolationException("timeZone", "meetings.error.timeZone",
					"is not a time zone (such as Europe/Paris)", d.timeZone());
		}
		Recurrence.check(d.rrule());
		for (Participant p : d.participants()) {
			if (p.isExternal()) {
				required("participants", p.name(), 200);
				if (p.email() == null || !p.email().matches("[^@\\s,<>]+@[^@\\s,<>]+\\.[^@\\s,<>]+")) {
					throw new RuleViolationException("participants", "meetings.error.email",
							"{0} is not an e-mail address", String.valueOf(p.email()));
				}
			}
		}
	}

	private static void required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new RuleViolationException(field, "meetings.error.required", "cannot be left empty");
		}
		if (value.length() > max) {
			throw new RuleViolationException(field, "meetings.error.tooLong", "must be at most {0} characters", max);
		}
	}

}
