/// A path's last component and the folder it is in, as NSString's `lastPathComponent` and
/// `deletingLastPathComponent` give them (trailing slashes ignored, `/` its own parent), without NSString, whose
/// CoreFoundation brings ICU into the static binary.
public enum PathText {
    /// The path's last component: `b` for `/a/b/`, `/` for `/`, empty for an empty path.
    public static func lastComponent(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        if trimmed == "/" { return "/" }
        guard let slash = trimmed.lastIndex(of: "/") else { return trimmed }
        return String(trimmed[trimmed.index(after: slash)...])
    }

    /// The path without its last component: `/a` for `/a/b/`, `/` for `/a` and `/`, empty for `a`.
    public static func parent(of path: String) -> String {
        let trimmed = withoutTrailingSlashes(path)
        if trimmed == "/" { return "/" }
        guard let slash = trimmed.lastIndex(of: "/") else { return "" }
        let folder = withoutTrailingSlashes(String(trimmed[..<slash]))
        return folder.isEmpty ? "/" : folder
    }

    /// `path` without slashes at its end, `/` kept when it is all there is.
    private static func withoutTrailingSlashes(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }
}
