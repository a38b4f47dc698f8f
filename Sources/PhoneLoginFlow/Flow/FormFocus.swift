/// Which part of the phone form takes the keys.
public enum FormFocus: Equatable, Sendable {
    /// The phone number field.
    case number
    /// The country: typing filters the list, Enter picks.
    case country
}
