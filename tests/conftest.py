"""Test configuration: Hypothesis profiles (``ci`` is Hypothesis' built-in, derandomized one)."""

import os

from hypothesis import settings

settings.register_profile("dev", max_examples=60, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
