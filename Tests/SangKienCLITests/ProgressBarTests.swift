import Foundation
import Testing

@testable import SangKienCLI

#if canImport(Glibc)
  import Glibc
#endif

// The C library's pseudo-terminal calls, which Glibc's Swift module does not bring in.
@_silgen_name("posix_openpt") private func posix_openpt(_ flags: Int32) -> Int32
@_silgen_name("grantpt") private func grantpt(_ fd: Int32) -> Int32
@_silgen_name("unlockpt") private func unlockpt(_ fd: Int32) -> Int32
@_silgen_name("ptsname") private func ptsname(_ fd: Int32) -> UnsafeMutablePointer<CChar>?

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

  @Test("a terminal is detected: a pseudo-terminal is one, a pipe and a file are not")
  func detection() throws {
    func console(terminal: Bool) -> Console {
      Console(
        out: { _ in }, err: { _ in }, isTerminal: terminal, width: 80, environment: [:],
        now: { Date() })
    }
    let master = posix_openpt(O_RDWR | O_NOCTTY)
    try #require(master >= 0)
    defer { close(master) }
    #expect(grantpt(master) == 0 && unlockpt(master) == 0)
    let name = try #require(ptsname(master))
    let slave = open(String(cString: name), O_RDWR | O_NOCTTY)
    try #require(slave >= 0)
    defer { close(slave) }
    #expect(ProgressBar.isTerminal(slave, console: console(terminal: true)))
    // The console decides too: a captured console is never a terminal.
    #expect(!ProgressBar.isTerminal(slave, console: console(terminal: false)))
    var fds: [Int32] = [0, 0]
    #expect(Glibc.pipe(&fds) == 0)
    defer {
      close(fds[0])
      close(fds[1])
    }
    #expect(!ProgressBar.isTerminal(fds[1], console: console(terminal: true)))
    let file = open("/dev/null", O_WRONLY)
    defer { close(file) }
    #expect(!ProgressBar.isTerminal(file, console: console(terminal: true)))
  }

  @Test("without a total it counts rows the Vietnamese way")
  func count() {
    #expect(ProgressBar.line(label: "Đang nhập", done: 12345, total: nil) == "Đang nhập 12.345")
  }
}
