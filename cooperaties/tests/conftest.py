import pytest

from cooperaties import municipalities


@pytest.fixture
def gemeenten(db):
    """CBS's municipalities, loaded from the data file as `manage.py load_gemeenten` does."""
    municipalities.load()
