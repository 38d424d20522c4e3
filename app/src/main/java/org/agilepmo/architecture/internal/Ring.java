package org.agilepmo.architecture.internal;

/**
 * Where an entry stands on the technology radar, from the centre out: adopt (the default
 * choice), trial (in use on a project that carries the risk), assess (worth exploring),
 * hold (do not start anything new with it: a project needs a waiver).
 */
public enum Ring {

	ADOPT, TRIAL, ASSESS, HOLD

}
