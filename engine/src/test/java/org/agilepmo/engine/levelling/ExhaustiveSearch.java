package org.agilepmo.engine.levelling;

import java.util.List;

/**
 * The least makespan of a small problem by trying every start period of every activity
 * (depth first in a precedence order, cut when the makespan cannot beat the best found);
 * feasibility by {@link FeasibilityCheck}'s definitions, not by the schedule generation
 * schemes.
 */
final class ExhaustiveSearch {

	private final LevellingProblem p;

	private final int limit;

	private final int[] order;

	private final int[] start;

	private final int[][] used;

	private int best;

	private ExhaustiveSearch(LevellingProblem p, int limit) {
		this.p = p;
		this.limit = limit;
		this.order = p.topological;
		this.start = new int[p.n];
		this.used = new int[p.resources][limit + 1];
		this.best = limit + 1;
	}

	static int bestMakespan(LevellingProblem p, int limit) {
		ExhaustiveSearch search = new ExhaustiveSearch(p, limit);
		search.visit(0, 0);
		return search.best;
	}

	private void visit(int depth, int makespan) {
		if (makespan >= this.best) {
			return;
		}
		if (depth == this.p.n) {
			List<String> wrong = FeasibilityCheck.violations(this.p, this.start);
			if (!wrong.isEmpty()) {
				throw new IllegalStateException("search built an infeasible schedule: " + wrong);
			}
			this.best = makespan;
			return;
		}
		int j = this.order[depth];
		for (int s = this.p.release[j]; s < this.limit; s++) {
			if (this.p.duration[j] > 0 && !this.p.works(j, s)) {
				continue;
			}
			int f = this.p.finishOf(j, s);
			if (Math.max(makespan, f) >= this.best) {
				break;
			}
			this.start[j] = s;
			if (!linksHold(j) || !fits(j, s, f)) {
				continue;
			}
			add(j, s, f, 1);
			visit(depth + 1, Math.max(makespan, f));
			add(j, s, f, -1);
		}
	}

	private boolean linksHold(int j) {
		for (int q = this.p.predFirst[j]; q < this.p.predFirst[j + 1]; q++) {
			int i = this.p.predFrom[q];
			int type = this.p.predType[q];
			int fi = this.p.finishOf(i, this.start[i]);
			int fj = this.p.finishOf(j, this.start[j]);
			int from = (type == LevellingProblem.FS || type == LevellingProblem.FF) ? fi : this.start[i];
			int to = (type == LevellingProblem.FS || type == LevellingProblem.SS) ? this.start[j] : fj;
			int gap = 0;
			for (int t = Math.min(from, to); t < Math.max(from, to); t++) {
				if (this.p.works(j, t)) {
					gap++;
				}
			}
			if (to < from) {
				gap = -gap;
			}
			if (gap < this.p.predLag[q]) {
				return false;
			}
		}
		return true;
	}

	private boolean fits(int j, int s, int f) {
		for (int k = 0; k < this.p.resources; k++) {
			int units = this.p.demand(j, k);
			for (int t = s; units > 0 && t < f; t++) {
				if (this.p.works(j, t) && this.used[k][t] + units > this.p.capacity(k, t)) {
					return false;
				}
			}
		}
		return true;
	}

	private void add(int j, int s, int f, int sign) {
		for (int k = 0; k < this.p.resources; k++) {
			int units = this.p.demand(j, k);
			for (int t = s; units > 0 && t < f; t++) {
				if (this.p.works(j, t)) {
					this.used[k][t] += sign * units;
				}
			}
		}
	}

}
