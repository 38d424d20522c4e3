package org.agilepmo.intake.web;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The intake API: submitting answers 201 with an ETag; changes need If-Match (428
 * without, 412 when stale); bad input is problem+json naming the field and writes
 * nothing.
 */
@PmoTest
class IntakeApiTest {

	static final String NOTE = "{\"title\":\"API note\",\"problem\":\"P\",\"objectives\":\"O\",\"urgency\":\"HIGH\","
			+ "\"classification\":\"PUBLIC\",\"roughCost\":1000,\"attachments\":[{\"label\":\"Case\","
			+ "\"url\":\"https://docs.example.org/case\"}]}";

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	String member;

	String pmo;

	PersonSummary pmoPerson;

	@BeforeEach
	void tokens() {
		PersonSummary m = this.identity.person("member", ScreeningLevel.BASIC);
		this.member = "Bearer " + this.identity.tokenOf(m);
		this.pmoPerson = this.identity.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		this.pmo = "Bearer " + this.identity.tokenOf(this.pmoPerson);
	}

	@Test
	void submittingAnswers201WithLocationAndETag() throws Exception {
		this.mvc
			.perform(post("/api/v1/concept-notes").header("Authorization", this.member)
				.contentType(MediaType.APPLICATION_JSON)
				.content(NOTE))
			.andExpect(status().isCreated())
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(header().exists("Location"))
			.andExpect(jsonPath("$.status").value("SUBMITTED"))
			.andExpect(jsonPath("$.attachments[0].url").value("https://docs.example.org/case"));
	}

	@Test
	void aDecisionWithoutIfMatchAnswers428AndAStaleOne412() throws Exception {
		long id = submit();
		this.mvc
			.perform(post("/api/v1/concept-notes/" + id + "/decisions").header("Authorization", this.pmo)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"IN_ASSESSMENT\",\"reason\":\"Go\"}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(post("/api/v1/concept-notes/" + id + "/decisions").header("Authorization", this.pmo)
				.header("If-Match", "\"5\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"IN_ASSESSMENT\",\"reason\":\"Go\"}"))
			.andExpect(status().isPreconditionFailed())
			.andExpect(header().string("ETag", "\"0\""));
		this.mvc
			.perform(post("/api/v1/concept-notes/" + id + "/decisions").header("Authorization", this.pmo)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"IN_ASSESSMENT\",\"reason\":\"Go\"}"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.status").value("IN_ASSESSMENT"));
		this.mvc.perform(get("/api/v1/concept-notes/" + id + "/decisions").header("Authorization", this.pmo))
			.andExpect(jsonPath("$[0].to").value("IN_ASSESSMENT"))
			.andExpect(jsonPath("$[0].reason").value("Go"));
	}

	@Test
	void aRefusedTransitionIsProblemJsonNamingTheField() throws Exception {
		long id = submit();
		this.mvc
			.perform(post("/api/v1/concept-notes/" + id + "/decisions").header("Authorization", this.pmo)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"status\":\"APPROVED\",\"reason\":\"Skip\",\"project\":{\"code\":\"SKIP-1\"}}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(header().string("Content-Type", "application/problem+json"))
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		this.mvc.perform(get("/api/v1/concept-notes/" + id).header("Authorization", this.pmo))
			.andExpect(jsonPath("$.status").value("SUBMITTED"));
	}

	@Test
	void anAssessmentWithABadRiskNamesTheFieldAndWritesNothing() throws Exception {
		long id = submit();
		this.mvc
			.perform(put("/api/v1/concept-notes/" + id + "/assessment").header("Authorization", this.pmo)
				.header("If-Match", "\"0\"")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"costs\":[{\"category\":\"STAFF\",\"kind\":\"ONE_OFF\",\"amount\":10}],"
						+ "\"risks\":[{\"title\":\"Too likely\",\"probability\":9,\"impact\":1}]}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("risks"));
		this.mvc.perform(get("/api/v1/concept-notes/" + id).header("Authorization", this.pmo))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.costs").isEmpty());
	}

	@Test
	void aMemberMayNotChangeTheScoringModel() throws Exception {
		this.mvc
			.perform(post("/api/v1/scoring-model/criteria").header("Authorization", this.member)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"code\":\"MINE\",\"name\":\"Mine\",\"weight\":50}"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aNoteOfSomeoneElseAnswers404() throws Exception {
		long id = submit();
		String other = "Bearer " + this.identity.tokenOf(this.identity.person("other", ScreeningLevel.ENHANCED));
		this.mvc.perform(get("/api/v1/concept-notes/" + id).header("Authorization", other))
			.andExpect(status().isNotFound());
	}

	org.springframework.test.web.servlet.ResultActions assess(long id, String etag, String relations) throws Exception {
		return this.mvc.perform(put("/api/v1/concept-notes/" + id + "/assessment").header("Authorization", this.pmo)
			.header("If-Match", etag)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"costs\":[{\"category\":\"STAFF\",\"kind\":\"ONE_OFF\",\"amount\":10}]," + relations + "}"));
	}

	@Test
	void anAssessmentNamesTheNotesThisOneRequiresAndExcludes() throws Exception {
		long id = submit();
		long platform = submit();
		long rival = submit();
		assess(id, "\"0\"", "\"requires\":[" + id + "]").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("requires"));
		assess(id, "\"0\"", "\"requires\":[987654321]").andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("requires"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("987654321")));
		assess(id, "\"0\"", "\"requires\":[" + platform + "],\"excludes\":[" + platform + "]")
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("excludes"));
		this.mvc.perform(get("/api/v1/concept-notes/" + id).header("Authorization", this.pmo))
			.andExpect(header().string("ETag", "\"0\""))
			.andExpect(jsonPath("$.costs").isEmpty());

		assess(id, "\"0\"", "\"requires\":[" + platform + "],\"excludes\":[" + rival + "]").andExpect(status().isOk())
			.andExpect(jsonPath("$.requires[0]").value(platform))
			.andExpect(jsonPath("$.excludes[0]").value(rival));
		String page = this.mvc.perform(get("/intake/" + id).with(this.identity.as(this.pmoPerson)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		org.assertj.core.api.Assertions.assertThat(page)
			.contains("id=\"note-requires\"", "href=\"/intake/" + platform + "\"", "href=\"/intake/" + rival + "\"")
			.contains("value=\"" + platform + "\"");
	}

	private long submit() throws Exception {
		MvcResult result = this.mvc
			.perform(post("/api/v1/concept-notes").header("Authorization", this.member)
				.contentType(MediaType.APPLICATION_JSON)
				.content(NOTE))
			.andReturn();
		String location = result.getResponse().getHeader("Location");
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

}
