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
        // What each module is and which may import which: ARCHITECTURE.md (the one module map; keep it true there).
        .target(
            name: "PhoneAuthModel",
            resources: ["en", "de", "fr", "es", "pt_BR", "ru", "ja", "zh_Hans"].map { .embedInCode("Catalogues/\($0).json") }
        ),
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
        .target(name: "PhoneLoginFlow", dependencies: ["PhoneAuthModel"]),
        .target(name: "PhoneLoginUI", dependencies: ["PhoneLoginFlow", "PhoneAuthModel"]),
        .target(name: "PhoneLoginRuntime", dependencies: ["PhoneLoginFlow", "PhoneAuthModel"]),
        .target(name: "PhoneLoginSessions", dependencies: ["PhoneAuthModel"]),
        .systemLibrary(name: "CNCursesW", pkgConfig: "ncursesw", providers: [.apt(["libncurses-dev"])]),
        .target(name: "PhoneLoginTerminal", dependencies: ["CNCursesW", "PhoneLoginRuntime", "PhoneLoginUI", "PhoneLoginFlow", "PhoneAuthModel"]),
        .target(name: "PhoneLoginPrompt", dependencies: ["PhoneLoginRuntime", "PhoneLoginFlow", "PhoneLoginUI", "PhoneAuthModel"]),
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
        // The curses programs in process on a pty (its slave handed in as a TerminalDevice), against the in-process emulator.
        .testTarget(name: "PhoneLoginTerminalTests", dependencies: ["PhoneLoginTerminal", "PhoneLoginRuntime", "PhoneLoginFlow", "PhoneLoginUI", "PhoneAuth", "LoginEmulator", "PhoneLoginTestSupport"]),
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
