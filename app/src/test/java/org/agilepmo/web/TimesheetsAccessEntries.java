package org.agilepmo.web;

import java.util.List;
import java.util.Map;

import org.agilepmo.resources.ResourcesFixtures;

import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Timesheets in the access matrix. Everyone signed in writes, submits and exports their
 * own weeks and lists what waits for their approval; a week with hours on a project is
 * seen, approved and returned by the project's manager, and by nobody who may not see the
 * project.
 */
final class TimesheetsAccessEntries {

	private static final String LINES = "{\"lines\":[{\"kind\":\"OTHER\",\"category\":\"LEAVE\",\"hours\":[8,8]}]}";

	static final List<AccessMatrix.Entry> ENTRIES = List.of(
			signedIn("GET", "/timesheets", s -> AccessMatrix.Sample.of("/timesheets?week=2040-01-02")),
			signedIn("POST", "/timesheets",
					s -> AccessMatrix.Sample.of("/timesheets")
						.form(Map.of("week", f(s).freshWeek().toString(), "lines[0].what", "other:SUPPORT",
								"lines[0].hours[0]", "2", "action", "save"))),
			signedIn("GET", "/timesheets/approvals", s -> AccessMatrix.Sample.of("/timesheets/approvals")),
			project("GET", "/timesheets/{id}", s -> AccessMatrix.Sample.of("/timesheets/" + projectWeek(s).id())),
			project("POST", "/timesheets/{id}/approve", s -> {
				ResourcesFixtures.Week week = projectWeek(s);
				return AccessMatrix.Sample.of("/timesheets/" + week.id() + "/approve")
					.form(Map.of("version", String.valueOf(week.version())));
			}), project("POST", "/timesheets/{id}/return", s -> {
				ResourcesFixtures.Week week = projectWeek(s);
				return AccessMatrix.Sample.of("/timesheets/" + week.id() + "/return")
					.form(Map.of("version", String.valueOf(week.version()), "reason", "Wrong project"));
			}), signedIn("GET", "/api/v1/timesheets", s -> AccessMatrix.Sample.of("/api/v1/timesheets")),
			signedIn("POST", "/api/v1/timesheets",
					s -> AccessMatrix.Sample.of("/api/v1/timesheets")
						.json("{\"week\":\"" + f(s).freshWeek() + "\","
								+ "\"lines\":[{\"kind\":\"OTHER\",\"category\":\"SUPPORT\",\"hours\":[1,2.5]}]}")),
			signedIn("GET", "/api/v1/timesheets/approvals",
					s -> AccessMatrix.Sample.of("/api/v1/timesheets/approvals")),
			signedIn("GET", "/api/v1/timesheets/export",
					s -> AccessMatrix.Sample.of("/api/v1/timesheets/export?format=csv&from=2040-01-01&to=2040-03-31")),
			project("GET", "/api/v1/timesheets/{id}",
					s -> AccessMatrix.Sample.of("/api/v1/timesheets/" + projectWeek(s).id())),
			signedIn("PATCH", "/api/v1/timesheets/{id}", s -> {
				ResourcesFixtures.Week week = ownWeek(s);
				return AccessMatrix.Sample.of("/api/v1/timesheets/" + week.id()).json(LINES).ifMatch(week.version());
			}), signedIn("POST", "/api/v1/timesheets/{id}/submit", s -> {
				ResourcesFixtures.Week week = ownWeek(s);
				return AccessMatrix.Sample.of("/api/v1/timesheets/" + week.id() + "/submit").ifMatch(week.version());
			}), project("POST", "/api/v1/timesheets/{id}/approve", s -> {
				ResourcesFixtures.Week week = projectWeek(s);
				return AccessMatrix.Sample.of("/api/v1/timesheets/" + week.id() + "/approve").ifMatch(week.version());
			}), project("POST", "/api/v1/timesheets/{id}/return", s -> {
				ResourcesFixtures.Week week = projectWeek(s);
				return AccessMatrix.Sample.of("/api/v1/timesheets/" + week.id() + "/return")
					.json("{\"reason\":\"Wrong project\"}")
					.ifMatch(week.version());
			}));

	private TimesheetsAccessEntries() {
	}

	private static ResourcesFixtures f(AccessMatrix.Scene scene) {
		return scene.bean(ResourcesFixtures.class);
	}

	/** A submitted week of the administrator with hours on the scene's project. */
	private static ResourcesFixtures.Week projectWeek(AccessMatrix.Scene scene) {
		return f(scene).week(f(scene).admin(), f(scene).freshWeek(), scene.projectId(), true);
	}

	/** A draft week of the member who calls. */
	private static ResourcesFixtures.Week ownWeek(AccessMatrix.Scene scene) {
		return f(scene).week(scene.member(), f(scene).freshWeek(), null, false);
	}

}
