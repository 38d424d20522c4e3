package org.agilepmo.engine.portfolio;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * Best-first branch and bound over the candidates left free by presolve: a 0-1
 * multidimensional knapsack with precedence ("requires") and conflict ("excludes")
 * constraints (Kellerer, Pferschy and Pisinger, "Knapsack Problems", 2004, ch. 9 and 13).
 * <ul>
 * <li>Bound: the linear relaxation with the precedence and conflict rows
 * ({@link BoundedDualSimplex}) and lifted cover cuts of the limit rows
 * ({@link CoverCuts}, rounds at the root, one round per node within a budget of rows),
 * made safe as a Lagrangian bound at the LP's prices.</li>
 * <li>Incumbent: greedy by value per priced resource, then a drop-and-refill local
 * search; at every node the greedy again, guided by the LP solution.</li>
 * <li>Propagation at each node: requirements, conflicts and residual capacity;
 * reduced-cost fixing (Nemhauser and Wolsey, "Integer and Combinatorial Optimization",
 * 1988, II.4.2).</li>
 * <li>Branching on pseudo-costs; the open node with the greatest bound is taken next
 * (Land and Doig, 1960), the deepest on ties, so the bound reported at the time limit
 * tightens as the search goes.</li>
 * </ul>
 */
final class BranchAndBound {

	private static final byte FREE = -1;

	private final int[] free;

	private final int nf;

	private final int k;

	private final double[] value;

	private final double[] cap;

	private final double[] tol;

	private final int[][] colR;

	private final double[][] colA;

	private final int[][] req;

	private final int[][] reqBy;

	private final int[][] excl;

	private final int[][] closure;

	private final double baseValue;

	private final long deadline;

	private final double gapTolerance;

	private final long nodeLimit;

	/**
	 * {@link #valueStep(double[])} of every candidate's value, mandatory ones included.
	 */
	private final double valueStep;

	private double[] weight;

	/** Priced use of each candidate at the root LP's prices; null before. */
	private double[] pricedUse;

	boolean[] best;

	double bestValue;

	double bound;

	long nodes;

	boolean complete;

	private final int[] memberStamp;

	private final int[] rowStamp;

	private final double[] rowAcc;

	private final int[] touched;

	private int stamp;

	/**
	 * Greatest bound of a node pruned because it could not beat the incumbent by more
	 * than the tolerance.
	 */
	private double prunedBound = Double.NEGATIVE_INFINITY;

	BranchAndBound(CompiledProblem problem, int[] free, double[] residual, double baseValue, long deadline,
			double gapTolerance, long nodeLimit) {
		this.nodeLimit = nodeLimit;
		this.valueStep = valueStep(problem.value);
		this.free = free;
		this.nf = free.length;
		this.baseValue = baseValue;
		this.deadline = deadline;
		this.gapTolerance = gapTolerance;
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
		this.memberStamp = new int[this.nf];
		this.rowStamp = new int[this.k];
		this.rowAcc = new double[this.k];
		this.touched = new int[this.k];
		this.weight = new double[this.k];
		for (int r = 0; r < this.k; r++) {
			this.weight[r] = 1 / Math.max(this.cap[r], 1e-9);
		}
		this.best = new boolean[this.nf];
		this.bestValue = 0;
	}

	/** Runs until the proof, the gap tolerance or the deadline. */
	void run() {
		byte[] none = new byte[this.nf];
		Arrays.fill(none, FREE);
		long t = System.nanoTime();
		heuristic(none, null);
		trace("n %d rows %d, first heuristic %.1f ms, incumbent %.2f", this.nf, this.k, (System.nanoTime() - t) / 1e6,
				total(this.bestValue));
		if (this.nf == 0) {
			this.bound = this.baseValue;
			this.complete = true;
			return;
		}
		Lp lp = buildLp();
		double vmax = lp.scale;
		double[] rc = new double[this.nf];
		double[] x = new double[this.nf];
		byte[] fix = new byte[this.nf];
		PriorityQueue<Node> stack = new PriorityQueue<>();
		double everything = this.baseValue;
		for (int f = 0; f < this.nf; f++) {
			everything += this.value[f];
		}
		this.bound = everything;
		stack.add(new Node(none, everything, 0, -1, false, 0));
		boolean root = true;
		// plunging: the child solved right after its parent, whose basis is only one
		// bound away
		Node next = null;
		int plunge = 0;
		while (!stack.isEmpty() || next != null) {
			if (System.nanoTime() > this.deadline || this.nodes >= this.nodeLimit) {
				double open = Double.NEGATIVE_INFINITY;
				for (Node node : stack) {
					open = Math.max(open, node.bound);
				}
				if (next != null) {
					open = Math.max(open, next.bound);
				}
				this.bound = Math.max(total(this.bestValue), onTheGrid(Math.max(open, this.prunedBound)));
				trace("time out: %d nodes, %d open, %d pivots, bound %.2f, incumbent %.2f", this.nodes, stack.size(),
						lp.simplex.pivots, this.bound, total(this.bestValue));
				return;
			}
			Node node;
			if (next != null) {
				node = next;
				next = null;
			}
			else {
				node = stack.poll();
				plunge = 0;
			}
			if (prune(node.bound)) {
				continue;
			}
			this.nodes++;
			System.arraycopy(node.fix, 0, fix, 0, this.nf);
			double[] residual = new double[this.k];
			if (!propagate(fix, residual)) {
				continue;
			}
			long t0 = System.nanoTime();
			if (root) {
				lp.simplex.solvePrimalFrom(this.best, 50 * (lp.simplex.m + this.nf));
				trace("root primal %.1f ms, %d pivots", (System.nanoTime() - t0) / 1e6, lp.simplex.pivots);
			}
			for (int f = 0; f < this.nf; f++) {
				lp.simplex.setBounds(f, fix[f] == 1 ? 1 : 0, fix[f] == 0 ? 0 : 1);
			}
			BoundedDualSimplex.Outcome outcome = lp.simplex
				.solve(root ? 50 * (lp.simplex.m + this.nf) : 20 * lp.simplex.m + 100);
			if (outcome == BoundedDualSimplex.Outcome.INFEASIBLE) {
				continue;
			}
			if (root) {
				outcome = rootCuts(lp, outcome);
				if (outcome == BoundedDualSimplex.Outcome.OPTIMAL) {
					setAside(lp);
				}
			}
			else if (outcome == BoundedDualSimplex.Outcome.OPTIMAL && lp.simplex.m < this.rootRows + this.k
					&& System.nanoTime() < this.deadline) {
				// one round at the node, as long as the LP has fewer cut rows than the
				// root's plus one per limit: each row makes every later pivot dearer
				long cutStart = System.nanoTime();
				if (separate(lp) > 0) {
					outcome = lp.simplex.solve(20 * lp.simplex.m + 100);
				}
				this.cutNanos += System.nanoTime() - cutStart;
			}
			if (!root) {
				outcome = addBackViolated(lp, outcome);
			}
			if (outcome == BoundedDualSimplex.Outcome.INFEASIBLE) {
				continue;
			}
			double nodeBound = node.bound;
			// valid at any prices y >= 0, so also when the LP stopped at its pivot or
			// time limit
			double lagrangian = total(lp.simplex.lagrangianBound(rc) * vmax);
			nodeBound = Math.min(nodeBound, lagrangian);
			for (int f = 0; f < this.nf; f++) {
				rc[f] *= vmax;
			}
			if (root) {
				trace("root LP %s %.1f ms total, %d pivots, bound %.2f, incumbent %.2f", outcome,
						(System.nanoTime() - t0) / 1e6, lp.simplex.pivots, nodeBound, total(this.bestValue));
				this.bound = nodeBound;
				// what each candidate uses of every priced row (cuts included), in value
				// units: c_j - (c_j - y'a_j), with a trace of its plain share of each
				// limit
				this.pricedUse = new double[this.nf];
				for (int f = 0; f < this.nf; f++) {
					double share = 0;
					for (int q = 0; q < this.colR[f].length; q++) {
						share += this.colA[f][q] / Math.max(this.cap[this.colR[f][q]], 1e-9);
					}
					this.pricedUse[f] = Math.max(0, this.value[f] - rc[f]) + 1e-6 * vmax * share;
				}
				long t1 = System.nanoTime();
				heuristic(none, null);
				trace("root heuristic %.1f ms, incumbent %.2f", (System.nanoTime() - t1) / 1e6, total(this.bestValue));
				root = false;
			}
			if (node.branched >= 0 && node.moved > 1e-6 && outcome == BoundedDualSimplex.Outcome.OPTIMAL) {
				double perUnit = Math.max(0, node.bound - nodeBound) / Math.max(node.moved, 1e-6);
				int side = node.up ? 1 : 0;
				this.pseudoSum[side][node.branched] += perUnit;
				this.pseudoCount[side][node.branched]++;
				this.pseudoTotal[side] += perUnit;
				this.pseudoTotalCount[side]++;
			}
			if (prune(nodeBound)) {
				continue;
			}
			boolean integral = true;
			for (int f = 0; f < this.nf; f++) {
				x[f] = Math.min(1, Math.max(0, lp.simplex.x(f)));
				double frac = Math.min(x[f], 1 - x[f]);
				if (frac > 1e-6) {
					integral = false;
				}
			}
			heuristic(fix, x);
			if (integral && outcome == BoundedDualSimplex.Outcome.OPTIMAL) {
				continue;
			}
			if (prune(nodeBound)) {
				continue;
			}
			double cutoff = total(this.bestValue) + absoluteTolerance();
			for (int f = 0; f < this.nf; f++) {
				if (fix[f] == FREE && Math.abs(rc[f]) > 0 && lagrangian - Math.abs(rc[f]) <= cutoff) {
					fix[f] = (byte) (rc[f] > 0 ? 1 : 0);
				}
			}
			int branch = chooseBranch(fix, x);
			if (branch < 0) {
				for (int f = 0; f < this.nf; f++) {
					if (fix[f] == FREE && (branch < 0 || this.value[f] > this.value[branch])) {
						branch = f;
					}
				}
				if (branch < 0) {
					stack.add(new Node(fix.clone(), nodeBound, node.depth + 1, -1, false, 0));
					continue;
				}
			}
			byte[] down = fix.clone();
			down[branch] = 0;
			byte[] up = fix.clone();
			up[branch] = 1;
			Node downNode = new Node(down, nodeBound, node.depth + 1, branch, false, x[branch]);
			Node upNode = new Node(up, nodeBound, node.depth + 1, branch, true, 1 - x[branch]);
			Node first = x[branch] >= 0.5 ? upNode : downNode;
			Node second = first == upNode ? downNode : upNode;
			stack.add(second);
			Node top = stack.peek();
			if (plunge < MAX_PLUNGE && (top == null
					|| nodeBound - total(this.bestValue) >= PLUNGE_WITHIN * (top.bound - total(this.bestValue)))) {
				next = first;
				plunge++;
			}
			else {
				stack.add(first);
			}
		}
		this.complete = true;
		this.bound = Math.max(total(this.bestValue), this.prunedBound);
		trace("done: %d nodes, %d pivots, %d rows (%d after the root), node cuts %.0f ms of %.0f", this.nodes,
				lp.simplex.pivots, lp.simplex.m, this.rootRows, this.cutNanos / 1e6,
				(System.nanoTime() - this.searchStart) / 1e6);
	}

	static final boolean TRACE = Boolean.getBoolean("agilepmo.portfolio.trace");

	static void trace(String format, Object... args) {
		if (TRACE) {
			System.err.println(String.format(java.util.Locale.ROOT, format, args));
		}
	}

	/**
	 * Rounds of lifted cover cuts ({@link CoverCuts}) at the root: each limit row is
	 * separated against the LP solution, the violated cuts are added to the LP for good
	 * (they hold for every selection, so at every node), and the LP is solved again from
	 * its basis by the dual method. Stops when a round finds no cut or moves the bound by
	 * less than 0.1 %.
	 */
	private BoundedDualSimplex.Outcome rootCuts(Lp lp, BoundedDualSimplex.Outcome first) {
		int[] count = new int[this.k];
		for (int f = 0; f < this.nf; f++) {
			for (int r : this.colR[f]) {
				count[r]++;
			}
		}
		this.rowItems = new int[this.k][];
		this.rowWeights = new double[this.k][];
		for (int r = 0; r < this.k; r++) {
			this.rowItems[r] = new int[count[r]];
			this.rowWeights[r] = new double[count[r]];
			count[r] = 0;
		}
		for (int f = 0; f < this.nf; f++) {
			for (int q = 0; q < this.colR[f].length; q++) {
				int r = this.colR[f][q];
				this.rowItems[r][count[r]] = f;
				this.rowWeights[r][count[r]++] = this.lpA[f][q];
			}
		}
		this.cliques = new CliqueCuts(this.nf);
		for (int f = 0; f < this.nf; f++) {
			for (int g : this.excl[f]) {
				this.cliques.addConflict(f, g);
			}
		}
		for (int r = 0; r < this.k; r++) {
			double[] weights = new double[this.rowItems[r].length];
			for (int q = 0; q < weights.length; q++) {
				int f = this.rowItems[r][q];
				for (int p = 0; p < this.colR[f].length; p++) {
					if (this.colR[f][p] == r) {
						weights[q] = this.colA[f][p];
					}
				}
			}
			this.cliques.addRow(this.rowItems[r], weights, this.cap[r] + this.tol[r], margin(r));
		}
		BoundedDualSimplex.Outcome outcome = first;
		double[] rc = new double[this.nf];
		double previous = lp.simplex.lagrangianBound(rc);
		trace("root LP before cuts: bound %.2f", total(previous * lp.scale));
		for (int round = 0; round < MAX_CUT_ROUNDS && outcome == BoundedDualSimplex.Outcome.OPTIMAL
				&& System.nanoTime() < this.deadline; round++) {
			long t = System.nanoTime();
			int added = separate(lp);
			if (added == 0) {
				break;
			}
			outcome = lp.simplex.solve(50 * (lp.simplex.m + this.nf));
			double now = lp.simplex.lagrangianBound(rc);
			trace("cut round %d: %d cuts, %d rows, %s, bound %.2f, %.1f ms", round, added, lp.simplex.m, outcome,
					total(now * lp.scale), (System.nanoTime() - t) / 1e6);
			if (previous - now < 1e-3 * Math.abs(now)) {
				break;
			}
			previous = now;
		}
		this.rootRows = lp.simplex.m;
		return outcome;
	}

	/**
	 * Separates every limit row against the current LP solution and adds the violated
	 * clique cuts ({@link CliqueCuts}) and cover cuts to the LP; returns how many.
	 */
	private int separate(Lp lp) {
		double[] x = new double[this.nf];
		for (int f = 0; f < this.nf; f++) {
			x[f] = Math.min(1, Math.max(0, lp.simplex.x(f)));
		}
		java.util.List<double[]> rows = new java.util.ArrayList<>();
		java.util.List<Double> rhs = new java.util.ArrayList<>();
		for (int[] clique : this.cliques.separate(x, 1e-3, Math.max(10, this.k / 4))) {
			double[] row = new double[this.nf];
			for (int f : clique) {
				row[f] = 1;
			}
			rows.add(row);
			rhs.add(1.0);
		}
		for (int r = 0; r < this.k; r++) {
			CoverCuts.Cut cut = CoverCuts.separate(this.rowItems[r], this.rowWeights[r], this.lpRhs[r], margin(r), x,
					1e-3);
			if (cut != null) {
				double[] row = new double[this.nf];
				for (int q = 0; q < cut.items().length; q++) {
					row[cut.items()[q]] = cut.coefficients()[q];
				}
				rows.add(row);
				rhs.add((double) cut.rhs());
			}
		}
		if (!rows.isEmpty()) {
			lp.simplex.addRows(rows.toArray(double[][]::new), rhs.stream().mapToDouble(Double::doubleValue).toArray());
		}
		return rows.size();
	}

	private CliqueCuts cliques;

	/**
	 * How far a set must exceed row {@code r} (beyond its tolerance) to count as
	 * exceeding it: far above rounding error.
	 */
	private double margin(int r) {
		return Math.max(1e-9 * Math.max(1, Math.abs(this.cap[r])), 1e-3 * this.tol[r]);
	}

	/**
	 * Rows taken out of the LP because the root solution leaves them slack (limit rows
	 * and cuts alike), sparse: a row is added back as soon as a node's LP solution breaks
	 * it. The LP without them is a relaxation, so every bound stays valid, and an LP
	 * solution counts as a selection only once it keeps all of them.
	 */
	private final java.util.List<int[]> asideIndex = new java.util.ArrayList<>();

	private final java.util.List<double[]> asideValue = new java.util.ArrayList<>();

	private final java.util.List<Double> asideRhs = new java.util.ArrayList<>();

	private void setAside(Lp lp) {
		java.util.List<double[]> rows = new java.util.ArrayList<>();
		java.util.List<Double> rhs = new java.util.ArrayList<>();
		int removed = lp.simplex.removeSlackRows(0, 1e-6, rows, rhs);
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
			for (int f = 0; f < this.nf; f++) {
				if (row[f] != 0) {
					index[count] = f;
					value[count++] = row[f];
				}
			}
			this.asideIndex.add(index);
			this.asideValue.add(value);
			this.asideRhs.add(rhs.get(i));
		}
		this.rootRows = lp.simplex.m;
		trace("%d slack rows set aside, %d left", removed, lp.simplex.m);
	}

	/**
	 * Adds back to the LP every row set aside that its solution breaks, and solves again,
	 * until it breaks none.
	 */
	private BoundedDualSimplex.Outcome addBackViolated(Lp lp, BoundedDualSimplex.Outcome first) {
		BoundedDualSimplex.Outcome outcome = first;
		double[] x = new double[this.nf];
		while (outcome == BoundedDualSimplex.Outcome.OPTIMAL && !this.asideRhs.isEmpty()) {
			for (int f = 0; f < this.nf; f++) {
				x[f] = lp.simplex.x(f);
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
					double[] row = new double[this.nf];
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
			lp.simplex.addRows(rows.toArray(double[][]::new), rhs.stream().mapToDouble(Double::doubleValue).toArray());
			outcome = lp.simplex.solve(20 * lp.simplex.m + 100);
		}
		return outcome;
	}

	private int[][] rowItems;

	private double[][] rowWeights;

	/** Rows of the LP after the root's cut rounds. */
	private int rootRows;

	private static final int MAX_CUT_ROUNDS = 20;

	/**
	 * Plunging: at most this many children in a row are solved right after their parent,
	 * each only while its bound keeps at least {@link #PLUNGE_WITHIN} of the best open
	 * bound's lead over the incumbent. From its parent's basis a child's LP needs about a
	 * quarter of the pivots of a node taken from the queue (12 against 50 at 100 × 12 ×
	 * 20).
	 */
	private static final int MAX_PLUNGE = 10;

	private static final double PLUNGE_WITHIN = 0.75;

	/** Time spent in cut rounds at nodes, for the trace. */
	private long cutNanos;

	private final long searchStart = System.nanoTime();

	/**
	 * A node's greedy selection is improved by local search when it is within this share
	 * of the incumbent.
	 */
	private static final double LOCAL_SEARCH_WITHIN = 0.02;

	/** Bound lost per unit of change, summed per candidate: [0] down, [1] up. */
	private final double[][] pseudoSum = new double[2][];

	private final int[][] pseudoCount = new int[2][];

	private final double[] pseudoTotal = new double[2];

	private final int[] pseudoTotalCount = new int[2];

	/**
	 * The free fractional candidate whose branches are expected to lower the bound most
	 * (product of the two expected losses; Achterberg, Koch and Martin, "Branching rules
	 * revisited", 2005), from pseudo-costs: the bound lost per unit of change in earlier
	 * branchings on it, or on average while it has none. -1 when none is fractional.
	 */
	private int chooseBranch(byte[] fix, double[] x) {
		if (this.pseudoSum[0] == null) {
			for (int side = 0; side < 2; side++) {
				this.pseudoSum[side] = new double[this.nf];
				this.pseudoCount[side] = new int[this.nf];
			}
		}
		double[] average = new double[2];
		for (int side = 0; side < 2; side++) {
			average[side] = this.pseudoTotalCount[side] > 0 ? this.pseudoTotal[side] / this.pseudoTotalCount[side] : 1;
		}
		int branch = -1;
		double best = -1;
		for (int f = 0; f < this.nf; f++) {
			double frac = Math.min(x[f], 1 - x[f]);
			if (fix[f] != FREE || frac <= 1e-6) {
				continue;
			}
			double down = this.pseudoCount[0][f] > 0 ? this.pseudoSum[0][f] / this.pseudoCount[0][f] : average[0];
			double up = this.pseudoCount[1][f] > 0 ? this.pseudoSum[1][f] / this.pseudoCount[1][f] : average[1];
			double score = Math.max(down * x[f], 1e-6) * Math.max(up * (1 - x[f]), 1e-6) * (1 + 1e-9 * this.value[f]);
			if (score > best) {
				best = score;
				branch = f;
			}
		}
		return branch;
	}

	private double total(double reduced) {
		return this.baseValue + reduced;
	}

	private double absoluteTolerance() {
		return 1e-9 * Math.max(1, Math.abs(total(this.bestValue)));
	}

	/**
	 * The greatest whole multiple of {@link #valueStep} at most {@code bound} (with a
	 * slack far above the rounding of the division): no selection is worth more. The
	 * bound itself without a step.
	 */
	private double onTheGrid(double bound) {
		if (this.valueStep <= 0 || Double.isInfinite(bound)) {
			return bound;
		}
		double q = bound / this.valueStep;
		return Math.floor(q + 1e-9 * Math.max(1, Math.abs(q))) * this.valueStep;
	}

	/**
	 * The step of the value scores: the greatest number of which every score is a whole
	 * multiple, when the scores have at most three decimals; 0 otherwise. Every selection
	 * is then worth a whole multiple of it, so a node whose bound is less than one step
	 * above the incumbent holds nothing better (integral objective, as MIP solvers use
	 * it).
	 */
	static double valueStep(double[] values) {
		for (long scale : new long[] { 1, 10, 100, 1000 }) {
			long gcd = 0;
			boolean whole = true;
			for (double v : values) {
				double scaled = v * scale;
				long rounded = Math.round(scaled);
				if (Math.abs(scaled - rounded) > 1e-9 * Math.max(1, Math.abs(scaled)) || Math.abs(scaled) > 1e15) {
					whole = false;
					break;
				}
				gcd = gcd(gcd, Math.abs(rounded));
			}
			if (whole) {
				return gcd == 0 ? 0 : (double) gcd / scale;
			}
		}
		return 0;
	}

	private static long gcd(long a, long b) {
		while (b != 0) {
			long t = a % b;
			a = b;
			b = t;
		}
		return a;
	}

	private boolean prune(double nodeBound) {
		double incumbent = total(this.bestValue);
		if (nodeBound <= incumbent + absoluteTolerance()) {
			return true;
		}
		if (this.valueStep > 0 && nodeBound < incumbent + this.valueStep - absoluteTolerance()) {
			// a better selection would be worth at least one step more
			return true;
		}
		if (nodeBound > 0 && (nodeBound - incumbent) / nodeBound <= this.gapTolerance) {
			this.prunedBound = Math.max(this.prunedBound, nodeBound);
			return true;
		}
		return false;
	}

	/**
	 * Applies requirements, conflicts and residual capacity to the fixings; false when
	 * they contradict each other or a limit.
	 */
	private boolean propagate(byte[] fix, double[] residual) {
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
	 * Greedy from the node's fixings in the order the LP solution suggests (or by value
	 * per priced resource), then local search when it beats the incumbent.
	 */
	private void heuristic(byte[] fix, double[] lpValues) {
		boolean[] selected = new boolean[this.nf];
		double[] residual = this.cap.clone();
		double current = 0;
		for (int f = 0; f < this.nf; f++) {
			if (fix[f] == 1) {
				selected[f] = true;
				current += this.value[f];
				int[] rows = this.colR[f];
				for (int q = 0; q < rows.length; q++) {
					residual[rows[q]] -= this.colA[f][q];
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

	/** Candidates by LP value, then value per priced resource, best first. */
	private int[] order(double[] lpValues) {
		double[] ratio = new double[this.nf];
		double maxRatio = 0;
		for (int f = 0; f < this.nf; f++) {
			double use = 1e-12;
			if (this.pricedUse != null) {
				use += this.pricedUse[f];
			}
			else {
				for (int q = 0; q < this.colR[f].length; q++) {
					use += this.weight[this.colR[f][q]] * this.colA[f][q];
				}
			}
			ratio[f] = this.value[f] / use;
			maxRatio = Math.max(maxRatio, ratio[f]);
		}
		long[] keys = new long[this.nf];
		for (int f = 0; f < this.nf; f++) {
			double key = (maxRatio > 0 ? ratio[f] / maxRatio : 0) + (lpValues == null ? 0 : 2 * lpValues[f]);
			keys[f] = ((long) Float.floatToIntBits((float) key) << 32) | (this.nf - 1 - f);
		}
		Arrays.sort(keys);
		int[] order = new int[this.nf];
		for (int i = 0; i < this.nf; i++) {
			order[i] = this.nf - 1 - (int) (keys[this.nf - 1 - i] & 0xffffffffL);
		}
		return order;
	}

	private double greedy(byte[] fix, int[] order, boolean[] selected, double[] residual, double current) {
		for (int f : order) {
			if (!selected[f] && fix[f] != 0 && this.value[f] > 0) {
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
		for (int g : this.closure[f]) {
			if (!selected[g]) {
				if (fix[g] == 0) {
					return 0;
				}
				this.memberStamp[g] = s;
			}
		}
		int touchedCount = 0;
		double added = 0;
		for (int g : this.closure[f]) {
			if (selected[g]) {
				continue;
			}
			for (int e : this.excl[g]) {
				if (selected[e] || this.memberStamp[e] == s) {
					return 0;
				}
			}
			added += this.value[g];
			int[] rows = this.colR[g];
			double[] amounts = this.colA[g];
			for (int q = 0; q < rows.length; q++) {
				int r = rows[q];
				if (this.rowStamp[r] != s) {
					this.rowStamp[r] = s;
					this.rowAcc[r] = 0;
					this.touched[touchedCount++] = r;
				}
				this.rowAcc[r] += amounts[q];
				if (this.rowAcc[r] > residual[r] + this.tol[r]) {
					return 0;
				}
			}
		}
		for (int q = 0; q < touchedCount; q++) {
			residual[this.touched[q]] -= this.rowAcc[this.touched[q]];
		}
		for (int g : this.closure[f]) {
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
			for (int f = 0; f < this.nf && System.nanoTime() < this.deadline; f++) {
				if (!selected[f] || fix[f] == 1) {
					continue;
				}
				boolean[] trialSelected = selected.clone();
				double[] trialResidual = residual.clone();
				double trial = current;
				boolean allowed = true;
				for (int g : this.problemRequirers(f)) {
					if (trialSelected[g]) {
						if (fix[g] == 1) {
							allowed = false;
							break;
						}
						trialSelected[g] = false;
						trial -= this.value[g];
						for (int q = 0; q < this.colR[g].length; q++) {
							trialResidual[this.colR[g][q]] += this.colA[g][q];
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
					System.arraycopy(trialSelected, 0, selected, 0, this.nf);
					System.arraycopy(trialResidual, 0, residual, 0, this.k);
					current = trial;
					improved = true;
				}
			}
		}
		return current;
	}

	private int[] problemRequirers(int f) {
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

	/** The best selection, as candidate indexes of the whole problem. */
	int[] bestCandidates() {
		int count = 0;
		int[] out = new int[this.nf];
		for (int f = 0; f < this.nf; f++) {
			if (this.best[f]) {
				out[count++] = this.free[f];
			}
		}
		return Arrays.copyOf(out, count);
	}

	private Lp buildLp() {
		int precedence = 0;
		int conflicts = 0;
		for (int f = 0; f < this.nf; f++) {
			precedence += this.req[f].length;
			for (int g : this.excl[f]) {
				if (g > f) {
					conflicts++;
				}
			}
		}
		int m = this.k + precedence + conflicts;
		double[] a = new double[m * this.nf];
		double[] b = new double[m];
		double[] c = new double[this.nf];
		double scale = 0;
		for (int f = 0; f < this.nf; f++) {
			scale = Math.max(scale, this.value[f]);
		}
		scale = scale > 0 ? scale : 1;
		tightenCoefficients();
		for (int f = 0; f < this.nf; f++) {
			c[f] = this.value[f] / scale;
			for (int q = 0; q < this.colR[f].length; q++) {
				int r = this.colR[f][q];
				a[r * this.nf + f] = this.lpA[f][q] / this.lpRhs[r];
			}
		}
		for (int r = 0; r < this.k; r++) {
			b[r] = 1;
		}
		int i = this.k;
		for (int f = 0; f < this.nf; f++) {
			for (int g : this.req[f]) {
				a[i * this.nf + f] = 1;
				a[i * this.nf + g] = -1;
				i++;
			}
		}
		for (int f = 0; f < this.nf; f++) {
			for (int g : this.excl[f]) {
				if (g > f) {
					a[i * this.nf + f] = 1;
					a[i * this.nf + g] = 1;
					b[i] = 1;
					i++;
				}
			}
		}
		BoundedDualSimplex simplex = new BoundedDualSimplex(m, this.nf, a, b, c);
		simplex.deadline = this.deadline;
		return new Lp(simplex, scale);
	}

	/** The limit rows as the LP and the cuts see them: {@link #tightenCoefficients()}. */
	private double[][] lpA;

	private double[] lpRhs;

	/**
	 * Coefficient tightening (Savelsbergh, "Preprocessing and probing techniques for
	 * mixed integer programming problems", 1994, section 2): in a limit row
	 * {@code Σ a_j x_j <= b} whose total demand exceeds it by {@code D = Σ a_j - b}, a
	 * candidate asking more than {@code D} alone gets coefficient {@code D}, and
	 * {@code b} falls by the same amount as the coefficient. With that candidate out the
	 * row cannot be exceeded, and with it in the others may use exactly what they could
	 * before, so the selections that keep the row are the same, but the LP relaxation is
	 * tighter. {@code D} does not change as coefficients fall (both sides fall alike), so
	 * one pass is enough. A candidate within rounding of {@code D} is left as it is.
	 */
	private void tightenCoefficients() {
		double[] total = new double[this.k];
		for (int f = 0; f < this.nf; f++) {
			for (int q = 0; q < this.colR[f].length; q++) {
				total[this.colR[f][q]] += this.colA[f][q];
			}
		}
		this.lpRhs = new double[this.k];
		double[] excess = new double[this.k];
		for (int r = 0; r < this.k; r++) {
			this.lpRhs[r] = this.cap[r] + this.tol[r];
			excess[r] = total[r] - this.lpRhs[r];
		}
		this.lpA = new double[this.nf][];
		for (int f = 0; f < this.nf; f++) {
			this.lpA[f] = this.colA[f].clone();
			for (int q = 0; q < this.colR[f].length; q++) {
				int r = this.colR[f][q];
				double d = excess[r];
				if (this.colA[f][q] > d + 1e-9 * Math.max(1, total[r])) {
					this.lpRhs[r] -= this.colA[f][q] - d;
					this.lpA[f][q] = d;
				}
			}
		}
	}

	private record Lp(BoundedDualSimplex simplex, double scale) {
	}

	/**
	 * Open nodes by greatest bound first, then deepest (Land and Doig's best-first
	 * order).
	 */
	private record Node(byte[] fix, double bound, int depth, int branched, boolean up,
			double moved) implements Comparable<Node> {

		@Override
		public int compareTo(Node other) {
			int byBound = Double.compare(other.bound, this.bound);
			return byBound != 0 ? byBound : Integer.compare(other.depth, this.depth);
		}

	}

}
