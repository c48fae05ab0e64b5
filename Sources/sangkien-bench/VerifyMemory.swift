import Foundation

/// `sangkien-bench verify`: the time and peak memory of `audit verify` on contests of
/// growing size, to show whether its memory grows with the database (it must not).
enum VerifyMemory {
  static func run(sizes: [Int], keep: String?) {
    let manager = FileManager.default
    let place = BenchPlace(keep: keep, prefix: "sangkien-verify")
    defer { place.clean() }
    let (contest, folder) = (place.contest, place.folder)
    let environment = ["SANGKIEN_LANG": "en", "SANGKIEN_ACTOR": "bench"]
    func sangkien(_ arguments: [String], name: String, rows: Int? = nil) -> Measurement {
      place.sangkien(arguments, environment: environment, name: name, rows: rows)
    }
    let write = place.write
    print("entries   sheets     database MB   verify s   peak MB")
    for size in sizes {
      let db = ["--db", "v\(size).sqlite"]
      _ = sangkien(["init", "--contest", contest] + db, name: "init")
      _ = sangkien(
        [
          "entry", "import", write("e\(size).csv", Synthetic.entries(count: size, seed: 11)),
          "--allow-duplicates",
        ] + db, name: "entries")
      _ = sangkien(
        ["judge", "import", write("j\(size).csv", Synthetic.judges(count: 300, seed: 12))] + db,
        name: "judges")
      _ = sangkien(["assign", "--per-entry", "3"] + db, name: "assign")
      let exported = folder + "/a\(size).csv"
      _ = sangkien(["assign", "export", "--out", exported] + db, name: "export")
      let (scores, sheets) = Synthetic.scores(
        assignments: (try? String(contentsOfFile: exported, encoding: .utf8)) ?? "", seed: 13)
      _ = sangkien(["score", "import", write("s\(size).csv", scores)] + db, name: "scores")
      let verify = sangkien(["audit", "verify"] + db, name: "audit verify", rows: size)
      let bytes =
        (try? manager.attributesOfItem(atPath: folder + "/v\(size).sqlite")[.size] as? Int) ?? 0
      print(
        String(
          format: "%7d   %7d   %11.1f   %8.2f   %7.1f", size, sheets, Double(bytes) / 1_048_576,
          verify.seconds, Double(verify.peakKB) / 1024))
    }
  }
}
