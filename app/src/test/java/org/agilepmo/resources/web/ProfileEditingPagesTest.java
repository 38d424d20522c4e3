package org.agilepmo.resources.web;

import java.time.LocalDate;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.resources.Capacity;
import org.agilepmo.resources.ResourcesFixtures;
import org.agilepmo.resources.internal.AllocationService;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The profile page changes a person's working pattern (part time, days) and an
 * allocation's period and load, and ends an allocation: refused input answers 422 with
 * the form as typed and the field named; the change shows in the capacity.
 */
@PmoTest
class ProfileEditingPagesTest {

	static final LocalDate MONDAY = LocalDate.of(2034, 1, 2);

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	ResourcesFixtures resources;

	@Autowired
	AllocationService allocations;

	@Autowired
	Capacity capacity;

	@Test
	void thePatternIsChangedToPartTimeOnThreeDays() throws Exception {
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		PersonSummary dev = this.people.person("dev", ScreeningLevel.BASIC);
		long id = this.resources.profile(dev, null, "XP", 100);
		String version = String.valueOf(this.resources.resourceVersion(id));

		this.mvc.perform(get("/resources/" + id).with(this.people.as(pmo)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"pattern-form\"")));
		this.mvc
			.perform(post("/resources/" + id + "/pattern").with(this.people.as(pmo))
				.with(csrf())
				.param("version", version)
				.param("hoursPerDay", "7.5")
				.param("days", "0", "2", "4")
				.param("partTimePercent", "0"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"pattern-partTimePercent-error\"")))
			.andExpect(content().string(containsString("value=\"7.5\"")));
		this.mvc
			.perform(post("/resources/" + id + "/pattern").with(this.people.as(pmo))
				.with(csrf())
				.param("version", version)
				.param("hoursPerDay", "7.5")
				.param("days", "0", "2", "4")
				.param("partTimePercent", "80"))
			.andExpect(redirectedUrl("/resources/" + id));

		assertThat(this.capacity.hoursOn(dev.id(), MONDAY)).isEqualByComparingTo("6");
		assertThat(this.capacity.hoursOn(dev.id(), MONDAY.plusDays(1))).isEqualByComparingTo("0");
		this.mvc
			.perform(post("/resources/" + id + "/pattern").with(this.people.as(pmo))
				.with(csrf())
				.param("version", version)
				.param("hoursPerDay", "8")
				.param("days", "0")
				.param("partTimePercent", "100"))
			.andExpect(status().isConflict());
	}

	@Test
	void anAllocationIsChangedAndEnded() throws Exception {
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);
		long id = this.resources.bareProfile();
		LocalDate today = LocalDate.now();
		long allocation = this.resources.allocate(id, null, this.resources.squad("Edit squad"), today.minusWeeks(4),
				today.plusWeeks(8), true, "30");
		String path = "/resources/" + id + "/allocations/" + allocation;

		this.mvc.perform(get(path).with(this.people.as(pmo))).andExpect(status().isOk());
		this.mvc
			.perform(post(path).with(this.people.as(pmo))
				.with(csrf())
				.param("version", String.valueOf(this.resources.allocationVersion(allocation)))
				.param("firstDay", today.toString())
				.param("lastDay", today.minusDays(3).toString())
				.param("loadKind", "PERCENT")
				.param("loadValue", "45"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("id=\"alloc-lastDay-error\"")))
			.andExpect(content().string(containsString("value=\"45\"")));
		this.mvc
			.perform(post(path).with(this.people.as(pmo))
				.with(csrf())
				.param("version", String.valueOf(this.resources.allocationVersion(allocation)))
				.param("firstDay", today.minusWeeks(4).toString())
				.param("lastDay", today.plusWeeks(10).toString())
				.param("loadKind", "PERCENT")
				.param("loadValue", "45"))
			.andExpect(redirectedUrl("/resources/" + id));
		this.mvc
			.perform(post(path + "/end").with(this.people.as(pmo))
				.with(csrf())
				.param("version", String.valueOf(this.resources.allocationVersion(allocation))))
			.andExpect(redirectedUrl("/resources/" + id));

		var ended = this.allocations.visible(IdentityFixtures.actor(pmo), allocation);
		assertThat(ended.lastDay()).isEqualTo(today.minusDays(1));
		assertThat(ended.loadValue()).isEqualByComparingTo("45");
	}

}
