import AccreditServer
import ArgumentParser
import Foundation

/// `accredit admin`: work on the store without a running server, for the first administrator
/// and for scripts.
struct AdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin", abstract: "Administer users offline.", subcommands: [AddUser.self])

    struct AddUser: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-user",
            abstract: "Create a user and print an API token for it (the last line of the output).",
            discussion: """
                Without --password-stdin a password is made up and printed once; the user signs in with \
                it and changes it. Exit status 1 when the name is taken, 2 when the database cannot be \
                opened.
                """)

        @Argument(help: "The user name, as typed at the login form.") var name: String
        @Option(help: "admin, concern, unit or reader.") var role: Role
        @Option(
            name: .customLong("unit"),
            help: ArgumentHelp("A unit a unit coordinator works for; repeatable.", valueName: "id"))
        var units: [String] = []
        @Flag(help: "Read the password from standard input instead of making one up.") var passwordStdin = false
        @OptionGroup var storeOptions: StoreOptions

        func validate() throws {
            guard User.isValidName(name) else {
                throw ValidationError("a user name is 1 to 64 characters without spaces or colons, not \"\(name)\".")
            }
            if role == .unit && units.isEmpty {
                throw ValidationError("a unit coordinator needs the units they work for: add --unit ID.")
            }
            if role != .unit && !units.isEmpty {
                throw ValidationError("--unit is for --role unit; the \(role.rawValue) role sees every unit.")
            }
        }

        func run() async throws {
            var password = Secret.make().prefix(20).description
            if passwordStdin {
                password = (readLine(strippingNewline: true) ?? "")
                guard password.count >= Passwords.minimumLength else {
                    ServerMessage.error("the password must have at least \(Passwords.minimumLength) characters.")
                    throw ExitCode(1)
                }
            }
            let store = try await storeOptions.open()
            for unit in units where try await store.unit(id: unit) == nil {
                ServerMessage.error(
                    "no unit \"\(unit)\" in \(try storeOptions.location()); create it first (POST /api/v1/units).")
                throw ExitCode(1)
            }
            let id: Int64
            do {
                id = try await store.createUser(
                    name: name, role: role, units: units, passwordHash: await Passwords.hash(password))
            } catch StoreError.conflict {
                ServerMessage.error("a user named \"\(name)\" exists already.")
                throw ExitCode(1)
            }
            let token = Secret.make()
            try await store.addToken(digest: Secret.digest(token), user: id, label: "admin add-user")
            try await store.appendAudit(
                AuditEntry(actor: "admin-command", action: "user.create", object: "user:\(name)", detail: role.rawValue))
            try await store.shutdown()
            ServerMessage.say("Created user \(name) (\(role.rawValue)).")
            if !passwordStdin {
                ServerMessage.say("Password for signing in (shown once; change it after signing in): \(password)")
            }
            ServerMessage.say("API token (shown once; send it as \"Authorization: Bearer TOKEN\"):")
            ServerMessage.say(token)
        }
    }
}

extension Role: ExpressibleByArgument {}
