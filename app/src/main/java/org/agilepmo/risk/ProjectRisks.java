package org.agilepmo.risk;

import java.util.List;

import org.agilepmo.shared.Actor;

/**
 * A project's risk register as other modules may show it (the project hub): its top open
 * risks, through the register's access rule. A project the person may not see has none.
 */
public interface ProjectRisks {

	/**
	 * The project's open risks, highest score first, at most {@code limit}; empty when
	 * the person may not see the project.
	 */
	List<RiskHighlight> topOpenRisks(long projectId, Actor actor, int limit);

	/** How many open risks the project has; 0 when the person may not see it. */
	int openRisks(long projectId, Actor actor);

	/**
	 * The project's open threats rated high or worse that have no response yet; empty
	 * when the person may not see the project.
	 */
	List<RiskHighlight> unansweredHighRisks(long projectId, Actor actor);

	/**
	 * How many of the project's open actions are overdue (their due day has ended in the
	 * organisation's time zone); 0 when the person may not see the project.
	 */
	int overdueActions(long projectId, Actor actor);

}
