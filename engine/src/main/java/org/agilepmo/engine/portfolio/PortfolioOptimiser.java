package org.agilepmo.engine.portfolio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chooses the candidate projects of greatest total value that keep every budget,
 * capacity, commitment and dependency: presolve (commitments and what they imply, the
 * mandatory projects' use of the limits), then {@link BranchAndBound} on the rest, then a
 * reason for every project ({@link Explanations}). See
 * docs/adr/0102-portfolio-optimiser.md.
 */
public final class PortfolioOptimiser {

	private PortfolioOptimiser() {
	}

	/** Optimises with {@link SolverOptions#defaults()}. */
	public static Selection optimise(PortfolioProblem problem) {
		return optimise(problem, SolverOptions.defaults());
	}

	/**
	 * The selection of greatest value, proven when the search finishes within the
	 * options' time limit; otherwise the best found with its bound.
	 */
	public static Selection optimise(PortfolioProblem problem, SolverOptions options) {
		long start = System.nanoTime();
		// the search stops a little early to leave time for the explanations
		long deadline = start + options.timeLimit().toNanos() * 97 / 100;
		CompiledProblem p = new CompiledProblem(problem);
		int n = p.n;
		boolean[] mandatory = new boolean[n];
		String[] mandatedBy = new String[n];
		for (int j = 0; j < n; j++) {
			if (p.commitment[j] == Commitment.MANDATORY) {
				for (int k : p.requirementClosure(j)) {
					if (!mandatory[k]) {
						mandatory[k] = true;
						mandatedBy[k] = p.ids[j];
					}
				}
			}
		}
		boolean[] excluded = new boolean[n];
		String[] excludedBy = new String[n];
		for (int j = 0; j < n; j++) {
			if (p.commitment[j] == Commitment.EXCLUDED) {
				for (int k : p.requirerClosure(j)) {
					if (!excluded[k]) {
						excluded[k] = true;
						excludedBy[k] = p.ids[j];
					}
				}
			}
		}
		Set<String> conflicts = new LinkedHashSet<>();
		List<String> mandatoryIds = new ArrayList<>();
		for (int j = 0; j < n; j++) {
			if (mandatory[j]) {
				mandatoryIds.add(p.ids[j]);
				if (excluded[j]) {
					conflicts.add("mandatory " + mandatedBy[j] + " requires excluded " + excludedBy[j]);
				}
				for (int k : p.excludes[j]) {
					if (mandatory[k] && j < k) {
						conflicts.add(p.ids[j] + " and " + p.ids[k] + " are both mandatory but cannot go together");
					}
				}
			}
		}
		double[] use = p.usage(mandatory);
		List<LimitBreach> breaches = new ArrayList<>();
		for (int r = 0; r < p.rows; r++) {
			if (use[r] > p.limit[r] + p.tolerance(r)) {
				breaches.add(new LimitBreach(p.limitOf(r), use[r] - p.limit[r]));
			}
		}
		if (!conflicts.isEmpty() || !breaches.isEmpty()) {
			return new Selection(Selection.Status.INFEASIBLE, List.of(), 0, 0, List.of(),
					Optional.of(new Infeasibility(mandatoryIds, breaches, List.copyOf(conflicts))), 0,
					Duration.ofNanos(System.nanoTime() - start));
		}
		boolean[] out = excluded.clone();
		for (int j = 0; j < n; j++) {
			if (mandatory[j]) {
				for (int k : p.excludes[j]) {
					out[k] = true;
				}
			}
		}
		double[] residual = new double[p.rows];
		for (int r = 0; r < p.rows; r++) {
			residual[r] = p.limit[r] - use[r];
		}
		for (int j = 0; j < n; j++) {
			if (!mandatory[j] && !out[j] && !fitsAlone(p, j, mandatory, residual)) {
				out[j] = true;
			}
		}
		for (int j = 0; j < n; j++) {
			if (out[j]) {
				for (int k : p.requirerClosure(j)) {
					out[k] = true;
				}
			}
		}
		int[] free = new int[n];
		int nf = 0;
		double baseValue = 0;
		for (int j = 0; j < n; j++) {
			if (mandatory[j]) {
				baseValue += p.value[j];
			}
			else if (!out[j]) {
				free[nf++] = j;
			}
		}
		BranchAndBound search = new BranchAndBound(p, java.util.Arrays.copyOf(free, nf), residual, baseValue, deadline,
				options.gapTolerance(), options.nodeLimit());
		search.run();
		boolean[] selected = mandatory.clone();
		for (int j : search.bestCandidates()) {
			selected[j] = true;
		}
		if (!p.isFeasible(selected)) {
			throw new IllegalStateException("optimiser produced an infeasible selection; please report this problem");
		}
		double value = p.valueOf(selected);
		double bound = Math.max(value, search.bound);
		Selection.Status status = search.complete ? Selection.Status.OPTIMAL : Selection.Status.FEASIBLE;
		List<String> ids = new ArrayList<>();
		for (int j = 0; j < n; j++) {
			if (selected[j]) {
				ids.add(p.ids[j]);
			}
		}
		List<Decision> decisions = Explanations.explain(p, selected, mandatedBy);
		return new Selection(status, ids, value, bound, decisions, Optional.empty(), search.nodes,
				Duration.ofNanos(System.nanoTime() - start));
	}

	/**
	 * Whether {@code j} with the requirements not already mandatory fits the residual
	 * limits, and whether they conflict among themselves.
	 */
	private static boolean fitsAlone(CompiledProblem p, int j, boolean[] mandatory, double[] residual) {
		int[] closure = p.requirementClosure(j);
		boolean[] member = new boolean[p.n];
		for (int k : closure) {
			member[k] = true;
		}
		double[] need = new double[p.rows];
		for (int k : closure) {
			if (mandatory[k]) {
				continue;
			}
			for (int e : p.excludes[k]) {
				if (member[e] || mandatory[e]) {
					return false;
				}
			}
			for (int q = 0; q < p.colRows[k].length; q++) {
				need[p.colRows[k][q]] += p.colAmounts[k][q];
			}
		}
		for (int r = 0; r < p.rows; r++) {
			if (need[r] > residual[r] + p.tolerance(r)) {
				return false;
			}
		}
		return true;
	}

}
