package org.agilepmo.risk.internal;

import java.util.List;
import java.util.Map;

import org.agilepmo.identity.PersonSummary;
import org.agilepmo.portfolio.ProjectOverview;
import org.agilepmo.risk.internal.DecisionService.DecisionDraft;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.CurrentActor;
import org.agilepmo.shared.DemoContribution;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo registers: risks in several cells of the portal's and the data centre's heat maps,
 * mitigation actions (two of them overdue), a risk that occurred and became an issue, a
 * decision answering a risk, and a review of the portal's register.
 */
@Component
@Order(50)
@ConditionalOnBooleanProperty("pmo.demo.enabled")
class RiskDemo implements DemoContribution {

	private final RiskService risks;

	private final ActionService actions;

	private final DecisionService decisions;

	private final RegisterReviewService reviews;

	private final RegisterAccess access;

	private final Overdue clock;

	RiskDemo(RiskService risks, ActionService actions, DecisionService decisions, RegisterReviewService reviews,
			RegisterAccess access, Overdue clock) {
		this.risks = risks;
		this.actions = actions;
		this.decisions = decisions;
		this.reviews = reviews;
		this.access = access;
		this.clock = clock;
	}

	@Override
	public void write() {
		Actor admin = CurrentActor.require();
		Map<String, ProjectOverview> byCode = new java.util.HashMap<>();
		this.access.visibleProjects(admin).values().forEach(p -> byCode.put(p.code(), p));
		ProjectOverview portal = byCode.get("DIGI-PORTAL");
		ProjectOverview dc = byCode.get("INFRA-DC");
		if (portal == null || dc == null) {
			return;
		}
		var today = this.clock.today();
		Long tomas = person("pm.tomas");
		Long sara = person("dev.sara");
		Long amina = person("pm.amina");

		Risk outage = risk(admin, portal.id(), "Payment provider outage during launch", "SUPPLIER", tomas, 4,
				Map.of("schedule", 3, "reputation", 5), Response.TRANSFER, 2, Map.of("reputation", 3),
				"A single payment provider", "The provider is down on launch day", "Citizens cannot pay online");
		Risk accessibility = risk(admin, portal.id(), "Accessibility audit finds blocking defects", "TECHNICAL", sara,
				3, Map.of("schedule", 4, "quality", 4), Response.REDUCE, 2, Map.of("quality", 2), "Late audit",
				"The audit fails", "Go-live slips");
		risk(admin, portal.id(), "Key developer leaves the squad", "RESOURCES", tomas, 2, Map.of("schedule", 3), null,
				null, null, "Tight market", "A developer resigns", "Velocity drops");
		Risk reuse = risk(admin, portal.id(), "Reuse the national identity login", "STRATEGIC", tomas, 3,
				Map.of("cost", 4), null, null, null, "The e-ID service is ready", "We reuse it",
				"Less to build and to secure");
		this.risks.change(admin, reuse.id(), reuse.version(),
				d -> new RiskDraft(Nature.OPPORTUNITY, d.title(), d.cause(), d.event(), d.effect(), d.category(),
						d.ownerId(), d.probability(), d.impact(), d.proximity(), d.trigger(), Response.EXPLOIT, 4,
						Map.of("cost", 4), d.links()),
				"The e-ID team confirmed its login service can be reused: an opportunity to exploit");
		Risk hosting = risk(admin, dc.id(), "Cooling fails in the old server room", "OPERATIONAL", amina, 3,
				Map.of("security", 5, "cost", 3), Response.REDUCE, 1, Map.of("security", 5), "Ageing equipment",
				"Cooling fails", "Servers shut down");
		Risk migration = risk(admin, dc.id(), "Data migration takes longer than the window", "TECHNICAL", amina, 4,
				Map.of("schedule", 4), null, null, null, "Volume unknown", "The window is too short",
				"Services down longer");
		this.risks.change(admin, migration.id(), migration.version(),
				d -> new RiskDraft(d.nature(), d.title(), d.cause(), d.event(), d.effect(), d.category(), d.ownerId(),
						5, d.impact(), d.proximity(), d.trigger(), d.response(), d.residualProbability(),
						d.residualImpact(), d.links()),
				"A trial migration of one rack took twice as long as planned");

		this.actions.add(admin, accessibility.id(), null, RiskAction.Kind.MITIGATION,
				"Run an early accessibility check on the forms", sara, today.minusDays(5));
		this.actions.add(admin, outage.id(), null, RiskAction.Kind.CONTINGENCY, "Agree a fallback payment provider",
				tomas, today.minusDays(2));
		this.actions.add(admin, outage.id(), null, RiskAction.Kind.MITIGATION, "Load-test the payment integration",
				sara, today.plusDays(14));
		this.actions.add(admin, hosting.id(), null, RiskAction.Kind.MITIGATION, "Install temporary cooling units",
				amina, today.plusDays(10));

		Risk current = this.risks.risk(admin, hosting.id());
		Issue issue = this.risks.occur(admin, current.id(), current.version(),
				"A cooling unit failed on a hot afternoon; two racks shut down", null, today.plusDays(3));
		this.actions.add(admin, null, issue.id(), RiskAction.Kind.CORRECTIVE, "Move the two racks to the new hall",
				amina, today.plusDays(3));

		this.decisions.record(admin, portal.id(),
				new DecisionDraft("Keep a second payment provider under contract", today.minusDays(10), "Project board",
						"One provider with penalties; two providers; building our own gateway",
						"Two providers cost little more and remove the single point of failure", outage.id(), null));
		this.reviews.review(admin, portal.id(), "Monthly review with the squad");

		Long head = person("pmo.head");
		this.risks.record(admin, RegisterScope.portfolio(portal.portfolioId()),
				new RiskDraft(Nature.THREAT, "Donor funding is cut in the next budget round", "Donor budget review",
						"The main donor cuts its contribution", "Projects of the portfolio are delayed or stopped",
						"FINANCIAL", head, 3, Map.of("cost", 5, "schedule", 4), today.plusDays(90), null,
						Response.REDUCE, 2, Map.of("cost", 4), List.of()));
		if (portal.programmeId() != null) {
			this.risks.record(admin, RegisterScope.programme(portal.programmeId()),
					new RiskDraft(Nature.THREAT, "Shared platform team is overcommitted",
							"One team serves every project", "Two projects need the team in the same month",
							"Deliveries of the programme slip", "RESOURCES", head, 4, Map.of("schedule", 4),
							today.plusDays(45), null, null, null, null, List.of()));
		}
	}

	private Risk risk(Actor admin, long projectId, String title, String category, Long owner, int probability,
			Map<String, Integer> impact, Response response, Integer residualProbability,
			Map<String, Integer> residualImpact, String cause, String event, String effect) {
		return this.risks.record(admin, projectId,
				new RiskDraft(Nature.THREAT, title, cause, event, effect, category, owner, probability, impact,
						this.clock.today().plusDays(30), null, response, residualProbability, residualImpact,
						List.of()));
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
