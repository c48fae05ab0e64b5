import Foundation
import Testing

@testable import SangKienModel

@Suite("Vietnamese text")
struct VietnameseTextTests {
  @Test("NFD input is stored as NFC")
  func nfcOfDecomposedText() {
    let decomposed = "Nguye\u{302}\u{303}n Thi\u{323}"  // Nguyễn Thị typed with combining marks
    let composed = VietnameseText.nfc(decomposed)
    #expect(composed == "Nguyễn Thị")
    #expect(composed.unicodeScalars.count == 10)
    #expect(Array(composed.utf8) == Array("Nguy\u{1EC5}n Th\u{1ECB}".utf8))
  }

  @Test("clean trims, joins white space and normalises")
  func clean() {
    #expect(VietnameseText.clean("  Sở\u{00A0}Tư   pha\u{301}p \t") == "Sở Tư pháp")
    #expect(VietnameseText.clean("Tên\r\nhai dòng") == "Tên hai dòng")
    #expect(VietnameseText.clean("Đã sạch") == "Đã sạch")
    // Vietnamese letters share lead bytes with the Unicode spaces: each is still found.
    #expect(VietnameseText.clean("Ủy\u{00A0}ban nhân dân") == "Ủy ban nhân dân")
    #expect(VietnameseText.clean("Ủy ban\u{3000}nhân\u{2009}dân") == "Ủy ban nhân dân")
    #expect(VietnameseText.clean("Ủy ban  nhân dân") == "Ủy ban nhân dân")
    #expect(VietnameseText.clean("Ủy ban nhân dân", keepLineBreaks: true) == "Ủy ban nhân dân")
    #expect(
      VietnameseText.clean("Ủy ban\u{2028}nhân dân ", keepLineBreaks: true) == "Ủy ban nhân dân")
    #expect(VietnameseText.clean("") == "")
  }

  @Test("clean can keep line breaks, as LF, at most one blank line")
  func cleanKeepingLines() {
    let text = " Dòng một  \r\nDòng hai\rDòng ba\n\n\n\nDòng bốn \n"
    #expect(
      VietnameseText.clean(text, keepLineBreaks: true) == "Dòng một\nDòng hai\nDòng ba\n\nDòng bốn")
  }

  @Test(
    "NFC outside the fast path still normalises",
    arguments: [
      ("\u{212B}", "\u{00C5}"), ("e\u{301}", "\u{00E9}"), ("\u{1EA0}\u{306}", "\u{1EB6}"),
      ("Ω\u{2126}", "Ω\u{03A9}"),
    ])
  func nfcSlowPath(pair: (String, String)) {
    #expect(Array(VietnameseText.nfc(pair.0).unicodeScalars) == Array(pair.1.unicodeScalars))
  }

  @Test(
    "fold ignores case and diacritics and folds đ",
    arguments: [
      ("Sở Tư pháp", "SO TU PHAP"), ("Đăng ký kinh doanh", "dang ky kinh doanh"),
      ("UBND  quận Đống Đa", "ubnd quan dong da"), ("Mô hình", "mo hinh"),
    ])
  func fold(pair: (String, String)) {
    #expect(VietnameseText.fold(pair.0) == VietnameseText.fold(pair.1))
  }

  @Test("fold keeps different words apart")
  func foldDistinguishes() {
    #expect(VietnameseText.fold("Hà Nội") != VietnameseText.fold("Hà Nam"))
  }

  @Test("sorting follows the Vietnamese alphabet")
  func collation() {
    let expected = ["An", "Ánh", "Ân", "Ấn", "Bình", "Dương", "Đào", "Ơn", "Ưng"]
    let shuffled = ["Đào", "Ưng", "Ấn", "Bình", "An", "Ơn", "Dương", "Ân", "Ánh"]
    #expect(shuffled.sorted(by: VietnameseText.precedes) == expected)
  }

  @Test("people sort by given name, then middle, then family name")
  func nameOrder() {
    let names = ["Trần Văn Bình", "Nguyễn Thị An", "Lê Văn An", "Đỗ Ánh", "Phạm Thị Đào"]
    let sorted = names.sorted(by: VietnameseText.namePrecedes)
    #expect(sorted == ["Nguyễn Thị An", "Lê Văn An", "Đỗ Ánh", "Trần Văn Bình", "Phạm Thị Đào"])
  }

  @Test(
    "display width counts columns, not bytes or scalars",
    arguments: [
      ("Nguyễn", 6), ("Nguye\u{302}\u{303}n", 6), ("Đà Nẵng", 7), ("漢字", 4), ("", 0),
    ])
  func displayWidth(pair: (String, Int)) {
    #expect(VietnameseText.displayWidth(pair.0) == pair.1)
  }

  @Test("truncation keeps whole characters and marks the cut")
  func truncate() {
    #expect(VietnameseText.truncate("Quyết định thành lập", toWidth: 8) == "Quyết đ…")
    #expect(VietnameseText.displayWidth(VietnameseText.truncate("漢字漢字", toWidth: 5)) <= 5)
    #expect(VietnameseText.truncate("ngắn", toWidth: 10) == "ngắn")
  }
}

@Suite("Fold table")
struct FoldTableTests {
  @Test("every entry is what Foundation's folding gives")
  func matchesFoundation() {
    for (start, table) in [
      (0x80, FoldTable.latin), (0x1E00, FoldTable.latinExtendedAdditional),
    ] {
      for (offset, folded) in table.enumerated() {
        let value = UInt32(start + offset)
        let expected = Unicode.Scalar(value).map(VietnameseText.foldSlowly) ?? ""
        #expect(folded == expected, "U+\(String(value, radix: 16, uppercase: true))")
      }
    }
    #expect(FoldTable.latin.count == 0x24F - 0x80 + 1)
    #expect(FoldTable.latinExtendedAdditional.count == 0x100)
  }
}

@Suite("Byte-level text checks")
struct ByteLevelTextTests {
  @Test("the byte-level NFC and clean checks agree with the scalar ones")
  func agree() {
    // ASCII, Vietnamese letters, every Unicode space, combining marks, the edges of the
    // stable ranges, and characters outside them (CJK, emoji).
    let alphabet: [Unicode.Scalar] = [
      "a", "Z", " ", "\t", "\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "đ", "Ư", "ơ",
      "\u{1EA0}", "\u{1EF9}", "\u{1E00}", "\u{1EFF}", "\u{2FF}", "\u{300}", "\u{301}",
      "\u{1680}", "\u{2000}", "\u{2001}", "\u{2002}", "\u{200A}", "\u{200B}", "\u{2028}",
      "\u{2029}", "\u{202F}", "\u{205F}", "\u{206F}", "\u{2070}", "\u{209F}", "\u{20A0}",
      "\u{20AB}", "\u{20CF}", "\u{20D0}", "\u{3000}", "\u{3001}", "中", "😀", "\u{1DFF}",
      "\u{1F00}",
    ]
    var random = SeededGenerator(seed: 9)
    var texts = alphabet.map { String($0) }
    for _ in 0..<20_000 {
      var scalars = String.UnicodeScalarView()
      for _ in 0..<random.below(8) { scalars.append(alphabet[random.below(alphabet.count)]) }
      texts.append(String(scalars))
    }
    for text in texts {
      let shown = text.unicodeScalars.map { String($0.value, radix: 16) }
      #expect(
        VietnameseText.isStableNFC(text) == VietnameseText.isStableNFCByScalars(text), "\(shown)")
      #expect(VietnameseText.isClean(text) == VietnameseText.isCleanByScalars(text), "\(shown)")
    }
  }
}
