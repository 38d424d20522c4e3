package org.agilepmo;

import java.util.List;
import java.util.Optional;

import org.agilepmo.delivery.DeliveryFixtures;
import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.governance.GovernanceFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.intake.IntakeFixtures;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.planning.PlanningFixtures;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.PortfolioScene.ProjectRef;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ObjectCard;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.WorkEntry;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every module's object directory applies the module's own list rule: on a confidential
 * project, the project, its activity, its gate, its backlog item and a confidential
 * concept note are present for a PMO officer cleared for them and absent for one who is
 * not (a PMO officer with basic screening); cards carry names, never ids; people and
 * units are found by everyone signed in.
 */
@PmoTest
@RecordApplicationEvents
class ObjectDirectoriesTest {

	@Autowired
	ApplicationEvents events;

	@Autowired
	List<ObjectDirectory> directories;

	@Autowired
	PortfolioFixtures portfolio;

	@Autowired
	PlanningFixtures planning;

	@Autowired
	GovernanceFixtures governance;

	@Autowired
	IntakeFixtures intake;

	@Autowired
	DeliveryFixtures delivery;

	@Autowired
	IdentityFixtures people;

	@Autowired
	OrganisationManagement organisation;

	PortfolioScene scene;

	PersonSummary cleared;

	PersonSummary unscreened;

	ProjectRef project;

	@BeforeEach
	void confidentialProject() {
		this.scene = this.portfolio.scene();
		this.cleared = this.scene.officer();
		this.unscreened = this.scene.person("pmo-basic", ScreeningLevel.BASIC, GlobalRole.PMO_OFFICER);
		this.project = this.scene.project(this.scene.portfolio().id(), Classification.CONFIDENTIAL);
	}

	@Test
	void aConfidentialProjectAndWhatBelongsToItAreAbsentForAnUnscreenedPersonAndNamedForACleared() {
		assertSeenByClearedOnly(new ObjectRef("project", this.project.id()), this.project.name());

		long activity = this.planning.task(this.cleared, this.project.id(), "Pour the data hall slab", 480);
		ObjectCard card = assertSeenByClearedOnly(new ObjectRef("plan-activity", activity), "Pour the data hall slab");
		assertThat(card.link()).isEqualTo("/projects/" + this.project.id() + "/plan#activity-" + activity);
		assertThat(card.code()).isEqualTo("1");
		assertThat(card.projectId()).isEqualTo(this.project.id());

		this.governance.govern(this.cleared, this.project.id());
		ObjectRef gate = directory("stage-gate").all("stage-gate")
			.filter(r -> directory("stage-gate").findVisible(r, actor(this.cleared))
				.map(c -> c.projectId() == this.project.id())
				.orElse(false))
			.findFirst()
			.orElseThrow();
		ObjectCard gateCard = assertSeenByClearedOnly(gate, null);
		assertThat(gateCard.title()).endsWith(" · " + this.project.name())
			.doesNotContain("stage-gate")
			.doesNotStartWith(String.valueOf(gate.id()));

		DeliveryScene squad = new DeliveryScene(this.people, this.organisation);
		long item = this.delivery.projectStory(squad.administrator(), squad.squadId(), this.project.id(),
				"Rack the first row");
		assertSeenByClearedOnly(new ObjectRef("delivery-item", item), "Rack the first row");
		assertThat(directory("delivery-item").findVisible(new ObjectRef("delivery-item", item), squad.member()))
			.as("a squad member without the screening does not see the project's item")
			.isEmpty();

		long note = this.intake.submitted(this.cleared, "Drones for border patrol", Classification.CONFIDENTIAL).id();
		assertSeenByClearedOnly(new ObjectRef("concept-note", note), "Drones for border patrol");
	}

	@Test
	void anItemAssignedToSomeoneIsTheirWorkAndTheyAreToldOfIt() {
		DeliveryScene squad = new DeliveryScene(this.people, this.organisation);
		PersonSummary developer = squad.squadMember();
		long item = this.delivery.story(squad.administrator(), squad.squadId(), "Write the login page");
		this.delivery.assign(squad.administrator(), item, developer.id());
		assertThat(this.events.stream(Attention.class)).contains(new Attention(developer.id(),
				new ObjectRef("delivery-item", item), "assignment", squad.administrator().id()));
		List<WorkEntry> work = directory("delivery-item").workFor(squad.member());
		assertThat(work).extracting(w -> w.object().title()).containsExactly("Write the login page");
		assertThat(work.get(0).reasonKey()).isEqualTo("work.item.assigned");
		assertThat(directory("delivery-item").workFor(actor(this.unscreened))).isEmpty();
	}

	@Test
	void everyoneSignedInFindsActivePeopleAndUnitsButNeverTheirScreening() {
		PersonSummary someone = this.people.person("findable", ScreeningLevel.ENHANCED);
		ObjectCard card = directory("account")
			.findVisible(new ObjectRef("account", someone.id()), actor(this.unscreened))
			.orElseThrow();
		assertThat(card.title()).isEqualTo(someone.displayName());
		assertThat(card.label()).doesNotContain("ENHANCED");
		assertThat(directory("account").searchText(new ObjectRef("account", someone.id())).orElseThrow().body())
			.doesNotContain("ENHANCED");
		DeliveryScene squad = new DeliveryScene(this.people, this.organisation);
		ObjectCard unit = directory("org-unit")
			.findVisible(new ObjectRef("org-unit", squad.squadId()), actor(this.unscreened))
			.orElseThrow();
		assertThat(unit.title()).startsWith("Squad ");
		assertThat(unit.link()).isEqualTo("/organisation/units/" + squad.squadId());
	}

	private ObjectCard assertSeenByClearedOnly(ObjectRef ref, String title) {
		ObjectDirectory directory = directory(ref.kind());
		assertThat(directory.findVisible(ref, actor(this.unscreened))).as("%s for a person not cleared", ref).isEmpty();
		assertThat(directory.mayComment(ref, actor(this.unscreened))).isFalse();
		assertThat(directory.mayAttach(ref, actor(this.unscreened))).isFalse();
		Optional<ObjectCard> seen = directory.findVisible(ref, actor(this.cleared));
		assertThat(seen).as("%s for a cleared person", ref).isPresent();
		if (title != null) {
			assertThat(seen.get().title()).isEqualTo(title);
			assertThat(directory.searchText(ref).orElseThrow().title()).isEqualTo(title);
		}
		assertThat(seen.get().classification()).isEqualTo(Classification.CONFIDENTIAL);
		assertThat(directory.searchText(ref).orElseThrow().classification()).isEqualTo(Classification.CONFIDENTIAL);
		assertThat(directory.all(ref.kind())).contains(ref);
		assertThat(directory.mayAttach(ref, actor(this.cleared))).isTrue();
		return seen.get();
	}

	private ObjectDirectory directory(String kind) {
		List<ObjectDirectory> owners = this.directories.stream().filter(d -> d.kinds().contains(kind)).toList();
		assertThat(owners).as("one directory owns %s", kind).hasSize(1);
		return owners.get(0);
	}

	private static Actor actor(PersonSummary person) {
		return IdentityFixtures.actor(person);
	}

}
