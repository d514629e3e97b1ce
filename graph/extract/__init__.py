"""Extraction: spaCy Doc → actors, topics and stances (records of `graph.records`).

Public API: `load_model`, `model_id` (nlp.py), `extract`, `extract_documents` (document.py),
`actor_key`, `topic_key` (names.py).
"""

from graph.extract.document import extract, extract_documents
from graph.extract.names import actor_key, topic_key
from graph.extract.nlp import load_model, model_id

__all__ = ["actor_key", "extract", "extract_documents", "load_model", "model_id", "topic_key"]
