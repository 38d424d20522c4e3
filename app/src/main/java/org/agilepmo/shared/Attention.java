package org.agilepmo.shared;

/**
 * An event any module publishes when something concerns a person (they were mentioned,
 * assigned an item, asked to sign a gate item or to take a decision, or a due date
 * approaches); the workspace turns it into a notification in the person's own language
 * and settings, and will hand it to e-mail when that channel exists. Published inside the
 * writing transaction so that it is kept only when the change commits.
 *
 * @param personId the person it concerns
 * @param about the object it is about
 * @param reason what happened, one of the words the workspace knows: {@code mention},
 * {@code assignment}, {@code sign-off}, {@code decision}, {@code due}, {@code comment}
 * @param byPersonId who caused it, or {@code null} for the platform itself
 */
public record Attention(long personId, ObjectRef about, String reason, Long byPersonId) {

}
