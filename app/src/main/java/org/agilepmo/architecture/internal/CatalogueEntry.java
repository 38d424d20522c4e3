package org.agilepmo.architecture.internal;

import java.time.LocalDate;
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
 * A standard, pattern or technology of the catalogue, placed on the radar (ring and
 * quadrant), with the person who owns it, when it is next reviewed and, for a technology,
 * when its support ends.
 */
@Entity
@Table(name = "architecture_catalogue_entry")
public class CatalogueEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EntryKind kind;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Ring ring;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Quadrant quadrant;

	@Column(name = "owner_id")
	private Long ownerId;

	@Column(name = "review_on")
	private LocalDate reviewOn;

	@Column(name = "support_ends_on")
	private LocalDate supportEndsOn;

	private String description;

	protected CatalogueEntry() {
	}

	CatalogueEntry(EntryDraft draft) {
		apply(draft);
	}

	void apply(EntryDraft d) {
		this.name = Texts.required("name", d.name(), 120);
		this.kind = Texts.present("kind", d.kind());
		this.ring = Texts.present("ring", d.ring());
		this.quadrant = Texts.present("quadrant", d.quadrant());
		this.ownerId = d.ownerId();
		this.reviewOn = d.reviewOn();
		this.supportEndsOn = d.supportEndsOn();
		this.description = Texts.optional("description", d.description(), 2000);
	}

	EntryDraft draft() {
		return new EntryDraft(this.name, this.kind, this.ring, this.quadrant, this.ownerId, this.reviewOn,
				this.supportEndsOn, this.description);
	}

	Map<String, Object> state() {
		Map<String, Object> s = new LinkedHashMap<>();
		s.put("name", this.name);
		s.put("kind", this.kind);
		s.put("ring", this.ring);
		s.put("quadrant", this.quadrant);
		s.put("ownerId", this.ownerId);
		s.put("reviewOn", this.reviewOn);
		s.put("supportEndsOn", this.supportEndsOn);
		return s;
	}

	/** Whether a project using it needs a waiver. */
	public boolean isOnHold() {
		return this.ring == Ring.HOLD;
	}

	/** Whether its support ends within the given days of today (or has ended). */
	public boolean supportEndsWithin(LocalDate today, int days) {
		return this.supportEndsOn != null && !this.supportEndsOn.isAfter(today.plusDays(days));
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public String name() {
		return this.name;
	}

	public EntryKind kind() {
		return this.kind;
	}

	public Ring ring() {
		return this.ring;
	}

	public Quadrant quadrant() {
		return this.quadrant;
	}

	public Long ownerId() {
		return this.ownerId;
	}

	public LocalDate reviewOn() {
		return this.reviewOn;
	}

	public LocalDate supportEndsOn() {
		return this.supportEndsOn;
	}

	public String description() {
		return this.description;
	}

}
