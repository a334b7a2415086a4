"""With JavaScript off, the static guide pages lead to a recommendation through links alone,
and the matrix shows in full."""

from selenium.webdriver.common.by import By

from pages import url, visible


def test_the_guide_can_be_followed_to_a_recommendation_through_links(site, nojs_browser):
    driver = nojs_browser
    driver.get(url(site, "guide.html"))
    assert driver.find_element(By.ID, "wizard").get_attribute("hidden") is not None
    assert driver.find_element(By.ID, "search").get_attribute("hidden") is not None
    driver.find_element(By.LINK_TEXT, "Start with the first question").click()
    assert driver.current_url.endswith("guide/ml-product.html")
    for answer in ("Yes, trained models are part of what we ship.",
                   "Yes, security or compliance is critical for us.",
                   "Comfortable. Builds, tests and deployments are automated."):
        driver.find_element(By.LINK_TEXT, answer).click()
    assert driver.current_url.endswith("guide/mlops-devsecops.html")
    assert driver.find_element(By.TAG_NAME, "h1").text == "MLOps with DevSecOps practices"
    cards = [a.text for a in driver.find_elements(By.CSS_SELECTOR, ".recommendation .card h3 a")]
    assert cards == ["MLOps", "DevSecOps"]
    answered = [s.text for s in driver.find_elements(By.CSS_SELECTOR, ".answered li strong")]
    assert len(answered) == 3


def test_the_full_matrix_shows_without_javascript(site, nojs_browser):
    driver = nojs_browser
    driver.get(url(site, "matrix.html"))
    visible(driver, "#practice-matrix")
    assert not driver.find_element(By.ID, "matrix-tools").is_displayed()
    rows = driver.find_elements(By.CSS_SELECTOR, "#practice-matrix tbody tr:not(.group)")
    assert len(rows) == len(list((site.parent / "content/practices").glob("*.md")))
    assert all(row.is_displayed() for row in rows)
    assert len(driver.find_elements(By.CSS_SELECTOR, "#practice-matrix thead th[data-methodology]")) == 4
