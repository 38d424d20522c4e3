package org.agilepmo.engine.portfolio;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Candidates, limits and the names of the years, periods and skills (used in reasons).
 *
 * @param years names of the budget years, for example "2027"
 * @param periods names of the capacity periods, for example "2027-Q1"
 * @param skills names of the skills
 * @param candidates the candidate projects, ids unique
 * @param limits budgets and capacities, of the same dimensions
 */
public record PortfolioProblem(List<String> years, List<String> periods, List<String> skills,
		List<Candidate> candidates, Limits limits) {

	public PortfolioProblem {
		years = List.copyOf(years);
		periods = List.copyOf(periods);
		skills = List.copyOf(skills);
		candidates = List.copyOf(candidates);
		if (limits.years() != years.size()) {
			throw new IllegalArgumentException("limits: " + limits.years() + " budgets for " + years.size() + " years");
		}
		checkGrid("limits.capacity", limits.capacityGrid(), periods.size(), skills.size());
		Set<String> ids = new HashSet<>();
		for (Candidate c : candidates) {
			if (!ids.add(c.id())) {
				throw new IllegalArgumentException("candidates: duplicate id " + c.id());
			}
			if (c.costYears() != years.size()) {
				throw new IllegalArgumentException(
						"candidate " + c.id() + ": costPerYear has " + c.costYears() + " years, not " + years.size());
			}
			checkGrid("candidate " + c.id() + ": demand", c.demandGrid(), periods.size(), skills.size());
		}
		for (Candidate c : candidates) {
			for (String r : c.requires()) {
				if (!ids.contains(r)) {
					throw new IllegalArgumentException("candidate " + c.id() + ": requires unknown project " + r);
				}
			}
			for (String r : c.excludes()) {
				if (!ids.contains(r)) {
					throw new IllegalArgumentException("candidate " + c.id() + ": excludes unknown project " + r);
				}
			}
		}
	}

	private static void checkGrid(String what, double[][] grid, int periods, int skills) {
		if (grid.length != periods) {
			throw new IllegalArgumentException(what + " has " + grid.length + " periods, not " + periods);
		}
		for (double[] row : grid) {
			if (row.length != skills) {
				throw new IllegalArgumentException(what + " has " + row.length + " skills, not " + skills);
			}
		}
	}

	/**
	 * The same candidates under other limits (a scenario).
	 */
	public PortfolioProblem withLimits(Limits other) {
		return new PortfolioProblem(this.years, this.periods, this.skills, this.candidates, other);
	}

	/**
	 * The same problem with other candidates (for example a changed commitment).
	 */
	public PortfolioProblem withCandidates(List<Candidate> other) {
		return new PortfolioProblem(this.years, this.periods, this.skills, other, this.limits);
	}

}
