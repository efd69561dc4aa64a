"""A database guard: at commit, the waiting list of every event touched is numbered 1..n, no gaps.

A constraint trigger, deferred to the end of the transaction, so that the services may renumber many
rows in one go; a deletion that bypasses the services (a cascade, raw SQL) fails instead of leaving
the list numbered 1, 2, 4, 5.
"""

from django.db import migrations

CREATE = """
CREATE FUNCTION agenda_waitlist_without_gaps() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    target bigint := COALESCE(NEW.event_id, OLD.event_id);
    waiting integer;
    highest integer;
BEGIN
    SELECT count(*), COALESCE(max(waitlist_position), 0) INTO waiting, highest
    FROM agenda_registration WHERE event_id = target AND status = 'wachtlijst';
    IF waiting <> highest THEN
        RAISE EXCEPTION 'De wachtlijst van activiteit % heeft gaten (% wachtenden, hoogste plaats %)',
            target, waiting, highest USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    RETURN NULL;
END;
$$;
CREATE CONSTRAINT TRIGGER agenda_waitlist_without_gaps
    AFTER INSERT OR UPDATE OF status, waitlist_position, event_id OR DELETE ON agenda_registration
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION agenda_waitlist_without_gaps();
"""

DROP = """
DROP TRIGGER IF EXISTS agenda_waitlist_without_gaps ON agenda_registration;
DROP FUNCTION IF EXISTS agenda_waitlist_without_gaps();
"""


class Migration(migrations.Migration):
    dependencies = [("agenda", "0003_event_year_from_date")]

    operations = [migrations.RunSQL(CREATE, DROP)]
