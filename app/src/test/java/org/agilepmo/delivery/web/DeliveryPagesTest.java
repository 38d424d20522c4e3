package org.agilepmo.delivery.web;

import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.delivery.internal.BacklogService;
import org.agilepmo.delivery.internal.BoardService;
import org.agilepmo.delivery.internal.Category;
import org.agilepmo.delivery.internal.ItemDraft;
import org.agilepmo.delivery.internal.ItemType;
import org.agilepmo.delivery.internal.ItemView;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The delivery pages: a refused board move comes back as a message in the reader's
 * language and changes nothing; a stale form is refused without losing the other change;
 * the keyboard buttons reorder the backlog; the board polls and answers 204 while nothing
 * changed; pages render right to left in Arabic.
 */
@PmoTest
class DeliveryPagesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	BacklogService backlog;

	@Autowired
	BoardService boards;

	@Autowired
	AuditTrail audit;

	DeliveryScene scene;

	@BeforeEach
	void scene() {
		this.scene = new DeliveryScene(this.people, this.organisation);
	}

	ItemView story(String title) {
		return this.backlog.create(this.scene.member(), this.scene.squadId(),
				ItemDraft.simple(ItemType.STORY, title, 2));
	}

	@Test
	void aMoveIntoAFullColumnIsRefusedWithAMessageInTheReadersLanguage() throws Exception {
		var column = this.boards.addColumn(this.scene.member(), this.scene.squadId(), "Étroite", Category.IN_PROGRESS,
				1);
		ItemView first = story("Premier");
		ItemView second = story("Second");
		this.backlog.move(this.scene.member(), first.id(), first.version(), column.id());
		MvcResult refused = this.mvc
			.perform(post("/delivery/items/" + second.id() + "/move").param("version", "0")
				.param("columnId", String.valueOf(column.id()))
				.param("lang", "fr")
				.with(this.people.as(this.scene.squadMember()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("outcome",
					org.hamcrest.Matchers.hasToString(containsString("limite de travail en cours de 1"))))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).endsWith("/board");
		assertThat(this.backlog.get(this.scene.member(), second.id()).columnId()).isNull();
	}

	@Test
	void aStaleFormIsRefusedAndTheOtherChangeStays() throws Exception {
		ItemView item = story("Original");
		this.backlog.edit(this.scene.member(), item.id(), item.version(),
				ItemDraft.simple(ItemType.STORY, "Changed by someone else", 2));
		this.mvc
			.perform(post("/delivery/items/" + item.id()).param("version", String.valueOf(item.version()))
				.param("type", "STORY")
				.param("title", "My stale change")
				.with(this.people.as(this.scene.squadMember()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("outcome",
					org.hamcrest.Matchers.hasToString(containsString("changed this in the meantime"))));
		assertThat(this.backlog.get(this.scene.member(), item.id()).title()).isEqualTo("Changed by someone else");
	}

	@Test
	void theMoveDownButtonReordersTheBacklogAndIsAudited() throws Exception {
		ItemView a = story("A");
		story("B");
		this.mvc
			.perform(post("/delivery/items/" + a.id() + "/step").param("version", "0")
				.param("direction", "1")
				.with(this.people.as(this.scene.squadMember()))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.backlog.backlog(this.scene.member(), this.scene.squadId())).extracting(ItemView::title)
			.containsExactly("B", "A");
		assertThat(this.audit.count(ScreeningLevel.ENHANCED,
				new AuditQuery("delivery-item", String.valueOf(a.id()), null, 0, 50)))
			.isEqualTo(2);
	}

	@Test
	void theLiveKanbanBoardAnswersNoContentUntilSomethingMoves() throws Exception {
		var settings = this.boards.settings(this.scene.member(), this.scene.squadId());
		this.boards.changeSettings(this.scene.member(), this.scene.squadId(), settings.version(),
				org.agilepmo.delivery.internal.BoardMode.KANBAN, java.util.List.of(), java.util.List.of(), 3);
		ItemView card = story("Live");
		String page = this.mvc
			.perform(get("/delivery/squads/" + this.scene.squadId() + "/board")
				.with(this.people.as(this.scene.squadMember())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("hx-trigger=\"every 2s\"");
		String since = page.replaceAll("(?s).*board/live\\?since=([0-9a-f]+).*", "$1");
		String live = "/delivery/squads/" + this.scene.squadId() + "/board/live?since=" + since;
		this.mvc.perform(get(live).with(this.people.as(this.scene.squadMember()))).andExpect(status().isNoContent());
		this.backlog.move(this.scene.member(), card.id(), card.version(),
				this.boards.columns(this.scene.member(), this.scene.squadId()).get(1).id());
		this.mvc.perform(get(live).with(this.people.as(this.scene.squadMember())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Live")))
			.andExpect(content().string(not(containsString("<html"))));
	}

	@Test
	void aSquadsFirstBoardIsNamedInTheLanguageOfWhoeverOpensIt() throws Exception {
		this.mvc
			.perform(get("/delivery/squads/" + this.scene.squadId() + "/board").param("lang", "fr")
				.with(this.people.as(this.scene.squadMember())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("À faire")))
			.andExpect(content().string(containsString("En cours")))
			.andExpect(content().string(containsString("Terminé")));
	}

	@Test
	void theBacklogReadsRightToLeftInArabic() throws Exception {
		story("قصة");
		this.mvc
			.perform(get("/delivery/squads/" + this.scene.squadId() + "/backlog").param("lang", "ar")
				.with(this.people.as(this.scene.squadMember())))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("dir=\"rtl\"")))
			.andExpect(content().string(containsString("قائمة الأعمال")));
	}

}
