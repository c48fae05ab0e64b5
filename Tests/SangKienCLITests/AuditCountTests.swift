import Foundation
import Testing

@Suite("one audit record per change")
struct AuditCountTests {
  static func records(_ box: Sandbox) -> Int {
    box.run(["audit", "log", "--format", "csv"]).out.split(separator: "\r\n").count - 1
  }

  @Test("each command that changes data adds exactly its records; a refused attempt adds one")
  func counts() throws {
    let box = try Sandbox()
    #expect(box.run(["init"]).code == 0)
    var expected = 1
    func step(_ arguments: [String], adds: Int, code: Int32 = 0, line: Int = #line) {
      let result = box.run(arguments)
      #expect(result.code == code, "\(arguments): \(result.err)")
      expected += adds
      #expect(Self.records(box) == expected, "\(arguments) (line \(line))")
    }
    step(["entry", "import", packageRoot + "/Seeds/demo/entries.csv"], adds: 40)
    step(
      [
        "entry", "add", "--title", "Mới", "--category", "idea", "--entrant-kind", "individual",
        "--author", "An", "--unit", "U", "--received-on", "2019-11-01",
      ], adds: 1)
    step(["entry", "update", "SK-0041", "--title", "Mới hơn"], adds: 1)
    step(["entry", "update", "SK-0041", "--title", "Mới hơn"], adds: 0)
    step(["entry", "reject", "SK-0041", "--reason", "Ngoài phạm vi"], adds: 1)
    step(["entry", "withdraw", "SK-0041", "--reason", "x"], adds: 0, code: 1)
    step(["judge", "import", packageRoot + "/Seeds/demo/judges.csv"], adds: 9)
    step(["judge", "add", "--id", "gk10", "--name", "Lê Mười"], adds: 1)
    step(["conflict", "add", "gk10", "SK-0001", "--reason", "Người thân"], adds: 1)
    step(["assign"], adds: 1)
    step(["assign", "--max-load", "1"], adds: 0, code: 1)
    step(
      ["score", "enter", "--judge", "gk10", "--entry", "SK-0001", "novelty=1"], adds: 0, code: 1)
    step(["judge", "remove", "gk10", "--reason", "Đi công tác"], adds: 1)
    step(["assign", "repair"], adds: 12)
    step(["staff", "add", "Trần Tổ Chức", "--role", "organiser"], adds: 1)
    step(["round", "close", "so-khao"], adds: 1, code: 1)  // the refusal is audited
    step(["round", "close", "so-khao", "--as", "Trần Tổ Chức"], adds: 1)
    step(["round", "open", "so-khao", "--reason", "Sửa phiếu", "--as", "Trần Tổ Chức"], adds: 1)
    step(["entry", "import", packageRoot + "/Seeds/demo/entries.csv"], adds: 0, code: 1)
    #expect(box.run(["audit", "verify"]).code == 0)
  }
}
