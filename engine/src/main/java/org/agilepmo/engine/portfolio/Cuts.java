package org.agilepmo.engine.portfolio;

/**
 * The cuts that tighten the LP relaxation: rounds of clique cuts ({@link CliqueCuts},
 * from the conflict graph) and lifted cover cuts ({@link CoverCuts}, of the limit rows)
 * at the root, one round per node within a budget of rows; and the rows the root solution
 * leaves slack, set aside and added back as soon as a node's solution breaks one.
 */
final class Cuts {

	private static final int MAX_CUT_ROUNDS = 20;

	private final FreeCandidates candidates;

	private final LpRelaxation lp;

	private final long deadline;

	/** Value of the mandatory candidates, for the trace. */
	private final double baseValue;

	private CliqueCuts cliques;

	private int[][] rowItems;

	private double[][] rowWeights;

	/** Rows of the LP after the root's cut rounds. */
	private int rootRows;

	/**
	 * Rows taken out of the LP because the root solution leaves them slack (limit rows
	 * and cuts alike), sparse: a row is added back as soon as a node's LP solution breaks
	 * it. The LP without them is a relaxation, so every bound stays valid, and an LP
	 * solution counts as a selection only once it keeps all of them.
	 */
	private final java.util.List<int[]> asideIndex = new java.util.ArrayList<>();

	private final java.util.List<double[]> asideValue = new java.util.ArrayList<>();

	private final java.util.List<Double> asideRhs = new java.util.ArrayList<>();

	Cuts(FreeCandidates candidates, LpRelaxation lp, long deadline, double baseValue) {
		this.candidates = candidates;
		this.lp = lp;
		this.deadline = deadline;
		this.baseValue = baseValue;
	}

	int rootRows() {
		return this.rootRows;
	}

	/**
	 * Rounds of lifted cover cuts ({@link CoverCuts}) at the root: each limit row is
	 * separated against the LP solution, the violated cuts are added to the LP for good
	 * (they hold for every selection, so at every node), and the LP is solved again from
	 * its basis by the dual method. Stops when a round finds no cut or moves the bound by
	 * less than 0.1 %.
	 */
	BoundedDualSimplex.Outcome atRoot(BoundedDualSimplex.Outcome first) {
		int[] count = new int[this.candidates.k];
		for (int f = 0; f < this.candidates.nf; f++) {
			for (int r : this.candidates.colR[f]) {
				count[r]++;
			}
		}
		this.rowItems = new int[this.candidates.k][];
		this.rowWeights = new double[this.candidates.k][];
		for (int r = 0; r < this.candidates.k; r++) {
			this.rowItems[r] = new int[count[r]];
			this.rowWeights[r] = new double[count[r]];
			count[r] = 0;
		}
		for (int f = 0; f < this.candidates.nf; f++) {
			for (int q = 0; q < this.candidates.colR[f].length; q++) {
				int r = this.candidates.colR[f][q];
				this.rowItems[r][count[r]] = f;
				this.rowWeights[r][count[r]++] = this.lp.lpA[f][q];
			}
		}
		this.cliques = new CliqueCuts(this.candidates.nf);
		for (int f = 0; f < this.candidates.nf; f++) {
			for (int g : this.candidates.excl[f]) {
				this.cliques.addConflict(f, g);
			}
		}
		for (int r = 0; r < this.candidates.k; r++) {
			double[] weights = new double[this.rowItems[r].length];
			for (int q = 0; q < weights.length; q++) {
				int f = this.rowItems[r][q];
				for (int p = 0; p < this.candidates.colR[f].length; p++) {
					if (this.candidates.colR[f][p] == r) {
						weights[q] = this.candidates.colA[f][p];
					}
				}
			}
			this.cliques.addRow(this.rowItems[r], weights, this.candidates.cap[r] + this.candidates.tol[r],
					this.candidates.margin(r));
		}
		BoundedDualSimplex.Outcome outcome = first;
		double[] rc = new double[this.candidates.nf];
		double previous = this.lp.simplex.lagrangianBound(rc);
		BranchAndBound.trace("root LP before cuts: bound %.2f", this.baseValue + previous * this.lp.scale);
		for (int round = 0; round < MAX_CUT_ROUNDS && outcome == BoundedDualSimplex.Outcome.OPTIMAL
				&& System.nanoTime() < this.deadline; round++) {
			long t = System.nanoTime();
			int added = separate();
			if (added == 0) {
				break;
			}
			outcome = this.lp.simplex.solve(50 * (this.lp.simplex.m + this.candidates.nf));
			double now = this.lp.simplex.lagrangianBound(rc);
			BranchAndBound.trace("cut round %d: %d cuts, %d rows, %s, bound %.2f, %.1f ms", round, added,
					this.lp.simplex.m, outcome, this.baseValue + now * this.lp.scale, (System.nanoTime() - t) / 1e6);
			if (previous - now < 1e-3 * Math.abs(now)) {
				break;
			}
			previous = now;
		}
		this.rootRows = this.lp.simplex.m;
		return outcome;
	}

	/**
	 * Separates every limit row against the current LP solution and adds the violated
	 * clique cuts ({@link CliqueCuts}) and cover cuts to the LP; returns how many.
	 */
	int separate() {
		double[] x = new double[this.candidates.nf];
		for (int f = 0; f < this.candidates.nf; f++) {
			x[f] = Math.min(1, Math.max(0, this.lp.simplex.x(f)));
		}
		java.util.List<double[]> rows = new java.util.ArrayList<>();
		java.util.List<Double> rhs = new java.util.ArrayList<>();
		for (int[] clique : this.cliques.separate(x, 1e-3, Math.max(10, this.candidates.k / 4))) {
			double[] row = new double[this.candidates.nf];
			for (int f : clique) {
				row[f] = 1;
			}
			rows.add(row);
			rhs.add(1.0);
		}
		for (int r = 0; r < this.candidates.k; r++) {
			CoverCuts.Cut cut = CoverCuts.separate(this.rowItems[r], this.rowWeights[r], this.lp.lpRhs[r],
					this.candidates.margin(r), x, 1e-3);
			if (cut != null) {
				double[] row = new double[this.candidates.nf];
				for (int q = 0; q < cut.items().length; q++) {
					row[cut.items()[q]] = cut.coefficients()[q];
				}
				rows.add(row);
				rhs.add((double) cut.rhs());
			}
		}
		if (!rows.isEmpty()) {
			this.lp.simplex.addRows(rows.toArray(double[][]::new),
					rhs.stream().mapToDouble(Double::doubleValue).toArray());
		}
		return rows.size();
	}

	void setAside() {
		java.util.List<double[]> rows = new java.util.ArrayList<>();
		java.util.List<Double> rhs = new java.util.ArrayList<>();
		int removed = this.lp.simplex.removeSlackRows(0, 1e-6, rows, rhs);
		for (int i = 0; i < removed; i++) {
			double[] row = rows.get(i);
			int count = 0;
			for (double v : row) {
				if (v != 0) {
					count++;
				}
			}
			int[] index = new int[count];
			double[] value = new double[count];
			count = 0;
			for (int f = 0; f < this.candidates.nf; f++) {
				if (row[f] != 0) {
					index[count] = f;
					value[count++] = row[f];
				}
			}
			this.asideIndex.add(index);
			this.asideValue.add(value);
			this.asideRhs.add(rhs.get(i));
		}
		this.rootRows = this.lp.simplex.m;
		BranchAndBound.trace("%d slack rows set aside, %d left", removed, this.lp.simplex.m);
	}

	/**
	 * Adds back to the LP every row set aside that its solution breaks, and solves again,
	 * until it breaks none.
	 */
	BoundedDualSimplex.Outcome addBackViolated(BoundedDualSimplex.Outcome first) {
		BoundedDualSimplex.Outcome outcome = first;
		double[] x = new double[this.candidates.nf];
		while (outcome == BoundedDualSimplex.Outcome.OPTIMAL && !this.asideRhs.isEmpty()) {
			for (int f = 0; f < this.candidates.nf; f++) {
				x[f] = this.lp.simplex.x(f);
			}
			java.util.List<double[]> rows = new java.util.ArrayList<>();
			java.util.List<Double> rhs = new java.util.ArrayList<>();
			for (int i = this.asideRhs.size() - 1; i >= 0; i--) {
				int[] index = this.asideIndex.get(i);
				double[] value = this.asideValue.get(i);
				double activity = 0;
				for (int q = 0; q < index.length; q++) {
					activity += value[q] * x[index[q]];
				}
				double b = this.asideRhs.get(i);
				if (activity > b + 1e-9 * Math.max(1, Math.abs(b))) {
					double[] row = new double[this.candidates.nf];
					for (int q = 0; q < index.length; q++) {
						row[index[q]] = value[q];
					}
					rows.add(row);
					rhs.add(b);
					this.asideIndex.remove(i);
					this.asideValue.remove(i);
					this.asideRhs.remove(i);
				}
			}
			if (rows.isEmpty()) {
				break;
			}
			this.lp.simplex.addRows(rows.toArray(double[][]::new),
					rhs.stream().mapToDouble(Double::doubleValue).toArray());
			outcome = this.lp.simplex.solve(20 * this.lp.simplex.m + 100);
		}
		return outcome;
	}

}
