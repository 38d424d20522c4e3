package org.agilepmo.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.agilepmo.engine.levelling.FeasibilityCheck;
import org.agilepmo.engine.levelling.LevelledSchedule;
import org.agilepmo.engine.levelling.Leveller;
import org.agilepmo.engine.levelling.LevellingOptions;
import org.agilepmo.engine.levelling.LevellingProblem;
import org.agilepmo.engine.levelling.PriorityRule;
import org.agilepmo.engine.levelling.Psplib;
import org.agilepmo.engine.levelling.Scheme;

/**
 * Levels every PSPLIB instance of a set and compares, in one run, the genetic algorithm
 * with forward-backward improvement against the single-pass serial SGS with the rule MS
 * Project's standard levelling resembles ({@link PriorityRule#MICROSOFT_STANDARD}) and
 * with the latest-finish rule.
 * <p>
 * {@code java -cp bench/target/benchmarks.jar org.agilepmo.bench.PsplibHarness --set
 * ../shared/data/psplib/j30 --schedules 1000 --seed 1 [--out DIR] [--limit N] [--islands
 * K]}, or {@code --set DIR --check OUTDIR} to verify schedules written before.
 * <p>
 * Per instance it prints the makespans and the time; then the average deviation from the
 * optimum or lower bound ({@code bounds-2019.csv}: the optimum, {@code LB..UB}, or
 * {@code ..UB} where only the critical-path bound is known), from the critical-path lower
 * bound, and from the best known upper bound (the lower of the bounds file and the set's
 * {@code *hrs-*.sm} list), and how many instances reach the best known value. Every
 * schedule it reports is checked for precedence and resource feasibility by
 * {@link FeasibilityCheck}; an infeasible one stops the run. With {@code --out}, writes
 * {@code DIR/<instance>.csv} with lines {@code job,start} (PSPLIB job numbers).
 */
public final class PsplibHarness {

	private PsplibHarness() {
	}

	public static void main(String[] args) throws IOException {
		Path set = null;
		long schedules = 1000;
		long seed = 1;
		Path out = null;
		int limit = Integer.MAX_VALUE;
		int islands = 2;
		for (int a = 0; a < args.length; a++) {
			switch (args[a]) {
				case "--set" -> set = Path.of(args[++a]);
				case "--schedules" -> schedules = Long.parseLong(args[++a]);
				case "--seed" -> seed = Long.parseLong(args[++a]);
				case "--out" -> out = Path.of(args[++a]);
				case "--limit" -> limit = Integer.parseInt(args[++a]);
				case "--islands" -> islands = Integer.parseInt(args[++a]);
				case "--check" -> {
					checkFolder(set, Path.of(args[++a]));
					return;
				}
				default -> throw new IllegalArgumentException("Unknown argument " + args[a]);
			}
		}
		if (set == null) {
			throw new IllegalArgumentException("--set DIR is required");
		}
		Map<String, int[]> bounds = readBounds(set.resolve("bounds-2019.csv"));
		Map<String, Integer> bestKnown = readBestKnown(set);
		List<Path> files;
		try (Stream<Path> list = Files.list(set)) {
			files = list.filter(f -> f.getFileName().toString().endsWith(".sm"))
				.filter(f -> !f.getFileName().toString().contains("hrs"))
				.sorted(PsplibHarness::byInstance)
				.limit(limit)
				.toList();
		}
		if (out != null) {
			Files.createDirectories(out);
		}
		Totals ga = new Totals("GA+FBI " + schedules);
		Totals msp = new Totals("serial SGS, MS Project-like rule");
		Totals lft = new Totals("serial SGS, LFT");
		LevellingOptions options = LevellingOptions.schedules(schedules, seed).withIslands(islands);
		System.out.println("instance,bound,cpm,ga,ga_ms,msproject_rule,lft_rule");
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
			LevelledSchedule best = Leveller.level(problem, options);
			LevelledSchedule rule = Leveller.priorityRule(problem, Scheme.SERIAL, PriorityRule.MICROSOFT_STANDARD);
			LevelledSchedule latest = Leveller.priorityRule(problem, Scheme.SERIAL, PriorityRule.LATEST_FINISH);
			for (LevelledSchedule s : List.of(best, rule, latest)) {
				List<String> wrong = FeasibilityCheck.violations(problem, s.starts());
				if (!wrong.isEmpty()) {
					throw new IllegalStateException(name + ": infeasible schedule: " + wrong);
				}
			}
			ga.add(best.makespan(), bound, cpm, best.nanos());
			msp.add(rule.makespan(), bound, cpm, rule.nanos());
			lft.add(latest.makespan(), bound, cpm, latest.nanos());
			System.out.printf(Locale.ROOT, "%s,%s,%d,%d,%.1f,%d,%d%n", name,
					bound[0] == bound[1] ? String.valueOf(bound[0]) : bound[0] + ".." + bound[1], cpm, best.makespan(),
					best.nanos() / 1e6, rule.makespan(), latest.makespan());
			if (out != null) {
				StringBuilder csv = new StringBuilder("job,start\n");
				for (int i = 0; i < problem.activityCount(); i++) {
					csv.append(i + 1).append(',').append(best.start(i)).append('\n');
				}
				Files.writeString(out.resolve(name.replace(".sm", ".csv")), csv);
			}
		}
		System.out.println();
		System.out.printf(Locale.ROOT, "%d instances of %s, %d schedules, seed %d, %d islands%n", ga.count,
				set.getFileName(), schedules, seed, islands);
		System.out.println(
				"method | avg dev. from optimum/LB % | avg dev. from CPM bound % | avg dev. from best known % | at best known | ms per instance");
		for (Totals t : List.of(ga, msp, lft)) {
			System.out.println(t);
		}
	}

	/**
	 * Verifies every {@code <instance>.csv} of a folder against its instance; fails on
	 * the first infeasible one.
	 */
	private static void checkFolder(Path set, Path folder) throws IOException {
		if (set == null) {
			throw new IllegalArgumentException("--set DIR comes before --check");
		}
		int checked = 0;
		try (Stream<Path> list = Files.list(folder)) {
			for (Path csv : list.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
				String name = csv.getFileName().toString().replace(".csv", ".sm");
				List<String> wrong = verify(Psplib.read(set.resolve(name)), Files.readString(csv));
				if (!wrong.isEmpty()) {
					throw new IllegalStateException(csv + " is infeasible: " + wrong);
				}
				checked++;
			}
		}
		System.out.println(checked + " schedules feasible");
	}

	/**
	 * Reads a {@code job,start} schedule (as written with {@code --out}) for an instance
	 * and answers what is wrong with it: a missing or unknown job, a broken precedence or
	 * a resource over its capacity; empty when it is feasible.
	 */
	static List<String> verify(LevellingProblem problem, String csv) {
		int[] start = new int[problem.activityCount()];
		boolean[] seen = new boolean[start.length];
		List<String> wrong = new ArrayList<>();
		for (String line : csv.split("\\R")) {
			String[] f = line.split(",");
			if (f.length != 2 || !f[0].trim().matches("\\d+")) {
				continue;
			}
			int job = Integer.parseInt(f[0].trim());
			if (job < 1 || job > start.length) {
				wrong.add("unknown job " + job);
				continue;
			}
			start[job - 1] = Integer.parseInt(f[1].trim());
			seen[job - 1] = true;
		}
		for (int i = 0; i < seen.length; i++) {
			if (!seen[i]) {
				wrong.add("job " + (i + 1) + " has no start");
			}
		}
		if (wrong.isEmpty()) {
			wrong.addAll(FeasibilityCheck.violations(problem, start));
		}
		return wrong;
	}

	private static int byInstance(Path a, Path b) {
		return key(a.getFileName().toString()).compareTo(key(b.getFileName().toString()));
	}

	private static String key(String name) {
		String[] parts = name.replaceAll("[^0-9_]", "").split("_");
		return String.format(Locale.ROOT, "%06d_%04d", Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
	}

	/**
	 * The best known makespans of PSPLIB's solution lists ({@code j120hrs-2024.sm}: lines
	 * of parameter set, instance, makespan).
	 */
	static Map<String, Integer> readBestKnown(Path set) throws IOException {
		Map<String, Integer> out = new HashMap<>();
		String prefix = set.getFileName().toString();
		try (Stream<Path> list = Files.list(set)) {
			for (Path file : list.filter(f -> f.getFileName().toString().contains("hrs")).toList()) {
				for (String line : Files.readAllLines(file)) {
					String[] f = line.trim().split("\\s+");
					if (f.length >= 3 && f[0].matches("\\d+") && f[1].matches("\\d+") && f[2].matches("\\d+")) {
						out.merge(prefix + f[0] + "_" + f[1] + ".sm", Integer.parseInt(f[2]), Math::min);
					}
				}
			}
		}
		return out;
	}

	/**
	 * {@code problem,optimum} with the optimum as a number, {@code LB..UB} or
	 * {@code ..UB}.
	 */
	static Map<String, int[]> readBounds(Path csv) throws IOException {
		Map<String, int[]> out = new HashMap<>();
		if (!Files.exists(csv)) {
			return out;
		}
		for (String line : Files.readAllLines(csv)) {
			String[] f = line.split(",");
			if (f.length < 2 || f[1].isBlank() || f[1].trim().startsWith("opt")) {
				continue;
			}
			String v = f[1].trim();
			int[] bound;
			if (v.contains("..")) {
				String[] lu = v.split("\\.\\.", -1);
				bound = new int[] { lu[0].isEmpty() ? -1 : Integer.parseInt(lu[0]),
						lu[1].isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(lu[1]) };
			}
			else {
				bound = new int[] { Integer.parseInt(v), Integer.parseInt(v) };
			}
			out.put(f[0].trim(), bound);
		}
		return out;
	}

	private static final class Totals {

		private final String name;

		int count;

		double devLower;

		double devCpm;

		double devBest;

		int atBest;

		long nanos;

		Totals(String name) {
			this.name = name;
		}

		void add(int makespan, int[] bound, int cpm, long nanos) {
			this.count++;
			this.devLower += 100.0 * (makespan - bound[0]) / bound[0];
			this.devCpm += 100.0 * (makespan - cpm) / cpm;
			int best = bound[1] == Integer.MAX_VALUE ? bound[0] : bound[1];
			this.devBest += 100.0 * (makespan - best) / best;
			if (makespan <= best) {
				this.atBest++;
			}
			this.nanos += nanos;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%s | %.2f | %.2f | %.2f | %d/%d | %.1f", this.name,
					this.devLower / this.count, this.devCpm / this.count, this.devBest / this.count, this.atBest,
					this.count, this.nanos / 1e6 / this.count);
		}

	}

}
