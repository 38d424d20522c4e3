package org.agilepmo.web;

import java.util.List;
import java.util.Map;

import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;

import static org.agilepmo.web.AccessMatrix.PMO;
import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.role;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Delivery in the access matrix. A squad's backlog, board, sprints and charts are its
 * members', its tribe's and the PMO's (the scene's member belongs to none, so gets 403);
 * an item linked to a project follows the project's rule (404 to those who may not see
 * the project, through for its manager).
 */
final class DeliveryAccessEntries {

	private static final String STORY = "{\"type\":\"STORY\",\"title\":\"Matrix story\",\"storyPoints\":2}";

	static final List<Entry> ENTRIES = List.of(
			// Backlog of a squad
			role("GET", "/api/v1/squads/{squadId}/backlog-items", s -> Sample.of(squad(s) + "/backlog-items"), PMO),
			role("POST", "/api/v1/squads/{squadId}/backlog-items",
					s -> Sample.of(squad(s) + "/backlog-items").json(STORY), PMO),
			role("POST", "/api/v1/squads/{squadId}/backlog-items/import",
					s -> Sample.of(squad(s) + "/backlog-items/import")
						.json("Summary,Issue Type\nImported by the matrix,Story\n"),
					PMO),
			role("GET", "/api/v1/tribes/{tribeId}/epics",
					s -> Sample.of("/api/v1/tribes/" + DeliveryMatrixObjects.of(s).tribeId() + "/epics"), PMO),
			// One item: linked to a project, so the project's rule decides
			project("GET", "/api/v1/backlog-items/{id}", s -> Sample.of(item(s))),
			project("PATCH", "/api/v1/backlog-items/{id}",
					s -> Sample.of(item(s)).json("{\"title\":\"Renamed by the matrix\"}").ifMatch(0)),
			project("DELETE", "/api/v1/backlog-items/{id}", s -> Sample.of(item(s)).ifMatch(0)),
			project("POST", "/api/v1/backlog-items/{id}/rank",
					s -> Sample.of(item(s) + "/rank").json("{\"afterId\":null}").ifMatch(0)),
			project("POST", "/api/v1/backlog-items/{id}/column",
					s -> Sample.of(item(s) + "/column")
						.json("{\"columnId\":" + DeliveryMatrixObjects.of(s).columnOf("IN_PROGRESS") + "}")
						.ifMatch(0)),
			project("POST", "/api/v1/backlog-items/{id}/sprint",
					s -> Sample.of(item(s) + "/sprint")
						.json("{\"sprintId\":" + DeliveryMatrixObjects.of(s).sprint() + "}")
						.ifMatch(0)),
			project("PUT", "/api/v1/backlog-items/{id}/checklist/{index}",
					s -> Sample.of(item(s) + "/checklist/0").json("{\"checked\":true}").ifMatch(0)),
			project("GET", "/api/v1/projects/{projectId}/delivery",
					s -> Sample.of("/api/v1/projects/" + s.projectId() + "/delivery")),
			// Squad settings, board and columns
			role("GET", "/api/v1/squads/{squadId}/delivery-settings", s -> Sample.of(squad(s) + "/delivery-settings"),
					PMO),
			role("PUT", "/api/v1/squads/{squadId}/delivery-settings",
					s -> Sample.of(squad(s) + "/delivery-settings")
						.json("{\"mode\":\"KANBAN\",\"definitionOfDone\":[\"Tested\"]}")
						.ifMatch(0),
					PMO),
			role("GET", "/api/v1/squads/{squadId}/board-columns", s -> Sample.of(squad(s) + "/board-columns"), PMO),
			role("POST", "/api/v1/squads/{squadId}/board-columns",
					s -> Sample.of(squad(s) + "/board-columns")
						.json("{\"name\":\"QA\",\"category\":\"IN_PROGRESS\",\"wipLimit\":3}"),
					PMO),
			role("PATCH", "/api/v1/board-columns/{id}",
					s -> Sample.of("/api/v1/board-columns/" + DeliveryMatrixObjects.of(s).column())
						.json("{\"wipLimit\":4}")
						.ifMatch(0),
					PMO),
			role("DELETE", "/api/v1/board-columns/{id}",
					s -> Sample.of("/api/v1/board-columns/" + DeliveryMatrixObjects.of(s).column()).ifMatch(0), PMO),
			role("GET", "/api/v1/squads/{squadId}/board", s -> Sample.of(squad(s) + "/board"), PMO),
			// Sprints and ceremonies
			role("GET", "/api/v1/squads/{squadId}/sprints", s -> Sample.of(squad(s) + "/sprints"), PMO),
			role("POST", "/api/v1/squads/{squadId}/sprints",
					s -> Sample.of(squad(s) + "/sprints")
						.json("{\"name\":\"S\",\"startDate\":\"2026-01-05\",\"endDate\":\"2026-01-16\"}"),
					PMO),
			role("GET", "/api/v1/sprints/{id}", s -> Sample.of(sprint(s)), PMO), role("PATCH", "/api/v1/sprints/{id}",
					s -> Sample.of(sprint(s)).json("{\"goal\":\"Matrix\"}").ifMatch(0), PMO),
			role("GET", "/api/v1/sprints/{id}/planning", s -> Sample.of(sprint(s) + "/planning"), PMO),
			role("PUT", "/api/v1/sprints/{id}/availability/{personId}",
					s -> Sample.of(sprint(s) + "/availability/" + s.member().id()).json("{\"days\":8}").ifMatch(0),
					PMO),
			role("POST", "/api/v1/sprints/{id}/start", s -> Sample.of(sprint(s) + "/start").ifMatch(0), PMO),
			role("POST", "/api/v1/sprints/{id}/close",
					s -> Sample.of("/api/v1/sprints/" + DeliveryMatrixObjects.of(s).activeSprint() + "/close")
						.ifMatch(1),
					PMO),
			role("GET", "/api/v1/sprints/{id}/burndown", s -> Sample.of(sprint(s) + "/burndown"), PMO),
			role("PUT", "/api/v1/sprints/{id}/review",
					s -> Sample.of(sprint(s) + "/review").json("{\"shown\":\"Demo\",\"feedback\":\"Good\"}").ifMatch(0),
					PMO),
			role("PUT", "/api/v1/sprints/{id}/retrospective",
					s -> Sample.of(sprint(s) + "/retrospective").json("{\"wentWell\":\"Pairing\"}").ifMatch(0), PMO),
			role("GET", "/api/v1/sprints/{id}/actions", s -> Sample.of(sprint(s) + "/actions"), PMO),
			role("POST", "/api/v1/sprints/{id}/actions",
					s -> Sample.of(sprint(s) + "/actions").json("{\"text\":\"Automate the release\"}"), PMO),
			role("GET", "/api/v1/squads/{squadId}/retro-actions", s -> Sample.of(squad(s) + "/retro-actions"), PMO),
			role("PATCH", "/api/v1/retro-actions/{id}",
					s -> Sample.of("/api/v1/retro-actions/" + DeliveryMatrixObjects.of(s).action())
						.json("{\"done\":true}")
						.ifMatch(0),
					PMO),
			// Releases and charts
			role("GET", "/api/v1/squads/{squadId}/releases", s -> Sample.of(squad(s) + "/releases"), PMO),
			role("POST", "/api/v1/squads/{squadId}/releases",
					s -> Sample.of(squad(s) + "/releases").json("{\"name\":\"R1\",\"targetDate\":\"2026-06-30\"}"),
					PMO),
			role("GET", "/api/v1/releases/{id}",
					s -> Sample.of("/api/v1/releases/" + DeliveryMatrixObjects.of(s).release()), PMO),
			role("PATCH", "/api/v1/releases/{id}",
					s -> Sample.of("/api/v1/releases/" + DeliveryMatrixObjects.of(s).release())
						.json("{\"name\":\"R2\"}")
						.ifMatch(0),
					PMO),
			role("GET", "/api/v1/squads/{squadId}/velocity", s -> Sample.of(squad(s) + "/velocity"), PMO),
			role("GET", "/api/v1/squads/{squadId}/cumulative-flow", s -> Sample.of(squad(s) + "/cumulative-flow"), PMO),
			role("GET", "/api/v1/squads/{squadId}/cycle-time", s -> Sample.of(squad(s) + "/cycle-time"), PMO),
			// Pages
			signedIn("GET", "/delivery", s -> Sample.of("/delivery")),
			role("GET", "/delivery/tribes/{tribeId}",
					s -> Sample.of("/delivery/tribes/" + DeliveryMatrixObjects.of(s).tribeId()), PMO),
			role("GET", "/delivery/squads/{squadId}/backlog", s -> Sample.of(page(s) + "/backlog"), PMO),
			role("POST", "/delivery/squads/{squadId}/items",
					s -> Sample.of(page(s) + "/items").form(Map.of("type", "STORY", "title", "Page story")), PMO),
			role("POST", "/delivery/squads/{squadId}/import", s -> Sample.of(page(s) + "/import"), PMO),
			project("GET", "/delivery/items/{id}", s -> Sample.of(itemPage(s))),
			project("POST", "/delivery/items/{id}",
					s -> Sample.of(itemPage(s)).form(Map.of("version", "0", "type", "STORY", "title", "Edited"))),
			project("POST", "/delivery/items/{id}/step",
					s -> Sample.of(itemPage(s) + "/step").form(Map.of("version", "0", "direction", "-1"))),
			project("POST", "/delivery/items/{id}/rank",
					s -> Sample.of(itemPage(s) + "/rank").form(Map.of("version", "0"))),
			project("POST", "/delivery/items/{id}/checks/{index}",
					s -> Sample.of(itemPage(s) + "/checks/0").form(Map.of("version", "0", "checked", "true"))),
			project("POST", "/delivery/items/{id}/delete",
					s -> Sample.of(itemPage(s) + "/delete").form(Map.of("version", "0"))),
			project("POST", "/delivery/items/{id}/move",
					s -> Sample.of(itemPage(s) + "/move")
						.form(Map.of("version", "0", "columnId",
								String.valueOf(DeliveryMatrixObjects.of(s).columnOf("IN_PROGRESS"))))),
			role("GET", "/delivery/squads/{squadId}/settings", s -> Sample.of(page(s) + "/settings"), PMO),
			role("POST", "/delivery/squads/{squadId}/settings",
					s -> Sample.of(page(s) + "/settings").form(Map.of("version", "0", "mode", "KANBAN")), PMO),
			role("POST", "/delivery/squads/{squadId}/columns",
					s -> Sample.of(page(s) + "/columns").form(Map.of("name", "QA", "category", "IN_PROGRESS")), PMO),
			role("POST", "/delivery/columns/{id}",
					s -> Sample.of("/delivery/columns/" + DeliveryMatrixObjects.of(s).column())
						.form(Map.of("version", "0", "name", "Renamed", "category", "IN_PROGRESS")),
					PMO),
			role("GET", "/delivery/squads/{squadId}/releases", s -> Sample.of(page(s) + "/releases"), PMO),
			role("POST", "/delivery/squads/{squadId}/releases",
					s -> Sample.of(page(s) + "/releases").form(Map.of("name", "Page release")), PMO),
			role("GET", "/delivery/squads/{squadId}/sprints", s -> Sample.of(page(s) + "/sprints"), PMO),
			role("POST", "/delivery/squads/{squadId}/sprints",
					s -> Sample.of(page(s) + "/sprints")
						.form(Map.of("name", "Page sprint", "startDate", "2026-02-02", "endDate", "2026-02-13")),
					PMO),
			role("GET", "/delivery/sprints/{id}", s -> Sample.of(sprintPage(s)), PMO),
			role("POST", "/delivery/sprints/{id}/items",
					s -> Sample.of(sprintPage(s) + "/items")
						.form(Map.of("item", DeliveryMatrixObjects.of(s).item() + ":0")),
					PMO),
			role("POST", "/delivery/sprints/{id}/items/{itemId}/remove",
					s -> Sample.of(sprintPage(s) + "/items/" + DeliveryMatrixObjects.of(s).item() + "/remove")
						.form(Map.of("version", "0")),
					PMO),
			role("POST", "/delivery/sprints/{id}/availability",
					s -> Sample.of(sprintPage(s) + "/availability")
						.form(Map.of("version", "0", "personId", String.valueOf(s.member().id()), "days", "5")),
					PMO),
			role("POST", "/delivery/sprints/{id}/start",
					s -> Sample.of(sprintPage(s) + "/start").form(Map.of("version", "0")), PMO),
			role("POST", "/delivery/sprints/{id}/close",
					s -> Sample.of("/delivery/sprints/" + DeliveryMatrixObjects.of(s).activeSprint() + "/close")
						.form(Map.of("version", "1")),
					PMO),
			role("POST", "/delivery/sprints/{id}/review",
					s -> Sample.of(sprintPage(s) + "/review").form(Map.of("version", "0", "shown", "Demo")), PMO),
			role("POST", "/delivery/sprints/{id}/retrospective",
					s -> Sample.of(sprintPage(s) + "/retrospective")
						.form(Map.of("version", "0", "wentWell", "Pairing")),
					PMO),
			role("POST", "/delivery/sprints/{id}/actions",
					s -> Sample.of(sprintPage(s) + "/actions").form(Map.of("text", "Automate")), PMO),
			role("POST", "/delivery/actions/{id}",
					s -> Sample.of("/delivery/actions/" + DeliveryMatrixObjects.of(s).action())
						.form(Map.of("version", "0", "done", "true")),
					PMO),
			role("GET", "/delivery/squads/{squadId}/board", s -> Sample.of(page(s) + "/board"), PMO),
			role("GET", "/delivery/squads/{squadId}/board/live", s -> Sample.of(page(s) + "/board/live"), PMO),
			role("GET", "/delivery/squads/{squadId}/charts", s -> Sample.of(page(s) + "/charts"), PMO));

	private DeliveryAccessEntries() {
	}

	private static String squad(AccessMatrix.Scene s) {
		return "/api/v1/squads/" + DeliveryMatrixObjects.of(s).squadId();
	}

	private static String page(AccessMatrix.Scene s) {
		return "/delivery/squads/" + DeliveryMatrixObjects.of(s).squadId();
	}

	private static String itemPage(AccessMatrix.Scene s) {
		return "/delivery/items/" + DeliveryMatrixObjects.of(s).projectItem();
	}

	private static String sprintPage(AccessMatrix.Scene s) {
		return "/delivery/sprints/" + DeliveryMatrixObjects.of(s).sprint();
	}

	private static String item(AccessMatrix.Scene s) {
		return "/api/v1/backlog-items/" + DeliveryMatrixObjects.of(s).projectItem();
	}

	private static String sprint(AccessMatrix.Scene s) {
		return "/api/v1/sprints/" + DeliveryMatrixObjects.of(s).sprint();
	}

}
