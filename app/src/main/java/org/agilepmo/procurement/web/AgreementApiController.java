package org.agilepmo.procurement.web;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.procurement.internal.AgreementService;
import org.agilepmo.procurement.internal.AgreementService.AgreementDraft;
import org.agilepmo.procurement.internal.AgreementService.AgreementView;
import org.agilepmo.procurement.internal.AgreementService.CallOffDraft;
import org.agilepmo.procurement.internal.AgreementService.LotDraft;
import org.agilepmo.procurement.internal.CallOff;
import org.agilepmo.procurement.internal.FrameworkAgreement;
import org.agilepmo.procurement.web.ProcurementResources.AgreementRequest;
import org.agilepmo.procurement.web.ProcurementResources.AgreementResource;
import org.agilepmo.procurement.web.ProcurementResources.CallOffRequest;
import org.agilepmo.procurement.web.ProcurementResources.CallOffResource;
import org.agilepmo.procurement.web.ProcurementResources.StageRequest;
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

/**
 * Framework agreements over HTTP: set up by the PMO, run by the PMO and their managers,
 * moved through their life cycle, and called off against the remaining ceiling.
 */
@RestController
@Tag(name = "Procurement")
class AgreementApiController {

	private final AgreementService agreements;

	AgreementApiController(AgreementService agreements) {
		this.agreements = agreements;
	}

	@GetMapping("/api/v1/agreements")
	@Operation(summary = "The framework agreements the person runs, with what remains of each ceiling")
	List<AgreementResource> list() {
		return this.agreements.visible(CurrentActor.require()).stream().map(AgreementResource::of).toList();
	}

	@PostMapping("/api/v1/agreements")
	@Operation(summary = "Set up a framework agreement (the PMO)")
	ResponseEntity<AgreementResource> create(@RequestBody AgreementRequest r) {
		Actor actor = CurrentActor.require();
		FrameworkAgreement a = this.agreements.create(actor,
				new AgreementDraft(r.reference(), r.title(), r.scope(), r.classification(), r.currency(), r.ceiling(),
						r.startsOn(), r.endsOn(), r.renewalOptions(), r.renewalMonths(), r.alertDays(),
						r.lots() == null ? null
								: r.lots().stream().map(l -> new LotDraft(l.code(), l.title(), l.suppliers())).toList(),
						r.managers()));
		return ETags.created("/api/v1/agreements/" + a.id(),
				AgreementResource.of(this.agreements.agreement(actor, a.id())), a.version());
	}

	@GetMapping("/api/v1/agreements/{id}")
	@Operation(summary = "One framework agreement, with its ETag")
	ResponseEntity<AgreementResource> agreement(@PathVariable long id) {
		return ETags.ok(this.agreements.agreement(CurrentActor.require(), id), v -> v.agreement().version(),
				AgreementResource::of);
	}

	@PostMapping("/api/v1/agreements/{id}/stage")
	@Operation(summary = "Move the agreement through its life cycle",
			description = "SCOPING → CONSULTATION → EVALUATION → AWARD → EXECUTION → RENEWAL → EXECUTION (renewed, "
					+ "while options remain) or CLOSED.")
	ResponseEntity<AgreementResource> stage(@PathVariable long id, @RequestBody StageRequest r, @IfMatch long version) {
		Actor actor = CurrentActor.require();
		this.agreements.moveTo(actor, id, version, r.stage());
		AgreementView v = this.agreements.agreement(actor, id);
		return ETags.ok(AgreementResource.of(v), v.agreement().version());
	}

	@GetMapping("/api/v1/agreements/{id}/call-offs")
	@Operation(summary = "The call-offs placed against the agreement")
	List<CallOffResource> callOffs(@PathVariable long id) {
		return this.agreements.callOffs(CurrentActor.require(), id).stream().map(CallOffResource::of).toList();
	}

	@PostMapping("/api/v1/agreements/{id}/call-offs")
	@Operation(summary = "Place a call-off against a lot; refused (422, naming the ceiling) past the ceiling")
	ResponseEntity<CallOffResource> callOff(@PathVariable long id, @RequestBody CallOffRequest r) {
		CallOff c = this.agreements.callOff(CurrentActor.require(), id,
				new CallOffDraft(r.lot(), r.supplier(), r.amount(), r.projectId(), r.description()));
		return ResponseEntity.created(java.net.URI.create("/api/v1/agreements/" + id + "/call-offs"))
			.body(CallOffResource.of(c));
	}

}
