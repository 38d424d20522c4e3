package org.agilepmo.delivery.web;

import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.delivery.internal.BacklogImport;
import org.agilepmo.delivery.internal.BacklogService;
import org.agilepmo.delivery.internal.BoardService;
import org.agilepmo.delivery.internal.Category;
import org.agilepmo.delivery.internal.ItemDraft;
import org.agilepmo.delivery.internal.ItemType;
import org.agilepmo.delivery.internal.ItemView;
import org.agilepmo.delivery.internal.SprintService;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Assigning a backlog item from its page (by username or by name), seeing it on the board
 * and in the "assigned to me" view, importing an assignee from CSV; the board's default
 * columns in the reader's language; the Delivery page offers only the squads a person may
 * open.
 */
@PmoTest
class AssigneeAndSquadListTest {

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
	SprintService sprints;

	@Autowired
	BacklogImport imports;

	DeliveryScene scene;

	@BeforeEach
	void scene() {
		this.scene = new DeliveryScene(this.people, this.organisation);
	}

	@Test
	void anItemAssignedOnItsPageShowsOnTheBoardAndInAssignedToMe() throws Exception {
		PersonSummary dev = this.scene.squadMember();
		ItemView mine = this.backlog.create(this.scene.member(), this.scene.squadId(),
				ItemDraft.simple(ItemType.STORY, "Mine to do", 3));
		this.backlog.create(this.scene.member(), this.scene.squadId(),
				ItemDraft.simple(ItemType.STORY, "Someone else's", 2));
		this.mvc
			.perform(post("/delivery/items/" + mine.id()).param("version", String.valueOf(mine.version()))
				.param("type", "STORY")
				.param("title", "Mine to do")
				.param("assignee", dev.username())
				.with(this.people.as(dev))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.backlog.get(this.scene.member(), mine.id()).assigneeId()).isEqualTo(dev.id());

		String filtered = page("/delivery/squads/" + this.scene.squadId() + "/backlog?mine=true", dev, "en");
		assertThat(filtered).contains(">Mine to do</a>").doesNotContain(">Someone else&#39;s</a>");
		assertThat(page("/delivery/squads/" + this.scene.squadId() + "/backlog", dev, "en"))
			.contains(">Someone else&#39;s</a>");

		var sprint = this.sprints.plan(this.scene.member(), this.scene.squadId(), "S1", null, java.time.LocalDate.now(),
				java.time.LocalDate.now().plusDays(9));
		ItemView now = this.backlog.get(this.scene.member(), mine.id());
		this.backlog.plan(this.scene.member(), mine.id(), now.version(), sprint.id());
		this.sprints.start(this.scene.member(), sprint.id(),
				this.sprints.get(this.scene.member(), sprint.id()).version());
		String board = page("/delivery/squads/" + this.scene.squadId() + "/board", dev, "en");
		assertThat(board).contains("Assigned to " + dev.displayName()).contains("To do").contains("In progress");
		assertThat(page("/delivery/squads/" + this.scene.squadId() + "/board", dev, "fr")).contains("À faire");

		ItemView again = this.backlog.get(this.scene.member(), mine.id());
		this.mvc
			.perform(post("/delivery/items/" + mine.id()).param("version", String.valueOf(again.version()))
				.param("type", "STORY")
				.param("title", "Mine to do")
				.param("assignee", "")
				.with(this.people.as(dev))
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.backlog.get(this.scene.member(), mine.id()).assigneeId()).isNull();
	}

	@Test
	void theDefaultColumnsAreThereFromTheSquadsCreationAndNamedInTheReadersLanguage() {
		assertThat(this.boards.columns(this.scene.member(), this.scene.squadId()))
			.extracting(BoardService.ColumnView::category)
			.containsExactly(Category.TODO, Category.IN_PROGRESS, Category.IN_PROGRESS, Category.DONE);
		org.springframework.context.i18n.LocaleContextHolder.setLocale(java.util.Locale.forLanguageTag("ar"));
		try {
			assertThat(this.boards.columns(this.scene.member(), this.scene.squadId()).get(0).name())
				.isEqualTo("قيد الانتظار");
		}
		finally {
			org.springframework.context.i18n.LocaleContextHolder.resetLocaleContext();
		}
	}

	@Test
	void aCsvAssigneeIsFoundByUsernameAndAnUnknownOneFailsTheRow() {
		PersonSummary dev = this.scene.squadMember();
		this.imports.importCsv(this.scene.member(), this.scene.squadId(),
				"Summary,Issue Type,Assignee\nImported story,Story," + dev.username() + "\n");
		assertThat(this.backlog.backlog(this.scene.member(), this.scene.squadId()))
			.filteredOn(i -> i.title().equals("Imported story"))
			.extracting(ItemView::assigneeId)
			.containsExactly(dev.id());
		org.assertj.core.api.Assertions.assertThatThrownBy(() -> this.imports.importCsv(this.scene.member(),
				this.scene.squadId(), "Summary,Issue Type,Assignee\nOther story,Story,nobody-at-all\n"))
			.hasMessageContaining("row 2");
	}

	@Test
	void theDeliveryPageOffersOnlyTheSquadsThePersonMayOpen() throws Exception {
		DeliveryScene other = new DeliveryScene(this.people, this.organisation);
		PersonSummary dev = this.scene.squadMember();
		String page = page("/delivery", dev, "en");
		assertThat(page).contains("/delivery/squads/" + this.scene.squadId() + "/board")
			.doesNotContain("/delivery/squads/" + other.squadId() + "/")
			.doesNotContain("/delivery/tribes/" + other.tribeId());
		PersonSummary stranger = this.people.person("stranger", ScreeningLevel.NONE);
		assertThat(page("/delivery", stranger, "en")).doesNotContain("/delivery/squads/" + this.scene.squadId());
	}

	private String page(String path, PersonSummary person, String lang) throws Exception {
		return this.mvc
			.perform(get(path).with(this.people.as(person)).cookie(new jakarta.servlet.http.Cookie("PMO_LANG", lang)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
