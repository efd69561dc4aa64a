"""The W3C Nu HTML Checker (vnu.jar) for the tests: fetched once, pinned by version and checksum.

The jar comes from the ``vnu-jar`` package on the npm registry (the checker's own release channel, which the
W3C publishes); only its tarball is downloaded, so neither npm nor Node.js is needed, just Java.
"""

import base64
import hashlib
import io
import json
import shutil
import subprocess
import tarfile
import tempfile
import urllib.request
from pathlib import Path

VERSION = "26.9.27"
URL = f"https://registry.npmjs.org/vnu-jar/-/vnu-jar-{VERSION}.tgz"
INTEGRITY = "sha512-TkQd5DFfOaWC9ebtvozTsrH2Vaod3jYg+vrOeREzIXxBexLz9+rS2DNtjn7+RPUiZhgli0SghgBX6RJRNea0KA=="
JAR = Path(__file__).resolve().parents[2] / "var" / "vnu" / f"vnu-{VERSION}.jar"


def java():
    return shutil.which("java")


def ensure_jar() -> Path:
    if JAR.exists():
        return JAR
    with urllib.request.urlopen(URL, timeout=120) as response:
        tarball = response.read()
    digest = "sha512-" + base64.b64encode(hashlib.sha512(tarball).digest()).decode()
    if digest != INTEGRITY:
        raise RuntimeError(f"vnu-jar {VERSION}: checksum {digest} is not the pinned {INTEGRITY}")
    with tarfile.open(fileobj=io.BytesIO(tarball)) as archive:
        jar = archive.extractfile("package/build/dist/vnu.jar").read()
    JAR.parent.mkdir(parents=True, exist_ok=True)
    partial = JAR.with_suffix(".part")
    partial.write_bytes(jar)
    partial.rename(JAR)
    return JAR


def errors(documents: dict[str, str]) -> list[str]:
    """Check every document ({name: html}) in one run of the checker; its errors as 'name: line: message'."""
    with tempfile.TemporaryDirectory() as folder:
        names = {}
        for index, (name, html) in enumerate(documents.items()):
            path = Path(folder) / f"{index}.html"
            path.write_text(html, encoding="utf-8")
            names[path.name] = name
        result = subprocess.run(
            [java(), "-jar", str(ensure_jar()), "--format", "json", "--errors-only", *map(str, Path(folder).iterdir())],
            capture_output=True,
            text=True,
            timeout=300,
        )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    return [
        f"{names.get(message.get('url', '').rsplit('/', 1)[-1], message.get('url'))}: "
        f"{message.get('lastLine', '?')}: {message['message']}"
        for message in messages
    ]


if __name__ == "__main__":
    print(ensure_jar())
