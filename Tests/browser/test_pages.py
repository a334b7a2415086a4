"""Every page type loads without a console error, in both schemes and at both widths, and
the features that open later (search results, a wizard question and result) add none."""

import pytest
from selenium.webdriver.common.by import By

from pages import PAGE_TYPES, console_errors, set_scheme, set_width, url, visible, wait


@pytest.mark.parametrize("kind", sorted(PAGE_TYPES))
def test_no_console_errors(site, browser, kind):
    for width in (1280, 375):
        for scheme in ("light", "dark"):
            set_width(browser, width)
            set_scheme(browser, scheme)
            browser.get(url(site, PAGE_TYPES[kind]))
            visible(browser, "#search-input")
            assert console_errors(browser) == [], (kind, width, scheme)


def test_no_console_errors_while_searching_and_in_the_wizard(site, browser):
    browser.get(url(site, "pages/glossary.html"))
    visible(browser, "#search-input").send_keys("drift")
    wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#search-results a"))
    browser.get(url(site, "guide.html") + "#path=no")
    visible(browser, "#wizard-heading")
    browser.get(url(site, "guide.html") + "#path=yes/yes/early")
    visible(browser, "#wizard .result")
    assert console_errors(browser) == []


def test_every_page_has_a_meta_description_and_no_external_request(site, browser):
    for path in sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")):
        browser.get(url(site, path))
        description = browser.find_element(By.CSS_SELECTOR, "meta[name='description']").get_attribute("content")
        assert description.strip(), path
        resources = browser.execute_script("return performance.getEntriesByType('resource').map(e => e.name)")
        assert all(r.startswith("file://") for r in resources), (path, resources)
