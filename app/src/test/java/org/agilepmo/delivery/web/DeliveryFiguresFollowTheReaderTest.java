package org.agilepmo.delivery.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.jayway.jsonpath.JsonPath;
import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.delivery.internal.BacklogService;
import org.agilepmo.delivery.internal.BoardService;
import org.agilepmo.delivery.internal.Category;
import org.agilepmo.delivery.internal.ChartService;
import org.agilepmo.delivery.internal.CumulativeFlow;
import org.agilepmo.delivery.internal.ItemDraft;
import org.agilepmo.delivery.internal.ItemType;
import org.agilepmo.delivery.internal.ItemView;
import org.agilepmo.delivery.internal.ReleaseService;
import org.agilepmo.delivery.internal.SprintService.Planning;
import org.agilepmo.delivery.internal.SprintService;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Counts, sums and charts of delivery work include only the items the reader may see: a
 * squad's sprint holds a 3-point story anyone in the squad sees and an 8-point story of a
 * CONFIDENTIAL project. A squad member without screening gets every figure without the 8
 * points (planning totals, burndown and burnup, velocity, cumulative flow, cycle time,
 * board WIP, release and epic progress, on the API and the pages); a member cleared for
 * the project gets them with it.
 */
@PmoTest
class DeliveryFiguresFollowTheReaderTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	BacklogService backlog;

	@Autowired
	BoardService boards;

	@Autowired
	SprintService sprints;

	@Autowired
	ReleaseService releases;

	DeliveryScene scene;

	PersonSummary cleared;

	PersonSummary unscreened;

	long sprintId;

	long releaseId;

	long hiddenId;

	long wipColumnId;

	@BeforeEach
	void scene() {
		this.scene = new DeliveryScene(this.people, this.organisation);
		PortfolioScene portfolios = this.portfolioFixtures.scene();
		PortfolioScene.ProjectRef secret = portfolios.project(portfolios.portfolio().id(), Classification.CONFIDENTIAL);
		this.cleared = this.people.person("cleared", ScreeningLevel.ENHANCED);
		this.unscreened = this.people.person("unscreened", ScreeningLevel.NONE);
		for (PersonSummary p : List.of(this.cleared, this.unscreened)) {
			this.people.actingAs(this.scene.administrator(),
					() -> this.organisation.addMember(this.scene.squadId(), p.id()));
		}
		portfolios.giveProjectRole(secret.id(), this.cleared, ProjectRole.TEAM_MEMBER);
		Actor lead = DeliveryScene.actor(this.cleared);
		long squad = this.scene.squadId();

		this.releaseId = this.releases.create(lead, squad, "R1", null, null).id();
		ItemView epic = this.backlog.create(lead, squad, ItemDraft.simple(ItemType.EPIC, "Epic", null));
		ItemView shown = this.backlog.create(lead, squad, new ItemDraft(ItemType.STORY, "Shown", null, null, 3,
				epic.id(), null, null, null, this.releaseId, Set.of()));
		ItemView hidden = this.backlog.create(lead, squad, new ItemDraft(ItemType.STORY, "Hidden", null, null, 8,
				epic.id(), secret.id(), null, null, this.releaseId, Set.of()));
		this.hiddenId = hidden.id();
		ItemView hiddenInProgress = this.backlog.create(lead, squad, new ItemDraft(ItemType.STORY, "Hidden too", null,
				null, 5, null, secret.id(), null, null, null, Set.of()));

		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		var sprint = this.sprints.plan(lead, squad, "Sprint 1", null, today, today.plusDays(13));
		this.sprintId = sprint.id();
		this.backlog.plan(lead, shown.id(), shown.version(), sprint.id());
		this.backlog.plan(lead, hidden.id(), hidden.version(), sprint.id());
		sprint = this.sprints.start(lead, sprint.id(), sprint.version());
		var done = this.boards.columns(lead, squad)
			.stream()
			.filter(c -> c.category() == Category.DONE)
			.findFirst()
			.orElseThrow();
		for (long id : List.of(shown.id(), hidden.id())) {
			ItemView item = this.backlog.get(lead, id);
			this.backlog.move(lead, id, item.version(), done.id());
		}
		this.sprints.close(lead, sprint.id(), sprint.version());
		this.wipColumnId = this.boards.addColumn(lead, squad, "Testing", Category.IN_PROGRESS, 1).id();
		ItemView again = this.backlog.get(lead, hiddenInProgress.id());
		this.backlog.move(lead, again.id(), again.version(), this.wipColumnId);
	}

	Object json(PersonSummary reader, String url, String path) throws Exception {
		String body = this.mvc.perform(get(url).with(this.people.as(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JsonPath.read(body, path);
	}

	Map<String, Object> page(PersonSummary reader, String url) throws Exception {
		return this.mvc.perform(get(url).with(this.people.as(reader)))
			.andExpect(status().isOk())
			.andReturn()
			.getModelAndView()
			.getModel();
	}

	@Test
	void sprintPlanningTotalsCountOnlyVisibleItems() throws Exception {
		String planning = "/api/v1/sprints/" + this.sprintId + "/planning";
		assertThat(json(this.unscreened, planning, "$.items.length()")).isEqualTo(1);
		assertThat(json(this.unscreened, planning, "$.plan.committedPoints")).isEqualTo(3);
		assertThat(json(this.unscreened, planning, "$.sprint.committedPoints")).isEqualTo(3);
		assertThat(json(this.unscreened, planning, "$.sprint.completedPoints")).isEqualTo(3);
		assertThat(json(this.cleared, planning, "$.plan.committedPoints")).isEqualTo(11);
		assertThat(json(this.cleared, planning, "$.sprint.committedPoints")).isEqualTo(11);
		assertThat(json(this.cleared, planning, "$.sprint.completedPoints")).isEqualTo(11);
		String sprint = "/api/v1/sprints/" + this.sprintId;
		assertThat(json(this.unscreened, sprint, "$.committedPoints")).isEqualTo(3);
		assertThat(json(this.cleared, sprint, "$.committedPoints")).isEqualTo(11);
		String list = "/api/v1/squads/" + this.scene.squadId() + "/sprints";
		assertThat(json(this.unscreened, list, "$[0].completedPoints")).isEqualTo(3);
		assertThat(json(this.cleared, list, "$[0].completedPoints")).isEqualTo(11);

		Planning seen = (Planning) page(this.unscreened, "/delivery/sprints/" + this.sprintId).get("planning");
		assertThat(seen.plan().committedPoints()).isEqualTo(3);
		assertThat(seen.sprint().committedPoints()).isEqualTo(3);
		Planning all = (Planning) page(this.cleared, "/delivery/sprints/" + this.sprintId).get("planning");
		assertThat(all.plan().committedPoints()).isEqualTo(11);
	}

	@Test
	void burndownAndBurnupCountOnlyVisibleItems() throws Exception {
		String burn = "/api/v1/sprints/" + this.sprintId + "/burndown";
		assertThat(json(this.unscreened, burn, "$[0].scope")).isEqualTo(3);
		assertThat(json(this.unscreened, burn, "$[0].done")).isEqualTo(3);
		assertThat(json(this.cleared, burn, "$[0].scope")).isEqualTo(11);
		assertThat(json(this.cleared, burn, "$[0].done")).isEqualTo(11);
		String sprintPage = "/delivery/sprints/" + this.sprintId;
		assertThat(page(this.unscreened, sprintPage).get("burnupChart").toString()).contains("\"data\":[3,")
			.doesNotContain("\"data\":[11,");
		assertThat(page(this.cleared, sprintPage).get("burnupChart").toString()).contains("\"data\":[11,");
	}

	@Test
	void velocityFlowAndCycleTimeCountOnlyVisibleItems() throws Exception {
		String squad = "/api/v1/squads/" + this.scene.squadId();
		assertThat(json(this.unscreened, squad + "/velocity", "$.sprints[0].committed")).isEqualTo(3);
		assertThat(json(this.unscreened, squad + "/velocity", "$.sprints[0].completed")).isEqualTo(3);
		assertThat(json(this.unscreened, squad + "/velocity", "$.velocity.average")).isEqualTo(3.0);
		assertThat(json(this.cleared, squad + "/velocity", "$.sprints[0].completed")).isEqualTo(11);
		assertThat(json(this.cleared, squad + "/velocity", "$.velocity.average")).isEqualTo(11.0);

		assertThat(json(this.unscreened, squad + "/cumulative-flow", "$[-1].done")).isEqualTo(1);
		assertThat(json(this.unscreened, squad + "/cumulative-flow", "$[-1].inProgress")).isEqualTo(0);
		assertThat(json(this.cleared, squad + "/cumulative-flow", "$[-1].done")).isEqualTo(2);
		assertThat(json(this.cleared, squad + "/cumulative-flow", "$[-1].inProgress")).isEqualTo(1);

		assertThat(json(this.unscreened, squad + "/cycle-time", "$.cycles.length()")).isEqualTo(1);
		assertThat(json(this.unscreened, squad + "/cycle-time", "$.cycles[*].itemId").toString())
			.doesNotContain(String.valueOf(this.hiddenId));
		assertThat(json(this.cleared, squad + "/cycle-time", "$.cycles.length()")).isEqualTo(2);

		String charts = "/delivery/squads/" + this.scene.squadId() + "/charts";
		Map<String, Object> seen = page(this.unscreened, charts);
		assertThat(((ChartService.VelocityChart) seen.get("velocity")).velocity().average()).isEqualTo(3.0);
		@SuppressWarnings("unchecked")
		List<CumulativeFlow.Day> flow = (List<CumulativeFlow.Day>) seen.get("flow");
		assertThat(flow.get(flow.size() - 1).done()).isEqualTo(1);
		assertThat(((ChartService.CycleChart) seen.get("cycle")).cycles()).hasSize(1);
		assertThat(seen.get("cycleChart").toString()).doesNotContain("#" + this.hiddenId);
		Map<String, Object> all = page(this.cleared, charts);
		assertThat(((ChartService.VelocityChart) all.get("velocity")).velocity().average()).isEqualTo(11.0);
		assertThat(((ChartService.CycleChart) all.get("cycle")).cycles()).hasSize(2);

		String sprintsPage = "/delivery/squads/" + this.scene.squadId() + "/sprints";
		assertThat(page(this.unscreened, sprintsPage).get("velocity").toString()).contains("average=3.0");
		assertThat(page(this.cleared, sprintsPage).get("velocity").toString()).contains("average=11.0");
	}

	@Test
	void boardWipReleaseAndEpicProgressCountOnlyVisibleItems() throws Exception {
		String board = "/api/v1/squads/" + this.scene.squadId() + "/board";
		String testing = "$.columns[?(@.column.id == " + this.wipColumnId + ")].full";
		assertThat(json(this.unscreened, board, testing).toString()).isEqualTo("[false]");
		assertThat(json(this.cleared, board, testing).toString()).isEqualTo("[true]");

		String release = "/api/v1/releases/" + this.releaseId;
		assertThat(json(this.unscreened, release, "$.scopePoints")).isEqualTo(3);
		assertThat(json(this.unscreened, release, "$.donePoints")).isEqualTo(3);
		assertThat(json(this.unscreened, release, "$.velocity.average")).isEqualTo(3.0);
		assertThat(json(this.cleared, release, "$.scopePoints")).isEqualTo(11);
		String squadReleases = "/api/v1/squads/" + this.scene.squadId() + "/releases";
		assertThat(json(this.unscreened, squadReleases, "$[0].scopePoints")).isEqualTo(3);

		String epics = "/api/v1/tribes/" + this.scene.tribeId() + "/epics";
		assertThat(json(this.unscreened, epics, "$[0].points")).isEqualTo(3);
		assertThat(json(this.unscreened, epics, "$[0].items")).isEqualTo(1);
		assertThat(json(this.cleared, epics, "$[0].points")).isEqualTo(11);
		assertThat(json(this.cleared, epics, "$[0].items")).isEqualTo(2);
	}

}
