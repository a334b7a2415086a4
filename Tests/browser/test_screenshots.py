"""Screenshots of the home page, a methodology page, the matrix and a wizard result at 1280 px
and 375 px in both schemes, written to screenshots/ (git-ignored) for a person to look at.
The assertions check content, not pixels: the page laid out without horizontal overflow."""

import pytest
from selenium.webdriver.common.by import By

from conftest import SCREENSHOTS
from pages import set_scheme, url, visible

SHOTS = {
    "home": "index.html",
    "methodology": "methodologies/mlops.html",
    "matrix": "matrix.html",
    "wizard-result": "guide.html#path=yes/yes/mature",
}


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 375])
@pytest.mark.parametrize("name", sorted(SHOTS))
def test_screenshot(site, browser, name, width, scheme):
    SCREENSHOTS.mkdir(exist_ok=True)
    browser.set_window_size(width, 900)
    set_scheme(browser, scheme)
    page, _, fragment = SHOTS[name].partition("#")
    browser.get(url(site, page) + ("#" + fragment if fragment else ""))
    visible(browser, "#wizard-heading" if fragment else "h1")
    overflow = browser.execute_script("return document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"{name} scrolls sideways by {overflow}px at {width}px"
    height = browser.execute_script("return document.documentElement.scrollHeight")
    browser.set_window_size(width, min(height, 4000))
    target = SCREENSHOTS / f"{name}-{width}-{scheme}.png"
    assert browser.save_screenshot(str(target)), target
    assert target.stat().st_size > 10_000
    assert browser.find_element(By.TAG_NAME, "h1").text
