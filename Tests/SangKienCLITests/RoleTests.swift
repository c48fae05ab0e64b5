import Foundation
import Testing

@Suite("who may do what")
struct RoleTests {
  static func contest() throws -> Sandbox {
    let box = try Sandbox()
    #expect(box.run(["init"]).code == 0)
    #expect(box.run(["entry", "import", packageRoot + "/Seeds/demo/entries.csv"]).code == 0)
    #expect(box.run(["judge", "import", packageRoot + "/Seeds/demo/judges.csv"]).code == 0)
    #expect(box.run(["staff", "add", "Phạm Tổ Chức", "--role", "organiser"]).code == 0)
    #expect(box.run(["assign"]).code == 0)
    return box
  }

  struct Refusal: Sendable, CustomTestStringConvertible {
    var name: String
    var arguments: [String]
    var message: String
    var testDescription: String { name }
  }

  @Test(
    "each role is refused what it may not do, clearly, and the refusal is audited",
    arguments: [
      Refusal(
        name: "unknown person", arguments: ["entry", "list", "--as", "Người Lạ"],
        message: "'Người Lạ' is not on the staff or the jury"),
      Refusal(
        name: "organiser registers an entry",
        arguments: ["entry", "reject", "SK-0001", "--reason", "x", "--as", "Phạm Tổ Chức"],
        message: "Phạm Tổ Chức (organiser) may not do this: only the secretariat may"),
      Refusal(
        name: "secretariat closes a round", arguments: ["round", "close", "so-khao"],
        message: "Thư ký Test (secretariat) may not do this: only the organisers may"),
      Refusal(
        name: "judge lists entries", arguments: ["entry", "list", "--as", "gk01"],
        message: "gk01 (judge) may not do this: only the secretariat and the organisers may"),
      Refusal(
        name: "judge reads another's worklist",
        arguments: ["assign", "show", "--judge", "gk02", "--as", "gk01"],
        message: "gk01 (judge) may not do this"),
      Refusal(
        name: "judge scores for another",
        arguments: [
          "score", "enter", "--judge", "gk02", "--entry", "SK-0001", "novelty=20", "--as", "gk01",
        ], message: "gk01 (judge) may not do this"),
      Refusal(
        name: "judge ranks", arguments: ["rank", "--as", "Nguyễn Văn Bách"],
        message: "gk01 (judge) may not do this"),
      Refusal(
        name: "judge assigns", arguments: ["assign", "--as", "gk01"],
        message: "only the secretariat may"),
    ])
  func refusals(refusal: Refusal) throws {
    let box = try Self.contest()
    let before = box.run(["audit", "log", "--format", "csv"]).out.split(separator: "\r\n").count
    let result = box.run(refusal.arguments)
    #expect(result.code == 1)
    #expect(result.err.contains(refusal.message), "\(result.err)")
    let log = box.run(["audit", "log", "--format", "csv"]).out
    #expect(log.split(separator: "\r\n").count == before + 1)
    #expect(log.contains("access.refused"))
  }

  @Test("a judge sees and enters only their own: worklist, sheets, imports")
  func judgeOwnWork() throws {
    let box = try Self.contest()
    let worklist = box.run(["assign", "show", "--format", "csv", "--as", "gk01"]).out
    let judges = Set(
      worklist.split(separator: "\r\n").dropFirst().map { $0.split(separator: ",")[1] })
    #expect(judges == ["gk01"])
    let mine = try #require(
      worklist.split(separator: "\r\n").dropFirst().first?.split(separator: ",")[2])
    let entered = box.run([
      "score", "enter", "--judge", "gk01", "--entry", String(mine), "novelty=20", "feasibility=15",
      "time=8", "cost=8", "steps=8", "replicability=10", "presentation=8", "--as", "gk01",
    ])
    #expect(entered.code == 0, "\(entered.err)")
    let other = try #require(
      box.run(["assign", "show", "--judge", "gk02", "--format", "csv"]).out.split(separator: "\r\n")
        .dropFirst().first?.split(separator: ",")[2])
    let file = try box.write(
      "s.csv",
      "round,judge,entry,novelty,feasibility,time,cost,steps,replicability,presentation,comment\nso-khao,gk02,\(other),20,15,8,8,8,10,8,\n"
    )
    let imported = box.run(["score", "import", file, "--as", "gk01"])
    #expect(imported.err.contains("gk01 may enter only their own scores, not gk02's"))
    let list = box.run(["score", "list", "--format", "csv", "--as", "gk01"]).out
    #expect(list.split(separator: "\r\n").count == 2)
    // The secretariat collects anyone's sheet.
    #expect(box.run(["score", "import", file]).code == 0)
  }

  @Test("init makes whoever ran it the first member of the secretariat")
  func initStaff() throws {
    let box = try Sandbox()
    #expect(box.run(["init", "--as", "Lê Thị Thư Ký"]).code == 0)
    #expect(
      box.run(["staff", "list", "--as", "le thi thu ky"]).out == "Lê Thị Thư Ký  secretariat\n")
  }
}
