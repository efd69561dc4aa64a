"""Caching on Django's cache framework: the stores (backends.py), versions per content area (versions.py) and
the anonymous page cache (pages.py). Parts of pages use Django's own ``{% cache %}`` tag."""
