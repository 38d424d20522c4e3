package org.agilepmo.procurement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.procurement.internal.Contract;
import org.agilepmo.procurement.internal.ContractService;
import org.agilepmo.procurement.internal.Deliverable;
import org.agilepmo.procurement.internal.DeliveryService;
import org.agilepmo.procurement.internal.Payment;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.web.Pages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The contract page: the supplier and value, the commitment on the project's budget, the
 * milestones on its plan, the deliverables with their acceptance and the payments made
 * for them (never more than the value).
 */
@Controller
class ContractPages {

	private final ContractService contracts;

	private final DeliveryService delivery;

	private final ProjectCatalogue catalogue;

	private final Pages pages;

	ContractPages(ContractService contracts, DeliveryService delivery, ProjectCatalogue catalogue, Pages pages) {
		this.contracts = contracts;
		this.delivery = delivery;
		this.catalogue = catalogue;
		this.pages = pages;
	}

	@GetMapping("/contracts/{id}")
	String contract(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.require();
		Contract contract = this.contracts.contract(actor, id);
		List<Deliverable> deliverables = this.delivery.deliverables(actor, id);
		List<Payment> payments = this.delivery.payments(actor, id);
		Map<Long, BigDecimal> paidFor = new HashMap<>();
		payments.forEach(p -> paidFor.merge(p.deliverableId(), p.amount(), BigDecimal::add));
		BigDecimal paid = payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		model.addAttribute("contract", contract);
		model.addAttribute("project", this.catalogue.findVisible(contract.projectId(), actor).orElse(null));
		model.addAttribute("deliverables", deliverables);
		model.addAttribute("payments", payments);
		model.addAttribute("paidFor", paidFor);
		model.addAttribute("paid", paid);
		model.addAttribute("unpaid", contract.value().subtract(paid));
		model.addAttribute("names",
				deliverables.stream().collect(java.util.stream.Collectors.toMap(Deliverable::id, Deliverable::name)));
		model.addAttribute("mayManage", this.delivery.mayManage(actor, contract));
		model.addAttribute("today", LocalDate.now(ZoneOffset.UTC));
		return "procurement/contract";
	}

	@PostMapping("/contracts/{id}/deliverables")
	String add(@PathVariable long id, @RequestParam(required = false) String name,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn,
			RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		return this.pages.act(flash, "/contracts/" + id, "procurement.saved.deliverable",
				() -> this.delivery.add(actor, id, name, dueOn));
	}

	@PostMapping("/deliverables/{id}/acceptance")
	String accept(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long contract = contractOf(id);
		return this.pages.act(flash, "/contracts/" + contract, "procurement.saved.accepted",
				() -> this.delivery.accept(actor, id, version));
	}

	@PostMapping("/deliverables/{id}/payments")
	String pay(@PathVariable long id, @RequestParam(required = false) BigDecimal amount,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate paidOn,
			@RequestParam(required = false) String reference, RedirectAttributes flash) {
		Actor actor = CurrentActor.require();
		long contract = contractOf(id);
		return this.pages.act(flash, "/contracts/" + contract, "procurement.saved.paid",
				() -> this.delivery.pay(actor, id, amount, paidOn, reference));
	}

	private long contractOf(long deliverableId) {
		Actor actor = CurrentActor.require();
		long contract = this.delivery.find(deliverableId)
			.orElseThrow(() -> new NotFoundException("deliverable", deliverableId))
			.contractId();
		this.contracts.contract(actor, contract);
		return contract;
	}

}
