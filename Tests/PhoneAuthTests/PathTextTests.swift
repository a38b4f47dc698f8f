import Foundation
import PhoneAuthModel
import Testing

/// A path's folder and last component without NSString: as NSString gives them (it is the judge here), and for a bare
/// name or one slash at the end, where NSString on Linux traps ("a/"), what it means.
@Suite struct PathTextTests {
    @Test("the last component and the folder are NSString's", arguments: [
        "/", "/a", "a/b", "/a/b", "/a/b/", "/a/b//", "a//b", "//a", "/a//b", "./x", "../x/y",
        "/tmp/phone-login/sessions.json", "rel/dir/", "é/ü", "/a/./b", "token.json",
    ])
    func likeNSString(_ path: String) {
        #expect(PathText.lastComponent(of: path) == (path as NSString).lastPathComponent)
        #expect(PathText.parent(of: path) == (path as NSString).deletingLastPathComponent)
    }

    @Test("a bare name is in no folder; a name and a slash too", arguments: ["a", "x", "a/", "dir//"])
    func bare(_ path: String) {
        #expect(PathText.parent(of: path) == "")
        #expect(PathText.lastComponent(of: path) == path.filter { $0 != "/" })
    }
}
