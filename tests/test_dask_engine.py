"""`--engine dask`: extraction on a Dask cluster gives the report the local processes give."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

pytest.importorskip("distributed", reason="the dask engine is an extra: pip install -e '.[dask]'")

STORIES = (
    "President Mara Velden opened the new session of the Harbour Council in Port Alder on {day}.\n",
    "Aides to President-elect Mara Velden declined to comment on the harbour budget on {day}.\n",
    "Oren Vasko, the mayor of Saltmere, said {count} families had moved to Velmora since 2029.\n",
    "The Harbour Council voted {count} to 4 on {day} to close the old ferry pier at Port Alder.\n",
)
DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")


@pytest.fixture
def newsroom(write_article: Callable[..., Path], workdir: Path) -> Path:
    """Forty short invented stories, some of them in conflict, dated over a week of 2030."""
    for number in range(40):
        story = STORIES[number % len(STORIES)].format(day=DAYS[number % 5], count=120 + number % 3)
        write_article(f"sources/story{number:02d}.md", story, published=f"2030-03-{1 + number % 5:02d}")
    return workdir / "sources"


def test_a_local_cluster_of_two_workers_gives_the_report_of_the_default_engine(run_cli, newsroom):
    default = run_cli("check", "--format", "json", "sources")
    on_dask = run_cli("check", "--format", "json", "--engine", "dask", "--jobs", "2", "sources")
    assert '"findings": [\n    {' in default.stdout
    assert (on_dask.exit_code, on_dask.stdout) == (default.exit_code, default.stdout)
