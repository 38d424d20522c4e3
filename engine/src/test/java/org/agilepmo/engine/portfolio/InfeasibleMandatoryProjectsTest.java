package org.agilepmo.engine.portfolio;

import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.portfolio.Portfolios.project;
import static org.agilepmo.engine.portfolio.Portfolios.twoYearsOneSkill;
import static org.assertj.core.api.Assertions.assertThat;

class InfeasibleMandatoryProjectsTest {

	@Test
	void mandatoryProjectsOverTheBudgetNameTheYearAndTheExcess() {
		Candidate m1 = project("M1", 1, 600_000, 100_000, 2, Commitment.MANDATORY, Set.of(), Set.of());
		Candidate m2 = project("M2", 1, 450_000, 100_000, 3, Commitment.MANDATORY, Set.of("R"), Set.of());
		Candidate r = project("R", 1, 0, 0, 6);
		Candidate optional = project("O", 50, 0, 0, 0);

		Selection s = PortfolioOptimiser.optimise(twoYearsOneSkill(1_000_000, 500_000, 10, m1, m2, r, optional));

		assertThat(s.status()).isEqualTo(Selection.Status.INFEASIBLE);
		Infeasibility why = s.infeasibility().orElseThrow();
		assertThat(why.mandatoryIds()).containsExactly("M1", "M2", "R");
		assertThat(why.breaches()).extracting(LimitBreach::toString)
			.containsExactly("budget 2027 exceeded by 50,000", "capacity developers 2027-Q1 exceeded by 1");
		assertThat(why.breaches().get(0).limit()).isEqualTo(new Limit.Budget(0, "2027"));
		assertThat(why.conflicts()).isEmpty();
		assertThat(s.selectedIds()).isEmpty();
	}

	@Test
	void aMandatoryProjectThatRequiresAnExcludedOneIsAConflict() {
		Candidate m = project("M", 1, 0, 0, 0, Commitment.MANDATORY, Set.of("B"), Set.of());
		Candidate b = project("B", 1, 0, 0, 0, Commitment.OPTIONAL, Set.of("X"), Set.of());
		Candidate x = project("X", 1, 0, 0, 0, Commitment.EXCLUDED, Set.of(), Set.of());

		Selection s = PortfolioOptimiser.optimise(twoYearsOneSkill(10, 10, 10, m, b, x));

		assertThat(s.status()).isEqualTo(Selection.Status.INFEASIBLE);
		assertThat(s.infeasibility().orElseThrow().conflicts()).containsExactly("mandatory M requires excluded X");
		assertThat(s.infeasibility().orElseThrow().breaches()).isEmpty();
	}

	@Test
	void twoMandatoryProjectsThatExcludeEachOtherAreAConflict() {
		Candidate a = project("A", 1, 0, 0, 0, Commitment.MANDATORY, Set.of(), Set.of("B"));
		Candidate b = project("B", 1, 0, 0, 0, Commitment.MANDATORY, Set.of(), Set.of());

		Selection s = PortfolioOptimiser.optimise(twoYearsOneSkill(10, 10, 10, a, b));

		assertThat(s.infeasibility().orElseThrow().conflicts())
			.containsExactly("A and B are both mandatory but cannot go together");
	}

	@Test
	void mandatoryProjectsThatFitAreKeptEvenWithoutValue() {
		Candidate m = project("M", 0, 900_000, 0, 9, Commitment.MANDATORY, Set.of(), Set.of());
		Candidate o = project("O", 100, 200_000, 0, 1);

		Selection s = PortfolioOptimiser.optimise(twoYearsOneSkill(1_000_000, 0, 10, m, o));

		assertThat(s.status()).isEqualTo(Selection.Status.OPTIMAL);
		assertThat(s.selectedIds()).containsExactly("M");
	}

}
