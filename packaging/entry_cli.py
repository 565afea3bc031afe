"""The bundled app's `mentordesk-cli` program: the command line.

freeze_support() first: report batches use worker processes started with
"spawn", which in a bundle re-run this very executable."""

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from mentordesk.cli import main

    sys.exit(main())
