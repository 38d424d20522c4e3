package org.agilepmo.finance.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.agilepmo.finance.CostCategory;
import org.agilepmo.finance.CostLedger;
import org.agilepmo.finance.internal.BudgetLine;
import org.agilepmo.finance.internal.BudgetService;
import org.agilepmo.finance.internal.BudgetVersion;
import org.agilepmo.finance.internal.Conversions;
import org.agilepmo.finance.internal.CostService;
import org.agilepmo.finance.internal.EarnedValueService;
import org.agilepmo.finance.internal.FinanceAccess;
import org.agilepmo.finance.internal.FundingService;
import org.agilepmo.finance.internal.FundingSource;
import org.agilepmo.finance.internal.GrantDocument;
import org.agilepmo.finance.internal.GrantWorkbook;
import org.agilepmo.finance.internal.LineFunding;
import org.agilepmo.finance.internal.Rollups;
import org.agilepmo.finance.internal.SnapshotService;
import org.agilepmo.planning.PlanProgress;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;
import tools.jackson.databind.ObjectMapper;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A project's finance pages: its budget (versions, lines, funding), its costs (entered
 * and imported, with the grants' flags), its earned value with the S-curve, and the
 * summary the project hub shows. Working pages: every change posts, redirects back and
 * says how it went.
 */
@Controller
class FinancePages {

	private final BudgetService budgets;

	private final FundingService funding;

	private final CostService costs;

	private final EarnedValueService earnedValue;

	private final Rollups rollups;

	private final FinanceAccess access;

	private final PlanProgress plans;

	private final Conversions conversions;

	private final Pages pages;

	private final ObjectMapper json;

	private final SnapshotService snapshots;

	private final GrantDocument document;

	private final GrantWorkbook workbook;

	FinancePages(BudgetService budgets, FundingService funding, CostService costs, EarnedValueService earnedValue,
			Rollups rollups, FinanceAccess access, PlanProgress plans, Conversions conversions, Pages pages,
			ObjectMapper json, SnapshotService snapshots, GrantDocument document, GrantWorkbook workbook) {
		this.json = json;
		this.document = document;
		this.workbook = workbook;
		this.snapshots = snapshots;
		this.budgets = budgets;
		this.funding = funding;
		this.costs = costs;
		this.earnedValue = earnedValue;
		this.rollups = rollups;
		this.access = access;
		this.plans = plans;
		this.conversions = conversions;
		this.pages = pages;
	}

	@GetMapping("/projects/{id}/budget")
	String budget(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		ProjectSummary project = this.access.visible(actor, id);
		model.addAttribute("project", project);
		model.addAttribute("mayEdit", this.access.mayEdit(actor, id));
		model.addAttribute("isPmo", this.access.isPmo(actor));
		var latest = this.budgets.latest(actor, id);
		model.addAttribute("latest", latest.orElse(null));
		model.addAttribute("current", this.budgets.current(actor, id).orElse(null));
		model.addAttribute("versions", this.budgets.versions(actor, id));
		model.addAttribute("carried", this.budgets.carried(actor, id).orElse(null));
		Map<String, List<LineFunding>> byLine = new HashMap<>();
		for (LineFunding f : this.funding.fundings(actor, id)) {
			byLine.computeIfAbsent(f.lineCode(), k -> new ArrayList<>()).add(f);
		}
		model.addAttribute("fundings", byLine);
		List<FundingSource> sources = this.funding.visibleSources(actor);
		Map<Long, String> sourceNames = new HashMap<>();
		sources.forEach(s -> sourceNames.put(s.id(), s.name()));
		this.funding.fundings(actor, id)
			.forEach(f -> sourceNames.computeIfAbsent(f.sourceId(), k -> this.funding.source(k).name()));
		model.addAttribute("sources", sources);
		model.addAttribute("sourceNames", sourceNames);
		model.addAttribute("categories", CostCategory.values());
		model.addAttribute("recurrences", BudgetLine.Recurrence.values());
		model.addAttribute("thisMonth", YearMonth.now());
		return "finance/budget";
	}

	@PostMapping("/projects/{id}/budget")
	String start(@PathVariable long id, @RequestParam(required = false) String currency,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth firstMonth,
			@RequestParam(required = false) String reason, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/projects/" + id + "/budget", "finance.saved.started",
				() -> this.budgets.start(actor, id, currency, firstMonth, reason));
	}

	@PostMapping("/budget-versions/{id}/lines")
	String putLine(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String code,
			@RequestParam(required = false) CostCategory category, @RequestParam(required = false) String description,
			@RequestParam(required = false) BudgetLine.Recurrence recurrence,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth firstMonth,
			@RequestParam(required = false) Integer months, @RequestParam(required = false) BigDecimal amount,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long projectId = this.budgets.version(actor, id).projectId();
		return this.pages.act(flash, "/projects/" + projectId + "/budget", "finance.saved.line",
				() -> this.budgets.putLine(actor, id, version, code,
						new BudgetService.LineDraft(category, description, recurrence, firstMonth, months, amount)));
	}

	@PostMapping("/budget-versions/{id}/lines/{code}/removal")
	String removeLine(@PathVariable long id, @PathVariable String code, @RequestParam long version,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long projectId = this.budgets.version(actor, id).projectId();
		return this.pages.act(flash, "/projects/" + projectId + "/budget", "finance.saved.lineRemoved",
				() -> this.budgets.removeLine(actor, id, version, code));
	}

	@PostMapping("/budget-versions/{id}/approval")
	String approve(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long projectId = this.budgets.version(actor, id).projectId();
		return this.pages.act(flash, "/projects/" + projectId + "/budget", "finance.saved.approved",
				() -> this.budgets.approve(actor, id, version));
	}

	@PostMapping("/projects/{id}/budget/revisions")
	String revise(@PathVariable long id, @RequestParam(required = false) String reason, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/projects/" + id + "/budget", "finance.saved.revised",
				() -> this.budgets.revise(actor, id, reason));
	}

	@PostMapping("/projects/{id}/budget/funding")
	String fund(@PathVariable long id, @RequestParam(required = false) String line,
			@RequestParam(required = false) Long sourceId, @RequestParam(required = false) BigDecimal share,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/projects/" + id + "/budget", "finance.saved.funded",
				() -> this.funding.fund(actor, id, line, sourceId == null ? -1 : sourceId, share));
	}

	@GetMapping("/projects/{id}/costs")
	String costs(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("project", this.access.visible(actor, id));
		model.addAttribute("mayEdit", this.access.mayEdit(actor, id));
		model.addAttribute("current", this.budgets.current(actor, id).orElse(null));
		model.addAttribute("costs", this.costs.costs(actor, id));
		Map<Long, List<FundingService.CostFlag>> flags = new HashMap<>();
		for (FundingService.CostFlag f : this.funding.flags(id)) {
			flags.computeIfAbsent(f.costId(), k -> new ArrayList<>()).add(f);
		}
		model.addAttribute("flags", flags);
		model.addAttribute("activities", activities(actor, id));
		model.addAttribute("kinds", CostLedger.Kind.values());
		model.addAttribute("today", LocalDate.now());
		model.addAttribute("columns", String.join(", ", CostService.COLUMNS));
		return "finance/costs";
	}

	@PostMapping("/projects/{id}/costs")
	String recordCost(@PathVariable long id, @RequestParam(required = false) CostLedger.Kind kind,
			@RequestParam(required = false) String budgetLine, @RequestParam(required = false) Long activityId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@RequestParam(required = false) BigDecimal amount, @RequestParam(required = false) String currency,
			@RequestParam(required = false) String reference, @RequestParam(required = false) String description,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/projects/" + id + "/costs", "finance.saved.cost",
				() -> this.costs.record(actor, id, new CostLedger.CostEntry(kind, budgetLine, activityId, date, amount,
						currency, reference, description, "entered")));
	}

	@PostMapping("/projects/{id}/costs/import")
	String importCosts(@PathVariable long id, @RequestParam(required = false) MultipartFile file,
			RedirectAttributes flash) throws IOException {
		Actor actor = CurrentActor.require();
		String name = file == null ? "" : file.getOriginalFilename();
		byte[] content = file == null ? new byte[0] : file.getBytes();
		return this.pages.act(flash, "/projects/" + id + "/costs", null, () -> {
			int count = this.costs.importCosts(actor, id, name, content);
			this.pages.saved(flash, "finance.saved.imported", count);
		});
	}

	@GetMapping("/projects/{id}/earned-value")
	String earnedValue(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statusDate,
			@RequestParam(required = false) String baseline, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("project", this.access.visible(actor, id));
		model.addAttribute("mayEdit", this.access.mayEdit(actor, id));
		LocalDate status = statusDate == null ? LocalDate.now() : statusDate;
		model.addAttribute("statusDate", status);
		model.addAttribute("baselines", this.plans.baselineNames(id, actor));
		var current = this.budgets.current(actor, id);
		model.addAttribute("current", current.orElse(null));
		model.addAttribute("activities", activities(actor, id));
		model.addAttribute("budgeted", this.earnedValue.budgetedCosts(actor, id));
		EarnedValueService.Report report = null;
		String chosen = (baseline == null || baseline.isBlank())
				? this.earnedValue.defaultBaseline(actor, id).orElse(null) : baseline;
		if (current.isPresent() && chosen != null) {
			report = this.earnedValue.report(actor, id, status, chosen);
			model.addAttribute("curve", this.json.writeValueAsString(curve(report, id)));
		}
		model.addAttribute("baseline", chosen);
		model.addAttribute("report", report);
		model.addAttribute("snapshots", this.snapshots.snapshots(actor, id));
		model.addAttribute("today", LocalDate.now());
		return "finance/earned-value";
	}

	@PostMapping("/projects/{id}/earned-value/snapshots")
	String recordStatus(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statusDate,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		String back = "/projects/" + id + "/earned-value" + (statusDate == null ? "" : "?statusDate=" + statusDate);
		return this.pages.act(flash, back, "finance.saved.snapshot",
				() -> this.snapshots.record(actor, id, statusDate));
	}

	@PostMapping("/projects/{id}/activities/{activityId}/budgeted-cost")
	String budgetActivity(@PathVariable long id, @PathVariable long activityId, @RequestParam long version,
			@RequestParam(required = false) BigDecimal budgetedCost, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/projects/" + id + "/earned-value", "finance.saved.budgetedCost",
				() -> this.earnedValue.budget(actor, id, activityId, version, budgetedCost));
	}

	@GetMapping("/grants/{id}/report")
	String grantReport(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model) {
		FundingService.GrantReport report = this.funding.report(CurrentActor.require(), id, from, to);
		model.addAttribute("report", report);
		model.addAttribute("periods", report.grant().reportingPeriods());
		return "finance/grant-report";
	}

	/** The grant's report as the donor takes it away: a PDF in the reader's language. */
	@GetMapping("/grants/{id}/report.pdf")
	ResponseEntity<byte[]> grantReportPdf(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			Locale locale) {
		byte[] body = this.document.write(this.funding.report(CurrentActor.require(), id, from, to), locale);
		return download(body, "grant-report-" + id + ".pdf", MediaType.APPLICATION_PDF);
	}

	/** The grant's report as a spreadsheet. */
	@GetMapping("/grants/{id}/report.xlsx")
	ResponseEntity<byte[]> grantReportXlsx(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		byte[] body = this.workbook.write(this.funding.report(CurrentActor.require(), id, from, to));
		return download(body, "grant-report-" + id + ".xlsx",
				MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
	}

	private static ResponseEntity<byte[]> download(byte[] body, String name, MediaType type) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(type)
			.body(body);
	}

	@GetMapping("/projects/{id}/finance-summary")
	String summary(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		model.addAttribute("project", this.access.visible(actor, id));
		model.addAttribute("summary", this.rollups.summary(id, actor, LocalDate.now()).orElse(null));
		return "finance/summary";
	}

	private List<PlanProgress.ProgressedActivity> activities(Actor actor, long projectId) {
		return this.plans.progress(projectId, null, actor)
			.map(PlanProgress.ProgressedPlan::activities)
			.orElse(List.of());
	}

	/**
	 * The S-curve as charts.js draws it: the weeks' cumulative planned value, earned
	 * value and actual cost; a click on a week opens the costs page.
	 */
	private static Map<String, Object> curve(EarnedValueService.Report report, long projectId) {
		List<String> labels = new ArrayList<>();
		List<String> links = new ArrayList<>();
		List<BigDecimal> pv = new ArrayList<>();
		List<BigDecimal> ev = new ArrayList<>();
		List<BigDecimal> ac = new ArrayList<>();
		for (EarnedValueService.Week w : report.curve()) {
			labels.add(w.ending().toString());
			links.add("/projects/" + projectId + "/costs#week-" + w.ending());
			pv.add(w.pv());
			ev.add(w.ev());
			ac.add(w.ac());
		}
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("labels", labels);
		chart.put("links", links);
		chart.put("series",
				List.of(Map.of("name", "PV", "type", "line", "data", pv),
						Map.of("name", "EV", "type", "line", "data", nullable(ev)),
						Map.of("name", "AC", "type", "line", "data", nullable(ac))));
		return chart;
	}

	private static List<Object> nullable(List<BigDecimal> values) {
		return new ArrayList<>(values);
	}

}
