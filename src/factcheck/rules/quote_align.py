"""Two quotations aligned unit by unit: difflib's matches, short ones moved beside the match they touch."""

from __future__ import annotations

from difflib import SequenceMatcher

Opcode = tuple[str, int, int, int, int]  # ("equal" | "replace" | "delete" | "insert", i1, i2, j1, j2)
SHORT = 2  # units: a match this short may stand in the wrong place


def opcodes(ka: list[str], kb: list[str]) -> list[Opcode]:
    """difflib's opcodes for two sequences of keys, after `anchored` has moved the short matches."""
    matcher = SequenceMatcher(None, ka, kb, autojunk=False)
    blocks = anchored([(m.a, m.b, m.size) for m in matcher.get_matching_blocks() if m.size], ka, kb)
    codes: list[Opcode] = []
    i = j = 0
    for bi, bj, size in [*blocks, (len(ka), len(kb), 0)]:
        if i < bi or j < bj:
            tag = "replace" if i < bi and j < bj else "delete" if i < bi else "insert"
            codes.append((tag, i, bi, j, bj))
        if size:
            codes.append(("equal", bi, bi + size, bj, bj + size))
        i, j = bi + size, bj + size
    return codes


def anchored(blocks: list[tuple[int, int, int]], ka: list[str], kb: list[str]) -> list[tuple[int, int, int]]:
    """'We | will rebuild the pier' inside a long quotation: difflib matches the short 'We' with the first
    'We' of the other quotation, twenty words earlier; it belongs beside the long match when the same
    words stand there. Matches that then touch are joined."""
    moved = list(blocks)
    for k in range(len(moved) - 2, -1, -1):  # a short match just before a longer one
        (i, j, n), (ni, nj, _) = moved[k], moved[k + 1]
        if n <= SHORT and i + n == ni and j + n < nj and kb[nj - n : nj] == ka[i : i + n]:
            moved[k] = (i, nj - n, n)
        elif n <= SHORT and j + n == nj and i + n < ni and ka[ni - n : ni] == kb[j : j + n]:
            moved[k] = (ni - n, j, n)
    for k in range(1, len(moved)):  # a short match just after one
        (pi, pj, pn), (i, j, n) = moved[k - 1], moved[k]
        if n <= SHORT and i == pi + pn and j > pj + pn and kb[pj + pn : pj + pn + n] == ka[i : i + n]:
            moved[k] = (i, pj + pn, n)
        elif n <= SHORT and j == pj + pn and i > pi + pn and ka[pi + pn : pi + pn + n] == kb[j : j + n]:
            moved[k] = (pi + pn, j, n)
    joined: list[tuple[int, int, int]] = []
    for i, j, n in moved:
        if joined and joined[-1][0] + joined[-1][2] == i and joined[-1][1] + joined[-1][2] == j:
            joined[-1] = (joined[-1][0], joined[-1][1], joined[-1][2] + n)
        else:
            joined.append((i, j, n))
    return joined
