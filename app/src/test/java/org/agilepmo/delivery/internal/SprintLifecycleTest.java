package org.agilepmo.delivery.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.agilepmo.audit.AuditEntryView;
import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.StaleVersionException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A squad plans a sprint, works it on the board and closes it: the commitment warning,
 * the WIP limit, the definition of done, the carry-over, velocity, the audit trail and
 * stale edits, through the services on the real database.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import(IdentityFixtures.class)
class SprintLifecycleTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	BacklogService backlog;

	@Autowired
	BacklogRanking ranking;

	@Autowired
	BoardService boards;

	@Autowired
	SprintService sprints;

	@Autowired
	ChartService charts;

	@Autowired
	AuditTrail audit;

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

	ItemView reload(ItemView item) {
		return this.backlog.get(this.member, item.id());
	}

	@Test
	void closingASprintCarriesUnfinishedItemsToTheNextSprintAndRecordsVelocity() {
		LocalDate today = LocalDate.now(ZoneOffset.UTC);
		var first = this.sprints.plan(this.member, this.scene.squadId(), "Sprint 1", "Ship login", today,
				today.plusDays(13));
		var second = this.sprints.plan(this.member, this.scene.squadId(), "Sprint 2", null, today.plusDays(14),
				today.plusDays(27));
		ItemView a = story("Log in", 5);
		ItemView b = story("Log out", 3);
		this.backlog.plan(this.member, a.id(), a.version(), first.id());
		this.backlog.plan(this.member, b.id(), b.version(), first.id());
		first = this.sprints.makeAvailable(this.member, first.id(), first.version(), this.scene.squadMember().id(),
				new BigDecimal("9"));
		first = this.sprints.start(this.member, first.id(), first.version());
		assertThat(first.committedPoints()).isEqualTo(8);

		var done = this.boards.columns(this.member, this.scene.squadId())
			.stream()
			.filter(c -> c.category() == Category.DONE)
			.findFirst()
			.orElseThrow();
		a = reload(a);
		this.backlog.move(this.member, a.id(), a.version(), done.id());
		assertThat(this.charts.burn(this.member, first.id()).get(0).remaining()).isEqualTo(3);

		var closing = this.sprints.close(this.member, first.id(), first.version());
		assertThat(closing.carryOver().completedPoints()).isEqualTo(5);
		assertThat(closing.carriedTo()).isEqualTo(second.id());
		assertThat(reload(b).sprintId()).isEqualTo(second.id());
		assertThat(reload(a).sprintId()).isEqualTo(first.id());
		assertThat(this.sprints.velocity(this.member, this.scene.squadId()).average()).isEqualTo(5.0);
		assertThat(this.charts.burn(this.member, first.id()).get(0).remaining()).as("carry-over after closing")
			.isEqualTo(3);

		ItemView big = story("Reports", 8);
		this.backlog.plan(this.member, big.id(), big.version(), second.id());
		var planning = this.sprints.planning(this.member, second.id());
		assertThat(planning.plan().committedPoints()).isEqualTo(11);
		assertThat(planning.plan().overCommitted()).isTrue();

		List<AuditEntryView> entries = this.audit.browse(ScreeningLevel.ENHANCED,
				new AuditQuery(BacklogService.ENTITY, String.valueOf(b.id()), null, 0, 20));
		assertThat(entries).extracting(AuditEntryView::action)
			.contains("delivery-item.created", "delivery-item.planned", "delivery-item.carried-over");
	}

	@Test
	void aMoveIntoAFullColumnIsRefusedAndNothingChanges() {
		var column = this.boards.addColumn(this.member, this.scene.squadId(), "Testing", Category.IN_PROGRESS, 1);
		ItemView a = story("One", 1);
		ItemView b = story("Two", 1);
		this.backlog.move(this.member, a.id(), a.version(), column.id());
		ItemView before = reload(b);
		assertThatThrownBy(() -> this.backlog.move(this.member, before.id(), before.version(), column.id()))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> {
				assertThat(ex.field()).isEqualTo("columnId");
				assertThat(ex.messageKey()).isEqualTo("delivery.error.wipLimit");
			});
		assertThat(reload(b)).isEqualTo(before);
	}

	@Test
	void anItemIsDoneOnlyWhenTheDefinitionOfDoneIsTicked() {
		var settings = this.boards.settings(this.member, this.scene.squadId());
		this.boards.changeSettings(this.member, this.scene.squadId(), settings.version(), BoardMode.SCRUM,
				List.of("Estimated"), List.of("Reviewed", "Tested"), 3);
		ItemView item = story("Checked", 2);
		assertThat(item.checklist()).extracting(CheckItem::text).containsExactly("Estimated", "Reviewed", "Tested");
		assertThat(item.ready()).isFalse();
		var done = this.boards.columns(this.member, this.scene.squadId())
			.stream()
			.filter(c -> c.category() == Category.DONE)
			.findFirst()
			.orElseThrow();
		assertThatThrownBy(() -> this.backlog.move(this.member, item.id(), item.version(), done.id()))
			.isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("Reviewed");
		ItemView ticked = this.backlog.tick(this.member, item.id(), item.version(), 1, true);
		ticked = this.backlog.tick(this.member, ticked.id(), ticked.version(), 2, true);
		assertThat(this.backlog.move(this.member, ticked.id(), ticked.version(), done.id()).category())
			.isEqualTo(Category.DONE);
	}

	@Test
	void reorderingWritesOnlyTheMovedItemAndKeyboardStepsMoveOnePlace() {
		ItemView a = story("A", 1);
		ItemView b = story("B", 1);
		ItemView c = story("C", 1);
		this.ranking.reorder(this.member, c.id(), c.version(), null);
		assertThat(titles()).containsExactly("C", "A", "B");
		assertThat(reload(a).version()).isEqualTo(a.version());
		ItemView movedA = reload(a);
		this.ranking.step(this.member, movedA.id(), movedA.version(), +1);
		assertThat(titles()).containsExactly("C", "B", "A");
		ItemView movedC = reload(c);
		this.ranking.step(this.member, movedC.id(), movedC.version(), -1);
		assertThat(titles()).containsExactly("C", "B", "A");
	}

	@Test
	void aStaleEditIsRefusedAndLeavesTheItemAsItWas() {
		ItemView item = story("Stale", 3);
		this.backlog.edit(this.member, item.id(), item.version(), ItemDraft.simple(ItemType.STORY, "First", 3));
		assertThatThrownBy(() -> this.backlog.edit(this.member, item.id(), item.version(),
				ItemDraft.simple(ItemType.STORY, "Second", 5)))
			.isInstanceOf(StaleVersionException.class);
		ItemView now = reload(item);
		assertThat(now.title()).isEqualTo("First");
		assertThat(now.version()).isEqualTo(item.version() + 1);
	}

	@Test
	void outsidersMayNotChangeTheSquadsBacklogNorSeeItAtAll() {
		PersonSummary outsider = this.people.person("outsider", ScreeningLevel.ENHANCED);
		Actor stranger = DeliveryScene.actor(outsider);
		ItemView item = story("Private", 1);
		assertThatThrownBy(() -> this.backlog.backlog(stranger, this.scene.squadId()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.backlog.get(stranger, item.id()))
			.isInstanceOf(org.agilepmo.shared.NotFoundException.class);
		assertThatThrownBy(
				() -> this.backlog.create(stranger, this.scene.squadId(), ItemDraft.simple(ItemType.BUG, "Sneaky", 1)))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void childrenMustFitUnderTheirParentsType() {
		ItemView epic = this.backlog.create(this.member, this.scene.squadId(),
				ItemDraft.simple(ItemType.EPIC, "Epic", null));
		ItemView task = this.backlog.create(this.member, this.scene.squadId(),
				new ItemDraft(ItemType.TASK, "Task", null, null, 1, epic.id(), null, null, null, null, Set.of()));
		ItemView story = this.backlog.create(this.member, this.scene.squadId(),
				ItemDraft.simple(ItemType.STORY, "Story", 1));
		assertThatThrownBy(() -> this.backlog.edit(this.member, story.id(), story.version(),
				new ItemDraft(ItemType.STORY, "Story", null, null, 1, task.id(), null, null, null, null, Set.of())))
			.isInstanceOfSatisfying(RuleViolationException.class, ex -> assertThat(ex.field()).isEqualTo("parentId"));
	}

	private List<String> titles() {
		return this.backlog.backlog(this.member, this.scene.squadId()).stream().map(ItemView::title).toList();
	}

}
