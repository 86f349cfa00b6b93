/**
 * Customer satisfaction (顾客满意度): versioned questionnaires per project type, annual or quarterly campaigns
 * to customers with enough transactions (the customer file's transaction count), personal survey links by
 * e-mail, weighted 0-100 scores in bands, and improvement actions with a reply to the customer, watched by the
 * escalation engine (deadline kinds SURVEY_ACTION and SURVEY_REPLY).
 * <p>Configuration: {@code vocdesk.survey.bands} (lower bounds, default "95,90,80"; a score's band is decided
 * on the score rounded half up to a whole point), {@code vocdesk.survey.action-days} (30),
 * {@code vocdesk.survey.reply-days} (10), {@code vocdesk.survey.remind-days-before} (7) and
 * {@code vocdesk.survey.period-seconds} (900, the reminder timer).
 */
package org.vocdesk.survey;
