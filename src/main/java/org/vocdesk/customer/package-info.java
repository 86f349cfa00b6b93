/**
 * The customer file (顾客档案): who our customers are, how to reach them and how many transactions they had
 * with us (survey eligibility needs it). Staff search and edit it, clerks import it from a CSV file, and
 * other features read it through {@link org.vocdesk.customer.control.CustomerDirectory}.
 */
package org.vocdesk.customer;
