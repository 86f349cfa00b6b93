-- Single sign-on with OpenID Connect (issue 8): a user created at their first sign-in is tied to the identity
-- provider's account (issuer and subject), not to their user name, so a provider account can never take over a local
-- account of the same name. Local accounts leave it empty.
ALTER TABLE app_user ADD COLUMN external_subject VARCHAR(400);
CREATE UNIQUE INDEX ux_app_user_external_subject ON app_user (external_subject);
ALTER TABLE app_user_aud ADD COLUMN external_subject VARCHAR(400);
