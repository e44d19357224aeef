#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A small Django project for migdesk's integration tests: its migrations cover the shapes the
static reader must get right (squashed, run_before, __first__, cross-app, RunSQL, RunPython)."""
import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "shop.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
