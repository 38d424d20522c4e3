package org.agilepmo.partners.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.partners.PartnersFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Partners through the whole application: a contact's subject-access export holds every
 * record of that person and nothing of anyone else; the retention job anonymises exactly
 * the contacts past their date; a unit's partner list does not exist for another unit's
 * people (404, absent from lists, search and counts); edits carry their version.
 */
@PmoTest
class PartnersOverHttpTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	PartnersFixtures partners;

	@Autowired
	JdbcTemplate jdbc;

	PersonSummary coordinator;

	PersonSummary outsider;

	long unit;

	long projectId;

	String tag;

	@BeforeEach
	void aUnitWithItsCoordinatorAndAProject() {
		this.coordinator = this.people.person("coord", ScreeningLevel.BASIC);
		this.outsider = this.people.person("other", ScreeningLevel.ENHANCED);
		this.unit = this.partners.unit(this.coordinator);
		this.partners.unit(this.outsider);
		PortfolioScene scene = this.portfolios.scene();
		this.projectId = scene
			.project(scene.portfolio().id(), Classification.PUBLIC,
					d -> PortfolioScene.withManager(d, this.coordinator.id()))
			.id();
		this.tag = "Zq" + Long.toString(System.nanoTime(), 36);
	}

	@Test
	void theSubjectAccessExportHoldsEveryRecordOfThePersonAndNothingOfAnyoneElse() throws Exception {
		long org = this.partners.organisation(this.coordinator, this.unit, "Bureau " + this.tag);
		String aliceName = "Alice " + this.tag;
		String bobName = "Bob " + this.tag;
		String aliceMail = "alice." + this.tag.toLowerCase() + "@example.org";
		String bobMail = "bob." + this.tag.toLowerCase() + "@example.org";
		String bobPhone = "+221 77 555 01 02";
		LocalDate keep = LocalDate.now().plusYears(1);
		long alice = this.partners.contact(this.coordinator, org, aliceName, aliceMail, "+212 600 000 001", keep);
		long bob = this.partners.contact(this.coordinator, org, bobName, bobMail, bobPhone, keep);
		long aliceLink = this.partners.stakeholder(this.coordinator, this.projectId, null, alice, 4, 5);
		long bobLink = this.partners.stakeholder(this.coordinator, this.projectId, null, bob, 2, 2);
		long together = this.partners.engagement(this.coordinator, aliceLink,
				"Met " + aliceName + " and " + bobName + " (" + bobMail + ", " + bobPhone + ")", bob);
		long aliceOnly = this.partners.engagement(this.coordinator, aliceLink, "Call with " + aliceName);
		long bobOnly = this.partners.engagement(this.coordinator, bobLink, "Message to " + bobName);
		long bobMentionsAlice = this.partners.engagement(this.coordinator, bobLink, "Bob asked to copy Alice", alice);
		// A change to Alice, so that the audit trail holds more than her creation.
		this.mvc
			.perform(patch("/api/v1/contacts/" + alice).with(this.people.as(this.coordinator))
				.with(csrf())
				.header("If-Match", "\"" + this.partners.contactVersion(this.coordinator, alice) + "\"")
				.contentType("application/json")
				.content("{\"role\":\"Head of records\"}"))
			.andExpect(status().isOk());

		String json = this.mvc
			.perform(get("/api/v1/contacts/" + alice + "/export").with(this.people.as(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();

		assertThat(json).contains(aliceName, aliceMail, "Head of records");
		assertThat(json).as("nothing of Bob: not his name, address, phone")
			.doesNotContain(bobName)
			.doesNotContain(bobMail)
			.doesNotContain(bobPhone)
			.doesNotContain("Bob " + this.tag.substring(0, 4));
		assertThat(ids(json, "contact")).containsExactly(String.valueOf(alice));
		assertThat(ids(json, "stakeholderLinks")).containsExactly(String.valueOf(aliceLink));
		assertThat(ids(json, "engagements"))
			.containsExactlyInAnyOrder(String.valueOf(together), String.valueOf(aliceOnly),
					String.valueOf(bobMentionsAlice))
			.doesNotContain(String.valueOf(bobOnly));
		List<Map<String, Object>> audit = JsonPath.read(json, "$.sections.auditEntries[*].fields");
		List<String> objects = new ArrayList<>();
		audit.forEach(a -> objects.add((String) a.get("object")));
		assertThat(objects).contains("partner-contact:" + alice, "partner-stakeholder:" + aliceLink)
			.allMatch(o -> o.equals("partner-contact:" + alice) || o.equals("partner-stakeholder:" + aliceLink));
		assertThat(objects.stream().filter(o -> o.equals("partner-contact:" + alice))).hasSize(2);
		assertThat(json).as("the audit entries hold ids, not Bob's id as a contact")
			.doesNotContain("partner-contact:" + bob)
			.doesNotContain("\"contactId\":" + bob);

		// The page's button downloads the same export.
		this.mvc.perform(get("/partners/contacts/" + alice + "/export").with(this.people.as(this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.contactId").value(alice))
			.andExpect(
					result -> assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment"));
	}

	private static List<String> ids(String json, String section) {
		return JsonPath.read(json, "$.sections." + section + "[*].id");
	}

	@Test
	void theRetentionJobAnonymisesExactlyTheContactsPastTheirDate() throws Exception {
		long org = this.partners.organisation(this.coordinator, this.unit, "Bureau " + this.tag);
		LocalDate today = LocalDate.now();
		long early = this.partners.contact(this.coordinator, org, "Early " + this.tag, "early@example.org", null,
				today.plusDays(10));
		long onTheDay = this.partners.contact(this.coordinator, org, "Onday " + this.tag, null, null,
				today.plusDays(20));
		long later = this.partners.contact(this.coordinator, org, "Later " + this.tag, "later@example.org", null,
				today.plusDays(30));
		long link = this.partners.stakeholder(this.coordinator, this.projectId, null, early, 3, 3);
		long entry = this.partners.engagement(this.coordinator, link,
				"Lunch with Early " + this.tag + " and Later " + this.tag, later);

		List<Long> anonymised = this.partners.anonymiseExpired(today.plusDays(20));

		assertThat(anonymised).contains(early).doesNotContain(onTheDay, later);
		for (long id : anonymised) {
			LocalDate retained = this.jdbc.queryForObject("select retain_until from partners_contact where id = ?",
					LocalDate.class, id);
			assertThat(retained).as("contact %d anonymised only when its date has passed", id)
				.isBefore(today.plusDays(20));
		}
		Map<String, Object> row = this.jdbc
			.queryForMap("select name, role, email, phone, anonymised_at from partners_contact where id = ?", early);
		assertThat(row.get("name")).isEqualTo("C-" + early);
		assertThat(row.get("role")).isNull();
		assertThat(row.get("email")).isNull();
		assertThat(row.get("anonymised_at")).isNotNull();
		assertThat(this.jdbc.queryForObject("select name from partners_contact where id = ?", String.class, later))
			.isEqualTo("Later " + this.tag);
		assertThat(this.jdbc.queryForObject("select anonymised_at from partners_contact where id = ?", Object.class,
				onTheDay))
			.isNull();
		assertThat(
				this.jdbc.queryForObject("select summary from partners_engagement where id = ?", String.class, entry))
			.doesNotContain("Early " + this.tag)
			.contains("Later " + this.tag);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'partner-contact' and entity_id = ? and action = ?",
				Long.class, String.valueOf(early), "partner-contact.anonymised"))
			.isEqualTo(1);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_entry where entity_type = 'partner-contact' "
						+ "and entity_id = ? and (before_state like ? or after_state like ?)",
				Long.class, String.valueOf(early), "%Early%", "%Early%"))
			.as("the audit trail never copied the name")
			.isZero();
		assertThat(this.partners.anonymiseExpired(today.plusDays(20))).as("a second run finds nothing more")
			.doesNotContain(early, onTheDay, later);
	}

	@Test
	void aUnitsPartnerListIsInvisibleToAnotherUnitsPeople() throws Exception {
		String name = "Secret bureau " + this.tag;
		long org = this.partners.organisation(this.coordinator, this.unit, name);
		long contact = this.partners.contact(this.coordinator, org, "Hidden " + this.tag, null, null,
				LocalDate.now().plusYears(1));
		PersonSummary pmo = this.people.person("pmo", ScreeningLevel.ENHANCED, GlobalRole.PMO_OFFICER);

		for (String path : List.of("/api/v1/partner-organisations/" + org,
				"/api/v1/partner-organisations/" + org + "/contacts", "/api/v1/contacts/" + contact,
				"/api/v1/contacts/" + contact + "/export", "/partners/organisations/" + org,
				"/partners/contacts/" + contact, "/partners/contacts/" + contact + "/export",
				"/api/v1/partner-organisations?unitId=" + this.unit, "/partners?unitId=" + this.unit,
				"/discussion/partner-organisation/" + org)) {
			this.mvc.perform(get(path).with(this.people.as(this.outsider)))
				.andExpect(result -> assertThat(result.getResponse().getStatus()).as(path).isEqualTo(404));
			this.mvc.perform(get(path).with(this.people.as(this.coordinator)))
				.andExpect(result -> assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200));
			this.mvc.perform(get(path).with(this.people.as(pmo)))
				.andExpect(result -> assertThat(result.getResponse().getStatus()).as(path).isEqualTo(200));
		}
		this.mvc
			.perform(patch("/api/v1/partner-organisations/" + org).with(this.people.as(this.outsider))
				.with(csrf())
				.header("If-Match", "\"0\"")
				.contentType("application/json")
				.content("{\"name\":\"Taken\"}"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post("/api/v1/partner-organisations").with(this.people.as(this.outsider))
				.with(csrf())
				.contentType("application/json")
				.content("{\"unitId\":" + this.unit + ",\"name\":\"Intruder\",\"type\":\"NGO\",\"country\":\"FR\"}"))
			.andExpect(status().isNotFound());
		String list = this.mvc.perform(get("/api/v1/partner-organisations").with(this.people.as(this.outsider)))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(list).doesNotContain(name);
		assertThat(this.mvc.perform(get("/partners").with(this.people.as(this.outsider)))
			.andReturn()
			.getResponse()
			.getContentAsString()).doesNotContain(name).doesNotContain("Hidden " + this.tag);
		this.mvc.perform(get("/api/v1/search").param("q", this.tag).with(this.people.as(this.outsider)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(0))
			.andExpect(jsonPath("$.facets.length()").value(0));
		this.mvc.perform(get("/api/v1/search").param("q", this.tag).with(this.people.as(this.coordinator)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalItems").value(2));
	}

	@Test
	void editsCarryTheirVersionAndAStaleOneIsRefused() throws Exception {
		long org = this.partners.organisation(this.coordinator, this.unit, "Versioned " + this.tag);
		long version = this.partners.organisationVersion(this.coordinator, org);
		this.mvc
			.perform(patch("/api/v1/partner-organisations/" + org).with(this.people.as(this.coordinator))
				.with(csrf())
				.contentType("application/json")
				.content("{\"name\":\"No version\"}"))
			.andExpect(status().isPreconditionRequired());
		this.mvc
			.perform(patch("/api/v1/partner-organisations/" + org).with(this.people.as(this.coordinator))
				.with(csrf())
				.header("If-Match", "\"" + version + "\"")
				.contentType("application/json")
				.content("{\"country\":\"JO\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.country").value("JO"))
			.andExpect(jsonPath("$.name").value("Versioned " + this.tag));
		this.mvc
			.perform(patch("/api/v1/partner-organisations/" + org).with(this.people.as(this.coordinator))
				.with(csrf())
				.header("If-Match", "\"" + version + "\"")
				.contentType("application/json")
				.content("{\"country\":\"SN\"}"))
			.andExpect(status().isPreconditionFailed());
		this.mvc
			.perform(patch("/api/v1/partner-organisations/" + org).with(this.people.as(this.coordinator))
				.with(csrf())
				.header("If-Match", "\"" + (version + 1) + "\"")
				.contentType("application/json")
				.content("{\"country\":\"XX\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("country"));
		this.mvc
			.perform(post("/partners/organisations/" + org).with(this.people.as(this.coordinator))
				.with(csrf())
				.param("version", String.valueOf(version))
				.param("unitId", String.valueOf(this.unit))
				.param("name", "Stale")
				.param("type", "NGO")
				.param("country", "FR"))
			.andExpect(status().isConflict());
	}

	@Test
	void theGridGivesTheStrategyAndAnOverrideNeedsAReason() throws Exception {
		long org = this.partners.organisation(this.coordinator, this.unit, "Grid " + this.tag);
		long contact = this.partners.contact(this.coordinator, org, "Gridded " + this.tag, null, null,
				LocalDate.now().plusYears(1));
		long s = this.partners.stakeholder(this.coordinator, this.projectId, null, contact, 2, 5);
		this.mvc
			.perform(get("/api/v1/projects/" + this.projectId + "/stakeholders").with(this.people.as(this.coordinator)))
			.andExpect(jsonPath("$[0].strategy").value("KEEP_SATISFIED"));
		this.mvc
			.perform(patch("/api/v1/stakeholders/" + s).with(this.people.as(this.coordinator))
				.with(csrf())
				.header("If-Match", "\"" + this.partners.stakeholderVersion(this.coordinator, s) + "\"")
				.contentType("application/json")
				.content("{\"override\":\"MANAGE_CLOSELY\"}"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.errors[0].field").value("reason"));
		this.mvc
			.perform(patch("/api/v1/stakeholders/" + s).with(this.people.as(this.coordinator))
				.with(csrf())
				.header("If-Match", "\"" + this.partners.stakeholderVersion(this.coordinator, s) + "\"")
				.contentType("application/json")
				.content("{\"override\":\"MANAGE_CLOSELY\",\"reason\":\"Signs the data-sharing agreement\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.strategy").value("MANAGE_CLOSELY"))
			.andExpect(jsonPath("$.gridStrategy").value("KEEP_SATISFIED"));
		String page = this.mvc
			.perform(get("/projects/" + this.projectId + "/stakeholders").param("interest", "2")
				.param("influence", "5")
				.with(this.people.as(this.coordinator)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"cell-stakeholders\"").contains("Gridded " + this.tag);
		this.mvc.perform(get("/projects/" + this.projectId + "/stakeholders").with(this.people.as(this.outsider)))
			.andExpect(status().isNotFound());
	}

}
