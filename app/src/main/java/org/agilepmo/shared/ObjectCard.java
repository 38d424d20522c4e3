package org.agilepmo.shared;

/**
 * What a person may be shown of one object wherever it is mentioned outside its own
 * module (search hits, my work, notifications, comments, the audit trail): its name as
 * people know it, an optional code ({@code INFRA-DC}, {@code CN-2026-004}), the page that
 * shows it, and the project it belongs to when it belongs to one.
 *
 * @param ref the object
 * @param title its name in people's words, never an id
 * @param code a short code people use for it, or {@code null}
 * @param link the path of the page that shows it, starting with {@code /}
 * @param projectId the project it is part of (its own id for a project), or {@code null}
 * @param classification how sensitive it is
 */
public record ObjectCard(ObjectRef ref, String title, String code, String link, Long projectId,
		Classification classification) {

	public ObjectCard {
		if (ref == null || title == null || title.isBlank() || link == null || !link.startsWith("/")) {
			throw new IllegalArgumentException("An object card needs a reference, a title and a link: " + ref);
		}
		classification = classification == null ? Classification.PUBLIC : classification;
	}

	/** The code and the title together, as lists show them. */
	public String label() {
		return this.code == null || this.code.isBlank() ? this.title : this.code + " · " + this.title;
	}

}
