"""IRIs are minted deterministically, are always valid IRIs, and document slugs never collide."""

from __future__ import annotations

import pyoxigraph as ox
from hypothesis import given
from hypothesis import strategies as st

from graph.rdf.iri import MAX_SLUG, actor_iri, document_iri, document_slug, slugify, stance_iri, topic_iri

names = st.text(min_size=0, max_size=200)


def _valid_iri(iri: str) -> bool:
    ox.NamedNode(iri)  # raises ValueError on an invalid IRI
    return not any(c in iri for c in ' <>"{}|^`\\') and iri.isascii()


@given(names)
def test_actor_and_topic_iris_are_valid_and_stable(name: str) -> None:
    assert _valid_iri(actor_iri(name)) and _valid_iri(topic_iri(name))
    assert actor_iri(name) == actor_iri(str(name))


@given(names)
def test_slugs_are_short_lower_case_ascii_words(name: str) -> None:
    slug = slugify(name)
    assert slug and len(slug) <= MAX_SLUG + 9
    assert all(c.isascii() and (c.isalnum() or c == "-") for c in slug)
    assert slug == slug.lower() and not slug.startswith("-") and not slug.endswith("-")


@given(names, st.text(alphabet="0123456789abcdef", min_size=16, max_size=16))
def test_document_iris_are_valid(doc_id: str, digest: str) -> None:
    slug = document_slug(doc_id)
    assert _valid_iri(document_iri(slug)) and _valid_iri(stance_iri(slug, digest))
    assert document_slug(doc_id) == slug


@given(names, names)
def test_different_document_ids_get_different_slugs(a: str, b: str) -> None:
    if a != b:
        assert document_slug(a) != document_slug(b)


def test_readable_slugs() -> None:
    assert actor_iri("sergey lavrov").endswith("/actor/sergey-lavrov")
    assert slugify("Café Müller") == "cafe-muller"
    assert slugify("北京").startswith("x-")  # no ASCII letters: a hash, never an empty slug
    assert document_slug("riyadh-talks") == "riyadh-talks"  # clean ids are kept as they are
    assert document_slug("Riyadh-talks") != document_slug("riyadh-talks")
