import Foundation
import Testing

@testable import SangKienCLI

@Suite("Progress bar")
struct ProgressBarTests {
  final class Clock: @unchecked Sendable {
    var now = Date(timeIntervalSince1970: 0)
  }

  @Test("nothing in the first second, then a line redrawn in place, cleared at the end")
  func timing() {
    let clock = Clock()
    let output = Capture()
    let bar = ProgressBar(
      label: "Nhập", total: 1000, enabled: true, now: { clock.now }, write: { output.append($0) })
    bar.update(10)
    #expect(output.value.isEmpty)
    clock.now = Date(timeIntervalSince1970: 1.5)
    bar.update(600)
    #expect(output.value == "\rNhập [██████████████████░░░░░░░░░░░░]  60% 600/1.000\u{1B}[K")
    bar.finish()
    #expect(output.value.hasSuffix("\r\u{1B}[K"))
  }

  @Test("not on a terminal, nothing at all")
  func pipe() {
    let clock = Clock()
    clock.now = Date(timeIntervalSince1970: 5)
    let output = Capture()
    let bar = ProgressBar(
      label: "x", total: nil, enabled: false, now: { clock.now }, write: { output.append($0) })
    clock.now = Date(timeIntervalSince1970: 50)
    bar.update(1)
    bar.finish()
    #expect(output.value.isEmpty)
  }

  @Test("without a total it counts rows the Vietnamese way")
  func count() {
    #expect(ProgressBar.line(label: "Đang nhập", done: 12345, total: nil) == "Đang nhập 12.345")
  }
}
