#!/usr/bin/env python3
"""Everything a Vietnamese user reads, read as Vietnamese: every command's --help, the
command line's tables and messages, every web page as every role, and every published file
(ranking.html, the CSV files, the workbooks' cells, the papers' text) of the demo contest,
in the default language. Fails on any word of a list this test keeps: the machine's ids
(`mean`, `individual`, `novelty`, `so-khao`, `entry.import`, `application/…`), ISO dates
and times (`2019-10-14`, `T09:36:39Z`), decimals with a point (`20.5`) and argument-parser's
English. Usage: check_vietnamese.py PATH-TO-SANGKIEN
Prints one line per text checked and exits non-zero if any has a forbidden word."""
import html.parser
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.error
import urllib.parse
import urllib.request
import zipfile
from http.cookiejar import CookieJar

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Support"))
from web_contest import ROOT, Checks, Contest, entrant_with_submissions, serve  # noqa: E402

binary = os.path.abspath(sys.argv[1])
check = Checks()
work = tempfile.mkdtemp(prefix="sangkien-vi-")
demo = os.path.join(work, "demo")
SECRETARIAT = "Tổ thư ký (minh hoạ)"
ORGANISER = "Ban tổ chức (minh hoạ)"
env = dict(os.environ, SANGKIEN_DB=os.path.join(demo, "sangkien.sqlite"),
           SANGKIEN_ACTOR=SECRETARIAT)
env.pop("SANGKIEN_LANG", None)

# The rubric's ids: a criterion is shown by its name, never its id.
rubric_ids = re.findall(r"^\s*-?\s*id:\s*([a-z-]+)\s*$",
                        open(os.path.join(ROOT, "Rubrics", "cchc-2019.yaml"), encoding="utf-8").read(),
                        re.M)
FORBIDDEN = [
    # A ranking's methods, the prize groups, the categories and kinds by their ids.
    r"\b(mean|trimmed|median|zscore|z-score)\b",
    r"\b(individual|collective|agency|business|organisation|organization)\b",
    r"\b(idea|solution|model)\b",
    # The rubric's criteria by their ids.
    r"\b(" + "|".join(i for i in rubric_ids if i not in ("time", "cost", "steps")) + r")\b",
    # Round ids instead of names, audit actions, media types.
    r"\b(so-khao|chung-khao)\b",
    r"\b(contest|staff|access|entry|judge|conflict|assign|score|round|prizes|database)\.[a-z]",
    r"\b(application|text|image)/[a-z]",
    # Machine dates and times; decimals with a point.
    r"\b\d{4}-\d\d-\d\d\b", r"T\d\d:\d\d:\d\d", r"(?<![\d.])\d+\.\d{1,2}(?![\d.])",
    # English that argument-parser or a careless message says.
    r"\b(See|for detailed help|values:|default:|subcommand|Error|Warning|error|warning)\b",
    r"\b(Total|Score|Rank|Prize|Group|Judge|Round|Entry|Title)\b",
    # Doubled words ("đã đã rút").
    r"\b(\w+) \1\b",
]
PATTERN = re.compile("|".join(f"(?:{p})" for p in FORBIDDEN), re.U)

# Where an id is the right thing to show: the option names and placeholders of --help, the
# command lines it quotes, file names, URLs and the machine columns of a CSV.
def scrub_help(text):
    # The values an option takes, listed for typing: `(giá trị: mean — trung bình; …)`,
    # `(hoặc idea | solution)`, `novelty=22`.
    text = re.sub(r"\((giá trị|hoặc):? [^)]*\)", " ", text, flags=re.S)
    text = re.sub(r"\b[\w-]+=[\d,.]+", " ", text)
    text = re.sub(r"--[a-z-]+", " ", text)
    text = re.sub(r"<[^>\s]+>", " ", text)
    text = re.sub(r"'?sangkien [^'\n]*'?", " ", text)
    text = re.sub(r"\$SANGKIEN_[A-Z_]+", " ", text)
    text = re.sub(r"\b[\w.-]+\.(yaml|csv|xlsx|docx|json|html|sqlite|md|txt|pdf)\b", " ", text)
    return text


def scrub_common(text):
    # A command quoted to be typed, a file key quoted to be written, an audit subject.
    text = re.sub(r"'sangkien [^']*'", " ", text)
    text = re.sub(r"'[^']*[{:][^']*'", " ", text)
    text = re.sub(r"\b[a-z]+:[\w-]+", " ", text)
    # An id said to be one ("mã so-khao", "mã vòng chung-khao") is there to be typed.
    text = re.sub(r"\b[Mm]ã (vòng )?[\w-]+", " ", text)
    text = re.sub(r"https?://\S+", " ", text)
    text = re.sub(r"(/[\w.-]+)+/?", lambda m: " " if m.group(0).count("/") > 1 else m.group(0), text)
    text = re.sub(r"\b[\w.-]+\.(yaml|csv|xlsx|docx|json|html|sqlite|md|txt|pdf|zip)\b", " ", text)
    return text


def inspect(label, text, scrub=scrub_common, allow=()):
    found = sorted({m.group(0) for m in PATTERN.finditer(scrub(text))} - set(allow))
    lines = [line.strip() for line in text.splitlines() if PATTERN.search(scrub(line))][:3]
    check(f"{label}: Vietnamese only", not found, f"{found} in {lines}")


def run(*arguments, check_status=True):
    done = subprocess.run([binary, *arguments], env=env, capture_output=True, text=True)
    if check_status and done.returncode != 0:
        raise SystemExit(f"{' '.join(arguments)}: exit {done.returncode}: {done.stderr}")
    return done.stdout + done.stderr


run("demo", "--out", demo)

# 1. Every command's --help.
dump = json.loads(run("--experimental-dump-help"))


def leaves(command, path):
    subs = command.get("subcommands", [])
    yield path
    for sub in subs:
        yield from leaves(sub, path + [sub["commandName"]])


for path in leaves(dump["command"], []):
    inspect("sangkien " + " ".join(path + ["--help"]), run(*path, "--help"), scrub_help)

# 2. The command line's tables and messages, as the secretariat and the organiser.
organiser = ["--as", ORGANISER]
for arguments in [
    ["contest", "show"], ["rubric", "show"], ["entry", "list"], ["entry", "show", "SK-0004"],
    ["entry", "attachments", "SK-0001"], ["staff", "list"], ["judge", "list"],
    ["conflict", "list"], ["assign", "show"], ["assign", "show", "--round", "so-khao"],
    ["score", "list"], ["score", "list", "--round", "so-khao"], ["score", "progress"],
    ["score", "sheet", "SK-0007", "--judge", "gk02"], ["round", "status"],
    ["rank"], ["rank", "--round", "so-khao"], ["prizes", "show"], ["stats"],
    ["audit", "log", "--limit", "40"], ["audit", "verify"], ["audit", "head"],
    ["audit", "check-publication", os.path.join(demo, "ket-qua")],
    ["entry", "withdraw", "SK-0040", "--reason", "Tác giả rút"],
    ["entry", "withdraw", "SK-0040", "--reason", "Tác giả rút"],
]:
    who = organiser if arguments[0] in ("prizes", "stats", "rank") else []
    # The two tables that teach the ids people type: a round's and a criterion's (column Mã).
    allow = {"rubric show": rubric_ids, "round status": ["so-khao", "chung-khao"]}.get(
        " ".join(arguments[:2]), ())
    inspect("sangkien " + " ".join(arguments), run(*arguments, *who, check_status=False),
            allow=allow)

# 2b. A complaint about the preliminary round, re-marked and decided at the command line:
# every message, the preview and the decision, and the papers the next publication adds.
with open(os.path.join(ROOT, "Seeds", "hanoi-2019", "contest.yaml"), encoding="utf-8") as f:
    contest_text = f.read().replace("../../Rubrics/", os.path.join(ROOT, "Rubrics") + "/")
contest_file = os.path.join(work, "contest-khieu-nai.yaml")
with open(contest_file, "w", encoding="utf-8") as f:
    f.write(contest_text + "\ncomplaints: {days: 10, answer_days: 30, remarking_judges: 2}\n")
run("contest", "update", contest_file)
run("publish", "--round", "so-khao", "--out", os.path.join(work, "so-khao-1"), *organiser)
LEAVES = ["novelty=20", "feasibility=17", "time=8", "cost=7", "steps=8", "replicability=12",
          "presentation=8"]
for arguments in [
    ["complaint", "add", "SK-0020", "--text", "Đề nghị phúc khảo tiêu chí hiệu quả"],
    ["complaint", "accept", "1"], ["assign", "remark", "1", "--dry-run"], ["assign", "remark", "1"],
    ["complaint", "decide", "1", "--outcome", "amended", "--reason", "x", *organiser],
]:
    inspect("sangkien " + " ".join(arguments), run(*arguments, check_status=False))
remarkers = [line.split()[2].rstrip(":") for line in run("complaint", "show", "1").splitlines()
             if line.startswith("Phúc khảo")]
for judge in remarkers:
    arguments = ["complaint", "remark", "1", "--judge", judge, *LEAVES]
    inspect("sangkien complaint remark", run(*arguments, check_status=False))
for arguments in [
    ["complaint", "show", "1"],
    ["complaint", "decide", "1", "--outcome", "amended", "--reason", "Phúc khảo cao hơn", *organiser],
    ["complaint", "decide", "1", "--outcome", "amended", "--reason", "Phúc khảo cao hơn", "--yes",
     *organiser],
    ["complaint", "show", "1"], ["complaint", "list"],
]:
    inspect("sangkien " + " ".join(arguments), run(*arguments, check_status=False))
run("publish", "--round", "so-khao", "--out", os.path.join(work, "so-khao-2"), *organiser)
inspect("sangkien audit check-publication (superseded)",
        run("audit", "check-publication", os.path.join(work, "so-khao-1"), check_status=False))
check("the next publication adds the re-marking minutes and the amending decision",
      {"bien-ban-phuc-khao.docx", "quyet-dinh-dieu-chinh.docx"}
      <= set(os.listdir(os.path.join(work, "so-khao-2"))))


class Visible(html.parser.HTMLParser):
    """The text a person reads: text outside scripts and styles, and the attributes read
    aloud or shown (title, placeholder, aria-label, alt, a button's value)."""

    def __init__(self):
        super().__init__()
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        # <code> holds machine text shown on purpose (a contest file's keys and values).
        if tag in ("script", "style", "code"):
            self.skip += 1
        for key, value in attrs:
            if key in ("title", "placeholder", "aria-label", "alt") and value:
                self.parts.append(value)

    def handle_endtag(self, tag):
        if tag in ("script", "style", "code"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def visible(page):
    parser = Visible()
    parser.feed(page)
    return "\n".join(p.strip() for p in parser.parts if p.strip())



# 3. Every published file (the final round's, and the re-marking's papers).
files = [(os.path.join(demo, "ket-qua"), name)
         for name in sorted(os.listdir(os.path.join(demo, "ket-qua")))]
files += [(os.path.join(work, "so-khao-2"), name)
          for name in ["bien-ban-phuc-khao.docx", "quyet-dinh-dieu-chinh.docx"]]


for folder, name in files:
    path = os.path.join(folder, name)
    if name.endswith(".json"):
        continue  # The machine's file: ids and numbers by design.
    if name.endswith((".xlsx", ".docx")):
        with zipfile.ZipFile(path) as z:
            parts = [n for n in z.namelist()
                     if n.startswith(("xl/sharedStrings", "xl/worksheets/sheet", "word/document",
                                      "word/header", "word/footer", "xl/workbook"))]
            if name.endswith(".xlsx"):
                strings = []
                for n in parts:
                    strings += re.findall(r"<t[^>]*>([^<]*)</t>", z.read(n).decode("utf-8"))
                    strings += re.findall(r'<sheet name="([^"]*)"', z.read(n).decode("utf-8"))
                text = "\n".join(strings)
            else:
                text = "\n".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>",
                                            "".join(z.read(n).decode("utf-8") for n in parts)))
        inspect(f"ket-qua/{name}", text)
    elif name.endswith(".html"):
        inspect(f"ket-qua/{name}", visible(open(path, encoding="utf-8").read()))
    else:
        inspect(f"ket-qua/{name}", open(path, encoding="utf-8-sig").read())


# 4. Every web page as every role.
codes = {who: run("access", "invite", who).strip().splitlines()[-1]
         for who in ["gk02", SECRETARIAT, ORGANISER]}
server, base = serve(binary, env)


def browser():
    return urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))


def get(opener, path):
    try:
        with opener.open(base + path, timeout=30) as response:
            return response.status, response.read().decode("utf-8"), response.url
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8"), path


def post(opener, path, fields):
    data = urllib.parse.urlencode(fields).encode()
    try:
        with opener.open(base + path, data=data, timeout=30) as response:
            return response.status, response.read().decode("utf-8"), response.url
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8"), path


def csrf(page):
    return re.search(r'name="csrf" value="([^"]+)"', page).group(1)


def sign_in(who):
    opener = browser()
    _, page, _ = get(opener, "/sign-in")
    _, page, _ = post(opener, "/sign-in", {"csrf": csrf(page), "login": who, "code": codes[who]})
    inspect("/password (first sign-in)", visible(page))
    password = "mat-khau-kiem-tra-tieng-viet"
    post(opener, "/password", {"csrf": csrf(page), "new_password": password, "confirm": password})
    return opener


PAGES = {
    None: ["/sign-in", "/contest", "/results"],
    "gk02": ["/worklist", "/worklist?round=so-khao", "/sheets/chung-khao/SK-0007",
             "/sheets/so-khao/SK-0001", "/sheets/chung-khao/XX-9999", "/password"],
    SECRETARIAT: ["/progress", "/progress?round=so-khao", "/progress/reminders",
                  "/progress/extra", "/entries", "/entries?q=ho+tich", "/entries/SK-0001",
                  "/entries/SK-0040", "/ranking", "/ranking?round=so-khao", "/statistics",
                  "/uploads", "/jury", "/jury/assign", "/settings", "/rounds", "/mail", "/mail?state=failed",
                  "/intake",
                  "/worklist?judge=gk01", "/sheets/chung-khao/SK-0007?judge=gk01", "/nothing",
                  "/complaints", "/complaints/1", f"/remarks/1?judge={remarkers[0]}"],
    ORGANISER: ["/rounds", "/prizes", "/ranking", "/statistics", "/settings", "/progress",
                "/rounds/so-khao/advance", "/rounds/chung-khao/advance", "/complaints",
                "/complaints/1"],
}
try:
    for who, paths in PAGES.items():
        opener = browser() if who is None else sign_in(who)
        for path in paths:
            status, page, _ = get(opener, path)
            check(f"{who or 'anyone'} {path} answers", status < 500, str(status))
            inspect(f"{who or 'anyone'} {path}", visible(page))
            if who == "gk02" and path == "/worklist":
                header = re.search(r"<header.*?</header>", page, re.S)
                check("the header names the judge, not their login",
                      header is not None and "Trần Thị Khánh Linh" in header.group(0)
                      and ">gk02<" not in header.group(0), header.group(0)[:400] if header else "")
finally:
    server.terminate()
    server.wait(timeout=10)

# The entrants' side, on a contest whose call is open: the forms before an account, an
# entrant's draft and submitted entry, its receipt and mails, the secretariat's queue.
online = Contest(binary, "sangkien-vi-online-", intake=True)
server, base = serve(binary, online.env)
try:
    entrant_with_submissions(base, online, "lan.kiemtra@example.vn", "mat-khau-kiem-tra-10")
    online.run("entry", "request", "SK-0041", "--reason", "Bổ sung bản scan", "--until", "31/12/2099")
    opener = browser()
    for path in ["/contest", "/sign-up", "/verify", "/results"]:
        status, page, _ = get(opener, path)
        check(f"anyone {path} (online call) answers", status < 500, str(status))
        inspect(f"anyone {path} (online call)", visible(page))
    _, page, _ = get(opener, "/sign-in")
    post(opener, "/sign-in", {"csrf": csrf(page), "login": "lan.kiemtra@example.vn",
                              "password": "mat-khau-kiem-tra-10"})
    for path in ["/submissions", "/submissions/1", "/submissions/2", "/submissions/2/receipt",
                 "/submissions/9"]:
        status, page, _ = get(opener, path)
        check(f"entrant {path} answers", status < 500, str(status))
        inspect(f"entrant {path}", visible(page))
    staff_code = online.run("access", "invite", "Thư ký (minh hoạ)").strip().splitlines()[-1]
    staff = browser()
    _, page, _ = get(staff, "/sign-in")
    _, page, _ = post(staff, "/sign-in", {"csrf": csrf(page), "login": "Thư ký (minh hoạ)",
                                          "code": staff_code})
    post(staff, "/password", {"csrf": csrf(page), "new_password": "mat-khau-kiem-tra-to-thu-ky",
                              "confirm": "mat-khau-kiem-tra-to-thu-ky"})
    for path in ["/intake", "/entries", "/entries/SK-0041"]:
        status, page, _ = get(staff, path)
        inspect(f"secretariat {path} (online entries)", visible(page))
    import sqlite3
    database = sqlite3.connect(online.env["SANGKIEN_DB"])
    for kind, subject, body in database.execute("SELECT kind, subject, body_text FROM outbox"):
        inspect(f"mail: {kind}", subject + "\n" + body)
    database.close()
finally:
    server.terminate()
    server.wait(timeout=10)
check.finish("Vietnamese")
