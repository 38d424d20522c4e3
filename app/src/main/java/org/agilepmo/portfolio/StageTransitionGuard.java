package org.agilepmo.portfolio;

import org.agilepmo.shared.Actor;

/**
 * A rule another module adds to the lifecycle: called before a project moves to a stage
 * its lifecycle allows, it refuses the move by throwing
 * {@link org.agilepmo.shared.RuleViolationException} (for example a stage gate with open
 * mandatory items). Every bean of this type is asked; the portfolio module does not
 * depend on the modules that provide them.
 */
public interface StageTransitionGuard {

	/**
	 * Checks the move of the project to the target stage on behalf of the actor.
	 * @throws org.agilepmo.shared.RuleViolationException naming why the move is refused
	 */
	void check(ProjectSummary project, Stage target, Actor actor);

}
