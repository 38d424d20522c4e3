package org.agilepmo.events.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.events.internal.NeedsCampaign;
import org.agilepmo.events.internal.NeedsService;
import org.agilepmo.events.internal.NeedsTopic;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Training needs assessments through the API: the unit's people and the PMO. */
@RestController
@Tag(name = "Training needs", description = "Training needs assessments of units and their follow-up")
class NeedsApiController {

	private final NeedsService needs;

	NeedsApiController(NeedsService needs) {
		this.needs = needs;
	}

	record NeedResource(long topicId, long version, String topic, long responses, long[] levels, BigDecimal average,
			String followUp, Long plannedEventId, String note) {

		static NeedResource of(NeedsService.Need n) {
			NeedsTopic t = n.topic();
			return new NeedResource(t.id(), t.version(), t.name(), n.responses(), n.levels(), n.average(),
					t.followUp().name(), t.plannedEventId(), t.followUpNote());
		}

	}

	record AssessmentResource(long id, long version, long unitId, String title, String status, LocalDate closesOn,
			List<NeedResource> needs) {
	}

	record NewAssessment(Long unitId, String title, LocalDate closesOn, List<String> topics) {
	}

	@GetMapping("/api/v1/training-needs")
	@Operation(summary = "The training needs assessments of the caller's units")
	List<AssessmentResource> list() {
		Actor actor = CurrentActor.require();
		return this.needs.list(actor).stream().map(c -> resource(actor, c, false)).toList();
	}

	@PostMapping("/api/v1/training-needs")
	@Operation(summary = "Start a training needs assessment of a unit")
	ResponseEntity<AssessmentResource> create(@RequestBody NewAssessment body) {
		Actor actor = CurrentActor.require();
		NeedsCampaign c = this.needs.create(actor, body.unitId(), body.title(), body.closesOn(), body.topics());
		return ETags.created("/api/v1/training-needs/" + c.id(), resource(actor, c, true), c.version());
	}

	@GetMapping("/api/v1/training-needs/{id}")
	@Operation(summary = "An assessment with its consolidated needs, the most needed first")
	ResponseEntity<AssessmentResource> get(@PathVariable long id) {
		Actor actor = CurrentActor.require();
		NeedsCampaign c = this.needs.get(actor, id);
		return ETags.ok(resource(actor, c, true), c.version());
	}

	@PostMapping("/api/v1/training-needs/{id}/answers")
	@Operation(summary = "Say how much one needs each topic (0 none to 3 high), by topic id")
	ResponseEntity<Void> answer(@PathVariable long id, @RequestBody Map<Long, Integer> levels) {
		this.needs.respond(CurrentActor.require(), id, levels);
		return ResponseEntity.noContent().build();
	}

	record FollowUp(NeedsTopic.FollowUp status, Long plannedEventId, String note) {
	}

	@PostMapping("/api/v1/needs-topics/{id}/follow-up")
	@Operation(summary = "Follow a need up with a planned training", description = "Needs If-Match.")
	ResponseEntity<Void> followUp(@PathVariable long id, @RequestBody FollowUp body, @IfMatch long version) {
		NeedsTopic t = this.needs.followUp(CurrentActor.require(), id, version, body.status(), body.plannedEventId(),
				body.note());
		return ResponseEntity.noContent().eTag(ETags.of(t.version())).build();
	}

	private AssessmentResource resource(Actor actor, NeedsCampaign c, boolean withNeeds) {
		return new AssessmentResource(c.id(), c.version(), c.unitId(), c.title(), c.status().name(), c.closesOn(),
				withNeeds ? this.needs.consolidated(actor, c.id()).stream().map(NeedResource::of).toList() : List.of());
	}

}
