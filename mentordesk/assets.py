"""Where the files MentorDesk reads at run time are found.

Fonts, compiled translations, the icon and licence texts travel inside the
installed package (`mentordesk/resources/`, put there by the package build and
by `scripts/build_app.py`) and are found with importlib.resources, so an
installed copy never depends on the folder it was built from.  Only a source
checkout, where the top-level `resources/` folder is the source of those files,
falls back to that folder.
"""

from __future__ import annotations

from pathlib import Path

from .errors import MentorDeskError

_CHECKOUT = Path(__file__).resolve().parent.parent


class ResourcesMissing(MentorDeskError):
    """A file that belongs to MentorDesk itself is gone: the installation is damaged."""


def resources_root() -> Path:
    """The folder holding `fonts/`, `translations/`, `icons/` and `licenses/`."""
    if Path(__file__).is_file():
        # A package on disk (pip, a checkout, the app's folder): importlib.resources names its
        # own folder, found here without importing it (~4 ms of every report, issue 15).
        packaged = Path(__file__).parent / "resources"
    else:
        from importlib.resources import files

        packaged = files("mentordesk") / "resources"
    if packaged.is_dir():
        if isinstance(packaged, Path):
            return packaged
        raise ResourcesMissing("MentorDesk cannot run from inside a zip archive: Qt and the PDF fonts need "
                               "real files. Install it with pip or use the downloadable application.")
    if _is_source_checkout(_CHECKOUT):
        return _CHECKOUT / "resources"
    raise ResourcesMissing(
        "MentorDesk's own files (fonts, icons, translations) are missing from its installation "
        f"folder ({Path(str(packaged))}). Your data is not affected. Reinstall MentorDesk to repair it."
    )


def resource(*parts: str) -> Path:
    """One shipped file or folder, e.g. `resource("fonts", "DejaVuSans.ttf")`."""
    return resources_root().joinpath(*parts)


def document(name: str) -> Path:
    """A document the window shows, e.g. `document("user-guide.md")`: staged into the package's
    `resources/docs/` by the build; in a source checkout, the checkout's own `docs/`."""
    packaged = resource("docs", name)
    if packaged.is_file():
        return packaged
    if _is_source_checkout(_CHECKOUT) and (_CHECKOUT / "docs" / name).is_file():
        return _CHECKOUT / "docs" / name
    raise ResourcesMissing(
        f"MentorDesk's guide ({name}) is missing from its installation folder. Your data is not "
        "affected. Reinstall MentorDesk to repair it."
    )


def _is_source_checkout(folder: Path) -> bool:
    """True only for MentorDesk's own source tree, never for a site-packages folder
    that happens to hold some other project's `resources/`."""
    pyproject = folder / "pyproject.toml"
    if not (pyproject.is_file() and (folder / "resources" / "fonts").is_dir()):
        return False
    return 'name = "mentordesk"' in pyproject.read_text(encoding="utf-8", errors="replace")
