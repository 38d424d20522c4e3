package org.agilepmo.engine.portfolio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Small random problems with dependencies, conflicts, mandatory and excluded projects,
 * and limits at 30-70 % of the total demand so that they bind.
 */
final class SmallRandomPortfolios {

	private SmallRandomPortfolios() {
	}

	/**
	 * Harder problems: one budget year and {@code periods} x {@code skills} capacity
	 * rows; each project uses two or three skills over a run of periods and has a value
	 * close to its cost (correlated knapsacks branch the most); every limit at 40-60 % of
	 * its demand. No commitments or relations.
	 */
	static PortfolioProblem sparse(long seed, int n, int periods, int skills) {
		Random random = new Random(seed);
		List<Candidate> candidates = new ArrayList<>();
		long totalCost = 0;
		double[][] totalDemand = new double[periods][skills];
		for (int j = 0; j < n; j++) {
			int start = random.nextInt(periods);
			int end = Math.min(periods, start + 1 + random.nextInt(3));
			double[][] demand = new double[periods][skills];
			double days = 0;
			for (int u = 0, used = 2 + random.nextInt(2); u < used; u++) {
				int s = random.nextInt(skills);
				for (int p = start; p < end; p++) {
					double d = 1 + random.nextInt(20);
					demand[p][s] += d;
					totalDemand[p][s] += d;
					days += d;
				}
			}
			long cost = Math.round(days * 500);
			totalCost += cost;
			double value = Math.max(1, Math.round(days * (0.8 + 0.4 * random.nextDouble())));
			candidates.add(Candidate.of("P" + j, value, new long[] { cost }, demand));
		}
		double[][] capacity = new double[periods][skills];
		for (int p = 0; p < periods; p++) {
			for (int s = 0; s < skills; s++) {
				capacity[p][s] = Math.round(totalDemand[p][s] * (0.4 + 0.2 * random.nextDouble()));
			}
		}
		List<String> periodNames = new ArrayList<>();
		for (int p = 0; p < periods; p++) {
			periodNames.add("2027-P" + (p + 1));
		}
		List<String> skillNames = new ArrayList<>();
		for (int s = 0; s < skills; s++) {
			skillNames.add("skill-" + (s + 1));
		}
		return new PortfolioProblem(List.of("2027"), periodNames, skillNames, candidates,
				new Limits(new long[] { Math.round(totalCost * (0.4 + 0.2 * random.nextDouble())) }, capacity));
	}

	static PortfolioProblem generate(long seed, int n) {
		Random random = new Random(seed);
		int years = 1 + random.nextInt(3);
		int periods = 1 + random.nextInt(4);
		int skills = 1 + random.nextInt(3);
		List<Candidate> candidates = new ArrayList<>();
		long[] totalCost = new long[years];
		double[][] totalDemand = new double[periods][skills];
		for (int j = 0; j < n; j++) {
			long[] cost = new long[years];
			double size = 1 + random.nextInt(10);
			for (int y = 0; y < years; y++) {
				cost[y] = random.nextInt(4) == 0 ? 0 : Math.round(size * (5_000 + random.nextInt(10_000)));
				totalCost[y] += cost[y];
			}
			double[][] demand = new double[periods][skills];
			for (int p = 0; p < periods; p++) {
				for (int s = 0; s < skills; s++) {
					if (random.nextInt(3) > 0) {
						demand[p][s] = Math.round(size * random.nextDouble() * 4) / 2.0;
						totalDemand[p][s] += demand[p][s];
					}
				}
			}
			double value = random.nextInt(5) == 0 ? random.nextInt(100) : Math.round(size * (5 + random.nextInt(10)));
			Commitment commitment = switch (random.nextInt(12)) {
				case 0 -> Commitment.MANDATORY;
				case 1 -> Commitment.EXCLUDED;
				default -> Commitment.OPTIONAL;
			};
			Set<String> requires = new HashSet<>();
			Set<String> excludes = new HashSet<>();
			if (j > 0 && random.nextInt(3) == 0) {
				requires.add("P" + random.nextInt(j));
			}
			if (j > 1 && random.nextInt(8) == 0) {
				requires.add("P" + random.nextInt(j));
			}
			if (j > 0 && random.nextInt(7) == 0) {
				excludes.add("P" + random.nextInt(j));
			}
			candidates.add(new Candidate("P" + j, value, cost, demand, commitment, requires, excludes));
		}
		if (n > 2 && random.nextInt(10) == 0) {
			Candidate first = candidates.get(0);
			candidates.set(0, first.requiring("P" + (n - 1)));
		}
		double tightness = 0.3 + 0.4 * random.nextDouble();
		long[] budget = new long[years];
		for (int y = 0; y < years; y++) {
			budget[y] = Math.round(totalCost[y] * tightness);
		}
		double[][] capacity = new double[periods][skills];
		for (int p = 0; p < periods; p++) {
			for (int s = 0; s < skills; s++) {
				capacity[p][s] = Math.round(totalDemand[p][s] * tightness * 2) / 2.0;
			}
		}
		List<String> yearNames = new ArrayList<>();
		for (int y = 0; y < years; y++) {
			yearNames.add(String.valueOf(2027 + y));
		}
		List<String> periodNames = new ArrayList<>();
		for (int p = 0; p < periods; p++) {
			periodNames.add("Q" + (p + 1));
		}
		List<String> skillNames = new ArrayList<>();
		for (int s = 0; s < skills; s++) {
			skillNames.add("skill" + s);
		}
		return new PortfolioProblem(yearNames, periodNames, skillNames, candidates, new Limits(budget, capacity));
	}

}
