package org.agilepmo.intake.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Effort of one skill in one month (period as yyyy-MM), in person-days. */
@Embeddable
public record ResourceEstimate(@Column(nullable = false) String skill, @Column(nullable = false) String period,
		@Column(name = "person_days", nullable = false) BigDecimal personDays) {

}
