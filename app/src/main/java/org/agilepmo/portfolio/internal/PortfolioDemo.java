package org.agilepmo.portfolio.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.portfolio.Health;
import org.agilepmo.portfolio.Methodology;
import org.agilepmo.portfolio.PortfolioDraft;
import org.agilepmo.portfolio.PortfolioRegistry;
import org.agilepmo.portfolio.PortfolioRole;
import org.agilepmo.portfolio.ProgrammeDraft;
import org.agilepmo.portfolio.ProjectDraft;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.portfolio.ProjectSummary;
import org.agilepmo.portfolio.ProjectType;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo portfolio: three portfolios, their programmes, and projects of every type,
 * method and classification spread over the lifecycle, with the demo people in their
 * roles. Stages are reached through the allowed transitions, each with a reason, so the
 * stage history and the audit trail read as if people had done the work.
 */
@Component
@Order(1)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class PortfolioDemo implements DemoContribution {

	private static final List<Stage> PATH = List.of(Stage.CONCEPT, Stage.SCOPING, Stage.PLANNING, Stage.EXECUTION,
			Stage.GO_LIVE, Stage.CLOSED);

	/**
	 * The data centre consolidation started 48 weeks before the demo does, so that its
	 * plan (see the planning module's demo) is always in the middle of its migration.
	 */
	private static final LocalDate DATA_CENTRE_START = LocalDate.now()
		.minusWeeks(48)
		.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));

	private final PortfolioRegistry registry;

	private final People people;

	private final OrganisationManagement organisation;

	PortfolioDemo(PortfolioRegistry registry, People people, OrganisationManagement organisation) {
		this.registry = registry;
		this.people = people;
		this.organisation = organisation;
	}

	@Override
	public void write() {
		Actor admin = CurrentActor.require();
		Map<String, Long> units = this.organisation.all()
			.stream()
			.collect(Collectors.toMap(OrgUnitSummary::code, OrgUnitSummary::id));

		long digital = this.registry.createPortfolio(admin, new PortfolioDraft("PF-DIGITAL",
				"Digital Government Services", "Online services for citizens and businesses, and what they run on."));
		long police = this.registry.createPortfolio(admin, new PortfolioDraft("PF-POLICE", "Police Modernisation",
				"Information systems and equipment of the Police Services Directorate."));
		long capacity = this.registry.createPortfolio(admin, new PortfolioDraft("PF-CAPACITY", "Capacity Building",
				"Training, coaching and pilots, largely funded by external donors."));
		this.registry.assignPortfolioRole(admin, digital, person("cc.head"), PortfolioRole.PORTFOLIO_MANAGER);
		this.registry.assignPortfolioRole(admin, police, person("sponsor"), PortfolioRole.PORTFOLIO_VIEWER);
		this.registry.assignPortfolioRole(admin, capacity, person("donor"), PortfolioRole.PORTFOLIO_VIEWER);

		long eServices = this.registry.createProgramme(admin, new ProgrammeDraft(digital, "PG-ESERVICES", "e-Services",
				"Citizen-facing online services.", person("pm.tomas")));
		long infrastructure = this.registry.createProgramme(admin, new ProgrammeDraft(digital, "PG-INFRA",
				"Infrastructure modernisation", "Data centre, network and hosting.", person("architect")));
		long policeSystems = this.registry.createProgramme(admin, new ProgrammeDraft(police, "PG-POLICE-IS",
				"Police information systems", "Records, biometrics and communications.", person("pm.amina")));

		project(admin,
				draft("DIGI-PORTAL", "Citizen services portal", ProjectType.ICT, Methodology.SCRUM,
						Classification.PUBLIC, digital, eServices, "pm.tomas", "2026-03-02", "2027-06-30", Health.GREEN,
						null, List.of("citizens", "web"), units.get("SQ-ALPHA")),
				Stage.EXECUTION, "dev.sara", "dev.ken", "po.lucas");
		project(admin, draft("DIGI-EID", "Electronic identity and signature", ProjectType.ICT, Methodology.HYBRID,
				Classification.RESTRICTED, digital, eServices, "pm.tomas", "2026-09-01", "2027-12-17", Health.AMBER,
				"Certificate authority contract still under negotiation", List.of("identity"), units.get("SQ-BRAVO")),
				Stage.PLANNING, "dev.sara");
		project(admin,
				draft("DIGI-PAY", "Government payment gateway", ProjectType.ICT, Methodology.SCRUM,
						Classification.RESTRICTED, digital, eServices, "pm.tomas", "2025-11-03", "2026-12-18",
						Health.GREEN, null, List.of("payments"), units.get("SQ-BRAVO")),
				Stage.GO_LIVE, "qa.nadia");
		project(admin, draft("INFRA-DC", "Data centre consolidation", ProjectType.ICT, Methodology.WATERFALL,
				Classification.RESTRICTED, digital, infrastructure, "pm.amina", DATA_CENTRE_START.toString(),
				DATA_CENTRE_START.plusWeeks(62).minusDays(3).toString(), Health.AMBER,
				"Server delivery three weeks late; migration wave 1 behind its baseline", List.of("hosting"), null),
				Stage.EXECUTION, "architect");
		project(admin,
				draft("INFRA-NET", "Network refresh", ProjectType.ICT, Methodology.WATERFALL, Classification.PUBLIC,
						digital, infrastructure, "pm.tomas", "2025-02-03", "2026-06-30", Health.GREEN, null,
						List.of("network"), null),
				Stage.CLOSED);
		project(admin,
				draft("POL-CRIMREC", "Criminal records system", ProjectType.ICT, Methodology.HYBRID,
						Classification.CONFIDENTIAL, police, policeSystems, "pm.amina", "2026-02-02", "2027-09-30",
						Health.AMBER, "Data migration from the legacy system slower than planned",
						List.of("records", "migration"), units.get("SQ-CHARLIE")),
				Stage.EXECUTION, "unit.coord", "cc.head");
		project(admin,
				draft("POL-BORDER", "Border control biometrics", ProjectType.ICT, Methodology.WATERFALL,
						Classification.CONFIDENTIAL, police, policeSystems, "pm.amina", "2027-01-11", "2028-06-30",
						Health.GREEN, null, List.of("biometrics"), null),
				Stage.SCOPING, "architect");
		ProjectSummary radio = project(admin,
				draft("POL-RADIO", "Digital radio network", ProjectType.OPERATIONAL, Methodology.WATERFALL,
						Classification.RESTRICTED, police, policeSystems, "pm.tomas", "2026-05-04", "2027-10-29",
						Health.AMBER, "Frequency licence pending", List.of("radio"), null),
				Stage.PLANNING);
		this.registry.changeStage(admin, radio.id(), Stage.ON_HOLD, "Waiting for the frequency licence");
		project(admin,
				draft("POL-CASEAPP", "Case management mobile app", ProjectType.ICT, Methodology.SCRUM,
						Classification.RESTRICTED, police, null, "pm.tomas", "2027-02-01", "2027-11-30", Health.GREEN,
						null, List.of("mobile"), units.get("SQ-DELTA")),
				Stage.CONCEPT);
		project(admin,
				draft("CAP-DATA", "Data literacy for officers", ProjectType.CAPACITY_BUILDING, Methodology.SCRUM,
						Classification.PUBLIC, capacity, null, "pm.tomas", "2026-04-06", "2027-03-26", Health.GREEN,
						null, List.of("training", "donor"), null),
				Stage.EXECUTION, "donor");
		project(admin,
				draft("CAP-AGILE", "Agile coaching for squads", ProjectType.CAPACITY_BUILDING, Methodology.SCRUM,
						Classification.PUBLIC, capacity, null, "pm.tomas", "2027-01-04", "2027-12-17", Health.GREEN,
						null, List.of("coaching"), null),
				Stage.CONCEPT);
		ProjectSummary archive = project(admin,
				draft("CAP-ARCHIVE", "Records digitisation pilot", ProjectType.OPERATIONAL, Methodology.WATERFALL,
						Classification.RESTRICTED, capacity, null, "pm.amina", "2025-09-01", "2026-08-28", Health.RED,
						"Donor funding withdrawn", List.of("pilot"), null),
				Stage.SCOPING);
		this.registry.changeStage(admin, archive.id(), Stage.CANCELLED, "Donor funding withdrawn");
	}

	private ProjectSummary project(Actor admin, ProjectDraft draft, Stage stage, String... teamMembers) {
		ProjectSummary project = this.registry.createProject(admin, draft);
		this.registry.grant(admin, project.id(), person("sponsor"), ProjectRole.SPONSOR);
		for (String member : teamMembers) {
			this.registry.grant(admin, project.id(), person(member), ProjectRole.TEAM_MEMBER);
		}
		for (int i = 1; i <= PATH.indexOf(stage); i++) {
			project = this.registry.changeStage(admin, project.id(), PATH.get(i), reasonFor(PATH.get(i)));
		}
		return project;
	}

	private static String reasonFor(Stage stage) {
		return switch (stage) {
			case SCOPING -> "Concept note approved by the PMO board";
			case PLANNING -> "Scope and business case signed off";
			case EXECUTION -> "Plan baselined and funding released";
			case GO_LIVE -> "Acceptance tests passed";
			case CLOSED -> "Handed over to operations; lessons learned recorded";
			default -> "Demo data";
		};
	}

	private ProjectDraft draft(String code, String name, ProjectType type, Methodology methodology,
			Classification classification, long portfolioId, Long programmeId, String projectManager, String start,
			String finish, Health health, String healthReason, List<String> tags, Long squadId) {
		return new ProjectDraft(code, name, name + " (demo project).", type, methodology, classification, portfolioId,
				programmeId, person("sponsor"),
				person(classification == Classification.CONFIDENTIAL ? "unit.coord" : "business.owner"),
				person(projectManager), squadId == null ? Set.of() : Set.of(squadId), LocalDate.parse(start),
				LocalDate.parse(finish), health, healthReason, tags);
	}

	private long person(String username) {
		return this.people.findByUsername(username)
			.map(PersonSummary::id)
			.orElseThrow(() -> new IllegalStateException("Demo person missing: " + username));
	}

}
