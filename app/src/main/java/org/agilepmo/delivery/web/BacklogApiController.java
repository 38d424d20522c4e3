package org.agilepmo.delivery.web;

import java.io.InputStream;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.agilepmo.delivery.ProjectDelivery.MilestoneProgress;
import org.agilepmo.delivery.internal.BacklogService;
import org.agilepmo.delivery.internal.DeliveryProgress.EpicProgress;
import org.agilepmo.delivery.internal.BacklogImport.ImportResult;
import org.agilepmo.delivery.internal.ItemType;
import org.agilepmo.delivery.internal.ItemView;
import org.agilepmo.delivery.web.DeliveryResources.CheckRequest;
import org.agilepmo.delivery.web.DeliveryResources.ColumnMove;
import org.agilepmo.delivery.web.DeliveryResources.NewItem;
import org.agilepmo.delivery.web.DeliveryResources.RankRequest;
import org.agilepmo.delivery.web.DeliveryResources.SprintAssignment;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;
import org.agilepmo.delivery.internal.BacklogRanking;
import org.agilepmo.delivery.internal.BacklogImport;
import org.agilepmo.delivery.internal.DeliveryProgress;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Backlog items over HTTP: a squad's backlog, one item, its place in the backlog, on the
 * board and in a sprint, its checklist, the CSV import, a tribe's epics and a project's
 * delivery progress. Every change needs the item's ETag in If-Match.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Backlog", description = "Backlog items of squads: epics, features, stories, tasks and bugs")
class BacklogApiController {

	private final BacklogService backlog;

	private final BacklogRanking ranking;

	private final BacklogImport imports;

	private final DeliveryProgress progress;

	BacklogApiController(BacklogService backlog, BacklogRanking ranking, BacklogImport imports,
			DeliveryProgress progress) {
		this.progress = progress;
		this.imports = imports;
		this.ranking = ranking;
		this.backlog = backlog;
	}

	@GetMapping("/squads/{squadId}/backlog-items")
	@Operation(summary = "A squad's backlog in rank order",
			description = "Items linked to a project the caller may not see are left out. "
					+ "Filters: type, sprint (an id, or 'none' for items in no sprint), "
					+ "assignee (a person's id, or 'me').")
	ListPage<ItemView> backlog(@PathVariable long squadId, @RequestParam(required = false) ItemType type,
			@RequestParam(required = false) String sprint, @RequestParam(required = false) String assignee,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		return ListPage.of(filtered(this.backlog, CurrentActor.require(), squadId, type, sprint, assignee), page, size,
				i -> i);
	}

	/**
	 * The squad's backlog the reader may see, in rank order, kept by the list's filters
	 * (the list and its export share them).
	 */
	static List<ItemView> filtered(BacklogService backlog, Actor actor, long squadId, ItemType type, String sprint,
			String assignee) {
		String assigneeId = "me".equals(assignee) ? String.valueOf(actor.id()) : assignee;
		return backlog.backlog(actor, squadId)
			.stream()
			.filter(i -> assigneeId == null || String.valueOf(i.assigneeId()).equals(assigneeId))
			.filter(i -> type == null || i.type() == type)
			.filter(i -> sprint == null
					|| ("none".equals(sprint) ? i.sprintId() == null : String.valueOf(i.sprintId()).equals(sprint)))
			.toList();
	}

	@PostMapping("/squads/{squadId}/backlog-items")
	@Operation(summary = "Add an item at the end of a squad's backlog",
			description = "Squad members and the PMO. The item gets the squad's definitions of ready and done as checklists.")
	ResponseEntity<ItemView> create(@PathVariable long squadId, @Valid @RequestBody NewItem request) {
		ItemView created = this.backlog.create(CurrentActor.require(), squadId, request.toDraft());
		return ETags.created("/api/v1/backlog-items/" + created.id(), created, created.version());
	}

	@PostMapping("/squads/{squadId}/backlog-items/import")
	@Operation(
			summary = "Import a backlog from CSV (this platform's columns or Jira's CSV export), sent as the body (text/csv)",
			description = "All or nothing: a wrong value answers 422 naming the row and the column, and nothing is written. "
					+ "Rows whose Issue key is already in the backlog update that item.")
	ImportResult importCsv(@PathVariable long squadId, @io.swagger.v3.oas.annotations.parameters.RequestBody(
			content = @io.swagger.v3.oas.annotations.media.Content(mediaType = "text/csv")) InputStream body) {
		return this.imports.importCsv(CurrentActor.require(), squadId, "CSV", body);
	}

	@GetMapping("/backlog-items/{id}")
	@Operation(summary = "Get one backlog item",
			description = "404 when it does not exist or the caller may not see it.")
	ResponseEntity<ItemView> get(@PathVariable long id) {
		return ETags.ok(this.backlog.get(CurrentActor.require(), id), ItemView::version);
	}

	@PatchMapping("/backlog-items/{id}")
	@Operation(summary = "Change an item's content", description = "Needs If-Match (428 without, 412 when stale).")
	ResponseEntity<ItemView> patch(@PathVariable long id, @Valid @RequestBody ItemPatch patch, @IfMatch long version) {
		return ETags.ok(this.backlog.edit(CurrentActor.require(), id, version, patch), ItemView::version);
	}

	@DeleteMapping("/backlog-items/{id}")
	@Operation(summary = "Remove an item", description = "Only an item with nothing below it. Needs If-Match.")
	ResponseEntity<Void> delete(@PathVariable long id, @IfMatch long version) {
		this.backlog.delete(CurrentActor.require(), id, version);
		return ResponseEntity.noContent().build();
	}

	@PostMapping("/backlog-items/{id}/rank")
	@Operation(summary = "Reorder: put the item right after another (afterId), or first (afterId null)",
			description = "Writes only this item. Needs If-Match.")
	ResponseEntity<ItemView> rank(@PathVariable long id, @RequestBody RankRequest request, @IfMatch long version) {
		return ETags.ok(this.ranking.reorder(CurrentActor.require(), id, version, request.afterId()),
				ItemView::version);
	}

	@PostMapping("/backlog-items/{id}/column")
	@Operation(summary = "Move a card into a column of the board",
			description = "422 naming columnId when the column is at its WIP limit or the definition of done is not met. Needs If-Match.")
	ResponseEntity<ItemView> move(@PathVariable long id, @Valid @RequestBody ColumnMove request,
			@IfMatch long version) {
		return ETags.ok(this.backlog.move(CurrentActor.require(), id, version, request.columnId()), ItemView::version);
	}

	@PostMapping("/backlog-items/{id}/sprint")
	@Operation(summary = "Plan the item into a sprint, or back to the backlog (sprintId null)",
			description = "Needs If-Match.")
	ResponseEntity<ItemView> plan(@PathVariable long id, @RequestBody SprintAssignment request, @IfMatch long version) {
		return ETags.ok(this.backlog.plan(CurrentActor.require(), id, version, request.sprintId()), ItemView::version);
	}

	@PutMapping("/backlog-items/{id}/checklist/{index}")
	@Operation(summary = "Tick or untick one line of the item's ready/done checklist", description = "Needs If-Match.")
	ResponseEntity<ItemView> check(@PathVariable long id, @PathVariable int index,
			@Valid @RequestBody CheckRequest request, @IfMatch long version) {
		return ETags.ok(this.backlog.tick(CurrentActor.require(), id, version, index, request.checked()),
				ItemView::version);
	}

	@GetMapping("/tribes/{tribeId}/epics")
	@Operation(summary = "The epics of every squad of a tribe, with their progress")
	List<EpicProgress> epics(@PathVariable long tribeId) {
		return this.progress.epicsOfTribe(CurrentActor.require(), tribeId);
	}

	@GetMapping("/projects/{projectId}/delivery")
	@Operation(summary = "A project's backlog items across squads and their progress per milestone",
			description = "404 when the caller may not see the project.")
	ProjectDeliveryResource projectDelivery(@PathVariable long projectId) {
		Actor actor = CurrentActor.require();
		List<ItemView> items = this.progress.ofProject(actor, projectId);
		return new ProjectDeliveryResource(this.progress.progressOf(projectId, actor), items);
	}

	record ProjectDeliveryResource(List<MilestoneProgress> milestones, List<ItemView> items) {
	}

}
