/**
 * Customer feedback from intake to closure: recording from every channel (staff form, public page, REST),
 * readable gap-free numbers, triage (validity, major flag, priority, responsible department), working-time
 * deadlines stored on the record (recomputed when a category's deadlines or a calendar change), the
 * lifecycle with its timeline, attachments, the complaint ledger with its CSV/XLSX exports, the home
 * page's work lists and the administration of categories.
 */
package org.vocdesk.complaint;
