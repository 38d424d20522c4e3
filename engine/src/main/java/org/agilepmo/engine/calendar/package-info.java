/**
 * Working calendars: working weeks, holidays and extra working days, and exact O(1)
 * conversion between date-times and working minutes.
 */
package org.agilepmo.engine.calendar;
