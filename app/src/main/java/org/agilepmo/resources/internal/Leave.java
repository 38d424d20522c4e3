package org.agilepmo.resources.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Days a resource is away (leave, training, mission), both days included. */
@Entity
@Table(name = "resources_leave")
public class Leave {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "resource_id", nullable = false, updatable = false)
	private long resourceId;

	@Column(name = "first_day", nullable = false, updatable = false)
	private LocalDate firstDay;

	@Column(name = "last_day", nullable = false, updatable = false)
	private LocalDate lastDay;

	private String reason;

	protected Leave() {
	}

	Leave(long resourceId, Period period, String reason) {
		this.resourceId = resourceId;
		this.firstDay = period.first();
		this.lastDay = period.last();
		this.reason = reason == null || reason.isBlank() ? null : reason.strip();
		if (this.reason != null && this.reason.length() > 200) {
			throw new org.agilepmo.shared.RuleViolationException("reason", "resources.error.tooLong",
					"at most 200 characters");
		}
	}

	public long id() {
		return this.id;
	}

	public long resourceId() {
		return this.resourceId;
	}

	public LocalDate firstDay() {
		return this.firstDay;
	}

	public LocalDate lastDay() {
		return this.lastDay;
	}

	public String reason() {
		return this.reason;
	}

}
