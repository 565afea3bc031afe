"""Which active people share a name, and how each of them is then shown (pickers, report list)."""

from __future__ import annotations

from .. import namesakes
from ..storage import namesakes_repo
from ..storage.database import Database

__all__ = ["namesake_labels"]


def namesake_labels(db: Database) -> dict[str, str]:
    """person id -> "Name (employee ID, department)" for each active person whose name another
    active person shares; people missing from it are shown by their name alone."""
    people = namesakes_repo.active_identities(db)
    shared = namesakes.shared_name_ids((p.id, p.name) for p in people)
    return {p.id: namesakes.label(p.name, p.employee_id, p.department) for p in people if p.id in shared}
