"""File imports: upload to a source, follow the job, read what was rejected."""

from __future__ import annotations

from django.utils.datastructures import MultiValueDict
from ninja import File, Form, Query, Router, Status
from ninja.files import UploadedFile

from sigap.monitoring.access import get_import_job, get_source, import_jobs_for
from sigap.monitoring.forms import ImportForm
from sigap.monitoring.imports import ImportRefused, create_import
from sigap.monitoring.models import RejectedRecord

from ..common import paginate
from ..errors import ApiValidationError, form_error
from ..schemas import (
    BODY_ERRORS,
    READ_ERRORS,
    Id,
    ImportFormat,
    ImportJobOut,
    ImportJobPageOut,
    PageQuery,
    RejectedPageOut,
)

router = Router(tags=["imports"])


@router.post(
    "/sources/{source_id}/imports",
    response={202: ImportJobOut, **BODY_ERRORS},
    operation_id="imports_upload",
    summary="Upload a file to import",
)
def upload(request, source_id: Id, file: File[UploadedFile], format: Form[ImportFormat] = "auto"):
    """Upload an export (Sigap JSONL/CSV, twarc2, YouTube, Facebook, Instagram) into a source.

    The file is kept and imported in the background: the answer is 202 with the job; follow it at
    `/imports/{id}`. Bad records do not stop the import; they are counted as rejected and kept with
    their reason. Re-importing the same file stores nothing twice. Needs the admin or analis role in the
    source's office.
    """
    source = get_source(request.user, source_id, edit=True)
    form = ImportForm({"format": format}, MultiValueDict({"file": [file]}))  # what request.FILES is
    if not form.is_valid():
        raise form_error(form)
    try:
        job = create_import(source, form.cleaned_data["file"], fmt=form.cleaned_data["format"], user=request.user)
    except ImportRefused as exc:
        raise ApiValidationError(
            [{"field": "file", "message": str(exc), "code": "refused", "position": None}]
        ) from None
    return Status(202, job)


@router.get(
    "/sources/{source_id}/imports",
    response={200: ImportJobPageOut, **READ_ERRORS},
    operation_id="imports_list",
    summary="List a source's imports",
)
def list_for_source(request, source_id: Id, paging: Query[PageQuery]):
    """Import jobs of a source, newest first. Only the owning office (and offices above it) see its imports."""
    source = get_source(request.user, source_id)
    jobs = import_jobs_for(request.user).filter(source=source).select_related("source", "created_by")
    return paginate(jobs.order_by("-created_at", "-id"), paging.page, paging.page_size)


@router.get(
    "/imports/{job_id}",
    response={200: ImportJobOut, **READ_ERRORS},
    operation_id="imports_get",
    summary="Get an import job",
)
def get_job(request, job_id: Id):
    """Status, progress and counts (read, stored, duplicate, rejected) of an import."""
    return get_import_job(request.user, job_id)


@router.get(
    "/imports/{job_id}/rejected",
    response={200: RejectedPageOut, **READ_ERRORS},
    operation_id="imports_rejected",
    summary="List an import's rejected records",
)
def rejected(request, job_id: Id, paging: Query[PageQuery]):
    """The records the import could not store, in file order, each with its position and reason."""
    job = get_import_job(request.user, job_id)
    return paginate(RejectedRecord.objects.filter(job=job).order_by("id"), paging.page, paging.page_size)
