package org.agilepmo.events.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import org.agilepmo.events.internal.AttendanceService;
import org.agilepmo.events.internal.Certificates;
import org.agilepmo.events.internal.Countries;
import org.agilepmo.events.internal.EventEvaluations;
import org.agilepmo.events.internal.Event;
import org.agilepmo.events.internal.EventAccess;
import org.agilepmo.events.internal.EventKind;
import org.agilepmo.events.internal.EventService;
import org.agilepmo.events.internal.EventStatus;
import org.agilepmo.events.internal.Participant;
import org.agilepmo.events.internal.ParticipantFigures;
import org.agilepmo.events.internal.RegistrationService;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The events pages: the list of the events a person sees, planning and editing an event,
 * and the event's page (its status, registration, participants with their charts by
 * country and organisation, sessions and attendance, the questionnaire, its results and
 * the certificates).
 */
@Controller
class EventPages {

	private final EventService events;

	private final RegistrationService registrations;

	private final AttendanceService attendance;

	private final EventEvaluations evaluations;

	private final Certificates certificates;

	private final EventAccess access;

	private final Pages pages;

	EventPages(EventService events, RegistrationService registrations, AttendanceService attendance,
			EventEvaluations evaluations, Certificates certificates, EventAccess access, Pages pages) {
		this.events = events;
		this.registrations = registrations;
		this.attendance = attendance;
		this.evaluations = evaluations;
		this.certificates = certificates;
		this.access = access;
		this.pages = pages;
	}

	@GetMapping("/events")
	String list(Model model) {
		Actor actor = CurrentActor.require();
		List<Event> visible = this.events.list(actor);
		Map<Long, String> units = new HashMap<>();
		visible.forEach(e -> units.computeIfAbsent(e.unitId(), this.access::unitName));
		model.addAttribute("events", visible);
		model.addAttribute("unitNames", units);
		model.addAttribute("mayPlan", !this.access.organisableUnits(actor).isEmpty());
		return "events/list";
	}

	@GetMapping("/events/new")
	String newEvent(Model model) {
		return form(CurrentActor.require(), new EventForm(), null, model);
	}

	@PostMapping("/events/new")
	String create(@Valid @ModelAttribute("eventForm") EventForm form, BindingResult binding, Model model,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			Event event = this.events.create(actor, form.getUnitId(), form.draft());
			this.pages.saved(flash, "events.saved.created");
			return "redirect:/events/" + event.id();
		}, () -> form(actor, form, null, model));
	}

	@GetMapping("/events/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		Event event = this.access.organised(actor, id);
		return form(actor, EventForm.of(event), event, model);
	}

	@PostMapping("/events/{id}/edit")
	String save(@PathVariable long id, @Valid @ModelAttribute("eventForm") EventForm form, BindingResult binding,
			Model model, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		Event event = this.access.organised(actor, id);
		return this.pages.submit(binding, model, () -> {
			this.events.edit(actor, id, form.getVersion(), Change.to(form.draft()));
			this.pages.saved(flash, "events.saved.updated");
			return "redirect:/events/" + id;
		}, () -> form(actor, form, event, model));
	}

	private String form(Actor actor, EventForm form, Event event, Model model) {
		model.addAttribute("eventForm", form);
		model.addAttribute("event", event);
		model.addAttribute("units", this.access.organisableUnits(actor));
		model.addAttribute("projects", this.access.projectsOf(actor));
		model.addAttribute("kinds", EventKind.values());
		model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
		return "events/form";
	}

	@GetMapping("/events/{id}")
	String event(@PathVariable long id, @RequestParam(required = false) String country,
			@RequestParam(required = false) String organisation, Model model, Locale locale) {
		Actor actor = CurrentActor.require();
		Event event = this.events.get(actor, id);
		boolean organiser = this.access.mayOrganise(actor, event);
		model.addAttribute("event", event);
		model.addAttribute("unitName", this.access.unitName(event.unitId()));
		model.addAttribute("project", this.access.project(actor, event.projectId()).orElse(null));
		model.addAttribute("organiser", organiser);
		model.addAttribute("nextStatuses", event.status().next().stream().sorted().toList());
		model.addAttribute("sessions", this.events.sessions(id));
		model.addAttribute("questions", this.evaluations.questions(id));
		List<Countries.Country> countries = Countries.all(locale);
		model.addAttribute("countries", countries);
		Map<String, String> countryNames = new HashMap<>();
		countries.forEach(c -> countryNames.put(c.code(), c.name()));
		model.addAttribute("countryNames", countryNames);
		List<Participant> participants = this.registrations.participants(actor, id);
		Participant mine = participants.stream()
			.filter(p -> p.personId() != null && p.personId() == actor.id())
			.findFirst()
			.orElse(null);
		model.addAttribute("mine", mine);
		model.addAttribute("mineAnswered", mine != null && this.evaluations.hasAnswered(mine.id()));
		model.addAttribute("mineAttended", mine != null && this.attendance.attendanceOf(id).containsKey(mine.id()));
		if (organiser) {
			Map<Long, Set<Long>> attended = this.attendance.attendanceOf(id);
			model.addAttribute("attended", attended);
			model.addAttribute("figures", ParticipantFigures.of(participants, attended, locale));
			model.addAttribute("participants",
					participants.stream()
						.filter(p -> country == null || country.isBlank() || country.equals(p.country()))
						.filter(p -> organisation == null || organisation.isBlank()
								|| organisation.equals(p.organisation() == null ? "" : p.organisation()))
						.toList());
			model.addAttribute("registered",
					participants.stream().filter(p -> p.status() == Participant.Status.REGISTERED).toList());
			model.addAttribute("filterCountry", country);
			model.addAttribute("filterOrganisation", organisation);
			model.addAttribute("people", this.access.enabledPeople());
			model.addAttribute("results", this.evaluations.results(actor, id));
		}
		return "events/event";
	}

	@PostMapping("/events/{id}/status")
	String status(@PathVariable long id, @RequestParam long version, @RequestParam EventStatus status,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/events/" + id, "events.saved.status",
				() -> this.events.moveTo(actor, id, version, status));
	}

	@PostMapping("/events/{id}/registration")
	String registerMyself(@PathVariable long id, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) String country, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/events/" + id, "events.saved.registered",
				() -> this.registrations.registerMyself(actor, id, organisation, country));
	}

	@PostMapping("/events/{id}/participants")
	String registerPerson(@PathVariable long id, @RequestParam(required = false) Long personId,
			@RequestParam(required = false) String organisation, @RequestParam(required = false) String country,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/events/" + id + "#participants", "events.saved.registered",
				() -> this.registrations.registerPerson(actor, id, personId, organisation, country));
	}

	@PostMapping("/events/{id}/participants/external")
	String registerExternal(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) String email, @RequestParam(required = false) String organisation,
			@RequestParam(required = false) String country, @RequestParam(required = false) String gender,
			@RequestParam(required = false) String language, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/events/" + id + "#participants", "events.saved.registered",
				() -> this.registrations.registerExternal(actor, id,
						new Participant.Details(name, email, organisation, country, gender, language)));
	}

	@PostMapping("/event-participants/{id}/cancellation")
	String cancel(@PathVariable long id, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long eventId = this.registrations.participant(actor, id).eventId();
		return this.pages.act(flash, "/events/" + eventId, "events.saved.cancelled",
				() -> this.registrations.cancel(actor, id));
	}

	@PostMapping("/events/{id}/sessions")
	String addSession(@PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime startsAt,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime endsAt,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/events/" + id + "#sessions", "events.saved.session",
				() -> this.events.addSession(actor, id, title, heldOn, startsAt, endsAt));
	}

	@PostMapping("/events/{id}/sessions/{sessionId}/attendance")
	String attendance(@PathVariable long id, @PathVariable long sessionId,
			@RequestParam(required = false) List<Long> present, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/events/" + id + "#sessions", "events.saved.attendance",
				() -> this.attendance.record(actor, id, sessionId, present));
	}

	@PostMapping("/events/{id}/questions")
	String addQuestion(@PathVariable long id, @RequestParam(required = false) EventEvaluations.Kind kind,
			@RequestParam(required = false) String text, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/events/" + id + "#evaluation", "events.saved.question",
				() -> this.evaluations.addQuestion(actor, id, kind, text));
	}

	@PostMapping("/event-participants/{id}/evaluation")
	String answer(@PathVariable long id, @RequestParam Map<String, String> form, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long eventId = this.registrations.participant(actor, id).eventId();
		Map<Long, Integer> ratings = new HashMap<>();
		Map<Long, String> texts = new HashMap<>();
		form.forEach((key, value) -> {
			if (key.startsWith("rating-") && value != null && value.matches("[1-5]")) {
				ratings.put(Long.parseLong(key.substring(7)), Integer.parseInt(value));
			}
			else if (key.startsWith("text-") && key.substring(5).matches("\\d+")) {
				texts.put(Long.parseLong(key.substring(5)), value);
			}
		});
		return this.pages.act(flash, "/events/" + eventId + "#evaluation", "events.saved.answered",
				() -> this.evaluations.answer(actor, id, ratings, texts));
	}

	@GetMapping(value = "/event-participants/{id}/certificate", produces = "application/pdf")
	ResponseEntity<byte[]> certificate(@PathVariable long id) {
		return pdf(this.certificates.certificate(CurrentActor.require(), id));
	}

	static ResponseEntity<byte[]> pdf(Certificates.Document document) {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(document.fileName()).build().toString())
			.body(document.bytes());
	}

}
