package org.agilepmo.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.data.domain.Pageable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every paged list (found from the handler mappings: a GET taking {@code page},
 * {@code size} or a {@link Pageable}) answers a page or size out of range with 400 naming
 * the parameter: negative, zero size, too large, non-numeric, and page × size past what a
 * query can address. Nothing answers 500.
 */
@PmoTest
class PagingParametersTest {

	static final List<String> BAD_PAGES = List.of("-1", "abc", "1.5", "2147483648", "99999999999999999999");

	static final List<String> BAD_SIZES = List.of("0", "-5", "abc", "100000000", "2147483648");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	IdentityFixtures people;

	record Paged(String url, boolean api, Set<String> parameters) {
	}

	@Test
	void everyPagedListRefusesAPageOrSizeOutOfRangeNamingTheParameter() throws Exception {
		PersonSummary admin = this.people.person("pager", ScreeningLevel.ENHANCED, GlobalRole.values());
		List<Paged> paged = pagedEndpoints();
		assertThat(paged).extracting(Paged::url)
			.contains("/api/v1/projects", "/api/v1/projects/1/plan/activities", "/api/v1/portfolios",
					"/api/v1/programmes", "/api/v1/squads/1/backlog-items", "/api/v1/audit", "/projects", "/portfolios",
					"/audit");
		List<String> failures = new ArrayList<>();
		for (Paged endpoint : paged) {
			List<String[]> cases = new ArrayList<>();
			if (endpoint.parameters().contains("page")) {
				BAD_PAGES.forEach(v -> cases.add(new String[] { "page", "page=" + v }));
			}
			if (endpoint.parameters().contains("size")) {
				BAD_SIZES.forEach(v -> cases.add(new String[] { "size", "size=" + v }));
				cases.add(new String[] { "page", "page=2147483647&size=10" });
				cases.add(new String[] { "page", "page=214748364&size=20" });
			}
			else {
				cases.add(new String[] { "page", "page=2147483647" });
			}
			for (String[] c : cases) {
				String url = endpoint.url() + "?" + c[1];
				MvcResult result = this.mvc.perform(get(url).with(this.people.as(admin))).andReturn();
				int status = result.getResponse().getStatus();
				String body = result.getResponse().getContentAsString();
				if (status != 400) {
					failures.add(url + " answered " + status);
				}
				else if (endpoint.api() && !(String.valueOf(result.getResponse().getContentType())
					.startsWith("application/problem+json") && body.contains("\"field\":\"" + c[0] + "\""))) {
					failures.add(url + " answered 400 without a problem naming " + c[0] + ": " + body);
				}
			}
			MvcResult fine = this.mvc.perform(get(endpoint.url() + "?page=0").with(this.people.as(admin))).andReturn();
			if (fine.getResponse().getStatus() == 400 || fine.getResponse().getStatus() >= 500) {
				failures.add(endpoint.url() + "?page=0 answered " + fine.getResponse().getStatus());
			}
		}
		assertThat(failures).isEmpty();
	}

	private List<Paged> pagedEndpoints() {
		List<Paged> paged = new ArrayList<>();
		for (RequestMappingInfoHandlerMapping mapping : this.context
			.getBeansOfType(RequestMappingInfoHandlerMapping.class)
			.values()) {
			mapping.getHandlerMethods().forEach((info, method) -> {
				if (!accepts(info, RequestMethod.GET)) {
					return;
				}
				Set<String> parameters = pagingParameters(method);
				if (parameters.isEmpty()) {
					return;
				}
				for (String pattern : info.getPatternValues()) {
					String url = pattern.replaceAll("\\{[^}]+}", "1");
					paged.add(new Paged(url, url.startsWith("/api/"), parameters));
				}
			});
		}
		return paged;
	}

	private static boolean accepts(RequestMappingInfo info, RequestMethod method) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		return methods.isEmpty() || methods.contains(method);
	}

	static Set<String> pagingParameters(HandlerMethod method) {
		Set<String> names = new TreeSet<>();
		for (MethodParameter parameter : method.getMethodParameters()) {
			if (Pageable.class.isAssignableFrom(parameter.getParameterType())) {
				names.add("page");
				names.add("size");
				continue;
			}
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param == null) {
				continue;
			}
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			String name = !param.name().isEmpty() ? param.name()
					: !param.value().isEmpty() ? param.value() : parameter.getParameterName();
			if ("page".equals(name) || "size".equals(name)) {
				names.add(name);
			}
		}
		return names;
	}

}
