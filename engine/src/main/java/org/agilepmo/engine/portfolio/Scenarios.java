package org.agilepmo.engine.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * Optimises the same candidates under several sets of limits and lines the results up per
 * candidate.
 */
public final class Scenarios {

	private Scenarios() {
	}

	/**
	 * One optimisation per scenario, each with the options' time limit; the problem's own
	 * limits are used only if a scenario passes them.
	 */
	public static ScenarioComparison compare(PortfolioProblem problem, List<Scenario> scenarios,
			SolverOptions options) {
		List<Selection> selections = new ArrayList<>();
		for (Scenario scenario : scenarios) {
			selections.add(PortfolioOptimiser.optimise(problem.withLimits(scenario.limits()), options));
		}
		List<ScenarioComparison.Row> rows = new ArrayList<>();
		List<Candidate> candidates = problem.candidates();
		for (int j = 0; j < candidates.size(); j++) {
			List<Decision> decisions = new ArrayList<>();
			for (Selection selection : selections) {
				decisions.add(selection.decisions().isEmpty() ? new Decision(candidates.get(j).id(), false, List.of())
						: selection.decisions().get(j));
			}
			rows.add(new ScenarioComparison.Row(candidates.get(j).id(), decisions));
		}
		return new ScenarioComparison(scenarios, selections, rows);
	}

}
