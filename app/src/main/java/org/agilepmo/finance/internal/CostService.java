package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.finance.CostLedger;
import org.agilepmo.planning.PlanProgress;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.ImportLimits;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.SheetRows;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commitments and actual costs on a project's budget lines: entered one by one, imported
 * from a finance system's export (CSV or XLSX), or recorded by another module through
 * {@link CostLedger}. A cost names a line of the project's current budget, and optionally
 * an activity of its plan. An import is all or nothing: every wrong cell is reported with
 * its row and column, and nothing is recorded.
 */
@Service
public class CostService implements CostLedger {

	static final String ENTITY = "finance-cost";

	/** The columns of an import, as its header names them. */
	public static final List<String> COLUMNS = List.of("Kind", "Budget line", "Activity", "Date", "Amount", "Currency",
			"Reference", "Description");

	private static final Map<String, String> FIELD_COLUMNS = Map.of("kind", "Kind", "budgetLine", "Budget line",
			"activityId", "Activity", "date", "Date", "amount", "Amount", "currency", "Currency", "reference",
			"Reference", "description", "Description");

	private static final int MAX_ROWS = 20_000;

	private final Costs costs;

	private final BudgetService budgets;

	private final FinanceAccess access;

	private final PlanProgress plans;

	private final AuditTrail audit;

	private final Clock clock;

	private final ImportLimits limits;

	CostService(Costs costs, BudgetService budgets, FinanceAccess access, PlanProgress plans, AuditTrail audit,
			Optional<Clock> clock, Optional<ImportLimits> limits) {
		this.costs = costs;
		this.budgets = budgets;
		this.access = access;
		this.plans = plans;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
		this.limits = limits.orElseGet(ImportLimits::defaults);
	}

	@Transactional(readOnly = true)
	public List<Cost> costs(Actor actor, long projectId) {
		this.access.visible(actor, projectId);
		return this.costs.findByProjectIdOrderByDateAscIdAsc(projectId);
	}

	@Override
	@Transactional
	public long record(Actor actor, long projectId, CostEntry entry) {
		ProjectSummary project = this.access.editable(actor, projectId);
		Cost cost = checked(actor, projectId, entry, activities(actor, projectId), lineCodes(projectId));
		this.costs.saveAndFlush(cost);
		this.audit.record(AuditRecord.created(ENTITY, cost.id(), project.classification(), cost.snapshot()));
		return cost.id();
	}

	/**
	 * Records every cost of the file, or none: answers how many were recorded, or refuses
	 * the file listing each wrong cell by its row and column.
	 */
	@Transactional
	public int importCosts(Actor actor, long projectId, String filename, byte[] content) {
		ProjectSummary project = this.access.editable(actor, projectId);
		if (content == null || content.length == 0) {
			throw Rules.violation("file", "importEmpty", "the file is empty");
		}
		if (content.length > this.limits.maxTextSize().toBytes()) {
			throw Rules.violation("file", "importTooLarge", "the file is too large",
					ImportLimits.inWords(this.limits.maxTextSize().toBytes()));
		}
		List<SheetRows.SheetRow> rows = SheetRows.read(filename, content,
				List.of("Kind", "Budget line", "Date", "Amount", "Currency"), MAX_ROWS, "finance.error.");
		if (rows.isEmpty()) {
			throw Rules.violation("file", "importEmpty", "the file is empty");
		}
		Set<Long> activities = activities(actor, projectId);
		Set<String> lines = lineCodes(projectId);
		List<Cost> checked = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (SheetRows.SheetRow row : rows) {
			try {
				checked.add(checked(actor, projectId, entry(row), activities, lines));
			}
			catch (RuleViolationException ex) {
				String column = FIELD_COLUMNS.getOrDefault(ex.field(), ex.field());
				problems.add("row " + row.number() + ", column \u201c" + column + "\u201d: " + ex.getMessage());
			}
		}
		if (!problems.isEmpty()) {
			String all = problems.stream().limit(20).collect(Collectors.joining("; "));
			throw Rules.violation("file", "importCells", all, all);
		}
		this.costs.saveAllAndFlush(checked);
		this.audit.record(new AuditRecord(ENTITY + ".imported", "project", String.valueOf(projectId),
				project.classification(), checked.size() + " costs from " + filename, null, null));
		return checked.size();
	}

	private CostEntry entry(SheetRows.SheetRow row) {
		Kind kind;
		String kindText = row.get("Kind").toUpperCase(Locale.ROOT);
		try {
			kind = kindText.isEmpty() ? Kind.ACTUAL : Kind.valueOf(kindText);
		}
		catch (IllegalArgumentException ex) {
			throw Rules.violation("kind", "kind", "must be COMMITMENT or ACTUAL");
		}
		Long activity = null;
		if (!row.get("Activity").isEmpty()) {
			try {
				activity = Long.valueOf(row.get("Activity"));
			}
			catch (NumberFormatException ex) {
				throw Rules.violation("activityId", "activity", "is not an activity of the project's plan");
			}
		}
		LocalDate date = null;
		if (!row.get("Date").isEmpty()) {
			try {
				date = LocalDate.parse(row.get("Date"));
			}
			catch (DateTimeParseException ex) {
				throw Rules.violation("date", "date", "must be a date written 2026-03-31");
			}
		}
		BigDecimal amount = null;
		if (!row.get("Amount").isEmpty()) {
			try {
				amount = new BigDecimal(row.get("Amount"));
			}
			catch (NumberFormatException ex) {
				throw Rules.violation("amount", "number", "must be a number written 1234.56");
			}
		}
		return new CostEntry(kind, row.get("Budget line"), activity, date, amount, row.get("Currency"),
				row.get("Reference"), row.get("Description"), "imported");
	}

	private Cost checked(Actor actor, long projectId, CostEntry entry, Set<Long> activities, Set<String> lines) {
		Kind kind = Rules.required("kind", entry.kind());
		String line = Rules.text("budgetLine", entry.budgetLine(), 20);
		if (!lines.contains(line)) {
			throw Rules.violation("budgetLine", "unknownLine", "there is no budget line " + line, line);
		}
		if (entry.activityId() != null && !activities.contains(entry.activityId())) {
			throw Rules.violation("activityId", "activity", "is not an activity of the project's plan");
		}
		LocalDate date = Rules.required("date", entry.date());
		String currency = Rules.currency("currency", entry.currency());
		BigDecimal amount = Rules.amount("amount", entry.amount(), currency, true);
		if (amount.signum() == 0) {
			throw Rules.violation("amount", "nonZero", "must not be zero");
		}
		String origin = Rules.optional("origin", entry.origin(), 40);
		return new Cost(projectId, kind, line, entry.activityId(), date, amount, currency,
				Rules.optional("reference", entry.reference(), 100),
				Rules.optional("description", entry.description(), 500), origin == null ? "entered" : origin,
				actor.username(), this.clock.instant());
	}

	private Set<String> lineCodes(long projectId) {
		return this.budgets.current(projectId)
			.map(b -> b.lines().stream().map(BudgetLine::code).collect(Collectors.toSet()))
			.orElse(Set.of());
	}

	private Set<Long> activities(Actor actor, long projectId) {
		return this.plans.progress(projectId, null, actor)
			.map(p -> p.activities().stream().map(PlanProgress.ProgressedActivity::id).collect(Collectors.toSet()))
			.orElse(Set.of());
	}

}
