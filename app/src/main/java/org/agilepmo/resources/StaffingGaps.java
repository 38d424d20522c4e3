package org.agilepmo.resources;

import java.time.LocalDate;
import java.util.List;

import org.agilepmo.shared.Actor;

/**
 * A project's staffing requests still open (requested, proposed or declined: nobody
 * accepted yet), as status reports show them. Empty when the person may not see the
 * project.
 */
public interface StaffingGaps {

	List<Gap> openRequests(long projectId, Actor actor);

	/**
	 * One open request: the skill asked for, its level, its period and where it stands.
	 */
	record Gap(long requestId, String skill, int minLevel, LocalDate firstDay, LocalDate lastDay, String state) {

	}

}
