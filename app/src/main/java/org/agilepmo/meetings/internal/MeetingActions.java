package org.agilepmo.meetings.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Actions of meetings. */
public interface MeetingActions extends JpaRepository<MeetingAction, Long> {

	List<MeetingAction> findByMeetingIdOrderByIdAsc(long meetingId);

	List<MeetingAction> findByOwnerIdAndClosedAtIsNullOrderByDueOnAscIdAsc(long ownerId);

}
