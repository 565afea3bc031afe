"""The bundled app's `MentorDesk` program: the window.

freeze_support() first: report batches use worker processes started with
"spawn", which in a bundle re-run this very executable."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from ui.app import main

    sys.exit(main())
