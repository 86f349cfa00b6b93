/**
 * Working time: business calendars (weekly working hours, public holidays and adjusted working days 调休)
 * kept as data per site, and the engine that turns "2 working days" or "4 working hours" into a due
 * instant. Other features ask {@code control.WorkingCalendars} for a calendar and observe
 * {@code entity.CalendarChanged} to recompute the deadlines they stored.
 */
package org.vocdesk.calendar;
