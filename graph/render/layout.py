"""A fast, deterministic force-directed layout for graphs too big for in-browser physics.

Fruchterman–Reingold with the all-pairs repulsion replaced by repulsion from a random sample of nodes
drawn anew each iteration (seeded), so one iteration costs O(n·s + m) instead of O(n²): 5,000 nodes lay
out in well under a second with numpy alone (networkx's spring_layout needs scipy or n² memory there).
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence

import numpy as np

__all__ = ["sampled_force_layout"]

Position = tuple[float, float]


def sampled_force_layout(
    nodes: Sequence[Hashable],
    edges: Iterable[tuple[Hashable, Hashable]],
    *,
    iterations: int = 60,
    samples: int = 64,
    seed: int = 7,
    spacing: float = 120.0,
    gravity: float = 3.0,
) -> dict[Hashable, Position]:
    """Positions (in page pixels, rounded to 0.1) for `nodes` joined by `edges`; same input → same output.

    `spacing` is the typical distance between neighbours in pixels; `gravity` pulls every node towards the
    centre (linear in the distance) so that small components and isolated nodes stay close to the main one.

    >>> nodes, edges = ["a", "b", "c"], [("a", "b"), ("b", "c")]
    >>> pos = sampled_force_layout(nodes, edges)
    >>> sorted(pos) == nodes and pos == sampled_force_layout(nodes, edges)
    True
    """
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    pairs = sorted({(min(index[u], index[v]), max(index[u], index[v])) for u, v in edges if u != v})
    src = np.array([p[0] for p in pairs], dtype=np.int64)
    dst = np.array([p[1] for p in pairs], dtype=np.int64)
    rng = np.random.default_rng(seed)
    pos = rng.uniform(-1.0, 1.0, size=(n, 2))
    k = 2.0 / np.sqrt(n)  # ideal edge length in a square of side 2
    temperatures = np.linspace(0.2, 0.002, iterations)
    for temperature in temperatures:
        sample = rng.choice(n, size=min(samples, n), replace=False)
        disp = _repulsion(pos, sample, k, n) + _attraction(pos, src, dst, k, n) - gravity * pos
        length = np.maximum(np.hypot(disp[:, 0], disp[:, 1]), 1e-9)
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
    pos -= pos.mean(axis=0)
    pos *= spacing / k
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, pos, strict=True)}


def _repulsion(pos: np.ndarray, sample: np.ndarray, k: float, n: int) -> np.ndarray:
    """k²/d pushed away from every sampled node, scaled up to stand for all n nodes."""
    delta = pos[:, None, :] - pos[sample][None, :, :]
    dist2 = np.maximum((delta**2).sum(axis=2), 1e-6)
    force = (k * k / dist2) * (n / len(sample))
    return (delta * force[:, :, None]).sum(axis=1)


def _attraction(pos: np.ndarray, src: np.ndarray, dst: np.ndarray, k: float, n: int) -> np.ndarray:
    """d²/k pulling the two ends of every edge together."""
    disp = np.zeros_like(pos)
    if len(src) == 0:
        return disp
    delta = pos[src] - pos[dst]
    dist = np.hypot(delta[:, 0], delta[:, 1])
    pull = delta * (dist / k)[:, None]
    for axis in (0, 1):
        disp[:, axis] -= np.bincount(src, weights=pull[:, axis], minlength=n)
        disp[:, axis] += np.bincount(dst, weights=pull[:, axis], minlength=n)
    return disp
