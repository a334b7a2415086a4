"""The search box: a word found only deep in one practice's body finds that practice, from
file:// and over HTTP; results come as you type, with a marked snippet, and the keyboard
reaches them."""

import functools
import http.server
import re
import threading
import unicodedata

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

from pages import console_errors, url, visible, wait


def fold(text):
    return unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode().lower()


def body(path):
    text = path.read_text(encoding="utf-8")
    return text.split("\n---", 1)[1] if text.startswith("---") else text


def unique_body_word(site):
    """A word of one practice's body, past its first 600 characters, found in no other file."""
    content = site.parent / "content"
    files = sorted(content.rglob("*.md")) + [content / "site.yaml"]
    counts = {}
    for path in files:
        for word in set(re.findall(r"[a-z]{8,}", fold(path.read_text(encoding="utf-8")))):
            counts[word] = counts.get(word, 0) + 1
    for path in sorted((content / "practices").glob("*.md")):
        tail = fold(body(path))[600:]
        for word in sorted(set(re.findall(r"[a-z]{8,}", tail))):
            if counts.get(word) == 1:
                return word, path.stem
    raise AssertionError("no practice has a word of its own")


def results(driver):
    return driver.find_elements(By.CSS_SELECTOR, "#search-results a.search-result")


def type_query(driver, text):
    box = visible(driver, "#search-input")
    box.clear()
    box.send_keys(text)
    return box


def check_finds_unique_word(driver, site, page_url):
    word, practice = unique_body_word(site)
    driver.get(page_url)
    type_query(driver, word + " ")
    wait(driver).until(lambda d: len(results(d)) == 1)
    link = results(driver)[0]
    assert link.get_attribute("href").endswith(f"practices/{practice}.html")
    assert link.find_element(By.CSS_SELECTOR, ".search-kind").get_attribute("textContent") == "Practice"
    status = driver.find_element(By.ID, "search-status").get_attribute("textContent")
    assert status.startswith("1 page matches.")
    return word, practice


def test_a_word_only_in_one_practice_body_finds_that_practice_from_file(site, browser):
    check_finds_unique_word(browser, site, url(site, "methodologies/devops.html"))
    assert console_errors(browser) == []


@pytest.fixture(scope="module")
def http_site(site):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    handler.log_message = lambda *args: None
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


def test_search_works_over_http_too(site, browser, http_site):
    check_finds_unique_word(browser, site, http_site + "practices/continuous-integration.html")


def test_results_come_as_you_type_with_marked_snippets_and_keyboard_navigation(site, browser):
    browser.get(url(site, "index.html"))
    box = type_query(browser, "pipel")
    wait(browser).until(lambda d: len(results(d)) >= 3)
    first = results(browser)[0]
    marks = [m.text.lower() for m in first.find_elements(By.CSS_SELECTOR, "mark")]
    assert marks and all(m.startswith("pipel") for m in marks)
    box.send_keys(Keys.ARROW_DOWN)
    assert browser.switch_to.active_element == results(browser)[0]
    browser.switch_to.active_element.send_keys(Keys.ARROW_DOWN)
    second = results(browser)[1]
    assert browser.switch_to.active_element == second
    target = second.get_attribute("href")
    browser.switch_to.active_element.send_keys(Keys.ARROW_UP, Keys.ARROW_UP)
    assert browser.switch_to.active_element == box
    box.send_keys(Keys.ARROW_DOWN, Keys.ARROW_DOWN, Keys.ENTER)
    wait(browser).until(lambda d: d.current_url == target)


def test_escape_closes_and_no_match_says_so(site, browser):
    browser.get(url(site, "practices/model-rollback.html"))
    box = type_query(browser, "zzqxv")
    wait(browser).until(lambda d: d.find_element(By.CSS_SELECTOR, ".search-empty").is_displayed())
    assert results(browser) == []
    box.send_keys(Keys.ESCAPE)
    assert not browser.find_element(By.ID, "search-panel").is_displayed()


def test_the_slash_key_focuses_the_search_box(site, browser):
    browser.get(url(site, "matrix.html"))
    visible(browser, "#search-input")
    browser.find_element(By.TAG_NAME, "body").send_keys("/")
    assert browser.switch_to.active_element.get_attribute("id") == "search-input"
