/**
 * Dashboards: the portfolio, a programme, a tribe and a project at a glance (stage,
 * health, budget against spending, milestones due, risks, squads' velocity and staffing),
 * each chart drawn from a table that stays on the page, leading to the list behind it and
 * downloadable as CSV. It owns no data: everything is read through the other modules'
 * published APIs, as the reader sees it, so that counts and sums include only what the
 * reader may see.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dashboards")
package org.agilepmo.dashboards;
