import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing

@testable import SangKienWeb

@Suite("the templates, style sheet, script and OpenAPI document are the files under Resources/")
struct ResourceTests {
  static let resources = packageRoot + "/Sources/SangKienWeb/Resources/"

  @Test(
    "each file is served byte for byte",
    arguments: [
      ("/api/openapi.json", "openapi.json", "application/json; charset=utf-8"),
      ("/static/app.css", "static/app.css", "text/css; charset=utf-8"),
      ("/static/app.js", "static/app.js", "text/javascript; charset=utf-8"),
    ])
  func served(path: String, file: String, type: String) async throws {
    let expected = try Data(contentsOf: URL(fileURLWithPath: Self.resources + file))
    let fixture = try WebFixture()
    try await fixture.test { client in
      try await client.execute(uri: path, method: .get) { response in
        #expect(response.status == .ok)
        #expect(response.headers[.contentType] == type)
        #expect(Data(buffer: response.body) == expected)
      }
    }
  }

  @Test("every template file is a page the module names, and every page has its file")
  func templates() throws {
    let files = try FileManager.default.contentsOfDirectory(atPath: Self.resources + "templates")
      .filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(".mustache".count)) }
    #expect(Set(files) == Set(Page.allCases.map(\.rawValue)))
    for page in Page.allCases {
      #expect(Templates.library.getTemplate(named: page.rawValue) != nil, "\(page)")
    }
  }

  @Test("every word a template says ({{t.key}}) is in the catalog in both languages, and used")
  func words() throws {
    let pattern = try Regex(#"\{\{\{?[#^/]?t\.([A-Za-z0-9_]+)"#)
    for page in Page.allCases {
      let source = try String(
        contentsOfFile: Self.resources + "templates/\(page.rawValue).mustache", encoding: .utf8)
      let said = Set(source.matches(of: pattern).map { String($0.output[1].substring ?? "") })
      let catalog = WebWords.catalog[page.rawValue] ?? [:]
      for key in said {
        #expect(catalog[key]?["vi"]?.isEmpty == false, "\(page.rawValue): no Vietnamese for \(key)")
        #expect(catalog[key]?["en"]?.isEmpty == false, "\(page.rawValue): no English for \(key)")
      }
      // The page's title is the layout's.
      #expect(
        Set(catalog.keys).subtracting(said).subtracting(["title"]).isEmpty,
        "\(page.rawValue): unused words")
    }
    #expect(Set(WebWords.catalog.keys).isSubset(of: Set(Page.allCases.map(\.rawValue))))
  }

  @Test("a value is escaped by the module's own content type, scalar by scalar")
  func escaping() throws {
    let html = try Templates.render(
      MessagePage(heading: "\"\u{301}<b>", message: "x", ok: false), as: .message)
    #expect(html.contains("&quot;\u{301}&lt;b&gt;"))
    #expect(!html.contains("<b>"))
  }
}
