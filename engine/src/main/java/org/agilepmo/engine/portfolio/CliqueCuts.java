package org.agilepmo.engine.portfolio;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Clique cuts from the conflict graph (Atamtürk, Nemhauser and Savelsbergh, "Conflict
 * graphs in solving integer programming problems", 2000): two candidates conflict when
 * they exclude each other or when together they exceed a limit row on their own. No
 * selection holds two candidates of a clique of that graph (a set in which every two
 * conflict), so {@code Σ_C x_j <= 1} holds for every selection. The cover cuts of one row
 * already see the conflicts within it; a clique gathers conflicts from different rows,
 * which no single row's cut can.
 */
final class CliqueCuts {

	private final int n;

	private final BitSet[] adjacent;

	private final Set<List<Integer>> found = new HashSet<>();

	CliqueCuts(int n) {
		this.n = n;
		this.adjacent = new BitSet[n];
		for (int j = 0; j < n; j++) {
			this.adjacent[j] = new BitSet(n);
		}
	}

	void addConflict(int a, int b) {
		if (a != b) {
			this.adjacent[a].set(b);
			this.adjacent[b].set(a);
		}
	}

	boolean conflict(int a, int b) {
		return this.adjacent[a].get(b);
	}

	/**
	 * Adds every pair of {@code items} whose weights together exceed {@code capacity} by
	 * more than {@code margin} (a margin above rounding error, so that a pair that only
	 * just fits is never taken for a conflict).
	 */
	void addRow(int[] items, double[] weights, double capacity, double margin) {
		Integer[] order = new Integer[items.length];
		for (int q = 0; q < items.length; q++) {
			order[q] = q;
		}
		Arrays.sort(order, (p, q) -> Double.compare(weights[q], weights[p]));
		for (int p = 0; p < order.length; p++) {
			for (int q = p + 1; q < order.length; q++) {
				if (weights[order[p]] + weights[order[q]] <= capacity + margin) {
					break;
				}
				addConflict(items[order[p]], items[order[q]]);
			}
		}
	}

	/**
	 * Cliques that the point {@code x} (values in [0, 1]) breaks by more than
	 * {@code minViolation}, each grown greedily from one of the candidates of greatest
	 * {@code x}, then made maximal with candidates at 0 (which makes the cut stronger
	 * elsewhere), and not returned before by this instance. At most {@code maxCuts}.
	 */
	List<int[]> separate(double[] x, double minViolation, int maxCuts) {
		List<int[]> cuts = new ArrayList<>();
		Integer[] positive = java.util.stream.IntStream.range(0, this.n)
			.filter(j -> x[j] > 1e-9 && !this.adjacent[j].isEmpty())
			.boxed()
			.sorted((a, b) -> Double.compare(x[b], x[a]))
			.toArray(Integer[]::new);
		for (int s = 0; s < positive.length && cuts.size() < maxCuts; s++) {
			int start = positive[s];
			BitSet common = (BitSet) this.adjacent[start].clone();
			List<Integer> clique = new ArrayList<>();
			clique.add(start);
			double sum = x[start];
			for (int g : positive) {
				if (common.get(g)) {
					clique.add(g);
					sum += x[g];
					common.and(this.adjacent[g]);
				}
			}
			if (sum <= 1 + minViolation) {
				continue;
			}
			for (int g = common.nextSetBit(0); g >= 0; g = common.nextSetBit(g + 1)) {
				clique.add(g);
				common.and(this.adjacent[g]);
			}
			int[] members = clique.stream().mapToInt(Integer::intValue).sorted().toArray();
			if (this.found.add(Arrays.stream(members).boxed().toList())) {
				cuts.add(members);
			}
		}
		return cuts;
	}

}
