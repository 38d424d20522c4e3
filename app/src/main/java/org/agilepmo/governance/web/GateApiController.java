package org.agilepmo.governance.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.governance.internal.GateItem;
import org.agilepmo.governance.internal.GateItemKind;
import org.agilepmo.governance.internal.GateItemStatus;
import org.agilepmo.governance.internal.GateService;
import org.agilepmo.governance.internal.GateTemplate;
import org.agilepmo.governance.internal.GateTemplateService;
import org.agilepmo.governance.internal.GateView;
import org.agilepmo.governance.internal.SignOffRole;
import org.agilepmo.governance.internal.TemplateItem;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;
import org.agilepmo.web.IfMatch;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Stage gates and their templates over HTTP. Gates follow the project's access rule (404
 * when it may not be seen); changes need the gate's ETag in If-Match.
 */
@RestController
@Tag(name = "Stage gates", description = "Gates, sign-offs, waivers and gate templates")
class GateApiController {

	private final GateService gates;

	private final GateTemplateService templates;

	GateApiController(GateService gates, GateTemplateService templates) {
		this.gates = gates;
		this.templates = templates;
	}

	record ItemResource(String code, String title, boolean standard, GateItemKind kind, boolean mandatory,
			SignOffRole signOffRole, GateItemStatus status, String evidenceUrl, String note, Long actedBy,
			String actedByName, Instant actedAt, boolean satisfiedByRecords) {

		static ItemResource of(GateItem i, boolean satisfiedByRecords) {
			return new ItemResource(i.code(), i.title(), i.standard(), i.kind(), i.mandatory(), i.signOffRole(),
					i.status(), i.evidenceUrl(), i.note(), i.actedBy(), i.actedByName(), i.actedAt(),
					satisfiedByRecords);
		}

	}

	record GateResource(long id, long version, long projectId, Stage targetStage, boolean passable,
			List<String> openMandatoryItems, List<ItemResource> items) {

		static GateResource of(GateView v) {
			return new GateResource(v.gate().id(), v.gate().version(), v.gate().projectId(), v.targetStage(),
					v.passable(), v.blockers().stream().map(GateItem::code).toList(),
					v.gate().items().stream().map(i -> ItemResource.of(i, v.metByRecords(i.code()))).toList());
		}

	}

	record SignOffRequest(String evidenceUrl, String note) {

	}

	record WaiverRequest(String reason) {

	}

	record TemplateResource(long id, long version, Stage targetStage, List<TemplateItem> items) {

		static TemplateResource of(GateTemplate t) {
			return new TemplateResource(t.id(), t.version(), t.targetStage(), t.items());
		}

	}

	record TemplateRequest(List<TemplateItem> items) {

	}

	@GetMapping("/api/v1/projects/{id}/gates")
	@Operation(summary = "A project's gates in lifecycle order", description = "Empty when not under gate governance.")
	List<GateResource> gates(@PathVariable long id) {
		return this.gates.gatesOf(CurrentActor.require(), id).stream().map(GateResource::of).toList();
	}

	@PostMapping("/api/v1/projects/{id}/gates")
	@Operation(summary = "Bring a project under gate governance",
			description = "Opens its gates from the templates; idempotent. Project managers and the PMO.")
	List<GateResource> govern(@PathVariable long id) {
		return this.gates.govern(CurrentActor.require(), id).stream().map(GateResource::of).toList();
	}

	@GetMapping("/api/v1/projects/{id}/gates/{stage}")
	@Operation(summary = "The gate into a stage", description = "With its ETag, to send back on changes.")
	ResponseEntity<GateResource> gate(@PathVariable long id, @PathVariable Stage stage) {
		return ETags.ok(this.gates.gate(CurrentActor.require(), id, stage), v -> v.gate().version(), GateResource::of);
	}

	@PostMapping("/api/v1/projects/{id}/gates/{stage}/items/{code}/sign-off")
	@Operation(summary = "Sign an item off with its evidence link", description = "Needs If-Match.")
	ResponseEntity<GateResource> signOff(@PathVariable long id, @PathVariable Stage stage, @PathVariable String code,
			@RequestBody(required = false) SignOffRequest request, @IfMatch long version) {
		SignOffRequest r = request == null ? new SignOffRequest(null, null) : request;
		return ETags.ok(this.gates.signOff(CurrentActor.require(), id, stage, version, code, r.evidenceUrl(), r.note()),
				v -> v.gate().version(), GateResource::of);
	}

	@PostMapping("/api/v1/projects/{id}/gates/{stage}/items/{code}/waiver")
	@Operation(summary = "Waive an open item with a reason", description = "PMO only. Needs If-Match.")
	ResponseEntity<GateResource> waive(@PathVariable long id, @PathVariable Stage stage, @PathVariable String code,
			@RequestBody(required = false) WaiverRequest request, @IfMatch long version) {
		return ETags.ok(this.gates.waive(CurrentActor.require(), id, stage, version, code,
				request == null ? null : request.reason()), v -> v.gate().version(), GateResource::of);
	}

	@PostMapping("/api/v1/projects/{id}/gates/{stage}/waiver")
	@Operation(summary = "Waive every open mandatory item of the gate with one reason",
			description = "PMO only. Needs If-Match.")
	ResponseEntity<GateResource> waiveGate(@PathVariable long id, @PathVariable Stage stage,
			@RequestBody(required = false) WaiverRequest request, @IfMatch long version) {
		return ETags.ok(this.gates.waiveGate(CurrentActor.require(), id, stage, version,
				request == null ? null : request.reason()), v -> v.gate().version(), GateResource::of);
	}

	@PostMapping("/api/v1/projects/{id}/gates/{stage}/items/{code}/reopen")
	@Operation(summary = "Open a signed-off or waived item again", description = "PMO only. Needs If-Match.")
	ResponseEntity<GateResource> reopen(@PathVariable long id, @PathVariable Stage stage, @PathVariable String code,
			@IfMatch long version) {
		return ETags.ok(this.gates.reopen(CurrentActor.require(), id, stage, version, code), v -> v.gate().version(),
				GateResource::of);
	}

	@GetMapping("/api/v1/projects/{id}/gate-signatories")
	@Operation(summary = "The people named to sign off the project's gate items, by role")
	List<GateService.SignatoryView> signatories(@PathVariable long id) {
		return this.gates.signatories(CurrentActor.require(), id);
	}

	@PostMapping("/api/v1/projects/{id}/gate-signatories")
	@Operation(summary = "Name a person to sign off the items of a role", description = "PMO only.")
	List<GateService.SignatoryView> nameSignatory(@PathVariable long id,
			@RequestBody(required = false) SignatoryRequest request) {
		SignatoryRequest r = request == null ? new SignatoryRequest(null, null) : request;
		return this.gates.nameSignatory(CurrentActor.require(), id, r.role(), r.personId());
	}

	@org.springframework.web.bind.annotation.DeleteMapping("/api/v1/projects/{id}/gate-signatories/{role}/{personId}")
	@Operation(summary = "Take back a person's naming for a role", description = "PMO only.")
	ResponseEntity<Void> removeSignatory(@PathVariable long id, @PathVariable SignOffRole role,
			@PathVariable long personId) {
		this.gates.removeSignatory(CurrentActor.require(), id, role, personId);
		return ResponseEntity.noContent().build();
	}

	record SignatoryRequest(SignOffRole role, Long personId) {
	}

	@GetMapping("/api/v1/gate-templates")
	@Operation(summary = "The gate templates, in lifecycle order")
	List<TemplateResource> templates() {
		return this.templates.templates().stream().map(TemplateResource::of).toList();
	}

	@PutMapping("/api/v1/gate-templates/{stage}")
	@Operation(summary = "Replace a template's items",
			description = "PMO only; gates already opened keep their items. Needs If-Match.")
	ResponseEntity<TemplateResource> replace(@PathVariable Stage stage, @RequestBody TemplateRequest request,
			@IfMatch long version) {
		GateTemplate t = this.templates.replaceItems(CurrentActor.require(), stage, version,
				request.items() == null ? List.of() : request.items());
		return ETags.ok(TemplateResource.of(t), t.version());
	}

}
