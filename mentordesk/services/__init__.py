"""Use cases: what the GUI and the command line both call. No SQL here (see storage/)."""
