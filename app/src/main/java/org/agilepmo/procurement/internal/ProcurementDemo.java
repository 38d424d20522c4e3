package org.agilepmo.procurement.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo procurement: a framework agreement for IT consultancy with two lots (business
 * analysis, solution architecture), in execution, with call-offs for the data centre
 * consolidation; and that project's tender for a migration partner, called three weeks
 * ago, with three bids received before its opening date yesterday, opened today and in
 * evaluation: the committee (the procurement officer, chair, and the CTO) still owes its
 * declarations. The tender's past is written as it happened (its call and its bids before
 * the platform started), then it is opened through the service like any other.
 */
@Component
@Order(70)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class ProcurementDemo implements DemoContribution {

	private final AgreementService agreements;

	private final TenderService tenderService;

	private final Tenders tenders;

	private final Bids bids;

	private final TenderAccess access;

	private final ProjectCatalogue catalogue;

	private final People people;

	private final AuditTrail audit;

	private final Clock clock;

	ProcurementDemo(AgreementService agreements, TenderService tenderService, Tenders tenders, Bids bids,
			TenderAccess access, ProjectCatalogue catalogue, People people, AuditTrail audit, Optional<Clock> clock) {
		this.agreements = agreements;
		this.tenderService = tenderService;
		this.tenders = tenders;
		this.bids = bids;
		this.access = access;
		this.catalogue = catalogue;
		this.people = people;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@Override
	@Transactional
	public void write() {
		Actor admin = CurrentActor.require();
		Map<String, ProjectOverview> byCode = new LinkedHashMap<>();
		this.catalogue.listVisible(admin).forEach(p -> byCode.put(p.code(), p));
		ProjectOverview dataCentre = byCode.get("INFRA-DC");
		agreement(admin, dataCentre);
		if (dataCentre != null) {
			tender(admin, dataCentre.id());
		}
	}

	private void agreement(Actor admin, ProjectOverview dataCentre) {
		LocalDate today = LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
		List<Long> managers = person("proc.officer").map(PersonSummary::id).stream().toList();
		FrameworkAgreement a = this.agreements.create(admin,
				new AgreementService.AgreementDraft("FA-IT-2025-01", "IT consultancy services",
						"Business analysis and solution architecture for the directorate's ICT projects, by the day.",
						Classification.PUBLIC, "EUR", new BigDecimal("2400000.00"), today.minusMonths(14),
						today.plusMonths(2), 2, 12, 90,
						List.of(new AgreementService.LotDraft("LOT1", "Business analysis",
								List.of("Northwind Consulting", "Contoso Advisory")),
								new AgreementService.LotDraft("LOT2", "Solution architecture",
										List.of("Fabrikam Architects", "Adatum Systems", "Contoso Advisory"))),
						managers));
		long version = a.version();
		for (FrameworkAgreement.Stage s : List.of(FrameworkAgreement.Stage.CONSULTATION,
				FrameworkAgreement.Stage.EVALUATION, FrameworkAgreement.Stage.AWARD,
				FrameworkAgreement.Stage.EXECUTION)) {
			version = this.agreements.moveTo(admin, a.id(), version, s).version();
		}
		Long project = dataCentre == null ? null : dataCentre.id();
		this.agreements.callOff(admin, a.id(), new AgreementService.CallOffDraft("LOT1", "Northwind Consulting",
				new BigDecimal("186000.00"), project, "Two business analysts for the migration waves, 120 days each"));
		this.agreements.callOff(admin, a.id(), new AgreementService.CallOffDraft("LOT2", "Fabrikam Architects",
				new BigDecimal("342500.00"), project, "Target architecture and landing zone design"));
		this.agreements.callOff(admin, a.id(), new AgreementService.CallOffDraft("LOT2", "Adatum Systems",
				new BigDecimal("98000.00"), null, "Architecture review of the payment gateway"));
	}

	private void tender(Actor admin, long projectId) {
		Instant now = this.clock.instant();
		Map<Long, Boolean> committee = new LinkedHashMap<>();
		Classification classification = this.catalogue.classificationOf(projectId).orElse(Classification.PUBLIC);
		for (String username : List.of("proc.officer", "cto")) {
			person(username).flatMap(p -> this.people.actorFor(p.id()))
				.filter(p -> p.clears(classification))
				.ifPresent(p -> committee.put(p.id(), committee.isEmpty()));
		}
		if (committee.isEmpty()) {
			committee.put(admin.id(), true);
		}
		Tender tender = this.tenders.saveAndFlush(new Tender(projectId, "T-2026-014", "Data centre migration partner",
				"A partner to move 140 workloads to the consolidated data centre in four waves.", "EUR",
				now.minus(Duration.ofDays(1)), 10, FinancialFormula.LOWEST_PRICE_RATIO,
				List.of("Migration of 140 workloads in four waves with rollback plans",
						"ISO 27001 certified delivery centre", "Named migration lead with two similar references"),
				List.of(new Criterion("ELIG", "Eligibility and certification", Criterion.Kind.PASS_FAIL,
						BigDecimal.ZERO, 0),
						new Criterion("METHOD", "Migration method and rollback", Criterion.Kind.TECHNICAL,
								new BigDecimal("40"), 10),
						new Criterion("TEAM", "Team and references", Criterion.Kind.TECHNICAL, new BigDecimal("20"),
								10),
						new Criterion("PRICE", "Price", Criterion.Kind.FINANCIAL, new BigDecimal("40"), 0)),
				committee, admin.username(), now.minus(Duration.ofDays(21))));
		Classification c = this.access.classification(tender);
		this.audit.record(AuditRecord.created(TenderService.TENDER, tender.id(), c, tender.snapshot()));
		Object[][] received = { { "Northwind Migration Services", "412000.00", 3 },
				{ "Litware Data Centres", "389500.00", 2 }, { "Proseware Cloud", "455750.00", 2 } };
		for (Object[] r : received) {
			Instant at = now.minus(Duration.ofDays((Integer) r[2]));
			String fingerprint = TenderService.fingerprint(tender.reference() + "|" + r[0] + "|" + r[1] + "|EUR|" + at);
			this.bids.saveAndFlush(new Bid(tender.id(), (String) r[0], new BigDecimal((String) r[1]), "EUR", at,
					admin.username(), fingerprint));
			this.audit.record(new AuditRecord(TenderService.TENDER + ".bid-received", TenderService.TENDER,
					String.valueOf(tender.id()), c, "sealed bid " + fingerprint, null,
					Map.of("receivedAt", at.toString(), "fingerprint", fingerprint)));
		}
		this.tenderService.open(admin, tender.id(), tender.version());
	}

	private Optional<PersonSummary> person(String username) {
		return this.people.findByUsername(username);
	}

}
