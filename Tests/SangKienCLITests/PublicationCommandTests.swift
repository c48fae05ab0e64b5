import Foundation
import Testing

@Suite("audit check-publication and the audit log's hashes")
struct PublicationCommandTests {
  @Test("the demo's published folder checks out; a file edited afterwards does not")
  func checkFolder() throws {
    let box = try Sandbox()
    let demo = box.run(["demo", "--out", box.folder + "/d"], useDatabase: false)
    #expect(demo.out.contains("Publication #"), "\(demo.out)")
    let db = ["--db", box.folder + "/d/sangkien.sqlite", "--as", "Tổ thư ký (minh hoạ)"]
    let folder = box.folder + "/d/ket-qua"
    let genuine = box.run(["audit", "check-publication", folder] + db, useDatabase: false)
    #expect(genuine.code == 0, "\(genuine.err)")
    #expect(genuine.out.contains("\nGenuine publication #"))
    for name in ["ranking.html", "ranking.csv", "ranking.json", "prizes.csv", "quyet-dinh.docx"] {
      #expect(genuine.out.contains("\(name): a file of publication #"), "\(genuine.out)")
    }
    let prizes = folder + "/prizes.csv"
    let text = try String(contentsOfFile: prizes, encoding: .utf8)
    try text.replacingOccurrences(of: "SK-0010", with: "SK-0011").write(
      toFile: prizes, atomically: true, encoding: .utf8)
    let forged = box.run(["audit", "check-publication", folder] + db, useDatabase: false)
    #expect(forged.code == 1)
    #expect(
      forged.out.contains(
        "prizes.csv: CHANGED — it differs from the file of that name in publication #"))
    let log = box.run(["audit", "log", "--format", "csv", "--limit", "1"] + db, useDatabase: false)
    #expect(log.out.contains("id,at,actor,action,subject,before,after,note,hash\r\n"))
    #expect(log.out.contains(",publish,round:chung-khao,"))
  }
}

@Suite("publishing is all or nothing; a repeated column is refused everywhere")
struct PublishAtomicTests {
  @Test("publishing again replaces the folder whole and leaves nothing beside it")
  func replaceWhole() throws {
    let box = try Sandbox()
    #expect(box.run(["demo", "--out", box.folder + "/d"], useDatabase: false).code == 0)
    let out = box.folder + "/p"
    let db = ["--db", box.folder + "/d/sangkien.sqlite", "--as", "Ban tổ chức (minh hoạ)"]
    #expect(
      box.run(
        ["publish", "--round", "chung-khao", "--out", out, "--accept-disagreements", "Đã họp"] + db,
        useDatabase: false
      ).code == 0
    )
    try "stale".write(toFile: out + "/stale.txt", atomically: true, encoding: .utf8)
    #expect(
      box.run(
        ["publish", "--round", "chung-khao", "--out", out, "--accept-disagreements", "Đã họp"] + db,
        useDatabase: false
      ).code == 0
    )
    let files = try FileManager.default.contentsOfDirectory(atPath: out).sorted()
    #expect(
      files == [
        "bang-tong-hop.xlsx", "bien-ban.docx", "prizes.csv", "quyet-dinh.docx", "ranking.csv",
        "ranking.html", "ranking.json", "ranking.xlsx",
      ])
    let beside = try FileManager.default.contentsOfDirectory(atPath: box.folder)
    #expect(!beside.contains { $0.contains(".publishing-") || $0.contains(".previous-") })
  }

  @Test("a scores file with a criterion twice is refused naming both columns")
  func repeatedScoreColumn() throws {
    let box = try ScoringCommandTests.contest()
    let file = try box.write(
      "r.csv",
      "round,judge,entry,novelty,Novelty and creativity,feasibility,time,cost,steps,replicability,presentation,comment\nso-khao,gk01,SK-0001,20,21,15,8,8,8,10,8,\n"
    )
    let result = box.run(["score", "import", file])
    #expect(result.code == 1)
    #expect(
      result.err.contains(
        "column 'Novelty and creativity' repeats column 'novelty' (both are novelty)"),
      "\(result.err)")
  }
}
