package org.agilepmo.delivery;

import java.util.List;

import org.agilepmo.shared.Actor;

/**
 * The pace of the squads that carry a project's backlog items, as status reports show it:
 * each squad's velocity (from the points the person may see) and its active sprint's
 * goal. Answers nothing for a project the person may not see.
 */
public interface ProjectPace {

	List<SquadPace> squadsOf(long projectId, Actor actor);

	/**
	 * One squad: its velocity over its window of closed sprints ({@code sprints} = 0 when
	 * it has closed none), and its active sprint with the goal (or {@code null}s).
	 */
	record SquadPace(long squadId, String squadName, int sprints, double velocity, String activeSprint,
			String sprintGoal) {

	}

}
