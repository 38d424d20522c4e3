package org.agilepmo.reporting.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.agilepmo.shared.ObjectChanged;
import org.agilepmo.shared.ObjectDirectories;
import org.agilepmo.shared.ObjectDirectory;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When deviations are measured: every project once an hour
 * ({@code pmo.reporting.check-cron}), and a project again soon after a change that can
 * move its measures (its plan, budget, costs, risks, stage or reports:
 * {@code pmo.reporting.recheck-cron}, every 20 seconds). A change only notes the project,
 * after its commit, so the writer never waits for the measuring; a failed check is logged
 * and tried again at the next round.
 */
@Component
public class DeviationWatch {

	private static final Logger log = LoggerFactory.getLogger(DeviationWatch.class);

	private static final List<String> PREFIXES = List.of("plan", "finance-", "risk", "project",
			StatusReportService.ENTITY);

	private final DeviationService deviations;

	private final ObjectDirectories directories;

	private final org.agilepmo.planning.ScheduleStatus schedule;

	private final Set<Long> pending = ConcurrentHashMap.newKeySet();

	DeviationWatch(DeviationService deviations, ObjectDirectories directories,
			org.agilepmo.planning.ScheduleStatus schedule) {
		this.schedule = schedule;
		this.deviations = deviations;
		this.directories = directories;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(ObjectChanged changed) {
		String kind = changed.ref().kind();
		if (PREFIXES.stream().noneMatch(kind::startsWith)) {
			return;
		}
		if ("project".equals(kind)) {
			this.pending.add(changed.ref().id());
			return;
		}
		try {
			if (kind.startsWith("plan")) {
				this.schedule.projectOf(kind, changed.ref().id()).ifPresent(this.pending::add);
				return;
			}
			this.directories.of(kind)
				.flatMap((ObjectDirectory d) -> d.findVisible(changed.ref(), ReportingAccess.PLATFORM))
				.map(card -> card.projectId())
				.ifPresent(this.pending::add);
		}
		catch (RuntimeException ex) {
			log.warn("Could not tell which project {} belongs to: {}", changed.ref().key(), ex.toString());
		}
	}

	/** Checks the projects noted since the last round; answers how many were raised. */
	@Scheduled(cron = "${pmo.reporting.recheck-cron:*/20 * * * * *}")
	public int recheckChanged() {
		List<Long> projects = new ArrayList<>(this.pending);
		this.pending.removeAll(projects);
		int raised = 0;
		for (long projectId : projects) {
			raised += checkQuietly(projectId);
		}
		return raised;
	}

	/** Checks every project that is neither closed nor cancelled. */
	@Scheduled(cron = "${pmo.reporting.check-cron:0 15 * * * *}")
	public int checkAll() {
		return this.deviations.checkAll(id -> {
			try {
				return this.deviations.check(id);
			}
			catch (RuntimeException ex) {
				log.warn("Deviation check of project {} failed: {}", id, ex.toString());
				return List.of();
			}
		});
	}

	private int checkQuietly(long projectId) {
		try {
			return this.deviations.check(projectId).size();
		}
		catch (RuntimeException ex) {
			log.warn("Deviation check of project {} failed: {}", projectId, ex.toString());
			return 0;
		}
	}

}
