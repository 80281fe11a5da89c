"""Sources: articles read from disk (front matter, datelines, markup), the calendar phrases they
date things by, untrusted YAML, the registry file, Wikidata dumps and git targets."""

from __future__ import annotations

from factcheck.sources.articles import (
    ARTICLE_SUFFIXES,
    DEFAULT_MAX_ARTICLE_SIZE,
    Corpus,
    display_path,
    find_articles,
    load_corpus,
    load_source,
    load_sources,
    read_text,
    scan_articles,
)
from factcheck.sources.markup import blank_html, without_comments

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_MAX_ARTICLE_SIZE",
    "Corpus",
    "blank_html",
    "display_path",
    "find_articles",
    "load_corpus",
    "load_source",
    "load_sources",
    "read_text",
    "scan_articles",
    "without_comments",
]
