import ArgumentParser
import Consultation
import Foundation
import Registry

/// Opens the consultation store of the registry named by `--db`.
extension RegistryOptions {
    func openConsultations(command: String) throws -> ConsultationStore {
        let registry = try open(command: command)
        do {
            return try ConsultationStore(registry: registry)
        } catch {
            printError("qonun \(command): \(error.message)")
            throw ExitCode(2)
        }
    }
}

/// Reports a consultation error: one sentence on stderr, exit 1 (2 for storage failures).
func fail(_ command: String, _ error: ConsultationError) -> ExitCode {
    printError("qonun \(command): \(error.message)")
    return ExitCode(error.kind == .storage ? 2 : 1)
}

/// Parses `2026-11-25T09:00:00Z`, `2026-11-25`, `now`, or an offset from now such as `+30d`, `-1d`, `+12h`.
func parseInstant(_ text: String, option: String) throws -> Date {
    let value = text.trimmingCharacters(in: .whitespaces)
    if value == "now" { return Date() }
    if let sign = value.first, sign == "+" || sign == "-", let unit = value.last, "dhm".contains(unit),
       let amount = Double(value.dropFirst().dropLast()) {
        let seconds = amount * (unit == "d" ? 86_400 : unit == "h" ? 3_600 : 60)
        return Date().addingTimeInterval(sign == "+" ? seconds : -seconds)
    }
    guard let date = Timestamp.parse(value) else {
        throw ValidationError("\(option) '\(text)' is not a date and time: use 2026-11-25T09:00:00Z, 2026-11-25, now or +30d.")
    }
    return date
}
