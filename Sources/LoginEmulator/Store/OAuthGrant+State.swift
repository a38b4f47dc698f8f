import Foundation

extension OAuthGrant {
    /// The grant as a state file holds it.
    var exported: EmulatorState.Grant {
        .init(phone: phone, sub: subject, clientID: clientID, scopes: scopes, redirectURI: redirectURI,
              redirectURIRequired: redirectURIRequired, projectID: projectID)
    }

    /// A grant read from a state file, redeemable until `expiresAt` (nil: a refresh token's).
    init(_ grant: EmulatorState.Grant, expiresAt: ContinuousClock.Instant?) {
        self.init(phone: grant.phone, subject: grant.sub, clientID: grant.clientID, scopes: grant.scopes, redirectURI: grant.redirectURI,
                  redirectURIRequired: grant.redirectURIRequired, projectID: grant.projectID, expiresAt: expiresAt)
    }
}
