package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.engine.earnedvalue.EarnedSchedule;
import org.agilepmo.engine.earnedvalue.EarnedValue;
import org.agilepmo.engine.earnedvalue.Measures;
import org.agilepmo.finance.CostLedger;
import org.agilepmo.finance.FinanceSummaries.Health;
import org.agilepmo.finance.FinanceSummaries.Indicator;
import org.agilepmo.planning.ActivityBudgets;
import org.agilepmo.planning.ActivityBudgets.BudgetedActivity;
import org.agilepmo.planning.PlanProgress;
import org.agilepmo.planning.PlanProgress.ProgressedActivity;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.resources.RecordedTime;
import org.agilepmo.resources.TimeCost;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Earned value against the plan's baseline, in the budget's currency. Each activity's
 * budgeted cost (the plan's, as the baseline kept it, else as it is now) is its budget at
 * completion; its planned value is that cost spread evenly over its baseline working time
 * on its own calendar, up to the end of the status date; its earned value is the cost
 * times its percent complete; its actual cost is what was spent on it (and on its WBS
 * children) up to the status date, converted at each cost's date, plus the staff cost of
 * the hours approved in timesheets on it (hours × the person's cost rate of the day, from
 * the resources module; hours without a rate have no cost and are counted apart).
 * Summaries add up their children; the project adds up its activities and the actual
 * costs booked to no activity. The planned and earned values of each activity are rounded
 * to the currency's minor unit before they are added up, so that every roll-up is the sum
 * of its parts to the cent.
 */
@Service
public class EarnedValueService {

	/** Where the approved hours are read from: far enough back for any project. */
	private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);

	private final ActivityBudgets activityBudgets;

	private final Costs costs;

	private final BudgetService budgets;

	private final Conversions conversions;

	private final PlanProgress plans;

	private final RecordedTime time;

	private final FinanceAccess access;

	private final ThresholdService thresholds;

	private final EarnedValueSnapshots snapshots;

	EarnedValueService(ActivityBudgets activityBudgets, Costs costs, BudgetService budgets, Conversions conversions,
			PlanProgress plans, RecordedTime time, FinanceAccess access, ThresholdService thresholds,
			EarnedValueSnapshots snapshots) {
		this.snapshots = snapshots;
		this.activityBudgets = activityBudgets;
		this.costs = costs;
		this.budgets = budgets;
		this.conversions = conversions;
		this.plans = plans;
		this.time = time;
		this.access = access;
		this.thresholds = thresholds;
	}

	/** One WBS element (or the project, with a null id) and its measures. */
	public record Row(Long activityId, Long parentId, String name, boolean summary, int depth, Measures measures) {

	}

	/**
	 * One week of the S-curve: cumulative planned value, earned value and actual cost.
	 */
	public record Week(LocalDate ending, BigDecimal pv, BigDecimal ev, BigDecimal ac) {

	}

	/**
	 * The whole answer for a status date and a baseline, with the cost and schedule
	 * health against the thresholds of the project's portfolio.
	 */
	public record Report(long projectId, String currency, LocalDate statusDate, String baseline, Measures total,
			List<Row> rows, List<Week> curve, BigDecimal earnedSchedule, BigDecimal actualTime, BigDecimal spiTime,
			Indicator cost, Indicator schedule, BigDecimal staffCost, BigDecimal unpricedHours, long portfolioId) {

		public Health costHealth() {
			return this.cost.colour();
		}

		public Health scheduleHealth() {
			return this.schedule.colour();
		}

	}

	/** Each activity of the plan with its budgeted cost and version, by id. */
	@Transactional(readOnly = true)
	public Map<Long, BudgetedActivity> budgetedCosts(Actor actor, long projectId) {
		this.access.visible(actor, projectId);
		Map<Long, BudgetedActivity> byActivity = new HashMap<>();
		this.activityBudgets.activities(actor, projectId).forEach(a -> byActivity.put(a.activityId(), a));
		return byActivity;
	}

	/**
	 * Sets an activity's budgeted cost in the budget's currency, through the plan, which
	 * owns it (a task or milestone; a summary adds up its children). The version is the
	 * activity's. Refused while the project has no budget, or when the amount has more
	 * decimals than the budget's currency.
	 */
	@Transactional
	public BudgetedCost budget(Actor actor, long projectId, long activityId, long expectedVersion, BigDecimal amount) {
		this.access.editable(actor, projectId);
		BudgetVersion budget = this.budgets.current(projectId)
			.orElseThrow(() -> Rules.violation("budgetedCost", "noBudget", "the project has no budget yet"));
		BigDecimal value = Rules.amount("budgetedCost", amount, budget.currency(), false);
		BudgetedActivity activity = this.activityBudgets.budget(actor, projectId, activityId, expectedVersion, value);
		return new BudgetedCost(activity.activityId(), activity.version(), activity.budgetedCost(), budget.currency());
	}

	/** An activity's budgeted cost as set, with the activity's new version. */
	public record BudgetedCost(long activityId, long version, BigDecimal amount, String currency) {
	}

	/**
	 * The baseline earned value is measured against when none is named: the latest saved.
	 */
	@Transactional(readOnly = true)
	public Optional<String> defaultBaseline(Actor actor, long projectId) {
		List<String> names = this.plans.baselineNames(projectId, actor);
		return names.isEmpty() ? Optional.empty() : Optional.of(names.get(names.size() - 1));
	}

	@Transactional(readOnly = true)
	public Report report(Actor actor, long projectId, LocalDate statusDate, String baselineName) {
		ProjectSummary project = this.access.visible(actor, projectId);
		BudgetVersion budget = this.budgets.current(projectId)
			.orElseThrow(() -> new NotFoundException("budget of project", projectId));
		String currency = budget.currency();
		String baseline = (baselineName == null || baselineName.isBlank()) ? defaultBaseline(actor, projectId)
			.orElseThrow(() -> Rules.violation("baseline", "noBaseline", "the plan has no baseline")) : baselineName;
		List<ProgressedActivity> activities = this.plans.progress(projectId, baseline, actor)
			.orElseThrow(() -> new NotFoundException("baseline", baseline))
			.activities();
		Map<Long, BigDecimal> cost = new HashMap<>();
		activities.forEach(a -> cost.put(a.id(), a.budgetAtCompletion()));
		int scale = Money.scale(currency);

		Map<Long, BigDecimal[]> own = new LinkedHashMap<>();
		for (ProgressedActivity a : activities) {
			BigDecimal bac = a.summary() ? BigDecimal.ZERO : cost.getOrDefault(a.id(), BigDecimal.ZERO);
			BigDecimal pv = plannedValue(a, bac, statusDate).setScale(scale, RoundingMode.HALF_EVEN);
			BigDecimal ev = EarnedValue.earnedValue(bac, a.percentComplete()).setScale(scale, RoundingMode.HALF_EVEN);
			own.put(a.id(), new BigDecimal[] { bac, pv, ev, Money.zero(currency) });
		}
		BigDecimal unassigned = Money.zero(currency);
		List<Cost> spent = new ArrayList<>(
				this.costs.findByProjectIdOrderByDateAscIdAsc(projectId).stream().filter(Cost::isActual).toList());
		Map<Cost, BigDecimal> converted = new HashMap<>();
		for (Cost c : spent) {
			converted.put(c, this.conversions.convert(c.amount(), c.currency(), currency, c.date()));
		}
		BigDecimal staffCost = Money.zero(currency);
		BigDecimal unpricedHours = BigDecimal.ZERO;
		for (TimeCost t : this.time.approvedOnProject(projectId, EARLIEST, statusDate)) {
			if (t.amount() == null) {
				unpricedHours = unpricedHours.add(t.hours());
				continue;
			}
			Cost staff = new Cost(projectId, CostLedger.Kind.ACTUAL, "", t.activityId(), t.day(), t.amount(),
					t.currency(), null, null, "timesheets", "", null);
			BigDecimal amount = this.conversions.convert(t.amount(), t.currency(), currency, t.day());
			converted.put(staff, amount);
			spent.add(staff);
			staffCost = staffCost.add(amount);
		}
		for (Cost c : spent) {
			if (c.date().isAfter(statusDate)) {
				continue;
			}
			BigDecimal[] figures = (c.activityId() == null) ? null : own.get(c.activityId());
			if (figures == null) {
				unassigned = unassigned.add(converted.get(c));
			}
			else {
				figures[3] = figures[3].add(converted.get(c));
			}
		}
		// Roll up: children before parents, so walk the WBS order backwards.
		Map<Long, BigDecimal[]> rolled = new LinkedHashMap<>();
		own.forEach((id, f) -> rolled.put(id, f.clone()));
		Map<Long, Long> parents = new HashMap<>();
		activities.forEach(a -> parents.put(a.id(), a.parentId()));
		for (int i = activities.size() - 1; i >= 0; i--) {
			ProgressedActivity a = activities.get(i);
			if (a.parentId() != null && rolled.containsKey(a.parentId())) {
				BigDecimal[] parent = rolled.get(a.parentId());
				BigDecimal[] child = rolled.get(a.id());
				for (int k = 0; k < 4; k++) {
					parent[k] = parent[k].add(child[k]);
				}
			}
		}
		BigDecimal[] total = { Money.zero(currency), Money.zero(currency), Money.zero(currency), unassigned };
		for (ProgressedActivity a : activities) {
			if (a.parentId() == null || !rolled.containsKey(a.parentId())) {
				BigDecimal[] top = rolled.get(a.id());
				for (int k = 0; k < 4; k++) {
					total[k] = total[k].add(top[k]);
				}
			}
		}
		List<Row> rows = new ArrayList<>();
		for (ProgressedActivity a : activities) {
			BigDecimal[] f = rolled.get(a.id());
			rows.add(new Row(a.id(), a.parentId(), a.name(), a.summary(), depth(a.id(), parents),
					EarnedValue.measure(f[0], f[1], f[2], f[3], scale)));
		}
		Measures measures = EarnedValue.measure(total[0], total[1], total[2], total[3], scale);
		List<Week> curve = curve(activities, cost, spent, converted, statusDate, measures, scale,
				this.snapshots.findByProjectIdOrderByStatusDateAsc(projectId));
		LocalDate start = activities.stream()
			.map(ProgressedActivity::baselineStart)
			.filter(java.util.Objects::nonNull)
			.min(LocalDateTime::compareTo)
			.map(LocalDateTime::toLocalDate)
			.orElse(statusDate);
		BigDecimal[] cumulative = curve.stream().map(Week::pv).toArray(BigDecimal[]::new);
		BigDecimal es = EarnedSchedule.earnedSchedule(cumulative, measures.ev());
		BigDecimal at = BigDecimal.valueOf(Math.max(0, ChronoUnit.DAYS.between(start, statusDate) + 1))
			.divide(BigDecimal.valueOf(7), 4, RoundingMode.HALF_EVEN);
		ThresholdService.Levels levels = this.thresholds.levels(project.portfolioId());
		return new Report(projectId, currency, statusDate, baseline, measures, rows, curve, es, at,
				EarnedSchedule.spiTime(es, at), levels.cost(measures.cpi()), levels.schedule(measures.spi()), staffCost,
				unpricedHours, project.portfolioId());
	}

	private static BigDecimal plannedValue(ProgressedActivity a, BigDecimal bac, LocalDate statusDate) {
		if (a.baselineStart() == null || bac.signum() == 0) {
			return BigDecimal.ZERO;
		}
		return EarnedValue.plannedValue(bac, a.calendar(), a.baselineStart(), a.baselineFinish(), statusDate);
	}

	/**
	 * Week by week from the baseline's first start to its last finish (or the status
	 * date, when later): the cumulative planned value and actual cost at the end of each
	 * week. The plan keeps no history of progress: the week of the status date carries
	 * the earned value measured now, each earlier week the latest snapshot taken within
	 * it (none when no snapshot was taken that week), the weeks after none.
	 */
	private List<Week> curve(List<ProgressedActivity> activities, Map<Long, BigDecimal> cost, List<Cost> spent,
			Map<Cost, BigDecimal> converted, LocalDate statusDate, Measures measures, int scale,
			List<EarnedValueSnapshot> history) {
		LocalDate first = null;
		LocalDate last = statusDate;
		for (ProgressedActivity a : activities) {
			if (a.baselineStart() != null) {
				LocalDate s = a.baselineStart().toLocalDate();
				LocalDate f = a.baselineFinish().toLocalDate();
				first = (first == null || s.isBefore(first)) ? s : first;
				last = f.isAfter(last) ? f : last;
			}
		}
		if (first == null) {
			return List.of();
		}
		List<Week> weeks = new ArrayList<>();
		for (LocalDate end = first.plusDays(6); weeks.size() < 520; end = end.plusDays(7)) {
			BigDecimal pv = BigDecimal.ZERO;
			for (ProgressedActivity a : activities) {
				if (!a.summary()) {
					pv = pv.add(plannedValue(a, cost.getOrDefault(a.id(), BigDecimal.ZERO), end).setScale(scale,
							RoundingMode.HALF_EVEN));
				}
			}
			BigDecimal ac = null;
			BigDecimal ev = null;
			LocalDate weekStart = end.minusDays(6);
			if (!weekStart.isAfter(statusDate)) {
				LocalDate upTo = end.isAfter(statusDate) ? statusDate : end;
				ac = spent.stream()
					.filter(c -> !c.date().isAfter(upTo))
					.map(converted::get)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				if (!end.isBefore(statusDate)) {
					ev = measures.ev();
				}
				else {
					for (EarnedValueSnapshot snapshot : history) {
						if (!snapshot.statusDate().isBefore(weekStart) && !snapshot.statusDate().isAfter(end)) {
							ev = snapshot.ev();
						}
					}
				}
			}
			weeks.add(new Week(end, pv, ev, ac));
			if (!end.isBefore(last)) {
				break;
			}
		}
		return weeks;
	}

	private static int depth(Long id, Map<Long, Long> parents) {
		int depth = 0;
		Long p = parents.get(id);
		while (p != null && depth < 50) {
			depth++;
			p = parents.get(p);
		}
		return depth;
	}

	static BigDecimal ratio(BigDecimal a, BigDecimal b) {
		return b.signum() == 0 ? null : a.divide(b, MathContext.DECIMAL128);
	}

}
