package org.agilepmo.reporting.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.validation.Valid;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.reporting.internal.Cadence;
import org.agilepmo.reporting.internal.Deviation;
import org.agilepmo.reporting.internal.DeviationService;
import org.agilepmo.reporting.internal.RemediationAction;
import org.agilepmo.reporting.internal.ReportingAccess;
import org.agilepmo.reporting.internal.ReportingSettings;
import org.agilepmo.reporting.internal.SettingsService;
import org.agilepmo.reporting.internal.StatusReport;
import org.agilepmo.reporting.internal.StatusReportService;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Change;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.Pages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reporting pages: a project's reports and deviations (the hub's reports tab), a
 * report (the draft's form, the PMO's review and publication, the comparison with the
 * previous report), the PMO's deviation list across the portfolios, a deviation with its
 * remediation plan, and a portfolio's reporting settings.
 */
@Controller
class ReportingPages {

	private final StatusReportService reports;

	private final DeviationService deviations;

	private final SettingsService settings;

	private final ReportingAccess access;

	private final Pages pages;

	private final org.agilepmo.reporting.internal.ReportDocuments documents;

	private final org.agilepmo.reporting.internal.DistributionService distribution;

	ReportingPages(StatusReportService reports, DeviationService deviations, SettingsService settings,
			ReportingAccess access, Pages pages, org.agilepmo.reporting.internal.ReportDocuments documents,
			org.agilepmo.reporting.internal.DistributionService distribution) {
		this.distribution = distribution;
		this.documents = documents;
		this.reports = reports;
		this.deviations = deviations;
		this.settings = settings;
		this.access = access;
		this.pages = pages;
	}

	// ---- a project's reports

	@GetMapping("/projects/{id}/status-reports")
	String projectReports(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		ProjectSummary project = this.access.visible(actor, id);
		model.addAttribute("project", project);
		model.addAttribute("reports", this.reports.list(actor, id));
		model.addAttribute("mayEdit", this.access.mayEdit(actor, id));
		model.addAttribute("nextPeriod", this.reports.nextPeriod(actor, id));
		model.addAttribute("overduePeriod", this.reports.overduePeriod(actor, id).orElse(null));
		model.addAttribute("cadence", this.settings.of(project.portfolioId()).cadence());
		model.addAttribute("deviations", this.deviations.ofProject(actor, id));
		model.addAttribute("isPmo", this.access.isPmo(actor));
		return "reporting/project-reports";
	}

	@PostMapping("/projects/{id}/status-reports")
	String start(@PathVariable long id,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long[] created = new long[1];
		String back = this.pages.act(flash, "/projects/" + id + "/status-reports", "reporting.saved.started",
				() -> created[0] = this.reports.create(actor, id, periodEnd).id());
		return created[0] == 0 ? back : "redirect:/status-reports/" + created[0];
	}

	@PostMapping("/projects/{id}/deviations/check")
	String check(@PathVariable long id, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/projects/" + id + "/status-reports", "reporting.saved.checked",
				() -> this.deviations.checkNow(actor, id));
	}

	// ---- a report

	@GetMapping("/status-reports/{id}")
	String report(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		StatusReport report = this.reports.get(actor, id);
		return showReport(actor, report, ReportForm.of(report, this.reports.figures(report)), model);
	}

	private String showReport(Actor actor, StatusReport report, ReportForm form, Model model) {
		ProjectSummary project = this.access.visible(actor, report.projectId());
		model.addAttribute("project", project);
		model.addAttribute("report", report);
		model.addAttribute("figures", this.reports.figures(report));
		Optional<StatusReport> previous = this.reports.previous(actor, report);
		model.addAttribute("previous", previous.orElse(null));
		model.addAttribute("previousFigures", previous.map(this.reports::figures).orElse(null));
		model.addAttribute("mayEdit", report.isDraft() && this.access.mayEdit(actor, report.projectId()));
		model.addAttribute("isPmo", this.access.isPmo(actor));
		model.addAttribute("healths", Health.values());
		model.addAttribute("authorName", this.access.nameOf(report.authorId()));
		model.addAttribute("reviewerName", this.access.nameOf(report.reviewedBy()));
		model.addAttribute("reportForm", form);
		model.addAttribute("sends", this.distribution.sendsOf(actor, report));
		return "reporting/report";
	}

	@GetMapping(value = "/status-reports/{id}/pdf", produces = "application/pdf")
	org.springframework.http.ResponseEntity<byte[]> pdf(@PathVariable long id, java.util.Locale locale) {
		return pdfResponse(this.documents.pdf(CurrentActor.require(), id, locale));
	}

	static org.springframework.http.ResponseEntity<byte[]> pdfResponse(
			org.agilepmo.reporting.internal.ReportDocuments.Document document) {
		return org.springframework.http.ResponseEntity.ok()
			.contentType(org.springframework.http.MediaType.APPLICATION_PDF)
			.header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
					org.springframework.http.ContentDisposition.attachment()
						.filename(document.fileName())
						.build()
						.toString())
			.body(document.bytes());
	}

	@PostMapping("/status-reports/{id}")
	String save(@PathVariable long id, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult binding,
			Model model, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.submit(binding, model, () -> {
			this.reports.edit(actor, id, form.getVersion(), Change.to(form.draft()));
			this.pages.saved(flash, "reporting.saved.report");
			return "redirect:/status-reports/" + id;
		}, () -> showReport(actor, this.reports.get(actor, id), form, model));
	}

	@PostMapping("/status-reports/{id}/figures-refresh")
	String refresh(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/status-reports/" + id, "reporting.saved.refreshed",
				() -> this.reports.refresh(actor, id, version));
	}

	@PostMapping("/status-reports/{id}/submission")
	String submit(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/status-reports/" + id, "reporting.saved.submitted",
				() -> this.reports.submit(actor, id, version));
	}

	@PostMapping("/status-reports/{id}/review")
	String review(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String comment,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/status-reports/" + id, "reporting.saved.reviewed",
				() -> this.reports.review(actor, id, version, comment));
	}

	@PostMapping("/status-reports/{id}/return")
	String sendBack(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String comment,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/status-reports/" + id, "reporting.saved.returned",
				() -> this.reports.returnToDraft(actor, id, version, comment));
	}

	@PostMapping("/status-reports/{id}/publication")
	String publish(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/status-reports/" + id, "reporting.saved.published",
				() -> this.reports.publish(actor, id, version));
	}

	// ---- deviations

	@GetMapping("/deviations")
	String deviationList(@RequestParam(required = false) Long portfolioId,
			@RequestParam(defaultValue = "false") boolean all, Model model) {
		Actor actor = CurrentActor.require();
		Map<Long, ProjectOverview> projects = this.access.visibleProjects(actor);
		Map<Long, String> portfolios = new LinkedHashMap<>();
		projects.values().forEach(p -> portfolios.putIfAbsent(p.portfolioId(), p.portfolioName()));
		model.addAttribute("deviations", this.deviations.visible(actor, portfolioId, !all));
		model.addAttribute("projects", projects);
		model.addAttribute("portfolios", portfolios);
		model.addAttribute("portfolioId", portfolioId);
		model.addAttribute("all", all);
		return "reporting/deviations";
	}

	@GetMapping("/deviations/{id}")
	String deviation(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		Deviation d = this.deviations.get(actor, id);
		List<RemediationAction> actions = this.deviations.actionsOf(actor, d);
		Map<Long, String> owners = new LinkedHashMap<>();
		actions.forEach(a -> owners.put(a.ownerId(), this.access.nameOf(a.ownerId())));
		model.addAttribute("deviation", d);
		model.addAttribute("project", this.access.visible(actor, d.projectId()));
		model.addAttribute("actions", actions);
		model.addAttribute("owners", owners);
		model.addAttribute("overdue",
				actions.stream().filter(this.deviations::isOverdue).map(RemediationAction::id).toList());
		boolean mayPlan = d.status() != Deviation.Status.CLOSED
				&& (this.access.mayEdit(actor, d.projectId()) || this.access.isPmo(actor));
		model.addAttribute("mayPlan", mayPlan);
		model.addAttribute("isPmo", this.access.isPmo(actor));
		model.addAttribute("me", actor.id());
		model.addAttribute("mayEdit", this.access.mayEdit(actor, d.projectId()));
		model.addAttribute("people", mayPlan ? this.access.peopleWhoSee(d.projectId()) : List.of());
		return "reporting/deviation";
	}

	@PostMapping("/deviations/{id}/actions")
	String addAction(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String title,
			@RequestParam(required = false) Long ownerId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/deviations/" + id, "reporting.saved.action",
				() -> this.deviations.addAction(actor, id, version, title, ownerId, dueOn));
	}

	@PostMapping("/remediation-actions/{id}/done")
	String done(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long deviationId = this.deviations.action(actor, id).deviationId();
		return this.pages.act(flash, "/deviations/" + deviationId, "reporting.saved.done",
				() -> this.deviations.done(actor, id, version));
	}

	@PostMapping("/deviations/{id}/closure")
	String close(@PathVariable long id, @RequestParam long version, @RequestParam(required = false) String note,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/deviations/" + id, "reporting.saved.closed",
				() -> this.deviations.close(actor, id, version, note));
	}

	// ---- settings

	@GetMapping("/portfolios/{id}/reporting-settings")
	String settingsPage(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		ReportingSettings s = this.settings.of(actor, id);
		model.addAttribute("settings", s);
		model.addAttribute("portfolioId", id);
		model.addAttribute("cadences", Cadence.values());
		model.addAttribute("isPmo", this.access.isPmo(actor));
		return "reporting/settings";
	}

	@PostMapping("/portfolios/{id}/reporting-settings")
	String saveSettings(@PathVariable long id, @RequestParam long version,
			@RequestParam(required = false) Cadence cadence, @RequestParam(required = false) Integer finishSlipDays,
			@RequestParam(required = false) java.math.BigDecimal cpiBelow,
			@RequestParam(required = false) java.math.BigDecimal spiBelow,
			@RequestParam(defaultValue = "false") boolean unansweredHighRisk,
			@RequestParam(defaultValue = "false") boolean reportOverdue, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/portfolios/" + id + "/reporting-settings", "reporting.saved.settings",
				() -> this.settings.change(actor, id, version, new ReportingSettings.Draft(cadence, finishSlipDays,
						cpiBelow, spiBelow, unansweredHighRisk, reportOverdue)));
	}

}
