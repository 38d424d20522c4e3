package org.agilepmo.planning.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.planning.PlanResources.Assignment;
import org.agilepmo.planning.PlanResources.Resource;
import org.agilepmo.planning.internal.PlanResourceService;
import org.agilepmo.planning.web.StaffingInputs.AssignmentInput;
import org.agilepmo.planning.web.StaffingInputs.ResourceInput;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A plan's resources and assignments over HTTP, read as the plan is read and changed as
 * the plan is changed: a project the caller may not see answers 404, changing needs a
 * role that may edit the project (403 otherwise) and, for existing resources and
 * assignments, their ETag in If-Match. Units are decimals where 1.0 is 100 %; work is in
 * minutes; external IDs are strings (the file's unique IDs).
 */
@RestController
@RequestMapping("/api/v1/projects/{id}/plan")
@Tag(name = "Planning", description = "WBS, activities, dependencies, calendars, schedule, baselines, MS Project/P6")
class PlanResourceApiController {

	private final PlanResourceService staffing;

	PlanResourceApiController(PlanResourceService staffing) {
		this.staffing = staffing;
	}

	// ---- resources

	@GetMapping("/resources")
	@Operation(summary = "The plan's resources, by external ID",
			description = "externalId is the file's resource unique ID as a string (MS Project's UID, P6's rsrc_id), "
					+ "or the next free number for a resource added here; maxUnits 1.0 = 100 %; type WORK, "
					+ "MATERIAL or COST.")
	List<Resource> resources(@PathVariable long id) {
		return this.staffing.staffing(CurrentActor.require(), id).resources();
	}

	@PostMapping("/resources")
	@Operation(summary = "Add a resource",
			description = "name is required; a work resource at maxUnits 1.0 numbered after the others unless the "
					+ "body says otherwise. Answers 201 with Location and ETag.")
	ResponseEntity<Resource> addResource(@PathVariable long id, @RequestBody ResourceInput input) {
		Resource created = this.staffing.addResource(CurrentActor.require(), id, input.toDraft());
		return ETags.created("/api/v1/projects/" + id + "/plan/resources/" + created.id(), created, created.version());
	}

	@GetMapping("/resources/{resourceId}")
	@Operation(summary = "One resource")
	ResponseEntity<Resource> resource(@PathVariable long id, @PathVariable long resourceId) {
		Resource resource = this.staffing.resource(CurrentActor.require(), id, resourceId);
		return ETags.ok(resource, resource.version());
	}

	@PatchMapping("/resources/{resourceId}")
	@Operation(summary = "Change a resource", description = "Only the properties sent change. Needs If-Match.")
	ResponseEntity<Resource> editResource(@PathVariable long id, @PathVariable long resourceId,
			@RequestBody ResourceInput input, @IfMatch long version) {
		Resource changed = this.staffing.editResource(CurrentActor.require(), id, resourceId, version, input);
		return ETags.ok(changed, changed.version());
	}

	@DeleteMapping("/resources/{resourceId}")
	@Operation(summary = "Remove a resource and its assignments", description = "Needs If-Match.")
	ResponseEntity<Void> deleteResource(@PathVariable long id, @PathVariable long resourceId, @IfMatch long version) {
		this.staffing.deleteResource(CurrentActor.require(), id, resourceId, version);
		return ResponseEntity.noContent().build();
	}

	// ---- assignments

	@GetMapping("/assignments")
	@Operation(summary = "The plan's assignments, in the order of the activities",
			description = "activityExternalId is the activity's external ID (the file's task unique ID), "
					+ "resourceExternalId the resource's; units 1.0 = 100 %; work in minutes.")
	List<Assignment> assignments(@PathVariable long id) {
		return this.staffing.staffing(CurrentActor.require(), id).assignments();
	}

	@PostMapping("/assignments")
	@Operation(summary = "Assign a resource to an activity",
			description = "activityId and resourceId are required; units 1.0 and, for a work resource, the "
					+ "activity's duration times the units as work unless the body says otherwise. Answers 201 with "
					+ "Location and ETag.")
	ResponseEntity<Assignment> addAssignment(@PathVariable long id, @RequestBody AssignmentInput input) {
		Assignment created = this.staffing.addAssignment(CurrentActor.require(), id, input.toDraft());
		return ETags.created("/api/v1/projects/" + id + "/plan/assignments/" + created.id(), created,
				created.version());
	}

	@GetMapping("/assignments/{assignmentId}")
	@Operation(summary = "One assignment")
	ResponseEntity<Assignment> assignment(@PathVariable long id, @PathVariable long assignmentId) {
		Assignment assignment = this.staffing.assignment(CurrentActor.require(), id, assignmentId);
		return ETags.ok(assignment, assignment.version());
	}

	@PatchMapping("/assignments/{assignmentId}")
	@Operation(summary = "Change an assignment", description = "Only the properties sent change. Needs If-Match.")
	ResponseEntity<Assignment> editAssignment(@PathVariable long id, @PathVariable long assignmentId,
			@RequestBody AssignmentInput input, @IfMatch long version) {
		Assignment changed = this.staffing.editAssignment(CurrentActor.require(), id, assignmentId, version, input);
		return ETags.ok(changed, changed.version());
	}

	@DeleteMapping("/assignments/{assignmentId}")
	@Operation(summary = "Remove an assignment", description = "Needs If-Match.")
	ResponseEntity<Void> deleteAssignment(@PathVariable long id, @PathVariable long assignmentId,
			@IfMatch long version) {
		this.staffing.deleteAssignment(CurrentActor.require(), id, assignmentId, version);
		return ResponseEntity.noContent().build();
	}

}
