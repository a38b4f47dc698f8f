import PhoneAuth

/// Phone numbers that make start answer with one of Xsolla's errors, so clients can test every branch.
///
/// All are `+1 000 000 0` followed by the last three digits of the error code they produce.
package enum TestNumber {
    /// The numbers and the error each produces, in the order of docs/emulator.md, "Test numbers".
    package static let all: [(phone: String, rejection: EmulatorRejection)] = [
        ("+10000000040", .init(status: 422, code: XsollaErrorCode.userBanned, description: "This user is banned.")),
        ("+10000000043", .init(status: 422, code: XsollaErrorCode.cannotReceiveSMS, description: "This phone number cannot receive SMS. Use a different number.")),
        ("+10000000056", .init(status: 422, code: XsollaErrorCode.invalidPhoneNumber, description: "Invalid phone number. Verify the number or try another one.")),
        ("+10000000057", .init(status: 429, code: XsollaErrorCode.tooManyAttempts, description: "Too many login attempts.", retryAfterSeconds: 60)),
        ("+10000000058", .init(status: 422, code: XsollaErrorCode.accountBlocked, description: "You exceeded login attempts limit. To unblock your account, follow the link in the email that we sent or reset your password.")),
        ("+10000000020", .init(status: 422, code: XsollaErrorCode.callUnavailable, description: "Call unavailable for this Login project.")),
        ("+10000000022", .init(status: 422, code: XsollaErrorCode.projectMisconfigured, description: "This Login project misconfigured. Change this Login project settings in Xsolla Publisher Account or contact your Account Manager.")),
        ("+10000000061", .objectNotFound),
    ]

    static let byPhone: [String: EmulatorRejection] = Dictionary(uniqueKeysWithValues: all.map { ($0.phone, $0.rejection) })

    /// The error a start for `phone` answers with, if it is a test number.
    package static func rejection(for phone: String) -> EmulatorRejection? { byPhone[phone] }
}
