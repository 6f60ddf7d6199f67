"""Headless subcommands (``dify-desktop find …``): core and api only, never Qt.

:data:`SUBCOMMANDS` maps each name to the module whose ``main(argv) -> int`` runs it.
"""

SUBCOMMANDS: dict[str, str] = {"find": "dify_desktop.commands.find"}
