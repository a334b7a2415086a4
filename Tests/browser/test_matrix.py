"""The comparison matrix tools: category and methodology filters, highlight, CSV export."""

import csv
import io
import time

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from pages import console_errors, url, visible


def practice_count(site):
    return len(list((site.parent / "content/practices").glob("*.md")))


def shown(driver, css):
    return [e for e in driver.find_elements(By.CSS_SELECTOR, css) if e.is_displayed()]


def row_titles(driver):
    return [r.find_element(By.CSS_SELECTOR, "th").text for r in shown(driver, "#practice-matrix tbody tr:not(.group)")]


def test_filters_hide_and_show_the_right_rows_and_columns(site, browser):
    browser.get(url(site, "matrix.html"))
    visible(browser, "#matrix-tools")
    all_rows = row_titles(browser)
    total = practice_count(site)
    assert len(all_rows) == total
    security_rows = [r.find_element(By.CSS_SELECTOR, "th").text
                     for r in browser.find_elements(By.CSS_SELECTOR, "#practice-matrix tbody[data-category='security'] tr:not(.group)")]

    browser.find_element(By.CSS_SELECTOR, "input[name='category'][value='security']").click()
    assert row_titles(browser) == [t for t in all_rows if t not in security_rows]
    assert not browser.find_element(By.CSS_SELECTOR, "#practice-matrix tbody[data-category='security']").is_displayed()

    browser.find_element(By.CSS_SELECTOR, "input[name='methodology'][value='dataops']").click()
    headers = [th.text for th in shown(browser, "#practice-matrix thead th")]
    assert headers == ["Practice", "DevOps", "DevSecOps", "MLOps"]
    assert shown(browser, "#practice-matrix td[data-methodology='dataops']") == []
    assert shown(browser, "#dimension-matrix td[data-methodology='dataops']") == []
    assert [th.get_attribute("colspan") for th in shown(browser, "#practice-matrix tr.group th")] == ["4"] * 4
    status = browser.find_element(By.CSS_SELECTOR, "#matrix-tools [role='status']").get_attribute("textContent")
    assert status == f"Showing {total - len(security_rows)} of {total} practices and 3 of 4 methodologies."

    browser.find_element(By.CSS_SELECTOR, "input[name='category'][value='security']").click()
    browser.find_element(By.CSS_SELECTOR, "input[name='methodology'][value='dataops']").click()
    assert row_titles(browser) == all_rows
    assert len(shown(browser, "#practice-matrix td[data-methodology='dataops']")) == total
    assert console_errors(browser) == []


def test_highlight_marks_one_methodology_in_both_tables(site, browser):
    browser.get(url(site, "matrix.html"))
    Select(visible(browser, "#matrix-highlight")).select_by_visible_text("MLOps")
    marked = browser.find_elements(By.CSS_SELECTOR, ".highlight")
    assert marked and all(e.get_attribute("data-methodology") == "mlops" for e in marked)
    dimensions = len(browser.find_elements(By.CSS_SELECTOR, "#dimension-matrix tbody tr"))
    assert len(marked) == 2 + practice_count(site) + dimensions  # two header cells, then one cell per row
    browser.find_element(By.XPATH, "//button[normalize-space()='Show all']").click()
    assert browser.find_elements(By.CSS_SELECTOR, ".highlight") == []


def test_csv_export_holds_the_rows_and_columns_shown(site, downloads_browser):
    driver, folder = downloads_browser
    driver.get(url(site, "matrix.html"))
    visible(driver, "#matrix-tools")
    ml_rows = len(driver.find_elements(By.CSS_SELECTOR, "#practice-matrix tbody[data-category='ml'] tr:not(.group)"))
    driver.find_element(By.CSS_SELECTOR, "input[name='category'][value='ml']").click()
    driver.find_element(By.CSS_SELECTOR, "input[name='methodology'][value='devops']").click()
    driver.find_element(By.ID, "matrix-csv").click()
    target = folder / "opsguide-matrix.csv"
    for _ in range(100):
        if target.exists() and target.stat().st_size > 0:
            break
        time.sleep(0.1)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["Category", "Practice", "DataOps", "DevSecOps", "MLOps"]
    assert len(rows) == 1 + practice_count(site) - ml_rows
    assert ["Build and delivery", "Automated testing", "core", "core", "core"] in rows
    assert ["Security and compliance", "SAST in the IDE", "", "core", ""] in rows
    assert not any(r[0] == "Machine-learning lifecycle" for r in rows)


def test_the_header_stays_visible_while_the_table_scrolls(site, browser):
    browser.set_window_size(1280, 600)
    browser.get(url(site, "matrix.html"))
    box = visible(browser, ".matrix-scroll")
    header = browser.find_element(By.CSS_SELECTOR, "#practice-matrix thead th[data-methodology='mlops']")
    browser.execute_script("arguments[0].scrollIntoView(); arguments[0].scrollTop = arguments[0].scrollHeight", box)
    assert browser.execute_script("return arguments[0].scrollTop", box) > 200
    box_top = browser.execute_script("return arguments[0].getBoundingClientRect().top", box)
    header_top = browser.execute_script("return arguments[0].getBoundingClientRect().top", header)
    assert abs(header_top - box_top) <= 2
    last = browser.find_elements(By.CSS_SELECTOR, "#practice-matrix tbody tr")[-1]
    assert browser.execute_script(
        "const r = arguments[0].getBoundingClientRect(), b = arguments[1].getBoundingClientRect();"
        "return r.top >= b.top && r.bottom <= b.bottom + 1", last, box)


def test_print_shows_the_whole_matrix_on_the_page_width(site, browser):
    browser.get(url(site, "matrix.html"))
    visible(browser, "#matrix-tools")
    browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        assert not browser.find_element(By.ID, "matrix-tools").is_displayed()
        assert not browser.find_element(By.ID, "site-nav").is_displayed()
        rows = browser.find_elements(By.CSS_SELECTOR, "#practice-matrix tbody tr:not(.group)")
        assert len(rows) == practice_count(site) and all(r.is_displayed() for r in rows)
        widths = browser.execute_script(
            "const t = document.getElementById('practice-matrix'), s = t.closest('.table-scroll');"
            "return [t.scrollWidth, s.clientWidth, s.scrollHeight - s.clientHeight, getComputedStyle(s).overflowY]")
        assert widths[0] <= widths[1] and widths[2] == 0 and widths[3] == "visible", widths
    finally:
        browser.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
