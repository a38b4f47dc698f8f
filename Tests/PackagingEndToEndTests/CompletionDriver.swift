import Foundation

/// Asks a shell's own completion machinery what it offers for a command line, as a person pressing Tab would get it:
/// bash's completion function called as bash calls it (COMP_WORDS, COMP_CWORD, COMP_LINE), zsh's compsys in an
/// interactive zsh on a pty (zpty) with the matches recorded as `compadd` receives them, fish's `complete -C`.
enum CompletionDriver {
    /// What `shell` offers for the last word of `words`, with the completion file(s) from `share` (the package's
    /// /usr/share), deduplicated and sorted.
    static func offers(_ shell: String, share: String, words: [String]) async throws -> [String] {
        let output: String
        switch shell {
        case "bash":
            output = try await Shell.checked(["bash", "-c", bashScript, "bash", share + "/bash-completion/completions/phone-login"] + words)
        case "zsh":
            let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("zsh-completion-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: scratch) }
            let matches = scratch.appendingPathComponent("matches").path
            _ = try await Shell.checked(["zsh", "-fc", zshScript, "zsh", share + "/zsh/vendor-completions", matches, words.joined(separator: " ")],
                                        environment: ["HOME": scratch.path, "TERM": "xterm"], timeout: .seconds(60))
            output = (try? String(contentsOfFile: matches, encoding: .utf8)) ?? ""
        default:
            let line = words.joined(separator: " ")
            output = try await Shell.checked(["fish", "--no-config", "-c", "source $argv[1]; complete -C $argv[2] | string replace -r '\\t.*' ''",
                                              share + "/fish/vendor_completions.d/phone-login.fish", line])
        }
        return Set(output.split(separator: "\n").map(String.init).filter { !$0.isEmpty }).sorted()
    }

    /// `bash -c` with $1 the completion file and the words after: finds the function `complete -p` registered and calls
    /// it with bash's variables for a cursor at the end of the line; prints COMPREPLY.
    static let bashScript = #"""
        file=$1; shift
        source "$file" || exit 3
        spec=$(complete -p "$1") || exit 4
        function=${spec#*-F }; function=${function%% *}
        COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}; COMPREPLY=()
        "$function" "$1" "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\n' "${COMPREPLY[@]}"
        """#

    /// `zsh -fc` with $1 the directory of `_phone-login`, $2 the file for the matches, $3 the line: an interactive zsh
    /// on a pty runs compinit, `compadd` wrapped to write each match it is given (after compsys's own filtering) to $2,
    /// and a key (^T) that completes, then writes $2.done; the line and ^T are typed; the driver waits for $2.done.
    static let zshScript = #"""
        zmodload zsh/zpty || exit 3
        dir=$1 out=$2 line=$3
        zpty -b comp zsh -f -i
        zpty -w comp "fpath=(${(q)dir} \$fpath); autoload -U compinit; compinit -u -D
        compadd() { local -a __m; builtin compadd -O __m \"\$@\"; print -rl -- \$__m >> ${(q)out}; builtin compadd \"\$@\"; }
        _test_complete() { zle complete-word; print done > ${(q)out}.done; }
        zle -N _test_complete; bindkey '^T' _test_complete"
        zpty -w -n comp "$line"$'\x14'
        for i in {1..600}; do [[ -e $out.done ]] && break; sleep 0.05; done
        zpty -d comp
        [[ -e $out.done ]] || { print -u2 "zsh did not complete within 30 s"; exit 4; }
        """#
}
