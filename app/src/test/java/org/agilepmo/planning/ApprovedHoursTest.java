package org.agilepmo.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.planning.PlanResources.Assignment;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.resources.TimesheetFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A developer's approved timesheet hours on a plan activity become the actual work of the
 * activity's assignment of the plan resource that stands for the developer: 6 + 6 hours
 * on a two-day task leave 4 hours of remaining work, and a second week beyond the
 * estimate makes the work grow. Hours of a colleague with no plan resource change
 * nothing.
 */
@PmoTest
@Import(TimesheetFixtures.class)
class ApprovedHoursTest {

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	PlanningFixtures planning;

	@Autowired
	TimesheetFixtures timesheets;

	@Autowired
	PlanResources staffing;

	@Test
	void approvedHoursBecomeTheAssignmentsActualWork() {
		PortfolioScene scene = this.portfolios.scene();
		PersonSummary pm = scene.person("pm", ScreeningLevel.BASIC);
		long projectId = scene
			.project(scene.portfolio().id(), Classification.PUBLIC, d -> PortfolioScene.withManager(d, pm.id()))
			.id();
		PersonSummary dev = scene.person("dev", ScreeningLevel.BASIC);
		PersonSummary other = scene.person("other", ScreeningLevel.BASIC);
		scene.giveProjectRole(projectId, dev, ProjectRole.TEAM_MEMBER);
		scene.giveProjectRole(projectId, other, ProjectRole.TEAM_MEMBER);
		long build = this.planning.task(pm, projectId, "Build", 960);
		this.planning.startOn(pm, projectId, LocalDateTime.of(2026, 3, 2, 8, 0));
		long developer = this.planning.resourceFor(pm, projectId, "Developer", dev);
		long assignment = this.planning.assignment(pm, projectId, build, developer, BigDecimal.ONE);
		assertThat(assignment(pm, projectId, assignment).workMinutes()).isEqualTo(960L);

		this.timesheets.approvedWeekOnActivity(dev, pm, LocalDate.of(2026, 3, 2), build, "6", "6", "0", "0", "0", "0",
				"0");
		Assignment afterOneWeek = assignment(pm, projectId, assignment);
		assertThat(afterOneWeek.actualWorkMinutes()).isEqualTo(720L);
		assertThat(afterOneWeek.remainingWorkMinutes()).isEqualTo(240L);
		assertThat(afterOneWeek.workMinutes()).isEqualTo(960L);

		this.timesheets.approvedWeekOnActivity(other, pm, LocalDate.of(2026, 3, 2), build, "8", "0", "0", "0", "0", "0",
				"0");
		assertThat(assignment(pm, projectId, assignment)).isEqualTo(afterOneWeek);

		this.timesheets.approvedWeekOnActivity(dev, pm, LocalDate.of(2026, 3, 9), build, "2", "3.5", "0", "0", "0", "0",
				"0");
		Assignment afterTwoWeeks = assignment(pm, projectId, assignment);
		assertThat(afterTwoWeeks.actualWorkMinutes()).isEqualTo(1050L);
		assertThat(afterTwoWeeks.remainingWorkMinutes()).isZero();
		assertThat(afterTwoWeeks.workMinutes()).as("more work done than estimated: the work grows").isEqualTo(1050L);
	}

	private Assignment assignment(PersonSummary reader, long projectId, long assignmentId) {
		return this.identity.actingAs(reader, () -> this.staffing.staffing(IdentityFixtures.actor(reader), projectId))
			.assignments()
			.stream()
			.filter(a -> a.id() == assignmentId)
			.findFirst()
			.orElseThrow();
	}

}
