package org.agilepmo.web;

import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.delivery.DeliveryFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.intake.IntakeFixtures;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * People, notes, projects and audited objects are shown and chosen by their names, never
 * by their numbers: the assessor of a note, the notes it requires, the project a backlog
 * item serves, and the audit trail's actions and kinds.
 */
@PmoTest
class NamesInsteadOfIdsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	IntakeFixtures intake;

	@Autowired
	DeliveryFixtures delivery;

	@Autowired
	OrganisationManagement organisation;

	@Test
	void anAssessedNoteNamesItsAssessorAndOffersOtherNotesByTitle() throws Exception {
		PersonSummary member = this.people.person("member", ScreeningLevel.BASIC);
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		IntakeFixtures.NoteRef other = this.intake.submitted(member, "Visa kiosks", Classification.PUBLIC);
		IntakeFixtures.NoteRef note = this.intake.assessedAndScored(member, pmo, "Online visas", "EUR", 1.0);
		Document page = page("/intake/" + note.id(), pmo, "en");
		String assessedBy = page.select("dt:containsOwn(Assessed by) + dd").text();
		assertThat(assessedBy).startsWith(pmo.displayName()).doesNotContain("#");
		assertThat(page.select("label[for=requires]").text()).isEqualTo("Requires the notes").doesNotContain("number");
		assertThat(page.select("select#requires option[value=" + other.id() + "]").text()).isEqualTo("Visa kiosks");
	}

	@Test
	void aBacklogItemChoosesItsProjectByCodeAndName() throws Exception {
		DeliveryScene scene = new DeliveryScene(this.people, this.organisation);
		long item = this.delivery.story(scene.squadMember(), scene.squadId(), "Pay by card");
		Document page = page("/delivery/items/" + item, scene.squadMember(), "fr");
		assertThat(page.select("label[for=project]").text()).isEqualTo("Projet");
		assertThat(page.select("select#project")).hasSize(1);
		assertThat(page.select("input#project")).isEmpty();
	}

	@Test
	void theAuditTrailTellsWhatWasDoneInTheReadersLanguageAndFiltersByKind() throws Exception {
		PersonSummary admin = this.people.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		this.people.person("newcomer", ScreeningLevel.BASIC);
		Document page = page("/audit?entityType=account", admin, "fr");
		assertThat(page.select("#audit-table tbody").text()).contains("Compte : création")
			.doesNotContain("account.created");
		assertThat(page.select("select#entityType option[value=project]").text()).isEqualTo("Projet");
		assertThat(page.select("select#entityType option[selected]").val()).isEqualTo("account");
		assertThat(page.select("input#entityType")).isEmpty();
	}

	private Document page(String path, PersonSummary person, String language) throws Exception {
		String html = this.mvc.perform(get(path).param("lang", language).with(this.people.as(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return Jsoup.parse(html);
	}

}
