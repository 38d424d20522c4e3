package org.agilepmo.engine.risk;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Induces a rank correlation between columns of samples without changing any column's
 * values, only their order: Iman and Conover, "A distribution-free approach to inducing
 * rank correlation among input variables", Communications in Statistics B 11(3), 1982.
 * Columns of van der Waerden scores are shuffled, their sample correlation E = QQᵀ is
 * removed and the target C = PPᵀ put in (T = M Q⁻ᵀ Pᵀ, both factors by Cholesky), and
 * each column of samples is reordered to the ranks of T's column.
 */
final class ImanConover {

	private ImanConover() {
	}

	/**
	 * Reorders {@code columns} (one array per input, same length) so that every pair has
	 * rank correlation close to {@code coefficient}; with a coefficient of 1 every column
	 * takes the first one's percentiles.
	 */
	static void correlate(double[][] columns, double coefficient, long seed) {
		int k = columns.length;
		int n = columns[0].length;
		int[][] ranks = new int[k][];
		if (coefficient >= 1) {
			// Perfect correlation: every input at the same percentile in every iteration.
			for (int j = 1; j < k; j++) {
				columns[j] = columns[0].clone();
			}
			return;
		}
		{
			double[] scores = new double[n];
			for (int i = 0; i < n; i++) {
				scores[i] = Normal.quantile((i + 1) / (n + 1.0));
			}
			SplittableRandom random = new SplittableRandom(seed);
			double[][] m = new double[k][];
			for (int j = 0; j < k; j++) {
				m[j] = scores.clone();
				for (int i = n - 1; i > 0; i--) {
					int r = random.nextInt(i + 1);
					double t = m[j][i];
					m[j][i] = m[j][r];
					m[j][r] = t;
				}
			}
			double[][] e = new double[k][k];
			for (int a = 0; a < k; a++) {
				for (int b = 0; b <= a; b++) {
					double s = 0;
					for (int i = 0; i < n; i++) {
						s += m[a][i] * m[b][i];
					}
					e[a][b] = s;
					e[b][a] = s;
				}
			}
			double[][] c = new double[k][k];
			for (int a = 0; a < k; a++) {
				for (int b = 0; b < k; b++) {
					c[a][b] = (a == b) ? 1 : coefficient;
				}
			}
			double norm = e[0][0];
			for (double[] row : e) {
				for (int b = 0; b < k; b++) {
					row[b] /= norm;
				}
			}
			double[][] q = cholesky(e);
			double[][] p = cholesky(c);
			// S = Q⁻ᵀ Pᵀ, so that T = M S (rows of M are iterations).
			double[][] s = new double[k][k];
			for (int col = 0; col < k; col++) {
				// Solve Qᵀ x = (row col of P)ᵀ by back substitution.
				double[] x = new double[k];
				for (int r = k - 1; r >= 0; r--) {
					double v = p[col][r];
					for (int t = r + 1; t < k; t++) {
						v -= q[t][r] * x[t];
					}
					x[r] = v / q[r][r];
				}
				for (int r = 0; r < k; r++) {
					s[r][col] = x[r];
				}
			}
			for (int col = 0; col < k; col++) {
				double[] t = new double[n];
				for (int i = 0; i < n; i++) {
					double v = 0;
					for (int r = 0; r < k; r++) {
						v += m[r][i] * s[r][col];
					}
					t[i] = v;
				}
				ranks[col] = order(t);
			}
		}
		for (int j = 0; j < k; j++) {
			double[] sorted = columns[j].clone();
			Arrays.sort(sorted);
			int[] byRank = ranks[j];
			for (int r = 0; r < n; r++) {
				columns[j][byRank[r]] = sorted[r];
			}
		}
	}

	/** The row indexes of {@code values} from the smallest value to the largest. */
	private static int[] order(double[] values) {
		int n = values.length;
		Integer[] rows = new Integer[n];
		for (int i = 0; i < n; i++) {
			rows[i] = i;
		}
		Arrays.sort(rows, (x, y) -> Double.compare(values[x], values[y]));
		int[] order = new int[n];
		for (int i = 0; i < n; i++) {
			order[i] = rows[i];
		}
		return order;
	}

	private static double[][] cholesky(double[][] a) {
		int k = a.length;
		double[][] l = new double[k][k];
		for (int i = 0; i < k; i++) {
			for (int j = 0; j <= i; j++) {
				double s = a[i][j];
				for (int t = 0; t < j; t++) {
					s -= l[i][t] * l[j][t];
				}
				if (i == j) {
					if (s <= 0) {
						throw new IllegalArgumentException("the correlation matrix is not positive definite");
					}
					l[i][i] = Math.sqrt(s);
				}
				else {
					l[i][j] = s / l[j][j];
				}
			}
		}
		return l;
	}

}
