package org.agilepmo.delivery.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.agilepmo.delivery.internal.BoardService;
import org.agilepmo.delivery.internal.BoardService.Board;
import org.agilepmo.delivery.internal.BoardService.ColumnView;
import org.agilepmo.delivery.internal.BoardService.SettingsView;
import org.agilepmo.delivery.internal.ChartService;
import org.agilepmo.delivery.internal.ChartService.CycleChart;
import org.agilepmo.delivery.internal.ChartService.VelocityChart;
import org.agilepmo.delivery.internal.CumulativeFlow;
import org.agilepmo.delivery.internal.ReleaseService;
import org.agilepmo.delivery.internal.ReleaseService.ReleaseView;
import org.agilepmo.delivery.web.DeliveryResources.ColumnPatch;
import org.agilepmo.delivery.web.DeliveryResources.NewColumn;
import org.agilepmo.delivery.web.DeliveryResources.NewRelease;
import org.agilepmo.delivery.web.DeliveryResources.ReleasePatch;
import org.agilepmo.delivery.web.DeliveryResources.SettingsRequest;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

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
 * A squad's way of working, board columns, the board, releases and the squad charts over
 * HTTP. Changes need the ETag in If-Match.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Boards", description = "Squad settings, board columns with WIP limits, releases and charts")
class BoardApiController {

	private final BoardService boards;

	private final ReleaseService releases;

	private final ChartService charts;

	BoardApiController(BoardService boards, ReleaseService releases, ChartService charts) {
		this.boards = boards;
		this.releases = releases;
		this.charts = charts;
	}

	@GetMapping("/squads/{squadId}/delivery-settings")
	@Operation(summary = "A squad's way of working: Scrum or Kanban, definitions of ready and done, velocity window",
			description = "ETag 0 until first set.")
	ResponseEntity<SettingsView> settings(@PathVariable long squadId) {
		SettingsView view = this.boards.settings(CurrentActor.require(), squadId);
		return ETags.ok(view, view.version());
	}

	@PutMapping("/squads/{squadId}/delivery-settings")
	@Operation(summary = "Set a squad's way of working", description = "Needs If-Match (\"0\" the first time).")
	ResponseEntity<SettingsView> changeSettings(@PathVariable long squadId, @Valid @RequestBody SettingsRequest request,
			@IfMatch long version) {
		SettingsView view = this.boards.changeSettings(CurrentActor.require(), squadId, version, request.mode(),
				request.definitionOfReady() == null ? List.of() : request.definitionOfReady(),
				request.definitionOfDone() == null ? List.of() : request.definitionOfDone(),
				request.velocityWindow() == null ? 3 : request.velocityWindow());
		return ETags.ok(view, view.version());
	}

	@GetMapping("/squads/{squadId}/board-columns")
	@Operation(summary = "A squad's board columns, in order", description = "Each carries its version for If-Match.")
	List<ColumnView> columns(@PathVariable long squadId) {
		return this.boards.columns(CurrentActor.require(), squadId);
	}

	@PostMapping("/squads/{squadId}/board-columns")
	@Operation(summary = "Add a column at the end of a squad's board")
	ResponseEntity<ColumnView> addColumn(@PathVariable long squadId, @Valid @RequestBody NewColumn request) {
		ColumnView column = this.boards.addColumn(CurrentActor.require(), squadId, request.name(), request.category(),
				request.wipLimit());
		return ETags.created("/api/v1/squads/" + squadId + "/board-columns", column, column.version());
	}

	@PatchMapping("/board-columns/{id}")
	@Operation(summary = "Rename, recategorise, reorder a column or change its WIP limit",
			description = "clearWipLimit=true removes the limit. Needs If-Match.")
	ResponseEntity<ColumnView> changeColumn(@PathVariable long id, @Valid @RequestBody ColumnPatch patch,
			@IfMatch long version) {
		Actor actor = CurrentActor.require();
		ColumnView current = this.boards.column(actor, id);
		Integer wip = Boolean.TRUE.equals(patch.clearWipLimit()) ? null
				: (patch.wipLimit() != null ? patch.wipLimit() : current.wipLimit());
		ColumnView changed = this.boards.changeColumn(actor, id, version,
				patch.name() != null ? patch.name() : current.name(),
				patch.category() != null ? patch.category() : current.category(), wip, patch.position());
		return ETags.ok(changed, changed.version());
	}

	@DeleteMapping("/board-columns/{id}")
	@Operation(summary = "Remove an empty column", description = "Needs If-Match.")
	ResponseEntity<Void> removeColumn(@PathVariable long id, @IfMatch long version) {
		this.boards.removeColumn(CurrentActor.require(), id, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/squads/{squadId}/board")
	@Operation(summary = "The board: the active sprint's cards (Scrum) or every open card (Kanban), by column")
	Board board(@PathVariable long squadId) {
		return this.boards.board(CurrentActor.require(), squadId);
	}

	@GetMapping("/squads/{squadId}/releases")
	@Operation(summary = "A squad's releases with their scope and forecast")
	List<ReleaseView> releases(@PathVariable long squadId) {
		return this.releases.ofSquad(CurrentActor.require(), squadId);
	}

	@PostMapping("/squads/{squadId}/releases")
	@Operation(summary = "Create a release; items join it through their releaseId")
	ResponseEntity<ReleaseView> createRelease(@PathVariable long squadId, @Valid @RequestBody NewRelease request) {
		ReleaseView release = this.releases.create(CurrentActor.require(), squadId, request.name(),
				request.description(), request.targetDate());
		return ETags.created("/api/v1/releases/" + release.id(), release, release.version());
	}

	@GetMapping("/releases/{id}")
	@Operation(summary = "One release: scope, points done, and the forecast date range from velocity")
	ResponseEntity<ReleaseView> release(@PathVariable long id) {
		ReleaseView release = this.releases.get(CurrentActor.require(), id);
		return ETags.ok(release, release.version());
	}

	@PatchMapping("/releases/{id}")
	@Operation(summary = "Change a release", description = "Needs If-Match.")
	ResponseEntity<ReleaseView> changeRelease(@PathVariable long id, @Valid @RequestBody ReleasePatch patch,
			@IfMatch long version) {
		Actor actor = CurrentActor.require();
		ReleaseView current = this.releases.get(actor, id);
		ReleaseView changed = this.releases.revise(actor, id, version,
				patch.name() != null ? patch.name() : current.name(),
				patch.description() != null ? patch.description() : current.description(),
				patch.targetDate() != null ? patch.targetDate() : current.targetDate());
		return ETags.ok(changed, changed.version());
	}

	@GetMapping("/squads/{squadId}/velocity")
	@Operation(summary = "Committed and completed points of the closed sprints, and the velocity")
	VelocityChart velocity(@PathVariable long squadId) {
		return this.charts.velocity(CurrentActor.require(), squadId);
	}

	@GetMapping("/squads/{squadId}/cumulative-flow")
	@Operation(summary = "Items per category at the end of each of the last days (30 by default, at most 365)")
	List<CumulativeFlow.Day> flow(@PathVariable long squadId, @RequestParam(defaultValue = "30") int days) {
		return this.charts.flow(CurrentActor.require(), squadId, days);
	}

	@GetMapping("/squads/{squadId}/cycle-time")
	@Operation(summary = "Cycle time of every finished item, with the average and 85th percentile")
	CycleChart cycleTime(@PathVariable long squadId) {
		return this.charts.cycleTime(CurrentActor.require(), squadId);
	}

}
