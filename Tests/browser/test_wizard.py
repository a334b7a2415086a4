"""The decision wizard on guide.html: a path ends in the expected recommendation, its URL
restores it, back and restart work, and the keyboard alone can complete it."""

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.common.action_chains import ActionChains

from pages import console_errors, guide_data, url, visible, wait

# Does it train models? yes · regulated? yes · DevOps maturity? mature
PATH = ["yes", "yes", "mature"]


def expected_end(site, answers):
    data = guide_data(site)
    questions = {q["id"]: q for q in data["questions"]}
    node = questions[data["start"]]
    for answer_id in answers:
        answer = next(a for a in node["answers"] if a["id"] == answer_id)
        if answer.get("end"):
            return next(e for e in data["ends"] if e["id"] == answer["end"])
        node = questions[answer["next"]]
    raise AssertionError("path does not reach an end")


def heading(driver):
    return visible(driver, "#wizard-heading").text


def answer(driver, text):
    driver.find_element(By.XPATH, f"//section[@id='wizard']//a[contains(@class,'answer')][normalize-space()={xpath_literal(text)}]").click()


def xpath_literal(text):
    return "'" + text + "'" if "'" not in text else 'concat("' + text.replace('"', '", \'"\', "') + '")'


def test_a_path_ends_in_the_expected_recommendation_and_its_url_restores_it(site, browser):
    end = expected_end(site, PATH)
    assert end["id"] == "mlops-devsecops"
    browser.get(url(site, "guide.html"))
    start = visible(browser, "#guide-start")
    start.click()
    data = guide_data(site)
    questions = {q["id"]: q for q in data["questions"]}
    node = questions[data["start"]]
    for step, answer_id in enumerate(PATH, start=1):
        assert heading(browser) == node["text"]
        assert browser.find_element(By.ID, "wizard-step").text.startswith(f"Question {step} of up to")
        chosen = next(a for a in node["answers"] if a["id"] == answer_id)
        answer(browser, chosen["text"])
        node = questions.get(chosen.get("next"))
    wait(browser).until(lambda d: d.find_element(By.ID, "wizard-heading").text == end["title"])
    recommended = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#wizard .card h3 a")]
    assert recommended == ["MLOps", "DevSecOps"]
    status = browser.find_element(By.ID, "wizard-status").get_attribute("textContent")
    assert status.startswith("Recommendation: " + end["title"])
    practices = [a.text for a in browser.find_elements(By.CSS_SELECTOR, "#wizard .practice-list a")]
    assert practices == [p["title"] for p in end["startWith"]]
    methodology_links = [a.get_attribute("href") for a in browser.find_elements(By.CSS_SELECTOR, "#wizard .card h3 a")]
    assert all(h.endswith(("methodologies/mlops.html", "methodologies/devsecops.html")) for h in methodology_links)
    assert [li.text.split("\n")[0] for li in browser.find_elements(By.CSS_SELECTOR, "#wizard .answered li strong")] == [
        "Yes, trained models are part of what we ship.", "Yes, security or compliance is critical for us.",
        "Comfortable. Builds, tests and deployments are automated."]
    result_url = browser.current_url
    assert result_url.endswith("#path=yes/yes/mature")

    # Opened fresh in a new window: the same result.
    browser.switch_to.new_window("tab")
    try:
        browser.get(result_url)
        wait(browser).until(lambda d: d.find_element(By.ID, "wizard-heading").text == end["title"])
        assert browser.find_element(By.ID, "guide-intro").get_attribute("hidden") is not None
    finally:
        browser.close()
        browser.switch_to.window(browser.window_handles[0])
    assert console_errors(browser) == []


def test_back_and_restart(site, browser):
    browser.get(url(site, "guide.html") + "#path=yes/yes/mature")
    data = guide_data(site)
    questions = {q["id"]: q for q in data["questions"]}
    wait(browser).until(lambda d: d.find_element(By.ID, "wizard-heading").text == expected_end(site, PATH)["title"])
    browser.find_element(By.LINK_TEXT, "← Back").click()
    wait(browser).until(lambda d: d.find_element(By.ID, "wizard-heading").text == questions["ml-regulated-maturity"]["text"])
    assert browser.current_url.endswith("#path=yes/yes")
    browser.back()  # the browser's own back button returns to the result
    wait(browser).until(lambda d: d.find_element(By.ID, "wizard-heading").text == expected_end(site, PATH)["title"])
    browser.find_element(By.LINK_TEXT, "Start over").click()
    wait(browser).until(lambda d: d.find_element(By.ID, "wizard-heading").text == questions[data["start"]]["text"])
    assert browser.current_url.endswith("#path=")
    assert browser.find_elements(By.CSS_SELECTOR, "#wizard .answered") == []
    # "Change" on an earlier answer goes back to that question.
    browser.get(url(site, "guide.html") + "#path=no/no")
    change = wait(browser).until(lambda d: d.find_elements(By.CSS_SELECTOR, "#wizard .answered a.change"))
    change[0].click()
    wait(browser).until(lambda d: d.find_element(By.ID, "wizard-heading").text == questions[data["start"]]["text"])


def test_an_unknown_path_falls_back_to_the_last_valid_step(site, browser):
    browser.get(url(site, "guide.html") + "#path=yes/bogus/more")
    data = guide_data(site)
    questions = {q["id"]: q for q in data["questions"]}
    wait(browser).until(lambda d: d.find_element(By.ID, "wizard-heading").text == questions["ml-regulated"]["text"])
    assert browser.current_url.endswith("#path=yes")


def test_the_wizard_can_be_completed_with_the_keyboard_alone(site, browser):
    browser.get(url(site, "guide.html"))
    visible(browser, "#guide-start")
    keys = ActionChains(browser)
    # Tab from the top of the page to the start button, then Enter.
    for _ in range(40):
        keys.send_keys(Keys.TAB).perform()
        if browser.switch_to.active_element.get_attribute("id") == "guide-start":
            break
    else:
        raise AssertionError("the start button cannot be reached with Tab")
    keys.send_keys(Keys.ENTER).perform()
    data = guide_data(site)
    questions = {q["id"]: q for q in data["questions"]}
    node = questions[data["start"]]
    for answer_id in PATH:
        # Focus moves to the new question's heading; the answers follow it in tab order.
        wait(browser).until(lambda d: d.switch_to.active_element.get_attribute("id") == "wizard-heading")
        assert browser.switch_to.active_element.text == node["text"]
        chosen = next(a for a in node["answers"] if a["id"] == answer_id)
        for _ in range(40):
            keys.send_keys(Keys.TAB).perform()
            if browser.switch_to.active_element.text == chosen["text"]:
                break
        else:
            raise AssertionError(f"answer {chosen['text']!r} cannot be reached with Tab")
        keys.send_keys(Keys.ENTER).perform()
        node = questions.get(chosen.get("next"))
    end = expected_end(site, PATH)
    wait(browser).until(lambda d: d.switch_to.active_element.get_attribute("id") == "wizard-heading")
    assert browser.switch_to.active_element.text == end["title"]
    assert browser.current_url.endswith("#path=yes/yes/mature")


def test_the_skip_link_keeps_the_wizard_and_back_from_the_first_question_shows_the_introduction(site, browser):
    browser.get(url(site, "guide.html") + "#path=")
    first = visible(browser, "#wizard-heading").text
    browser.execute_script("document.querySelector('.skip-link').click()")
    assert browser.current_url.endswith("#main")
    assert browser.find_element(By.ID, "wizard-heading").text == first
    browser.find_element(By.LINK_TEXT, "← Introduction").click()
    wait(browser).until(lambda d: not d.find_element(By.ID, "wizard").is_displayed())
    assert browser.find_element(By.ID, "guide-intro").is_displayed()
    assert browser.switch_to.active_element.get_attribute("id") == "guide-start"
