package org.agilepmo.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.People;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.testsupport.ModuleFixtures;
import org.junit.jupiter.api.Test;

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
 * Demo mode on its own in-memory H2 database, as README command 1 starts it: the
 * organisation, the people, and the three portfolios with projects spread over stages and
 * classifications, seen through the access rule.
 */
@SpringBootTest(properties = { "pmo.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:demo-data-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"spring.datasource.username=sa" })
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(ModuleFixtures.class)
class DemoDataTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	IdentityFixtures identity;

	@Autowired
	People people;

	@Autowired
	ObjectMapper json;

	@Test
	void thePmoSeesThreePortfoliosAndTheirProjectsAtManyStagesAndClassifications() throws Exception {
		JsonNode portfolios = list("pmo.head", "/api/v1/portfolios?size=50");
		assertThat(codes(portfolios)).containsExactlyInAnyOrder("PF-DIGITAL", "PF-POLICE", "PF-CAPACITY");
		JsonNode programmes = list("pmo.head", "/api/v1/programmes?size=50");
		assertThat(codes(programmes)).containsExactlyInAnyOrder("PG-ESERVICES", "PG-INFRA", "PG-POLICE-IS");

		JsonNode projects = list("pmo.head", "/api/v1/projects?size=100");
		assertThat(projects.get("totalItems").asLong()).isEqualTo(12);
		Set<String> stages = values(projects, "stage");
		assertThat(stages).contains("CONCEPT", "SCOPING", "PLANNING", "EXECUTION", "GO_LIVE", "CLOSED", "ON_HOLD",
				"CANCELLED");
		assertThat(values(projects, "classification")).containsExactlyInAnyOrder("PUBLIC", "RESTRICTED",
				"CONFIDENTIAL");
		assertThat(values(projects, "type")).containsExactlyInAnyOrder("ICT", "OPERATIONAL", "CAPACITY_BUILDING");
		assertThat(values(projects, "methodology")).containsExactlyInAnyOrder("SCRUM", "WATERFALL", "HYBRID");
		assertThat(values(projects, "health")).containsExactlyInAnyOrder("GREEN", "AMBER", "RED");
	}

	@Test
	void theDataCentrePlanIsScheduledWithACriticalPathAndABaseline() throws Exception {
		long project = list("pmo.head", "/api/v1/projects?q=INFRA-DC").get("items").get(0).get("id").asLong();
		JsonNode activities = list("pmo.head", "/api/v1/projects/" + project + "/plan/activities?size=100");
		assertThat(activities.get("items")).hasSize(16);
		assertThat(java.util.stream.StreamSupport.stream(activities.get("items").spliterator(), false)
			.filter(a -> a.get("critical").asBoolean())
			.count()).isGreaterThan(5);
		JsonNode baselines = list("pmo.head", "/api/v1/projects/" + project + "/plan/baselines");
		assertThat(baselines.toString()).contains("Approved plan");
	}

	@Test
	void theStoriesOfSquadBravoDeliverTheIdentityPilotMilestone() throws Exception {
		long project = list("pmo.head", "/api/v1/projects?q=DIGI-EID").get("items").get(0).get("id").asLong();
		JsonNode delivery = list("pmo.head", "/api/v1/projects/" + project + "/delivery");
		assertThat(delivery.toString()).contains("EID-PILOT");
		JsonNode pilot = java.util.stream.StreamSupport.stream(delivery.get("milestones").spliterator(), false)
			.filter(m -> "EID-PILOT".equals(m.get("milestoneRef").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(pilot.get("items").asInt()).isEqualTo(6);
		assertThat(pilot.get("doneItems").asInt()).isEqualTo(1);
		assertThat(pilot.get("points").asInt()).isEqualTo(25);
		assertThat(pilot.get("donePoints").asInt()).isEqualTo(5);
	}

	@Test
	void theRiskRegistersHaveRisksInSeveralCellsTwoOverdueActionsAnOccurredRiskAndADecision() throws Exception {
		long portal = list("pmo.head", "/api/v1/projects?q=DIGI-PORTAL").get("items").get(0).get("id").asLong();
		long dc = list("pmo.head", "/api/v1/projects?q=INFRA-DC").get("items").get(0).get("id").asLong();
		JsonNode risks = list("pmo.head", "/api/v1/projects/" + portal + "/risks?size=50");
		assertThat(risks.get("totalItems").asInt()).isEqualTo(4);
		JsonNode heatMap = list("pmo.head", "/api/v1/projects/" + portal + "/risk-heatmap");
		long filledCells = java.util.stream.StreamSupport.stream(heatMap.get("cells").spliterator(), false)
			.filter(c -> c.get("before").asInt() > 0)
			.count();
		assertThat(filledCells).isGreaterThanOrEqualTo(3);
		assertThat(list("pm.tomas", "/api/v1/actions?assignee=me&overdue=true")).hasSize(1);
		assertThat(list("dev.sara", "/api/v1/actions?assignee=me&overdue=true")).hasSize(1);
		assertThat(list("pmo.head", "/api/v1/projects/" + dc + "/risks?status=OCCURRED").get("totalItems").asInt())
			.isEqualTo(1);
		JsonNode issues = list("pmo.head", "/api/v1/projects/" + dc + "/issues");
		assertThat(issues).hasSize(1);
		assertThat(issues.get(0).get("riskId").isNull()).isFalse();
		assertThat(list("pmo.head", "/api/v1/projects/" + portal + "/decisions")).hasSize(1);
		long portfolio = list("pmo.head", "/api/v1/projects/" + portal).get("portfolioId").asLong();
		assertThat(list("pmo.head", "/api/v1/portfolios/" + portfolio + "/risks").get("totalItems").asInt())
			.isEqualTo(1);
		assertThat(list("pmo.head", "/api/v1/portfolios/" + portfolio + "/top-risks?limit=50"))
			.anyMatch(r -> r.get("title").asText().equals("Donor funding is cut in the next budget round"));
	}

	@Test
	void thePmoRanksFiveConceptNotesAtDifferentDecisions() throws Exception {
		JsonNode notes = list("pmo.head", "/api/v1/concept-notes");
		assertThat(notes).hasSize(5);
		assertThat(notes.toString()).contains("SUBMITTED", "RECOMMENDED", "DEFERRED", "REJECTED",
				"Online payment of traffic fines");
	}

	@Test
	void thePmoCanPrioritiseTheAssessedNotesOnTheirCostsAndSkills() throws Exception {
		JsonNode outcome = list("pmo.head",
				"/api/v1/prioritisation?budget=100000&budget=100000&budget=100000&capacity.Java developer=50");
		assertThat(outcome.get("solved").asBoolean()).isTrue();
		assertThat(outcome.get("skills").toString()).contains("Drone pilot", "Java developer", "Business analyst");
		assertThat(outcome.get("notes")).hasSize(2);
		// The drones cost 185,000 next year, more than its budget of 100,000; the fines
		// note
		// (82,000) fits: one in, one out, each with its reason.
		long in = 0;
		for (JsonNode n : outcome.get("notes")) {
			if (n.get("scenarios").get(0).get("selected").asBoolean()) {
				in++;
			}
			assertThat(n.get("scenarios").get(0).get("reasons")).isNotEmpty();
		}
		assertThat(in).isEqualTo(1);
	}

	@Test
	void aDeveloperWithoutScreeningSeesOnlyTheirPublicProject() throws Exception {
		JsonNode projects = list("dev.ken", "/api/v1/projects?size=100");
		assertThat(codes(projects)).containsExactly("DIGI-PORTAL");
	}

	@Test
	void theDemoPeopleHoldEveryGlobalRoleAndScreeningLevel() {
		List<PersonSummary> everyone = this.people.listEnabled();
		assertThat(everyone.stream().map(PersonSummary::username))
			.contains(DemoPeople.ALL.stream().map(DemoPeople.DemoPerson::username).toArray(String[]::new));
		assertThat(DemoPeople.ALL.stream().flatMap(p -> p.roles().stream()).map(Enum::name).distinct())
			.contains("PMO_OFFICER", "AUDITOR");
		assertThat(DemoPeople.ALL.stream().map(p -> p.screening().name()).distinct()).contains("NONE", "BASIC",
				"ENHANCED");
	}

	@Test
	void theDataCentrePlanIsUnderWayWithAStatusDateAndASlipAgainstItsBaseline() throws Exception {
		JsonNode project = list("pmo.head", "/api/v1/projects?q=INFRA-DC").get("items").get(0);
		long id = project.get("id").asLong();
		assertThat(project.get("health").asString()).isEqualTo("AMBER");
		JsonNode plan = list("pmo.head", "/api/v1/projects/" + id + "/plan");
		assertThat(plan.get("statusDate").isNull()).isFalse();
		assertThat(java.time.LocalDateTime.parse(plan.get("projectFinish").asString()).toLocalDate())
			.isAfterOrEqualTo(java.time.LocalDate.parse(project.get("plannedFinish").asString()));
		JsonNode activities = list("pmo.head", "/api/v1/projects/" + id + "/plan/activities?size=100").get("items");
		List<Integer> progress = java.util.stream.StreamSupport.stream(activities.spliterator(), false)
			.map(a -> a.get("percentComplete").asInt())
			.toList();
		assertThat(progress).contains(100, 60, 0);
		JsonNode variance = list("pmo.head", "/api/v1/projects/" + id + "/plan/baselines/Approved plan/variance");
		assertThat(java.util.stream.StreamSupport.stream(variance.spliterator(), false)
			.filter(v -> v.get("name").asString().startsWith("Migration wave 1"))
			.findFirst()
			.orElseThrow()
			.get("startVarianceMinutes")
			.asInt()).as("wave 1 started three weeks late").isGreaterThanOrEqualTo(15 * 480);
	}

	@Autowired
	java.util.List<org.agilepmo.shared.ObjectDirectory> directories;

	@Test
	void everyDemoPersonHasWorkWaitingForThem() {
		for (String username : List.of("pmo.head", "pm.amina", "po.lucas", "dev.sara", "auditor", "sponsor", "cto",
				"unit.coord")) {
			PersonSummary person = this.people.findByUsername(username).orElseThrow();
			org.agilepmo.shared.Actor actor = IdentityFixtures.actor(person);
			List<String> work = this.directories.stream()
				.flatMap(d -> d.workFor(actor).stream())
				.map(w -> w.reasonKey() + " " + w.object().label())
				.toList();
			assertThat(work).as("the work of %s", username).isNotEmpty();
		}
		org.agilepmo.shared.Actor sara = IdentityFixtures.actor(this.people.findByUsername("dev.sara").orElseThrow());
		assertThat(this.directories.stream().flatMap(d -> d.workFor(sara).stream()).map(w -> w.reasonKey()))
			.contains("work.item.in-sprint");
		org.agilepmo.shared.Actor amina = IdentityFixtures.actor(this.people.findByUsername("pm.amina").orElseThrow());
		assertThat(this.directories.stream().flatMap(d -> d.workFor(amina).stream()).map(w -> w.reasonKey()))
			.contains("work.gate-item.to-sign", "work.activity.late");
	}

	@Autowired
	org.agilepmo.organisation.OrganisationManagement organisation;

	@Test
	void squadAlphasSprintHasDaysOfHistoryOnItsBurndown() throws Exception {
		long alpha = this.organisation.all()
			.stream()
			.filter(u -> "SQ-ALPHA".equals(u.code()))
			.findFirst()
			.orElseThrow()
			.id();
		JsonNode sprints = list("po.lucas", "/api/v1/squads/" + alpha + "/sprints");
		JsonNode active = java.util.stream.StreamSupport
			.stream((sprints.has("items") ? sprints.get("items") : sprints).spliterator(), false)
			.filter(x -> "ACTIVE".equals(x.get("state").asString()))
			.findFirst()
			.orElseThrow();
		JsonNode days = list("dev.sara", "/api/v1/sprints/" + active.get("id").asLong() + "/burndown");
		assertThat(days.size()).isGreaterThanOrEqualTo(9);
		assertThat(days.get(0).get("done").asInt()).isZero();
		assertThat(days.get(0).get("ideal").asDouble()).isEqualTo(23.0);
		assertThat(days.get(days.size() - 2).get("done").asInt()).as("done on past days").isEqualTo(11);
		assertThat(days.get(days.size() - 1).get("remaining").asInt()).isEqualTo(12);
	}

	@Test
	void theHeadOfDevelopmentSeesTwoOverAllocatedPeopleAndARequestToAnswer() throws Exception {
		java.time.LocalDate monday = java.time.LocalDate.now()
			.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY));
		JsonNode figures = list("cc.head",
				"/api/v1/capacity?from=" + monday.plusWeeks(1) + "&to=" + monday.plusWeeks(1).plusDays(6));
		List<String> over = java.util.stream.StreamSupport.stream(figures.get("rows").spliterator(), false)
			.filter(r -> "over".equals(r.get("cells").get(0).get("band").asString()))
			.map(r -> r.get("label").asString())
			.toList();
		assertThat(over).contains("Sara Haddad (developer)", "Ken Ito (developer)");
		JsonNode requests = list("cc.head", "/api/v1/staffing-requests?open=true");
		assertThat(requests.get("totalItems").asInt()).isEqualTo(1);
		long request = requests.get("items").get(0).get("id").asLong();
		JsonNode candidates = list("cc.head", "/api/v1/staffing-requests/" + request + "/candidates");
		List<String> names = java.util.stream.StreamSupport.stream(candidates.spliterator(), false)
			.map(c -> c.get("name").asString())
			.toList();
		// The confidential project needs enhanced screening: Sara (basic) and Ken (none)
		// are
		// never candidates; Marc (enhanced, resource only) and Olga are.
		assertThat(names).contains("Marc Lefèvre (Java developer)")
			.doesNotContain("Sara Haddad (developer)", "Ken Ito (developer)");
		JsonNode squads = list("cc.head", "/api/v1/squads/" + squadId("SQ-ALPHA") + "/composition");
		assertThat(squads.toString()).contains("Test automation");
	}

	@Test
	void sarasLastWeekWaitsForTheProjectManagerAndHerEarlierWeekIsApproved() throws Exception {
		JsonNode waiting = list("pm.tomas", "/api/v1/timesheets/approvals");
		assertThat(waiting.get("totalItems").asInt()).isEqualTo(1);
		assertThat(waiting.get("items").get(0).get("personId").asLong())
			.isEqualTo(this.people.findByUsername("dev.sara").orElseThrow().id());
		JsonNode weeks = list("dev.sara", "/api/v1/timesheets");
		assertThat(java.util.stream.StreamSupport.stream(weeks.get("items").spliterator(), false)
			.map(w -> w.get("state").asString())
			.toList()).containsExactly("SUBMITTED", "APPROVED");
		JsonNode kens = list("dev.ken", "/api/v1/timesheets");
		assertThat(java.util.stream.StreamSupport.stream(kens.get("items").spliterator(), false)
			.map(w -> w.get("state").asString())
			.toList()).containsExactly("DRAFT", "APPROVED");
	}

	@Test
	void anItConsultancyAgreementWithTwoLotsAndCallOffsAndATenderInEvaluation() throws Exception {
		JsonNode agreements = list("pmo.head", "/api/v1/agreements");
		JsonNode it = java.util.stream.StreamSupport.stream(agreements.spliterator(), false)
			.filter(a -> "FA-IT-2025-01".equals(a.get("reference").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(it.get("lots")).hasSize(2);
		assertThat(it.get("stage").asString()).isEqualTo("EXECUTION");
		assertThat(it.get("committed").decimalValue()).isEqualByComparingTo("626500.00");
		assertThat(it.get("remaining").decimalValue()).isEqualByComparingTo("1773500.00");
		assertThat(it.get("expiring").asBoolean()).isTrue();
		assertThat(list("pmo.head", "/api/v1/agreements/" + it.get("id").asLong() + "/call-offs")).hasSize(3);
		JsonNode tenders = list("pmo.head", "/api/v1/tenders");
		JsonNode tender = java.util.stream.StreamSupport.stream(tenders.get("items").spliterator(), false)
			.filter(t -> "T-2026-014".equals(t.get("reference").asString()))
			.findFirst()
			.orElseThrow();
		assertThat(tender.get("status").asString()).isEqualTo("EVALUATION");
		assertThat(list("pmo.head", "/api/v1/tenders/" + tender.get("id").asLong() + "/bids")).hasSize(3);
	}

	private long squadId(String code) throws Exception {
		JsonNode units = list("pmo.head", "/api/v1/organisation/units");
		for (JsonNode unit : units.isArray() ? units : units.get("items")) {
			if (code.equals(unit.get("code").asString())) {
				return unit.get("id").asLong();
			}
		}
		throw new IllegalStateException(code);
	}

	@Test
	void thePoliceUnitsProjectsAreFundedByGrantsInEurAndUsdWhoseDonorSeesOnlyTheirOwn() throws Exception {
		JsonNode sources = list("pmo.head", "/api/v1/funding-sources");
		java.util.Map<String, JsonNode> grants = new java.util.HashMap<>();
		sources.forEach(s -> grants.put(s.get("reference").asString(), s));
		assertThat(grants.get("ISF-2025-17").get("currency").asString()).isEqualTo("EUR");
		assertThat(grants.get("INL-BS-88").get("currency").asString()).isEqualTo("USD");
		for (String reference : List.of("ISF-2025-17", "INL-BS-88")) {
			JsonNode report = list("pmo.head",
					"/api/v1/funding-sources/" + grants.get(reference).get("id").asLong() + "/report");
			assertThat(new java.math.BigDecimal(report.get("budget").asString())).as(reference).isPositive();
			assertThat(new java.math.BigDecimal(report.get("spent").asString())).as(reference).isPositive();
		}
		for (String code : List.of("POL-CRIMREC", "POL-BORDER")) {
			long id = list("pmo.head", "/api/v1/projects?q=" + code).get("items").get(0).get("id").asLong();
			String iati = this.mvc
				.perform(get("/api/v1/projects/" + id + "/iati")
					.with(this.identity.as(this.people.findByUsername("pmo.head").orElseThrow())))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(iati).as(code).contains("participating-org");
		}

		JsonNode donorSees = list("donor", "/api/v1/funding-sources");
		assertThat(java.util.stream.StreamSupport.stream(donorSees.spliterator(), false)
			.map(g -> g.get("reference").asString())
			.toList()).contains("ISF-2025-17").doesNotContain("INL-BS-88");
		PersonSummary donor = this.people.findByUsername("donor").orElseThrow();
		this.mvc
			.perform(get("/api/v1/funding-sources/" + grants.get("INL-BS-88").get("id").asLong() + "/report")
				.with(this.identity.as(donor)))
			.andExpect(status().isNotFound());
		list("donor", "/api/v1/funding-sources/" + grants.get("ISF-2025-17").get("id").asLong() + "/report");
	}

	@Test
	void theDataCentresEarnedValueHistoryShowsItsSlipAndOverrun() throws Exception {
		long id = list("pmo.head", "/api/v1/projects?q=INFRA-DC").get("items").get(0).get("id").asLong();
		JsonNode ev = list("pmo.head", "/api/v1/projects/" + id + "/earned-value");
		// The budgeted costs now live in the plan: earned value still adds up to the
		// approved budget, which the demo sets to the sum of the activities' costs.
		JsonNode budget = list("pmo.head", "/api/v1/projects/" + id + "/budget");
		java.math.BigDecimal planned = java.math.BigDecimal.ZERO;
		for (JsonNode a : list("pmo.head", "/api/v1/projects/" + id + "/plan/activities").get("items")) {
			if (a.hasNonNull("budgetedCost")) {
				planned = planned.add(new java.math.BigDecimal(a.get("budgetedCost").asString()));
			}
		}
		assertThat(planned).isPositive();
		assertThat(new java.math.BigDecimal(ev.get("bac").asString())).isEqualByComparingTo(planned)
			.isEqualByComparingTo(new java.math.BigDecimal(budget.get("total").asString()));
		assertThat(new java.math.BigDecimal(ev.get("spi").asString())).isLessThan(java.math.BigDecimal.ONE);
		assertThat(new java.math.BigDecimal(ev.get("cpi").asString())).isLessThan(java.math.BigDecimal.ONE);
		JsonNode history = list("pmo.head", "/api/v1/projects/" + id + "/earned-value/snapshots");
		assertThat(history.size()).isGreaterThanOrEqualTo(3);
		int behind = 0;
		for (JsonNode week : history) {
			if (new java.math.BigDecimal(week.get("ev").asString())
				.compareTo(new java.math.BigDecimal(week.get("pv").asString())) < 0) {
				behind++;
			}
		}
		assertThat(behind).as("weeks whose earned value is behind the plan").isGreaterThanOrEqualTo(3);
		long weeksWithEv = java.util.stream.StreamSupport.stream(ev.get("curve").spliterator(), false)
			.filter(w -> !w.get("ev").isNull())
			.count();
		assertThat(weeksWithEv).as("weeks of the S-curve with earned value").isGreaterThanOrEqualTo(3);
	}

	private JsonNode list(String username, String path) throws Exception {
		PersonSummary person = this.people.findByUsername(username).orElseThrow();
		String body = this.mvc.perform(get(path).with(this.identity.as(person)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return this.json.readTree(body);
	}

	private static List<String> codes(JsonNode page) {
		return values(page, "code").stream().sorted().toList();
	}

	private static Set<String> values(JsonNode page, String field) {
		Map<String, Long> counts = java.util.stream.StreamSupport.stream(page.get("items").spliterator(), false)
			.collect(Collectors.groupingBy(n -> n.get(field).asString(), Collectors.counting()));
		return counts.keySet();
	}

}
