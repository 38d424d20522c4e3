package org.agilepmo.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accessibility gate of the browser tests: axe-core (from its WebJar) runs on every
 * page a test's browser loads and again after every htmx swap, checking the WCAG 2.1 A
 * and AA rules. Each {@code serious} or {@code critical} violation is kept with its page
 * and reported by {@link #assertNone()}, which the browser tests call after each test.
 */
final class Axe {

	static final String VERSION = "4.6.3";

	/**
	 * The WCAG 2.1 A and AA rules; best practices are left out. The rule that a control's
	 * accessible name contains its visible text (2.5.3, still "experimental" in axe) is
	 * turned on as well.
	 */
	static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

	/**
	 * Rules known to fail on the plan page (path {@code /projects/{id}/plan}), which is
	 * being rewritten; tolerated there only, each until the rewrite fixes it. Empty this
	 * list, never add to it.
	 */
	static final Set<String> PLAN_PAGE_KNOWN_VIOLATIONS = Set.of();

	private static final String SOURCE = read("/META-INF/resources/webjars/axe-core/" + VERSION + "/axe.min.js");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Runs axe in the page and hands the serious and critical violations to
	 * {@code pmoAxeReport}; once after the page has loaded and after each htmx swap has
	 * settled (runs are queued: axe refuses to run twice at once).
	 */
	private static final String RUNNER = """
			(() => {
			  if (window.top !== window) { return; }
			  let queue = Promise.resolve();
			  const options = { runOnly: { type: 'tag', values: %s }, resultTypes: ['violations'],
			                    rules: { 'label-content-name-mismatch': { enabled: true } } };
			  const check = () => {
			    queue = queue.then(() => window.axe.run(document, options)).then(results => {
			      const found = results.violations
			        .filter(v => v.impact === 'serious' || v.impact === 'critical')
			        .map(v => ({ id: v.id, impact: v.impact, help: v.help,
			                     targets: v.nodes.map(n => n.target.join(' ') + '  ' + (n.failureSummary || '').replace(/\\s+/g, ' ')) }));
			      return window.pmoAxeReport(location.pathname + location.search, JSON.stringify(found));
			    }).catch(() => undefined);
			    return queue;
			  };
			  window.pmoAxeCheck = check;
			  window.addEventListener('load', check);
			  document.addEventListener('htmx:afterSettle', check);
			})();
			"""
		.formatted(TAGS.stream().map(t -> "'" + t + "'").toList());

	private final List<Violation> violations = Collections.synchronizedList(new ArrayList<>());

	private final Set<BrowserContext> watched = ConcurrentHashMap.newKeySet();

	private int checks;

	/** Checks every page the context opens from now on. */
	void watch(BrowserContext context) {
		if (!this.watched.add(context)) {
			return;
		}
		context.exposeBinding("pmoAxeReport", (source, arguments) -> {
			record(String.valueOf(arguments[0]), String.valueOf(arguments[1]));
			return null;
		});
		context.addInitScript(SOURCE + "\n" + RUNNER);
	}

	/**
	 * Checks the page as it is now and waits for the checks already under way, for a page
	 * that a test is about to leave or close.
	 */
	void check(Page page) {
		try {
			page.evaluate("() => window.pmoAxeCheck && window.pmoAxeCheck()");
		}
		catch (PlaywrightException ex) {
			// the page navigated away while being checked: its next load is checked
		}
	}

	private void record(String path, String json) {
		this.checks++;
		for (JsonNode node : JSON.readTree(json)) {
			String rule = node.get("id").asString();
			if (path.matches("/projects/\\d+/plan.*") && PLAN_PAGE_KNOWN_VIOLATIONS.contains(rule)) {
				continue;
			}
			List<String> targets = new ArrayList<>();
			node.get("targets").forEach(t -> targets.add(t.asString()));
			this.violations
				.add(new Violation(path, rule, node.get("impact").asString(), node.get("help").asString(), targets));
		}
	}

	/** How many times axe reported back, to show that it ran. */
	int checks() {
		return this.checks;
	}

	List<Violation> violations() {
		return List.copyOf(this.violations);
	}

	/** Fails with a readable report of each serious or critical violation seen. */
	void assertNone() {
		Map<String, Violation> distinct = new java.util.LinkedHashMap<>();
		for (Violation v : violations()) {
			distinct.putIfAbsent(v.page() + " " + v.rule() + " " + v.targets(), v);
		}
		if (!distinct.isEmpty()) {
			StringBuilder report = new StringBuilder("Accessibility (axe-core " + VERSION + ", WCAG 2.1 A/AA): ")
				.append(distinct.size())
				.append(" serious or critical violation(s)\n");
			distinct.values().forEach(v -> report.append(v).append('\n'));
			throw new AssertionError(report.toString());
		}
	}

	void reset() {
		this.violations.clear();
		this.watched.clear();
		this.checks = 0;
	}

	private static String read(String resource) {
		try (InputStream in = Axe.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("axe-core " + VERSION + " is not on the test class path: " + resource);
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	record Violation(String page, String rule, String impact, String help, List<String> targets) {

		@Override
		public String toString() {
			StringBuilder text = new StringBuilder(
					"- [" + this.impact + "] " + this.rule + " on " + this.page + ": " + this.help);
			this.targets.forEach(t -> text.append("\n    at ").append(t));
			return text.toString();
		}

	}

}
