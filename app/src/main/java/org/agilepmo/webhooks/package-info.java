/**
 * Webhooks: endpoints an administrator registers to hear of the platform's facts (the
 * {@link org.agilepmo.shared.PlatformEvent}s any module publishes), delivered signed as
 * the Standard Webhooks specification says, retried with growing delays from the
 * database, logged per endpoint, and sent only to public addresses unless the
 * administrator allows an endpoint's private host.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Webhooks")
package org.agilepmo.webhooks;
