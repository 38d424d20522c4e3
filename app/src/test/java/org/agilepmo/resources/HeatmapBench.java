package org.agilepmo.resources;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.resources.internal.CapacityFigures;
import org.agilepmo.resources.internal.CapacityService;
import org.agilepmo.resources.internal.Granularity;
import org.agilepmo.resources.internal.GroupBy;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.ModuleFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The heatmap at scale: 500 people in five centres, each in a squad and on a project (a
 * third of them over-allocated), with leave and the holidays of two countries, shown over
 * 104 weeks. Times the figures alone and the whole page (security, figures, Thymeleaf,
 * the layout) through MockMvc, three warm-ups then ten runs, and writes the figures to
 * {@code target/heatmap-bench.txt}. A harness, not part of the suite (its name ends in
 * Bench): run it with {@code -Dtest=HeatmapBench}, on a database of its own.
 */
@SpringBootTest(properties = {
		"spring.datasource.url=jdbc:h2:mem:heatmap-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class HeatmapBench {

	static final int PEOPLE = 500;

	static final LocalDate FROM = LocalDate.of(2031, 1, 6);

	static final LocalDate TO = FROM.plusWeeks(104).minusDays(1);

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	ResourcesFixtures resources;

	@Autowired
	CapacityService capacity;

	@Test
	void fiveHundredPeopleOverOneHundredAndFourWeeks() throws Exception {
		PersonSummary admin = this.people.person("bench", ScreeningLevel.ENHANCED, GlobalRole.ADMINISTRATOR);
		long[] centres = new long[5];
		for (int c = 0; c < centres.length; c++) {
			centres[c] = this.resources.centre("Bench centre " + c, null);
		}
		long[] squads = new long[10];
		for (int s = 0; s < squads.length; s++) {
			squads[s] = this.resources.squad("Bench squad " + s);
		}
		PortfolioScene scene = this.portfolios.scene();
		long portfolio = scene.portfolio().id();
		long[] projects = new long[20];
		for (int p = 0; p < projects.length; p++) {
			projects[p] = scene.project(portfolio, p % 4 == 0 ? Classification.CONFIDENTIAL : Classification.PUBLIC)
				.id();
		}
		seed(centres, squads, projects);

		CapacityService.Query query = new CapacityService.Query(GroupBy.PERSON, Granularity.WEEK, FROM, TO, null, null);
		List<Long> compute = new ArrayList<>();
		List<Long> page = new ArrayList<>();
		int rows = 0;
		int size = 0;
		for (int run = 0; run < 13; run++) {
			long t0 = System.nanoTime();
			CapacityFigures figures = this.people.actingAs(admin,
					() -> this.capacity.figures(IdentityFixtures.actor(admin), query));
			long t1 = System.nanoTime();
			String html = this.mvc
				.perform(get("/resources/capacity?from=" + FROM + "&to=" + TO).with(this.people.as(admin)))
				.andReturn()
				.getResponse()
				.getContentAsString();
			long t2 = System.nanoTime();
			rows = figures.rows().size();
			size = html.length();
			assertThat(figures.columns()).hasSize(104);
			assertThat(html.split("<tr>", -1).length - 1).as("header and one row per person").isEqualTo(PEOPLE + 1);
			if (run >= 3) {
				compute.add((t1 - t0) / 1_000_000);
				page.add((t2 - t1) / 1_000_000);
			}
		}
		assertThat(rows).isEqualTo(PEOPLE);
		String report = "people=" + rows + " weeks=104 cells=" + rows * 104 + " html=" + size + " chars\n"
				+ "figures only (ms): " + compute + " median " + median(compute) + "\n"
				+ "whole page GET /resources/capacity (ms): " + page + " median " + median(page) + "\n";
		System.out.println(report);
		Files.writeString(Path.of("target", "heatmap-bench.txt"), report);
	}

	private void seed(long[] centres, long[] squads, long[] projects) {
		Timestamp now = Timestamp.from(Instant.now());
		long skill = this.resources.skill("Bench skill");
		for (int i = 0; i < PEOPLE; i++) {
			String username = "bench-" + i;
			this.jdbc.update(
					"insert into account (version, username, display_name, screening, enabled, demo, created_at) "
							+ "values (0, ?, ?, ?, false, false, ?)",
					username, "Bench person " + i, i % 2 == 0 ? "ENHANCED" : "BASIC", now);
			long person = this.jdbc.queryForObject("select id from account where username = ?", Long.class, username);
			this.jdbc.update("insert into resources_resource (version, kind, person_id, centre_unit_id, country, "
					+ "hours_per_day, working_days, part_time_percent) values (0, 'PERSON', ?, ?, ?, 8, '1111100', ?)",
					person, centres[i % centres.length], i % 2 == 0 ? "XP" : "XQ", i % 7 == 0 ? 80 : 100);
			long resource = this.jdbc.queryForObject("select id from resources_resource where person_id = ?",
					Long.class, person);
			this.jdbc.update(
					"insert into resources_resource_skill (resource_id, skill_id, proficiency) values (?, ?, ?)",
					resource, skill, 1 + i % 5);
			this.jdbc.update(
					"insert into resources_allocation (version, resource_id, squad_id, first_day, last_day, "
							+ "load_kind, load_value, created_by) values (0, ?, ?, ?, ?, 'PERCENT', 60, 1)",
					resource, squads[i % squads.length], Date.valueOf(FROM), Date.valueOf(TO));
			long project = projects[i % projects.length];
			boolean cleared = i % 2 == 0 || (i % projects.length) % 4 != 0;
			if (cleared) {
				this.jdbc.update(
						"insert into resources_allocation (version, resource_id, project_id, first_day, "
								+ "last_day, load_kind, load_value, created_by) values (0, ?, ?, ?, ?, ?, ?, 1)",
						resource, project, Date.valueOf(FROM.plusWeeks(i % 30)), Date.valueOf(TO.minusWeeks(i % 20)),
						i % 3 == 0 ? "PERCENT" : "HOURS", i % 3 == 0 ? 50 : 12);
			}
			this.jdbc.update(
					"insert into resources_leave (resource_id, first_day, last_day, reason) values (?, ?, ?, 'Leave')",
					resource, Date.valueOf(FROM.plusWeeks(20 + i % 40)), Date.valueOf(FROM.plusWeeks(22 + i % 40)));
		}
		for (int y = 2031; y <= 2033; y++) {
			for (String day : new String[] { "01-01", "05-01", "07-14", "12-25" }) {
				this.resources.holiday("XP", LocalDate.parse(y + "-" + day));
			}
			for (String day : new String[] { "01-06", "05-01", "10-12", "12-08" }) {
				this.resources.holiday("XQ", LocalDate.parse(y + "-" + day));
			}
		}
	}

	private static long median(List<Long> values) {
		long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

}
