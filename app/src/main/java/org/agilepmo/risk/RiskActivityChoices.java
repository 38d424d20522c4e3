package org.agilepmo.risk;

import java.util.List;

import org.agilepmo.shared.Actor;

/**
 * The plan activities a risk of a project may be linked to, for the schedule impact form
 * of the register's risk page. The module that keeps plans provides it (it already reads
 * the register's risk events, so the register cannot ask it directly); without one, the
 * page shows the links it has and offers no choice.
 */
public interface RiskActivityChoices {

	/**
	 * The project's tasks and milestones in plan order; empty when it has no plan or the
	 * person may not see it.
	 */
	List<ActivityChoice> of(Actor actor, long projectId);

	/** One activity as a choice: its id, WBS code and name. */
	record ActivityChoice(long id, String wbs, String name) {
	}

}
