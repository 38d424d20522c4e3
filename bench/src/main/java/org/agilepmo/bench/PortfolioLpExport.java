package org.agilepmo.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agilepmo.engine.portfolio.Candidate;
import org.agilepmo.engine.portfolio.Commitment;
import org.agilepmo.engine.portfolio.PortfolioProblem;

/**
 * Writes {@link RandomPortfolio} instances as 0-1 programs in CPLEX LP format, so that an
 * independent MIP solver (CBC, GLPK, HiGHS) can be run on exactly the instances our
 * optimiser is measured on:
 * {@code PortfolioLpExport dir candidates periods skills seed...} writes
 * {@code dir/portfolio-<candidates>-<periods>-<skills>-<seed>.lp}. The model is the one
 * of ADR 0102: maximise value; a budget row per year and a capacity row per period and
 * skill; {@code x_a <= x_b} when a requires b; {@code x_a + x_b <= 1} when they exclude
 * each other; mandatory projects fixed to 1 and excluded ones to 0 (the solver's presolve
 * propagates what that implies).
 */
public final class PortfolioLpExport {

	private PortfolioLpExport() {
	}

	public static void main(String[] args) throws IOException {
		Path dir = Path.of(args[0]);
		Files.createDirectories(dir);
		int candidates = Integer.parseInt(args[1]);
		int periods = Integer.parseInt(args[2]);
		int skills = Integer.parseInt(args[3]);
		for (int i = 4; i < args.length; i++) {
			long seed = Long.parseLong(args[i]);
			PortfolioProblem problem = RandomPortfolio.generate(candidates, periods, skills, seed,
					Boolean.getBoolean("headcount"));
			Path file = dir.resolve("portfolio-%d-%d-%d-%d.lp".formatted(candidates, periods, skills, seed));
			try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
				write(problem, out);
			}
			System.out.println(file);
		}
	}

	static void write(PortfolioProblem problem, PrintWriter out) {
		List<Candidate> candidates = problem.candidates();
		Map<String, Integer> index = new HashMap<>();
		for (int j = 0; j < candidates.size(); j++) {
			index.put(candidates.get(j).id(), j);
		}
		out.println("Maximize");
		StringBuilder objective = new StringBuilder(" value:");
		for (int j = 0; j < candidates.size(); j++) {
			term(objective, candidates.get(j).value(), j);
		}
		wrap(out, objective);
		out.println("Subject To");
		long[] budget = problem.limits().budgetPerYear();
		for (int y = 0; y < budget.length; y++) {
			StringBuilder row = new StringBuilder(" budget_" + y + ":");
			boolean any = false;
			for (int j = 0; j < candidates.size(); j++) {
				long cost = candidates.get(j).costPerYear()[y];
				if (cost != 0) {
					term(row, cost, j);
					any = true;
				}
			}
			if (any) {
				row.append(" <= ").append(budget[y]);
				wrap(out, row);
			}
		}
		double[][] capacity = problem.limits().capacity();
		for (int p = 0; p < capacity.length; p++) {
			for (int s = 0; s < capacity[p].length; s++) {
				StringBuilder row = new StringBuilder(" capacity_" + p + "_" + s + ":");
				boolean any = false;
				for (int j = 0; j < candidates.size(); j++) {
					double demand = candidates.get(j).demand()[p][s];
					if (demand != 0) {
						term(row, demand, j);
						any = true;
					}
				}
				if (any) {
					row.append(" <= ").append(number(capacity[p][s]));
					wrap(out, row);
				}
			}
		}
		for (int j = 0; j < candidates.size(); j++) {
			Candidate c = candidates.get(j);
			for (String required : c.requires()) {
				out.println(" requires_" + j + "_" + index.get(required) + ": x" + j + " - x" + index.get(required)
						+ " <= 0");
			}
			for (String excluded : c.excludes()) {
				out.println(" excludes_" + j + "_" + index.get(excluded) + ": x" + j + " + x" + index.get(excluded)
						+ " <= 1");
			}
		}
		out.println("Bounds");
		for (int j = 0; j < candidates.size(); j++) {
			Commitment commitment = candidates.get(j).commitment();
			String lower = commitment == Commitment.MANDATORY ? "1" : "0";
			String upper = commitment == Commitment.EXCLUDED ? "0" : "1";
			out.println(" " + lower + " <= x" + j + " <= " + upper);
		}
		out.println("Binaries");
		StringBuilder binaries = new StringBuilder();
		for (int j = 0; j < candidates.size(); j++) {
			binaries.append(" x").append(j);
		}
		wrap(out, binaries);
		out.println("End");
	}

	private static void term(StringBuilder row, double coefficient, int j) {
		row.append(row.charAt(row.length() - 1) == ':' ? " " : " + ")
			.append(number(coefficient))
			.append(" x")
			.append(j);
	}

	private static String number(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%.6f", value);
	}

	/** LP format readers limit line length; break long rows between terms. */
	private static void wrap(PrintWriter out, StringBuilder text) {
		int start = 0;
		while (text.length() - start > 200) {
			int cut = text.lastIndexOf(" + ", start + 200);
			if (cut <= start) {
				break;
			}
			out.println(text.substring(start, cut));
			start = cut;
		}
		out.println(text.substring(start));
	}

}
