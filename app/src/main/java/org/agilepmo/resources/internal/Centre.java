package org.agilepmo.resources.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A competency centre (an organisation unit of type competency centre) as the resources
 * module knows it: who heads it. The head answers the centre's staffing requests and
 * manages its people's profiles; an administrator names them.
 */
@Entity
@Table(name = "resources_centre")
public class Centre {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "unit_id", nullable = false, updatable = false)
	private long unitId;

	@Column(name = "head_person_id")
	private Long headPersonId;

	protected Centre() {
	}

	Centre(long unitId) {
		this.unitId = unitId;
	}

	void headedBy(Long personId) {
		this.headPersonId = personId;
	}

	public long id() {
		return this.id;
	}

	public long version() {
		return this.version;
	}

	public long unitId() {
		return this.unitId;
	}

	public Long headPersonId() {
		return this.headPersonId;
	}

}
