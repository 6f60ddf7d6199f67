"""Dify's service-API routes, one module per resource, each a :class:`~.base.RouteGroup`.

Each handler checks, in Dify's order: the path (a non-UUID id is Flask's HTML 404), then
``Authorization: Bearer <key>`` (401), then the JSON body (415), then the app mode (400
``not_chat_app``), then the parameters (400 ``invalid_param``).
"""
