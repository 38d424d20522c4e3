package org.agilepmo.finance;

import java.math.BigDecimal;
import java.time.YearMonth;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.finance.internal.BudgetLine;
import org.agilepmo.finance.internal.BudgetService;
import org.agilepmo.finance.internal.BudgetVersion;
import org.agilepmo.finance.internal.FundingService;
import org.agilepmo.finance.internal.FundingSource;
import org.agilepmo.finance.internal.ThresholdService;

import org.springframework.boot.test.context.TestComponent;

/**
 * The finance module's public test support: budgets, grants and costs made through the
 * module's services, answered as ids or codes, so that other tests need none of the
 * module's internals.
 */
@TestComponent
public class FinanceFixtures {

	private final BudgetService budgets;

	private final FundingService funding;

	private final CostLedger ledger;

	private final IdentityFixtures people;

	private final org.agilepmo.finance.internal.EarnedValueService earnedValue;

	private final ThresholdService thresholds;

	FinanceFixtures(BudgetService budgets, FundingService funding, CostLedger ledger, IdentityFixtures people,
			org.agilepmo.finance.internal.EarnedValueService earnedValue, ThresholdService thresholds) {
		this.earnedValue = earnedValue;
		this.thresholds = thresholds;
		this.budgets = budgets;
		this.funding = funding;
		this.ledger = ledger;
		this.people = people;
	}

	/**
	 * A draft budget in EUR with one staff line of 1,000 a month for twelve months from
	 * January 2026 (code L1), started by the project's editor; answers the version's id.
	 */
	public long draftBudget(PersonSummary editor, long projectId) {
		return this.people.actingAs(editor, () -> {
			var actor = IdentityFixtures.actor(editor);
			BudgetVersion v = this.budgets.start(actor, projectId, "EUR", YearMonth.of(2026, 1), null);
			this.budgets.putLine(actor, v.id(), v.version(), null, new BudgetService.LineDraft(CostCategory.STAFF,
					"Staff", BudgetLine.Recurrence.MONTHLY, YearMonth.of(2026, 1), 12, new BigDecimal("1000.00")));
			return v.id();
		});
	}

	/** The budget version's current version number, for If-Match. */
	public long budgetVersion(PersonSummary reader, long versionId) {
		return this.people.actingAs(reader,
				() -> this.budgets.version(IdentityFixtures.actor(reader), versionId).version());
	}

	/** Approves the draft version as the PMO officer. */
	public void approve(PersonSummary pmo, long versionId) {
		this.people.actingAs(pmo,
				() -> this.budgets.approve(IdentityFixtures.actor(pmo), versionId, budgetVersion(pmo, versionId)));
	}

	/** A draft budget approved by the PMO officer; answers the version's id. */
	public long approvedBudget(PersonSummary editor, PersonSummary pmo, long projectId) {
		long id = draftBudget(editor, projectId);
		this.people.actingAs(pmo, () -> this.budgets.approve(IdentityFixtures.actor(pmo), id, budgetVersion(pmo, id)));
		return id;
	}

	/** A EUR 50,000 grant for 2026, all categories eligible; answers its id. */
	public long grant(PersonSummary pmo, String donor, Long donorPersonId) {
		return this.people.actingAs(pmo,
				() -> this.funding
					.createSource(IdentityFixtures.actor(pmo),
							new FundingSource.SourceDraft(FundingSource.Kind.GRANT, donor + " grant", donor,
									donorPersonId, "G-1", new BigDecimal("50000.00"), "EUR",
									java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 12, 31), null,
									"Quarterly reports", FundingSource.Reporting.QUARTERLY))
					.id());
	}

	/**
	 * A draft version of the project's budget holding the line L1, made by the person
	 * (who may change the project): the latest version when it is a draft, else a new
	 * budget or a revision of the approved one. Answers the version's id.
	 */
	public long draft(PersonSummary editor, long projectId) {
		return this.people.actingAs(editor, () -> {
			var actor = IdentityFixtures.actor(editor);
			var latest = this.budgets.latest(actor, projectId);
			if (latest.isEmpty()) {
				return draftBudget(editor, projectId);
			}
			if (latest.get().isDraft()) {
				BudgetVersion v = latest.get();
				if (v.line("L1").isEmpty()) {
					this.budgets.putLine(actor, v.id(), v.version(), "L1",
							new BudgetService.LineDraft(CostCategory.STAFF, "Staff", BudgetLine.Recurrence.MONTHLY,
									YearMonth.of(2026, 1), 12, new BigDecimal("1000.00")));
				}
				return v.id();
			}
			return this.budgets.revise(actor, projectId, "Fixture revision").id();
		});
	}

	/** Adds a one-off line of the given code to the draft version. */
	public void line(PersonSummary editor, long versionId, String code) {
		this.people.actingAs(editor,
				() -> this.budgets.putLine(IdentityFixtures.actor(editor), versionId, budgetVersion(editor, versionId),
						code, new BudgetService.LineDraft(CostCategory.TRAVEL, "Fixture line",
								BudgetLine.Recurrence.ONE_OFF, YearMonth.of(2026, 2), null, new BigDecimal("10.00"))));
	}

	/** The source pays the share (percent) of the line. */
	public void fund(PersonSummary editor, long projectId, String line, long sourceId, String share) {
		this.people.actingAs(editor, () -> this.funding.fund(IdentityFixtures.actor(editor), projectId, line, sourceId,
				new BigDecimal(share)));
	}

	/** An actual cost of the amount in EUR on the line; answers its id. */
	public long actual(PersonSummary editor, long projectId, String line, String amount, java.time.LocalDate day) {
		return this.people.actingAs(editor,
				() -> this.ledger.record(IdentityFixtures.actor(editor), projectId,
						new CostLedger.CostEntry(CostLedger.Kind.ACTUAL, line, null, day, new BigDecimal(amount), "EUR",
								"INV-1", "Invoice", "entered")));
	}

	/**
	 * Gives a plan activity its budgeted cost in the budget's currency, through finance's
	 * way to it (which writes it to the plan, at the activity's current version).
	 */
	public void budgetedCost(PersonSummary editor, long projectId, long activityId, String amount) {
		this.people.actingAs(editor, () -> {
			var actor = IdentityFixtures.actor(editor);
			long version = this.earnedValue.budgetedCosts(actor, projectId).get(activityId).version();
			return this.earnedValue.budget(actor, projectId, activityId, version, new BigDecimal(amount));
		});
	}

	/**
	 * The version of the portfolio's health thresholds (0 while it uses the defaults).
	 */
	public long thresholdsVersion(PersonSummary reader, long portfolioId) {
		return this.people.actingAs(reader,
				() -> this.thresholds.of(IdentityFixtures.actor(reader), portfolioId).version());
	}

	/** Sets the portfolio's CPI and SPI levels (amber below, red below) as the PMO. */
	public void thresholds(PersonSummary pmo, long portfolioId, String amber, String red) {
		this.people.actingAs(pmo,
				() -> this.thresholds.change(IdentityFixtures.actor(pmo), portfolioId,
						thresholdsVersion(pmo, portfolioId), new ThresholdService.Levels(new BigDecimal(amber),
								new BigDecimal(red), new BigDecimal(amber), new BigDecimal(red))));
	}

}
