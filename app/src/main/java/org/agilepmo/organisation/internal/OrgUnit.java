package org.agilepmo.organisation.internal;

import java.util.HashSet;
import java.util.Set;

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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.organisation.OrgUnitSummary;
import org.agilepmo.organisation.UnitType;
import org.agilepmo.shared.RuleViolationException;

/**
 * A directorate, operational unit, tribe, squad or competency centre, and its members.
 */
@Entity
@Table(name = "org_unit")
class OrgUnit {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private UnitType type;

	@Column(name = "parent_id")
	private Long parentId;

	private String description;

	@ElementCollection
	@CollectionTable(name = "org_membership", joinColumns = @JoinColumn(name = "unit_id"))
	@Column(name = "account_id")
	private Set<Long> members = new HashSet<>();

	protected OrgUnit() {
	}

	OrgUnit(String code, String name, UnitType type, OrgUnit parent, String description) {
		this.code = code;
		this.type = type;
		rename(name, description);
		placeUnder(parent);
	}

	void rename(String name, String description) {
		this.name = name;
		this.description = description;
	}

	/**
	 * Moves the unit under another; a squad belongs in a tribe, a directorate at the top.
	 */
	void placeUnder(OrgUnit parent) {
		if (!this.type.mayBeChildOf(parent == null ? null : parent.type)) {
			throw new RuleViolationException("parentId", "orgUnit.parent.notAllowed",
					"a " + this.type + " cannot sit under " + (parent == null ? "nothing" : "a " + parent.type),
					this.type, parent == null ? "-" : parent.type);
		}
		this.parentId = parent == null ? null : parent.id;
	}

	boolean addMember(long personId) {
		return this.members.add(personId);
	}

	boolean removeMember(long personId) {
		return this.members.remove(personId);
	}

	public Long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public String code() {
		return this.code;
	}

	public String name() {
		return this.name;
	}

	public UnitType type() {
		return this.type;
	}

	public Long parentId() {
		return this.parentId;
	}

	public String description() {
		return this.description;
	}

	public Set<Long> members() {
		return Set.copyOf(this.members);
	}

	OrgUnitSummary toSummary() {
		return new OrgUnitSummary(this.id, this.code, this.name, this.type, this.parentId);
	}

	Snapshot snapshot() {
		return new Snapshot(this.code, this.name, this.type, this.parentId, this.description, Set.copyOf(this.members));
	}

	record Snapshot(String code, String name, UnitType type, Long parentId, String description, Set<Long> members) {
	}

}
