from __future__ import annotations

from datetime import date, datetime, time, timedelta
from urllib.parse import parse_qsl, urlencode

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from sigap.core.access import editable_offices, member_office_ids
from sigap.core.models import Office
from sigap.lib.query import QuerySyntaxError, parse

from .models import Channel, SavedSearch, Sentiment, Source, Watchlist
from .search import matching
from .urlguard import validate_fetch_url


def parse_query_or_error(text: str):
    """Parse a search or watchlist query (parse also refuses queries the index cannot run, e.g. only NOT);
    the error is the parser's sentence in the user's language."""
    try:
        return parse(text)
    except QuerySyntaxError as exc:
        english = translation.get_language() == "en" and exc.message_en
        raise forms.ValidationError(exc.message_en if english else str(exc)) from None


# A period is computed as [start, end + 1 day): keep both inside what datetime can represent.
DATE_RANGE = [MinValueValidator(date(1900, 1, 2)), MaxValueValidator(date(9999, 12, 30))]


class DocumentFilterForm(forms.Form):
    q = forms.CharField(label=_("Search"), required=False, max_length=1000)
    start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"}), validators=DATE_RANGE
    )
    end = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"}), validators=DATE_RANGE
    )
    channel = forms.MultipleChoiceField(
        label=_("Channel"), required=False, choices=Channel.choices, widget=forms.CheckboxSelectMultiple
    )
    sentiment = forms.MultipleChoiceField(
        label=_("Sentiment"), required=False, choices=Sentiment.choices, widget=forms.CheckboxSelectMultiple
    )
    entity = forms.RegexField(
        label=_("Entity"),
        required=False,
        regex=r"^(PER|ORG|LOC):.{1,200}$",
        error_messages={"invalid": _("Choose an entity from the list of top entities.")},
        widget=forms.HiddenInput,
    )
    source = forms.ModelChoiceField(label=_("Source"), required=False, queryset=Source.objects.none())
    watchlist = forms.ModelChoiceField(label=_("Watchlist"), required=False, queryset=Watchlist.objects.none())
    # Documents an analyst marked not relevant are left out unless asked for (docs/corrections.md).
    irrelevant = forms.BooleanField(label=_("Include documents marked not relevant"), required=False)

    DEFAULT_DAYS = 7

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["source"].queryset = Source.objects.visible_to(user)
        self.fields["watchlist"].queryset = Watchlist.objects.visible_to(user).filter(active=True)
        self.fields["source"].empty_label = _("All sources")
        self.fields["watchlist"].empty_label = _("All")

    def clean_q(self):
        text = self.cleaned_data["q"].strip()
        self.cleaned_data["q_node"] = parse_query_or_error(text) if text else None
        return text

    def clean(self):
        data = super().clean()
        start, end = data.get("start"), data.get("end")
        if start and end and start > end:
            self.add_error("end", _("The end date cannot be before the start date."))
        return data

    def period(self) -> tuple[datetime, datetime]:
        """The chosen range as aware datetimes in the active (office) time zone; default the last 7 days."""
        data = self.cleaned_data if self.is_bound and self.is_valid() else {}
        tz = timezone.get_current_timezone()
        today = timezone.localdate()
        end = data.get("end") or today
        start = data.get("start") or (end - timedelta(days=self.DEFAULT_DAYS - 1))
        return (
            datetime.combine(start, time.min, tzinfo=tz),
            datetime.combine(end + timedelta(days=1), time.min, tzinfo=tz),
        )

    def apply(self, documents):
        start, end = self.period()
        documents = documents.filter(published_at__gte=start, published_at__lt=end)
        data = self.cleaned_data if self.is_valid() else {}
        if not data.get("irrelevant"):
            documents = documents.filter(relevant=True)
        if data.get("channel"):
            documents = documents.filter(channel__in=data["channel"])
        if data.get("source"):
            documents = documents.filter(source=data["source"])
        if data.get("sentiment"):
            documents = documents.filter(sentiment__in=data["sentiment"])
        if data.get("entity"):
            kind, name = data["entity"].split(":", 1)
            documents = documents.filter(entities__kind=kind, entities__name=name)
        if data.get("watchlist"):
            documents = matching(documents, data["watchlist"].parsed())
        if data.get("q_node") is not None:
            documents = matching(documents, data["q_node"])
        return documents


class SourceForm(forms.ModelForm):
    url = forms.URLField(label=_("address (URL)"), required=False, max_length=1000, assume_scheme="https")

    class Meta:
        model = Source
        fields = [
            "office",
            "name",
            "kind",
            "channel",
            "url",
            "full_text",
            "poll_minutes",
            "shared",
            "national",
            "active",
        ]

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = editable_offices(user)
        self.fields["poll_minutes"].min_value = 5
        self.fields["poll_minutes"].widget.attrs["min"] = 5

    def clean(self):
        data = super().clean()
        if data.get("kind") in Source.POLLED_KINDS and not data.get("url"):
            self.add_error("url", _("An address (URL) is required for RSS feeds and news pages."))
        elif data.get("kind") in Source.POLLED_KINDS:
            try:
                validate_fetch_url(data["url"])  # the server will fetch it: no internal addresses
            except forms.ValidationError as exc:
                self.add_error("url", exc)
        if data.get("poll_minutes") is not None and data["poll_minutes"] < 5:
            self.add_error(
                "poll_minutes", _("The shortest interval is 5 minutes, so the source site is not overloaded.")
            )
        return data


class WatchlistForm(forms.ModelForm):
    class Meta:
        model = Watchlist
        fields = ["office", "name", "query", "shared", "active"]
        widgets = {"query": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["office"].queryset = editable_offices(user)

    def clean_query(self):
        text = self.cleaned_data["query"].strip()
        parse_query_or_error(text)
        return text


class SavedSearchForm(forms.ModelForm):
    """Saves the filters of the document list as they are (its query string, without the page number)."""

    class Meta:
        model = SavedSearch
        fields = ["name", "office", "shared", "query"]
        widgets = {"query": forms.HiddenInput}
        labels = {"name": _("Name of this search")}

    def __init__(self, user, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # One's own offices only: a search is shared with colleagues, not with offices one oversees.
        offices = Office.objects.filter(id__in=member_office_ids(user))
        self.fields["office"].queryset = offices
        self.fields["office"].empty_label = None
        self.only_office = offices[0] if len(offices) == 1 else None
        if self.only_office is not None:  # nothing to choose: not asked
            self.fields["office"].widget = forms.HiddenInput()
            self.fields["office"].required = False
            self.initial.setdefault("office", self.only_office.pk)

    def clean_office(self):
        return self.cleaned_data.get("office") or self.only_office

    def clean_query(self):
        pairs = parse_qsl(self.cleaned_data["query"].lstrip("?"), keep_blank_values=False)
        return urlencode([(k, v) for k, v in pairs if k in DocumentFilterForm.base_fields])


FORMAT_CHOICES = [
    ("auto", _("Detect automatically")),
    ("sigap-jsonl", _("Sigap JSONL")),
    ("sigap-csv", _("Sigap CSV")),
    ("twarc2", _("X/Twitter API v2 (twarc2)")),
    ("youtube", _("YouTube Data API (commentThreads)")),
    ("facebook", _("Facebook Graph API")),
    ("instagram", _("Instagram Graph API")),
]


class ImportForm(forms.Form):
    file = forms.FileField(label=_("File"))
    format = forms.ChoiceField(label=_("Format"), choices=FORMAT_CHOICES, initial="auto")
