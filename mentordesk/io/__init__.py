"""Files MentorDesk hands to other programs: e-mail drafts (.eml) and calendar series (.ics).

No database and no Qt here: each module turns plain values into bytes another
program reads (the mail program, the calendar); the services decide what goes
in and `storage.outputs` puts the bytes on disk.
"""
