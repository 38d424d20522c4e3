package org.agilepmo.delivery.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.delivery.internal.BacklogService;
import org.agilepmo.delivery.internal.ItemDraft;
import org.agilepmo.delivery.internal.ItemType;
import org.agilepmo.delivery.internal.ItemView;
import org.agilepmo.delivery.internal.SprintService;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * A sprint that has not begun yet shows, on its burndown, the ideal line from the points
 * planned into it down to zero on its last day, falling only on working days; it is not a
 * flat line at zero.
 */
@PmoTest
class NewSprintBurndownTest {

	private static final Pattern IDEAL = Pattern
		.compile("\"name\":\"Ideal[^\"]*\",\"type\":\"line\",\"data\":\\[([^\\]]*)\\]");

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	BacklogService backlog;

	@Autowired
	SprintService sprints;

	@Test
	void theIdealLineOfANewSprintRunsFromThePlannedPointsToZeroOverWorkingDays() throws Exception {
		DeliveryScene scene = new DeliveryScene(this.people, this.organisation);
		LocalDate monday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		long sprint = this.sprints.plan(scene.member(), scene.squadId(), "Next", null, monday, monday.plusDays(11))
			.id();
		for (int points : List.of(5, 3)) {
			ItemView item = this.backlog.create(scene.member(), scene.squadId(),
					ItemDraft.simple(ItemType.STORY, "Story of " + points, points));
			this.backlog.plan(scene.member(), item.id(), item.version(), sprint);
		}
		String page = this.mvc
			.perform(get("/delivery/sprints/" + sprint).with(this.people.as(scene.squadMember()))
				.header("Accept-Language", "en"))
			.andReturn()
			.getResponse()
			.getContentAsString()
			.replace("&quot;", "\"");
		Matcher ideal = IDEAL.matcher(page);
		assertThat(ideal.find()).as("the burndown's ideal series").isTrue();
		List<Double> line = new ArrayList<>();
		for (String v : ideal.group(1).split(",")) {
			line.add(Double.parseDouble(v));
		}
		// Monday to the Friday of the next week: twelve days, ten of them working days.
		assertThat(line).hasSize(12);
		assertThat(line.get(0)).isEqualTo(8.0);
		assertThat(line.get(line.size() - 1)).isEqualTo(0.0);
		for (int i = 1; i < line.size(); i++) {
			assertThat(line.get(i)).isLessThanOrEqualTo(line.get(i - 1));
		}
		// The weekend (days 5 and 6, Saturday and Sunday) burns nothing.
		assertThat(line.get(6)).isEqualTo(line.get(4));
		assertThat(line.get(1)).isEqualTo(7.1);
	}

}
