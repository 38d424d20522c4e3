package org.agilepmo.engine.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * Computes why each project is in or out of a selection. For a project that is out, it
 * tries adding it, with the projects it requires that are out, to the selection and
 * reports every limit that would then be exceeded and by how much, every selected project
 * it cannot go with, and the required projects that are out.
 */
final class Explanations {

	private Explanations() {
	}

	static List<Decision> explain(CompiledProblem p, boolean[] selected, String[] mandatedBy) {
		double[] use = p.usage(selected);
		List<Decision> decisions = new ArrayList<>(p.n);
		for (int j = 0; j < p.n; j++) {
			List<Reason> reasons = selected[j] ? whyIn(p, j, selected, mandatedBy) : whyOut(p, j, selected, use);
			decisions.add(new Decision(p.ids[j], selected[j], reasons));
		}
		return decisions;
	}

	private static List<Reason> whyIn(CompiledProblem p, int j, boolean[] selected, String[] mandatedBy) {
		if (p.commitment[j] == Commitment.MANDATORY) {
			return List.of(new Reason.Mandatory());
		}
		if (mandatedBy[j] != null) {
			return List.of(new Reason.RequiredByMandatory(mandatedBy[j]));
		}
		double lost = 0;
		for (int k : p.requirerClosure(j)) {
			if (selected[k]) {
				lost += p.value[k];
			}
		}
		List<String> requiredBy = new ArrayList<>();
		for (int k : p.requiredBy[j]) {
			if (selected[k]) {
				requiredBy.add(p.ids[k]);
			}
		}
		return List.of(new Reason.ChosenForValue(lost, requiredBy));
	}

	private static List<Reason> whyOut(CompiledProblem p, int j, boolean[] selected, double[] use) {
		if (p.commitment[j] == Commitment.EXCLUDED) {
			return List.of(new Reason.Excluded());
		}
		int[] closure = p.requirementClosure(j);
		for (int k : closure) {
			if (p.commitment[k] == Commitment.EXCLUDED) {
				return List.of(new Reason.RequiresExcluded(p.ids[k]));
			}
		}
		List<Reason> reasons = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		for (int k : p.requires[j]) {
			if (!selected[k]) {
				missing.add(p.ids[k]);
			}
		}
		if (!missing.isEmpty()) {
			reasons.add(new Reason.RequiresUnselected(missing));
		}
		boolean[] adding = new boolean[p.n];
		for (int k : closure) {
			adding[k] = !selected[k];
		}
		List<String> conflicting = new ArrayList<>();
		for (int k : closure) {
			if (!adding[k]) {
				continue;
			}
			for (int e : p.excludes[k]) {
				if ((selected[e] || (adding[e] && e > k)) && !conflicting.contains(p.ids[e])) {
					conflicting.add(p.ids[e]);
					reasons.add(new Reason.ConflictsWith(p.ids[e]));
				}
			}
		}
		double[] after = use.clone();
		for (int k : closure) {
			if (adding[k]) {
				for (int q = 0; q < p.colRows[k].length; q++) {
					after[p.colRows[k][q]] += p.colAmounts[k][q];
				}
			}
		}
		for (int r = 0; r < p.rows; r++) {
			if (after[r] > p.limit[r] + p.tolerance(r)) {
				reasons.add(new Reason.WouldExceed(new LimitBreach(p.limitOf(r), after[r] - p.limit[r])));
			}
		}
		boolean blocked = reasons.size() > (missing.isEmpty() ? 0 : 1);
		if (!blocked) {
			double value = 0;
			for (int k : closure) {
				if (adding[k]) {
					value += p.value[k];
				}
			}
			reasons.add(value <= 0 ? new Reason.NoValue() : new Reason.NotReached());
		}
		return reasons;
	}

}
