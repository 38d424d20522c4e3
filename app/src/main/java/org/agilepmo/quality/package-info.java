/**
 * Engineering quality: DORA's four keys (deployment frequency, lead time for changes,
 * change failure rate, time to restore service) per squad and service, computed from
 * deployments, changes and incidents pushed through the API or by GitHub and GitLab
 * webhooks, against the band each tribe aims for; defect counts from the squads'
 * backlogs; and technical audits with findings and corrective actions followed to
 * closure. A squad's figures are its tribe's, the PMO's and the quality overseers'.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Quality")
package org.agilepmo.quality;
