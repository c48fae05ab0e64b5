#!/usr/bin/env python3
"""Every module imports only what Package.swift declares for it, and the front ends never
see the storage.

SwiftPM on Linux puts every module of the package on every target's search path, and its
`--explicit-target-dependency-import-check error` reports nothing here (tried with Swift
6.3), so an undeclared `import` would compile. This reads the manifest as SwiftPM does
(`swift package dump-package`) and each target's sources, and fails naming the file, line
and module of every import its target does not declare; and it fails if SangKienCLI or
SangKienWeb declares SangKienStorage, or if SangKienWorkflow imports it other than
`internal import` (which makes a public use case that returns a storage type a compile
error).

Usage: check_imports.py [PACKAGE_DIR]
"""
import json
import os
import re
import subprocess
import sys

FRONT_ENDS = ("SangKienCLI", "SangKienWeb")
IMPORT = re.compile(
    r"^\s*(?:@testable\s+|@_exported\s+|@preconcurrency\s+)*"
    r"(public\s+|package\s+|internal\s+|fileprivate\s+|private\s+)?import\s+"
    r"(?:(?:struct|class|enum|protocol|func|var|let|typealias)\s+)?([A-Za-z_][A-Za-z0-9_]*)")


def main() -> int:
    root = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else ".")
    manifest = json.loads(subprocess.run(
        ["swift", "package", "dump-package"], cwd=root, check=True, capture_output=True,
        text=True).stdout)
    targets = {t["name"]: t for t in manifest["targets"]}
    products = set()
    declared = {}
    for target in manifest["targets"]:
        names = set()
        for dependency in target.get("dependencies", []):
            for kind in ("byName", "target", "product"):
                if kind in dependency:
                    name = dependency[kind][0]
                    names.add(name)
                    if kind == "product":
                        products.add(name)
        declared[target["name"]] = names
    known = set(targets) | products
    problems = []
    for name, target in targets.items():
        folder = target.get("path") or os.path.join(
            "Tests" if target["type"] == "test" else "Sources", name)
        excluded = [os.path.join(root, folder, e) for e in target.get("exclude", [])]
        for directory, _, files in os.walk(os.path.join(root, folder)):
            if any(directory.startswith(e) for e in excluded):
                continue
            for file in sorted(f for f in files if f.endswith(".swift")):
                path = os.path.join(directory, file)
                with open(path, encoding="utf-8") as handle:
                    for number, line in enumerate(handle, 1):
                        match = IMPORT.match(line)
                        if not match:
                            continue
                        level, module = match.group(1), match.group(2)
                        where = f"{os.path.relpath(path, root)}:{number}"
                        if module in known and module != name and module not in declared[name]:
                            problems.append(
                                f"{where}: {name} imports {module}, which Package.swift does "
                                "not declare for it")
                        if name in FRONT_ENDS and module == "SangKienStorage":
                            problems.append(f"{where}: a front end imports SangKienStorage")
                        if (name == "SangKienWorkflow" and module == "SangKienStorage"
                                and (level or "").strip() != "internal"):
                            problems.append(
                                f"{where}: SangKienWorkflow must import SangKienStorage as "
                                "`internal import`, so no public use case shows a storage type")
    for front in FRONT_ENDS:
        if "SangKienStorage" in declared.get(front, set()):
            problems.append(f"Package.swift: {front} depends on SangKienStorage")
    for problem in problems:
        print(problem)
    print(f"{len(targets)} targets checked, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
