import Foundation
import Testing

@Suite("judges, scores, rounds, ranking and prizes")
struct ScoringCommandTests {
  static let leaves = "novelty,feasibility,time,cost,steps,replicability,presentation"

  /// A contest with the demo entries SK-0001…SK-0005 and judges gk01…gk03, each judge
  /// assigned to every one of those entries in the preliminary round.
  static func contest() throws -> Sandbox {
    let box = try Sandbox()
    #expect(box.run(["init"]).code == 0)
    let rows = (1...5).map {
      ",Sáng kiến số \($0),idea,individual,Tác Giả \($0),Đơn vị \($0),,,2019-10-01,Tóm tắt \($0),09\($0)"
    }
    let entries = try box.write("e.csv", entriesHeader + rows.joined(separator: "\n") + "\n")
    #expect(box.run(["entry", "import", entries]).code == 0)
    let judges = try box.write(
      "j.csv",
      "id,name,unit,fields,role\ngk01,Nguyễn Văn Bách,Sở Nội vụ,Đất đai,chair\ngk02,Trần Thị Linh,Sở Tư pháp,Hộ tịch;Chứng thực,member\ngk03,Lê Phúc,Sở Xây dựng,,thành viên\n"
    )
    let imported = box.run(["judge", "import", judges])
    #expect(imported.out == "Added 3 judges from \(judges).\n", "\(imported.err)")
    var assignments = "round,judge,entry\n"
    for judge in ["gk01", "gk02", "gk03"] {
      for entry in 1...5 { assignments += "so-khao,\(judge),SK-000\(entry)\n" }
    }
    let file = try box.write("a.csv", assignments)
    #expect(
      box.run(["assign", "import", file]).out == "Registered 15 new assignments (round so-khao).\n")
    return box
  }

  static func scores(_ box: Sandbox, _ rows: [String], name: String = "s.csv") throws -> String {
    try box.write(
      name, "round,judge,entry,\(leaves),comment\n" + rows.joined(separator: "\n") + "\n")
  }

  @Test("enter, refuse, replace, and the audit of a replacement")
  func enter() throws {
    let box = try Self.contest()
    let points = [
      "novelty=22", "feasibility=15", "time=8", "cost=7.5", "steps=6", "replicability=12",
      "presentation=9",
    ]
    let ok = box.run(
      ["score", "enter", "--judge", "gk01", "--entry", "SK-0001"] + points + ["--comment", "Tốt"])
    #expect(
      ok.out.hasPrefix("Recorded gk01's sheet for SK-0001 (round so-khao): 79.5 points.\n"),
      "\(ok.err)")
    #expect(ok.out.contains("  novelty (Novelty and creativity): 22/25 — "))
    #expect(ok.out.contains("  effectiveness (Effectiveness): 21.5/30 — Có hiệu quả"))
    #expect(ok.out.contains("    cost (Lower cost for citizens and businesses): 7.5/10 — "))
    let again = box.run(["score", "enter", "--judge", "gk01", "--entry", "SK-0001"] + points)
    #expect(again.code == 1)
    #expect(again.err.contains("already has a sheet for SK-0001; use --replace"))
    var changed = points
    changed[0] = "novelty=24"
    #expect(
      box.run(["score", "enter", "--judge", "gk01", "--entry", "SK-0001", "--replace"] + changed)
        .code == 0)
    let log = box.run(["audit", "log", "--subject", "SK-0001", "--format", "json"]).out
    #expect(log.contains("\"score.replace\""))
    #expect(log.contains("\"novelty\": \"22\""))
    #expect(log.contains("\"novelty\": \"24\""))
  }

  struct Refusal: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    var message: String
    var testDescription: String { name }
  }

  @Test(
    "a sheet is refused with the reason",
    arguments: [
      Refusal(
        name: "missing leaf", arguments: ["--judge", "gk01", "--entry", "SK-0001", "novelty=20"],
        message: "score enter:feasibility: error: no points for criterion 'feasibility'"),
      Refusal(
        name: "negative", arguments: ["--judge", "gk01", "--entry", "SK-0001", "novelty=-1"],
        message: "'novelty' (Novelty and creativity) = -1: points cannot be negative"),
      Refusal(
        name: "above maximum", arguments: ["--judge", "gk01", "--entry", "SK-0001", "novelty=26"],
        message: "'novelty' (Novelty and creativity) = 26: above the maximum 25"),
      Refusal(
        name: "off step", arguments: ["--judge", "gk01", "--entry", "SK-0001", "novelty=20.3"],
        message: "'novelty' (Novelty and creativity) = 20.3: points must be a multiple of 0.5"),
      Refusal(
        name: "unknown criterion", arguments: ["--judge", "gk01", "--entry", "SK-0001", "speed=3"],
        message: "'speed' is not a scored criterion"),
      Refusal(
        name: "unknown judge", arguments: ["--judge", "gk99", "--entry", "SK-0001", "novelty=20"],
        message: "no judge 'gk99'"),
      Refusal(
        name: "unknown entry", arguments: ["--judge", "gk01", "--entry", "SK-0404", "novelty=20"],
        message: "no entry 'SK-0404'"),
      Refusal(
        name: "rejected entry", arguments: ["--judge", "gk01", "--entry", "SK-0005", "novelty=20"],
        message: "SK-0005 is rejected: not scored"),
      Refusal(
        name: "not assigned", arguments: ["--judge", "gk04", "--entry", "SK-0001", "novelty=20"],
        message: "judge gk04 is not assigned to SK-0001 in round 'so-khao'"),
    ])
  func refusals(refusal: Refusal) throws {
    let box = try Self.contest()
    #expect(box.run(["entry", "reject", "SK-0005", "--reason", "Ngoài phạm vi"]).code == 0)
    #expect(box.run(["judge", "add", "--id", "gk04", "--name", "Phạm Thu"]).code == 0)
    let result = box.run(["score", "enter"] + refusal.arguments)
    #expect(result.code == 1)
    #expect(result.err.contains(refusal.message), "\(result.err)")
    #expect(box.run(["score", "list", "--format", "json"]).out == "[]\n")
  }

  @Test("a closed round refuses every change; reopening allows it")
  func closedRound() throws {
    let box = try Self.contest()
    #expect(box.run(["staff", "add", "Ban Tổ Chức", "--role", "organiser"]).code == 0)
    let organiser = ["--as", "Ban Tổ Chức"]
    #expect(box.run(["round", "close", "so-khao"]).code == 1)
    #expect(box.run(["round", "close", "so-khao"] + organiser).out == "Round so-khao is closed.\n")
    let refused = box.run([
      "score", "enter", "--judge", "gk01", "--entry", "SK-0001", "--round", "so-khao", "novelty=20",
    ])
    #expect(refused.err.contains("round 'so-khao' is closed: no score may change"))
    let file = try Self.scores(box, ["so-khao,gk01,SK-0001,20,15,8,8,8,10,8,"])
    let imported = box.run(["score", "import", file, "--round", "so-khao"])
    #expect(imported.code == 1)
    #expect(imported.err.contains("\(file):2: error: round 'so-khao' is closed"))
    #expect(box.run(["round", "close", "so-khao"] + organiser).err.contains("already closed"))
    #expect(box.run(["round", "open", "so-khao", "--reason", "Sửa phiếu"] + organiser).code == 0)
    #expect(box.run(["score", "import", file, "--round", "so-khao"]).code == 0)
  }

  @Test("the blind sheet holds no author or unit, and imports back once filled in")
  func blindSheet() throws {
    let box = try Self.contest()
    let path = box.folder + "/sheet.csv"
    #expect(box.run(["score", "sheet", "--judge", "gk02", "--out", path]).code == 0)
    let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
    #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
    let text = String(decoding: bytes.dropFirst(3), as: UTF8.self)
    // Each criterion's column says its maximum; the import reads the header back.
    #expect(
      text.hasPrefix(
        "round,judge,entry,title,summary,files,novelty (max 25),feasibility (max 20),time (max 10),cost (max 10),steps (max 10),replicability (max 15),presentation (max 10),comment\r\n"
      ))
    #expect(text.contains("Sáng kiến số 3"))
    #expect(!text.contains("Tác Giả"))
    #expect(!text.contains("Đơn vị"))
    #expect(!text.contains("09"))
    // Fill it in as a judge would in Excel: Vietnamese decimal commas, a comment.
    let filled = text.replacingOccurrences(
      of: ",,,,,,,,\r\n", with: ",20,15,\"7,5\",8,8,10,8,Khá\r\n")
    try filled.write(toFile: path, atomically: true, encoding: .utf8)
    let imported = box.run(["score", "import", path])
    #expect(
      imported.out.hasPrefix("Imported 5 new sheets and replaced 0 from \(path).\n  gk02 "),
      "\(imported.out) \(imported.err)")
    #expect(imported.out.hasSuffix(": 5 new sheets, 0 replaced, 0 unchanged\n"))
    let progress = box.run(["score", "progress"]).out
    #expect(progress.contains("gk02  Trần Thị Linh           5     5     0"))
    #expect(progress.contains("Entries: 0/5 complete."))
  }

  @Test("a score import is all or nothing, every problem with its line and column")
  func importAllOrNothing() throws {
    let box = try Self.contest()
    let file = try Self.scores(
      box,
      [
        "so-khao,gk01,SK-0001,20,15,8,8,8,10,8,ok",
        "so-khao,gk01,SK-0002,20,15,8,8,8,10,11,",
        "so-khao,gk01,SK-0003,abc,15,8,8,8,10,8,",
        "so-khao,gk09,SK-0004,20,15,8,8,8,10,8,",
        "so-khao,gk01,SK-0001,20,15,8,8,8,10,8,",
      ])
    let result = box.run(["score", "import", file])
    #expect(result.code == 1)
    for expected in [
      "\(file):3:presentation: error: SK-0002: 'presentation' (Quality of the submission) = 11: above the maximum 10",
      "\(file):4:novelty: error: 'abc' is not a number",
      "\(file):5: error: SK-0004: no judge 'gk09'",
      "\(file):6: error: gk01's sheet for SK-0001 is also on line 2",
    ] {
      #expect(result.err.contains(expected), "missing \(expected) in \(result.err)")
    }
    #expect(box.run(["score", "list", "--format", "json"]).out == "[]\n")
  }

  @Test("rank, advance and prizes on a small contest")
  func rankAdvancePrizes() throws {
    let box = try Self.contest()
    // Totals: SK-0001 80/80/80, SK-0002 70/75/80 (mean 75), SK-0003 75/75/75 (ties SK-0002 on
    // score; effectiveness 24 against 24 … novelty decides), SK-0004 60/60/60, SK-0005 one sheet.
    let rows = [
      "so-khao,gk01,SK-0001,20,16,8,8,8,12,8,", "so-khao,gk02,SK-0001,20,16,8,8,8,12,8,",
      "so-khao,gk03,SK-0001,20,16,8,8,8,12,8,",
      "so-khao,gk01,SK-0002,18,14,8,8,8,9,5,", "so-khao,gk02,SK-0002,18,16,8,8,8,10,7,",
      "so-khao,gk03,SK-0002,20,16,8,8,8,12,8,",
      "so-khao,gk01,SK-0003,19,15,8,8,8,10,7,", "so-khao,gk02,SK-0003,19,15,8,8,8,10,7,",
      "so-khao,gk03,SK-0003,19,15,8,8,8,10,7,",
      "so-khao,gk01,SK-0004,15,12,6,6,6,9,6,", "so-khao,gk02,SK-0004,15,12,6,6,6,9,6,",
      "so-khao,gk03,SK-0004,15,12,6,6,6,9,6,",
      "so-khao,gk01,SK-0005,25,20,10,10,10,15,10,",
    ]
    #expect(box.run(["score", "import", try Self.scores(box, rows)]).code == 0)
    let json = box.run(["rank", "--format", "json"]).out
    let head = box.run(["audit", "head"]).out.trimmingCharacters(in: .newlines)
    #expect(head.count == 64)
    #expect(json.contains("\"audit_head\": \"\(head)\""))
    #expect(box.run(["audit", "verify"]).out.hasPrefix("The audit log is intact: "))
    #expect(json.contains(#""method": "mean""#))
    let csv = box.run(["rank", "--format", "csv"]).out
    let lines = csv.split(separator: "\r\n").map(String.init)
    // The machine columns, then the same for people in the session's language.
    #expect(
      lines[0]
        == "\u{FEFF}rank,code,title,category,entrant_kind,score,judge_count,flags,prize,category_label,entrant_kind_label,flags_label"
    )
    #expect(lines[1].hasPrefix("1,SK-0005,"))  // 100 from one sheet: ranked but incomplete
    #expect(lines[1].hasSuffix(",100.00,1,incomplete,,idea,individual,incomplete"))
    #expect(lines[2].hasPrefix("2,SK-0001,"))
    // SK-0002 (mean 75, novelty mean 18.67) and SK-0003 (75, novelty 19): same
    // effectiveness 24, so novelty puts SK-0003 first.
    #expect(lines[3].hasPrefix("3,SK-0003,"))
    #expect(lines[4].hasPrefix("4,SK-0002,"))
    #expect(lines[5].hasPrefix("5,SK-0004,"))
    let median = box.run(["rank", "--method", "median", "--format", "csv"]).out
    #expect(median.contains("SK-0002,Sáng kiến số 2,idea,individual,75.00"))

    #expect(box.run(["staff", "add", "Ban Tổ Chức", "--role", "organiser"]).code == 0)
    let advanced = box.run([
      "round", "advance", "--from", "so-khao", "--to", "chung-khao", "--top", "2", "--as",
      "Ban Tổ Chức",
    ])
    #expect(
      advanced.out.contains("2 entries advance to chung-khao: SK-0001, SK-0003"), "\(advanced.err)")
    #expect(advanced.out.contains("Incomplete, held back: SK-0005"))
    let again = box.run([
      "round", "advance", "--from", "so-khao", "--to", "chung-khao", "--top", "2", "--as",
      "Ban Tổ Chức",
    ])
    #expect(again.err.contains("already has its shortlist"))

    // The final: every judge scores both finalists (judges_per_entry: all).
    let final = [
      "chung-khao,gk01,SK-0001,22,18,9,9,9,13,9,", "chung-khao,gk02,SK-0001,22,18,9,9,9,13,9,",
      "chung-khao,gk03,SK-0001,22,18,9,9,9,13,9,",
      "chung-khao,gk01,SK-0003,18,14,8,8,8,10,7,", "chung-khao,gk02,SK-0003,18,14,8,8,8,10,7,",
      "chung-khao,gk03,SK-0003,18,14,8,8,8,10,7,",
    ]
    let finalFile = try Self.scores(box, final, name: "final.csv")
    #expect(box.run(["score", "import", finalFile, "--round", "chung-khao"]).code == 0)
    let prizes = box.run(["prizes", "--format", "csv", "--as", "Ban Tổ Chức"]).out
    #expect(prizes.contains("individual,Giải Nhất,SK-0001,Sáng kiến số 1,1,89.00,"))
    #expect(prizes.contains("individual,Giải Nhì,SK-0003,Sáng kiến số 3,2,73.00,"))
    #expect(prizes.contains("individual,Giải Nhì,,,,,1 place(s) left empty"))
    let ranked = box.run(["rank", "--round", "chung-khao", "--format", "json"]).out
    #expect(ranked.contains(#""prize": "Giải Nhất""#))
  }

  @Test("removing a judge keeps their sheets unless --drop-scores")
  func removeJudge() throws {
    let box = try Self.contest()
    let file = try Self.scores(box, ["so-khao,gk03,SK-0001,20,15,8,8,8,10,8,"])
    #expect(box.run(["score", "import", file]).code == 0)
    let kept = box.run(["judge", "remove", "gk03", "--reason", "Đi công tác"])
    #expect(kept.out.contains("Removed judge gk03. The 1 sheets they scored are kept"))
    #expect(kept.out.contains("4 unscored assignments need a new judge."))
    #expect(box.run(["score", "list", "--format", "json"]).out.contains("\"gk03\""))
    #expect(!box.run(["judge", "list"]).out.contains("gk03"))
    #expect(box.run(["judge", "list", "--all"]).out.contains("(removed)"))
    let dropped = box.run(["judge", "remove", "gk03", "--drop-scores", "--reason", "Nhập nhầm"])
    #expect(dropped.out.contains("deleted the 1 sheets"))
    #expect(box.run(["score", "list", "--format", "json"]).out == "[]\n")
    let log = box.run(["audit", "log", "--subject", "judge:gk03", "--format", "json"]).out
    #expect(log.contains("judge.remove-with-scores"))
  }
}
