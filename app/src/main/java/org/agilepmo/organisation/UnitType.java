package org.agilepmo.organisation;

import java.util.Set;

/** The kinds of organisational unit, and which kinds each may contain. */
public enum UnitType {

	DIRECTORATE, UNIT, TRIBE, SQUAD, COMPETENCY_CENTRE;

	/** Whether a unit of this type may sit directly under a unit of the given type. */
	public boolean mayBeChildOf(UnitType parent) {
		return switch (this) {
			case DIRECTORATE -> parent == null;
			case UNIT, TRIBE, COMPETENCY_CENTRE -> parent == DIRECTORATE || parent == UNIT;
			case SQUAD -> parent == TRIBE;
		};
	}

	public static final Set<UnitType> TOP_LEVEL = Set.of(DIRECTORATE);

}
