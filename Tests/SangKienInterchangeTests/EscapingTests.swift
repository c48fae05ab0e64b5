import SangKienModel
import Testing

@testable import SangKienInterchange

/// A quote, `<` or space followed by a combining mark is one Character but still a quote,
/// `<` or space to every parser: escaping must go by scalar. The fuzzer's CSV round trip
/// found the CSV case (`aP"b ""ۛ"`, U+06DB after a quote).
@Suite("escaping by scalar, not by Character")
struct EscapingTests {
  static let tricky = ["\"\u{301}", "a\"\u{6DB}b", " \u{301}lead", "<\u{301}script>", "x'\u{302}"]

  @Test("CSV: a quote or space carrying a combining mark is quoted and reads back")
  func csv() {
    for text in Self.tricky {
      var bytes: [UInt8] = []
      var writer = CSVWriter { bytes += $0 }
      writer.write([text, "after"])
      writer.flush()
      var reader = CSVReader(bytes: bytes)
      let record = reader.next()
      #expect(record?.problems == [], "\(text.debugDescription)")
      #expect(
        record?.fields.first.map {
          CSVWriter.unneutralise($0).unicodeScalars.elementsEqual(text.unicodeScalars)
        }
          == true, "\(text.debugDescription) → \(record?.fields ?? [])")
    }
  }

  @Test("HTML from templates: no quote or angle bracket of the data is left raw")
  func html() throws {
    let template = try SafeMustache.template("<a title=\"{{t}}\">{{t}}</a>")
    for text in Self.tricky {
      let page = template.render(["t": text])
      let raw = page.unicodeScalars.filter { $0 == "\"" || $0 == "<" || $0 == ">" || $0 == "'" }
      // Only the template's own: <a title="…"> and </a>.
      #expect(String(String.UnicodeScalarView(raw)) == "<\"\"><>", "\(page.debugDescription)")
    }
  }

  @Test("SVG labels and Markdown cells escape by scalar too")
  func markupAndMarkdown() {
    #expect(Charts.escape("\"\u{301}<\u{301}") == "&quot;\u{301}&lt;\u{301}")
    let table = MarkdownTable.render(headers: ["a"], rows: [["|\u{301} x\r\ny"]])
    #expect(table.contains("\\|\u{301} x<br>y"), "\(table)")
  }
}
