/**
 * Japanese texts: exactly the keys of en.ts (a missing or extra key is a compile error).
 * macOS names as Apple writes them (「システム設定」「ユーザとグループ」) [AUG-JA]; Company Portal is
 * 「ポータル サイト」 as Microsoft writes it [CPP-JA]. The Japanese label of Network Account Server
 * (「ネットワークアカウントサーバ」) is [UNVERIFIED]: check on a Japanese Mac (psso-domain.md §5.4).
 */
import type { TextKey } from './en'

export const JA: Record<TextKey, string> = {
  'step.openUsersAndGroups': '「システム設定」を開き、「ユーザとグループ」をクリックします。',
  'step.openUsersAndGroups.helpdesk':
    'macOS 14 以降では、Platform SSO の登録は「ユーザとグループ」>「ネットワークアカウントサーバ」に表示されます [T]。',
  'step.networkAccountServerEdit': '「ネットワークアカウントサーバ」の横にある「編集」をクリックします。',
  'step.clickRegisterOrRepair':
    '「登録」をクリックします。「修復」と表示されている場合は「修復」をクリックします。',
  'step.clickRegisterOrRepair.helpdesk':
    '登録／修復は、最初の登録と同じデバイス登録とユーザ登録の手順を実行します [T]。',
  'step.enterMacPassword': 'Mac に聞かれたら、今この Mac のロック解除に使っているパスワードを入力します。',
  'step.enterMacPassword.helpdesk':
    '「シングルサインオン」ウインドウでローカルアカウントのパスワードを入力し、登録を結び付けます [J2]。',
  'step.signInMicrosoft':
    '現在の Microsoft パスワード（変更された場合は新しいパスワード）で Microsoft にサインインし、サインインの確認を承認します。',
  'step.signInMicrosoft.helpdesk':
    '現在の Entra パスワードと MFA で Entra にサインインすると登録が完了します [J1]。',
  'step.waitForMac': 'PSSO Helper が Mac を確認するまでお待ちください。数分かかることがあります。',
  'step.waitForMac.helpdesk': 'app-sso を繰り返し確認し、Mac 自身が証拠を示したときだけ成功と判断します。',
  'step.macos13NoSettings': 'macOS 13 にはこの設定がありません。代わりに「ポータル サイト」を開きます。',
  'step.macos13NoSettings.helpdesk':
    'macOS 13 には Platform SSO の「システム設定」UI がなく、修復はポータル サイトから行います [J1]、[T]。',
  'step.companyPortalRegister':
    '「ポータル サイト」で「ポータル サイト」>「基本設定」を選び、「デバイスの登録」をクリックします。',
  'step.companyPortalRegister.helpdesk':
    'ポータル サイトの「基本設定」>「デバイスの登録」で、PSSO が有効な Mac の登録をやり直せます [CPP]。',

  'passwordReset.title': 'Mac のパスワードを新しいパスワードに合わせます',
  'passwordReset.summary':
    'Microsoft のパスワードが変更されましたが、この Mac には古いパスワードが残っているため、シングルサインオンが止まっています。',
  'passwordReset.askTemporary': 'IT 部門から仮のパスワードを受け取りましたか？',
  'answer.yes': 'はい',
  'answer.no': 'いいえ',
  'answer.notSure': 'わからない',
  'passwordReset.setPermanent':
    '仮のパスワードは Mac では使えません。先にブラウザで自分の新しいパスワードを設定してください：{passwordChangeUrl}',
  'passwordReset.setPermanent.helpdesk':
    '管理者リセットの仮パスワードは同期できません。先に別のデバイスか Web で正式なパスワードを設定する必要があります [T]。',
  'passwordReset.lockAndUnlock':
    'アップルメニュー >「画面をロック」を選び、ロックを解除します。古いパスワードでも新しいパスワードでも解除できます。',
  'passwordReset.lockAndUnlock.helpdesk':
    'Entra のパスワード変更後、macOS は 4 時間以内に新しいパスワードを求めます。古い・新しいどちらでもロック解除できます [T]。',
  'passwordReset.askPrompted': 'Mac から新しい Microsoft パスワードでのサインインを求められましたか？',
  'passwordReset.signInWhenAsked': '新しいパスワードでサインインし、サインインの確認を承認します。',
  'passwordReset.useNewPassword': 'これからは、この Mac のロック解除とログインに新しいパスワードを使います。',
  'passwordReset.fileVault.macos15':
    '再起動後の最初の画面では新しいパスワードが使えます。使えない場合は、一度だけ古いパスワードを使ってください。',
  'passwordReset.fileVault.macos15.helpdesk':
    'FileVault 画面で新しい Entra パスワードが使えるのは、macOS 15 以降・FileVaultPolicy・Apple シリコンの場合だけです [T]、[IC]。',
  'passwordReset.fileVault.earlier':
    '再起動後の最初の画面では、まだ古いパスワードが必要な場合があります。一度古いパスワードを使うと、その後は新しいパスワードが使えます。',
  'passwordReset.fileVault.earlier.helpdesk':
    'macOS 15 より前では、次の同期まで FileVault 画面に古いローカルパスワードが必要です [T]。',
  'passwordReset.keychain': '「ログイン」キーチェーンのパスワードを聞かれたら、古いパスワードを入力します。',
  'passwordReset.keychain.helpdesk':
    'キーチェーンは OS 内部の仕組みで解除され、このアプリからは操作できません。変更後のキーチェーンの確認には通常古いパスワードを使います [AF-815755]。',

  'registration.title': 'この Mac を組織に登録します',
  'registration.summary': 'シングルサインオンを使うには、この Mac を組織に登録する必要があります。',
  'registration.checkCompanyPortal':
    '「ポータル サイト」を開き、インストール済みで最新であることを確認します。',
  'registration.checkCompanyPortal.helpdesk':
    'PSSO プロファイルとポータル サイト 5.2404.0 以降の両方がそろうと登録が求められます [IC]、[TS]。',
  'registration.askSignInAppeared': 'Microsoft のサインイン画面が表示されましたか？',
  'registration.focus':
    '集中モードがオンだと通知が表示されません。「コントロールセンター」で集中モードをオフにします。',
  'registration.focus.helpdesk': '集中モード／おやすみモードは「登録が必要です」の通知を隠します [SK]。',
  'registration.logOutIn':
    'Mac からログアウトして、もう一度ログインします。登録を求める通知がもう一度表示されます。',
  'registration.logOutIn.helpdesk': 'ログアウトとログインで登録の確認がもう一度表示されます [T]、[SK]。',

  'registerUser.title': 'この Mac にあなたのアカウントを登録します',
  'registerUser.summary':
    'この Mac は登録済みですが、この Mac 上のあなたのアカウントはまだ登録されていません。',

  'refreshTokens.title': 'もう一度 Microsoft にサインインします',
  'refreshTokens.summary': 'もう一度 Microsoft へのサインインが必要です。',
  'refreshTokens.lockAndUnlock': 'アップルメニュー >「画面をロック」を選び、パスワードでロックを解除します。',
  'refreshTokens.lockAndUnlock.helpdesk':
    'macOS は PSSO の PRT をロック解除時と 4 時間ごとに更新し、SSO トークンがないか期限切れならすぐに更新します [PRT]。',
  'refreshTokens.signInOnce': 'Microsoft からサインインを求められたら、一度サインインします。',
  'refreshTokens.signInOnce.helpdesk':
    'パスワードリセットやサインイン頻度ポリシーの後、SSO 拡張機能は最初のアプリで一度だけサインインを求めます [PL]、[PRT]。',

  'secureEnclave.title': 'Mac のパスワードは変わりません',
  'secureEnclave.summary':
    'これは想定どおりです。この Mac では、Mac のパスワードは Microsoft のパスワードとは別で、一緒には変わりません。',
  'secureEnclave.keepMacPassword': 'この Mac のロック解除には、これまでどおり Mac のパスワードを使います。',
  'secureEnclave.keepMacPassword.helpdesk':
    'Secure Enclave 方式ではローカルパスワードは Entra と同期されません。仕様どおりです [IC]。',
  'secureEnclave.passkeyMacos14':
    'Web サイトにパスワードなしでサインインするには、「システム設定」>「パスワード」を開き、「パスワードオプション」をクリックします。',
  'secureEnclave.passkeyMacos15':
    'Web サイトにパスワードなしでサインインするには、「システム設定」>「一般」>「自動入力とパスワード」を開きます。',
  'secureEnclave.passkeyToggle': '「パスワードとパスキーの入力元」で「ポータル サイト」をオンにします。',
  'secureEnclave.passkeyToggle.helpdesk':
    'ポータル サイトをパスキーの提供元にするには、Secure Enclave 方式とテナントの FIDO2 有効化が必要です [T]、[J1]。',

  'notConfigured.title': 'シングルサインオンはまだ設定されていません',
  'notConfigured.summary': 'この Mac では、組織によるシングルサインオンの設定がまだ終わっていません。',
  'notConfigured.companyPortal':
    '「ポータル サイト」がインストールされていることを確認します。ない場合や古い場合は、IT 部門にインストールを依頼します。',
  'notConfigured.companyPortal.helpdesk':
    'Platform SSO にはポータル サイト 5.2404.0 以降が必要で、ユーザを対象にする前にインストールしておく必要があります [IC]、[O]。',
  'notConfigured.wait':
    'Mac の電源を入れたまま、数分間インターネットに接続しておきます。設定は自動的に届きます。',
  'notConfigured.wait.helpdesk':
    '「プライバシーとセキュリティ」>「プロファイル」で PSSO プロファイルと割り当て（ユーザ／デバイスグループ）を確認します [IC]、[TS]。',

  'helpdesk.title': 'IT ヘルプデスクに連絡します',
  'helpdesk.summary':
    'IT ヘルプデスクの対応が必要です。PSSO Helper が見つけた内容はヘルプデスクも確認できます。',
  'helpdesk.contact': '{supportContact}に連絡してください。',
  'helpdesk.supportCode': '聞かれたら、PSSO Helper に表示されているサポートコードを伝えます。',
  'helpdesk.keepOpen': '話している間は PSSO Helper を開いたままにしておきます。',

  'evidence.configured': '組織からのシングルサインオン設定',
  'evidence.companyPortalReady': 'ポータル サイト 5.2404.0 以降',
  'evidence.deviceRegistered': 'この Mac の組織への登録',
  'evidence.userRegistered': 'この Mac でのあなたのアカウントの登録',
  'evidence.userStateNormal': '正常な登録状態',
  'evidence.tokensPresent': 'この Mac での Microsoft へのサインイン',
  'evidence.tokensReceivedSinceStart': '開始後の新しい Microsoft へのサインイン',
  'verification.checking': 'Mac を確認しています…',
  'verification.verified': '完了しました。Mac が修復を確認しました。',
  'verification.gaveUp': 'Mac はまだ修復を確認していません。足りないもの：',
  'verification.nextStep': 'もう一度手順を試すか、IT ヘルプデスクに連絡してください。',

  'contact.default': '社内の IT ヘルプデスク',
  'contact.organization': '{organization} の IT ヘルプデスク',
  'contact.hours': '受付時間：{hours}',
}
