"""REST API v1 (django-ninja) at /api/v1/: the same access helpers, forms, search and import path as the pages."""
