import Foundation
import Testing

@Suite("entry commands")
struct EntryCommandTests {
  static func initialised() throws -> Sandbox {
    let box = try Sandbox()
    let result = box.run(["init"])
    #expect(result.code == 0, "\(result.err)")
    return box
  }

  static let addArguments = [
    "entry", "add", "--title", "Trả kết quả tại nhà", "--category", "sáng kiến",
    "--entrant-kind", "cá nhân", "--author", "Nguyễn Văn An (Phường Cửa Nam)", "--author",
    "Trần Thị Bình", "--unit", "UBND phường Cửa Nam", "--field", "Hộ tịch",
    "--received-on", "14/11/2019", "--summary", "Tóm tắt",
  ]

  @Test("add, list, show, update, validate, reject and withdraw")
  func lifecycle() throws {
    let box = try Self.initialised()
    let added = box.run(Self.addArguments)
    #expect(added.code == 0, "\(added.err)")
    #expect(added.out == "Registered SK-0001: Trả kết quả tại nhà\n")

    let list = box.run(["entry", "list"])
    #expect(list.out.contains("SK-0001  Trả kết quả tại nhà"))
    #expect(list.out.contains("1 entries."))

    let show = box.run(["entry", "show", "SK-0001"])
    #expect(show.out.contains("Authors      Nguyễn Văn An (Phường Cửa Nam); Trần Thị Bình"))
    #expect(show.out.contains("entry registered"))

    let update = box.run(["entry", "update", "SK-0001", "--title", "Trả kết quả hộ tịch tại nhà"])
    #expect(update.code == 0, "\(update.err)")
    let json = box.run(["entry", "show", "SK-0001", "--format", "json"])
    #expect(json.out.contains(#""title": "Trả kết quả hộ tịch tại nhà""#))
    #expect(json.out.contains(#""unit": "UBND phường Cửa Nam""#))

    #expect(box.run(["entry", "validate", "SK-0001"]).out == "SK-0001: valid.\n")
    let noReason = box.run(["entry", "reject", "SK-0001"])
    #expect(noReason.code == 64)
    #expect(box.run(["entry", "withdraw", "SK-0001", "--reason", "Tác giả xin rút"]).code == 0)
    let refused = box.run(["entry", "reject", "SK-0001", "--reason", "x"])
    #expect(refused.code == 1)
    #expect(refused.err == "Error: SK-0001 is withdrawn and cannot become rejected\n")

    let withdrawn = box.run(["entry", "list", "--status", "withdrawn", "--format", "json"])
    #expect(withdrawn.out.contains(#""status_reason": "Tác giả xin rút""#))
    let log = box.run(["audit", "log", "--subject", "SK-0001", "--format", "json"])
    for action in ["entry.add", "entry.update", "entry.validate", "entry.withdraw"] {
      #expect(log.out.contains("\"\(action)\""))
    }
    #expect(!log.out.contains("entry.reject"))
  }

  @Test(
    "entry request: only for an online entry, a day that reads, a reason; nothing written otherwise"
  )
  func request() throws {
    let box = try Self.initialised()
    #expect(box.run(Self.addArguments).code == 0)
    let before = box.run(["audit", "log", "--format", "json"]).out
    let desk = box.run([
      "entry", "request", "SK-0001", "--reason", "Thiếu bản scan", "--until", "31/12/2099",
    ])
    #expect(desk.code == 1)
    #expect(desk.err.contains("SK-0001 was not submitted online"), "\(desk.err)")
    let badDay = box.run(["entry", "request", "SK-0001", "--reason", "x", "--until", "mai"])
    // A flag's value wrong is a usage error naming the flag.
    #expect(
      badDay.code == 64 && badDay.err.contains("--until: 'mai' is not a day"), "\(badDay.err)")
    let past = box.run(["entry", "request", "SK-0001", "--reason", "x", "--until", "01/01/2001"])
    #expect(
      past.code == 64 && past.err.contains("--until: the supplement's date must be today or later"),
      "\(past.err)")
    let missing = box.run(["entry", "request", "SK-0001", "--until", "31/12/2099"])
    #expect(missing.code == 64)
    let after = box.run(["audit", "log", "--format", "json"]).out
    #expect(before == after)
  }

  @Test("add names each bad flag, and writes nothing")
  func addRefusals() throws {
    let box = try Self.initialised()
    let result = box.run([
      "entry", "add", "--title", "", "--category", "poem", "--entrant-kind", "cá nhân",
      "--author", "An", "--unit", "U", "--received-on", "30/02/2019",
    ])
    #expect(result.code == 1)
    #expect(result.err.contains("entry add:--title: error: must not be empty"))
    #expect(result.err.contains("entry add:--category: error: unknown category 'poem'"))
    #expect(result.err.contains("entry add:--received-on: error: '30/02/2019' is not a real date"))
    #expect(box.run(["entry", "list", "--format", "json"]).out == "[]\n")
  }

  @Test("a late entry needs --late-ok and a reason, which is recorded")
  func lateEntry() throws {
    let box = try Self.initialised()
    var late = Self.addArguments
    late[late.firstIndex(of: "14/11/2019")!] = "16/11/2019"
    let refused = box.run(late)
    #expect(refused.code == 1)
    #expect(refused.err.contains("received 2019-11-16, after the deadline 2019-11-15"))
    #expect(box.run(late + ["--late-ok"]).code == 64)
    let accepted = box.run(
      late + ["--late-ok", "--reason", "Gửi qua bưu điện, dấu bưu điện 15/11"])
    #expect(accepted.code == 0, "\(accepted.err)")
    let json = box.run(["entry", "show", "SK-0001", "--format", "json"])
    #expect(json.out.contains(#""late_reason": "Gửi qua bưu điện, dấu bưu điện 15/11""#))

    // Moving an on-time entry past the deadline needs the same, and records it.
    #expect(box.run(Self.addArguments + ["--allow-duplicates"]).code == 0)
    let moved = box.run(["entry", "update", "SK-0002", "--received-on", "2019-11-18"])
    #expect(moved.code == 1)
    #expect(moved.err.contains("entry update:--received-on: error: received 2019-11-18"))
    let allowed = box.run([
      "entry", "update", "SK-0002", "--received-on", "2019-11-18", "--late-ok", "--reason",
      "Sửa ngày theo sổ công văn",
    ])
    #expect(allowed.code == 0, "\(allowed.err)")
    #expect(box.run(["entry", "show", "SK-0002"]).out.contains("Sửa ngày theo sổ công văn"))
  }

  @Test("a likely duplicate is refused unless allowed")
  func duplicates() throws {
    let box = try Self.initialised()
    box.run(Self.addArguments)
    var same = Self.addArguments
    same[same.firstIndex(of: "Trả kết quả tại nhà")!] = "TRẢ KẾT QUẢ TẠI NHÀ"
    same[same.firstIndex(of: "UBND phường Cửa Nam")!] = "ubnd phuong cua nam"
    let refused = box.run(same)
    #expect(refused.code == 1)
    #expect(refused.err.contains("likely duplicate of SK-0001 (same title and unit)"))
    let allowed = box.run(same + ["--allow-duplicates"])
    #expect(allowed.code == 0)
    #expect(allowed.err.contains("warning: likely duplicate of SK-0001"))
  }

  @Test("sorting by title and author follows Vietnamese order")
  func sorting() throws {
    let box = try Self.initialised()
    let rows = [
      ",Đăng ký,idea,individual,Phạm Thị Đào,U1,,,2019-10-01,,",
      ",Bản đồ số,idea,individual,Lê Văn An,U2,,,2019-10-01,,",
      ",Ấn phẩm,idea,individual,Trần Bình,U3,,,2019-10-01,,",
      ",An toàn,idea,individual,Nguyễn Ánh,U4,,,2019-10-01,,",
      ",Dịch vụ,idea,individual,Đỗ Thị An,U5,,,2019-10-01,,",
    ]
    let file = try box.write("e.csv", entriesHeader + rows.joined(separator: "\n") + "\n")
    #expect(box.run(["entry", "import", file]).code == 0)
    func column(_ sort: String, _ index: Int) -> [String] {
      let csv = box.run(["entry", "list", "--sort", sort, "--format", "csv"]).out
      return csv.split(separator: "\r\n").dropFirst().map {
        String($0.split(separator: ",", omittingEmptySubsequences: false)[index])
      }
    }
    #expect(column("title", 1) == ["An toàn", "Ấn phẩm", "Bản đồ số", "Dịch vụ", "Đăng ký"])
    #expect(
      column("author", 4) == ["Đỗ Thị An", "Lê Văn An", "Nguyễn Ánh", "Trần Bình", "Phạm Thị Đào"])
    #expect(column("code", 0) == ["SK-0001", "SK-0002", "SK-0003", "SK-0004", "SK-0005"])
  }
}
