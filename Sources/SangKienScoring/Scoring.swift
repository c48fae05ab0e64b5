/// The scoring module: pure functions from a rubric and score sheets to totals, aggregates,
/// flags, rankings, advancement and prizes. It knows no database and no clock.
///
/// It holds nothing yet: score sheets and rankings arrive with the scoring issue.
public enum Scoring {}
