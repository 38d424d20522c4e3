package org.agilepmo.delivery;

import java.util.List;

import org.agilepmo.shared.Actor;

/**
 * What the squads have delivered for a project, grouped by the milestone or activity each
 * backlog item is linked to, so that a hybrid project's plan can show the progress of the
 * stories behind a milestone. Answers nothing for a project the person may not see.
 */
public interface ProjectDelivery {

	List<MilestoneProgress> progressOf(long projectId, Actor actor);

	/**
	 * Points done and planned behind one milestone or activity reference ({@code null}
	 * for items linked to the project but to no milestone).
	 */
	record MilestoneProgress(String milestoneRef, int items, int doneItems, int points, int donePoints) {

		public double percentDone() {
			return this.points == 0 ? (this.items == 0 ? 0 : 100.0 * this.doneItems / this.items)
					: 100.0 * this.donePoints / this.points;
		}

	}

}
