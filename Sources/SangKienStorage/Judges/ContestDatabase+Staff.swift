import GRDB
import SangKienModel

extension ContestDatabase {
  /// The staff, by name.
  public func staff() throws(StorageError) -> [(name: String, role: Role)] {
    try read { db in
      try Row.fetchAll(db, sql: "SELECT name, role FROM staff ORDER BY role DESC, name").compactMap
      {
        row in Role(rawValue: row["role"]).map { (row["name"], $0) }
      }
    }
  }

  /// Every member of staff with their address and telephone, by role then name.
  public func staffMembers() throws(StorageError) -> [(
    name: String, role: Role, email: String, phone: String
  )] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT name, role, email, phone FROM staff ORDER BY role DESC, name"
      ).compactMap { row in
        Role(rawValue: row[1]).map { (row[0], $0, row[2], row[3]) }
      }
    }
  }

  /// How many people may sign in (a password or a code held).
  public func credentialCount() throws(StorageError) -> Int {
    try read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM credential") ?? 0 }
  }

  /// The addresses of the members of staff of `role` who gave one.
  public func staffAddresses(role: Role) throws(StorageError) -> [(name: String, email: String)] {
    try read { db in
      try Row.fetchAll(
        db, sql: "SELECT name, email FROM staff WHERE role = ? AND email <> '' ORDER BY name",
        arguments: [role.rawValue]
      ).map { ($0[0], $0[1]) }
    }
  }

  /// Adds a member of staff (audited, the address when given); an existing name is refused.
  public func addStaff(
    name: String, role: Role, email: String = "", phone: String = "", context: AuditContext
  ) throws {
    try write(context) { db, audit in
      if try Bool.fetchOne(
        db, sql: "SELECT EXISTS (SELECT 1 FROM staff WHERE name = ?)", arguments: [name]) == true
      {
        throw StorageError.duplicateStaff(name: name)
      }
      try db.execute(
        sql: "INSERT INTO staff (name, role, email, phone) VALUES (?, ?, ?, ?)",
        arguments: [name, role.rawValue, email, phone])
      var after: [String: JSONValue] = ["name": .string(name), "role": .string(role.rawValue)]
      if !email.isEmpty { after["email"] = .string(email) }
      if !phone.isEmpty { after["phone"] = .string(phone) }
      try audit.record(
        action: .staffAdd, subject: "staff:\(name)", before: nil, after: .object(after))
    }
  }

  /// Who a web session's login is, by its exact stored form (a judge's id or a staff
  /// member's name): two indexed look-ups, where `actor(named:)` reads every judge.
  public func actor(login: String) throws(StorageError) -> Actor? {
    try read { db in
      if let role = try String.fetchOne(
        db, sql: "SELECT role FROM staff WHERE name = ?", arguments: [login]
      ).flatMap(Role.init(rawValue:)) {
        return Actor(name: login, role: role)
      }
      if let name = try String.fetchOne(
        db, sql: "SELECT name FROM judge WHERE id = ? AND active = 1", arguments: [login])
      {
        return Actor(name: login, role: .judge, judgeId: login, fullName: name)
      }
      return try Self.entrantActor(db, email: login)
    }
  }

  /// Who `name` is: a member of staff (by name) or an active judge (by id or full name),
  /// compared without case and diacritics.
  public func actor(named name: String) throws(StorageError) -> Actor? {
    let key = VietnameseText.fold(name)
    for member in try staff() where VietnameseText.fold(member.name) == key {
      return Actor(name: member.name, role: member.role)
    }
    for judge in try judges()
    where VietnameseText.fold(judge.id) == key || VietnameseText.fold(judge.name) == key {
      return Actor(name: judge.id, role: .judge, judgeId: judge.id)
    }
    // An entrant signs in with their e-mail address, compared in lower case.
    guard name.contains("@") else { return nil }
    return try read { db in try Self.entrantActor(db, email: name.lowercased()) }
  }

  /// The entrant whose login is `email`, as an actor.
  static func entrantActor(_ db: Database, email: String) throws -> Actor? {
    guard email.contains("@"),
      let row = try Row.fetchOne(
        try db.cachedStatement(sql: "SELECT id, name FROM entrant WHERE email = ?"),
        arguments: [email])
    else { return nil }
    return Actor(name: email, role: .entrant, fullName: row[1], entrantId: row[0])
  }

  /// Records a refused attempt (audited, in its own transaction).
  public func recordRefusal(command: String, reason: String, context: AuditContext) throws {
    try write(context) { _, audit in
      try audit.record(
        action: .accessRefused, subject: "command:\(command)", before: nil,
        after: .object(["command": .string(command)]), note: reason)
    }
  }
}
