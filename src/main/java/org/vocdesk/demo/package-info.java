/**
 * Demo data for trying the application and for screenshots: departments, a user for every role, customers
 * and about 200 complaints over the last 14 months in every stage of their lifecycle. Loaded once at start-up
 * when {@code vocdesk.demo.enabled=true} and the database has no complaints yet, through the complaint
 * entity's own methods so numbers, deadlines and timelines are those the application would have produced.
 */
package org.vocdesk.demo;
