"""Checks for uploaded documents: PDF, DOCX or ODT only, at most 10 MB, judged by content.

The extension alone proves nothing (an .exe renamed to .pdf keeps its extension), so the
first bytes and, for the zip-based formats, the zip's own description of its content are
checked. No python-magic: the three formats are simple enough to recognise here.
"""

import zipfile
from pathlib import Path

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

MAX_DOCUMENT_SIZE = 10 * 1024 * 1024
ALLOWED_EXTENSIONS = ("pdf", "docx", "odt")

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
# Reading a whole zip member could be a zip bomb; the parts we look at are small.
ZIP_PART_LIMIT = 1024 * 1024

NOT_ALLOWED = _("Dit soort bestand kan niet. Kies een PDF-, Word- (.docx) of OpenDocument-bestand (.odt).")
WRONG_CONTENT = _(
    "De inhoud van dit bestand past niet bij de naam ‘%(name)s’. "
    "Kies een echt PDF-, Word- (.docx) of OpenDocument-bestand (.odt)."
)
MACROS = _(
    "Dit Word-bestand bevat macro's (.docm). Dat kan niet, omdat macro's gevaarlijk kunnen zijn. "
    "Sla het bestand op als gewoon Word-document (.docx) of als PDF."
)


def _read_part(archive, name):
    with archive.open(name) as part:
        return part.read(ZIP_PART_LIMIT)


def _looks_like_pdf(head):
    return head.startswith(b"%PDF-")


def _check_docx(archive):
    names = set(archive.namelist())
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        return MACROS
    if "[Content_Types].xml" not in names or "word/document.xml" not in names:
        return WRONG_CONTENT
    content_types = _read_part(archive, "[Content_Types].xml").decode("utf-8", "replace")
    if "macroEnabled" in content_types:
        return MACROS
    if DOCX_MAIN not in content_types:
        return WRONG_CONTENT
    return None


def _check_odt(archive):
    if "mimetype" not in archive.namelist():
        return WRONG_CONTENT
    if _read_part(archive, "mimetype").strip() != ODT_MIMETYPE:
        return WRONG_CONTENT
    return None


def document_kind(upload):
    """The extension the content really has (pdf, docx or odt), or raise ValidationError."""
    name = Path(getattr(upload, "name", "") or "").name
    extension = Path(name).suffix.lower().lstrip(".")
    if extension == "docm":
        raise ValidationError(MACROS, code="macros")
    if extension not in ALLOWED_EXTENSIONS:
        raise ValidationError(NOT_ALLOWED, code="extension")
    if upload.size > MAX_DOCUMENT_SIZE:
        raise ValidationError(
            _("Dit bestand is %(size)s. Dat is te groot: een bestand mag hoogstens %(max)s zijn."),
            code="too_large",
            params={"size": filesizeformat(upload.size), "max": filesizeformat(MAX_DOCUMENT_SIZE)},
        )

    upload.seek(0)
    head = upload.read(8)
    upload.seek(0)
    problem = None
    if extension == "pdf":
        problem = None if _looks_like_pdf(head) else WRONG_CONTENT
    elif not head.startswith(b"PK\x03\x04"):
        problem = WRONG_CONTENT
    else:
        try:
            with zipfile.ZipFile(upload) as archive:
                problem = _check_docx(archive) if extension == "docx" else _check_odt(archive)
        except (zipfile.BadZipFile, KeyError, OSError, RuntimeError):
            problem = WRONG_CONTENT
        finally:
            upload.seek(0)
    if problem is not None:
        raise ValidationError(problem, code="content", params={"name": name})
    return extension


def validate_document_file(upload):
    # A file stored earlier was checked when it came in; only new uploads are read here.
    if getattr(upload, "_committed", False):
        return
    document_kind(upload)
