/**
 * Reporting: each project's status reports on its portfolio's cadence (health per
 * dimension with its reason, the figures the other modules publish, kept as they were
 * when submitted), their review and publication, and the deviations that the portfolio's
 * thresholds raise, each followed to closure through a remediation plan. Always through
 * the project's access rule.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package org.agilepmo.reporting;
