/**
 * What every feature stands on: the clock, configuration, the datasource and its Flyway migrations, the
 * one business exception and how it reaches users (problem+json for REST, translated messages for JSF),
 * and the translated texts themselves.
 */
package org.vocdesk.platform;
