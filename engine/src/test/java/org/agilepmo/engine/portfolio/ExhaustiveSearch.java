package org.agilepmo.engine.portfolio;

import java.util.List;
import java.util.OptionalDouble;

/**
 * The test oracle: tries every subset, written from the problem's public records only and
 * sharing no code with the optimiser.
 */
final class ExhaustiveSearch {

	private ExhaustiveSearch() {
	}

	static OptionalDouble bestValue(PortfolioProblem problem) {
		int n = problem.candidates().size();
		double best = Double.NEGATIVE_INFINITY;
		for (long mask = 0; mask < (1L << n); mask++) {
			if (isFeasible(problem, mask)) {
				best = Math.max(best, value(problem, mask));
			}
		}
		return best == Double.NEGATIVE_INFINITY ? OptionalDouble.empty() : OptionalDouble.of(best);
	}

	static double value(PortfolioProblem problem, long mask) {
		double v = 0;
		for (int j = 0; j < problem.candidates().size(); j++) {
			if ((mask >> j & 1) != 0) {
				v += problem.candidates().get(j).value();
			}
		}
		return v;
	}

	static long mask(PortfolioProblem problem, List<String> ids) {
		long mask = 0;
		for (int j = 0; j < problem.candidates().size(); j++) {
			if (ids.contains(problem.candidates().get(j).id())) {
				mask |= 1L << j;
			}
		}
		return mask;
	}

	static boolean isFeasible(PortfolioProblem problem, long mask) {
		List<Candidate> cs = problem.candidates();
		Limits limits = problem.limits();
		long[] budget = limits.budgetPerYear();
		double[][] capacity = limits.capacity();
		long[] spent = new long[budget.length];
		double[][] used = new double[capacity.length][capacity.length == 0 ? 0 : capacity[0].length];
		for (int j = 0; j < cs.size(); j++) {
			Candidate c = cs.get(j);
			boolean in = (mask >> j & 1) != 0;
			if (c.commitment() == Commitment.MANDATORY && !in || c.commitment() == Commitment.EXCLUDED && in) {
				return false;
			}
			if (!in) {
				continue;
			}
			for (int k = 0; k < cs.size(); k++) {
				boolean other = (mask >> k & 1) != 0;
				if (c.requires().contains(cs.get(k).id()) && !other) {
					return false;
				}
				if (k != j && other
						&& (c.excludes().contains(cs.get(k).id()) || cs.get(k).excludes().contains(c.id()))) {
					return false;
				}
			}
			long[] cost = c.costPerYear();
			for (int y = 0; y < budget.length; y++) {
				spent[y] += cost[y];
			}
			double[][] demand = c.demand();
			for (int p = 0; p < capacity.length; p++) {
				for (int s = 0; s < capacity[p].length; s++) {
					used[p][s] += demand[p][s];
				}
			}
		}
		for (int y = 0; y < budget.length; y++) {
			if (spent[y] > budget[y]) {
				return false;
			}
		}
		for (int p = 0; p < capacity.length; p++) {
			for (int s = 0; s < capacity[p].length; s++) {
				if (used[p][s] > capacity[p][s] + 1e-9) {
					return false;
				}
			}
		}
		return true;
	}

}
