package org.agilepmo.resources.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;

import org.agilepmo.identity.ActingAs;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo timesheets on the citizen services portal: Sara Haddad's and Ken Ito's weeks of
 * two weeks ago, approved by the project's manager (Tomás) and, for their training and
 * support hours, by the head of Development (Olga); Sara's last week waits for Tomás's
 * approval; Ken's last week is still a draft. Written after the resources demo, through
 * the module's own service, as each person.
 */
@Component
@Order(41)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class TimesheetsDemo implements DemoContribution {

	private final TimesheetService timesheets;

	private final ProjectCatalogue projects;

	private final ActingAs actingAs;

	TimesheetsDemo(TimesheetService timesheets, ProjectCatalogue projects, ActingAs actingAs) {
		this.timesheets = timesheets;
		this.projects = projects;
		this.actingAs = actingAs;
	}

	@Override
	public void write() {
		Actor admin = CurrentActor.require();
		Optional<Long> portal = this.projects.listVisible(admin)
			.stream()
			.filter(p -> p.code().equals("DIGI-PORTAL"))
			.map(ProjectOverview::id)
			.findFirst();
		if (portal.isEmpty()) {
			return;
		}
		long project = portal.get();
		LocalDate monday = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate twoWeeksAgo = monday.minusWeeks(2);
		LocalDate lastWeek = monday.minusWeeks(1);

		long saraApproved = week("dev.sara", twoWeeksAgo, true,
				TimesheetLineDraft.on(LineKind.PROJECT, project, "6", "6", "6", "6", "6"),
				TimesheetLineDraft.other(WorkCategory.TRAINING, "2", "2", "2", "2", "2"));
		long kenApproved = week("dev.ken", twoWeeksAgo, true,
				TimesheetLineDraft.on(LineKind.PROJECT, project, "8", "8", "8", "8", "0"),
				TimesheetLineDraft.other(WorkCategory.SUPPORT, "0", "0", "0", "0", "7.5"));
		for (long id : List.of(saraApproved, kenApproved)) {
			approve("pm.tomas", id);
			approve("cc.head", id);
		}
		week("dev.sara", lastWeek, true,
				TimesheetLineDraft.on(LineKind.PROJECT, project, "7.5", "7.5", "7.5", "7.5", "7.5"));
		week("dev.ken", lastWeek, false, TimesheetLineDraft.on(LineKind.PROJECT, project, "8", "8", "6.5"));
	}

	private long week(String username, LocalDate day, boolean submit, TimesheetLineDraft... lines) {
		long[] id = new long[1];
		this.actingAs.run(username, () -> {
			Actor actor = CurrentActor.require();
			TimesheetView view = submit ? this.timesheets.writeAndSubmit(actor, day, null, List.of(lines))
					: this.timesheets.write(actor, day, null, List.of(lines));
			id[0] = view.id();
		});
		return id[0];
	}

	private void approve(String username, long id) {
		this.actingAs.run(username, () -> {
			Actor actor = CurrentActor.require();
			TimesheetView view = this.timesheets.get(actor, id);
			if (view.awaitsMe()) {
				this.timesheets.approve(actor, id, view.sheet().version());
			}
		});
	}

}
