"""One exception hierarchy for the library; the CLI turns any of these into a one-line `Error: …`.

Each message says what was wrong and how to fix it, on one line.
"""

from __future__ import annotations


class StanceGraphError(Exception):
    """Base class of every error stancegraph raises on purpose."""


class InputError(StanceGraphError):
    """An input path or document cannot be read as text (missing, empty, binary, not UTF-8, bad JSONL)."""


class UnsupportedInputError(InputError):
    """A file type stancegraph does not read."""


class DocumentSkipped(InputError):
    """One document of a corpus is bad; the rest of the corpus goes on (the caller warns and counts)."""


class ModelError(StanceGraphError):
    """The spaCy pipeline cannot be loaded."""


class ResourceError(StanceGraphError):
    """A file of `ontology/` (ontology, shapes, named query) is missing."""


class QueryError(StanceGraphError):
    """A SPARQL query cannot be run: unknown name, syntax error, bad or missing parameter."""


class UnknownQueryError(QueryError):
    """No named query of that name."""


class QuerySyntaxError(QueryError):
    """The query text is not valid SPARQL 1.1."""


class ParameterError(QueryError):
    """A --param the query does not take, or one without NAME=VALUE form."""


class GraphNotFoundError(StanceGraphError):
    """The --graph folder holds no stancegraph output."""


class ValidationError(StanceGraphError):
    """The graph breaks a SHACL shape; the message names the node and the rule."""


class StoreError(StanceGraphError):
    """The RDF store (embedded or remote) cannot be opened, read or written."""


class OptionError(StanceGraphError):
    """A command-line option value that is not one of the valid choices."""
