import Foundation
import Testing

@Suite("entries files in TCVN3, raw and re-saved by Excel")
struct LegacyEncodingCommandTests {
  /// A row of `entriesHeader`, with a Vietnamese title and unit.
  static let row =
    ",Nhận hồ sơ đất đai qua bưu điện,idea,individual,Nguyễn Văn An,Ủy ban nhân dân quận Cầu Giấy,,,2019-10-01,,\n"

  /// The CSV in TCVN3 bytes, as the system's converter writes it.
  static func tcvn3() throws -> [UInt8]? {
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/iconv") else { return nil }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/iconv")
    process.arguments = ["-f", "UTF-8", "-t", "TCVN5712-1"]
    let input = Pipe()
    let output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data((entriesHeader + row).utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return [UInt8](data)
  }

  @Test("garbled text is refused with the cure; --from-encoding imports raw and re-saved files")
  func tcvn3Files() throws {
    guard let raw = try Self.tcvn3() else { return }
    // Excel re-saving the file as "CSV UTF-8": each byte becomes its Windows-1252 character.
    let resaved = try #require(String(data: Data(raw), encoding: .windowsCP1252))
    let box = try Sandbox()
    #expect(box.run(["init"]).code == 0)
    let resavedFile = try box.write("resaved.csv", resaved)
    let refused = box.run(["entry", "import", resavedFile])
    #expect(refused.code == 1)
    #expect(
      refused.err.contains("looks like TCVN3 (ABC) text that Excel re-saved as UTF-8"),
      "\(refused.err)")
    #expect(refused.err.contains("--from-encoding tcvn3"))
    let fixed = box.run(["entry", "import", resavedFile, "--from-encoding", "tcvn3"])
    #expect(fixed.code == 0, "\(fixed.err)")
    let rawFile = try box.write("raw.csv", bytes: raw)
    #expect(box.run(["entry", "import", rawFile]).err.contains("--from-encoding"))
    let imported = box.run([
      "entry", "import", rawFile, "--from-encoding", "tcvn3", "--allow-duplicates",
    ])
    #expect(imported.code == 0, "\(imported.err)")
    let list = box.run(["entry", "list", "--format", "json"]).out
    #expect(list.components(separatedBy: "Nhận hồ sơ đất đai qua bưu điện").count == 3)
    #expect(list.contains("Ủy ban nhân dân quận Cầu Giấy"))
  }
}
