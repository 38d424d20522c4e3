package org.agilepmo.identity;

import java.util.Set;

import org.agilepmo.shared.GlobalRole;
import org.agilepmo.shared.ScreeningLevel;

/** An account as administrators see and edit it (never its password hash). */
public record AccountDetails(long id, long version, String username, String displayName, String email,
		ScreeningLevel screening, Set<GlobalRole> roles, boolean enabled) {

}
