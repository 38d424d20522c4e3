package org.agilepmo.delivery;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.agilepmo.delivery.internal.BacklogService;
import org.agilepmo.delivery.internal.BoardMode;
import org.agilepmo.delivery.internal.BoardService;
import org.agilepmo.delivery.internal.Category;
import org.agilepmo.delivery.internal.ItemDraft;
import org.agilepmo.delivery.internal.ItemType;
import org.agilepmo.delivery.internal.ReleaseService;
import org.agilepmo.delivery.internal.SprintService;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;

import org.springframework.boot.test.context.TestComponent;

/**
 * The delivery module's public test support: a squad's board, stories, sprints, releases
 * and retrospective actions, made by a person who may change them and answered as ids, so
 * that other modules' tests need none of the module's internals.
 */
@TestComponent
public class DeliveryFixtures {

	private final BacklogService backlog;

	private final BoardService boards;

	private final SprintService sprints;

	private final ReleaseService releases;

	DeliveryFixtures(BacklogService backlog, BoardService boards, SprintService sprints, ReleaseService releases) {
		this.backlog = backlog;
		this.boards = boards;
		this.sprints = sprints;
		this.releases = releases;
	}

	/** Sets the squad's board to Scrum with the "Estimated" definition of ready. */
	public void scrumBoard(PersonSummary editor, long squadId) {
		this.boards.changeSettings(IdentityFixtures.actor(editor), squadId, 0, BoardMode.SCRUM, List.of("Estimated"),
				List.of(), 3);
	}

	/** A story of three points in the squad's backlog that belongs to no project. */
	public long story(PersonSummary editor, long squadId, String title) {
		return this.backlog.create(IdentityFixtures.actor(editor), squadId, ItemDraft.simple(ItemType.STORY, title, 3))
			.id();
	}

	/** A story of three points linked to the project (milestone reference "M1"). */
	public long projectStory(PersonSummary editor, long squadId, long projectId, String title) {
		return this.backlog
			.create(IdentityFixtures.actor(editor), squadId,
					new ItemDraft(ItemType.STORY, title, null, null, 3, null, projectId, "M1", null, null, Set.of()))
			.id();
	}

	/** Assigns the item to the person, as the editor. */
	public void assign(PersonSummary editor, long itemId, long personId) {
		var item = this.backlog.get(IdentityFixtures.actor(editor), itemId);
		this.backlog.edit(IdentityFixtures.actor(editor), itemId, item.version(), item.toDraft().assignedTo(personId));
	}

	/** A new "in progress" column of the squad's board. */
	public long column(PersonSummary editor, long squadId, String name) {
		return this.boards.addColumn(IdentityFixtures.actor(editor), squadId, name, Category.IN_PROGRESS, null).id();
	}

	/**
	 * The first column of the squad's board in the category ({@code TODO},
	 * {@code IN_PROGRESS}, {@code DONE}).
	 */
	public long columnOf(PersonSummary reader, long squadId, String category) {
		Category wanted = Category.valueOf(category);
		return this.boards.columns(IdentityFixtures.actor(reader), squadId)
			.stream()
			.filter(c -> c.category() == wanted)
			.findFirst()
			.orElseThrow()
			.id();
	}

	/** A planned two-week sprint starting today. */
	public long sprint(PersonSummary editor, long squadId, String name) {
		LocalDate start = LocalDate.now();
		return this.sprints.plan(IdentityFixtures.actor(editor), squadId, name, null, start, start.plusDays(13)).id();
	}

	/** A two-week sprint started today (a squad has one active sprint at most). */
	public long activeSprint(PersonSummary editor, long squadId, String name) {
		LocalDate start = LocalDate.now();
		var sprint = this.sprints.plan(IdentityFixtures.actor(editor), squadId, name, null, start, start.plusDays(13));
		return this.sprints.start(IdentityFixtures.actor(editor), sprint.id(), sprint.version()).id();
	}

	/** A release due in sixty days. */
	public long release(PersonSummary editor, long squadId, String name) {
		return this.releases.create(IdentityFixtures.actor(editor), squadId, name, null, LocalDate.now().plusDays(60))
			.id();
	}

	/** A retrospective action agreed in the sprint. */
	public long action(PersonSummary editor, long sprintId, String text) {
		return this.sprints.agree(IdentityFixtures.actor(editor), sprintId, text, null, null).id();
	}

}
