package org.agilepmo.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.agilepmo.identity.IdentityFixtures;
import org.agilepmo.identity.PersonSummary;
import org.agilepmo.risk.internal.ActionService;
import org.agilepmo.risk.internal.DecisionService;
import org.agilepmo.risk.internal.IssueService;
import org.agilepmo.risk.internal.Nature;
import org.agilepmo.risk.internal.Risk;
import org.agilepmo.risk.internal.RiskAction;
import org.agilepmo.risk.internal.RiskDraft;
import org.agilepmo.risk.internal.RiskService;

import org.springframework.boot.test.context.TestComponent;

/**
 * The risk module's public test support: records risks, issues and actions through the
 * module's services as a person who keeps the register, and answers their ids, so that
 * other tests need none of the module's internals. Fresh objects have version 0.
 */
@TestComponent
public class RiskFixtures {

	private final RiskService risks;

	private final IssueService issues;

	private final ActionService actions;

	private final DecisionService decisions;

	RiskFixtures(RiskService risks, IssueService issues, ActionService actions, DecisionService decisions) {
		this.risks = risks;
		this.issues = issues;
		this.actions = actions;
		this.decisions = decisions;
	}

	/**
	 * An open technical threat at probability 3 and schedule impact 4; answers its id.
	 */
	public long risk(PersonSummary keeper, long projectId, String title) {
		return this.risks
			.record(IdentityFixtures.actor(keeper), projectId,
					new RiskDraft(Nature.THREAT, title, null, null, null, "TECHNICAL", null, 3, Map.of("schedule", 4),
							null, null, null, null, null, List.of()))
			.id();
	}

	/** A closed risk; answers its id. */
	public long closedRisk(PersonSummary keeper, long projectId) {
		long id = risk(keeper, projectId, "Closed risk");
		Risk risk = this.risks.risk(IdentityFixtures.actor(keeper), id);
		this.risks.close(IdentityFixtures.actor(keeper), id, risk.version(), "No longer relevant");
		return id;
	}

	/** An open issue; answers its id. */
	public long issue(PersonSummary keeper, long projectId) {
		return this.issues
			.raise(IdentityFixtures.actor(keeper), projectId,
					new IssueService.IssueDraft("Fixture issue", null, null, null, null))
			.id();
	}

	/**
	 * A mitigation action on a new risk, for the owner, due on the day; answers its id.
	 */
	public long action(PersonSummary keeper, long projectId, long ownerId, LocalDate due) {
		long risk = risk(keeper, projectId, "Risk with an action");
		return this.actions
			.add(IdentityFixtures.actor(keeper), risk, null, RiskAction.Kind.MITIGATION, "Fixture action", ownerId, due)
			.id();
	}

	/** An entry of the project's decision log; answers its id. */
	public long decision(PersonSummary keeper, long projectId) {
		return this.decisions
			.record(IdentityFixtures.actor(keeper), projectId,
					new DecisionService.DecisionDraft("Go with the fixture", LocalDate.of(2026, 1, 5), "Board", null,
							null, null, null))
			.id();
	}

	/** The risk's current version, for If-Match. */
	public long version(PersonSummary reader, long riskId) {
		return this.risks.risk(IdentityFixtures.actor(reader), riskId).version();
	}

}
