package org.agilepmo.identity;

import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A picker finds people by a part of their name, whatever its case, at most ten at a
 * time, each with the name people know them by.
 */
@PmoTest
class PeopleSuggestionsTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Test
	void peopleAreFoundByAPartOfTheirName() throws Exception {
		PersonSummary asker = this.people.person("asker", ScreeningLevel.NONE);
		PersonSummary wanted = this.people.person("Quillon", ScreeningLevel.BASIC);
		this.mvc.perform(get("/api/v1/people/suggest").param("q", "QUILL").with(this.people.as(asker)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$[*].id", hasItem((int) wanted.id())))
			.andExpect(jsonPath("$[*].displayName", everyItem(startsWith("Quillon"))))
			.andExpect(jsonPath("$.length()", lessThanOrEqualTo(10)));
	}

}
