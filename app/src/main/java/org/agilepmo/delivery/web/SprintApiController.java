package org.agilepmo.delivery.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.agilepmo.delivery.internal.ChartService;
import org.agilepmo.delivery.internal.SprintBurn;
import org.agilepmo.delivery.internal.SprintService;
import org.agilepmo.delivery.internal.SprintService.ActionView;
import org.agilepmo.delivery.internal.SprintService.Closing;
import org.agilepmo.delivery.internal.SprintService.Planning;
import org.agilepmo.delivery.internal.SprintService.SprintView;
import org.agilepmo.delivery.web.DeliveryResources.ActionPatch;
import org.agilepmo.delivery.web.DeliveryResources.AvailabilityRequest;
import org.agilepmo.delivery.web.DeliveryResources.NewAction;
import org.agilepmo.delivery.web.DeliveryResources.NewSprint;
import org.agilepmo.delivery.web.DeliveryResources.RetrospectiveRequest;
import org.agilepmo.delivery.web.DeliveryResources.ReviewRequest;
import org.agilepmo.delivery.web.DeliveryResources.SprintPatch;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sprints over HTTP: planning, availability, start and close (with the carry-over), the
 * burndown, and the review and retrospective with their actions. Changes need the
 * sprint's (or the action's) ETag in If-Match.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Sprints", description = "Sprints, their ceremonies and retrospective actions")
class SprintApiController {

	private final SprintService sprints;

	private final ChartService charts;

	SprintApiController(SprintService sprints, ChartService charts) {
		this.sprints = sprints;
		this.charts = charts;
	}

	@GetMapping("/squads/{squadId}/sprints")
	@Operation(summary = "A squad's sprints, oldest first")
	List<SprintView> list(@PathVariable long squadId) {
		return this.sprints.ofSquad(CurrentActor.require(), squadId);
	}

	@PostMapping("/squads/{squadId}/sprints")
	@Operation(summary = "Plan a sprint", description = "Squad members and the PMO; at most 42 days.")
	ResponseEntity<SprintView> create(@PathVariable long squadId, @Valid @RequestBody NewSprint request) {
		SprintView created = this.sprints.plan(CurrentActor.require(), squadId, request.name(), request.goal(),
				request.startDate(), request.endDate());
		return ETags.created("/api/v1/sprints/" + created.id(), created, created.version());
	}

	@GetMapping("/sprints/{id}")
	@Operation(summary = "Get one sprint")
	ResponseEntity<SprintView> get(@PathVariable long id) {
		return ETags.ok(this.sprints.get(CurrentActor.require(), id), SprintView::version);
	}

	@PatchMapping("/sprints/{id}")
	@Operation(summary = "Change a sprint's name, goal or dates", description = "Needs If-Match.")
	ResponseEntity<SprintView> patch(@PathVariable long id, @Valid @RequestBody SprintPatch patch,
			@IfMatch long version) {
		return ETags.ok(this.sprints.revisePartly(CurrentActor.require(), id, version, patch.name(), patch.goal(),
				patch.startDate(), patch.endDate()), SprintView::version);
	}

	@GetMapping("/sprints/{id}/planning")
	@Operation(summary = "The sprint's items, capacity and commitment",
			description = "plan.overCommitted is true when the committed points exceed the squad's recent average velocity.")
	Planning planning(@PathVariable long id) {
		return this.sprints.planning(CurrentActor.require(), id);
	}

	@PutMapping("/sprints/{id}/availability/{personId}")
	@Operation(summary = "Set how many days a member is available in the sprint", description = "Needs If-Match.")
	ResponseEntity<SprintView> availability(@PathVariable long id, @PathVariable long personId,
			@Valid @RequestBody AvailabilityRequest request, @IfMatch long version) {
		return ETags.ok(this.sprints.makeAvailable(CurrentActor.require(), id, version, personId, request.days()),
				SprintView::version);
	}

	@PostMapping("/sprints/{id}/start")
	@Operation(summary = "Start a planned sprint", description = "One active sprint per squad. Needs If-Match.")
	ResponseEntity<SprintView> start(@PathVariable long id, @IfMatch long version) {
		return ETags.ok(this.sprints.start(CurrentActor.require(), id, version), SprintView::version);
	}

	@PostMapping("/sprints/{id}/close")
	@Operation(summary = "Close the active sprint",
			description = "Unfinished items move to the next planned sprint, or back to the backlog. Needs If-Match.")
	ResponseEntity<Closing> close(@PathVariable long id, @IfMatch long version) {
		Closing closing = this.sprints.close(CurrentActor.require(), id, version);
		return ETags.ok(closing, closing.sprint().version());
	}

	@GetMapping("/sprints/{id}/burndown")
	@Operation(summary = "Burndown and burnup of a sprint, one entry per day up to today")
	List<SprintBurn.Day> burndown(@PathVariable long id) {
		return this.charts.burn(CurrentActor.require(), id);
	}

	@PutMapping("/sprints/{id}/review")
	@Operation(summary = "Record the sprint review: what was shown, the feedback, the accepted items",
			description = "Needs If-Match.")
	ResponseEntity<SprintView> review(@PathVariable long id, @Valid @RequestBody ReviewRequest request,
			@IfMatch long version) {
		return ETags.ok(this.sprints.review(CurrentActor.require(), id, version, request.shown(), request.feedback(),
				request.acceptedItems() == null ? Set.of() : request.acceptedItems()), SprintView::version);
	}

	@PutMapping("/sprints/{id}/retrospective")
	@Operation(summary = "Record the retrospective: what went well, what to improve", description = "Needs If-Match.")
	ResponseEntity<SprintView> retrospective(@PathVariable long id, @Valid @RequestBody RetrospectiveRequest request,
			@IfMatch long version) {
		return ETags.ok(this.sprints.retrospective(CurrentActor.require(), id, version, request.wentWell(),
				request.toImprove()), SprintView::version);
	}

	@GetMapping("/sprints/{id}/actions")
	@Operation(summary = "The actions the sprint's retrospective agreed on")
	List<ActionView> actionsOfSprint(@PathVariable long id) {
		return this.sprints.actionsOfSprint(CurrentActor.require(), id);
	}

	@PostMapping("/sprints/{id}/actions")
	@Operation(summary = "Agree on an action in the retrospective, with an owner")
	ResponseEntity<ActionView> agree(@PathVariable long id, @Valid @RequestBody NewAction request) {
		ActionView action = this.sprints.agree(CurrentActor.require(), id, request.text(), request.ownerId(),
				request.dueDate());
		return ETags.created("/api/v1/retro-actions/" + action.id(), action, action.version());
	}

	@GetMapping("/squads/{squadId}/retro-actions")
	@Operation(summary = "Every retrospective action of a squad, open ones first")
	List<ActionView> actions(@PathVariable long squadId) {
		return this.sprints.actions(CurrentActor.require(), squadId);
	}

	@PatchMapping("/retro-actions/{id}")
	@Operation(summary = "Change an action (text, owner, due date, done)", description = "Needs If-Match.")
	ResponseEntity<ActionView> changeAction(@PathVariable long id, @Valid @RequestBody ActionPatch patch,
			@IfMatch long version) {
		Actor actor = CurrentActor.require();
		ActionView current = this.sprints.actionById(actor, id)
			.orElseThrow(() -> new NotFoundException("delivery-action", id));
		ActionView changed = this.sprints.changeAction(actor, id, version,
				patch.text() != null ? patch.text() : current.text(),
				patch.ownerId() != null ? patch.ownerId() : current.ownerId(),
				patch.dueDate() != null ? patch.dueDate() : current.dueDate(),
				patch.done() != null ? patch.done() : current.done());
		return ETags.ok(changed, changed.version());
	}

}
