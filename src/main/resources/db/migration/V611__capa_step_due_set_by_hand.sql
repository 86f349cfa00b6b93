-- A step deadline chosen by hand is kept when the calendar changes; planned ones are recomputed.
ALTER TABLE capa_step ADD COLUMN due_set_by_hand BOOLEAN DEFAULT FALSE NOT NULL;
