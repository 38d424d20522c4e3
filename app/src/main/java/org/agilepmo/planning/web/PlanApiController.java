package org.agilepmo.planning.web;

import java.io.IOException;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.agilepmo.planning.internal.ActivityView;
import org.agilepmo.planning.internal.DependencyView;
import org.agilepmo.planning.internal.MpxjWriting;
import org.agilepmo.planning.internal.PlanExport;
import org.agilepmo.planning.internal.PlanService;
import org.agilepmo.planning.internal.PlanView;
import org.agilepmo.planning.internal.Rescheduled;
import org.agilepmo.planning.web.PlanResources.ActivityInput;
import org.agilepmo.planning.web.PlanResources.ActivityPage;
import org.agilepmo.planning.web.PlanResources.ActivityResource;
import org.agilepmo.planning.web.PlanResources.BaselineInput;
import org.agilepmo.planning.web.PlanResources.BaselineResource;
import org.agilepmo.planning.web.PlanResources.CalendarResource;
import org.agilepmo.planning.web.PlanResources.DependencyInput;
import org.agilepmo.planning.web.PlanResources.DependencyResource;
import org.agilepmo.planning.web.PlanResources.PlanChange;
import org.agilepmo.planning.web.PlanResources.PlanResource;
import org.agilepmo.planning.web.PlanResources.PlanSettingsInput;
import org.agilepmo.planning.web.PlanResources.ScheduleResource;
import org.agilepmo.planning.web.PlanResources.VarianceResource;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;
import org.agilepmo.planning.internal.BaselineService;
import org.agilepmo.planning.internal.PlanImportService;
import org.agilepmo.planning.internal.PlanLevellingService;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A project's plan over HTTP: the plan, its activities, dependencies, calendars, schedule
 * and baselines, import and export. A project the caller may not see answers 404;
 * changing needs a role that may edit the project (403 otherwise) and, for existing
 * objects, their ETag in If-Match.
 */
@RestController
@RequestMapping("/api/v1/projects/{id}/plan")
@Tag(name = "Planning", description = "WBS, activities, dependencies, calendars, schedule, baselines, MS Project/P6")
class PlanApiController {

	static final int MAX_PAGE = 10_000;

	private final PlanService plans;

	private final BaselineService baselineService;

	private final PlanImportService imports;

	private final PlanExport export;

	private final PlanLevellingService levelling;

	PlanApiController(PlanService plans, BaselineService baselineService, PlanImportService imports, PlanExport export,
			PlanLevellingService levelling) {
		this.levelling = levelling;
		this.export = export;
		this.imports = imports;
		this.baselineService = baselineService;
		this.plans = plans;
	}

	@GetMapping
	@Operation(summary = "The plan and the headline of its schedule", description = "The ETag is the plan's version.")
	ResponseEntity<PlanResource> plan(@PathVariable long id) {
		PlanView plan = this.plans.plan(CurrentActor.require(), id);
		return ETags.ok(PlanResource.of(plan), plan.version());
	}

	@PutMapping
	@Operation(summary = "Change the plan's start, status date and project calendar", description = "Needs If-Match.")
	ResponseEntity<PlanResource> change(@PathVariable long id, @Valid @RequestBody PlanChange change,
			@IfMatch long version) {
		PlanView plan = this.plans.reschedule(CurrentActor.require(), id, version, change.projectStart(),
				change.statusDate(), change.calendarId());
		return ETags.ok(PlanResource.of(plan), plan.version());
	}

	@PostMapping("/levelling")
	@Operation(summary = "Level the plan's resources and keep the result",
			description = "Needs If-Match (the plan's ETag). mode WITHIN_FLOAT keeps the finish, EXTEND_FINISH lets it "
					+ "move; timeLimitMillis 1–60000, default 5000. Levelling starts from the unlevelled schedule; each "
					+ "activity's levelling delay is stored (clock minutes from the start its levelled predecessors "
					+ "allow, as MS Project keeps it) and kept through later edits until DELETE clears it. Answers what "
					+ "moved (with the resources that forced it), the finish before and after, the time used, and per "
					+ "work resource and day the peak units (100 = 100 %) before and after against its capacity; the "
					+ "ETag is the plan's new version.")
	ResponseEntity<LevellingResource> level(@PathVariable long id, @RequestBody LevellingRequest request,
			@IfMatch long version) {
		PlanLevellingService.Levelled levelled = this.levelling.level(CurrentActor.require(), id, version,
				request.mode(), request.timeLimitMillis());
		return ETags.ok(LevellingResource.of(request.mode(), levelled), levelled.plan().version());
	}

	@DeleteMapping("/levelling")
	@Operation(summary = "Clear the plan's levelling", description = "Needs If-Match. Every levelling delay becomes "
			+ "zero, so start and finish are the early dates again; answers the plan with its new ETag.")
	ResponseEntity<PlanResource> clearLevelling(@PathVariable long id, @IfMatch long version) {
		PlanView plan = this.levelling.clear(CurrentActor.require(), id, version);
		return ETags.ok(PlanResource.of(plan), plan.version());
	}

	@PatchMapping
	@Operation(summary = "Change the plan's settings",
			description = "Only the properties sent change: projectStart, statusDate, calendarId, schedulingRules "
					+ "(MICROSOFT_PROJECT or PRIMAVERA: whose rules the schedule follows where the two tools differ) "
					+ "and progressedActivities (RETAINED_LOGIC or PROGRESS_OVERRIDE, P6's setting for activities "
					+ "that started out of sequence). Needs If-Match; the plan is rescheduled.")
	ResponseEntity<PlanResource> changeSettings(@PathVariable long id, @RequestBody PlanSettingsInput input,
			@IfMatch long version) {
		PlanView plan = this.plans.changeSettings(CurrentActor.require(), id, version, input);
		return ETags.ok(PlanResource.of(plan), plan.version());
	}

	@GetMapping("/schedule")
	@Operation(summary = "The schedule: every activity's dates, floats and criticality, with the plan's headline")
	ResponseEntity<ScheduleResource> schedule(@PathVariable long id) {
		PlanView plan = this.plans.plan(CurrentActor.require(), id);
		return ETags.ok(new ScheduleResource(PlanResource.of(plan),
				plan.activities().stream().map(ActivityResource::of).toList()), plan.version());
	}

	// ---- activities

	@GetMapping("/activities")
	@Operation(summary = "The activities in WBS order with their schedule",
			description = "Dates are ISO date-times in the project's local time; floats are working minutes "
					+ "(and ISO durations of working time). size is at most 10000.")
	ActivityPage activities(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "1000") int size) {
		if (page < 0) {
			throw new RuleViolationException("page", "planning.error.page", "page must not be negative");
		}
		if (size < 1 || size > MAX_PAGE) {
			throw new RuleViolationException("size", "planning.error.size", "size must be 1 to " + MAX_PAGE);
		}
		return ActivityPage.of(this.plans.plan(CurrentActor.require(), id).activities(), page, size);
	}

	@PostMapping("/activities")
	@Operation(summary = "Add an activity", description = "Answers 201 with Location and ETag.")
	ResponseEntity<ActivityResource> addActivity(@PathVariable long id, @RequestBody ActivityInput input) {
		ActivityView created = this.plans.addActivity(CurrentActor.require(), id, input.toDraft(), input);
		return ETags.created("/api/v1/projects/" + id + "/plan/activities/" + created.id(),
				ActivityResource.of(created), created.version());
	}

	@GetMapping("/activities/{activityId}")
	@Operation(summary = "One activity with its schedule")
	ResponseEntity<ActivityResource> activity(@PathVariable long id, @PathVariable long activityId) {
		ActivityView activity = this.plans.activity(CurrentActor.require(), id, activityId);
		return ETags.ok(ActivityResource.of(activity), activity.version());
	}

	@PatchMapping("/activities/{activityId}")
	@Operation(summary = "Change an activity",
			description = "Only the properties sent change. Needs If-Match. With answer=changes the answer is the "
					+ "activity, the plan's new version and finish, and every activity whose row changed with it "
					+ "(dates, floats, criticality), so that a client can update what it shows without reading the "
					+ "plan again.")
	ResponseEntity<?> editActivity(@PathVariable long id, @PathVariable long activityId,
			@RequestBody ActivityInput input, @IfMatch long version, @RequestParam(required = false) String answer) {
		Rescheduled rescheduled = this.plans.reviseActivity(CurrentActor.require(), id, activityId, version, input);
		ActivityView changed = rescheduled.plan().activity(activityId);
		if ("changes".equals(answer)) {
			return ETags.ok(new RescheduledResource(ActivityResource.of(changed), rescheduled.plan().version(),
					rescheduled.plan().projectFinish(),
					rescheduled.changed().stream().map(ActivityResource::of).toList()), changed.version());
		}
		return ETags.ok(ActivityResource.of(changed), changed.version());
	}

	/**
	 * An activity changed, with the plan's new version and finish and the rows that
	 * moved.
	 */
	record RescheduledResource(ActivityResource activity, long planVersion, java.time.LocalDateTime projectFinish,
			List<ActivityResource> changed) {
	}

	@DeleteMapping("/activities/{activityId}")
	@Operation(summary = "Remove an activity and its dependencies", description = "Needs If-Match.")
	ResponseEntity<Void> deleteActivity(@PathVariable long id, @PathVariable long activityId, @IfMatch long version) {
		this.plans.deleteActivity(CurrentActor.require(), id, activityId, version);
		return ResponseEntity.noContent().build();
	}

	// ---- dependencies

	@GetMapping("/dependencies")
	@Operation(summary = "The dependencies of the plan")
	List<DependencyResource> dependencies(@PathVariable long id) {
		return this.plans.plan(CurrentActor.require(), id).dependencies().stream().map(DependencyResource::of).toList();
	}

	@PostMapping("/dependencies")
	@Operation(summary = "Link two activities",
			description = "A link that closes a loop is refused with a problem naming the activities of the loop.")
	ResponseEntity<DependencyResource> addDependency(@PathVariable long id, @RequestBody DependencyInput input) {
		if (input.predecessorId() == null) {
			throw new RuleViolationException("predecessorId", "planning.error.required", "predecessorId is required");
		}
		if (input.successorId() == null) {
			throw new RuleViolationException("successorId", "planning.error.required", "successorId is required");
		}
		DependencyView created = this.plans.addDependency(CurrentActor.require(), id, input.predecessorId(),
				input.successorId(), input.linkType(), input.lag());
		return ETags.created("/api/v1/projects/" + id + "/plan/dependencies/" + created.id(),
				DependencyResource.of(created), created.version());
	}

	@GetMapping("/dependencies/{dependencyId}")
	@Operation(summary = "One dependency")
	ResponseEntity<DependencyResource> dependency(@PathVariable long id, @PathVariable long dependencyId) {
		DependencyView dependency = this.plans.dependency(CurrentActor.require(), id, dependencyId);
		return ETags.ok(DependencyResource.of(dependency), dependency.version());
	}

	@PatchMapping("/dependencies/{dependencyId}")
	@Operation(summary = "Change a dependency's type or lag",
			description = "Type and lag are replaced as sent (FINISH_START and no lag when left out). Needs If-Match.")
	ResponseEntity<DependencyResource> editDependency(@PathVariable long id, @PathVariable long dependencyId,
			@RequestBody DependencyInput input, @IfMatch long version) {
		Actor actor = CurrentActor.require();
		DependencyView current = this.plans.dependency(actor, id, dependencyId);
		DependencyView changed = this.plans.editDependency(actor, id, dependencyId, version,
				(input.type() != null) ? input.type() : current.type(), input.lag());
		return ETags.ok(DependencyResource.of(changed), changed.version());
	}

	@DeleteMapping("/dependencies/{dependencyId}")
	@Operation(summary = "Remove a dependency", description = "Needs If-Match.")
	ResponseEntity<Void> deleteDependency(@PathVariable long id, @PathVariable long dependencyId,
			@IfMatch long version) {
		this.plans.deleteDependency(CurrentActor.require(), id, dependencyId, version);
		return ResponseEntity.noContent().build();
	}

	// ---- calendars

	@GetMapping("/calendars")
	@Operation(summary = "The plan's working calendars")
	List<CalendarResource> calendars(@PathVariable long id) {
		return this.plans.plan(CurrentActor.require(), id).calendars().stream().map(CalendarResource::of).toList();
	}

	@PostMapping("/calendars")
	@Operation(summary = "Add a working calendar")
	ResponseEntity<CalendarResource> addCalendar(@PathVariable long id, @RequestBody CalendarResource input) {
		var created = this.plans.addCalendar(CurrentActor.require(), id, input.toDraft());
		return ETags.created("/api/v1/projects/" + id + "/plan/calendars/" + created.id(), CalendarResource.of(created),
				created.version());
	}

	@PutMapping("/calendars/{calendarId}")
	@Operation(summary = "Replace a calendar's week and exceptions", description = "Needs If-Match.")
	ResponseEntity<CalendarResource> editCalendar(@PathVariable long id, @PathVariable long calendarId,
			@RequestBody CalendarResource input, @IfMatch long version) {
		var changed = this.plans.editCalendar(CurrentActor.require(), id, calendarId, version, input.toDraft());
		return ETags.ok(CalendarResource.of(changed), changed.version());
	}

	// ---- baselines

	@GetMapping("/baselines")
	@Operation(summary = "The saved baselines, oldest first")
	List<BaselineResource> baselines(@PathVariable long id) {
		return this.baselineService.baselines(CurrentActor.require(), id).stream().map(BaselineResource::of).toList();
	}

	@PostMapping("/baselines")
	@Operation(summary = "Save the current schedule as a baseline",
			description = "Saving under an existing name replaces that baseline.")
	ResponseEntity<BaselineResource> saveBaseline(@PathVariable long id, @RequestBody BaselineInput input) {
		var saved = this.baselineService.saveBaseline(CurrentActor.require(), id, input.name());
		return ResponseEntity.status(201).body(BaselineResource.of(saved));
	}

	@GetMapping("/baselines/{name}/variance")
	@Operation(summary = "Start, finish and duration variance of every activity against a baseline")
	List<VarianceResource> variance(@PathVariable long id, @PathVariable String name) {
		return this.baselineService.variance(CurrentActor.require(), id, name)
			.stream()
			.map(VarianceResource::of)
			.toList();
	}

	// ---- exchange

	@PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@Operation(summary = "Replace the plan with an MS Project (XML, MPP, MPX) or Primavera (XER, PMXML) file",
			description = "All or nothing: a file that cannot be read changes nothing and the problem names the "
					+ "element at fault. Each activity keeps the file's task unique ID as externalId.")
	ResponseEntity<PlanResource> importFile(@PathVariable long id, @RequestPart("file") MultipartFile file)
			throws IOException {
		Actor actor = CurrentActor.require();
		PlanView plan = PlanImports.importInto(this.plans, this.imports, actor, id, file.getOriginalFilename(),
				PlanImports.upload(file));
		return ETags.ok(PlanResource.of(plan), plan.version());
	}

	@PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "The same import for clients that cannot send multipart: the file as base64",
			description = "Body: {\"fileName\": \"plan.xml\", \"content\": \"<base64>\"}.")
	ResponseEntity<PlanResource> importBase64(@PathVariable long id, @RequestBody FileUpload upload) {
		byte[] content = PlanImports.decodeBase64(upload.content());
		PlanView plan = PlanImports.importInto(this.plans, this.imports, CurrentActor.require(), id, upload.fileName(),
				content);
		return ETags.ok(PlanResource.of(plan), plan.version());
	}

	/** A file sent inside JSON. */
	record FileUpload(String fileName, String content) {
	}

	@GetMapping("/export")
	@Operation(summary = "Download the plan as MS Project XML (format=MSPDI) or Primavera XER (format=XER)",
			description = "With its resources and assignments. Written to the answer as it is produced, whatever "
					+ "the plan's size.")
	void export(@PathVariable long id, @RequestParam(defaultValue = "MSPDI") String format,
			jakarta.servlet.http.HttpServletResponse response) throws IOException {
		MpxjWriting.Format chosen = PlanResources.exportFormat(format);
		PlanExport.Exported exported = this.export.read(CurrentActor.require(), id);
		PlanView plan = exported.plan();
		response.setContentType(chosen.mediaType());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename(plan.projectCode() + "-plan." + chosen.extension())
					.build()
					.toString());
		java.io.OutputStream out = new java.io.BufferedOutputStream(response.getOutputStream(), 64 * 1024);
		MpxjWriting.write(plan, exported.staffing(), chosen, out);
		out.flush();
	}

}
