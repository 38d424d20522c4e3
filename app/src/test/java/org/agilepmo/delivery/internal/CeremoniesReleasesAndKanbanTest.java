package org.agilepmo.delivery.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.RuleViolationException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The sprint review accepts only the sprint's items; the retrospective's actions are
 * tracked with owners; a release's forecast follows the squad's velocity; a Kanban
 * squad's board shows its open work without sprints.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import(IdentityFixtures.class)
class CeremoniesReleasesAndKanbanTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	BacklogService backlog;

	@Autowired
	BoardService boards;

	@Autowired
	SprintService sprints;

	@Autowired
	ReleaseService releases;

	DeliveryScene scene;

	Actor member;

	@BeforeEach
	void scene() {
		this.scene = new DeliveryScene(this.people, this.organisation);
		this.member = this.scene.member();
	}

	ItemView story(String title, int points) {
		return this.backlog.create(this.member, this.scene.squadId(), ItemDraft.simple(ItemType.STORY, title, points));
	}

	long doneColumn() {
		return this.boards.columns(this.member, this.scene.squadId())
			.stream()
			.filter(c -> c.category() == Category.DONE)
			.findFirst()
			.orElseThrow()
			.id();
	}

	@Test
	void theReviewAcceptsTheSprintsItemsAndTheRetrospectiveTracksActionsWithOwners() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		var sprint = this.sprints.plan(this.member, this.scene.squadId(), "Review me", null, today, today.plusDays(9));
		ItemView in = story("Shown", 3);
		ItemView out = story("Not in the sprint", 2);
		this.backlog.plan(this.member, in.id(), in.version(), sprint.id());
		var reviewed = sprint;
		assertThatThrownBy(() -> this.sprints.review(this.member, reviewed.id(), reviewed.version(), "Demo", "Good",
				Set.of(out.id())))
			.isInstanceOfSatisfying(RuleViolationException.class,
					ex -> assertThat(ex.field()).isEqualTo("acceptedItems"));
		sprint = this.sprints.review(this.member, sprint.id(), sprint.version(), "Demo of checkout", "Clear",
				Set.of(in.id()));
		sprint = this.sprints.retrospective(this.member, sprint.id(), sprint.version(), "Pairing", "Flaky tests");
		assertThat(sprint.acceptedItems()).containsExactly(in.id());
		assertThat(sprint.retroToImprove()).isEqualTo("Flaky tests");

		var action = this.sprints.agree(this.member, sprint.id(), "Quarantine flaky tests",
				this.scene.squadMember().id(), today.plusDays(7));
		assertThat(action.ownerName()).isEqualTo(this.scene.squadMember().displayName());
		this.sprints.changeAction(this.member, action.id(), action.version(), action.text(), action.ownerId(),
				action.dueDate(), true);
		assertThat(this.sprints.actions(this.member, this.scene.squadId())).singleElement()
			.satisfies(a -> assertThat(a.done()).isTrue());
	}

	@Test
	void aReleaseIsForecastFromTheSquadsVelocity() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		var release = this.releases.create(this.member, this.scene.squadId(), "R1", null, today.plusDays(10));
		ItemView done = this.backlog.create(this.member, this.scene.squadId(),
				new ItemDraft(ItemType.STORY, "Done", null, null, 5, null, null, null, null, release.id(), Set.of()));
		this.backlog.create(this.member, this.scene.squadId(),
				new ItemDraft(ItemType.STORY, "Left", null, null, 10, null, null, null, null, release.id(), Set.of()));
		assertThat(this.releases.get(this.member, release.id()).forecast().likely()).as("no velocity yet").isNull();

		var sprint = this.sprints.plan(this.member, this.scene.squadId(), "S1", null, today, today.plusDays(9));
		this.backlog.plan(this.member, done.id(), done.version(), sprint.id());
		sprint = this.sprints.start(this.member, sprint.id(), sprint.version());
		ItemView planned = this.backlog.get(this.member, done.id());
		this.backlog.move(this.member, planned.id(), planned.version(), doneColumn());
		this.sprints.close(this.member, sprint.id(), sprint.version());

		var forecast = this.releases.get(this.member, release.id());
		assertThat(forecast.scopePoints()).isEqualTo(15);
		assertThat(forecast.donePoints()).isEqualTo(5);
		assertThat(forecast.forecast().sprintsLikely()).isEqualTo(2);
		assertThat(forecast.forecast().likely()).isEqualTo(today.plusDays(19));
		assertThat(forecast.targetAtRisk()).isTrue();
	}

	@Test
	void aKanbanSquadsBoardShowsItsOpenWorkWithoutSprints() {
		var settings = this.boards.settings(this.member, this.scene.squadId());
		this.boards.changeSettings(this.member, this.scene.squadId(), settings.version(), BoardMode.KANBAN, List.of(),
				List.of(), 3);
		story("Pull me", 2);
		this.backlog.create(this.member, this.scene.squadId(), ItemDraft.simple(ItemType.EPIC, "Not a card", null));
		var board = this.boards.board(this.member, this.scene.squadId());
		assertThat(board.sprintId()).isNull();
		assertThat(board.columns().get(0).cards()).extracting(ItemView::title).containsExactly("Pull me");
		assertThat(board.columns().stream().flatMap(c -> c.cards().stream())).hasSize(1);
	}

}
