"""A local server that behaves like Dify's service API (``python -m dify_desktop.demo``).

``runner.DemoServer`` starts it on a free port; ``store`` holds Dify's semantics in memory,
``seed`` the sample data, ``faults`` the fault injection, ``server`` the HTTP routes. This package
plays the other side of the wire: it never imports ``dify_desktop.api``, ``core`` or ``ui``.
"""
