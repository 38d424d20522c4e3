package org.agilepmo.intake.web;

import java.util.List;

import java.util.HashMap;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.intake.internal.ConceptNoteService;
import org.agilepmo.intake.internal.IntakeScene;
import org.agilepmo.intake.internal.NoteStatus;
import org.agilepmo.intake.internal.NoteView;
import org.agilepmo.intake.internal.ScoringModel;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The prioritisation page and API: the PMO only, limits as GET parameters. */
@PmoTest
class PrioritisationPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	ConceptNoteService notes;

	@Autowired
	ScoringModel model;

	PersonSummary member;

	PersonSummary pmo;

	String title;

	@BeforeEach
	void scene() {
		this.member = this.identity.person("member", ScreeningLevel.ENHANCED);
		this.pmo = this.identity.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		Actor officer = PortfolioScene.actor(this.pmo);
		this.title = "Prioritised " + PortfolioScene.code("P");
		NoteView note = this.notes.submit(PortfolioScene.actor(this.member),
				IntakeScene.note(this.title, Classification.PUBLIC));
		note = this.notes.decide(officer, note.id(), note.version(), NoteStatus.IN_ASSESSMENT, "Look", null, null);
		note = this.notes.assess(officer, note.id(), note.version(), IntakeScene.assessment());
		Map<Long, Integer> best = new HashMap<>();
		this.model.active().forEach((id, c) -> best.put(id, c.lowerIsBetter() ? c.scaleMin() : c.scaleMax()));
		this.notes.score(officer, note.id(), note.version(), best);
	}

	@Test
	void thePmoSeesEachNoteInOrOutOfBothScenarios() throws Exception {
		this.mvc
			.perform(get("/intake/prioritisation").with(this.identity.as(this.pmo))
				.param("currency", "EUR")
				.param("budget", "1000000000", "1000000000", "1000000000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.title)))
			.andExpect(content().string(containsString("Proven optimal")))
			.andExpect(content().string(containsString("Budget 10 % lower")))
			.andExpect(content().string(containsString("name=\"capacity.Java developer\"")));
	}

	@Test
	void thePageReadsRightToLeftInArabicWithEveryTextTranslated() throws Exception {
		this.mvc
			.perform(get("/intake/prioritisation").with(this.identity.as(this.pmo))
				.param("lang", "ar")
				.param("currency", "EUR")
				.param("budget", "1000", "1000", "1000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("ترتيب أولويات الحافظة")))
			.andExpect(content().string(containsString("ميزانية أقل بنسبة 10 %")))
			.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void aQuarterOutsideTheHorizonIsRefusedNamingTheField() throws Exception {
		this.mvc
			.perform(get("/api/v1/prioritisation").with(this.identity.as(this.pmo))
				.param("budget", "1000", "1000", "1000")
				.param("capacity.Java developer@1999-Q1", "10"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("capacity.Java developer@1999-Q1"));
		this.mvc
			.perform(get("/intake/prioritisation").with(this.identity.as(this.pmo))
				.param("budget", "1000", "1000", "1000")
				.param("capacity.Java developer@1999-Q1", "10"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("1999-Q1")));
	}

	@Test
	void aThirdScenarioOfThePmosOwnIsComparedToo() throws Exception {
		this.mvc
			.perform(get("/intake/prioritisation").with(this.identity.as(this.pmo))
				.param("currency", "EUR")
				.param("budget", "1000000000", "1000000000", "1000000000")
				.param("scenarioBudget", "80"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Budget at 80 %, capacity at 100 %")))
			.andExpect(content().string(containsString("name=\"scenarioBudget\"")));
		this.mvc
			.perform(get("/api/v1/prioritisation").with(this.identity.as(this.pmo))
				.param("budget", "1000", "1000", "1000")
				.param("scenarioCapacity", "half"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("scenarioCapacity"));
	}

	@Test
	void aNoteKeptOutOnThePageIsOutOfEveryScenario() throws Exception {
		String json = this.mvc
			.perform(get("/api/v1/prioritisation").with(this.identity.as(this.pmo))
				.param("currency", "EUR")
				.param("budget", "1000000000", "1000000000", "1000000000"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<Integer> ids = JsonPath.read(json, "$.notes[?(@.title == '" + this.title + "')].noteId");
		long id = ids.get(0);
		this.mvc
			.perform(get("/intake/prioritisation").with(this.identity.as(this.pmo))
				.param("currency", "EUR")
				.param("budget", "1000000000", "1000000000", "1000000000")
				.param("force." + id, "OUT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("kept out for this comparison")))
			.andExpect(content().string(containsString("name=\"force." + id + "\"")));
		this.mvc
			.perform(get("/api/v1/prioritisation").with(this.identity.as(this.pmo))
				.param("budget", "1000", "1000", "1000")
				.param("force." + id, "MAYBE"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("force." + id));
	}

	@Test
	void withoutABudgetThePageShowsTheFormOnly() throws Exception {
		this.mvc.perform(get("/intake/prioritisation").with(this.identity.as(this.pmo)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Enter the budget of each year")));
	}

	@Test
	void theApiExplainsTheSelectionInTheCallersLanguage() throws Exception {
		this.mvc
			.perform(get("/api/v1/prioritisation").with(this.identity.as(this.pmo))
				.header("Accept-Language", "fr")
				.param("currency", "EUR")
				.param("budget", "1000000000", "1000000000", "1000000000")
				.param("capacity.Java developer", "100000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.solved").value(true))
			.andExpect(jsonPath("$.scenarios[0].name").value("base"))
			.andExpect(jsonPath("$.scenarios[1].name").value("budget90"))
			.andExpect(jsonPath("$.scenarios[0].provenOptimal").value(true))
			.andExpect(
					jsonPath("$.notes[?(@.title == '" + this.title + "')].scenarios[0].selected").value(hasItem(true)))
			.andExpect(jsonPath("$.notes[?(@.title == '" + this.title + "')].scenarios[0].reasons[0].text")
				.value(hasItem(containsString("choisie pour sa valeur"))));
		// The note's work starts in January 2027 (its resource estimate), so its one-off
		// costs fall in 2027, or in the first year once 2027 is past.
		String json = this.mvc
			.perform(get("/api/v1/prioritisation").with(this.identity.as(this.pmo))
				.param("currency", "EUR")
				.param("budget", "1000000000", "1000000000", "1000000000"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		List<String> years = JsonPath.read(json, "$.years");
		List<Integer> cost = JsonPath.read(json, "$.notes[?(@.title == '" + this.title + "')].costPerYear[*]");
		int y2027 = Math.max(0, years.indexOf("2027"));
		org.assertj.core.api.Assertions.assertThat(cost.get(y2027)).isEqualTo(204000);
		org.assertj.core.api.Assertions.assertThat(cost.subList(0, y2027)).containsOnly(0);
	}

	@Test
	void aBudgetWithoutEveryYearIsRefusedNamingTheField() throws Exception {
		this.mvc.perform(get("/api/v1/prioritisation").with(this.identity.as(this.pmo)).param("budget", "1000", "", ""))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("budget"));
	}

	@Test
	void aMemberIsRefused() throws Exception {
		this.mvc.perform(get("/intake/prioritisation").with(this.identity.as(this.member)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/api/v1/prioritisation").with(this.identity.as(this.member)))
			.andExpect(status().isForbidden());
	}

	@Test
	void anonymousIsSentToLoginOrUnauthorised() throws Exception {
		this.mvc.perform(get("/intake/prioritisation"))
			.andExpect(status().is3xxRedirection())
			.andExpect(header().string("Location", endsWith("/login")));
		this.mvc.perform(get("/api/v1/prioritisation")).andExpect(status().isUnauthorized());
	}

}
