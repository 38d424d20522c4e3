package org.agilepmo.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * officer), number of tasks (default 5,000), zoom (DAY, WEEK or MONTH; default WEEK).
 */
public final class GanttScrollHarness {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private GanttScrollHarness() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String token = args[1];
		String username = args[2];
		String password = args[3];
		int tasks = (args.length > 4) ? Integer.parseInt(args[4]) : 5_000;
		String zoom = (args.length > 5) ? args[5] : "WEEK";

		HttpClient http = HttpClient.newHttpClient();
		String portfolios = send(http,
				HttpRequest.newBuilder(URI.create(base + "/api/v1/portfolios"))
					.header("Authorization", "Bearer " + token)
					.build());
		Matcher m = ID.matcher(portfolios);
		if (!m.find()) {
			throw new IllegalStateException("no portfolio in " + portfolios);
		}
		String code = "GNT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String body = "{\"portfolioId\":" + m.group(1) + ",\"code\":\"" + code + "\",\"name\":\"Gantt at " + tasks
				+ " tasks\",\"fileName\":\"gantt.xml\",\"content\":\""
				+ Base64.getEncoder().encodeToString(PlanImportHarness.mspdi(tasks)) + "\"}";
		String created = send(http,
				HttpRequest.newBuilder(URI.create(base + "/api/v1/projects/import"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString(body))
					.build());
		Matcher project = Pattern.compile("\"projectId\"\\s*:\\s*(\\d+)").matcher(created);
		if (!project.find()) {
			throw new IllegalStateException("no projectId in " + created.substring(0, 200));
		}
		String planUrl = base + "/projects/" + project.group(1) + "/plan?zoom=" + zoom;

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
			Object elements = null;
			for (int r = 0; r < 4; r++) {
				long t0 = System.nanoTime();
				page.navigate(planUrl);
				loads.add((System.nanoTime() - t0) / 1e6);
				elements = page.evaluate("() => document.querySelectorAll('.gantt-scroll svg *').length");
			}
			String html = page.content();
			@SuppressWarnings("unchecked")
			List<Number> frames = (List<Number>) page.evaluate("""
					() => new Promise(done => {
					  const el = document.querySelector('.gantt-scroll');
					  const times = [];
					  let last = performance.now();
					  let i = 0;
					  function step(t) {
					    times.push(t - last); last = t;
					    el.scrollTop += 40; el.scrollLeft += (i % 2) * 20;
					    if (++i < 300) requestAnimationFrame(step); else done(times.slice(1));
					  }
					  requestAnimationFrame(step);
					})""");
			List<Double> sorted = new ArrayList<>(frames.stream().map(Number::doubleValue).toList());
			Collections.sort(sorted);
			long slow = sorted.stream().filter(t -> t > 33.4).count();
			System.out.printf("plan of %,d tasks, zoom %s, page %,d characters, %s SVG elements%n", tasks, zoom,
					html.length(), elements);
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

	private static String send(HttpClient http, HttpRequest request) throws Exception {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
					+ response.body().substring(0, Math.min(300, response.body().length())));
		}
		return response.body();
	}

}
