package org.agilepmo.planning.internal;

import java.time.Instant;

/** A saved baseline, without its entries. */
public record BaselineView(long id, String name, Instant savedAt, String savedBy, int activities) {

}
