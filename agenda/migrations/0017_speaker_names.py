"""An event's speakers' names on its own row, kept by PostgreSQL, so the site search reads one stored vector.

Triggers: any write of an event takes the names from the speakers' table (so a save from a copy in memory
that is older than its speakers cannot put back old names), and a speaker added, renamed, moved or removed
rewrites its event's row. Triggers, not signals: ``update()``, ``bulk_create()`` and a restored backup keep them
too. The functions keep the schema they were made in, so they find the tables under any search_path (a restore).
"""

import django.contrib.postgres.search
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("agenda", "0016_open_registration"),
    ]

    operations = [
        migrations.RemoveField(
            model_name="event",
            name="search_lead",
        ),
        migrations.RemoveField(
            model_name="event",
            name="search_rest",
        ),
        migrations.AddField(
            model_name="event",
            name="speaker_names",
            field=models.TextField(blank=True, db_default="", default="", editable=False, verbose_name="sprekers"),
        ),
        migrations.RunSQL(
            sql="""
            CREATE FUNCTION agenda_event_speaker_names() RETURNS trigger LANGUAGE plpgsql
                SET search_path FROM CURRENT AS $$
            BEGIN
                NEW.speaker_names := COALESCE(
                    (SELECT string_agg(name, ' ' ORDER BY "order", id) FROM agenda_speaker WHERE event_id = NEW.id),
                    ''
                );
                RETURN NEW;
            END $$;
            CREATE TRIGGER agenda_event_speaker_names BEFORE INSERT OR UPDATE ON agenda_event
                FOR EACH ROW EXECUTE FUNCTION agenda_event_speaker_names();

            CREATE FUNCTION agenda_speaker_changed() RETURNS trigger LANGUAGE plpgsql
                SET search_path FROM CURRENT AS $$
            BEGIN
                -- The event's own trigger reads the names again.
                UPDATE agenda_event SET speaker_names = ''
                    WHERE id IN (
                        CASE WHEN TG_OP = 'INSERT' THEN NULL ELSE OLD.event_id END,
                        CASE WHEN TG_OP = 'DELETE' THEN NULL ELSE NEW.event_id END
                    );
                RETURN NULL;
            END $$;
            CREATE TRIGGER agenda_speaker_added_or_removed AFTER INSERT OR DELETE ON agenda_speaker
                FOR EACH ROW EXECUTE FUNCTION agenda_speaker_changed();
            -- Only what the names depend on: a new role or talk title leaves the event's row alone.
            CREATE TRIGGER agenda_speaker_changed AFTER UPDATE ON agenda_speaker
                FOR EACH ROW WHEN (
                    OLD.name IS DISTINCT FROM NEW.name
                    OR OLD."order" IS DISTINCT FROM NEW."order"
                    OR OLD.event_id IS DISTINCT FROM NEW.event_id
                )
                EXECUTE FUNCTION agenda_speaker_changed();

            UPDATE agenda_event SET speaker_names = '';
            """,
            reverse_sql="""
            DROP TRIGGER agenda_speaker_changed ON agenda_speaker;
            DROP TRIGGER agenda_speaker_added_or_removed ON agenda_speaker;
            DROP FUNCTION agenda_speaker_changed();
            DROP TRIGGER agenda_event_speaker_names ON agenda_event;
            DROP FUNCTION agenda_event_speaker_names();
            """,
        ),
        migrations.AddField(
            model_name="event",
            name="search_vector",
            field=models.GeneratedField(
                db_persist=True,
                expression=django.contrib.postgres.search.CombinedSearchVector(
                    django.contrib.postgres.search.CombinedSearchVector(
                        django.contrib.postgres.search.CombinedSearchVector(
                            django.contrib.postgres.search.CombinedSearchVector(
                                django.contrib.postgres.search.CombinedSearchVector(
                                    django.contrib.postgres.search.SearchVector(
                                        "title", config="dutch_unaccent", weight="A"
                                    ),
                                    "||",
                                    django.contrib.postgres.search.SearchVector(
                                        "motto", config="dutch_unaccent", weight="A"
                                    ),
                                    django.contrib.postgres.search.SearchConfig("dutch_unaccent"),
                                ),
                                "||",
                                django.contrib.postgres.search.SearchVector(
                                    "city", config="dutch_unaccent", weight="A"
                                ),
                                django.contrib.postgres.search.SearchConfig("dutch_unaccent"),
                            ),
                            "||",
                            django.contrib.postgres.search.SearchVector(
                                "speaker_names", config="dutch_unaccent", weight="A"
                            ),
                            django.contrib.postgres.search.SearchConfig("dutch_unaccent"),
                        ),
                        "||",
                        django.contrib.postgres.search.SearchVector("venue", config="dutch_unaccent", weight="B"),
                        django.contrib.postgres.search.SearchConfig("dutch_unaccent"),
                    ),
                    "||",
                    django.contrib.postgres.search.SearchVector("description", config="dutch_unaccent", weight="C"),
                    django.contrib.postgres.search.SearchConfig("dutch_unaccent"),
                ),
                output_field=django.contrib.postgres.search.SearchVectorField(),
            ),
        ),
    ]
