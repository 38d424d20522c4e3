/**
 * Demo mode: an organisation, its people in every role, and portfolios of projects at
 * different stages, created through the other modules' public services (so they are
 * validated and audited like anything a person does). Active only with
 * {@code pmo.demo.enabled}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.agilepmo.demo;
