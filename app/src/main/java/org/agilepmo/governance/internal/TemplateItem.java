package org.agilepmo.governance.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * An item of a gate template. A standard item's title comes from the message bundles
 * ({@code governance.item.<code>}); others show the title as written.
 */
@Embeddable
public record TemplateItem(@Column(nullable = false) String code, @Column(nullable = false) String title,
		@Column(nullable = false) boolean standard,
		@Enumerated(EnumType.STRING) @Column(nullable = false) GateItemKind kind,
		@Column(nullable = false) boolean mandatory,
		@Enumerated(EnumType.STRING) @Column(name = "sign_off_role", nullable = false) SignOffRole signOffRole) {

}
