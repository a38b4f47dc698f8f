import PhoneAuthModel
/// An answer type whose success carries no body (a 204), so nothing is decoded.
protocol BodilessAnswer: Decodable {
    /// Creates the answer.
    init()
}
