package org.agilepmo.identity;

import java.time.Instant;

/**
 * A personal API token as its owner sees it: never its text, only its first characters.
 */
public record ApiTokenView(long id, String name, String prefix, Instant createdAt, boolean active) {

}
