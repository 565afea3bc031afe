"""Relationship rules by concern; `mentordesk.relationships` re-exports them all."""
