/**
 * Notifications: what concerns a person (mentioned, assigned, asked to sign off or
 * decide, a date due, a comment after theirs), kept from the
 * {@link org.agilepmo.shared.Attention} events any module publishes, delivered through
 * the {@link NotificationChannel}s the person keeps on, and shown to them only while the
 * object's own module lets them see it. Other modules read a person's latest
 * notifications through {@link Inbox}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications")
package org.agilepmo.notification;
