"""What the browser and API tests share: a contest with the demo entries and judges and the
preliminary round assigned, and `sangkien serve` on a free port of 127.0.0.1."""
import os
import socket
import subprocess
import tempfile
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SECRETARIAT = "Thư ký (minh hoạ)"


class Contest:
    """A demo contest in a fresh folder; `run` calls the CLI on it as the secretariat."""

    def __init__(self, binary, prefix, language="vi", intake=False, assign=True, contest_id=None,
                 work=None):
        """`contest_id`: the contest file's id replaced (two contests in one folder);
        `work`: the folder to make it in (its database `<contest_id>.sqlite` there)."""
        self.binary = os.path.abspath(binary)
        self.work = work or tempfile.mkdtemp(prefix=prefix)
        name = f"{contest_id}.sqlite" if contest_id else "sangkien.sqlite"
        self.env = dict(os.environ, SANGKIEN_DB=os.path.join(self.work, name),
                        SANGKIEN_ACTOR=SECRETARIAT, SANGKIEN_LANG=language)
        seeds = os.path.join(ROOT, "Seeds")
        contest_file = os.path.join(seeds, "hanoi-2019", "contest.yaml")
        if intake or contest_id:
            with open(contest_file, encoding="utf-8") as f:
                text = f.read()
            text = text.replace("../../Rubrics/", os.path.join(ROOT, "Rubrics") + "/")
            if contest_id:
                text = text.replace("id: hanoi-cchc-2019\n", f"id: {contest_id}\n")
                if contest_id[-4:].isdigit():
                    text = text.replace('năm 2019"', f'năm {contest_id[-4:]}"')
            if intake:
                # The call open now: its deadline moved to 2099, entries taken online.
                text = (text.replace("deadline: 2019-11-15", "deadline: 2099-12-31")
                        + "\nintake:\n  online: true\n  closes: 2099-12-31 17:00\n  max_drafts: 3\n"
                        + '  contact: "Tổ thư ký (minh hoạ): 024 0000 0000"\n'
                        + "complaints: {days: 10, answer_days: 30, remarking_judges: 2}\n")
            contest_file = os.path.join(self.work, f"{contest_id or 'contest'}.yaml")
            with open(contest_file, "w", encoding="utf-8") as f:
                f.write(text)
        self.run("init", "--contest", contest_file, "--as", "root")
        self.run("staff", "add", SECRETARIAT, "--role", "secretariat", "--as", "root")
        self.run("entry", "import", os.path.join(seeds, "demo", "entries.csv"))
        self.run("judge", "import", os.path.join(seeds, "demo", "judges.csv"))
        self.run("entry", "validate", "--all-received")
        if assign:
            self.run("assign", "run")

    def run(self, *arguments):
        return subprocess.run([self.binary, *arguments], env=self.env, check=True,
                              capture_output=True, text=True).stdout

    def serve(self, stderr=subprocess.DEVNULL):
        """Starts `sangkien serve` on a free port; returns the process and its base URL."""
        return serve(self.binary, self.env, stderr)


def entrant(base, contest, email, name="Người Dự Thi (minh hoạ)", password="mat-khau-du-thi-10"):
    """Signs an entrant up through the API, verifies the address with the code the outbox
    holds, signs them in; their cookie and CSRF token."""
    import json
    import sqlite3

    def post(path, body, headers=None):
        request = urllib.request.Request(
            base + path, data=json.dumps(body).encode(), method="POST",
            headers={"Content-Type": "application/json", **(headers or {})})
        with urllib.request.urlopen(request) as response:
            return response.headers.get("Set-Cookie", ""), json.loads(response.read() or b"{}")

    post("/api/v1/entrants", {"email": email, "name": name, "password": password})
    database = sqlite3.connect(contest.env["SANGKIEN_DB"])
    text = database.execute(
        "SELECT body_text FROM outbox WHERE recipient = ? AND kind = 'verification' "
        "ORDER BY id DESC LIMIT 1", (email,)).fetchone()[0]
    database.close()
    code = [line for line in text.splitlines() if line.startswith("Mã xác minh:")][0].split(":")[1].strip()
    post("/api/v1/entrants/verify", {"email": email, "code": code})
    cookie, me = post("/api/v1/sign-in", {"login": email, "password": password})
    return cookie.split(";")[0], me["csrf"]


def entrant_with_submissions(base, contest, email, password, name="Trần Thị Lan (minh hoạ)"):
    """An entrant (see `entrant`) with two submissions: 1 a draft with a PDF, 2 submitted
    (SK-0041 on a contest of 40 entries)."""
    import json

    session, csrf = entrant(base, contest, email, name=name, password=password)

    def send(path, body, kind="application/json"):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        request = urllib.request.Request(base + path, data=data, method="POST", headers={
            "Content-Type": kind, "Cookie": session, "X-CSRF-Token": csrf})
        with urllib.request.urlopen(request) as response:
            return json.loads(response.read() or b"{}")

    fields = {"title": "Tra cứu hồ sơ bằng mã QR (minh hoạ)", "category": "solution",
              "entrant_kind": "individual", "authors": [{"name": "Trần Thị Lan"}],
              "unit": "UBND phường (minh hoạ)", "summary": "Tóm tắt."}
    for n in (1, 2):
        draft = send("/api/v1/submissions", fields)
        send(f"/api/v1/submissions/{draft['id']}/files?name=mo-ta-{n}.pdf&blind=true",
             f"%PDF-1.4\n% mo ta {n}\n%%EOF\n".encode(), "application/pdf")
    send("/api/v1/submissions/2/submit", {"declaration": True})
    return session, csrf


def serve(binary, env, stderr=subprocess.DEVNULL):
    """`sangkien serve` with `env` on a free port of 127.0.0.1, answering; the process and
    its base URL."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = subprocess.Popen([binary, "serve", "--port", str(port)], env=env, stderr=stderr,
                              text=True)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/api/openapi.json", timeout=1)
            break
        except Exception:
            time.sleep(0.1)
    return server, base


def stop(server):
    """Stops `sangkien serve` (SIGTERM, then SIGKILL after 10 s)."""
    server.terminate()
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()


def sign_in_with_code(driver, base, login, code, password, timeout=10):
    """Signs `login` in through the page with a one-time code and sets `password`."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(driver, timeout)
    driver.get(base + "/sign-in")
    driver.find_element(By.ID, "login").send_keys(login)
    driver.find_element(By.ID, "code").send_keys(code)
    driver.find_element(By.CSS_SELECTOR, "form button[type=submit]").click()
    wait.until(ec.presence_of_element_located((By.ID, "new_password")))
    driver.find_element(By.ID, "new_password").send_keys(password)
    driver.find_element(By.ID, "confirm").send_keys(password)
    driver.find_element(By.CSS_SELECTOR, "form.card button[type=submit]").click()
    wait.until(lambda d: "/password" not in d.current_url)


# The axe-core that axe-selenium-python 2.1.6 ships (3.x) tags the WCAG 2.1 rules it has
# `wcag21aa` and has no `wcag21a`: every A and AA rule it knows.
AXE_RULES = ["wcag2a", "wcag2aa", "wcag21aa"]


def axe_findings(driver, axe):
    """axe-core over the page the driver shows: (error or None, the serious and critical
    violations, each described with up to three of its elements)."""
    axe.inject()
    # axe.run(options) alone would take the options for a context: the document is named.
    result = driver.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})"
        ".then(function (r) { done(r); }, function (e) { done({error: String(e)}); });",
        AXE_RULES)
    if "error" in result:
        return result["error"], []
    bad = [v for v in result["violations"] if v.get("impact") in ("serious", "critical")]
    return None, [f"{v['id']} ({v['impact']}): " + ", ".join(n["target"][0] for n in v["nodes"][:3])
                  for v in bad]


class Checks:
    """One line per check (`ok` or `FAIL name: detail`), counted for the exit status."""

    def __init__(self):
        self.failures = 0

    def __call__(self, name, condition, detail=""):
        print(("ok   " if condition else "FAIL ") + name + ("" if condition else f": {detail}"))
        if not condition:
            self.failures += 1

    def finish(self, label):
        print(f"{label}: {self.failures} failed")
        raise SystemExit(1 if self.failures else 0)


def chromium(lang="vi"):
    """Headless Chromium in `lang` (Vietnamese unless told), driven through Debian's
    chromedriver."""
    from selenium import webdriver

    options = webdriver.ChromeOptions()
    options.add_experimental_option("prefs", {"intl.accept_languages": lang})
    for flag in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", f"--lang={lang}"]:
        options.add_argument(flag)
    service = webdriver.ChromeService(executable_path="/usr/bin/chromedriver")
    return webdriver.Chrome(options=options, service=service)
