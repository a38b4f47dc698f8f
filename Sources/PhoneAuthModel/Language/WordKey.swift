/// The keys of the catalogues (`Catalogues/en.json` and the others): one case per sentence, its raw value the JSON key.
public enum WordKey: String, CaseIterable, Sendable {
    /// ““{text}””
    case quoted
    /// “.”
    case sentenceEnd
    /// “{mode}, no refresh token”
    case modeNoRefresh
    /// “{mode}, refreshable”
    case modeRefreshable
    /// “{error} Press Enter to try again.”
    case noticeRetry
    /// “Not a phone number yet: {reason}.”
    case noticeInvalidPhone
    /// “A new code is on its way.”
    case noticeCodeResent
    /// “Code sent. It may take a few seconds to arrive.”
    case noticeCodeSent
    /// “Code expired. Press R for a new code.”
    case noticeCodeExpired
    /// “Cancelled. Edit the number or press Enter to send again.”
    case noticeCancelled
    /// “The SMS link was followed: signing in…”
    case noticeLinkFollowed
    /// “A new code can be asked for when the resend countdown ends.”
    case noticeResendNotYet
    /// “The code has at least {count} digits.”
    case noticeCodeTooShort
    /// “{key} cannot be typed here.”
    case noticeKeyIgnored
    /// “The code arrives by SMS and lives {span}.”
    case lifetimeNote
    /// “{count} hours”
    case spanHours
    /// “{count} minutes”
    case spanMinutes
    /// “{count} seconds”
    case spanSeconds
    /// “Press Enter to get a code by SMS.”
    case phoneHintReady
    /// “Type + and the country code, e.g. +1 415 555 0100.”
    case phoneHintEmpty
    /// “Start with + and the country code (or 00), or press Tab to pick a country.”
    case phoneHintMissingPlus
    /// “{count} more digits at least ({minimum}–{maximum} after the +).”
    case phoneHintTooFew
    /// “Are you still there?”
    case stillThereQuestion
    /// “Press any key to continue.”
    case stillThereOffer
    /// “✓ You are signed in”
    case kioskSignedIn
    /// “Finishing your sign-in…”
    case handingOver
    /// “Starting over in {time}”
    case startingOver
    /// “This screen clears in {seconds} s.”
    case clearsIn
    /// “the command exited with status {status}”
    case hookExited
    /// “the command was stopped by signal {signal}”
    case hookSignal
    /// “the command took longer than {seconds} s”
    case hookTimedOut
    /// “the command could not be started”
    case hookCouldNotStart
    /// “Your sign-in worked, but passing it on did not ({reason}). Please ask the staff for help.”
    case handOffFailed
    /// “Your sign-in worked, but it could not be recorded. Please let the staff know.”
    case handOffNotLogged
    /// “Step 1 of 2: your phone number”
    case stepPhone
    /// “Step 2 of 2: the code from the SMS”
    case stepCode
    /// “with {number}”
    case signedInWith
    /// “Phone number: ”
    case plainPhonePrompt
    /// “Demo mode: a local emulator stands in for Xsolla Login and sends no real SMS; its messages are printed here.”
    case plainDemoBanner
    /// “You can try again now.”
    case plainRetryOver
    /// “Cancelled: end of input.”
    case plainEndOfInput
    /// “The code expired before it was entered. Request a new code.”
    case plainExpiredAtEnd
    /// “Code sent to {number}. Code: ”
    case plainCodePrompt
    /// “The code has expired. Type r for a new code: ”
    case plainCodePromptExpired
    /// “Sending a code…”
    case sendingCode
    /// “Sending a new code…”
    case sendingNewCode
    /// “Checking the code…”
    case checkingCode
    /// “The code is valid for {span}.”
    case plainCodeValid
    /// “The code has expired. Type r and press Enter for a new code.”
    case plainCodeExpired
    /// “A new code can be asked for in {span}.”
    case plainResendIn
    /// “Not a phone number: {reason}.”
    case plainInvalidPhone
    /// “{key} is not a digit: the code is digits only.”
    case plainNotADigit
    /// “Type it and press Enter. Type r for a new code, or n to change the number.”
    case plainCodeHelp
    /// “Type it and press Enter. Type r for a new code (after {span}), or n to change the number.”
    case plainCodeHelpAfter
    /// “Type l to follow the SMS link.”
    case plainLinkDemo
    /// “Following the link in the SMS also works.”
    case plainLinkReal
    /// “{span} left to enter the code.”
    case plainTimeLeft
    /// “Too many attempts: wait {span} more before trying again.”
    case plainRetryWait
    /// “SMS to {number}: {text}”
    case plainSMS
    /// “Signed in ({mode}). User {user}; the token is valid until {until} UTC.”
    case plainSignedIn
    /// “Signed in ({mode}). User {user}; the token is valid until {until} UTC (in {span}).”
    case plainSignedInFor
    /// “needs + and {minimum}–{maximum} digits”
    case rule
    /// “{rule}; got nothing”
    case rejectEmpty
    /// “{rule}; starts with + and the country code (got {count} digits without +)”
    case rejectMissingPlus
    /// “{rule}; got {count}”
    case rejectCount
    /// “{rule}; {character} at position {position} is not allowed”
    case rejectCharacter
    /// “{rule}; {character} at position {position} is not allowed (only the digits 0–9 count)”
    case rejectDigit
    /// “{rule}; + may only come first (found at position {position})”
    case rejectMisplacedPlus
    /// “{rule}; got {count} characters, too long for a phone number”
    case rejectTooLong
    /// “Invalid phone number: {reason}.”
    case errorInvalidPhone
    /// “The server's answer (HTTP {status}) could not be read: {reason}.”
    case errorMalformedResponse
    /// “The server's answer was larger than {limit} KiB and was refused.”
    case errorResponseTooLarge
    /// “The server confirmed the login but its login_url carries no token (nor an OAuth 2.0 code).”
    case errorMissingToken
    /// “The server's login_url carried back another OAuth 2.0 state than the one sent: the answer was not for this sign-in.”
    case errorStateMismatch
    /// “The token the server returned is not valid: {reason}.”
    case errorInvalidToken
    /// “The code expired before the SMS link was followed. Request a new code.”
    case errorLinkWaitExpired
    /// “Cancelled.”
    case errorCancelled
    /// “The base URL “{text}” is not an absolute http(s) URL.”
    case configMalformedBaseURL
    /// “Refusing plain http:// to {host}: use https, a loopback address, or pass --insecure.”
    case configInsecureBaseURL
    /// “The project id “{text}” is not a UUID (Publisher Account → Login → your project).”
    case configMalformedProjectID
    /// “No project id: pass --project-id or set XSOLLA_LOGIN_PROJECT_ID.”
    case configMissingProjectID
    /// “The SMS link needs a link URL: pass --link-url with --send-link.”
    case configMissingLinkURL
    /// “The JWT secret has {bytes} bytes; HS256 needs at least {minimum} (RFC 7518 §3.2).”
    case configWeakSecret
    /// “No OAuth 2.0 client id: pass --client-id or set XSOLLA_LOGIN_CLIENT_ID.”
    case configMissingClientID
    /// “The redirect URI “{text}” is not an absolute URL.”
    case configMalformedRedirectURI
    /// “Wrong code, and no tries are left. Request a new code.”
    case serverWrongCodeNoneLeft
    /// “Wrong code. Check the SMS and try again ({count} tries left).”
    case serverWrongCodeLeft
    /// “Wrong code. Check the SMS and try again.”
    case serverWrongCode
    /// “The Login project was not found. Check the project id.”
    case serverProjectNotFound
    /// “The code has expired or was replaced by a newer one. Request a new code.”
    case serverCodeGone
    /// “Too many attempts. Try again in {time}.”
    case serverRateLimitedFor
    /// “Too many attempts. Try again later.”
    case serverRateLimited
    /// “The server stopped waiting for the SMS link.”
    case serverPollTimeout
    /// “The server refused the request.”
    case serverRefused
    /// “{count} s”
    case durationSeconds
    /// “{count} min”
    case durationMinutes
    /// “Cannot reach the server: connection refused. Is it running, and is the base URL right?”
    case transportConnectionRefused
    /// “Cannot reach the server: its host name could not be resolved. Check the base URL and the network.”
    case transportHostNotFound
    /// “Cannot reach the server: connecting timed out. Check the network.”
    case transportConnectTimeout
    /// “The server did not answer in time.”
    case transportRequestTimeout
    /// “Secure connection failed: {reason}.”
    case transportTLS
    /// “The connection to the server closed before it answered.”
    case transportConnectionLost
    /// “Network error: {reason}.”
    case transportOther
    /// “This user is banned. Contact the game's support team.”
    case xsollaUserBanned
    /// “This phone number cannot receive SMS. Use a different number.”
    case xsollaCannotReceiveSMS
    /// “Invalid phone number. Verify the number or try another one.”
    case xsollaInvalidPhoneNumber
    /// “Too many login attempts. Try again later.”
    case xsollaTooManyAttempts
    /// “Login attempts limit exceeded; the account is blocked.”
    case xsollaAccountBlocked
    /// “Phone login is not available for this Login project.”
    case xsollaCallUnavailable
    /// “This Login project is misconfigured. Check its settings in Publisher Account.”
    case xsollaProjectMisconfigured
    /// “The token is not valid.”
    case xsollaInvalidToken
    /// “The sign-in has expired or was revoked (or the redirect URI differs from the request's). Sign in again.”
    case xsollaInvalidGrant
    /// “The server refused the OAuth 2.0 state as missing or too weak.”
    case xsollaWeakState
    /// “The OAuth 2.0 client was refused. Check --client-id and that the client belongs to this project.”
    case xsollaClientAuthentication
    /// “Sign in with your phone”
    case titlePhone
    /// “Enter the code from the SMS”
    case titleCode
    /// “Signed in”
    case titleSuccess
    /// “phone-login · {server}”
    case titleBar
    /// “local emulator”
    case serverEmulator
    /// “DEMO: local emulator, no real SMS”
    case demoLong
    /// “DEMO”
    case demoShort
    /// “Esc cancel”
    case keyCancel
    /// “Ctrl-C quit”
    case keyQuit
    /// “Enter send code”
    case keySendCode
    /// “Ctrl-U clear”
    case keyClear
    /// “Esc quit”
    case keyEscQuit
    /// “R new code”
    case keyNewCode
    /// “Enter sign in”
    case keySignIn
    /// “L tap SMS link”
    case keyTapLink
    /// “Esc change number”
    case keyChangeNumber
    /// “Any key: finish”
    case keyFinish
    /// “Any key continue”
    case keyContinue
    /// “Esc start over”
    case keyStartOver
    /// “Enter next person”
    case keyNextPerson
    /// “Ctrl-L {language}”
    case keyLanguage
    /// “Make the window larger: phone-login needs at least {minimum} (now {size}).”
    case tooSmall
    /// “Phone number”
    case phoneLabel
    /// “Try again in {time}”
    case tryAgainIn
    /// “Code sent to {number}”
    case codeSentTo
    /// “Code”
    case codeLabel
    /// “Code expired”
    case codeExpired
    /// “expires in {time}”
    case expiresIn
    /// “New code (R) in {time}”
    case newCodeIn
    /// “Press R for a new code”
    case pressRForNewCode
    /// “…or follow the SMS link (L taps it)”
    case orTapLink
    /// “…or follow the link in the SMS”
    case orFollowLink
    /// “✓ Signed in”
    case signedInMark
    /// “User”
    case labelUser
    /// “Mode”
    case labelMode
    /// “Expires”
    case labelExpires
    /// “Project”
    case labelProject
    /// “Token”
    case labelToken
    /// “(signature checked)”
    case signatureChecked
    /// “expired”
    case expiryPast
    /// “in {count} min”
    case expiryMinutes
    /// “in {count} h”
    case expiryHours
    /// “SMS (demo phone)”
    case smsPanelTitle
    /// “{time}  to {number}”
    case smsHeader
    /// “Messages sent to any number show up here.”
    case smsEmpty
    /// “Type the number as you would in {country}, or + and the country code.”
    case phoneHintNational
    /// “Country”
    case countryLabel
    /// “none: start with +”
    case noCountry
    /// “Tab: change”
    case countryTabHint
    /// “Enter pick”
    case keyPick
    /// “↑↓ choose”
    case keyChoose
    /// “Esc back”
    case keyBack
    /// “Tab country”
    case keyTabCountry
    /// “No country matches “{query}”: type a name, a code such as DE, or 49.”
    case noCountryMatches
    /// “Type a name, DE or 49 · {shown} of {count} shown”
    case pickerHintSome
    /// “Type a name, DE or 49 · {count} shown”
    case pickerHintAll
    /// “Phone number ({country}, +{code}): ”
    case plainPhonePromptCountry
    /// “To type numbers without +, start phone-login with --country and the country's ISO code (e.g. --country DE), or set PHONE_LOGIN_COUNTRY.”
    case plainChooseCountry
    /// “{count} digits is not a possible length for a number in {country}”
    case lengthUnknownCountry
    /// “{count} digits after +{code}”
    case lengthDigitsAfter
    /// “too short for a number in {country} ({counted}; {possible})”
    case lengthTooShort
    /// “too long for a number in {country} ({counted}; {possible})”
    case lengthTooLong
    /// “not a possible length for a number in {country} ({counted}; {possible})”
    case lengthImpossible
    /// “none possible”
    case lengthNonePossible
    /// “{lengths} possible”
    case lengthPossible
    /// “{first}–{last} possible”
    case lengthPossibleRange
    /// “{lengths} or {last} possible”
    case lengthPossibleList
    /// “{given}: no such country; give an ISO 3166 code such as DE, GB or US.”
    case unknownCountry
    /// “Interrupted.”
    case exitInterrupted
    /// “Hung up.”
    case exitHungUp
    /// “Terminated.”
    case exitTerminated
    /// “Your Xsolla Login code is {code}. It expires in {lifetime}.”
    case demoSMS
    /// “Or tap to log in: {link}”
    case demoSMSLink
}
