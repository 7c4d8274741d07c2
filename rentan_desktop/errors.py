"""Errors the user can act on: the message is already in the user's language."""

from __future__ import annotations


class UserError(Exception):
    """A refusal with a one-line reason (bad file, wrong role, missing setting...)."""
