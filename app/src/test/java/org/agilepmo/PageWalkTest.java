package org.agilepmo;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.testsupport.ModuleFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Looking never writes: on the demo data, each demo person walks every page they can
 * reach from the home page by following links (menus, lists, tabs, htmx fragments), in
 * English and in Arabic, and afterwards every table of the application holds exactly the
 * rows it held before, the audit trail included; no page fails with a server error.
 * <p>
 * The walk is breadth-first and bounded: a few addresses of each shape (the path with its
 * numbers replaced) are enough to reach each kind of page, so that new pages are covered
 * as soon as a link leads to them; in Arabic one address of each shape is enough.
 */
@SpringBootTest(properties = { "pmo.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:page-walk-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class PageWalkTest {

	private static final Pattern LINK = Pattern
		.compile("(?:href|hx-get|data-href|action)\\s*=\\s*\"([^\"]*)\"|(?:href|hx-get)\\s*=\\s*'([^']*)'");

	/**
	 * Addresses of one shape walked per person: a few in English, where the most links
	 * are followed, one in Arabic, where the same templates are rendered right to left.
	 */
	private static final Map<String, Integer> PER_SHAPE = Map.of("en", 3, "ar", 1);

	private static final int MAX_PAGES = 600;

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	People people;

	@Autowired
	JdbcTemplate jdbc;

	private final Set<String> refused = new LinkedHashSet<>();

	@Value("${pmo.admin.username}")
	String admin;

	@Test
	void everyDemoPersonWalksEveryPageInEnglishAndArabicWithoutChangingAnything() throws Exception {
		List<String> walkers = List.of("pmo.head", "pm.amina", "po.lucas", "dev.sara", "auditor", this.admin);
		Map<String, Long> before = rowCounts();
		assertThat(before).containsKey("audit_entry");
		List<String> failures = new ArrayList<>();
		Map<String, Integer> walked = new TreeMap<>();
		for (String username : walkers) {
			PersonSummary person = this.people.findByUsername(username).orElseThrow();
			for (String lang : List.of("en", "ar")) {
				int pages = walk(person, lang, failures);
				walked.put(username + "/" + lang, pages);
				Map<String, Long> after = rowCounts();
				Map<String, String> changed = new TreeMap<>();
				after.forEach((table, rows) -> {
					if (!rows.equals(before.get(table))) {
						changed.put(table, before.get(table) + " -> " + rows);
					}
				});
				assertThat(changed).as("tables whose rows changed while %s walked the pages in %s", username, lang)
					.isEmpty();
				assertThat(after).isEqualTo(before);
			}
		}
		System.out.println("Pages walked: " + walked + "; links that refused the person: " + this.refused);
		assertThat(failures).as("pages answering with a server error").isEmpty();
		assertThat(walked.values()).as("pages walked per person and language: %s", walked)
			.allSatisfy(n -> assertThat(n).isGreaterThan(10));
	}

	private int walk(PersonSummary person, String lang, List<String> failures) throws Exception {
		Deque<String> queue = new ArrayDeque<>();
		Set<String> seen = new HashSet<>();
		Map<String, Integer> shapes = new HashMap<>();
		queue.add("/");
		seen.add("/");
		int pages = 0;
		while (!queue.isEmpty() && pages < MAX_PAGES) {
			String url = queue.poll();
			MockHttpServletResponse response = this.mvc
				.perform(get(url).with(this.identity.as(person)).cookie(new Cookie("PMO_LANG", lang)))
				.andReturn()
				.getResponse();
			pages++;
			if (response.getStatus() == 403) {
				this.refused.add(person.username() + " " + url);
			}
			if (response.getStatus() >= 500) {
				failures.add(person.username() + " " + lang + " " + url + " -> " + response.getStatus());
				continue;
			}
			String type = response.getContentType();
			if (response.getStatus() != 200 || type == null || !type.startsWith("text/html")) {
				continue;
			}
			for (String link : links(response.getContentAsString())) {
				if (seen.add(link)) {
					String shape = link.replaceAll("\\?.*$", "").replaceAll("\\d+", "{n}");
					if (shapes.merge(shape, 1, Integer::sum) <= PER_SHAPE.get(lang)) {
						queue.add(link);
					}
				}
			}
		}
		return pages;
	}

	/**
	 * Same-origin addresses the page leads to with a GET: links, htmx loads and forms
	 * that search (forms that post are not followed).
	 */
	static Set<String> links(String html) {
		Set<String> links = new LinkedHashSet<>();
		Set<String> postActions = new HashSet<>();
		Matcher forms = Pattern.compile("<form[^>]*>", Pattern.CASE_INSENSITIVE).matcher(html);
		while (forms.find()) {
			String form = forms.group();
			if (!form.toLowerCase().matches("(?s).*method\\s*=\\s*\"get\".*")) {
				Matcher action = Pattern.compile("action\\s*=\\s*\"([^\"]*)\"").matcher(form);
				if (action.find()) {
					postActions.add(action.group(1));
				}
			}
		}
		Matcher m = LINK.matcher(html);
		while (m.find()) {
			String raw = (m.group(1) != null) ? m.group(1) : m.group(2);
			if (m.group().startsWith("action") && postActions.contains(raw)) {
				continue;
			}
			String link = raw.replace("&amp;", "&").strip();
			int hash = link.indexOf('#');
			if (hash >= 0) {
				link = link.substring(0, hash);
			}
			if (link.isEmpty() || !link.startsWith("/") || link.startsWith("//") || link.startsWith("/webjars/")
					|| link.startsWith("/css/") || link.startsWith("/js/") || link.startsWith("/img/")
					|| link.startsWith("/logout") || link.contains("{") || link.contains("lang=")) {
				continue;
			}
			links.add(link);
		}
		return links;
	}

	private Map<String, Long> rowCounts() {
		List<String> tables = this.jdbc.queryForList(
				"select table_name from information_schema.tables where lower(table_schema) = lower(current_schema())"
						+ " and table_type in ('BASE TABLE', 'TABLE')",
				String.class);
		Map<String, Long> counts = new TreeMap<>();
		for (String table : tables) {
			counts.put(table.toLowerCase(), this.jdbc.queryForObject("select count(*) from " + table, Long.class));
		}
		return counts;
	}

}
