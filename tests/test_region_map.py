"""The offline region map: pure helpers, the boundary file, and the include drawn in Chromium."""

from __future__ import annotations

import json
import re
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from sigap.lib.region_map import (
    GEO_FILES,
    choropleth,
    normalize_code,
    province_of,
    regency_of,
    region_name,
    region_names,
)

ROOT = Path(__file__).resolve().parent.parent
STATIC = ROOT / "sigap" / "static"
PROVINCES = STATIC / GEO_FILES["province"]
LEAFLET = STATIC / "vendor" / "leaflet-1.9.4"
YLGNBU_5 = "#253494"  # bucket 5 in region_map.js
NO_DOCS = "#f2f2f2"  # bucket 0


# --- pure helpers -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "province", "regency"),
    [
        ("33.21.05", "33", "33.21"),
        ("33.21.05.2001", "33", "33.21"),
        ("33.21", "33", "33.21"),
        ("33", "33", None),
        ("3321", "33", "33.21"),  # BPS form, same digits
        ("332105", "33", "33.21"),
        (" 33.74 ", "33", "33.74"),
        (33, "33", None),
        ("", "", None),
        ("Demak", "", None),
        ("33.2", "", None),
        (None, "", None),
        (True, "", None),
    ],
)
def test_province_and_regency_of(code, province, regency):
    assert province_of(code) == province
    assert regency_of(code) == regency


def test_normalize_code():
    assert normalize_code("3321052001") == "33.21.05.2001"
    assert normalize_code("33.21.05") == "33.21.05"
    assert normalize_code("333") == ""


def test_names_come_from_the_gazetteer():
    names = region_names()
    assert names["33"] == "Jawa Tengah"
    assert names["33.21"] == "Kabupaten Demak"
    assert region_name("3374") == "Kota Semarang"
    assert sum(1 for c in names if len(c) == 2) == 38


def test_choropleth_rolls_up_to_provinces():
    out = choropleth({"33.21": 40, "33.21.05": 2, "3374": 5, "33": 1, "35.78": 3})
    assert out == {
        "33": {"count": 48, "name": "Jawa Tengah", "bucket": 5},
        "35": {"count": 3, "name": "Jawa Timur", "bucket": 3},
    }
    assert list(out) == ["33", "35"]  # highest count first


def test_choropleth_rolls_up_to_regencies_and_skips_province_codes():
    out = choropleth({"33.21": 40, "33.21.05": 2, "33.21.05.2001": 1, "33": 9, "3374": 5}, level="regency")
    assert out == {
        "33.21": {"count": 43, "name": "Kabupaten Demak", "bucket": 5},
        "33.74": {"count": 5, "name": "Kota Semarang", "bucket": 3},
    }


def test_choropleth_ignores_unknown_codes_and_bad_counts():
    out = choropleth(
        {"99": 5, "33.99": 4, "Demak": 3, "": 2, None: 1, "11": -1, "12": 2.5, "13": "7", "14": True, "15": 2}
    )
    assert out == {"15": {"count": 2, "name": "Jambi", "bucket": 5}}
    assert choropleth({}) == {}
    with pytest.raises(ValueError, match="level must be one of"):
        choropleth({"33": 1}, level="kecamatan")


def test_zero_counts_are_bucket_zero():
    out = choropleth({"33": 0, "35": 4})
    assert out["33"] == {"count": 0, "name": "Jawa Tengah", "bucket": 0}
    assert out["35"]["bucket"] == 5


def test_bucket_boundaries_are_quintiles():
    codes = ["11", "12", "13", "14", "15", "16", "17", "18", "19", "21"]
    out = choropleth({c: i + 1 for i, c in enumerate(codes)})  # counts 1..10
    assert [out[c]["bucket"] for c in codes] == [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]
    five = choropleth({c: n for c, n in zip(codes, [1, 10, 100, 1000, 10000], strict=False)})
    assert [five[c]["bucket"] for c in codes[:5]] == [1, 2, 3, 4, 5]
    ties = choropleth({"11": 7, "12": 7, "13": 7})
    assert {v["bucket"] for v in ties.values()} == {5}  # equal counts share a bucket
    two = choropleth({"11": 1, "12": 100})
    assert (two["11"]["bucket"], two["12"]["bucket"]) == (3, 5)
    skewed = choropleth({"11": 1, "12": 1, "13": 1, "14": 1, "15": 500})
    assert skewed["15"]["bucket"] == 5 and skewed["11"]["bucket"] == 4


# --- the files ----------------------------------------------------------------------------


def _features():
    return json.loads(PROVINCES.read_text(encoding="utf-8"))["features"]


def test_province_geojson_parses_and_covers_the_gazetteer():
    assert PROVINCES.stat().st_size < 400_000
    features = _features()
    names = region_names()
    primary = [f["properties"]["code"] for f in features]
    assert len(primary) == len(set(primary)) == 33  # Natural Earth: the 33 provinces of 2011
    covered = set()
    for f in features:
        props = f["properties"]
        codes = props["codes"].split()
        assert props["code"] == codes[0]
        assert props["name"] == " / ".join(names[c] for c in codes)
        assert f["geometry"]["type"] in ("Polygon", "MultiPolygon")
        covered.update(codes)
    gazetteer_provinces = {c for c in names if len(c) == 2}
    assert covered == gazetteer_provinces  # all 38, new provinces through their old polygon
    for f in features:  # every coordinate is inside Indonesia's box
        rings = f["geometry"]["coordinates"]
        polys = [rings] if f["geometry"]["type"] == "Polygon" else rings
        for poly in polys:
            for ring in poly:
                for lon, lat in ring:
                    assert 94 < lon < 142 and -12 < lat < 7


def test_vendored_leaflet_is_complete_and_offline():
    js = (LEAFLET / "leaflet.js").read_text(encoding="utf-8")
    css = (LEAFLET / "leaflet.css").read_text(encoding="utf-8")
    assert 'version="1.9.4"' in js
    assert "sourceMappingURL" not in js  # no missing .map for collectstatic
    assert not re.search(r"url\(\s*['\"]?(https?:)?//", css)  # images are local files
    assert (LEAFLET / "LICENSE").exists() and (LEAFLET / "images" / "layers.png").exists()
    assert (STATIC / "geo" / "README.md").exists()


# --- the include in Chromium ----------------------------------------------------------


def _render_page(map_data, geo="province") -> str:
    from django.template import engines
    from django.utils import translation

    page = engines["django"].from_string(
        '<!doctype html><html lang="id"><head><meta charset="utf-8"><title>peta</title></head>'
        '<body><main><h1>Isu</h1>{{ map_data|json_script:"peta-isu-data" }}'
        '{% include "includes/region_map.html" with map_id="peta-isu" data_id="peta-isu-data" '
        "geo=geo data=map_data %}</main></body></html>"
    )
    with translation.override("id"):
        return page.render({"map_data": map_data, "geo": geo})


@pytest.fixture
def site(tmp_path):
    """The page and Sigap's static files from a real http.server on 127.0.0.1."""
    (tmp_path / "static").symlink_to(STATIC, target_is_directory=True)
    handler = partial(SimpleHTTPRequestHandler, directory=str(tmp_path))
    handler.log_message = lambda *a, **k: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.browser
def test_include_draws_the_choropleth_offline(site, page):
    root, url = site
    map_data = choropleth({"33.21": 40, "33.74": 2, "35.78": 3})
    html = _render_page(map_data)
    assert html.count("leaflet.js") == 1 and "<script>" not in html.replace(
        '<script id="peta-isu-data" type="application/json">', ""
    )  # no inline script
    (root / "index.html").write_text(html, encoding="utf-8")

    outside: list[str] = []
    errors: list[str] = []

    def only_local(route):
        if route.request.url.startswith(url):
            route.continue_()
        else:
            outside.append(route.request.url)
            route.abort()

    page.route("**/*", only_local)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(f"{url}/index.html")
    page.wait_for_selector("#peta-isu[data-state=ready]", timeout=15_000)
    assert outside == [] and errors == []

    jateng = page.locator('#peta-isu path[data-code="33"]')
    assert jateng.get_attribute("fill") == YLGNBU_5
    assert jateng.get_attribute("data-count") == "42"
    assert page.locator('#peta-isu path[data-code="11"]').get_attribute("fill") == NO_DOCS
    assert page.locator("#peta-isu path").count() == 33
    assert page.locator("script[data-sigap-leaflet]").count() == 1

    # fitted to the provinces with documents (Java), not all of Indonesia
    assert page.evaluate("document.getElementById('peta-isu').sigapMap.getBounds().contains([-7.3, 110.2])")
    assert not page.evaluate("document.getElementById('peta-isu').sigapMap.getBounds().contains([-4.0, 138.0])")

    # a person points at Central Java and reads the tooltip
    x, y = page.evaluate("""() => {
        const fig = document.getElementById('peta-isu');
        const p = fig.sigapMap.latLngToContainerPoint([-7.35, 110.0]);
        const r = fig.sigapMap.getContainer().getBoundingClientRect();
        return [r.left + p.x, r.top + p.y];
    }""")
    page.mouse.move(x - 5, y - 5)
    page.mouse.move(x, y)
    tooltip = page.locator(".leaflet-tooltip")
    tooltip.wait_for(timeout=5_000)
    assert tooltip.inner_text() == "Jawa Tengah: 42 dokumen"

    legend = page.locator("#peta-isu .region-map-legend")
    assert "Tidak ada dokumen" in legend.inner_text() or "No documents" in legend.inner_text()
    assert page.locator('#peta-isu .region-map-legend-item[data-bucket="5"]').inner_text() == "42"

    rows = page.locator("#peta-isu table tbody tr")
    assert rows.count() == 2
    assert rows.nth(0).inner_text().split("\t") == ["Jawa Tengah", "42"]


@pytest.mark.browser
def test_include_without_counts_shows_all_of_indonesia(site, page):
    root, url = site
    (root / "index.html").write_text(_render_page({}), encoding="utf-8")
    page.goto(f"{url}/index.html")
    page.wait_for_selector("#peta-isu[data-state=ready]", timeout=15_000)
    fills = set(page.eval_on_selector_all("#peta-isu path", "els => els.map(e => e.getAttribute('fill'))"))
    assert fills == {NO_DOCS}
    bounds = "document.getElementById('peta-isu').sigapMap.getBounds()"
    assert page.evaluate(f"{bounds}.contains([-4.0, 138.0]) && {bounds}.contains([4.5, 96.0])")
    assert page.locator("#peta-isu table tbody tr").count() == 1


@pytest.mark.browser
def test_include_at_regency_level_shades_provinces_by_their_regencies(site, page):
    root, url = site
    data = choropleth({"33.21": 40, "33.74": 2, "35.78": 3}, level="regency")
    (root / "index.html").write_text(_render_page(data, geo="regency"), encoding="utf-8")
    page.goto(f"{url}/index.html")
    page.wait_for_selector("#peta-isu[data-state=ready]", timeout=15_000)
    jateng = page.locator('#peta-isu path[data-code="33"]')
    assert (jateng.get_attribute("data-count"), jateng.get_attribute("fill")) == ("42", YLGNBU_5)
    rows = page.locator("#peta-isu table tbody tr")
    assert [rows.nth(i).inner_text().split("\t")[0] for i in range(rows.count())] == [
        "Kabupaten Demak",
        "Kota Surabaya",
        "Kota Semarang",
    ]
