import Foundation
import Testing

@Suite("conflicts and assignment commands")
struct AssignCommandTests {
  /// The demo's 40 entries and 9 judges.
  static func demo() throws -> Sandbox {
    let box = try Sandbox()
    #expect(box.run(["init"]).code == 0)
    #expect(box.run(["entry", "import", packageRoot + "/Seeds/demo/entries.csv"]).code == 0)
    #expect(box.run(["judge", "import", packageRoot + "/Seeds/demo/judges.csv"]).code == 0)
    return box
  }

  /// The (judge, entry) pairs of `assign export`.
  static func pairs(_ box: Sandbox, round: String = "so-khao") -> Set<[String]> {
    let csv = box.run(["assign", "export", "--round", round]).out
    return Set(
      csv.split(separator: "\r\n").dropFirst().map { line in
        let fields = line.split(separator: ",").map(String.init)
        return [fields[1], fields[2]]
      })
  }

  @Test("conflicts are detected from units and authors, declared, and dismissed")
  func conflicts() throws {
    let box = try Self.demo()
    let list = box.run(["conflict", "list", "--format", "csv"]).out
    #expect(list.contains("gk03,SK-0013,same-unit,Sở Tư pháp Hà Nội,"))
    #expect(list.contains("gk07,SK-0006,same-unit,Sở Xây dựng Hà Nội,,same unit as the entry\r\n"))
    #expect(list.hasPrefix("\u{FEFF}judge,entry,source,detail,dismissed,source_label\r\n"))
    // An author who sits on the jury, and an author from a judge's unit.
    let file = try box.write(
      "e.csv",
      entriesHeader
        + ",Sổ tay thủ tục,idea,individual,\"Hoang Quoc Cuong; Lê An (Sở Nội vụ Hà Nội)\",UBND xã Mới,,,2019-10-01,,\n"
    )
    #expect(box.run(["entry", "import", file]).code == 0)
    let more = box.run(["conflict", "list", "--format", "csv"]).out
    #expect(more.contains("gk07,SK-0041,author,Hoàng Quốc Cường,"))
    #expect(more.contains("gk02,SK-0041,author-unit,Sở Nội vụ Hà Nội,"))
    #expect(
      box.run(["conflict", "dismiss", "gk02", "SK-0041", "--reason", "Sở lớn, khác phòng"]).code
        == 0)
    #expect(!box.run(["conflict", "list", "--format", "csv"]).out.contains("gk02,SK-0041"))
    #expect(box.run(["conflict", "list", "--all"]).out.contains("dismissed: Sở lớn, khác phòng"))
    let nothing = box.run(["conflict", "dismiss", "gk01", "SK-0041", "--reason", "x"])
    #expect(nothing.err.contains("there is no detected conflict between gk01 and SK-0041"))
    #expect(
      box.run(["conflict", "add", "gk01", "SK-0002", "--reason", "Người thân của tác giả"]).code
        == 0)
    #expect(box.run(["conflict", "list"]).out.contains("declared"))
  }

  @Test("assign gives every entry 3 judges, none in conflict, loads within one")
  func assign() throws {
    let box = try Self.demo()
    let run = box.run(["assign"])
    #expect(
      run.out.contains("40 entries × 3 judges = 120 places for 9 judges; 13–14 entries each;"),
      "\(run.err)")
    let pairs = Self.pairs(box)
    #expect(pairs.count == 120)
    for conflict in [["gk03", "SK-0013"], ["gk07", "SK-0006"], ["gk09", "SK-0007"]] {
      #expect(!pairs.contains(conflict))
    }
    let byEntry = Dictionary(grouping: pairs, by: { $0[1] })
    #expect(byEntry.count == 40 && byEntry.values.allSatisfy { $0.count == 3 })
    // The same seed gives the same assignment; the run is audited once.
    #expect(box.run(["assign", "--seed", "1"]).code == 0)
    #expect(Self.pairs(box) == pairs)
    #expect(
      box.run(["audit", "log", "--subject", "round:so-khao", "--format", "csv"]).out.contains(
        "assign.run"))
  }

  @Test("no assignment: the reason names the constraint")
  func infeasible() throws {
    let box = try Self.demo()
    let result = box.run(["assign", "--max-load", "12"])
    #expect(result.code == 1)
    #expect(
      result.err
        == "Error: with at most 12 entries per judge, 9 judges can take 108 places; 120 are needed\n"
    )
    let many = box.run(["assign", "--per-entry", "10"])
    #expect(many.err.contains("there are only 9 judges and each entry needs 10"))
    #expect(Self.pairs(box).isEmpty)
  }

  static let leaves = "novelty,feasibility,time,cost,steps,replicability,presentation"

  @Test("a scores file saved by Excel with `;` and decimal commas imports")
  func semicolonScores() throws {
    let box = try Self.demo()
    #expect(box.run(["assign"]).code == 0)
    let pair = Self.pairs(box).first { $0[0] == "gk05" }!
    let header = "round;judge;entry;" + Self.leaves.replacingOccurrences(of: ",", with: ";")
    let rows =
      header
      + ";comment\r\nso-khao;\(pair[0]);\(pair[1]);16,5;14,5;7;6,5;7;10;7;\"Tốt; rõ ràng\"\r\n"
    let result = box.run(["score", "import", try box.write("s.csv", rows)])
    #expect(result.code == 0, "\(result.err)")
    let listed = box.run(["score", "list", "--format", "csv"]).out
    #expect(listed.contains("16.5") && listed.contains("Tốt; rõ ràng"), "\(listed)")
  }

  @Test("an import names every judge whose sheets it holds, with the counts of each")
  func importNamesJudges() throws {
    let box = try Self.demo()
    #expect(box.run(["assign"]).code == 0)
    let pairs = Self.pairs(box)
    var rows = "round,judge,entry,\(Self.leaves),comment\n"
    for pair in pairs.filter({ $0[0] == "gk05" }).prefix(2) {
      rows += "so-khao,\(pair[0]),\(pair[1]),20,15,8,8,8,10,8,\n"
    }
    for pair in pairs.filter({ $0[0] == "gk02" }).prefix(1) {
      rows += "so-khao,\(pair[0]),\(pair[1]),,,,,,,,\n"
    }
    let result = box.run(["score", "import", try box.write("s.csv", rows), "--lang", "vi"])
    #expect(result.code == 0, "\(result.err)")
    let lines = result.out.split(separator: "\n").map(String.init)
    #expect(
      lines.contains { $0.hasPrefix("  gk05 ") && $0.contains(": 2 phiếu mới, 0 phiếu thay") },
      "\(result.out)")
    #expect(
      lines.contains { $0.hasPrefix("  gk02 ") && $0.contains("1 dòng trống (chưa chấm)") },
      "\(result.out)")
  }

  @Test("re-running keeps scored pairs; repair after a removal fills only the gaps")
  func keepAndRepair() throws {
    let box = try Self.demo()
    #expect(box.run(["assign"]).code == 0)
    let first = Self.pairs(box)
    let scored = first.filter { $0[0] == "gk05" }.sorted { $0[1] < $1[1] }.prefix(2)
    var rows = "round,judge,entry,\(Self.leaves),comment\n"
    for pair in scored { rows += "so-khao,\(pair[0]),\(pair[1]),20,15,8,8,8,10,8,\n" }
    #expect(box.run(["score", "import", try box.write("s.csv", rows)]).code == 0)
    #expect(box.run(["assign", "--seed", "99"]).code == 0)
    let second = Self.pairs(box)
    for pair in scored { #expect(second.contains(pair)) }

    // Removing gk05 keeps its two scored pairs and frees the rest; repair fills the gaps.
    #expect(box.run(["judge", "remove", "gk05", "--reason", "Đi công tác"]).code == 0)
    let beforeRepair = Self.pairs(box)
    let repair = box.run(["assign", "repair"])
    #expect(repair.out.hasPrefix("Filled "), "\(repair.err)")
    let after = Self.pairs(box)
    #expect(beforeRepair.isSubset(of: after))
    let byEntry = Dictionary(grouping: after, by: { $0[1] })
    #expect(
      byEntry.values.allSatisfy { $0.count == 3 }, "\(byEntry.filter { $0.value.count != 3 })")
    for pair in scored { #expect(after.contains(pair)) }
    #expect(!after.contains { $0[0] == "gk05" && !scored.contains($0) })
  }

  @Test(
    "move refuses a scored pair and a conflict; import refuses conflicts and warns on imbalance")
  func moveAndImport() throws {
    let box = try Self.demo()
    #expect(box.run(["assign"]).code == 0)
    let pair = try #require(Self.pairs(box).first { $0[1] == "SK-0013" })
    let toConflict = box.run(["assign", "move", "SK-0013", "--from", pair[0], "--to", "gk03"])
    #expect(toConflict.err.contains("judge gk03 has a conflict of interest with SK-0013"))
    let free = try #require(
      ["gk01", "gk02", "gk04", "gk05", "gk06", "gk08", "gk09"].first { judge in
        !Self.pairs(box).contains([judge, "SK-0013"])
      })
    let moved = box.run(["assign", "move", "SK-0013", "--from", pair[0], "--to", free])
    #expect(moved.out == "Moved SK-0013 from \(pair[0]) to \(free).\n", "\(moved.err)")

    let other = try Self.demo()
    let conflictFile = try other.write("a.csv", "round,judge,entry\nso-khao,gk03,SK-0013\n")
    let refused = other.run(["assign", "import", conflictFile])
    #expect(
      refused.err.contains("\(conflictFile):2: error: gk03 has a conflict of interest with SK-0013")
    )
    let uneven = try other.write(
      "b.csv", "round,judge,entry\nso-khao,gk01,SK-0001\nso-khao,gk01,SK-0002\n")
    let warned = other.run(["assign", "import", uneven])
    #expect(warned.code == 0)
    #expect(warned.err.contains("warning: judges' loads are uneven (0 to 2 entries)"))
  }

  @Test("in an 'all' round a judge never gets, sees or scores an entry they conflict with")
  func allRound() throws {
    let box = try Sandbox()
    let contest = try box.write(
      "contest.yaml",
      """
      id: all
      name: Một vòng
      organiser: Ban tổ chức
      code_prefix: SK
      deadline: 2019-11-15
      rounds:
        - {id: r1, name: Vòng một, rubric: \(packageRoot)/Rubrics/cchc-2019.yaml, judges_per_entry: all}
      """)
    #expect(box.run(["init", "--contest", contest]).code == 0)
    #expect(box.run(["entry", "import", packageRoot + "/Seeds/demo/entries.csv"]).code == 0)
    #expect(box.run(["judge", "import", packageRoot + "/Seeds/demo/judges.csv"]).code == 0)
    #expect(
      box.run(["assign"]).out.contains("every judge (9) scores every entry, conflicts excepted"))
    let sheet = box.run(["score", "sheet", "--judge", "gk03"]).out
    #expect(sheet.contains("SK-0012") && !sheet.contains("SK-0013"))
    let refused = box.run([
      "score", "enter", "--judge", "gk03", "--entry", "SK-0013", "novelty=20", "feasibility=15",
      "time=8", "cost=8", "steps=8", "replicability=10", "presentation=8",
    ])
    #expect(refused.err.contains("judge gk03 has a conflict of interest with SK-0013"))
    #expect(Self.pairs(box, round: "r1").count == 40 * 9 - 3)
  }
}
