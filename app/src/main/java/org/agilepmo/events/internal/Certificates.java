package org.agilepmo.events.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.agilepmo.shared.Actor;
import org.agilepmo.shared.RuleViolationException;
import org.agilepmo.shared.pdf.PdfDocuments;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Certificates of attendance as PDF, in the participant's language, naming the event, its
 * dates and the hours attended; only for those who attended at least one session, and
 * only for the organisers and the participant themselves. A GET that writes nothing.
 */
@Component
public class Certificates {

	private final EventAccess access;

	private final RegistrationService registrations;

	private final AttendanceService attendance;

	private final EventService events;

	private final PdfDocuments pdf;

	Certificates(EventAccess access, RegistrationService registrations, AttendanceService attendance,
			EventService events, PdfDocuments pdf) {
		this.access = access;
		this.registrations = registrations;
		this.attendance = attendance;
		this.events = events;
		this.pdf = pdf;
	}

	/** A certificate: its file name and bytes. */
	public record Document(String fileName, byte[] bytes) {
	}

	@Transactional(readOnly = true)
	public Document certificate(Actor actor, long participantId) {
		Participant participant = this.registrations.participant(actor, participantId);
		Event event = this.access.visible(actor, participant.eventId());
		boolean self = participant.personId() != null && participant.personId() == actor.id();
		if (!self && !this.access.mayOrganise(actor, event)) {
			throw new AccessDeniedException("a certificate is its participant's and the organisers'");
		}
		Set<Long> attended = this.attendance.attendanceOf(event.id()).getOrDefault(participantId, Set.of());
		if (participant.status() != Participant.Status.REGISTERED || attended.isEmpty()) {
			throw new RuleViolationException("participant", "events.error.notAttended",
					"a certificate is given only to those who attended");
		}
		List<Session> sessions = this.events.sessions(event.id())
			.stream()
			.filter(s -> attended.contains(s.id()))
			.toList();
		BigDecimal hours = sessions.stream().map(Session::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<String, Object> model = new HashMap<>();
		model.put("event", event);
		model.put("participant", participant);
		model.put("sessions", sessions);
		model.put("hours", hours);
		model.put("unitName", this.access.unitName(event.unitId()));
		Locale language = Locale.forLanguageTag(participant.language());
		byte[] bytes = this.pdf.render("events/certificate", model, language);
		return new Document("certificate-" + event.id() + "-" + participant.id() + ".pdf", bytes);
	}

}
