import ArgumentParser

/// `--admin-key`: a control key that, pressed twice within 2 s, stops a kiosk; written `ctrl-]`, `ctrl-g`, … or `off`.
struct AdminKey: ExpressibleByArgument, Equatable {
    /// The characters after `ctrl-` the kiosk can offer: the control keys no editing key uses (nor Ctrl-L, the
    /// visitor's language key).
    static let choices = Array("gknopqrstvwxyz\\]^_")

    /// The control byte (Ctrl-] is 0x1D), or nil for `off`.
    let byte: UInt8?

    /// Reads `off` or `ctrl-X`.
    init?(argument: String) {
        let text = argument.lowercased()
        if text == "off" {
            byte = nil
            return
        }
        guard text.hasPrefix("ctrl-"), text.count == 6, let key = text.last, Self.choices.contains(key),
              let ascii = key.uppercased().unicodeScalars.first?.value else { return nil }
        byte = UInt8(ascii - 0x40)
    }

    /// What `--help` and a wrong value show.
    static var allValueStrings: [String] { ["off"] + choices.map { "ctrl-\($0)" } }
}
