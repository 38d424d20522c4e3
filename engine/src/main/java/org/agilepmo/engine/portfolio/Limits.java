package org.agilepmo.engine.portfolio;

import java.util.Arrays;

/**
 * The limits a selection must respect.
 *
 * @param budgetPerYear the budget of each year, in the unit of
 * {@link Candidate#costPerYear}
 * @param capacity capacity per period and skill, {@code capacity[period][skill]}, in the
 * unit of {@link Candidate#demand}
 */
public record Limits(long[] budgetPerYear, double[][] capacity) {

	public Limits {
		budgetPerYear = budgetPerYear.clone();
		double[][] copy = new double[capacity.length][];
		for (int p = 0; p < capacity.length; p++) {
			copy[p] = capacity[p].clone();
		}
		capacity = copy;
	}

	/**
	 * These limits with every year's budget multiplied by {@code factor} and rounded down
	 * ({@code 0.9} is "budget 10 % lower").
	 */
	public Limits withBudgetScaled(double factor) {
		long[] budget = this.budgetPerYear.clone();
		for (int y = 0; y < budget.length; y++) {
			budget[y] = (long) Math.floor(budget[y] * factor);
		}
		return new Limits(budget, this.capacity);
	}

	/**
	 * These limits with every capacity multiplied by {@code factor}.
	 */
	public Limits withCapacityScaled(double factor) {
		double[][] cap = new double[this.capacity.length][];
		for (int p = 0; p < cap.length; p++) {
			cap[p] = this.capacity[p].clone();
			for (int s = 0; s < cap[p].length; s++) {
				cap[p][s] *= factor;
			}
		}
		return new Limits(this.budgetPerYear, cap);
	}

	/**
	 * These limits with one skill's capacity multiplied by {@code factor} in every
	 * period.
	 */
	public Limits withSkillCapacityScaled(int skill, double factor) {
		double[][] cap = new double[this.capacity.length][];
		for (int p = 0; p < cap.length; p++) {
			cap[p] = this.capacity[p].clone();
			cap[p][skill] *= factor;
		}
		return new Limits(this.budgetPerYear, cap);
	}

	/**
	 * These limits with the budget of one year replaced.
	 */
	public Limits withBudget(int year, long amount) {
		long[] budget = this.budgetPerYear.clone();
		budget[year] = amount;
		return new Limits(budget, this.capacity);
	}

	@Override
	public long[] budgetPerYear() {
		return this.budgetPerYear.clone();
	}

	@Override
	public double[][] capacity() {
		double[][] copy = new double[this.capacity.length][];
		for (int p = 0; p < copy.length; p++) {
			copy[p] = this.capacity[p].clone();
		}
		return copy;
	}

	double[][] capacityGrid() {
		return this.capacity;
	}

	int years() {
		return this.budgetPerYear.length;
	}

	long budget(int year) {
		return this.budgetPerYear[year];
	}

	double capacity(int period, int skill) {
		return this.capacity[period][skill];
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Limits l && Arrays.equals(this.budgetPerYear, l.budgetPerYear)
				&& Arrays.deepEquals(this.capacity, l.capacity);
	}

	@Override
	public int hashCode() {
		return 31 * Arrays.hashCode(this.budgetPerYear) + Arrays.deepHashCode(this.capacity);
	}

	@Override
	public String toString() {
		return "Limits[budget " + Arrays.toString(this.budgetPerYear) + ", " + this.capacity.length + " periods]";
	}

}
