package org.agilepmo.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A risk seen at assessment: probability and impact from 1 (low) to 5 (high). */
@Embeddable
public record InitialRisk(@Column(nullable = false) String title, @Column(nullable = false) int probability,
		@Column(nullable = false) int impact, String mitigation) {

	/** Probability times impact, 1 to 25. */
	public int exposure() {
		return this.probability * this.impact;
	}

}
