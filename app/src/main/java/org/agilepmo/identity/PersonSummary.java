package org.agilepmo.identity;

import java.util.Set;

import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;

/** What other modules may know of a person. */
public record PersonSummary(long id, String username, String displayName, ScreeningLevel screening,
		Set<GlobalRole> roles) {

}
