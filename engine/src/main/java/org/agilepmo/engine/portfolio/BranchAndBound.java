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
 * The search is here; the subproblem and its propagation are in {@link FreeCandidates},
 * the LP in {@link LpRelaxation}, the cuts in {@link Cuts}, the incumbent's heuristics in
 * {@link Heuristics} and the branching rule in {@link PseudoCosts}.
 */
final class BranchAndBound {

	private static final byte FREE = FreeCandidates.FREE;

	/**
	 * Plunging: at most this many children in a row are solved right after their parent,
	 * each only while its bound keeps at least {@link #PLUNGE_WITHIN} of the best open
	 * bound's lead over the incumbent. From its parent's basis a child's LP needs about a
	 * quarter of the pivots of a node taken from the queue (12 against 50 at 100 × 12 ×
	 * 20).
	 */
	private static final int MAX_PLUNGE = 10;

	private static final double PLUNGE_WITHIN = 0.75;

	private final FreeCandidates candidates;

	private final Heuristics heuristics;

	private final PseudoCosts pseudoCosts;

	private final double baseValue;

	private final long deadline;

	private final double gapTolerance;

	private final long nodeLimit;

	/**
	 * {@link #valueStep(double[])} of every candidate's value, mandatory ones included.
	 */
	private final double valueStep;

	double bound;

	long nodes;

	boolean complete;

	/**
	 * Greatest bound of a node pruned because it could not beat the incumbent by more
	 * than the tolerance.
	 */
	private double prunedBound = Double.NEGATIVE_INFINITY;

	/** Time spent in cut rounds at nodes, for the trace. */
	private long cutNanos;

	private final long searchStart = System.nanoTime();

	BranchAndBound(CompiledProblem problem, int[] free, double[] residual, double baseValue, long deadline,
			double gapTolerance, long nodeLimit) {
		this.nodeLimit = nodeLimit;
		this.valueStep = valueStep(problem.value);
		this.baseValue = baseValue;
		this.deadline = deadline;
		this.gapTolerance = gapTolerance;
		this.candidates = new FreeCandidates(problem, free, residual);
		this.heuristics = new Heuristics(this.candidates, deadline);
		this.pseudoCosts = new PseudoCosts(this.candidates.nf, this.candidates.value);
	}

	void run() {
		byte[] none = new byte[this.candidates.nf];
		Arrays.fill(none, FREE);
		long t = System.nanoTime();
		this.heuristics.improve(none, null);
		trace("n %d rows %d, first heuristic %.1f ms, incumbent %.2f", this.candidates.nf, this.candidates.k,
				(System.nanoTime() - t) / 1e6, total(this.heuristics.bestValue));
		if (this.candidates.nf == 0) {
			this.bound = this.baseValue;
			this.complete = true;
			return;
		}
		LpRelaxation lp = LpRelaxation.of(this.candidates, this.deadline);
		Cuts cuts = new Cuts(this.candidates, lp, this.deadline, this.baseValue);
		double vmax = lp.scale;
		double[] rc = new double[this.candidates.nf];
		double[] x = new double[this.candidates.nf];
		byte[] fix = new byte[this.candidates.nf];
		PriorityQueue<Node> stack = new PriorityQueue<>();
		double everything = this.baseValue;
		for (int f = 0; f < this.candidates.nf; f++) {
			everything += this.candidates.value[f];
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
				this.bound = Math.max(total(this.heuristics.bestValue), onTheGrid(Math.max(open, this.prunedBound)));
				trace("time out: %d nodes, %d open, %d pivots, bound %.2f, incumbent %.2f", this.nodes, stack.size(),
						lp.simplex.pivots, this.bound, total(this.heuristics.bestValue));
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
			System.arraycopy(node.fix, 0, fix, 0, this.candidates.nf);
			double[] residual = new double[this.candidates.k];
			if (!this.candidates.propagate(fix, residual)) {
				continue;
			}
			long t0 = System.nanoTime();
			if (root) {
				lp.simplex.solvePrimalFrom(this.heuristics.best, 50 * (lp.simplex.m + this.candidates.nf));
				trace("root primal %.1f ms, %d pivots", (System.nanoTime() - t0) / 1e6, lp.simplex.pivots);
			}
			for (int f = 0; f < this.candidates.nf; f++) {
				lp.simplex.setBounds(f, fix[f] == 1 ? 1 : 0, fix[f] == 0 ? 0 : 1);
			}
			BoundedDualSimplex.Outcome outcome = lp.simplex
				.solve(root ? 50 * (lp.simplex.m + this.candidates.nf) : 20 * lp.simplex.m + 100);
			if (outcome == BoundedDualSimplex.Outcome.INFEASIBLE) {
				continue;
			}
			if (root) {
				outcome = cuts.atRoot(outcome);
				if (outcome == BoundedDualSimplex.Outcome.OPTIMAL) {
					cuts.setAside();
				}
			}
			else if (outcome == BoundedDualSimplex.Outcome.OPTIMAL && lp.simplex.m < cuts.rootRows() + this.candidates.k
					&& System.nanoTime() < this.deadline) {
				// one round at the node, as long as the LP has fewer cut rows than the
				// root's plus one per limit: each row makes every later pivot dearer
				long cutStart = System.nanoTime();
				if (cuts.separate() > 0) {
					outcome = lp.simplex.solve(20 * lp.simplex.m + 100);
				}
				this.cutNanos += System.nanoTime() - cutStart;
			}
			if (!root) {
				outcome = cuts.addBackViolated(outcome);
			}
			if (outcome == BoundedDualSimplex.Outcome.INFEASIBLE) {
				continue;
			}
			double nodeBound = node.bound;
			// valid at any prices y >= 0, so also when the LP stopped at its pivot or
			// time limit
			double lagrangian = total(lp.simplex.lagrangianBound(rc) * vmax);
			nodeBound = Math.min(nodeBound, lagrangian);
			for (int f = 0; f < this.candidates.nf; f++) {
				rc[f] *= vmax;
			}
			if (root) {
				trace("root LP %s %.1f ms total, %d pivots, bound %.2f, incumbent %.2f", outcome,
						(System.nanoTime() - t0) / 1e6, lp.simplex.pivots, nodeBound, total(this.heuristics.bestValue));
				this.bound = nodeBound;
				this.heuristics.priceAt(rc, vmax);
				long t1 = System.nanoTime();
				this.heuristics.improve(none, null);
				trace("root heuristic %.1f ms, incumbent %.2f", (System.nanoTime() - t1) / 1e6,
						total(this.heuristics.bestValue));
				root = false;
			}
			if (node.branched >= 0 && node.moved > 1e-6 && outcome == BoundedDualSimplex.Outcome.OPTIMAL) {
				double perUnit = Math.max(0, node.bound - nodeBound) / Math.max(node.moved, 1e-6);
				this.pseudoCosts.record(node.branched, node.up, perUnit);
			}
			if (prune(nodeBound)) {
				continue;
			}
			boolean integral = true;
			for (int f = 0; f < this.candidates.nf; f++) {
				x[f] = Math.min(1, Math.max(0, lp.simplex.x(f)));
				double frac = Math.min(x[f], 1 - x[f]);
				if (frac > 1e-6) {
					integral = false;
				}
			}
			this.heuristics.improve(fix, x);
			if (integral && outcome == BoundedDualSimplex.Outcome.OPTIMAL) {
				continue;
			}
			if (prune(nodeBound)) {
				continue;
			}
			double cutoff = total(this.heuristics.bestValue) + absoluteTolerance();
			for (int f = 0; f < this.candidates.nf; f++) {
				if (fix[f] == FREE && Math.abs(rc[f]) > 0 && lagrangian - Math.abs(rc[f]) <= cutoff) {
					fix[f] = (byte) (rc[f] > 0 ? 1 : 0);
				}
			}
			int branch = this.pseudoCosts.choose(fix, x);
			if (branch < 0) {
				for (int f = 0; f < this.candidates.nf; f++) {
					if (fix[f] == FREE && (branch < 0 || this.candidates.value[f] > this.candidates.value[branch])) {
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
			if (plunge < MAX_PLUNGE && (top == null || nodeBound - total(this.heuristics.bestValue) >= PLUNGE_WITHIN
					* (top.bound - total(this.heuristics.bestValue)))) {
				next = first;
				plunge++;
			}
			else {
				stack.add(first);
			}
		}
		this.complete = true;
		this.bound = Math.max(total(this.heuristics.bestValue), this.prunedBound);
		trace("done: %d nodes, %d pivots, %d rows (%d after the root), node cuts %.0f ms of %.0f", this.nodes,
				lp.simplex.pivots, lp.simplex.m, cuts.rootRows(), this.cutNanos / 1e6,
				(System.nanoTime() - this.searchStart) / 1e6);
	}

	static final boolean TRACE = Boolean.getBoolean("agilepmo.portfolio.trace");

	static void trace(String format, Object... args) {
		if (TRACE) {
			System.err.println(String.format(java.util.Locale.ROOT, format, args));
		}
	}

	/** The best selection, as candidate indexes of the whole problem. */
	int[] bestCandidates() {
		return this.candidates.candidatesOf(this.heuristics.best);
	}

	private double total(double reduced) {
		return this.baseValue + reduced;
	}

	private double absoluteTolerance() {
		return 1e-9 * Math.max(1, Math.abs(total(this.heuristics.bestValue)));
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
		double incumbent = total(this.heuristics.bestValue);
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
