package org.agilepmo.engine.portfolio;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.portfolio.Portfolios.project;
import static org.agilepmo.engine.portfolio.Portfolios.twoYearsOneSkill;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Budget 2027: 1,000,000; budget 2028: 1,000,000; 10 developers. A is mandatory and takes
 * 600,000 of 2027 and 2 developers, so B (520,000 in 2027) cannot fit.
 */
class ExplanationsTest {

	static Selection selection;

	@BeforeAll
	static void optimise() {
		PortfolioProblem problem = twoYearsOneSkill(1_000_000, 1_000_000, 10,
				project("A", 5, 600_000, 0, 2, Commitment.MANDATORY, Set.of("F"), Set.of()),
				project("B", 10, 520_000, 0, 1), project("C", 3, 0, 0, 0, Commitment.OPTIONAL, Set.of("B"), Set.of()),
				project("D", 100, 0, 0, 0, Commitment.EXCLUDED, Set.of(), Set.of()),
				project("E", 7, 0, 0, 0, Commitment.OPTIONAL, Set.of("D"), Set.of()), project("F", 0, 0, 0, 0),
				project("G", 4, 0, 0, 0, Commitment.OPTIONAL, Set.of(), Set.of("A")), project("H", 2, 0, 100_000, 1),
				project("I", 1, 0, 50_000, 1, Commitment.OPTIONAL, Set.of("H"), Set.of()), project("J", 6, 0, 0, 11));
		selection = PortfolioOptimiser.optimise(problem);
	}

	@Test
	void theSelectionIsTheOptimum() {
		assertThat(selection.status()).isEqualTo(Selection.Status.OPTIMAL);
		assertThat(selection.selectedIds()).containsExactly("A", "F", "H", "I");
	}

	@Test
	void mandatoryProjectsAndWhatTheyRequireAreInBecauseOfTheCommitment() {
		assertThat(reasons("A")).containsExactly(new Reason.Mandatory());
		assertThat(reasons("F")).containsExactly(new Reason.RequiredByMandatory("A"));
	}

	@Test
	void aProjectOverTheBudgetSaysWhichYearAndByHowMuch() {
		assertThat(reasons("B"))
			.containsExactly(new Reason.WouldExceed(new LimitBreach(new Limit.Budget(0, "2027"), 120_000)));
		assertThat(reasons("B").get(0)).hasToString("out: budget 2027 would be exceeded by 120,000");
	}

	@Test
	void aProjectWhoseRequirementIsOutSaysSoAndWhatTakingBothWouldBreak() {
		assertThat(reasons("C")).containsExactly(new Reason.RequiresUnselected(List.of("B")),
				new Reason.WouldExceed(new LimitBreach(new Limit.Budget(0, "2027"), 120_000)));
		assertThat(reasons("C").get(0)).hasToString("out: requires B which is out");
	}

	@Test
	void excludedProjectsAndThoseRequiringThemAreOutBecauseOfTheCommitment() {
		assertThat(reasons("D")).containsExactly(new Reason.Excluded());
		assertThat(reasons("E")).containsExactly(new Reason.RequiresExcluded("D"));
	}

	@Test
	void aProjectThatCannotGoWithASelectedOneNamesIt() {
		assertThat(reasons("G")).containsExactly(new Reason.ConflictsWith("A"));
	}

	@Test
	void aProjectOverTheCapacityNamesTheSkillThePeriodAndTheExcess() {
		// A, H and I use 4 developers; J needs 11 of 10
		assertThat(reasons("J")).containsExactly(
				new Reason.WouldExceed(new LimitBreach(new Limit.Capacity(0, "2027-Q1", 0, "developers"), 5)));
		assertThat(reasons("J").get(0)).hasToString("out: capacity developers 2027-Q1 would be exceeded by 5");
	}

	@Test
	void aChosenProjectSaysWhatDroppingItWouldCostAndWhoNeedsIt() {
		assertThat(reasons("H")).containsExactly(new Reason.ChosenForValue(3, List.of("I")));
		assertThat(reasons("I")).containsExactly(new Reason.ChosenForValue(1, List.of()));
	}

	private static List<Reason> reasons(String id) {
		return selection.decision(id).reasons();
	}

}
