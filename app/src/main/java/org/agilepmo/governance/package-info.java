/**
 * Governance: stage gates with their criteria and deliverables, evidence, sign-offs and
 * waivers; the go-live gate as the readiness checklist; and the roadmap and portfolio
 * dashboard views. A gate with an open mandatory item refuses the stage change through a
 * {@link org.agilepmo.portfolio.StageTransitionGuard}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Governance")
package org.agilepmo.governance;
