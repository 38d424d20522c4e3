package org.agilepmo.events.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A skill or topic of an assessment, and the follow-up of the need it reveals: a training
 * planned for it (an event of the unit) and how far that has gone.
 */
@Entity
@Table(name = "events_needs_topic")
public class NeedsTopic {

	/** How far the follow-up of a need has gone. */
	public enum FollowUp {

		OPEN, PLANNED, DELIVERED, DROPPED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "campaign_id", nullable = false, updatable = false)
	private long campaignId;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(name = "follow_up", nullable = false)
	private FollowUp followUp;

	@Column(name = "planned_event_id")
	private Long plannedEventId;

	@Column(name = "follow_up_note")
	private String followUpNote;

	protected NeedsTopic() {
	}

	NeedsTopic(long campaignId, String name) {
		this.campaignId = campaignId;
		this.name = name.strip();
		this.followUp = FollowUp.OPEN;
	}

	void followUp(FollowUp status, Long plannedEventId, String note) {
		this.followUp = status;
		this.plannedEventId = plannedEventId;
		this.followUpNote = (note == null || note.isBlank()) ? null : note.strip();
	}

	Map<String, Object> state() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("name", this.name);
		s.put("followUp", this.followUp);
		s.put("plannedEventId", this.plannedEventId);
		s.put("note", this.followUpNote);
		return s;
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long campaignId() {
		return this.campaignId;
	}

	public String name() {
		return this.name;
	}

	public FollowUp followUp() {
		return this.followUp;
	}

	public Long plannedEventId() {
		return this.plannedEventId;
	}

	public String followUpNote() {
		return this.followUpNote;
	}

}
