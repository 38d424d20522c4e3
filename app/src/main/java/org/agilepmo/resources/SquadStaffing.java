package org.agilepmo.resources;

import java.time.LocalDate;
import java.util.List;

/**
 * Squads' staffing gaps as other modules show them (a tribe's dashboard): per squad and
 * skill, how many people its target composition wants and how many allocated people have
 * the skill at the level on the day. Anyone signed in may read them (the organisation
 * chart is no secret); only lines with a gap are listed.
 */
public interface SquadStaffing {

	/** The gaps of the tribe's squads on the day, by squad and skill. */
	List<StaffingGap> gapsOfTribe(long tribeId, LocalDate day);

	record StaffingGap(long squadId, String squadName, String skill, int minLevel, int wanted, int filled, int gap) {

	}

}
