/**
 * Events and trainings: conferences, working groups and courses owned by a unit (and
 * optionally a project), their participants from the platform or outside it, registration
 * with a capacity and a waiting list, attendance per session, the evaluation
 * questionnaire, certificates of attendance, and the units' training needs assessments
 * followed up by planned trainings. Seen by the unit's people, the PMO and the
 * participants.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Events and trainings")
package org.agilepmo.events;
