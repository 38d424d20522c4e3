package org.agilepmo.web;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

import org.agilepmo.delivery.DeliveryFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.organisation.OrganisationManagement.NewUnit;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.shared.GlobalRole;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The delivery objects the access matrix's samples point at: a tribe and squad of the
 * scene's own, and a fresh item, sprint, column, release or action for every request,
 * made by the scene's administrator. {@link AccessMatrix.Scene} only reaches the services
 * the core modules need, so this bean (picked up by component scanning in every test
 * context, also a module test's that leaves organisation and delivery out, hence the lazy
 * providers) offers the delivery services to {@link DeliveryAccessEntries} through
 * {@link #of}, taken from the scene's own application context.
 */
@Component
class DeliveryMatrixObjects {

	private final ObjectProvider<IdentityFixtures> people;

	private final ObjectProvider<OrganisationManagement> organisation;

	private final ObjectProvider<DeliveryFixtures> delivery;

	private final Map<AccessMatrix.Scene, Squad> squads = Collections.synchronizedMap(new WeakHashMap<>());

	DeliveryMatrixObjects(ObjectProvider<IdentityFixtures> people, ObjectProvider<OrganisationManagement> organisation,
			ObjectProvider<DeliveryFixtures> delivery) {
		this.people = people;
		this.organisation = organisation;
		this.delivery = delivery;
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
					() -> this.organisation.getObject()
						.create(new NewUnit(scene.newCode(), "Matrix tribe", UnitType.TRIBE, scene.unit().id(), null)))
			.id();
		long squad = newSquad(scene, tribe);
		this.delivery.getObject().scrumBoard(admin, squad);
		return new Squad(scene, tribe, squad);
	}

	private long newSquad(AccessMatrix.Scene scene, long tribe) {
		PersonSummary admin = scene.holderOf(GlobalRole.ADMINISTRATOR);
		return this.people.getObject()
			.actingAs(admin,
					() -> this.organisation.getObject()
						.create(new NewUnit(scene.newCode(), "Matrix squad", UnitType.SQUAD, tribe, null)))
			.id();
	}

	/** One scene's squad and the fresh objects made in it. */
	final class Squad {

		private final AccessMatrix.Scene scene;

		private final long tribeId;

		private final long squadId;

		private final PersonSummary admin;

		Squad(AccessMatrix.Scene scene, long tribeId, long squadId) {
			this.scene = scene;
			this.tribeId = tribeId;
			this.squadId = squadId;
			this.admin = scene.holderOf(GlobalRole.ADMINISTRATOR);
		}

		long tribeId() {
			return this.tribeId;
		}

		long squadId() {
			return this.squadId;
		}

		/** A story of the squad that belongs to no project. */
		long item() {
			return fixtures().story(this.admin, this.squadId, "Matrix story");
		}

		/**
		 * A story linked to the scene's project in focus (the hidden one, when focused).
		 */
		long projectItem() {
			return fixtures().projectStory(this.admin, this.squadId, this.scene.projectId(), "Matrix project story");
		}

		long column() {
			return fixtures().column(this.admin, this.squadId, "Matrix");
		}

		/** A column of the squad with the given category (one of the default ones). */
		long columnOf(String category) {
			return fixtures().columnOf(this.admin, this.squadId, category);
		}

		long sprint() {
			return fixtures().sprint(this.admin, this.squadId, "Matrix sprint");
		}

		/**
		 * An active sprint, in a squad of its own (a squad has one active sprint at
		 * most).
		 */
		long activeSprint() {
			return fixtures().activeSprint(this.admin, newSquad(this.scene, this.tribeId), "Matrix sprint");
		}

		long release() {
			return fixtures().release(this.admin, this.squadId, "Matrix release");
		}

		long action() {
			return fixtures().action(this.admin, sprint(), "Matrix action");
		}

		private DeliveryFixtures fixtures() {
			return DeliveryMatrixObjects.this.delivery.getObject();
		}

	}

}
