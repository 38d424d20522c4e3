package org.agilepmo.architecture.internal;

import java.util.Set;

import org.agilepmo.shared.Classification;

/** An application as a form or the API sends it. */
public record ApplicationDraft(String code, String name, ApplicationKind kind, Long ownerId, String capability,
		Hosting hosting, Classification classification, String debtRating, String description, Set<Long> technologies,
		Set<Long> projects) {

}
