package org.agilepmo.web;

import java.util.List;
import java.util.Map;

import org.agilepmo.events.EventsFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.web.AccessMatrix.Entry;
import org.agilepmo.web.AccessMatrix.Sample;
import org.agilepmo.web.AccessMatrix.Scene;

import static org.agilepmo.web.AccessMatrix.PMO;
import static org.agilepmo.web.AccessMatrix.role;
import static org.agilepmo.web.AccessMatrix.signedIn;

/**
 * Events and training needs in the access matrix. The lists are every signed-in person's,
 * holding what they may see. An event is its unit's people's, the PMO's and its
 * participants'; an assessment its unit's people's and the PMO's: the samples use a unit
 * the scene's member does not belong to, so that the member gets 404 (403 when planning
 * for a unit of others) and the administrator, as the PMO, gets through. That the unit's
 * own people and the participants get through is shown by the module's own tests.
 */
final class EventsAccessEntries {

	static final List<Entry> ENTRIES = List.of(signedIn("GET", "/events", s -> Sample.of("/events")),
			signedIn("GET", "/events/new", s -> Sample.of("/events/new")),
			role("POST", "/events/new",
					s -> Sample.of("/events/new")
						.form(Map.of("unitId", String.valueOf(s.unit().id()), "kind", "TRAINING", "title", "Matrix",
								"startsOn", "2027-03-10", "endsOn", "2027-03-11", "timeZone", "UTC")),
					PMO),
			role("GET", "/events/{id}", s -> Sample.of("/events/" + event(s)), PMO),
			role("GET", "/events/{id}/edit", s -> Sample.of("/events/" + event(s) + "/edit"), PMO),
			role("POST", "/events/{id}/edit", s -> {
				long id = event(s);
				return Sample.of("/events/" + id + "/edit")
					.form(Map.of("version", String.valueOf(fixtures(s).version(admin(s), id)), "kind", "TRAINING",
							"title", "Matrix 2", "startsOn", "2027-03-10", "endsOn", "2027-03-12", "timeZone", "UTC",
							"capacity", "5"));
			}, PMO), role("POST", "/events/{id}/status", s -> {
				long id = event(s);
				return Sample.of("/events/" + id + "/status")
					.form(Map.of("version", String.valueOf(fixtures(s).version(admin(s), id)), "status", "OPEN"));
			}, PMO),
			role("POST", "/events/{id}/registration",
					s -> Sample.of("/events/" + openEvent(s) + "/registration").form(Map.of("country", "FR")), PMO),
			role("POST", "/events/{id}/participants",
					s -> Sample.of("/events/" + event(s) + "/participants")
						.form(Map.of("personId", String.valueOf(s.projectManager().id()), "country", "SN")),
					PMO),
			role("POST", "/events/{id}/participants/external",
					s -> Sample.of("/events/" + event(s) + "/participants/external")
						.form(Map.of("name", "Matrix", "country", "JO")),
					PMO),
			role("POST", "/event-participants/{id}/cancellation",
					s -> Sample.of("/event-participants/" + participant(s, event(s)) + "/cancellation"), PMO),
			role("POST", "/events/{id}/sessions", s -> Sample.of("/events/" + event(s) + "/sessions")
				.form(Map.of("title", "Matrix", "heldOn", "2027-03-10", "startsAt", "09:00", "endsAt", "12:00")), PMO),
			role("POST", "/events/{id}/sessions/{sessionId}/attendance", s -> {
				long id = event(s);
				long session = fixtures(s).session(admin(s), id, "Matrix");
				return Sample.of("/events/" + id + "/sessions/" + session + "/attendance")
					.form(Map.of("present", String.valueOf(participant(s, id))));
			}, PMO),
			role("POST", "/events/{id}/questions",
					s -> Sample.of("/events/" + event(s) + "/questions")
						.form(Map.of("kind", "RATING", "text", "Matrix")),
					PMO),
			role("POST", "/event-participants/{id}/evaluation", s -> {
				long id = event(s);
				long question = fixtures(s).ratingQuestion(admin(s), id, "Matrix");
				return Sample.of("/event-participants/" + participant(s, id) + "/evaluation")
					.form(Map.of("rating-" + question, "4"));
			}, PMO),
			role("GET", "/event-participants/{id}/certificate",
					s -> Sample.of("/event-participants/" + attendee(s) + "/certificate"), PMO),
			signedIn("GET", "/api/v1/events", s -> Sample.of("/api/v1/events")),
			role("POST", "/api/v1/events",
					s -> Sample.of("/api/v1/events")
						.json("{\"unitId\":" + s.unit().id() + ",\"kind\":\"CONFERENCE\",\"title\":\"Matrix\","
								+ "\"startsOn\":\"2027-03-10\",\"endsOn\":\"2027-03-10\",\"timeZone\":\"UTC\"}"),
					PMO),
			role("GET", "/api/v1/events/{id}", s -> Sample.of("/api/v1/events/" + event(s)), PMO),
			role("PATCH", "/api/v1/events/{id}", s -> {
				long id = event(s);
				return Sample.of("/api/v1/events/" + id)
					.json("{\"venue\":\"Matrix\"}")
					.ifMatch(fixtures(s).version(admin(s), id));
			}, PMO), role("POST", "/api/v1/events/{id}/status", s -> {
				long id = event(s);
				return Sample.of("/api/v1/events/" + id + "/status")
					.json("{\"status\":\"OPEN\"}")
					.ifMatch(fixtures(s).version(admin(s), id));
			}, PMO),
			role("GET", "/api/v1/events/{id}/participants",
					s -> Sample.of("/api/v1/events/" + event(s) + "/participants"), PMO),
			role("POST", "/api/v1/events/{id}/participants",
					s -> Sample.of("/api/v1/events/" + event(s) + "/participants")
						.json("{\"name\":\"Matrix\",\"country\":\"MA\"}"),
					PMO),
			role("POST", "/api/v1/events/{id}/registration",
					s -> Sample.of("/api/v1/events/" + openEvent(s) + "/registration").json("{\"country\":\"FR\"}"),
					PMO),
			role("POST", "/api/v1/event-participants/{id}/cancellation",
					s -> Sample.of("/api/v1/event-participants/" + participant(s, event(s)) + "/cancellation"), PMO),
			role("GET", "/api/v1/events/{id}/figures", s -> Sample.of("/api/v1/events/" + event(s) + "/figures"), PMO),
			role("GET", "/api/v1/events/{id}/sessions", s -> Sample.of("/api/v1/events/" + event(s) + "/sessions"),
					PMO),
			role("POST", "/api/v1/events/{id}/sessions",
					s -> Sample.of("/api/v1/events/" + event(s) + "/sessions")
						.json("{\"title\":\"Matrix\",\"heldOn\":\"2027-03-10\",\"startsAt\":\"09:00\","
								+ "\"endsAt\":\"10:00\"}"),
					PMO),
			role("PUT", "/api/v1/events/{id}/sessions/{sessionId}/attendance", s -> {
				long id = event(s);
				long session = fixtures(s).session(admin(s), id, "Matrix");
				return Sample.of("/api/v1/events/" + id + "/sessions/" + session + "/attendance")
					.json("{\"participantIds\":[" + participant(s, id) + "]}");
			}, PMO),
			role("POST", "/api/v1/events/{id}/questions",
					s -> Sample.of("/api/v1/events/" + event(s) + "/questions")
						.json("{\"kind\":\"TEXT\",\"text\":\"Matrix\"}"),
					PMO),
			role("POST", "/api/v1/event-participants/{id}/evaluation", s -> {
				long id = event(s);
				long question = fixtures(s).ratingQuestion(admin(s), id, "Matrix");
				return Sample.of("/api/v1/event-participants/" + participant(s, id) + "/evaluation")
					.json("{\"ratings\":{\"" + question + "\":5}}");
			}, PMO),
			role("GET", "/api/v1/events/{id}/evaluation-results",
					s -> Sample.of("/api/v1/events/" + event(s) + "/evaluation-results"), PMO),
			role("GET", "/api/v1/event-participants/{id}/certificate",
					s -> Sample.of("/api/v1/event-participants/" + attendee(s) + "/certificate"), PMO),
			signedIn("GET", "/training-needs", s -> Sample.of("/training-needs")),
			role("POST", "/training-needs",
					s -> Sample.of("/training-needs")
						.form(Map.of("unitId", String.valueOf(s.unit().id()), "title", "Matrix", "topics",
								"Matrix topic")),
					PMO),
			role("GET", "/training-needs/{id}", s -> Sample.of("/training-needs/" + assessment(s)), PMO),
			role("POST", "/training-needs/{id}/answers", s -> {
				long id = assessmentOfTheRoleHolders(s);
				return Sample.of("/training-needs/" + id + "/answers")
					.form(Map.of("level-" + fixtures(s).firstTopic(admin(s), id), "2"));
			}, PMO), role("POST", "/training-needs/{id}/closure", s -> {
				long id = assessment(s);
				return Sample.of("/training-needs/" + id + "/closure")
					.form(Map.of("version", String.valueOf(fixtures(s).assessmentVersion(admin(s), id))));
			}, PMO), role("POST", "/needs-topics/{id}/follow-up", s -> {
				long id = assessment(s);
				return Sample.of("/needs-topics/" + fixtures(s).firstTopic(admin(s), id) + "/follow-up")
					.form(Map.of("campaignId", String.valueOf(id), "version",
							String.valueOf(fixtures(s).topicVersion(admin(s), id)), "status", "DROPPED"));
			}, PMO), signedIn("GET", "/api/v1/training-needs", s -> Sample.of("/api/v1/training-needs")),
			role("POST", "/api/v1/training-needs",
					s -> Sample.of("/api/v1/training-needs")
						.json("{\"unitId\":" + s.unit().id() + ",\"title\":\"Matrix\",\"topics\":[\"Matrix\"]}"),
					PMO),
			role("GET", "/api/v1/training-needs/{id}", s -> Sample.of("/api/v1/training-needs/" + assessment(s)), PMO),
			role("POST", "/api/v1/training-needs/{id}/answers", s -> {
				long id = assessmentOfTheRoleHolders(s);
				return Sample.of("/api/v1/training-needs/" + id + "/answers")
					.json("{\"" + fixtures(s).firstTopic(admin(s), id) + "\":3}");
			}, PMO), role("POST", "/api/v1/needs-topics/{id}/follow-up", s -> {
				long id = assessment(s);
				return Sample.of("/api/v1/needs-topics/" + fixtures(s).firstTopic(admin(s), id) + "/follow-up")
					.json("{\"status\":\"DROPPED\"}")
					.ifMatch(fixtures(s).topicVersion(admin(s), id));
			}, PMO));

	private EventsAccessEntries() {
	}

	private static EventsFixtures fixtures(Scene s) {
		return s.bean(EventsFixtures.class);
	}

	private static PersonSummary admin(Scene s) {
		return s.holderOf(GlobalRole.ADMINISTRATOR);
	}

	/** A fresh training of the scene's unit, from the 10th to the 12th of March 2027. */
	private static long event(Scene s) {
		return fixtures(s).event(admin(s), s.unit().id(), "TRAINING", "Matrix training", 10);
	}

	private static long openEvent(Scene s) {
		long id = event(s);
		fixtures(s).open(admin(s), id);
		return id;
	}

	private static long participant(Scene s, long eventId) {
		return fixtures(s).external(admin(s), eventId, "Matrix participant", "MA", "fr");
	}

	/** A participant who attended a session of a fresh event. */
	private static long attendee(Scene s) {
		long id = event(s);
		long participant = participant(s, id);
		long session = fixtures(s).session(admin(s), id, "Matrix");
		fixtures(s).attended(admin(s), id, session, List.of(participant));
		return participant;
	}

	/** A fresh assessment of a unit the administrator belongs to. */
	/**
	 * Only a unit's people answer its assessment: a unit whose members are the holders of
	 * the PMO roles, so that whichever of them the matrix sends answers.
	 */
	private static long assessmentOfTheRoleHolders(Scene s) {
		long unit = fixtures(s).unit("Matrix answering unit", admin(s), s.holderOf(GlobalRole.PMO_OFFICER));
		return fixtures(s).assessment(admin(s), unit, "Matrix needs", List.of("Matrix topic", "Other topic"));
	}

	private static long assessment(Scene s) {
		long unit = fixtures(s).unit("Matrix unit", admin(s));
		return fixtures(s).assessment(admin(s), unit, "Matrix needs", List.of("Matrix topic", "Other topic"));
	}

}
