package org.agilepmo.finance.web;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.finance.CostLedger;
import org.agilepmo.finance.internal.BudgetService;
import org.agilepmo.finance.internal.BudgetVersion;
import org.agilepmo.finance.internal.Conversions;
import org.agilepmo.finance.internal.CostService;
import org.agilepmo.finance.internal.EarnedValueService;
import org.agilepmo.finance.internal.FundingService;
import org.agilepmo.finance.internal.FundingSource;
import org.agilepmo.finance.internal.GrantDocument;
import org.agilepmo.finance.internal.GrantWorkbook;
import org.agilepmo.finance.internal.IatiExport;
import org.agilepmo.finance.internal.Rollups;
import org.agilepmo.finance.internal.SnapshotService;
import org.agilepmo.finance.internal.EarnedValueSnapshot;
import org.agilepmo.finance.web.FinanceResources.BudgetResource;
import org.agilepmo.finance.web.FinanceResources.BudgetedCostRequest;
import org.agilepmo.finance.web.FinanceResources.BudgetedCostResource;
import org.agilepmo.finance.web.FinanceResources.CostRequest;
import org.agilepmo.finance.web.FinanceResources.CostResource;
import org.agilepmo.finance.web.FinanceResources.EarnedValueResource;
import org.agilepmo.finance.web.FinanceResources.FundingRequest;
import org.agilepmo.finance.web.FinanceResources.LineRequest;
import org.agilepmo.finance.web.FinanceResources.RateRequest;
import org.agilepmo.finance.web.FinanceResources.RateResource;
import org.agilepmo.finance.web.FinanceResources.ReasonRequest;
import org.agilepmo.finance.web.FinanceResources.RollupResource;
import org.agilepmo.finance.web.FinanceResources.SnapshotRequest;
import org.agilepmo.finance.web.FinanceResources.SnapshotResource;
import org.agilepmo.finance.web.FinanceResources.SourceResource;
import org.agilepmo.finance.web.FinanceResources.StartRequest;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Finance over HTTP: a project's budget versions and lines, exchange rates, funding
 * sources and the funding of lines, commitments and actual costs (entered or imported),
 * activities' budgeted costs and earned value, roll-ups, grant reports and the IATI
 * export. Everything follows the project's access rule (404 when it may not be seen);
 * changes of versioned objects need their ETag in If-Match.
 */
@RestController
@Tag(name = "Finance", description = "Budgets, funding, costs, earned value and donor reporting")
class FinanceApiController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final BudgetService budgets;

	private final Conversions conversions;

	private final FundingService funding;

	private final CostService costs;

	private final EarnedValueService earnedValue;

	private final Rollups rollups;

	private final IatiExport iati;

	private final GrantWorkbook workbook;

	private final SnapshotService snapshots;

	private final GrantDocument document;

	FinanceApiController(BudgetService budgets, Conversions conversions, FundingService funding, CostService costs,
			EarnedValueService earnedValue, Rollups rollups, IatiExport iati, GrantWorkbook workbook,
			SnapshotService snapshots, GrantDocument document) {
		this.snapshots = snapshots;
		this.document = document;
		this.budgets = budgets;
		this.conversions = conversions;
		this.funding = funding;
		this.costs = costs;
		this.earnedValue = earnedValue;
		this.rollups = rollups;
		this.iati = iati;
		this.workbook = workbook;
	}

	@GetMapping("/api/v1/projects/{id}/budget")
	@Operation(summary = "The project's budget that counts: the approved version, else the draft original")
	ResponseEntity<BudgetResource> budget(@PathVariable long id) {
		BudgetVersion v = this.budgets.current(CurrentActor.require(), id)
			.orElseThrow(() -> new NotFoundException("budget of project", id));
		return ETags.ok(v, BudgetVersion::version, BudgetResource::of);
	}

	@GetMapping("/api/v1/projects/{id}/budget/versions")
	@Operation(summary = "Every version of the project's budget, oldest first: its history")
	List<BudgetResource> versions(@PathVariable long id) {
		return this.budgets.versions(CurrentActor.require(), id).stream().map(BudgetResource::of).toList();
	}

	@PostMapping("/api/v1/projects/{id}/budget")
	@Operation(summary = "Start the project's original budget (a draft)",
			description = "currency (ISO 4217) may be left out when the project came from an approved concept note: "
					+ "the assessment's costs then become the first lines, in the note's currency.")
	ResponseEntity<BudgetResource> start(@PathVariable long id, @RequestBody StartRequest request) {
		BudgetVersion v = this.budgets.start(CurrentActor.require(), id, request.currency(), request.firstMonth(),
				request.reason());
		return ETags.created("/api/v1/budget-versions/" + v.id(), BudgetResource.of(v), v.version());
	}

	@PostMapping("/api/v1/projects/{id}/budget/revisions")
	@Operation(summary = "Draft a revision of the approved budget, with its reason")
	ResponseEntity<BudgetResource> revise(@PathVariable long id, @RequestBody ReasonRequest request) {
		BudgetVersion v = this.budgets.revise(CurrentActor.require(), id, request.reason());
		return ETags.created("/api/v1/budget-versions/" + v.id(), BudgetResource.of(v), v.version());
	}

	@GetMapping("/api/v1/budget-versions/{id}")
	@Operation(summary = "One budget version, with its ETag")
	ResponseEntity<BudgetResource> version(@PathVariable long id) {
		return ETags.ok(this.budgets.version(CurrentActor.require(), id), BudgetVersion::version, BudgetResource::of);
	}

	@PostMapping("/api/v1/budget-versions/{id}/lines")
	@Operation(summary = "Add a line to a draft version, or replace the line of the same code",
			description = "recurrence ONE_OFF (amount in firstMonth) or MONTHLY (amount in each of months).")
	ResponseEntity<BudgetResource> putLine(@PathVariable long id, @RequestBody LineRequest request,
			@IfMatch long version) {
		Actor actor = CurrentActor.require();
		this.budgets.putLine(actor, id, version, request.code(), new BudgetService.LineDraft(request.category(),
				request.description(), request.recurrence(), request.firstMonth(), request.months(), request.amount()));
		return ETags.ok(this.budgets.version(actor, id), BudgetVersion::version, BudgetResource::of);
	}

	@DeleteMapping("/api/v1/budget-versions/{id}/lines/{code}")
	@Operation(summary = "Remove a line from a draft version")
	ResponseEntity<BudgetResource> removeLine(@PathVariable long id, @PathVariable String code, @IfMatch long version) {
		Actor actor = CurrentActor.require();
		this.budgets.removeLine(actor, id, version, code);
		return ETags.ok(this.budgets.version(actor, id), BudgetVersion::version, BudgetResource::of);
	}

	@PostMapping("/api/v1/budget-versions/{id}/approval")
	@Operation(summary = "Approve a draft version (the PMO); the version approved before it is superseded")
	ResponseEntity<BudgetResource> approve(@PathVariable long id, @IfMatch long version) {
		BudgetVersion v = this.budgets.approve(CurrentActor.require(), id, version);
		return ETags.ok(v, BudgetVersion::version, BudgetResource::of);
	}

	@GetMapping("/api/v1/exchange-rates")
	@Operation(summary = "The recorded exchange rates, by pair, latest first")
	List<RateResource> rates() {
		CurrentActor.require();
		return this.conversions.all().stream().map(RateResource::of).toList();
	}

	@PostMapping("/api/v1/exchange-rates")
	@Operation(summary = "Record an exchange rate valid from a date (the PMO)")
	ResponseEntity<RateResource> recordRate(@RequestBody RateRequest request) {
		var rate = this.conversions.record(CurrentActor.require(), request.from(), request.to(), request.validFrom(),
				request.rate());
		return ResponseEntity.status(201).body(RateResource.of(rate));
	}

	@GetMapping("/api/v1/funding-sources")
	@Operation(summary = "The funding sources the caller may see")
	List<SourceResource> sources() {
		return this.funding.visibleSources(CurrentActor.require()).stream().map(SourceResource::of).toList();
	}

	@PostMapping("/api/v1/funding-sources")
	@Operation(summary = "Record the regular budget or a donor's grant (the PMO)")
	ResponseEntity<SourceResource> createSource(@RequestBody FundingSource.SourceDraft draft) {
		FundingSource s = this.funding.createSource(CurrentActor.require(), draft);
		return ETags.created("/api/v1/funding-sources/" + s.id(), SourceResource.of(s), s.version());
	}

	@GetMapping("/api/v1/funding-sources/{id}")
	@Operation(summary = "One funding source, with its ETag")
	ResponseEntity<SourceResource> source(@PathVariable long id) {
		return ETags.ok(this.funding.visibleSource(CurrentActor.require(), id), FundingSource::version,
				SourceResource::of);
	}

	@PutMapping("/api/v1/funding-sources/{id}")
	@Operation(summary = "Replace what a funding source states (the PMO)")
	ResponseEntity<SourceResource> reviseSource(@PathVariable long id, @RequestBody FundingSource.SourceDraft draft,
			@IfMatch long version) {
		FundingSource s = this.funding.reviseSource(CurrentActor.require(), id, version, draft);
		return ETags.ok(s, FundingSource::version, SourceResource::of);
	}

	@GetMapping("/api/v1/funding-sources/{id}/report")
	@Operation(summary = "A grant's financial report for a period, in the grant's currency (the PMO and the donor)",
			description = "from and to default to the grant's period.")
	FinanceResources.GrantReportResource report(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		return FinanceResources.GrantReportResource.of(this.funding.report(CurrentActor.require(), id, from, to));
	}

	@GetMapping("/api/v1/funding-sources/{id}/report.pdf")
	@Operation(summary = "A grant's financial report as a PDF, in the caller's language (the PMO and the donor)")
	ResponseEntity<byte[]> reportPdf(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		byte[] body = this.document.write(this.funding.report(CurrentActor.require(), id, from, to),
				LocaleContextHolder.getLocale());
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"grant-report-" + id + ".pdf\"")
			.contentType(MediaType.APPLICATION_PDF)
			.body(body);
	}

	@GetMapping("/api/v1/funding-sources/{id}/report.xlsx")
	@Operation(summary = "A grant's financial report as a spreadsheet")
	ResponseEntity<byte[]> reportXlsx(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		byte[] body = this.workbook.write(this.funding.report(CurrentActor.require(), id, from, to));
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"grant-report-" + id + ".xlsx\"")
			.contentType(XLSX)
			.body(body);
	}

	@PutMapping("/api/v1/projects/{id}/budget/lines/{code}/funding")
	@Operation(summary = "Say which share (percent) of a line a source pays; 0 removes the source from the line")
	ResponseEntity<Void> fund(@PathVariable long id, @PathVariable String code, @RequestBody FundingRequest request) {
		this.funding.fund(CurrentActor.require(), id, code, request.sourceId() == null ? -1 : request.sourceId(),
				request.share());
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/api/v1/projects/{id}/costs")
	@Operation(summary = "The project's commitments and actual costs, with the grants' flags")
	List<CostResource> costs(@PathVariable long id) {
		List<FundingService.CostFlag> flags = this.funding.flags(id);
		return this.costs.costs(CurrentActor.require(), id).stream().map(c -> CostResource.of(c, flags)).toList();
	}

	@PostMapping("/api/v1/projects/{id}/costs")
	@Operation(summary = "Record a commitment or an actual cost on a budget line (and optionally an activity)")
	ResponseEntity<CostResource> recordCost(@PathVariable long id, @RequestBody CostRequest request) {
		return created(id, this.costs.record(CurrentActor.require(), id, request.entry(null)));
	}

	@PostMapping("/api/v1/projects/{id}/actual-costs")
	@Operation(summary = "Record an actual cost: activityId, date, amount, currency and budgetLine (its code)")
	ResponseEntity<CostResource> recordActual(@PathVariable long id, @RequestBody CostRequest request) {
		return created(id, this.costs.record(CurrentActor.require(), id, request.entry(CostLedger.Kind.ACTUAL)));
	}

	private ResponseEntity<CostResource> created(long projectId, long costId) {
		List<FundingService.CostFlag> flags = this.funding.flags(projectId);
		CostResource body = this.costs.costs(CurrentActor.require(), projectId)
			.stream()
			.filter(c -> c.id() == costId)
			.findFirst()
			.map(c -> CostResource.of(c, flags))
			.orElseThrow();
		return ResponseEntity.created(java.net.URI.create("/api/v1/projects/" + projectId + "/costs#" + costId))
			.body(body);
	}

	@PostMapping("/api/v1/projects/{id}/costs/import")
	@Operation(summary = "Import costs from a CSV or XLSX file (part \"file\"), all or nothing",
			description = "Columns: Kind, Budget line, Activity, Date, Amount, Currency, Reference, Description. "
					+ "A wrong cell refuses the whole file, naming its row and column.")
	Map<String, Integer> importCosts(@PathVariable long id, @RequestPart("file") MultipartFile file)
			throws IOException {
		int count = this.costs.importCosts(CurrentActor.require(), id, file.getOriginalFilename(), file.getBytes());
		return Map.of("imported", count);
	}

	@PutMapping("/api/v1/projects/{id}/activities/{activityId}/budgeted-cost")
	@Operation(summary = "Set an activity's budgeted cost (a decimal string in the budget's currency)",
			description = "The plan owns the budgeted cost: this is the same change as the activity's PATCH "
					+ "with budgetedCost, kept for existing clients. If-Match: the activity's ETag (the plan's "
					+ "activity version); the answer's ETag is the activity's new version.")
	ResponseEntity<BudgetedCostResource> budgetActivity(@PathVariable long id, @PathVariable long activityId,
			@RequestBody BudgetedCostRequest request, @IfMatch long version) {
		EarnedValueService.BudgetedCost cost = this.earnedValue.budget(CurrentActor.require(), id, activityId, version,
				request.budgetedCost());
		return ETags.ok(new BudgetedCostResource(activityId, cost.amount().toPlainString(), cost.currency()),
				cost.version());
	}

	@GetMapping("/api/v1/projects/{id}/earned-value")
	@Operation(summary = "Earned value at a status date against a baseline",
			description = "statusDate defaults to today, baseline to the latest saved. Amounts and indices are "
					+ "decimal strings; an index without a divisor is null.")
	EarnedValueResource earnedValue(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate statusDate,
			@RequestParam(required = false) String baseline) {
		return EarnedValueResource.of(this.earnedValue.report(CurrentActor.require(), id,
				statusDate == null ? LocalDate.now() : statusDate, baseline));
	}

	@GetMapping("/api/v1/projects/{id}/earned-value/snapshots")
	@Operation(summary = "The project's earned value recorded at past status dates, oldest first")
	List<SnapshotResource> snapshots(@PathVariable long id) {
		return this.snapshots.snapshots(CurrentActor.require(), id).stream().map(SnapshotResource::of).toList();
	}

	@PostMapping("/api/v1/projects/{id}/earned-value/snapshots")
	@Operation(summary = "Record the project's earned value at a status date (today by default)",
			description = "Recording a date again replaces its figures. The status date may not be in the future.")
	ResponseEntity<SnapshotResource> recordSnapshot(@PathVariable long id,
			@RequestBody(required = false) SnapshotRequest request) {
		LocalDate date = (request == null || request.statusDate() == null) ? LocalDate.now() : request.statusDate();
		EarnedValueSnapshot s = this.snapshots.record(CurrentActor.require(), id, date);
		return ResponseEntity.status(201).body(SnapshotResource.of(s));
	}

	@GetMapping("/api/v1/programmes/{id}/finance")
	@Operation(summary = "A programme's budgets, commitments and spending in a reporting currency",
			description = "Only the projects the caller may see are counted; each project's figures are converted "
					+ "at the date and rounded once, so the totals are the sums of the projects' lines.")
	RollupResource programme(@PathVariable long id, @RequestParam(defaultValue = "EUR") String currency,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return RollupResource
			.of(this.rollups.programme(CurrentActor.require(), id, currency, date == null ? LocalDate.now() : date));
	}

	@GetMapping("/api/v1/portfolios/{id}/finance")
	@Operation(summary = "A portfolio's budgets, commitments and spending in a reporting currency")
	RollupResource portfolio(@PathVariable long id, @RequestParam(defaultValue = "EUR") String currency,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		return RollupResource
			.of(this.rollups.portfolio(CurrentActor.require(), id, currency, date == null ? LocalDate.now() : date));
	}

	@GetMapping(path = "/api/v1/projects/{id}/iati", produces = MediaType.APPLICATION_XML_VALUE)
	@Operation(summary = "A donor-funded project as an IATI 2.03 activities file")
	ResponseEntity<byte[]> iati(@PathVariable long id) {
		return xml(this.iati.project(CurrentActor.require(), id), "iati-project-" + id + ".xml");
	}

	@GetMapping(path = "/api/v1/iati", produces = MediaType.APPLICATION_XML_VALUE)
	@Operation(summary = "Every donor-funded project the caller may see as one IATI 2.03 activities file")
	ResponseEntity<byte[]> iatiOrganisation() {
		return xml(this.iati.organisation(CurrentActor.require()), "iati-activities.xml");
	}

	private static ResponseEntity<byte[]> xml(byte[] body, String name) {
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
			.contentType(MediaType.APPLICATION_XML)
			.body(body);
	}

}
