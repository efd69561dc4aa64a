"""Small real files of each kind, made in memory, for the upload tests."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile

DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Override PartName="/word/document.xml" ContentType="{main}"/></Types>'
)
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"

PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _zip(parts):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, content in parts.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def pdf(name="brief.pdf"):
    return SimpleUploadedFile(name, PDF_BYTES, content_type="application/pdf")


def docx(name="brief.docx", main=DOCX_MAIN, extra=None):
    parts = {"[Content_Types].xml": DOCX_TYPES.format(main=main), "word/document.xml": "<w:document/>"}
    parts.update(extra or {})
    return SimpleUploadedFile(name, _zip(parts))


def docm(name="brief.docm"):
    return docx(name, main=DOCM_MAIN, extra={"word/vbaProject.bin": b"\x00macro"})


def odt(name="brief.odt"):
    return SimpleUploadedFile(
        name, _zip({"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office:document/>"})
    )


def exe_as_pdf(name="brief.pdf"):
    # A Windows program starts with "MZ"; only the name says PDF.
    return SimpleUploadedFile(name, b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 120, content_type="application/pdf")


def big_pdf(megabytes=20, name="groot.pdf"):
    return SimpleUploadedFile(name, PDF_BYTES + b"0" * (megabytes * 1024 * 1024), content_type="application/pdf")
