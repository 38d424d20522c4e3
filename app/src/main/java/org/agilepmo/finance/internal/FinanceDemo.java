package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.agilepmo.finance.CostCategory;
import org.agilepmo.finance.CostLedger;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.planning.ActivityBudgets;
import org.agilepmo.planning.PlanProgress;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo finances: exchange rates; the regular budget and two donors' grants (one in EUR,
 * one in USD, the first read by the demo donor); the two Police Services units' projects
 * budgeted, funded by the grants and the regular budget, with commitments and invoices;
 * and the data centre consolidation with an approved budget, each activity's budgeted
 * cost and the actual costs of its progress, about 15 % over, so that its earned value
 * shows the slip and the overrun.
 */
@Component
@Order(60)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class FinanceDemo implements DemoContribution {

	private static final String BASELINE = "Approved plan";

	private final BudgetService budgets;

	private final Conversions conversions;

	private final FundingService funding;

	private final CostService costs;

	private final EarnedValueService earnedValue;

	private final FinanceAccess access;

	private final PlanProgress plans;

	private final People people;

	private final Clock clock;

	private final SnapshotService snapshots;

	FinanceDemo(BudgetService budgets, Conversions conversions, FundingService funding, CostService costs,
			EarnedValueService earnedValue, FinanceAccess access, PlanProgress plans, People people,
			Optional<Clock> clock, SnapshotService snapshots) {
		this.snapshots = snapshots;
		this.budgets = budgets;
		this.conversions = conversions;
		this.funding = funding;
		this.costs = costs;
		this.earnedValue = earnedValue;
		this.access = access;
		this.plans = plans;
		this.people = people;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	public void write() {
		Actor admin = CurrentActor.require();
		Map<String, ProjectOverview> byCode = new HashMap<>();
		this.access.visibleProjects(admin).values().forEach(p -> byCode.put(p.code(), p));
		LocalDate today = LocalDate.now(this.clock);
		YearMonth thisYear = YearMonth.of(today.getYear(), 1);
		LocalDate yearStart = thisYear.atDay(1).minusYears(1);
		this.conversions.record(admin, "USD", "EUR", yearStart, new BigDecimal("0.9200"));
		this.conversions.record(admin, "USD", "EUR", thisYear.atDay(1), new BigDecimal("0.9050"));
		this.conversions.record(admin, "EUR", "CHF", yearStart, new BigDecimal("0.9400"));

		long regular = this.funding
			.createSource(admin,
					new FundingSource.SourceDraft(FundingSource.Kind.REGULAR, "Regular budget", null, null, "RB", null,
							"EUR", null, null, null, null, null))
			.id();
		Long donor = this.people.findByUsername("donor").map(PersonSummary::id).orElse(null);
		long eu = this.funding
			.createSource(admin,
					new FundingSource.SourceDraft(FundingSource.Kind.GRANT, "Internal Security Fund grant ISF-2025-17",
							"European Commission (DG HOME)", donor, "ISF-2025-17", new BigDecimal("1200000.00"), "EUR",
							yearStart, yearStart.plusYears(3).minusDays(1),
							Set.of(CostCategory.EQUIPMENT, CostCategory.CONSULTANTS, CostCategory.TRAINING,
									CostCategory.TRAVEL, CostCategory.LICENCES),
							"Annual external audit; visibility of the donor on every deliverable",
							FundingSource.Reporting.HALF_YEARLY))
			.id();
		long inl = this.funding
			.createSource(admin,
					new FundingSource.SourceDraft(FundingSource.Kind.GRANT, "Border security assistance INL-BS-88",
							"US Bureau of International Narcotics and Law Enforcement Affairs", null, "INL-BS-88",
							new BigDecimal("800000.00"), "USD", yearStart.plusMonths(3),
							yearStart.plusMonths(27).minusDays(1),
							Set.of(CostCategory.EQUIPMENT, CostCategory.SERVICES, CostCategory.TRAINING), null,
							FundingSource.Reporting.QUARTERLY))
			.id();

		ProjectOverview records = byCode.get("POL-CRIMREC");
		if (records != null) {
			BudgetVersion v = budget(admin, records.id(), "EUR", yearStart.plusMonths(1),
					line(CostCategory.CONSULTANTS, "Records migration consultants", 10, "18500.00"),
					line(CostCategory.LICENCES, "Database and search licences", 1, "96000.00"),
					line(CostCategory.TRAINING, "Training of registry clerks", 1, "42000.00"),
					monthly(CostCategory.STAFF, "Project team", 18, "22000.00"));
			this.budgets.approve(admin, v.id(), v.version());
			fund(admin, records.id(), "L1", eu, "100");
			fund(admin, records.id(), "L2", eu, "80");
			fund(admin, records.id(), "L2", regular, "20");
			fund(admin, records.id(), "L3", eu, "100");
			fund(admin, records.id(), "L4", regular, "100");
			LocalDate from = v.lines().get(0).firstMonth().atDay(5);
			cost(admin, records.id(), CostLedger.Kind.COMMITMENT, "L1", from, "185000.00", "EUR", "CT-2025-041",
					"Consultancy framework call-off");
			cost(admin, records.id(), CostLedger.Kind.ACTUAL, "L2", from.plusMonths(1), "96000.00", "EUR", "INV-7731",
					"Licences, first year");
			cost(admin, records.id(), CostLedger.Kind.ACTUAL, "L1", from.plusMonths(2), "37000.00", "EUR", "INV-7802",
					"Consultants, first two months");
			cost(admin, records.id(), CostLedger.Kind.ACTUAL, "L4", from.plusMonths(2), "44000.00", "EUR", "PAY-0312",
					"Project team, two months");
		}
		ProjectOverview border = byCode.get("POL-BORDER");
		if (border != null) {
			BudgetVersion b = budget(admin, border.id(), "USD", yearStart.plusMonths(4),
					line(CostCategory.EQUIPMENT, "Biometric kiosks for 12 border posts", 1, "420000.00"),
					line(CostCategory.SERVICES, "Installation and integration", 1, "160000.00"),
					line(CostCategory.TRAINING, "Training of border officers", 1, "55000.00"),
					line(CostCategory.TRAVEL, "Site surveys", 1, "18000.00"));
			this.budgets.approve(admin, b.id(), b.version());
			fund(admin, border.id(), "L1", inl, "100");
			fund(admin, border.id(), "L2", inl, "100");
			fund(admin, border.id(), "L3", inl, "100");
			fund(admin, border.id(), "L4", inl, "100");
			LocalDate from = yearStart.plusMonths(4).plusDays(10);
			cost(admin, border.id(), CostLedger.Kind.COMMITMENT, "L1", from, "418500.00", "USD", "PO-INL-0007",
					"Kiosk supply contract");
			cost(admin, border.id(), CostLedger.Kind.ACTUAL, "L1", from.plusMonths(3), "209250.00", "USD", "INV-K-01",
					"Kiosks, first delivery");
			cost(admin, border.id(), CostLedger.Kind.ACTUAL, "L4", from.plusMonths(1), "6200.00", "USD", "TRV-2291",
					"Site surveys, travel not covered by the grant");
		}
		ProjectOverview dataCentre = byCode.get("INFRA-DC");
		if (dataCentre != null) {
			dataCentre(admin, dataCentre, today);
		}
	}

	/**
	 * The data centre: each task budgeted at 520 EUR a working day of its baseline, the
	 * budget's lines by category summing the same, approved; every started task's cost is
	 * booked at 115 % of what its progress earned, dated in its baseline window.
	 */
	private void dataCentre(Actor admin, ProjectOverview project, LocalDate today) {
		var plan = this.plans.progress(project.id(), BASELINE, admin);
		if (plan.isEmpty()) {
			return;
		}
		BigDecimal perDay = new BigDecimal("520");
		BigDecimal total = BigDecimal.ZERO;
		Map<Long, BigDecimal> budgeted = new HashMap<>();
		for (PlanProgress.ProgressedActivity a : plan.get().activities()) {
			if (a.summary() || a.baselineStart() == null) {
				continue;
			}
			long minutes = a.calendar().workBetween(a.baselineStart(), a.baselineFinish());
			BigDecimal cost = perDay.multiply(BigDecimal.valueOf(minutes))
				.divide(BigDecimal.valueOf(480), 0, RoundingMode.HALF_EVEN);
			if (cost.signum() > 0) {
				budgeted.put(a.id(), cost);
				total = total.add(cost);
			}
		}
		YearMonth first = YearMonth.from(project.plannedStart());
		BigDecimal equipment = total.multiply(new BigDecimal("0.45")).setScale(2, RoundingMode.HALF_EVEN);
		BigDecimal services = total.multiply(new BigDecimal("0.30")).setScale(2, RoundingMode.HALF_EVEN);
		BigDecimal staff = total.subtract(equipment).subtract(services).setScale(2, RoundingMode.HALF_EVEN);
		BudgetVersion v = budget(admin, project.id(), "EUR", first,
				line(CostCategory.EQUIPMENT, "Servers, storage and racks", 1, equipment.toPlainString()),
				line(CostCategory.SERVICES, "Migration and cabling services", 1, services.toPlainString()),
				line(CostCategory.STAFF, "Project and operations staff", 1, staff.toPlainString()));
		this.budgets.approve(admin, v.id(), this.budgets.version(admin, v.id()).version());
		Map<Long, ActivityBudgets.BudgetedActivity> activities = this.earnedValue.budgetedCosts(admin, project.id());
		for (var e : budgeted.entrySet()) {
			this.earnedValue.budget(admin, project.id(), e.getKey(), activities.get(e.getKey()).version(),
					e.getValue());
		}
		int n = 0;
		for (PlanProgress.ProgressedActivity a : plan.get().activities()) {
			BigDecimal cost = budgeted.get(a.id());
			if (cost == null || a.percentComplete() == 0) {
				continue;
			}
			BigDecimal spent = cost.multiply(BigDecimal.valueOf(a.percentComplete()))
				.multiply(new BigDecimal("1.15"))
				.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_EVEN);
			LocalDate day = a.baselineStart().toLocalDate().plusDays(7);
			day = day.isAfter(today) ? today : day;
			String line = (n++ % 3 == 0) ? "L1" : (n % 3 == 0 ? "L2" : "L3");
			this.costs.record(admin, project.id(), new CostLedger.CostEntry(CostLedger.Kind.ACTUAL, line, a.id(), day,
					spent, "EUR", "DC-" + n, a.name(), "entered"));
		}
		history(admin, project, today);
	}

	/**
	 * The status of each past week, as the weekly snapshots would have kept it: the
	 * planned value and actual cost of the week's end, and earned value lagging the plan
	 * by the ratio measured today, so that the S-curve shows the slip growing week by
	 * week.
	 */
	private void history(Actor admin, ProjectOverview project, LocalDate today) {
		EarnedValueService.Report now = this.earnedValue.report(admin, project.id(), today, BASELINE);
		if (now.total().pv().signum() == 0) {
			return;
		}
		BigDecimal ratio = now.total().ev().divide(now.total().pv(), 6, RoundingMode.HALF_EVEN);
		for (EarnedValueService.Week week : now.curve()) {
			if (!week.ending().isBefore(today) || week.ac() == null) {
				continue;
			}
			BigDecimal ev = week.pv().multiply(ratio).setScale(2, RoundingMode.HALF_EVEN).min(now.total().ev());
			this.snapshots.keep(admin, project.id(), week.ending(), BASELINE, now.currency(), now.total().bac(),
					week.pv().setScale(2, RoundingMode.HALF_EVEN), ev, week.ac().setScale(2, RoundingMode.HALF_EVEN));
		}
	}

	private BudgetVersion budget(Actor admin, long projectId, String currency, LocalDate start,
			BudgetService.LineDraft... lines) {
		return budget(admin, projectId, currency, YearMonth.from(start), lines);
	}

	private BudgetVersion budget(Actor admin, long projectId, String currency, YearMonth start,
			BudgetService.LineDraft... lines) {
		BudgetVersion v = this.budgets.start(admin, projectId, currency, start, "Demo budget");
		for (BudgetService.LineDraft line : lines) {
			BudgetService.LineDraft dated = new BudgetService.LineDraft(line.category(), line.description(),
					line.recurrence(), start, line.months(), line.amount());
			this.budgets.putLine(admin, v.id(), this.budgets.version(admin, v.id()).version(), null, dated);
		}
		return this.budgets.version(admin, v.id());
	}

	private static BudgetService.LineDraft line(CostCategory category, String description, int count, String amount) {
		BigDecimal total = new BigDecimal(amount).multiply(BigDecimal.valueOf(count));
		return new BudgetService.LineDraft(category, description, BudgetLine.Recurrence.ONE_OFF, null, null, total);
	}

	private static BudgetService.LineDraft monthly(CostCategory category, String description, int months,
			String amount) {
		return new BudgetService.LineDraft(category, description, BudgetLine.Recurrence.MONTHLY, null, months,
				new BigDecimal(amount));
	}

	private void fund(Actor admin, long projectId, String line, long source, String share) {
		this.funding.fund(admin, projectId, line, source, new BigDecimal(share));
	}

	private void cost(Actor admin, long projectId, CostLedger.Kind kind, String line, LocalDate day, String amount,
			String currency, String reference, String description) {
		this.costs.record(admin, projectId, new CostLedger.CostEntry(kind, line, null, day, new BigDecimal(amount),
				currency, reference, description, "entered"));
	}

}
