package org.agilepmo.events.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/** Every event's participants. */
public interface Participants extends JpaRepository<Participant, Long> {

	List<Participant> findByEventIdOrderByRegisteredAtAscIdAsc(long eventId);

	List<Participant> findByEventIdAndStatusOrderByRegisteredAtAscIdAsc(long eventId, Participant.Status status);

	Optional<Participant> findByEventIdAndPersonId(long eventId, long personId);

	List<Participant> findByPersonIdAndStatusNot(long personId, Participant.Status status);

	List<Participant> findByEventIdIn(Collection<Long> eventIds);

	long countByEventIdAndStatus(long eventId, Participant.Status status);

}
