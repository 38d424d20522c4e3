package org.agilepmo.meetings.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

/** Decisions of meetings. */
public interface MeetingDecisions extends JpaRepository<MeetingDecision, Long> {

	List<MeetingDecision> findByMeetingIdOrderByIdAsc(long meetingId);

}
