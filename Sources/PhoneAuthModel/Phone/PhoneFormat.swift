/// One of a country's number formats from the metadata: which numbers it applies to and how they are grouped.
struct PhoneFormat: Hashable, Sendable {
    /// The pattern a whole national significant number matches, its groups captured, e.g. `(\d{3})(\d{3,4})(\d{4})`.
    let pattern: String
    /// How the groups are written, e.g. `$1 $2 $3`.
    let format: String
    /// The pattern the start of the number must match for the format to apply (empty: any).
    let leadingDigits: String
}
