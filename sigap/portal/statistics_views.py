"""Public statistics of the information service, per office or office tree, and the same figures as open data.

The figures come from sigap.ppid.stats (one definition with the laporan layanan, Perki 1/2021 Pasal 56)
and the IKM from sigap.ppid.ikm. Only counts are published; no requester is named or described.
Columns and keys: docs/ppid.md, Public statistics.
"""

from __future__ import annotations

import csv
import io
from datetime import date

from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from sigap.core.models import Office
from sigap.ppid import ikm
from sigap.ppid.models import Outcome, Pasal17
from sigap.ppid.stats import BULAN, compute, compute_year, month_bounds, office_ids

#: The open-data figures, in column order, with the page's label. Keys are stable: add, never rename.
FIELDS = (
    ("received", _("Requests received")),
    ("answered", _("Answered (written notice issued)")),
    ("answered_on_time", _("Answered within the legal deadline (incl. extension)")),
    ("median_working_days", _("Median working days to the written notice")),
    ("extended", _("Deadline extended")),
    ("granted", _("Granted")),
    ("partly_granted", _("Partly granted")),
    ("refused", _("Refused")),
    ("not_held", _("Not held by this body")),
    ("not_documented", _("Not yet documented")),
    ("withdrawn", _("Withdrawn by the requester")),
    ("still_open", _("Still being processed")),
    ("objections", _("Objections")),
    ("disputes", _("Disputes at the Komisi Informasi")),
)
#: The refusals by exemption ground (UU KIP Pasal 17 a–j), after FIELDS in the data files.
GROUND_FIELDS = tuple((f"refused_pasal17_{value}", label) for value, label in Pasal17.choices)
CSV_COLUMNS = (
    "office",
    "scope",
    "period",
    "period_start",
    "period_end",
    *(key for key, _label in FIELDS + GROUND_FIELDS),
)
MONTH_FIELDS = ("received", "answered", "answered_on_time", "median_working_days", "refused", "objections", "disputes")


def flat(f: dict) -> dict:
    """The open-data figures of one period, from a sigap.ppid.stats figure set."""
    return {
        "received": f["total"],
        "answered": f["notified"],
        "answered_on_time": f["on_time"],
        "median_working_days": f["notice_median"],
        "extended": f["extensions"],
        **{value: f["outcome_counts"][value] for value in Outcome.values},
        "withdrawn": f["withdrawn"],
        "still_open": f["open"],
        "objections": f["objections"],
        "disputes": f["disputes"],
        **{f"refused_pasal17_{g}": n for g, n in f["refusal_ground_counts"].items()},
    }


def _year(request) -> int:
    this_year = timezone.localdate().year
    try:
        year = int(request.GET.get("tahun", this_year))
    except ValueError:
        return this_year
    return year if 2008 <= year <= this_year + 1 else this_year  # UU KIP is of 2008


def _statistics(request, slug: str) -> dict:
    office = get_object_or_404(Office, slug=slug)
    year = _year(request)
    tree = request.GET.get("lingkup") == "pohon"
    ids = office_ids(office, tree=tree)
    figures, months = compute_year(office, year, tree=tree)
    start, end = date(year, 1, 1), date(year, 12, 31)
    by_office = []
    if tree:
        for member in Office.objects.filter(id__in=ids).order_by("name"):
            row = flat(compute(member, start, end))
            if any(row[key] for key in ("received", "objections", "disputes")):
                by_office.append((member, row))
    return {
        "office": office,
        "year": year,
        "tree": tree,
        "has_children": Office.objects.filter(parent=office).exists(),
        "start": start,
        "end": end,
        "figures": figures,
        "year_row": flat(figures),
        "months": [
            (f"{BULAN[a.month - 1]} {year}", a, b, flat(f))
            for (a, b), f in zip(month_bounds(year), months, strict=True)
        ],
        "by_office": by_office,
        "ikm": ikm.summarise(ids, start, end),
    }


def statistics_page(request, slug: str):
    data = _statistics(request, slug)
    fields = [(key, label, data["year_row"][key]) for key, label in FIELDS]
    grounds = [(key, label, data["year_row"][key]) for key, label in GROUND_FIELDS]
    month_cells = [(label, [row[key] for key in MONTH_FIELDS]) for label, _a, _b, row in data["months"]]
    years = range(timezone.localdate().year, 2007, -1)
    return render(
        request,
        "portal/statistics.html",
        {
            **data,
            "fields": fields,
            "grounds": grounds,
            "month_cells": month_cells,
            "years": years,
            "ikm_elements": data["ikm"]["elements"],
        },
    )


def _period(key: str, start: date, end: date) -> dict:
    return {"period": key, "period_start": start.isoformat(), "period_end": end.isoformat()}


def statistics_json(request, slug: str):
    data = _statistics(request, slug)
    office, year = data["office"], data["year"]
    body = {
        "office": {"slug": office.slug, "name": office.name},
        "scope": "tree" if data["tree"] else "office",
        "offices": sorted(
            Office.objects.filter(id__in=office_ids(office, tree=data["tree"])).values_list("slug", flat=True)
        ),
        "year": year,
        "period_start": data["start"].isoformat(),
        "period_end": data["end"].isoformat(),
        "generated_at": timezone.now().isoformat(),
        "figures": data["year_row"],
        "months": [{**_period(a.strftime("%Y-%m"), a, b), **row} for _label, a, b, row in data["months"]],
        "by_office": [{"office": o.slug, "name": o.name, **row} for o, row in data["by_office"]],
        "annual_report": _annual(data["figures"]),
        "ikm": {
            "respondents": data["ikm"]["respondents"],
            "value": data["ikm"]["value"],
            "category": data["ikm"]["category"],
            "elements": {key: avg for key, _label, avg in data["ikm"]["elements"]},
        },
    }
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False, "indent": 1})
    response["Access-Control-Allow-Origin"] = "*"  # open data: any site may read it
    return response


def _annual(f: dict) -> dict:
    """The laporan layanan figures (Perki 1/2021 Pasal 56) with the choice values as keys."""
    keys = ("total", "notified", "open", "extensions", "withdrawn", "disability", "objections", "disputes")
    return {
        **{key: f[key] for key in keys},
        **{key: f[key] for key in ("notice_median", "notice_max", "delivery_median", "delivery_max")},
        **{key: f[key] for key in ("on_time", "on_time_10", "on_time_17")},
        "costs": int(f["costs"]),
        "by_channel": f["channel_counts"],
        "by_requester_kind": f["kind_counts"],
        "outcomes": f["outcome_counts"],
        "refusal_grounds": f["refusal_ground_counts"],
        "objection_grounds": f["objection_ground_counts"],
        "objection_statuses": f["objection_status_counts"],
        "dispute_results": f["dispute_result_counts"],
    }


def statistics_csv(request, slug: str):
    data = _statistics(request, slug)
    office, year = data["office"], data["year"]
    scope = "tree" if data["tree"] else "office"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()

    def row(slug_, scope_, period, values):
        writer.writerow({"office": slug_, "scope": scope_, **period, **_csv_values(values)})

    row(office.slug, scope, _period(str(year), data["start"], data["end"]), data["year_row"])
    for _label, a, b, values in data["months"]:
        row(office.slug, scope, _period(a.strftime("%Y-%m"), a, b), values)
    for member, values in data["by_office"]:
        row(member.slug, "office", _period(str(year), data["start"], data["end"]), values)
    response = HttpResponse(out.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="statistik-{office.slug}-{year}-{scope}.csv"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _csv_values(values: dict) -> dict:
    # a median that does not exist yet is an empty cell, not "None"
    return {key: "" if value is None else value for key, value in values.items()}
