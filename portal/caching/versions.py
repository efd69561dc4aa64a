"""One version per content area; a cached page or part of a page names the versions of what it shows.

A save, delete or many-to-many change of a row in an area gives that area a new version (signals), and so
does ``QuerySet.update()`` through ``ContentQuerySet`` (every shown model's queryset; a house test checks it).
Nothing else bumps by hand. This worker follows a bump at once; the table (``portal.models.ContentVersion``)
gets it after commit. Inside ``batched()`` (the seed, an allocation) each area is bumped once when the block ends.

Each worker trusts its copy of the versions for ``PAGE_CACHE_LOCAL_SECONDS``: a hit then costs no round trip,
and a change made on another worker shows there within that time.
"""

import collections
import contextlib
import contextvars
import hashlib
import threading
import time
import uuid

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import connection, models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.http import urlencode

# App label → area. Apps not listed (portal, outbox, zoeken) show nothing of their own on a public page.
AREAS = {
    "manifest": "manifest",
    "cooperaties": "cooperaties",
    "agenda": "agenda",
    "publicaties": "publicaties",
    "verhalen": "publicaties",
    "uitwisseling": "cooperaties",
    "alliantie": "netwerk",
    "nieuwsbrief": "nieuwsbrief",
    # Questions and offers show on the coöperaties' profiles.
    "vraagaanbod": "cooperaties",
    # Tips for a municipality's page (its cliëntenraad, its poverty policy).
    "gemeenten": "cooperaties",
}
ALL = tuple(sorted(set(AREAS.values())))
# Rows of those apps that never show on a public page: a login (last_login), a sign-up, a correction report,
# a message relayed to a coöperatie.
NEVER_SHOWN = {
    "alliantie.User",
    "alliantie.Membership",
    "cooperaties.ChangeRequest",
    "cooperaties.CorrectionReport",
    "cooperaties.Message",
    "manifest.CbsLink",
    "agenda.WorkshopPreference",
    "agenda.SentReminder",
    "agenda.VoteCode",
    "agenda.Sticker",
    "nieuwsbrief.Subscriber",
    "nieuwsbrief.Consent",
}
_TABLE = "portal_contentversion"  # portal.models.ContentVersion, not imported: this module loads before models
# This worker's copy of the versions and until when it trusts it: read on every request, so a plain value
# (a hit in the local cache would cost as much again as the rest of serving a stored page).
_local = {"versions": None, "until": 0.0}
_batch = contextvars.ContextVar("content_versions_batch", default=None)
# Bumps sent to the shared store by this thread, per area: a thread's transactions follow one another.
_sent = threading.local()


def area_of(model):
    if model._meta.label in NEVER_SHOWN:
        return None
    return AREAS.get(model._meta.app_label)


def current():
    """{area: version} (and "all"): this worker's copy while it trusts it, otherwise read from the table."""
    versions = _local["versions"]
    if versions is not None and time.monotonic() < _local["until"]:
        return versions
    found = _read()
    if len(found) < len(ALL):  # a new database: start versions no page stored earlier can match
        _store({area: uuid.uuid4().hex for area in ALL if area not in found}, replace=False)
        found = _read()
    versions = _with_all(found)
    _trust(versions)
    return versions


def _read():
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT area, version FROM {_TABLE}")
        return dict(cursor.fetchall())


def _store(new, *, replace=True):
    """One statement in autocommit (after the commit that caused it): the row is held for that moment only."""
    conflict = "DO UPDATE SET version = excluded.version" if replace else "DO NOTHING"
    rows = ", ".join(["(%s, %s)"] * len(new))
    with connection.cursor() as cursor:
        cursor.execute(
            f"INSERT INTO {_TABLE} (area, version) VALUES {rows} ON CONFLICT (area) {conflict}",
            [value for pair in sorted(new.items()) for value in pair],
        )


def _trust(versions):
    _local.update(versions=versions, until=time.monotonic() + settings.PAGE_CACHE_LOCAL_SECONDS)


def forget():
    """This worker reads the versions from the shared store again at the next request (tests)."""
    _local.update(versions=None, until=0.0)


def kept(name, areas, compute, *, store="template_fragments"):
    """``compute()``, kept until one of ``areas`` changes (at most FRAGMENT_SECONDS): a lookup a view needs on
    every request, such as a filter's choices or a detail page's row (portal/caching/objects.py)."""
    versions = current()
    content = "|".join(versions[area] for area in areas)
    key = hashlib.blake2b(f"{name}|{content}".encode(), digest_size=16).hexdigest()
    return caches[store].get_or_set(f"kept:{key}", compute, settings.FRAGMENT_SECONDS)


def answers(params):
    """A GET form's answers as one text, for a part of a page kept per set of answers."""
    return urlencode(sorted(params.lists()), doseq=True)


def _with_all(versions):
    versions["all"] = "|".join(versions[area] for area in ALL)  # for what shows every area (the home page)
    return versions


def _follow(new):
    """This worker follows a change without asking the shared store again."""
    known = _local["versions"]
    if known is not None and time.monotonic() < _local["until"]:
        _trust(_with_all({**known, **new}))


def _bump(areas):
    new = {area: uuid.uuid4().hex for area in areas}
    _store(new)
    _follow(new)


def bump(*areas):
    """New versions for ``areas`` (or once at the end of ``batched()``). In this worker at once; in the table
    after commit, so no transaction holds the version's row while it runs, and a page rendered from the old
    rows meanwhile is kept under a version that is never asked for again."""
    pending = _batch.get()
    if pending is not None:
        pending.update(areas)
        return
    _follow({area: uuid.uuid4().hex for area in areas})
    # Many rows deleted in one transaction send a signal each: their callbacks all saw the same generation,
    # so the first one bumps and the others, finding it moved on, do nothing.
    seen = {area: _generations()[area] for area in areas}
    # Robust: the change is committed, a failed bump must not turn its answer into an error page.
    transaction.on_commit(lambda: _bump_unless_done(seen), robust=True)


def _generations():
    if not hasattr(_sent, "generations"):
        _sent.generations = collections.Counter()
    return _sent.generations


def _bump_unless_done(seen):
    generations = _generations()
    areas = [area for area, generation in seen.items() if generations[area] == generation]
    for area in areas:
        generations[area] += 1
    if areas:
        _bump(areas)


@contextlib.contextmanager
def batched():
    """Hold back the bumps of the writes inside the block; one per area when it ends (also when it fails:
    what it committed before the failure must show)."""
    if _batch.get() is not None:
        yield
        return
    token = _batch.set(set())
    try:
        yield
    finally:
        areas = _batch.get()
        _batch.reset(token)
        if areas:
            bump(*areas)


class ContentQuerySet(models.QuerySet):
    """``update()`` sends no signal: it bumps the model's area here, the one place that knows."""

    def update(self, **kwargs):
        rows = super().update(**kwargs)
        area = area_of(self.model)
        if rows and area:
            bump(area)
        return rows


def _changed(sender, **kwargs):
    bump(area_of(sender))


def connect_signals():
    labels = {apps.get_containing_app_config(name).label for name in settings.PORTAL_APPS}
    for model in apps.get_models(include_auto_created=True):
        if model._meta.app_label not in labels or area_of(model) is None:
            continue
        uid = f"content-version:{model._meta.label}"
        post_save.connect(_changed, sender=model, dispatch_uid=f"{uid}:save")
        post_delete.connect(_changed, sender=model, dispatch_uid=f"{uid}:delete")
        # Auto-created models are the through tables of many-to-many fields (a coöperatie's themes).
        if model._meta.auto_created:
            m2m_changed.connect(_changed, sender=model, dispatch_uid=f"{uid}:m2m")
