/// The relative links of a Markdown page, as scripts/check-doc-links.py reads them.
enum MarkdownLinks {
    /// Every `](target)` outside code (fenced blocks, inline code) that names no scheme (`https:`, `mailto:`) and is not
    /// a fragment of the page itself; the `#fragment` cut off.
    static func relativeTargets(in text: String) -> [String] {
        let prose = text.replacing(/```[\s\S]*?```/, with: "").replacing(/`[^`\n]*`/, with: "")
        return prose.matches(of: /\]\(([^)\s]+)\)/).compactMap { match in
            let target = String(match.1)
            if target.firstMatch(of: /^[a-z]+:/) != nil { return nil }
            let path = String(target.prefix { $0 != "#" })
            return path.isEmpty ? nil : path
        }
    }
}
