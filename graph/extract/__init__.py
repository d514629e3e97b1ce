"""Extraction: spaCy Doc → actors, topics and stances (records of `graph.records`).

Public API: `nlp.load_model`, `nlp.model_id`, `document.extract`, `document.extract_documents`,
`names.actor_key`, `names.topic_key`.
"""
