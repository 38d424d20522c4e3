package org.agilepmo.resources.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.agilepmo.audit.AuditQuery;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.PortfolioFixtures;
import org.agilepmo.portfolio.PortfolioScene;
import org.agilepmo.portfolio.ProjectRole;
import org.agilepmo.resources.RecordedTime;
import org.agilepmo.resources.ResourcesFixtures;
import org.agilepmo.resources.TimeCost;
import org.agilepmo.resources.TimesheetApproved;
import org.agilepmo.shared.Attention;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.ScreeningLevel;
import org.agilepmo.shared.StaleVersionException;
import org.agilepmo.testsupport.PmoTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * A week of hours from writing to approval: the person writes hours on a project and on
 * training, submits; the project manager approves the project's line and the centre's
 * head the training, which locks the week, tells the person and publishes the approved
 * hours; the approved hours are priced at the rate valid each day. A wrong hour is
 * refused naming its day and row; a returned week carries its reason.
 */
@PmoTest
@RecordApplicationEvents
class TimesheetWorkflowTest {

	/** A Monday. */
	static final LocalDate MONDAY = LocalDate.of(2031, 3, 3);

	@Autowired
	IdentityFixtures people;

	@Autowired
	PortfolioFixtures portfolios;

	@Autowired
	ResourcesFixtures resources;

	@Autowired
	TimesheetService timesheets;

	@Autowired
	RecordedTime recorded;

	@Autowired
	AuditTrail audit;

	@Autowired
	MessageSource messages;

	@Autowired
	ApplicationEvents events;

	PersonSummary dev;

	PersonSummary manager;

	PersonSummary head;

	long project;

	long resource;

	@BeforeEach
	void scene() {
		PortfolioScene scene = this.portfolios.scene();
		this.dev = this.people.person("dev", ScreeningLevel.BASIC);
		this.manager = this.people.person("pm", ScreeningLevel.BASIC);
		this.head = this.people.person("head", ScreeningLevel.BASIC);
		this.project = scene
			.project(scene.portfolio().id(), Classification.RESTRICTED,
					d -> PortfolioScene.withManager(d, this.manager.id()))
			.id();
		scene.giveProjectRole(this.project, this.dev, ProjectRole.TEAM_MEMBER);
		this.resource = this.resources.profile(this.dev, this.resources.centre("Time centre", this.head), "XT", 100);
	}

	@Test
	void aRateChangingOnWednesdayPricesEachDayAtItsOwnRate() {
		this.resources.hourlyRate(this.resource, "80", MONDAY.minusMonths(1), null);
		this.resources.hourlyRate(this.resource, "100.50", MONDAY.plusDays(2), null);
		TimesheetView week = write(this.dev, MONDAY, null,
				TimesheetLineDraft.on(LineKind.PROJECT, this.project, "8", "7.5", "6.25", "8", "0.75", "0", "0"));
		submit(week);
		approve(this.manager, week.id());

		List<TimeCost> lines = this.recorded.approvedOnProject(this.project, MONDAY, MONDAY.plusDays(6));

		assertThat(lines).extracting(TimeCost::day)
			.containsExactly(MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4));
		assertThat(lines).allSatisfy(l -> {
			assertThat(l.personId()).isEqualTo(this.dev.id());
			assertThat(l.activityId()).isNull();
			assertThat(l.currency()).isEqualTo("EUR");
		});
		// 8 × 80 + 7.5 × 80 + (6.25 + 8 + 0.75) × 100.50 = 640 + 600 + 1507.50
		assertThat(lines.stream().map(TimeCost::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
			.isEqualByComparingTo("2747.50");
		assertThat(lines.get(2).amount()).isEqualByComparingTo("628.125");
		assertThat(this.recorded.approvedOnProject(this.project, MONDAY.plusDays(2), MONDAY.plusDays(2)))
			.singleElement()
			.satisfies(l -> assertThat(l.hours()).isEqualByComparingTo("6.25"));
	}

	@Test
	void hoursWithoutARateHaveNoAmountAndUnapprovedHoursAreNotRecorded() {
		TimesheetView week = write(this.dev, MONDAY, null,
				TimesheetLineDraft.on(LineKind.PROJECT, this.project, "4", "0", "0", "0", "0", "0", "0"));
		submit(week);
		assertThat(this.recorded.approvedOnProject(this.project, MONDAY, MONDAY.plusDays(6))).isEmpty();

		approve(this.manager, week.id());

		assertThat(this.recorded.approvedOnProject(this.project, MONDAY, MONDAY.plusDays(6))).singleElement()
			.satisfies(l -> {
				assertThat(l.amount()).isNull();
				assertThat(l.currency()).isNull();
				assertThat(l.hours()).isEqualByComparingTo("4");
			});
	}

	@Test
	void eachLineIsApprovedByItsApproverAndTheApprovedWeekIsLocked() {
		TimesheetView week = write(this.dev, MONDAY, null,
				TimesheetLineDraft.on(LineKind.PROJECT, this.project, "6", "6", "6", "6", "6", "0", "0"),
				TimesheetLineDraft.other(WorkCategory.TRAINING, "2", "2", "2", "2", "2", "0", "0"));
		submit(week);
		assertThat(this.timesheets.waitingFor(IdentityFixtures.actor(this.manager))).extracting(TimesheetView::id)
			.contains(week.id());
		assertThat(this.timesheets.waitingFor(IdentityFixtures.actor(this.head))).extracting(TimesheetView::id)
			.contains(week.id());
		assertThatThrownBy(() -> approve(this.dev, week.id())).isInstanceOf(AccessDeniedException.class);

		TimesheetView half = approve(this.manager, week.id());
		assertThat(half.sheet().state()).isEqualTo(TimesheetState.SUBMITTED);
		assertThat(this.timesheets.get(IdentityFixtures.actor(this.manager), week.id()).lines())
			.as("the project manager sees the project's line only")
			.extracting(TimesheetLine::kind)
			.containsExactly(LineKind.PROJECT);
		TimesheetView done = approve(this.head, week.id());

		assertThat(done.sheet().state()).isEqualTo(TimesheetState.APPROVED);
		assertThat(this.events.stream(Attention.class)).anyMatch(
				a -> a.personId() == this.dev.id() && a.reason().equals("approved") && a.about().id() == week.id());
		assertThat(this.events.stream(TimesheetApproved.class)).anySatisfy(e -> {
			assertThat(e.timesheetId()).isEqualTo(week.id());
			assertThat(e.lines()).hasSize(5).allMatch(l -> l.projectId() == this.project);
		});
		RuleViolationException locked = catchThrowableOfType(RuleViolationException.class, () -> write(this.dev, MONDAY,
				done.sheet().version(), TimesheetLineDraft.on(LineKind.PROJECT, this.project, "1")));
		assertThat(locked.messageKey()).isEqualTo("resources.timesheet.error.locked");
		assertThat(this.messages.getMessage(locked.messageKey(), locked.arguments(), Locale.ENGLISH))
			.contains("approved");
		assertThatThrownBy(() -> this.people.actingAs(this.dev,
				() -> this.timesheets.submit(IdentityFixtures.actor(this.dev), week.id(), done.sheet().version())))
			.isInstanceOf(RuleViolationException.class);
		assertThat(this.timesheets.get(IdentityFixtures.actor(this.dev), week.id()).total()).isEqualByComparingTo("40");
		assertThat(this.audit.count(ScreeningLevel.ENHANCED,
				new AuditQuery("timesheet", String.valueOf(week.id()), null, 0, 50)))
			.as("created, submitted, lines approved, approved")
			.isEqualTo(4);
	}

	@Test
	void aReturnedWeekCarriesItsReasonAndIsWrittenAgain() {
		TimesheetView week = write(this.dev, MONDAY, null,
				TimesheetLineDraft.on(LineKind.PROJECT, this.project, "9", "9", "9", "9", "9", "0", "0"));
		submit(week);
		assertThatThrownBy(() -> returnWeek(this.manager, week.id(), " ")).isInstanceOf(RuleViolationException.class);

		TimesheetView returned = returnWeek(this.manager, week.id(), "Friday was a holiday");

		assertThat(returned.sheet().state()).isEqualTo(TimesheetState.RETURNED);
		assertThat(returned.sheet().returnReason()).isEqualTo("Friday was a holiday");
		assertThat(this.events.stream(Attention.class))
			.anyMatch(a -> a.personId() == this.dev.id() && a.reason().equals("returned"));
		TimesheetView again = write(this.dev, MONDAY, returned.sheet().version(),
				TimesheetLineDraft.on(LineKind.PROJECT, this.project, "9", "9", "9", "9", "0", "0", "0"));
		assertThat(again.total()).isEqualByComparingTo("36");
		assertThatThrownBy(() -> write(this.dev, MONDAY, returned.sheet().version(),
				TimesheetLineDraft.on(LineKind.PROJECT, this.project, "1")))
			.isInstanceOf(StaleVersionException.class);
	}

	@Test
	void aWrongHourIsRefusedNamingItsDayAndRow() {
		RuleViolationException quarter = catchThrowableOfType(RuleViolationException.class,
				() -> write(this.dev, MONDAY, null, TimesheetLineDraft.other(WorkCategory.SUPPORT, "1"),
						TimesheetLineDraft.on(LineKind.PROJECT, this.project, "8", "7.3")));
		assertThat(quarter.field()).isEqualTo("lines[1].hours[1]");
		assertThat(this.messages.getMessage(quarter.messageKey(), quarter.arguments(), Locale.ENGLISH))
			.contains("Tuesday", "row 2");
		assertThat(this.messages.getMessage(quarter.messageKey(), quarter.arguments(), Locale.FRENCH)).contains("mardi",
				"ligne 2");

		RuleViolationException day = catchThrowableOfType(RuleViolationException.class,
				() -> write(this.dev, MONDAY, null, TimesheetLineDraft.other(WorkCategory.SUPPORT, "0", "0", "16"),
						TimesheetLineDraft.on(LineKind.PROJECT, this.project, "0", "0", "9")));
		assertThat(this.messages.getMessage(day.messageKey(), day.arguments(), Locale.ENGLISH)).contains("Wednesday",
				"25");

		PersonSummary outsider = this.people.person("outsider", ScreeningLevel.BASIC);
		RuleViolationException hidden = catchThrowableOfType(RuleViolationException.class,
				() -> write(outsider, MONDAY, null, TimesheetLineDraft.on(LineKind.PROJECT, this.project, "1")));
		assertThat(hidden.field()).isEqualTo("lines[0].ref");
		assertThat(this.timesheets.mine(IdentityFixtures.actor(outsider), MONDAY)).isEmpty();
		assertThatThrownBy(() -> this.timesheets.get(IdentityFixtures.actor(outsider),
				write(this.dev, MONDAY, null, TimesheetLineDraft.other(WorkCategory.LEAVE, "8")).id()))
			.isInstanceOf(NotFoundException.class);
	}

	private TimesheetView write(PersonSummary person, LocalDate day, Long version, TimesheetLineDraft... lines) {
		return this.people.actingAs(person,
				() -> this.timesheets.write(IdentityFixtures.actor(person), day, version, List.of(lines)));
	}

	private void submit(TimesheetView week) {
		this.people.actingAs(this.dev, () -> this.timesheets.submit(IdentityFixtures.actor(this.dev), week.id(),
				this.timesheets.get(IdentityFixtures.actor(this.dev), week.id()).sheet().version()));
	}

	private TimesheetView approve(PersonSummary approver, long id) {
		return this.people.actingAs(approver, () -> this.timesheets.approve(IdentityFixtures.actor(approver), id,
				this.timesheets.get(IdentityFixtures.actor(approver), id).sheet().version()));
	}

	private TimesheetView returnWeek(PersonSummary approver, long id, String reason) {
		return this.people.actingAs(approver, () -> this.timesheets.returnWeek(IdentityFixtures.actor(approver), id,
				this.timesheets.get(IdentityFixtures.actor(approver), id).sheet().version(), reason));
	}

}
