"""A hand-written stance graph whose networks and measures the tests work out by hand.

Actors: Anna Alpha (person of Alphaland), Ben Beta (person of Betaland), Alphaland, Betaland, Gamma Union.
Topics: trade deal (T1), sanctions (T2), ceasefire (T3). Two documents.

    s1  Anna   supports T1 (propose)     s6  Betaland    opposes  T2
    s2  Ben    opposes  T1 (reject)      s7  Gamma Union opposes  T1
    s3  Alphaland opposes T2             s8  Alphaland   supports T3
    s4  Gamma Union supports T2          s9  Ben         supports T3
    s5  Anna   criticises Ben (Oppose)   s10 Betaland    neutral on T3
"""

from __future__ import annotations

from rdflib import Dataset

ID = "https://w3id.org/stancegraph/id/"
ANNA, BEN = ID + "actor/anna-alpha", ID + "actor/ben-beta"
ALPHA, BETA, GAMMA = ID + "actor/alphaland", ID + "actor/betaland", ID + "actor/gamma-union"
T1, T2, T3 = ID + "topic/trade-deal", ID + "topic/sanctions", ID + "topic/ceasefire"
DOC1, DOC2 = ID + "document/d1", ID + "document/d2"

_PREFIXES = """
@prefix sg: <https://w3id.org/stancegraph/ontology#> .
@prefix id: <https://w3id.org/stancegraph/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
"""

_SHARED = """
id:graph\\/shared {
  id:actor\\/anna-alpha a sg:Person ; rdfs:label "Anna Alpha" ; skos:prefLabel "Anna Alpha" ;
      skos:altLabel "Alpha", "A. Alpha" ; sg:role "Foreign Minister" ; sg:affiliation id:actor\\/alphaland .
  id:actor\\/ben-beta a sg:Person ; rdfs:label "Ben Beta" ; skos:prefLabel "Ben Beta" ;
      sg:affiliation id:actor\\/betaland .
  id:actor\\/alphaland a sg:Country ; rdfs:label "Alphaland" ; skos:prefLabel "Alphaland" .
  id:actor\\/betaland a sg:Country ; rdfs:label "Betaland" ; skos:prefLabel "Betaland" .
  id:actor\\/gamma-union a sg:Organisation ; rdfs:label "Gamma Union" ; skos:prefLabel "Gamma Union" .
  id:topic\\/trade-deal a sg:Topic ; rdfs:label "trade deal" ; skos:prefLabel "trade deal" .
  id:topic\\/sanctions a sg:Topic ; rdfs:label "sanctions" ; skos:prefLabel "sanctions" ;
      skos:altLabel "sanction" .
  id:topic\\/ceasefire a sg:Topic ; rdfs:label "ceasefire" ; skos:prefLabel "ceasefire" .
}
"""

# (doc, stance id, holder, target, polarity, act, quote start)
STANCES = [
    ("d1", "s1", "anna-alpha", "topic/trade-deal", "Support", "propose", 0),
    ("d1", "s2", "ben-beta", "topic/trade-deal", "Oppose", "reject", 40),
    ("d1", "s3", "alphaland", "topic/sanctions", "Oppose", "reject", 80),
    ("d1", "s4", "gamma-union", "topic/sanctions", "Support", "demand", 120),
    ("d1", "s5", "anna-alpha", "actor/ben-beta", "Oppose", "criticise", 160),
    ("d2", "s6", "betaland", "topic/sanctions", "Oppose", "reject", 0),
    ("d2", "s7", "gamma-union", "topic/trade-deal", "Oppose", "reject", 40),
    ("d2", "s8", "alphaland", "topic/ceasefire", "Support", "agree", 80),
    ("d2", "s9", "ben-beta", "topic/ceasefire", "Support", "agree", 120),
    ("d2", "s10", "betaland", "topic/ceasefire", "Neutral", "state", 160),
]


def _document_graph(doc: str) -> str:
    lines = [
        f"id:graph\\/document\\/{doc} {{",
        f'  id:document\\/{doc} a sg:Document ; dcterms:identifier "{doc}" ; dcterms:title "Report {doc}" ;',
        f'      dcterms:date "2025-02-1{doc[-1]}" ; dcterms:source "Test Wire" ;'
        f' schema:url "https://example.org/{doc}" ; sg:contentHash "abc{doc}" .',
        f"  id:extraction\\/{doc} a sg:Extraction ; prov:used id:document\\/{doc} ;",
        '      sg:softwareVersion "0.1.0" ; sg:spacyModel "en_core_web_sm-3.8.0" .',
    ]
    for d, sid, holder, target, polarity, act, start in STANCES:
        if d != doc:
            continue
        target_iri = f"id:{target.replace('/', chr(92) + '/')}"
        lines += [
            f"  id:stance\\/{doc}\\/{sid} a sg:Stance ; sg:holder id:actor\\/{holder} ;"
            f" sg:target {target_iri} ;",
            f'      sg:polarity sg:{polarity} ; sg:act "{act}" ; sg:cue "{act}" ;'
            f' sg:confidence "0.8"^^xsd:decimal ;',
            f"      sg:evidence id:evidence\\/{doc}\\/{sid} ; prov:wasDerivedFrom id:document\\/{doc} ;"
            f" prov:wasGeneratedBy id:extraction\\/{doc} .",
            f'  id:evidence\\/{doc}\\/{sid} a sg:Evidence ; sg:quote "Quote {sid}." ;'
            f" sg:startOffset {start} ; sg:endOffset {start + 10} ; sg:inDocument id:document\\/{doc} .",
        ]
    return "\n".join(lines + ["}"])


TRIG = _PREFIXES + _SHARED + _document_graph("d1") + "\n" + _document_graph("d2") + "\n"


def small_dataset() -> Dataset:
    """The fixture as an rdflib Dataset (queried over the union of its graphs)."""
    ds = Dataset(default_union=True)
    ds.parse(data=TRIG, format="trig")
    return ds


def stance_iri(doc: str, sid: str) -> str:
    return f"{ID}stance/{doc}/{sid}"


def nx_stances(stances: list[tuple[str, str, str]], affiliations: dict[str, str] | None = None):
    """A MultiDiGraph in the `to_networkx` form from (holder, target, polarity) triples.

    Names starting with "T" are topics, everything else a Person; one evidence quote per stance.
    """
    import networkx as nx

    G = nx.MultiDiGraph()
    names = sorted({n for h, t, _p in stances for n in (h, t)} | set((affiliations or {}).values()))
    for name in names:
        kind = "Topic" if name.startswith("T") else "Person"
        parent = (affiliations or {}).get(name, "")
        G.add_node(name, kind=kind, label=name, aliases=[], role="", affiliation=parent, stance_count=0)
    for person, parent in sorted((affiliations or {}).items()):
        G.nodes[parent]["kind"] = "Country"
        G.add_edge(person, parent, key="affiliation", relation="affiliation")
    for i, (holder, target, polarity) in enumerate(stances):
        relation = "stance" if target.startswith("T") else "actor_relation"
        evidence = [{"quote": f"q{i}", "start": i, "end": i + 1, "document": "doc", "title": "",
                     "date": "", "source": "", "url": ""}]
        G.add_edge(holder, target, key=f"s{i}", relation=relation, polarity=polarity, act="state",
                   confidence=1.0, cue="", document="doc", evidence=evidence, evidence_count=1)
    return G
