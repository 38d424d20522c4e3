package org.agilepmo.engine.portfolio;

import java.util.List;
import java.util.Set;

/** Hand-made scenes for the tests. */
final class Portfolios {

	private Portfolios() {
	}

	/** One budget year ("2027"), no capacity limits. */
	static PortfolioProblem budgetOnly(long budget, Candidate... candidates) {
		return new PortfolioProblem(List.of("2027"), List.of(), List.of(), List.of(candidates),
				new Limits(new long[] { budget }, new double[0][]));
	}

	static Candidate costing(String id, double value, long cost) {
		return Candidate.of(id, value, new long[] { cost }, new double[0][]);
	}

	/** Years 2027 and 2028, one period "2027-Q1" and one skill "developers". */
	static PortfolioProblem twoYearsOneSkill(long budget2027, long budget2028, double developers,
			Candidate... candidates) {
		return new PortfolioProblem(List.of("2027", "2028"), List.of("2027-Q1"), List.of("developers"),
				List.of(candidates),
				new Limits(new long[] { budget2027, budget2028 }, new double[][] { { developers } }));
	}

	static Candidate project(String id, double value, long cost2027, long cost2028, double developers,
			Commitment commitment, Set<String> requires, Set<String> excludes) {
		return new Candidate(id, value, new long[] { cost2027, cost2028 }, new double[][] { { developers } },
				commitment, requires, excludes);
	}

	static Candidate project(String id, double value, long cost2027, long cost2028, double developers) {
		return project(id, value, cost2027, cost2028, developers, Commitment.OPTIONAL, Set.of(), Set.of());
	}

}
