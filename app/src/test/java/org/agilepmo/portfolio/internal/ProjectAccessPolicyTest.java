package org.agilepmo.portfolio.internal;

import java.util.EnumSet;
import java.util.Set;

import org.agilepmo.portfolio.PortfolioRole;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.portfolio.internal.ProjectAccessPolicy.Standing;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The access rule in isolation: deny by default; screening AND a role; editing takes a
 * managing role on a visible project.
 */
class ProjectAccessPolicyTest {

	static Actor person(ScreeningLevel screening, GlobalRole... roles) {
		Set<GlobalRole> set = EnumSet.of(GlobalRole.MEMBER);
		set.addAll(Set.of(roles));
		return new Actor(42, "someone", "Some One", screening, set);
	}

	static Standing standing(Classification c, PortfolioRole portfolioRole, ProjectRole... projectRoles) {
		return new Standing(c, Set.of(projectRoles), portfolioRole);
	}

	@Test
	void nobodySeesAProjectWithoutARole() {
		assertThat(ProjectAccessPolicy.maySee(person(ScreeningLevel.ENHANCED), standing(Classification.PUBLIC, null)))
			.isFalse();
		assertThat(ProjectAccessPolicy.maySee(person(ScreeningLevel.ENHANCED, GlobalRole.AUDITOR),
				standing(Classification.PUBLIC, null)))
			.isFalse();
	}

	@ParameterizedTest(name = "{0} screening, {1} project: visible={2}")
	@CsvSource({ "NONE,PUBLIC,true", "NONE,RESTRICTED,false", "NONE,CONFIDENTIAL,false", "BASIC,PUBLIC,true",
			"BASIC,RESTRICTED,true", "BASIC,CONFIDENTIAL,false", "ENHANCED,PUBLIC,true", "ENHANCED,RESTRICTED,true",
			"ENHANCED,CONFIDENTIAL,true" })
	void screeningMustClearTheClassificationWhateverTheRole(ScreeningLevel screening, Classification classification,
			boolean visible) {
		assertThat(ProjectAccessPolicy.maySee(person(screening), standing(classification, null, ProjectRole.VIEWER)))
			.isEqualTo(visible);
		assertThat(
				ProjectAccessPolicy.maySee(person(screening, GlobalRole.ADMINISTRATOR), standing(classification, null)))
			.isEqualTo(visible);
		assertThat(
				ProjectAccessPolicy.maySee(person(screening), standing(classification, PortfolioRole.PORTFOLIO_VIEWER)))
			.isEqualTo(visible);
	}

	@ParameterizedTest
	@EnumSource(ProjectRole.class)
	void anyProjectRoleGivesSightButOnlyTheProjectManagerMayEdit(ProjectRole role) {
		Actor actor = person(ScreeningLevel.NONE);
		Standing standing = standing(Classification.PUBLIC, null, role);

		assertThat(ProjectAccessPolicy.maySee(actor, standing)).isTrue();
		assertThat(ProjectAccessPolicy.mayEdit(actor, standing)).isEqualTo(role == ProjectRole.PROJECT_MANAGER);
	}

	@Test
	void portfolioManagersEditAndPortfolioViewersOnlySee() {
		Actor actor = person(ScreeningLevel.BASIC);

		assertThat(ProjectAccessPolicy.mayEdit(actor,
				standing(Classification.RESTRICTED, PortfolioRole.PORTFOLIO_MANAGER)))
			.isTrue();
		assertThat(
				ProjectAccessPolicy.mayEdit(actor, standing(Classification.RESTRICTED, PortfolioRole.PORTFOLIO_VIEWER)))
			.isFalse();
		assertThat(
				ProjectAccessPolicy.maySee(actor, standing(Classification.RESTRICTED, PortfolioRole.PORTFOLIO_VIEWER)))
			.isTrue();
	}

	@Test
	void aProjectManagerWhoseScreeningIsTooLowNeitherSeesNorEdits() {
		Actor actor = person(ScreeningLevel.BASIC);
		Standing standing = standing(Classification.CONFIDENTIAL, PortfolioRole.PORTFOLIO_MANAGER,
				ProjectRole.PROJECT_MANAGER);

		assertThat(ProjectAccessPolicy.maySee(actor, standing)).isFalse();
		assertThat(ProjectAccessPolicy.mayEdit(actor, standing)).isFalse();
	}

	@Test
	void administratorsAndPmoOfficersEditWhatTheirScreeningClears() {
		assertThat(ProjectAccessPolicy.mayEdit(person(ScreeningLevel.BASIC, GlobalRole.PMO_OFFICER),
				standing(Classification.RESTRICTED, null)))
			.isTrue();
		assertThat(ProjectAccessPolicy.mayEdit(person(ScreeningLevel.BASIC, GlobalRole.ADMINISTRATOR),
				standing(Classification.CONFIDENTIAL, null)))
			.isFalse();
	}

	@Test
	void creatingTakesAPortfolioWideRoleOrManagingTheTargetPortfolio() {
		assertThat(ProjectAccessPolicy.mayCreateIn(person(ScreeningLevel.NONE, GlobalRole.PMO_OFFICER), null)).isTrue();
		assertThat(ProjectAccessPolicy.mayCreateIn(person(ScreeningLevel.NONE, GlobalRole.ADMINISTRATOR), null))
			.isTrue();
		assertThat(ProjectAccessPolicy.mayCreateIn(person(ScreeningLevel.NONE), PortfolioRole.PORTFOLIO_MANAGER))
			.isTrue();
		assertThat(ProjectAccessPolicy.mayCreateIn(person(ScreeningLevel.NONE), PortfolioRole.PORTFOLIO_VIEWER))
			.isFalse();
		assertThat(ProjectAccessPolicy.mayCreateIn(person(ScreeningLevel.ENHANCED), null)).isFalse();
	}

	@Test
	void portfoliosAreVisibleByRoleOrThroughAVisibleProject() {
		Actor member = person(ScreeningLevel.NONE);

		assertThat(PortfolioAccessPolicy.maySee(member, null, false)).isFalse();
		assertThat(PortfolioAccessPolicy.maySee(member, null, true)).isTrue();
		assertThat(PortfolioAccessPolicy.maySee(member, PortfolioRole.PORTFOLIO_VIEWER, false)).isTrue();
		assertThat(PortfolioAccessPolicy.maySee(person(ScreeningLevel.NONE, GlobalRole.PMO_OFFICER), null, false))
			.isTrue();
		assertThat(PortfolioAccessPolicy.mayManagePortfolios(member)).isFalse();
		assertThat(PortfolioAccessPolicy.mayManageProgrammes(member, PortfolioRole.PORTFOLIO_MANAGER)).isTrue();
		assertThat(PortfolioAccessPolicy.mayManageProgrammes(member, PortfolioRole.PORTFOLIO_VIEWER)).isFalse();
	}

}
