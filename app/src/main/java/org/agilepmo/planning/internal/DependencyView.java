package org.agilepmo.planning.internal;

import org.agilepmo.engine.schedule.Lag;
import org.agilepmo.engine.schedule.LinkType;

/** A dependency between two activities of a plan. */
public record DependencyView(long id, long version, long predecessorId, long successorId, LinkType type, Lag lag) {

	/** Whether this row shows the dependency as it is now. */
	boolean shows(Dependency d) {
		return this.id == d.id() && this.version == d.version() && this.predecessorId == d.predecessorId()
				&& this.successorId == d.successorId() && this.type == d.type() && this.lag.equals(d.lag());
	}

}
