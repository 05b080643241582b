/** Every user-facing text in Japanese: exactly the keys of en.ts (a missing or extra key is a compile error). */
import type { Catalogue } from './en'

export const ja: Catalogue = {
  // The window (renderer/): screens, facts, actions
  'app.title': 'PSSO Helper',
  'app.loading': 'Macを確認しています…',
  'app.bridgeMissing':
    'PSSO Helperのバックグラウンド処理に接続できません。終了してから、もう一度開いてください。',
  'nav.status': '状態',
  'nav.helpdesk': 'ヘルプデスク用の表示',
  'nav.about': 'このアプリについて',
  'nav.helpdeskShortcut': 'ショートカット：Command + 2、または Command + Shift + H',
  'language.label': '言語',
  'language.system': 'システム（{lang}）',
  // The language's own name, in itself: the switch lists every language by it.
  'language.name': '日本語',
  // ウインドウの枠（renderer/App.tsx）とアプリケーションメニュー（main/node/menubar/appMenu.ts）
  'toolbar.label': '画面',
  'toolbar.settings': '設定',
  'settings.title': '設定',
  'settings.languageConfigured': '言語は組織によって設定されています。',
  'settings.done': '完了',
  'menu.about': 'PSSO Helperについて',
  'menu.settings': '設定…',
  'menu.hide': 'PSSO Helper を非表示',
  'menu.hideOthers': 'ほかを非表示',
  'menu.showAll': 'すべてを表示',
  'menu.quit': 'PSSO Helper を終了',
  'menu.edit': '編集',
  'menu.undo': '取り消す',
  'menu.redo': 'やり直す',
  'menu.cut': 'カット',
  'menu.copy': 'コピー',
  'menu.paste': 'ペースト',
  'menu.selectAll': 'すべてを選択',
  'menu.view': '表示',
  'menu.reload': '再読み込み',
  'menu.fullScreen': 'フルスクリーンにする',
  'menu.window': 'ウインドウ',
  'menu.minimize': 'しまう',
  'menu.zoom': '拡大/縮小',
  'menu.front': 'すべてを手前に移動',
  'menu.help': 'ヘルプ',
  'menu.support': 'サポート',
  'menu.supportOf': '{name} サポート',
  'about.appIcon': 'PSSO Helper のアイコン',
  'verdict.healthy': 'このMacの組織アカウントへのサインインは正常です。',
  'verdict.attention': 'サインインは使えますが、近いうちに対応が必要です。',
  'verdict.broken': 'このMacの組織アカウントへのサインインを修復する必要があります。',
  'verdict.notConfigured': 'このMacは、まだ組織のサインイン用に設定されていません。',
  'verdict.unknown': 'このMacのサインインの状態を読み取れませんでした。',
  'meaning.healthy': 'TeamsやOutlookなどのアプリは、パスワードを求めずにサインインできます。',
  'meaning.attention': 'まだ問題は起きていません。今のうちに対応すれば1分ほどで済みます。',
  'meaning.broken':
    '修復するまで、アプリがパスワードを求め続けることがあります。PSSO Helperが手順をご案内します。',
  'meaning.notConfigured':
    '組織によるこのMacの設定が完了していないか、ポータル サイト（Company Portal）がありません。',
  'meaning.unknown': 'しばらくしてから、もう一度お試しください。繰り返す場合はヘルプデスクにご連絡ください。',
  'verdictIcon.healthy': '正常',
  'verdictIcon.attention': '要確認',
  'verdictIcon.broken': '要修復',
  'verdictIcon.notConfigured': '未設定',
  'verdictIcon.unknown': '不明',
  'question.yes': 'はい',
  'question.no': 'いいえ',
  'question.secureEnclave': '新しいMicrosoftのパスワードでこのMacのロックを解除できない',
  'question.failed': '回答をPSSO Helperに伝えられませんでした：{message}',

  // Reading Company Portal's sign-in log (renderer/components/SignInLogConsent.tsx)
  'consent.signInLog.question': 'PSSO Helper が「ポータル サイト」のサインインログを読み取ってもよいですか？',
  'consent.signInLog.why':
    'このログには Mac の Microsoft へのサインインが最後に失敗した理由（パスワードのリセットなど）が記録されているため、あなたに質問しなくても PSSO Helper が原因を特定できます。ログはこの Mac の外には送られません。macOS から「ほかのアプリからのデータへのアクセス」の許可を求められることがあります。',
  'consent.signInLog.allow': '許可',
  'consent.signInLog.decline': '今はしない',
  'status.fix': '修復する',
  'status.checkAgain': 'もう一度確認',
  'status.checking': '確認しています…',
  'status.checkedAt': '{time}に確認',
  'status.details': '詳細',
  'status.contactHelpdesk': 'ヘルプデスクに連絡',
  'status.passwordChanged': 'Microsoftのパスワードが変更またはリセットされた',
  'status.readFailed': '状態を読み取れませんでした：{message}',
  'supportCode.label': 'サポートコード',
  'recovery.title': 'このウインドウで問題が発生しました',
  'recovery.body':
    'Macには影響はありません。発生した内容はPSSO Helperのログに記録されています。「もう一度確認」をクリックすると、この表示をやり直します。繰り返し発生する場合は、サポートコードをヘルプデスクに伝えてください。',
  'fact.method': 'サインイン方式',
  'fact.deviceRegistration': 'このMac',
  'fact.userRegistration': 'このMacでのあなたのアカウント',
  'fact.tokensReceived': '組織への最後のサインイン',
  'fact.tokensExpire': 'サインインの有効期限',
  'fact.companyPortal': 'ポータル サイト（Company Portal）',
  'fact.macOS': 'macOS',
  'value.unknown': '不明',
  'value.registered': '登録済み',
  'value.notRegistered': '未登録',
  'value.needsAttention': '登録が必要',
  'value.notInstalled': 'インストールされていません',
  'value.tooOld': '{version}（古すぎます。5.2404.0以降が必要です）',
  'value.none': 'なし',
  'value.expired': '{time}（期限切れ）',
  'method.password': 'パスワード',
  'method.secureEnclaveKey': 'Secure Enclave',
  'method.smartCard': 'スマートカード',
  'method.accessKey': 'アクセスキー',
  'method.none': 'なし',
  'method.unknown': '不明',
  'repair.title': '修復ガイド',
  'repair.next': '続ける',
  'repair.back': '戻る',
  'repair.cancel': '修復を中止',
  'repair.succeeded': '修復できました。サインインが再び使えることをMacが確認しました。',
  'repair.succeededDetail': 'TeamsやOutlookなどのアプリに再びサインインできます。',
  'repair.done': '完了',
  'repair.actionFailed': '開けませんでした：{message}',
  'repair.stepFailed': '問題が発生しました：{message}',
  'helpdesk.title': 'ヘルプデスク用の表示',
  'helpdesk.intro': 'ヘルプデスク向けの情報です。ここに表示される内容から秘密情報は削除されています。',
  'helpdesk.findings': '検出事項',
  'helpdesk.noFindings': '検出事項はありません。',
  'helpdesk.copy': 'コピー',
  'helpdesk.copyNamed': '{name}をコピー',
  'helpdesk.copied': 'コピーしました',
  'helpdesk.supportCode': 'サポートコードを入力',
  'helpdesk.decode': '読み取る',
  'helpdesk.decodeFailed': 'このコードは読み取れません：{message}',
  'helpdesk.saveDiagnostics': '診断情報を保存…',
  'helpdesk.openDiagnostics': '診断情報を開く…',
  'helpdesk.savedTo': '{path}に保存しました',
  'helpdesk.openedCapture': '{path}を開きました。そのMacで{time}に取得した情報です。',
  'helpdesk.notAvailable': 'このバージョンでは使用できません。',
  'about.title': 'PSSO Helperについて',
  'about.version': 'バージョン {version}',
  'about.reads': '読み取る情報',
  'about.readsList':
    'プラットフォームSSOの状態（app-sso platform -s）、インストールされている構成プロファイル、macOSのバージョン、ポータル サイトのバージョン。',
  'about.changesNothing':
    'このアプリがMacの設定を自分で変更することはありません。ボタンをクリックしたときに「システム設定」やWebページを開くだけです。',
  'about.sendsNothing': 'どこにも情報を送信しません。レポートは共有するまでこのMacに保存されます。',
  'about.organisation': '管理：{name}',
  'action.openSettings': '「{pane}」を開く',
  'action.openCompanyPortal': 'ポータル サイトを開く',
  'action.openPasswordChange': 'パスワードを変更',
  'action.copySupportContact': 'ヘルプデスクの連絡先をコピー',
  'action.copySupportCode': 'サポートコードをコピー',
  'pane.usersAndGroups': 'ユーザとグループ',
  'pane.passwords': 'パスワード',
  'pane.autofillAndPasswords': '自動入力とパスワード',
  'pane.profiles': 'プロファイル',
  'pane.notifications': '通知',
  'pane.focus': '集中モード',
  'pane.other': 'システム設定',
  'helpdesk.report': 'レポート（秘密情報は削除済み）',
  'helpdesk.history': 'この Mac の履歴',
  'helpdesk.setByOrganization': '組織が設定している項目:',
  'helpdesk.configDefaults': 'すべての設定が既定値です（プロファイルで設定された項目はありません）。',
  'helpdesk.configProblems': '構成の問題（これらの設定には既定値が使われます）',
  'helpdesk.historyUnavailable': '履歴はありません。',
  'helpdesk.sessionTitle': '修復中',
  'helpdesk.stepsShown': '表示したステップ：{steps}',
  'helpdesk.sessionVerification': '確認：{status}、{attempts}/{max}回、不足：{missing}',
  'time.justNow': 'たった今',

  // Playbooks (main/common/repair): steps, answers, evidence; {supportContact} and {passwordChangeUrl} come from the configuration
  'playbook.step.openUsersAndGroups': '「システム設定」を開き、「ユーザとグループ」をクリックします。',
  'playbook.step.openUsersAndGroups.helpdesk':
    'macOS 14 以降では、Platform SSO の登録は「ユーザとグループ」>「ネットワークアカウントサーバ」に表示されます [T]。',
  'playbook.step.networkAccountServerEdit':
    '「ネットワークアカウントサーバ」の横にある「編集…」をクリックします。',
  'playbook.step.clickRegisterOrRepair':
    '「登録」をクリックします。「修復」と表示されている場合は「修復」をクリックします。',
  'playbook.step.enterMacPassword': '今朝この Mac のロック解除に使ったパスワードを入力します。',
  'playbook.step.clickOk': '「OK」をクリックします。',
  'playbook.step.enterMacPassword.helpdesk':
    '「シングルサインオン」ウインドウでローカルアカウントのパスワードを入力し、登録を結び付けます [J2]。',
  'playbook.step.signInMicrosoft': '職場の Microsoft アカウントとそのパスワードでサインインします。',
  'playbook.step.signInMicrosoft.helpdesk':
    '現在の Entra パスワードと MFA で Entra にサインインすると登録が完了します [J1]。',
  'playbook.step.macos13NoSettings':
    'macOS 13 にはこの設定がありません。代わりに「ポータル サイト」を開きます。',
  'playbook.step.macos13NoSettings.helpdesk':
    'macOS 13 には Platform SSO の「システム設定」UI がなく、修復はポータル サイトから行います [J1]、[T]。',
  'playbook.step.companyPortalDeregister':
    '「ポータル サイト」で「ポータル サイト」>「基本設定」を選び、「登録解除」をクリックして確定します。そのあと、次の手順でもう一度登録します。',
  'playbook.step.companyPortalRegister':
    '「ポータル サイト」で「ポータル サイト」>「基本設定」を選び、「デバイスの登録」をクリックします。',
  'playbook.passwordReset.title': 'Mac のパスワードを新しいパスワードに合わせます',
  'playbook.passwordReset.summary':
    'Microsoft のパスワードが変更されましたが、この Mac には古いパスワードが残っているため、シングルサインオンが止まっています。',
  'playbook.passwordReset.askTemporary': 'IT 部門から一時パスワードを受け取りましたか？',
  'playbook.answer.yes': 'はい',
  'playbook.answer.no': 'いいえ',
  'playbook.passwordReset.setPermanent':
    '先にブラウザで自分の新しいパスワードを設定します。一時パスワードは Mac では使えません。',
  'playbook.passwordReset.setPermanent.helpdesk':
    '管理者リセットの一時パスワードは同期できません。先に別のデバイスか Web で正式なパスワードを設定する必要があります [T]。',
  'playbook.passwordReset.signInNotification':
    'サインインを求める Mac の通知（「認証が必要です」や「サインイン」）を待ちます。通知をクリックし、新しい Microsoft のパスワードでサインインすると、Mac のパスワードが新しいものに合わせられます。何も表示されない場合は、通知センターを確認し、集中モードをオフにします。',
  'playbook.passwordReset.useNewPassword':
    'これからは、この Mac のロック解除とログインに新しいパスワードを使います。',
  'playbook.passwordReset.fileVault.newPassword':
    '先に知っておいてください：この手順の途中で Mac が再起動しても、最初の画面では新しい Microsoft のパスワードが使えます。',
  'playbook.passwordReset.fileVault.oldPassword':
    '先に知っておいてください：完了する前に Mac が再起動した場合、最初の画面ではまだ古いパスワードが必要です。そこでは古いパスワードを使い、そのあとこの画面に戻ってください。',
  'playbook.passwordReset.fileVault.unknown':
    '先に知っておいてください：完了する前に Mac が再起動した場合、最初の画面ではまず新しいパスワードを試し、受け付けられなければ古いパスワードを使ってください。',
  'playbook.passwordReset.keychain':
    '「ログイン」キーチェーンのパスワードを聞かれたら、古いパスワードを入力します。',
  'playbook.registration.title': 'この Mac を組織に登録します',
  'playbook.registration.summary': 'シングルサインオンを使うには、この Mac を組織に登録する必要があります。',
  'playbook.registerUser.title': 'この Mac にあなたのアカウントを登録します',
  'playbook.registerUser.summary':
    'この Mac は登録済みですが、この Mac 上のあなたのアカウントはまだ登録されていません。',
  'playbook.refreshTokens.title': 'もう一度 Microsoft にサインインします',
  'playbook.refreshTokens.summary': 'もう一度 Microsoft へのサインインが必要です。',
  'playbook.refreshTokens.lockAndUnlock': 'Mac をロックしてから、ロックを解除します。',
  'playbook.refreshTokens.lockAndUnlock.helpdesk':
    'macOS は PSSO の PRT をロック解除時と 4 時間ごとに更新し、SSO トークンがないか期限切れならすぐに更新します [PRT]。',
  'playbook.refreshTokens.signInOnce':
    'Microsoft に求められたら、Microsoft のパスワードで一度サインインします。',
  'playbook.secureEnclave.title': 'Mac のパスワードは変わりません',
  'playbook.secureEnclave.summary':
    'これは想定どおりです。この Mac では、Mac のパスワードは Microsoft のパスワードとは別で、一緒には変わりません。',
  'playbook.secureEnclave.keepMacPassword':
    'この Mac のロック解除には、これまでどおり Mac のパスワードを使います。',
  'playbook.secureEnclave.keepMacPassword.helpdesk':
    'Secure Enclave 方式ではローカルパスワードは Entra と同期されません。仕様どおりです [IC]。',
  'playbook.secureEnclave.passkeyMacos14':
    'Web サイトにパスワードなしでサインインするには、「システム設定」>「パスワード」を開き、「パスワードオプション」をクリックします。',
  'playbook.secureEnclave.passkeyMacos15':
    'Web サイトにパスワードなしでサインインするには、「システム設定」>「一般」>「自動入力とパスワード」を開きます。',
  'playbook.secureEnclave.passkeyToggle':
    '「パスワードとパスキーの入力元」で「ポータル サイト」をオンにします。',
  'playbook.secureEnclave.passkeyToggle.helpdesk':
    'ポータル サイトをパスキーの提供元にするには、Secure Enclave 方式とテナントの FIDO2 有効化が必要です [T]、[J1]。',
  'playbook.notConfigured.title': 'シングルサインオンはまだ設定されていません',
  'playbook.notConfigured.summary':
    'この Mac では、組織によるシングルサインオンの設定がまだ終わっていません。',
  'playbook.notConfigured.companyPortal':
    '「ポータル サイト」がインストールされていることを確認します。ない場合や古い場合は、IT 部門にインストールを依頼します。',
  'playbook.notConfigured.companyPortal.helpdesk':
    'Platform SSO にはポータル サイト 5.2404.0 以降が必要で、ユーザを対象にする前にインストールしておく必要があります [IC]、[O]。',
  'playbook.notConfigured.wait':
    'Mac の電源を入れたまま、数分間インターネットに接続しておきます。設定は自動的に届きます。',
  'playbook.notConfigured.checkProfiles.macos15':
    '組織の設定が届いたかどうかは、「システム設定」>「一般」>「デバイス管理」で確認できます。',
  'playbook.notConfigured.checkProfiles.earlier':
    '組織の設定が届いたかどうかは、「システム設定」>「プライバシーとセキュリティ」>「プロファイル」で確認できます。',
  'playbook.notConfigured.wait.helpdesk':
    'PSSO プロファイル（macOS 15 以降は「システム設定」>「一般」>「デバイス管理」、macOS 13〜14 は「プライバシーとセキュリティ」>「プロファイル」）と割り当て（ユーザ／デバイスグループ）を確認します [IC]、[TS]、[AP-DM]。',
  'playbook.helpdesk.title': 'IT ヘルプデスクに連絡します',
  'playbook.helpdesk.summary':
    'IT ヘルプデスクの対応が必要です。PSSO Helper が見つけた内容はヘルプデスクも確認できます。',
  'playbook.helpdesk.contact': '{supportContact}に連絡してください。',
  'playbook.helpdesk.supportCode': '聞かれたら、PSSO Helper に表示されているサポートコードを伝えます。',
  'playbook.helpdesk.keepOpen': '話している間は PSSO Helper を開いたままにしておきます。',
  'playbook.evidence.configured': '組織からのシングルサインオン設定',
  'playbook.evidence.companyPortalReady': 'ポータル サイト 5.2404.0 以降',
  'playbook.evidence.deviceRegistered': 'この Mac の組織への登録',
  'playbook.evidence.userRegistered': 'この Mac でのあなたのアカウントの登録',
  'playbook.evidence.userStateNormal': '正常な登録状態',
  'playbook.evidence.tokensPresent': 'この Mac での Microsoft へのサインイン',
  'playbook.evidence.tokensReceivedSinceStart': '開始後の新しい Microsoft へのサインイン',
  'playbook.contact.default': '社内の IT ヘルプデスク',
  'playbook.contact.organization': '{organization} の IT ヘルプデスク',
  'playbook.contact.hours': '受付時間：{hours}',

  // Findings (main/common/diagnosis/catalogue.ts): one sentence for the user, one for the helpdesk
  'finding.state-unreadable.user':
    'PSSO Helper はこの Mac のシングルサインオンの状態を読み取れませんでした。',
  'finding.state-unreadable.helpdesk':
    '`app-sso platform -s` を実行または解析できませんでした。理由は probes.appSso を参照。PSSO についてはそれ以上不明です。',
  'finding.psso-not-configured.user': 'この Mac ではまだシングルサインオンが設定されていません。',
  'finding.psso-not-configured.helpdesk':
    'Platform SSO の構成がありません。PSSO プロファイルが未配信（割り当てと、インストール済みのプロファイルを確認：macOS 15 以降は「システム設定」>「一般」>「デバイス管理」、それ以前は「プライバシーとセキュリティ」>「プロファイル」）か、ポータル サイトがありません。',
  'finding.company-portal-missing.user':
    'シングルサインオンに必要な「ポータル サイト」がインストールされていません。',
  'finding.company-portal-missing.helpdesk':
    'ポータル サイトが /Applications にありません。SSO 拡張機能を含むため、ユーザを対象にする前に 5.2404.0 以降を入れる必要があります。',
  'finding.company-portal-outdated.user':
    'この Mac の「ポータル サイト」は古いため、シングルサインオンに使えません。',
  'finding.company-portal-outdated.helpdesk':
    'ポータル サイトが companyPortal.minimumVersion より古く、登録が失敗します（Platform SSO は 5.2404.0、macOS 26 の設定アシスタントでの登録は 5.2604.0 以降）。Microsoft は最新版を推奨しています。',
  'finding.multiple-sso-payloads.user':
    'この Mac には矛盾する 2 つのシングルサインオン設定があり、IT 部門が一方を削除する必要があります。',
  'finding.multiple-sso-payloads.helpdesk':
    'Platform SSO 拡張機能の com.apple.extensiblesso ペイロードが 2 つ以上あります（エラー 10002）。古いデバイス機能の SSO プロファイルの割り当てを解除します。並存する Kerberos SSO のペイロードはサポートされており、数えません。',
  'finding.password-changed-in-entra.user':
    'Microsoft のパスワードが変更されましたが、この Mac には古いパスワードが残っています。',
  'finding.password-changed-in-entra.helpdesk':
    'Entra リセット後の Password 方式：トークンは失効し、ローカルパスワードは未同期です。一時パスワードは同期不可。「ユーザとグループ」>「ネットワークアカウントサーバ」で再登録します。',
  'finding.device-not-registered.user': 'この Mac はまだ組織に登録されていません。',
  'finding.device-not-registered.helpdesk':
    'PSSO は構成済みですがデバイス登録が完了していません（registrationCompleted false）。登録の通知か「ユーザとグループ」の「登録」で開始します。',
  'finding.user-not-registered.user':
    'この Mac は登録済みですが、この Mac 上のあなたのアカウントは登録されていません。',
  'finding.user-not-registered.helpdesk':
    'デバイスは登録済みですが、このユーザの PSSO ユーザ構成がありません（共有 Mac や新しいユーザで典型的）。ユーザを登録します。',
  'finding.method-mismatch.user':
    '組織がサインイン方法を変更したため、この Mac をもう一度登録する必要があります。',
  'finding.method-mismatch.helpdesk':
    '構成された AuthenticationMethod が登録済みの loginType と異なります。新しい方式を使うには登録の修復が必要です。',
  'finding.user-needs-registration.user': 'この Mac 上のあなたのアカウントをもう一度登録する必要があります。',
  'finding.user-needs-registration.helpdesk':
    'ユーザ状態が登録必要です。パスワード回復時などに登録が削除されたか失敗しました。「ユーザとグループ」で登録／修復します。',
  'finding.user-needs-new-keys.user': 'この Mac でのあなたの登録を修復する必要があります。',
  'finding.user-needs-new-keys.helpdesk':
    'ユーザ状態が新しい鍵を必要としています（Secure Enclave のリセットや旧パスワードなしのリセット後など）。「ユーザとグループ」で修復します。',
  'finding.user-state-unrecognized.user': 'この Mac でのあなたの登録は対応が必要な状態です。',
  'finding.user-state-unrecognized.helpdesk':
    '認識できないユーザ状態名です（psso.user.stateName を参照）。新しい macOS で状態が追加されています。「ユーザとグループ」で修復し、だめならエスカレーションします。',
  'finding.passcode-policy-with-password-method.user':
    'この Mac のパスワードのルールにより、Microsoft のパスワードがここで使えない可能性があります。',
  'finding.passcode-policy-with-password-method.helpdesk':
    'Password 方式でローカルのパスコードポリシーが入っています。Entra のポリシーより厳しいとパスワード同期が失敗し、アクセスが拒否されます。',
  'finding.tokens-missing.user': '現在、この Mac は Microsoft にサインインしていません。',
  'finding.tokens-missing.helpdesk':
    'このユーザの SSO トークン（PRT）がありません。macOS はロック解除時やサインインが必要なときに取得します。',
  'finding.tokens-expired.user': 'この Mac での Microsoft へのサインインの有効期限が切れています。',
  'finding.tokens-expired.helpdesk':
    'SSO トークンは psso.tokens.expiresAt に失効しました。通常は 4 時間ごとに更新されるため、サインインの失敗（パスワード変更など）が疑われます。',
  'finding.secure-enclave-password-expectation.user':
    'この Mac では、Mac のパスワードは Microsoft のパスワードとは別のままです。これは想定どおりです。',
  'finding.secure-enclave-password-expectation.helpdesk':
    'Secure Enclave 方式ではローカルパスワードは仕様上 Entra と同期されません。修復は不要です。',
  'finding.tokens-expiring-soon.user': 'この Mac での Microsoft へのサインインはまもなく期限が切れます。',
  'finding.tokens-expiring-soon.helpdesk':
    'SSO トークンが設定された警告期間内に失効します。使用中は 4 時間ごとに更新されるはずです。',
  'finding.configuration-unknown.user': 'PSSO Helper は組織のシングルサインオン設定を読み取れませんでした。',
  'finding.configuration-unknown.helpdesk':
    'PSSO プロファイルを読み取れませんでした（profiles とマネージド環境設定）。それが必要な確認（ペイロード数、方式、パスコードポリシー）は省略しました。',
  'finding.account-excluded.user':
    'このアカウントはこの Mac でシングルサインオンを使わない設定です。修復は不要です。',
  'finding.account-excluded.helpdesk':
    'アカウントが PlatformSSO NonPlatformSSOAccounts に含まれています（macOS 14 以降）。登録を求められず、Platform SSO のポリシーも適用されません。ユーザ登録とトークンの確認は省略しました。',
  'finding.user-needs-binding.user': 'Mac のパスワードで一度サインインする必要があります。',
  'finding.user-needs-binding.helpdesk':
    'ユーザ状態 POUserStateNeedsBinding（macOS 26）。未確認：macOS 26 内の文字列では、ローカルアカウントのパスワードで一度サインインするとバインディングが修復されるとされています。画面をロックしてローカルパスワードで解除し、再確認します。',
  'finding.sign-in-password-rejected.user':
    'この Mac がサインインに使ったパスワードを Microsoft が受け付けませんでした。',
  'finding.sign-in-password-rejected.helpdesk':
    'SSO 拡張機能のログに、最後のトークン取得より後の AADSTS50126（ユーザ名またはパスワードが無効）があります。Entra でパスワード変更後も Mac が古いパスワードを使っている典型例です。証拠の行は signInLog.line。',
  'finding.entra-password-expired.user':
    'Microsoft のパスワードの有効期限が切れています。新しいパスワードを設定してください。',
  'finding.entra-password-expired.helpdesk':
    'SSO 拡張機能のログに、最後のトークン取得より後の AADSTS50055 または AADSTS50144（パスワードの期限切れ）があります。新しいパスワードを設定すると、次のサインインで Mac に同期されます。',
  'finding.sign-in-mfa-required.user':
    'Microsoft が追加の確認を求めていますが、この Mac では完了できませんでした。',
  'finding.sign-in-mfa-required.helpdesk':
    'SSO 拡張機能のログに、最後のトークン取得より後の AADSTS50076（MFA が必要）または AADSTS50079（MFA の登録が必要）があります。ユーザ単位の MFA はパスワード同期を妨げるため、条件付きアクセスの MFA を使い、ユーザに MFA を登録してもらいます。',
  'finding.sign-in-blocked-by-conditional-access.user':
    '組織のアクセスルールにより、この Mac のサインインがブロックされました。',
  'finding.sign-in-blocked-by-conditional-access.helpdesk':
    'SSO 拡張機能のログに、最後のトークン取得より後の AADSTS53003（条件付きアクセスによるブロック）があります。証拠の行の相関 ID で Entra のサインインログを確認します。',
  'finding.device-authentication-failed.user':
    'Microsoft がこの Mac の登録を確認できませんでした。もう一度登録する必要があります。',
  'finding.device-authentication-failed.helpdesk':
    'SSO 拡張機能のログに、最後のトークン取得より後の AADSTS50097 または AADSTS50155（デバイス認証が必要／失敗）があります。デバイス ID が使えないため、デバイスを再登録します。',
  'finding.device-disabled-in-entra.user':
    'この Mac は組織のディレクトリで無効にされています。有効に戻せるのは IT 部門だけです。',
  'finding.device-disabled-in-entra.helpdesk':
    'SSO 拡張機能のログに、最後のトークン取得より後の AADSTS135011（デバイスが無効）があります。Entra でデバイスを有効にするか、削除してユーザに Mac を再登録してもらいます。',
  'finding.device-deleted-in-entra.user':
    'この Mac は組織に認識されなくなりました。もう一度登録する必要があります。',
  'finding.device-deleted-in-entra.helpdesk':
    'SSO 拡張機能のログに、最後のトークン取得より後の AADSTS700003（デバイスオブジェクトが見つからない：Entra で削除済み）があります。Mac の登録は削除されたデバイスを指しているため、デバイスを再登録します。',
  'finding.refresh-token-expired-inactivity.user':
    'しばらく使われなかったため、この Mac での Microsoft へのサインインの有効期限が切れました。',
  'finding.refresh-token-expired-inactivity.helpdesk':
    'SSO 拡張機能のログに、最後のトークン取得より後の AADSTS700082（非アクティブによる更新トークンの期限切れ）があります。もう一度サインインすると更新されます。',
  'finding.sign-in-refresh-failed.user': 'この Mac は Microsoft へのサインインを更新できませんでした。',
  'finding.sign-in-refresh-failed.helpdesk':
    'SSO 拡張機能のログに、最後のトークン取得より後の invalid_grant（より具体的な AADSTS コードなし）があります。更新トークンが拒否されました（期限切れまたは失効）。もう一度サインインすると更新されます。',
  'finding.tls-inspection-suspected.user':
    'この Mac が使っているネットワークが、Microsoft との安全な接続を妨げている可能性があります。',
  'finding.tls-inspection-suspected.helpdesk':
    'サインインのログに、Microsoft のサインイン用ホストで信頼されないサーバ証明書が記録されています。TLS インスペクションやプロキシは Platform SSO を妨げます。login.microsoftonline.com などの Microsoft のサインイン用ホストを検査の対象外にします。',
  'finding.macos-registration-prompts.user':
    'この macOS のバージョンでは、登録を何度も求められることがあります。macOS をアップデートすると直ります。',
  'finding.macos-registration-prompts.helpdesk':
    'macOS 15.0〜15.2 の既知の問題：AppSSOAgent と AppSSODaemon がデバイス構成を破損します（com.apple.PlatformSSO Code=-1001）。15.3 で修正済みのため macOS をアップデートします。15.3 以降で見られる場合は sysdiagnose を添えて Apple に問い合わせます。',
  'finding.company-portal-updated.user':
    '「ポータル サイト」が更新されたばかりです。登録し直す前に、「ポータル サイト」を開き直すか Mac を再起動してください。',
  'finding.company-portal-updated.helpdesk':
    '最後のサインインの後にポータル サイトが更新され、ユーザが再登録を求められています。ポータル サイトの更新による既知の現象で、ポータル サイトを開き直すか再起動すると通常は解消します。',
  'finding.extension-not-active.user':
    'この Mac にはシングルサインオンが設定されていますが、動作していません。Mac を再起動してください。',
  'finding.extension-not-active.helpdesk':
    'Platform SSO のプロファイルは入っていますが、app-sso に構成がありません。SSO 拡張機能が有効になっていません（macOS やポータル サイトの更新後に見られます）。再起動し、直らなければポータル サイトを入れ直してプロファイルを確認します。',
  'finding.setup-assistant-registration.user':
    'この Mac は設定アシスタント中に登録するよう設定されていますが、その登録が完了していません。',
  'finding.setup-assistant-registration.helpdesk':
    'macOS 26 の簡易セットアップ：ポリシー（Platform SSO、必須の LOB アプリとしてのポータル サイト、登録プロファイル）は同じグループを対象にする必要があります。設定アシスタントで登録に失敗すると「サインインできません」と「再試行」が表示され、再試行で成功することがほとんどです。',

  // The menu-bar item (main/node/menubar/trayMenu.ts)
  'tray.verdict.healthy': 'サインインは正常です',
  'tray.verdict.attention': 'サインインの確認が必要です',
  'tray.verdict.broken': 'サインインの修復が必要です',
  'tray.verdict.notConfigured': 'この Mac では Platform SSO が設定されていません',
  'tray.verdict.unknown': 'サインインの状態を読み取れませんでした',
  'tray.title.healthy': '',
  'tray.title.attention': '要確認',
  'tray.title.broken': '要修復',
  'tray.title.notConfigured': '',
  'tray.title.unknown': '',
  'tray.checking': 'Mac を確認しています…',
  'tray.fix': '修復する…',
  'tray.open': 'PSSO Helper を開く',
  'tray.copySupportCode': 'サポートコードをコピー',
  'tray.checkNow': '今すぐ確認',
  'tray.quit': 'PSSO Helper を終了',
  'tray.tooltip': 'PSSO Helper: {headline}',
  'tray.checkingAgain': '{headline} · {checking}',

  // Notifications (main/node/notifications): the title by severity and the action; the body is the finding’s user sentence
  'notification.title.broken': 'Mac のサインインの修復が必要です',
  'notification.title.attention': 'Mac のサインインの確認が必要です',
  'notification.action': '修復する…',

  // The history timeline (main/common/history/timeline.ts)
  'timeline.verdict.healthy': '正常',
  'timeline.verdict.attention': '要確認',
  'timeline.verdict.broken': '問題あり',
  'timeline.verdict.notConfigured': '未設定',
  'timeline.verdict.unknown': '不明',
  'timeline.verdictSince': '{when} から判定は「{verdict}」です',
  'timeline.tokensRefreshed': 'SSO トークンの最終更新: {ago}',
  'timeline.registrationLost': '登録が失われた日時: {when}',
  'timeline.dateTime': '{date} {time}',
  'timeline.first': '最初の確認: {verdict}',
  'timeline.verdictChanged': '判定 {from} → {to}',
  'timeline.lost': '登録が失われました',
  'timeline.restored': '再登録されました',
  'timeline.refreshed': 'SSO トークンが更新されました',
  'timeline.method': '方式 {from} → {to}',
  'timeline.empty': '履歴はまだありません',
  'timeline.signInLog.tokens': 'トークンを取得（SSO 拡張機能のログ）',
  'timeline.signInLog.errorStanding': 'サインインエラー {signature}、その後トークンの取得なし：検出事項',
  'timeline.signInLog.errorHistory': 'サインインエラー {signature}、その後トークンを取得：履歴',

  // The command line’s human output (main/node/cli)
  'cli.guide.finding': '検出事項',
  'cli.guide.helpdesk': 'ヘルプデスク向け',
  'cli.guide.sources': '出典',
  'cli.guide.steps': '手順',
  'cli.guide.afterwards': 'Mac が修復を確認した後',
  'cli.guide.verifiedWhen': 'Mac が次を示したときだけ完了',
  'cli.guide.nothingToVerify': '確認は不要です（説明のみで、修復はしません）。',
  'cli.guide.noPlaybook': 'ユーザが行う操作はありません。',
  'cli.guide.waits': 'Mac が修復を示すまで待ちます',
  'cli.guide.action': '操作',
  'cli.guide.goTo': '手順',
  'cli.guide.macOS.range': 'macOS {min}〜{max} のみ',
  'cli.guide.macOS.min': 'macOS {min} 以降のみ',
  'cli.guide.macOS.max': 'macOS {max} 以前のみ',
  'cli.guide.fileVault.true':
    '新しいパスワードで FileVault を解除できる場合：macOS 15 以降で FileVaultPolicy あり',
  'cli.guide.fileVault.false':
    'FileVault にまだ古いパスワードが必要な場合：macOS 15 より前、または FileVaultPolicy なし',
  'cli.guide.fileVault.unknown': 'macOS のバージョンまたは FileVault のポリシーが不明な場合',
  'cli.guide.openSettings': '「システム設定」を開く',
  'cli.guide.openCompanyPortal': '「ポータル サイト」を開く',
  'cli.guide.openPasswordChange': 'パスワード変更ページを開く',
  'cli.guide.copySupportContact': 'ヘルプデスクの連絡先をコピー',
  'cli.guide.copySupportCode': 'サポートコードをコピー',
  'cli.guide.helpdeskPlaybook': 'ヘルプデスク',
  'cli.status.verdict': 'Platform SSO: {verdict}（取得 {capturedAt}）',
  'cli.status.registration': '方式: {method}、デバイス {device}、ユーザ {user}{userState}',
  'cli.status.userState': '（{name}）',
  'cli.status.tokens': 'SSO トークン: {tokens}',
  'cli.status.tokensReceived': '受信 {receivedAt}、有効期限 {expiresAt}',
  'cli.status.tokensExpired': '受信 {receivedAt}、期限切れ {expiresAt}',
  'cli.status.unreadable': 'app-sso を読み取れませんでした: {detail}',
  'cli.status.companyPortal': 'ポータル サイト: {companyPortal}、macOS {macOS}',
  'cli.decode.unreadable': '読み取れませんでした',
  'cli.decode.findings': '検出事項（最初のものから対処します）:',
  'cli.decode.moreFindings': '（コードに入りきらない検出事項があります。レポートを依頼してください）',
  'cli.decode.walkThrough': 'ユーザに案内する手順（{playbook}）:',
  'cli.value.unknown': '不明',
  'cli.value.none': 'なし',
  'cli.value.present': 'あり',
  'cli.value.registered': '登録済み',
  'cli.value.notRegistered': '未登録',
  'cli.value.installed': 'インストール済み',
  'cli.value.notInstalled': '未インストール',
  'cli.value.configured': '構成済み',
  'cli.value.notConfigured': '未構成',

  // サポートコード（main/common/supportCode）：読み取り、コードに含まれる内容
  'supportCode.error.empty': 'サポートコードを入力してください。',
  'supportCode.error.invalidCharacter':
    '「{symbol}」（{position}文字目）はサポートコードには使われない文字です。',
  'supportCode.error.wrongLength': 'サポートコードは{expected}文字ですが、入力されたのは{count}文字です。',
  'supportCode.error.mistyped':
    'どこかの文字を聞き間違えたようです。最後の文字はチェック用で、ほかの文字と合いません。5文字ずつ区切って、もう一度読み上げてもらってください。',
  'supportCode.error.soundAlike': '{position}文字目は「{typed}」ではなく「{candidate}」かもしれません。',
  'supportCode.error.newerFormat':
    'このコードは新しいバージョンの PSSO Helper で作成されています（コード形式 {format}。このバージョンで読み取れるのは {supported} までです）。PSSO Helper をアップデートしてください。',
  'supportCode.tokenAge.underAnHour': '1時間以内',
  'supportCode.tokenAge.underADay': '1日以内',
  'supportCode.tokenAge.under7Days': '7日以内',
  'supportCode.tokenAge.under14Days': '14日以内',
  'supportCode.tokenAge.under30Days': '30日以内',
  'supportCode.tokenAge.30DaysOrMore': '30日以上前',
  'supportCode.userState.normal': '正常',
  'supportCode.userState.needsRegistration': '登録が必要',
  'supportCode.userState.needsNewKeys': '新しいキーが必要',
  'supportCode.userState.other': '不明な状態',
  'supportCode.phase.step': 'このステップを実行中',
  'supportCode.phase.verifying': 'PSSO Helper がステップを確認中',
  'supportCode.phase.handedOff': 'ヘルプデスクに引き継ぎ',
  'supportCode.phase.unknown': '不明',
  'supportCode.stepUnknown': 'このバージョンでは不明なステップ',

  // ヘルプデスク用の表示（電話対応向け）：概要、グループ分けした情報、アプリ内での読み取り
  'helpdesk.summary.heading': '通話用の概要',
  'helpdesk.summary.state': '状態',
  'helpdesk.summary.userSees': 'ユーザの画面',
  'helpdesk.summary.sayNext': '次に伝えること',
  'helpdesk.verdictSay.healthy': 'この Mac のサインインは正常に動作しています。',
  'helpdesk.verdictSay.attention': 'サインインは動作していますが、近いうちに対応が必要です。',
  'helpdesk.verdictSay.broken': 'サインインが壊れていて、修復が必要です。',
  'helpdesk.verdictSay.notConfigured': 'この Mac ではまだプラットフォーム SSO が設定されていません。',
  'helpdesk.verdictSay.unknown': 'Mac のサインイン状態を読み取れませんでした。',
  'helpdesk.summary.statusScreen': 'PSSO Helper の状態表示：「{verdict}」',
  'helpdesk.summary.onStep': '「{title}」のステージ {number}/{count}：{text}',
  'helpdesk.summary.verifying':
    '「{title}」のステージ {number}/{count}。うまくいったかどうかを PSSO Helper が確認しています。',
  'helpdesk.summary.alsoShown': 'あわせて表示されているステージ {number}：{text}',
  'helpdesk.summary.handedOff':
    'ユーザは「{title}」のステージ {number} で修復を止めて、ヘルプデスクに連絡しています。',
  'helpdesk.summary.sayWait':
    'しばらく待つよう伝えてください。ステップがうまくいくと PSSO Helper が自動的に気づきます。',
  'helpdesk.summary.sayStart':
    'PSSO Helper の「{fix}」をクリックするよう伝えてください。「{title}」の手順が案内されます。',
  'helpdesk.summary.sayNothing':
    '修復の必要はありません。どのアプリでサインインを求められるかを聞いてください。',
  'helpdesk.summary.sayUnknown':
    'PSSO Helper の「{checkAgain}」をクリックするよう伝えてください。それでも読み取れない場合は、診断情報を送ってもらってください。',
  'helpdesk.summary.noRepair': '修復は実行されていません。',
  'helpdesk.copyReport': 'レポートをコピー',
  'helpdesk.whatTheMacShows': 'Mac の状態',
  'helpdesk.allFacts': 'すべての情報（技術者向け）',
  'helpdesk.group.thisMac': 'この Mac',
  'helpdesk.group.thisUser': 'このユーザ',
  'helpdesk.group.tokens': 'サインイン用のトークン',
  'helpdesk.group.configuration': '組織からの構成',
  'helpdesk.group.companyPortal': 'ポータル サイト',
  'helpdesk.group.macOS': 'macOS',
  'helpdesk.group.evidence': 'ログからの根拠',
  'helpdesk.noEvidence': 'ログからの根拠はありません。',
  'helpdesk.fact.computerName': 'コンピュータ名',
  'helpdesk.fact.serialNumber': 'シリアル番号',
  'helpdesk.fact.model': 'モデル',
  'helpdesk.fact.chip': 'チップ',
  'helpdesk.fact.pssoConfigured': 'プラットフォーム SSO の設定',
  'helpdesk.fact.deviceRegistered': 'Microsoft Entra への登録',
  'helpdesk.fact.deviceId': 'Entra デバイス ID',
  'helpdesk.fact.tenantId': 'テナント ID',
  'helpdesk.fact.method': 'サインイン方法',
  'helpdesk.fact.upn': 'アカウント',
  'helpdesk.fact.loginUser': 'Mac のアカウント',
  'helpdesk.fact.userRegistered': 'アカウントの登録',
  'helpdesk.fact.userState': '登録状態',
  'helpdesk.fact.lastLogin': '最後にサインインした日時',
  'helpdesk.fact.tokensPresent': 'Mac 上のトークン',
  'helpdesk.fact.tokensReceived': '受信日時',
  'helpdesk.fact.tokensExpire': '有効期限',
  'helpdesk.fact.profileMethod': 'プロファイルで設定された方法',
  'helpdesk.fact.ssoPayloads': 'シングルサインオンのプロファイル',
  'helpdesk.fact.platformSsoPayloads': 'Platform SSO のプロファイル',
  'helpdesk.fact.kerberosSso': 'Kerberos SSO のレルム（プロファイル）',
  'helpdesk.fact.accountExcluded': 'Platform SSO の対象外のアカウント',
  'helpdesk.fact.fileVaultPolicy': 'FileVault のポリシー',
  'helpdesk.fact.kerberosRealms': 'Kerberos のレルム（app-sso）',
  'helpdesk.fact.lastTokensInLog': 'サインインログの最後のトークン',
  'report.signInLog': 'サインインログ（SSO 拡張機能、AppSSO、秘匿化済み）',
  'report.signInLogNone': '認識できる記録はありません（プローブ：{status}）。',
  'report.historyUnavailable': '履歴を読み取れません：{reason}。',
  'helpdesk.fact.companyPortalVersion': 'バージョン',
  'helpdesk.fact.companyPortalNewEnough': '必要なバージョン以上',
  'helpdesk.fact.macOSVersion': 'バージョン',
  'helpdesk.fact.macOSBuild': 'ビルド',
  'helpdesk.fact.capturedAt': '読み取った日時',
  'helpdesk.value.yes': 'はい',
  'helpdesk.value.no': 'いいえ',
  'helpdesk.value.notRead': '読み取れません（{reason}）',
  'helpdesk.decodeHeading': 'サポートコードを読み取る',
  'helpdesk.decodeHint':
    '15文字を5文字ずつ3つに区切って読み上げます。小文字、スペース、ハイフンを含めて入力してもかまいません。',
  'helpdesk.decodedTitle': 'コード {code}',
  'helpdesk.decodedFindings': '検出事項（最初のものから対応します）',
  'helpdesk.decodedMoreFindings':
    'コードに含めきれない検出事項があります。レポートを送ってもらってください。',
  'helpdesk.decodedRepair': 'ユーザは「{title}」のステップ {number} にいます：{text}',
  'helpdesk.decodedRepairUnknownStep': 'ユーザは「{title}」の、このバージョンでは不明なステップにいます。',
  'helpdesk.decodedGuide': 'macOS {macOS} 向けの手順：「{title}」',
  'helpdesk.decodedGuideAnyMacOS': '手順：「{title}」（macOS が不明なため、すべてのステップを表示）',
  'helpdesk.decodedFacts': 'コードの内容',
  'helpdesk.decodeLabel.verdict': '状態',
  'helpdesk.decodeLabel.macOS': 'macOS',
  'helpdesk.decodeLabel.platformSso': 'プラットフォーム SSO',
  'helpdesk.decodeLabel.deviceRegistered': 'Mac の登録',
  'helpdesk.decodeLabel.tokensExpired': 'トークンの期限切れ',
  'helpdesk.decodeLabel.tokenAge': 'トークンの受信',
  'helpdesk.decodeLabel.companyPortal': 'ポータル サイトのインストール',
  'helpdesk.decodeLabel.companyPortalNewEnough': 'ポータル サイトのバージョン',
  'helpdesk.tokenAgeAgo': '{age}',

  // レポート（main/node/report）：見出しとラベル。技術的なキーはそのまま
  'report.title': '{app} レポート',
  'report.verdict': '**状態：{verdict}**（{status}）、{capturedAt} に読み取り。',
  'report.supportCode': 'サポートコード：`{code}`',
  'report.supportCodeMeaning': 'コードの内容',
  'report.findings': '検出事項',
  'report.noFindings': 'なし。',
  'report.findingHelpdesk': 'ヘルプデスク向け',
  'report.guide': 'macOS {macOS} 向けの手順「{title}」',
  'report.guideAnyMacOS': '手順「{title}」（macOS が不明なため、すべてのステップ）',
  'report.noGuide': '手順はありません。ヘルプデスクでの対応が必要です。',
  'report.answers': 'ユーザの回答',
  'report.noAnswers': 'ユーザはまだ質問に回答していません。',
  'report.answer': '{question}：**{answer}**（{at}）',
  'report.device': 'Intune で Mac を探すための情報',
  'report.facts': '情報',
  'report.factColumn': '項目',
  'report.valueColumn': '値',
  'report.history': '履歴',
  'report.noHistory': '履歴はありません。',
  'report.about': 'このレポートについて',
  'report.aboutApp': '{app} {version}（{id}）、レポート形式 {format}',
  'report.generated': '作成日時：{at}',
  'report.secrets':
    '秘密情報（キー、証明書、ハッシュ、トークン、Cookie、Kerberos キャッシュ名）は削除済み。識別子は{identifiers}',
  'report.identifiersKept': 'そのまま',
  'report.identifiersPseudonymized': '仮名化済み',
  'report.raw': '{command}（秘密情報は削除済み）',
  'report.notAvailable': '取得できません。',
  'report.repair': '修復中',

  // Managed configuration keys (main/common/config/keys.ts): admin documentation, generated into docs/configuration.md and the admin samples
  'config.OrganizationName':
    '組織名。ウインドウのタイトルと本文に表示されます（例:「Contoso の IT 部門にお問い合わせください」）。',
  'config.SupportPhone': 'ユーザに表示するヘルプデスクの電話番号。',
  'config.SupportEmail': 'ユーザに表示するヘルプデスクのメールアドレス。',
  'config.SupportURL': 'Mac のサインインに関する社内ヘルプページ（https://）。',
  'config.PasswordChangeURL': 'ユーザが Microsoft Entra ID のパスワードを変更するページ（https://）。',
  'config.HelpdeskHours': 'ヘルプデスクの受付時間。電話番号の横に表示されます。',
  'config.Language': 'アプリの言語。system（macOS の設定に従う）、en、ja のいずれか。',
  'config.EnabledPlaybooks':
    'ユーザが開始できる修復ガイドの ID の一覧。設定しない場合はすべてのガイドを使用できます。',
  'config.ShowHelpdeskView':
    'ヘルプデスク向け画面（状態の詳細、サポートコード、個人情報を伏せたレポート）を表示する。',
  'config.CheckIntervalMinutes': 'サインイン状態をバックグラウンドで確認する間隔（分、5〜1440）。',
  'config.NotificationsEnabled':
    'サインインに問題が起きたときやトークンの有効期限が近いときにユーザへ通知する。',
  'config.NotificationRepeatHours': '同じ問題を再び通知するまでの時間（時間、1〜720）。',
  'config.MenuBarOnly': 'メニューバー項目だけが開いているときは Dock にアイコンを表示しない。',
  'config.AllowQuit':
    'メニューバーのメニューに「終了」を表示する。false にするとユーザはアプリを終了できません。',
  'config.TokenExpiryWarningHours': 'Mac のサインイントークンの有効期限の何時間前に警告するか（1〜720）。',
  'config.PseudonymizeIdentifiers': 'レポート内のユーザ名とデバイス ID を一定の仮名に置き換える。',
  'config.LogLevel': 'ログの詳細度。error、warn、info、debug のいずれか。',
  'playbook.stage.usersAndGroups': '「システム設定」›「ユーザとグループ」で登録します。',
  'playbook.stage.macPasswordSheet': 'macOS に求められたら、Mac のパスワードを入力します。',
  'playbook.stage.macPasswordSheetHelp':
    'パスワードを求めるウインドウが表示されない場合は、もう一度「修復」または「登録」をクリックすると、ウインドウが再び開きます。',
  'playbook.stage.signInMicrosoft': '開いたウインドウで Microsoft にサインインします。',
  'playbook.stage.signInHelp':
    'サインインのウインドウが出ないときは、画面右上の「登録が必要です」の通知を探し、「登録」をクリックします。',
  'playbook.step.approveSignIn': 'Microsoft に求められたら、スマートフォンでサインイン要求を承認します。',
  'playbook.passwordReset.signInNew': '新しい Microsoft パスワードでサインインします。',
  'playbook.passwordReset.macPasswordIsOld':
    '新しい Microsoft パスワードではありません。修復が終わるまで、この Mac は以前のパスワードで開きます。',
  'playbook.passwordReset.answerOwnPassword': 'いいえ、新しいパスワードを自分で決めました',
  'playbook.passwordReset.answerTemporary': 'はい、一時パスワードです',
  'playbook.passwordReset.setPermanent.signInTemporary':
    'IT 部門から受け取った一時パスワードでサインインします。',
  'playbook.passwordReset.setPermanent.chooseNew':
    '新しい Microsoft パスワードを決めます。これからはこの Mac でもそのパスワードを使います。',
  'playbook.passwordReset.waitingHelp':
    '「登録」ではなく「修復」と表示されている場合は「修復」をクリックします。何も開かないときは、{supportContact} に連絡してください。',
  'playbook.passwordReset.afterCare': 'これから知っておくこと',
  'playbook.registration.waitingHelp':
    'サインインのウインドウが出ないときは、集中モードが通知を隠しているかもしれません。集中モードをオフにするか、ログアウトしてもう一度ログインします。ポータル サイトからも登録できます：「ポータル サイト」›「環境設定」›「デバイスの登録」。',
  'playbook.refreshTokens.chooseLockScreen': 'アップルメニュー ›「画面をロック」を選びます。',
  'playbook.refreshTokens.unlock': '今朝この Mac のロック解除に使ったパスワードでロックを解除します。',
  'playbook.refreshTokens.waitingHelp':
    'まだ変わらないときは、もう一度ロックして解除します。Microsoft からサインインを求められないときは、Mac を再起動します。',
  'playbook.evidence.registrationUnderway': '登録のための Mac のパスワードの受け付け',
  'playbook.evidenceMissing.configured': 'この Mac には組織のシングルサインオン設定がありません。',
  'playbook.evidenceMissing.companyPortalReady':
    'ポータル サイト 5.2404.0 以降がインストールされていません。',
  'playbook.evidenceMissing.deviceRegistered': 'この Mac はまだ組織に登録されていません。',
  'playbook.evidenceMissing.userRegistered': 'あなたのアカウントはまだこの Mac に登録されていません。',
  'playbook.evidenceMissing.userStateNormal': '登録が終わっていません。Mac はまだサインインを待っています。',
  'playbook.evidenceMissing.tokensPresent': 'この Mac には有効な Microsoft のサインインがありません。',
  'playbook.evidenceMissing.tokensReceivedSinceStart':
    '開始してから、Mac は Microsoft の新しいサインインを受け取っていません。',
  'playbook.evidenceMissing.registrationUnderway':
    'Mac はまだ登録のための Mac のパスワードを受け付けていません。',
  'repair.stageProgress': 'ステージ {current}/{total}',
  'repair.waitingForMac': '終わると Mac が PSSO Helper に知らせます。自動的に次に進みます。',
  'repair.waitingForYou': '{place}での操作が終わるのを待っています。',
  'repair.doneThis': '終わりました',
  'repair.notFixedTitle': 'まだ修復できていません',
  'repair.notFixedShows': 'Mac には今もこう表示されています：',
  'repair.tryAgain': 'もう一度手順をやり直す',
  'repair.checkAgain': 'もう一度確認',
  'repair.showFull': 'ウインドウ全体を表示',
  'repair.place.app': 'PSSO Helper',
  'repair.place.browser': 'ブラウザ',
  'repair.place.usersAndGroups': '「システム設定」›「ユーザとグループ」',
  'repair.place.passwordSheet': 'Mac のパスワードを求めるウインドウ',
  'repair.place.microsoftSignIn': 'Microsoft のサインインウインドウ',
  'repair.place.lockScreen': 'ロック画面',
  'repair.place.companyPortal': 'ポータル サイト',
  'repair.picture.usersAndGroups':
    '「システム設定」の「ユーザとグループ」：「ネットワークアカウントサーバ」の横の「編集…」をクリックし、「修復」（または「登録」）をクリックします。',
  'repair.picture.passwordSheet':
    '「システム設定」の上に開く「シングルサインオン」ウインドウ：「パスワード」欄に Mac のパスワードを入力し、「OK」をクリックします。',
  'repair.picture.microsoftSignIn':
    'Microsoft のサインインウインドウ：パスワードを入力し、「サインイン」をクリックします。',
  'repair.picture.lockScreen': 'ロック画面：名前の下の欄に Mac のパスワードを入力し、return キーを押します。',
  'repair.picture.companyPortal':
    'ポータル サイト：「ポータル サイト」›「環境設定」を選び、「デバイスの登録」をクリックします。',
  'repair.picture.browser':
    'ブラウザのパスワードのページ：一時パスワードでサインインし、新しいパスワードを決めます。',
  'repair.label.systemSettings': 'システム設定',
  'repair.label.usersAndGroups': 'ユーザとグループ',
  'repair.label.networkAccountServer': 'ネットワークアカウントサーバ',
  'repair.label.edit': '編集…',
  'repair.label.repair': '修復',
  'repair.label.register': '登録',
  'repair.label.singleSignOn': 'シングルサインオン',
  'repair.label.password': 'パスワード',
  'repair.label.ok': 'OK',
  'repair.label.cancel': 'キャンセル',
  'repair.label.signIn': 'サインイン',
  'repair.label.enterPassword': 'パスワードを入力',
  'repair.label.preferences': '環境設定',
  'repair.label.registerDevice': 'デバイスの登録',
  'repair.label.newPassword': '新しいパスワード',
  // The preview's pretend Mac (main/node/preview/scenarios.ts, renderer/preview/PretendMac.tsx)
  'pretendMac.title': '練習用の Mac（プレビューのみ）',
  'pretendMac.nothingToDo': 'このシナリオでは、アプリの外ですることはありません。',
  'pretendMac.done': '済み：{action}',
  'pretendMac.chooseNewPassword': 'パスワードのページで新しいパスワードを決める',
  'pretendMac.editAndRepair': '「ユーザとグループ」で「編集…」、次に「修復」をクリック',
  'pretendMac.editAndRegister': '「ユーザとグループ」で「編集…」、次に「登録」をクリック',
  'pretendMac.enterMacPassword': 'Mac のパスワードを入力',
  'pretendMac.signInMicrosoft': 'Microsoft にサインイン',
  'pretendMac.lockAndUnlock': 'ロックしてロック解除',
  'tray.passwordChanged': 'パスワードを変更した、またはリセットされた…',
  // Asked by the refresh-tokens playbook's first stage and by the status screen (reportedEntraPasswordReset)
  'playbook.refreshTokens.askPasswordChanged':
    '最近、Microsoftのパスワードを変更したか、IT部門にリセットされましたか？',
}
