/**
 * Demo mode: the demo organisation and its people in every role (the cast every module's
 * demo data refers to), the demo password of each run, and the orchestration that runs
 * each module's own {@link org.agilepmo.shared.DemoContribution} in order. No business
 * module depends on this one; each keeps its demo data in its own package. Active only
 * with {@code pmo.demo.enabled}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.agilepmo.demo;
