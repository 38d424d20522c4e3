/**
 * Comments and attachments on any object of the platform: comments in Markdown, rendered
 * safely, with {@code @mentions} that notify the people mentioned; files kept in the
 * database in versions, their type read from their bytes. Which objects a person may
 * read, comment on and attach to is decided by the module owning the object, through its
 * {@link org.agilepmo.shared.ObjectDirectory}; pages include the thread with one line
 * ({@code discussion/thread :: thread(kind, id)}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Comments and attachments")
package org.agilepmo.discussion;
