"""The app itself: /info, /parameters, /site, /meta."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._transport import Transport
from ..models import AppInfo

if TYPE_CHECKING:
    from ..detail_models import AppParameters, SiteInfo

__all__ = ["AppEndpoints"]


class AppEndpoints(Transport):
    async def get_app_info(self) -> AppInfo:
        """GET /info: validates the key; ``mode`` says whether the app has conversations."""
        return self._build(AppInfo.from_json, await self._json("GET", "/info"), "GET /info")

    async def get_parameters(self) -> AppParameters:
        """GET /parameters: opening statement, suggested questions, input form (``raw``)."""
        from ..detail_models import AppParameters

        data = await self._json("GET", "/parameters")
        return self._build(AppParameters.from_json, data, "GET /parameters")

    async def get_site(self) -> SiteInfo:
        """GET /site: the web app's title, icon and default language."""
        from ..detail_models import SiteInfo

        return self._build(SiteInfo.from_json, await self._json("GET", "/site"), "GET /site")

    async def get_meta(self) -> dict[str, Any]:
        """GET /meta (tool icons), as the server sent it."""
        return await self._json("GET", "/meta")
