"""The claims store: what extraction understood of each source, kept as one claims file per source."""

from __future__ import annotations

from factcheck.store.claims_files import ClaimsFile, prepare, save
from factcheck.store.claims_json import CLAIMS_FORMAT, from_json, to_json
from factcheck.store.cluster import Cluster
from factcheck.store.extractions import Progress, extract_all, load_extractions
from factcheck.store.names import MAX_NAME_BYTES, claims_name, claims_path

__all__ = [
    "CLAIMS_FORMAT",
    "MAX_NAME_BYTES",
    "ClaimsFile",
    "Cluster",
    "Progress",
    "claims_name",
    "claims_path",
    "extract_all",
    "from_json",
    "load_extractions",
    "prepare",
    "save",
    "to_json",
]
