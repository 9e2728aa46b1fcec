"""The OpenAPI schema is published with descriptions; the docs page works offline (vendored Swagger UI)."""

import re

import pytest
from django.contrib.staticfiles import finders


def test_openapi_schema_is_published_with_descriptions(client, db):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    schema = response.json()
    assert schema["info"]["title"] == "Sigap API" and "Authorization: Bearer" in schema["info"]["description"]
    operations = {
        (method.upper(), path): operation
        for path, item in schema["paths"].items()
        for method, operation in item.items()
    }
    assert set(operations) == {
        ("GET", "/api/v1/documents/"),
        ("GET", "/api/v1/documents/{document_id}"),
        ("POST", "/api/v1/documents/{document_id}/corrections"),
        ("POST", "/api/v1/documents/{document_id}/corrections/{correction_id}/undo"),
        ("GET", "/api/v1/sources/"),
        ("POST", "/api/v1/sources/"),
        ("GET", "/api/v1/sources/{source_id}"),
        ("PATCH", "/api/v1/sources/{source_id}"),
        ("GET", "/api/v1/watchlists/"),
        ("POST", "/api/v1/watchlists/"),
        ("GET", "/api/v1/watchlists/{watchlist_id}"),
        ("PATCH", "/api/v1/watchlists/{watchlist_id}"),
        ("DELETE", "/api/v1/watchlists/{watchlist_id}"),
        ("POST", "/api/v1/sources/{source_id}/imports"),
        ("GET", "/api/v1/sources/{source_id}/imports"),
        ("GET", "/api/v1/imports/{job_id}"),
        ("GET", "/api/v1/imports/{job_id}/rejected"),
        ("GET", "/api/v1/ppid/tenggat"),
        ("GET", "/api/v1/ppid/requests"),
        ("GET", "/api/v1/ppid/requests/{request_id}"),
        ("GET", "/api/v1/issues/"),
        ("GET", "/api/v1/issues/{issue_id}"),
    }
    public = {("GET", "/api/v1/ppid/tenggat")}  # the deadline calculator needs no login
    for key, operation in operations.items():
        assert operation.get("summary"), key
        if key in public:
            assert "422" in operation["responses"] and not operation.get("security"), key
            continue
        assert {"401", "404", "422"} <= set(operation["responses"]), key
        assert operation["security"], key
        if key[0] != "GET":
            assert "403" in operation["responses"], key
    schemes = schema["components"]["securitySchemes"]
    assert {"type": "http", "scheme": "bearer"}.items() <= schemes["TokenAuth"].items()
    q = next(p for p in operations[("GET", "/api/v1/documents/")]["parameters"] if p["name"] == "q")
    assert "watchlist syntax" in q["description"]


def test_docs_page_loads_nothing_from_outside(client, db):
    response = client.get("/api/v1/docs")
    assert response.status_code == 200
    html = response.content.decode()
    inline_scripts = re.findall(r"<script(?![^>]*\b(?:src=|type=\"application/json\"))[^>]*>", html)
    assert inline_scripts == []  # the settings are JSON data, the code comes from static files
    assert not re.search(r"(https?:)?//[a-z0-9.-]+\.[a-z]{2,}", html, re.I), "the page refers to another server"
    assets = re.findall(r'(?:src|href)="([^"]+)"', html)
    assert len(assets) == 3
    for asset in assets:
        assert asset.startswith("/static/"), asset
        assert finders.find(asset.removeprefix("/static/")), asset
    assert '"validatorUrl": null' in html  # Swagger UI would otherwise call validator.swagger.io
    assert '"url": "/api/v1/openapi.json"' in html


def test_vendored_swagger_ui_has_its_licence():
    for name in ("swagger-ui-bundle.js", "swagger-ui.css", "LICENSE", "NOTICE"):
        assert finders.find(f"vendor/swagger-ui-5.35.0/{name}"), name


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_docs_work_in_chromium_offline_with_the_login_session(live_server, analyst, source, browser):
    from urllib.parse import urlsplit

    from helpers.users import PASSWORD

    requested = []
    page = browser.new_page()
    page.on("request", lambda request: requested.append(request.url))
    page.goto(f"{live_server.url}/masuk/")
    page.fill("#id_username", analyst.username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_load_state()

    page.goto(f"{live_server.url}/api/v1/docs")
    page.wait_for_selector(".opblock")
    assert page.locator(".opblock").count() == 22
    # "Try it out" on GET /sources/ with the session: the seeded source comes back.
    page.click("#operations-sources-sources_list .opblock-summary")
    page.click("text=Try it out")
    page.click("button.execute")
    live = page.locator(".live-responses-table tr.response")
    live.first.wait_for()
    assert live.first.locator(".response-col_status").inner_text().strip() == "200"
    assert "X Demak" in live.first.locator(".highlight-code").inner_text()
    # A write from the page carries the CSRF token the docs page hands to Swagger UI.
    status = page.evaluate(
        """() => fetch("/api/v1/watchlists/", {method: "POST", headers: {"Content-Type": "application/json",
             "X-CSRFToken": document.body.dataset.csrfToken},
             body: JSON.stringify({name: "Dari dokumentasi", query: "banjir"})}).then(r => r.status)"""
    )
    assert status == 201
    outside = [url for url in requested if urlsplit(url).netloc != urlsplit(live_server.url).netloc]
    assert outside == []


def test_api_root_leads_to_the_docs_and_unknown_paths_answer_json(client, db):
    response = client.get("/api/v1/")
    assert response.status_code == 302 and response["Location"] == "/api/v1/docs"
    response = client.get("/api/v1/tidak-ada/")
    assert response.status_code == 404 and response.json() == {"detail": "Tidak ditemukan."}
    assert client.get("/api/v1/tidak-ada/", HTTP_ACCEPT_LANGUAGE="en").json() == {"detail": "Not found."}


def test_missing_final_slash_is_redirected_keeping_the_method(client, db):
    response = client.get("/api/v1/sources?page=2")
    assert response.status_code == 308 and response["Location"] == "/api/v1/sources/?page=2"
    assert client.post("/api/v1/watchlists", {}).status_code == 308
