package org.agilepmo.web;

import java.util.List;

import org.agilepmo.delivery.internal.Category;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;

import static org.agilepmo.web.AccessMatrix.PMO;
import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.role;

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
						.json("{\"columnId\":" + DeliveryMatrixObjects.of(s).columnOf(Category.IN_PROGRESS) + "}")
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
			role("GET", "/api/v1/squads/{squadId}/cycle-time", s -> Sample.of(squad(s) + "/cycle-time"), PMO));

	private DeliveryAccessEntries() {
	}

	private static String squad(AccessMatrix.Scene s) {
		return "/api/v1/squads/" + DeliveryMatrixObjects.of(s).squadId();
	}

	private static String item(AccessMatrix.Scene s) {
		return "/api/v1/backlog-items/" + DeliveryMatrixObjects.of(s).projectItem();
	}

	private static String sprint(AccessMatrix.Scene s) {
		return "/api/v1/sprints/" + DeliveryMatrixObjects.of(s).sprint();
	}

}
