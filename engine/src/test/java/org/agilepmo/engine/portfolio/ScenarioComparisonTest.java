package org.agilepmo.engine.portfolio;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.agilepmo.engine.portfolio.Portfolios.project;
import static org.agilepmo.engine.portfolio.Portfolios.twoYearsOneSkill;
import static org.assertj.core.api.Assertions.assertThat;

class ScenarioComparisonTest {

	private final PortfolioProblem problem = twoYearsOneSkill(1_000_000, 1_000_000, 10,
			project("P1", 10, 500_000, 0, 2), project("P2", 9, 450_000, 0, 2), project("P3", 1, 50_000, 0, 2));

	@Test
	void aTenPercentLowerBudgetDropsOneProjectAndSaysWhy() {
		Limits base = this.problem.limits();
		ScenarioComparison comparison = Scenarios.compare(this.problem,
				List.of(new Scenario("base", base), new Scenario("budget 10 % lower", base.withBudgetScaled(0.9))),
				SolverOptions.defaults());

		assertThat(comparison.selection("base").selectedIds()).containsExactly("P1", "P2", "P3");
		assertThat(comparison.selection("base").value()).isEqualTo(20);
		// 900,000: P1 + P3 (11) beats P2 + P3 (10); P1 + P2 would cost 950,000
		assertThat(comparison.selection("budget 10 % lower").selectedIds()).containsExactly("P1", "P3");
		assertThat(comparison.changed()).extracting(ScenarioComparison.Row::candidateId).containsExactly("P2");
		ScenarioComparison.Row p2 = comparison.changed().get(0);
		assertThat(p2.decisions().get(0).selected()).isTrue();
		assertThat(p2.decisions().get(1).reasons())
			.containsExactly(new Reason.WouldExceed(new LimitBreach(new Limit.Budget(0, "2027"), 100_000)));
	}

	@Test
	void lessCapacityIsAScenarioToo() {
		Limits base = this.problem.limits();
		ScenarioComparison comparison = Scenarios.compare(this.problem,
				List.of(new Scenario("base", base), new Scenario("half the developers", base.withCapacityScaled(0.5))),
				SolverOptions.defaults());

		// 5 developers, 2 each: two projects, P1 and P2
		assertThat(comparison.selection("half the developers").selectedIds()).containsExactly("P1", "P2");
		assertThat(comparison.rows().get(2).decisions().get(1).reasons()).containsExactly(
				new Reason.WouldExceed(new LimitBreach(new Limit.Capacity(0, "2027-Q1", 0, "developers"), 1)));
	}

	@Test
	void anInfeasibleScenarioIsReportedWithoutDecisions() {
		Limits base = this.problem.limits();
		PortfolioProblem withMandatory = this.problem
			.withCandidates(List.of(this.problem.candidates().get(0).withCommitment(Commitment.MANDATORY),
					this.problem.candidates().get(1), this.problem.candidates().get(2)));
		ScenarioComparison comparison = Scenarios.compare(withMandatory,
				List.of(new Scenario("base", base), new Scenario("budget halved", base.withBudgetScaled(0.4))),
				SolverOptions.defaults());

		assertThat(comparison.selection("budget halved").status()).isEqualTo(Selection.Status.INFEASIBLE);
		assertThat(comparison.selection("budget halved").infeasibility().orElseThrow().breaches())
			.containsExactly(new LimitBreach(new Limit.Budget(0, "2027"), 100_000));
		assertThat(comparison.changed()).isEmpty();
	}

}
