/**
 * Returns (退换货, 三包: repair, replace, refund) and compensation on a complaint: return requests with their
 * quantities, lab or field-failure analysis, warranty check and warranty cost; compensation claims in product
 * units, approved only within the approver's configurable authority limit (clerk 12, department manager 48,
 * above that the general manager).
 */
package org.vocdesk.returns;
