"""The project: settings (a package), the root URLconf, and the WSGI and ASGI entry points."""
