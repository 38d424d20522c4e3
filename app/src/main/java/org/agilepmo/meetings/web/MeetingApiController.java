package org.agilepmo.meetings.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.meetings.internal.CalendarFeedService;
import org.agilepmo.meetings.internal.Meeting;
import org.agilepmo.meetings.internal.MeetingAction;
import org.agilepmo.meetings.internal.MeetingDecision;
import org.agilepmo.meetings.internal.MeetingService;
import org.agilepmo.meetings.internal.Recurrence;
import org.agilepmo.meetings.web.MeetingResources.ActionInput;
import org.agilepmo.meetings.web.MeetingResources.ActionResource;
import org.agilepmo.meetings.web.MeetingResources.DecisionInput;
import org.agilepmo.meetings.web.MeetingResources.DecisionResource;
import org.agilepmo.meetings.web.MeetingResources.FeedResource;
import org.agilepmo.meetings.web.MeetingResources.MeetingInput;
import org.agilepmo.meetings.web.MeetingResources.MeetingPage;
import org.agilepmo.meetings.web.MeetingResources.MeetingResource;
import org.agilepmo.meetings.web.MeetingResources.MeetingSummary;
import org.agilepmo.meetings.web.MeetingResources.MinutesInput;
import org.agilepmo.meetings.web.MeetingResources.OccurrenceResource;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Meetings through the API: the list of what the caller may see in a window of dates, one
 * meeting with its decisions, actions and occurrences, its iCalendar file, and the writes
 * of the meeting pages. Edits need If-Match.
 */
@RestController
@Tag(name = "Meetings", description = "Meetings, series, minutes, decisions, actions and calendars")
class MeetingApiController {

	private final MeetingService meetings;

	private final CalendarFeedService feeds;

	MeetingApiController(MeetingService meetings, CalendarFeedService feeds) {
		this.meetings = meetings;
		this.feeds = feeds;
	}

	@GetMapping("/api/v1/meetings")
	@Operation(summary = "The meetings the caller may see with an occurrence in the window",
			description = "from and to are dates (UTC days; by default 30 days back to 90 days ahead); "
					+ "each meeting lists its occurrences in the window.")
	MeetingPage list(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
		Actor actor = CurrentActor.require();
		LocalDate today = this.meetings.today();
		ZonedDateTime start = (from == null ? today.minusDays(30) : from).atStartOfDay(ZoneOffset.UTC);
		ZonedDateTime end = (to == null ? today.plusDays(90) : to.plusDays(1)).atStartOfDay(ZoneOffset.UTC);
		List<MeetingService.Listed> all = this.meetings.visible(actor, start, end);
		int first = (int) Math.min((long) page * size, all.size());
		int last = Math.min(first + size, all.size());
		List<MeetingSummary> items = all.subList(first, last)
			.stream()
			.map(l -> new MeetingSummary(l.meeting().id(), l.meeting().kind(), l.meeting().scopeKind(),
					l.meeting().scopeId(), l.meeting().title(), l.meeting().timeZone(), l.meeting().isSeries(),
					l.occurrences().stream().map(OccurrenceResource::of).toList()))
			.toList();
		return new MeetingPage(items, page, size, all.size(), (all.size() + size - 1) / size);
	}

	@PostMapping("/api/v1/meetings")
	@Operation(summary = "Organise a meeting or a series",
			description = "rrule is an RFC 5545 recurrence rule in the meeting's time zone; exdates and moved "
					+ "take out or move occurrences by their local start.")
	ResponseEntity<MeetingResource> create(@RequestBody MeetingInput input) {
		Actor actor = CurrentActor.require();
		Meeting m = this.meetings.organise(actor, input.draft());
		return ETags.created("/api/v1/meetings/" + m.id(), resource(actor, m), m.version());
	}

	@GetMapping("/api/v1/meetings/{id}")
	@Operation(summary = "A meeting with its decisions, actions and next occurrences")
	ResponseEntity<MeetingResource> get(@PathVariable long id) {
		Actor actor = CurrentActor.require();
		Meeting m = this.meetings.get(actor, id);
		return ETags.ok(resource(actor, m), m.version());
	}

	@PatchMapping("/api/v1/meetings/{id}")
	@Operation(summary = "Change a meeting or series", description = "Needs If-Match.")
	ResponseEntity<MeetingResource> change(@PathVariable long id, @RequestBody MeetingPatch patch,
			@IfMatch long version) {
		Actor actor = CurrentActor.require();
		Meeting m = this.meetings.change(actor, id, version, patch);
		return ETags.ok(resource(actor, m), m.version());
	}

	@PutMapping("/api/v1/meetings/{id}/minutes")
	@Operation(summary = "Record the minutes (Markdown)", description = "Needs If-Match.")
	ResponseEntity<MeetingResource> minutes(@PathVariable long id, @RequestBody MinutesInput input,
			@IfMatch long version) {
		Actor actor = CurrentActor.require();
		Meeting m = this.meetings.recordMinutes(actor, id, version, input.minutes());
		return ETags.ok(resource(actor, m), m.version());
	}

	@PostMapping("/api/v1/meetings/{id}/decisions")
	@Operation(summary = "Record a decision taken in the meeting")
	ResponseEntity<DecisionResource> decide(@PathVariable long id, @RequestBody DecisionInput input) {
		MeetingDecision d = this.meetings.recordDecision(CurrentActor.require(), id, input.text(), input.decidedOn());
		return ResponseEntity.created(java.net.URI.create("/api/v1/meetings/" + id)).body(DecisionResource.of(d));
	}

	@PostMapping("/api/v1/meetings/{id}/actions")
	@Operation(summary = "Add an action for a person, due on a day")
	ResponseEntity<ActionResource> act(@PathVariable long id, @RequestBody ActionInput input) {
		MeetingAction a = this.meetings.addAction(CurrentActor.require(), id, input.title(), input.ownerId(),
				input.dueOn());
		return ETags.created("/api/v1/meetings/" + id, ActionResource.of(a), a.version());
	}

	@PostMapping("/api/v1/meeting-actions/{id}/closure")
	@Operation(summary = "Close an action: its owner or whoever may change the meeting",
			description = "Needs If-Match.")
	ResponseEntity<ActionResource> close(@PathVariable long id, @IfMatch long version) {
		MeetingAction a = this.meetings.closeAction(CurrentActor.require(), id, version);
		return ETags.ok(ActionResource.of(a), a.version());
	}

	@GetMapping(value = "/api/v1/meetings/{id}/ics", produces = "text/calendar")
	@Operation(summary = "The meeting or whole series as an iCalendar file")
	ResponseEntity<String> ics(@PathVariable long id) {
		return MeetingPages.calendar(this.meetings.ics(CurrentActor.require(), id), "meeting-" + id + ".ics");
	}

	@PostMapping("/api/v1/calendar-feeds")
	@Operation(summary = "Create a personal calendar feed",
			description = "Answers its address once; calendar applications subscribe to it without signing in.")
	ResponseEntity<FeedResource> createFeed() {
		CalendarFeedService.Created created = this.feeds.create(CurrentActor.require());
		return ResponseEntity.status(201)
			.body(new FeedResource(created.feed().id(), "/calendar/" + created.token() + ".ics", created.token()));
	}

	@DeleteMapping("/api/v1/calendar-feeds/{id}")
	@Operation(summary = "Revoke one of your calendar feeds")
	ResponseEntity<Void> revokeFeed(@PathVariable long id) {
		this.feeds.revoke(CurrentActor.require(), id);
		return ResponseEntity.noContent().build();
	}

	private MeetingResource resource(Actor actor, Meeting m) {
		LocalDate today = this.meetings.today();
		List<Recurrence.Occurrence> next = Recurrence.between(m, today.minusDays(1).atStartOfDay(ZoneOffset.UTC),
				today.plusDays(400).atStartOfDay(ZoneOffset.UTC));
		return MeetingResource.of(m, this.meetings.decisions(actor, m.id()), this.meetings.actions(actor, m.id()),
				next.stream().limit(12).toList());
	}

}
