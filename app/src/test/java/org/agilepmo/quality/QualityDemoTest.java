package org.agilepmo.quality;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.OrganisationDirectory;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.testsupport.ModuleFixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo's quality data, in the demo's own context: ninety days of events for Squad
 * Alpha and Squad Bravo, seen by the CTO, with Alpha delivering more often and faster
 * than Bravo; and the CTO's audit with its findings, one action still open.
 */
@SpringBootTest(properties = { "pmo.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:demo-data-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class QualityDemoTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	People people;

	@Autowired
	OrganisationDirectory organisation;

	@Autowired
	ObjectMapper json;

	@Test
	void theCtoSeesNinetyDaysOfFiguresForAlphaAndBravoAndTheirAudit() throws Exception {
		JsonNode alpha = read("cto", "/api/v1/quality/squads/" + squad("SQ-ALPHA") + "/dora?days=90");
		JsonNode bravo = read("cto", "/api/v1/quality/squads/" + squad("SQ-BRAVO") + "/dora?days=90");

		assertThat(alpha.get("figures").get("deployments").asInt()).isGreaterThan(60);
		assertThat(bravo.get("figures").get("deployments").asInt()).isBetween(10, 60);
		assertThat(alpha.get("figures").get("medianLeadTimeHours").asDouble())
			.isLessThan(bravo.get("figures").get("medianLeadTimeHours").asDouble());
		assertThat(alpha.get("figures").get("medianTimeToRestoreHours").asDouble())
			.isLessThan(bravo.get("figures").get("medianTimeToRestoreHours").asDouble());
		assertThat(alpha.get("weeks").size()).isGreaterThanOrEqualTo(13);

		JsonNode audits = read("cto", "/api/v1/quality/audits");
		assertThat(audits.size()).isEqualTo(1);
		JsonNode audit = read("cto", "/api/v1/quality/audits/" + audits.get(0).get("id").asLong());
		assertThat(audit.get("findings").size()).isEqualTo(2);
		assertThat(audit.get("actions").size()).isEqualTo(2);
		assertThat(read("dev.ken", "/api/v1/quality/audits").size()).isZero();
	}

	private long squad(String code) {
		return this.organisation.ofType(UnitType.SQUAD)
			.stream()
			.filter(s -> s.code().equals(code))
			.map(OrgUnitSummary::id)
			.findFirst()
			.orElseThrow();
	}

	private JsonNode read(String username, String path) throws Exception {
		PersonSummary person = this.people.findByUsername(username).orElseThrow();
		String body = this.mvc.perform(get(path).with(this.identity.as(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

}
