"""Every Indonesian catalog is complete: no entry left untranslated or as a fuzzy guess
(a fuzzy guess is ignored at run time, so the English shows)."""

from pathlib import Path

import polib
import pytest

CATALOGS = sorted(Path(__file__).resolve().parent.parent.joinpath("sigap").glob("**/locale/id/LC_MESSAGES/django.po"))


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: str(p.parent.parent.parent.parent.name))
def test_catalog_is_complete(path):
    catalog = polib.pofile(str(path))
    assert not [e.msgid for e in catalog.fuzzy_entries() if e.msgid]
    assert not [e.msgid for e in catalog.untranslated_entries()]


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: str(p.parent.parent.parent.parent.name))
def test_compiled_catalog_says_what_the_source_says(path):
    source = {e.msgid: e.msgstr for e in polib.pofile(str(path)) if e.msgid and not e.msgid_plural and not e.obsolete}
    compiled = {e.msgid: e.msgstr for e in polib.mofile(str(path.with_suffix(".mo"))) if e.msgid and not e.msgid_plural}
    assert source == compiled
