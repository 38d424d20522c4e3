package org.agilepmo.engine.portfolio;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * A candidate project.
 *
 * @param id unique key, used in dependencies and reasons
 * @param value its value score (finite, at least 0); the optimiser maximises the sum
 * @param costPerYear cost in each budget year, in one currency unit of the caller's
 * choice (length = number of years of the problem)
 * @param demand demand per period and skill, {@code demand[period][skill]}, in the unit
 * of the capacities (for example person-days or FTE)
 * @param commitment whether it is optional, mandatory or excluded
 * @param requires ids of the projects it cannot go without ("this requires that")
 * @param excludes ids of the projects it cannot go with (mutually exclusive, either side
 * may name the other)
 */
public record Candidate(String id, double value, long[] costPerYear, double[][] demand, Commitment commitment,
		Set<String> requires, Set<String> excludes) {

	public Candidate {
		Objects.requireNonNull(id, "id");
		if (!Double.isFinite(value) || value < 0) {
			throw new IllegalArgumentException("value of " + id + " must be finite and at least 0: " + value);
		}
		costPerYear = costPerYear.clone();
		for (long c : costPerYear) {
			if (c < 0) {
				throw new IllegalArgumentException("cost of " + id + " must not be negative");
			}
		}
		double[][] copy = new double[demand.length][];
		for (int p = 0; p < demand.length; p++) {
			copy[p] = demand[p].clone();
			for (double q : copy[p]) {
				if (!(q >= 0) || Double.isInfinite(q)) {
					throw new IllegalArgumentException("demand of " + id + " must be finite and at least 0");
				}
			}
		}
		demand = copy;
		commitment = Objects.requireNonNull(commitment, "commitment");
		requires = Set.copyOf(requires);
		excludes = Set.copyOf(excludes);
	}

	/**
	 * An optional candidate without dependencies.
	 */
	public static Candidate of(String id, double value, long[] costPerYear, double[][] demand) {
		return new Candidate(id, value, costPerYear, demand, Commitment.OPTIONAL, Set.of(), Set.of());
	}

	public Candidate withCommitment(Commitment commitment) {
		return new Candidate(this.id, this.value, this.costPerYear, this.demand, commitment, this.requires,
				this.excludes);
	}

	public Candidate requiring(String... ids) {
		return new Candidate(this.id, this.value, this.costPerYear, this.demand, this.commitment, Set.of(ids),
				this.excludes);
	}

	public Candidate excluding(String... ids) {
		return new Candidate(this.id, this.value, this.costPerYear, this.demand, this.commitment, this.requires,
				Set.of(ids));
	}

	@Override
	public long[] costPerYear() {
		return this.costPerYear.clone();
	}

	@Override
	public double[][] demand() {
		double[][] copy = new double[this.demand.length][];
		for (int p = 0; p < copy.length; p++) {
			copy[p] = this.demand[p].clone();
		}
		return copy;
	}

	double[][] demandGrid() {
		return this.demand;
	}

	int costYears() {
		return this.costPerYear.length;
	}

	long cost(int year) {
		return this.costPerYear[year];
	}

	double demand(int period, int skill) {
		return this.demand[period][skill];
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof Candidate c && this.id.equals(c.id) && this.value == c.value
				&& Arrays.equals(this.costPerYear, c.costPerYear) && Arrays.deepEquals(this.demand, c.demand)
				&& this.commitment == c.commitment && this.requires.equals(c.requires)
				&& this.excludes.equals(c.excludes);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.id, this.value, Arrays.hashCode(this.costPerYear), this.commitment);
	}

	@Override
	public String toString() {
		return "Candidate[" + this.id + ", value " + this.value + ", " + this.commitment + "]";
	}

}
