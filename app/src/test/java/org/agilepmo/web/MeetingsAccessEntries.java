package org.agilepmo.web;

import java.time.LocalDate;
import java.util.List;

import org.agilepmo.identity.PersonSummary;
import org.agilepmo.meetings.MeetingsFixtures;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;

import static org.agilepmo.web.AccessMatrix.project;
import static org.agilepmo.web.AccessMatrix.publicly;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Meetings in the access matrix. A project's meeting follows the project's rule (404 to
 * those who may not see the project, through for its manager); the lists and one's own
 * calendar feeds are every signed-in person's; the calendar feed address answers without
 * a session, its token being the credential.
 */
final class MeetingsAccessEntries {

	static final List<Entry> ENTRIES = List.of(signedIn("GET", "/api/v1/meetings", s -> Sample.of("/api/v1/meetings")),
			signedIn("GET", "/meetings", s -> Sample.of("/meetings")),
			signedIn("GET", "/meetings/new", s -> Sample.of("/meetings/new")),
			signedIn("GET", "/meetings/calendar-feed", s -> Sample.of("/meetings/calendar-feed")),
			signedIn("POST", "/meetings/calendar-feed", s -> Sample.of("/meetings/calendar-feed")),
			signedIn("POST", "/api/v1/calendar-feeds", s -> Sample.of("/api/v1/calendar-feeds")),
			project("POST", "/api/v1/meetings",
					s -> Sample.of("/api/v1/meetings")
						.json("{\"kind\":\"PROJECT_BOARD\",\"scopeKind\":\"PROJECT\",\"scopeId\":" + s.projectId()
								+ ",\"title\":\"Matrix board\",\"timeZone\":\"Europe/Paris\","
								+ "\"startsAt\":\"2027-01-10T10:00:00\",\"durationMinutes\":60}")),
			project("GET", "/api/v1/meetings/{id}", s -> Sample.of("/api/v1/meetings/" + meeting(s))),
			project("GET", "/api/v1/meetings/{id}/ics", s -> Sample.of("/api/v1/meetings/" + meeting(s) + "/ics")),
			project("GET", "/meetings/{id}", s -> Sample.of("/meetings/" + meeting(s))),
			project("GET", "/meetings/{id}/ics", s -> Sample.of("/meetings/" + meeting(s) + "/ics")),
			project("GET", "/meetings/{id}/edit", s -> Sample.of("/meetings/" + meeting(s) + "/edit")),
			project("PATCH", "/api/v1/meetings/{id}", s -> {
				long id = meeting(s);
				return Sample.of("/api/v1/meetings/" + id)
					.json("{\"title\":\"Matrix\"}")
					.ifMatch(fixtures(s).version(keeper(s), id));
			}), project("PUT", "/api/v1/meetings/{id}/minutes", s -> {
				long id = meeting(s);
				return Sample.of("/api/v1/meetings/" + id + "/minutes")
					.json("{\"minutes\":\"Matrix\"}")
					.ifMatch(fixtures(s).version(keeper(s), id));
			}),
			project("POST", "/api/v1/meetings/{id}/decisions",
					s -> Sample.of("/api/v1/meetings/" + meeting(s) + "/decisions").json("{\"text\":\"Matrix\"}")),
			project("POST", "/api/v1/meetings/{id}/actions",
					s -> Sample.of("/api/v1/meetings/" + meeting(s) + "/actions")
						.json("{\"title\":\"Matrix\",\"ownerId\":" + keeper(s).id() + ",\"dueOn\":\"2027-01-10\"}")),
			project("POST", "/api/v1/meeting-actions/{id}/closure", s -> {
				long id = action(s);
				return Sample.of("/api/v1/meeting-actions/" + id + "/closure")
					.ifMatch(fixtures(s).actionVersion(keeper(s), id));
			}), project("POST", "/meetings/{id}", s -> {
				long id = meeting(s);
				return Sample.of("/meetings/" + id)
					.form(java.util.Map.of("version", String.valueOf(fixtures(s).version(keeper(s), id)), "kind",
							"PROJECT_BOARD", "scope", "PROJECT:" + s.projectId(), "title", "Matrix", "timeZone",
							"Europe/Paris", "startsAt", "2027-01-10T10:00", "durationMinutes", "60"));
			}), project("POST", "/meetings/{id}/minutes", s -> {
				long id = meeting(s);
				return Sample.of("/meetings/" + id + "/minutes")
					.form(java.util.Map.of("version", String.valueOf(fixtures(s).version(keeper(s), id)), "minutes",
							"Matrix"));
			}), project(
					"POST", "/meetings/{id}/decisions", s -> Sample.of("/meetings/" + meeting(s) + "/decisions")
						.form(java.util.Map.of("text", "Matrix"))),
			project("POST", "/meetings/{id}/actions",
					s -> Sample.of("/meetings/" + meeting(s) + "/actions")
						.form(java.util.Map.of("title", "Matrix", "ownerId", String.valueOf(keeper(s).id()), "dueOn",
								"2027-01-10"))),
			project("POST", "/meeting-actions/{id}/closure", s -> {
				long id = action(s);
				return Sample.of("/meeting-actions/" + id + "/closure")
					.form(java.util.Map.of("version", String.valueOf(fixtures(s).actionVersion(keeper(s), id))));
			}),
			project("POST", "/meetings", s -> Sample.of("/meetings")
				.form(java.util.Map.of("kind", "PROJECT_BOARD", "scope", "PROJECT:" + s.projectId(), "title", "Matrix",
						"timeZone", "Europe/Paris", "startsAt", "2027-01-10T10:00", "durationMinutes", "60"))),
			signedIn("POST", "/meetings/calendar-feed/{id}/revocation", s -> {
				MeetingsFixtures.Feed feed = fixtures(s).feed(s.member());
				return Sample.of("/meetings/calendar-feed/" + feed.id() + "/revocation");
			}), signedIn("DELETE", "/api/v1/calendar-feeds/{id}", s -> {
				MeetingsFixtures.Feed feed = fixtures(s).feed(s.member());
				return Sample.of("/api/v1/calendar-feeds/" + feed.id());
			}), publicly("GET", "/calendar/{token}.ics",
					s -> Sample.of("/calendar/" + fixtures(s).feed(s.member()).token() + ".ics")));

	private MeetingsAccessEntries() {
	}

	private static MeetingsFixtures fixtures(Scene s) {
		return s.bean(MeetingsFixtures.class);
	}

	private static PersonSummary keeper(Scene s) {
		return s.holderOf(GlobalRole.PMO_OFFICER);
	}

	private static long meeting(Scene s) {
		return fixtures(s).projectBoard(keeper(s), s.projectId());
	}

	private static long action(Scene s) {
		long id = meeting(s);
		return fixtures(s).action(keeper(s), id, "Matrix action", keeper(s), LocalDate.now().plusDays(3));
	}

}
