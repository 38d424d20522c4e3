package org.agilepmo.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times edits of one activity through the API on a large plan, one after the other, as
 * someone typing durations would: each {@code PATCH} changes the duration of a task near
 * the start of the plan (so that the change moves the dates of the tasks after it) and
 * asks for the changed rows ({@code answer=changes}). The plan is imported first from the
 * generated file of {@link PlanImportHarness}; the first edits after it are warm-up.
 * <p>
 * Usage: {@code java -cp bench/target/benchmarks.jar org.agilepmo.bench.PlanEditHarness
 * http://localhost:8080 <api token> [tasks] [edits] [warm-up edits] [server pid]}; with
 * the server's process id, also the CPU time the server used per edit (from /proc, all
 * its threads), which a loaded machine inflates much less than the elapsed time.
 */
public final class PlanEditHarness {

	private static final Pattern ACTIVITY = Pattern
		.compile("\"id\"\\s*:\\s*(\\d+)\\s*,\\s*\"version\"\\s*:\\s*(\\d+)[^}]*?\"kind\"\\s*:\\s*\"TASK\"");

	private static final Pattern CHANGED = Pattern.compile("\"changed\"\\s*:\\s*\\[");

	private PlanEditHarness() {
	}

	public static void main(String[] args) throws Exception {
		String base = (args.length > 0) ? args[0] : "http://localhost:8080";
		String token = (args.length > 1) ? args[1] : "apmo_try-me-0123456789abcdefghij";
		int tasks = (args.length > 2) ? Integer.parseInt(args[2]) : 50_000;
		int edits = (args.length > 3) ? Integer.parseInt(args[3]) : 100;
		int warmUp = (args.length > 4) ? Integer.parseInt(args[4]) : 20;
		HttpClient http = HttpClient.newHttpClient();
		String existing = System.getProperty("project");
		long project = (existing != null) ? Long.parseLong(existing) : PlanImportHarness.newProject(http, base, token);
		if (existing == null) {
			long t0 = System.nanoTime();
			PlanImportHarness.upload(http, base + "/api/v1/projects/" + project + "/plan/import", token,
					"generated-" + tasks + ".xml", PlanImportHarness.generated(tasks));
			System.out.printf("imported %,d tasks in %,d ms (load %s)%n", tasks, (System.nanoTime() - t0) / 1_000_000,
					PlanImportHarness.load());
		}
		String first = PlanImportHarness.send(http,
				HttpRequest
					.newBuilder(URI.create(base + "/api/v1/projects/" + project + "/plan/activities?page=0&size=5"))
					.header("Authorization", "Bearer " + token)
					.build());
		Matcher m = ACTIVITY.matcher(first);
		if (!m.find()) {
			throw new IllegalStateException("no task in " + first);
		}
		long activity = Long.parseLong(m.group(1));
		long version = Long.parseLong(m.group(2));
		String url = base + "/api/v1/projects/" + project + "/plan/activities/" + activity + "?answer=changes";
		long[] times = new long[edits];
		int changedRows = 0;
		long serverPid = (args.length > 5) ? Long.parseLong(args[5]) : -1;
		double cpuBefore = 0;
		for (int e = 0; e < warmUp + edits; e++) {
			if (e == warmUp) {
				cpuBefore = cpuMillis(serverPid);
			}
			int minutes = 480 * (1 + (e % 7));
			long start = System.nanoTime();
			HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.header("If-Match", "\"" + version + "\"")
				.method("PATCH", HttpRequest.BodyPublishers.ofString("{\"durationMinutes\":" + minutes + "}"))
				.build(), HttpResponse.BodyHandlers.ofString());
			long elapsed = (System.nanoTime() - start) / 1_000;
			if (answer.statusCode() != 200) {
				throw new IllegalStateException(
						"edit " + e + " answered " + answer.statusCode() + ": " + answer.body());
			}
			version = Long.parseLong(answer.headers().firstValue("ETag").orElseThrow().replaceAll("[^0-9]", ""));
			if (e >= warmUp) {
				times[e - warmUp] = elapsed;
				Matcher c = CHANGED.matcher(answer.body());
				if (c.find()) {
					changedRows += count(answer.body().substring(c.end()), "\"id\"");
				}
			}
		}
		double serverCpu = cpuMillis(serverPid) - cpuBefore;
		long[] sorted = times.clone();
		Arrays.sort(sorted);
		System.out.printf("%d edits of one activity on %,d tasks (after %d warm-up edits), load %s%n", edits, tasks,
				warmUp, PlanImportHarness.load());
		System.out.printf("median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms; %.1f changed rows per edit%n",
				sorted[edits / 2] / 1000.0, sorted[(int) Math.ceil(edits * 0.95) - 1] / 1000.0, sorted[0] / 1000.0,
				sorted[edits - 1] / 1000.0, changedRows / (double) edits);
		if (serverPid > 0) {
			System.out.printf("server process CPU: %.1f ms per edit (all its threads, GC included)%n",
					serverCpu / edits);
		}
	}

	/** The CPU time the process has used, from /proc (Linux), in milliseconds. */
	static double cpuMillis(long pid) {
		if (pid <= 0) {
			return 0;
		}
		try {
			String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			return ticks * 10.0;
		}
		catch (java.io.IOException ex) {
			return 0;
		}
	}

	private static int count(String text, String part) {
		int count = 0;
		for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
			count++;
		}
		return count;
	}

}
