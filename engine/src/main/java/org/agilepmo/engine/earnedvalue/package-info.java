/**
 * Earned value management: the performance measures of the PMI's Practice Standard for
 * Earned Value Management ({@link org.agilepmo.engine.earnedvalue.EarnedValue#measure}),
 * planned value spread linearly over an activity's working time
 * ({@link org.agilepmo.engine.earnedvalue.EarnedValue#plannedValue}), and earned schedule
 * (Lipke, "Schedule is Different", The Measurable News, 2003)
 * ({@link org.agilepmo.engine.earnedvalue.EarnedSchedule}). Money is {@code BigDecimal}
 * in one currency: the caller converts before it asks.
 */
package org.agilepmo.engine.earnedvalue;
