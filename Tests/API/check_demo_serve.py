#!/usr/bin/env python3
"""`sangkien demo --serve` as a newcomer runs it: the demo stops at its open final round,
prints one sign-in code each for a judge, the secretariat and an organiser, and serves.
Each code signs its person in with the right role; the judge's worklist is the final
round's shortlist, all to do; SIGTERM stops the server with exit 0.
Usage: check_demo_serve.py PATH-TO-SANGKIEN"""
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import urllib.error
import urllib.request

binary = os.path.abspath(sys.argv[1])
folder = tempfile.mkdtemp(prefix="sangkien-demo-serve-")
with socket.socket() as s:
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
env = dict(os.environ, SANGKIEN_LANG="vi")
server = subprocess.Popen([binary, "demo", "--serve", "--port", str(port), "--out", folder],
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
failures = []


def check(condition, what):
    print(("ok   " if condition else "FAIL ") + what)
    if not condition:
        failures.append(what)


try:
    lines = []
    for line in server.stdout:
        lines.append(line.rstrip("\n"))
        if "/sign-in" in line:
            break
    text = "\n".join(lines)
    check(f"http://127.0.0.1:{port}/sign-in" in text, "the sign-in address is printed")
    rows = {}
    for line in lines:
        cells = re.split(r"\s{2,}", line.strip())
        if len(cells) == 3 and re.fullmatch(r"[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}", cells[2]):
            rows[cells[0]] = (cells[1], cells[2])
    check(sorted(rows) == ["Ban tổ chức", "Giám khảo", "Tổ thư ký"], f"three codes: {sorted(rows)}")
    base = f"http://127.0.0.1:{port}"

    def call(path, body=None, cookie=None, method=None, csrf=None):
        headers = {"Content-Type": "application/json"}
        if cookie:
            headers["Cookie"] = cookie
        if csrf:
            headers["X-CSRF-Token"] = csrf
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(base + path, data=data, headers=headers,
                                         method=method or ("POST" if data else "GET"))
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.headers.get("Set-Cookie", ""), json.loads(response.read())

    roles = {"Giám khảo": "judge", "Tổ thư ký": "secretariat", "Ban tổ chức": "organiser"}
    for who, (login, code) in sorted(rows.items()):
        cookie, me = call("/api/v1/sign-in", {"login": login, "code": code})
        check(me.get("role") == roles[who] and me.get("must_set_password") is True,
              f"{who}: signed in as {login}, role {me.get('role')}")
        if who == "Giám khảo":
            session = cookie.split(";")[0]
            # A password comes first.
            call("/api/v1/password", {"new_password": "mat-khau-demo-so-1"}, cookie=session,
                 csrf=me["csrf"])
            _, rounds = call("/api/v1/rounds", cookie=session)
            states = {r["id"]: r["state"] for r in rounds}
            check(states == {"so-khao": "closed", "chung-khao": "open"}, f"rounds: {states}")
            _, worklist = call("/api/v1/rounds/chung-khao/worklist", cookie=session)
            todo = [e for e in worklist["entries"] if e["state"] == "todo"]
            check(len(worklist["entries"]) == 20 and len(todo) == 20,
                  f"the judge's final worklist: {len(worklist['entries'])} entries, {len(todo)} to do")
    # A code works until its password is set: the secretariat's, never used to set one,
    # signs in again; the judge's, spent on a password, is refused and said to be used.
    login, code = rows.get("Tổ thư ký", ("", ""))
    _, again = call("/api/v1/sign-in", {"login": login, "code": code})
    check(again.get("must_set_password") is True, "a code not yet spent on a password signs in again")
    login, code = rows.get("Giám khảo", ("", ""))
    try:
        call("/api/v1/sign-in", {"login": login, "code": code})
        check(False, "a code spent on a password is refused")
    except urllib.error.HTTPError as error:
        said = json.loads(error.read()).get("error", "")
        check(error.code == 401 and "đã được dùng" in said,
              f"a code spent on a password is refused, said to be used ({error.code}: {said})")
finally:
    server.send_signal(signal.SIGTERM)
    try:
        code = server.wait(timeout=20)
    except subprocess.TimeoutExpired:
        server.kill()
        code = "killed"
check(code == 0, f"SIGTERM stops the server (exit {code})")
print(f"{'FAILED' if failures else 'passed'}: demo --serve ({len(failures)} failures)")
sys.exit(1 if failures else 0)
