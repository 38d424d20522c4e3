package org.agilepmo.bench;

import java.net.http.HttpClient;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

/**
 * How the plan page behaves with a large plan in a real browser: imports a generated
 * MSPDI file of N tasks as a new project through the API, opens its plan page in Debian's
 * Chromium (headless), and measures the page load and the frame intervals while the Gantt
 * chart is scrolled by 40 px a frame for 300 frames (down and across). Prints the median,
 * 95th percentile and worst frame interval and the share of frames over 33 ms (below 30
 * frames a second).
 *
 * <p>
 * Arguments: base URL, API token, username, password (of an administrator or PMO
 * officer), number of tasks (default 5,000), zoom (DAY, WEEK or MONTH; default WEEK), and
 * what to scroll ({@code gantt}, the default, or {@code table}). Also prints the size of
 * the page's first response and its time from request to last byte (Navigation Timing),
 * and which window of rows is drawn after the scrolling. With {@code -Dproject=N} the
 * plan of project N (imported before) is opened instead.
 */
public final class GanttScrollHarness {

	private GanttScrollHarness() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String token = args[1];
		String username = args[2];
		String password = args[3];
		int tasks = (args.length > 4) ? Integer.parseInt(args[4]) : 5_000;
		String zoom = (args.length > 5) ? args[5] : "WEEK";
		String scroller = (args.length > 6 && args[6].equals("table")) ? "#wbs-scroll" : "#gantt-scroll";

		HttpClient http = HttpClient.newHttpClient();
		String existing = System.getProperty("project");
		long projectId = (existing != null) ? Long.parseLong(existing)
				: PlanImportHarness.newProject(http, base, token);
		if (existing == null) {
			PlanImportHarness.upload(http, base + "/api/v1/projects/" + projectId + "/plan/import", token,
					"gantt-" + tasks + ".xml", PlanImportHarness.generated(tasks));
		}
		String project = String.valueOf(projectId);
		String planUrl = base + "/projects/" + project + "/plan?zoom=" + zoom;

		try (Playwright playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get("/usr/bin/chromium"))
					.setHeadless(true)
					.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
							"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
			Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 900));
			page.navigate(base + "/login");
			page.fill("#username", username);
			page.fill("#password", password);
			page.click("button[type=submit]");
			page.waitForURL(base + "/");

			List<Double> loads = new ArrayList<>();
			List<String> firstResponses = new ArrayList<>();
			Object elements = null;
			int bytes = 0;
			for (int r = 0; r < 4; r++) {
				long t0 = System.nanoTime();
				com.microsoft.playwright.Response response = page.navigate(planUrl);
				loads.add((System.nanoTime() - t0) / 1e6);
				bytes = response.body().length;
				firstResponses.add(String.valueOf(page.evaluate(
						"() => { const n = performance.getEntriesByType('navigation')[0]; return Math.round(n.responseEnd - n.requestStart); }")));
				elements = page.evaluate("() => document.querySelectorAll('.gantt-scroll svg *').length");
			}
			String html = page.content();
			@SuppressWarnings("unchecked")
			List<Number> frames = (List<Number>) page.evaluate(("""
					() => new Promise(done => {
					  const el = document.querySelector(SCROLLER);
					  const times = [];
					  let last = performance.now();
					  let i = 0;
					  function step(t) {
					    times.push(t - last); last = t;
					    el.scrollTop += 40; el.scrollLeft += (i % 2) * 20;
					    if (++i < 300) requestAnimationFrame(step); else done(times.slice(1));
					  }
					  requestAnimationFrame(step);
					})""").replace("SCROLLER", "'" + scroller + "'"));
			page.waitForTimeout(1500);
			Object shown = page.evaluate("s => { const el = document.querySelector(s);"
					+ " const w = el.querySelector('svg, tbody'); return w.dataset.from + ' of ' + el.dataset.rows"
					+ " + ' rows, scrolled to row ' + Math.floor((el.scrollTop - 40) / (parseFloat(el.dataset.rowHeight)));"
					+ " }", scroller);
			List<Double> sorted = new ArrayList<>(frames.stream().map(Number::doubleValue).toList());
			Collections.sort(sorted);
			long slow = sorted.stream().filter(t -> t > 33.4).count();
			System.out
				.printf("plan of %,d tasks, zoom %s, first response %,d bytes, page %,d characters, %s SVG elements,"
						+ " load %s%n", tasks, zoom, bytes, html.length(), elements, PlanImportHarness.load());
			System.out.println("first response, request to last byte (ms): " + firstResponses);
			System.out.println("after scrolling " + scroller + ": window drawn from row " + shown);
			System.out
				.println("page loads (ms, load event): " + loads.stream().map(d -> String.format("%.0f", d)).toList());
			System.out.printf(
					"scroll frames: %d, median %.1f ms, p95 %.1f ms, worst %.1f ms, over 33 ms: %d (%.1f %%)%n",
					sorted.size(), sorted.get(sorted.size() / 2), sorted.get((int) (sorted.size() * 0.95)),
					sorted.get(sorted.size() - 1), slow, 100.0 * slow / sorted.size());
			System.out.println("at " + LocalDateTime.now() + ", " + planUrl);
			browser.close();
		}
	}

}
