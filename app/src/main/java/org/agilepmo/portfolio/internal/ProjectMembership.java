package org.agilepmo.portfolio.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.agilepmo.portfolio.ProjectRole;

/** One role one person holds on a project. */
@Embeddable
record ProjectMembership(@Column(name = "person_id", nullable = false) long personId,
		@Enumerated(EnumType.STRING) @Column(name = "role", nullable = false) ProjectRole role) {

}
