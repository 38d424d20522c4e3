package org.agilepmo.meetings.web;

import java.time.LocalDate;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.meetings.MeetingsFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Meetings over HTTP: who sees a meeting (participants and whoever sees its project; 404
 * and absent from the list for anyone else), an action in its owner's work on the home
 * page, the .ics of a series, and a calendar feed that answers without a session until it
 * is revoked.
 */
@PmoTest
class MeetingsOverHttpTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	MeetingsFixtures meetings;

	private record Scene(PersonSummary pm, PersonSummary participant, PersonSummary outsider, long projectId,
			long meetingId) {
	}

	private Scene scene() {
		PortfolioScene scene = this.portfolios.scene();
		PersonSummary pm = this.people.person("mpm", ScreeningLevel.BASIC);
		PersonSummary participant = this.people.person("mpart", ScreeningLevel.BASIC);
		PersonSummary outsider = this.people.person("mout", ScreeningLevel.ENHANCED);
		long projectId = scene
			.project(scene.portfolio().id(), Classification.PUBLIC, d -> PortfolioScene.withManager(d, pm.id()))
			.id();
		long meetingId = this.meetings.projectBoard(pm, projectId, participant);
		return new Scene(pm, participant, outsider, projectId, meetingId);
	}

	@Test
	void aNonParticipantWithoutProjectAccessGets404AndTheListLeavesTheMeetingOut() throws Exception {
		Scene s = scene();
		this.mvc.perform(get("/api/v1/meetings/" + s.meetingId()).with(this.people.as(s.outsider())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/meetings/" + s.meetingId()).with(this.people.as(s.outsider())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/meetings/" + s.meetingId() + "/ics").with(this.people.as(s.outsider())))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/api/v1/meetings").with(this.people.as(s.outsider())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("\"id\":" + s.meetingId() + ","))));

		this.mvc.perform(get("/api/v1/meetings").with(this.people.as(s.participant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("\"id\":" + s.meetingId() + ",")));
		this.mvc.perform(get("/api/v1/meetings/" + s.meetingId()).with(this.people.as(s.participant())))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andExpect(jsonPath("$.rrule").value("FREQ=MONTHLY;COUNT=6"));
		this.mvc.perform(get("/meetings/" + s.meetingId()).with(this.people.as(s.pm()))).andExpect(status().isOk());
	}

	@Test
	void anActionAppearsInItsOwnersWorkAndLeavesItWhenClosed() throws Exception {
		Scene s = scene();
		long action = this.meetings.action(s.pm(), s.meetingId(), "Send the revised plan to the board", s.participant(),
				LocalDate.now().minusDays(1));
		this.mvc.perform(get("/").with(this.people.as(s.participant())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Send the revised plan to the board")))
			.andExpect(content().string(containsString("Your meeting action is overdue")));
		this.mvc
			.perform(post("/api/v1/meeting-actions/" + action + "/closure").with(this.people.as(s.participant()))
				.header("If-Match", "\"" + this.meetings.actionVersion(s.participant(), action) + "\""))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.closed").value(true));
		this.mvc.perform(get("/").with(this.people.as(s.participant())))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("Your meeting action is overdue"))));
	}

	@Test
	void theIcsOfASeriesCarriesItsZoneRuleAndAttendees() throws Exception {
		Scene s = scene();
		this.mvc.perform(get("/api/v1/meetings/" + s.meetingId() + "/ics").with(this.people.as(s.participant())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/calendar")))
			.andExpect(content().string(containsString("BEGIN:VTIMEZONE")))
			.andExpect(content().string(containsString("DTSTART;TZID=Europe/Paris:")))
			.andExpect(content().string(containsString("RRULE:FREQ=MONTHLY;COUNT=6")))
			.andExpect(content().string(containsString("ATTENDEE;CN=" + s.participant().displayName())));
	}

	@Test
	void theCalendarFeedAnswersWithoutASessionAndRefusesARevokedToken() throws Exception {
		Scene s = scene();
		MeetingsFixtures.Feed feed = this.meetings.feed(s.participant());
		this.mvc.perform(get("/calendar/" + feed.token() + ".ics"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("BEGIN:VCALENDAR")))
			.andExpect(content().string(containsString("SUMMARY:Project board")));
		this.mvc.perform(get("/calendar/" + feed.token() + "x.ics")).andExpect(status().isNotFound());

		this.meetings.revoke(s.participant(), feed.id());
		this.mvc.perform(get("/calendar/" + feed.token() + ".ics")).andExpect(status().isNotFound());
	}

	@Test
	void aStaleChangeAnswers412AndAMissingIfMatch428() throws Exception {
		Scene s = scene();
		long version = this.meetings.version(s.pm(), s.meetingId());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.patch("/api/v1/meetings/" + s.meetingId())
				.with(this.people.as(s.pm()))
				.contentType("application/json")
				.content("{\"title\":\"Renamed board\"}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.patch("/api/v1/meetings/" + s.meetingId())
				.with(this.people.as(s.pm()))
				.header("If-Match", "\"" + version + "\"")
				.contentType("application/json")
				.content("{\"title\":\"Renamed board\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Renamed board"));
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.patch("/api/v1/meetings/" + s.meetingId())
				.with(this.people.as(s.pm()))
				.header("If-Match", "\"" + version + "\"")
				.contentType("application/json")
				.content("{\"title\":\"Stale\"}"))
			.andExpect(status().isPreconditionFailed());
	}

}
