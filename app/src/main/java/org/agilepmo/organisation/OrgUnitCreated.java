package org.agilepmo.organisation;

/**
 * Published inside the transaction that creates an organisational unit, so that modules
 * can give it what it needs from the start (a squad its board columns, say).
 *
 * @param id the new unit
 * @param type its type
 */
public record OrgUnitCreated(long id, UnitType type) {

}
