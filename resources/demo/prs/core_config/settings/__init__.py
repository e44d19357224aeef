"""Settings package of the PRS demo project; use core_config.settings.production."""
