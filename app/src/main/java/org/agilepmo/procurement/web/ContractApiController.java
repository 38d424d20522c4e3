package org.agilepmo.procurement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.agilepmo.procurement.internal.Contract;
import org.agilepmo.procurement.internal.ContractService;
import org.agilepmo.procurement.internal.ContractService.ContractDraft;
import org.agilepmo.procurement.internal.ContractService.MilestoneDraft;
import org.agilepmo.procurement.web.ProcurementResources.ContractRequest;
import org.agilepmo.procurement.web.ProcurementResources.ContractResource;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.web.ETags;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Contracts over HTTP: an award signed as a contract once its standstill has run out,
 * committing its value on the project's budget and putting its milestones on the plan.
 */
@RestController
@Tag(name = "Procurement")
class ContractApiController {

	private final ContractService contracts;

	ContractApiController(ContractService contracts) {
		this.contracts = contracts;
	}

	@PostMapping("/api/v1/tenders/{id}/contract")
	@Operation(summary = "Sign the award's contract (buyers, after the standstill)",
			description = "The value is committed on budgetLine of the project's budget; each milestone becomes a "
					+ "milestone of the project's plan.")
	ResponseEntity<ContractResource> sign(@PathVariable long id, @RequestBody ContractRequest r) {
		Contract c = this.contracts.sign(CurrentActor.require(), id,
				new ContractDraft(r.reference(), r.budgetLine(), r.signedOn(), r.milestones() == null ? null
						: r.milestones().stream().map(m -> new MilestoneDraft(m.name(), m.due())).toList()));
		return ETags.created("/api/v1/contracts/" + c.id(), ContractResource.of(c), c.version());
	}

	@GetMapping("/api/v1/contracts/{id}")
	@Operation(summary = "One contract, with its milestones and commitment")
	ResponseEntity<ContractResource> contract(@PathVariable long id) {
		return ETags.ok(this.contracts.contract(CurrentActor.require(), id), Contract::version, ContractResource::of);
	}

}
