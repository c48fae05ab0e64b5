import Foundation
import Testing

@testable import SangKienWeb

@Suite("the staff's reads kept per audit mark")
struct MarkedCacheTests {
  @Test("the same mark reuses; a new mark recomputes, unless within the tolerance")
  func marks() {
    let cache = MarkedCache()
    var made = 0
    func read(_ mark: Int64) -> Int {
      cache.value("k", mark: mark) {
        made += 1
        return made
      }
    }
    #expect(read(1) == 1 && read(1) == 1)
    #expect(read(2) == 2, "a change to the contest is seen at once by default")
    cache.tolerance = 60
    #expect(read(3) == 2, "within the tolerance the last value stands")
    cache.tolerance = 0
    #expect(read(3) == 3)
    #expect(cache.value("other", mark: 3) { "text" } == "text", "keys are apart")
  }

  @Test("while one caller works a key out, the others get the value it replaces")
  func oneAtATime() async throws {
    let cache = MarkedCache()
    cache.tolerance = 0.001
    #expect(cache.value("k", mark: 1) { 1 } == 1)
    try await Task.sleep(for: .milliseconds(5))
    let started = DispatchSemaphore(value: 0)
    let release = DispatchSemaphore(value: 0)
    let slow = Task.detached {
      cache.value("k", mark: 2) { () -> Int in
        started.signal()
        release.wait()
        return 2
      }
    }
    started.wait()
    #expect(cache.value("k", mark: 2) { 99 } == 1, "given the old value, not worked out again")
    release.signal()
    #expect(await slow.value == 2)
    #expect(cache.value("k", mark: 2) { 99 } == 2, "the new value once it is made")
    #expect(cache.value("fresh", mark: 2) { 7 } == 7, "a key never made is worked out")
  }

  @Test("a value worked out at an older mark never replaces a newer one")
  func newerStays() {
    let cache = MarkedCache()
    #expect(cache.value("k", mark: 5) { 5 } == 5)
    #expect(cache.value("k", mark: 4) { 4 } == 4, "the caller gets what it asked for")
    #expect(cache.value("k", mark: 5) { 6 } == 5, "the kept value is still mark 5's")
  }
}
