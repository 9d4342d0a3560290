-- Test-only migration: simulates a newer Netzatlas release that adds a column.
ALTER TABLE app_setting ADD COLUMN upgrade_marker VARCHAR(10);
