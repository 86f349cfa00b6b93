/**
 * Escalation of overdue work: rules as data (per kind of deadline and priority, a chain of levels with their
 * delays in working time and a warning before the breach), one stored step per level and deadline, and a thin
 * timer that claims each due step once through the database and hands it to the notification feature.
 * New kinds of deadline plug in as a {@code control.DeadlineSource} without touching the engine. Deadlines
 * whose clock stopped (waiting on the customer) cancel their steps; notices wait for working time; a plan
 * request written with each change lets the timer plan what a crash after commit left unplanned.
 * Supervisors act from their notices (reassign, extend the deadline, take over; acknowledging stops the
 * higher levels), the administrator edits the chains, and every record shows its escalation history.
 */
package org.vocdesk.escalation;
