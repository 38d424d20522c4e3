package org.agilepmo.planning.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.planning.internal.CorrelationDraft;
import org.agilepmo.planning.internal.CorrelationGroupService;
import org.agilepmo.planning.internal.CorrelationGroupService.CorrelationGroupView;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;
import org.agilepmo.web.Patch;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The correlation groups of a project's plan: activities whose durations rise and fall
 * together in a schedule risk analysis, every pair with the group's rank correlation
 * coefficient. Read under the project's rule; changed by those who may change the plan,
 * with the group's ETag in If-Match.
 */
@RestController
@Tag(name = "Schedule risk analysis", description = "Monte Carlo runs of a project's plan")
class CorrelationGroupApiController {

	private final CorrelationGroupService groups;

	CorrelationGroupApiController(CorrelationGroupService groups) {
		this.groups = groups;
	}

	@GetMapping("/api/v1/projects/{id}/correlation-groups")
	@Operation(summary = "The plan's correlation groups")
	List<CorrelationGroupView> groups(@PathVariable long id) {
		return this.groups.groups(CurrentActor.require(), id);
	}

	@PostMapping("/api/v1/projects/{id}/correlation-groups")
	@Operation(summary = "Add a correlation group",
			description = "name; coefficient from above −1/(n−1) to 1 (at most three decimals) for n activities; "
					+ "activityIds: at least two tasks of the plan, each in one group only. A run uses the members "
					+ "that have a three-point estimate. Answers 201 with Location and ETag.")
	ResponseEntity<CorrelationGroupView> create(@PathVariable long id, @RequestBody GroupInput input) {
		CorrelationGroupView created = this.groups.create(CurrentActor.require(), id,
				input.applyTo(new CorrelationDraft(null, null, null)));
		return ETags.created("/api/v1/correlation-groups/" + created.id(), created, created.version());
	}

	@GetMapping("/api/v1/correlation-groups/{groupId}")
	@Operation(summary = "One correlation group")
	ResponseEntity<CorrelationGroupView> group(@PathVariable long groupId) {
		CorrelationGroupView group = this.groups.group(CurrentActor.require(), groupId);
		return ETags.ok(group, group.version());
	}

	@PatchMapping("/api/v1/correlation-groups/{groupId}")
	@Operation(summary = "Change a correlation group", description = "Only the properties sent change. Needs If-Match.")
	ResponseEntity<CorrelationGroupView> change(@PathVariable long groupId, @RequestBody GroupInput input,
			@IfMatch long version) {
		CorrelationGroupView changed = this.groups.change(CurrentActor.require(), groupId, version, input);
		return ETags.ok(changed, changed.version());
	}

	@DeleteMapping("/api/v1/correlation-groups/{groupId}")
	@Operation(summary = "Remove a correlation group", description = "Needs If-Match.")
	ResponseEntity<Void> delete(@PathVariable long groupId, @IfMatch long version) {
		this.groups.delete(CurrentActor.require(), groupId, version);
		return ResponseEntity.noContent().build();
	}

	@Schema(name = "CorrelationGroupInput",
			description = "A new correlation group, or (PATCH) the properties to change")
	static final class GroupInput extends Patch<CorrelationDraft> {

		private String name;

		private BigDecimal coefficient;

		private List<Long> activityIds;

		public String getName() {
			return this.name;
		}

		public void setName(String name) {
			mark("name");
			this.name = name;
		}

		public BigDecimal getCoefficient() {
			return this.coefficient;
		}

		public void setCoefficient(BigDecimal coefficient) {
			mark("coefficient");
			this.coefficient = coefficient;
		}

		public List<Long> getActivityIds() {
			return this.activityIds;
		}

		public void setActivityIds(List<Long> activityIds) {
			mark("activityIds");
			this.activityIds = activityIds;
		}

		@Override
		public CorrelationDraft applyTo(CorrelationDraft current) {
			return new CorrelationDraft(pick("name", this.name, current.name()),
					pick("coefficient", this.coefficient, current.coefficient()),
					pick("activityIds", this.activityIds, current.activityIds()));
		}

	}

}
