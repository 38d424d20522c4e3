package org.agilepmo.events.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.events.internal.AttendanceService;
import org.agilepmo.events.internal.Certificates;
import org.agilepmo.events.internal.EventEvaluations;
import org.agilepmo.events.internal.Event;
import org.agilepmo.events.internal.EventAccess;
import org.agilepmo.events.internal.EventDraft;
import org.agilepmo.events.internal.EventService;
import org.agilepmo.events.internal.EventStatus;
import org.agilepmo.events.internal.Participant;
import org.agilepmo.events.internal.ParticipantFigures;
import org.agilepmo.events.internal.RegistrationService;
import org.agilepmo.events.internal.Session;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Events through the API: the events a person sees, planning and changing them
 * (If-Match), participants and registrations, sessions and attendance, the questionnaire
 * and its results, and certificates. An event the caller may not see answers 404.
 */
@RestController
@Tag(name = "Events", description = "Events and trainings: registrations, attendance, evaluations, certificates")
class EventApiController {

	private final EventService events;

	private final RegistrationService registrations;

	private final AttendanceService attendance;

	private final EventEvaluations evaluations;

	private final Certificates certificates;

	private final EventAccess access;

	EventApiController(EventService events, RegistrationService registrations, AttendanceService attendance,
			EventEvaluations evaluations, Certificates certificates, EventAccess access) {
		this.events = events;
		this.registrations = registrations;
		this.attendance = attendance;
		this.evaluations = evaluations;
		this.certificates = certificates;
		this.access = access;
	}

	record EventResource(long id, long version, String kind, String title, String description, long unitId,
			Long projectId, String venue, LocalDate startsOn, LocalDate endsOn, String timeZone, Integer capacity,
			BigDecimal budgetAmount, String budgetCurrency, String status) {

		static EventResource of(Event e) {
			return new EventResource(e.id(), e.version(), e.kind().name(), e.title(), e.description(), e.unitId(),
					e.projectId(), e.venue(), e.startsOn(), e.endsOn(), e.timeZone(), e.capacity(), e.budgetAmount(),
					e.budgetCurrency(), e.status().name());
		}

	}

	record EventList(List<EventResource> items, int totalItems) {
	}

	record NewEvent(Long unitId, String kind, String title, String description, Long projectId, String venue,
			LocalDate startsOn, LocalDate endsOn, String timeZone, Integer capacity, BigDecimal budgetAmount,
			String budgetCurrency) {
	}

	@GetMapping("/api/v1/events")
	@Operation(summary = "The events the caller sees, the latest first")
	EventList list() {
		List<EventResource> items = this.events.list(CurrentActor.require()).stream().map(EventResource::of).toList();
		return new EventList(items, items.size());
	}

	@PostMapping("/api/v1/events")
	@Operation(summary = "Plan an event of one of the caller's units")
	ResponseEntity<EventResource> create(@RequestBody NewEvent body) {
		Actor actor = CurrentActor.require();
		org.agilepmo.events.internal.EventKind kind = body.kind() == null ? null
				: org.agilepmo.events.internal.EventKind.valueOf(body.kind());
		Event e = this.events.create(actor, body.unitId(),
				new EventDraft(kind, body.title(), body.description(), body.projectId(), body.venue(), body.startsOn(),
						body.endsOn(), body.timeZone(), body.capacity(), body.budgetAmount(), body.budgetCurrency()));
		return ETags.created("/api/v1/events/" + e.id(), EventResource.of(e), e.version());
	}

	@GetMapping("/api/v1/events/{id}")
	@Operation(summary = "An event")
	ResponseEntity<EventResource> get(@PathVariable long id) {
		Event e = this.events.get(CurrentActor.require(), id);
		return ETags.ok(EventResource.of(e), e.version());
	}

	@PatchMapping("/api/v1/events/{id}")
	@Operation(summary = "Change an event", description = "Needs If-Match.")
	ResponseEntity<EventResource> edit(@PathVariable long id, @RequestBody EventPatch patch, @IfMatch long version) {
		Event e = this.events.edit(CurrentActor.require(), id, version, patch);
		return ETags.ok(EventResource.of(e), e.version());
	}

	record StatusChange(EventStatus status) {
	}

	@PostMapping("/api/v1/events/{id}/status")
	@Operation(summary = "Move an event to another status",
			description = "PLANNED, OPEN (for registration), CLOSED, HELD, CANCELLED. Needs If-Match.")
	ResponseEntity<EventResource> status(@PathVariable long id, @RequestBody StatusChange body, @IfMatch long version) {
		Event e = this.events.moveTo(CurrentActor.require(), id, version, body.status());
		return ETags.ok(EventResource.of(e), e.version());
	}

	record ParticipantResource(long id, Long personId, String name, String email, String organisation, String country,
			String gender, String language, String status) {

		static ParticipantResource of(Participant p) {
			return new ParticipantResource(p.id(), p.personId(), p.name(), p.email(), p.organisation(), p.country(),
					p.gender(), p.language(), p.status().name());
		}

	}

	record NewParticipant(Long personId, String name, String email, String organisation, String country, String gender,
			String language) {
	}

	@GetMapping("/api/v1/events/{id}/participants")
	@Operation(summary = "An event's participants (its organisers)")
	List<ParticipantResource> participants(@PathVariable long id) {
		Actor actor = CurrentActor.require();
		this.access.organised(actor, id);
		return this.registrations.participants(actor, id).stream().map(ParticipantResource::of).toList();
	}

	@PostMapping("/api/v1/events/{id}/participants")
	@Operation(summary = "Register a participant (the organisers)",
			description = "A person of the platform by personId, or someone from outside by name, country and "
					+ "the rest. When the event is full the participant waits.")
	ResponseEntity<ParticipantResource> register(@PathVariable long id, @RequestBody NewParticipant body) {
		Actor actor = CurrentActor.require();
		Participant p = body.personId() != null
				? this.registrations.registerPerson(actor, id, body.personId(), body.organisation(), body.country())
				: this.registrations.registerExternal(actor, id, new Participant.Details(body.name(), body.email(),
						body.organisation(), body.country(), body.gender(), body.language()));
		return ETags.created("/api/v1/event-participants/" + p.id(), ParticipantResource.of(p), p.version());
	}

	record SelfRegistration(String organisation, String country) {
	}

	@PostMapping("/api/v1/events/{id}/registration")
	@Operation(summary = "Register oneself while registration is open")
	ResponseEntity<ParticipantResource> registerMyself(@PathVariable long id,
			@RequestBody(required = false) SelfRegistration body) {
		Participant p = this.registrations.registerMyself(CurrentActor.require(), id,
				body == null ? null : body.organisation(), body == null ? null : body.country());
		return ETags.created("/api/v1/event-participants/" + p.id(), ParticipantResource.of(p), p.version());
	}

	@PostMapping("/api/v1/event-participants/{id}/cancellation")
	@Operation(summary = "Cancel a registration", description = "The first person waiting takes the seat.")
	ParticipantResource cancel(@PathVariable long id) {
		return ParticipantResource.of(this.registrations.cancel(CurrentActor.require(), id));
	}

	record FiguresResource(Map<String, Long> counts, List<ParticipantFigures.Row> byCountry,
			List<ParticipantFigures.Row> byOrganisation) {
	}

	@GetMapping("/api/v1/events/{id}/figures")
	@Operation(summary = "Participants counted by status, country and organisation (the organisers)")
	FiguresResource figures(@PathVariable long id, Locale locale) {
		Actor actor = CurrentActor.require();
		this.access.organised(actor, id);
		ParticipantFigures f = ParticipantFigures.of(this.registrations.participants(actor, id),
				this.attendance.attendanceOf(id), locale);
		return new FiguresResource(f.counts(), f.byCountry(), f.byOrganisation());
	}

	record NewSession(String title, LocalDate heldOn, LocalTime startsAt, LocalTime endsAt) {
	}

	@GetMapping("/api/v1/events/{id}/sessions")
	@Operation(summary = "An event's sessions")
	List<Session> sessions(@PathVariable long id) {
		this.events.get(CurrentActor.require(), id);
		return this.events.sessions(id);
	}

	@PostMapping("/api/v1/events/{id}/sessions")
	@Operation(summary = "Add a session (a day or part of a day) in the event's time zone")
	Session addSession(@PathVariable long id, @RequestBody NewSession body) {
		return this.events.addSession(CurrentActor.require(), id, body.title(), body.heldOn(), body.startsAt(),
				body.endsAt());
	}

	record Attendance(List<Long> participantIds) {
	}

	@PutMapping("/api/v1/events/{id}/sessions/{sessionId}/attendance")
	@Operation(summary = "Record who attended a session", description = "Replaces the session's attendance.")
	Attendance attendance(@PathVariable long id, @PathVariable long sessionId, @RequestBody Attendance body) {
		Actor actor = CurrentActor.require();
		this.attendance.record(actor, id, sessionId, body.participantIds());
		return new Attendance(this.attendance.attendees(sessionId).stream().sorted().toList());
	}

	record NewQuestion(EventEvaluations.Kind kind, String text) {
	}

	@PostMapping("/api/v1/events/{id}/questions")
	@Operation(summary = "Add a question to the evaluation questionnaire (RATING 1-5 or TEXT)")
	EventEvaluations.Question addQuestion(@PathVariable long id, @RequestBody NewQuestion body) {
		return this.evaluations.addQuestion(CurrentActor.require(), id, body.kind(), body.text());
	}

	record Answers(Map<Long, Integer> ratings, Map<Long, String> texts) {
	}

	@PostMapping("/api/v1/event-participants/{id}/evaluation")
	@Operation(summary = "Answer the evaluation (once per participant)")
	ResponseEntity<Void> answer(@PathVariable long id, @RequestBody Answers body) {
		this.evaluations.answer(CurrentActor.require(), id, body.ratings(), body.texts());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/events/{id}/evaluation-results")
	@Operation(summary = "The evaluation's results: averages, distributions and free texts (the organisers)")
	EventEvaluations.Results results(@PathVariable long id) {
		return this.evaluations.results(CurrentActor.require(), id);
	}

	@GetMapping(value = "/api/v1/event-participants/{id}/certificate", produces = "application/pdf")
	@Operation(summary = "The participant's certificate of attendance (PDF), in their language",
			description = "Only for a participant who attended; 422 otherwise.")
	ResponseEntity<byte[]> certificate(@PathVariable long id) {
		return EventPages.pdf(this.certificates.certificate(CurrentActor.require(), id));
	}

}
