package org.agilepmo.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitDetails;
import org.agilepmo.organisation.OrganisationManagement.NewUnit;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;

/**
 * Who may call each endpoint, and a sample request for it. Every mapped endpoint must
 * have an entry here ({@link AccessMatrixTest}).
 */
final class AccessMatrix {

	enum Rule {

		/** Anyone, signed in or not. */
		PUBLIC,
		/** Any signed-in person. */
		SIGNED_IN,
		/** Holders of one of the global roles; others get 403 or 404. */
		ROLE,
		/**
		 * Decided per project: a role on it and the screening its classification needs.
		 */
		PROJECT

	}

	record Sample(String path, String json, String ifMatch, Map<String, String> form, Upload file) {

		static Sample of(String path) {
			return new Sample(path, null, null, Map.of(), null);
		}

		Sample json(String body) {
			return new Sample(this.path, body, this.ifMatch, this.form, this.file);
		}

		Sample ifMatch(long version) {
			return new Sample(this.path, this.json, "\"" + version + "\"", this.form, this.file);
		}

		Sample form(Map<String, String> fields) {
			return new Sample(this.path, this.json, this.ifMatch, fields, this.file);
		}

		/** Sends the request as a multipart form with a text file in the part "file". */
		Sample file(String name, String content) {
			return new Sample(this.path, this.json, this.ifMatch, this.form,
					new Upload(name, content.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}

	}

	/** A file a sample request uploads. */
	record Upload(String name, byte[] bytes) {
	}

	record Entry(String method, String pattern, Rule rule, Set<GlobalRole> roles, Function<Scene, Sample> sample) {

		String key() {
			return this.method + " " + this.pattern;
		}

		boolean isApi() {
			return this.pattern.startsWith("/api/");
		}

	}

	static final GlobalRole[] PMO = { GlobalRole.ADMINISTRATOR, GlobalRole.PMO_OFFICER };

	private static final List<Entry> CORE = List.of(
			// Public: sign-in, errors, API description, health
			publicly("GET", "/login", s -> Sample.of("/login")), publicly("ANY", "/error", s -> Sample.of("/error")),
			publicly("GET", "/v3/api-docs", s -> Sample.of("/v3/api-docs")),
			publicly("GET", "/v3/api-docs.yaml", s -> Sample.of("/v3/api-docs.yaml")),
			publicly("GET", "/v3/api-docs/swagger-config", s -> Sample.of("/v3/api-docs/swagger-config")),
			publicly("GET", "/swagger-ui.html", s -> Sample.of("/swagger-ui.html")),
			publicly("GET", "/actuator/health", s -> Sample.of("/actuator/health")),
			publicly("GET", "/actuator/health/**", s -> Sample.of("/actuator/health/liveness")),
			// Operations: administrators
			role("GET", "/actuator", s -> Sample.of("/actuator"), GlobalRole.ADMINISTRATOR),
			role("GET", "/actuator/info", s -> Sample.of("/actuator/info"), GlobalRole.ADMINISTRATOR),
			role("GET", "/actuator/prometheus", s -> Sample.of("/actuator/prometheus"), GlobalRole.ADMINISTRATOR),
			// Home and one's own account
			signedIn("GET", "/", s -> Sample.of("/")), signedIn("GET", "/account", s -> Sample.of("/account")),
			signedIn("POST", "/account/tokens", s -> Sample.of("/account/tokens").form(Map.of("name", "matrix"))),
			signedIn("POST", "/account/password",
					s -> Sample.of("/account/password")
						.form(Map.of("currentPassword", IdentityFixtures.PASSWORD, "newPassword",
								IdentityFixtures.PASSWORD))),
			signedIn("POST", "/account/tokens/{id}/revoke",
					s -> Sample.of("/account/tokens/" + s.ownTokenId() + "/revoke")),
			signedIn("GET", "/api/v1/me", s -> Sample.of("/api/v1/me")),
			// Accounts: administrators
			role("GET", "/admin/accounts", s -> Sample.of("/admin/accounts"), GlobalRole.ADMINISTRATOR),
			role("GET", "/admin/accounts/new", s -> Sample.of("/admin/accounts/new"), GlobalRole.ADMINISTRATOR),
			role("POST", "/admin/accounts/new",
					s -> Sample.of("/admin/accounts/new")
						.form(Map.of("username", s.newCode().toLowerCase(), "displayName", "New person", "password",
								"long-enough-password", "screening", "NONE")),
					GlobalRole.ADMINISTRATOR),
			role("GET", "/admin/accounts/{id}", s -> Sample.of("/admin/accounts/" + s.target().id()),
					GlobalRole.ADMINISTRATOR),
			role("POST", "/admin/accounts/{id}", s -> Sample.of("/admin/accounts/" + s.target().id())
				.form(Map.of("username", s.target().username(), "displayName", "Renamed person", "screening", "BASIC",
						"roles", "MEMBER", "enabled", "true", "version", String.valueOf(s.targetVersion()))),
					GlobalRole.ADMINISTRATOR),
			role("GET", "/api/v1/accounts", s -> Sample.of("/api/v1/accounts"), GlobalRole.ADMINISTRATOR),
			role("POST", "/api/v1/accounts",
					s -> Sample.of("/api/v1/accounts")
						.json("{\"username\":\"" + s.newCode().toLowerCase()
								+ "\",\"displayName\":\"API person\",\"password\":\"long-enough-password\","
								+ "\"screening\":\"NONE\"}"),
					GlobalRole.ADMINISTRATOR),
			role("GET", "/api/v1/accounts/{id}", s -> Sample.of("/api/v1/accounts/" + s.target().id()),
					GlobalRole.ADMINISTRATOR),
			role("PATCH", "/api/v1/accounts/{id}",
					s -> Sample.of("/api/v1/accounts/" + s.target().id())
						.json("{\"screening\":\"BASIC\"}")
						.ifMatch(s.targetVersion()),
					GlobalRole.ADMINISTRATOR),
			// Organisation: everyone reads, administrators change
			signedIn("GET", "/organisation", s -> Sample.of("/organisation")),
			signedIn("GET", "/organisation/units/{id}", s -> Sample.of("/organisation/units/" + s.unit().id())),
			role("GET", "/organisation/units/new", s -> Sample.of("/organisation/units/new"), GlobalRole.ADMINISTRATOR),
			role("POST", "/organisation/units/new",
					s -> Sample.of("/organisation/units/new")
						.form(Map.of("code", s.newCode(), "name", "Matrix unit", "type", "DIRECTORATE")),
					GlobalRole.ADMINISTRATOR),
			role("GET", "/organisation/units/{id}/edit",
					s -> Sample.of("/organisation/units/" + s.unit().id() + "/edit"), GlobalRole.ADMINISTRATOR),
			role("POST", "/organisation/units/{id}/edit",
					s -> Sample.of("/organisation/units/" + s.unit().id() + "/edit")
						.form(Map.of("code", s.unit().code(), "name", "Renamed", "type", "DIRECTORATE", "version",
								String.valueOf(s.unitVersion()))),
					GlobalRole.ADMINISTRATOR),
			role("POST", "/organisation/units/{id}/members",
					s -> Sample.of("/organisation/units/" + s.unit().id() + "/members")
						.form(Map.of("personId", String.valueOf(s.member().id()))),
					GlobalRole.ADMINISTRATOR),
			role("POST", "/organisation/units/{id}/members/{personId}/remove",
					s -> Sample.of("/organisation/units/" + s.unit().id() + "/members/" + s.member().id() + "/remove"),
					GlobalRole.ADMINISTRATOR),
			signedIn("GET", "/api/v1/organisation/units", s -> Sample.of("/api/v1/organisation/units")),
			signedIn("GET", "/api/v1/organisation/units/{id}",
					s -> Sample.of("/api/v1/organisation/units/" + s.unit().id())),
			role("POST", "/api/v1/organisation/units",
					s -> Sample.of("/api/v1/organisation/units")
						.json("{\"code\":\"" + s.newCode() + "\",\"name\":\"Matrix\",\"type\":\"DIRECTORATE\"}"),
					GlobalRole.ADMINISTRATOR),
			role("PATCH", "/api/v1/organisation/units/{id}",
					s -> Sample.of("/api/v1/organisation/units/" + s.unit().id())
						.json("{\"name\":\"Renamed by API\"}")
						.ifMatch(s.unitVersion()),
					GlobalRole.ADMINISTRATOR),
			role("PUT", "/api/v1/organisation/units/{id}/members/{personId}",
					s -> Sample.of("/api/v1/organisation/units/" + s.unit().id() + "/members/" + s.member().id()),
					GlobalRole.ADMINISTRATOR),
			role("DELETE", "/api/v1/organisation/units/{id}/members/{personId}",
					s -> Sample.of("/api/v1/organisation/units/" + s.unit().id() + "/members/" + s.member().id()),
					GlobalRole.ADMINISTRATOR),
			// Audit: auditors and administrators
			role("GET", "/audit", s -> Sample.of("/audit"), GlobalRole.AUDITOR, GlobalRole.ADMINISTRATOR),
			role("POST", "/audit/verify", s -> Sample.of("/audit/verify"), GlobalRole.AUDITOR,
					GlobalRole.ADMINISTRATOR),
			role("GET", "/api/v1/audit", s -> Sample.of("/api/v1/audit"), GlobalRole.AUDITOR, GlobalRole.ADMINISTRATOR),
			role("GET", "/api/v1/audit/verify", s -> Sample.of("/api/v1/audit/verify"), GlobalRole.AUDITOR,
					GlobalRole.ADMINISTRATOR));

	/** Every module's entries; a module with endpoints adds its list here. */
	static final Map<String, Entry> ENTRIES = index(CORE, PortfolioAccessEntries.ENTRIES, DeliveryAccessEntries.ENTRIES,
			IntakeAccessEntries.ENTRIES, GovernanceAccessEntries.ENTRIES, PlanningAccessEntries.ENTRIES,
			DiscussionAccessEntries.ENTRIES, NotificationAccessEntries.ENTRIES, WorkspaceAccessEntries.ENTRIES,
			RiskAccessEntries.ENTRIES, ResourcesAccessEntries.ENTRIES, ScheduleRiskAccessEntries.ENTRIES,
			TimesheetsAccessEntries.ENTRIES, FinanceAccessEntries.ENTRIES, WebhooksAccessEntries.ENTRIES,
			ReportingAccessEntries.ENTRIES, ProcurementAccessEntries.ENTRIES, DashboardsAccessEntries.ENTRIES,
			PartnersAccessEntries.ENTRIES, KnowledgeAccessEntries.ENTRIES, QualityAccessEntries.ENTRIES,
			MeetingsAccessEntries.ENTRIES, ArchitectureAccessEntries.ENTRIES, EventsAccessEntries.ENTRIES);

	private AccessMatrix() {
	}

	static Entry publicly(String method, String pattern, Function<Scene, Sample> sample) {
		return new Entry(method, pattern, Rule.PUBLIC, Set.of(), sample);
	}

	static Entry signedIn(String method, String pattern, Function<Scene, Sample> sample) {
		return new Entry(method, pattern, Rule.SIGNED_IN, Set.of(), sample);
	}

	static Entry role(String method, String pattern, Function<Scene, Sample> sample, GlobalRole... roles) {
		return new Entry(method, pattern, Rule.ROLE, Set.of(roles), sample);
	}

	static Entry project(String method, String pattern, Function<Scene, Sample> sample) {
		return new Entry(method, pattern, Rule.PROJECT, Set.of(), sample);
	}

	@SafeVarargs
	private static Map<String, Entry> index(List<Entry>... lists) {
		Map<String, Entry> byKey = new LinkedHashMap<>();
		for (List<Entry> entries : lists) {
			for (Entry e : entries) {
				if (byKey.put(e.key(), e) != null) {
					throw new IllegalStateException("Two entries for " + e.key());
				}
			}
		}
		return byKey;
	}

	/**
	 * The people and objects the sample requests use. Each request is made against fresh
	 * objects, so that a write in one sample cannot make another fail.
	 */
	static final class Scene {

		private final IdentityFixtures people;

		private final OrganisationManagement organisation;

		private final PersonSummary member;

		private final Map<GlobalRole, PersonSummary> holders = new EnumMap<>(GlobalRole.class);

		private final Map<Long, String> tokens = new LinkedHashMap<>();

		private final PersonSummary administrator;

		private OrgUnitDetails unit;

		private PersonSummary target;

		private final org.agilepmo.identity.AccountManagement accounts;

		private final PortfolioScene portfolios;

		private final PortfolioScene.PortfolioRef portfolio;

		private final PortfolioScene.ProgrammeRef programme;

		private final PersonSummary projectManager;

		private final PersonSummary lowScreened;

		private final long projectId;

		private final long hiddenProjectId;

		private boolean hiddenFocus;

		private final org.springframework.context.ApplicationContext context;

		Scene(IdentityFixtures people, OrganisationManagement organisation,
				org.agilepmo.identity.AccountManagement accounts, PortfolioScene portfolios,
				org.springframework.context.ApplicationContext context) {
			this.context = context;
			this.people = people;
			this.organisation = organisation;
			this.accounts = accounts;
			this.member = people.person("member", ScreeningLevel.ENHANCED);
			this.administrator = people.person("admin", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
			this.holders.put(GlobalRole.ADMINISTRATOR, this.administrator);
			this.holders.put(GlobalRole.AUDITOR, people.person("auditor", ScreeningLevel.ENHANCED, GlobalRole.AUDITOR));
			this.holders.put(GlobalRole.PMO_OFFICER,
					people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER));
			this.holders.put(GlobalRole.MEMBER, this.member);
			this.holders.put(GlobalRole.ARCHITECTURE_BOARD,
					people.person("arb", ScreeningLevel.ENHANCED, GlobalRole.ARCHITECTURE_BOARD));
			this.portfolios = portfolios;
			this.portfolio = this.portfolios.portfolio();
			this.programme = this.portfolios.programme(this.portfolio.id());
			this.projectManager = people.person("pm", ScreeningLevel.BASIC);
			this.projectId = this.portfolios
				.project(this.portfolio.id(), Classification.PUBLIC,
						d -> PortfolioScene.withManager(d, this.projectManager.id()))
				.id();
			this.lowScreened = people.person("low", ScreeningLevel.ENHANCED, GlobalRole.AUDITOR);
			long hidden = this.portfolios.project(this.portfolio.id(), Classification.CONFIDENTIAL).id();
			this.portfolios.giveProjectRole(hidden, this.lowScreened, ProjectRole.TEAM_MEMBER);
			people.actingAs(this.administrator,
					() -> accounts.update(this.lowScreened.id(), accounts.details(this.lowScreened.id()).version(),
							new org.agilepmo.identity.AccountManagement.AccountChange(null, null, ScreeningLevel.BASIC,
									null, null)));
			this.hiddenProjectId = hidden;
		}

		PersonSummary member() {
			return this.member;
		}

		/** A service of a module whose samples need objects the scene does not build. */
		<T> T bean(Class<T> type) {
			return this.context.getBean(type);
		}

		PersonSummary holderOf(GlobalRole role) {
			return this.holders.get(role);
		}

		/** The project manager of the visible project. */
		PersonSummary projectManager() {
			return this.projectManager;
		}

		/**
		 * A person with a role on the hidden project whose screening does not clear it:
		 * every project-scoped request of theirs about it must answer 404.
		 */
		PersonSummary lowScreened() {
			return this.lowScreened;
		}

		/**
		 * Points the project samples at the project the low-screened person may not see.
		 */
		void focusOnHiddenProject() {
			this.hiddenFocus = true;
		}

		PortfolioScene.ProjectRef project() {
			return this.portfolios.reload(this.hiddenFocus ? this.hiddenProjectId : this.projectId);
		}

		long projectId() {
			return project().id();
		}

		String projectCode() {
			return project().code();
		}

		String projectClassification() {
			return project().classification().name();
		}

		long projectVersion() {
			return project().version();
		}

		String hiddenProjectCode() {
			return this.portfolios.reload(this.hiddenProjectId).code();
		}

		String hiddenProjectName() {
			return this.portfolios.reload(this.hiddenProjectId).name();
		}

		long hiddenProjectId() {
			return this.hiddenProjectId;
		}

		long portfolioId() {
			return this.portfolio.id();
		}

		String portfolioCode() {
			return this.portfolio.code();
		}

		long portfolioVersion() {
			return this.portfolios.portfolioVersion(portfolioId());
		}

		long programmeId() {
			return this.programme.id();
		}

		String programmeCode() {
			return this.programme.code();
		}

		long programmeVersion() {
			return this.portfolios.programmeVersion(programmeId());
		}

		String tokenOf(PersonSummary person) {
			return this.tokens.computeIfAbsent(person.id(), id -> this.people.tokenOf(person));
		}

		long ownTokenId() {
			return this.people.tokenIdOf(this.member);
		}

		String newCode() {
			return "M-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		}

		/** A top-level unit of this scene's own. */
		OrgUnitDetails unit() {
			if (this.unit == null) {
				this.unit = this.people.actingAs(this.administrator, () -> this.organisation
					.create(new NewUnit(newCode(), "Matrix directorate", UnitType.DIRECTORATE, null, null)));
			}
			return this.unit;
		}

		/** A person for administrators to edit. */
		PersonSummary target() {
			if (this.target == null) {
				this.target = this.people.person("target", ScreeningLevel.NONE);
			}
			return this.target;
		}

		long targetVersion() {
			return this.people.actingAs(this.administrator, () -> this.accounts.details(target().id()).version());
		}

		long unitVersion() {
			return this.organisation.details(unit().id()).version();
		}

		/**
		 * A person who may open every representative page: administrator, PMO officer and
		 * auditor, cleared to the highest level, with a role on the hidden project.
		 */
		PersonSummary clearedForEverything() {
			PersonSummary person = this.people.person("cleared", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR,
					GlobalRole.PMO_OFFICER, GlobalRole.AUDITOR);
			this.portfolios.giveProjectRole(this.hiddenProjectId, person, ProjectRole.TEAM_MEMBER);
			return person;
		}

		/** An administrator lowers the person to a plain member with no screening. */
		void lower(PersonSummary person) {
			change(person, new org.agilepmo.identity.AccountManagement.AccountChange(null, null, ScreeningLevel.NONE,
					Set.of(GlobalRole.MEMBER), null));
		}

		/** An administrator disables, or enables again, the person's account. */
		void enable(PersonSummary person, boolean enabled) {
			change(person, new org.agilepmo.identity.AccountManagement.AccountChange(null, null, null, null, enabled));
		}

		private void change(PersonSummary person, org.agilepmo.identity.AccountManagement.AccountChange change) {
			this.people.actingAs(this.administrator,
					() -> this.accounts.update(person.id(), this.accounts.details(person.id()).version(), change));
		}

	}

}
