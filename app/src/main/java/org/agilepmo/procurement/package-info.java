/**
 * Procurement: tenders with their requirements, weighted criteria, evaluation committee,
 * bids sealed until the opening, each evaluator's scores, the consolidated ranking and
 * the committee's decision with its standstill period; framework agreements with lots,
 * suppliers, a ceiling that call-offs never exceed, and a life cycle from scoping to
 * renewal or closure. A tender serves a project and follows the project's access rule,
 * plus the committee's own rights; an agreement is the PMO's and its managers'.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procurement")
package org.agilepmo.procurement;
