package org.agilepmo.delivery;

import java.util.List;

import org.agilepmo.shared.Actor;

/**
 * A tribe's squads as dashboards show them, counting only what the reader may see: each
 * squad's velocity, how many of its closed sprints met their commitment, its work in
 * progress, and the epics the squads carry across projects. A tribe that does not exist
 * answers 404, one the reader may not see 403 (the organisation chart is no secret).
 */
public interface SquadDelivery {

	/** The tribe's squads by name, with their figures. */
	List<SquadFigures> squadsOfTribe(long tribeId, Actor actor);

	/** The epics of the tribe's squads the reader may see, in rank order per squad. */
	List<EpicFigures> epicsOfTribe(long tribeId, Actor actor);

	/**
	 * The bugs of a squad's backlog that the reader may see, open and done, whoever asks
	 * (an empty count for a squad that has none or whose items the reader may not see).
	 */
	DefectFigures defectsOfSquad(long squadId, Actor actor);

	/** A squad's visible bugs: those not yet done and those done. */
	record DefectFigures(long squadId, int open, int done) {

	}

	/**
	 * One squad's figures.
	 *
	 * @param velocity the average completed points over the squad's velocity window
	 * ({@code null} before its first closed sprint)
	 * @param closedSprints the squad's closed sprints
	 * @param goalsMet how many of them completed at least the points committed at their
	 * start (the sprint's goal met as far as figures can tell)
	 * @param workInProgress the visible items in progress on its board
	 * @param currentGoal the goal of its running sprint, if one runs
	 */
	record SquadFigures(long squadId, String squadName, Double velocity, int closedSprints, int goalsMet,
			int workInProgress, String currentGoal) {

	}

	/** One epic with what is done beneath it (stories and bugs; points or items). */
	record EpicFigures(long epicId, String title, long squadId, String squadName, Long projectId, String projectCode,
			int items, int doneItems, int points, int donePoints) {

	}

}
