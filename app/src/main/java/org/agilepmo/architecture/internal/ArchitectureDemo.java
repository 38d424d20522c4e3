package org.agilepmo.architecture.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.agilepmo.identity.AccountDetails;
import org.agilepmo.identity.AccountManagement;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;
import org.agilepmo.shared.GlobalRole;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo architecture: the CTO on the architecture board; a radar of fifteen entries (one
 * on hold); ten applications with their dependencies, one of them confidential; the
 * electronic identity project's solution design approved with two conditions; and a
 * project using a technology on hold under a waiver that has run out.
 */
@Component
@Order(85)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class ArchitectureDemo implements DemoContribution {

	private final CatalogueService catalogue;

	private final ApplicationService applications;

	private final ReviewService reviews;

	private final TechnologyUseService uses;

	private final TechnologyUses useRepository;

	private final AccountManagement accounts;

	private final People people;

	private final ProjectCatalogue projects;

	private final ArchitectureClock clock;

	ArchitectureDemo(CatalogueService catalogue, ApplicationService applications, ReviewService reviews,
			TechnologyUseService uses, TechnologyUses useRepository, AccountManagement accounts, People people,
			ProjectCatalogue projects, ArchitectureClock clock) {
		this.catalogue = catalogue;
		this.applications = applications;
		this.reviews = reviews;
		this.uses = uses;
		this.useRepository = useRepository;
		this.accounts = accounts;
		this.people = people;
		this.projects = projects;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void write() {
		Actor admin = CurrentActor.require();
		Optional<PersonSummary> cto = this.people.findByUsername("cto");
		cto.ifPresent(this::joinTheBoard);
		Long ctoId = cto.map(PersonSummary::id).orElse(admin.id());
		LocalDate today = this.clock.today();

		Map<String, Long> radar = new HashMap<>();
		Object[][] entries = { { "Java 21", Ring.ADOPT, Quadrant.LANGUAGES_FRAMEWORKS, EntryKind.TECHNOLOGY, null },
				{ "Spring Boot", Ring.ADOPT, Quadrant.LANGUAGES_FRAMEWORKS, EntryKind.TECHNOLOGY, null },
				{ "PostgreSQL", Ring.ADOPT, Quadrant.PLATFORMS, EntryKind.TECHNOLOGY, null },
				{ "Kubernetes", Ring.TRIAL, Quadrant.PLATFORMS, EntryKind.TECHNOLOGY, null },
				{ "Keycloak", Ring.ADOPT, Quadrant.TOOLS, EntryKind.TECHNOLOGY, null },
				{ "Kafka", Ring.TRIAL, Quadrant.PLATFORMS, EntryKind.TECHNOLOGY, null },
				{ "Oracle Forms", Ring.HOLD, Quadrant.LANGUAGES_FRAMEWORKS, EntryKind.TECHNOLOGY, today.plusMonths(4) },
				{ "AngularJS", Ring.HOLD, Quadrant.LANGUAGES_FRAMEWORKS, EntryKind.TECHNOLOGY, today.minusYears(1) },
				{ "Terraform", Ring.TRIAL, Quadrant.TOOLS, EntryKind.TECHNOLOGY, null },
				{ "OpenTelemetry", Ring.ASSESS, Quadrant.TOOLS, EntryKind.TECHNOLOGY, null },
				{ "Event sourcing", Ring.ASSESS, Quadrant.TECHNIQUES, EntryKind.PATTERN, null },
				{ "Modular monolith", Ring.ADOPT, Quadrant.TECHNIQUES, EntryKind.PATTERN, null },
				{ "OpenID Connect", Ring.ADOPT, Quadrant.TECHNIQUES, EntryKind.STANDARD, null },
				{ "WCAG 2.1 AA", Ring.ADOPT, Quadrant.TECHNIQUES, EntryKind.STANDARD, null },
				{ "eIDAS qualified signatures", Ring.TRIAL, Quadrant.TECHNIQUES, EntryKind.STANDARD, null } };
		for (Object[] e : entries) {
			CatalogueEntry saved = this.catalogue.create(admin, new EntryDraft((String) e[0], (EntryKind) e[3],
					(Ring) e[1], (Quadrant) e[2], ctoId, today.plusMonths(6), (LocalDate) e[4], null));
			radar.put(saved.name(), saved.id());
		}

		Map<String, Long> byCode = new HashMap<>();
		for (ProjectOverview p : this.projects.listVisible(admin)) {
			byCode.put(p.code(), p.id());
		}
		Long eid = byCode.get("DIGI-EID");
		Object[][] apps = {
				{ "ID-PORTAL", "Citizen identity portal", ApplicationKind.APPLICATION, "Digital identity",
						Lifecycle.BUILD, Hosting.PRIVATE_CLOUD, Classification.RESTRICTED, "B",
						List.of("Java 21", "Spring Boot", "Keycloak") },
				{ "SIGN-SVC", "Signature service", ApplicationKind.SHARED_COMPONENT, "Digital identity", Lifecycle.PLAN,
						Hosting.PRIVATE_CLOUD, Classification.CONFIDENTIAL, "A",
						List.of("Java 21", "eIDAS qualified signatures") },
				{ "IAM", "Identity and access management", ApplicationKind.SHARED_COMPONENT, "Security", Lifecycle.RUN,
						Hosting.ON_PREMISES, Classification.PUBLIC, "B", List.of("Keycloak", "OpenID Connect") },
				{ "PAY-GW", "Payment gateway", ApplicationKind.APPLICATION, "Payments", Lifecycle.BUILD,
						Hosting.PRIVATE_CLOUD, Classification.RESTRICTED, "C", List.of("Java 21", "Kafka") },
				{ "ERP", "Enterprise resource planning", ApplicationKind.APPLICATION, "Finance", Lifecycle.RUN,
						Hosting.ON_PREMISES, Classification.RESTRICTED, "D", List.of("Oracle Forms", "PostgreSQL") },
				{ "HR-CORE", "Human resources core", ApplicationKind.APPLICATION, "People", Lifecycle.RUN, Hosting.SAAS,
						Classification.RESTRICTED, "B", List.of() },
				{ "DOC-MGMT", "Document management", ApplicationKind.APPLICATION, "Records", Lifecycle.RUN,
						Hosting.ON_PREMISES, Classification.PUBLIC, "C", List.of("PostgreSQL") },
				{ "INTRANET", "Staff intranet", ApplicationKind.APPLICATION, "Communication", Lifecycle.PHASE_OUT,
						Hosting.ON_PREMISES, Classification.PUBLIC, "E", List.of("AngularJS") },
				{ "INT-BUS", "Integration bus", ApplicationKind.SHARED_COMPONENT, "Integration", Lifecycle.RUN,
						Hosting.PRIVATE_CLOUD, Classification.PUBLIC, "B", List.of("Kafka", "Kubernetes") },
				{ "DWH", "Data warehouse", ApplicationKind.APPLICATION, "Reporting", Lifecycle.RUN,
						Hosting.PUBLIC_CLOUD, Classification.RESTRICTED, "C", List.of("PostgreSQL") } };
		Map<String, Long> appIds = new HashMap<>();
		for (Object[] a : apps) {
			@SuppressWarnings("unchecked")
			List<String> tech = (List<String>) a[8];
			Set<Long> techIds = new java.util.TreeSet<>();
			tech.forEach(t -> techIds.add(radar.get(t)));
			Set<Long> changedBy = (eid != null && (a[0].equals("ID-PORTAL") || a[0].equals("SIGN-SVC"))) ? Set.of(eid)
					: Set.of();
			Application app = this.applications.create(admin,
					new ApplicationDraft((String) a[0], (String) a[1], (ApplicationKind) a[2], ctoId, (String) a[3],
							(Hosting) a[5], (Classification) a[6], (String) a[7], null, techIds, changedBy),
					(Lifecycle) a[4], today.minusYears(2));
			appIds.put(app.code(), app.id());
		}
		String[][] dependencies = { { "ID-PORTAL", "IAM", "Serving" }, { "ID-PORTAL", "SIGN-SVC", "Serving" },
				{ "ID-PORTAL", "INT-BUS", "Flow" }, { "PAY-GW", "IAM", "Serving" }, { "PAY-GW", "ERP", "Flow" },
				{ "ERP", "HR-CORE", "Flow" }, { "DWH", "ERP", "Flow" }, { "DWH", "HR-CORE", "Flow" },
				{ "INTRANET", "DOC-MGMT", "Serving" }, { "INTRANET", "IAM", "Serving" },
				{ "DOC-MGMT", "IAM", "Serving" }, { "INT-BUS", "IAM", "Serving" } };
		for (String[] d : dependencies) {
			long from = appIds.get(d[0]);
			this.applications.depend(admin, from, this.applications.get(admin, from).version(), appIds.get(d[1]), d[2]);
		}

		if (eid != null) {
			ArchitectureReview review = this.reviews.requestForProject(admin, eid,
					new ReviewService.ReviewRequest(ReviewKind.SOLUTION_DESIGN,
							"Electronic identity: solution design and signature service",
							"Identity portal on the private cloud, qualified signatures through a new shared "
									+ "signature service, single sign-on through the organisation's IAM.",
							Set.of(radar.get("OpenID Connect"), radar.get("eIDAS qualified signatures"),
									radar.get("WCAG 2.1 AA")),
							Set.of(ctoId)));
			Actor board = cto.flatMap(p -> this.people.actorFor(p.id())).orElse(admin);
			Long manager = this.people.findByUsername("pm.tomas").map(PersonSummary::id).orElse(admin.id());
			this.reviews.assess(board, review.id(), review.version(), Map.of(radar.get("OpenID Connect"), true,
					radar.get("eIDAS qualified signatures"), true, radar.get("WCAG 2.1 AA"), false));
			ArchitectureReview assessed = this.reviews.get(board, review.id());
			this.reviews.decide(board, review.id(), assessed.version(), ReviewDecision.APPROVED_WITH_CONDITIONS,
					"Sound design; accessibility and key custody to settle before go-live.",
					List.of(new ReviewService.ConditionDraft("Accessibility audit of the portal against WCAG 2.1 AA",
							manager, today.plusWeeks(6)),
							new ReviewService.ConditionDraft(
									"Key custody of the signature service agreed with the security officer", manager,
									today.plusWeeks(3))));
		}

		Long pay = byCode.get("DIGI-PAY");
		if (pay != null) {
			this.uses.declare(admin, pay, radar.get("Java 21"), null, null, null);
			TechnologyUse legacy = this.uses.declare(admin, pay, radar.get("Oracle Forms"), null,
					"Refunds still run through the ERP's Oracle Forms screens", today.plusMonths(1));
			// The waiver was granted a year ago and has run out: written as it happened.
			legacy.waive(legacy.waiverReason(), today.minusDays(10), admin.id(), today.minusYears(1));
			this.useRepository.saveAndFlush(legacy);
		}
	}

	private void joinTheBoard(PersonSummary cto) {
		if (cto.roles().contains(GlobalRole.ARCHITECTURE_BOARD)) {
			return;
		}
		AccountDetails details = this.accounts.details(cto.id());
		Set<GlobalRole> roles = EnumSet.of(GlobalRole.ARCHITECTURE_BOARD);
		roles.addAll(details.roles());
		this.accounts.update(cto.id(), details.version(),
				new AccountManagement.AccountChange(null, null, null, roles, null));
	}

}
