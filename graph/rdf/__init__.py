"""The RDF layer: records → named graphs in a store → SPARQL, SHACL, TriG and Turtle.

Public API (one concept per module):
  encode.encode_extraction     an Extraction → {graph IRI: rdflib Graph} (document graph + shared part)
  store.OxigraphStore          the embedded, persistent QuadStore (results.QuadStore is the protocol)
  store.open_store             the store of a build folder (store/, else graph.trig), read-only unless create
  store.ingest                 add or replace documents; keeps the shared actor/topic graph derived
  serialize.to_trig/to_turtle  byte-deterministic output files
  validate.validate            SHACL (ontology/shapes.ttl) on a store; validate_extractions on records
  query.run_query              named queries (ontology/queries/*.rq), .rq files or query text, with
                               parameters bound as literals; format_results, list_queries
"""
