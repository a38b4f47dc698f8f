extension SelfSignedTLSServer {
    /// A self-signed P-256 certificate for 127.0.0.1 and localhost, valid until 2126 (made with `openssl req -x509`).
    static let certificatePEM = """
        -----BEGIN CERTIFICATE-----
        MIIBmjCCAUGgAwIBAgIUEl0FMVK76tLnkgT+1cwUAZ1SFcswCgYIKoZIzj0EAwIw
        FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyMTIyMzM0N1oYDzIxMjYxMDI4
        MjIzMzQ3WjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
        PQMBBwNCAAQ9MccqodkljZVu6Bmxrvwpk61qumvU05ChHljGuqRyP6scc8yfCNkO
        reB3TaEPQoTBWusz1wt+Xi4a4U++Nafto28wbTAdBgNVHQ4EFgQUcHkRG2q1aEIc
        +R1BTp71zQFzXykwHwYDVR0jBBgwFoAUcHkRG2q1aEIc+R1BTp71zQFzXykwDwYD
        VR0TAQH/BAUwAwEB/zAaBgNVHREEEzARhwR/AAABgglsb2NhbGhvc3QwCgYIKoZI
        zj0EAwIDRwAwRAIgAjs/EMPsy99BI12NBpue+WrRMaIRyVkF+kImb5qUkVgCIE6D
        vEVpj+MnzZXnFmyYmBvxpJQlVPhbUuQdM7TXHXrs
        -----END CERTIFICATE-----
        """

    /// Its private key (a test key: it protects nothing).
    static let privateKeyPEM = """
        -----BEGIN PRIVATE KEY-----
        MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgc4XyQ2AyhGi1Tfd5
        /iesMGSg7/S1Bgi27L5LUD38+NOhRANCAAQ9MccqodkljZVu6Bmxrvwpk61qumvU
        05ChHljGuqRyP6scc8yfCNkOreB3TaEPQoTBWusz1wt+Xi4a4U++Naft
        -----END PRIVATE KEY-----
        """
}
