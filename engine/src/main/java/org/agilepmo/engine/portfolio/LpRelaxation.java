package org.agilepmo.engine.portfolio;

/**
 * The linear relaxation of the subproblem, for {@link BoundedDualSimplex}: one row per
 * limit (coefficients tightened, then scaled to a right-hand side of 1), one per
 * requirement ({@code x_f <= x_g}) and one per exclusion ({@code x_f + x_g <= 1}); values
 * scaled by the greatest.
 */
final class LpRelaxation {

	final BoundedDualSimplex simplex;

	/** The greatest value: the LP's objective times this is in value units. */
	final double scale;

	/** The limit rows as the LP and the cuts see them: {@link #tightenCoefficients}. */
	final double[][] lpA;

	final double[] lpRhs;

	private LpRelaxation(BoundedDualSimplex simplex, double scale, double[][] lpA, double[] lpRhs) {
		this.simplex = simplex;
		this.scale = scale;
		this.lpA = lpA;
		this.lpRhs = lpRhs;
	}

	static LpRelaxation of(FreeCandidates candidates, long deadline) {
		int precedence = 0;
		int conflicts = 0;
		for (int f = 0; f < candidates.nf; f++) {
			precedence += candidates.req[f].length;
			for (int g : candidates.excl[f]) {
				if (g > f) {
					conflicts++;
				}
			}
		}
		int m = candidates.k + precedence + conflicts;
		double[] a = new double[m * candidates.nf];
		double[] b = new double[m];
		double[] c = new double[candidates.nf];
		double scale = 0;
		for (int f = 0; f < candidates.nf; f++) {
			scale = Math.max(scale, candidates.value[f]);
		}
		scale = scale > 0 ? scale : 1;
		double[] lpRhs = new double[candidates.k];
		double[][] lpA = tightenCoefficients(candidates, lpRhs);
		for (int f = 0; f < candidates.nf; f++) {
			c[f] = candidates.value[f] / scale;
			for (int q = 0; q < candidates.colR[f].length; q++) {
				int r = candidates.colR[f][q];
				a[r * candidates.nf + f] = lpA[f][q] / lpRhs[r];
			}
		}
		for (int r = 0; r < candidates.k; r++) {
			b[r] = 1;
		}
		int i = candidates.k;
		for (int f = 0; f < candidates.nf; f++) {
			for (int g : candidates.req[f]) {
				a[i * candidates.nf + f] = 1;
				a[i * candidates.nf + g] = -1;
				i++;
			}
		}
		for (int f = 0; f < candidates.nf; f++) {
			for (int g : candidates.excl[f]) {
				if (g > f) {
					a[i * candidates.nf + f] = 1;
					a[i * candidates.nf + g] = 1;
					b[i] = 1;
					i++;
				}
			}
		}
		BoundedDualSimplex simplex = new BoundedDualSimplex(m, candidates.nf, a, b, c);
		simplex.deadline = deadline;
		return new LpRelaxation(simplex, scale, lpA, lpRhs);
	}

	/**
	 * Coefficient tightening (Savelsbergh, "Preprocessing and probing techniques for
	 * mixed integer programming problems", 1994, section 2): in a limit row
	 * {@code Σ a_j x_j <= b} whose total demand exceeds it by {@code D = Σ a_j - b}, a
	 * candidate asking more than {@code D} alone gets coefficient {@code D}, and
	 * {@code b} falls by the same amount as the coefficient. With that candidate out the
	 * row cannot be exceeded, and with it in the others may use exactly what they could
	 * before, so the selections that keep the row are the same, but the LP relaxation is
	 * tighter. {@code D} does not change as coefficients fall (both sides fall alike), so
	 * one pass is enough. A candidate within rounding of {@code D} is left as it is.
	 */
	private static double[][] tightenCoefficients(FreeCandidates candidates, double[] lpRhs) {
		double[] total = new double[candidates.k];
		for (int f = 0; f < candidates.nf; f++) {
			for (int q = 0; q < candidates.colR[f].length; q++) {
				total[candidates.colR[f][q]] += candidates.colA[f][q];
			}
		}
		double[] excess = new double[candidates.k];
		for (int r = 0; r < candidates.k; r++) {
			lpRhs[r] = candidates.cap[r] + candidates.tol[r];
			excess[r] = total[r] - lpRhs[r];
		}
		double[][] lpA = new double[candidates.nf][];
		for (int f = 0; f < candidates.nf; f++) {
			lpA[f] = candidates.colA[f].clone();
			for (int q = 0; q < candidates.colR[f].length; q++) {
				int r = candidates.colR[f][q];
				double d = excess[r];
				if (candidates.colA[f][q] > d + 1e-9 * Math.max(1, total[r])) {
					lpRhs[r] -= candidates.colA[f][q] - d;
					lpA[f][q] = d;
				}
			}
		}
		return lpA;
	}

}
