"""Headless Chromium (Debian's, through /usr/bin/chromedriver; nothing downloaded) reads the pages
and runs a saved query on the query page."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator

import pytest

pytestmark = pytest.mark.browser

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="module")
def browser() -> Iterator:
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("chromium and chromedriver are not installed")
    webdriver = pytest.importorskip("selenium.webdriver")
    profile = tempfile.mkdtemp(prefix="chancery-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in [*FLAGS, f"--user-data-dir={profile}"]:
        options.add_argument(flag)
    driver = webdriver.Chrome(service=webdriver.ChromeService(executable_path=CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def wait_for(driver, condition, timeout: float = 20):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(condition)


def text_of(driver, css: str) -> str:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, css).text


def test_document_page(browser, live, dataset, document_iri):
    browser.get(live.url + dataset.path_of(document_iri))
    assert text_of(browser, "h1")
    assert text_of(browser, "#date")
    rows = text_of(browser, "#distribution tbody").splitlines()
    assert rows and rows[0].startswith("1 ")


def test_person_page_links_back(browser, live, dataset, person_iri):
    from selenium.webdriver.common.by import By

    browser.get(live.url + dataset.path_of(person_iri))
    link = browser.find_element(By.CSS_SELECTOR, "#appearances a[href^='/document/']")
    link.click()
    wait_for(browser, lambda d: "/document/" in d.current_url)
    assert text_of(browser, "h1")


def test_query_page_runs_a_saved_query(browser, live, queries):
    from selenium.webdriver.common.by import By

    browser.get(live.url + "query")
    saved = queries[0]
    box = browser.find_element(By.ID, f"q-{saved.name}")
    box.find_element(By.TAG_NAME, "summary").click()
    box.find_element(By.CSS_SELECTOR, "button.run-saved").click()
    wait_for(
        browser,
        lambda d: (
            "result" in d.find_element(By.ID, "query-status").text
            or "failed" in d.find_element(By.ID, "query-status").text
        ),
    )
    status = text_of(browser, "#query-status")
    assert "failed" not in status, text_of(browser, "#query-results")
    headers = [th.text for th in browser.find_elements(By.CSS_SELECTOR, "#query-results th")]
    assert headers and browser.find_element(By.ID, "query-text").get_attribute("value") == saved.text


def test_typed_query_with_hostile_literal(browser, live):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.get(live.url + "query")
    editor = browser.find_element(By.ID, "query-text")
    editor.clear()
    editor.send_keys('SELECT ?x WHERE { BIND("<img src=x onerror=document.title=1>" AS ?x) }')
    editor.send_keys(Keys.CONTROL, Keys.ENTER)
    wait_for(browser, lambda d: "1 result" in d.find_element(By.ID, "query-status").text)
    assert text_of(browser, "#query-results td") == "<img src=x onerror=document.title=1>"
    assert browser.find_elements(By.CSS_SELECTOR, "#query-results img") == []
    assert browser.title != "1"


@pytest.mark.parametrize("page", ["document/000_x", "person/stalin"])
def test_hostile_text_does_not_run(browser, hostile_url, page):
    from selenium.common.exceptions import NoAlertPresentException

    browser.get(hostile_url + page)
    assert '<script>alert("x")</script>' in browser.find_element("css selector", "h1").text
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018 - reading it is the check
    assert browser.find_elements("css selector", "main img") == []
