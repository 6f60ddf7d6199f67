"""Headless subcommands (``dify-desktop find …``, ``dify-desktop export …``): core and api only, never Qt.

:data:`SUBCOMMANDS` maps each name to the module whose ``main(argv) -> int`` runs it.
"""

SUBCOMMANDS: dict[str, str] = {
    "find": "dify_desktop.commands.find",
    "export": "dify_desktop.commands.export",
}
