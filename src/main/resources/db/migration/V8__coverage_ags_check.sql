-- Coverage rows are bulk data (a planner's import may bring a million of them). Their AGS is checked
-- against the Gemeinden by every writer before it writes (import validator, demo generator), and the
-- region table is reference data that is never deleted, so the foreign key to it and the index H2
-- keeps only for that key cost every inserted row two B-tree operations and a lookup for nothing the
-- application does not check more strictly already. Replaced by a format check (decision 0018).
ALTER TABLE coverage DROP CONSTRAINT fk_coverage_region;
DROP INDEX ix_coverage_ags;
ALTER TABLE coverage ADD CONSTRAINT ck_coverage_ags CHECK (REGEXP_LIKE(ags, '^15[0-9]{6}$'));
