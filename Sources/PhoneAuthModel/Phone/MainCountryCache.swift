import Synchronization

/// The main country of each calling code read so far, each record parsed once: a number typed with another country's
/// calling code does not parse that country's record again on every key.
final class MainCountryCache: @unchecked Sendable {
    /// The one cache.
    static let shared = MainCountryCache()

    private let countries = Mutex<[String: Country]>([:])

    /// The main country of `callingCode`, read from the table on first use (nil when the table has no such code).
    func country(_ callingCode: String) -> Country? {
        countries.withLock { countries in
            if let country = countries[callingCode] { return country }
            guard let country = Country.regionsByCallingCode[callingCode]?.first.flatMap({ Country(code: $0) }) else { return nil }
            countries[callingCode] = country
            return country
        }
    }
}
