// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "phone-login",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "phone-login", targets: ["PhoneLoginCLI"]),
        .library(name: "PhoneAuth", targets: ["PhoneAuth"]),
        .library(name: "LoginEmulator", targets: ["LoginEmulator"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", from: "4.5.2"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/vapor/jwt-kit.git", from: "5.8.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.6"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
    ],
    targets: [
        // The auth service's values: phone numbers and their rule, results and claims, typed errors and their wording,
        // and the `LoginService` protocol the flow's runtime calls. No networking: the flow and the views build on it.
        // Its catalogues of words, one JSON file per language a translator edits, are compiled in too.
        .target(
            name: "PhoneAuthModel",
            resources: ["en", "de", "fr", "es", "pt_BR", "ru", "ja", "zh_Hans"].map { .embedInCode("Catalogues/\($0).json") }
        ),
        // The auth service over HTTP: the contract, the client (AsyncHTTPClient), the token's parsing (jwt-kit). No UI,
        // no server.
        .target(
            name: "PhoneAuth",
            dependencies: [
                "PhoneAuthModel",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        // A local stand-in for the Xsolla Login server (Hummingbird 2), used by `phone-login emulator` and demo mode.
        .target(
            name: "LoginEmulator",
            dependencies: [
                "PhoneAuth",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                // RSA key pairs for --jwt-algorithm rs256 (jwt-kit signs with them).
                .product(name: "CryptoExtras", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            // The API document, served at /emulator/openapi.yaml: compiled in, so the binary needs no resource bundle.
            resources: [.embedInCode("openapi.yaml")]
        ),
        // The login flow as a pure state machine: events and the time in, effects out. No I/O.
        .target(name: "PhoneLoginFlow", dependencies: ["PhoneAuthModel"]),
        // What the full-screen UI draws, into a canvas: the views, the in-memory grid, key decoding. No curses.
        .target(name: "PhoneLoginUI", dependencies: ["PhoneLoginFlow", "PhoneAuthModel"]),
        // The one runtime under the three front-ends: a loop on a thread of its own that sleeps in poll until input, an
        // item from another thread, a signal or the program's next wake-up; the inbox, the signal bridge, and the
        // flow's calls carried out on a `LoginService`. No curses, no networking.
        .target(name: "PhoneLoginRuntime", dependencies: ["PhoneLoginFlow", "PhoneAuthModel"]),
        // The remembered sign-ins: the store in $XDG_CONFIG_HOME/phone-login (0700/0600, atomic, locked) and the keeper
        // that hands out a valid token, refreshing under the lock. No networking: the refresh is handed in.
        .target(name: "PhoneLoginSessions", dependencies: ["PhoneAuthModel"]),
        // ncursesw, through a shim that sets the wide-character switches and wraps curses' macros.
        .systemLibrary(name: "CNCursesW", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        // The terminal: the curses canvas and the event loop that ties keys, timers, the flow and the client. The only
        // module that imports curses.
        .target(name: "PhoneLoginTerminal", dependencies: ["CNCursesW", "PhoneLoginRuntime", "PhoneLoginUI", "PhoneLoginFlow", "PhoneAuthModel"]),
        // The accessible plain mode: the same flow as line prompts on a terminal's own line editing, or on pipes. No curses.
        .target(name: "PhoneLoginPrompt", dependencies: ["PhoneLoginRuntime", "PhoneLoginFlow", "PhoneAuthModel"]),
        // The `phone-login` executable: argument parsing and the scriptable commands.
        .executableTarget(
            name: "PhoneLoginCLI",
            dependencies: [
                "PhoneAuth",
                "LoginEmulator",
                "PhoneLoginFlow",
                "PhoneLoginTerminal",
                "PhoneLoginPrompt",
                "PhoneLoginRuntime",
                "PhoneLoginSessions",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        // Helpers shared by the test targets: an emulator on a free port, running the built binary.
        .target(
            name: "PhoneLoginTestSupport",
            dependencies: [
                "PhoneAuth",
                "LoginEmulator",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "JWTKit", package: "jwt-kit"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            path: "Tests/PhoneLoginTestSupport"
        ),
        .testTarget(name: "PhoneAuthTests", dependencies: ["PhoneAuth", "PhoneLoginTestSupport"]),
        .testTarget(
            name: "LoginEmulatorTests",
            dependencies: ["LoginEmulator", "PhoneAuth", "PhoneLoginTestSupport", .product(name: "HummingbirdTesting", package: "hummingbird")]
        ),
        .testTarget(name: "PhoneLoginSessionsTests", dependencies: ["PhoneLoginSessions", "PhoneAuth"]),
        .testTarget(name: "PhoneLoginFlowTests", dependencies: ["PhoneLoginFlow", "PhoneAuthModel"]),
        .testTarget(name: "PhoneLoginPromptTests", dependencies: ["PhoneLoginPrompt", "PhoneLoginRuntime", "PhoneLoginFlow", "PhoneAuth", "PhoneLoginTestSupport"]),
        // The runtime in process: its loop's wake-ups, signals, background work, and the flow's calls (a request cancelled
        // reaches the in-process emulator).
        .testTarget(name: "PhoneLoginRuntimeTests", dependencies: ["PhoneLoginRuntime", "PhoneLoginFlow", "PhoneAuth", "LoginEmulator", "PhoneLoginTestSupport"]),
        .testTarget(name: "PhoneLoginUITests", dependencies: ["PhoneLoginUI", "PhoneLoginFlow", "PhoneAuth", "PhoneLoginTestSupport"]),
        // The fast tier: pure logic, the in-memory grid, loopback servers in process, commands parsed in process.
        .testTarget(name: "PhoneLoginCLITests", dependencies: ["PhoneLoginCLI"]),
        // The end-to-end tier (every target named *EndToEnd*): the built binary in tmux and ptys, schemathesis, the soak,
        // the screenshot script. `swift test --skip EndToEnd` runs the fast tier alone.
        .testTarget(name: "PhoneLoginEndToEndTests", dependencies: ["PhoneLoginCLI", "PhoneLoginTestSupport"]),
        // The packages (scripts/package.sh): their contents, an install into a Debian 12 chroot, man pages, completions,
        // lintian, the kiosk unit.
        .testTarget(name: "PackagingEndToEndTests", dependencies: ["PhoneLoginTestSupport"]),
        .testTarget(name: "LoginEmulatorEndToEndTests", dependencies: ["LoginEmulator", "PhoneAuth", "PhoneLoginTestSupport"]),
        // The outside judges: independent implementations of what we do (libphonenumber for numbers, authlib and
        // requests-oauthlib for the OAuth 2.0 token endpoint, PyJWT for signatures), run from the venv, deciding.
        .testTarget(name: "JudgesEndToEndTests", dependencies: ["PhoneAuth", "LoginEmulator", "PhoneLoginTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
