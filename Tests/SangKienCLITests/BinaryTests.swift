import Foundation
import Testing

/// Runs the built `sangkien` executable as a person would.
@Suite("sangkien binary")
struct BinaryTests {
  static var executable: URL {
    // The test bundle lives in the same build folder as the executable.
    var folder = Bundle.main.bundleURL
    if folder.pathExtension == "xctest" { folder.deleteLastPathComponent() }
    return folder.appendingPathComponent("sangkien")
  }

  static func run(_ arguments: [String], in folder: String) throws -> (String, String, Int32) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = URL(fileURLWithPath: folder)
    var environment = ProcessInfo.processInfo.environment
    environment["SANGKIEN_SEEDS"] = packageRoot + "/Seeds"
    environment["SANGKIEN_LANG"] = "en"
    process.environment = environment
    let out = Pipe()
    let err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    let errData = err.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (
      String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self),
      process.terminationStatus
    )
  }

  @Test("version, usage errors and a whole session end to end")
  func endToEnd() throws {
    let box = try Sandbox()
    let (version, _, versionCode) = try Self.run(["--version"], in: box.folder)
    #expect(versionCode == 0)
    #expect(version == "0.1.0\n")
    let (_, usage, usageCode) = try Self.run(["entry", "list", "--sort", "colour"], in: box.folder)
    #expect(usageCode == 64)
    #expect(usage.contains("--sort"))
    #expect(try Self.run(["init"], in: box.folder).2 == 0)
    let (imported, _, importCode) = try Self.run(
      ["entry", "import", packageRoot + "/Seeds/demo/entries.csv"], in: box.folder)
    #expect(importCode == 0)
    #expect(imported.contains("Imported 40 entries"))
    let (list, _, _) = try Self.run(
      ["entry", "list", "--category", "mô hình", "--format", "csv"], in: box.folder)
    #expect(list.hasPrefix("\u{FEFF}code,title,category"))
    #expect(list.split(separator: "\r\n").count > 5)
    let (_, refused, refusedCode) = try Self.run(["entry", "show", "SK-9999"], in: box.folder)
    #expect(refusedCode == 1)
    #expect(refused == "Error: no entry has the code 'SK-9999'\n")
  }

  @Test("the demo runs in a folder of its own")
  func demo() throws {
    let box = try Sandbox()
    let (out, err, code) = try Self.run(["demo", "--out", box.folder + "/demo"], in: box.folder)
    #expect(code == 0, "\(err)")
    #expect(out.contains("2. The secretariat registered 40 entries and 9 judges (fictional)"))
    #expect(out.contains("7. Published the result:"))
    #expect(FileManager.default.fileExists(atPath: box.folder + "/demo/ket-qua/ranking.html"))
    #expect(FileManager.default.fileExists(atPath: box.folder + "/demo/sangkien.sqlite"))
  }
}
