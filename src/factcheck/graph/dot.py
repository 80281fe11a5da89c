"""The entity graph in Graphviz's DOT language (`dot -Tsvg`): the nodes and edges of the JSON export.

Every id and label is a quoted DOT string, so no name or file name can end a statement early."""

from __future__ import annotations

from typing import TextIO

from factcheck.files import visible
from factcheck.graph.build import Analysis
from factcheck.graph.export import MENTIONED_IN, edges, entity_node, source_node

ENTITY_STYLE = "shape=box, style=rounded"
SOURCE_STYLE = "shape=note, color=gray40, fontcolor=gray40"


def dot_string(text: str) -> str:
    """A DOT quoted string that shows `text` as it is: on one line (control characters written as
    escapes), with backslashes doubled so Graphviz reads none as a label escape (`\\n`, `\\N`)."""
    return '"' + visible(text).replace("\\", "\\\\").replace('"', '\\"') + '"'


def render_dot(analysis: Analysis, out: TextIO) -> None:
    out.write("digraph factcheck {\n")
    out.write("  graph [rankdir=LR];\n")
    for source in analysis.sources:
        label = dot_string(source.path)
        out.write(f"  {dot_string(source_node(source.id))} [label={label}, {SOURCE_STYLE}];\n")
    for entity in analysis.entities:
        label = dot_string(f"{entity.name} ({entity.type})")
        out.write(f"  {dot_string(entity_node(entity.id))} [label={label}, {ENTITY_STYLE}];\n")
    for edge in edges(analysis):
        style = ", style=dashed, color=gray60" if edge.relation == MENTIONED_IN else ""
        label = dot_string(f"{edge.relation} ×{edge.count}" if edge.count > 1 else edge.relation)
        out.write(f"  {dot_string(edge.start)} -> {dot_string(edge.end)} [label={label}{style}];\n")
    out.write("}\n")
