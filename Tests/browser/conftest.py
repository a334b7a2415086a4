"""Shared fixtures for the reader's-browser suite: the committed site/, a hostile fixture built
into a temporary folder, and headless Chromium sessions (JavaScript on and off)."""

import os
import pathlib
import shutil
import subprocess
import tempfile

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.service import Service

REPO = pathlib.Path(__file__).resolve().parents[2]
SITE = REPO / "site"
SCREENSHOTS = REPO / "screenshots"


def chrome(javascript=True, downloads=None):
    options = webdriver.ChromeOptions()
    options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--window-size=1280,900", "--hide-scrollbars", "--force-device-scale-factor=1",
                 "--lang=en-US", "--disable-background-networking", "--no-first-run"):
        options.add_argument(flag)
    prefs = {}
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    if downloads:
        prefs.update({"download.default_directory": str(downloads), "download.prompt_for_download": False})
    options.add_experimental_option("prefs", prefs)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")), options=options)
    driver.set_page_load_timeout(30)
    return driver


@pytest.fixture(scope="session")
def site():
    assert (SITE / "index.html").is_file(), "site/ is missing: build it with opsguide build"
    return SITE


@pytest.fixture(scope="session")
def browser():
    driver = chrome()
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def nojs_browser():
    driver = chrome(javascript=False)
    yield driver
    driver.quit()


@pytest.fixture(scope="session")
def downloads_browser(tmp_path_factory):
    folder = tmp_path_factory.mktemp("downloads")
    driver = chrome(downloads=folder)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(folder)})
    yield driver, folder
    driver.quit()


@pytest.fixture(autouse=True)
def reset_browser_state(request):
    """Every test starts on a blank page at 1280 px in the light scheme, with an empty console
    log, whatever the previous test did (axe itself logs when it reads file:// stylesheets)."""
    for name in ("browser", "nojs_browser"):
        if name in request.fixturenames:
            driver = request.getfixturevalue(name)
            driver.get("about:blank")
            driver.get_log("browser")
            driver.set_window_size(1280, 900)
            driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": [{"name": "prefers-color-scheme", "value": "light"}]})
    yield


def opsguide_binary():
    """The opsguide binary: $OPSGUIDE_BIN, or the one `swift build` puts in the scratch path."""
    if os.environ.get("OPSGUIDE_BIN"):
        return os.environ["OPSGUIDE_BIN"]
    scratch = os.environ.get("OPSGUIDE_SCRATCH", ".build")
    out = subprocess.run(["swift", "build", "--scratch-path", scratch, "--show-bin-path"], cwd=REPO,
                         check=True, capture_output=True, text=True).stdout.strip()
    return str(pathlib.Path(out) / "opsguide")


@pytest.fixture(scope="session")
def hostile_site():
    """Tests/browser/fixtures/hostile built with the opsguide binary into a temporary folder."""
    folder = pathlib.Path(tempfile.mkdtemp(prefix="opsguide-hostile-"))
    output = folder / "site"
    result = subprocess.run(
        [opsguide_binary(), "build", "--content", str(REPO / "Tests/browser/fixtures/hostile"),
         "--templates", str(REPO / "templates"), "--output", str(output)],
        cwd=REPO, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    yield output
    shutil.rmtree(folder, ignore_errors=True)
