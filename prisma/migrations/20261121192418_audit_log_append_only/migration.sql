-- AuditLog is append-only (ARCHITECTURE.md §6): rows may be inserted, never changed or
-- removed, whatever the client. Prisma's schema cannot express triggers, so they live here;
-- the engine's drift check ignores functions and triggers.

CREATE FUNCTION "audit_log_refuse_change"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditLog is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'P0001',
          HINT = 'Record a correcting entry with a new INSERT instead.';
END;
$$;

-- Row-level: refuses every UPDATE and DELETE, one row at a time.
CREATE TRIGGER "AuditLog_refuse_update_delete"
BEFORE UPDATE OR DELETE ON "AuditLog"
FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"();

-- Statement-level: TRUNCATE fires no row triggers.
CREATE TRIGGER "AuditLog_refuse_truncate"
BEFORE TRUNCATE ON "AuditLog"
FOR EACH STATEMENT EXECUTE FUNCTION "audit_log_refuse_change"();
