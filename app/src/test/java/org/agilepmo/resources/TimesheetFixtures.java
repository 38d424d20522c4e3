package org.agilepmo.resources;

import java.time.LocalDate;
import java.util.List;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.resources.internal.LineKind;
import org.agilepmo.resources.internal.TimesheetLineDraft;
import org.agilepmo.resources.internal.TimesheetService;

import org.springframework.boot.test.context.TestComponent;

/**
 * Timesheets as other modules' tests need them: a week of hours on a plan activity,
 * written and submitted by the person and approved by the project's manager, through the
 * resources module's own service.
 */
@TestComponent
public class TimesheetFixtures {

	private final TimesheetService timesheets;

	private final IdentityFixtures people;

	TimesheetFixtures(TimesheetService timesheets, IdentityFixtures people) {
		this.timesheets = timesheets;
		this.people = people;
	}

	/**
	 * The person's hours of the week starting on the Monday (one value a day, Monday
	 * first) on the activity, submitted and approved by the approver.
	 */
	public void approvedWeekOnActivity(PersonSummary person, PersonSummary approver, LocalDate monday, long activityId,
			String... hours) {
		long id = this.people.actingAs(person, () -> this.timesheets.write(IdentityFixtures.actor(person), monday, null,
				List.of(TimesheetLineDraft.on(LineKind.ACTIVITY, activityId, hours))))
			.id();
		this.people.actingAs(person, () -> this.timesheets.submit(IdentityFixtures.actor(person), id,
				this.timesheets.get(IdentityFixtures.actor(person), id).sheet().version()));
		this.people.actingAs(approver, () -> this.timesheets.approve(IdentityFixtures.actor(approver), id,
				this.timesheets.get(IdentityFixtures.actor(approver), id).sheet().version()));
	}

}
