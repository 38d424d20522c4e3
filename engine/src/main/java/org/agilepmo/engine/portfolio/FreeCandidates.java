package org.agilepmo.engine.portfolio;

import java.util.Arrays;

/**
 * The subproblem the search works on: the candidates left free by presolve, numbered
 * {@code 0..nf-1}, with only the limit rows they could still exceed together (the rest
 * cannot bind), their residual capacities, and the requirements and exclusions among
 * them; and the propagation of a node's fixings through them.
 */
final class FreeCandidates {

	static final byte FREE = -1;

	/** Candidate index in the whole problem of each free candidate. */
	final int[] free;

	final int nf;

	/** Limit rows kept. */
	final int k;

	final double[] value;

	final double[] cap;

	final double[] tol;

	final int[][] colR;

	final double[][] colA;

	final int[][] req;

	final int[][] reqBy;

	final int[][] excl;

	/** Each candidate with everything it requires, transitively. */
	final int[][] closure;

	FreeCandidates(CompiledProblem problem, int[] free, double[] residual) {
		this.free = free;
		this.nf = free.length;
		int[] local = new int[problem.n];
		Arrays.fill(local, -1);
		for (int f = 0; f < this.nf; f++) {
			local[free[f]] = f;
		}
		double[] total = new double[problem.rows];
		for (int j : free) {
			for (int q = 0; q < problem.colRows[j].length; q++) {
				total[problem.colRows[j][q]] += problem.colAmounts[j][q];
			}
		}
		int[] keptIndex = new int[problem.rows];
		int kept = 0;
		for (int r = 0; r < problem.rows; r++) {
			keptIndex[r] = total[r] > residual[r] + problem.tolerance(r) ? kept++ : -1;
		}
		this.k = kept;
		this.cap = new double[kept];
		this.tol = new double[kept];
		for (int r = 0; r < problem.rows; r++) {
			if (keptIndex[r] >= 0) {
				this.cap[keptIndex[r]] = residual[r];
				this.tol[keptIndex[r]] = problem.tolerance(r);
			}
		}
		this.value = new double[this.nf];
		this.colR = new int[this.nf][];
		this.colA = new double[this.nf][];
		this.req = new int[this.nf][];
		this.reqBy = new int[this.nf][];
		this.excl = new int[this.nf][];
		for (int f = 0; f < this.nf; f++) {
			int j = free[f];
			this.value[f] = problem.value[j];
			int count = 0;
			int[] rows = new int[problem.colRows[j].length];
			double[] amounts = new double[rows.length];
			for (int q = 0; q < rows.length; q++) {
				int r = keptIndex[problem.colRows[j][q]];
				if (r >= 0) {
					rows[count] = r;
					amounts[count++] = problem.colAmounts[j][q];
				}
			}
			this.colR[f] = Arrays.copyOf(rows, count);
			this.colA[f] = Arrays.copyOf(amounts, count);
			this.req[f] = Arrays.stream(problem.requires[j]).map(x -> local[x]).filter(x -> x >= 0).toArray();
			this.reqBy[f] = Arrays.stream(problem.requiredBy[j]).map(x -> local[x]).filter(x -> x >= 0).toArray();
			this.excl[f] = Arrays.stream(problem.excludes[j]).map(x -> local[x]).filter(x -> x >= 0).toArray();
		}
		this.closure = new int[this.nf][];
		for (int f = 0; f < this.nf; f++) {
			this.closure[f] = Arrays.stream(problem.requirementClosure(free[f]))
				.map(x -> local[x])
				.filter(x -> x >= 0)
				.toArray();
		}
	}

	/**
	 * Applies requirements, conflicts and residual capacity to the fixings; false when
	 * they contradict each other or a limit.
	 */
	boolean propagate(byte[] fix, double[] residual) {
		int[] queue = new int[this.nf * 2 + 1];
		int head = 0;
		int tail = 0;
		for (int f = 0; f < this.nf; f++) {
			if (fix[f] != FREE) {
				queue[tail++] = f;
			}
		}
		while (true) {
			while (head < tail) {
				int f = queue[head++ % queue.length];
				if (fix[f] == 1) {
					for (int g : this.req[f]) {
						if (fix[g] == 0) {
							return false;
						}
						if (fix[g] == FREE) {
							fix[g] = 1;
							queue[tail++ % queue.length] = g;
						}
					}
					for (int g : this.excl[f]) {
						if (fix[g] == 1) {
							return false;
						}
						if (fix[g] == FREE) {
							fix[g] = 0;
							queue[tail++ % queue.length] = g;
						}
					}
				}
				else {
					for (int g : this.reqBy[f]) {
						if (fix[g] == 1) {
							return false;
						}
						if (fix[g] == FREE) {
							fix[g] = 0;
							queue[tail++ % queue.length] = g;
						}
					}
				}
			}
			System.arraycopy(this.cap, 0, residual, 0, this.k);
			for (int f = 0; f < this.nf; f++) {
				if (fix[f] == 1) {
					int[] rows = this.colR[f];
					double[] amounts = this.colA[f];
					for (int q = 0; q < rows.length; q++) {
						residual[rows[q]] -= amounts[q];
					}
				}
			}
			for (int r = 0; r < this.k; r++) {
				if (residual[r] < -this.tol[r]) {
					return false;
				}
			}
			boolean more = false;
			for (int f = 0; f < this.nf; f++) {
				if (fix[f] == FREE) {
					int[] rows = this.colR[f];
					double[] amounts = this.colA[f];
					for (int q = 0; q < rows.length; q++) {
						if (amounts[q] > residual[rows[q]] + this.tol[rows[q]]) {
							fix[f] = 0;
							queue[tail++ % queue.length] = f;
							more = true;
							break;
						}
					}
				}
			}
			if (!more) {
				return true;
			}
		}
	}

	/**
	 * How far a set must exceed row {@code r} (beyond its tolerance) to count as
	 * exceeding it: far above rounding error.
	 */
	double margin(int r) {
		return Math.max(1e-9 * Math.max(1, Math.abs(this.cap[r])), 1e-3 * this.tol[r]);
	}

	/** The candidate and every candidate that requires it, transitively. */
	int[] requirers(int f) {
		int[] queue = new int[this.nf];
		boolean[] seen = new boolean[this.nf];
		int head = 0;
		int tail = 0;
		queue[tail++] = f;
		seen[f] = true;
		while (head < tail) {
			int g = queue[head++];
			for (int h : this.reqBy[g]) {
				if (!seen[h]) {
					seen[h] = true;
					queue[tail++] = h;
				}
			}
		}
		return Arrays.copyOf(queue, tail);
	}

	/** The selection, as candidate indexes of the whole problem. */
	int[] candidatesOf(boolean[] selected) {
		int count = 0;
		int[] out = new int[this.nf];
		for (int f = 0; f < this.nf; f++) {
			if (selected[f]) {
				out[count++] = this.free[f];
			}
		}
		return Arrays.copyOf(out, count);
	}

}
