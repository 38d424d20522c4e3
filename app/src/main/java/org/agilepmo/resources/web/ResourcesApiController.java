package org.agilepmo.resources.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.resources.internal.Allocation;
import org.agilepmo.resources.internal.AllocationService;
import org.agilepmo.resources.internal.CostRate;
import org.agilepmo.resources.internal.Holiday;
import org.agilepmo.resources.internal.LanguageLevel;
import org.agilepmo.resources.internal.Leave;
import org.agilepmo.resources.internal.LoadKind;
import org.agilepmo.resources.internal.ProfileDraft;
import org.agilepmo.resources.internal.Resource;
import org.agilepmo.resources.internal.ResourceKind;
import org.agilepmo.resources.internal.ResourceService;
import org.agilepmo.resources.internal.ResourceView;
import org.agilepmo.resources.internal.ResourceViews;
import org.agilepmo.resources.internal.Skill;
import org.agilepmo.resources.internal.Target;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Resource profiles, skills, languages, rates, leave, allocations, the skill catalogue,
 * public holidays and the centres' heads over HTTP. A resource the caller may not see
 * answers 404; changes of a profile or an allocation need its ETag in If-Match.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Resources", description = "People as resources, skills, rates, working pattern and allocations")
class ResourcesApiController {

	private final ResourceService resources;

	private final ResourceViews views;

	private final AllocationService allocations;

	ResourcesApiController(ResourceService resources, ResourceViews views, AllocationService allocations) {
		this.resources = resources;
		this.views = views;
		this.allocations = allocations;
	}

	@GetMapping("/resources")
	@Operation(summary = "The resources the caller may see, by name",
			description = "Themselves, the people of the centres they head, or everyone for portfolio-wide roles.")
	ListPage<ResourceResource> list(@RequestParam(required = false) Long centreId,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		return ListPage.of(this.views.list(CurrentActor.require(), centreId), page, size, ResourceResource::of);
	}

	@PostMapping("/resources")
	@Operation(summary = "Give a person a resource profile, or add a generic role or a facility",
			description = "kind PERSON needs personId; ROLE needs skillId and level; FACILITY a name and a weekly "
					+ "capacity. The PMO or the head of the centre named.")
	ResponseEntity<ResourceResource> create(@RequestBody NewResourceRequest request) {
		ProfileDraft draft = request.draft();
		Resource created = switch (request.kind() == null ? ResourceKind.PERSON : request.kind()) {
			case PERSON ->
				this.resources.createPerson(CurrentActor.require(), required("personId", request.personId()), draft);
			case ROLE -> this.resources.createRole(CurrentActor.require(), required("skillId", request.skillId()),
					request.level() == null ? 0 : request.level(), draft);
			case FACILITY -> this.resources.createFacility(CurrentActor.require(), draft);
		};
		ResourceView view = this.views.get(CurrentActor.require(), created.id());
		return ETags.created("/api/v1/resources/" + view.id(), ResourceResource.of(view), view.version());
	}

	@GetMapping("/resources/{id}")
	@Operation(summary = "One resource's profile", description = "404 when the caller may not see it.")
	ResponseEntity<ResourceResource> get(@PathVariable long id) {
		return ETags.ok(this.views.get(CurrentActor.require(), id), ResourceView::version, ResourceResource::of);
	}

	@PatchMapping("/resources/{id}")
	@Operation(summary = "Change centre, country and working pattern",
			description = "Fields sent replace, others stay. Needs If-Match.")
	ResponseEntity<ResourceResource> patch(@PathVariable long id, @RequestBody ProfilePatch patch,
			@IfMatch long version) {
		this.resources.revise(CurrentActor.require(), id, version, patch);
		return get(id);
	}

	@PutMapping("/resources/{id}/skills/{skillId}")
	@Operation(summary = "Set a skill's proficiency, 1 to 5")
	ResponseEntity<ResourceResource> rateSkill(@PathVariable long id, @PathVariable long skillId,
			@RequestBody LevelRequest request) {
		this.resources.rateSkill(CurrentActor.require(), id, skillId,
				request.proficiency() == null ? 0 : request.proficiency());
		return get(id);
	}

	@DeleteMapping("/resources/{id}/skills/{skillId}")
	@Operation(summary = "Remove a skill from the profile")
	ResponseEntity<ResourceResource> removeSkill(@PathVariable long id, @PathVariable long skillId) {
		this.resources.removeSkill(CurrentActor.require(), id, skillId);
		return get(id);
	}

	@PutMapping("/resources/{id}/languages/{language}")
	@Operation(summary = "Set a language's level (A1 to C2)")
	ResponseEntity<ResourceResource> rateLanguage(@PathVariable long id, @PathVariable String language,
			@RequestBody LevelRequest request) {
		this.resources.rateLanguage(CurrentActor.require(), id, language, request.level());
		return get(id);
	}

	@DeleteMapping("/resources/{id}/languages/{language}")
	@Operation(summary = "Remove a language from the profile")
	ResponseEntity<ResourceResource> removeLanguage(@PathVariable long id, @PathVariable String language) {
		this.resources.removeLanguage(CurrentActor.require(), id, language);
		return get(id);
	}

	@PostMapping("/resources/{id}/rates")
	@Operation(summary = "Add an hourly cost rate from a day on",
			description = "An open-ended earlier rate ends the day before; other overlaps are refused.")
	ResponseEntity<RateResource> addRate(@PathVariable long id, @RequestBody RateRequest request) {
		CostRate rate = this.resources.addRate(CurrentActor.require(), id, request.amount(), request.currency(),
				request.validFrom(), request.validTo());
		return ResponseEntity.status(201).body(RateResource.of(rate));
	}

	@PostMapping("/resources/{id}/leave")
	@Operation(summary = "Record days away (leave, training, mission)")
	ResponseEntity<LeaveResource> addLeave(@PathVariable long id, @RequestBody LeaveRequest request) {
		Leave leave = this.resources.addLeave(CurrentActor.require(), id, request.firstDay(), request.lastDay(),
				request.reason());
		return ResponseEntity.status(201).body(LeaveResource.of(leave));
	}

	@DeleteMapping("/resources/{id}/leave/{leaveId}")
	@Operation(summary = "Remove days away")
	ResponseEntity<Void> removeLeave(@PathVariable long id, @PathVariable long leaveId) {
		this.resources.removeLeave(CurrentActor.require(), id, leaveId);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/resources/{id}/allocations")
	@Operation(summary = "The resource's allocations", description = "Only to projects the caller may see.")
	List<AllocationResource> allocationsOf(@PathVariable long id) {
		return this.allocations.of(CurrentActor.require(), id).stream().map(AllocationResource::of).toList();
	}

	@PostMapping("/allocations")
	@Operation(summary = "Allocate a resource to a project or a squad for a period",
			description = "The PMO or the head of the resource's centre; a person whose screening does not clear "
					+ "the project's classification is refused.")
	ResponseEntity<AllocationResource> allocate(@RequestBody AllocationRequest request) {
		Allocation a = this.allocations.allocate(CurrentActor.require(), required("resourceId", request.resourceId()),
				Target.of(request.projectId(), request.squadId()), request.firstDay(), request.lastDay(),
				request.loadKind(), request.loadValue());
		return ETags.created("/api/v1/allocations/" + a.id(), AllocationResource.of(a), a.version());
	}

	@GetMapping("/allocations/{id}")
	@Operation(summary = "One allocation", description = "404 when the caller may not see it or its project.")
	ResponseEntity<AllocationResource> allocation(@PathVariable long id) {
		Allocation a = this.allocations.visible(CurrentActor.require(), id);
		return ETags.ok(AllocationResource.of(a), a.version());
	}

	@PutMapping("/allocations/{id}")
	@Operation(summary = "Change an allocation's period and load", description = "Needs If-Match.")
	ResponseEntity<AllocationResource> revise(@PathVariable long id, @RequestBody AllocationRequest request,
			@IfMatch long version) {
		Allocation a = this.allocations.revise(CurrentActor.require(), id, version, request.firstDay(),
				request.lastDay(), request.loadKind(), request.loadValue());
		return ETags.ok(AllocationResource.of(a), a.version());
	}

	@DeleteMapping("/allocations/{id}")
	@Operation(summary = "Remove an allocation", description = "Needs If-Match.")
	ResponseEntity<Void> remove(@PathVariable long id, @IfMatch long version) {
		this.allocations.remove(CurrentActor.require(), id, version);
		return ResponseEntity.noContent().build();
	}

	@GetMapping("/skills")
	@Operation(summary = "The skill catalogue, by name")
	List<SkillResource> skills() {
		return this.resources.skills().stream().map(SkillResource::of).toList();
	}

	@PostMapping("/skills")
	@Operation(summary = "Add a skill to the catalogue", description = "The PMO and the centres' heads.")
	ResponseEntity<SkillResource> defineSkill(@RequestBody SkillResource request) {
		Skill skill = this.resources.defineSkill(CurrentActor.require(), request.code(), request.name());
		return ETags.created("/api/v1/skills/" + skill.id(), SkillResource.of(skill), skill.version());
	}

	@GetMapping("/holidays")
	@Operation(summary = "The public holidays of a country, by day")
	List<HolidayResource> holidays(@RequestParam String country) {
		return this.resources.holidays(country).stream().map(HolidayResource::of).toList();
	}

	@PostMapping("/holidays")
	@Operation(summary = "Add a public holiday of a country", description = "The PMO.")
	ResponseEntity<HolidayResource> addHoliday(@RequestBody HolidayResource request) {
		Holiday h = this.resources.addHoliday(CurrentActor.require(), request.country(), request.day(), request.name());
		return ResponseEntity.status(201).body(HolidayResource.of(h));
	}

	@PutMapping("/competency-centres/{unitId}/head")
	@Operation(summary = "Name the head of a competency centre", description = "Administrators.")
	CentreResource nameHead(@PathVariable long unitId, @RequestBody HeadRequest request) {
		return new CentreResource(unitId,
				this.resources.nameHead(CurrentActor.require(), unitId, request.personId()).headPersonId());
	}

	private static long required(String field, Long value) {
		if (value == null) {
			throw new RuleViolationException(field, "resources.error.required", field + " is required");
		}
		return value;
	}

	record NewResourceRequest(ResourceKind kind, Long personId, Long skillId, Integer level, String name,
			Long centreUnitId, String country, BigDecimal hoursPerDay, String workingDays, Integer partTimePercent,
			BigDecimal weeklyCapacityHours) {

		ProfileDraft draft() {
			return new ProfileDraft(this.name, this.centreUnitId, this.country == null ? "ZZ" : this.country,
					this.hoursPerDay == null ? BigDecimal.valueOf(8) : this.hoursPerDay,
					this.workingDays == null ? "1111100" : this.workingDays,
					this.partTimePercent == null ? 100 : this.partTimePercent, this.weeklyCapacityHours);
		}

	}

	record LevelRequest(Integer proficiency, LanguageLevel level) {
	}

	record RateRequest(BigDecimal amount, String currency, LocalDate validFrom, LocalDate validTo) {
	}

	record LeaveRequest(LocalDate firstDay, LocalDate lastDay, String reason) {
	}

	record AllocationRequest(Long resourceId, Long projectId, Long squadId, LocalDate firstDay, LocalDate lastDay,
			LoadKind loadKind, BigDecimal loadValue) {
	}

	record HeadRequest(Long personId) {
	}

	record CentreResource(long unitId, Long headPersonId) {
	}

	record SkillResource(Long id, String code, String name) {

		static SkillResource of(Skill s) {
			return new SkillResource(s.id(), s.code(), s.name());
		}

	}

	record HolidayResource(String country, LocalDate day, String name) {

		static HolidayResource of(Holiday h) {
			return new HolidayResource(h.country(), h.day(), h.name());
		}

	}

	record RateResource(long id, BigDecimal amount, String currency, LocalDate validFrom, LocalDate validTo) {

		static RateResource of(CostRate r) {
			return new RateResource(r.id(), r.amount(), r.currency(), r.validFrom(), r.validTo());
		}

	}

	record LeaveResource(long id, LocalDate firstDay, LocalDate lastDay, String reason) {

		static LeaveResource of(Leave l) {
			return new LeaveResource(l.id(), l.firstDay(), l.lastDay(), l.reason());
		}

	}

	record AllocationResource(long id, long version, long resourceId, Long projectId, Long squadId, LocalDate firstDay,
			LocalDate lastDay, LoadKind loadKind, BigDecimal loadValue, Long requestId) {

		static AllocationResource of(Allocation a) {
			return new AllocationResource(a.id(), a.version(), a.resourceId(), a.projectId(), a.squadId(), a.firstDay(),
					a.lastDay(), a.loadKind(), a.loadValue(), a.requestId());
		}

	}

	record SkillLevel(long skillId, String code, String name, int proficiency) {
	}

	record LanguageResource(String language, LanguageLevel level) {
	}

	record ResourceResource(long id, long version, ResourceKind kind, Long personId, String name,
			ScreeningLevel screening, Long centreUnitId, String centreName, String country, BigDecimal hoursPerDay,
			String workingDays, int partTimePercent, BigDecimal weeklyCapacityHours, List<SkillLevel> skills,
			List<LanguageResource> languages, List<RateResource> rates, List<LeaveResource> leave) {

		static ResourceResource of(ResourceView v) {
			Resource r = v.resource();
			return new ResourceResource(r.id(), r.version(), r.kind(), r.personId(), v.name(), v.screening(),
					r.centreUnitId(), v.centreName(), r.country(), r.hoursPerDay(), r.workingDays(),
					r.partTimePercent(), r.weeklyCapacityHours(),
					v.skills()
						.stream()
						.map(s -> new SkillLevel(s.skillId(), s.code(), s.name(), s.proficiency()))
						.toList(),
					v.languages().stream().map(l -> new LanguageResource(l.language(), l.level())).toList(),
					v.rates().stream().map(RateResource::of).toList(),
					v.leave().stream().map(LeaveResource::of).toList());
		}

	}

}
