package org.agilepmo.web;

import java.util.List;
import java.util.Map;

import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;

import static org.agilepmo.web.AccessMatrix.PMO;
import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.role;

/**
 * A project's plan in the access matrix: everything follows the project's access rule
 * (see it: read; may edit it: change).
 */
final class PlanningAccessEntries {

	private static final String API = "/api/v1/projects/";

	static final List<Entry> ENTRIES = List.of(
			// API: the plan
			project("GET", API + "{id}/plan", s -> Sample.of(API + s.projectId() + "/plan")),
			project("PUT", API + "{id}/plan",
					s -> Sample.of(API + s.projectId() + "/plan")
						.json("{\"projectStart\":\"2026-11-02T08:00:00\"}")
						.ifMatch(samples(s).planVersion(s))),
			project("PATCH", API + "{id}/plan",
					s -> Sample.of(API + s.projectId() + "/plan")
						.json("{\"schedulingRules\":\"PRIMAVERA\"}")
						.ifMatch(samples(s).planVersion(s))),
			project("GET", API + "{id}/plan/schedule", s -> Sample.of(API + s.projectId() + "/plan/schedule")),
			// API: activities
			project("GET", API + "{id}/plan/activities", s -> Sample.of(API + s.projectId() + "/plan/activities")),
			project("POST", API + "{id}/plan/activities",
					s -> Sample.of(API + s.projectId() + "/plan/activities")
						.json("{\"name\":\"Matrix task\",\"durationMinutes\":480,\"budgetedCost\":\"100.00\"}")),
			project("GET", API + "{id}/plan/activities/{activityId}",
					s -> Sample.of(API + s.projectId() + "/plan/activities/" + samples(s).activity(s))),
			project("PATCH", API + "{id}/plan/activities/{activityId}",
					s -> Sample.of(API + s.projectId() + "/plan/activities/" + samples(s).activity(s))
						.json("{\"durationMinutes\":960,\"budgetedCost\":\"250.50\"}")
						.ifMatch(0)),
			project("DELETE", API + "{id}/plan/activities/{activityId}",
					s -> Sample.of(API + s.projectId() + "/plan/activities/" + samples(s).activity(s)).ifMatch(0)),
			// API: dependencies
			project("GET", API + "{id}/plan/dependencies", s -> Sample.of(API + s.projectId() + "/plan/dependencies")),
			project("POST", API + "{id}/plan/dependencies",
					s -> Sample.of(API + s.projectId() + "/plan/dependencies")
						.json("{\"predecessorId\":" + samples(s).activity(s) + ",\"successorId\":"
								+ samples(s).activity(s) + "}")),
			project("GET", API + "{id}/plan/dependencies/{dependencyId}",
					s -> Sample.of(API + s.projectId() + "/plan/dependencies/" + samples(s).dependency(s))),
			project("PATCH", API + "{id}/plan/dependencies/{dependencyId}",
					s -> Sample.of(API + s.projectId() + "/plan/dependencies/" + samples(s).dependency(s))
						.json("{\"type\":\"START_START\",\"lagMinutes\":60}")
						.ifMatch(0)),
			project("DELETE", API + "{id}/plan/dependencies/{dependencyId}",
					s -> Sample.of(API + s.projectId() + "/plan/dependencies/" + samples(s).dependency(s)).ifMatch(0)),
			// API: calendars
			project("GET", API + "{id}/plan/calendars", s -> Sample.of(API + s.projectId() + "/plan/calendars")),
			project("POST", API + "{id}/plan/calendars",
					s -> Sample.of(API + s.projectId() + "/plan/calendars")
						.json("{\"name\":\"Four days\",\"week\":{\"MONDAY\":[\"08:00-16:00\"],"
								+ "\"TUESDAY\":[\"08:00-16:00\"]},\"exceptions\":{\"2026-12-25\":[]}}")),
			project("PUT", API + "{id}/plan/calendars/{calendarId}",
					s -> Sample.of(API + s.projectId() + "/plan/calendars/" + samples(s).calendar(s))
						.json("{\"name\":\"Renamed\",\"week\":{\"MONDAY\":[\"08:00-16:00\"]}}")
						.ifMatch(0)),
			// API and page: levelling (applied and kept, cleared)
			project("POST", API + "{id}/plan/levelling",
					s -> Sample.of(API + s.projectId() + "/plan/levelling")
						.json("{\"mode\":\"EXTEND_FINISH\"}")
						.ifMatch(samples(s).planVersion(s))),
			project("DELETE", API + "{id}/plan/levelling",
					s -> Sample.of(API + s.projectId() + "/plan/levelling").ifMatch(samples(s).planVersion(s))),
			// API: resources and assignments
			project("GET", API + "{id}/plan/resources", s -> Sample.of(API + s.projectId() + "/plan/resources")),
			project("POST", API + "{id}/plan/resources",
					s -> Sample.of(API + s.projectId() + "/plan/resources")
						.json("{\"name\":\"Matrix engineer\",\"maxUnits\":0.5}")),
			project("GET", API + "{id}/plan/resources/{resourceId}",
					s -> Sample.of(API + s.projectId() + "/plan/resources/" + samples(s).resource(s))),
			project("PATCH", API + "{id}/plan/resources/{resourceId}",
					s -> Sample.of(API + s.projectId() + "/plan/resources/" + samples(s).resource(s))
						.json("{\"maxUnits\":2}")
						.ifMatch(0)),
			project("DELETE", API + "{id}/plan/resources/{resourceId}",
					s -> Sample.of(API + s.projectId() + "/plan/resources/" + samples(s).resource(s)).ifMatch(0)),
			project("GET", API + "{id}/plan/assignments", s -> Sample.of(API + s.projectId() + "/plan/assignments")),
			project("POST", API + "{id}/plan/assignments",
					s -> Sample.of(API + s.projectId() + "/plan/assignments")
						.json("{\"activityId\":" + samples(s).activity(s) + ",\"resourceId\":" + samples(s).resource(s)
								+ ",\"units\":0.5}")),
			project("GET", API + "{id}/plan/assignments/{assignmentId}",
					s -> Sample.of(API + s.projectId() + "/plan/assignments/" + samples(s).assignment(s))),
			project("PATCH", API + "{id}/plan/assignments/{assignmentId}",
					s -> Sample.of(API + s.projectId() + "/plan/assignments/" + samples(s).assignment(s))
						.json("{\"units\":0.25}")
						.ifMatch(0)),
			project("DELETE", API + "{id}/plan/assignments/{assignmentId}",
					s -> Sample.of(API + s.projectId() + "/plan/assignments/" + samples(s).assignment(s)).ifMatch(0)),
			// API: baselines
			project("GET", API + "{id}/plan/baselines", s -> Sample.of(API + s.projectId() + "/plan/baselines")),
			project("POST", API + "{id}/plan/baselines",
					s -> Sample.of(API + s.projectId() + "/plan/baselines").json("{\"name\":\"Approved\"}")),
			project("GET", API + "{id}/plan/baselines/{name}/variance",
					s -> Sample.of(API + s.projectId() + "/plan/baselines/" + samples(s).baseline(s) + "/variance")),
			// API: exchange (the sample uses the JSON form of the import; the multipart
			// form
			// has the same handler mapping)
			project("POST", API + "{id}/plan/import",
					s -> Sample.of(API + s.projectId() + "/plan/import")
						.json("{\"fileName\":\"one.xml\",\"content\":\"" + PlanningSamples.smallFileBase64() + "\"}")),
			role("POST", "/api/v1/projects/import",
					s -> Sample.of("/api/v1/projects/import")
						.json("{\"portfolioId\":" + s.portfolioId() + ",\"code\":\"" + s.newCode()
								+ "\",\"name\":\"Imported\",\"fileName\":\"one.xml\",\"content\":\""
								+ PlanningSamples.smallFileBase64() + "\"}"),
					PMO),
			project("GET", API + "{id}/plan/export", s -> Sample.of(API + s.projectId() + "/plan/export?format=XER")),
			// Pages
			project("GET", "/projects/{id}/plan", s -> Sample.of("/projects/" + s.projectId() + "/plan?zoom=DAY")),
			project("GET", "/projects/{id}/plan/window",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/window?from=0&count=20&part=gantt")),
			project("GET", "/projects/{id}/plan/chart.svg",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/chart.svg?zoom=WEEK")),
			project("POST", "/projects/{id}/plan/activities/{activityId}/row",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/activities/" + samples(s).activity(s) + "/row")
						.form(Map.of("version", "0", "name", "Renamed in its row", "duration", "3", "budgetedCost",
								"120"))),
			project("POST", "/projects/{id}/plan/activities",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/activities")
						.form(Map.of("name", "Page task", "kind", "TASK", "duration", "2"))),
			project("POST", "/projects/{id}/plan/activities/{activityId}",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/activities/" + samples(s).activity(s))
						.form(Map.of("version", "0", "name", "Renamed", "duration", "3", "budgetedCost", "75.25"))),
			project("POST", "/projects/{id}/plan/activities/{activityId}/delete",
					s -> Sample
						.of("/projects/" + s.projectId() + "/plan/activities/" + samples(s).activity(s) + "/delete")
						.form(Map.of("version", "0"))),
			project("POST", "/projects/{id}/plan/dependencies",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/dependencies")
						.form(Map.of("predecessorId", String.valueOf(samples(s).activity(s)), "successorId",
								String.valueOf(samples(s).activity(s)), "type", "FINISH_START", "lag", "0"))),
			project("POST", "/projects/{id}/plan/dependencies/{dependencyId}/delete",
					s -> Sample
						.of("/projects/" + s.projectId() + "/plan/dependencies/" + samples(s).dependency(s) + "/delete")
						.form(Map.of("version", "0"))),
			project("POST", "/projects/{id}/plan/calendar",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/calendar")
						.form(Map.of("planVersion", String.valueOf(samples(s).planVersion(s)), "name", "Standard",
								"days", "MONDAY", "hours", "08:00-12:00, 13:00-17:00", "holidays", "2026-12-25"))),
			project("POST", "/projects/{id}/plan/dependencies/{dependencyId}",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/dependencies/" + samples(s).dependency(s))
						.form(Map.of("version", "0", "type", "START_START", "lag", "50 %"))),
			project("POST", "/projects/{id}/plan/calendars",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/calendars")
						.form(Map.of("name", "Weekend crew", "days", "SATURDAY", "hours", "09:00-13:00"))),
			project("POST", "/projects/{id}/plan/calendars/{calendarId}",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/calendars/" + samples(s).calendar(s))
						.form(Map.of("version", "0", "name", "Renamed", "days", "MONDAY", "hours", "08:00-16:00"))),
			project("POST", "/projects/{id}/plan/settings",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/settings")
						.form(Map.of("planVersion", String.valueOf(samples(s).planVersion(s)), "projectStart",
								"2026-11-02T08:00", "statusDate", ""))),
			project("POST", "/projects/{id}/plan/baselines",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/baselines").form(Map.of("name", "Page"))),
			project("POST", "/projects/{id}/plan/import",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/import").form(Map.of())),
			project("GET", "/projects/{id}/plan/levelling",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/levelling")),
			project("POST", "/projects/{id}/plan/levelling",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/levelling")
						.form(Map.of("planVersion", String.valueOf(samples(s).planVersion(s)), "mode",
								"EXTEND_FINISH"))),
			project("POST", "/projects/{id}/plan/levelling/clear",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/levelling/clear")
						.form(Map.of("planVersion", String.valueOf(samples(s).planVersion(s))))),
			project("GET", "/projects/{id}/plan/resources",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/resources")),
			project("POST", "/projects/{id}/plan/resources",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/resources")
						.form(Map.of("name", "Page resource", "type", "WORK", "maxUnitsPercent", "50"))),
			project("POST", "/projects/{id}/plan/assignments",
					s -> Sample.of("/projects/" + s.projectId() + "/plan/assignments")
						.form(Map.of("activityId", String.valueOf(samples(s).activity(s)), "resourceId",
								String.valueOf(samples(s).resource(s)), "unitsPercent", "50"))),
			project("POST", "/projects/{id}/plan/assignments/{assignmentId}/delete",
					s -> Sample
						.of("/projects/" + s.projectId() + "/plan/assignments/" + samples(s).assignment(s) + "/delete")
						.form(Map.of("version", "0"))));

	private PlanningAccessEntries() {
	}

	private static PlanningSamples samples(AccessMatrix.Scene scene) {
		return scene.bean(PlanningSamples.class);
	}

}
