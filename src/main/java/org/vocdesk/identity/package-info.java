/**
 * Who is who: users, departments with their managers, roles, form login against the database, optional
 * single sign-on with OpenID Connect (roles mapped from the provider's claims), personal API tokens for REST,
 * and the first administrator. Other features ask it for the current user and for
 * the organisation (a department's manager), never for passwords.
 */
package org.vocdesk.identity;
