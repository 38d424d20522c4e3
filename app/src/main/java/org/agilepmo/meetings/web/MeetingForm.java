package org.agilepmo.meetings.web;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.agilepmo.meetings.internal.Meeting;
import org.agilepmo.meetings.internal.MeetingDraft;
import org.agilepmo.meetings.internal.MeetingKind;
import org.agilepmo.meetings.internal.Participant;
import org.agilepmo.meetings.internal.ScopeKind;
import org.agilepmo.shared.RuleViolationException;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The meeting or series form: one line per agenda item, per exception (a local start such
 * as 2027-03-28T10:00), per moved occurrence ({@code start > new start}) and per external
 * contact ({@code Name <address>}).
 */
public class MeetingForm {

	private long version;

	@NotNull
	private MeetingKind kind = MeetingKind.UNIT_MEETING;

	@NotBlank
	private String scope;

	@NotBlank
	@Size(max = 300)
	private String title;

	@Size(max = 300)
	private String location;

	@NotBlank
	private String timeZone = "Europe/Paris";

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME)
	private LocalDateTime startsAt;

	@NotNull
	private Integer durationMinutes = 60;

	@Size(max = 500)
	private String rrule;

	private String exdates;

	private String moved;

	private String agenda;

	private List<Long> participantIds = new ArrayList<>();

	private String externals;

	static MeetingForm of(Meeting m) {
		MeetingForm f = new MeetingForm();
		f.version = m.version();
		f.kind = m.kind();
		f.scope = m.scopeKind() + ":" + m.scopeId();
		f.title = m.title();
		f.location = m.location();
		f.timeZone = m.timeZone();
		f.startsAt = m.startsAt();
		f.durationMinutes = m.durationMinutes();
		f.rrule = m.rrule();
		f.exdates = String.join("\n", m.exdates().stream().map(LocalDateTime::toString).toList());
		f.moved = String.join("\n", m.moved().entrySet().stream().map(e -> e.getKey() + " > " + e.getValue()).toList());
		f.agenda = String.join("\n", m.agenda());
		f.participantIds = new ArrayList<>(
				m.participants().stream().filter(p -> !p.isExternal()).map(Participant::personId).toList());
		f.externals = String.join("\n",
				m.participants()
					.stream()
					.filter(Participant::isExternal)
					.map(p -> p.name() + " <" + p.email() + ">")
					.toList());
		return f;
	}

	MeetingDraft draft() {
		String[] s = this.scope.split(":");
		ScopeKind scopeKind;
		long scopeId;
		try {
			scopeKind = ScopeKind.valueOf(s[0]);
			scopeId = Long.parseLong(s[1]);
		}
		catch (RuntimeException ex) {
			throw new RuleViolationException("scope", "meetings.error.required", "cannot be left empty");
		}
		List<Participant> participants = new ArrayList<>();
		this.participantIds.stream().distinct().forEach(id -> participants.add(Participant.person(id)));
		for (String line : lines(this.externals)) {
			int open = line.lastIndexOf('<');
			int close = line.lastIndexOf('>');
			if (open <= 0 || close < open) {
				throw new RuleViolationException("externals", "meetings.error.external",
						"write each contact as Name <address>: {0}", line);
			}
			participants
				.add(Participant.external(line.substring(0, open).strip(), line.substring(open + 1, close).strip()));
		}
		List<LocalDateTime> exceptions = new ArrayList<>();
		for (String line : lines(this.exdates)) {
			exceptions.add(dateTime("exdates", line));
		}
		Map<LocalDateTime, LocalDateTime> moves = new LinkedHashMap<>();
		for (String line : lines(this.moved)) {
			String[] parts = line.split(">");
			if (parts.length != 2) {
				throw new RuleViolationException("moved", "meetings.error.moved",
						"write each move as start > new start: {0}", line);
			}
			moves.put(dateTime("moved", parts[0].strip()), dateTime("moved", parts[1].strip()));
		}
		return new MeetingDraft(this.kind, scopeKind, scopeId, this.title, this.location, this.timeZone, this.startsAt,
				this.durationMinutes, this.rrule, exceptions, moves, lines(this.agenda), participants);
	}

	private static LocalDateTime dateTime(String field, String text) {
		try {
			return LocalDateTime.parse(text.strip().replace(' ', 'T'));
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolationException(field, "meetings.error.dateTime",
					"{0} is not a date and time such as 2027-03-28T10:00", text);
		}
	}

	private static List<String> lines(String text) {
		if (text == null) {
			return List.of();
		}
		return text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public MeetingKind getKind() {
		return this.kind;
	}

	public void setKind(MeetingKind kind) {
		this.kind = kind;
	}

	public String getScope() {
		return this.scope;
	}

	public void setScope(String scope) {
		this.scope = scope;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getLocation() {
		return this.location;
	}

	public void setLocation(String location) {
		this.location = location;
	}

	public String getTimeZone() {
		return this.timeZone;
	}

	public void setTimeZone(String timeZone) {
		this.timeZone = timeZone;
	}

	public LocalDateTime getStartsAt() {
		return this.startsAt;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		this.startsAt = startsAt;
	}

	public Integer getDurationMinutes() {
		return this.durationMinutes;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		this.durationMinutes = durationMinutes;
	}

	public String getRrule() {
		return this.rrule;
	}

	public void setRrule(String rrule) {
		this.rrule = rrule;
	}

	public String getExdates() {
		return this.exdates;
	}

	public void setExdates(String exdates) {
		this.exdates = exdates;
	}

	public String getMoved() {
		return this.moved;
	}

	public void setMoved(String moved) {
		this.moved = moved;
	}

	public String getAgenda() {
		return this.agenda;
	}

	public void setAgenda(String agenda) {
		this.agenda = agenda;
	}

	public List<Long> getParticipantIds() {
		return this.participantIds;
	}

	public void setParticipantIds(List<Long> participantIds) {
		this.participantIds = participantIds == null ? new ArrayList<>() : participantIds;
	}

	public String getExternals() {
		return this.externals;
	}

	public void setExternals(String externals) {
		this.externals = externals;
	}

}
