package org.agilepmo.intake;

import org.agilepmo.shared.Classification;

/**
 * A concept note was approved and became the project with the given id. Published inside
 * the approving transaction.
 */
public record ConceptNoteApproved(long noteId, long projectId, Classification classification, long approvedBy) {

}
