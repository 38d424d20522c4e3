package org.agilepmo.engine.portfolio;

import java.util.ArrayList;
import java.util.List;

/**
 * The selections of several scenarios side by side.
 *
 * @param scenarios the scenarios, in the order asked
 * @param selections one selection per scenario, same order
 * @param rows one row per candidate, in the order of the problem
 */
public record ScenarioComparison(List<Scenario> scenarios, List<Selection> selections, List<Row> rows) {

	public ScenarioComparison {
		scenarios = List.copyOf(scenarios);
		selections = List.copyOf(selections);
		rows = List.copyOf(rows);
	}

	/**
	 * One candidate across the scenarios: its decision (in or out, with reasons) in each,
	 * in the order of the scenarios; out with no reasons where a scenario is infeasible.
	 */
	public record Row(String candidateId, List<Decision> decisions) {

		public Row {
			decisions = List.copyOf(decisions);
		}

		/** Whether the candidate is in under some scenarios and out under others. */
		public boolean changes() {
			boolean in = false;
			boolean out = false;
			for (Decision d : this.decisions) {
				if (!d.reasons().isEmpty()) {
					in |= d.selected();
					out |= !d.selected();
				}
			}
			return in && out;
		}

	}

	/** The candidates whose decision differs between scenarios. */
	public List<Row> changed() {
		List<Row> changed = new ArrayList<>();
		for (Row row : this.rows) {
			if (row.changes()) {
				changed.add(row);
			}
		}
		return changed;
	}

	public Selection selection(String scenarioName) {
		for (int i = 0; i < this.scenarios.size(); i++) {
			if (this.scenarios.get(i).name().equals(scenarioName)) {
				return this.selections.get(i);
			}
		}
		throw new IllegalArgumentException("no scenario " + scenarioName);
	}

}
