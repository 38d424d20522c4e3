package org.agilepmo.delivery.web;

import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.testsupport.PmoTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A refused sprint or backlog form comes back with everything typed, every error at once
 * next to its field (aria-invalid, aria-describedby) and a summary at the top naming the
 * fields by their labels in the reader's language, never by their codes.
 */
@PmoTest
class RefusedFormsKeepWhatWasTypedTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	OrganisationManagement organisation;

	DeliveryScene scene;

	@BeforeEach
	void scene() {
		this.scene = new DeliveryScene(this.people, this.organisation);
	}

	@Test
	void aSprintWithoutNameOrEndShowsBothErrorsAndKeepsTheGoal() throws Exception {
		Document page = refused(post("/delivery/squads/" + this.scene.squadId() + "/sprints").param("name", " ")
			.param("startDate", "2027-03-01")
			.param("endDate", "")
			.param("goal", "Take card payments")
			.param("lang", "fr"));
		assertThat(page.getElementById("sprint-goal").val()).isEqualTo("Take card payments");
		assertThat(page.getElementById("sprint-startDate").val()).isEqualTo("2027-03-01");
		invalid(page, "sprint-name", "Ce champ ne peut pas rester vide.");
		invalid(page, "sprint-endDate", "Ce champ est obligatoire.");
		Element summary = page.getElementById("form-errors");
		assertThat(summary).isNotNull();
		assertThat(summary.attr("tabindex")).isEqualTo("-1");
		assertThat(summary.select("h2").text()).isEqualTo("Il y a 2 problèmes");
		assertThat(summary.select("li a").eachText())
			.containsExactlyInAnyOrder("Nom : Ce champ ne peut pas rester vide.", "Fin : Ce champ est obligatoire.");
		assertThat(summary.select("li a").eachAttr("href")).containsExactlyInAnyOrder("#sprint-name",
				"#sprint-endDate");
	}

	@Test
	void aSprintEndingBeforeItStartsIsRefusedOnItsEndField() throws Exception {
		Document page = refused(post("/delivery/squads/" + this.scene.squadId() + "/sprints").param("name", "Sprint 9")
			.param("startDate", "2027-03-10")
			.param("endDate", "2027-03-01"));
		assertThat(page.getElementById("sprint-name").val()).isEqualTo("Sprint 9");
		assertThat(page.getElementById("sprint-endDate").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.getElementById("form-errors").text()).doesNotContain("endDate");
	}

	@Test
	void aBacklogItemWithoutTitleAndWithBadPointsShowsBothErrorsAndKeepsTheLabels() throws Exception {
		Document page = refused(post("/delivery/squads/" + this.scene.squadId() + "/items").param("type", "BUG")
			.param("title", "")
			.param("storyPoints", "lots")
			.param("labels", "payments, urgent")
			.param("lang", "en"));
		assertThat(page.getElementById("new-labels").val()).isEqualTo("payments, urgent");
		assertThat(page.select("#new-type option[selected]").val()).isEqualTo("BUG");
		invalid(page, "new-title", "This cannot be left empty.");
		invalid(page, "new-storyPoints", "Enter a whole number.");
		assertThat(page.getElementById("form-errors").text()).doesNotContain("storyPoints")
			.contains("Story points: Enter a whole number.");
	}

	private Document refused(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		String html = this.mvc.perform(request.with(this.people.as(this.scene.squadMember())).with(csrf()))
			.andExpect(status().isUnprocessableContent())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

	private static void invalid(Document page, String id, String message) {
		Element field = page.getElementById(id);
		assertThat(field.attr("aria-invalid")).as(id + " aria-invalid").isEqualTo("true");
		assertThat(field.attr("aria-describedby")).as(id + " aria-describedby").contains(id + "-error");
		assertThat(page.getElementById(id + "-error").text()).isEqualTo(message);
	}

}
