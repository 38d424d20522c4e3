package org.agilepmo.portfolio.web;

import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.portfolio.internal.ProjectFilter;
import org.agilepmo.portfolio.internal.ProjectService;
import org.agilepmo.portfolio.internal.ProjectView;
import org.agilepmo.portfolio.web.ProjectResources.HealthRequest;
import org.agilepmo.portfolio.web.ProjectResources.MemberRequest;
import org.agilepmo.portfolio.web.ProjectResources.MemberResource;
import org.agilepmo.portfolio.web.ProjectResources.NewProject;
import org.agilepmo.portfolio.web.ProjectResources.ProjectResource;
import org.agilepmo.portfolio.web.ProjectResources.StageChangeResource;
import org.agilepmo.portfolio.web.ProjectResources.StageRequest;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
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
 * Projects over HTTP. A project the caller may not see answers 404 everywhere; one they
 * may see but not change answers 403 to a change. Changes need the ETag in If-Match.
 */
@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Projects, their lifecycle stage, health and members")
class ProjectApiController {

	static final Set<String> SORTABLE = Set.of("code", "name", "stage", "type", "methodology", "classification",
			"health", "plannedStart", "plannedFinish", "createdAt", "updatedAt");

	private final ProjectService projects;

	ProjectApiController(ProjectService projects) {
		this.projects = projects;
	}

	@GetMapping
	@Operation(summary = "List the projects the caller may see",
			description = "Filters combine; q searches code, name and description ignoring case. "
					+ "sort is property[,asc|desc]; size is at most 200.")
	PageResponse<ProjectResource> list(@RequestParam(required = false) Long portfolio,
			@RequestParam(required = false) Long programme, @RequestParam(required = false) Stage stage,
			@RequestParam(required = false) ProjectType type, @RequestParam(required = false) Methodology methodology,
			@RequestParam(required = false) Classification classification,
			@RequestParam(required = false) Health health, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String q,
			@Parameter(description = "property[,asc|desc]; code, name, stage, type, methodology, classification, "
					+ "health, plannedStart, plannedFinish, createdAt or updatedAt") @RequestParam(
							required = false) String sort,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
		ProjectFilter filter = new ProjectFilter(portfolio, programme, stage, type, methodology, classification, health,
				tag, q);
		return PageResponse.of(this.projects.search(CurrentActor.require(), filter,
				Sorting.pageable(page, size, sort, SORTABLE, "code")), ProjectResource::of);
	}

	@PostMapping
	@Operation(summary = "Create a project",
			description = "Administrators, PMO officers and managers of the target portfolio. Answers 201 with Location and ETag.")
	ResponseEntity<ProjectResource> create(@Valid @RequestBody NewProject request) {
		ProjectView created = this.projects.create(CurrentActor.require(), request.toDraft());
		return ETags.created("/api/v1/projects/" + created.id(), ProjectResource.of(created), created.version());
	}

	@GetMapping("/{id}")
	@Operation(summary = "Get one project", description = "404 when it does not exist or the caller may not see it.")
	ResponseEntity<ProjectResource> get(@PathVariable long id) {
		return ETags.ok(this.projects.get(CurrentActor.require(), id), ProjectView::version, ProjectResource::of);
	}

	@PatchMapping("/{id}")
	@Operation(summary = "Change a project's fields",
			description = "Needs If-Match with the project's ETag (428 without, 412 when stale).")
	ResponseEntity<ProjectResource> patch(@PathVariable long id, @Valid @RequestBody ProjectPatch patch,
			@IfMatch long version) {
		return ETags.ok(this.projects.edit(CurrentActor.require(), id, version, patch), ProjectView::version,
				ProjectResource::of);
	}

	@PostMapping("/{id}/stage")
	@Operation(summary = "Move a project to another lifecycle stage",
			description = "Only one of allowedNextStages; a reason is required. Needs If-Match.")
	ResponseEntity<ProjectResource> changeStage(@PathVariable long id, @Valid @RequestBody StageRequest request,
			@IfMatch long version) {
		return ETags.ok(
				this.projects.changeStage(CurrentActor.require(), id, version, request.stage(), request.reason()),
				ProjectView::version, ProjectResource::of);
	}

	@PostMapping("/{id}/health")
	@Operation(summary = "Report a project's health", description = "AMBER and RED need a reason. Needs If-Match.")
	ResponseEntity<ProjectResource> changeHealth(@PathVariable long id, @Valid @RequestBody HealthRequest request,
			@IfMatch long version) {
		return ETags.ok(
				this.projects.changeHealth(CurrentActor.require(), id, version, request.health(), request.reason()),
				ProjectView::version, ProjectResource::of);
	}

	@GetMapping("/{id}/stage-history")
	@Operation(summary = "A project's stage changes, oldest first")
	List<StageChangeResource> history(@PathVariable long id) {
		return this.projects.history(CurrentActor.require(), id).stream().map(StageChangeResource::of).toList();
	}

	@GetMapping("/{id}/members")
	@Operation(summary = "The people holding a role on a project",
			description = "The ETag is the project's version, to send back when changing members.")
	ResponseEntity<List<MemberResource>> members(@PathVariable long id) {
		return ETags.ok(this.projects.get(CurrentActor.require(), id), ProjectView::version, MemberResource::of);
	}

	@PutMapping("/{id}/members/{personId}")
	@Operation(summary = "Give a person a role on a project",
			description = "Idempotent. Needs If-Match with the project's ETag.")
	ResponseEntity<List<MemberResource>> grant(@PathVariable long id, @PathVariable long personId,
			@Valid @RequestBody MemberRequest request, @IfMatch long version) {
		return ETags.ok(this.projects.grant(CurrentActor.require(), id, version, personId, request.role()),
				ProjectView::version, MemberResource::of);
	}

	@DeleteMapping("/{id}/members/{personId}")
	@Operation(summary = "Take a person's role (or all their roles) on a project away",
			description = "Roles that follow the manager, sponsor or business owner field are changed through that field. Needs If-Match.")
	ResponseEntity<List<MemberResource>> revoke(@PathVariable long id, @PathVariable long personId,
			@RequestParam(required = false) ProjectRole role, @IfMatch long version) {
		return ETags.ok(this.projects.revoke(CurrentActor.require(), id, version, personId, role), ProjectView::version,
				MemberResource::of);
	}

}
