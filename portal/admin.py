"""The portal's own admin pages for shared things: the audit trail (portal/audit_admin.py)."""

import auditlog.admin  # noqa: F401 -- registers auditlog's own page first, which is replaced below
from auditlog.models import LogEntry
from django.contrib import admin

from portal.audit_admin import ReadableLogEntryAdmin

admin.site.unregister(LogEntry)
admin.site.register(LogEntry, ReadableLogEntryAdmin)
