"""The wire layer: what happens to a request before and after the Dify routes see it.

``layer.WireLayer`` (the outermost ASGI layer) buffers the body, logs the request in
``request_log.RequestLog``, adds the configured latency and hands a matching fault to
``fault_answers``, which shapes the answer or the connection.
"""
