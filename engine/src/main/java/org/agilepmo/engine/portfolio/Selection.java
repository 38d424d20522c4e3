package org.agilepmo.engine.portfolio;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The result of one optimisation.
 *
 * @param status whether the value is proven optimal, the best found, or no selection
 * exists
 * @param selectedIds the chosen projects, in the order of the problem's candidates
 * @param value the total value of the chosen projects
 * @param bound no selection has a greater value than this (equals {@code value} when
 * optimal)
 * @param decisions one per candidate, in the order of the problem, with its reasons
 * @param infeasibility present only when the status is {@link Status#INFEASIBLE}
 * @param nodes branch-and-bound nodes explored
 * @param elapsed wall-clock time of the optimisation
 */
public record Selection(Status status, List<String> selectedIds, double value, double bound, List<Decision> decisions,
		Optional<Infeasibility> infeasibility, long nodes, Duration elapsed) {

	/** How good a selection is known to be. */
	public enum Status {

		/** Proven to have the greatest value (within the gap tolerance asked for). */
		OPTIMAL,

		/**
		 * The best found before the time limit; {@link #gap()} says how far it may be.
		 */
		FEASIBLE,

		/** The mandatory projects alone break a limit or conflict. */
		INFEASIBLE

	}

	public Selection {
		selectedIds = List.copyOf(selectedIds);
		decisions = List.copyOf(decisions);
	}

	/**
	 * {@code (bound - value) / bound}: at most this fraction of the best possible value
	 * is missing; 0 when optimal or when the bound is 0.
	 */
	public double gap() {
		return this.bound > 0 ? Math.max(0, (this.bound - this.value) / this.bound) : 0;
	}

	public boolean isSelected(String candidateId) {
		return Set.copyOf(this.selectedIds).contains(candidateId);
	}

	public Decision decision(String candidateId) {
		for (Decision d : this.decisions) {
			if (d.candidateId().equals(candidateId)) {
				return d;
			}
		}
		throw new IllegalArgumentException("no candidate " + candidateId);
	}

}
