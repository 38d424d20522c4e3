package org.agilepmo.events.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agilepmo.audit.AuditRecord;
import org.agilepmo.audit.AuditTrail;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance per session: the organisers tick who was there among the registered
 * participants; the hours a participant attended are the hours of those sessions.
 */
@Service
public class AttendanceService {

	private final EventAccess access;

	private final EventService events;

	private final Participants participants;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	AttendanceService(EventAccess access, EventService events, Participants participants, AuditTrail audit,
			JdbcClient jdbc) {
		this.access = access;
		this.events = events;
		this.participants = participants;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	/** Records who attended the session: exactly these registered participants. */
	@Transactional
	public void record(Actor actor, long eventId, long sessionId, Collection<Long> participantIds) {
		Event event = this.access.organised(actor, eventId);
		if (event.status() == EventStatus.CANCELLED) {
			throw new RuleViolationException("status", "events.error.cancelled", "the event is cancelled");
		}
		Session session = this.events.sessions(eventId)
			.stream()
			.filter(s -> s.id() == sessionId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException(EventService.SESSION, sessionId));
		Set<Long> registered = new HashSet<>();
		this.participants.findByEventIdAndStatusOrderByRegisteredAtAscIdAsc(eventId, Participant.Status.REGISTERED)
			.forEach(p -> registered.add(p.id()));
		Set<Long> present = new HashSet<>(participantIds == null ? List.of() : participantIds);
		for (Long id : present) {
			if (!registered.contains(id)) {
				throw new RuleViolationException("participantIds", "events.error.notRegistered",
						"only registered participants attend");
			}
		}
		Set<Long> before = attendees(sessionId);
		this.jdbc.sql("delete from events_attendance where session_id = ?").param(sessionId).update();
		for (Long id : present) {
			this.jdbc.sql("insert into events_attendance (session_id, participant_id) values (?, ?)")
				.params(sessionId, id)
				.update();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("sessionId", session.id());
		after.put("participants", present.stream().sorted().toList());
		this.audit.record(new AuditRecord("event.attendance-recorded", EventAccess.EVENT, String.valueOf(eventId),
				Classification.RESTRICTED, null, Map.of("participants", before.stream().sorted().toList()), after));
	}

	@Transactional(readOnly = true)
	public Set<Long> attendees(long sessionId) {
		return new HashSet<>(this.jdbc.sql("select participant_id from events_attendance where session_id = ?")
			.param(sessionId)
			.query(Long.class)
			.list());
	}

	/** For each participant of the event, the sessions they attended. */
	@Transactional(readOnly = true)
	public Map<Long, Set<Long>> attendanceOf(long eventId) {
		Map<Long, Set<Long>> byParticipant = new HashMap<>();
		this.jdbc
			.sql("select a.participant_id, a.session_id from events_attendance a "
					+ "join events_session s on s.id = a.session_id where s.event_id = ?")
			.param(eventId)
			.query((rs, n) -> {
				byParticipant.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
				return null;
			})
			.list();
		return byParticipant;
	}

	/** The hours the participant attended. */
	@Transactional(readOnly = true)
	public BigDecimal hoursAttended(long eventId, long participantId) {
		Set<Long> attended = attendanceOf(eventId).getOrDefault(participantId, Set.of());
		return this.events.sessions(eventId)
			.stream()
			.filter(s -> attended.contains(s.id()))
			.map(Session::hours)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
