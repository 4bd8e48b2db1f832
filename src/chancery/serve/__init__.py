"""``chancery serve``: the built graph as a SPARQL 1.1 endpoint and as dereferenceable resources.

The modules, in the order a request meets them:

- ``app``: the Starlette application (``create_app`` builds it from a loaded dataset, no port needed).
- ``sparql``: the SPARQL 1.1 Protocol at ``/sparql`` (methods, media types, the protocol's dataset,
  errors); ``updates`` applies ``using-graph-uri`` to an update; ``servicedesc`` describes the service.
- ``query`` (threads) and ``workers`` (processes): evaluation under a deadline, a result cap and a
  SERVICE allow-list; the whole result is computed before a byte is sent.
- ``results``: SPARQL JSON/XML/CSV/TSV and Turtle/N-Triples/JSON-LD/RDF-XML writers.
- ``negotiation``: Accept headers (lists, q-values, wildcards).
- ``pages``: a resource IRI under the base, answered at its path as HTML or RDF; ``resources`` says
  which triples a resource answers with, ``views``/``document`` what its page shows, ``catalog``
  the listings and the search, ``html`` the templates (shared with the static site).
- ``store``: the build folder loaded into pyoxigraph, and the base IRI its resources live under.

Why pyoxigraph: on the project's measurements (``notes/performance.md``) it loads a build about 10x
and answers queries 15-20x faster than rdflib, and it releases the GIL while it evaluates. rdflib stays
the tool for validation (pySHACL needs it) and for tests as an independent parser.
"""
