-- Which complaints a handler or department manager sees: those of their own department (and those assigned to
-- them), or all when the administrator widens the scope. Roles that watch the whole process see all regardless.
ALTER TABLE app_user ADD COLUMN complaint_scope VARCHAR(20) DEFAULT 'OWN_DEPARTMENT' NOT NULL;
