/**
 * English texts of every playbook. The keys are the catalogue: ja.ts must have exactly these keys
 * (a missing or extra key is a compile error). Placeholders in braces are filled by renderText:
 * {supportContact}, {passwordChangeUrl}.
 * Names in quotes are the exact names macOS and Company Portal show [AUG], [CPP], [J1], [T].
 */
export const EN = {
  // Shared steps: registering in System Settings (macOS 14+) [T], [NT]
  'step.openUsersAndGroups': 'Open System Settings, then click "Users & Groups".',
  'step.openUsersAndGroups.helpdesk':
    'macOS 14+ shows Platform SSO registration under Users & Groups > Network Account Server [T].',
  'step.networkAccountServerEdit': 'Next to "Network Account Server", click "Edit".',
  'step.clickRegisterOrRepair': 'Click "Register". If you see "Repair" instead, click "Repair".',
  'step.clickRegisterOrRepair.helpdesk':
    'Register/Repair runs the same device and user registration flow as the first registration [T].',
  'step.enterMacPassword': 'When your Mac asks, enter the password you use to unlock this Mac now.',
  'step.enterMacPassword.helpdesk':
    'The "Single Sign-On" window asks for the local account password to bind the registration [J2].',
  'step.signInMicrosoft':
    'Sign in to Microsoft with your current Microsoft password (the new one, if it was changed) and approve the sign-in request.',
  'step.signInMicrosoft.helpdesk':
    'Entra sign-in with the current Entra password and MFA completes registration [J1].',
  'step.waitForMac': 'Wait while PSSO Helper checks your Mac. This can take a few minutes.',
  'step.waitForMac.helpdesk':
    'The app re-probes app-sso and declares success only when the Mac shows the evidence itself.',
  // macOS 13 has no registration UI in System Settings [AY], [J1]
  'step.macos13NoSettings': 'macOS 13 has no setting for this. Open Company Portal instead.',
  'step.macos13NoSettings.helpdesk':
    'macOS 13 has no System Settings UI for Platform SSO; repair goes through Company Portal [J1], [T].',
  'step.companyPortalRegister':
    'In Company Portal, choose "Company Portal" > "Preferences", then click "Register device".',
  'step.companyPortalRegister.helpdesk':
    'Company Portal > Preferences > Register device re-triggers registration on PSSO-enabled Macs [CPP].',

  // Playbook: password reset in Entra, Password method [T], [PL], [PRT]
  'passwordReset.title': 'Bring your Mac password up to date',
  'passwordReset.summary':
    'Your Microsoft password was changed, but this Mac still has the old one, so single sign-on stopped working.',
  'passwordReset.askTemporary': 'Did IT give you a temporary password?',
  'answer.yes': 'Yes',
  'answer.no': 'No',
  'answer.notSure': "I'm not sure",
  'passwordReset.setPermanent':
    'A temporary password cannot be used on your Mac. First choose your own new password in the browser: {passwordChangeUrl}',
  'passwordReset.setPermanent.helpdesk':
    'Temporary passwords from an admin reset cannot be synced; the user must set a permanent password on another device or the web first [T].',
  'passwordReset.lockAndUnlock':
    'Choose Apple menu > "Lock Screen", then unlock your Mac. Your old or your new password can unlock it.',
  'passwordReset.lockAndUnlock.helpdesk':
    'After an Entra password change macOS asks for the new password within 4 hours; old or new password unlocks [T].',
  'passwordReset.askPrompted': 'Did your Mac ask you to sign in with your new Microsoft password?',
  'passwordReset.signInWhenAsked': 'Sign in with your new password and approve the sign-in request.',
  'passwordReset.useNewPassword': 'From now on, use your new password to unlock and sign in to this Mac.',
  'passwordReset.fileVault.macos15':
    'After a restart, the first screen of your Mac accepts your new password. If it does not, use your old password once.',
  'passwordReset.fileVault.macos15.helpdesk':
    'The new Entra password works at the FileVault screen only on macOS 15 with FileVaultPolicy on Apple silicon [T], [IC].',
  'passwordReset.fileVault.earlier':
    'After a restart, the first screen of your Mac may still want your old password. Use it once; then the new one works.',
  'passwordReset.fileVault.earlier.helpdesk':
    'Before macOS 15 the FileVault screen still needs the old local password until the next sync [T].',
  'passwordReset.keychain': 'If a window asks for your "login" keychain password, enter your old password.',
  'passwordReset.keychain.helpdesk':
    'The keychain is unlocked by OS-internal machinery this app cannot touch; a keychain prompt after the change usually takes the old password [AF-815755].',

  // Playbook: registration required / the notification never came [IC], [TS], [SK], [CPP]
  'registration.title': 'Register this Mac with your organisation',
  'registration.summary':
    'This Mac must be registered with your organisation before single sign-on can work.',
  'registration.checkCompanyPortal': 'Open Company Portal to make sure it is installed and up to date.',
  'registration.checkCompanyPortal.helpdesk':
    'Registration is offered once both the PSSO profile and Company Portal 5.2404.0+ are present [IC], [TS].',
  'registration.askSignInAppeared': 'Did a Microsoft sign-in window appear?',
  'registration.focus': 'If a Focus is on, notifications are hidden. Turn Focus off in Control Center.',
  'registration.focus.helpdesk':
    'Focus / Do Not Disturb suppresses the "Registration Required" notification [SK].',
  'registration.logOutIn':
    'Log out of your Mac and log back in. The "Registration Required" notification comes back.',
  'registration.logOutIn.helpdesk': 'Logging out and in re-triggers the registration prompt [T], [SK].',

  // Playbook: device registered, this user not registered (shared Macs, new user) [AD-REG], [SH]
  'registerUser.title': 'Register your account on this Mac',
  'registerUser.summary': 'This Mac is registered, but your account on it is not yet.',

  // Playbook: SSO tokens missing or expired [PRT], [J1]
  'refreshTokens.title': 'Sign in to Microsoft again',
  'refreshTokens.summary': 'Your Mac needs you to sign in to Microsoft once more.',
  'refreshTokens.lockAndUnlock':
    'Choose Apple menu > "Lock Screen", then unlock your Mac with your password.',
  'refreshTokens.lockAndUnlock.helpdesk':
    'macOS renews the PSSO PRT at unlock and every 4 hours, sooner when SSO tokens are missing or expired [PRT].',
  'refreshTokens.signInOnce': 'If Microsoft asks you to sign in, sign in once.',
  'refreshTokens.signInOnce.helpdesk':
    'After a password reset or sign-in frequency policy the SSO extension asks once in the first app [PL], [PRT].',

  // Playbook: Secure Enclave method; the Mac password never follows Entra [IC], [O], [T]
  'secureEnclave.title': 'Your Mac password stays the same',
  'secureEnclave.summary':
    'This is expected: on this Mac, your Mac password is separate from your Microsoft password and does not change with it.',
  'secureEnclave.keepMacPassword': 'Keep using your Mac password to unlock this Mac.',
  'secureEnclave.keepMacPassword.helpdesk':
    'With the Secure Enclave method the local password is never synced with Entra; this is by design [IC].',
  'secureEnclave.passkeyMacos14':
    'To sign in to websites without a password, open System Settings > "Passwords", then click "Password Options".',
  'secureEnclave.passkeyMacos15':
    'To sign in to websites without a password, open System Settings > "General" > "AutoFill & Passwords".',
  'secureEnclave.passkeyToggle': 'Under "Use passwords and passkeys from", turn on "Company Portal".',
  'secureEnclave.passkeyToggle.helpdesk':
    'Company Portal as passkey provider needs the Secure Enclave method and FIDO2 enabled in the tenant [T], [J1].',

  // Playbook: not configured / Company Portal missing [IC], [TS]
  'notConfigured.title': 'Single sign-on is not set up yet',
  'notConfigured.summary': 'Your organisation has not finished setting up single sign-on on this Mac yet.',
  'notConfigured.companyPortal':
    'Make sure Company Portal is installed. If it is missing or old, ask IT to install it.',
  'notConfigured.companyPortal.helpdesk':
    'Platform SSO needs Company Portal 5.2404.0 or later, installed before users are targeted [IC], [O].',
  'notConfigured.wait':
    'Keep your Mac on and connected to the internet for a few minutes. Settings arrive by themselves.',
  'notConfigured.wait.helpdesk':
    'Check the PSSO profile in Privacy & Security > Profiles and its assignment (user vs device groups) [IC], [TS].',

  // Playbook: helpdesk hand-off
  'helpdesk.title': 'Call your IT helpdesk',
  'helpdesk.summary': 'This needs your IT helpdesk. They can see what PSSO Helper found.',
  'helpdesk.contact': 'Contact {supportContact}.',
  'helpdesk.supportCode': 'If they ask, read them the support code shown in PSSO Helper.',
  'helpdesk.keepOpen': 'Keep PSSO Helper open while you talk to them.',

  // Verification: what the Mac has not shown yet
  'evidence.configured': 'Single sign-on settings from your organisation',
  'evidence.companyPortalReady': 'Company Portal 5.2404.0 or later',
  'evidence.deviceRegistered': 'This Mac registered with your organisation',
  'evidence.userRegistered': 'Your account registered on this Mac',
  'evidence.userStateNormal': 'Your registration in working order',
  'evidence.tokensPresent': 'A Microsoft sign-in on this Mac',
  'evidence.tokensReceivedSinceStart': 'A new Microsoft sign-in since you started',
  'verification.checking': 'Checking your Mac…',
  'verification.verified': 'Done. Your Mac confirms it is fixed.',
  'verification.gaveUp': 'Your Mac has not confirmed the fix yet. Still missing:',
  'verification.nextStep': 'Try the steps again, or contact your IT helpdesk.',

  // Contact details when the organisation configured none (AppConfig.SupportPhone etc.)
  'contact.default': 'your IT helpdesk',
  'contact.organization': 'the {organization} IT helpdesk',
  'contact.hours': 'hours: {hours}',
} as const

export type TextKey = keyof typeof EN
