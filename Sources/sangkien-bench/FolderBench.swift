import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import SangKienModel
import SangKienWorkflow

/// `sangkien-bench folder`: `sangkien serve --contests` holding `contests` contest files of
/// `entries` entries each, `judges` judges saving their sheets over HTTP across `active` of
/// them (an equal share each), against the same judges and requests on one contest alone
/// (`serve --db`, its entries the active contests' together): save p50/p99 and the server's
/// resident memory, and the memory once every contest of the folder has been opened.
enum FolderBench {
  static func run(
    contests: Int, active: Int, judges: Int, entries: Int, requests: Int, keep: String?
  ) {
    let place = BenchPlace(keep: keep, prefix: "sangkien-folder")
    defer { place.clean() }
    let environment = ["SANGKIEN_LANG": "en", "SANGKIEN_ACTOR": "bench"]
    let template = (try? String(contentsOfFile: place.contest, encoding: .utf8))?
      .replacingOccurrences(
        of: "../../Rubrics/", with: FileManager.default.currentDirectoryPath + "/Rubrics/")
    guard let template else {
      print("cannot read \(place.contest)")
      return
    }
    let folder = place.folder + "/contests"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let perContest = judges / active

    /// A contest file `id` in `path`: `entries` entries, and with `jury` judges assigned.
    func make(_ id: String, path: String, entries: Int, jury: Int, seed: UInt64) -> [String:
      [String]]
    {
      let file = place.write(
        "\(id).yaml",
        template.replacingOccurrences(of: "id: hanoi-cchc-2019\n", with: "id: \(id)\n"))
      let db = ["--db", path]
      _ = place.sangkien(["init", "--contest", file] + db, environment: environment, name: "init")
      _ = place.sangkien(
        [
          "entry", "import",
          place.write("e-\(id).csv", Synthetic.entries(count: entries, seed: seed)),
          "--allow-duplicates",
        ] + db, environment: environment, name: "entries")
      guard jury > 0 else { return [:] }
      _ = place.sangkien(
        ["entry", "validate", "--all-received"] + db, environment: environment, name: "validate")
      _ = place.sangkien(
        [
          "judge", "import", place.write("j-\(id).csv", Synthetic.judges(count: jury, seed: seed)),
        ] + db, environment: environment, name: "judges")
      _ = place.sangkien(
        ["assign", "--per-entry", "3"] + db, environment: environment, name: "assign")
      return invitations(path, jury: jury)
    }

    /// Each judge's one-time code and worklist, by id.
    func invitations(_ path: String, jury: Int) -> [String: [String]] {
      guard let workflow = try? Workflow.open(path: path),
        let bench = try? workflow.person(named: "bench")
      else { return [:] }
      var out: [String: [String]] = [:]
      for index in 0..<jury {
        let id = "gk\(index)"
        guard let code = try? workflow.invite(id, by: bench).code else { continue }
        out[id] =
          [code]
          + ((try? workflow.worklist(round: "so-khao", judge: id, by: bench).items.map(\.code))
            ?? [])
      }
      return out
    }

    print(
      "making \(contests) contests of \(entries) entries (\(active) with \(perContest) judges)…")
    var people: [(base: String, id: String, code: String, entries: [String])] = []
    for index in 0..<contests {
      let id = String(format: "bench-%02d", index + 1)
      let judged = index < active
      let made = make(
        id, path: folder + "/\(id).sqlite", entries: entries, jury: judged ? perContest : 0,
        seed: UInt64(100 + index))
      for (judge, list) in made.sorted(by: { $0.key < $1.key }) {
        people.append(("/c/\(id)", judge, list[0], Array(list.dropFirst())))
      }
    }
    let alone = place.folder + "/alone.sqlite"
    let aloneInvites = make(
      "alone", path: alone, entries: entries * active, jury: judges, seed: 99)
    let alonePeople = aloneInvites.sorted { $0.key < $1.key }.map {
      (base: "", id: $0.key, code: $0.value[0], entries: Array($0.value.dropFirst()))
    }

    let one = measure(
      label: "one contest alone (serve --db, \(entries * active) entries, \(judges) judges)",
      place: place, arguments: ["serve", "--port", "0", "--db", alone], people: alonePeople,
      requests: requests, touch: [])
    let many = measure(
      label:
        "\(contests) contests (serve --contests, \(active) judged, \(perContest) judges each)",
      place: place, arguments: ["serve", "--port", "0", "--contests", folder], people: people,
      requests: requests,
      touch: (0..<contests).map { String(format: "/c/bench-%02d/sign-in", $0 + 1) })
    guard let one, let many else { return }
    print(
      String(
        format:
          "save p99 %.1f ms against %.1f ms alone (%.2f×); resident memory %.1f MB against %.1f MB alone; %.1f MB with all %d contests opened (%.2f MB per contest)",
        many.p99, one.p99, one.p99 > 0 ? many.p99 / one.p99 : 0, many.rss, one.rss,
        many.allOpen, contests,
        (many.allOpen - many.rss) / Double(max(1, contests - active))))
  }

  struct Figures {
    var p50: Double
    var p99: Double
    var rss: Double
    var allOpen: Double
  }

  /// Starts the server with `arguments`, signs `people` in, runs their saves, then opens
  /// every `touch` page once; prints and returns the figures.
  static func measure(
    label: String, place: BenchPlace, arguments: [String],
    people: [(base: String, id: String, code: String, entries: [String])], requests: Int,
    touch: [String]
  ) -> Figures? {
    guard let (server, port) = ServeBench.launch(place: place, path: "", arguments: arguments)
    else { return nil }
    defer {
      server.terminate()
      server.waitUntilExit()
    }
    let tally = ServeBench.Tally(server: server.processIdentifier)
    let perJudge = requests / max(1, people.count)
    let done = DispatchSemaphore(value: 0)
    let result = ResultBox()
    let box = FiguresBox()
    Task {
      do {
        var judges: [ServeBench.Judge] = []
        for person in people {
          judges.append(
            try await ServeBench.signIn(
              person.id, code: person.code, port: port, base: person.base,
              entries: person.entries))
        }
        let signedIn = judges
        try await withThrowingTaskGroup(of: Void.self) { group in
          for judge in signedIn {
            group.addTask { try await ServeBench.load(judge, requests: perJudge, tally: tally) }
          }
          try await group.waitForAll()
        }
        box.rss = Double(ServeBench.rss(server.processIdentifier)) / 1024
        let visitor = TestClient(host: "127.0.0.1", port: port)
        visitor.connect()
        for uri in touch {
          _ = try await visitor.execute(.init(uri, method: .get))
        }
        box.allOpen = Double(ServeBench.rss(server.processIdentifier)) / 1024
        for judge in signedIn { try? await judge.client.shutdown() }
        try? await visitor.shutdown()
        box.latencies = await tally.latencies["save"] ?? []
        box.errors = await tally.errors.values.reduce(0, +)
      } catch {
        result.error = "\(error)"
      }
      done.signal()
    }
    done.wait()
    if let error = result.error {
      print("\(label): the load failed: \(error)")
      return nil
    }
    let figures = Figures(
      p50: ServeBench.percentile(box.latencies, 0.5),
      p99: ServeBench.percentile(box.latencies, 0.99),
      rss: box.rss, allOpen: touch.isEmpty ? box.rss : box.allOpen)
    print(
      String(
        format: "%@: %d saves, errors %d: p50 %.1f ms, p99 %.1f ms; resident memory %.1f MB",
        label as NSString, box.latencies.count, box.errors, figures.p50, figures.p99, figures.rss))
    return figures
  }
}

/// What the load's task measured, handed to the main thread.
final class FiguresBox: @unchecked Sendable {
  var latencies: [Double] = []
  var errors = 0
  var rss = 0.0
  var allOpen = 0.0
}
