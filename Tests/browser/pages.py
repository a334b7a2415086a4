"""Helpers the browser tests share: page URLs, waiting, console errors, scheme and width."""

import json
import pathlib

from selenium.common.exceptions import NoSuchElementException, StaleElementReferenceException
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions
from selenium.webdriver.support.ui import WebDriverWait

# One page of every page type of the shipped site.
PAGE_TYPES = {
    "home": "index.html",
    "methodology": "methodologies/devsecops.html",
    "practice": "practices/sast-in-the-ide.html",
    "page": "pages/glossary.html",
    "methodology-index": "methodologies.html",
    "practice-index": "practices.html",
    "matrix": "matrix.html",
    "guide": "guide.html",
    "guide-question": "guide/ml-regulated.html",
    "guide-end": "guide/mlops-devsecops.html",
    "not-found": "404.html",
}


def url(root, path):
    return pathlib.Path(root, path).resolve().as_uri()


def wait(driver, seconds=10):
    """Waits through re-rendering: an element replaced while it is read is looked up again."""
    return WebDriverWait(driver, seconds, ignored_exceptions=(NoSuchElementException, StaleElementReferenceException))


def visible(driver, css, seconds=10):
    return wait(driver, seconds).until(expected_conditions.visibility_of_element_located((By.CSS_SELECTOR, css)))


def console_errors(driver):
    return [entry for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "WARNING")]


def set_scheme(driver, scheme):
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": scheme}]})


def set_width(driver, width, height=900):
    driver.set_window_size(width, height)


def guide_data(root):
    """The guide as the wizard sees it (guide.json, written next to guide-data.js)."""
    return json.loads(pathlib.Path(root, "guide.json").read_text(encoding="utf-8"))
