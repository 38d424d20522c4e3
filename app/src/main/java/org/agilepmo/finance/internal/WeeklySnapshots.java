package org.agilepmo.finance.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.Set;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Takes every project's earned-value snapshot at the end of each week (Sunday), early on
 * Monday ({@code pmo.finance.snapshot-cron}). A week already taken is skipped, and the
 * unique key of project and date keeps a second instance from taking it twice. A project
 * whose figures cannot be measured (a missing exchange rate) is logged and skipped, so
 * that it does not stop the others.
 */
@Component
public class WeeklySnapshots {

	private static final Logger log = LoggerFactory.getLogger(WeeklySnapshots.class);

	/**
	 * The platform acting for itself: sees every project, whatever its classification.
	 */
	static final Actor PLATFORM = new Actor(0, "system", "Weekly snapshot", ScreeningLevel.ENHANCED,
			Set.of(GlobalRole.ADMINISTRATOR));

	private final SnapshotService snapshots;

	private final Clock clock;

	WeeklySnapshots(SnapshotService snapshots, Optional<Clock> clock) {
		this.snapshots = snapshots;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Scheduled(cron = "${pmo.finance.snapshot-cron:0 30 1 * * MON}")
	public int takeLastWeeks() {
		LocalDate sunday = LocalDate.now(this.clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
		return take(sunday);
	}

	/** Takes the snapshot at the date for every budgeted project; answers how many. */
	public int take(LocalDate weekEnding) {
		int taken = 0;
		for (long projectId : this.snapshots.budgetedProjects()) {
			try {
				if (this.snapshots.weekly(PLATFORM, projectId, weekEnding)) {
					taken++;
				}
			}
			catch (RuntimeException ex) {
				log.warn("No earned-value snapshot of project {} at {}: {}", projectId, weekEnding, ex.getMessage());
			}
		}
		return taken;
	}

}
