import Testing

@testable import SangKienScoring

@Suite("Reliability statistics")
struct ReliabilityTests {
  @Test("ICC(2,k) reproduces Shrout and Fleiss (1979), Table 2: ICC(2,4) = .62")
  func shroutFleiss() throws {
    // Six targets rated by four judges (Shrout & Fleiss 1979, Table 2).
    let ratings: [[Double]] = [
      [9, 2, 5, 8], [6, 1, 3, 2], [8, 4, 6, 8], [7, 1, 2, 6], [10, 5, 6, 9], [6, 2, 4, 7],
    ]
    let icc = try #require(Reliability.icc2k(ratings))
    #expect(abs(icc - 0.62) < 0.005, "\(icc)")
  }

  @Test("Krippendorff's alpha (interval) reproduces Krippendorff (2011): α = .849")
  func krippendorff() throws {
    // Four coders, twelve units, missing values left out (Krippendorff 2011, "Computing
    // Krippendorff's alpha-reliability", the worked example); interval alpha = 0.849.
    let units: [[Double]] = [
      [1, 1, 1], [2, 2, 3, 2], [3, 3, 3, 3], [3, 3, 3, 3], [2, 2, 2, 2], [1, 2, 3, 4],
      [4, 4, 4, 4], [1, 1, 2, 1], [2, 2, 2, 2], [5, 5, 5], [1, 1], [3],
    ]
    let alpha = try #require(Reliability.krippendorffInterval(units))
    #expect(abs(alpha - 0.849) < 0.001, "\(alpha)")
  }

  @Test("Kendall's W, worked by hand from its definition")
  func kendall() throws {
    // Three judges rank four objects: (1,2,3,4), (2,1,3,4), (1,3,2,4), written here as
    // scores where higher is better. Rank sums 4, 6, 8, 12; mean 7.5; S = 12.25 + 2.25 +
    // 0.25 + 20.25 = 35; W = 12·35 / (3²·(4³−4)) = 420 / 540 = 0.7778.
    let scores: [[Double]] = [[4, 3, 2, 1], [3, 4, 2, 1], [4, 2, 3, 1]]
    let w = try #require(Reliability.kendallW(scores))
    #expect(abs(w - 420.0 / 540.0) < 1e-9, "\(w)")
    #expect(Reliability.kendallW([[1, 2, 3], [1, 2, 3]]) == 1)
  }

  @Test("degenerate inputs give no value rather than nonsense")
  func degenerate() {
    #expect(Reliability.icc2k([[1, 2]]) == nil)
    #expect(Reliability.krippendorffInterval([[3, 3], [3, 3]]) == nil)
    #expect(Reliability.kendallW([[1, 2, 3]]) == nil)
  }
}
