/**
 * Risk: each project's risk register (threats and opportunities rated on a probability x
 * impact matrix, with every rating change kept), its issues, actions and decision log,
 * rolled up to the portfolio as heat maps and top risks, always through the project's
 * access rule. The register also answers the gate item "risk register reviewed".
 */
@org.springframework.modulith.ApplicationModule(displayName = "Risk")
package org.agilepmo.risk;
