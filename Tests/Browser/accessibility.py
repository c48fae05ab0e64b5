#!/usr/bin/env python3
"""Every page, signed in as each role, checked by axe-core (PyPI axe-selenium-python 2.1.6)
under the WCAG 2.1 A and AA rules in headless Chromium, at desktop and phone widths: any
violation of impact serious or critical fails (Thông tư 26/2020/TT-BTTTT asks state sites
to meet WCAG). Then a judge's journey with the keyboard alone: sign in, set the password,
open a sheet from the worklist, choose a band, type points, submit — Tab, typing, arrow
keys and Enter only, no click. Usage: accessibility.py PATH-TO-SANGKIEN
Prints one line per page and check and exits non-zero if any fails."""
import csv
import os
import re
import sys
import urllib.parse

from axe_selenium_python import Axe
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Support"))
from web_contest import (ROOT, SECRETARIAT, Checks, Contest, axe_findings, chromium,  # noqa: E402
                         entrant_with_submissions)

binary = os.path.abspath(sys.argv[1])
contest = Contest(binary, "sangkien-a11y-", intake=True)
run = contest.run
check = Checks()
ORGANISER = "Ban tổ chức (minh hoạ)"
run("staff", "add", ORGANISER, "--role", "organiser", "--as", "root")
pairs = [line.split(",") for line in run("assign", "export").lstrip("\ufeff").splitlines()[1:]]
mine = [p[2] for p in pairs if p[1] == "gk01"]
other = next(p[2] for p in pairs if p[1] != "gk01" and p[2] not in mine)
codes = {who: run("access", "invite", who).strip().splitlines()[-1]
         for who in ["gk01", "gk02", SECRETARIAT, ORGANISER]}
# A complaint with its re-markers: the round published (nothing scored yet), one entry
# complained of, accepted and given two judges.
run("publish", "--round", "so-khao", "--out", os.path.join(contest.work, "cong-bo"),
    "--as", ORGANISER)
run("complaint", "add", other, "--text", "Đề nghị phúc khảo (minh hoạ)")
run("complaint", "accept", "1")
run("assign", "remark", "1")
remarker = next(line.split()[2].rstrip(":") for line in run("complaint", "show", "1").splitlines()
                if line.startswith("Phúc khảo"))
# A desk entry like a demo one: its page lists the look-alike with the form that marks it.
with open(os.path.join(ROOT, "Seeds", "demo", "entries.csv"), encoding="utf-8") as f:
    demo = list(csv.DictReader(f))[1]
lookalike = run("entry", "add", "--title", demo["title"] + " (bản nâng cấp)", "--category",
                "solution", "--entrant-kind", "individual", "--author", "Nguyễn Thị Thu Hà",
                "--unit", demo["unit"], "--field", demo["field"], "--received-on", "2019-10-01",
                "--summary", demo["summary"])
lookalike = re.search(r"SK-\d+", lookalike).group(0)
PAGES = {
    # `?lang=en` last: it leaves the language cookie set.
    None: ["/sign-in", "/contest", "/results", "/sign-up", "/verify", "/sign-in?lang=en"],
    "gk02": ["/worklist", f"/sheets/so-khao/{mine[0]}", "/progress", "/sheets/so-khao/XX-9999",
             "/password"],
    SECRETARIAT: ["/progress", "/progress/reminders", "/progress/extra", "/entries",
                  "/entries?q=ho+tich", f"/entries/{other}", f"/entries/{lookalike}", "/ranking", "/statistics",
                  "/uploads", "/jury", "/jury/assign", "/workbooks", "/settings", "/rounds", "/mail",
                  "/intake",
                  f"/worklist?judge=gk01", f"/sheets/so-khao/{mine[0]}?judge=gk01",
                  "/complaints", "/complaints/1", f"/remarks/1?judge={remarker}"],
    ORGANISER: ["/rounds", "/prizes", "/ranking", "/statistics", "/settings", "/progress",
                "/rounds/so-khao/advance", "/complaints", "/complaints/1"],
}
ENTRANT = "lan.a11y@example.vn"
PAGES[ENTRANT] = ["/submissions", "/submissions/1", "/submissions/2", "/submissions/2/receipt",
                  "/contest", "/results"]
server, base = contest.serve()


entrant_with_submissions(base, contest, ENTRANT, "mat-khau-a11y-1280-rieng")
driver = chromium()
driver.set_script_timeout(60)
wait = WebDriverWait(driver, 10)
axe = Axe(driver)


def sign_in(login, password):
    driver.delete_all_cookies()
    driver.get(base + "/sign-in")
    driver.find_element(By.ID, "login").send_keys(login)
    driver.find_element(By.ID, "code").send_keys(codes[login])
    driver.find_element(By.ID, "code").submit()
    wait.until(ec.presence_of_element_located((By.ID, "new_password")))
    driver.find_element(By.ID, "new_password").send_keys(password)
    driver.find_element(By.ID, "confirm").send_keys(password)
    driver.find_element(By.ID, "confirm").submit()
    wait.until(lambda d: "/password" not in d.current_url)


def audit(path, who):
    driver.get(base + path)
    error, bad = axe_findings(driver, axe)
    if error:
        check(f"axe runs on {path}", False, error)
        return
    detail = "; ".join(bad)
    lang = driver.find_element(By.TAG_NAME, "html").get_attribute("lang")
    expected = "en" if "lang=en" in path else "vi"
    check(f"{who or 'anyone'} {path} at {driver.get_window_size()['width']} px: axe finds nothing serious, lang={expected}",
          not bad and lang == expected, detail or f"lang={lang}")


try:
    for width in (1280, 390):
        driver.set_window_size(width, 900)
        for who, paths in PAGES.items():
            if who is not None:
                if width == 1280 and who != ENTRANT:
                    sign_in(who, f"mat-khau-a11y-{width}-rieng")
                if width == 390 or who == ENTRANT:
                    # The password is set: sign in with it.
                    driver.delete_all_cookies()
                    driver.get(base + "/sign-in")
                    driver.find_element(By.ID, "login").send_keys(who)
                    driver.find_element(By.ID, "password").send_keys("mat-khau-a11y-1280-rieng")
                    driver.find_element(By.ID, "password").submit()
                    wait.until(lambda d: "/sign-in" not in d.current_url)
            else:
                driver.delete_all_cookies()
            for path in paths:
                audit(path, who)

    # The judge's journey, keyboard only: every step is a key, never a click.
    driver.set_window_size(1280, 900)
    driver.delete_all_cookies()
    driver.get(base + "/sign-in")

    def active():
        return driver.switch_to.active_element

    def tab_to(predicate, most=60, reverse=False):
        for _ in range(most):
            element = active()
            if predicate(element):
                return element
            # The key to whatever has the focus (a file input would take a key sent to it as
            # a file's name).
            keys = ActionChains(driver)
            if reverse:
                keys.key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT)
            else:
                keys.send_keys(Keys.TAB)
            keys.perform()
        return None

    def field(name):
        return lambda e: e.get_attribute("name") == name

    first = tab_to(lambda e: e.tag_name == "a")
    check("the first Tab reaches a link (skip link or the brand)", first is not None)
    login = tab_to(field("login"))
    check("Tab reaches the login field", login is not None)
    login.send_keys("gk01")
    code_field = tab_to(field("code"))
    check("then the code field", code_field is not None)
    code_field.send_keys(codes["gk01"] + Keys.ENTER)
    wait.until(ec.presence_of_element_located((By.ID, "new_password")))
    new = tab_to(field("new_password"))
    new.send_keys("mat-khau-ban-phim-01")
    confirm = tab_to(field("confirm"))
    confirm.send_keys("mat-khau-ban-phim-01" + Keys.ENTER)
    wait.until(ec.presence_of_element_located((By.ID, "progress")))
    check("the password set by keyboard leads to the worklist", "/worklist" in driver.current_url,
          driver.current_url)
    link = tab_to(lambda e: e.tag_name == "a" and e.text.strip() == mine[0])
    check("Tab reaches the first entry's link", link is not None)
    link.send_keys(Keys.ENTER)
    wait.until(ec.presence_of_element_located((By.ID, "p-novelty")))
    band = tab_to(lambda e: e.get_attribute("id") == "band-p-novelty")
    check("Tab reaches the first criterion's band", band is not None)
    # A closed <select> changes with the arrow keys.
    band.send_keys(Keys.ARROW_DOWN)
    band.send_keys(Keys.ARROW_DOWN)
    points = tab_to(lambda e: e.get_attribute("id") == "p-novelty")
    check("then its points", points is not None)
    check("the band put its top in", points.get_attribute("value") not in ("", None),
          points.get_attribute("value"))
    points.send_keys(Keys.CONTROL + "a")
    points.send_keys(Keys.BACKSPACE)
    top = driver.find_element(By.ID, "band-p-novelty").get_attribute("value")
    points.send_keys(top.split("-")[0].replace(".", ",") if "-" in top else "5")
    for leaf in ["feasibility", "time", "cost", "steps", "replicability", "presentation"]:
        box = tab_to(lambda e, leaf=leaf: e.get_attribute("id") == f"p-{leaf}")
        if box is None:
            check(f"Tab reaches {leaf}", False)
            break
        box.send_keys("5")
    submit = tab_to(lambda e: e.get_attribute("value") == "submit")
    check("Tab reaches 'Nộp phiếu'", submit is not None)
    submit.send_keys(Keys.ENTER)
    wait.until(lambda d: "Đã nộp phiếu" in d.page_source or "chưa lưu" in d.page_source)
    check("the sheet is submitted with the keyboard alone", "Đã nộp phiếu" in driver.page_source,
          driver.find_element(By.TAG_NAME, "main").text[:300])
    audit(urllib.parse.urlparse(driver.current_url).path, "gk01 after submitting")

    # An entrant, keyboard only: sign in, open their draft, change its title, save, tick
    # the declaration and submit.
    driver.delete_all_cookies()
    driver.get(base + "/sign-in")
    tab_to(field("login")).send_keys(ENTRANT)
    tab_to(field("password")).send_keys("mat-khau-a11y-1280-rieng" + Keys.ENTER)
    wait.until(lambda d: "/submissions" in d.current_url)
    link = tab_to(lambda e: e.tag_name == "a" and e.get_attribute("href") is not None
                  and e.get_attribute("href").endswith("/submissions/1"))
    check("an entrant reaches their draft by Tab", link is not None)
    link.send_keys(Keys.ENTER)
    wait.until(ec.presence_of_element_located((By.ID, "title")))
    title = tab_to(field("title"), most=80)
    check("Tab reaches the draft's title", title is not None)
    title.send_keys(" (sửa bằng bàn phím)")
    save = tab_to(lambda e: e.tag_name == "button" and e.text.strip() == "Lưu", most=120)
    check("then Lưu", save is not None)
    save.send_keys(Keys.ENTER)
    wait.until(lambda d: "done=saved" in d.current_url)
    check("the draft is saved by keyboard", "(sửa bằng bàn phím)" in driver.page_source)
    declaration = tab_to(field("declaration"), most=200)
    check("Tab reaches the declaration", declaration is not None)
    declaration.send_keys(Keys.SPACE)
    submit = tab_to(lambda e: e.tag_name == "button" and e.text.strip() == "Nộp hồ sơ", most=10)
    check("then Nộp hồ sơ", submit is not None)
    submit.send_keys(Keys.ENTER)
    wait.until(lambda d: "done=submitted" in d.current_url)
    check("the submission is made by keyboard alone", "SK-00" in driver.page_source)
    audit(urllib.parse.urlparse(driver.current_url).path, ENTRANT + " after submitting")
finally:
    driver.quit()
    server.terminate()
    server.wait(timeout=10)
check.finish("accessibility")
