/**
 * Customer reply and closure (谁投诉谁关闭): replies to the customer (channel, text, date; templates in Chinese
 * and English), the customer's confirmation through a single-use, expiring link (confirmed closes, not resolved
 * reopens), their satisfaction with the handling, the closure gates (customer informed, general manager approval
 * of major complaints, signed electronically) and the follow-up check three months after closure, watched by the
 * escalation engine as deadline kind FOLLOW_UP.
 */
package org.vocdesk.closure;
