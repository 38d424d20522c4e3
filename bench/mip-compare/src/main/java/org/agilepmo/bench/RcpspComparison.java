package org.agilepmo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.CumulativeConstraint;
import com.google.ortools.sat.IntVar;
import com.google.ortools.sat.IntervalVar;
import com.google.ortools.sat.LinearExpr;
import org.agilepmo.engine.levelling.FeasibilityCheck;
import org.agilepmo.engine.levelling.LevelledSchedule;
import org.agilepmo.engine.levelling.Leveller;
import org.agilepmo.engine.levelling.LevellingOptions;
import org.agilepmo.engine.levelling.LevellingProblem;
import org.agilepmo.engine.levelling.Psplib;

/**
 * Our levelling beside OR-Tools CP-SAT on PSPLIB, with the same wall time per instance.
 * <p>
 * For every instance of a set: our genetic algorithm with a budget of schedules (as
 * {@link PsplibHarness} runs it, both cores), timed; then CP-SAT on the textbook RCPSP
 * model (an interval per job, precedence as end ≤ start, one cumulative constraint per
 * renewable resource, minimise the latest end) with that wall time as its limit and two
 * workers, so both use both cores for the same time. CP-SAT's schedule is checked with
 * the same {@link FeasibilityCheck} as ours. Prints per instance both makespans, CP-SAT's
 * status and bound, then both averages: deviation from the optimum (or lower bound) of
 * {@code bounds-2019.csv}, from the critical-path bound, and the count at the best known
 * value.
 * <p>
 * {@code java --enable-native-access=ALL-UNNAMED -cp
 * "target/classes:../target/benchmarks.jar:$(cat target/classpath.txt)"
 * org.agilepmo.bench.RcpspComparison --set ../../../shared/data/psplib/j30 --schedules
 * 5000 --seed 1 [--limit N] [--factor F]} ({@code --factor} gives CP-SAT F times our
 * time).
 */
public final class RcpspComparison {

	private RcpspComparison() {
	}

	public static void main(String[] args) throws IOException {
		Path set = null;
		long schedules = 5000;
		long seed = 1;
		int limit = Integer.MAX_VALUE;
		double factor = 1;
		for (int a = 0; a < args.length; a++) {
			switch (args[a]) {
				case "--set" -> set = Path.of(args[++a]);
				case "--schedules" -> schedules = Long.parseLong(args[++a]);
				case "--seed" -> seed = Long.parseLong(args[++a]);
				case "--limit" -> limit = Integer.parseInt(args[++a]);
				case "--factor" -> factor = Double.parseDouble(args[++a]);
				default -> throw new IllegalArgumentException("Unknown argument " + args[a]);
			}
		}
		if (set == null || !Files.isDirectory(set)) {
			throw new IllegalArgumentException("--set DIR (a PSPLIB set folder) is required");
		}
		Loader.loadNativeLibraries();
		Map<String, int[]> bounds = PsplibHarness.readBounds(set.resolve("bounds-2019.csv"));
		Map<String, Integer> bestKnown = PsplibHarness.readBestKnown(set);
		List<Path> files;
		try (Stream<Path> list = Files.list(set)) {
			files = list.filter(f -> f.getFileName().toString().endsWith(".sm"))
				.filter(f -> !f.getFileName().toString().contains("hrs"))
				.sorted()
				.limit(limit)
				.toList();
		}
		LevellingOptions options = LevellingOptions.schedules(schedules, seed).withIslands(2);
		Sum ours = new Sum();
		Sum sat = new Sum();
		int proven = 0;
		System.out.println("instance,bound,cpm,ours,ours_ms,cpsat,cpsat_ms,cpsat_status,cpsat_bound");
		for (Path file : files) {
			String name = file.getFileName().toString();
			LevellingProblem problem = Psplib.read(file);
			int cpm = Leveller.unlevelled(problem).makespan();
			int[] bound = bounds.getOrDefault(name, new int[] { cpm, Integer.MAX_VALUE }).clone();
			if (bound[0] < 0) {
				bound[0] = cpm;
			}
			Integer known = bestKnown.get(name);
			if (known != null && known < bound[1]) {
				bound[1] = known;
			}
			long t0 = System.nanoTime();
			LevelledSchedule best = Leveller.level(problem, options);
			long oursNanos = System.nanoTime() - t0;
			check(name, "ours", problem, best.starts());
			PsplibFile instance = PsplibFile.read(file);
			double seconds = Math.max(0.001, factor * oursNanos / 1e9);
			long t1 = System.nanoTime();
			Solved solved = solve(instance, seconds);
			long satNanos = System.nanoTime() - t1;
			if (solved.starts() != null) {
				check(name, "CP-SAT", problem, solved.starts());
			}
			if (solved.status() == CpSolverStatus.OPTIMAL) {
				proven++;
			}
			if (solved.starts() == null) {
				sat.misses++;
			}
			ours.add(best.makespan(), bound, cpm, oursNanos);
			// No solution in the time: counted at the trivial serial bound (the sum of
			// durations), so that a miss is never hidden by leaving the instance out.
			sat.add(solved.starts() == null ? instance.horizon() : solved.makespan(), bound, cpm, satNanos);
			System.out.printf(Locale.ROOT, "%s,%s,%d,%d,%.1f,%s,%.1f,%s,%d%n", name,
					bound[0] == bound[1] ? String.valueOf(bound[0]) : bound[0] + ".." + bound[1], cpm,
					best.makespan(), oursNanos / 1e6, solved.starts() == null ? "-" : String.valueOf(solved.makespan()),
					satNanos / 1e6, solved.status(), solved.bound());
		}
		System.out.println();
		System.out.printf(Locale.ROOT, "%d instances of %s; ours: GA+FBI %d schedules, seed %d, 2 islands; "
				+ "CP-SAT: 2 workers, %.1f x our wall time per instance; %d proven optimal by CP-SAT%n", ours.count,
				set.getFileName(), schedules, seed, factor, proven);
		System.out.println(
				"method | avg dev. from optimum/LB % | avg dev. from CPM bound % | at best known | misses | ms per instance");
		System.out.println("ours  | " + ours);
		System.out.println("CP-SAT | " + sat);
	}

	private static void check(String name, String who, LevellingProblem problem, int[] starts) {
		List<String> wrong = FeasibilityCheck.violations(problem, starts);
		if (!wrong.isEmpty()) {
			throw new IllegalStateException(name + ": infeasible schedule from " + who + ": " + wrong);
		}
	}

	private record Solved(CpSolverStatus status, int makespan, int bound, int[] starts) {
	}

	/** The textbook RCPSP model of an instance, solved with a time limit. */
	private static Solved solve(PsplibFile instance, double seconds) {
			int n = instance.duration().length;
			int horizon = instance.horizon();
			CpModel model = new CpModel();
			IntVar[] start = new IntVar[n];
			IntervalVar[] interval = new IntervalVar[n];
			for (int i = 0; i < n; i++) {
				start[i] = model.newIntVar(0, horizon, "s" + i);
				interval[i] = model.newFixedSizeIntervalVar(start[i], instance.duration()[i], "i" + i);
			}
			for (int i = 0; i < n; i++) {
				for (int j : instance.successors()[i]) {
					model.addLessOrEqual(LinearExpr.affine(start[i], 1, instance.duration()[i]), start[j]);
				}
			}
			for (int k = 0; k < instance.capacity().length; k++) {
				CumulativeConstraint c = model.addCumulative(instance.capacity()[k]);
				for (int i = 0; i < n; i++) {
					if (instance.demand()[i][k] > 0) {
						c.addDemand(interval[i], instance.demand()[i][k]);
					}
				}
			}
			IntVar makespan = model.newIntVar(0, horizon, "makespan");
			for (int i = 0; i < n; i++) {
				model.addLessOrEqual(LinearExpr.affine(start[i], 1, instance.duration()[i]), makespan);
			}
			model.minimize(makespan);
			CpSolver solver = new CpSolver();
			solver.getParameters().setMaxTimeInSeconds(seconds).setNumWorkers(2).setRandomSeed(1);
			CpSolverStatus status = solver.solve(model);
			if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
				return new Solved(status, -1, (int) solver.bestObjectiveBound(), null);
			}
			int[] starts = new int[n];
			for (int i = 0; i < n; i++) {
				starts[i] = (int) solver.value(start[i]);
			}
			return new Solved(status, (int) solver.objectiveValue(), (int) solver.bestObjectiveBound(), starts);
		}

	private static final class Sum {

		int count;

		double devLower;

		double devCpm;

		int atBest;

		int misses;

		long nanos;

		void add(int makespan, int[] bound, int cpm, long nanos) {
			this.count++;
			this.devLower += 100.0 * (makespan - bound[0]) / bound[0];
			this.devCpm += 100.0 * (makespan - cpm) / cpm;
			int best = bound[1] == Integer.MAX_VALUE ? bound[0] : bound[1];
			if (makespan <= best) {
				this.atBest++;
			}
			this.nanos += nanos;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%.2f | %.2f | %d/%d | %d | %.1f", this.devLower / this.count,
					this.devCpm / this.count, this.atBest, this.count, this.misses, this.nanos / 1e6 / this.count);
		}

	}

}
