package org.agilepmo.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.agilepmo.identity.AccountManagement;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.identity.TokenDirectory;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;
import org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

/**
 * Every page and API endpoint, as the handler mappings list them, against who may call
 * it: anonymous callers get a login redirect (pages) or 401 (API); a person without the
 * role gets 403 or 404; the role holder gets through. An endpoint that is not in
 * {@link AccessMatrix} fails the first test, so nobody can add one without deciding who
 * may use it.
 */
@PmoTest
class AccessMatrixTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	IdentityFixtures people;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	AccountManagement accounts;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	AccessMatrix.Scene scene;

	@BeforeEach
	void buildTheScene() {
		this.scene = new AccessMatrix.Scene(this.people, this.organisation, this.accounts,
				this.portfolioFixtures.scene(), this.context);
	}

	@Test
	void everyEndpointHasAnEntryInTheMatrix() {
		Set<String> mapped = mappedEndpoints();
		Set<String> inMatrix = new TreeSet<>(AccessMatrix.ENTRIES.keySet());
		Set<String> missing = new TreeSet<>(mapped);
		missing.removeAll(inMatrix);
		Set<String> stale = new TreeSet<>(inMatrix);
		stale.removeAll(mapped);
		assertThat(missing).as("endpoints without an access rule in AccessMatrix").isEmpty();
		assertThat(stale).as("AccessMatrix entries for endpoints that no longer exist").isEmpty();
	}

	@Test
	void anonymousCallersAreSentToLoginOrGet401() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (AccessMatrix.Entry entry : AccessMatrix.ENTRIES.values()) {
			MvcResult result = this.mvc.perform(request(entry).with(csrf())).andReturn();
			int status = result.getResponse().getStatus();
			if (entry.rule() == AccessMatrix.Rule.PUBLIC) {
				if (status == 401 || status == 403 || loginRedirect(result)) {
					wrong.add(entry.key() + " is public but answered " + status);
				}
			}
			else if (entry.isApi() ? status != 401 : !loginRedirect(result)) {
				wrong.add(entry.key() + " answered " + status + " to an anonymous caller");
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void peopleWithoutTheRoleGet403Or404() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (AccessMatrix.Entry entry : AccessMatrix.ENTRIES.values()) {
			if (entry.rule() != AccessMatrix.Rule.ROLE && entry.rule() != AccessMatrix.Rule.PROJECT) {
				continue;
			}
			int status = perform(entry, this.scene.member()).getResponse().getStatus();
			if (status != 403 && status != 404) {
				wrong.add(entry.key() + " answered " + status + " to a member without "
						+ (entry.rule() == AccessMatrix.Rule.ROLE ? entry.roles() : "a role on the project"));
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void theRightPersonGetsThrough() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (AccessMatrix.Entry entry : AccessMatrix.ENTRIES.values()) {
			PersonSummary who = switch (entry.rule()) {
				case PUBLIC -> null;
				case SIGNED_IN -> this.scene.member();
				case ROLE -> this.scene.holderOf(entry.roles().iterator().next());
				case PROJECT -> this.scene.projectManager();
			};
			if (who == null) {
				continue;
			}
			int status = perform(entry, who).getResponse().getStatus();
			if (status >= 400) {
				wrong.add(entry.key() + " answered " + status + " to " + who.username());
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void aRoleWithoutEnoughScreeningSeesNothingOfTheProject() throws Exception {
		this.scene.focusOnHiddenProject();
		List<String> wrong = new ArrayList<>();
		for (AccessMatrix.Entry entry : AccessMatrix.ENTRIES.values()) {
			if (entry.rule() != AccessMatrix.Rule.PROJECT) {
				continue;
			}
			int status = perform(entry, this.scene.lowScreened()).getResponse().getStatus();
			if (status != 404) {
				wrong.add(entry.key() + " answered " + status
						+ " to a team member whose screening does not clear the project");
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void listsSearchesCountsAndTheAuditTrailNeverShowAHiddenProject() throws Exception {
		String code = this.scene.hiddenProjectCode();
		String name = this.scene.hiddenProjectName();
		PersonSummary low = this.scene.lowScreened();
		for (String page : List.of("/projects", "/projects?q=" + code, "/portfolios", "/portfolios?q=" + code)) {
			String body = this.mvc.perform(MockMvcRequestBuilders.get(page).with(this.people.as(low)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as(page).doesNotContain(name);
		}
		String token = "Bearer " + this.scene.tokenOf(low);
		for (String api : List.of("/api/v1/projects", "/api/v1/projects?q=" + code, "/api/v1/portfolios",
				"/api/v1/programmes")) {
			String body = this.mvc.perform(MockMvcRequestBuilders.get(api).header("Authorization", token))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(body).as(api).doesNotContain(name).doesNotContain(code);
		}
		this.mvc.perform(MockMvcRequestBuilders.get("/api/v1/projects?q=" + code).header("Authorization", token))
			.andExpect(jsonPath("$.totalItems").value(0));
		this.mvc
			.perform(MockMvcRequestBuilders
				.get("/api/v1/audit?entityType=project&entityId=" + this.scene.hiddenProjectId())
				.header("Authorization", token))
			.andExpect(jsonPath("$.totalItems").value(0));
	}

	/**
	 * A representative page of every family, GETs first: what a session opened before the
	 * person's rights changed must be refused after the change.
	 */
	static final List<String> PAGES_OF_EVERY_FAMILY = List.of("GET /portfolios/{id}", "GET /projects/{id}",
			"GET /projects/{id}/edit", "GET /projects/{id}/plan", "GET /intake/{id}", "GET /projects/{id}/gates",
			"GET /delivery/items/{id}", "GET /admin/accounts", "GET /account", "GET /audit", "POST /projects/{id}/edit",
			"POST /account/tokens", "POST /admin/accounts/{id}", "POST /audit/verify");

	@Test
	void rightsLoweredDuringASessionApplyToTheSessionsNextRequest() throws Exception {
		this.scene.focusOnHiddenProject();
		PersonSummary person = this.scene.clearedForEverything();
		MockHttpSession session = signIn(person);
		List<String> wrong = new ArrayList<>();
		for (String key : PAGES_OF_EVERY_FAMILY) {
			AccessMatrix.Entry entry = AccessMatrix.ENTRIES.get(key);
			if (entry.method().equals("GET")) {
				int status = perform(entry, session).getResponse().getStatus();
				if (status >= 400) {
					wrong.add(key + " answered " + status + " before the rights were lowered");
				}
			}
		}
		String name = this.scene.project().name();
		this.scene.lower(person);
		for (String key : PAGES_OF_EVERY_FAMILY) {
			AccessMatrix.Entry entry = AccessMatrix.ENTRIES.get(key);
			MvcResult result = perform(entry, session);
			int status = result.getResponse().getStatus();
			boolean refused = switch (entry.rule()) {
				case PROJECT -> status == 404;
				case ROLE -> status == 403 || status == 404;
				default -> status < 400;
			};
			if (!refused) {
				wrong.add(key + " answered " + status + " to the same session after the rights were lowered");
			}
		}
		assertThat(wrong).isEmpty();
		assertThat(this.scene.project().name()).as("the confidential project was not edited").isEqualTo(name);
		assertThat(session.isInvalid()).as("lowering rights keeps the session").isFalse();
	}

	@Test
	void aPersonDisabledDuringASessionIsLoggedOutOfEveryPage() throws Exception {
		this.scene.focusOnHiddenProject();
		PersonSummary person = this.scene.clearedForEverything();
		TokenDirectory tokens = this.context.getBean(TokenDirectory.class);
		List<String> wrong = new ArrayList<>();
		for (String key : PAGES_OF_EVERY_FAMILY) {
			AccessMatrix.Entry entry = AccessMatrix.ENTRIES.get(key);
			MockHttpSession session = signIn(person);
			this.scene.enable(person, false);
			MvcResult result = perform(entry, session);
			if (!loginRedirect(result) || !session.isInvalid()) {
				wrong.add(key + " answered " + result.getResponse().getStatus() + " to the session of a person "
						+ "disabled during it" + (session.isInvalid() ? "" : ", and the session goes on"));
			}
			this.scene.enable(person, true);
		}
		assertThat(wrong).isEmpty();
		assertThat(tokens.tokensOf(person.id())).as("tokens made by the disabled session").isEmpty();
	}

	private MockHttpSession signIn(PersonSummary person) throws Exception {
		MvcResult login = this.mvc.perform(
				SecurityMockMvcRequestBuilders.formLogin().user(person.username()).password(IdentityFixtures.PASSWORD))
			.andExpect(SecurityMockMvcResultMatchers.authenticated())
			.andReturn();
		return (MockHttpSession) login.getRequest().getSession(false);
	}

	private MvcResult perform(AccessMatrix.Entry entry, MockHttpSession session) throws Exception {
		return this.mvc.perform(request(entry).session(session).with(csrf())).andReturn();
	}

	private MvcResult perform(AccessMatrix.Entry entry, PersonSummary person) throws Exception {
		AbstractMockHttpServletRequestBuilder<?> request = request(entry);
		if (entry.isApi()) {
			request.header("Authorization", "Bearer " + this.scene.tokenOf(person));
		}
		else {
			request.with(this.people.as(person)).with(csrf());
		}
		return this.mvc.perform(request).andReturn();
	}

	private AbstractMockHttpServletRequestBuilder<?> request(AccessMatrix.Entry entry) {
		AccessMatrix.Sample sample = entry.sample().apply(this.scene);
		AbstractMockHttpServletRequestBuilder<?> request = (sample.file() == null)
				? MockMvcRequestBuilders.request(HttpMethod.valueOf(entry.method()), sample.path())
				: MockMvcRequestBuilders.multipart(HttpMethod.valueOf(entry.method()), sample.path())
					.file(new MockMultipartFile("file", sample.file().name(), "text/plain", sample.file().bytes()));
		if (sample.json() != null) {
			request.contentType("application/json").content(sample.json());
		}
		sample.form().forEach(request::param);
		if (sample.ifMatch() != null) {
			request.header("If-Match", sample.ifMatch());
		}
		return request;
	}

	private static boolean loginRedirect(MvcResult result) {
		String location = result.getResponse().getHeader("Location");
		return result.getResponse().getStatus() == 302 && location != null && location.endsWith("/login");
	}

	private Set<String> mappedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				Set<String> names = new TreeSet<>();
				if (methods.isEmpty()) {
					names.add("ANY");
				}
				methods.forEach(m -> names.add(m.name()));
				for (String pattern : info.getPatternValues()) {
					for (String method : names) {
						endpoints.add(method + " " + pattern);
					}
				}
			}
		}
		return endpoints;
	}

}
