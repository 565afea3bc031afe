"""Only the build step that pyproject.toml cannot declare: the run-time resources.

The wheel gets `mentordesk/resources/` (fonts, icons, licence texts and the
translations compiled from `resources/translations/*.ts` by pyside6-lrelease),
so an installed MentorDesk finds them with importlib.resources wherever it is.
An editable install keeps reading the checkout's `resources/`, so there only the
`.qm` files are compiled in place (they are git-ignored).
"""

import runpy
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
_STAGE = runpy.run_path(str(HERE / "packaging" / "stage_resources.py"))


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        source = HERE / "resources"
        if self.editable_mode:
            _STAGE["compile_translations"](source / "translations", source / "translations")
        else:
            _STAGE["stage"](source, Path(self.build_lib) / "mentordesk" / "resources")


setup(cmdclass={"build_py": BuildPyWithResources})
