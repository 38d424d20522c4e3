package org.agilepmo.bench.mip;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.google.ortools.Loader;
import com.google.ortools.modelbuilder.LinearExpr;
import com.google.ortools.modelbuilder.LinearExprBuilder;
import com.google.ortools.modelbuilder.ModelBuilder;
import com.google.ortools.modelbuilder.ModelSolver;
import com.google.ortools.modelbuilder.SolveStatus;
import com.google.ortools.modelbuilder.Variable;
import org.agilepmo.bench.RandomPortfolio;
import org.agilepmo.engine.portfolio.Candidate;
import org.agilepmo.engine.portfolio.Commitment;
import org.agilepmo.engine.portfolio.PortfolioOptimiser;
import org.agilepmo.engine.portfolio.PortfolioProblem;
import org.agilepmo.engine.portfolio.Selection;
import org.agilepmo.engine.portfolio.SolverOptions;

/**
 * Runs our optimiser, SCIP and CP-SAT (one thread each, the same time limit) on the same
 * {@link RandomPortfolio} instances (12 quarters, 20 skills) and prints value, bound and
 * gap side by side: {@code MipComparison candidates timeLimitMillis seed...}; the solvers
 * can be chosen with {@code -Dsolvers=ours,scip,sat}, the instance family with
 * {@code -Dheadcount=true} as in PortfolioGap. The 0-1 model is the one of ADR
 * 0102: a budget row per year, a capacity row per quarter and skill (in half days, so
 * that every coefficient is whole, as CP-SAT needs), {@code x_a <= x_b} when a requires
 * b, {@code x_a + x_b <= 1} for a conflict, mandatory projects fixed to 1 and excluded
 * ones to 0.
 */
public final class MipComparison {

	private MipComparison() {
	}

	public static void main(String[] args) {
		Loader.loadNativeLibraries();
		int candidates = Integer.parseInt(args[0]);
		Duration limit = Duration.ofMillis(Long.parseLong(args[1]));
		List<String> solvers = List.of(System.getProperty("solvers", "ours,scip,sat").split(","));
		// warm-up of our optimiser (the JIT compiles the simplex), on other seeds than those
		// measured
		for (long seed = 1001; seed <= 1010; seed++) {
			PortfolioOptimiser.optimise(RandomPortfolio.generate(candidates, 12, 20, seed), new SolverOptions(limit, 0));
		}
		System.out.println("candidates seed solver status value bound gap% ms");
		for (int i = 2; i < args.length; i++) {
			long seed = Long.parseLong(args[i]);
			PortfolioProblem problem = RandomPortfolio.generate(candidates, 12, 20, seed,
					Boolean.getBoolean("headcount"));
			for (String solver : solvers) {
				long start = System.nanoTime();
				double value;
				double bound;
				String status;
				if (solver.equals("ours")) {
					Selection s = PortfolioOptimiser.optimise(problem, new SolverOptions(limit, 0));
					value = s.value();
					bound = s.bound();
					status = s.status().name();
				}
				else {
					ModelSolver ms = new ModelSolver(solver);
					ms.setTimeLimit(limit);
					if (solver.equals("sat")) {
						ms.setSolverSpecificParameters("num_workers:1");
					}
					SolveStatus st = ms.solve(model(problem));
					value = ms.hasSolution() ? ms.getObjectiveValue() : 0;
					bound = ms.getBestObjectiveBound();
					status = st.name();
				}
				long ms = (System.nanoTime() - start) / 1_000_000;
				System.out.println(String.format(Locale.ROOT, "%d %d %s %s %.0f %.2f %.3f %d", candidates, seed, solver,
						status, value, bound, 100 * (bound - value) / bound, ms));
			}
		}
	}

	static ModelBuilder model(PortfolioProblem problem) {
		ModelBuilder model = new ModelBuilder();
		List<Candidate> list = problem.candidates();
		Map<String, Variable> x = new HashMap<>();
		LinearExprBuilder objective = LinearExpr.newBuilder();
		for (Candidate c : list) {
			double lower = c.commitment() == Commitment.MANDATORY ? 1 : 0;
			double upper = c.commitment() == Commitment.EXCLUDED ? 0 : 1;
			Variable v = model.newIntVar(lower, upper, c.id());
			x.put(c.id(), v);
			objective.addTerm(v, c.value());
		}
		model.maximize(objective);
		long[] budget = problem.limits().budgetPerYear();
		for (int y = 0; y < budget.length; y++) {
			LinearExprBuilder row = LinearExpr.newBuilder();
			for (Candidate c : list) {
				if (c.costPerYear()[y] != 0) {
					row.addTerm(x.get(c.id()), c.costPerYear()[y]);
				}
			}
			model.addLessOrEqual(row, budget[y]);
		}
		double[][] capacity = problem.limits().capacity();
		for (int p = 0; p < capacity.length; p++) {
			for (int s = 0; s < capacity[p].length; s++) {
				LinearExprBuilder row = LinearExpr.newBuilder();
				for (Candidate c : list) {
					double halfDays = c.demand()[p][s] * 2;
					if (halfDays != 0) {
						if (halfDays != Math.rint(halfDays)) {
							throw new IllegalArgumentException("demand not in half days: " + c.id());
						}
						row.addTerm(x.get(c.id()), halfDays);
					}
				}
				model.addLessOrEqual(row, Math.floor(capacity[p][s] * 2 + 1e-9));
			}
		}
		for (Candidate c : list) {
			for (String required : c.requires()) {
				model.addLessOrEqual(LinearExpr.newBuilder().addTerm(x.get(c.id()), 1).addTerm(x.get(required), -1),
						0);
			}
			for (String other : c.excludes()) {
				model.addLessOrEqual(LinearExpr.newBuilder().addTerm(x.get(c.id()), 1).addTerm(x.get(other), 1), 1);
			}
		}
		return model;
	}

}
