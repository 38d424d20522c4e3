package org.agilepmo.engine.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A problem in primitive arrays: one row per limit (the years' budgets first, then period
 * x skill capacities), sparse columns per candidate, dependencies as index lists.
 */
final class CompiledProblem {

	final PortfolioProblem problem;

	final int n;

	final int rows;

	final int years;

	final int skills;

	final String[] ids;

	final double[] value;

	final double[] limit;

	final int[][] colRows;

	final double[][] colAmounts;

	final int[][] requires;

	final int[][] requiredBy;

	final int[][] excludes;

	final Commitment[] commitment;

	CompiledProblem(PortfolioProblem problem) {
		this.problem = problem;
		List<Candidate> candidates = problem.candidates();
		this.n = candidates.size();
		this.years = problem.years().size();
		this.skills = problem.skills().size();
		int periods = problem.periods().size();
		this.rows = this.years + periods * this.skills;
		this.ids = new String[this.n];
		this.value = new double[this.n];
		this.commitment = new Commitment[this.n];
		this.limit = new double[this.rows];
		Limits limits = problem.limits();
		for (int y = 0; y < this.years; y++) {
			this.limit[y] = limits.budget(y);
		}
		for (int p = 0; p < periods; p++) {
			for (int s = 0; s < this.skills; s++) {
				this.limit[this.years + p * this.skills + s] = limits.capacity(p, s);
			}
		}
		Map<String, Integer> index = new HashMap<>();
		this.colRows = new int[this.n][];
		this.colAmounts = new double[this.n][];
		int[] rowBuffer = new int[this.rows];
		double[] amountBuffer = new double[this.rows];
		for (int j = 0; j < this.n; j++) {
			Candidate c = candidates.get(j);
			this.ids[j] = c.id();
			this.value[j] = c.value();
			this.commitment[j] = c.commitment();
			index.put(c.id(), j);
			int count = 0;
			for (int y = 0; y < this.years; y++) {
				if (c.cost(y) != 0) {
					rowBuffer[count] = y;
					amountBuffer[count++] = c.cost(y);
				}
			}
			for (int p = 0; p < periods; p++) {
				for (int s = 0; s < this.skills; s++) {
					double q = c.demand(p, s);
					if (q != 0) {
						rowBuffer[count] = this.years + p * this.skills + s;
						amountBuffer[count++] = q;
					}
				}
			}
			this.colRows[j] = Arrays.copyOf(rowBuffer, count);
			this.colAmounts[j] = Arrays.copyOf(amountBuffer, count);
		}
		this.requires = new int[this.n][];
		this.excludes = new int[this.n][];
		List<List<Integer>> by = new ArrayList<>();
		List<Set<Integer>> exclusive = new ArrayList<>();
		for (int j = 0; j < this.n; j++) {
			by.add(new ArrayList<>());
			exclusive.add(new LinkedHashSet<>());
		}
		for (int j = 0; j < this.n; j++) {
			Candidate c = candidates.get(j);
			this.requires[j] = c.requires().stream().mapToInt(index::get).filter(k -> k != -1).sorted().toArray();
			for (int k : this.requires[j]) {
				by.get(k).add(j);
			}
			for (String other : c.excludes()) {
				int k = index.get(other);
				if (k != j) {
					exclusive.get(j).add(k);
					exclusive.get(k).add(j);
				}
			}
		}
		this.requiredBy = new int[this.n][];
		for (int j = 0; j < this.n; j++) {
			this.requiredBy[j] = by.get(j).stream().mapToInt(Integer::intValue).toArray();
			this.excludes[j] = exclusive.get(j).stream().mapToInt(Integer::intValue).sorted().toArray();
		}
	}

	Limit limitOf(int r) {
		if (r < this.years) {
			return new Limit.Budget(r, this.problem.years().get(r));
		}
		int p = (r - this.years) / this.skills;
		int s = (r - this.years) % this.skills;
		return new Limit.Capacity(p, this.problem.periods().get(p), s, this.problem.skills().get(s));
	}

	/**
	 * Absolute tolerance of a limit row: budgets are whole numbers, capacities are not.
	 */
	double tolerance(int r) {
		return r < this.years ? 0.5 : 1e-9 * Math.max(1, Math.abs(this.limit[r]));
	}

	/** {@code from} with everything it requires, directly or not. */
	int[] requirementClosure(int from) {
		return closure(from, this.requires);
	}

	/** {@code from} with everything that requires it, directly or not. */
	int[] requirerClosure(int from) {
		return closure(from, this.requiredBy);
	}

	private int[] closure(int from, int[][] edges) {
		int[] queue = new int[this.n];
		boolean[] seen = new boolean[this.n];
		int head = 0;
		int tail = 0;
		queue[tail++] = from;
		seen[from] = true;
		while (head < tail) {
			int j = queue[head++];
			for (int k : edges[j]) {
				if (!seen[k]) {
					seen[k] = true;
					queue[tail++] = k;
				}
			}
		}
		return Arrays.copyOf(queue, tail);
	}

	/** Use of each limit row by the selected candidates. */
	double[] usage(boolean[] selected) {
		double[] use = new double[this.rows];
		for (int j = 0; j < this.n; j++) {
			if (selected[j]) {
				int[] r = this.colRows[j];
				double[] q = this.colAmounts[j];
				for (int k = 0; k < r.length; k++) {
					use[r[k]] += q[k];
				}
			}
		}
		return use;
	}

	/** Whether the selection keeps every limit, dependency and commitment. */
	boolean isFeasible(boolean[] selected) {
		double[] use = usage(selected);
		for (int r = 0; r < this.rows; r++) {
			if (use[r] > this.limit[r] + tolerance(r)) {
				return false;
			}
		}
		for (int j = 0; j < this.n; j++) {
			if (selected[j]) {
				if (this.commitment[j] == Commitment.EXCLUDED) {
					return false;
				}
				for (int k : this.requires[j]) {
					if (!selected[k]) {
						return false;
					}
				}
				for (int k : this.excludes[j]) {
					if (selected[k]) {
						return false;
					}
				}
			}
			else if (this.commitment[j] == Commitment.MANDATORY) {
				return false;
			}
		}
		return true;
	}

	double valueOf(boolean[] selected) {
		double v = 0;
		for (int j = 0; j < this.n; j++) {
			if (selected[j]) {
				v += this.value[j];
			}
		}
		return v;
	}

}
