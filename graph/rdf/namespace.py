"""The stancegraph vocabulary (ontology/stancegraph.ttl) and the base of the IRIs it mints.

A `DefinedNamespace`: a misspelt term raises instead of minting a wrong IRI.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

ONTOLOGY_IRI = "https://w3id.org/stancegraph/ontology"
ID_BASE = "https://w3id.org/stancegraph/id/"

ID = Namespace(ID_BASE)
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")


class SG(DefinedNamespace):
    """Terms of the stancegraph ontology."""

    _NS = Namespace(ONTOLOGY_IRI + "#")
    _fail = True

    # classes
    Actor: URIRef
    Person: URIRef
    Organisation: URIRef
    Country: URIRef
    Topic: URIRef
    Stance: URIRef
    Evidence: URIRef
    Document: URIRef
    Extraction: URIRef  # the extraction activity (prov:Activity)
    Polarity: URIRef
    # polarity individuals
    Support: URIRef
    Oppose: URIRef
    Neutral: URIRef
    # actor properties
    role: URIRef
    affiliation: URIRef  # sub-property of org:memberOf
    # stance properties
    holder: URIRef
    target: URIRef
    polarity: URIRef
    act: URIRef
    confidence: URIRef
    cue: URIRef
    evidence: URIRef
    # evidence properties
    quote: URIRef
    startOffset: URIRef
    endOffset: URIRef
    inDocument: URIRef
    # document and activity properties
    contentHash: URIRef
    softwareVersion: URIRef
    spacyModel: URIRef
    contribution: URIRef  # bookkeeping: the actors and topics one extraction described (rdf:JSON)
