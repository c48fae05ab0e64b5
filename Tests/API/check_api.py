#!/usr/bin/env python3
"""The JSON API against its own description: schemathesis (pinned in Tests/run) runs a
bounded number of cases against /api/openapi.json with a judge's session, the secretariat's and an
entrant's (on a contest whose call is open, with a draft of theirs), checking that no
answer is a 5xx, that every answer's status is documented and its body matches the schema.
Sign-out and the password are left out (they would end the session the run uses; the Swift
tests cover them). Usage: check_api.py PATH-TO-SANGKIEN [EXAMPLES]"""
import json
import os
import subprocess
import sys
import urllib.request

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Support"))
from web_contest import Contest  # noqa: E402

binary = os.path.abspath(sys.argv[1])
examples = sys.argv[2] if len(sys.argv) > 2 else "300"
contest = Contest(binary, "sangkien-api-", intake=True)
from web_contest import SECRETARIAT, entrant  # noqa: E402

# A judge (their own routes; the staff's refused) and the secretariat (the staff's read
# routes answering their documents).
logins = [("gk01", "mat-khau-rieng-so-1"), (SECRETARIAT, "mat-khau-cua-to-thu-ky")]
codes = {login: contest.run("access", "invite", login).strip().splitlines()[-1]
         for login, _ in logins}
server, base = contest.serve()
failed = 0
try:
    def call(path, body, headers=None):
        request = urllib.request.Request(base + path, data=json.dumps(body).encode(), method="POST",
                                         headers={"Content-Type": "application/json", **(headers or {})})
        with urllib.request.urlopen(request) as response:
            return response.headers.get("Set-Cookie", ""), json.loads(response.read())

    sessions = []
    for login, password in logins:
        cookie, me = call("/api/v1/sign-in", {"login": login, "code": codes[login]})
        session = cookie.split(";")[0]
        call("/api/v1/password", {"new_password": password},
             {"Cookie": session, "X-CSRF-Token": me["csrf"]})
        sessions.append((login, session, me["csrf"], me["role"]))
    # An entrant with a draft (submission 1), so that its routes answer.
    session, csrf = entrant(base, contest, "nguoi.du.thi@example.vn")
    call("/api/v1/submissions", {"title": "Bản nháp (minh hoạ)"},
         {"Cookie": session, "X-CSRF-Token": csrf})
    sessions.append(("nguoi.du.thi@example.vn", session, csrf, "entrant"))
    for login, session, csrf, role in sessions:
        me = {"csrf": csrf, "role": role}
        result = subprocess.run(
            [sys.executable, "-m", "schemathesis.cli", "run", base + "/api/openapi.json",
             "--base-url", base + "/api/v1",
             "-H", f"Cookie: {session}", "-H", f"X-CSRF-Token: {me['csrf']}",
             "--checks", "not_a_server_error,status_code_conformance,response_schema_conformance",
             "--exclude-path-regex", "(sign-out|password)$",
             "--hypothesis-max-examples", examples, "--hypothesis-seed", "1",
             "--hypothesis-suppress-health-check", "all", "--no-color",
             "--experimental=openapi-3.1"],
            capture_output=True, text=True, timeout=600)
        print(f"-- as {login} ({me['role']})")
        print(result.stdout[-3000:])
        if result.returncode != 0:
            print(result.stderr[-2000:])
            failed += 1
    print(f"api: {failed} failed")
    sys.exit(1 if failed else 0)
finally:
    server.terminate()
    server.wait(timeout=10)
