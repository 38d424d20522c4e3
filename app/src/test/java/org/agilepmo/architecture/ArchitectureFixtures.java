package org.agilepmo.architecture;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.agilepmo.architecture.internal.ApplicationDraft;
import org.agilepmo.architecture.internal.ApplicationKind;
import org.agilepmo.architecture.internal.ApplicationService;
import org.agilepmo.architecture.internal.CatalogueService;
import org.agilepmo.architecture.internal.EntryDraft;
import org.agilepmo.architecture.internal.EntryKind;
import org.agilepmo.architecture.internal.Hosting;
import org.agilepmo.architecture.internal.Lifecycle;
import org.agilepmo.architecture.internal.Quadrant;
import org.agilepmo.architecture.internal.ReviewDecision;
import org.agilepmo.architecture.internal.ReviewKind;
import org.agilepmo.architecture.internal.ReviewService;
import org.agilepmo.architecture.internal.Ring;
import org.agilepmo.architecture.internal.TechnologyUseService;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;
import org.springframework.boot.test.context.TestComponent;

/**
 * The architecture module's public test support: board members, catalogue entries,
 * applications and reviews made through the module's services, answered as ids and
 * versions.
 */
@TestComponent
public class ArchitectureFixtures {

	private final CatalogueService catalogue;

	private final ApplicationService applications;

	private final ReviewService reviews;

	private final TechnologyUseService uses;

	private final IdentityFixtures people;

	ArchitectureFixtures(CatalogueService catalogue, ApplicationService applications, ReviewService reviews,
			TechnologyUseService uses, IdentityFixtures people) {
		this.catalogue = catalogue;
		this.applications = applications;
		this.reviews = reviews;
		this.uses = uses;
		this.people = people;
	}

	/** A member of the architecture board, cleared for everything. */
	public PersonSummary boardMember() {
		return this.people.person("arb", ScreeningLevel.ENHANCED, GlobalRole.ARCHITECTURE_BOARD);
	}

	/** A catalogue entry in the ring given; answers its id. */
	public long entry(PersonSummary board, Ring ring) {
		return this.people.actingAs(board,
				() -> this.catalogue
					.create(IdentityFixtures.actor(board),
							new EntryDraft(PortfolioScene.code("Tech"), EntryKind.TECHNOLOGY, ring, Quadrant.PLATFORMS,
									board.id(), LocalDate.now().plusMonths(6), null, "Fixture"))
					.id());
	}

	/**
	 * A catalogue entry in the ring named (ADOPT, TRIAL, ASSESS, HOLD); answers its id.
	 */
	public long entry(PersonSummary board, String ring) {
		return entry(board, Ring.valueOf(ring));
	}

	public long entryVersion(long id) {
		return this.catalogue.get(id).version();
	}

	/** A running application of the classification given; answers its id. */
	public long application(PersonSummary board, Classification classification) {
		return this.people.actingAs(board,
				() -> this.applications
					.create(IdentityFixtures.actor(board),
							new ApplicationDraft(PortfolioScene.code("APP"), PortfolioScene.code("Application"),
									ApplicationKind.APPLICATION, board.id(), "Fixtures", Hosting.ON_PREMISES,
									classification, "B", null, Set.of(), Set.of()),
							Lifecycle.RUN, LocalDate.now().minusYears(1))
					.id());
	}

	public long applicationVersion(PersonSummary reader, long id) {
		return this.applications.get(IdentityFixtures.actor(reader), id).version();
	}

	/** A solution design review the project's manager requests; answers its id. */
	public long review(PersonSummary manager, long projectId) {
		return this.people.actingAs(manager,
				() -> this.reviews
					.requestForProject(IdentityFixtures.actor(manager), projectId,
							new ReviewService.ReviewRequest(ReviewKind.SOLUTION_DESIGN, "Fixture design", null,
									Set.of(), Set.of()))
					.id());
	}

	public long reviewVersion(PersonSummary reader, long id) {
		return this.reviews.get(IdentityFixtures.actor(reader), id).version();
	}

	/**
	 * The board approves the review with one condition owned by the owner; answers the
	 * condition's id.
	 */
	public long approveWithCondition(PersonSummary board, long reviewId, PersonSummary owner) {
		return this.people.actingAs(board, () -> {
			var actor = IdentityFixtures.actor(board);
			this.reviews.decide(actor, reviewId, this.reviews.get(actor, reviewId).version(),
					ReviewDecision.APPROVED_WITH_CONDITIONS, "Fixture",
					List.of(new ReviewService.ConditionDraft("Fixture condition", owner.id(),
							LocalDate.now().plusDays(30))));
			return this.reviews.conditionsOf(actor, reviewId).get(0).id();
		});
	}

	public long conditionVersion(PersonSummary reader, long id) {
		return this.reviews.condition(IdentityFixtures.actor(reader), id).version();
	}

	/**
	 * The project declares a technology the catalogue does not know, with a waiver;
	 * answers the use's id.
	 */
	public long unknownTechnology(PersonSummary manager, long projectId) {
		return this.people.actingAs(manager,
				() -> this.uses
					.declare(IdentityFixtures.actor(manager), projectId, null, PortfolioScene.code("Legacy"),
							"Fixture waiver", LocalDate.now().plusMonths(3))
					.id());
	}

	public long useVersion(PersonSummary reader, long id) {
		return this.uses.get(IdentityFixtures.actor(reader), id).version();
	}

}
