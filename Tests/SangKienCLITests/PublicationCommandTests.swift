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
    #expect(genuine.out.hasPrefix("Genuine publication #"))
    #expect(genuine.out.contains("ranking.html, ranking.csv, ranking.json, prizes.csv match"))
    let prizes = folder + "/prizes.csv"
    let text = try String(contentsOfFile: prizes, encoding: .utf8)
    try text.replacingOccurrences(of: "SK-0010", with: "SK-0011").write(
      toFile: prizes, atomically: true, encoding: .utf8)
    let forged = box.run(["audit", "check-publication", folder] + db, useDatabase: false)
    #expect(forged.code == 1)
    #expect(forged.err.contains("prizes.csv differs from the file publication #"))
    let log = box.run(["audit", "log", "--format", "csv", "--limit", "1"] + db, useDatabase: false)
    #expect(log.out.contains("id,at,actor,action,subject,before,after,note,hash\r\n"))
    #expect(log.out.contains(",publish,round:chung-khao,"))
  }
}
