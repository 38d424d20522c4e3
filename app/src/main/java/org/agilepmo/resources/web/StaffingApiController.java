package org.agilepmo.resources.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.resources.internal.Candidate;
import org.agilepmo.resources.internal.LanguageLevel;
import org.agilepmo.resources.internal.LoadKind;
import org.agilepmo.resources.internal.RequestDraft;
import org.agilepmo.resources.internal.RequestState;
import org.agilepmo.resources.internal.RequestView;
import org.agilepmo.resources.internal.StaffingRequest;
import org.agilepmo.resources.internal.StaffingService;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staffing requests over HTTP: asking, the ranked candidates (to those who answer), and
 * each step of the workflow, which needs the request's ETag in If-Match. A request the
 * caller may not see answers 404; an illegal step 422 with the reason in words.
 */
@RestController
@RequestMapping("/api/v1/staffing-requests")
@Tag(name = "Staffing requests", description = "Asking for people, proposing, accepting, declining")
class StaffingApiController {

	private final StaffingService staffing;

	private final ResourcesTexts texts;

	StaffingApiController(StaffingService staffing, ResourcesTexts texts) {
		this.staffing = staffing;
		this.texts = texts;
	}

	@GetMapping
	@Operation(summary = "The staffing requests the caller may see, newest first")
	ListPage<RequestResource> list(@RequestParam(defaultValue = "false") boolean open,
			@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size) {
		return ListPage.of(this.staffing.list(CurrentActor.require(), open), page, size, RequestResource::of);
	}

	@PostMapping
	@Operation(summary = "Ask for a person",
			description = "For a project (its editors) or a squad (its members): a skill at a level, a language, a "
					+ "screening, a period and a load. Answers 201 with Location and ETag.")
	ResponseEntity<RequestResource> ask(@RequestBody AskRequest request) {
		RequestView v = this.staffing.ask(CurrentActor.require(), request.draft());
		return ETags.created("/api/v1/staffing-requests/" + v.id(), RequestResource.of(v), v.version());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One staffing request", description = "404 when the caller may not see it.")
	ResponseEntity<RequestResource> get(@PathVariable long id) {
		return ETags.ok(this.staffing.get(CurrentActor.require(), id), RequestView::version, RequestResource::of);
	}

	@GetMapping("/{id}/candidates")
	@Operation(summary = "The candidates, best fit first, with the reasons in words",
			description = "To the head of the centre asked and the PMO. Nobody whose screening is below the "
					+ "request's or the project's is ever listed.")
	List<CandidateResource> candidates(@PathVariable long id) {
		return this.staffing.candidates(CurrentActor.require(), id)
			.stream()
			.map(c -> new CandidateResource(c.resourceId(), c.name(), c.screening(), c.skillLevel(), c.freeHours(),
					c.askedHours(), c.score(), c.reasons().stream().map(this.texts::reason).toList()))
			.toList();
	}

	@PostMapping("/{id}/proposal")
	@Operation(summary = "Propose a candidate", description = "The head of the centre asked, or the PMO.")
	ResponseEntity<RequestResource> propose(@PathVariable long id, @RequestBody StepRequest request,
			@IfMatch long version) {
		if (request.resourceId() == null) {
			throw new RuleViolationException("resourceId", "resources.error.required", "resourceId is required");
		}
		return ETags.ok(
				this.staffing.propose(CurrentActor.require(), id, version, request.resourceId(), request.reason()),
				RequestView::version, RequestResource::of);
	}

	@PostMapping("/{id}/acceptance")
	@Operation(summary = "Accept the proposed person", description = "The requesting side; allocates the person.")
	ResponseEntity<RequestResource> accept(@PathVariable long id, @IfMatch long version) {
		return ETags.ok(this.staffing.accept(CurrentActor.require(), id, version), RequestView::version,
				RequestResource::of);
	}

	@PostMapping("/{id}/decline")
	@Operation(summary = "Decline the proposed person, saying why")
	ResponseEntity<RequestResource> decline(@PathVariable long id, @RequestBody StepRequest request,
			@IfMatch long version) {
		return ETags.ok(this.staffing.decline(CurrentActor.require(), id, version, request.reason()),
				RequestView::version, RequestResource::of);
	}

	@PostMapping("/{id}/cancellation")
	@Operation(summary = "Cancel the request", description = "The requesting side, before acceptance.")
	ResponseEntity<RequestResource> cancel(@PathVariable long id, @RequestBody(required = false) StepRequest request,
			@IfMatch long version) {
		return ETags.ok(
				this.staffing.cancel(CurrentActor.require(), id, version, request == null ? null : request.reason()),
				RequestView::version, RequestResource::of);
	}

	@PostMapping("/{id}/fulfilment")
	@Operation(summary = "Mark an accepted request fulfilled", description = "The head of the centre, or the PMO.")
	ResponseEntity<RequestResource> fulfil(@PathVariable long id, @IfMatch long version) {
		return ETags.ok(this.staffing.fulfil(CurrentActor.require(), id, version), RequestView::version,
				RequestResource::of);
	}

	record AskRequest(Long projectId, Long squadId, Long centreUnitId, Long skillId, Integer minLevel, String language,
			LanguageLevel languageLevel, ScreeningLevel screening, LocalDate firstDay, LocalDate lastDay,
			LoadKind loadKind, BigDecimal loadValue, String note) {

		RequestDraft draft() {
			if (this.skillId == null) {
				throw new RuleViolationException("skillId", "resources.error.required", "skillId is required");
			}
			return new RequestDraft(this.projectId, this.squadId, this.centreUnitId, this.skillId,
					this.minLevel == null ? 0 : this.minLevel, this.language, this.languageLevel, this.screening,
					this.firstDay, this.lastDay, this.loadKind, this.loadValue, this.note);
		}

	}

	record StepRequest(Long resourceId, String reason) {
	}

	record CandidateResource(long resourceId, String name, ScreeningLevel screening, int skillLevel, double freeHours,
			double askedHours, int score, List<String> reasons) {
	}

	record RequestResource(long id, long version, RequestState state, Long projectId, Long squadId, String target,
			Long centreUnitId, String centreName, long skillId, String skillName, int minLevel, String language,
			LanguageLevel languageLevel, ScreeningLevel screening, LocalDate firstDay, LocalDate lastDay,
			LoadKind loadKind, BigDecimal loadValue, String note, Long proposedResourceId, String proposedName,
			String proposalReason, String decisionReason, Long allocationId, String requestedBy, Instant requestedAt) {

		static RequestResource of(RequestView v) {
			StaffingRequest r = v.request();
			return new RequestResource(r.id(), r.version(), r.state(), r.projectId(), r.squadId(), v.target(),
					r.centreUnitId(), v.centreName(), r.skillId(), v.skillName(), r.minLevel(), r.language(),
					r.languageLevel(), r.screening(), r.firstDay(), r.lastDay(), r.loadKind(), r.loadValue(), r.note(),
					v.proposedName() == null ? null : r.proposedResourceId(), v.proposedName(), r.proposalReason(),
					r.decisionReason(), r.allocationId(), v.requesterName(), r.requestedAt());
		}

	}

}
