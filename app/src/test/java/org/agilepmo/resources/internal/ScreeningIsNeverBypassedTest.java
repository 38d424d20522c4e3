package org.agilepmo.resources.internal;

import java.time.LocalDate;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.resources.ResourcesFixtures;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A confidential project's staffing: nobody whose screening does not clear it is ever a
 * candidate, proposed or allocated; and its hours are neither named nor counted for a
 * reader who may not see it, not in the heatmap, not in a drill-down, not through the
 * request.
 */
@PmoTest
class ScreeningIsNeverBypassedTest {

	static final LocalDate FIRST = LocalDate.of(2031, 6, 2);

	static final LocalDate LAST = LocalDate.of(2031, 6, 29);

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	ResourcesFixtures resources;

	@Autowired
	StaffingService staffing;

	@Autowired
	CapacityService capacity;

	PersonSummary head;

	PersonSummary manager;

	PersonSummary cleared;

	PersonSummary unscreened;

	long centre;

	long skill;

	long clearedResource;

	long unscreenedResource;

	long project;

	@BeforeEach
	void scene() {
		PortfolioScene scene = this.portfolios.scene();
		this.head = this.people.person("head", ScreeningLevel.ENHANCED);
		this.manager = this.people.person("pm", ScreeningLevel.ENHANCED);
		this.cleared = this.people.person("cleared", ScreeningLevel.ENHANCED);
		this.unscreened = this.people.person("unscreened", ScreeningLevel.NONE);
		this.centre = this.resources.centre("Screened centre", this.head);
		this.skill = this.resources.skill("Java");
		this.clearedResource = this.resources.profile(this.cleared, this.centre, "XE", 100);
		this.unscreenedResource = this.resources.profile(this.unscreened, this.centre, "XE", 100);
		this.resources.rate(this.clearedResource, this.skill, 3);
		// The better fit on paper: level 5 and free.
		this.resources.rate(this.unscreenedResource, this.skill, 5);
		this.project = scene
			.project(scene.portfolio().id(), Classification.CONFIDENTIAL,
					d -> PortfolioScene.withManager(d, this.manager.id()))
			.id();
		scene.giveProjectRole(this.project, this.head, ProjectRole.VIEWER);
	}

	@Test
	void anUnscreenedPersonIsNeverACandidateNorProposedNorAllocated() {
		long request = this.resources.request(this.manager, this.project, null, this.centre, this.skill, 3, null,
				ScreeningLevel.NONE, FIRST, LAST);

		assertThat(this.staffing.candidates(IdentityFixtures.actor(this.head), request))
			.extracting(Candidate::resourceId)
			.contains(this.clearedResource)
			.doesNotContain(this.unscreenedResource);
		assertThatThrownBy(() -> this.resources.propose(this.head, request, this.unscreenedResource))
			.isInstanceOf(RuleViolationException.class)
			.extracting("messageKey")
			.isEqualTo("resources.error.notACandidate");
		assertThatThrownBy(
				() -> this.resources.allocate(this.unscreenedResource, this.project, null, FIRST, LAST, true, "50"))
			.isInstanceOf(RuleViolationException.class)
			.extracting("messageKey")
			.isEqualTo("resources.error.notCleared");
	}

	@Test
	void theConfidentialProjectsHoursAreNeitherNamedNorCountedForAReaderWhoMayNotSeeIt() {
		this.resources.allocate(this.clearedResource, this.project, null, FIRST, LAST, true, "50");
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		PersonSummary lowPmo = this.people.person("low-pmo", ScreeningLevel.BASIC, GlobalRole.PMO_OFFICER);

		assertThat(this.capacity.drill(IdentityFixtures.actor(pmo), GroupBy.PERSON, this.clearedResource, FIRST, LAST))
			.extracting(DrillLine::kind, DrillLine::id)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("project", this.project));
		assertThat(demand(pmo)).isEqualTo(80.0);

		assertThat(
				this.capacity.drill(IdentityFixtures.actor(lowPmo), GroupBy.PERSON, this.clearedResource, FIRST, LAST))
			.isEmpty();
		assertThat(this.capacity.drill(IdentityFixtures.actor(lowPmo), GroupBy.CENTRE, this.centre, FIRST, LAST))
			.isEmpty();
		assertThat(demand(lowPmo)).as("not counted either").isZero();
	}

	@Test
	void aRequestForTheConfidentialProjectIsInvisibleToAHeadWhoseScreeningDoesNotClearIt() {
		PersonSummary lowHead = this.people.person("low-head", ScreeningLevel.BASIC);
		long lowCentre = this.resources.centre("Low centre", lowHead);
		long request = this.resources.request(this.manager, this.project, null, lowCentre, this.skill, 3, null,
				ScreeningLevel.NONE, FIRST, LAST);

		assertThatThrownBy(() -> this.staffing.get(IdentityFixtures.actor(lowHead), request))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> this.staffing.candidates(IdentityFixtures.actor(lowHead), request))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.staffing.list(IdentityFixtures.actor(lowHead), false)).extracting(RequestView::id)
			.doesNotContain(request);
		assertThat(this.staffing.waitingFor(IdentityFixtures.actor(lowHead))).extracting(RequestView::id)
			.doesNotContain(request);
	}

	private double demand(PersonSummary reader) {
		CapacityFigures figures = this.capacity.figures(IdentityFixtures.actor(reader),
				new CapacityService.Query(GroupBy.CENTRE, Granularity.MONTH, FIRST, LAST, this.centre, null));
		return figures.rows().stream().mapToDouble(r -> r.demand()[0]).sum();
	}

}
