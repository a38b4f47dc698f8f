import PhoneAuthModel
import PhoneLoginFlow
import Testing

@Suite("The demo's SMS in the visitor's language")
struct DemoSMSTests {
    @Test("English is the emulator's own text; other languages their own", arguments: [
        (Language.english, Duration.seconds(180), nil as String?, "Your Xsolla Login code is 4821. It expires in 3 min."),
        (.english, .seconds(90), "http://x/l", "Your Xsolla Login code is 4821. It expires in 90 s. Or tap to log in: http://x/l"),
        (.german, .seconds(180), nil, "Ihr Xsolla-Login-Code lautet 4821. Er läuft in 3 Min. ab."),
        (.japanese, .seconds(60), nil, "Xsolla Login のコードは 4821 です。有効期限は 1 分 です。"),
    ])
    func worded(_ language: Language, _ lifetime: Duration, _ link: String?, _ expected: String) {
        #expect(DemoSMS.text(code: "4821", link: link, lifetime: lifetime, in: language) == expected)
    }
}
