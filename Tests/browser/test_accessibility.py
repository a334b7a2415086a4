"""axe-core 4.x (bundled by selenium-axe-python) on every page type, in the light and dark
schemes, at 1280 px and 375 px, plus the open search results and the wizard's question and
result: zero violations of WCAG 2.1 A and AA rules."""

import json
import pathlib

import pytest
import selenium_axe_python
from selenium.webdriver.common.by import By

from pages import PAGE_TYPES, set_scheme, set_width, url, visible, wait

AXE = (pathlib.Path(selenium_axe_python.__file__).parent / "axe-core" / "axe.min.js").read_text(encoding="utf-8")
RUN = """
const done = arguments[arguments.length - 1];
axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
  .then(r => done({version: axe.version, violations: r.violations.map(v => ({
      id: v.id, help: v.help, nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}))}))
  .catch(e => done({error: String(e)}));
"""


def audit(driver):
    driver.execute_script(AXE)
    driver.set_script_timeout(60)
    result = driver.execute_async_script(RUN)
    assert "error" not in result, result
    assert result["version"].startswith("4."), result["version"]
    return result["violations"]


def states():
    for kind in sorted(PAGE_TYPES):
        yield kind, PAGE_TYPES[kind], None
    yield "search-open", "practices/continuous-integration.html", "search"
    yield "wizard-question", "guide.html#path=yes", "wizard"
    yield "wizard-result", "guide.html#path=yes/yes/mature", "wizard"


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("name,path,feature", list(states()), ids=[s[0] for s in states()])
def test_axe_finds_no_violation(site, browser, name, path, feature, width, scheme):
    set_width(browser, width)
    set_scheme(browser, scheme)
    page, _, fragment = path.partition("#")
    browser.get(url(site, page) + ("#" + fragment if fragment else ""))
    visible(browser, "#search-input")
    if feature == "search":
        browser.find_element(By.ID, "search-input").send_keys("monitor")
        wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results a"))
    if feature == "wizard":
        visible(browser, "#wizard-heading")
    violations = audit(browser)
    assert violations == [], json.dumps(violations, indent=1)
