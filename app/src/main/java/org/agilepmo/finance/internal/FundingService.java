package org.agilepmo.finance.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.finance.CostCategory;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.StaleVersionException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Funding: the PMO keeps the sources (the regular budget and donors' grants); whoever may
 * change a project says which sources fund each of its budget lines, by shares. Spending
 * charged to a grant is checked against the agreement: a cost of a category the grant
 * does not cover, a cost dated outside the grant's period, and every cost from the one by
 * which the spending charged to a grant passes its amount on are flagged.
 */
@Service
public class FundingService {

	static final String SOURCE = "funding-source";

	static final String FUNDING = "finance-funding";

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private final FundingSources sources;

	private final LineFundings fundings;

	private final BudgetService budgets;

	private final Costs costs;

	private final Conversions conversions;

	private final FinanceAccess access;

	private final AuditTrail audit;

	FundingService(FundingSources sources, LineFundings fundings, BudgetService budgets, Costs costs,
			Conversions conversions, FinanceAccess access, AuditTrail audit) {
		this.sources = sources;
		this.fundings = fundings;
		this.budgets = budgets;
		this.costs = costs;
		this.conversions = conversions;
		this.access = access;
		this.audit = audit;
	}

	/** What may be wrong with a cost charged to a grant. */
	public enum Flag {

		OUTSIDE_ELIGIBILITY, OUTSIDE_PERIOD, PAST_GRANT

	}

	/** A flag on a cost, with the grant it concerns. */
	public record CostFlag(long costId, Flag flag, long sourceId, String sourceName) {

	}

	@Transactional(readOnly = true)
	public List<FundingSource> sources() {
		return this.sources.findAllByOrderByKindAscNameAsc();
	}

	/**
	 * The sources a person may see: all of them for the PMO; otherwise the grants they
	 * are the donor of and the sources funding a project they may see.
	 */
	@Transactional(readOnly = true)
	public List<FundingSource> visibleSources(Actor actor) {
		if (this.access.isPmo(actor)) {
			return sources();
		}
		Set<Long> projects = this.access.visibleProjects(actor).keySet();
		Set<Long> funding = new java.util.HashSet<>();
		for (Long p : projects) {
			this.fundings.findByProjectIdOrderByLineCodeAscIdAsc(p).forEach(f -> funding.add(f.sourceId()));
		}
		return sources().stream()
			.filter(s -> funding.contains(s.id()) || java.util.Objects.equals(s.donorPersonId(), actor.id()))
			.toList();
	}

	/** A source the person may see (404 otherwise). */
	@Transactional(readOnly = true)
	public FundingSource visibleSource(Actor actor, long id) {
		return visibleSources(actor).stream()
			.filter(s -> s.id() == id)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("funding source", id));
	}

	/**
	 * Whether the person may read a grant's financial report: the PMO and the grant's
	 * donor.
	 */
	public boolean mayReadReport(Actor actor, FundingSource source) {
		return this.access.isPmo(actor) || java.util.Objects.equals(source.donorPersonId(), actor.id());
	}

	/** One row of a grant's financial report: a cost category in the grant's currency. */
	public record ReportRow(CostCategory category, boolean eligible, BigDecimal budget, BigDecimal committed,
			BigDecimal spent, BigDecimal balance) {

	}

	/** A grant's financial report for one period (or its whole life). */
	public record GrantReport(FundingSource grant, LocalDate from, LocalDate to, List<ReportRow> rows,
			BigDecimal budget, BigDecimal committed, BigDecimal spent, BigDecimal balance) {

	}

	/**
	 * A grant's financial report for a period, in the grant's currency: per cost
	 * category, the grant's share of the budget of the months in the period (converted at
	 * the period's last day), and of what was committed and spent in it (converted at
	 * each cost's date); the balance is the budget less what was spent. For the PMO and
	 * the grant's donor only (404 for anyone else).
	 */
	@Transactional(readOnly = true)
	public GrantReport report(Actor actor, long sourceId, LocalDate from, LocalDate to) {
		FundingSource grant = this.sources.findById(sourceId)
			.filter(FundingSource::isGrant)
			.filter(g -> mayReadReport(actor, g))
			.orElseThrow(() -> new NotFoundException("grant", sourceId));
		LocalDate start = (from != null) ? from : grant.startsOn();
		LocalDate end = (to != null) ? to : grant.endsOn();
		if (end.isBefore(start)) {
			throw Rules.violation("to", "endBeforeStart", "must not be before the start");
		}
		String currency = grant.currency();
		Map<CostCategory, BigDecimal[]> byCategory = new java.util.EnumMap<>(CostCategory.class);
		for (CostCategory c : CostCategory.values()) {
			byCategory.put(c, new BigDecimal[] { Money.zero(currency), Money.zero(currency), Money.zero(currency) });
		}
		Map<Long, Map<String, BigDecimal>> shares = new HashMap<>();
		for (LineFunding f : this.fundings.findBySourceId(sourceId)) {
			shares.computeIfAbsent(f.projectId(), k -> new HashMap<>()).put(f.lineCode(), f.share());
		}
		Map<Long, Map<String, CostCategory>> categories = new HashMap<>();
		for (var project : shares.entrySet()) {
			Map<String, CostCategory> byCode = new HashMap<>();
			var budget = this.budgets.current(project.getKey());
			if (budget.isEmpty()) {
				continue;
			}
			for (BudgetLine line : budget.get().lines()) {
				byCode.put(line.code(), line.category());
				BigDecimal share = project.getValue().get(line.code());
				if (share == null) {
					continue;
				}
				BigDecimal inPeriod = line.byMonth()
					.entrySet()
					.stream()
					.filter(m -> !m.getKey().atEndOfMonth().isBefore(start) && !m.getKey().atDay(1).isAfter(end))
					.map(Map.Entry::getValue)
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				BigDecimal part = inPeriod.multiply(share).divide(HUNDRED, MathContext.DECIMAL128);
				BigDecimal[] row = byCategory.get(line.category());
				row[0] = row[0].add(this.conversions.convert(part, budget.get().currency(), currency, end));
			}
			categories.put(project.getKey(), byCode);
		}
		for (Cost cost : this.costs.findByProjectIdInOrderByDateAscIdAsc(shares.keySet())) {
			BigDecimal share = shares.get(cost.projectId()).get(cost.lineCode());
			CostCategory category = categories.getOrDefault(cost.projectId(), Map.of()).get(cost.lineCode());
			if (share == null || category == null || cost.date().isBefore(start) || cost.date().isAfter(end)) {
				continue;
			}
			BigDecimal part = this.conversions.convert(
					cost.amount().multiply(share).divide(HUNDRED, MathContext.DECIMAL128), cost.currency(), currency,
					cost.date());
			BigDecimal[] row = byCategory.get(category);
			row[cost.isActual() ? 2 : 1] = row[cost.isActual() ? 2 : 1].add(part);
		}
		List<ReportRow> rows = new ArrayList<>();
		BigDecimal[] total = { Money.zero(currency), Money.zero(currency), Money.zero(currency) };
		for (var e : byCategory.entrySet()) {
			BigDecimal[] f = e.getValue();
			if (f[0].signum() == 0 && f[1].signum() == 0 && f[2].signum() == 0 && !grant.isEligible(e.getKey())) {
				continue;
			}
			rows.add(new ReportRow(e.getKey(), grant.isEligible(e.getKey()), f[0], f[1], f[2], f[0].subtract(f[2])));
			for (int k = 0; k < 3; k++) {
				total[k] = total[k].add(f[k]);
			}
		}
		return new GrantReport(grant, start, end, rows, total[0], total[1], total[2], total[0].subtract(total[2]));
	}

	@Transactional(readOnly = true)
	public FundingSource source(long id) {
		return this.sources.findById(id).orElseThrow(() -> new NotFoundException("funding source", id));
	}

	@Transactional
	public FundingSource createSource(Actor actor, FundingSource.SourceDraft draft) {
		this.access.requirePmo(actor);
		FundingSource source = this.sources.saveAndFlush(FundingSource.of(draft));
		this.audit.record(AuditRecord.created(SOURCE, source.id(), Classification.PUBLIC, source.snapshot()));
		return source;
	}

	@Transactional
	public FundingSource reviseSource(Actor actor, long id, long expectedVersion, FundingSource.SourceDraft draft) {
		this.access.requirePmo(actor);
		FundingSource source = source(id);
		if (source.version() != expectedVersion) {
			throw new StaleVersionException("funding source", id, expectedVersion, source.version());
		}
		Object before = source.snapshot();
		source.revise(draft);
		this.sources.flush();
		this.audit.record(AuditRecord.updated(SOURCE, id, Classification.PUBLIC, before, source.snapshot()));
		return source;
	}

	@Transactional(readOnly = true)
	public List<LineFunding> fundings(Actor actor, long projectId) {
		this.access.visible(actor, projectId);
		return this.fundings.findByProjectIdOrderByLineCodeAscIdAsc(projectId);
	}

	/** Which sources fund the project's lines, whoever asks (for derived reports). */
	@Transactional(readOnly = true)
	public List<LineFunding> fundingsOf(long projectId) {
		return this.fundings.findByProjectIdOrderByLineCodeAscIdAsc(projectId);
	}

	/**
	 * Says that a source pays a share (in percent) of a budget line; a share of zero
	 * removes the source from the line. A line's shares add up to at most 100.
	 */
	@Transactional
	public void fund(Actor actor, long projectId, String lineCode, long sourceId, BigDecimal share) {
		ProjectSummary project = this.access.editable(actor, projectId);
		BudgetVersion budget = this.budgets.current(projectId)
			.orElseThrow(() -> Rules.violation("line", "noBudget", "the project has no budget yet"));
		String code = Rules.text("line", lineCode, 20);
		if (budget.line(code).isEmpty()) {
			throw Rules.violation("line", "unknownLine", "there is no budget line " + code, code);
		}
		FundingSource source = this.sources.findById(sourceId)
			.orElseThrow(() -> Rules.violation("sourceId", "unknownSource", "there is no such funding source"));
		BigDecimal s = Rules.required("share", share);
		if (s.signum() < 0 || s.compareTo(HUNDRED) > 0 || s.scale() > 2) {
			throw Rules.violation("share", "share", "must be a percentage from 0 to 100");
		}
		BigDecimal others = this.fundings.findByProjectIdOrderByLineCodeAscIdAsc(projectId)
			.stream()
			.filter(f -> f.lineCode().equals(code) && f.sourceId() != sourceId)
			.map(LineFunding::share)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (others.add(s).compareTo(HUNDRED) > 0) {
			throw Rules.violation("share", "sharesOver", "the line's shares would add up to more than 100%",
					HUNDRED.subtract(others).toPlainString());
		}
		var existing = this.fundings.findByProjectIdAndLineCodeAndSourceId(projectId, code, sourceId);
		String before = existing.map(f -> f.share().toPlainString()).orElse(null);
		if (s.signum() == 0) {
			existing.ifPresent(this.fundings::delete);
		}
		else if (existing.isPresent()) {
			existing.get().reshare(s);
		}
		else {
			this.fundings.save(new LineFunding(projectId, code, sourceId, s));
		}
		this.fundings.flush();
		this.audit.record(new AuditRecord(FUNDING + ".shared", "project", String.valueOf(projectId),
				project.classification(), code + " funded by " + source.name() + " at " + s.toPlainString() + "%",
				before, s.toPlainString()));
	}

	/**
	 * The flags on a project's costs. Spending past a grant counts every project the
	 * grant funds, in the order the costs were incurred, converted to the grant's
	 * currency at each cost's date.
	 */
	@Transactional(readOnly = true)
	public List<CostFlag> flags(long projectId) {
		List<LineFunding> mine = this.fundings.findByProjectIdOrderByLineCodeAscIdAsc(projectId);
		Map<Long, FundingSource> grants = new LinkedHashMap<>();
		for (LineFunding f : mine) {
			this.sources.findById(f.sourceId()).filter(FundingSource::isGrant).ifPresent(g -> grants.put(g.id(), g));
		}
		List<CostFlag> flags = new ArrayList<>();
		for (FundingSource grant : grants.values()) {
			List<LineFunding> funded = this.fundings.findBySourceId(grant.id());
			Map<Long, Map<String, BigDecimal>> shares = new HashMap<>();
			for (LineFunding f : funded) {
				shares.computeIfAbsent(f.projectId(), k -> new HashMap<>()).put(f.lineCode(), f.share());
			}
			Map<Long, Map<String, CostCategory>> categories = new HashMap<>();
			for (Long p : shares.keySet()) {
				Map<String, CostCategory> byCode = new HashMap<>();
				this.budgets.current(p).ifPresent(b -> b.lines().forEach(l -> byCode.put(l.code(), l.category())));
				categories.put(p, byCode);
			}
			BigDecimal charged = BigDecimal.ZERO;
			for (Cost cost : this.costs.findByProjectIdInOrderByDateAscIdAsc(shares.keySet())) {
				BigDecimal share = shares.get(cost.projectId()).get(cost.lineCode());
				if (share == null || !cost.isActual()) {
					continue;
				}
				Set<Flag> found = EnumSet.noneOf(Flag.class);
				CostCategory category = categories.get(cost.projectId()).get(cost.lineCode());
				if (category != null && !grant.isEligible(category)) {
					found.add(Flag.OUTSIDE_ELIGIBILITY);
				}
				if (!grant.covers(cost.date())) {
					found.add(Flag.OUTSIDE_PERIOD);
				}
				BigDecimal part = cost.amount().multiply(share).divide(HUNDRED, MathContext.DECIMAL128);
				charged = charged.add(this.conversions.convert(part, cost.currency(), grant.currency(), cost.date()));
				if (charged.compareTo(grant.amount()) > 0) {
					found.add(Flag.PAST_GRANT);
				}
				if (cost.projectId() == projectId) {
					for (Flag flag : found) {
						flags.add(new CostFlag(cost.id(), flag, grant.id(), grant.name()));
					}
				}
			}
		}
		return flags;
	}

}
