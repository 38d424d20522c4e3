package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.agilepmo.finance.FinanceSummaries;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Budgets, commitments and spending rolled up to a programme or a portfolio in a
 * reporting currency. Each project's figures are converted at the rate of the reporting
 * date and rounded once, in the reporting currency; the programme's or portfolio's total
 * is the sum of those rounded figures, so that it reconciles with its projects to the
 * cent, whatever their currencies. Only the projects the reader may see are counted.
 */
@Service
public class Rollups implements FinanceSummaries {

	private final BudgetService budgets;

	private final Costs costs;

	private final Conversions conversions;

	private final FinanceAccess access;

	private final EarnedValueService earnedValue;

	Rollups(BudgetService budgets, Costs costs, Conversions conversions, FinanceAccess access,
			EarnedValueService earnedValue) {
		this.budgets = budgets;
		this.costs = costs;
		this.conversions = conversions;
		this.access = access;
		this.earnedValue = earnedValue;
	}

	/** One project's line in a roll-up, in its own currency and in the reporting one. */
	public record ProjectLine(long projectId, String code, String name, String currency, BigDecimal budget,
			BigDecimal committed, BigDecimal spent, BigDecimal budgetReported, BigDecimal committedReported,
			BigDecimal spentReported) {

	}

	/** A roll-up: its projects and their totals in the reporting currency. */
	public record Rollup(String name, String currency, LocalDate date, List<ProjectLine> projects, BigDecimal budget,
			BigDecimal committed, BigDecimal spent) {

	}

	@Transactional(readOnly = true)
	public Rollup portfolio(Actor actor, long portfolioId, String currency, LocalDate date) {
		return rollup(actor, p -> p.portfolioId() == portfolioId, currency, date, "portfolio", portfolioId, true);
	}

	@Transactional(readOnly = true)
	public Rollup programme(Actor actor, long programmeId, String currency, LocalDate date) {
		return rollup(actor, p -> p.programmeId() != null && p.programmeId() == programmeId, currency, date,
				"programme", programmeId, false);
	}

	private Rollup rollup(Actor actor, Predicate<ProjectOverview> member, String currency, LocalDate date, String what,
			long id, boolean portfolio) {
		String reporting = Rules.currency("currency", currency);
		List<ProjectOverview> projects = this.access.visibleProjects(actor).values().stream().filter(member).toList();
		if (projects.isEmpty()) {
			throw new NotFoundException(what, id);
		}
		String name = portfolio ? projects.get(0).portfolioName() : projects.get(0).programmeName();
		List<ProjectLine> lines = new ArrayList<>();
		BigDecimal budget = Money.zero(reporting);
		BigDecimal committed = Money.zero(reporting);
		BigDecimal spent = Money.zero(reporting);
		for (ProjectOverview p : projects) {
			Optional<BudgetVersion> version = this.budgets.current(p.id());
			if (version.isEmpty()) {
				continue;
			}
			String own = version.get().currency();
			BigDecimal[] figures = figures(p.id(), own, date);
			BigDecimal b = version.get().total();
			ProjectLine line = new ProjectLine(p.id(), p.code(), p.name(), own, b, figures[0], figures[1],
					this.conversions.convert(b, own, reporting, date),
					this.conversions.convert(figures[0], own, reporting, date),
					this.conversions.convert(figures[1], own, reporting, date));
			lines.add(line);
			budget = budget.add(line.budgetReported());
			committed = committed.add(line.committedReported());
			spent = spent.add(line.spentReported());
		}
		return new Rollup(name, reporting, date, lines, budget, committed, spent);
	}

	/**
	 * What is committed and what is spent on the project up to the date, in the given
	 * currency, each cost converted at its own date.
	 */
	BigDecimal[] figures(long projectId, String currency, LocalDate date) {
		BigDecimal committed = Money.zero(currency);
		BigDecimal spent = Money.zero(currency);
		for (Cost c : this.costs.findByProjectIdOrderByDateAscIdAsc(projectId)) {
			if (c.date().isAfter(date)) {
				continue;
			}
			BigDecimal amount = this.conversions.convert(c.amount(), c.currency(), currency, c.date());
			if (c.isActual()) {
				spent = spent.add(amount);
			}
			else {
				committed = committed.add(amount);
			}
		}
		return new BigDecimal[] { committed, spent };
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProjectHealth> health(long projectId, Actor actor, LocalDate statusDate) {
		if (this.access.find(actor, projectId).isEmpty() || this.budgets.current(projectId).isEmpty()
				|| this.earnedValue.defaultBaseline(actor, projectId).isEmpty()) {
			return Optional.empty();
		}
		EarnedValueService.Report report = this.earnedValue.report(actor, projectId, statusDate, null);
		return Optional
			.of(new ProjectHealth(projectId, report.portfolioId(), statusDate, report.cost(), report.schedule()));
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<ProjectFinance> summary(long projectId, Actor actor, LocalDate statusDate) {
		if (this.access.find(actor, projectId).isEmpty()) {
			return Optional.empty();
		}
		return this.budgets.current(projectId).map(v -> {
			BigDecimal[] figures = figures(projectId, v.currency(), statusDate);
			BigDecimal cpi = null;
			BigDecimal spi = null;
			if (this.earnedValue.defaultBaseline(actor, projectId).isPresent()) {
				EarnedValueService.Report report = this.earnedValue.report(actor, projectId, statusDate, null);
				cpi = report.total().cpi();
				spi = report.total().spi();
			}
			return new ProjectFinance(projectId, v.currency(), v.total(), v.status() != BudgetVersion.Status.DRAFT,
					figures[0], figures[1], cpi, spi);
		});
	}

}
