"""Reusable widgets for MentorDesk screens and dialogs."""
