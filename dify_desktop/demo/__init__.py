"""A local server that behaves like Dify's service API (``python -m dify_desktop.demo``).

Layers, from the wire in: ``wire`` (body buffering, the request log, latency, fault injection
from ``faults``), ``routes`` (Dify's service-API routes, one module per resource) and ``control``
(the ``/v1/_demo`` routes), assembled by ``server``; below them ``store`` holds Dify's semantics
in memory (``records``, ``rules``, ``paging``, ``errors``) and ``seed`` the sample data.
``runner.DemoServer`` runs it on a free port. This package plays the other side of the wire: it
never imports ``dify_desktop.api``, ``core`` or ``ui``.
"""
