package org.agilepmo.shared;

/**
 * Implemented by the authenticated principal so that any module can learn who is acting.
 */
public interface ActorPrincipal {

	Actor actor();

}
