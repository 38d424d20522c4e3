package org.agilepmo.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;
import org.mpxj.reader.UniversalProjectReader;

/**
 * Times the import of a generated MS Project XML file (10,000 tasks unless told) into a
 * running Agile PMO, end to end: the multipart upload, MPXJ's reading, the mapping,
 * writing every activity and dependency in one transaction, and the engine's schedule of
 * the result. MPXJ's reading alone is timed in-process as well, to show where the time
 * goes.
 * <p>
 * Usage: start the application (for example
 * {@code PMO_ADMIN_API_TOKEN=apmo_try-me-0123456789abcdefghij ./mvnw -pl app -am spring-boot:run -Dspring-boot.run.profiles=demo}),
 * then {@code java -cp bench/target/benchmarks.jar org.agilepmo.bench.PlanImportHarness
 * http://localhost:8080 apmo_try-me-0123456789abcdefghij [tasks] [runs] [--gzip] [--round-trip] [--no-read]}:
 * {@code --gzip} sends the file gzipped, {@code --round-trip} exports the plan afterwards
 * and imports the export into a new project, {@code --no-read} skips timing MPXJ alone.
 */
public final class PlanImportHarness {

	private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

	private PlanImportHarness() {
	}

	public static void main(String[] args) throws Exception {
		String base = (args.length > 0) ? args[0] : "http://localhost:8080";
		String token = (args.length > 1) ? args[1] : "apmo_try-me-0123456789abcdefghij";
		int tasks = (args.length > 2) ? Integer.parseInt(args[2]) : 10_000;
		int runs = (args.length > 3) ? Integer.parseInt(args[3]) : 5;
		boolean gzip = Arrays.asList(args).contains("--gzip");
		boolean roundTrip = Arrays.asList(args).contains("--round-trip");
		boolean skipRead = Arrays.asList(args).contains("--no-read");
		Path file = generated(tasks);
		Path warmUp = generated(1_000);
		if (gzip) {
			file = gzipped(file);
		}
		System.out.printf("generated MSPDI: %,d tasks in %,d summaries, %,d bytes%s, load %s%n", tasks,
				(tasks + 9) / 10, Files.size(file), gzip ? " (gzip)" : "", load());

		long[] reading = new long[skipRead ? 0 : runs];
		for (int r = 0; r < reading.length + 2 && !skipRead; r++) {
			long t0 = System.nanoTime();
			ProjectFile read = new UniversalProjectReader().read(generated(tasks).toFile());
			long t1 = System.nanoTime();
			if (read.getTasks().size() < tasks) {
				throw new IllegalStateException("MPXJ read " + read.getTasks().size() + " tasks");
			}
			if (r >= 2) {
				reading[r - 2] = (t1 - t0) / 1_000_000;
			}
		}

		HttpClient http = HttpClient.newHttpClient();
		long project = newProject(http, base, token);
		String url = base + "/api/v1/projects/" + project + "/plan/import";
		for (int w = 0; w < 3; w++) {
			upload(http, url, token, "warm-up.xml", warmUp);
		}
		long[] imports = new long[runs];
		String last = "";
		for (int r = 0; r < runs; r++) {
			long t0 = System.nanoTime();
			last = upload(http, url, token, "generated-" + tasks + (gzip ? ".xml.gz" : ".xml"), file);
			imports[r] = (System.nanoTime() - t0) / 1_000_000;
			System.out.printf("  import %d: %,d ms (load %s)%n", r + 1, imports[r], load());
		}
		System.out.println("last answer: " + last.substring(0, Math.min(200, last.length())) + "…");
		if (reading.length > 0) {
			System.out.println("MPXJ read only (ms):      " + Arrays.toString(reading) + "  median " + median(reading));
		}
		System.out.println("import over HTTP (ms):    " + Arrays.toString(imports) + "  median " + median(imports));
		if (roundTrip) {
			Path exported = Files.createTempFile("plan-export-", ".xml");
			long t0 = System.nanoTime();
			HttpResponse<Path> answer = http
				.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/projects/" + project + "/plan/export"))
					.header("Authorization", "Bearer " + token)
					.build(), HttpResponse.BodyHandlers.ofFile(exported));
			long exportMs = (System.nanoTime() - t0) / 1_000_000;
			if (answer.statusCode() != 200) {
				throw new IllegalStateException("export answered " + answer.statusCode());
			}
			System.out.printf("export: %,d bytes in %,d ms%n", Files.size(exported), exportMs);
			long again = newProject(http, base, token);
			t0 = System.nanoTime();
			String reimported = upload(http, base + "/api/v1/projects/" + again + "/plan/import", token, "export.xml",
					exported);
			System.out.printf("re-import of the export: %,d ms (load %s): %s…%n", (System.nanoTime() - t0) / 1_000_000,
					load(), reimported.substring(0, Math.min(160, reimported.length())));
			Files.delete(exported);
		}
		System.out.println("project " + project + ", " + LocalDateTime.now());
	}

	static long newProject(HttpClient http, String base, String token) throws IOException, InterruptedException {
		String code = "IMP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		long portfolio = firstId(send(http,
				HttpRequest.newBuilder(URI.create(base + "/api/v1/portfolios"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"name\":\"Benchmarks\"}"))
					.build()));
		return firstId(send(http, HttpRequest.newBuilder(URI.create(base + "/api/v1/projects"))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"name\":\"Import benchmark\","
					+ "\"type\":\"ICT\",\"methodology\":\"WATERFALL\",\"classification\":\"PUBLIC\",\"portfolioId\":"
					+ portfolio + "}"))
			.build()));
	}

	/** The one-minute load average, as uptime shows it. */
	static String load() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
		}
		catch (IOException ex) {
			return "?";
		}
	}

	/**
	 * The generated file of that many tasks, kept in the temporary folder between runs.
	 */
	static Path generated(int tasks) throws IOException {
		Path file = Path.of(System.getProperty("java.io.tmpdir"), "agilepmo-bench-" + tasks + ".xml");
		if (!Files.exists(file)) {
			Path partial = Files.createTempFile("agilepmo-bench-", ".part");
			Files.write(partial, mspdi(tasks));
			Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
		}
		return file;
	}

	private static Path gzipped(Path file) throws IOException {
		Path gz = Path.of(file + ".gz");
		if (!Files.exists(gz)) {
			try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(gz), 64 * 1024)) {
				Files.copy(file, out);
			}
		}
		return gz;
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	/** A multipart upload streamed from the file. */
	static String upload(HttpClient http, String url, String token, String name, Path content)
			throws IOException, InterruptedException {
		String boundary = "----pmo" + UUID.randomUUID();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		return send(http,
				HttpRequest.newBuilder(URI.create(url))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "multipart/form-data; boundary=" + boundary)
					.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
							HttpRequest.BodyPublishers.ofFile(content), HttpRequest.BodyPublishers.ofString(tail)))
					.build());
	}

	static String send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(
					request.uri() + " answered " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	private static long firstId(String json) {
		Matcher m = ID.matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no id in " + json);
		}
		return Long.parseLong(m.group(1));
	}

	/**
	 * Tasks in summaries of ten; within a summary each task follows the one before (FS,
	 * some SS, some with a lag), and each summary's first task follows the previous
	 * summary's last; a five-day calendar with a holiday.
	 */
	static byte[] mspdi(int tasks) throws IOException {
		ProjectFile file = new ProjectFile();
		ProjectCalendar calendar = file.addDefaultBaseCalendar();
		calendar.addCalendarException(LocalDate.of(2026, 12, 25));
		calendar.addCalendarException(LocalDate.of(2027, 1, 1));
		file.setDefaultCalendar(calendar);
		file.getProjectProperties().setStartDate(LocalDateTime.of(2026, 11, 2, 8, 0));
		int id = 1;
		Task summary = null;
		Task previous = null;
		List<Task> all = new ArrayList<>(tasks);
		for (int i = 0; i < tasks; i++) {
			if (i % 10 == 0) {
				summary = file.addTask();
				summary.setName("Phase " + (i / 10 + 1));
				summary.setUniqueID(id);
				summary.setID(id++);
				summary.setOutlineLevel(1);
				summary.setSummary(true);
				previous = null;
			}
			Task task = summary.addTask();
			task.setName("Task " + (i + 1));
			task.setUniqueID(id);
			task.setID(id++);
			task.setOutlineLevel(2);
			task.setDuration(Duration.getInstance(1 + (i % 5), TimeUnit.DAYS));
			if (previous != null) {
				task.addPredecessor(new Relation.Builder().predecessorTask(previous)
					.type((i % 3 == 0) ? RelationType.START_START : RelationType.FINISH_START)
					.lag(Duration.getInstance((i % 4 == 0) ? 4 : 0, TimeUnit.HOURS)));
			}
			if (i >= 25 && i % 7 == 0) {
				task.addPredecessor(
						new Relation.Builder().predecessorTask(all.get(i - 25)).type(RelationType.FINISH_START));
			}
			all.add(task);
			previous = task;
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new MSPDIWriter().write(file, out);
		return out.toByteArray();
	}

}
