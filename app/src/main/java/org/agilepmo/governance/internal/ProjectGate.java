package org.agilepmo.governance.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.portfolio.Stage;
import org.agilepmo.shared.Actor;
import org.agilepmo.shared.Classification;
import org.agilepmo.shared.NotFoundException;
import org.agilepmo.shared.RuleViolationException;

/**
 * The gate a governed project passes to enter a stage: its items copied from the template
 * when the project came under gate governance. Mandatory items must be signed off or
 * waived before the project may enter the stage.
 */
@Entity
@Table(name = "project_gate")
public class ProjectGate {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "project_id", nullable = false, updatable = false)
	private long projectId;

	@Enumerated(EnumType.STRING)
	@Column(name = "target_stage", nullable = false, updatable = false)
	private Stage targetStage;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Classification classification;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	/** Touched by every change to an item, so that the gate's version moves with them. */
	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@JoinColumn(name = "gate_id", nullable = false, updatable = false)
	@OrderBy("position")
	private List<GateItem> items = new ArrayList<>();

	protected ProjectGate() {
	}

	ProjectGate(long projectId, Classification classification, GateTemplate template) {
		this.projectId = projectId;
		this.classification = classification;
		this.targetStage = template.targetStage();
		this.createdAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.updatedAt = this.createdAt;
		int position = 0;
		for (TemplateItem t : template.items()) {
			this.items.add(new GateItem(t, position++));
		}
	}

	/** Signs the item off, with its evidence link and a note. */
	GateItem signOff(String code, String evidenceUrl, String note, Actor who) {
		GateItem item = item(code);
		if (item.status() != GateItemStatus.OPEN) {
			throw new RuleViolationException("status", "governance.error.itemNotOpen",
					"item " + code + " is " + item.status(), code);
		}
		item.close(GateItemStatus.SIGNED_OFF, Evidence.link(evidenceUrl), Evidence.note("note", note, false), who.id(),
				who.displayName(), now());
		this.updatedAt = now();
		return item;
	}

	/** Waives an open item, for the reason given. */
	GateItem waive(String code, String reason, Actor who) {
		GateItem item = item(code);
		if (item.status() != GateItemStatus.OPEN) {
			throw new RuleViolationException("status", "governance.error.itemNotOpen",
					"item " + code + " is " + item.status(), code);
		}
		item.close(GateItemStatus.WAIVED, null, Evidence.note("reason", reason, true), who.id(), who.displayName(),
				now());
		this.updatedAt = now();
		return item;
	}

	/** Opens a signed-off or waived item again (the evidence turned out wrong). */
	GateItem reopen(String code) {
		GateItem item = item(code);
		item.reopen();
		this.updatedAt = now();
		return item;
	}

	GateItem item(String code) {
		return this.items.stream()
			.filter(i -> i.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("gate item", code));
	}

	/** The mandatory items still open. */
	public List<GateItem> blockers() {
		return this.items.stream().filter(GateItem::blocks).toList();
	}

	public boolean isPassable() {
		return blockers().isEmpty();
	}

	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MILLIS);
	}

	List<String> state() {
		return this.items.stream().map(GateItem::state).toList();
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long projectId() {
		return this.projectId;
	}

	public Stage targetStage() {
		return this.targetStage;
	}

	public Classification classification() {
		return this.classification;
	}

	public List<GateItem> items() {
		return List.copyOf(this.items);
	}

}
