-- Test-only migration that fails half-way: H2 commits the first DDL statement on its own, the second
-- fails. Netzatlas must put the backup taken before it back (issue 20).
ALTER TABLE app_setting ADD COLUMN half_migrated VARCHAR(10);
ALTER TABLE no_such_table ADD COLUMN never INT;
