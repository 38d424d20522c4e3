package org.agilepmo.intake.web;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.intake.internal.ConceptNoteService;
import org.agilepmo.intake.internal.IntakeScene;
import org.agilepmo.intake.internal.NoteView;
import org.agilepmo.intake.internal.ScoringModel;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The intake pages: submitting, the ranked list, a note's page, scoring and deciding. */
@PmoTest
class IntakePagesTest {

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

	@BeforeEach
	void people() {
		this.member = this.identity.person("member", ScreeningLevel.BASIC);
		this.pmo = this.identity.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
	}

	@Test
	void aMemberSubmitsANoteAndFindsItInTheList() throws Exception {
		this.mvc
			.perform(post("/intake").with(this.identity.as(this.member))
				.with(csrf())
				.param("title", "Paperless travel claims")
				.param("problem", "Claims are on paper")
				.param("objectives", "Pay claims in a week")
				.param("urgency", "MEDIUM")
				.param("classification", "PUBLIC")
				.param("currency", "EUR")
				.param("roughCost", "90000")
				.param("strategicObjectives", "Digital services\nEfficiency")
				.param("attachments", "Case | https://docs.example.org/claims"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/intake/*"));
		this.mvc.perform(get("/intake").with(this.identity.as(this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Paperless travel claims")));
	}

	@Test
	void aMissingTitleIsShownNextToTheFieldAndNothingIsWritten() throws Exception {
		this.mvc
			.perform(post("/intake").with(this.identity.as(this.member))
				.with(csrf())
				.param("problem", "No title")
				.param("objectives", "None")
				.param("urgency", "LOW")
				.param("classification", "PUBLIC"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("title-error")));
	}

	@Test
	void thePmoScoresAndDecidesOnTheNotePage() throws Exception {
		NoteView note = this.notes.submit(PortfolioScene.actor(this.member),
				IntakeScene.note("Scored on the page", Classification.PUBLIC));
		long criterion = this.model.active().keySet().iterator().next();
		this.mvc
			.perform(post("/intake/" + note.id() + "/scores").with(this.identity.as(this.pmo))
				.with(csrf())
				.param("version", String.valueOf(note.version()))
				.param("score-" + criterion, "4"))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/intake/" + note.id() + "/decisions").with(this.identity.as(this.pmo))
				.with(csrf())
				.param("version", String.valueOf(note.version() + 1))
				.param("status", "IN_ASSESSMENT")
				.param("reason", "Looks promising"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/intake/" + note.id()).with(this.identity.as(this.pmo)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Looks promising")))
			.andExpect(content().string(containsString("assessment-form")));
	}

	@Test
	void aStaleDecisionAnswers409AndChangesNothing() throws Exception {
		NoteView note = this.notes.submit(PortfolioScene.actor(this.member),
				IntakeScene.note("Stale on the page", Classification.PUBLIC));
		this.mvc
			.perform(post("/intake/" + note.id() + "/decisions").with(this.identity.as(this.pmo))
				.with(csrf())
				.param("version", String.valueOf(note.version() + 7))
				.param("status", "DEFERRED")
				.param("reason", "Later"))
			.andExpect(status().isConflict());
	}

	@Test
	void anotherMembersNoteIsNotFoundAndNotListed() throws Exception {
		NoteView note = this.notes.submit(PortfolioScene.actor(this.member),
				IntakeScene.note("Private idea " + PortfolioScene.code("X"), Classification.PUBLIC));
		PersonSummary other = this.identity.person("other", ScreeningLevel.ENHANCED);
		this.mvc.perform(get("/intake/" + note.id()).with(this.identity.as(other))).andExpect(status().isNotFound());
		this.mvc.perform(get("/intake").with(this.identity.as(other)))
			.andExpect(content().string(not(containsString(note.note().title()))));
	}

	@Test
	void comparisonAndScoringModelPagesRenderInArabic() throws Exception {
		NoteView a = this.notes.submit(PortfolioScene.actor(this.member), IntakeScene.note("A", Classification.PUBLIC));
		NoteView b = this.notes.submit(PortfolioScene.actor(this.member), IntakeScene.note("B", Classification.PUBLIC));
		this.mvc
			.perform(get("/intake/compare").param("ids", String.valueOf(a.id()), String.valueOf(b.id()))
				.param("lang", "ar")
				.with(this.identity.as(this.pmo)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("comparison")));
		this.mvc.perform(get("/intake/scoring").with(this.identity.as(this.pmo)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Strategic fit")));
	}

	@Test
	void theSubmitterRevisesTheNoteWhileItIsSubmittedAndNotAfter() throws Exception {
		NoteView note = this.notes.submit(PortfolioScene.actor(this.member),
				IntakeScene.note("Before revision", Classification.PUBLIC));
		this.mvc.perform(get("/intake/" + note.id() + "/edit").with(this.identity.as(this.member)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Before revision")));
		this.mvc
			.perform(post("/intake/" + note.id() + "/edit").with(this.identity.as(this.member))
				.with(csrf())
				.param("title", "After revision")
				.param("problem", "P")
				.param("objectives", "O")
				.param("urgency", "LOW")
				.param("classification", "PUBLIC")
				.param("currency", "EUR")
				.param("version", String.valueOf(note.version() + 3)))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/intake/" + note.id() + "/edit").with(this.identity.as(this.member))
				.with(csrf())
				.param("title", "After revision")
				.param("problem", "P")
				.param("objectives", "O")
				.param("urgency", "LOW")
				.param("classification", "PUBLIC")
				.param("currency", "EUR")
				.param("version", String.valueOf(note.version())))
			.andExpect(status().is3xxRedirection());
		NoteView revised = this.notes.get(PortfolioScene.actor(this.member), note.id());
		org.assertj.core.api.Assertions.assertThat(revised.note().title()).isEqualTo("After revision");
		this.notes.decide(PortfolioScene.actor(this.pmo), note.id(), revised.version(),
				org.agilepmo.intake.internal.NoteStatus.IN_ASSESSMENT, "Go", null, null);
		this.mvc.perform(get("/intake/" + note.id() + "/edit").with(this.identity.as(this.member)))
			.andExpect(status().isForbidden());
	}

}
