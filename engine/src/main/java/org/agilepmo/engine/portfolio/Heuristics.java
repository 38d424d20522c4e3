package org.agilepmo.engine.portfolio;

import java.util.Arrays;

/**
 * The incumbent and the heuristics that find it: greedy by value per priced resource (or
 * in the order a node's LP solution suggests), then a drop-and-refill local search.
 */
final class Heuristics {

	/**
	 * A node's greedy selection is improved by local search when it is within this share
	 * of the incumbent.
	 */
	private static final double LOCAL_SEARCH_WITHIN = 0.02;

	private final FreeCandidates candidates;

	private final long deadline;

	/** Price of a unit of each limit before the root LP's: its inverse capacity. */
	private final double[] weight;

	/** Priced use of each candidate at the root LP's prices; null before. */
	private double[] pricedUse;

	/** The incumbent: the best selection found so far, and its value. */
	boolean[] best;

	double bestValue;

	private final int[] memberStamp;

	private final int[] rowStamp;

	private final double[] rowAcc;

	private final int[] touched;

	private int stamp;

	Heuristics(FreeCandidates candidates, long deadline) {
		this.candidates = candidates;
		this.deadline = deadline;
		this.memberStamp = new int[candidates.nf];
		this.rowStamp = new int[candidates.k];
		this.rowAcc = new double[candidates.k];
		this.touched = new int[candidates.k];
		this.weight = new double[candidates.k];
		for (int r = 0; r < candidates.k; r++) {
			this.weight[r] = 1 / Math.max(candidates.cap[r], 1e-9);
		}
		this.best = new boolean[candidates.nf];
		this.bestValue = 0;
	}

	/**
	 * Prices each candidate at the root LP's reduced costs {@code rc} (in value units):
	 * what it uses of every priced row (cuts included), {@code c_j - (c_j - y'a_j)}, with
	 * a trace of its plain share of each limit.
	 */
	void priceAt(double[] rc, double vmax) {
		this.pricedUse = new double[this.candidates.nf];
		for (int f = 0; f < this.candidates.nf; f++) {
			double share = 0;
			for (int q = 0; q < this.candidates.colR[f].length; q++) {
				share += this.candidates.colA[f][q] / Math.max(this.candidates.cap[this.candidates.colR[f][q]], 1e-9);
			}
			this.pricedUse[f] = Math.max(0, this.candidates.value[f] - rc[f]) + 1e-6 * vmax * share;
		}
	}

	/**
	 * Greedy from the node's fixings in the order the LP solution suggests (or by value
	 * per priced resource), then local search when it beats the incumbent.
	 */
	void improve(byte[] fix, double[] lpValues) {
		boolean[] selected = new boolean[this.candidates.nf];
		double[] residual = this.candidates.cap.clone();
		double current = 0;
		for (int f = 0; f < this.candidates.nf; f++) {
			if (fix[f] == 1) {
				selected[f] = true;
				current += this.candidates.value[f];
				int[] rows = this.candidates.colR[f];
				for (int q = 0; q < rows.length; q++) {
					residual[rows[q]] -= this.candidates.colA[f][q];
				}
			}
		}
		int[] order = order(lpValues);
		current = greedy(fix, order, selected, residual, current);
		if (current > this.bestValue * (1 - LOCAL_SEARCH_WITHIN) || lpValues == null) {
			current = localSearch(fix, order, selected, residual, current);
			if (current > this.bestValue) {
				this.bestValue = current;
				this.best = selected;
			}
		}
	}

	private int[] order(double[] lpValues) {
		double[] ratio = new double[this.candidates.nf];
		double maxRatio = 0;
		for (int f = 0; f < this.candidates.nf; f++) {
			double use = 1e-12;
			if (this.pricedUse != null) {
				use += this.pricedUse[f];
			}
			else {
				for (int q = 0; q < this.candidates.colR[f].length; q++) {
					use += this.weight[this.candidates.colR[f][q]] * this.candidates.colA[f][q];
				}
			}
			ratio[f] = this.candidates.value[f] / use;
			maxRatio = Math.max(maxRatio, ratio[f]);
		}
		long[] keys = new long[this.candidates.nf];
		for (int f = 0; f < this.candidates.nf; f++) {
			double key = (maxRatio > 0 ? ratio[f] / maxRatio : 0) + (lpValues == null ? 0 : 2 * lpValues[f]);
			keys[f] = ((long) Float.floatToIntBits((float) key) << 32) | (this.candidates.nf - 1 - f);
		}
		Arrays.sort(keys);
		int[] order = new int[this.candidates.nf];
		for (int i = 0; i < this.candidates.nf; i++) {
			order[i] = this.candidates.nf - 1 - (int) (keys[this.candidates.nf - 1 - i] & 0xffffffffL);
		}
		return order;
	}

	private double greedy(byte[] fix, int[] order, boolean[] selected, double[] residual, double current) {
		for (int f : order) {
			if (!selected[f] && fix[f] != 0 && this.candidates.value[f] > 0) {
				current += tryAdd(f, fix, selected, residual);
			}
		}
		return current;
	}

	/**
	 * Adds {@code f} with what it requires if all of it fits; returns the value added.
	 */
	private double tryAdd(int f, byte[] fix, boolean[] selected, double[] residual) {
		int s = ++this.stamp;
		for (int g : this.candidates.closure[f]) {
			if (!selected[g]) {
				if (fix[g] == 0) {
					return 0;
				}
				this.memberStamp[g] = s;
			}
		}
		int touchedCount = 0;
		double added = 0;
		for (int g : this.candidates.closure[f]) {
			if (selected[g]) {
				continue;
			}
			for (int e : this.candidates.excl[g]) {
				if (selected[e] || this.memberStamp[e] == s) {
					return 0;
				}
			}
			added += this.candidates.value[g];
			int[] rows = this.candidates.colR[g];
			double[] amounts = this.candidates.colA[g];
			for (int q = 0; q < rows.length; q++) {
				int r = rows[q];
				if (this.rowStamp[r] != s) {
					this.rowStamp[r] = s;
					this.rowAcc[r] = 0;
					this.touched[touchedCount++] = r;
				}
				this.rowAcc[r] += amounts[q];
				if (this.rowAcc[r] > residual[r] + this.candidates.tol[r]) {
					return 0;
				}
			}
		}
		for (int q = 0; q < touchedCount; q++) {
			residual[this.touched[q]] -= this.rowAcc[this.touched[q]];
		}
		for (int g : this.candidates.closure[f]) {
			selected[g] = true;
		}
		return added;
	}

	/**
	 * Drop one selected candidate with everything selected that requires it, refill
	 * greedily without it; keep the change when the value grows (Chu and Beasley's drop
	 * and add, "A genetic algorithm for the multidimensional knapsack problem", 1998,
	 * section 3.5).
	 */
	private double localSearch(byte[] fix, int[] order, boolean[] selected, double[] residual, double current) {
		byte[] banned = fix.clone();
		boolean improved = true;
		while (improved && System.nanoTime() < this.deadline) {
			improved = false;
			for (int f = 0; f < this.candidates.nf && System.nanoTime() < this.deadline; f++) {
				if (!selected[f] || fix[f] == 1) {
					continue;
				}
				boolean[] trialSelected = selected.clone();
				double[] trialResidual = residual.clone();
				double trial = current;
				boolean allowed = true;
				for (int g : this.candidates.requirers(f)) {
					if (trialSelected[g]) {
						if (fix[g] == 1) {
							allowed = false;
							break;
						}
						trialSelected[g] = false;
						trial -= this.candidates.value[g];
						for (int q = 0; q < this.candidates.colR[g].length; q++) {
							trialResidual[this.candidates.colR[g][q]] += this.candidates.colA[g][q];
						}
					}
				}
				if (!allowed) {
					continue;
				}
				byte saved = banned[f];
				banned[f] = 0;
				trial = greedy(banned, order, trialSelected, trialResidual, trial);
				banned[f] = saved;
				if (trial > current + 1e-9 * Math.max(1, current)) {
					System.arraycopy(trialSelected, 0, selected, 0, this.candidates.nf);
					System.arraycopy(trialResidual, 0, residual, 0, this.candidates.k);
					current = trial;
					improved = true;
				}
			}
		}
		return current;
	}

}
