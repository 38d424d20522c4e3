package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.engine.earnedvalue.Measures;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earned value recorded at status dates: by whoever may change the project ("record the
 * status now"), and every week for every project with a budget and a baseline
 * ({@link WeeklySnapshots}). A snapshot keeps the project's BAC, PV, EV and AC at its
 * date; recording a date again replaces them. Every recording is audited; reading never
 * records.
 */
@Service
public class SnapshotService {

	static final String ENTITY = "finance-ev-snapshot";

	private final EarnedValueSnapshots snapshots;

	private final EarnedValueService earnedValue;

	private final BudgetVersions versions;

	private final FinanceAccess access;

	private final AuditTrail audit;

	private final Clock clock;

	SnapshotService(EarnedValueSnapshots snapshots, EarnedValueService earnedValue, BudgetVersions versions,
			FinanceAccess access, AuditTrail audit, Optional<Clock> clock) {
		this.snapshots = snapshots;
		this.earnedValue = earnedValue;
		this.versions = versions;
		this.access = access;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The project's snapshots, oldest first. */
	@Transactional(readOnly = true)
	public List<EarnedValueSnapshot> snapshots(Actor actor, long projectId) {
		this.access.visible(actor, projectId);
		return this.snapshots.findByProjectIdOrderByStatusDateAsc(projectId);
	}

	/**
	 * Records the project's earned value at the status date against its latest baseline
	 * (the person must be able to change the project).
	 */
	@Transactional
	public EarnedValueSnapshot record(Actor actor, long projectId, LocalDate statusDate) {
		this.access.editable(actor, projectId);
		LocalDate date = Rules.required("statusDate", statusDate);
		if (date.isAfter(LocalDate.now(this.clock))) {
			throw Rules.violation("statusDate", "future", "cannot be after today");
		}
		return take(actor, projectId, date, EarnedValueSnapshot.Origin.RECORDED, actor.username());
	}

	/**
	 * The weekly snapshot of a project with a budget and a baseline at the week's end,
	 * unless it is taken already; answers whether it was taken. The actor is the platform
	 * itself, seeing every project.
	 */
	@Transactional
	public boolean weekly(Actor platform, long projectId, LocalDate weekEnding) {
		if (this.snapshots.findByProjectIdAndStatusDate(projectId, weekEnding).isPresent()
				|| this.earnedValue.defaultBaseline(platform, projectId).isEmpty()) {
			return false;
		}
		take(platform, projectId, weekEnding, EarnedValueSnapshot.Origin.WEEKLY, "weekly snapshot");
		return true;
	}

	/** Every project that has a budget, by id. */
	@Transactional(readOnly = true)
	public List<Long> budgetedProjects() {
		return this.versions.budgetedProjectIds();
	}

	/**
	 * Keeps figures measured elsewhere (a project's history brought from another tool,
	 * the demo's past weeks) as the snapshot of a date.
	 */
	@Transactional
	EarnedValueSnapshot keep(Actor actor, long projectId, LocalDate date, String baseline, String currency,
			BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac) {
		ProjectSummary project = this.access.editable(actor, projectId);
		return save(project, date, baseline, currency, bac, pv, ev, ac, EarnedValueSnapshot.Origin.IMPORTED,
				actor.username());
	}

	private EarnedValueSnapshot take(Actor actor, long projectId, LocalDate date, EarnedValueSnapshot.Origin origin,
			String by) {
		ProjectSummary project = this.access.visible(actor, projectId);
		EarnedValueService.Report report = this.earnedValue.report(actor, projectId, date, null);
		Measures m = report.total();
		return save(project, date, report.baseline(), report.currency(), m.bac(), m.pv(), m.ev(), m.ac(), origin, by);
	}

	private EarnedValueSnapshot save(ProjectSummary project, LocalDate date, String baseline, String currency,
			BigDecimal bac, BigDecimal pv, BigDecimal ev, BigDecimal ac, EarnedValueSnapshot.Origin origin, String by) {
		Optional<EarnedValueSnapshot> existing = this.snapshots.findByProjectIdAndStatusDate(project.id(), date);
		String before = existing.map(EarnedValueSnapshot::describe).orElse(null);
		EarnedValueSnapshot snapshot = existing.orElseGet(() -> new EarnedValueSnapshot(project.id(), date));
		snapshot.take(baseline, currency, bac, pv, ev, ac, origin, by, Instant.now(this.clock));
		this.snapshots.saveAndFlush(snapshot);
		this.audit.record(new AuditRecord(ENTITY + ".recorded", "project", String.valueOf(project.id()),
				project.classification(), project.code() + " " + snapshot.describe(), before, snapshot.describe()));
		return snapshot;
	}

}
