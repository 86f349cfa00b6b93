/**
 * Electronic signatures (21 CFR 11 style): a signer re-enters their password and signs a canonical text of
 * some content (a subject: type, id and revision) with a meaning. The SHA-256 of that text is kept with the
 * signature and the text itself is stored once per revision, so a later change of the content, of the stored
 * text or of the signature row is detected (TAMPERED). Other features call {@code boundary.Signatures}.
 */
package org.vocdesk.signature;
