package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.agilepmo.identity.AccountManagement;
import org.agilepmo.identity.ActingAs;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.portfolio.PortfolioRegistry;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo resources: the competency centres' heads, a skill catalogue, public holidays of
 * four countries, profiles for the demo people and five resource-only people (accounts
 * that cannot sign in), a generic role and two facilities, allocations that over-allocate
 * Sara Haddad and Ken Ito, squads' target compositions with gaps, and an open staffing
 * request for the confidential criminal records system, which only enhanced-screened
 * people may answer.
 */
@Component
@Order(40)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class ResourcesDemo implements DemoContribution {

	private final ResourceService resources;

	private final AllocationService allocations;

	private final StaffingService staffing;

	private final CompositionService composition;

	private final OrganisationManagement organisation;

	private final ProjectCatalogue projects;

	private final People people;

	private final AccountManagement accounts;

	private final ActingAs actingAs;

	private final PortfolioRegistry registry;

	ResourcesDemo(ResourceService resources, AllocationService allocations, StaffingService staffing,
			CompositionService composition, OrganisationManagement organisation, ProjectCatalogue projects,
			People people, AccountManagement accounts, ActingAs actingAs, PortfolioRegistry registry) {
		this.registry = registry;
		this.resources = resources;
		this.allocations = allocations;
		this.staffing = staffing;
		this.composition = composition;
		this.organisation = organisation;
		this.projects = projects;
		this.people = people;
		this.accounts = accounts;
		this.actingAs = actingAs;
	}

	@Override
	public void write() {
		Actor admin = CurrentActor.require();
		Map<String, Long> units = this.organisation.all()
			.stream()
			.collect(Collectors.toMap(OrgUnitSummary::code, OrgUnitSummary::id));
		Map<String, Long> projectIds = this.projects.listVisible(admin)
			.stream()
			.collect(Collectors.toMap(ProjectOverview::code, ProjectOverview::id));
		if (!units.containsKey("CC-DEV")) {
			return;
		}
		head(admin, units.get("CC-DEV"), "cc.head");
		head(admin, units.get("CC-SD"), "architect");
		head(admin, units.get("CC-PMO"), "pmo.head");
		head(admin, units.get("CC-DEVOPS"), "qa.nadia");

		Map<String, Long> skills = new HashMap<>();
		for (String[] s : new String[][] { { "JAVA", "Java development" }, { "ANGULAR", "Angular front end" },
				{ "TESTING", "Test automation" }, { "DEVOPS", "DevOps pipelines" },
				{ "ARCHITECTURE", "Solution architecture" }, { "PROJECT-MGMT", "Project management" },
				{ "DATA", "Data engineering" } }) {
			skills.put(s[0], this.resources.defineSkill(admin, s[0], s[1]).id());
		}
		holidays(admin);

		LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate longAgo = monday.minusMonths(2);
		LocalDate later = monday.plusMonths(9);

		Long sara = person(admin, "dev.sara", units.get("CC-DEV"), "FR", 100);
		Long ken = person(admin, "dev.ken", units.get("CC-DEV"), "ES", 100);
		Long olga = person(admin, "cc.head", units.get("CC-DEV"), "FR", 100);
		Long nadia = person(admin, "qa.nadia", units.get("CC-DEVOPS"), "MA", 100);
		Long samuel = person(admin, "architect", units.get("CC-SD"), "KE", 100);
		Long amina = person(admin, "pm.amina", units.get("CC-PMO"), "FR", 100);
		Long tomas = person(admin, "pm.tomas", units.get("CC-PMO"), "ES", 80);
		Long marc = resourceOnly(admin, "res.marc", "Marc Lefèvre (Java developer)", ScreeningLevel.ENHANCED,
				units.get("CC-DEV"), "FR", 100);
		Long ines = resourceOnly(admin, "res.ines", "Inés García (DevOps engineer)", ScreeningLevel.BASIC,
				units.get("CC-DEVOPS"), "ES", 100);
		Long omar = resourceOnly(admin, "res.omar", "Omar Benali (front-end developer)", ScreeningLevel.NONE,
				units.get("CC-DEV"), "MA", 80);
		Long achieng = resourceOnly(admin, "res.achieng", "Achieng Otieno (data engineer)", ScreeningLevel.BASIC,
				units.get("CC-DEV"), "KE", 100);
		Long lucia = resourceOnly(admin, "res.lucia", "Lucía Torres (test engineer)", ScreeningLevel.ENHANCED,
				units.get("CC-DEVOPS"), "ES", 60);

		skill(admin, sara, skills, "JAVA", 4, "ANGULAR", 3);
		languages(admin, sara, "fr", LanguageLevel.C2, "en", LanguageLevel.C1, "ar", LanguageLevel.B2);
		skill(admin, ken, skills, "JAVA", 3, "DEVOPS", 2);
		languages(admin, ken, "en", LanguageLevel.C1, "es", LanguageLevel.B1);
		skill(admin, olga, skills, "JAVA", 5, "ARCHITECTURE", 3);
		languages(admin, olga, "fr", LanguageLevel.B2, "en", LanguageLevel.C2);
		skill(admin, nadia, skills, "TESTING", 4, "DEVOPS", 3);
		languages(admin, nadia, "ar", LanguageLevel.C2, "fr", LanguageLevel.C1, "en", LanguageLevel.B2);
		skill(admin, samuel, skills, "ARCHITECTURE", 5, "JAVA", 3);
		languages(admin, samuel, "en", LanguageLevel.C2, "fr", LanguageLevel.B1);
		skill(admin, amina, skills, "PROJECT-MGMT", 5);
		skill(admin, tomas, skills, "PROJECT-MGMT", 4);
		skill(admin, marc, skills, "JAVA", 3, "ANGULAR", 2);
		languages(admin, marc, "fr", LanguageLevel.C2, "en", LanguageLevel.B2);
		skill(admin, ines, skills, "DEVOPS", 4, "TESTING", 2);
		languages(admin, ines, "es", LanguageLevel.C2, "en", LanguageLevel.B2);
		skill(admin, omar, skills, "ANGULAR", 4, "JAVA", 2);
		languages(admin, omar, "ar", LanguageLevel.C2, "fr", LanguageLevel.C1);
		skill(admin, achieng, skills, "DATA", 4, "JAVA", 2);
		languages(admin, achieng, "en", LanguageLevel.C2);
		skill(admin, lucia, skills, "TESTING", 3);
		languages(admin, lucia, "es", LanguageLevel.C2, "fr", LanguageLevel.B2);

		rate(admin, sara, "85", monday.withDayOfYear(1), "92", monday.withDayOfYear(1).plusYears(1));
		rate(admin, ken, "78", monday.withDayOfYear(1), null, null);
		rate(admin, olga, "110", monday.withDayOfYear(1), null, null);
		rate(admin, marc, "80", monday.withDayOfYear(1), null, null);
		rate(admin, omar, "70", monday.withDayOfYear(1), null, null);
		if (sara != null) {
			this.resources.addLeave(admin, sara, monday.plusWeeks(6), monday.plusWeeks(7).minusDays(3), "Annual leave");
		}

		Long alpha = units.get("SQ-ALPHA");
		Long bravo = units.get("SQ-BRAVO");
		Long charlie = units.get("SQ-CHARLIE");
		// Sara: squad Alpha 60 % and the portal project 50 %: over-allocated.
		allocate(admin, sara, null, alpha, longAgo, later, LoadKind.PERCENT, "60");
		allocate(admin, sara, projectIds.get("DIGI-PORTAL"), null, longAgo, later, LoadKind.PERCENT, "50");
		// Ken: squad Bravo 32 h a week and the portal 16 h a week: 48 of 40 h (his
		// screening
		// clears public projects only).
		allocate(admin, ken, null, bravo, longAgo, later, LoadKind.HOURS, "32");
		allocate(admin, ken, projectIds.get("DIGI-PORTAL"), null, longAgo, monday.plusMonths(4), LoadKind.HOURS, "16");
		allocate(admin, olga, projectIds.get("POL-CRIMREC"), null, longAgo, later, LoadKind.PERCENT, "40");
		allocate(admin, marc, null, alpha, longAgo, later, LoadKind.PERCENT, "50");
		allocate(admin, omar, null, alpha, longAgo, later, LoadKind.PERCENT, "100");
		allocate(admin, nadia, null, charlie, longAgo, later, LoadKind.PERCENT, "70");
		allocate(admin, ines, null, bravo, longAgo, later, LoadKind.PERCENT, "50");
		allocate(admin, achieng, projectIds.get("CAP-DATA"), null, longAgo, monday.plusMonths(3), LoadKind.PERCENT,
				"60");
		allocate(admin, samuel, projectIds.get("INFRA-DC"), null, longAgo, later, LoadKind.PERCENT, "50");
		allocate(admin, amina, projectIds.get("POL-CRIMREC"), null, longAgo, later, LoadKind.PERCENT, "60");
		allocate(admin, tomas, projectIds.get("DIGI-EID"), null, longAgo, later, LoadKind.PERCENT, "50");

		this.resources.createRole(admin, skills.get("JAVA"), 3, new ProfileDraft("Java developer, level 3",
				units.get("CC-DEV"), "FR", BigDecimal.valueOf(8), "1111100", 100, BigDecimal.ZERO));
		Resource lab = this.resources.createFacility(admin, new ProfileDraft("Usability lab", units.get("CC-DEVOPS"),
				"FR", BigDecimal.valueOf(8), "1111100", 100, BigDecimal.valueOf(30)));
		this.resources.createFacility(admin, new ProfileDraft("Load-testing licence pool", units.get("CC-DEVOPS"), "FR",
				BigDecimal.valueOf(8), "1111111", 100, BigDecimal.valueOf(120)));
		allocate(admin, lab.id(), projectIds.get("DIGI-PORTAL"), null, monday, monday.plusMonths(2), LoadKind.HOURS,
				"12");

		target(admin, alpha, skills.get("JAVA"), 3, 2);
		target(admin, alpha, skills.get("ANGULAR"), 3, 1);
		target(admin, alpha, skills.get("TESTING"), 3, 1);
		target(admin, bravo, skills.get("JAVA"), 3, 2);
		target(admin, bravo, skills.get("DEVOPS"), 3, 1);
		target(admin, charlie, skills.get("DATA"), 3, 2);

		Long crimrec = projectIds.get("POL-CRIMREC");
		PersonSummary aminaAccount = this.people.findByUsername("pm.amina").orElse(null);
		PersonSummary olgaAccount = this.people.findByUsername("cc.head").orElse(null);
		if (crimrec != null && aminaAccount != null && olgaAccount != null) {
			// The head of Development answers requests for the project: the PMO gives her
			// a role on it.
			this.registry.grant(admin, crimrec, olgaAccount.id(), ProjectRole.VIEWER);
			this.actingAs.run("pm.amina",
					() -> this.staffing.ask(CurrentActor.require(), new RequestDraft(crimrec, null, units.get("CC-DEV"),
							skills.get("JAVA"), 3, "fr", LanguageLevel.B2, ScreeningLevel.BASIC, monday.plusWeeks(4),
							monday.plusWeeks(4).plusMonths(3), LoadKind.PERCENT, BigDecimal.valueOf(50),
							"Java developer for the records search service; French for the users' workshops.")));
		}
	}

	private void head(Actor admin, Long unit, String username) {
		if (unit != null) {
			this.people.findByUsername(username).ifPresent(p -> this.resources.nameHead(admin, unit, p.id()));
		}
	}

	private void holidays(Actor admin) {
		int year = LocalDate.now().getYear();
		for (int y = year; y <= year + 1; y++) {
			for (String[] h : new String[][] { { "FR", "01-01", "New Year's Day" }, { "FR", "05-01", "Labour Day" },
					{ "FR", "05-08", "Victory in Europe Day" }, { "FR", "07-14", "Bastille Day" },
					{ "FR", "08-15", "Assumption" }, { "FR", "11-01", "All Saints' Day" },
					{ "FR", "11-11", "Armistice Day" }, { "FR", "12-25", "Christmas Day" },
					{ "ES", "01-01", "Año Nuevo" }, { "ES", "01-06", "Epifanía del Señor" },
					{ "ES", "05-01", "Fiesta del Trabajo" }, { "ES", "08-15", "Asunción de la Virgen" },
					{ "ES", "10-12", "Fiesta Nacional de España" }, { "ES", "12-08", "Inmaculada Concepción" },
					{ "ES", "12-25", "Natividad del Señor" }, { "MA", "01-01", "New Year's Day" },
					{ "MA", "01-11", "Proclamation of Independence" }, { "MA", "05-01", "Labour Day" },
					{ "MA", "07-30", "Throne Day" }, { "MA", "11-18", "Independence Day" },
					{ "KE", "01-01", "New Year's Day" }, { "KE", "05-01", "Labour Day" },
					{ "KE", "06-01", "Madaraka Day" }, { "KE", "10-20", "Mashujaa Day" },
					{ "KE", "12-12", "Jamhuri Day" }, { "KE", "12-25", "Christmas Day" },
					{ "KE", "12-26", "Boxing Day" } }) {
				this.resources.addHoliday(admin, h[0], LocalDate.parse(y + "-" + h[1]), h[2]);
			}
		}
	}

	private Long person(Actor admin, String username, Long centre, String country, int partTime) {
		return this.people.findByUsername(username)
			.map(p -> this.resources
				.createPerson(admin, p.id(),
						new ProfileDraft(null, centre, country, BigDecimal.valueOf(8), "1111100", partTime, null))
				.id())
			.orElse(null);
	}

	/**
	 * A person who is a resource but does not use the platform: an account that cannot
	 * sign in.
	 */
	private Long resourceOnly(Actor admin, String username, String name, ScreeningLevel screening, Long centre,
			String country, int partTime) {
		PersonSummary person = this.accounts.create(new AccountManagement.NewAccount(username, name, null,
				UUID.randomUUID() + "-" + UUID.randomUUID(), screening, Set.of(GlobalRole.MEMBER), true));
		this.accounts.update(person.id(), this.accounts.details(person.id()).version(),
				new AccountManagement.AccountChange(null, null, null, null, false));
		return this.resources
			.createPerson(admin, person.id(),
					new ProfileDraft(null, centre, country, BigDecimal.valueOf(8), "1111100", partTime, null))
			.id();
	}

	private void skill(Actor admin, Long resource, Map<String, Long> skills, Object... pairs) {
		if (resource == null) {
			return;
		}
		for (int i = 0; i < pairs.length; i += 2) {
			this.resources.rateSkill(admin, resource, skills.get((String) pairs[i]), (Integer) pairs[i + 1]);
		}
	}

	private void languages(Actor admin, Long resource, Object... pairs) {
		if (resource == null) {
			return;
		}
		for (int i = 0; i < pairs.length; i += 2) {
			this.resources.rateLanguage(admin, resource, (String) pairs[i], (LanguageLevel) pairs[i + 1]);
		}
	}

	private void rate(Actor admin, Long resource, String amount, LocalDate from, String next, LocalDate nextFrom) {
		if (resource == null) {
			return;
		}
		this.resources.addRate(admin, resource, new BigDecimal(amount), "EUR", from, null);
		if (next != null) {
			this.resources.addRate(admin, resource, new BigDecimal(next), "EUR", nextFrom, null);
		}
	}

	private void allocate(Actor admin, Long resource, Long project, Long squad, LocalDate first, LocalDate last,
			LoadKind kind, String value) {
		if (resource == null || (project == null && squad == null)) {
			return;
		}
		this.allocations.allocate(admin, resource, Target.of(project, squad), first, last, kind, new BigDecimal(value));
	}

	private void target(Actor admin, Long squad, Long skill, int level, int headcount) {
		if (squad != null && skill != null) {
			this.composition.setTarget(admin, squad, skill, level, headcount, null);
		}
	}

}
