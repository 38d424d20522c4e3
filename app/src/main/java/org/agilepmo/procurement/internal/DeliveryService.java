package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.finance.CostLedger;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.StaleVersionException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a contract delivers and what is paid for it: the buyers add deliverables with
 * their due days and accept them once delivered; a payment is for an accepted deliverable
 * and is recorded as an actual cost on the contract's budget line through finance's
 * {@link CostLedger}, in the same transaction. Payments never add up to more than the
 * contract's value: the contract's row is locked while they are summed.
 */
@Service
public class DeliveryService {

	static final String DELIVERABLE = "procurement-deliverable";

	static final String PAYMENT = "procurement-payment";

	private final Contracts contracts;

	private final Deliverables deliverables;

	private final Payments payments;

	private final ContractService contractService;

	private final Tenders tenders;

	private final TenderAccess access;

	private final CostLedger ledger;

	private final AuditTrail audit;

	private final Clock clock;

	DeliveryService(Contracts contracts, Deliverables deliverables, Payments payments, ContractService contractService,
			Tenders tenders, TenderAccess access, CostLedger ledger, AuditTrail audit, Optional<Clock> clock) {
		this.contracts = contracts;
		this.deliverables = deliverables;
		this.payments = payments;
		this.contractService = contractService;
		this.tenders = tenders;
		this.access = access;
		this.ledger = ledger;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	private Tender requireBuyer(Actor actor, Contract contract) {
		Tender tender = this.tenders.findById(contract.tenderId()).orElseThrow();
		this.access.requireBuyer(actor, tender);
		return tender;
	}

	@Transactional(readOnly = true)
	public List<Deliverable> deliverables(Actor actor, long contractId) {
		return this.deliverables
			.findByContractIdOrderByDueOnAscIdAsc(this.contractService.contract(actor, contractId).id());
	}

	@Transactional(readOnly = true)
	public List<Payment> payments(Actor actor, long contractId) {
		return this.payments.findByContractIdOrderByIdAsc(this.contractService.contract(actor, contractId).id());
	}

	@Transactional(readOnly = true)
	public boolean mayManage(Actor actor, Contract contract) {
		return this.tenders.findById(contract.tenderId()).map(t -> this.access.isBuyer(actor, t)).orElse(false);
	}

	@Transactional
	public Deliverable add(Actor actor, long contractId, String name, LocalDate dueOn) {
		Contract contract = this.contractService.contract(actor, contractId);
		Tender tender = requireBuyer(actor, contract);
		Deliverable d = this.deliverables.saveAndFlush(new Deliverable(contract.id(), Rules.text("name", name, 200),
				Rules.required("dueOn", dueOn), actor.username(), this.clock.instant()));
		this.audit.record(AuditRecord.created(DELIVERABLE, d.id(), this.access.classification(tender), d.snapshot()));
		return d;
	}

	@Transactional
	public Deliverable accept(Actor actor, long deliverableId, long version) {
		Deliverable d = deliverable(actor, deliverableId);
		Contract contract = this.contracts.findById(d.contractId()).orElseThrow();
		Tender tender = requireBuyer(actor, contract);
		if (d.version() != version) {
			throw new StaleVersionException("deliverable", deliverableId, version, d.version());
		}
		Map<String, Object> before = d.snapshot();
		d.accept(today(), actor.username());
		this.deliverables.saveAndFlush(d);
		this.audit.record(new AuditRecord(DELIVERABLE + ".accepted", DELIVERABLE, String.valueOf(d.id()),
				this.access.classification(tender), null, before, d.snapshot()));
		return d;
	}

	/**
	 * Pays for an accepted deliverable: refused for one not accepted, and for an amount
	 * that would take the payments past the contract's value (naming what remains).
	 */
	@Transactional
	public Payment pay(Actor actor, long deliverableId, BigDecimal amount, LocalDate paidOn, String reference) {
		Deliverable d = deliverable(actor, deliverableId);
		Contract contract = this.contracts.lockById(d.contractId()).orElseThrow();
		Tender tender = requireBuyer(actor, contract);
		if (!d.isAccepted()) {
			throw Rules.violation("deliverable", "notAccepted",
					"only an accepted deliverable is paid for; " + d.name() + " is not accepted yet", d.name());
		}
		BigDecimal value = Rules.amount("amount", amount, contract.currency());
		String ref = Rules.text("reference", reference, 40);
		LocalDate day = paidOn == null ? today() : paidOn;
		BigDecimal paid = this.payments.paid(contract.id());
		BigDecimal remaining = contract.value().subtract(paid);
		if (value.compareTo(remaining) > 0) {
			String total = contract.value().toPlainString() + " " + contract.currency();
			String left = remaining.setScale(contract.value().scale()).toPlainString() + " " + contract.currency();
			throw Rules.violation("amount", "overPayment",
					"the payment would exceed the contract's value of " + total + " (" + left + " remain to be paid)",
					total, left);
		}
		long actual = this.ledger.record(actor, contract.projectId(),
				new CostLedger.CostEntry(CostLedger.Kind.ACTUAL, contract.budgetLine(), null, day, value,
						contract.currency(), ref, "Payment to " + contract.supplier() + " for " + d.name(),
						"procurement"));
		Payment p = this.payments.saveAndFlush(
				new Payment(contract.id(), d.id(), value, day, ref, actual, actor.username(), this.clock.instant()));
		this.audit.record(AuditRecord.created(PAYMENT, p.id(), this.access.classification(tender), p.snapshot()));
		return p;
	}

	private Deliverable deliverable(Actor actor, long id) {
		Deliverable d = this.deliverables.findById(id).orElseThrow(() -> new NotFoundException("deliverable", id));
		try {
			this.contractService.contract(actor, d.contractId());
		}
		catch (NotFoundException ex) {
			throw new NotFoundException("deliverable", id);
		}
		return d;
	}

	@Transactional(readOnly = true)
	public Optional<Deliverable> find(long id) {
		return this.deliverables.findById(id);
	}

}
