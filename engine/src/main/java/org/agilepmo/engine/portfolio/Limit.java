package org.agilepmo.engine.portfolio;

/**
 * One limit of a problem: the budget of a year or the capacity of a skill in a period.
 */
public sealed interface Limit {

	/**
	 * The budget of year number {@code year} (index into {@link PortfolioProblem#years}).
	 */
	record Budget(int year, String yearName) implements Limit {

		@Override
		public String toString() {
			return "budget " + this.yearName;
		}

	}

	/** The capacity of a skill in a period (indexes into the problem's lists). */
	record Capacity(int period, String periodName, int skill, String skillName) implements Limit {

		@Override
		public String toString() {
			return "capacity " + this.skillName + " " + this.periodName;
		}

	}

}
