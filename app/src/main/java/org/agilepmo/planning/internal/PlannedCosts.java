package org.agilepmo.planning.internal;

import java.math.BigDecimal;
import java.util.List;

import org.agilepmo.engine.schedule.ActivityKind;
import org.agilepmo.planning.ActivityBudgets;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The activities' budgeted costs, for the modules that price the plan. */
@Component
class PlannedCosts implements ActivityBudgets {

	private final PlanStore store;

	private final PlanService plans;

	PlannedCosts(PlanStore store, PlanService plans) {
		this.store = store;
		this.plans = plans;
	}

	@Override
	@Transactional(readOnly = true)
	public List<BudgetedActivity> activities(Actor actor, long projectId) {
		this.store.visible(actor, projectId);
		return this.store.plans.findByProjectId(projectId)
			.map(plan -> this.store.activities.findByPlanIdOrderBySortOrderAscIdAsc(plan.id())
				.stream()
				.map(PlannedCosts::budgeted)
				.toList())
			.orElse(List.of());
	}

	@Override
	@Transactional
	public BudgetedActivity budget(Actor actor, long projectId, long activityId, long expectedVersion,
			BigDecimal amount) {
		ActivityView changed = this.plans.editActivity(actor, projectId, activityId, expectedVersion,
				new CostOnly(amount));
		return new BudgetedActivity(changed.id(), changed.version(), changed.name(), changed.isSummary(),
				changed.budgetedCost());
	}

	private static BudgetedActivity budgeted(Activity a) {
		return new BudgetedActivity(a.id(), a.version(), a.name(), a.kind() == ActivityKind.SUMMARY, a.budgetedCost());
	}

	/** A change of the budgeted cost alone. */
	private record CostOnly(BigDecimal amount) implements Change<ActivityDraft>, BudgetChange {

		@Override
		public ActivityDraft applyTo(ActivityDraft current) {
			return current;
		}

		@Override
		public boolean changesBudgetedCost() {
			return true;
		}

		@Override
		public String budgetedCostText() {
			return (this.amount != null) ? this.amount.toPlainString() : null;
		}

	}

}
