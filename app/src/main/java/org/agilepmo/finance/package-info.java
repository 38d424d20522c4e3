/**
 * Finance: project budgets in approved versions with lines by cost category, rolled up to
 * programmes and portfolios in a reporting currency at dated exchange rates; funding by
 * the regular budget and donors' grants; commitments and actual costs; earned value
 * against the plan's baseline; and donor reporting (IATI). Other modules record
 * commitments through {@link org.agilepmo.finance.CostLedger} and read a project's
 * figures through {@link org.agilepmo.finance.FinanceSummaries}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Finance")
package org.agilepmo.finance;
