package org.agilepmo.web;

import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.agilepmo.delivery.internal.BacklogService;
import org.agilepmo.delivery.internal.BoardService;
import org.agilepmo.delivery.internal.Category;
import org.agilepmo.delivery.internal.ItemDraft;
import org.agilepmo.delivery.internal.ItemType;
import org.agilepmo.delivery.internal.ReleaseService;
import org.agilepmo.delivery.internal.SprintService;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.identity.internal.IdentityFixtures;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.organisation.OrganisationManagement.NewUnit;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.GlobalRole;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The delivery objects the access matrix's samples point at: a tribe and squad of the
 * scene's own, and a fresh item, sprint, column, release or action for every request,
 * made by the scene's administrator. {@link AccessMatrix.Scene} only reaches the services
 * the core modules need, so this bean (picked up by component scanning in every test
 * context) offers the delivery services to {@link DeliveryAccessEntries} through
 * {@link #of}, taken from the scene's own application context.
 */
@Component
class DeliveryMatrixObjects {

	private final ObjectProvider<IdentityFixtures> people;

	private final OrganisationManagement organisation;

	private final BacklogService backlog;

	private final BoardService boards;

	private final SprintService sprints;

	private final ReleaseService releases;

	private final Map<AccessMatrix.Scene, Squad> squads = Collections.synchronizedMap(new WeakHashMap<>());

	DeliveryMatrixObjects(ObjectProvider<IdentityFixtures> people, OrganisationManagement organisation,
			BacklogService backlog, BoardService boards, SprintService sprints, ReleaseService releases) {
		this.people = people;
		this.organisation = organisation;
		this.backlog = backlog;
		this.boards = boards;
		this.sprints = sprints;
		this.releases = releases;
	}

	/** The squad of the scene, made the first time a sample asks for it. */
	static Squad of(AccessMatrix.Scene scene) {
		DeliveryMatrixObjects objects = scene.bean(DeliveryMatrixObjects.class);
		return objects.squads.computeIfAbsent(scene, objects::squadFor);
	}

	private Squad squadFor(AccessMatrix.Scene scene) {
		PersonSummary admin = scene.holderOf(GlobalRole.ADMINISTRATOR);
		IdentityFixtures fixtures = this.people.getObject();
		long tribe = fixtures
			.actingAs(admin,
					() -> this.organisation
						.create(new NewUnit(scene.newCode(), "Matrix tribe", UnitType.TRIBE, scene.unit().id(), null)))
			.id();
		long squad = newSquad(scene, tribe);
		this.boards.changeSettings(actor(admin), squad, 0, org.agilepmo.delivery.internal.BoardMode.SCRUM,
				java.util.List.of("Estimated"), java.util.List.of(), 3);
		return new Squad(scene, tribe, squad);
	}

	private long newSquad(AccessMatrix.Scene scene, long tribe) {
		PersonSummary admin = scene.holderOf(GlobalRole.ADMINISTRATOR);
		return this.people.getObject()
			.actingAs(admin,
					() -> this.organisation
						.create(new NewUnit(scene.newCode(), "Matrix squad", UnitType.SQUAD, tribe, null)))
			.id();
	}

	static Actor actor(PersonSummary p) {
		return new Actor(p.id(), p.username(), p.displayName(), p.screening(), p.roles());
	}

	/** One scene's squad and the fresh objects made in it. */
	final class Squad {

		private final AccessMatrix.Scene scene;

		private final long tribeId;

		private final long squadId;

		private final Actor admin;

		Squad(AccessMatrix.Scene scene, long tribeId, long squadId) {
			this.scene = scene;
			this.tribeId = tribeId;
			this.squadId = squadId;
			this.admin = actor(scene.holderOf(GlobalRole.ADMINISTRATOR));
		}

		long tribeId() {
			return this.tribeId;
		}

		long squadId() {
			return this.squadId;
		}

		/** A story of the squad that belongs to no project. */
		long item() {
			return DeliveryMatrixObjects.this.backlog
				.create(this.admin, this.squadId, ItemDraft.simple(ItemType.STORY, "Matrix story", 3))
				.id();
		}

		/**
		 * A story linked to the scene's project in focus (the hidden one, when focused).
		 */
		long projectItem() {
			return DeliveryMatrixObjects.this.backlog
				.create(this.admin, this.squadId,
						new ItemDraft(ItemType.STORY, "Matrix project story", null, null, 3, null,
								this.scene.projectId(), "M1", null, null, java.util.Set.of()))
				.id();
		}

		long column() {
			return DeliveryMatrixObjects.this.boards
				.addColumn(this.admin, this.squadId, "Matrix", Category.IN_PROGRESS, null)
				.id();
		}

		/** A column of the squad with the given category (one of the default ones). */
		long columnOf(Category category) {
			return DeliveryMatrixObjects.this.boards.columns(this.admin, this.squadId)
				.stream()
				.filter(c -> c.category() == category)
				.findFirst()
				.orElseThrow()
				.id();
		}

		long sprint() {
			LocalDate start = LocalDate.now();
			return DeliveryMatrixObjects.this.sprints
				.plan(this.admin, this.squadId, "Matrix sprint", null, start, start.plusDays(13))
				.id();
		}

		/**
		 * An active sprint, in a squad of its own (a squad has one active sprint at
		 * most).
		 */
		long activeSprint() {
			long squad = newSquad(this.scene, this.tribeId);
			LocalDate start = LocalDate.now();
			var sprint = DeliveryMatrixObjects.this.sprints.plan(this.admin, squad, "Matrix sprint", null, start,
					start.plusDays(13));
			return DeliveryMatrixObjects.this.sprints.start(this.admin, sprint.id(), sprint.version()).id();
		}

		long release() {
			return DeliveryMatrixObjects.this.releases
				.create(this.admin, this.squadId, "Matrix release", null, LocalDate.now().plusDays(60))
				.id();
		}

		long action() {
			return DeliveryMatrixObjects.this.sprints.agree(this.admin, sprint(), "Matrix action", null, null).id();
		}

	}

}
