import PhoneAuth

/// Server errors as the emulator sends them.
enum PhoneAuthErrors {
    static let wrongCode = AuthError.server(ServerError(status: 401, code: "003-001", description: "Wrong authorization code.",
                                                       details: ["attempts_left": .number(2)]))
}
