package org.agilepmo.engine.portfolio;

import java.util.Arrays;

/**
 * The linear relaxation {@code max c'x, Ax + s = b, lb <= x <= ub, s >= 0} solved by the
 * dual simplex method with bounded variables on a dense tableau (Chvátal, "Linear
 * Programming", 1983, ch. 8 and 10; Koberstein, "The dual simplex method, techniques for
 * a fast and stable implementation", 2005, ch. 3 for the bounded ratio test and Harris'
 * tolerances).
 * <p>
 * Branch and bound only changes the bounds of structural variables. A nonbasic structural
 * variable can always be put at the bound its reduced cost prefers, so the basis stays
 * dual feasible and each node restarts from the previous node's basis with a few dual
 * pivots. The tableau is rebuilt from the original matrix every {@value #REFACTOR_EVERY}
 * pivots to stop rounding errors from piling up; pruning does not trust it anyway (see
 * {@link #lagrangianBound}).
 */
final class BoundedDualSimplex {

	enum Outcome {

		OPTIMAL, INFEASIBLE, ITERATION_LIMIT

	}

	private static final int REFACTOR_EVERY = 2000;

	private static final double PRIMAL_TOL = 1e-9;

	private static final double DUAL_TOL = 1e-9;

	private static final double PIVOT_TOL = 1e-9;

	int m;

	final int n;

	private int width;

	/** Original constraint matrix, dense, row-major m x n. */
	private double[] a;

	private double[] b;

	private final double[] c;

	/** Tableau B^-1 [A | I], row-major m x width. */
	private double[] t;

	/** Values of the basic variables. */
	private double[] beta;

	/** Reduced costs c_j - c_B B^-1 a_j. */
	private double[] d;

	private double[] lb;

	private double[] ub;

	private int[] basis;

	/** Row of a basic variable, or -1. */
	private int[] row;

	private boolean[] atUpper;

	private int[] nonzero;

	/** Squared norms of the rows of B^-1, or their Devex estimates. */
	private double[] rowWeight;

	private int pivotsSinceRefactor;

	long pivots;

	/**
	 * {@link System#nanoTime()} after which a solve gives up with
	 * {@link Outcome#ITERATION_LIMIT}.
	 */
	long deadline = Long.MAX_VALUE;

	BoundedDualSimplex(int m, int n, double[] a, double[] b, double[] c) {
		this.m = m;
		this.n = n;
		this.width = n + m;
		this.a = a;
		this.b = b;
		this.c = c;
		this.t = new double[m * this.width];
		this.beta = new double[m];
		this.d = new double[this.width];
		this.lb = new double[this.width];
		this.ub = new double[this.width];
		this.basis = new int[m];
		this.row = new int[this.width];
		this.atUpper = new boolean[this.width];
		this.nonzero = new int[this.width];
		Arrays.fill(this.ub, 0, n, 1);
		Arrays.fill(this.ub, n, this.width, Double.POSITIVE_INFINITY);
		slackBasis();
	}

	private void slackBasis() {
		Arrays.fill(this.t, 0);
		Arrays.fill(this.row, -1);
		for (int i = 0; i < this.m; i++) {
			System.arraycopy(this.a, i * this.n, this.t, i * this.width, this.n);
			this.t[i * this.width + this.n + i] = 1;
			this.basis[i] = this.n + i;
			this.row[this.n + i] = i;
		}
		System.arraycopy(this.c, 0, this.d, 0, this.n);
		Arrays.fill(this.d, this.n, this.width, 0);
		for (int j = 0; j < this.n; j++) {
			this.atUpper[j] = this.d[j] > 0;
		}
		this.rowWeight = new double[this.m];
		Arrays.fill(this.rowWeight, 1);
		recomputeBeta();
		this.pivotsSinceRefactor = 0;
	}

	/**
	 * beta = B^-1 (b - A_N x_N), with B^-1 read from the slack columns of the tableau.
	 */
	private void recomputeBeta() {
		double[] rhs = new double[this.m];
		for (int i = 0; i < this.m; i++) {
			double r = this.b[i];
			for (int j = 0; j < this.n; j++) {
				if (this.row[j] < 0) {
					r -= this.a[i * this.n + j] * value(j);
				}
			}
			rhs[i] = r;
		}
		for (int i = 0; i < this.m; i++) {
			double v = 0;
			int base = i * this.width + this.n;
			for (int k = 0; k < this.m; k++) {
				v += this.t[base + k] * rhs[k];
			}
			this.beta[i] = v;
		}
	}

	private double value(int j) {
		return this.atUpper[j] ? this.ub[j] : this.lb[j];
	}

	/**
	 * Sets the bounds of structural variable {@code j}; a nonbasic one moves to the bound
	 * its reduced cost prefers.
	 */
	void setBounds(int j, double lower, double upper) {
		if (this.row[j] >= 0) {
			this.lb[j] = lower;
			this.ub[j] = upper;
			return;
		}
		double old = value(j);
		this.lb[j] = lower;
		this.ub[j] = upper;
		this.atUpper[j] = this.d[j] > DUAL_TOL || (this.d[j] >= -DUAL_TOL && this.atUpper[j]);
		shift(j, value(j) - old);
	}

	private void shift(int j, double delta) {
		if (delta == 0) {
			return;
		}
		for (int i = 0; i < this.m; i++) {
			double alpha = this.t[i * this.width + j];
			if (alpha != 0) {
				this.beta[i] -= alpha * delta;
			}
		}
	}

	/** Puts every nonbasic structural variable at the bound its reduced cost prefers. */
	private void restoreDualFeasibility() {
		for (int j = 0; j < this.n; j++) {
			if (this.row[j] < 0 && this.lb[j] < this.ub[j]) {
				boolean upper = this.d[j] > DUAL_TOL || (this.d[j] >= -DUAL_TOL && this.atUpper[j]);
				if (upper != this.atUpper[j]) {
					double old = value(j);
					this.atUpper[j] = upper;
					shift(j, value(j) - old);
				}
			}
		}
	}

	Outcome solve(int maxPivots) {
		if (this.pivotsSinceRefactor >= REFACTOR_EVERY) {
			refactor();
		}
		restoreDualFeasibility();
		for (int iteration = 0; iteration < maxPivots; iteration++) {
			if ((iteration & 31) == 31 && System.nanoTime() > this.deadline) {
				return Outcome.ITERATION_LIMIT;
			}
			// dual steepest edge: infeasibility squared over the squared norm of the row
			// of B^-1 (exact after a refactorisation or new rows, then updated as in
			// dual Devex)
			int r = -1;
			double worst = 0;
			for (int i = 0; i < this.m; i++) {
				int k = this.basis[i];
				double x = this.beta[i];
				double infeasibility = x < this.lb[k] - PRIMAL_TOL ? this.lb[k] - x
						: x > this.ub[k] + PRIMAL_TOL ? x - this.ub[k] : 0;
				if (infeasibility > 0) {
					double score = infeasibility * infeasibility / this.rowWeight[i];
					if (score > worst) {
						worst = score;
						r = i;
					}
				}
			}
			if (r < 0) {
				return Outcome.OPTIMAL;
			}
			int leaving = this.basis[r];
			boolean toLower = this.beta[r] < this.lb[leaving];
			int entering = chooseEntering(r, toLower);
			if (entering < 0) {
				return Outcome.INFEASIBLE;
			}
			double target = toLower ? this.lb[leaving] : this.ub[leaving];
			double alpha = this.t[r * this.width + entering];
			double delta = (this.beta[r] - target) / alpha;
			double enteringValue = value(entering) + delta;
			shift(entering, delta);
			pivot(r, entering);
			this.beta[r] = enteringValue;
			this.row[leaving] = -1;
			this.atUpper[leaving] = !toLower;
			if (this.pivotsSinceRefactor >= REFACTOR_EVERY) {
				refactor();
			}
		}
		return Outcome.ITERATION_LIMIT;
	}

	/**
	 * The primal simplex method with bounded variables from the empty selection (every
	 * structural variable at 0, which keeps {@code b >= 0}); used once at the root, where
	 * it needs far fewer pivots than the dual method started from "everything selected".
	 */
	Outcome solvePrimalFromZero(int maxPivots) {
		return solvePrimalFrom(new boolean[this.n], maxPivots);
	}

	/**
	 * The primal simplex method from the vertex where every structural variable is
	 * nonbasic at its upper bound if {@code start} says so, at its lower bound otherwise,
	 * with every slack basic; {@code start} must satisfy every row (a feasible selection
	 * does).
	 */
	Outcome solvePrimalFrom(boolean[] start, int maxPivots) {
		double[] devex = new double[this.width];
		Arrays.fill(devex, 1);
		for (int j = 0; j < this.n; j++) {
			if (this.row[j] < 0 && this.atUpper[j] != start[j]) {
				double old = value(j);
				this.atUpper[j] = start[j];
				shift(j, value(j) - old);
			}
		}
		for (int iteration = 0; iteration < maxPivots; iteration++) {
			if ((iteration & 31) == 31 && System.nanoTime() > this.deadline) {
				return Outcome.ITERATION_LIMIT;
			}
			// Devex pricing (Forrest and Goldfarb, 1992): gain squared over a reference
			// weight that approximates the squared length of the edge
			int entering = -1;
			double bestScore = 0;
			for (int j = 0; j < this.width; j++) {
				if (this.row[j] >= 0 || this.lb[j] == this.ub[j]) {
					continue;
				}
				double gain = this.atUpper[j] ? -this.d[j] : this.d[j];
				if (gain > DUAL_TOL) {
					double score = gain * gain / devex[j];
					if (score > bestScore) {
						bestScore = score;
						entering = j;
					}
				}
			}
			if (entering < 0) {
				return Outcome.OPTIMAL;
			}
			double direction = this.atUpper[entering] ? -1 : 1;
			double theta = this.ub[entering] - this.lb[entering];
			int leaving = -1;
			double leavingAlpha = 0;
			for (int i = 0; i < this.m; i++) {
				double alpha = this.t[i * this.width + entering] * direction;
				int k = this.basis[i];
				double limit;
				if (alpha > PIVOT_TOL) {
					limit = Math.max(0, (this.beta[i] - this.lb[k]) / alpha);
				}
				else if (alpha < -PIVOT_TOL && this.ub[k] != Double.POSITIVE_INFINITY) {
					limit = Math.max(0, (this.ub[k] - this.beta[i]) / -alpha);
				}
				else {
					continue;
				}
				if (limit < theta - 1e-12
						|| (limit <= theta + 1e-12 && leaving >= 0 && Math.abs(alpha) > leavingAlpha)) {
					theta = Math.min(theta, limit);
					leaving = i;
					leavingAlpha = Math.abs(alpha);
				}
			}
			if (leaving < 0) {
				double old = value(entering);
				this.atUpper[entering] = !this.atUpper[entering];
				shift(entering, value(entering) - old);
				continue;
			}
			int k = this.basis[leaving];
			double pivotAlpha = this.t[leaving * this.width + entering];
			boolean toUpper = pivotAlpha * direction < 0;
			double enteringValue = value(entering) + direction * theta;
			shift(entering, direction * theta);
			pivot(leaving, entering);
			double reference = devex[entering];
			int base = leaving * this.width;
			for (int j = 0; j < this.width; j++) {
				double ratio = this.t[base + j];
				if (ratio != 0 && this.row[j] < 0) {
					devex[j] = Math.max(devex[j], ratio * ratio * reference);
				}
			}
			devex[k] = Math.max(reference / (pivotAlpha * pivotAlpha), 1);
			this.beta[leaving] = enteringValue;
			this.row[k] = -1;
			this.atUpper[k] = toUpper;
		}
		return Outcome.ITERATION_LIMIT;
	}

	/** Bounded dual ratio test with Harris' two passes. */
	private int chooseEntering(int r, boolean toLower) {
		int base = r * this.width;
		double limit = Double.POSITIVE_INFINITY;
		for (int j = 0; j < this.width; j++) {
			if (this.row[j] >= 0 || this.lb[j] == this.ub[j]) {
				continue;
			}
			double alpha = this.t[base + j];
			if (eligible(j, alpha, toLower)) {
				double ratio = (Math.abs(this.d[j]) + DUAL_TOL) / Math.abs(alpha);
				if (ratio < limit) {
					limit = ratio;
				}
			}
		}
		if (limit == Double.POSITIVE_INFINITY) {
			return -1;
		}
		int best = -1;
		double bestAlpha = 0;
		for (int j = 0; j < this.width; j++) {
			if (this.row[j] >= 0 || this.lb[j] == this.ub[j]) {
				continue;
			}
			double alpha = this.t[base + j];
			if (eligible(j, alpha, toLower) && Math.abs(this.d[j]) / Math.abs(alpha) <= limit
					&& Math.abs(alpha) > bestAlpha) {
				bestAlpha = Math.abs(alpha);
				best = j;
			}
		}
		return best;
	}

	private boolean eligible(int j, double alpha, boolean toLower) {
		if (Math.abs(alpha) < PIVOT_TOL) {
			return false;
		}
		boolean up = this.atUpper[j];
		return toLower ? (!up && alpha < 0) || (up && alpha > 0) : (!up && alpha > 0) || (up && alpha < 0);
	}

	private void pivot(int r, int j) {
		int w = this.width;
		int base = r * w;
		double inverse = 1 / this.t[base + j];
		int count = 0;
		for (int k = 0; k < w; k++) {
			double v = this.t[base + k];
			if (v != 0) {
				v *= inverse;
				this.t[base + k] = v;
				this.nonzero[count++] = k;
			}
		}
		this.t[base + j] = 1;
		double pivotWeight = this.rowWeight[r];
		this.rowWeight[r] = Math.max(pivotWeight * inverse * inverse, 1e-12);
		for (int i = 0; i < this.m; i++) {
			if (i == r) {
				continue;
			}
			int rowBase = i * w;
			double f = this.t[rowBase + j];
			if (f != 0) {
				double ratio = f * inverse;
				this.rowWeight[i] = Math.max(this.rowWeight[i], ratio * ratio * pivotWeight);
				for (int q = 0; q < count; q++) {
					int k = this.nonzero[q];
					this.t[rowBase + k] -= f * this.t[base + k];
				}
				this.t[rowBase + j] = 0;
			}
		}
		double f = this.d[j];
		if (f != 0) {
			for (int q = 0; q < count; q++) {
				int k = this.nonzero[q];
				this.d[k] -= f * this.t[base + k];
			}
		}
		this.d[j] = 0;
		this.basis[r] = j;
		this.row[j] = r;
		this.pivots++;
		this.pivotsSinceRefactor++;
	}

	/**
	 * Rebuilds the tableau, the basic values and the reduced costs from the original
	 * matrix and the current basis (Gauss-Jordan with partial pivoting); falls back to
	 * the slack basis when the basis has become numerically singular.
	 */
	private void refactor() {
		int[] vars = this.basis.clone();
		Arrays.fill(this.t, 0);
		for (int i = 0; i < this.m; i++) {
			System.arraycopy(this.a, i * this.n, this.t, i * this.width, this.n);
			this.t[i * this.width + this.n + i] = 1;
		}
		Arrays.fill(this.row, -1);
		boolean[] assigned = new boolean[this.m];
		System.arraycopy(this.c, 0, this.d, 0, this.n);
		Arrays.fill(this.d, this.n, this.width, 0);
		this.pivotsSinceRefactor = 0;
		for (int var : vars) {
			int p = -1;
			double best = 1e-11;
			for (int i = 0; i < this.m; i++) {
				double v = Math.abs(this.t[i * this.width + var]);
				if (!assigned[i] && v > best) {
					best = v;
					p = i;
				}
			}
			if (p < 0) {
				slackBasis();
				return;
			}
			assigned[p] = true;
			pivot(p, var);
		}
		this.pivots -= this.m;
		this.pivotsSinceRefactor = 0;
		for (int j = 0; j < this.n; j++) {
			if (this.row[j] < 0) {
				this.atUpper[j] = this.d[j] > DUAL_TOL || (this.d[j] >= -DUAL_TOL && this.atUpper[j]);
			}
		}
		recomputeBeta();
		exactRowWeights();
	}

	/**
	 * Adds rows {@code rows[i] x <= rhs[i]} with their slacks basic. The reduced costs do
	 * not change, so the basis stays dual feasible and {@link #solve} goes on from it.
	 */
	void addRows(double[][] rows, double[] rhs) {
		int add = rhs.length;
		int m2 = this.m + add;
		int w2 = this.n + m2;
		double[] a2 = Arrays.copyOf(this.a, m2 * this.n);
		double[] b2 = Arrays.copyOf(this.b, m2);
		double[] t2 = new double[m2 * w2];
		for (int i = 0; i < this.m; i++) {
			System.arraycopy(this.t, i * this.width, t2, i * w2, this.width);
		}
		double[] beta2 = Arrays.copyOf(this.beta, m2);
		int[] basis2 = Arrays.copyOf(this.basis, m2);
		for (int i = 0; i < add; i++) {
			int r = this.m + i;
			System.arraycopy(rows[i], 0, a2, r * this.n, this.n);
			b2[r] = rhs[i];
			int base = r * w2;
			System.arraycopy(rows[i], 0, t2, base, this.n);
			t2[base + this.n + r] = 1;
			double activity = 0;
			for (int j = 0; j < this.n; j++) {
				activity += rows[i][j] * x(j);
			}
			for (int q = 0; q < this.m; q++) {
				int var = this.basis[q];
				double f = var < this.n ? rows[i][var] : 0;
				if (f != 0) {
					int from = q * w2;
					for (int k = 0; k < this.width; k++) {
						double v = t2[from + k];
						if (v != 0) {
							t2[base + k] -= f * v;
						}
					}
					t2[base + var] = 0;
				}
			}
			beta2[r] = rhs[i] - activity;
			basis2[r] = this.n + r;
		}
		this.d = Arrays.copyOf(this.d, w2);
		this.lb = Arrays.copyOf(this.lb, w2);
		this.ub = Arrays.copyOf(this.ub, w2);
		Arrays.fill(this.ub, this.n + this.m, w2, Double.POSITIVE_INFINITY);
		this.atUpper = Arrays.copyOf(this.atUpper, w2);
		this.row = Arrays.copyOf(this.row, w2);
		for (int i = 0; i < add; i++) {
			this.row[this.n + this.m + i] = this.m + i;
		}
		this.nonzero = new int[w2];
		this.a = a2;
		this.b = b2;
		this.t = t2;
		this.beta = beta2;
		this.basis = basis2;
		this.m = m2;
		this.width = w2;
		exactRowWeights();
	}

	/**
	 * Removes the rows whose slack is basic with a value above {@code minSlack}: rows the
	 * current solution does not need. Removing a row together with its basic slack leaves
	 * a valid basis of the other rows, with the same tableau entries, basic values and
	 * reduced costs (the slack's column of B^-1 is a unit vector). The LP without them is
	 * a relaxation, so its bounds stay valid; the caller keeps the rows and adds back any
	 * the solution of a later LP violates.
	 * @return the removed rows as {@code [row index]}: their coefficients in
	 * {@code removedRows} and right-hand sides in {@code removedRhs}, both filled in
	 * order
	 */
	int removeSlackRows(int from, double minSlack, java.util.List<double[]> removedRows,
			java.util.List<Double> removedRhs) {
		boolean[] drop = new boolean[this.m];
		int dropped = 0;
		for (int i = from; i < this.m; i++) {
			int r = this.row[this.n + i];
			if (r >= 0 && this.beta[r] > minSlack) {
				drop[i] = true;
				dropped++;
			}
		}
		if (dropped == 0) {
			return 0;
		}
		int m2 = this.m - dropped;
		int w2 = this.n + m2;
		// new index of every column; -1 for the removed slacks
		int[] column = new int[this.width];
		for (int j = 0; j < this.n; j++) {
			column[j] = j;
		}
		int kept = 0;
		int[] newRow = new int[this.m];
		for (int i = 0; i < this.m; i++) {
			if (drop[i]) {
				column[this.n + i] = -1;
				newRow[i] = -1;
				double[] coefficients = Arrays.copyOfRange(this.a, i * this.n, (i + 1) * this.n);
				removedRows.add(coefficients);
				removedRhs.add(this.b[i]);
			}
			else {
				column[this.n + i] = this.n + kept;
				newRow[i] = kept++;
			}
		}
		double[] a2 = new double[m2 * this.n];
		double[] b2 = new double[m2];
		for (int i = 0; i < this.m; i++) {
			if (newRow[i] >= 0) {
				System.arraycopy(this.a, i * this.n, a2, newRow[i] * this.n, this.n);
				b2[newRow[i]] = this.b[i];
			}
		}
		// tableau rows: drop the row where each removed slack is basic
		boolean[] dropTableauRow = new boolean[this.m];
		for (int i = 0; i < this.m; i++) {
			if (drop[i]) {
				dropTableauRow[this.row[this.n + i]] = true;
			}
		}
		double[] t2 = new double[m2 * w2];
		double[] beta2 = new double[m2];
		int[] basis2 = new int[m2];
		double[] weight2 = new double[m2];
		int q = 0;
		for (int r = 0; r < this.m; r++) {
			if (dropTableauRow[r]) {
				continue;
			}
			int from2 = r * this.width;
			int to = q * w2;
			for (int c = 0; c < this.width; c++) {
				int c2 = column[c];
				if (c2 >= 0) {
					t2[to + c2] = this.t[from2 + c];
				}
			}
			beta2[q] = this.beta[r];
			basis2[q] = column[this.basis[r]];
			weight2[q] = this.rowWeight[r];
			q++;
		}
		double[] d2 = new double[w2];
		double[] lb2 = new double[w2];
		double[] ub2 = new double[w2];
		boolean[] atUpper2 = new boolean[w2];
		int[] row2 = new int[w2];
		Arrays.fill(row2, -1);
		for (int c = 0; c < this.width; c++) {
			int c2 = column[c];
			if (c2 >= 0) {
				d2[c2] = this.d[c];
				lb2[c2] = this.lb[c];
				ub2[c2] = this.ub[c];
				atUpper2[c2] = this.atUpper[c];
			}
		}
		for (int r = 0; r < m2; r++) {
			row2[basis2[r]] = r;
		}
		this.a = a2;
		this.b = b2;
		this.t = t2;
		this.beta = beta2;
		this.basis = basis2;
		this.rowWeight = weight2;
		this.d = d2;
		this.lb = lb2;
		this.ub = ub2;
		this.atUpper = atUpper2;
		this.row = row2;
		this.nonzero = new int[w2];
		this.m = m2;
		this.width = w2;
		return dropped;
	}

	/** Exact squared norms of the rows of B^-1, the slack columns of the tableau. */
	private void exactRowWeights() {
		this.rowWeight = new double[this.m];
		for (int i = 0; i < this.m; i++) {
			double norm = 0;
			int base = i * this.width + this.n;
			for (int q = 0; q < this.m; q++) {
				double v = this.t[base + q];
				norm += v * v;
			}
			this.rowWeight[i] = Math.max(norm, 1e-12);
		}
	}

	/** The value of structural variable {@code j} in the current basic solution. */
	double x(int j) {
		int r = this.row[j];
		return r >= 0 ? this.beta[r] : value(j);
	}

	/**
	 * A bound that holds whatever the rounding errors of the tableau: the Lagrangian dual
	 * {@code y'b + sum_j max over [lb_j, ub_j] of (c_j - y'a_j) x_j} at the row prices
	 * {@code y = max(0, -d_slack)}, evaluated from the original data. Writes the reduced
	 * costs {@code c_j - y'a_j} into {@code reducedCost}.
	 */
	double lagrangianBound(double[] reducedCost) {
		double bound = 0;
		// sum of the magnitudes of every product and sum below: rounding moves the result
		// by less than (terms) * 2^-53 of it, so a margin of 1e-12 of it covers up to
		// about 9,000 terms per sum
		double magnitude = 0;
		double[] y = new double[this.m];
		for (int i = 0; i < this.m; i++) {
			y[i] = Math.max(0, -this.d[this.n + i]);
			bound += y[i] * this.b[i];
			magnitude += Math.abs(y[i] * this.b[i]);
		}
		double[] size = new double[this.n];
		for (int j = 0; j < this.n; j++) {
			reducedCost[j] = this.c[j];
			size[j] = Math.abs(this.c[j]);
		}
		for (int i = 0; i < this.m; i++) {
			double yi = y[i];
			if (yi != 0) {
				int base = i * this.n;
				for (int j = 0; j < this.n; j++) {
					double product = yi * this.a[base + j];
					reducedCost[j] -= product;
					size[j] += Math.abs(product);
				}
			}
		}
		for (int j = 0; j < this.n; j++) {
			double rc = reducedCost[j];
			bound += Math.max(rc * this.lb[j], rc * this.ub[j]);
			magnitude += size[j];
		}
		return bound + 1e-12 * magnitude;
	}

	/** The row prices of the current basis, {@code max(0, -d_slack)}. */
	double[] prices() {
		double[] y = new double[this.m];
		for (int i = 0; i < this.m; i++) {
			y[i] = Math.max(0, -this.d[this.n + i]);
		}
		return y;
	}

}
