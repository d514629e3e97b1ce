"""Readable text of `find_links` paths (one block per path, one line per step, quotes under it), or JSON."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict

from graph.analysis.links import LinkPath, StanceRef, Step

QUOTE_CHARS = 240  # longer quotes are cut in the terminal; the JSON and the graph keep them whole

_VERBS = {"Support": "supports", "Oppose": "opposes", "Neutral": "speaks on"}
_PASSIVE = {"Support": "is supported by", "Oppose": "is opposed by", "Neutral": "is addressed by"}


def _quote(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= QUOTE_CHARS else flat[: QUOTE_CHARS - 1] + "…"


def _evidence_lines(ref: StanceRef) -> list[str]:
    lines = []
    for item in ref.evidence:
        source = item.get("title") or item.get("document", "")
        where = ", ".join(part for part in (source, item.get("date", "")) if part)
        lines.append(f'      "{_quote(str(item.get("quote", "")))}" — {where}')
    return lines


def _stance_lines(step: Step) -> list[str]:
    lines = []
    for ref in step.stances:
        verbs = _VERBS if step.forward else _PASSIVE
        act = f"{ref.act}, " if ref.act else ""
        verb = verbs.get(ref.polarity, "relates to")
        lines.append(
            f"    {step.source_label} {verb} {step.target_label} ({act}confidence {ref.confidence:.2f})"
        )
        lines += _evidence_lines(ref)
    return lines


def _step_lines(step: Step) -> list[str]:
    if step.relation == "affiliation":
        role = f" ({step.role})" if step.role else ""
        if step.forward:
            return [f"    {step.source_label}{role} belongs to {step.target_label}"]
        return [f"    {step.source_label} has as member {step.target_label}{role}"]
    return _stance_lines(step)


def format_path(path: LinkPath) -> str:
    """One path: a heading `A → B → topic (n hops)` and the steps with their evidence."""
    names = [path.steps[0].source_label] + [step.target_label for step in path.steps]
    hops = "direct" if path.hops == 1 else f"{path.hops} hops"
    lines = [f"{' → '.join(names)}  ({hops})"]
    for step in path.steps:
        lines += _step_lines(step)
    return "\n".join(lines)


def links_json(paths: Sequence[LinkPath], *, more: bool = False) -> str:
    """The paths as JSON: {"paths": [{actor, topic, hops, steps: [...]}], "more": bool}, quotes whole."""
    items = [{**asdict(path), "hops": path.hops} for path in paths]
    return json.dumps({"paths": items, "more": more}, ensure_ascii=False, indent=2) + "\n"


def format_links(paths: Sequence[LinkPath], *, more: bool = False) -> str:
    """All paths, blank line between them; `more` adds a hint that the list was cut."""
    if not paths:
        return "No links found: try more --hops, or another --actor / --topic.\n"
    text = "\n\n".join(format_path(path) for path in paths) + "\n"
    if more:
        text += (
            f"\n… more paths than the {len(paths)} shown: raise --limit, or narrow with --actor / --topic.\n"
        )
    return text
