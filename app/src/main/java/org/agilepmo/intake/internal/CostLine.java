package org.agilepmo.intake.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of a cost evaluation: a category, one-off or recurring, and an amount. */
@Embeddable
public record CostLine(@Enumerated(EnumType.STRING) @Column(nullable = false) CostCategory category,
		@Enumerated(EnumType.STRING) @Column(nullable = false) CostKind kind,
		@Column(nullable = false) BigDecimal amount, String description) {

}
