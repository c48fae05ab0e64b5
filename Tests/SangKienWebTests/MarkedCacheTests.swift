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
}
