package org.agilepmo.finance.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.agilepmo.engine.earnedvalue.Measures;
import org.agilepmo.finance.CostCategory;
import org.agilepmo.finance.CostLedger;
import org.agilepmo.finance.FinanceSummaries;
import org.agilepmo.finance.internal.BudgetLine;
import org.agilepmo.finance.internal.BudgetVersion;
import org.agilepmo.finance.internal.Cost;
import org.agilepmo.finance.internal.EarnedValueService;
import org.agilepmo.finance.internal.EarnedValueSnapshot;
import org.agilepmo.finance.internal.ExchangeRate;
import org.agilepmo.finance.internal.FundingService;
import org.agilepmo.finance.internal.FundingSource;
import org.agilepmo.finance.internal.Rollups;

/**
 * What the finance API answers and reads. Amounts are decimal strings, so that no client
 * turns them into binary floating point, each with its currency.
 */
final class FinanceResources {

	private FinanceResources() {
	}

	static String money(BigDecimal amount) {
		return amount == null ? null : amount.toPlainString();
	}

	record LineResource(String code, CostCategory category, String description, BudgetLine.Recurrence recurrence,
			YearMonth firstMonth, int months, String amount, String total) {

		static LineResource of(BudgetLine l) {
			return new LineResource(l.code(), l.category(), l.description(), l.recurrence(), l.firstMonth(), l.months(),
					money(l.amount()), money(l.total()));
		}

	}

	record BudgetResource(long id, long projectId, int number, BudgetVersion.Kind kind, BudgetVersion.Status status,
			String currency, String total, String reason, String createdBy, Instant createdAt, String approvedBy,
			Instant approvedAt, List<LineResource> lines) {

		static BudgetResource of(BudgetVersion v) {
			return new BudgetResource(v.id(), v.projectId(), v.number(), v.kind(), v.status(), v.currency(),
					money(v.total()), v.reason(), v.createdBy(), v.createdAt(), v.approvedBy(), v.approvedAt(),
					v.lines().stream().map(LineResource::of).toList());
		}

	}

	record StartRequest(String currency, YearMonth firstMonth, String reason) {
	}

	record ReasonRequest(String reason) {
	}

	record LineRequest(String code, CostCategory category, String description, BudgetLine.Recurrence recurrence,
			YearMonth firstMonth, Integer months, BigDecimal amount) {
	}

	record RateResource(String from, String to, LocalDate validFrom, String rate) {

		static RateResource of(ExchangeRate r) {
			return new RateResource(r.from(), r.to(), r.validFrom(), r.rate().toPlainString());
		}

	}

	record RateRequest(String from, String to, LocalDate validFrom, BigDecimal rate) {
	}

	record SourceResource(long id, FundingSource.Kind kind, String name, String donor, Long donorPersonId,
			String reference, String amount, String currency, LocalDate startsOn, LocalDate endsOn,
			Set<CostCategory> eligible, String conditions, FundingSource.Reporting reporting) {

		static SourceResource of(FundingSource s) {
			return new SourceResource(s.id(), s.kind(), s.name(), s.donor(), s.donorPersonId(), s.reference(),
					money(s.amount()), s.currency(), s.startsOn(), s.endsOn(), s.eligible(), s.conditions(),
					s.reporting());
		}

	}

	record FundingRequest(Long sourceId, BigDecimal share) {
	}

	record CostRequest(CostLedger.Kind kind, String budgetLine, Long activityId, LocalDate date, BigDecimal amount,
			String currency, String reference, String description) {

		CostLedger.CostEntry entry(CostLedger.Kind fixed) {
			return new CostLedger.CostEntry(fixed != null ? fixed : this.kind, this.budgetLine, this.activityId,
					this.date, this.amount, this.currency, this.reference, this.description, "entered");
		}

	}

	record CostResource(long id, CostLedger.Kind kind, String budgetLine, Long activityId, LocalDate date,
			String amount, String currency, String reference, String description, String origin,
			List<FlagResource> flags) {

		static CostResource of(Cost c, List<FundingService.CostFlag> flags) {
			return new CostResource(c.id(), c.kind(), c.lineCode(), c.activityId(), c.date(), money(c.amount()),
					c.currency(), c.reference(), c.description(), c.origin(),
					flags.stream()
						.filter(f -> f.costId() == c.id())
						.map(f -> new FlagResource(f.flag(), f.sourceId(), f.sourceName()))
						.toList());
		}

	}

	record FlagResource(FundingService.Flag flag, long sourceId, String source) {
	}

	record BudgetedCostRequest(BigDecimal budgetedCost) {
	}

	record BudgetedCostResource(long activityId, String budgetedCost, String currency) {
	}

	record MeasuresResource(String bac, String pv, String ev, String ac, String sv, String cv, String spi, String cpi,
			String eac, String eacCpiSpi, String etc, String vac, String tcpi) {

		static MeasuresResource of(Measures m) {
			return new MeasuresResource(money(m.bac()), money(m.pv()), money(m.ev()), money(m.ac()), money(m.sv()),
					money(m.cv()), money(m.spi()), money(m.cpi()), money(m.eac()), money(m.eacCpiSpi()), money(m.etc()),
					money(m.vac()), money(m.tcpi()));
		}

	}

	record ElementResource(long activityId, Long parentId, String name, boolean summary, MeasuresResource measures) {
	}

	record WeekResource(LocalDate ending, String pv, String ev, String ac) {
	}

	record EarnedValueResource(long projectId, String currency, LocalDate statusDate, String baseline, String bac,
			String pv, String ev, String ac, String sv, String cv, String spi, String cpi, String eac, String eacCpiSpi,
			String etc, String vac, String tcpi, String earnedSchedule, String actualTime, String spiTime,
			FinanceSummaries.Health costHealth, FinanceSummaries.Health scheduleHealth, String costReason,
			String scheduleReason, String staffCost, String unpricedHours, List<ElementResource> elements,
			List<WeekResource> curve) {

		static EarnedValueResource of(EarnedValueService.Report r) {
			MeasuresResource m = MeasuresResource.of(r.total());
			return new EarnedValueResource(r.projectId(), r.currency(), r.statusDate(), r.baseline(), m.bac(), m.pv(),
					m.ev(), m.ac(), m.sv(), m.cv(), m.spi(), m.cpi(), m.eac(), m.eacCpiSpi(), m.etc(), m.vac(),
					m.tcpi(), money(r.earnedSchedule()), money(r.actualTime()), money(r.spiTime()), r.costHealth(),
					r.scheduleHealth(), r.cost().reason(), r.schedule().reason(), money(r.staffCost()),
					money(r.unpricedHours()),
					r.rows()
						.stream()
						.map(row -> new ElementResource(row.activityId(), row.parentId(), row.name(), row.summary(),
								MeasuresResource.of(row.measures())))
						.toList(),
					r.curve()
						.stream()
						.map(w -> new WeekResource(w.ending(), money(w.pv()), money(w.ev()), money(w.ac())))
						.toList());
		}

	}

	record ReportRowResource(CostCategory category, boolean eligible, String budget, String committed, String spent,
			String balance) {
	}

	record GrantReportResource(long grantId, String grant, String donor, String currency, LocalDate from, LocalDate to,
			String budget, String committed, String spent, String balance, List<ReportRowResource> categories) {

		static GrantReportResource of(FundingService.GrantReport r) {
			return new GrantReportResource(r.grant().id(), r.grant().name(), r.grant().donor(), r.grant().currency(),
					r.from(), r.to(), money(r.budget()), money(r.committed()), money(r.spent()), money(r.balance()),
					r.rows()
						.stream()
						.map(row -> new ReportRowResource(row.category(), row.eligible(), money(row.budget()),
								money(row.committed()), money(row.spent()), money(row.balance())))
						.toList());
		}

	}

	record RollupResource(String name, String currency, LocalDate date, String budget, String committed, String spent,
			List<RollupLineResource> projects) {

		static RollupResource of(Rollups.Rollup r) {
			return new RollupResource(r.name(), r.currency(), r.date(), money(r.budget()), money(r.committed()),
					money(r.spent()), r.projects().stream().map(RollupLineResource::of).toList());
		}

	}

	/**
	 * One project of a roll-up: its figures in its own currency and, converted at the
	 * roll-up's date and rounded once, in the reporting currency.
	 */
	record RollupLineResource(long projectId, String code, String name, String currency, String budget,
			String committed, String spent, String budgetReported, String committedReported, String spentReported) {

		static RollupLineResource of(Rollups.ProjectLine l) {
			return new RollupLineResource(l.projectId(), l.code(), l.name(), l.currency(), money(l.budget()),
					money(l.committed()), money(l.spent()), money(l.budgetReported()), money(l.committedReported()),
					money(l.spentReported()));
		}

	}

	record SnapshotRequest(LocalDate statusDate) {
	}

	record SnapshotResource(LocalDate statusDate, String baseline, String currency, String bac, String pv, String ev,
			String ac, String spi, String cpi, EarnedValueSnapshot.Origin origin, String recordedBy,
			Instant recordedAt) {

		static SnapshotResource of(EarnedValueSnapshot s) {
			return new SnapshotResource(s.statusDate(), s.baseline(), s.currency(), money(s.bac()), money(s.pv()),
					money(s.ev()), money(s.ac()), index(s.spi()), index(s.cpi()), s.origin(), s.recordedBy(),
					s.recordedAt());
		}

		private static String index(BigDecimal value) {
			return value == null ? null : value.setScale(4, java.math.RoundingMode.HALF_EVEN).toPlainString();
		}

	}

}
