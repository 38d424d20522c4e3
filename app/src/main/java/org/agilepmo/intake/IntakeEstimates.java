package org.agilepmo.intake;

import java.util.Collection;
import java.util.Map;

/**
 * The estimates approved concept notes carried over to their projects. Callers pass only
 * ids of projects the person may see (through the portfolio module's catalogue); the
 * answer holds the ones that came through intake.
 */
public interface IntakeEstimates {

	Map<Long, CarriedEstimate> forProjects(Collection<Long> projectIds);

}
