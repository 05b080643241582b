/**
 * Every user-facing text in English: the reference catalogue. Keys are namespaced by where the text
 * shows (app/window keys, playbook.*, finding.<id>.user|helpdesk, tray.*, notification.*, timeline.*,
 * cli.*, config.*). Other languages must have exactly these keys with the same {placeholders} and
 * plural arguments (test/unit/i18n/catalogue.test.ts). ICU plurals: {count, plural, one {# day} other {# days}}.
 * Names in quotes are the exact names macOS and Company Portal show.
 */
export const en = {
  // The window (renderer/): screens, facts, actions
  'app.title': 'PSSO Helper',
  'app.loading': 'Checking your Mac…',
  'app.bridgeMissing': 'PSSO Helper could not reach its background process. Quit and open it again.',
  'nav.status': 'Status',
  'nav.helpdesk': 'Helpdesk view',
  'nav.about': 'About',
  'nav.helpdeskShortcut': 'Shortcut: Command-Shift-H (Control-Shift-H)',
  'language.label': 'Language',
  'language.system': 'System ({lang})',
  // The language's own name, in itself: the switch lists every language by it.
  'language.name': 'English',
  'verdict.healthy': 'Your Mac’s sign-in to your organisation is working.',
  'verdict.attention': 'Your Mac’s sign-in works, but needs your attention soon.',
  'verdict.broken': 'Your Mac’s sign-in to your organisation needs to be repaired.',
  'verdict.notConfigured': 'Your Mac is not set up for your organisation’s sign-in yet.',
  'verdict.unknown': 'PSSO Helper could not read your Mac’s sign-in state.',
  'meaning.healthy': 'Apps such as Teams and Outlook can sign you in without asking for a password.',
  'meaning.attention': 'Nothing is broken yet. Fixing it now takes a minute and avoids trouble later.',
  'meaning.broken':
    'Apps may keep asking for your password until this is fixed. PSSO Helper guides you step by step.',
  'meaning.notConfigured':
    'Your organisation has not finished setting up this Mac, or Company Portal is missing.',
  'meaning.unknown': 'Try again in a moment. If this keeps happening, contact your helpdesk.',
  'verdictIcon.healthy': 'Working',
  'verdictIcon.attention': 'Needs attention',
  'verdictIcon.broken': 'Needs repair',
  'verdictIcon.notConfigured': 'Not set up',
  'verdictIcon.unknown': 'Unknown',
  'question.passwordReset': 'Did your Microsoft password change recently, or did IT reset it?',
  'question.yes': 'Yes',
  'question.no': 'No',
  'question.secureEnclave': 'My new Microsoft password doesn’t open this Mac',
  'question.failed': 'Your answer did not reach PSSO Helper: {message}',
  'status.fix': 'Fix it',
  'status.checkAgain': 'Check again',
  'status.checking': 'Checking…',
  'status.checkedAt': 'Checked at {time}',
  'status.details': 'Details',
  'status.contactHelpdesk': 'Contact your helpdesk',
  'status.passwordChanged': 'My Microsoft password was changed or reset',
  'status.readFailed': 'The state could not be read: {message}',
  'supportCode.label': 'Support code',
  // The calm error page: a screen that failed (its error boundary) or a window that crashed twice
  'recovery.title': 'This window ran into a problem',
  'recovery.body':
    'Your Mac is not affected, and PSSO Helper noted what happened in its log. Check again to start this view afresh. If it keeps happening, give your helpdesk the support code.',
  'fact.method': 'Sign-in method',
  'fact.deviceRegistration': 'This Mac',
  'fact.userRegistration': 'Your account on this Mac',
  'fact.tokensReceived': 'Last signed in to your organisation',
  'fact.tokensExpire': 'Sign-in valid until',
  'fact.companyPortal': 'Company Portal',
  'fact.macOS': 'macOS',
  'value.unknown': 'Unknown',
  'value.registered': 'Registered',
  'value.notRegistered': 'Not registered',
  'value.needsAttention': 'Needs registration',
  'value.notInstalled': 'Not installed',
  'value.tooOld': '{version} (too old: 5.2404.0 or later is needed)',
  'value.none': 'None',
  'value.expired': '{time} (expired)',
  'method.password': 'Password',
  'method.secureEnclaveKey': 'Secure Enclave',
  'method.smartCard': 'Smart card',
  'method.accessKey': 'Access key',
  'method.none': 'None',
  'method.unknown': 'Unknown',
  'repair.title': 'Guided repair',
  'repair.progress': 'Step {current} of {total}',
  'repair.next': 'Continue',
  'repair.back': 'Back',
  'repair.cancel': 'Stop repair',
  'repair.checking': 'Checking your Mac…',
  'repair.checkingDetail': 'PSSO Helper checks again every few seconds. You can keep this window open.',
  'repair.checkNow': 'Check now',
  'repair.succeeded': 'Fixed. Your Mac confirms that sign-in works again.',
  'repair.succeededDetail': 'Apps such as Teams and Outlook can sign you in again.',
  'repair.notFixed': 'Still not fixed. Here is what is missing:',
  'repair.notFixedNext': 'Try the steps again, or contact your helpdesk with the details below.',
  'repair.done': 'Done',
  'repair.actionFailed': 'That did not open: {message}',
  'repair.stepFailed': 'Something went wrong: {message}',
  'helpdesk.title': 'Helpdesk view',
  'helpdesk.intro': 'Facts for your helpdesk. Secrets are removed from everything shown here.',
  'helpdesk.verdict': 'Verdict',
  'helpdesk.findings': 'Findings',
  'helpdesk.noFindings': 'No findings.',
  'helpdesk.facts': 'Facts',
  'helpdesk.rawUnavailable': 'The raw output is not available.',
  'helpdesk.copy': 'Copy',
  'helpdesk.copyNamed': 'Copy {name}',
  'helpdesk.copied': 'Copied',
  'helpdesk.copyAll': 'Copy all facts',
  'helpdesk.supportCode': 'Enter a support code',
  'helpdesk.decode': 'Decode',
  'helpdesk.decodeFailed': 'This code cannot be read: {message}',
  'helpdesk.saveDiagnostics': 'Save diagnostics…',
  'helpdesk.openDiagnostics': 'Open diagnostics…',
  'helpdesk.savedTo': 'Saved to {path}',
  'helpdesk.openedCapture': 'Opened {path}. Captured on that Mac at {time}.',
  'helpdesk.notAvailable': 'Not available in this version.',
  'about.title': 'About PSSO Helper',
  'about.version': 'Version {version}',
  'about.reads': 'What it reads',
  'about.readsList':
    'The Platform SSO state (app-sso platform -s), the installed configuration profiles, the macOS version and the Company Portal version.',
  'about.changesNothing':
    'It changes nothing on your Mac by itself. It only opens System Settings or a web page when you click a button.',
  'about.sendsNothing': 'It sends nothing anywhere. Reports stay on this Mac until you share them.',
  'about.organisation': 'Managed by {name}',
  'action.openSettings': 'Open {pane}',
  'action.openCompanyPortal': 'Open Company Portal',
  'action.openPasswordChange': 'Change your password',
  'action.copySupportContact': 'Copy helpdesk details',
  'action.copySupportCode': 'Copy support code',
  'pane.usersAndGroups': 'Users & Groups',
  'pane.passwords': 'Passwords',
  'pane.autofillAndPasswords': 'AutoFill & Passwords',
  'pane.profiles': 'Profiles',
  'pane.notifications': 'Notifications',
  'pane.focus': 'Focus',
  'pane.other': 'System Settings',
  'helpdesk.report': 'Redacted report',
  'helpdesk.history': 'History on this Mac',
  'helpdesk.configuration': 'Configuration',
  'helpdesk.setByOrganization': 'Set by your organisation:',
  'helpdesk.configDefaults': 'Every setting has its default value; no profile sets any.',
  'helpdesk.configProblems': 'Problems in the configuration (these settings use their defaults)',
  'helpdesk.historyUnavailable': 'No history is available.',
  'helpdesk.sessionTitle': 'Repair in progress',
  'helpdesk.stepsShown': 'Steps shown: {steps}',
  'helpdesk.sessionVerification': 'Verification: {status}, {attempts} of {max} checks; missing: {missing}',
  'time.justNow': 'just now',

  // Playbooks (main/common/repair): steps, answers, evidence; {supportContact} and {passwordChangeUrl} come from the configuration
  // Shared steps: registering in System Settings (macOS 14+) [T], [NT]
  'playbook.step.openUsersAndGroups': 'Open System Settings, then click "Users & Groups".',
  'playbook.step.openUsersAndGroups.helpdesk':
    'macOS 14+ shows Platform SSO registration under Users & Groups > Network Account Server [T].',
  'playbook.step.networkAccountServerEdit': 'Next to "Network Account Server", click "Edit".',
  'playbook.step.clickRegisterOrRepair': 'Click "Register". If you see "Repair" instead, click "Repair".',
  'playbook.step.clickRegisterOrRepair.helpdesk':
    'Register/Repair runs the same device and user registration flow as the first registration [T].',
  'playbook.step.enterMacPassword': 'When your Mac asks, enter the password you use to unlock this Mac now.',
  'playbook.step.enterMacPassword.helpdesk':
    'The "Single Sign-On" window asks for the local account password to bind the registration [J2].',
  'playbook.step.signInMicrosoft':
    'Sign in to Microsoft with your current Microsoft password (the new one, if it was changed) and approve the sign-in request.',
  'playbook.step.signInMicrosoft.helpdesk':
    'Entra sign-in with the current Entra password and MFA completes registration [J1].',
  'playbook.step.waitForMac': 'Wait while PSSO Helper checks your Mac. This can take a few minutes.',
  'playbook.step.waitForMac.helpdesk':
    'The app re-probes app-sso and declares success only when the Mac shows the evidence itself.',
  // macOS 13 has no registration UI in System Settings [AY], [J1]
  'playbook.step.macos13NoSettings': 'macOS 13 has no setting for this. Open Company Portal instead.',
  'playbook.step.macos13NoSettings.helpdesk':
    'macOS 13 has no System Settings UI for Platform SSO; repair goes through Company Portal [J1], [T].',
  'playbook.step.companyPortalRegister':
    'In Company Portal, choose "Company Portal" > "Preferences", then click "Register device".',
  'playbook.step.companyPortalRegister.helpdesk':
    'Company Portal > Preferences > Register device re-triggers registration on PSSO-enabled Macs [CPP].',
  // Playbook: password reset in Entra, Password method [T], [PL], [PRT]
  'playbook.passwordReset.title': 'Bring your Mac password up to date',
  'playbook.passwordReset.summary':
    'Your Microsoft password was changed, but this Mac still has the old one, so single sign-on stopped working.',
  'playbook.passwordReset.askTemporary': 'Did IT give you a temporary password?',
  'playbook.answer.yes': 'Yes',
  'playbook.answer.no': 'No',
  'playbook.answer.notSure': "I'm not sure",
  'playbook.passwordReset.setPermanent':
    'A temporary password cannot be used on your Mac. First choose your own new password in the browser: {passwordChangeUrl}',
  'playbook.passwordReset.setPermanent.helpdesk':
    'Temporary passwords from an admin reset cannot be synced; the user must set a permanent password on another device or the web first [T].',
  'playbook.passwordReset.lockAndUnlock':
    'Choose Apple menu > "Lock Screen", then unlock your Mac. Your old or your new password can unlock it.',
  'playbook.passwordReset.lockAndUnlock.helpdesk':
    'After an Entra password change macOS asks for the new password within 4 hours; old or new password unlocks [T].',
  'playbook.passwordReset.askPrompted': 'Did your Mac ask you to sign in with your new Microsoft password?',
  'playbook.passwordReset.signInWhenAsked': 'Sign in with your new password and approve the sign-in request.',
  'playbook.passwordReset.useNewPassword':
    'From now on, use your new password to unlock and sign in to this Mac.',
  'playbook.passwordReset.fileVault.macos15':
    'After a restart, the first screen of your Mac accepts your new password. If it does not, use your old password once.',
  'playbook.passwordReset.fileVault.macos15.helpdesk':
    'The new Entra password works at the FileVault screen only on macOS 15 with FileVaultPolicy on Apple silicon [T], [IC].',
  'playbook.passwordReset.fileVault.earlier':
    'After a restart, the first screen of your Mac may still want your old password. Use it once; then the new one works.',
  'playbook.passwordReset.fileVault.earlier.helpdesk':
    'Before macOS 15 the FileVault screen still needs the old local password until the next sync [T].',
  'playbook.passwordReset.keychain':
    'If a window asks for your "login" keychain password, enter your old password.',
  'playbook.passwordReset.keychain.helpdesk':
    'The keychain is unlocked by OS-internal machinery this app cannot touch; a keychain prompt after the change usually takes the old password [AF-815755].',
  // Playbook: registration required / the notification never came [IC], [TS], [SK], [CPP]
  'playbook.registration.title': 'Register this Mac with your organisation',
  'playbook.registration.summary':
    'This Mac must be registered with your organisation before single sign-on can work.',
  'playbook.registration.checkCompanyPortal':
    'Open Company Portal to make sure it is installed and up to date.',
  'playbook.registration.checkCompanyPortal.helpdesk':
    'Registration is offered once both the PSSO profile and Company Portal 5.2404.0+ are present [IC], [TS].',
  'playbook.registration.askSignInAppeared': 'Did a Microsoft sign-in window appear?',
  'playbook.registration.focus':
    'If a Focus is on, notifications are hidden. Turn Focus off in Control Center.',
  'playbook.registration.focus.helpdesk':
    'Focus / Do Not Disturb suppresses the "Registration Required" notification [SK].',
  'playbook.registration.logOutIn':
    'Log out of your Mac and log back in. The "Registration Required" notification comes back.',
  'playbook.registration.logOutIn.helpdesk':
    'Logging out and in re-triggers the registration prompt [T], [SK].',
  // Playbook: device registered, this user not registered (shared Macs, new user) [AD-REG], [SH]
  'playbook.registerUser.title': 'Register your account on this Mac',
  'playbook.registerUser.summary': 'This Mac is registered, but your account on it is not yet.',
  // Playbook: SSO tokens missing or expired [PRT], [J1]
  'playbook.refreshTokens.title': 'Sign in to Microsoft again',
  'playbook.refreshTokens.summary': 'Your Mac needs you to sign in to Microsoft once more.',
  'playbook.refreshTokens.lockAndUnlock':
    'Choose Apple menu > "Lock Screen", then unlock your Mac with your password.',
  'playbook.refreshTokens.lockAndUnlock.helpdesk':
    'macOS renews the PSSO PRT at unlock and every 4 hours, sooner when SSO tokens are missing or expired [PRT].',
  'playbook.refreshTokens.signInOnce': 'If Microsoft asks you to sign in, sign in once.',
  'playbook.refreshTokens.signInOnce.helpdesk':
    'After a password reset or sign-in frequency policy the SSO extension asks once in the first app [PL], [PRT].',
  // Playbook: Secure Enclave method; the Mac password never follows Entra [IC], [O], [T]
  'playbook.secureEnclave.title': 'Your Mac password stays the same',
  'playbook.secureEnclave.summary':
    'This is expected: on this Mac, your Mac password is separate from your Microsoft password and does not change with it.',
  'playbook.secureEnclave.keepMacPassword': 'Keep using your Mac password to unlock this Mac.',
  'playbook.secureEnclave.keepMacPassword.helpdesk':
    'With the Secure Enclave method the local password is never synced with Entra; this is by design [IC].',
  'playbook.secureEnclave.passkeyMacos14':
    'To sign in to websites without a password, open System Settings > "Passwords", then click "Password Options".',
  'playbook.secureEnclave.passkeyMacos15':
    'To sign in to websites without a password, open System Settings > "General" > "AutoFill & Passwords".',
  'playbook.secureEnclave.passkeyToggle':
    'Under "Use passwords and passkeys from", turn on "Company Portal".',
  'playbook.secureEnclave.passkeyToggle.helpdesk':
    'Company Portal as passkey provider needs the Secure Enclave method and FIDO2 enabled in the tenant [T], [J1].',
  // Playbook: not configured / Company Portal missing [IC], [TS]
  'playbook.notConfigured.title': 'Single sign-on is not set up yet',
  'playbook.notConfigured.summary':
    'Your organisation has not finished setting up single sign-on on this Mac yet.',
  'playbook.notConfigured.companyPortal':
    'Make sure Company Portal is installed. If it is missing or old, ask IT to install it.',
  'playbook.notConfigured.companyPortal.helpdesk':
    'Platform SSO needs Company Portal 5.2404.0 or later, installed before users are targeted [IC], [O].',
  'playbook.notConfigured.wait':
    'Keep your Mac on and connected to the internet for a few minutes. Settings arrive by themselves.',
  'playbook.notConfigured.wait.helpdesk':
    'Check the PSSO profile in Privacy & Security > Profiles and its assignment (user vs device groups) [IC], [TS].',
  // Playbook: helpdesk hand-off
  'playbook.helpdesk.title': 'Call your IT helpdesk',
  'playbook.helpdesk.summary': 'This needs your IT helpdesk. They can see what PSSO Helper found.',
  'playbook.helpdesk.contact': 'Contact {supportContact}.',
  'playbook.helpdesk.supportCode': 'If they ask, read them the support code shown in PSSO Helper.',
  'playbook.helpdesk.keepOpen': 'Keep PSSO Helper open while you talk to them.',
  // Verification: what the Mac has not shown yet
  'playbook.evidence.configured': 'Single sign-on settings from your organisation',
  'playbook.evidence.companyPortalReady': 'Company Portal 5.2404.0 or later',
  'playbook.evidence.deviceRegistered': 'This Mac registered with your organisation',
  'playbook.evidence.userRegistered': 'Your account registered on this Mac',
  'playbook.evidence.userStateNormal': 'Your registration in working order',
  'playbook.evidence.tokensPresent': 'A Microsoft sign-in on this Mac',
  'playbook.evidence.tokensReceivedSinceStart': 'A new Microsoft sign-in since you started',
  'playbook.verification.checking': 'Checking your Mac…',
  'playbook.verification.verified': 'Done. Your Mac confirms it is fixed.',
  'playbook.verification.gaveUp': 'Your Mac has not confirmed the fix yet. Still missing:',
  'playbook.verification.nextStep': 'Try the steps again, or contact your IT helpdesk.',
  // Contact details when the organisation configured none (AppConfig.SupportPhone etc.)
  'playbook.contact.default': 'your IT helpdesk',
  'playbook.contact.organization': 'the {organization} IT helpdesk',
  'playbook.contact.hours': 'hours: {hours}',

  // Findings (main/common/diagnosis/catalogue.ts): one sentence for the user, one for the helpdesk
  'finding.state-unreadable.user': 'PSSO Helper could not read the single sign-on state of this Mac.',
  'finding.state-unreadable.helpdesk':
    '`app-sso platform -s` could not be run or read; see probes.appSso for the reason. Nothing else about PSSO is known.',
  'finding.psso-not-configured.user': 'Single sign-on has not been set up on this Mac yet.',
  'finding.psso-not-configured.helpdesk':
    'No Platform SSO configuration: the PSSO profile has not been delivered (check assignment and Profiles) or Company Portal is missing.',
  'finding.company-portal-missing.user': 'Company Portal, the app single sign-on needs, is not installed.',
  'finding.company-portal-missing.helpdesk':
    'Company Portal is not in /Applications; it hosts the SSO extension and must be installed (5.2404.0+) before users are targeted.',
  'finding.company-portal-outdated.user': 'Company Portal on this Mac is too old for single sign-on.',
  'finding.company-portal-outdated.helpdesk':
    'Company Portal is older than 5.2404.0, the minimum for Platform SSO; older versions make registration fail.',
  'finding.multiple-sso-payloads.user':
    'Two conflicting single sign-on settings are installed on this Mac; IT needs to remove one.',
  'finding.multiple-sso-payloads.helpdesk':
    'Two or more com.apple.extensiblesso payloads (error 10002: multiple SSOe payloads configured); unassign the old Device Features SSO profile.',
  'finding.password-changed-in-entra.user':
    'Your Microsoft password was changed, but this Mac still has the old one.',
  'finding.password-changed-in-entra.helpdesk':
    'Password method after an Entra reset: tokens were revoked and the local password is not synced; temporary passwords cannot sync. Re-register via Users & Groups > Network Account Server.',
  'finding.device-not-registered.user': 'This Mac is not registered with your organisation yet.',
  'finding.device-not-registered.helpdesk':
    'PSSO is configured but device registration has not completed (registrationCompleted false); the registration prompt or Register in Users & Groups starts it.',
  'finding.user-not-registered.user': 'This Mac is registered, but your account on it is not.',
  'finding.user-not-registered.helpdesk':
    'Device registered, no PSSO user configuration for this user (typical on shared Macs or for a new local user); register the user.',
  'finding.method-mismatch.user':
    'Your organisation changed how you sign in, and this Mac needs to be registered again.',
  'finding.method-mismatch.helpdesk':
    'The configured AuthenticationMethod differs from the registered loginType; the registration must be repaired to use the new method.',
  'finding.user-needs-registration.user': 'Your account on this Mac needs to be registered again.',
  'finding.user-needs-registration.helpdesk':
    'User state needs registration: registration was removed (e.g. during password recovery) or failed; Register/Repair in Users & Groups.',
  'finding.user-needs-new-keys.user': 'Your registration on this Mac needs to be repaired.',
  'finding.user-needs-new-keys.helpdesk':
    'User state needs new keys (e.g. after a Secure Enclave reset or a local password reset without the old password); Repair in Users & Groups.',
  'finding.user-state-unrecognized.user': 'Your registration on this Mac is in a state that needs attention.',
  'finding.user-state-unrecognized.helpdesk':
    'Unrecognised user state name (see psso.user.stateName); newer macOS adds states. Try Repair in Users & Groups, then escalate.',
  'finding.passcode-policy-with-password-method.user':
    'A password rule on this Mac may stop your Microsoft password from working here.',
  'finding.passcode-policy-with-password-method.helpdesk':
    "A local passcode policy is installed with the Password method; if it is stricter than Entra's policy, password sync fails and users are denied access.",
  'finding.tokens-missing.user': 'Your Mac is not signed in to Microsoft right now.',
  'finding.tokens-missing.helpdesk':
    'No SSO tokens (PRT) for this user; macOS requests them at unlock or when a sign-in is needed.',
  'finding.tokens-expired.user': 'Your Microsoft sign-in on this Mac has expired.',
  'finding.tokens-expired.helpdesk':
    'SSO tokens expired at psso.tokens.expiresAt; renewal normally happens every 4 hours, so expiry points to a failing sign-in (e.g. password changed).',
  'finding.secure-enclave-password-expectation.user':
    'On this Mac your Mac password stays separate from your Microsoft password; this is expected.',
  'finding.secure-enclave-password-expectation.helpdesk':
    'Secure Enclave method: the local password is never synced with Entra by design; nothing to repair.',
  'finding.tokens-expiring-soon.user': 'Your Microsoft sign-in on this Mac will expire soon.',
  'finding.tokens-expiring-soon.helpdesk':
    'SSO tokens expire within the configured warning window; they should have been renewed (every 4 hours while in use).',
  'finding.configuration-unknown.user':
    "PSSO Helper could not read your organisation's single sign-on settings.",
  'finding.configuration-unknown.helpdesk':
    'The PSSO profile could not be read (profiles and managed preferences); checks that need it (payload count, method, passcode policy) were skipped.',

  // The menu-bar item (main/node/menubar/trayMenu.ts)
  'tray.verdict.healthy': 'Sign-in is working',
  'tray.verdict.attention': 'Sign-in needs attention',
  'tray.verdict.broken': 'Sign-in needs fixing',
  'tray.verdict.notConfigured': 'Platform SSO is not set up on this Mac',
  'tray.verdict.unknown': 'The sign-in state could not be read',
  'tray.title.healthy': '',
  'tray.title.attention': 'Check sign-in',
  'tray.title.broken': 'Fix sign-in',
  'tray.title.notConfigured': '',
  'tray.title.unknown': '',
  'tray.checking': 'Checking your Mac…',
  'tray.fix': 'Fix it…',
  'tray.open': 'Open PSSO Helper',
  'tray.copySupportCode': 'Copy support code',
  'tray.checkNow': 'Check now',
  'tray.quit': 'Quit PSSO Helper',
  'tray.tooltip': 'PSSO Helper: {headline}',
  'tray.checkingAgain': '{headline} · {checking}',

  // Notifications (main/node/notifications): the title by severity and the action; the body is the finding’s user sentence
  'notification.title.broken': 'Your Mac sign-in needs fixing',
  'notification.title.attention': 'Your Mac sign-in needs attention',
  'notification.action': 'Fix it…',

  // The history timeline (main/common/history/timeline.ts)
  'timeline.verdict.healthy': 'healthy',
  'timeline.verdict.attention': 'needs attention',
  'timeline.verdict.broken': 'broken',
  'timeline.verdict.notConfigured': 'not set up',
  'timeline.verdict.unknown': 'unknown',
  'timeline.verdictSince': 'Verdict {verdict} since {when}',
  'timeline.tokensRefreshed': 'SSO tokens last refreshed {ago}',
  'timeline.registrationLost': 'Registration lost on {when}',
  'timeline.dateTime': '{date} at {time}',
  'timeline.first': 'First check: {verdict}',
  'timeline.verdictChanged': 'Verdict {from} → {to}',
  'timeline.lost': 'Registration lost',
  'timeline.restored': 'Registered again',
  'timeline.refreshed': 'SSO tokens refreshed',
  'timeline.method': 'Method {from} → {to}',
  'timeline.empty': 'No history yet',

  // The command line’s human output (main/node/cli)
  'cli.guide.finding': 'Finding',
  'cli.guide.helpdesk': 'Helpdesk',
  'cli.guide.sources': 'Sources',
  'cli.guide.steps': 'Steps',
  'cli.guide.afterwards': 'Once the Mac confirms the fix',
  'cli.guide.verifiedWhen': 'Verified only when the Mac shows',
  'cli.guide.nothingToVerify': 'Nothing to verify: this explains, it does not repair.',
  'cli.guide.noPlaybook': 'Nothing for the user to do.',
  'cli.guide.waits': 'Waits for the Mac to show the fix',
  'cli.guide.action': 'Action',
  'cli.guide.goTo': 'step',
  'cli.guide.macOS.range': 'macOS {min}–{max} only',
  'cli.guide.macOS.min': 'macOS {min} and later only',
  'cli.guide.macOS.max': 'macOS {max} and earlier only',
  'cli.guide.openSettings': 'open System Settings',
  'cli.guide.openCompanyPortal': 'open Company Portal',
  'cli.guide.openPasswordChange': 'open the password change page',
  'cli.guide.copySupportContact': 'copy the helpdesk contact details',
  'cli.guide.copySupportCode': 'copy the support code',
  'cli.guide.helpdeskPlaybook': 'the helpdesk',
  'cli.status.verdict': 'Platform SSO: {verdict} (captured {capturedAt})',
  'cli.status.registration': 'Method: {method}; device {device}; user {user}{userState}',
  'cli.status.userState': ' ({name})',
  'cli.status.tokens': 'SSO tokens: {tokens}',
  'cli.status.tokensReceived': 'received {receivedAt}, expire {expiresAt}',
  'cli.status.tokensExpired': 'received {receivedAt}, expired {expiresAt}',
  'cli.status.unreadable': 'app-sso could not be read: {detail}',
  'cli.status.companyPortal': 'Company Portal: {companyPortal}; macOS {macOS}',
  'cli.decode.verdict': 'Verdict: {verdict}',
  'cli.decode.macOS': 'macOS: {macOS}',
  'cli.decode.platformSso': 'Platform SSO: {configured}',
  'cli.decode.unreadable': 'could not be read',
  'cli.decode.method': 'Method: {method}',
  'cli.decode.deviceRegistered': 'Device registered: {registered}',
  'cli.decode.userRegistered': 'User registered: {registered}; state: {state}',
  'cli.decode.tokens': 'SSO tokens: {present}; expired: {expired}; age: {age}',
  'cli.decode.companyPortal': 'Company Portal: {installed}; new enough: {meetsMinimum}',
  'cli.decode.findings': 'Findings (the first is the thing to do first):',
  'cli.decode.moreFindings': '(more findings than a code carries: ask for the report)',
  'cli.decode.walkThrough': 'Walk the user through ({playbook}):',
  'cli.value.unknown': 'unknown',
  'cli.value.yes': 'yes',
  'cli.value.no': 'no',
  'cli.value.none': 'none',
  'cli.value.present': 'present',
  'cli.value.registered': 'registered',
  'cli.value.notRegistered': 'not registered',
  'cli.value.installed': 'installed',
  'cli.value.notInstalled': 'not installed',
  'cli.value.configured': 'configured',
  'cli.value.notConfigured': 'not configured',

  // Managed configuration keys (main/common/config/keys.ts): admin documentation, generated into docs/configuration.md and the admin samples
  'config.OrganizationName':
    'Your organisation’s name, shown in the window title and in the texts (“Contoso IT can help”).',
  'config.SupportPhone': 'The helpdesk phone number shown to users.',
  'config.SupportEmail': 'The helpdesk email address shown to users.',
  'config.SupportURL': 'An https:// page with your own help for Mac sign-in problems.',
  'config.PasswordChangeURL': 'The https:// page where users change their Microsoft Entra ID password.',
  'config.HelpdeskHours': 'When the helpdesk answers, shown next to the phone number.',
  'config.Language': 'The app’s language: system (follow macOS), en or ja.',
  'config.EnabledPlaybooks': 'The repair guides users may start, by id; not set = all of them.',
  'config.ShowHelpdeskView': 'Show the helpdesk view (facts, support code, redacted report) to users.',
  'config.CheckIntervalMinutes': 'Minutes between background checks of the Mac’s sign-in state (5–1440).',
  'config.NotificationsEnabled': 'Notify the user when sign-in breaks or tokens are about to expire.',
  'config.NotificationRepeatHours': 'Hours before the same problem is notified again (1–720).',
  'config.MenuBarOnly': 'Hide the Dock icon while only the menu-bar item is open.',
  'config.AllowQuit': 'Offer Quit in the menu-bar menu. Set false to keep the app running for every user.',
  'config.TokenExpiryWarningHours': 'Warn this many hours before the Mac’s sign-in tokens expire (1–720).',
  'config.PseudonymizeIdentifiers': 'Replace user names and device ids in reports with stable pseudonyms.',
  'config.LogLevel': 'How much the app writes to its log: error, warn, info or debug.',
}

export type TextKey = keyof typeof en
export type Catalogue = Record<TextKey, string>
