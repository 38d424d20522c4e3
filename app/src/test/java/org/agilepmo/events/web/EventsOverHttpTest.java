package org.agilepmo.events.web;

import java.util.List;

import org.agilepmo.events.EventsFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Events over HTTP: a certificate of attendance as a PDF in the participant's language
 * naming them, the event and the hours, refused to a participant who did not attend; an
 * event another unit's person asks for is not found and absent from their lists; a change
 * needs the version it was based on.
 */
@PmoTest
class EventsOverHttpTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	EventsFixtures events;

	@Test
	void aCertificateNamesTheParticipantAndTheEventAndIsRefusedToANonAttendee() throws Exception {
		PersonSummary coord = this.people.person("coord", ScreeningLevel.BASIC);
		long unit = this.events.unit("Criminal records", coord);
		long group = this.events.event(coord, unit, "WORKING_GROUP", "Working group on human trafficking", null);
		long day = this.events.session(coord, group, "Day 1");
		long amina = this.events.external(coord, group, "Amina Benali", "MA", "fr");
		long absent = this.events.external(coord, group, "Layla Haddad", "JO", "ar");
		this.events.attended(coord, group, day, List.of(amina));

		byte[] pdf = this.mvc
			.perform(get("/api/v1/event-participants/" + amina + "/certificate").with(this.people.as(coord)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		String text;
		try (PDDocument document = Loader.loadPDF(pdf)) {
			text = new PDFTextStripper().getText(document);
		}
		assertThat(text).contains("Amina Benali")
			.contains("Working group on human trafficking")
			.as("in the participant's language, French")
			.contains("Certificat de participation")
			.contains("Heures de présence : 3");

		this.mvc.perform(get("/api/v1/event-participants/" + absent + "/certificate").with(this.people.as(coord)))
			.andExpect(status().isUnprocessableContent());
		this.mvc.perform(get("/event-participants/" + absent + "/certificate").with(this.people.as(coord)))
			.andExpect(status().isUnprocessableContent());
	}

	@Test
	void anotherUnitsPersonGets404AndTheEventIsAbsentFromTheirListsAndCounts() throws Exception {
		PersonSummary coord = this.people.person("coord", ScreeningLevel.BASIC);
		PersonSummary stranger = this.people.person("stranger", ScreeningLevel.ENHANCED);
		long unit = this.events.unit("Criminal records", coord);
		this.events.unit("Border management", stranger);
		long training = this.events.event(coord, unit, "TRAINING", "Hidden course on trafficking", 5);
		long participant = this.events.external(coord, training, "Amina Benali", "MA", "fr");

		for (String path : List.of("/api/v1/events/" + training, "/api/v1/events/" + training + "/figures",
				"/api/v1/events/" + training + "/participants", "/events/" + training,
				"/api/v1/event-participants/" + participant + "/certificate")) {
			this.mvc.perform(get(path).with(this.people.as(stranger))).andExpect(status().isNotFound());
		}
		String list = this.mvc.perform(get("/api/v1/events").with(this.people.as(stranger)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain("Hidden course on trafficking");
		String page = this.mvc.perform(get("/events").with(this.people.as(stranger)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).doesNotContain("Hidden course on trafficking");

		this.mvc.perform(get("/api/v1/events/" + training + "/figures").with(this.people.as(coord)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.counts.registered").value(1))
			.andExpect(jsonPath("$.byCountry[0].key").value("MA"))
			.andExpect(jsonPath("$.byCountry[0].label").value("Morocco"));
	}

	@Test
	void aChangeNeedsTheVersionItWasBasedOn() throws Exception {
		PersonSummary coord = this.people.person("coord", ScreeningLevel.BASIC);
		long unit = this.events.unit("Criminal records", coord);
		long training = this.events.event(coord, unit, "TRAINING", "Course", 5);
		long version = this.events.version(coord, training);
		this.mvc
			.perform(patch("/api/v1/events/" + training).with(this.people.as(coord))
				.with(csrf())
				.contentType("application/json")
				.content("{\"venue\":\"Amman\"}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(patch("/api/v1/events/" + training).with(this.people.as(coord))
				.with(csrf())
				.header("If-Match", "\"" + version + "\"")
				.contentType("application/json")
				.content("{\"venue\":\"Amman\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.venue").value("Amman"))
			.andExpect(jsonPath("$.title").value("Course"));
		this.mvc
			.perform(patch("/api/v1/events/" + training).with(this.people.as(coord))
				.with(csrf())
				.header("If-Match", "\"" + version + "\"")
				.contentType("application/json")
				.content("{\"venue\":\"Dakar\"}"))
			.andExpect(status().isPreconditionFailed());
	}

}
