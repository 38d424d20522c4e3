package org.agilepmo.delivery.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One line of an item's definition-of-ready or definition-of-done checklist. */
@Embeddable
public record CheckItem(@Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false) CheckKind kind,
		@Column(name = "text", nullable = false) String text,
		@Column(name = "checked", nullable = false) boolean checked) {

}
