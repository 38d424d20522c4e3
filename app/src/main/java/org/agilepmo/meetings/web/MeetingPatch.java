package org.agilepmo.meetings.web;

import java.time.LocalDateTime;
import java.util.List;

import org.agilepmo.meetings.internal.MeetingDraft;
import org.agilepmo.meetings.internal.MeetingKind;
import org.agilepmo.meetings.web.MeetingResources.MovedResource;
import org.agilepmo.meetings.web.MeetingResources.ParticipantResource;
import org.agilepmo.web.Patch;

/**
 * A partial change of a meeting or series: the properties sent replace the current ones.
 */
class MeetingPatch extends Patch<MeetingDraft> {

	private MeetingKind kind;

	private String title;

	private String location;

	private String timeZone;

	private LocalDateTime startsAt;

	private Integer durationMinutes;

	private String rrule;

	private List<LocalDateTime> exdates;

	private List<MovedResource> moved;

	private List<String> agenda;

	private List<ParticipantResource> participants;

	public void setKind(MeetingKind kind) {
		mark("kind");
		this.kind = kind;
	}

	public void setTitle(String title) {
		mark("title");
		this.title = title;
	}

	public void setLocation(String location) {
		mark("location");
		this.location = location;
	}

	public void setTimeZone(String timeZone) {
		mark("timeZone");
		this.timeZone = timeZone;
	}

	public void setStartsAt(LocalDateTime startsAt) {
		mark("startsAt");
		this.startsAt = startsAt;
	}

	public void setDurationMinutes(Integer durationMinutes) {
		mark("durationMinutes");
		this.durationMinutes = durationMinutes;
	}

	public void setRrule(String rrule) {
		mark("rrule");
		this.rrule = rrule;
	}

	public void setExdates(List<LocalDateTime> exdates) {
		mark("exdates");
		this.exdates = exdates;
	}

	public void setMoved(List<MovedResource> moved) {
		mark("moved");
		this.moved = moved;
	}

	public void setAgenda(List<String> agenda) {
		mark("agenda");
		this.agenda = agenda;
	}

	public void setParticipants(List<ParticipantResource> participants) {
		mark("participants");
		this.participants = participants;
	}

	@Override
	public MeetingDraft applyTo(MeetingDraft c) {
		return new MeetingDraft(pick("kind", this.kind, c.kind()), c.scopeKind(), c.scopeId(),
				pick("title", this.title, c.title()), pick("location", this.location, c.location()),
				pick("timeZone", this.timeZone, c.timeZone()), pick("startsAt", this.startsAt, c.startsAt()),
				sent("durationMinutes") && this.durationMinutes != null ? this.durationMinutes : c.durationMinutes(),
				pick("rrule", this.rrule, c.rrule()), pick("exdates", this.exdates, c.exdates()),
				sent("moved") ? MeetingResources.moved(this.moved) : c.moved(), pick("agenda", this.agenda, c.agenda()),
				sent("participants")
						? (this.participants == null ? List.of()
								: this.participants.stream().map(ParticipantResource::participant).toList())
						: c.participants());
	}

}
