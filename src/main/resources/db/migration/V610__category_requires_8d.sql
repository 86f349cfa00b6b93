-- Product problems need an 8D report (IATF 16949) before a valid complaint may close.
ALTER TABLE complaint_category ADD COLUMN requires_8d BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE complaint_category SET requires_8d = TRUE WHERE code = 'PRODUCT_QUALITY';
