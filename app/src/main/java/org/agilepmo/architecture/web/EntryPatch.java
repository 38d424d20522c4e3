package org.agilepmo.architecture.web;

import java.time.LocalDate;

import org.agilepmo.architecture.internal.EntryDraft;
import org.agilepmo.architecture.internal.EntryKind;
import org.agilepmo.architecture.internal.Quadrant;
import org.agilepmo.architecture.internal.Ring;
import org.agilepmo.web.Patch;

/** A partial change of a catalogue entry: the properties sent are changed. */
class EntryPatch extends Patch<EntryDraft> {

	private String name;

	private EntryKind kind;

	private Ring ring;

	private Quadrant quadrant;

	private Long ownerId;

	private LocalDate reviewOn;

	private LocalDate supportEndsOn;

	private String description;

	public void setName(String name) {
		mark("name");
		this.name = name;
	}

	public void setKind(EntryKind kind) {
		mark("kind");
		this.kind = kind;
	}

	public void setRing(Ring ring) {
		mark("ring");
		this.ring = ring;
	}

	public void setQuadrant(Quadrant quadrant) {
		mark("quadrant");
		this.quadrant = quadrant;
	}

	public void setOwnerId(Long ownerId) {
		mark("ownerId");
		this.ownerId = ownerId;
	}

	public void setReviewOn(LocalDate reviewOn) {
		mark("reviewOn");
		this.reviewOn = reviewOn;
	}

	public void setSupportEndsOn(LocalDate supportEndsOn) {
		mark("supportEndsOn");
		this.supportEndsOn = supportEndsOn;
	}

	public void setDescription(String description) {
		mark("description");
		this.description = description;
	}

	@Override
	public EntryDraft applyTo(EntryDraft c) {
		return new EntryDraft(pick("name", this.name, c.name()), pick("kind", this.kind, c.kind()),
				pick("ring", this.ring, c.ring()), pick("quadrant", this.quadrant, c.quadrant()),
				pick("ownerId", this.ownerId, c.ownerId()), pick("reviewOn", this.reviewOn, c.reviewOn()),
				pick("supportEndsOn", this.supportEndsOn, c.supportEndsOn()),
				pick("description", this.description, c.description()));
	}

}
