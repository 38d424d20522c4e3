package org.agilepmo.bench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.agilepmo.engine.portfolio.Candidate;
import org.agilepmo.engine.portfolio.Commitment;
import org.agilepmo.engine.portfolio.Limits;
import org.agilepmo.engine.portfolio.PortfolioProblem;

/**
 * Realistic portfolio problems with a fixed seed: three budget years of four quarters,
 * projects that start in some quarter and run two to eight quarters, use two to five of
 * the skills, cost what their people cost (a day rate per skill) plus a fixed part, and
 * have a value score correlated with their cost. About one project in ten requires an
 * earlier one, one in fifty is mandatory, one in fifty excluded, one in fifty excludes
 * another. Every budget and capacity is 40-60 % of the total demand on it, so the limits
 * bind.
 */
public final class RandomPortfolio {

	private RandomPortfolio() {
	}

	public static PortfolioProblem generate(int candidates, int periods, int skills, long seed) {
		return generate(candidates, periods, skills, seed, false);
	}

	/**
	 * With {@code headcount}, each skill's capacity is the same in every period (a team
	 * of fixed size): 40-60 % of that skill's average demand per period, so it binds in
	 * the busy periods only; budgets are unchanged.
	 */
	public static PortfolioProblem generate(int candidates, int periods, int skills, long seed, boolean headcount) {
		Random random = new Random(seed);
		int years = (periods + 3) / 4;
		double[] dayRate = new double[skills];
		for (int s = 0; s < skills; s++) {
			dayRate[s] = 400 + random.nextInt(9) * 50;
		}
		List<Candidate> list = new ArrayList<>();
		long[] totalCost = new long[years];
		double[][] totalDemand = new double[periods][skills];
		long[] mandatoryCost = new long[years];
		double[][] mandatoryDemand = new double[periods][skills];
		for (int j = 0; j < candidates; j++) {
			int start = random.nextInt(periods);
			int duration = Math.min(periods - start, 2 + random.nextInt(7));
			double size = Math.exp(random.nextGaussian() * 0.6) * 20;
			int used = 2 + random.nextInt(4);
			double[][] demand = new double[periods][skills];
			long[] cost = new long[years];
			double labour = 0;
			for (int u = 0; u < used; u++) {
				int s = random.nextInt(skills);
				double share = size * (0.5 + random.nextDouble());
				for (int p = start; p < start + duration; p++) {
					double days = Math.round(share * (0.6 + 0.8 * random.nextDouble()) * 2) / 2.0;
					demand[p][s] += days;
					cost[p / 4] += Math.round(days * dayRate[s]);
					labour += days * dayRate[s];
				}
			}
			long fixed = Math.round(labour * 0.3 * random.nextDouble());
			cost[start / 4] += fixed;
			double value = Math.max(1, Math.round((labour + fixed) / 1000 * (0.6 + 0.8 * random.nextDouble())));
			Commitment commitment = switch (random.nextInt(50)) {
				case 0 -> Commitment.MANDATORY;
				case 1 -> Commitment.EXCLUDED;
				default -> Commitment.OPTIONAL;
			};
			Set<String> requires = new HashSet<>();
			Set<String> excludes = new HashSet<>();
			if (j > 0 && random.nextInt(10) == 0 && commitment != Commitment.MANDATORY) {
				requires.add(id(random.nextInt(j)));
			}
			if (j > 0 && random.nextInt(50) == 0 && commitment != Commitment.MANDATORY) {
				int other = random.nextInt(j);
				if (list.get(other).commitment() != Commitment.MANDATORY) {
					excludes.add(id(other));
				}
			}
			if (commitment == Commitment.MANDATORY) {
				for (int y = 0; y < years; y++) {
					mandatoryCost[y] += cost[y];
				}
				for (int p = 0; p < periods; p++) {
					for (int s = 0; s < skills; s++) {
						mandatoryDemand[p][s] += demand[p][s];
					}
				}
			}
			list.add(new Candidate(id(j), value, cost, demand, commitment, requires, excludes));
			for (int y = 0; y < years; y++) {
				totalCost[y] += cost[y];
			}
			for (int p = 0; p < periods; p++) {
				for (int s = 0; s < skills; s++) {
					totalDemand[p][s] += demand[p][s];
				}
			}
		}
		long[] budget = new long[years];
		for (int y = 0; y < years; y++) {
			budget[y] = Math.max(mandatoryCost[y], Math.round(totalCost[y] * (0.4 + 0.2 * random.nextDouble())));
		}
		double[][] capacity = new double[periods][skills];
		double[] team = new double[skills];
		for (int s = 0; s < skills; s++) {
			double sum = 0;
			for (int p = 0; p < periods; p++) {
				sum += totalDemand[p][s];
			}
			team[s] = Math.round(sum / periods * (0.4 + 0.2 * random.nextDouble()));
		}
		for (int p = 0; p < periods; p++) {
			for (int s = 0; s < skills; s++) {
				if (headcount) {
					capacity[p][s] = Math.max(Math.ceil(mandatoryDemand[p][s]), team[s]);
					continue;
				}
				capacity[p][s] = Math.max(Math.ceil(mandatoryDemand[p][s]),
						Math.round(totalDemand[p][s] * (0.4 + 0.2 * random.nextDouble())));
			}
		}
		List<String> yearNames = new ArrayList<>();
		for (int y = 0; y < years; y++) {
			yearNames.add(String.valueOf(2027 + y));
		}
		List<String> periodNames = new ArrayList<>();
		for (int p = 0; p < periods; p++) {
			periodNames.add((2027 + p / 4) + "-Q" + (p % 4 + 1));
		}
		List<String> skillNames = new ArrayList<>();
		for (int s = 0; s < skills; s++) {
			skillNames.add("skill-" + (s + 1));
		}
		return new PortfolioProblem(yearNames, periodNames, skillNames, list, new Limits(budget, capacity));
	}

	private static String id(int j) {
		return "P" + (j + 1);
	}

}
