package org.agilepmo.meetings.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A meeting, or a series of them when it has a recurrence rule: what it is, what it
 * belongs to, when it starts in its own time zone (local time, kept across
 * daylight-saving changes), the occurrences taken out of the series (EXDATE) or moved,
 * its agenda, participants and minutes.
 */
@Entity
@Table(name = "meetings_meeting")
public class Meeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	private MeetingKind kind;

	@Enumerated(EnumType.STRING)
	@Column(name = "scope_kind")
	private ScopeKind scopeKind;

	@Column(name = "scope_id")
	private long scopeId;

	private String title;

	private String location;

	@Column(name = "time_zone")
	private String timeZone;

	@Column(name = "starts_at")
	private LocalDateTime startsAt;

	@Column(name = "duration_minutes")
	private int durationMinutes;

	private String rrule;

	private String exdates;

	private String moved;

	private String minutes;

	@Column(name = "organiser_id")
	private long organiserId;

	private String uid;

	@Column(name = "sequence_no")
	private int sequence;

	@Column(name = "created_at")
	private Instant createdAt;

	@ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
	@CollectionTable(name = "meetings_agenda_item", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	@Column(name = "title")
	private List<String> agenda = new ArrayList<>();

	@ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
	@CollectionTable(name = "meetings_participant", joinColumns = @JoinColumn(name = "meeting_id"))
	@OrderColumn(name = "position")
	private List<Participant> participants = new ArrayList<>();

	protected Meeting() {
	}

	Meeting(MeetingDraft draft, long organiserId, Instant now) {
		this.scopeKind = draft.scopeKind();
		this.scopeId = draft.scopeId();
		this.organiserId = organiserId;
		this.uid = UUID.randomUUID() + "@agilepmo";
		this.createdAt = now;
		apply(draft);
	}

	void change(MeetingDraft draft) {
		apply(draft);
		this.sequence++;
	}

	private void apply(MeetingDraft d) {
		this.kind = d.kind();
		this.title = d.title().strip();
		this.location = d.location() == null || d.location().isBlank() ? null : d.location().strip();
		this.timeZone = d.timeZone();
		this.startsAt = d.startsAt();
		this.durationMinutes = d.durationMinutes();
		this.rrule = d.rrule() == null || d.rrule().isBlank() ? null : d.rrule().strip();
		this.exdates = d.exdates().isEmpty() ? null
				: d.exdates().stream().sorted().map(LocalDateTime::toString).collect(Collectors.joining(","));
		this.moved = d.moved().isEmpty() ? null
				: d.moved()
					.entrySet()
					.stream()
					.map(e -> e.getKey() + ">" + e.getValue())
					.collect(Collectors.joining(","));
		this.agenda.clear();
		this.agenda.addAll(d.agenda());
		this.participants.clear();
		this.participants.addAll(d.participants());
	}

	void recordMinutes(String markdown) {
		this.minutes = markdown == null || markdown.isBlank() ? null : markdown;
	}

	public MeetingDraft draft() {
		return new MeetingDraft(this.kind, this.scopeKind, this.scopeId, this.title, this.location, this.timeZone,
				this.startsAt, this.durationMinutes, this.rrule, exdates(), moved(), List.copyOf(this.agenda),
				List.copyOf(this.participants));
	}

	public List<LocalDateTime> exdates() {
		return this.exdates == null ? List.of()
				: Arrays.stream(this.exdates.split(",")).map(LocalDateTime::parse).toList();
	}

	/** Moved occurrences: the original local start, and where it went. */
	public Map<LocalDateTime, LocalDateTime> moved() {
		Map<LocalDateTime, LocalDateTime> map = new LinkedHashMap<>();
		if (this.moved != null) {
			for (String pair : this.moved.split(",")) {
				String[] parts = pair.split(">");
				map.put(LocalDateTime.parse(parts[0]), LocalDateTime.parse(parts[1]));
			}
		}
		return map;
	}

	public boolean isSeries() {
		return this.rrule != null;
	}

	public boolean attends(long personId) {
		return this.organiserId == personId
				|| this.participants.stream().anyMatch(p -> p.personId() != null && p.personId() == personId);
	}

	public ZonedDateTime start() {
		return this.startsAt.atZone(zone());
	}

	public ZoneId zone() {
		return ZoneId.of(this.timeZone);
	}

	public String state() {
		return "kind=" + this.kind + ", scope=" + this.scopeKind + ":" + this.scopeId + ", title=" + this.title
				+ ", starts=" + this.startsAt + " " + this.timeZone + ", minutes=" + this.durationMinutes + ", rrule="
				+ this.rrule + ", exdates=" + this.exdates + ", moved=" + this.moved + ", agenda=" + this.agenda
				+ ", participants=" + this.participants;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public MeetingKind kind() {
		return this.kind;
	}

	public ScopeKind scopeKind() {
		return this.scopeKind;
	}

	public long scopeId() {
		return this.scopeId;
	}

	public String title() {
		return this.title;
	}

	public String location() {
		return this.location;
	}

	public String timeZone() {
		return this.timeZone;
	}

	public LocalDateTime startsAt() {
		return this.startsAt;
	}

	public int durationMinutes() {
		return this.durationMinutes;
	}

	public String rrule() {
		return this.rrule;
	}

	public String minutes() {
		return this.minutes;
	}

	public long organiserId() {
		return this.organiserId;
	}

	public String uid() {
		return this.uid;
	}

	public int sequence() {
		return this.sequence;
	}

	public List<String> agenda() {
		return List.copyOf(this.agenda);
	}

	public List<Participant> participants() {
		return List.copyOf(this.participants);
	}

}
