package org.agilepmo.bench;

import java.time.Duration;
import java.util.Locale;

import org.agilepmo.engine.portfolio.PortfolioOptimiser;
import org.agilepmo.engine.portfolio.PortfolioProblem;
import org.agilepmo.engine.portfolio.Selection;
import org.agilepmo.engine.portfolio.SolverOptions;

/**
 * Prints status, value, bound, gap, nodes and time of one optimisation per seed:
 * {@code PortfolioGap candidates periods skills timeLimitMillis gapTolerance seed...};
 * with {@code -Dheadcount=true} capacities are constant per skill
 * ({@link RandomPortfolio#generate(int, int, int, long, boolean)}).
 */
public final class PortfolioGap {

	private PortfolioGap() {
	}

	public static void main(String[] args) {
		int candidates = Integer.parseInt(args[0]);
		int periods = Integer.parseInt(args[1]);
		int skills = Integer.parseInt(args[2]);
		SolverOptions options = new SolverOptions(Duration.ofMillis(Long.parseLong(args[3])),
				Double.parseDouble(args[4]));
		PortfolioOptimiser.optimise(RandomPortfolio.generate(candidates, periods, skills, 1), options);
		System.out.println("candidates periods skills seed status value bound gap% nodes ms selected");
		for (int i = 5; i < args.length; i++) {
			long seed = Long.parseLong(args[i]);
			PortfolioProblem problem = RandomPortfolio.generate(candidates, periods, skills, seed,
					Boolean.getBoolean("headcount"));
			Selection s = PortfolioOptimiser.optimise(problem, options);
			System.out.println(String.format(Locale.ROOT, "%d %d %d %d %s %.0f %.2f %.3f %d %d %d", candidates, periods,
					skills, seed, s.status(), s.value(), s.bound(), 100 * s.gap(), s.nodes(), s.elapsed().toMillis(),
					s.selectedIds().size()));
		}
	}

}
