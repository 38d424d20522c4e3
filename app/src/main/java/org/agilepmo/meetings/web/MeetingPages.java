package org.agilepmo.meetings.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.agilepmo.meetings.internal.CalendarFeedService;
import org.agilepmo.meetings.internal.Meeting;
import org.agilepmo.meetings.internal.MeetingAccess;
import org.agilepmo.meetings.internal.MeetingAction;
import org.agilepmo.meetings.internal.MeetingKind;
import org.agilepmo.meetings.internal.MeetingService;
import org.agilepmo.meetings.internal.MinutesRendering;
import org.agilepmo.meetings.internal.Recurrence;
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
 * The meetings pages: the list of the meetings I may see in a window (as an agenda of
 * occurrences), organising and editing a meeting or series, the meeting's page (agenda,
 * participants, minutes, decisions, actions, .ics), and my calendar feeds.
 */
@Controller
class MeetingPages {

	private final MeetingService meetings;

	private final MeetingAccess access;

	private final CalendarFeedService feeds;

	private final Pages pages;

	MeetingPages(MeetingService meetings, MeetingAccess access, CalendarFeedService feeds, Pages pages) {
		this.meetings = meetings;
		this.access = access;
		this.feeds = feeds;
		this.pages = pages;
	}

	static ResponseEntity<String> calendar(String ics, String fileName) {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(fileName).build().toString())
			.body(ics);
	}

	/** One line of the agenda: an occurrence of a meeting. */
	record Line(Meeting meeting, Recurrence.Occurrence occurrence) {
	}

	@GetMapping("/meetings")
	String list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		Actor actor = CurrentActor.require();
		LocalDate today = this.meetings.today();
		LocalDate start = from == null ? today.minusDays(7) : from;
		LocalDate end = to == null || to.isBefore(start) ? start.plusDays(90) : to;
		List<MeetingService.Listed> listed = this.meetings.visible(actor, start.atStartOfDay(ZoneOffset.UTC),
				end.plusDays(1).atStartOfDay(ZoneOffset.UTC));
		List<Line> lines = new java.util.ArrayList<>();
		listed.forEach(l -> l.occurrences().forEach(o -> lines.add(new Line(l.meeting(), o))));
		lines.sort(java.util.Comparator.comparing(l -> l.occurrence().start()));
		model.addAttribute("lines", lines.stream().limit(500).toList());
		model.addAttribute("from", start);
		model.addAttribute("to", end);
		model.addAttribute("mayOrganise", !this.access.organisableScopes(actor).isEmpty());
		return "meetings/list";
	}

	@GetMapping("/meetings/new")
	String create(@RequestParam(required = false) String scope, Model model) {
		MeetingForm form = new MeetingForm();
		form.setScope(scope);
		form.setStartsAt(this.meetings.today().plusDays(7).atTime(10, 0));
		return showForm(CurrentActor.require(), null, form, model);
	}

	@PostMapping("/meetings")
	String organise(@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult binding, Model model,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			Meeting m = this.meetings.organise(actor, form.draft());
			this.pages.saved(flash, "meetings.saved.organised");
			return "redirect:/meetings/" + m.id();
		}, () -> showForm(actor, null, form, model));
	}

	@GetMapping("/meetings/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		Meeting m = this.access.editable(actor, this.meetings.get(actor, id));
		return showForm(actor, m, MeetingForm.of(m), model);
	}

	@PostMapping("/meetings/{id}")
	String change(@PathVariable long id, @Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult binding,
			Model model, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			this.meetings.change(actor, id, form.getVersion(), Change.to(form.draft()));
			this.pages.saved(flash, "meetings.saved.changed");
			return "redirect:/meetings/" + id;
		}, () -> showForm(actor, this.meetings.get(actor, id), form, model));
	}

	private String showForm(Actor actor, Meeting meeting, MeetingForm form, Model model) {
		model.addAttribute("meeting", meeting);
		model.addAttribute("meetingForm", form);
		Map<String, String> scopes = new LinkedHashMap<>(this.access.organisableScopes(actor));
		if (meeting != null) {
			scopes = new LinkedHashMap<>();
			scopes.put(form.getScope(),
					this.access.scope(actor, meeting.scopeKind(), meeting.scopeId())
						.map(MeetingAccess.Scope::label)
						.orElse(form.getScope()));
		}
		model.addAttribute("scopes", scopes);
		model.addAttribute("kinds", MeetingKind.values());
		model.addAttribute("people", this.access.enabledPeople());
		model.addAttribute("zones", ZoneId.getAvailableZoneIds().stream().sorted().toList());
		return "meetings/form";
	}

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		Meeting m = this.meetings.get(actor, id);
		LocalDate today = this.meetings.today();
		model.addAttribute("meeting", m);
		model.addAttribute("scope", this.access.scope(actor, m.scopeKind(), m.scopeId()).orElse(null));
		model.addAttribute("occurrences",
				Recurrence
					.between(m, today.minusDays(1).atStartOfDay(m.zone()), today.plusDays(400).atStartOfDay(m.zone()))
					.stream()
					.limit(12)
					.toList());
		model.addAttribute("organiser", this.access.nameOf(m.organiserId()));
		Map<Long, String> names = new LinkedHashMap<>();
		m.participants()
			.stream()
			.filter(p -> !p.isExternal())
			.forEach(p -> names.put(p.personId(), this.access.nameOf(p.personId())));
		List<MeetingAction> actions = this.meetings.actions(actor, id);
		actions.forEach(a -> names.put(a.ownerId(), this.access.nameOf(a.ownerId())));
		model.addAttribute("names", names);
		model.addAttribute("minutesHtml", MinutesRendering.html(m.minutes()));
		model.addAttribute("decisions", this.meetings.decisions(actor, id));
		model.addAttribute("actions", actions);
		model.addAttribute("overdue",
				actions.stream().filter(this.meetings::isOverdue).map(MeetingAction::id).toList());
		model.addAttribute("mayEdit", this.access.mayEdit(actor, m));
		model.addAttribute("me", actor.id());
		model.addAttribute("people", this.access.enabledPeople());
		model.addAttribute("today", today);
		return "meetings/meeting";
	}

	@GetMapping(value = "/meetings/{id}/ics", produces = "text/calendar")
	ResponseEntity<String> ics(@PathVariable long id) {
		return calendar(this.meetings.ics(CurrentActor.require(), id), "meeting-" + id + ".ics");
	}

	@PostMapping("/meetings/{id}/minutes")
	String minutes(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String minutes,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/meetings/" + id, "meetings.saved.minutes",
				() -> this.meetings.recordMinutes(actor, id, version, minutes));
	}

	@PostMapping("/meetings/{id}/decisions")
	String decide(@PathVariable long id, @RequestParam(required = false) String text,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/meetings/" + id, "meetings.saved.decision",
				() -> this.meetings.recordDecision(actor, id, text, decidedOn));
	}

	@PostMapping("/meetings/{id}/actions")
	String act(@PathVariable long id, @RequestParam(required = false) String title,
			@RequestParam(required = false) Long ownerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/meetings/" + id, "meetings.saved.action",
				() -> this.meetings.addAction(actor, id, title, ownerId, dueOn));
	}

	@PostMapping("/meeting-actions/{id}/closure")
	String close(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long meetingId = this.meetings.action(actor, id).meetingId();
		return this.pages.act(flash, "/meetings/" + meetingId, "meetings.saved.closed",
				() -> this.meetings.closeAction(actor, id, version));
	}

	@GetMapping("/meetings/calendar-feed")
	String feeds(Model model) {
		model.addAttribute("feeds", this.feeds.active(CurrentActor.require()));
		return "meetings/feeds";
	}

	@PostMapping("/meetings/calendar-feed")
	String createFeed(Model model, HttpServletRequest request) {
		Actor actor = CurrentActor.require();
		CalendarFeedService.Created created = this.feeds.create(actor);
		String base = request.getScheme() + "://" + request.getServerName()
				+ (request.getServerPort() == 80 || request.getServerPort() == 443 ? ""
						: ":" + request.getServerPort());
		model.addAttribute("feedUrl", base + request.getContextPath() + "/calendar/" + created.token() + ".ics");
		this.pages.tell(model, org.agilepmo.web.Outcome.Kind.SUCCESS, "meetings.saved.feed");
		model.addAttribute("feeds", this.feeds.active(actor));
		return "meetings/feeds";
	}

	@PostMapping("/meetings/calendar-feed/{id}/revocation")
	String revokeFeed(@PathVariable long id, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/meetings/calendar-feed", "meetings.saved.revoked",
				() -> this.feeds.revoke(actor, id));
	}

}
