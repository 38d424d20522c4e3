package org.agilepmo.engine.levelling;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The first instance of each of PSPLIB's 48 j30 parameter sets, against their known
 * optima: with 1,000 schedules each, the genetic algorithm must stay within 0.5 % of the
 * optimum on average, reach it on at least 40 of them, and never report an infeasible
 * schedule. The files are read from {@code ../shared/data/psplib/j30}; absent, the test
 * is skipped with a message, or fails under {@code PMO_SHARED_DATA=required}.
 */
class PsplibJ30Test {

	private static Path folder() {
		for (Path candidate : new Path[] { Path.of("../shared/data/psplib/j30"),
				Path.of("../../shared/data/psplib/j30") }) {
			if (Files.isDirectory(candidate)) {
				return candidate;
			}
		}
		String message = "PSPLIB j30 not found under ../shared/data/psplib/j30";
		if ("required".equals(System.getenv("PMO_SHARED_DATA"))) {
			fail(message);
		}
		System.out.println(message + ": skipped");
		Assumptions.abort(message);
		return null;
	}

	@Test
	void fortyEightInstancesNearTheirOptimum() throws IOException {
		Path dir = folder();
		Map<String, Integer> optimum = new HashMap<>();
		for (String line : Files.readAllLines(dir.resolve("bounds-2019.csv"))) {
			String[] f = line.split(",");
			if (f.length == 2 && Character.isDigit(f[1].charAt(0))) {
				optimum.put(f[0], Integer.parseInt(f[1].trim()));
			}
		}
		double deviation = 0;
		int atOptimum = 0;
		for (int set = 1; set <= 48; set++) {
			String name = "j30" + set + "_1.sm";
			LevellingProblem problem = Psplib.read(dir.resolve(name));
			LevelledSchedule levelled = Leveller.level(problem, LevellingOptions.schedules(1000, 1));
			assertThat(FeasibilityCheck.violations(problem, levelled.starts())).as(name).isEmpty();
			int best = optimum.get(name);
			assertThat(levelled.makespan()).as(name).isGreaterThanOrEqualTo(best);
			deviation += 100.0 * (levelled.makespan() - best) / best;
			if (levelled.makespan() == best) {
				atOptimum++;
			}
		}
		assertThat(deviation / 48).as("average deviation from the optimum, %").isLessThanOrEqualTo(0.5);
		assertThat(atOptimum).as("instances at their optimum").isGreaterThanOrEqualTo(40);
	}

}
