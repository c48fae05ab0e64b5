import Foundation
import SangKienAssignment
import SangKienModel

/// Benchmarks (run in a release build): `swift run -c release sangkien-bench assign`.
///
/// Timings live here, never in tests. Prints one line per measurement and a JSON object.
@main
struct Bench {
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    func option(_ name: String, _ fallback: Double) -> Double {
      guard let index = arguments.firstIndex(of: "--" + name), index + 1 < arguments.count,
        let value = Double(arguments[index + 1])
      else { return fallback }
      return value
    }
    func value(_ name: String) -> String? {
      arguments.firstIndex(of: name).flatMap { $0 + 1 < arguments.count ? arguments[$0 + 1] : nil }
    }
    switch arguments.first {
    case "all":
      Suite.run(
        quick: arguments.contains("--quick"), compareSQLite: arguments.contains("--compare-sqlite"),
        million: arguments.contains("--million"),
        json: value("--json"), keep: value("--keep"))
    case "entries":
      // A seeded entries CSV for profiling one command by hand.
      let count = Int(option("count", 100_000))
      guard let index = arguments.firstIndex(of: "--out"), index + 1 < arguments.count else {
        print("usage: sangkien-bench entries --out FILE [--count N] [--seed S]")
        exit(64)
      }
      let text = Synthetic.entries(count: count, seed: UInt64(option("seed", 1)))
      do {
        try text.write(toFile: arguments[index + 1], atomically: true, encoding: .utf8)
      } catch {
        print("cannot write \(arguments[index + 1]): \(error)")
        exit(1)
      }
    case "person":
      PersonReads.run(
        entries: Int(option("entries", 10_000)), judges: Int(option("judges", 300)),
        runs: Int(option("runs", 21)), keep: value("--keep"))
    case "verify":
      // The memory of `audit verify` as the contest grows.
      let sizes = (value("--sizes") ?? "5000,20000,80000").split(separator: ",").compactMap {
        Int($0)
      }
      VerifyMemory.run(sizes: sizes, keep: value("--keep"))
    case "serve":
      let signedIn = Int(option("judges", 50))
      ServeBench.run(
        judges: signedIn, jury: Int(option("jury", Double(signedIn))),
        entries: Int(option("entries", 500)), staff: Int(option("staff", 0)),
        requests: Int(option("requests", 100_000)), keep: value("--keep"))
    case "folder":
      FolderBench.run(
        contests: Int(option("contests", 50)), active: Int(option("active", 5)),
        judges: Int(option("judges", 50)), entries: Int(option("entries", 100)),
        requests: Int(option("requests", 20_000)), keep: value("--keep"))
    case "intake":
      IntakeBench.run(
        entrants: Int(option("entrants", 1_000)), megabytes: Int(option("megabytes", 5)),
        judges: Int(option("judges", 50)), minutes: option("minutes", 10),
        baseline: option("baseline", 30), keep: value("--keep"))
    case "dossier":
      DossierBench.run(
        files: Int(option("files", 1_000)), sizeMB: Int(option("size-mb", 1)), keep: value("--keep")
      )
    case "similar":
      SimilarBench.run(
        pairs: value("--pairs") ?? "Tests/Fixtures/similar/pairs.csv",
        corpus: Int(option("corpus", 10_000)))
    case "assign":
      assign(
        entries: Int(option("entries", 10_000)), judges: Int(option("judges", 300)),
        perEntry: Int(option("per-entry", 3)), conflictRate: option("conflicts", 0.02),
        fields: Int(option("fields", 20)), seed: UInt64(option("seed", 1)))
    default:
      print(
        "usage: sangkien-bench all [--quick] [--compare-sqlite] [--million] [--json FILE] [--keep DIR]\n"
          + "       sangkien-bench entries --out FILE [--count N] [--seed S]\n"
          + "       sangkien-bench verify [--sizes 5000,20000,80000] [--keep DIR]\n"
          + "       sangkien-bench intake [--entrants 1000] [--megabytes 5] [--judges 50] [--minutes 10] [--baseline 30] [--keep DIR]\n"
          + "       sangkien-bench dossier [--files 1000] [--size-mb 1] [--keep DIR]\n"
          + "       sangkien-bench serve [--judges 50] [--jury N] [--entries 500] [--staff 0] [--requests 100000] [--keep DIR]\n"
          + "       sangkien-bench folder [--contests 50] [--active 5] [--judges 50] [--entries 100] [--requests 20000] [--keep DIR]\n"
          + "       sangkien-bench person [--entries N] [--judges M] [--runs R] [--keep DIR]\n"
          + "       sangkien-bench similar [--pairs Tests/Fixtures/similar/pairs.csv] [--corpus 10000]\n"
          + "       sangkien-bench assign [--entries N] [--judges M] [--per-entry K] [--conflicts RATE] [--fields F] [--seed S]"
      )
      exit(64)
    }
  }

  /// A seeded synthetic contest: entries spread over `fields`, each judge expert in two
  /// fields, each (judge, entry) pair in conflict with probability `conflictRate`.
  static func assign(
    entries n: Int, judges m: Int, perEntry k: Int, conflictRate: Double, fields: Int, seed: UInt64
  ) {
    var random = SeededGenerator(seed: seed)
    let entries = (0..<n).map {
      AssignmentProblem.Entry(code: "SK-\($0 + 1)", field: "f\(random.below(fields))")
    }
    let judges = (0..<m).map { j in
      AssignmentProblem.Judge(
        id: "gk\(j)", fields: ["f\(random.below(fields))", "f\(random.below(fields))"])
    }
    var conflicts: Set<Pair> = []
    let threshold = UInt64(conflictRate * Double(UInt64.max))
    for entry in entries {
      for judge in judges where random.next() < threshold {
        conflicts.insert(Pair(judge: judge.id, entry: entry.code))
      }
    }
    let problem = AssignmentProblem(
      entries: entries, judges: judges, perEntry: k, conflicts: conflicts, seed: seed)
    let start = DispatchTime.now()
    let result = AssignmentSolver.solve(problem)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
    switch result {
    case .success(let solution):
      let matched = Double(solution.fieldMatches) / Double(solution.pairs.count) * 100
      // How many pairs could match at all: entries whose field some judge has.
      print(
        String(
          format:
            "assign %d entries × %d judges, %d each, %d conflicts: %.2f s; loads %d–%d; field match %.1f%%; max shared %d",
          n, m, k, conflicts.count, seconds, solution.loadRange.lowerBound,
          solution.loadRange.upperBound, matched, solution.maxSharedEntries))
      print(
        "{\"bench\":\"assign\",\"entries\":\(n),\"judges\":\(m),\"per_entry\":\(k),\"conflicts\":\(conflicts.count),\"seconds\":\(seconds),\"load_min\":\(solution.loadRange.lowerBound),\"load_max\":\(solution.loadRange.upperBound),\"field_match\":\(matched),\"max_shared\":\(solution.maxSharedEntries)}"
      )
    case .failure(let failure):
      print("assign failed after \(seconds) s: \(failure)")
      exit(1)
    }
  }
}
