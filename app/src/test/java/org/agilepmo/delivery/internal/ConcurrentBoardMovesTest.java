package org.agilepmo.delivery.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.agilepmo.delivery.DeliveryScene;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.organisation.OrganisationManagement;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.StaleVersionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two people move cards on the same board at the same moment, in two transactions (run it
 * on PostgreSQL with PMO_TEST_DATABASE_URL, as CI does): moves of different cards both
 * land; two moves of one card leave exactly one winner and a stale-version refusal; two
 * cards racing for the last place of a WIP-limited column leave one in and one refused.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, verifyAutomatically = false)
@ActiveProfiles("test")
@Import(IdentityFixtures.class)
class ConcurrentBoardMovesTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	OrganisationManagement organisation;

	@Autowired
	BacklogService backlog;

	@Autowired
	BoardService boards;

	DeliveryScene scene;

	ExecutorService pool;

	@BeforeEach
	void scene() {
		this.scene = new DeliveryScene(this.people, this.organisation);
		this.pool = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void stop() {
		this.pool.shutdownNow();
	}

	ItemView story(String title) {
		return this.backlog.create(this.scene.member(), this.scene.squadId(),
				ItemDraft.simple(ItemType.STORY, title, 2));
	}

	BoardService.ColumnView column(Category category) {
		return this.boards.columns(this.scene.member(), this.scene.squadId())
			.stream()
			.filter(c -> c.category() == category)
			.findFirst()
			.orElseThrow();
	}

	/**
	 * Runs both moves at once, each in its own thread and transaction, as the squad
	 * member.
	 */
	List<Object> race(Callable<ItemView> first, Callable<ItemView> second) throws Exception {
		CountDownLatch gate = new CountDownLatch(1);
		List<Future<Object>> futures = new ArrayList<>();
		for (Callable<ItemView> move : List.of(first, second)) {
			futures.add(this.pool.submit(() -> {
				gate.await();
				try {
					return this.people.actingAs(this.scene.squadMember(), move);
				}
				catch (RuntimeException ex) {
					return ex;
				}
			}));
		}
		gate.countDown();
		List<Object> outcomes = new ArrayList<>();
		for (Future<Object> f : futures) {
			outcomes.add(f.get(30, TimeUnit.SECONDS));
		}
		return outcomes;
	}

	@Test
	void movesOfDifferentCardsOnOneBoardBothLand() throws Exception {
		ItemView a = story("A");
		ItemView b = story("B");
		var doing = column(Category.IN_PROGRESS);
		var done = column(Category.DONE);
		List<Object> outcomes = race(() -> this.backlog.move(this.scene.member(), a.id(), a.version(), doing.id()),
				() -> this.backlog.move(this.scene.member(), b.id(), b.version(), done.id()));
		assertThat(outcomes).allMatch(ItemView.class::isInstance);
		assertThat(this.backlog.get(this.scene.member(), a.id()).columnId()).isEqualTo(doing.id());
		assertThat(this.backlog.get(this.scene.member(), b.id()).columnId()).isEqualTo(done.id());
	}

	@Test
	void twoMovesOfOneCardLeaveOneWinnerAndAStaleRefusal() throws Exception {
		ItemView a = story("Contested");
		var doing = column(Category.IN_PROGRESS);
		var done = column(Category.DONE);
		List<Object> outcomes = race(() -> this.backlog.move(this.scene.member(), a.id(), a.version(), doing.id()),
				() -> this.backlog.move(this.scene.member(), a.id(), a.version(), done.id()));
		assertThat(outcomes).filteredOn(ItemView.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(StaleVersionException.class::isInstance).hasSize(1);
		ItemView winner = (ItemView) outcomes.stream().filter(ItemView.class::isInstance).findFirst().orElseThrow();
		ItemView now = this.backlog.get(this.scene.member(), a.id());
		assertThat(now.columnId()).isEqualTo(winner.columnId());
		assertThat(now.version()).isEqualTo(a.version() + 1);
	}

	@Test
	void twoCardsRacingForTheLastPlaceOfAColumnLeaveOneIn() throws Exception {
		var narrow = this.boards.addColumn(this.scene.member(), this.scene.squadId(), "Narrow", Category.IN_PROGRESS,
				1);
		ItemView a = story("Racer A");
		ItemView b = story("Racer B");
		List<Object> outcomes = race(() -> this.backlog.move(this.scene.member(), a.id(), a.version(), narrow.id()),
				() -> this.backlog.move(this.scene.member(), b.id(), b.version(), narrow.id()));
		assertThat(outcomes).filteredOn(ItemView.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(RuleViolationException.class::isInstance).hasSize(1);
		long inNarrow = this.backlog.backlog(this.scene.member(), this.scene.squadId())
			.stream()
			.filter(i -> narrow.id() == (i.columnId() == null ? -1 : i.columnId()))
			.count();
		assertThat(inNarrow).isEqualTo(1);
	}

}
