-- coopdesk: reader, editor and administrator roles (coopdesk_*).
-- Run by the owner of the coopdesk database, connected to it:
--   psql -d coopdesk -f coopdesk-roles.sql
-- then give each login one role:  GRANT coopdesk_editor TO marie;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'coopdesk_reader') THEN CREATE ROLE "coopdesk_reader" NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'coopdesk_editor') THEN CREATE ROLE "coopdesk_editor" NOLOGIN; END IF; END $$;
DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'coopdesk_admin') THEN CREATE ROLE "coopdesk_admin" NOLOGIN; END IF; END $$;
-- An editor is also a reader, an administrator also an editor.
GRANT "coopdesk_reader" TO "coopdesk_editor";
GRANT "coopdesk_editor" TO "coopdesk_admin";
DO $$ BEGIN EXECUTE format('GRANT CONNECT ON DATABASE %I TO "coopdesk_reader"', current_database());
END $$;
GRANT USAGE ON SCHEMA "public" TO "coopdesk_reader";
-- A reader reads everything.
GRANT SELECT ON ALL TABLES IN SCHEMA "public" TO "coopdesk_reader";
-- An editor writes the records and adds to the change log, never changes it.
GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA "public" TO "coopdesk_editor";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA "public" TO "coopdesk_editor";
REVOKE UPDATE, DELETE ON "public".change_log FROM "coopdesk_editor";
REVOKE INSERT, UPDATE, DELETE ON "public".alembic_version FROM "coopdesk_editor";
-- An administrator may also change or empty the change log (erasure, restore) and
-- set where numbering goes on after a restore.
GRANT UPDATE, DELETE, TRUNCATE ON "public".change_log TO "coopdesk_admin";
GRANT UPDATE ON ALL SEQUENCES IN SCHEMA "public" TO "coopdesk_admin";
-- Tables that later upgrades add (made by the owner) get the same grants.
ALTER DEFAULT PRIVILEGES IN SCHEMA "public" GRANT SELECT ON TABLES TO "coopdesk_reader";
ALTER DEFAULT PRIVILEGES IN SCHEMA "public" GRANT INSERT, UPDATE, DELETE ON TABLES TO "coopdesk_editor";
ALTER DEFAULT PRIVILEGES IN SCHEMA "public" GRANT USAGE, SELECT ON SEQUENCES TO "coopdesk_editor";
ALTER DEFAULT PRIVILEGES IN SCHEMA "public" GRANT UPDATE ON SEQUENCES TO "coopdesk_admin";
