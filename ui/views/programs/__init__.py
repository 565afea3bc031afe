"""The Programs screen as a small package: the screen and its panes and tabs as widgets.

- `view.py`: `ProgramsView`, the screen: which program is selected, what is loaded, the buttons
- `program_list.py`: the programs on the left; `program_pane.py`: the selected one on the right
- `participants_tab.py`: the Mentor pool (with each mentor's evidence) and Mentees tabs
- `actions.py`: what HR does there (programs, enrolments, decisions, preferences, removals)

Texts moved out of `ProgramsView` into the panes keep their translation context
("ProgramsView"; "ParticipantsTab" for that class's own): the catalogs hold them there.
"""

from .participants_tab import ParticipantsTab
from .tables import MAX_COLUMN_WIDTH
from .view import ProgramsView

__all__ = ["MAX_COLUMN_WIDTH", "ParticipantsTab", "ProgramsView"]
