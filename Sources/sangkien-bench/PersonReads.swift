import Foundation
import SangKienInterchange
import SangKienModel
import SangKienWorkflow

/// What one person's page costs: a judge's worklist, one sheet read and one sheet saved, in
/// a large contest, through the same workflow calls the command line and the web make.
/// The floor the web application is measured against.
enum PersonReads {
  static func run(entries n: Int, judges m: Int, runs: Int, keep: String?) {
    let place = BenchPlace(keep: keep, prefix: "sangkien-bench-person", needsBinary: false)
    defer { place.clean() }
    let (contestFile, folder) = (place.contest, place.folder)
    do {
      let path = folder + "/person.sqlite"
      print("building a contest of \(n) entries × \(m) judges, 3 judges each …")
      _ = try Workflow.createContest(
        at: path, from: contestFile, by: "bench", now: Date(), replace: true)
      let workflow = try Workflow.open(path: path)
      let staff = try workflow.person(named: "bench")
      _ = try workflow.importEntries(
        .bytes(Array(Synthetic.entries(count: n, seed: 3).utf8), name: "entries.csv"),
        allowances: Allowances(duplicates: true), by: staff)
      _ = try workflow.importJudges(
        .bytes(Array(Synthetic.judges(count: m, seed: 4).utf8), name: "judges.csv"), by: staff)
      _ = try workflow.assign(round: "so-khao", by: staff)
      // Every judge's sheets are in but the measured judge's, whose worklist is all to do.
      let pairs = try workflow.assignments(round: "so-khao", by: staff)
      let others = AssignmentCSV.bytes(pairs.filter { $0.judge != "gk0" })
      let (scores, _) = Synthetic.scores(
        assignments: String(decoding: others, as: UTF8.self), seed: 5)
      _ = try workflow.importSheets(
        .bytes(Array(scores.utf8), name: "scores.csv"), round: nil, by: staff)
      let judge = try workflow.person(named: "gk0")
      let own = pairs.filter { $0.judge == "gk0" }.map(\.entry)
      print(
        "gk0 has \(own.count) entries; \(pairs.count - own.count) sheets of the others are in\n")

      var rows: [(String, [Double])] = []
      func measure(_ name: String, _ body: (Int) throws -> Void) rethrows {
        var times: [Double] = []
        for index in 0..<runs {
          let start = DispatchTime.now()
          try body(index)
          times.append(Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e6)
        }
        rows.append((name, times.sorted()))
      }
      try measure("worklist, one judge (targeted reads)") { _ in
        _ = try workflow.worklist(round: nil, judge: "gk0", by: judge)
      }
      try measure("one sheet read") { index in
        _ = try workflow.sheet(round: nil, judge: "gk0", entry: own[index % own.count], by: judge)
      }
      let points: [String: Decimal] = [
        "novelty": 20, "feasibility": 15, "time": 8, "cost": 8, "steps": 8, "replicability": 10,
        "presentation": 8,
      ]
      try measure("one sheet saved (checked + audited)") { index in
        _ = try workflow.enterSheet(
          round: nil, judge: "gk0", entry: own[index % own.count], points: points, comment: "",
          replace: index >= own.count, by: judge)
      }
      try measure("for scale: every worklist, whole round loaded") { _ in
        _ = try workflow.worklists(round: nil, judge: "gk0", by: staff)
      }
      try measure("for scale: the round's progress") { _ in
        _ = try workflow.progress(round: nil, by: staff)
      }
      // What the closed-round guard costs a change: an entry's field updated with no round
      // closed, then with the preliminary closed (its facts read before and after).
      let codes = try workflow.entries(by: staff).prefix(runs).map(\.code)
      try measure("entry update, no round closed") { index in
        _ = try workflow.updateEntry(
          code: codes[index % codes.count], changes: [.field: "Lĩnh vực \(index)"], by: staff)
      }
      _ = try workflow.addStaff(name: "bench organiser", role: .organiser, by: staff)
      let organiser = try workflow.person(named: "bench organiser")
      try workflow.setRoundState("so-khao", to: .closed, by: organiser)
      try measure("entry update, preliminary closed (guarded)") { index in
        _ = try workflow.updateEntry(
          code: codes[index % codes.count], changes: [.field: "Lĩnh vực mới \(index)"],
          by: staff)
      }
      print("\(n) entries × \(m) judges, \(runs) runs each, milliseconds")
      print("measurement                                        median      min      max")
      var json: [String] = []
      for (name, times) in rows {
        let median = times[times.count / 2]
        print(
          name.padding(toLength: 48, withPad: " ", startingAt: 0)
            + String(format: "%10.2f %8.2f %8.2f", median, times.first!, times.last!))
        json.append(
          "{\"name\":\"\(name)\",\"median_ms\":\(median),\"min_ms\":\(times.first!),\"max_ms\":\(times.last!)}"
        )
      }
      print("[" + json.joined(separator: ",") + "]")
    } catch {
      print("failed: \(error)")
      exit(1)
    }
  }
}
