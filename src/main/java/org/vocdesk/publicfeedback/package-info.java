/**
 * The public feedback page and API for customers without a login: a form in Chinese and English that
 * records a complaint on the web-form channel, with spam protection that needs no outside service
 * (honeypot field, minimum fill time, submissions per client address) and an acknowledgement number.
 */
package org.vocdesk.publicfeedback;
