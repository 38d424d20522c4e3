package org.agilepmo.resources.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.agilepmo.shared.RuleViolationException;

/**
 * One line of a squad's target composition: how many people with a skill at least at a
 * level the squad should have.
 */
@Entity
@Table(name = "resources_squad_target")
public class SquadTarget {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "squad_id", nullable = false, updatable = false)
	private long squadId;

	@Column(name = "skill_id", nullable = false, updatable = false)
	private long skillId;

	@Column(name = "min_level", nullable = false)
	private int minLevel;

	@Column(nullable = false)
	private int headcount;

	protected SquadTarget() {
	}

	SquadTarget(long squadId, long skillId, int minLevel, int headcount) {
		this.squadId = squadId;
		this.skillId = skillId;
		revise(minLevel, headcount);
	}

	void revise(int minLevel, int headcount) {
		this.minLevel = Proficiency.check("minLevel", minLevel);
		if (headcount < 0 || headcount > 50) {
			throw new RuleViolationException("headcount", "resources.error.headcount", "from 0 to 50 people");
		}
		this.headcount = headcount;
	}

	public long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long squadId() {
		return this.squadId;
	}

	public long skillId() {
		return this.skillId;
	}

	public int minLevel() {
		return this.minLevel;
	}

	public int headcount() {
		return this.headcount;
	}

}
