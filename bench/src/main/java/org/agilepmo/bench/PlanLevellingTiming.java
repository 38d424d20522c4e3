package org.agilepmo.bench;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.agilepmo.engine.calendar.WorkCalendar;
import org.agilepmo.engine.levelling.LevellingOptions;
import org.agilepmo.engine.levelling.PlanLevelling;
import org.agilepmo.engine.schedule.CriticalPath;
import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;
import org.agilepmo.engine.schedule.Network;
import org.agilepmo.engine.schedule.Schedule;

/**
 * The wall time of levelling a plan as the application runs it (5,000 schedules, a 5 s
 * limit, one island): random plans of 200, 2,000 and 10,000 tasks of one to five days on
 * the standard calendar, one person (100 %) per task among n/20, two thirds of the tasks
 * following one of the twenty before them. Prints per size and mode the wall time, the
 * schedules generated and the over-allocation before and after.
 * <p>
 * {@code java -cp bench/target/benchmarks.jar org.agilepmo.bench.PlanLevellingTiming}
 */
public final class PlanLevellingTiming {

	private PlanLevellingTiming() {
	}

	public static void main(String[] args) {
		for (int n : new int[] { 200, 2000, 10000 }) {
			SplittableRandom r = new SplittableRandom(1);
			Network.Builder b = Network.builder(LocalDateTime.of(2026, 1, 5, 8, 0));
			List<PlanLevelling.Assignment> assignments = new ArrayList<>();
			int people = Math.max(5, n / 20);
			List<PlanLevelling.Resource> resources = new ArrayList<>();
			for (int k = 0; k < people; k++) {
				resources.add(new PlanLevelling.Resource("p" + k, 100, null));
			}
			for (int i = 0; i < n; i++) {
				int task = b.task("T" + i, "T" + i, (1 + r.nextInt(5)) * 480);
				assignments.add(new PlanLevelling.Assignment("T" + i, "p" + r.nextInt(people), 100));
				if (i > 0 && r.nextInt(3) > 0) {
					b.link(Math.max(0, i - 1 - r.nextInt(Math.min(i, 20))), task, LinkType.FINISH_START, Lag.NONE);
				}
			}
			Network network = b.build();
			Schedule schedule = CriticalPath.schedule(network, WorkCalendar.standard());
			for (PlanLevelling.Mode mode : PlanLevelling.Mode.values()) {
				long t0 = System.nanoTime();
				PlanLevelling.Result result = PlanLevelling.level(network, schedule, WorkCalendar.standard(),
						new PlanLevelling.Request(resources, assignments, mode, Set.of(), Map.of(),
								new LevellingOptions(5000, 5000, 1, 1)));
				long millis = (System.nanoTime() - t0) / 1_000_000;
				System.out.printf("%d tasks %s: %d ms, %d schedules, %d moved, over-allocation %d -> %d%n", n, mode,
						millis, result.schedules(), result.moves().size(), result.overloadBefore(),
						result.overloadAfter());
			}
		}
	}

}
