import Mustache
import SangKienModel

/// Mustache templates whose HTML escaping goes by Unicode scalar.
///
/// swift-mustache 2.1.1 escapes HTML `Character` by `Character`, so a quote or `<` followed
/// by a combining mark (`"\u{301}`) passes unescaped and ends an attribute value in every
/// browser. Every template of sangkien is made here, with a content type escaping by scalar
/// that also drops what XML 1.0 forbids (controls, U+FFFE, U+FFFF, noncharacters): the same
/// text as the published workbooks and documents print.
public enum SafeMustache {
  struct ScalarHTML: MustacheContentType {
    func escapeText(_ text: String) -> String { Escaping.xml(text) }
  }

  static let name = "SANGKIEN_HTML"
  private static let registered: Void = {
    MustacheContentTypes.register(ScalarHTML(), named: name)
  }()

  /// The template of `source`, escaping by scalar.
  public static func template(_ source: String) throws -> MustacheTemplate {
    _ = registered
    return try MustacheTemplate(string: "{{% CONTENT_TYPE: \(name)}}" + source)
  }
}
