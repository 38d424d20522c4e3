package org.agilepmo.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.agilepmo.engine.levelling.Leveller;
import org.agilepmo.engine.levelling.Psplib;
import org.mpxj.Availability;
import org.mpxj.AvailabilityTable;
import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.common.LocalDateTimeHelper;
import org.mpxj.mspdi.MSPDIWriter;

/**
 * PSPLIB through the platform, as a project manager would do it: each instance written as
 * an MS Project XML file (one task per job with its duration in days on the standard
 * calendar, finish-to-start links, one work resource per PSPLIB resource with its
 * capacity as maximum units, one assignment per demand with the demand as units),
 * imported as a new project through {@code POST /api/v1/projects/import}, then levelled
 * through {@code POST /api/v1/projects/{id}/plan/levelling} with the default settings
 * (mode EXTEND_FINISH, no time limit given). The levelled finish is turned back into
 * working days from the project start and compared with the instance's optimum or lower
 * bound ({@code bounds-2019.csv}) and its critical-path bound.
 * <p>
 * {@code java -cp bench/target/benchmarks.jar org.agilepmo.bench.PsplibAppHarness URL TOKEN
 * --set ../shared/data/psplib/j30 [--limit N]}
 */
public final class PsplibAppHarness {

	private static final LocalDateTime START = LocalDateTime.of(2027, 1, 4, 8, 0);

	private static final Pattern PROJECT_ID = Pattern.compile("\"projectId\"\\s*:\\s*(\\d+)");

	private static final Pattern FINISH_AFTER = Pattern.compile("\"finishAfter\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern MILLIS = Pattern.compile("\"millis\"\\s*:\\s*(\\d+)");

	private PsplibAppHarness() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		String token = args[1];
		Path set = null;
		int limit = Integer.MAX_VALUE;
		for (int a = 2; a < args.length; a++) {
			switch (args[a]) {
				case "--set" -> set = Path.of(args[++a]);
				case "--limit" -> limit = Integer.parseInt(args[++a]);
				default -> throw new IllegalArgumentException("Unknown argument " + args[a]);
			}
		}
		if (set == null || !Files.isDirectory(set)) {
			throw new IllegalArgumentException("--set DIR (a PSPLIB set folder) is required");
		}
		Map<String, int[]> bounds = PsplibHarness.readBounds(set.resolve("bounds-2019.csv"));
		List<Path> files;
		try (Stream<Path> list = Files.list(set)) {
			files = list.filter(f -> f.getFileName().toString().endsWith(".sm"))
				.filter(f -> !f.getFileName().toString().contains("hrs"))
				.sorted()
				.limit(limit)
				.toList();
		}
		HttpClient http = HttpClient.newHttpClient();
		long portfolio = portfolio(http, base, token);
		System.out.println("instance,bound,cpm,levelled,import_ms,levelling_ms,levelling_server_ms");
		double devBound = 0;
		double devCpm = 0;
		long importMs = 0;
		long levelMs = 0;
		int count = 0;
		for (Path file : files) {
			String name = file.getFileName().toString();
			PsplibFile instance = PsplibFile.read(file);
			int cpm = Leveller.unlevelled(Psplib.read(file)).makespan();
			int[] bound = bounds.getOrDefault(name, new int[] { cpm, Integer.MAX_VALUE });
			int lower = bound[0] < 0 ? cpm : bound[0];
			Path xml = Files.createTempFile("psplib-", ".xml");
			Files.write(xml, mspdi(instance, name));
			long t0 = System.nanoTime();
			HttpResponse<String> imported = uploadAsNewProject(http, base, token, portfolio, name, xml);
			long t1 = System.nanoTime();
			Files.delete(xml);
			long project = Long.parseLong(find(PROJECT_ID, imported.body()));
			String etag = imported.headers().firstValue("ETag").orElse("*");
			HttpResponse<String> levelled = http
				.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/projects/" + project + "/plan/levelling"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.header("If-Match", etag)
					.POST(HttpRequest.BodyPublishers.ofString("{\"mode\":\"EXTEND_FINISH\"}"))
					.build(), HttpResponse.BodyHandlers.ofString());
			long t2 = System.nanoTime();
			if (levelled.statusCode() >= 300) {
				throw new IllegalStateException(
						name + ": levelling answered " + levelled.statusCode() + ": " + levelled.body());
			}
			int days = workingDays(LocalDateTime.parse(find(FINISH_AFTER, levelled.body())));
			devBound += 100.0 * (days - lower) / lower;
			devCpm += 100.0 * (days - cpm) / cpm;
			importMs += (t1 - t0) / 1_000_000;
			levelMs += (t2 - t1) / 1_000_000;
			count++;
			System.out.printf(Locale.ROOT, "%s,%d,%d,%d,%d,%d,%s%n", name, lower, cpm, days, (t1 - t0) / 1_000_000,
					(t2 - t1) / 1_000_000, find(MILLIS, levelled.body()));
		}
		System.out.printf(Locale.ROOT,
				"%n%d plans of %s through the API (load %s): avg dev. from optimum/LB %.2f %%, from CPM bound %.2f %%, "
						+ "import %.0f ms and levelling %.0f ms per plan%n",
				count, set.getFileName(), PlanImportHarness.load(), devBound / count, devCpm / count,
				(double) importMs / count, (double) levelMs / count);
	}

	/**
	 * Whole working days (08:00–12:00, 13:00–17:00, Monday to Friday) from the start to a
	 * finish.
	 */
	static int workingDays(LocalDateTime finish) {
		long minutes = 0;
		for (LocalDate day = START.toLocalDate(); !day.isAfter(finish.toLocalDate()); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			minutes += overlap(day, finish, LocalTime.of(8, 0), LocalTime.of(12, 0));
			minutes += overlap(day, finish, LocalTime.of(13, 0), LocalTime.of(17, 0));
		}
		return (int) Math.round(minutes / 480.0);
	}

	private static long overlap(LocalDate day, LocalDateTime finish, LocalTime from, LocalTime to) {
		LocalDateTime a = day.atTime(from);
		LocalDateTime b = day.atTime(to);
		LocalDateTime end = finish.isBefore(b) ? finish : b;
		return end.isAfter(a) ? java.time.Duration.between(a, end).toMinutes() : 0;
	}

	/** The instance as MS Project XML: tasks, links, resources and assignments. */
	static byte[] mspdi(PsplibFile instance, String name) throws IOException {
		ProjectFile file = new ProjectFile();
		ProjectCalendar calendar = file.addDefaultBaseCalendar();
		file.setDefaultCalendar(calendar);
		file.getProjectProperties().setStartDate(START);
		file.getProjectProperties().setName(name);
		Resource[] resources = new Resource[instance.capacity().length];
		for (int k = 0; k < resources.length; k++) {
			resources[k] = file.addResource();
			resources[k].setName("R" + (k + 1));
			resources[k].setUniqueID(k + 1);
			resources[k].setID(k + 1);
			resources[k].getAvailability()
				.add(new Availability(LocalDateTimeHelper.START_DATE_NA, AvailabilityTable.END_DATE_NA,
						100.0 * instance.capacity()[k]));
		}
		Task[] tasks = new Task[instance.jobs()];
		for (int j = 0; j < tasks.length; j++) {
			Task task = file.addTask();
			task.setName("Job " + (j + 1));
			task.setUniqueID(j + 1);
			task.setID(j + 1);
			task.setOutlineLevel(1);
			task.setDuration(Duration.getInstance(instance.duration()[j], TimeUnit.DAYS));
			if (instance.duration()[j] == 0) {
				task.setMilestone(true);
			}
			tasks[j] = task;
			for (int k = 0; k < resources.length; k++) {
				int demand = instance.demand()[j][k];
				if (demand > 0 && instance.duration()[j] > 0) {
					ResourceAssignment assignment = task.addResourceAssignment(resources[k]);
					assignment.setUnits(100.0 * demand);
					assignment.setWork(Duration.getInstance(8.0 * instance.duration()[j] * demand, TimeUnit.HOURS));
				}
			}
		}
		for (int j = 0; j < tasks.length; j++) {
			for (int s : instance.successors()[j]) {
				tasks[s]
					.addPredecessor(new Relation.Builder().predecessorTask(tasks[j]).type(RelationType.FINISH_START));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new MSPDIWriter().write(file, out);
		return out.toByteArray();
	}

	private static long portfolio(HttpClient http, String base, String token) throws IOException, InterruptedException {
		String code = "PSP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String body = PlanImportHarness.send(http,
				HttpRequest.newBuilder(URI.create(base + "/api/v1/portfolios"))
					.header("Authorization", "Bearer " + token)
					.header("Content-Type", "application/json")
					.POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"" + code + "\",\"name\":\"PSPLIB\"}"))
					.build());
		return Long.parseLong(find(Pattern.compile("\"id\"\\s*:\\s*(\\d+)"), body));
	}

	private static HttpResponse<String> uploadAsNewProject(HttpClient http, String base, String token, long portfolio,
			String name, Path content) throws IOException, InterruptedException {
		String code = "PSP-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
		String boundary = "----pmo" + UUID.randomUUID();
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
				+ ".xml\"\r\nContent-Type: application/xml\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = http.send(HttpRequest
			.newBuilder(URI.create(base + "/api/v1/projects/import?portfolioId=" + portfolio + "&code=" + code
					+ "&name=" + name.replace(".sm", "")))
			.header("Authorization", "Bearer " + token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
					HttpRequest.BodyPublishers.ofFile(content), HttpRequest.BodyPublishers.ofString(tail)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() >= 300) {
			throw new IllegalStateException(
					name + ": import answered " + response.statusCode() + ": " + response.body());
		}
		return response;
	}

	private static String find(Pattern pattern, String json) {
		Matcher m = pattern.matcher(json);
		if (!m.find()) {
			throw new IllegalStateException("no " + pattern + " in " + json.substring(0, Math.min(300, json.length())));
		}
		return m.group(1);
	}

}
