import Foundation
import SangKienModel
import Testing

@testable import SangKienInterchange

/// The package's root, for the shipped rubric and contest files.
let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent().path

@Suite("Rubric files")
struct RubricFileTests {
  @Test("the default rubric adds up to 100 with bands on every criterion")
  func defaultRubric() throws {
    let rubric = try RubricFile.load(path: packageRoot + "/Rubrics/cchc-2019.yaml")
    #expect(rubric.total == 100)
    #expect(
      rubric.criteria.map(\.id) == [
        "novelty", "feasibility", "effectiveness", "replicability", "presentation",
      ])
    #expect(rubric.criteria.map(\.max) == [25, 20, 30, 15, 10])
    #expect(rubric.criterion("effectiveness")?.children.map(\.id) == ["time", "cost", "steps"])
    #expect(rubric.leaves.count == 7)
    #expect(rubric.allCriteria.allSatisfy { !$0.bands.isEmpty })
    #expect(rubric.criterion("novelty")?.band(for: 24)?.label.isEmpty == false)
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var yaml: String
    var line: Int
    var column: String?
    var message: String
    var testDescription: String { name }
  }

  static let head = "id: r\nname: R\ncriteria:\n"

  @Test(
    "each problem is reported with line and column",
    arguments: [
      Case(
        name: "unknown key", yaml: head + "  - {id: a, name: A, max: 10, maxx: 3}\n", line: 4,
        column: "31", message: "unknown key 'maxx'"),
      Case(
        name: "wrong type", yaml: head + "  - id: a\n    name: A\n    max: mười\n", line: 6,
        column: "10", message: "'max' must be a number"),
      Case(
        name: "duplicate id",
        yaml: head + "  - {id: a, name: A, max: 10}\n  - {id: a, name: B, max: 5}\n", line: 5,
        column: "10", message: "duplicate criterion id 'a' (first used on line 4)"),
      Case(
        name: "children do not add up",
        yaml: head
          + "  - id: e\n    name: E\n    max: 30\n    criteria:\n      - {id: t, name: T, max: 10}\n      - {id: c, name: C, max: 15}\n",
        line: 6, column: "10", message: "add up to 25, not its maximum 30"),
      Case(
        name: "step does not divide", yaml: head + "  - {id: a, name: A, max: 10, step: 3}\n",
        line: 4, column: "37", message: "step 3 does not divide the maximum 10"),
      Case(
        name: "negative max", yaml: head + "  - {id: a, name: A, max: -5}\n", line: 4, column: "27",
        message: "'max' must be greater than 0"),
      Case(
        name: "missing name", yaml: head + "  - {id: a, max: 5}\n", line: 4, column: "5",
        message: "lacks the required key 'name'"),
      Case(
        name: "band beyond max",
        yaml: head
          + "  - id: a\n    name: A\n    max: 5\n    bands:\n      - {min: 4, max: 6, label: L}\n",
        line: 8, column: "9", message: "band 'L' goes beyond the maximum 5"),
      Case(
        name: "bands overlap",
        yaml: head
          + "  - id: a\n    name: A\n    max: 5\n    bands:\n      - {min: 3, max: 5, label: H}\n      - {min: 0, max: 3, label: L}\n",
        line: 9, column: "9", message: "band 'L' overlaps band 'H'"),
      Case(
        name: "syntax error", yaml: head + "  - {id: a, name: A, max: 5\n", line: 5, column: nil,
        message: "YAML syntax error"),
      Case(
        name: "duplicate key", yaml: "id: r\nid: s\nname: R\ncriteria: []\n", line: 1, column: nil,
        message: "duplicate key"),
      Case(
        name: "no criteria", yaml: "id: r\nname: R\ncriteria: []\n", line: 3, column: "11",
        message: "the rubric has no criteria"),
    ])
  func problems(testCase: Case) {
    Language.$current.withValue(.en) {
      do {
        _ = try RubricFile.parse(text: testCase.yaml, displayName: "r.yaml")
        Issue.record("accepted a bad rubric")
      } catch let error as DiagnosticsError {
        let found = error.diagnostics.first { $0.message.contains(testCase.message) }
        #expect(found != nil, "got: \(error.description)")
        if testCase.name != "syntax error" && testCase.name != "duplicate key" {
          #expect(found?.line == testCase.line, "got: \(error.description)")
          #expect(found?.column == testCase.column, "got: \(error.description)")
        } else {
          #expect(found?.line != nil)
        }
        #expect(found?.description.hasPrefix("r.yaml:") == true)
      } catch {
        Issue.record("unexpected error: \(error)")
      }
    }
  }

  @Test("several problems are reported together")
  func together() {
    let yaml = Self.head + "  - {id: a, name: A, max: 10, step: 3}\n  - {id: a, name: B, max: x}\n"
    #expect(throws: DiagnosticsError.self) {
      try RubricFile.parse(text: yaml, displayName: "r.yaml")
    }
    do {
      _ = try RubricFile.parse(text: yaml, displayName: "r.yaml")
    } catch {
      #expect(error.diagnostics.count == 3)
    }
  }
}

@Suite("YAML that could hang: anchors and aliases")
struct YAMLAliasTests {
  @Test("a rubric of aliases ten deep is refused at once, with its line and column")
  func billionLaughs() throws {
    var yaml = "id: x\nname: X\ncriteria:\n  - &a0 {id: a, name: A, max: 10}\n"
    for level in 1...10 {
      let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
      yaml += "  - &a\(level) [\(refs)]\n"
    }
    let path = FileManager.default.temporaryDirectory.appendingPathComponent(
      "laughs-\(UUID()).yaml"
    ).path
    try yaml.write(toFile: path, atomically: true, encoding: .utf8)
    let error = Language.$current.withValue(.en) { () -> DiagnosticsError? in
      do {
        _ = try RubricFile.load(path: path)
        return nil
      } catch let error as DiagnosticsError {
        return error
      } catch {
        return nil
      }
    }
    #expect(error?.diagnostics.first?.line == 4)
    #expect(error?.diagnostics.first?.message.contains("anchors and aliases") == true)
  }

  @Test(
    "stars and ampersands inside values are text",
    arguments: [
      "label: \"&nbsp\"", "label: 'a * b'", "label: a * b", "label: Q&A", "- x # &comment",
      "name: \"*quoted\"",
    ])
  func notAnchors(line: String) {
    #expect(YAMLReader.firstAnchor(in: "a: 1\n" + line + "\n") == nil)
  }

  @Test(
    "anchors and aliases where a node starts are found",
    arguments: ["a: &x 1", "- *x", "[*x, 2]", "{a: *x}", "&x b: 1"])
  func anchors(line: String) {
    #expect(YAMLReader.firstAnchor(in: line) != nil)
  }
}

@Suite("YAML with control characters")
struct YAMLControlTests {
  @Test(
    "a NUL or another control character is named with its line, column and code point",
    arguments: [
      ("\u{0}", "U+0000"), ("\u{1B}", "U+001B"), ("\u{7F}", "U+007F"), ("\u{9B}", "U+009B"),
    ])
  func named(character: String, code: String) {
    let text = "id: x\nname: \"a\(character)b\"\ncriteria: []\n"
    let error = Language.$current.withValue(.en) { () -> DiagnosticsError? in
      do {
        _ = try RubricFile.parse(text: text, displayName: "r.yaml")
        return nil
      } catch let error as DiagnosticsError {
        return error
      } catch {
        return nil
      }
    }
    let first = error?.diagnostics.first
    #expect(first?.line == 2 && first?.column == "9", "\(String(describing: first))")
    #expect(first?.message == "a control character \(code) (invisible); remove it")
    #expect(error?.diagnostics.count == 1)
  }

  @Test("tabs, line breaks and NEL are not control characters to YAML")
  func allowed() {
    #expect(YAMLReader.firstControl(in: "a:\t1\r\nb: \"x\u{85}y\"\n") == nil)
  }
}
