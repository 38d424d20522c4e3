package org.agilepmo.engine.portfolio;

/**
 * A limit that would be (or is) exceeded, and by how much, in the limit's unit.
 */
public record LimitBreach(Limit limit, double excess) {

	@Override
	public String toString() {
		return this.limit + " exceeded by " + Reason.format(this.excess);
	}

}
