"""MentorDesk: run a small company's mentoring program from one laptop.

The version lives here (not only in pyproject.toml) so the installed package,
a PyInstaller bundle and a source checkout all report the same number without
needing package metadata, which a frozen app does not carry.
"""

__version__ = "0.1.0"
