package org.agilepmo.governance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.agilepmo.intake.CarriedEstimate;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Classification;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the roadmap puts each project, and the dashboard's counts and sums. */
class RoadmapAndDashboardTest {

	static ProjectOverview project(long id, String portfolio, Long programmeId, String programme, Stage stage,
			Health health, LocalDate start, LocalDate finish) {
		return new ProjectOverview(id, "P" + id, "Project " + id, portfolio.hashCode(), portfolio, programmeId,
				programme, stage, health, start, finish, Classification.PUBLIC);
	}

	@Test
	void barsArePlacedInPercentOfTheSpanFromTheFirstMonthToAfterTheLastOne() {
		// 1 Jan to 1 Mar 2027 = 59 days; project two runs 1 Feb to 28 Feb (28 days)
		Roadmap roadmap = Roadmap.of(List.of(
				project(1, "A", null, null, Stage.PLANNING, Health.GREEN, LocalDate.of(2027, 1, 10),
						LocalDate.of(2027, 1, 20)),
				project(2, "A", null, null, Stage.PLANNING, Health.GREEN, LocalDate.of(2027, 2, 1),
						LocalDate.of(2027, 2, 28))));
		assertThat(roadmap.from()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(roadmap.to()).isEqualTo(LocalDate.of(2027, 3, 1));
		Roadmap.Bar second = roadmap.groups().get(0).bars().get(1);
		assertThat(second.x()).isEqualTo(52.54);
		assertThat(second.width()).isEqualTo(47.46);
		assertThat(roadmap.ticks()).extracting(Roadmap.Tick::month)
			.containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 1));
	}

	@Test
	void projectsAreGroupedByPortfolioThenProgrammeAndUndatedOnesHaveNoBar() {
		Roadmap roadmap = Roadmap.of(List.of(project(1, "B", null, null, Stage.CONCEPT, Health.GREEN, null, null),
				project(2, "A", 7L, "Seven", Stage.EXECUTION, Health.RED, LocalDate.of(2027, 1, 1),
						LocalDate.of(2027, 6, 30)),
				project(3, "A", null, null, Stage.EXECUTION, Health.AMBER, LocalDate.of(2027, 3, 1),
						LocalDate.of(2027, 4, 30))));
		assertThat(roadmap.groups()).extracting(g -> g.portfolio() + "/" + g.programme())
			.containsExactly("A/null", "A/Seven", "B/null");
		assertThat(roadmap.groups().get(2).bars().get(0).dated()).isFalse();
	}

	@Test
	void anEmptyRoadmapHasNoSpan() {
		assertThat(Roadmap.of(List.of()).from()).isNull();
		assertThat(Roadmap.of(List.of()).groups()).isEmpty();
	}

	@Test
	void theDashboardCountsByStageAndHealthAndSumsCarriedEstimatesPerPortfolio() {
		List<ProjectOverview> projects = List.of(project(1, "A", null, null, Stage.EXECUTION, Health.GREEN, null, null),
				project(2, "A", null, null, Stage.EXECUTION, Health.RED, null, null),
				project(3, "B", null, null, Stage.CONCEPT, Health.GREEN, null, null));
		Map<Long, CarriedEstimate> estimates = Map.of(1L,
				new CarriedEstimate(1, 10, new BigDecimal("100"), new BigDecimal("120"), new BigDecimal("10"), "EUR",
						BigDecimal.TEN, 1),
				2L,
				new CarriedEstimate(2, 11, null, new BigDecimal("50"), new BigDecimal("5"), "EUR", BigDecimal.ONE, 0));
		PortfolioDashboard d = PortfolioDashboard.of(projects, estimates);
		assertThat(d.byStage().get(Stage.EXECUTION)).isEqualTo(2);
		assertThat(d.byStage().get(Stage.GO_LIVE)).isZero();
		assertThat(d.byHealth().get(Health.GREEN)).isEqualTo(2);
		assertThat(d.money()).hasSize(1);
		PortfolioDashboard.PortfolioMoney a = d.money().get(0);
		assertThat(a.portfolio()).isEqualTo("A");
		assertThat(a.projects()).isEqualTo(2);
		assertThat(a.roughCost()).isEqualByComparingTo("100");
		assertThat(a.oneOff()).isEqualByComparingTo("170");
		assertThat(a.recurringPerYear()).isEqualByComparingTo("15");
		assertThat(a.difference()).isEqualByComparingTo("70");
	}

}
