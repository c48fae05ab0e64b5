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

    def __init__(self, binary, prefix, language="vi"):
        self.binary = os.path.abspath(binary)
        self.work = tempfile.mkdtemp(prefix=prefix)
        self.env = dict(os.environ, SANGKIEN_DB=os.path.join(self.work, "sangkien.sqlite"),
                        SANGKIEN_ACTOR=SECRETARIAT, SANGKIEN_LANG=language)
        seeds = os.path.join(ROOT, "Seeds")
        self.run("init", "--contest", os.path.join(seeds, "hanoi-2019", "contest.yaml"), "--as", "root")
        self.run("staff", "add", SECRETARIAT, "--role", "secretariat", "--as", "root")
        self.run("entry", "import", os.path.join(seeds, "demo", "entries.csv"))
        self.run("judge", "import", os.path.join(seeds, "demo", "judges.csv"))
        self.run("entry", "validate", "--all-received")
        self.run("assign", "run")

    def run(self, *arguments):
        return subprocess.run([self.binary, *arguments], env=self.env, check=True,
                              capture_output=True, text=True).stdout

    def serve(self, stderr=subprocess.DEVNULL):
        """Starts `sangkien serve` on a free port; returns the process and its base URL."""
        return serve(self.binary, self.env, stderr)


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
