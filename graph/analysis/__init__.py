"""Network analysis of the stance graph with networkx (discourse network analysis after Leifeld).

- `convert.to_networkx(store)`: the RDF graph as a MultiDiGraph (the form common to analysis and render).
- `networks`: two-mode actor × topic network; congruence, conflict and subtract projections; levels and
  normalisations.
- `measures`: centralities, topic salience, contested topics, coalitions, conflict lines.
- `links.find_links`: who links to which issue, with the evidence of every step (`links_text` prints it).
- `export`: GraphML, GEXF, CSV, JSON-LD, N-Quads; `report`: the report as Markdown and JSON.
- `workflow`: the `analyze`, `links` and `export` commands on a build folder.
"""
