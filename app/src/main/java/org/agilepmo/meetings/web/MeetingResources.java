package org.agilepmo.meetings.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.agilepmo.meetings.internal.Meeting;
import org.agilepmo.meetings.internal.MeetingAction;
import org.agilepmo.meetings.internal.MeetingDecision;
import org.agilepmo.meetings.internal.MeetingDraft;
import org.agilepmo.meetings.internal.MeetingKind;
import org.agilepmo.meetings.internal.Participant;
import org.agilepmo.meetings.internal.Recurrence;
import org.agilepmo.meetings.internal.ScopeKind;

/** What the meetings API reads and answers. */
final class MeetingResources {

	private MeetingResources() {
	}

	/** A participant: a person's id, or an external contact's name and e-mail address. */
	record ParticipantResource(Long personId, String name, String email) {

		static ParticipantResource of(Participant p) {
			return new ParticipantResource(p.personId(), p.name(), p.email());
		}

		Participant participant() {
			return this.personId != null ? Participant.person(this.personId)
					: Participant.external(this.name, this.email);
		}

	}

	record MovedResource(LocalDateTime from, LocalDateTime to) {
	}

	/** A new meeting or series. */
	record MeetingInput(MeetingKind kind, ScopeKind scopeKind, Long scopeId, String title, String location,
			String timeZone, LocalDateTime startsAt, Integer durationMinutes, String rrule, List<LocalDateTime> exdates,
			List<MovedResource> moved, List<String> agenda, List<ParticipantResource> participants) {

		MeetingDraft draft() {
			return new MeetingDraft(this.kind, this.scopeKind, this.scopeId == null ? 0 : this.scopeId, this.title,
					this.location, this.timeZone, this.startsAt,
					this.durationMinutes == null ? 60 : this.durationMinutes, this.rrule, this.exdates,
					MeetingResources.moved(this.moved), this.agenda, this.participants == null ? List.of()
							: this.participants.stream().map(ParticipantResource::participant).toList());
		}

	}

	static Map<LocalDateTime, LocalDateTime> moved(List<MovedResource> moved) {
		Map<LocalDateTime, LocalDateTime> map = new java.util.LinkedHashMap<>();
		if (moved != null) {
			moved.stream().filter(m -> m.from() != null && m.to() != null).forEach(m -> map.put(m.from(), m.to()));
		}
		return map;
	}

	record OccurrenceResource(LocalDateTime recurrenceId, ZonedDateTime start, ZonedDateTime end, boolean moved) {

		static OccurrenceResource of(Recurrence.Occurrence o) {
			return new OccurrenceResource(o.recurrenceId(), o.start(), o.end(), o.moved());
		}

	}

	record MeetingResource(long id, long version, MeetingKind kind, ScopeKind scopeKind, long scopeId, String title,
			String location, String timeZone, LocalDateTime startsAt, int durationMinutes, String rrule,
			List<LocalDateTime> exdates, List<MovedResource> moved, List<String> agenda,
			List<ParticipantResource> participants, long organiserId, String minutes, List<DecisionResource> decisions,
			List<ActionResource> actions, List<OccurrenceResource> occurrences) {

		static MeetingResource of(Meeting m, List<MeetingDecision> decisions, List<MeetingAction> actions,
				List<Recurrence.Occurrence> occurrences) {
			return new MeetingResource(m.id(), m.version(), m.kind(), m.scopeKind(), m.scopeId(), m.title(),
					m.location(), m.timeZone(), m.startsAt(), m.durationMinutes(), m.rrule(), m.exdates(),
					m.moved().entrySet().stream().map(e -> new MovedResource(e.getKey(), e.getValue())).toList(),
					m.agenda(), m.participants().stream().map(ParticipantResource::of).toList(), m.organiserId(),
					m.minutes(), decisions.stream().map(DecisionResource::of).toList(),
					actions.stream().map(ActionResource::of).toList(),
					occurrences.stream().map(OccurrenceResource::of).toList());
		}

	}

	record MeetingSummary(long id, MeetingKind kind, ScopeKind scopeKind, long scopeId, String title, String timeZone,
			boolean series, List<OccurrenceResource> occurrences) {
	}

	record MeetingPage(List<MeetingSummary> items, int page, int size, long totalItems, int totalPages) {
	}

	record DecisionResource(long id, String text, LocalDate decidedOn, long recordedBy) {

		static DecisionResource of(MeetingDecision d) {
			return new DecisionResource(d.id(), d.text(), d.decidedOn(), d.recordedBy());
		}

	}

	record ActionResource(long id, long version, long meetingId, String title, long ownerId, LocalDate dueOn,
			boolean closed) {

		static ActionResource of(MeetingAction a) {
			return new ActionResource(a.id(), a.version(), a.meetingId(), a.title(), a.ownerId(), a.dueOn(),
					a.isClosed());
		}

	}

	record DecisionInput(String text, LocalDate decidedOn) {
	}

	record ActionInput(String title, Long ownerId, LocalDate dueOn) {
	}

	record MinutesInput(String minutes) {
	}

	record FeedResource(long id, String url, String token) {
	}

}
