package org.agilepmo.meetings.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectCatalogue;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A monthly steering committee of the portal project (last Thursday, 10:00 in Paris, one
 * month skipped), with minutes of its last sitting, a decision and two actions for demo
 * people, one of them overdue.
 */
@Component
@Order(70)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class MeetingsDemo implements DemoContribution {

	private final MeetingService meetings;

	private final MeetingAccess access;

	private final ProjectCatalogue projects;

	MeetingsDemo(MeetingService meetings, MeetingAccess access, ProjectCatalogue projects) {
		this.meetings = meetings;
		this.access = access;
		this.projects = projects;
	}

	@Override
	public void write() {
		Actor admin = CurrentActor.require();
		ProjectOverview portal = this.projects.listVisible(admin)
			.stream()
			.filter(p -> p.code().equals("DIGI-PORTAL"))
			.findFirst()
			.orElse(null);
		if (portal == null) {
			return;
		}
		Long tomas = person("pm.tomas");
		Long sara = person("dev.sara");
		Long head = person("pmo.head");
		List<Participant> participants = new java.util.ArrayList<>();
		for (Long id : new Long[] { tomas, sara, head }) {
			if (id != null) {
				participants.add(Participant.person(id));
			}
		}
		participants.add(Participant.external("Ines Duarte", "ines.duarte@example.org"));
		LocalDate today = this.meetings.today();
		LocalDate first = today.minusMonths(2).with(TemporalAdjusters.lastInMonth(java.time.DayOfWeek.THURSDAY));
		LocalDateTime start = first.atTime(10, 0);
		LocalDateTime skipped = today.plusMonths(2)
			.with(TemporalAdjusters.lastInMonth(java.time.DayOfWeek.THURSDAY))
			.atTime(10, 0);
		Meeting committee = this.meetings.organise(admin,
				new MeetingDraft(MeetingKind.STEERING_COMMITTEE, ScopeKind.PROJECT, portal.id(),
						"Portal steering committee", "Room B-204 and video", "Europe/Paris", start, 90,
						"FREQ=MONTHLY;BYDAY=-1TH;COUNT=12", List.of(skipped), Map.of(),
						List.of("Progress against the plan", "Risks and issues", "Decisions needed"), participants));
		this.meetings.recordMinutes(admin, committee.id(), committee.version(), """
				## Progress
				The payment integration is **two weeks late**; the accessibility audit is booked.

				## Decisions
				- Keep a second payment provider under contract.
				""");
		this.meetings.recordDecision(admin, committee.id(), "Keep a second payment provider under contract", first);
		if (tomas != null) {
			this.meetings.addAction(admin, committee.id(), "Send the revised launch plan to the board", tomas,
					today.minusDays(3));
		}
		if (sara != null) {
			this.meetings.addAction(admin, committee.id(), "Book the load test of the payment integration", sara,
					today.plusDays(12));
		}
	}

	private Long person(String username) {
		return this.access.enabledPeople()
			.stream()
			.filter(p -> p.username().equals(username))
			.map(PersonSummary::id)
			.findFirst()
			.orElse(null);
	}

}
