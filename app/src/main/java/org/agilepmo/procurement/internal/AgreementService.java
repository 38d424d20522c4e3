package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.StaleVersionException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Framework agreements and their call-offs. An agreement is seen and run by the PMO
 * (administrators and PMO officers) and by its managers, whose screening must clear its
 * classification (404 for anyone else); the PMO creates agreements. A call-off names a
 * lot, one of the lot's suppliers and an amount; it is refused, naming the ceiling, when
 * it would take the agreement's call-offs past the ceiling. Call-offs against one
 * agreement are placed one at a time (its row is locked), so two racing for the last of
 * the ceiling cannot both succeed.
 */
@Service
public class AgreementService {

	static final String AGREEMENT = "procurement-agreement";

	static final String CALL_OFF = "procurement-call-off";

	private final Agreements agreements;

	private final CallOffs callOffs;

	private final People people;

	private final ProjectCatalogue catalogue;

	private final AuditTrail audit;

	private final Clock clock;

	AgreementService(Agreements agreements, CallOffs callOffs, People people, ProjectCatalogue catalogue,
			AuditTrail audit, Optional<Clock> clock) {
		this.agreements = agreements;
		this.callOffs = callOffs;
		this.people = people;
		this.catalogue = catalogue;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** What the PMO enters to set up an agreement. */
	public record AgreementDraft(String reference, String title, String scope, Classification classification,
			String currency, BigDecimal ceiling, LocalDate startsOn, LocalDate endsOn, Integer renewalOptions,
			Integer renewalMonths, Integer alertDays, List<LotDraft> lots, List<Long> managers) {
	}

	/** A lot as entered. */
	public record LotDraft(String code, String title, List<String> suppliers, BigDecimal ceiling) {

		public LotDraft(String code, String title, List<String> suppliers) {
			this(code, title, suppliers, null);
		}

	}

	/** A call-off as entered. */
	public record CallOffDraft(String lot, String supplier, BigDecimal amount, Long projectId, String description) {
	}

	/** An agreement with what its call-offs have taken of the ceiling. */
	public record AgreementView(FrameworkAgreement agreement, BigDecimal committed, BigDecimal remaining,
			boolean expiring) {
	}

	LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	public boolean isVisible(Actor actor, FrameworkAgreement a) {
		return actor.clears(a.classification()) && (actor.isPortfolioWide() || a.managers().contains(actor.id()));
	}

	private FrameworkAgreement visible(Actor actor, Optional<FrameworkAgreement> found, long id) {
		return found.filter(a -> isVisible(actor, a)).orElseThrow(() -> new NotFoundException("agreement", id));
	}

	@Transactional
	public FrameworkAgreement create(Actor actor, AgreementDraft draft) {
		if (!actor.isPortfolioWide()) {
			throw new AccessDeniedException("the PMO sets up framework agreements");
		}
		String reference = Rules.text("reference", draft.reference(), 40);
		if (this.agreements.existsByReference(reference)) {
			throw Rules.violation("reference", "referenceTaken", "the reference " + reference + " is taken", reference);
		}
		String title = Rules.text("title", draft.title(), 200);
		String scope = Rules.optional("scope", draft.scope(), 4000);
		Classification classification = draft.classification() == null ? Classification.PUBLIC : draft.classification();
		if (!actor.clears(classification)) {
			throw Rules.violation("classification", "notCleared", "your screening does not clear " + classification,
					classification);
		}
		String currency = Rules.currency("currency", draft.currency());
		BigDecimal ceiling = Rules.amount("ceiling", draft.ceiling(), currency);
		LocalDate startsOn = Rules.required("startsOn", draft.startsOn());
		LocalDate endsOn = Rules.required("endsOn", draft.endsOn());
		if (!endsOn.isAfter(startsOn)) {
			throw Rules.violation("endsOn", "endBeforeStart", "the end must come after the start");
		}
		int renewals = Rules.range("renewalOptions", draft.renewalOptions() == null ? 0 : draft.renewalOptions(), 0,
				10);
		int renewalMonths = Rules.range("renewalMonths", draft.renewalMonths() == null ? 12 : draft.renewalMonths(), 1,
				120);
		int alertDays = Rules.range("alertDays", draft.alertDays() == null ? 90 : draft.alertDays(), 0, 730);
		if (draft.lots() == null || draft.lots().isEmpty()) {
			throw Rules.violation("lots", "noLots", "an agreement has at least one lot");
		}
		List<Lot> lots = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		for (LotDraft l : draft.lots()) {
			String code = Rules.text("lots", l.code(), 20);
			if (!codes.add(code)) {
				throw Rules.violation("lots", "lotTwice", "the lot " + code + " is named twice", code);
			}
			Set<String> suppliers = new LinkedHashSet<>();
			for (String s : l.suppliers() == null ? List.<String>of() : l.suppliers()) {
				String name = Rules.optional("lots", s, 200);
				if (name != null) {
					suppliers.add(name);
				}
			}
			if (suppliers.isEmpty()) {
				throw Rules.violation("lots", "noSuppliers", "the lot " + code + " has no supplier", code);
			}
			BigDecimal lotCeiling = l.ceiling() == null ? null : Rules.amount("lots", l.ceiling(), currency);
			if (lotCeiling != null && lotCeiling.compareTo(ceiling) > 0) {
				throw Rules.violation("lots", "lotCeilingAbove",
						"the ceiling of lot " + code + " is above the agreement's", code);
			}
			lots.add(new Lot(code, Rules.text("lots", l.title(), 200), List.copyOf(suppliers), lotCeiling));
		}
		Set<Long> managers = new HashSet<>();
		for (Long id : draft.managers() == null ? List.<Long>of() : draft.managers()) {
			Actor manager = this.people.actorFor(id)
				.orElseThrow(() -> Rules.violation("managers", "unknownPerson", "there is no such person"));
			if (!manager.clears(classification)) {
				throw Rules.violation("managers", "notCleared",
						manager.displayName() + " is not screened for the classification", manager.displayName());
			}
			managers.add(id);
		}
		FrameworkAgreement agreement = this.agreements.saveAndFlush(new FrameworkAgreement(reference, title, scope,
				classification, currency, ceiling, startsOn, endsOn, renewals, renewalMonths, alertDays, lots, managers,
				actor.username(), this.clock.instant(), today()));
		this.audit.record(AuditRecord.created(AGREEMENT, agreement.id(), classification, agreement.snapshot()));
		return agreement;
	}

	@Transactional(readOnly = true)
	public AgreementView agreement(Actor actor, long id) {
		return view(visible(actor, this.agreements.findById(id), id));
	}

	@Transactional(readOnly = true)
	public List<AgreementView> visible(Actor actor) {
		return this.agreements.findAll()
			.stream()
			.filter(a -> isVisible(actor, a))
			.sorted((a, b) -> a.reference().compareTo(b.reference()))
			.map(this::view)
			.toList();
	}

	private AgreementView view(FrameworkAgreement a) {
		BigDecimal committed = this.callOffs.committed(a.id()).setScale(a.ceiling().scale());
		return new AgreementView(a, committed, a.ceiling().subtract(committed), a.isExpiring(today()));
	}

	/** Moves the agreement to the next stage of its life cycle (a renewal extends it). */
	@Transactional
	public FrameworkAgreement moveTo(Actor actor, long id, long version, FrameworkAgreement.Stage stage) {
		FrameworkAgreement a = visible(actor, this.agreements.findById(id), id);
		if (a.version() != version) {
			throw new StaleVersionException("agreement", id, version, a.version());
		}
		Map<String, Object> before = a.snapshot();
		a.moveTo(Rules.required("stage", stage), today(), actor.username());
		this.agreements.saveAndFlush(a);
		this.audit.record(new AuditRecord(AGREEMENT + ".stage-changed", AGREEMENT, String.valueOf(id),
				a.classification(), null, before, a.snapshot()));
		return a;
	}

	@Transactional(readOnly = true)
	public List<CallOff> callOffs(Actor actor, long agreementId) {
		visible(actor, this.agreements.findById(agreementId), agreementId);
		return this.callOffs.findByAgreementIdOrderByIdAsc(agreementId);
	}

	/**
	 * Places a call-off: the agreement's row is locked first, so the remaining ceiling it
	 * checks against cannot change until this transaction ends.
	 */
	@Transactional
	public CallOff callOff(Actor actor, long agreementId, CallOffDraft draft) {
		FrameworkAgreement a = visible(actor, this.agreements.lockById(agreementId), agreementId);
		a.acceptCallOffOn(today());
		String lotCode = Rules.text("lot", draft.lot(), 20);
		Lot lot = a.lot(lotCode)
			.orElseThrow(() -> Rules.violation("lot", "unknownLot", "the agreement has no lot " + lotCode, lotCode));
		String supplier = Rules.text("supplier", draft.supplier(), 200);
		if (!lot.suppliers().contains(supplier)) {
			throw Rules.violation("supplier", "notOnLot", supplier + " is not a supplier of lot " + lotCode, supplier,
					lotCode);
		}
		BigDecimal amount = Rules.amount("amount", draft.amount(), a.currency());
		if (draft.projectId() != null) {
			this.catalogue.requireVisible(draft.projectId(), actor);
		}
		String description = Rules.text("description", draft.description(), 1000);
		BigDecimal committed = this.callOffs.committed(a.id());
		BigDecimal remaining = a.ceiling().subtract(committed);
		if (amount.compareTo(remaining) > 0) {
			String ceiling = a.ceiling().toPlainString() + " " + a.currency();
			String left = remaining.setScale(a.ceiling().scale()).toPlainString() + " " + a.currency();
			throw Rules.violation("amount", "ceilingExceeded",
					"the call-off would exceed the agreement's ceiling of " + ceiling + " (" + left + " remain)",
					ceiling, left);
		}
		if (lot.ceiling() != null) {
			BigDecimal lotRemaining = lot.ceiling().subtract(this.callOffs.committedOnLot(a.id(), lotCode));
			if (amount.compareTo(lotRemaining) > 0) {
				String lotCeiling = lot.ceiling().toPlainString() + " " + a.currency();
				String left = lotRemaining.setScale(lot.ceiling().scale()).toPlainString() + " " + a.currency();
				throw Rules.violation("amount", "lotCeilingExceeded", "the call-off would exceed the ceiling of lot "
						+ lotCode + ", " + lotCeiling + " (" + left + " remain)", lotCode, lotCeiling, left);
			}
		}
		CallOff callOff = this.callOffs.saveAndFlush(new CallOff(a.id(), lotCode, supplier, amount, draft.projectId(),
				description, actor.username(), this.clock.instant()));
		this.audit.record(AuditRecord.created(CALL_OFF, callOff.id(), a.classification(), callOff.snapshot()));
		return callOff;
	}

	/** The agreements nearing their end that the person runs, soonest first. */
	@Transactional(readOnly = true)
	public List<FrameworkAgreement> expiring(Actor actor) {
		LocalDate today = today();
		return this.agreements.findAll()
			.stream()
			.filter(a -> isVisible(actor, a) && a.isExpiring(today))
			.sorted((x, y) -> x.endsOn().compareTo(y.endsOn()))
			.toList();
	}

}
