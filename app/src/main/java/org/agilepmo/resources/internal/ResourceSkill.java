package org.agilepmo.resources.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One skill of a resource with its proficiency, 1 to 5. */
@Entity
@Table(name = "resources_resource_skill")
public class ResourceSkill {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "resource_id", nullable = false, updatable = false)
	private long resourceId;

	@Column(name = "skill_id", nullable = false, updatable = false)
	private long skillId;

	@Column(nullable = false)
	private int proficiency;

	protected ResourceSkill() {
	}

	ResourceSkill(long resourceId, long skillId, int proficiency) {
		this.resourceId = resourceId;
		this.skillId = skillId;
		this.proficiency = Proficiency.check("proficiency", proficiency);
	}

	void rate(int proficiency) {
		this.proficiency = Proficiency.check("proficiency", proficiency);
	}

	public long resourceId() {
		return this.resourceId;
	}

	public long skillId() {
		return this.skillId;
	}

	public int proficiency() {
		return this.proficiency;
	}

}
