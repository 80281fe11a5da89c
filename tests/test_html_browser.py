"""The HTML report in a real headless browser (Debian's chromium and chromium-driver, driven by
selenium, no network): it renders, its links lead from a finding to an article and back, and it
passes an accessibility check of colour contrast and headings.

Skipped, saying why, where chromium, chromedriver or selenium is missing. axe-core is used as well
when its axe.min.js is on the machine (FACTCHECK_AXE_JS, or `npm install -g axe-core`); the
in-page checks of contrast and headings run in every case."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
AXE_PLACES = (
    os.environ.get("FACTCHECK_AXE_JS", ""),
    "/usr/lib/node_modules/axe-core/axe.min.js",
    "/usr/local/lib/node_modules/axe-core/axe.min.js",
    str(Path(__file__).resolve().parents[1] / "node_modules" / "axe-core" / "axe.min.js"),
)
AXE = next((Path(p) for p in AXE_PLACES if p and Path(p).is_file()), None)

try:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
except ImportError:  # pragma: no cover - the dev extra installs it
    webdriver = None

pytestmark = [
    pytest.mark.skipif(webdriver is None, reason="selenium is not installed (pip install -e '.[dev]')"),
    pytest.mark.skipif(
        CHROMIUM is None or CHROMEDRIVER is None,
        reason="no headless browser: apt-get install chromium chromium-driver to run the HTML report's browser test",
    ),
]

PIER = "Mayor Oren Vasko of Port Alder said 40 boats were waiting <for> the pier & the tide.\n"
HARBOUR = "Former Mayor Oren Vasko of Port Alder said 55 boats were waiting.\n\nSaid Ines Caloway.\n"

# Every element with text of its own: its colour against the first opaque background behind it,
# by the WCAG 2 formula; 4.5:1 for text, 3:1 for large text (24px, or 18.66px bold).
CONTRAST = """
const parse = (c) => (c.match(/[\\d.]+/g) || []).map(Number);
const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
const luminance = ([r, g, b]) => 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
const background = (el) => {
  for (let e = el; e; e = e.parentElement) {
    const c = parse(getComputedStyle(e).backgroundColor);
    if (c.length === 3 || (c.length === 4 && c[3] === 1)) return c.slice(0, 3);
  }
  return [255, 255, 255];
};
const failures = [];
let checked = 0;
for (const el of document.body.querySelectorAll('*')) {
  if (el.closest('svg')) continue;
  const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
  const style = getComputedStyle(el);
  if (!own || style.visibility === 'hidden' || style.display === 'none') continue;
  const [a, b] = [luminance(parse(style.color)), luminance(background(el))];
  const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  const size = parseFloat(style.fontSize), bold = parseInt(style.fontWeight, 10) >= 700;
  const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
  checked += 1;
  if (ratio < needed) failures.push(`${el.tagName}.${el.className}: ${ratio.toFixed(2)} < ${needed}`);
}
return {checked, failures};
"""


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,900"):
        options.add_argument(argument)
    driver = webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)
    driver.set_page_load_timeout(20)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture
def report(run_main, write_article, workdir: Path) -> Path:
    """The HTML report of two articles that disagree, written through the command line."""
    write_article("sources/pier & <tide>.md", PIER, published="2031-03-04")
    write_article("sources/harbour.md", HARBOUR, published="2031-03-05")
    result = run_main("check", "--output-format", "html", "-o", "report.html")
    assert result.code == 1, result.stderr
    return workdir / "report.html"


@pytest.fixture
def page(browser: Any, report: Path) -> Any:
    browser.get(report.as_uri())
    return browser


def in_view(driver: Any, element_id: str) -> bool:
    return bool(
        driver.execute_script(
            "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
            "return r.top >= -1 && r.top < window.innerHeight;",
            element_id,
        )
    )


def test_the_page_renders_its_title_and_findings(page: Any) -> None:
    assert page.title.startswith("factcheck: ")
    findings = page.find_elements(By.CSS_SELECTOR, "article.finding")
    assert findings and all(f.is_displayed() for f in findings)
    assert "Oren Vasko" in findings[0].find_element(By.TAG_NAME, "h3").text
    assert page.find_elements(By.CSS_SELECTOR, "article.finding svg title")


def test_a_screenshot_of_the_page_is_not_empty(page: Any) -> None:
    picture = page.get_screenshot_as_png()
    assert picture[:8] == b"\x89PNG\r\n\x1a\n" and len(picture) > 10_000


def test_a_link_leads_from_a_finding_to_its_article_and_back(page: Any) -> None:
    finding = page.find_element(By.CSS_SELECTOR, "article.finding")
    finding_id = finding.get_attribute("id")
    to_article = finding.find_element(By.CSS_SELECTOR, '.meta a[href^="#article-"]')
    article_id = to_article.get_attribute("href").split("#", 1)[1]
    to_article.click()
    assert page.execute_script("return location.hash") == f"#{article_id}"
    assert in_view(page, article_id)
    back = page.find_element(By.ID, article_id).find_element(By.CSS_SELECTOR, f'a[href="#{finding_id}"]')
    back.click()
    assert page.execute_script("return location.hash") == f"#{finding_id}"
    assert in_view(page, finding_id)
    page.back()
    assert page.execute_script("return location.hash") == f"#{article_id}"


def test_every_in_page_link_has_a_target_in_the_rendered_page(page: Any) -> None:
    missing = page.execute_script(
        "return [...document.querySelectorAll('a[href]')].map(a => a.getAttribute('href'))"
        ".filter(h => !h.startsWith('#') || !document.getElementById(h.slice(1)));"
    )
    assert missing == []


def test_all_text_has_enough_contrast_against_its_background(page: Any) -> None:
    outcome = page.execute_script(CONTRAST)
    assert outcome["checked"] > 50
    assert outcome["failures"] == []


def test_there_is_one_h1_and_heading_levels_never_skip(page: Any) -> None:
    levels = page.execute_script(
        "return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => Number(h.tagName[1]));"
    )
    assert levels.count(1) == 1 and levels[0] == 1
    assert all(later - earlier <= 1 for earlier, later in pairwise(levels))


@pytest.mark.skipif(
    AXE is None, reason="axe-core's axe.min.js is not on this machine (npm install -g axe-core)"
)
def test_axe_core_finds_no_accessibility_violations(page: Any) -> None:
    assert AXE is not None
    page.execute_script(AXE.read_text(encoding="utf-8"))
    page.set_script_timeout(20)
    violations = page.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: ['wcag2a', 'wcag2aa', 'best-practice']})"
        ".then(r => done(r.violations.map(v => `${v.id}: ${v.nodes.map(n => n.target).join(' ')}`)));"
    )
    assert violations == []
