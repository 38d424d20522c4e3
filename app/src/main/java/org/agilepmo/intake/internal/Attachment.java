package org.agilepmo.intake.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A link to a supporting document kept in the organisation's document store. */
@Embeddable
public record Attachment(@Column(nullable = false) String label, @Column(nullable = false) String url) {

}
