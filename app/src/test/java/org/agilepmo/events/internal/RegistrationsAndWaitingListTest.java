package org.agilepmo.events.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.agilepmo.events.EventsFixtures;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.ObjectRef;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Registering for a training with a capacity: the last seat goes to exactly one of many
 * people registering at once (the database guards it), the others wait in order; a
 * cancellation lets the first person waiting in and tells them; attendance, counts and
 * the evaluation answered once; another unit's person finds nothing of the event.
 */
@PmoTest
@RecordApplicationEvents
class RegistrationsAndWaitingListTest {

	@Autowired
	IdentityFixtures people;

	@Autowired
	EventsFixtures fixtures;

	@Autowired
	RegistrationService registrations;

	@Autowired
	EventService events;

	@Autowired
	Participants participants;

	@Autowired
	Events eventRows;

	@Autowired
	AttendanceService attendance;

	@Autowired
	EventEvaluations evaluations;

	@Autowired
	ApplicationEvents published;

	PersonSummary coordinator() {
		return this.people.person("coord", ScreeningLevel.BASIC);
	}

	@Test
	void concurrentRegistrationsForTheLastSeatOneWinsTheOthersWait() throws Exception {
		PersonSummary coord = coordinator();
		long unit = this.fixtures.unit("Training unit", coord);
		long training = this.fixtures.event(coord, unit, "TRAINING", "Investigating trafficking networks", 3);
		this.fixtures.open(coord, training);
		this.fixtures.external(coord, training, "Amina Benali", "MA", "fr");
		this.fixtures.external(coord, training, "Moussa Diop", "SN", "fr");

		int racers = 6;
		ExecutorService pool = Executors.newFixedThreadPool(racers);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Participant.Status>> outcomes = new ArrayList<>();
		for (int i = 0; i < racers; i++) {
			String name = "Racer " + i;
			outcomes.add(pool.submit(() -> {
				start.await();
				return this.people.actingAs(coord,
						() -> this.registrations
							.registerExternal(IdentityFixtures.actor(coord), training,
									new Participant.Details(name, null, null, "JO", null, "ar"))
							.status());
			}));
		}
		start.countDown();
		List<Participant.Status> statuses = new ArrayList<>();
		for (Future<Participant.Status> f : outcomes) {
			statuses.add(f.get(60, TimeUnit.SECONDS));
		}
		pool.shutdown();

		assertThat(statuses).as("one racer takes the last seat").containsOnlyOnce(Participant.Status.REGISTERED);
		assertThat(statuses).filteredOn(s -> s == Participant.Status.WAITING).hasSize(racers - 1);
		assertThat(this.participants.countByEventIdAndStatus(training, Participant.Status.REGISTERED)).isEqualTo(3);
		assertThat(this.participants.countByEventIdAndStatus(training, Participant.Status.WAITING))
			.isEqualTo(racers - 1);
		assertThat(this.eventRows.seatsTaken(training)).isEqualTo(3);
	}

	@Test
	void cancellingASeatPromotesTheFirstPersonWaitingAndTellsThem() {
		PersonSummary coord = coordinator();
		PersonSummary first = this.people.person("waiting1", ScreeningLevel.BASIC);
		PersonSummary second = this.people.person("waiting2", ScreeningLevel.BASIC);
		long unit = this.fixtures.unit("Training unit", coord);
		long training = this.fixtures.event(coord, unit, "TRAINING", "Victim identification", 1);
		this.fixtures.open(coord, training);
		long holder = this.fixtures.external(coord, training, "Seat holder", "FR", "fr");
		long firstWaiting = this.fixtures.person(coord, training, first, "MA");
		long secondWaiting = this.fixtures.person(coord, training, second, "SN");
		assertThat(this.participants.findById(firstWaiting).orElseThrow().status())
			.isEqualTo(Participant.Status.WAITING);

		this.published.clear();
		this.people.actingAs(coord, () -> this.registrations.cancel(IdentityFixtures.actor(coord), holder));

		assertThat(this.participants.findById(holder).orElseThrow().status()).isEqualTo(Participant.Status.CANCELLED);
		assertThat(this.participants.findById(firstWaiting).orElseThrow().status())
			.isEqualTo(Participant.Status.REGISTERED);
		assertThat(this.participants.findById(secondWaiting).orElseThrow().status())
			.isEqualTo(Participant.Status.WAITING);
		assertThat(this.eventRows.seatsTaken(training)).isEqualTo(1);
		assertThat(this.published.stream(Attention.class))
			.containsExactly(new Attention(first.id(), new ObjectRef("event", training), "assignment", coord.id()));
		assertThat(this.people.actingAs(first, () -> this.events.get(IdentityFixtures.actor(first), training).title()))
			.as("the promoted person sees the event")
			.isEqualTo("Victim identification");
	}

	@Test
	void attendanceAndRegistrationCountsAreExact() {
		PersonSummary coord = coordinator();
		long unit = this.fixtures.unit("Working group unit", coord);
		long group = this.fixtures.event(coord, unit, "WORKING_GROUP", "Working group on trafficking", null);
		long morning = this.fixtures.session(coord, group, "Morning");
		long afternoon = this.fixtures.session(coord, group, "Afternoon");
		long a = this.fixtures.external(coord, group, "A", "MA", "fr");
		long b = this.fixtures.external(coord, group, "B", "JO", "ar");
		long c = this.fixtures.external(coord, group, "C", "FR", "fr");
		this.people.actingAs(coord, () -> this.registrations.cancel(IdentityFixtures.actor(coord), c));
		this.fixtures.attended(coord, group, morning, List.of(a, b));
		this.fixtures.attended(coord, group, afternoon, List.of(a));

		assertThat(this.participants.countByEventIdAndStatus(group, Participant.Status.REGISTERED)).isEqualTo(2);
		assertThat(this.participants.countByEventIdAndStatus(group, Participant.Status.CANCELLED)).isEqualTo(1);
		assertThat(this.attendance.attendees(morning)).containsExactlyInAnyOrder(a, b);
		assertThat(this.attendance.attendees(afternoon)).containsExactly(a);
		assertThat(this.attendance.hoursAttended(group, a)).isEqualByComparingTo("6");
		assertThat(this.attendance.hoursAttended(group, b)).isEqualByComparingTo("3");
		assertThatThrownBy(() -> this.fixtures.attended(coord, group, morning, List.of(a, c)))
			.as("a cancelled participant cannot attend")
			.isInstanceOf(RuleViolationException.class);
		assertThat(this.attendance.attendees(morning)).as("nothing half-written").containsExactlyInAnyOrder(a, b);
	}

	@Test
	void theEvaluationIsAnsweredOnceAndItsResultsCountEachAnswer() {
		PersonSummary coord = coordinator();
		PersonSummary trainee = this.people.person("trainee", ScreeningLevel.BASIC);
		long unit = this.fixtures.unit("Training unit", coord);
		long training = this.fixtures.event(coord, unit, "TRAINING", "Interviewing victims", 10);
		this.fixtures.open(coord, training);
		long q = this.fixtures.ratingQuestion(coord, training, "How useful was it?");
		long mine = this.fixtures.person(coord, training, trainee, "MA");
		long other = this.fixtures.external(coord, training, "Paper form", "SN", "fr");

		this.fixtures.answer(trainee, mine, Map.of(q, 5));
		assertThatThrownBy(() -> this.fixtures.answer(trainee, mine, Map.of(q, 1))).isInstanceOfSatisfying(
				RuleViolationException.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("events.error.alreadyAnswered"));
		this.fixtures.answer(coord, other, Map.of(q, 2));

		EventEvaluations.Results results = this.people.actingAs(coord,
				() -> this.evaluations.results(IdentityFixtures.actor(coord), training));
		assertThat(results.evaluations()).isEqualTo(2);
		assertThat(results.ratings().get(0).average()).isEqualByComparingTo("3.5");
		assertThat(results.ratings().get(0).distribution()).containsExactly(0, 1, 0, 0, 1);
	}

	@Test
	void anotherUnitsPersonFindsNothingOfTheEvent() {
		PersonSummary coord = coordinator();
		PersonSummary stranger = this.people.person("stranger", ScreeningLevel.ENHANCED);
		long unit = this.fixtures.unit("Training unit", coord);
		this.fixtures.unit("Another unit", stranger);
		long training = this.fixtures.event(coord, unit, "TRAINING", "Hidden training", 5);

		assertThatThrownBy(
				() -> this.people.actingAs(stranger, () -> this.events.get(IdentityFixtures.actor(stranger), training)))
			.isInstanceOf(NotFoundException.class);
		assertThat(this.people.actingAs(stranger, () -> this.events.list(IdentityFixtures.actor(stranger))))
			.extracting(Event::id)
			.doesNotContain(training);
		assertThat(this.people.actingAs(coord, () -> this.events.list(IdentityFixtures.actor(coord))))
			.extracting(Event::id)
			.contains(training);
	}

}
