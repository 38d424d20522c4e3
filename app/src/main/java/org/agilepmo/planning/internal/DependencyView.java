package org.agilepmo.planning.internal;

import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;

/** A dependency between two activities of a plan. */
public record DependencyView(long id, long version, long predecessorId, long successorId, LinkType type, Lag lag) {

}
