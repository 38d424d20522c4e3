package org.agilepmo.engine.portfolio;

/**
 * Pseudo-cost branching: the bound each candidate's branches lost per unit of change so
 * far, down and up, and the choice of the next candidate to branch on.
 */
final class PseudoCosts {

	private final int nf;

	private final double[] value;

	/** Bound lost per unit of change, summed per candidate: [0] down, [1] up. */
	private final double[][] sum = new double[2][];

	private final int[][] count = new int[2][];

	private final double[] total = new double[2];

	private final int[] totalCount = new int[2];

	PseudoCosts(int nf, double[] value) {
		this.nf = nf;
		this.value = value;
		for (int side = 0; side < 2; side++) {
			this.sum[side] = new double[nf];
			this.count[side] = new int[nf];
		}
	}

	/** Records what branching on the candidate cost, per unit of change. */
	void record(int branched, boolean up, double perUnit) {
		int side = up ? 1 : 0;
		this.sum[side][branched] += perUnit;
		this.count[side][branched]++;
		this.total[side] += perUnit;
		this.totalCount[side]++;
	}

	/**
	 * The free fractional candidate whose branches are expected to lower the bound most
	 * (product of the two expected losses; Achterberg, Koch and Martin, "Branching rules
	 * revisited", 2005), from pseudo-costs: the bound lost per unit of change in earlier
	 * branchings on it, or on average while it has none. -1 when none is fractional.
	 */
	int choose(byte[] fix, double[] x) {
		double[] average = new double[2];
		for (int side = 0; side < 2; side++) {
			average[side] = this.totalCount[side] > 0 ? this.total[side] / this.totalCount[side] : 1;
		}
		int branch = -1;
		double best = -1;
		for (int f = 0; f < this.nf; f++) {
			double frac = Math.min(x[f], 1 - x[f]);
			if (fix[f] != FreeCandidates.FREE || frac <= 1e-6) {
				continue;
			}
			double down = this.count[0][f] > 0 ? this.sum[0][f] / this.count[0][f] : average[0];
			double up = this.count[1][f] > 0 ? this.sum[1][f] / this.count[1][f] : average[1];
			double score = Math.max(down * x[f], 1e-6) * Math.max(up * (1 - x[f]), 1e-6) * (1 + 1e-9 * this.value[f]);
			if (score > best) {
				best = score;
				branch = f;
			}
		}
		return branch;
	}

}
