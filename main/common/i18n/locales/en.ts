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
  'nav.helpdeskShortcut': 'Shortcut: Command-2 or Command-Shift-H',
  'language.label': 'Language',
  'language.system': 'System ({lang})',
  // The language's own name, in itself: the switch lists every language by it.
  'language.name': 'English',
  // The window's frame (renderer/App.tsx) and the application menu (main/node/menubar/appMenu.ts)
  'toolbar.label': 'Screens',
  'toolbar.settings': 'Settings',
  'settings.title': 'Settings',
  'settings.languageConfigured': 'Your organisation sets the language.',
  'settings.done': 'Done',
  'menu.about': 'About PSSO Helper',
  'menu.settings': 'Settings…',
  'menu.hide': 'Hide PSSO Helper',
  'menu.hideOthers': 'Hide Others',
  'menu.showAll': 'Show All',
  'menu.quit': 'Quit PSSO Helper',
  'menu.edit': 'Edit',
  'menu.undo': 'Undo',
  'menu.redo': 'Redo',
  'menu.cut': 'Cut',
  'menu.copy': 'Copy',
  'menu.paste': 'Paste',
  'menu.selectAll': 'Select All',
  'menu.view': 'View',
  'menu.reload': 'Reload',
  'menu.fullScreen': 'Enter Full Screen',
  'menu.window': 'Window',
  'menu.minimize': 'Minimize',
  'menu.zoom': 'Zoom',
  'menu.front': 'Bring All to Front',
  'menu.help': 'Help',
  'menu.support': 'Support',
  'menu.supportOf': '{name} Support',
  'about.appIcon': 'The PSSO Helper icon',
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
  'question.yes': 'Yes',
  'question.no': 'No',
  'question.secureEnclave': 'My new Microsoft password doesn’t open this Mac',
  'question.failed': 'Your answer did not reach PSSO Helper: {message}',

  // Reading Company Portal's sign-in log (renderer/components/SignInLogConsent.tsx)
  'consent.signInLog.question': 'May PSSO Helper read Company Portal’s sign-in log?',
  'consent.signInLog.why':
    'The log shows why your Mac’s Microsoft sign-in last failed (for example a password reset), so PSSO Helper can name the cause without asking you; it stays on this Mac, and macOS may ask you to allow access to data from other apps.',
  'consent.signInLog.allow': 'Allow',
  'consent.signInLog.decline': 'Not now',
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
  'repair.next': 'Continue',
  'repair.back': 'Back',
  'repair.cancel': 'Stop repair',
  'repair.succeeded': 'Fixed. Your Mac confirms that sign-in works again.',
  'repair.succeededDetail': 'Apps such as Teams and Outlook can sign you in again.',
  'repair.done': 'Done',
  'repair.actionFailed': 'That did not open: {message}',
  'repair.stepFailed': 'Something went wrong: {message}',
  'helpdesk.title': 'Helpdesk view',
  'helpdesk.intro': 'Facts for your helpdesk. Secrets are removed from everything shown here.',
  'helpdesk.findings': 'Findings',
  'helpdesk.noFindings': 'No findings.',
  'helpdesk.copy': 'Copy',
  'helpdesk.copyNamed': 'Copy {name}',
  'helpdesk.copied': 'Copied',
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
  'playbook.step.networkAccountServerEdit': 'Next to "Network Account Server", click "Edit…".',
  'playbook.step.clickRegisterOrRepair': 'Click "Register". If you see "Repair" instead, click "Repair".',
  'playbook.step.enterMacPassword': 'Type the password you used to unlock this Mac this morning.',
  'playbook.step.clickOk': 'Click "OK".',
  'playbook.step.enterMacPassword.helpdesk':
    'The "Single Sign-On" window asks for the local account password to bind the registration [J2].',
  'playbook.step.signInMicrosoft': 'Sign in with your Microsoft work account and its password.',
  'playbook.step.signInMicrosoft.helpdesk':
    'Entra sign-in with the current Entra password and MFA completes registration [J1].',
  // macOS 13 has no registration UI in System Settings [AY], [J1]
  'playbook.step.macos13NoSettings': 'macOS 13 has no setting for this. Open Company Portal instead.',
  'playbook.step.macos13NoSettings.helpdesk':
    'macOS 13 has no System Settings UI for Platform SSO; repair goes through Company Portal [J1], [T].',
  'playbook.step.companyPortalDeregister':
    'In Company Portal, choose "Company Portal" > "Preferences", then click "Deregister" and confirm. Then register again in the next step.',
  'playbook.step.companyPortalRegister':
    'In Company Portal, choose "Company Portal" > "Preferences", then click "Register device".',
  // Playbook: password reset in Entra, Password method [T], [PL], [PRT]
  'playbook.passwordReset.title': 'Bring your Mac password up to date',
  'playbook.passwordReset.summary':
    'Your Microsoft password was changed, but this Mac still has the old one, so single sign-on stopped working.',
  'playbook.passwordReset.askTemporary': 'Did IT give you a temporary password?',
  'playbook.answer.yes': 'Yes',
  'playbook.answer.no': 'No',
  'playbook.passwordReset.setPermanent':
    'First choose your own new password in the browser: a temporary password cannot be used on your Mac.',
  'playbook.passwordReset.setPermanent.helpdesk':
    'Temporary passwords from an admin reset cannot be synced; the user must set a permanent password on another device or the web first [T].',
  'playbook.passwordReset.signInNotification':
    'Watch for a notification from your Mac that asks you to sign in ("Authentication Required" or "Sign in"). Click it and sign in with your new Microsoft password: this brings your Mac password up to date. If you see nothing, check Notification Centre and turn off Focus.',
  'playbook.passwordReset.useNewPassword':
    'From now on, use your new password to unlock and sign in to this Mac.',
  'playbook.passwordReset.fileVault.newPassword':
    'Good to know before you continue: if your Mac restarts during these steps, its first screen accepts your new Microsoft password.',
  'playbook.passwordReset.fileVault.oldPassword':
    'Good to know before you continue: if your Mac restarts before this is finished, its first screen still wants your old password. Use your old password there, then come back here.',
  'playbook.passwordReset.fileVault.unknown':
    'Good to know before you continue: if your Mac restarts before this is finished, try your new password on its first screen; if it is not accepted, use your old password.',
  'playbook.passwordReset.keychain':
    'If a window asks for your "login" keychain password, enter your old password.',
  // Playbook: registration required / the notification never came [IC], [TS], [SK], [CPP]
  'playbook.registration.title': 'Register this Mac with your organisation',
  'playbook.registration.summary':
    'This Mac must be registered with your organisation before single sign-on can work.',
  // Playbook: device registered, this user not registered (shared Macs, new user) [AD-REG], [SH]
  'playbook.registerUser.title': 'Register your account on this Mac',
  'playbook.registerUser.summary': 'This Mac is registered, but your account on it is not yet.',
  // Playbook: SSO tokens missing or expired [PRT], [J1]
  'playbook.refreshTokens.title': 'Sign in to Microsoft again',
  'playbook.refreshTokens.summary': 'Your Mac needs you to sign in to Microsoft once more.',
  'playbook.refreshTokens.lockAndUnlock': 'Lock your Mac, then unlock it.',
  'playbook.refreshTokens.lockAndUnlock.helpdesk':
    'macOS renews the PSSO PRT at unlock and every 4 hours, sooner when SSO tokens are missing or expired [PRT].',
  'playbook.refreshTokens.signInOnce': 'If Microsoft asks, sign in once with your Microsoft password.',
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
  'playbook.notConfigured.checkProfiles.macos15':
    "To see whether your organisation's settings have arrived, open System Settings > General > Device Management.",
  'playbook.notConfigured.checkProfiles.earlier':
    "To see whether your organisation's settings have arrived, open System Settings > Privacy & Security > Profiles.",
  'playbook.notConfigured.wait.helpdesk':
    'Check the PSSO profile (System Settings > General > Device Management on macOS 15+, Privacy & Security > Profiles on macOS 13–14) and its assignment (user vs device groups) [IC], [TS], [AP-DM].',
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
    'No Platform SSO configuration: the PSSO profile has not been delivered (check its assignment, and the installed profiles: System Settings > General > Device Management on macOS 15+, Privacy & Security > Profiles before) or Company Portal is missing.',
  'finding.company-portal-missing.user': 'Company Portal, the app single sign-on needs, is not installed.',
  'finding.company-portal-missing.helpdesk':
    'Company Portal is not in /Applications; it hosts the SSO extension and must be installed (5.2404.0+) before users are targeted.',
  'finding.company-portal-outdated.user': 'Company Portal on this Mac is too old for single sign-on.',
  'finding.company-portal-outdated.helpdesk':
    'Company Portal is older than companyPortal.minimumVersion: 5.2404.0 for Platform SSO, 5.2604.0 on macOS 26 (Setup Assistant registration); older versions make registration fail. Microsoft recommends the latest.',
  'finding.multiple-sso-payloads.user':
    'Two conflicting single sign-on settings are installed on this Mac; IT needs to remove one.',
  'finding.multiple-sso-payloads.helpdesk':
    'Two or more com.apple.extensiblesso payloads for the Platform SSO extension (error 10002: multiple SSOe payloads configured); unassign the old Device Features SSO profile. Kerberos SSO payloads beside it are supported and not counted.',
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
  'finding.account-excluded.user':
    'This account is not meant to use single sign-on on this Mac; nothing needs fixing.',
  'finding.account-excluded.helpdesk':
    'The account is listed in PlatformSSO NonPlatformSSOAccounts (macOS 14+): it is never prompted to register and Platform SSO policies do not apply; user registration and token checks were skipped.',
  'finding.user-needs-binding.user': 'Your Mac needs you to sign in once with your Mac password.',
  'finding.user-needs-binding.helpdesk':
    'User state POUserStateNeedsBinding (macOS 26). Unconfirmed: strings in macOS 26 say signing in once with the local account password repairs the binding; lock the screen and unlock with the local password, then check again.',
  'finding.sign-in-password-rejected.user':
    'Microsoft did not accept the password this Mac used to sign you in.',
  'finding.sign-in-password-rejected.helpdesk':
    'The SSO extension log shows AADSTS50126 (invalid user name or password) after the last tokens: typically the Mac still presents the old password after an Entra change. Evidence line in signInLog.line.',
  'finding.entra-password-expired.user': 'Your Microsoft password has expired; set a new one.',
  'finding.entra-password-expired.helpdesk':
    'The SSO extension log shows AADSTS50055 or AADSTS50144 (password expired) after the last tokens; the user must set a new password, then the Mac syncs it at the next sign-in.',
  'finding.sign-in-mfa-required.user':
    'Microsoft asks for an extra sign-in check that this Mac could not complete.',
  'finding.sign-in-mfa-required.helpdesk':
    'The SSO extension log shows AADSTS50076 (MFA required) or AADSTS50079 (MFA registration required) after the last tokens; per-user MFA blocks password sync: use Conditional Access MFA, and have the user register MFA.',
  'finding.sign-in-blocked-by-conditional-access.user':
    "Your organisation's access rules blocked this Mac's sign-in.",
  'finding.sign-in-blocked-by-conditional-access.helpdesk':
    'The SSO extension log shows AADSTS53003 (blocked by Conditional Access) after the last tokens; check the sign-in log in Entra with the correlation ID on the evidence line.',
  'finding.device-authentication-failed.user':
    "Microsoft could not confirm this Mac's registration; it needs to be registered again.",
  'finding.device-authentication-failed.helpdesk':
    'The SSO extension log shows AADSTS50097 or AADSTS50155 (device authentication required or failed) after the last tokens; the device identity is not usable: re-register the device.',
  'finding.device-disabled-in-entra.user':
    'This Mac has been turned off in your organisation’s directory; only IT can turn it back on.',
  'finding.device-disabled-in-entra.helpdesk':
    'The SSO extension log shows AADSTS135011 (device disabled) after the last tokens: enable the device object in Entra, or delete it and have the user re-register the Mac.',
  'finding.device-deleted-in-entra.user':
    'This Mac is no longer known to your organisation; it needs to be registered again.',
  'finding.device-deleted-in-entra.helpdesk':
    'The SSO extension log shows AADSTS700003 (device object not found: deleted in Entra) after the last tokens: the registration on the Mac points to a deleted device; re-register the device.',
  'finding.refresh-token-expired-inactivity.user':
    'Your Microsoft sign-in on this Mac expired because it was not used for a while.',
  'finding.refresh-token-expired-inactivity.helpdesk':
    'The SSO extension log shows AADSTS700082 (refresh token expired by inactivity) after the last tokens; a fresh sign-in renews it.',
  'finding.sign-in-refresh-failed.user': 'Your Mac could not renew its Microsoft sign-in.',
  'finding.sign-in-refresh-failed.helpdesk':
    'The SSO extension log shows invalid_grant without a more specific AADSTS code after the last tokens; the refresh token was refused (expired or revoked). A fresh sign-in renews it.',
  'finding.tls-inspection-suspected.user':
    'The network this Mac uses may be blocking the secure connection to Microsoft.',
  'finding.tls-inspection-suspected.helpdesk':
    'The sign-in log shows an untrusted server certificate on a Microsoft sign-in host: TLS inspection or a proxy breaks Platform SSO; exclude login.microsoftonline.com and the other Microsoft sign-in hosts from inspection.',
  'finding.macos-registration-prompts.user':
    'This version of macOS can ask you to register again and again; updating macOS fixes it.',
  'finding.macos-registration-prompts.helpdesk':
    'Known issue of macOS 15.0–15.2: AppSSOAgent and AppSSODaemon corrupt the device configuration (com.apple.PlatformSSO Code=-1001); fixed in 15.3: update macOS. Seen on 15.3 or later: open a case with Apple and attach a sysdiagnose.',
  'finding.company-portal-updated.user':
    'Company Portal was just updated; open it again, or restart your Mac, before registering again.',
  'finding.company-portal-updated.helpdesk':
    'Company Portal was updated after the last sign-in and the user is asked to register again: a known effect of Company Portal updates; reopening Company Portal or restarting usually clears it.',
  'finding.extension-not-active.user':
    'Single sign-on is set up for this Mac but is not running; restart your Mac.',
  'finding.extension-not-active.helpdesk':
    'The Platform SSO profile is installed but app-sso shows no configuration: the SSO extension did not activate (seen after macOS and Company Portal updates). Restart; if it persists, reinstall Company Portal and check the profile.',
  'finding.setup-assistant-registration.user':
    'This Mac was set up to register during Setup Assistant; that registration has not finished.',
  'finding.setup-assistant-registration.helpdesk':
    'Simplified Setup (macOS 26): the policies (Platform SSO, Company Portal as a required LOB app, the enrollment profile) must target the same groups; a failed registration in Setup Assistant shows "Unable to sign in" with Try again, which usually succeeds on a retry.',

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
  'timeline.signInLog.tokens': 'tokens received (SSO extension log)',
  'timeline.signInLog.errorStanding': 'sign-in error {signature}, no fresh tokens since: a finding',
  'timeline.signInLog.errorHistory': 'sign-in error {signature}, followed by fresh tokens: history',

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
  'cli.guide.fileVault.true': 'when the new password opens FileVault: macOS 15+ with FileVaultPolicy',
  'cli.guide.fileVault.false':
    'when FileVault still takes the old password: before macOS 15 or without FileVaultPolicy',
  'cli.guide.fileVault.unknown': 'when the macOS version or the FileVault policy is not known',
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
  'cli.decode.unreadable': 'could not be read',
  'cli.decode.findings': 'Findings (the first is the thing to do first):',
  'cli.decode.moreFindings': '(more findings than a code carries: ask for the report)',
  'cli.decode.walkThrough': 'Walk the user through ({playbook}):',
  'cli.value.unknown': 'unknown',
  'cli.value.none': 'none',
  'cli.value.present': 'present',
  'cli.value.registered': 'registered',
  'cli.value.notRegistered': 'not registered',
  'cli.value.installed': 'installed',
  'cli.value.notInstalled': 'not installed',
  'cli.value.configured': 'configured',
  'cli.value.notConfigured': 'not configured',

  // The support code's own messages and values (main/common/supportCode): decoding, what it carries
  'supportCode.error.empty': 'Enter the support code.',
  'supportCode.error.invalidCharacter': '“{symbol}” (symbol {position}) is not used in support codes.',
  'supportCode.error.wrongLength': 'A support code has {expected} symbols; this one has {count}.',
  'supportCode.error.mistyped':
    'One symbol was probably misheard: the last symbol is a check, and it does not match the others. Ask the user to read the code again, one group of five at a time.',
  'supportCode.error.soundAlike': 'Symbol {position} may be {candidate} rather than {typed}.',
  'supportCode.error.newerFormat':
    'This code was made by a newer PSSO Helper (code format {format}; this one reads up to {supported}). Update PSSO Helper to decode it.',
  'supportCode.tokenAge.underAnHour': 'less than an hour',
  'supportCode.tokenAge.underADay': 'less than a day',
  'supportCode.tokenAge.under7Days': 'less than 7 days',
  'supportCode.tokenAge.under14Days': 'less than 14 days',
  'supportCode.tokenAge.under30Days': 'less than 30 days',
  'supportCode.tokenAge.30DaysOrMore': '30 days or more',
  'supportCode.userState.normal': 'normal',
  'supportCode.userState.needsRegistration': 'needs registration',
  'supportCode.userState.needsNewKeys': 'needs new keys',
  'supportCode.userState.other': 'unrecognised',
  'supportCode.phase.step': 'on this step',
  'supportCode.phase.verifying': 'PSSO Helper is checking the step',
  'supportCode.phase.handedOff': 'handed to the helpdesk',
  'supportCode.phase.unknown': 'unknown',
  'supportCode.stepUnknown': 'a step this version does not know',

  // The helpdesk view, designed for a phone call: the summary, grouped facts, decoding in the app
  'helpdesk.summary.heading': 'For the call',
  'helpdesk.summary.state': 'State',
  'helpdesk.summary.userSees': 'The user sees',
  'helpdesk.summary.sayNext': 'Say next',
  'helpdesk.verdictSay.healthy': 'Sign-in works on this Mac.',
  'helpdesk.verdictSay.attention': 'Sign-in works, but needs attention soon.',
  'helpdesk.verdictSay.broken': 'Sign-in is broken and needs a repair.',
  'helpdesk.verdictSay.notConfigured': 'Platform SSO is not set up on this Mac yet.',
  'helpdesk.verdictSay.unknown': 'The Mac’s sign-in state could not be read.',
  'helpdesk.summary.statusScreen': 'PSSO Helper’s status: “{verdict}”',
  'helpdesk.summary.onStep': 'Stage {number} of {count} of “{title}”: {text}',
  'helpdesk.summary.verifying':
    'Stage {number} of {count} of “{title}”, and PSSO Helper is checking whether it worked.',
  'helpdesk.summary.alsoShown': 'Shown with it, stage {number}: {text}',
  'helpdesk.summary.handedOff': 'The user stopped “{title}” at stage {number} to call the helpdesk.',
  'helpdesk.summary.sayWait':
    'Ask the user to wait a moment: PSSO Helper notices by itself when the step has worked.',
  'helpdesk.summary.sayStart':
    'Ask the user to click “{fix}” in PSSO Helper; it guides them through “{title}”.',
  'helpdesk.summary.sayNothing': 'Nothing needs repairing. Ask which app asks them to sign in.',
  'helpdesk.summary.sayUnknown':
    'Ask the user to click “{checkAgain}” in PSSO Helper. If it still cannot read the Mac, ask for the diagnostics.',
  'helpdesk.summary.noRepair': 'No repair is running.',
  'helpdesk.copyReport': 'Copy the report',
  'helpdesk.whatTheMacShows': 'What the Mac shows',
  'helpdesk.allFacts': 'All facts (technical)',
  'helpdesk.group.thisMac': 'This Mac',
  'helpdesk.group.thisUser': 'This user',
  'helpdesk.group.tokens': 'Sign-in tokens',
  'helpdesk.group.configuration': 'Configuration from the organisation',
  'helpdesk.group.companyPortal': 'Company Portal',
  'helpdesk.group.macOS': 'macOS',
  'helpdesk.group.evidence': 'Evidence from logs',
  'helpdesk.noEvidence': 'No evidence from logs.',
  'helpdesk.fact.computerName': 'Computer name',
  'helpdesk.fact.serialNumber': 'Serial number',
  'helpdesk.fact.model': 'Model',
  'helpdesk.fact.chip': 'Chip',
  'helpdesk.fact.pssoConfigured': 'Platform SSO set up',
  'helpdesk.fact.deviceRegistered': 'Registered with Microsoft Entra',
  'helpdesk.fact.deviceId': 'Entra device ID',
  'helpdesk.fact.tenantId': 'Tenant ID',
  'helpdesk.fact.method': 'Sign-in method',
  'helpdesk.fact.upn': 'Account',
  'helpdesk.fact.loginUser': 'Mac account',
  'helpdesk.fact.userRegistered': 'Account registered',
  'helpdesk.fact.userState': 'Registration state',
  'helpdesk.fact.lastLogin': 'Last signed in',
  'helpdesk.fact.tokensPresent': 'Tokens on the Mac',
  'helpdesk.fact.tokensReceived': 'Received',
  'helpdesk.fact.tokensExpire': 'Expire',
  'helpdesk.fact.profileMethod': 'Method the profile sets',
  'helpdesk.fact.ssoPayloads': 'Single sign-on profiles',
  'helpdesk.fact.platformSsoPayloads': 'Platform SSO profiles',
  'helpdesk.fact.kerberosSso': 'Kerberos SSO realms (profile)',
  'helpdesk.fact.accountExcluded': 'Account excluded from Platform SSO',
  'helpdesk.fact.fileVaultPolicy': 'FileVault policy',
  'helpdesk.fact.kerberosRealms': 'Kerberos realms (app-sso)',
  'helpdesk.fact.lastTokensInLog': 'Last tokens in the sign-in log',
  'report.signInLog': 'Sign-in log (SSO extension, AppSSO; redacted)',
  'report.signInLogNone': 'Nothing recognised (probe: {status}).',
  'report.historyUnavailable': 'History not available: {reason}.',
  'helpdesk.fact.companyPortalVersion': 'Version',
  'helpdesk.fact.companyPortalNewEnough': 'New enough',
  'helpdesk.fact.macOSVersion': 'Version',
  'helpdesk.fact.macOSBuild': 'Build',
  'helpdesk.fact.capturedAt': 'Read at',
  'helpdesk.value.yes': 'Yes',
  'helpdesk.value.no': 'No',
  'helpdesk.value.notRead': 'Could not be read ({reason})',
  'helpdesk.decodeHeading': 'Decode a support code',
  'helpdesk.decodeHint': '15 symbols, read in three groups of five. Lower case, spaces and dashes are fine.',
  'helpdesk.decodedTitle': 'Code {code}',
  'helpdesk.decodedFindings': 'Findings (the first is the thing to do first)',
  'helpdesk.decodedMoreFindings': 'The Mac has more findings than a code carries: ask for the report.',
  'helpdesk.decodedRepair': 'The user is in “{title}”, step {number}: {text}',
  'helpdesk.decodedRepairUnknownStep': 'The user is in “{title}”, at a step this version does not know.',
  'helpdesk.decodedGuide': 'The guide for macOS {macOS}: “{title}”',
  'helpdesk.decodedGuideAnyMacOS': 'The guide: “{title}” (macOS unknown: every step is listed)',
  'helpdesk.decodedFacts': 'What the code says',
  'helpdesk.decodeLabel.verdict': 'State',
  'helpdesk.decodeLabel.macOS': 'macOS',
  'helpdesk.decodeLabel.platformSso': 'Platform SSO',
  'helpdesk.decodeLabel.deviceRegistered': 'Mac registered',
  'helpdesk.decodeLabel.tokensExpired': 'Tokens expired',
  'helpdesk.decodeLabel.tokenAge': 'Tokens received',
  'helpdesk.decodeLabel.companyPortal': 'Company Portal installed',
  'helpdesk.decodeLabel.companyPortalNewEnough': 'Company Portal new enough',
  'helpdesk.tokenAgeAgo': '{age} ago',

  // The report (main/node/report): headings and labels; technical keys stay as they are
  'report.title': '{app} report',
  'report.verdict': '**State: {verdict}** ({status}), read {capturedAt}.',
  'report.supportCode': 'Support code: `{code}`',
  'report.supportCodeMeaning': 'What the code says',
  'report.findings': 'Findings',
  'report.noFindings': 'None.',
  'report.findingHelpdesk': 'Helpdesk',
  'report.guide': 'Guide “{title}” for macOS {macOS}',
  'report.guideAnyMacOS': 'Guide “{title}” (macOS unknown: every step)',
  'report.noGuide': 'No guide: this needs the helpdesk.',
  'report.answers': 'The user’s answers',
  'report.noAnswers': 'The user has not answered any question.',
  'report.answer': '{question}: **{answer}** ({at})',
  'report.device': 'Finding the Mac in Intune',
  'report.facts': 'Facts',
  'report.factColumn': 'Fact',
  'report.valueColumn': 'Value',
  'report.history': 'History',
  'report.noHistory': 'No history recorded.',
  'report.about': 'About this report',
  'report.aboutApp': '{app} {version} ({id}), report format {format}',
  'report.generated': 'Generated {at}',
  'report.secrets':
    'Secrets removed (keys, certificates, hashes, tokens, cookies, Kerberos cache names); identifiers {identifiers}',
  'report.identifiersKept': 'kept',
  'report.identifiersPseudonymized': 'pseudonymised',
  'report.raw': '{command} (redacted)',
  'report.notAvailable': 'Not available.',
  'report.repair': 'Repair in progress',

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
  'playbook.stage.usersAndGroups': 'Register in System Settings › Users & Groups.',
  'playbook.stage.macPasswordSheet': 'Enter your Mac password when macOS asks for it.',
  'playbook.stage.macPasswordSheetHelp':
    'No window asks for your password? Click "Repair" or "Register" once more: it opens the window again.',
  'playbook.stage.signInMicrosoft': 'Sign in to Microsoft in the window that opens.',
  'playbook.stage.signInHelp':
    'No sign-in window? Look for the "Registration Required" notification at the top right of the screen and click "Register".',
  'playbook.step.approveSignIn': 'If Microsoft asks, approve the sign-in request on your phone.',
  'playbook.passwordReset.signInNew': 'Sign in with your new Microsoft password.',
  'playbook.passwordReset.macPasswordIsOld':
    'Not your new Microsoft password: until the repair is done, this Mac still opens with its old one.',
  'playbook.passwordReset.answerOwnPassword': 'No, I chose my new password',
  'playbook.passwordReset.answerTemporary': 'Yes, a temporary one',
  'playbook.passwordReset.setPermanent.signInTemporary': 'Sign in with the temporary password IT gave you.',
  'playbook.passwordReset.setPermanent.chooseNew':
    'Choose your new Microsoft password. From now on it is the one you use on this Mac.',
  'playbook.passwordReset.waitingHelp':
    'If you see "Repair" instead of "Register", click "Repair". If nothing opens, contact {supportContact}.',
  'playbook.passwordReset.afterCare': 'Good to know from now on',
  'playbook.registration.waitingHelp':
    'No sign-in window? Focus can hide the notification: turn Focus off, or log out and in again. Company Portal can register too: "Company Portal" › "Preferences" › "Register device".',
  'playbook.refreshTokens.chooseLockScreen': 'Choose Apple menu › "Lock Screen".',
  'playbook.refreshTokens.unlock': 'Unlock with the password you used to unlock this Mac this morning.',
  'playbook.refreshTokens.waitingHelp':
    'Nothing yet? Lock and unlock once more. If Microsoft never asks you to sign in, restart your Mac.',
  'playbook.evidence.registrationUnderway': 'Your Mac password accepted for the registration',
  'playbook.evidenceMissing.configured': 'This Mac has no single sign-on settings from your organisation.',
  'playbook.evidenceMissing.companyPortalReady': 'Company Portal 5.2404.0 or later is not installed.',
  'playbook.evidenceMissing.deviceRegistered': 'This Mac is not registered with your organisation yet.',
  'playbook.evidenceMissing.userRegistered': 'Your account is not registered on this Mac yet.',
  'playbook.evidenceMissing.userStateNormal':
    'Your registration is not finished: the Mac still waits for a sign-in.',
  'playbook.evidenceMissing.tokensPresent': 'This Mac has no valid Microsoft sign-in.',
  'playbook.evidenceMissing.tokensReceivedSinceStart':
    'Your Mac has not received a new Microsoft sign-in since you started.',
  'playbook.evidenceMissing.registrationUnderway':
    'Your Mac has not taken your Mac password for the registration yet.',
  'repair.stageProgress': 'Stage {current} of {total}',
  'repair.waitingForMac': 'Your Mac tells PSSO Helper when this is done; it moves on by itself.',
  'repair.waitingForYou': 'Waiting for you to finish this in {place}.',
  'repair.doneThis': 'I’ve done this',
  'repair.notFixedTitle': 'Not fixed yet',
  'repair.notFixedShows': 'Your Mac still shows this:',
  'repair.tryAgain': 'Try the steps again',
  'repair.checkAgain': 'Check again',
  'repair.showFull': 'Show the whole window',
  'repair.place.app': 'PSSO Helper',
  'repair.place.browser': 'the browser',
  'repair.place.usersAndGroups': 'System Settings › Users & Groups',
  'repair.place.passwordSheet': 'the window that asks for your Mac password',
  'repair.place.microsoftSignIn': 'the Microsoft sign-in window',
  'repair.place.lockScreen': 'the lock screen',
  'repair.place.companyPortal': 'Company Portal',
  'repair.picture.usersAndGroups':
    'System Settings, Users & Groups: click "Edit…" next to "Network Account Server", then "Repair" (or "Register").',
  'repair.picture.passwordSheet':
    'The "Single Sign-On" window over System Settings: type your Mac password in the "Password" field and click "OK".',
  'repair.picture.microsoftSignIn': 'The Microsoft sign-in window: enter your password and click "Sign in".',
  'repair.picture.lockScreen':
    'The lock screen: type your Mac password in the field under your name and press Return.',
  'repair.picture.companyPortal':
    'Company Portal: choose "Company Portal" › "Preferences", then click "Register device".',
  'repair.picture.browser':
    'The password page in the browser: sign in with the temporary password, then choose your new one.',
  'repair.label.systemSettings': 'System Settings',
  'repair.label.usersAndGroups': 'Users & Groups',
  'repair.label.networkAccountServer': 'Network Account Server',
  'repair.label.edit': 'Edit…',
  'repair.label.repair': 'Repair',
  'repair.label.register': 'Register',
  'repair.label.singleSignOn': 'Single Sign-On',
  'repair.label.password': 'Password',
  'repair.label.ok': 'OK',
  'repair.label.cancel': 'Cancel',
  'repair.label.signIn': 'Sign in',
  'repair.label.enterPassword': 'Enter Password',
  'repair.label.preferences': 'Preferences',
  'repair.label.registerDevice': 'Register device',
  'repair.label.newPassword': 'New password',
  // The preview's pretend Mac (main/node/preview/scenarios.ts, renderer/preview/PretendMac.tsx)
  'pretendMac.title': 'Pretend Mac (preview only)',
  'pretendMac.nothingToDo': 'Nothing to do outside the app in this scenario.',
  'pretendMac.done': 'Done: {action}',
  'pretendMac.chooseNewPassword': 'Choose a new password on the password page',
  'pretendMac.editAndRepair': 'Click Edit… then Repair in Users & Groups',
  'pretendMac.editAndRegister': 'Click Edit… then Register in Users & Groups',
  'pretendMac.enterMacPassword': 'Enter the Mac password',
  'pretendMac.signInMicrosoft': 'Sign in to Microsoft',
  'pretendMac.lockAndUnlock': 'Lock and unlock',
  'tray.passwordChanged': 'My password was changed or reset…',
  // Asked by the refresh-tokens playbook's first stage and by the status screen (reportedEntraPasswordReset)
  'playbook.refreshTokens.askPasswordChanged':
    'Did your Microsoft password change recently, or did IT reset it?',
}

export type TextKey = keyof typeof en
export type Catalogue = Record<TextKey, string>
