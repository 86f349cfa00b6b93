-- A new complaint is inserted without its number and numbered as its transaction commits (ComplaintNumbers): the
-- month's counter row is then locked only for the last statements. Outside that transaction every complaint has one.
ALTER TABLE complaint ALTER COLUMN number DROP NOT NULL;
