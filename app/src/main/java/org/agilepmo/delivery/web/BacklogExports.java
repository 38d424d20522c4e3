package org.agilepmo.delivery.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import org.agilepmo.delivery.internal.BacklogService;
import org.agilepmo.delivery.internal.ItemType;
import org.agilepmo.delivery.internal.ItemView;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.SheetWriter;
import org.agilepmo.web.SheetDownloads;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A squad's backlog as XLSX or CSV, in rank order, with the list's filters: items of a
 * project the reader may not see are left out, as in the list.
 */
@RestController
class BacklogExports {

	private final BacklogService backlog;

	BacklogExports(BacklogService backlog) {
		this.backlog = backlog;
	}

	@GetMapping({ "/api/v1/squads/{squadId}/backlog-items/export", "/delivery/squads/{squadId}/backlog/export" })
	@Operation(summary = "A squad's backlog as XLSX or CSV",
			description = "format=xlsx (default) or csv; type, sprint and assignee as the list's.")
	ResponseEntity<byte[]> export(@PathVariable long squadId, @RequestParam(required = false) String format,
			@RequestParam(required = false) ItemType type, @RequestParam(required = false) String sprint,
			@RequestParam(required = false) String assignee) {
		SheetWriter.Format file = SheetWriter.Format.of(format);
		List<ItemView> items = BacklogApiController.filtered(this.backlog, CurrentActor.require(), squadId, type,
				sprint, assignee);
		SheetWriter.Builder table = SheetWriter.table("Backlog", List.of("Id", "Type", "Title", "Story points", "State",
				"Project", "Milestone", "Sprint", "Assignee", "Labels", "External key"));
		for (ItemView i : items) {
			table.row(i.id(), i.type().name(), i.title(), i.storyPoints(), i.category().name(), i.projectCode(),
					i.milestoneRef(), i.sprintId(), i.assigneeName(), String.join(", ", i.labels()), i.externalKey());
		}
		return SheetDownloads.of(file, "backlog-" + squadId, table.build());
	}

}
