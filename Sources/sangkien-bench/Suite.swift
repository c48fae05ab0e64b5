import Foundation

/// The whole-command benchmarks of the performance issue, run on seeded synthetic contests.
enum Suite {
  static func run(quick: Bool, compareSQLite: Bool, million: Bool, json: String?, keep: String?) {
    let manager = FileManager.default
    // With --keep the databases and files stay there afterwards, for profiling by hand.
    let place = BenchPlace(keep: keep, prefix: "sangkien-bench")
    defer { place.clean() }
    let (contest, folder) = (place.contest, place.folder)
    let environment = [
      "SANGKIEN_LANG": "en", "SANGKIEN_ACTOR": "bench",
      "SANGKIEN_SEEDS": manager.currentDirectoryPath + "/Seeds",
    ]
    var results: [Measurement] = []
    func sangkien(_ arguments: [String], name: String, rows: Int? = nil, record: Bool = true)
      -> Measurement
    {
      let m = place.sangkien(arguments, environment: environment, name: name, rows: rows)
      if record { results.append(m) }
      return m
    }
    let write = place.write

    // sangkien --version: the median of 21 runs.
    let versions = (0..<21).map { _ in sangkien(["--version"], name: "version", record: false) }
    results.append(versions.sorted { $0.seconds < $1.seconds }[10])

    // A: importing entries.
    let count = quick ? 20_000 : 100_000
    let entries = write("entries.csv", Synthetic.entries(count: count, seed: 1))
    _ = sangkien(["init", "--contest", contest, "--db", "a.sqlite"], name: "init", record: false)
    _ = sangkien(
      ["entry", "import", entries, "--db", "a.sqlite", "--allow-duplicates"], name: "entry import",
      rows: count)
    if million {
      let big = write("entries-1m.csv", Synthetic.entries(count: 1_000_000, seed: 2))
      _ = sangkien(["init", "--contest", contest, "--db", "m.sqlite"], name: "init", record: false)
      _ = sangkien(
        ["entry", "import", big, "--db", "m.sqlite", "--allow-duplicates"], name: "entry import 1M",
        rows: 1_000_000)
    }

    // The same register from a workbook and from CSV, both as `entry export` writes them
    // (codes and all), each into a fresh database: the workbook within 1.5× the time and
    // 1.2× the memory (issue 14).
    _ = sangkien(
      ["entry", "export", "--format", "xlsx", "--out", "export.xlsx", "--db", "a.sqlite"],
      name: "entry export xlsx", rows: count)
    _ = sangkien(
      ["entry", "export", "--format", "csv", "--out", "export.csv", "--db", "a.sqlite"],
      name: "entry export csv", record: false)
    var importRuns: [String: [Measurement]] = [:]
    for run in 0..<3 {
      for kind in ["csv", "xlsx"] {
        let db = "import-\(kind)-\(run).sqlite"
        _ = sangkien(["init", "--contest", contest, "--db", db], name: "init", record: false)
        importRuns[kind, default: []].append(
          sangkien(
            ["entry", "import", "export.\(kind)", "--db", db, "--allow-duplicates"],
            name: "entry import of the export (\(kind))", rows: count, record: false))
      }
    }
    let csvImport = importRuns["csv"]!.sorted { $0.seconds < $1.seconds }[1]
    let xlsxImport = importRuns["xlsx"]!.sorted { $0.seconds < $1.seconds }[1]
    results += [csvImport, xlsxImport]

    let sqlite = "/usr/bin/sqlite3"

    // B: assigning, scoring and ranking 10,000 entries with 300 judges.
    let b = ["--db", "b.sqlite"]
    _ = sangkien(["init", "--contest", contest] + b, name: "init", record: false)
    _ = sangkien(
      [
        "entry", "import", write("b.csv", Synthetic.entries(count: 10_000, seed: 3)),
        "--allow-duplicates",
      ] + b, name: "b entries", record: false)
    _ = sangkien(
      ["judge", "import", write("judges.csv", Synthetic.judges(count: 300, seed: 4))] + b,
      name: "b judges", record: false)
    _ = sangkien(
      ["staff", "add", "Organiser", "--role", "organiser"] + b, name: "staff", record: false)
    // The median of 3 (each run replaces the assignment before it, as a user re-running it
    // would).
    let assignRuns = (0..<3).map { _ in
      sangkien(["assign"] + b, name: "assign 10,000 × 300 (3 each)", rows: 30_000, record: false)
    }
    results.append(assignRuns.sorted { $0.seconds < $1.seconds }[1])
    _ = sangkien(
      ["assign", "--per-entry", "5"] + b, name: "assign 10,000 × 300 (5 each)", rows: 50_000)
    let exported = folder + "/assign.csv"
    _ = sangkien(["assign", "export", "--out", exported] + b, name: "assign export", record: false)
    let (scores, sheets) = Synthetic.scores(
      assignments: (try? String(contentsOfFile: exported, encoding: .utf8)) ?? "", seed: 5)
    _ = sangkien(
      ["score", "import", write("scores.csv", scores)] + b, name: "score import", rows: sheets)
    // Ranking and the SQL query it is compared with take well under a second: each is the
    // median of 5 runs, taken in turn, so a slow moment of a shared machine hits both alike.
    let query = """
      SELECT e.code, round(avg(t.total), 2) AS score FROM (SELECT entry_id,
        (SELECT sum(CAST(value AS REAL)) FROM json_each(points)) AS total FROM score_sheet) t
      JOIN entry e ON e.id = t.entry_id GROUP BY t.entry_id ORDER BY score DESC
      """
    var rankRuns: [Measurement] = []
    var queryRuns: [Measurement] = []
    for _ in 0..<5 {
      rankRuns.append(
        sangkien(
          ["rank", "--format", "json"] + b, name: "rank 10,000 × 5", rows: 10_000, record: false))
      if compareSQLite {
        queryRuns.append(
          Runner.run(
            sqlite, [folder + "/b.sqlite", query], in: folder, name: "sqlite3 mean ranking query",
            rows: 10_000))
      }
    }
    func median(_ runs: [Measurement]) -> Measurement? {
      runs.isEmpty ? nil : runs.sorted { $0.seconds < $1.seconds }[runs.count / 2]
    }
    results.append(median(rankRuns)!)
    _ = sangkien(
      ["rank", "--format", "xlsx", "--out", folder + "/rank.xlsx"] + b,
      name: "rank 10,000 as a workbook", rows: 10_000)
    _ = sangkien(
      ["publish", "--round", "so-khao", "--out", folder + "/pub", "--as", "Organiser"] + b,
      name: "publish 10,000", rows: 10_000)

    // The memory of `audit verify` at two sizes: whether its peak grows with the database.
    _ = sangkien(
      ["audit", "verify"] + b, name: "audit verify 10,000 entries + 50,000 sheets", rows: 10_000)
    _ = sangkien(
      ["audit", "verify", "--db", "a.sqlite"], name: "audit verify \(count) entries", rows: count)

    // The demo contest: every command should feel instant.
    _ = sangkien(["demo", "--out", folder + "/demo"], name: "demo", record: false)
    let d = ["--db", folder + "/demo/sangkien.sqlite", "--as", "Ban tổ chức (minh hoạ)"]
    for (name, arguments) in [
      ("demo: contest show", ["contest", "show"]), ("demo: entry list", ["entry", "list"]),
      ("demo: rank", ["rank", "--round", "chung-khao"]), ("demo: prizes", ["prizes"]),
      ("demo: stats", ["stats", "--round", "chung-khao"]),
      ("demo: audit verify", ["audit", "verify"]),
      (
        "demo: publish",
        [
          "publish", "--round", "chung-khao", "--out", folder + "/demo/p",
          // The demo's final round has a prize on judges far apart: the jury's word.
          "--accept-disagreements", "Ban Giám khảo đã xem xét (minh hoạ)",
        ]
      ),
    ] {
      // The median of 5 runs: a single run of a 50 ms command on a shared machine is noise.
      let runs = (0..<5).map { _ in sangkien(arguments + d, name: name, record: false) }
      results.append(runs.sorted { $0.seconds < $1.seconds }[2])
    }

    var ratios: [(String, Double)] = [
      ("entry import: xlsx / csv time", xlsxImport.seconds / csvImport.seconds),
      (
        "entry import: xlsx / csv peak memory", Double(xlsxImport.peakKB) / Double(csvImport.peakKB)
      ),
    ]
    if compareSQLite {
      let importBaseline = Runner.run(
        sqlite, [folder + "/plain.sqlite", ".mode csv", ".import \(entries) entries"], in: folder,
        name: "sqlite3 .import (same file)", rows: count)
      results.append(importBaseline)
      // The same rows sangkien wrote (entries, authors, audit records with their JSON and
      // hashes) inserted by sqlite3 into sangkien's own schema, indexes and checks: what
      // SQLite alone needs to store what the import stores. (The WHERE clauses keep SQLite
      // from copying the tables' pages wholesale, which it does for a bare INSERT … SELECT.)
      _ = sangkien(
        ["init", "--contest", contest, "--db", "limit.sqlite"], name: "init", record: false)
      let schemaBaseline = Runner.run(
        sqlite,
        [
          folder + "/limit.sqlite", "ATTACH '\(folder)/a.sqlite' AS a", "BEGIN",
          "INSERT INTO entry SELECT * FROM a.entry WHERE id > 0",
          "INSERT INTO entry_author SELECT * FROM a.entry_author WHERE entry_id > 0",
          "INSERT INTO audit SELECT * FROM a.audit WHERE action = 'entry.import'", "COMMIT",
        ], in: folder, name: "sqlite3 INSERT of the rows stored", rows: count)
      results.append(schemaBaseline)
      let rankBaseline = median(queryRuns)!
      results.append(rankBaseline)
      if let ours = results.first(where: { $0.name == "entry import" }) {
        ratios.append(("entry import / sqlite3 .import", ours.seconds / importBaseline.seconds))
        ratios.append(
          (
            "entry import / sqlite3 INSERT of the rows stored",
            ours.seconds / schemaBaseline.seconds
          ))
      }
      if let ours = results.first(where: { $0.name == "rank 10,000 × 5" }) {
        ratios.append(("rank / SQL query", ours.seconds / rankBaseline.seconds))
      }
    }

    func pad(_ text: String, _ width: Int, right: Bool = false) -> String {
      let space = String(repeating: " ", count: max(0, width - text.count))
      return right ? space + text : text + space
    }
    print(
      pad("command", 34) + pad("time (s)", 10, right: true) + pad("rows/s", 12, right: true)
        + pad("peak MB", 10, right: true) + pad("exit", 6, right: true))
    for m in results {
      print(
        pad(m.name, 34) + pad(String(format: "%.3f", m.seconds), 10, right: true)
          + pad(m.rowsPerSecond.map { String(format: "%.0f", $0) } ?? "", 12, right: true)
          + pad(String(format: "%.1f", Double(m.peakKB) / 1024), 10, right: true)
          + pad(String(m.exitCode), 6, right: true))
    }
    for (name, ratio) in ratios { print("\(name): " + String(format: "%.2f", ratio) + "×") }
    if let json {
      let items = results.map { m in
        "{\"name\":\"\(m.name)\",\"seconds\":\(m.seconds),\"rows\":\(m.rows.map(String.init) ?? "null"),\"peak_kb\":\(m.peakKB),\"exit\":\(m.exitCode)}"
      }
      let ratioItems = ratios.map { "{\"name\":\"\($0.0)\",\"ratio\":\($0.1)}" }
      try?
        "{\"results\":[\(items.joined(separator: ","))],\"ratios\":[\(ratioItems.joined(separator: ","))]}\n"
        .write(toFile: json, atomically: true, encoding: .utf8)
    }
  }
}
