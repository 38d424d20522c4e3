package org.agilepmo.resources.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.resources.ResourcesFixtures;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.ObjectDirectory;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.WorkEntry;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A staffing request from asking to fulfilment: the head sees the candidates ranked with
 * reasons in words, proposes, the project manager declines then accepts (which allocates
 * the person), the head marks it fulfilled; each step is audited and tells the other
 * side; a step the workflow does not allow is refused with words.
 */
@PmoTest
@RecordApplicationEvents
class StaffingWorkflowTest {

	static final LocalDate FIRST = LocalDate.of(2031, 9, 1);

	static final LocalDate LAST = LocalDate.of(2031, 11, 30);

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	ResourcesFixtures resources;

	@Autowired
	StaffingService staffing;

	@Autowired
	AllocationService allocations;

	@Autowired
	AuditTrail audit;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationEvents events;

	@Autowired
	java.util.List<ObjectDirectory> directories;

	PersonSummary head;

	PersonSummary manager;

	long centre;

	long skill;

	long sara;

	long ken;

	long project;

	@BeforeEach
	void scene() {
		PortfolioScene scene = this.portfolios.scene();
		this.head = this.people.person("head", ScreeningLevel.ENHANCED);
		this.manager = this.people.person("pm", ScreeningLevel.BASIC);
		this.centre = this.resources.centre("Workflow centre", this.head);
		this.skill = this.resources.skill("Java");
		PersonSummary saraPerson = this.people.person("sara", ScreeningLevel.BASIC);
		PersonSummary kenPerson = this.people.person("ken", ScreeningLevel.BASIC);
		this.sara = this.resources.profile(saraPerson, this.centre, "XF", 100);
		this.ken = this.resources.profile(kenPerson, this.centre, "XF", 100);
		this.resources.rate(this.sara, this.skill, 4);
		this.resources.speaks(this.sara, "fr", "C1");
		this.resources.rate(this.ken, this.skill, 2);
		this.resources.allocate(this.ken, null, this.resources.squad("Busy"), FIRST, LAST, true, "80");
		this.project = scene
			.project(scene.portfolio().id(), Classification.RESTRICTED,
					d -> PortfolioScene.withManager(d, this.manager.id()))
			.id();
		// A centre's head answers requests for projects they may see: the manager gives
		// them a role.
		scene.giveProjectRole(this.project, this.head, ProjectRole.VIEWER);
	}

	@Test
	void candidatesAreRankedByFitWithTheReasonsInWords() {
		long request = this.resources.request(this.manager, this.project, null, this.centre, this.skill, 3, "fr",
				ScreeningLevel.NONE, FIRST, LAST);

		var candidates = this.staffing.candidates(IdentityFixtures.actor(this.head), request);

		assertThat(candidates).extracting(Candidate::resourceId).containsExactly(this.sara, this.ken);
		Candidate first = candidates.get(0);
		Candidate second = candidates.get(1);
		assertThat(first.score()).isGreaterThan(second.score());
		assertThat(words(first)).contains("Java at level 4 (level 3 asked)", "speaks fr at C1 (B2 asked)",
				"belongs to the centre asked");
		assertThat(words(second)).contains("Java at level 2, below the level 3 asked", "does not speak fr");
		assertThat(String.join(" | ", words(second))).contains("free of the");
	}

	@Test
	void fromAskingToFulfilmentEveryStepIsAuditedAndTellsTheOtherSide() {
		long request = this.resources.request(this.manager, this.project, null, this.centre, this.skill, 3, null,
				ScreeningLevel.NONE, FIRST, LAST);
		assertThat(work(this.head)).extracting(WorkEntry::reasonKey).contains("work.staffing-request.to-answer");

		this.resources.propose(this.head, request, this.ken);
		assertThat(this.events.stream(Attention.class))
			.anyMatch(a -> a.personId() == this.manager.id() && a.about().id() == request);
		assertThat(work(this.manager)).extracting(WorkEntry::reasonKey).contains("work.staffing-request.to-accept");

		this.people.actingAs(this.manager, () -> this.staffing.decline(IdentityFixtures.actor(this.manager), request,
				this.resources.requestVersion(this.manager, request), "Needs Java level 3"));
		this.resources.propose(this.head, request, this.sara);
		RequestView accepted = this.people.actingAs(this.manager,
				() -> this.staffing.accept(IdentityFixtures.actor(this.manager), request,
						this.resources.requestVersion(this.manager, request)));

		assertThat(accepted.request().state()).isEqualTo(RequestState.ACCEPTED);
		assertThat(this.allocations.of(IdentityFixtures.actor(this.head), this.sara))
			.anyMatch(a -> a.id() == accepted.request().allocationId() && a.projectId() == this.project
					&& a.firstDay().equals(FIRST) && a.lastDay().equals(LAST));
		RequestView fulfilled = this.people.actingAs(this.head, () -> this.staffing
			.fulfil(IdentityFixtures.actor(this.head), request, this.resources.requestVersion(this.head, request)));
		assertThat(fulfilled.request().state()).isEqualTo(RequestState.FULFILLED);
		assertThat(this.audit.count(ScreeningLevel.ENHANCED,
				new AuditQuery("staffing-request", String.valueOf(request), null, 0, 50)))
			.as("asked, proposed, declined, proposed, accepted, fulfilled")
			.isEqualTo(6);
	}

	@Test
	void aStepTheWorkflowDoesNotAllowIsRefusedWithWords() {
		long request = this.resources.request(this.manager, this.project, null, this.centre, this.skill, 3, null,
				ScreeningLevel.NONE, FIRST, LAST);

		RuleViolationException refused = (RuleViolationException) org.assertj.core.api.Assertions
			.catchThrowable(() -> this.people.actingAs(this.manager,
					() -> this.staffing.accept(IdentityFixtures.actor(this.manager), request,
							this.resources.requestVersion(this.manager, request))));
		assertThat(this.messages.getMessage(refused.messageKey(), refused.arguments(), Locale.ENGLISH))
			.isEqualTo("a request that is requested cannot become accepted");
		assertThat(this.messages.getMessage(refused.messageKey(), refused.arguments(), Locale.FRENCH))
			.isEqualTo("une demande demandée ne peut pas devenir acceptée");
		assertThatThrownBy(() -> this.people.actingAs(this.head,
				() -> this.staffing.fulfil(IdentityFixtures.actor(this.head), request,
						this.resources.requestVersion(this.head, request))))
			.isInstanceOf(RuleViolationException.class)
			.extracting("messageKey")
			.isEqualTo("resources.error.transition");
		this.resources.propose(this.head, request, this.sara);
		assertThatThrownBy(() -> this.people.actingAs(this.manager,
				() -> this.staffing.decline(IdentityFixtures.actor(this.manager), request,
						this.resources.requestVersion(this.manager, request), " ")))
			.isInstanceOf(RuleViolationException.class)
			.extracting("messageKey")
			.isEqualTo("resources.error.declineReason");
		assertThatThrownBy(() -> this.people.actingAs(this.manager,
				() -> this.staffing.accept(IdentityFixtures.actor(this.manager), request, 0)))
			.isInstanceOf(org.agilepmo.shared.StaleVersionException.class);
		assertThat(this.staffing.get(IdentityFixtures.actor(this.manager), request).request().state())
			.isEqualTo(RequestState.PROPOSED);
	}

	private java.util.List<String> words(Candidate candidate) {
		return candidate.reasons()
			.stream()
			.map(r -> this.messages.getMessage(r.key(), r.arguments().toArray(), Locale.ENGLISH))
			.toList();
	}

	private java.util.List<WorkEntry> work(PersonSummary person) {
		return this.directories.stream()
			.filter(d -> d.kinds().contains("staffing-request"))
			.findFirst()
			.orElseThrow()
			.workFor(IdentityFixtures.actor(person));
	}

}
