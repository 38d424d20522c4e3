package org.agilepmo.resources.web;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.resources.internal.LineKind;
import org.agilepmo.resources.internal.TimesheetExport;
import org.agilepmo.resources.internal.TimesheetLine;
import org.agilepmo.resources.internal.TimesheetLineDraft;
import org.agilepmo.resources.internal.TimesheetService;
import org.agilepmo.resources.internal.TimesheetState;
import org.agilepmo.resources.internal.TimesheetView;
import org.agilepmo.resources.internal.WorkCategory;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Weekly timesheets over HTTP: the caller's own weeks, one week with the lines the caller
 * may see, writing, submitting, approving and returning (with If-Match), the weeks
 * waiting for the caller's approval, and the export. A week the caller may not see
 * answers 404; an approved week refuses every change (422).
 */
@RestController
@RequestMapping("/api/v1/timesheets")
@Tag(name = "Timesheets", description = "Weekly hours on projects, activities, backlog items and non-project work")
class TimesheetsApiController {

	private static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private final TimesheetService timesheets;

	private final TimesheetExport export;

	TimesheetsApiController(TimesheetService timesheets, TimesheetExport export) {
		this.timesheets = timesheets;
		this.export = export;
	}

	@GetMapping
	@Operation(summary = "The caller's own weeks, latest first",
			description = "week=YYYY-MM-DD keeps the week containing that day only.")
	ListPage<TimesheetResource> mine(@RequestParam(required = false) LocalDate week,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		List<TimesheetView> weeks = week == null ? this.timesheets.myWeeks(CurrentActor.require())
				: this.timesheets.mine(CurrentActor.require(), week).map(List::of).orElse(List.of());
		return ListPage.of(weeks, page, size, TimesheetResource::of);
	}

	@PostMapping
	@Operation(summary = "Start the caller's week with its lines",
			description = "week is any day of it (weeks start on Monday); each line has kind PROJECT, ACTIVITY or "
					+ "ITEM with ref, or OTHER with category, and hours from Monday to Sunday in quarter hours.")
	ResponseEntity<TimesheetResource> create(@RequestBody NewTimesheetRequest request) {
		TimesheetView view = this.timesheets.create(CurrentActor.require(), request.week(), drafts(request.lines()));
		return ETags.created("/api/v1/timesheets/" + view.id(), TimesheetResource.of(view), view.sheet().version());
	}

	@GetMapping("/approvals")
	@Operation(summary = "Submitted weeks with lines waiting for the caller's approval, oldest first")
	ListPage<TimesheetResource> approvals(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		return ListPage.of(this.timesheets.waitingFor(CurrentActor.require()), page, size, TimesheetResource::of);
	}

	@GetMapping("/export")
	@Operation(summary = "Recorded hours as CSV or XLSX",
			description = "One row per person, day and line between from and to (inclusive), optionally on one "
					+ "project; only the lines the caller may see, amounts only for people whose profile the caller "
					+ "may see.")
	ResponseEntity<byte[]> export(@RequestParam(defaultValue = "xlsx") String format,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) Long projectId) {
		boolean csv = "csv".equalsIgnoreCase(format);
		if (!csv && !"xlsx".equalsIgnoreCase(format)) {
			throw new RuleViolationException("format", "resources.timesheet.error.format", "format is csv or xlsx");
		}
		var actor = CurrentActor.require();
		byte[] body = csv ? this.export.csv(actor, from, to, projectId) : this.export.xlsx(actor, from, to, projectId);
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					"attachment; filename=\"timesheets-" + from + "-" + to + (csv ? ".csv\"" : ".xlsx\""))
			.contentType(csv ? new MediaType("text", "csv", StandardCharsets.UTF_8) : XLSX)
			.body(body);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One week with the lines the caller may see",
			description = "404 when the caller may not see it.")
	ResponseEntity<TimesheetResource> get(@PathVariable long id) {
		return ETags.ok(this.timesheets.get(CurrentActor.require(), id), v -> v.sheet().version(),
				TimesheetResource::of);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change the lines of the caller's week",
			description = "lines, when sent, replace the week's lines. Needs If-Match; refused once submitted or "
					+ "approved.")
	ResponseEntity<TimesheetResource> patch(@PathVariable long id, @RequestBody TimesheetLinePatch patch,
			@IfMatch long version) {
		this.timesheets.revise(CurrentActor.require(), id, version, patch);
		return get(id);
	}

	@PostMapping("/{id}/submit")
	@Operation(summary = "Send the caller's week for approval", description = "Needs If-Match.")
	ResponseEntity<TimesheetResource> submit(@PathVariable long id, @IfMatch long version) {
		this.timesheets.submit(CurrentActor.require(), id, version);
		return get(id);
	}

	@PostMapping("/{id}/approve")
	@Operation(summary = "Approve the lines of the week the caller answers for",
			description = "The project's manager approves its lines, the head of the person's centre the others; the "
					+ "week is approved and locked once every line is. Needs If-Match.")
	ResponseEntity<TimesheetResource> approve(@PathVariable long id, @IfMatch long version) {
		this.timesheets.approve(CurrentActor.require(), id, version);
		return get(id);
	}

	@PostMapping("/{id}/return")
	@Operation(summary = "Return the week to its person with a reason", description = "Needs If-Match.")
	ResponseEntity<TimesheetResource> returnWeek(@PathVariable long id, @RequestBody ReturnRequest request,
			@IfMatch long version) {
		this.timesheets.returnWeek(CurrentActor.require(), id, version, request.reason());
		return get(id);
	}

	static List<TimesheetLineDraft> drafts(List<LineRequest> lines) {
		return lines == null ? List.of()
				: lines.stream()
					.map(l -> l == null ? new TimesheetLineDraft(null, null, null, null)
							: new TimesheetLineDraft(l.kind(), l.ref(), l.category(), l.hours()))
					.toList();
	}

	record NewTimesheetRequest(LocalDate week, List<LineRequest> lines) {
	}

	/** One line as sent: what the hours are on, and the hours from Monday to Sunday. */
	record LineRequest(LineKind kind, Long ref, WorkCategory category, List<BigDecimal> hours) {
	}

	record ReturnRequest(String reason) {
	}

	record LineResource(long id, LineKind kind, Long ref, Long projectId, Long activityId, Long itemId,
			WorkCategory category, String label, List<BigDecimal> hours, BigDecimal total, boolean approved) {

		static LineResource of(TimesheetLine l) {
			return new LineResource(l.id(), l.kind(), l.ref(), l.projectId(), l.activityId(), l.itemId(), l.category(),
					l.label(), l.hours(), l.total(), l.isApproved());
		}

	}

	record TimesheetResource(long id, long version, long personId, LocalDate weekStart, TimesheetState state,
			String returnReason, List<LineResource> lines, List<BigDecimal> dayTotals, BigDecimal total,
			boolean waitingForYou) {

		static TimesheetResource of(TimesheetView v) {
			return new TimesheetResource(v.id(), v.sheet().version(), v.sheet().personId(), v.sheet().weekStart(),
					v.sheet().state(), v.sheet().returnReason(), v.lines().stream().map(LineResource::of).toList(),
					java.util.stream.IntStream.range(0, 7).mapToObj(v::totalOn).toList(), v.total(), v.awaitsMe());
		}

	}

}
