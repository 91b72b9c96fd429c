"""Cycles in a graph of module imports, for the tests that keep them out."""

from __future__ import annotations

from collections.abc import Mapping, Set


def cycles_in(graph: Mapping[str, Set[str]]) -> list[list[str]]:
    """Each cycle found walking the graph from every module in order, as the modules along
    it with the first again at its end ("a -> b -> a")."""
    cycles: list[list[str]] = []
    done: set[str] = set()

    def visit(module: str, trail: list[str]) -> None:
        if module in trail:
            cycles.append([*trail[trail.index(module) :], module])
            return
        if module in done:
            return
        for imported in sorted(graph[module]):
            visit(imported, [*trail, module])
        done.add(module)

    for module in sorted(graph):
        visit(module, [])
    return cycles
