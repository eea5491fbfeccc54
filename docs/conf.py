"""Sphinx configuration: furo theme, MyST Markdown pages, API reference from docstrings."""

from newsparse import __version__

project = "newsparse"
author = "The newsparse developers"
copyright = "2026, The newsparse developers"  # noqa: A001 - Sphinx's name
release = version = __version__

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon", "sphinx.ext.intersphinx"]
source_suffix = {".md": "markdown"}
myst_enable_extensions = ["colon_fence", "deflist"]
exclude_patterns = ["_build"]
html_theme = "furo"
html_title = f"newsparse {version}"
autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True}
intersphinx_mapping: dict[str, tuple[str, None]] = {}
nitpicky = False
suppress_warnings = ["myst.header"]
