package org.agilepmo.planning.conformance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.cpm.MicrosoftScheduler;
import org.mpxj.cpm.PrimaveraScheduler;
import org.mpxj.reader.UniversalProjectReader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

/**
 * Our dates against the dates MS Project and Primavera P6 saved in real files: every file
 * of {@code ../shared/data/schedules} is read with MPXJ, each task's saved early and late
 * start and finish taken as the truth, and the same file imported as a user uploads it
 * ({@code POST /api/v1/projects/import}); an activity matches when all four dates are
 * equal to the minute. MPXJ's own schedulers ({@code MicrosoftScheduler},
 * {@code PrimaveraScheduler}) are scored on the same files. Prints the rate per file and
 * the mismatches per cause, and fails below the rates already reached.
 */
@PmoTest
class ConformanceTest {

	/** Ratchet: raise when the rates rise, never lower. */
	static final double MS_PROJECT_MINIMUM = 1.0;

	static final double PRIMAVERA_MINIMUM = 0.996;

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	PortfolioFixtures portfolioFixtures;

	@Autowired
	ObjectMapper json;

	@Test
	void ourDatesEqualTheSavedOnesOnRealFiles() throws Exception {
		SharedSchedules.requireOrSkip();
		PortfolioScene scene = this.portfolioFixtures.scene();
		long portfolioId = scene.portfolio().id();
		Map<Boolean, Score> ours = new HashMap<>();
		Map<Boolean, Score> theirs = new HashMap<>();
		Map<Boolean, Map<Cause, Integer>> causes = new HashMap<>();
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "%-52s %6s %8s %8s  %s%n", "file", "tasks", "ours", "MPXJ",
				"our mismatches by cause"));
		for (Path file : SharedSchedules.files()) {
			boolean p6 = SharedSchedules.isPrimavera(file);
			byte[] content = Files.readAllBytes(file);
			ProjectFile truth = new UniversalProjectReader().read(file.toFile());
			List<Task> compared = comparedTasks(truth);
			Map<String, JsonNode> imported = importAsUser(scene, portfolioId, file, content);
			Map<Cause, Integer> fileCauses = new EnumMap<>(Cause.class);
			int ourMatches = 0;
			for (Task task : compared) {
				JsonNode activity = (imported != null) ? imported.get(String.valueOf(task.getUniqueID())) : null;
				if (activity != null && sameDates(task, activity)) {
					ourMatches++;
				}
				else {
					Cause cause = cause(truth, task, activity, imported == null, p6);
					fileCauses.merge(cause, 1, Integer::sum);
					if ("true".equals(System.getenv("PMO_CONFORMANCE_DETAILS")) && activity != null) {
						System.out.printf(Locale.ROOT, "  %s %s [%s]%n    saved %s %s %s %s%n    ours  %s %s %s %s%n",
								file.getFileName(), task, cause.label, task.getEarlyStart(), task.getEarlyFinish(),
								task.getLateStart(), task.getLateFinish(), date(activity, "earlyStart"),
								date(activity, "earlyFinish"), date(activity, "lateStart"),
								date(activity, "lateFinish"));
					}
				}
			}
			int mpxjMatches = mpxjMatches(file, compared, p6);
			ours.computeIfAbsent(p6, k -> new Score()).add(compared.size(), ourMatches);
			theirs.computeIfAbsent(p6, k -> new Score()).add(compared.size(), mpxjMatches);
			fileCauses.forEach(
					(c, n) -> causes.computeIfAbsent(p6, k -> new EnumMap<>(Cause.class)).merge(c, n, Integer::sum));
			report.append(String.format(Locale.ROOT, "%-52s %6d %7.1f%% %7.1f%%  %s%n", file.getFileName(),
					compared.size(), percent(ourMatches, compared.size()), percent(mpxjMatches, compared.size()),
					describe(fileCauses)));
		}
		for (boolean p6 : new boolean[] { false, true }) {
			Score o = ours.getOrDefault(p6, new Score());
			Score t = theirs.getOrDefault(p6, new Score());
			report.append(String.format(Locale.ROOT, "%-52s %6d %7.1f%% %7.1f%%  %s%n",
					p6 ? "ALL Primavera P6" : "ALL MS Project", o.tasks, o.rate() * 100, t.rate() * 100,
					describe(causes.getOrDefault(p6, Map.of()))));
		}
		System.out.println("Conformance with the dates saved by MS Project and P6 (all four dates equal):");
		System.out.print(report);
		Path out = Path.of("target", "conformance.txt");
		Files.createDirectories(out.getParent());
		Files.writeString(out, report.toString());
		assertThat(ours.getOrDefault(false, new Score()).rate()).as("MS Project match rate")
			.isGreaterThanOrEqualTo(MS_PROJECT_MINIMUM);
		assertThat(ours.getOrDefault(true, new Score()).rate()).as("Primavera P6 match rate")
			.isGreaterThanOrEqualTo(PRIMAVERA_MINIMUM);
	}

	/** Every task but the project summary (ID 0) with a saved date. */
	static List<Task> comparedTasks(ProjectFile file) {
		List<Task> tasks = new ArrayList<>();
		for (Task task : file.getTasks()) {
			if (task.getNull() || task.getUniqueID() == null
					|| (Integer.valueOf(0).equals(task.getID()) && task.getParentTask() == null)) {
				continue;
			}
			if (task.getEarlyStart() == null && task.getEarlyFinish() == null && task.getLateStart() == null
					&& task.getLateFinish() == null) {
				continue;
			}
			tasks.add(task);
		}
		return tasks;
	}

	/**
	 * The imported activities by the file's task UID, or null when the file is refused.
	 */
	private Map<String, JsonNode> importAsUser(PortfolioScene scene, long portfolioId, Path file, byte[] content)
			throws Exception {
		String code = "CONF-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
		MvcResult result = this.mvc
			.perform(multipart("/api/v1/projects/import")
				.file(new MockMultipartFile("file", file.getFileName().toString(), "application/octet-stream", content))
				.param("portfolioId", String.valueOf(portfolioId))
				.param("code", code)
				.param("name", file.getFileName().toString())
				.with(this.identity.as(scene.officer())))
			.andReturn();
		if (result.getResponse().getStatus() != 201) {
			System.out.println(file.getFileName() + " refused: " + result.getResponse().getContentAsString());
			return null;
		}
		String location = result.getResponse().getHeader("Location");
		String body = this.mvc.perform(get(location + "/activities?size=10000").with(this.identity.as(scene.officer())))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Map<String, JsonNode> byUid = new HashMap<>();
		for (JsonNode item : this.json.readTree(body).get("items")) {
			if (item.hasNonNull("externalId")) {
				byUid.put(item.get("externalId").asString(), item);
			}
		}
		return byUid;
	}

	private static boolean sameDates(Task task, JsonNode activity) {
		return same(task.getEarlyStart(), date(activity, "earlyStart"))
				&& same(task.getEarlyFinish(), date(activity, "earlyFinish"))
				&& same(task.getLateStart(), date(activity, "lateStart"))
				&& same(task.getLateFinish(), date(activity, "lateFinish"));
	}

	private static boolean sameDates(Task saved, Task computed) {
		return same(saved.getEarlyStart(), computed.getEarlyStart())
				&& same(saved.getEarlyFinish(), computed.getEarlyFinish())
				&& same(saved.getLateStart(), computed.getLateStart())
				&& same(saved.getLateFinish(), computed.getLateFinish());
	}

	/** Equal to the minute; a date the tool did not save is not compared. */
	private static boolean same(LocalDateTime saved, LocalDateTime computed) {
		if (saved == null) {
			return true;
		}
		return computed != null && saved.withSecond(0).withNano(0).equals(computed.withSecond(0).withNano(0));
	}

	private static LocalDateTime date(JsonNode activity, String field) {
		JsonNode value = (activity != null) ? activity.get(field) : null;
		return (value == null || value.isNull()) ? null : LocalDateTime.parse(value.asString());
	}

	/**
	 * How many of the tasks MPXJ's scheduler for the file's tool dates as the tool did.
	 */
	private static int mpxjMatches(Path file, List<Task> compared, boolean p6) {
		try {
			ProjectFile working = new UniversalProjectReader().read(file.toFile());
			if (p6) {
				LocalDateTime start = working.getProjectProperties().getPlannedStart();
				if (start == null) {
					start = working.getProjectProperties().getStartDate();
				}
				new PrimaveraScheduler().schedule(working, start);
			}
			else {
				new MicrosoftScheduler().schedule(working, working.getProjectProperties().getStartDate());
			}
			int matches = 0;
			for (Task task : compared) {
				Task computed = working.getTaskByUniqueID(task.getUniqueID());
				if (computed != null && sameDates(task, computed)) {
					matches++;
				}
			}
			return matches;
		}
		catch (Exception | StackOverflowError ex) {
			System.out.println(file.getFileName() + ": MPXJ's scheduler failed: " + ex);
			return 0;
		}
	}

	/** The first known cause that applies to the task. */
	static Cause cause(ProjectFile file, Task task, JsonNode activity, boolean refused, boolean p6) {
		if (refused) {
			return Cause.REFUSED_FILE;
		}
		LocalDateTime lateStart = date(activity, "lateStart");
		LocalDateTime lateFinish = date(activity, "lateFinish");
		if (lateStart != null && lateFinish != null && lateFinish.isBefore(lateStart)) {
			return Cause.DEFECT;
		}
		if (p6) {
			if (task.hasChildTasks() || task.getSummary()) {
				return Cause.P6_WBS_SUMMARY;
			}
			if (task.getActualFinish() != null) {
				return Cause.P6_PROGRESS_FINISHED;
			}
			if (task.getActualStart() != null) {
				return Cause.P6_PROGRESS_STARTED;
			}
			if (file.getProjectProperties().getStatusDate() != null && fileHasProgress(file)) {
				return Cause.P6_PROGRESS_NOT_STARTED;
			}
		}
		else {
			if (task.hasChildTasks() || task.getSummary()) {
				return Cause.MS_SUMMARY;
			}
			if (task.getTaskMode() == TaskMode.MANUALLY_SCHEDULED) {
				return Cause.MANUAL;
			}
			if (task.getActualStart() != null
					|| (task.getPercentageComplete() != null && task.getPercentageComplete().doubleValue() > 0)) {
				return Cause.MS_PROGRESS;
			}
			if (task.getDuration() != null && task.getDuration().getUnits().name().startsWith("ELAPSED")) {
				return Cause.ELAPSED;
			}
			if (task.getMilestone() && task.getDuration() != null && task.getDuration().getDuration() > 0) {
				return Cause.MILESTONE_WITH_DURATION;
			}
			if (!task.getResourceAssignments().isEmpty() && task.getResourceAssignments()
				.stream()
				.anyMatch(a -> a.getResource() != null && a.getWork() != null && a.getWork().getDuration() > 0)) {
				return Cause.EFFORT_DRIVEN;
			}
		}
		LocalDateTime start = file.getProjectProperties().getStartDate();
		if (start != null && task.getEarlyStart() != null && task.getEarlyStart().isBefore(start)) {
			return Cause.BEFORE_PROJECT_START;
		}
		if (onlyDayBoundaries(task, activity)) {
			return Cause.DAY_BOUNDARY;
		}
		return Cause.OTHER;
	}

	private static boolean fileHasProgress(ProjectFile file) {
		for (Task t : file.getTasks()) {
			if (t.getActualStart() != null) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Every differing date is the end of a working day on one side and the next start on
	 * the other.
	 */
	private static boolean onlyDayBoundaries(Task task, JsonNode activity) {
		ProjectCalendar calendar = task.getEffectiveCalendar();
		if (calendar == null) {
			return false;
		}
		LocalDateTime[][] pairs = { { task.getEarlyStart(), date(activity, "earlyStart") },
				{ task.getEarlyFinish(), date(activity, "earlyFinish") },
				{ task.getLateStart(), date(activity, "lateStart") },
				{ task.getLateFinish(), date(activity, "lateFinish") } };
		boolean any = false;
		for (LocalDateTime[] pair : pairs) {
			if (same(pair[0], pair[1])) {
				continue;
			}
			if (pair[1] == null) {
				return false;
			}
			any = true;
			boolean boundary = calendar.getNextWorkStart(pair[0]).equals(pair[1])
					|| calendar.getNextWorkStart(pair[1]).equals(pair[0]);
			if (!boundary) {
				return false;
			}
		}
		return any;
	}

	private static String describe(Map<Cause, Integer> causes) {
		StringBuilder text = new StringBuilder();
		causes.entrySet()
			.stream()
			.sorted((a, b) -> b.getValue() - a.getValue())
			.forEach(e -> text.append(e.getKey().label).append(' ').append(e.getValue()).append("; "));
		return text.toString();
	}

	private static double percent(int part, int whole) {
		return (whole == 0) ? 100.0 : 100.0 * part / whole;
	}

	/** Tasks compared and tasks whose four dates matched. */
	static final class Score {

		int tasks;

		int matches;

		void add(int compared, int matched) {
			this.tasks += compared;
			this.matches += matched;
		}

		double rate() {
			return (this.tasks == 0) ? 1.0 : (double) this.matches / this.tasks;
		}

	}

}
