/// The scalars of Foundation's `CharacterSet.whitespaces` (Unicode Zs, tab and U+200B; not newlines),
/// for trimming without Foundation's `trimmingCharacters`, which costs more than the check it serves.
enum HorizontalSpace {
    /// Every scalar of the set.
    static let scalars: [UInt32] = [0x09, 0x20, 0xA0, 0x1680, 0x202F, 0x205F, 0x3000] + Array(0x2000...0x200B)

    /// True when `scalar` is in the set.
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }

    /// True when `text` is empty once trimmed of the set: `text.trimmingCharacters(in: .whitespaces).isEmpty`.
    static func isBlank(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy(contains)
    }
}
