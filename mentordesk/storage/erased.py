"""What an erased person's row holds instead of their name and e-mail (GDPR Art. 17, `storage.erasure`).

Its own small module because retention asks at every open which archived people are
not erased yet (`retention_repo`), and importing `erasure` for three strings brought
the merge rules and hashing into every command's start-up (issue 15).
"""

ERASED_NAME = "Erased person"
ERASED_DOMAIN = "erased.invalid"
ERASED_GOAL = "Goal"
