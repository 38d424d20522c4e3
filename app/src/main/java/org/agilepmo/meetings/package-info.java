/**
 * Meetings: steering committees, project boards, vendor and unit meetings attached to a
 * project, programme, portfolio or unit, one-off or recurring by an RFC 5545 rule in
 * their own time zone; their agenda, participants, minutes, decisions and actions (which
 * appear in the owner's work), and the iCalendar files and personal feeds calendars
 * subscribe to.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Meetings")
package org.agilepmo.meetings;
