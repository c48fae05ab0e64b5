/// The assignment module: a pure solver from entries, judges, conflicts and constraints to
/// an assignment (min-cost flow), with a readable reason when none exists.
///
/// It holds nothing yet: the solver arrives with the assignment issue.
public enum AssignmentSolver {}
