package org.agilepmo.engine.levelling;

import java.util.BitSet;

/**
 * Priority rules of the RCPSP literature (Kolisch 1996, "Efficient priority rules for the
 * resource-constrained project scheduling problem", J. Oper. Management 14), and the
 * order MS Project's standard levelling follows. Each gives a key per activity; lower
 * keys are scheduled first.
 */
public enum PriorityRule {

	/** Latest finish time (resources ignored). */
	LATEST_FINISH,

	/** Latest start time. */
	LATEST_START,

	/** Minimum total slack. */
	MIN_SLACK,

	/**
	 * Greatest rank positional weight: own duration plus the durations of the direct
	 * successors.
	 */
	GREATEST_RANK_POSITIONAL_WEIGHT,

	/** Most total successors. */
	MOST_TOTAL_SUCCESSORS,

	/** Shortest processing time. */
	SHORTEST_PROCESSING_TIME,

	/**
	 * What MS Project's "Standard" levelling order resembles: walk through the plan by
	 * early start, least slack first, then higher priority first.
	 */
	MICROSOFT_STANDARD;

	double[] keys(LevellingProblem p, int[] es, int[] ls) {
		int n = p.n;
		double[] key = new double[n];
		switch (this) {
			case LATEST_FINISH -> {
				for (int i = 0; i < n; i++) {
					key[i] = p.finishOf(i, ls[i]) + ls[i] * 1e-9;
				}
			}
			case LATEST_START -> {
				for (int i = 0; i < n; i++) {
					key[i] = ls[i];
				}
			}
			case MIN_SLACK -> {
				for (int i = 0; i < n; i++) {
					key[i] = (ls[i] - es[i]) + es[i] * 1e-9;
				}
			}
			case GREATEST_RANK_POSITIONAL_WEIGHT -> {
				for (int i = 0; i < n; i++) {
					long weight = p.duration[i];
					for (int q = p.succFirst[i]; q < p.succFirst[i + 1]; q++) {
						weight += p.duration[p.succTo[q]];
					}
					key[i] = -weight;
				}
			}
			case MOST_TOTAL_SUCCESSORS -> {
				BitSet[] successors = new BitSet[n];
				for (int k = n - 1; k >= 0; k--) {
					int i = p.topological[k];
					BitSet all = new BitSet(n);
					for (int q = p.succFirst[i]; q < p.succFirst[i + 1]; q++) {
						int j = p.succTo[q];
						all.set(j);
						all.or(successors[j]);
					}
					successors[i] = all;
					key[i] = -all.cardinality();
				}
			}
			case SHORTEST_PROCESSING_TIME -> {
				for (int i = 0; i < n; i++) {
					key[i] = p.duration[i];
				}
			}
			case MICROSOFT_STANDARD -> {
				for (int i = 0; i < n; i++) {
					key[i] = es[i] + (ls[i] - es[i]) / (double) (p.length + 1)
							+ (1000 - p.priority[i]) / (1001.0 * (p.length + 1) * (p.length + 1));
				}
			}
			default -> throw new IllegalStateException();
		}
		return key;
	}

}
