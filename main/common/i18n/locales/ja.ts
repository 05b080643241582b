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
  'nav.helpdeskShortcut': 'ショートカット：Command + Shift + H（Control + Shift + H）',
  'language.label': '言語',
  'language.system': 'システム（{lang}）',
  // The language's own name, in itself: the switch lists every language by it.
  'language.name': '日本語',
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
  'question.passwordReset': '最近、Microsoftのパスワードを変更したか、IT部門にリセットされましたか？',
  'question.yes': 'はい',
  'question.no': 'いいえ',
  'question.secureEnclave': '新しいMicrosoftのパスワードでこのMacのロックを解除できない',
  'question.failed': '回答をPSSO Helperに伝えられませんでした：{message}',
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
  'repair.progress': 'ステップ {current}/{total}',
  'repair.next': '続ける',
  'repair.back': '戻る',
  'repair.cancel': '修復を中止',
  'repair.checking': 'Macを確認しています…',
  'repair.checkingDetail': '数秒ごとに確認します。このウインドウは開いたままで構いません。',
  'repair.checkNow': '今すぐ確認',
  'repair.succeeded': '修復できました。サインインが再び使えることをMacが確認しました。',
  'repair.succeededDetail': 'TeamsやOutlookなどのアプリに再びサインインできます。',
  'repair.notFixed': 'まだ修復できていません。足りないもの：',
  'repair.notFixedNext': 'もう一度手順を試すか、下の詳細を添えてヘルプデスクにご連絡ください。',
  'repair.done': '完了',
  'repair.actionFailed': '開けませんでした：{message}',
  'repair.stepFailed': '問題が発生しました：{message}',
  'helpdesk.title': 'ヘルプデスク用の表示',
  'helpdesk.intro': 'ヘルプデスク向けの情報です。ここに表示される内容から秘密情報は削除されています。',
  'helpdesk.verdict': '判定',
  'helpdesk.findings': '検出事項',
  'helpdesk.noFindings': '検出事項はありません。',
  'helpdesk.facts': '情報',
  'helpdesk.rawUnavailable': '出力を取得できません。',
  'helpdesk.copy': 'コピー',
  'helpdesk.copyNamed': '{name}をコピー',
  'helpdesk.copied': 'コピーしました',
  'helpdesk.copyAll': 'すべての情報をコピー',
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
  'helpdesk.configuration': '構成',
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
    '「ネットワークアカウントサーバ」の横にある「編集」をクリックします。',
  'playbook.step.clickRegisterOrRepair':
    '「登録」をクリックします。「修復」と表示されている場合は「修復」をクリックします。',
  'playbook.step.clickRegisterOrRepair.helpdesk':
    '登録／修復は、最初の登録と同じデバイス登録とユーザ登録の手順を実行します [T]。',
  'playbook.step.enterMacPassword':
    'Mac に聞かれたら、今この Mac のロック解除に使っているパスワードを入力します。',
  'playbook.step.enterMacPassword.helpdesk':
    '「シングルサインオン」ウインドウでローカルアカウントのパスワードを入力し、登録を結び付けます [J2]。',
  'playbook.step.signInMicrosoft':
    '現在の Microsoft パスワード（変更された場合は新しいパスワード）で Microsoft にサインインし、サインインの確認を承認します。',
  'playbook.step.signInMicrosoft.helpdesk':
    '現在の Entra パスワードと MFA で Entra にサインインすると登録が完了します [J1]。',
  'playbook.step.waitForMac': 'PSSO Helper が Mac を確認するまでお待ちください。数分かかることがあります。',
  'playbook.step.waitForMac.helpdesk':
    'app-sso を繰り返し確認し、Mac 自身が証拠を示したときだけ成功と判断します。',
  'playbook.step.macos13NoSettings':
    'macOS 13 にはこの設定がありません。代わりに「ポータル サイト」を開きます。',
  'playbook.step.macos13NoSettings.helpdesk':
    'macOS 13 には Platform SSO の「システム設定」UI がなく、修復はポータル サイトから行います [J1]、[T]。',
  'playbook.step.companyPortalRegister':
    '「ポータル サイト」で「ポータル サイト」>「基本設定」を選び、「デバイスの登録」をクリックします。',
  'playbook.step.companyPortalRegister.helpdesk':
    'ポータル サイトの「基本設定」>「デバイスの登録」で、PSSO が有効な Mac の登録をやり直せます [CPP]。',
  'playbook.passwordReset.title': 'Mac のパスワードを新しいパスワードに合わせます',
  'playbook.passwordReset.summary':
    'Microsoft のパスワードが変更されましたが、この Mac には古いパスワードが残っているため、シングルサインオンが止まっています。',
  'playbook.passwordReset.askTemporary': 'IT 部門から仮のパスワードを受け取りましたか？',
  'playbook.answer.yes': 'はい',
  'playbook.answer.no': 'いいえ',
  'playbook.answer.notSure': 'わからない',
  'playbook.passwordReset.setPermanent':
    '仮のパスワードは Mac では使えません。先にブラウザで自分の新しいパスワードを設定してください：{passwordChangeUrl}',
  'playbook.passwordReset.setPermanent.helpdesk':
    '管理者リセットの仮パスワードは同期できません。先に別のデバイスか Web で正式なパスワードを設定する必要があります [T]。',
  'playbook.passwordReset.lockAndUnlock':
    'アップルメニュー >「画面をロック」を選び、ロックを解除します。古いパスワードでも新しいパスワードでも解除できます。',
  'playbook.passwordReset.lockAndUnlock.helpdesk':
    'Entra のパスワード変更後、macOS は 4 時間以内に新しいパスワードを求めます。古い・新しいどちらでもロック解除できます [T]。',
  'playbook.passwordReset.askPrompted':
    'Mac から新しい Microsoft パスワードでのサインインを求められましたか？',
  'playbook.passwordReset.signInWhenAsked': '新しいパスワードでサインインし、サインインの確認を承認します。',
  'playbook.passwordReset.useNewPassword':
    'これからは、この Mac のロック解除とログインに新しいパスワードを使います。',
  'playbook.passwordReset.fileVault.macos15':
    '再起動後の最初の画面では新しいパスワードが使えます。使えない場合は、一度だけ古いパスワードを使ってください。',
  'playbook.passwordReset.fileVault.macos15.helpdesk':
    'FileVault 画面で新しい Entra パスワードが使えるのは、macOS 15 以降・FileVaultPolicy・Apple シリコンの場合だけです [T]、[IC]。',
  'playbook.passwordReset.fileVault.earlier':
    '再起動後の最初の画面では、まだ古いパスワードが必要な場合があります。一度古いパスワードを使うと、その後は新しいパスワードが使えます。',
  'playbook.passwordReset.fileVault.earlier.helpdesk':
    'macOS 15 より前では、次の同期まで FileVault 画面に古いローカルパスワードが必要です [T]。',
  'playbook.passwordReset.keychain':
    '「ログイン」キーチェーンのパスワードを聞かれたら、古いパスワードを入力します。',
  'playbook.passwordReset.keychain.helpdesk':
    'キーチェーンは OS 内部の仕組みで解除され、このアプリからは操作できません。変更後のキーチェーンの確認には通常古いパスワードを使います [AF-815755]。',
  'playbook.registration.title': 'この Mac を組織に登録します',
  'playbook.registration.summary': 'シングルサインオンを使うには、この Mac を組織に登録する必要があります。',
  'playbook.registration.checkCompanyPortal':
    '「ポータル サイト」を開き、インストール済みで最新であることを確認します。',
  'playbook.registration.checkCompanyPortal.helpdesk':
    'PSSO プロファイルとポータル サイト 5.2404.0 以降の両方がそろうと登録が求められます [IC]、[TS]。',
  'playbook.registration.askSignInAppeared': 'Microsoft のサインイン画面が表示されましたか？',
  'playbook.registration.focus':
    '集中モードがオンだと通知が表示されません。「コントロールセンター」で集中モードをオフにします。',
  'playbook.registration.focus.helpdesk':
    '集中モード／おやすみモードは「登録が必要です」の通知を隠します [SK]。',
  'playbook.registration.logOutIn':
    'Mac からログアウトして、もう一度ログインします。登録を求める通知がもう一度表示されます。',
  'playbook.registration.logOutIn.helpdesk':
    'ログアウトとログインで登録の確認がもう一度表示されます [T]、[SK]。',
  'playbook.registerUser.title': 'この Mac にあなたのアカウントを登録します',
  'playbook.registerUser.summary':
    'この Mac は登録済みですが、この Mac 上のあなたのアカウントはまだ登録されていません。',
  'playbook.refreshTokens.title': 'もう一度 Microsoft にサインインします',
  'playbook.refreshTokens.summary': 'もう一度 Microsoft へのサインインが必要です。',
  'playbook.refreshTokens.lockAndUnlock':
    'アップルメニュー >「画面をロック」を選び、パスワードでロックを解除します。',
  'playbook.refreshTokens.lockAndUnlock.helpdesk':
    'macOS は PSSO の PRT をロック解除時と 4 時間ごとに更新し、SSO トークンがないか期限切れならすぐに更新します [PRT]。',
  'playbook.refreshTokens.signInOnce': 'Microsoft からサインインを求められたら、一度サインインします。',
  'playbook.refreshTokens.signInOnce.helpdesk':
    'パスワードリセットやサインイン頻度ポリシーの後、SSO 拡張機能は最初のアプリで一度だけサインインを求めます [PL]、[PRT]。',
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
  'playbook.notConfigured.wait.helpdesk':
    '「プライバシーとセキュリティ」>「プロファイル」で PSSO プロファイルと割り当て（ユーザ／デバイスグループ）を確認します [IC]、[TS]。',
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
  'playbook.verification.checking': 'Mac を確認しています…',
  'playbook.verification.verified': '完了しました。Mac が修復を確認しました。',
  'playbook.verification.gaveUp': 'Mac はまだ修復を確認していません。足りないもの：',
  'playbook.verification.nextStep': 'もう一度手順を試すか、IT ヘルプデスクに連絡してください。',
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
    'Platform SSO の構成がありません。PSSO プロファイルが未配信（割り当てとプロファイルを確認）か、ポータル サイトがありません。',
  'finding.company-portal-missing.user':
    'シングルサインオンに必要な「ポータル サイト」がインストールされていません。',
  'finding.company-portal-missing.helpdesk':
    'ポータル サイトが /Applications にありません。SSO 拡張機能を含むため、ユーザを対象にする前に 5.2404.0 以降を入れる必要があります。',
  'finding.company-portal-outdated.user':
    'この Mac の「ポータル サイト」は古いため、シングルサインオンに使えません。',
  'finding.company-portal-outdated.helpdesk':
    'ポータル サイトが Platform SSO の最小バージョン 5.2404.0 より古く、登録が失敗します。',
  'finding.multiple-sso-payloads.user':
    'この Mac には矛盾する 2 つのシングルサインオン設定があり、IT 部門が一方を削除する必要があります。',
  'finding.multiple-sso-payloads.helpdesk':
    'com.apple.extensiblesso ペイロードが 2 つ以上あります（エラー 10002）。古いデバイス機能の SSO プロファイルの割り当てを解除します。',
  'finding.password-changed-in-entra.user':
    'Microsoft のパスワードが変更されましたが、この Mac には古いパスワードが残っています。',
  'finding.password-changed-in-entra.helpdesk':
    'Entra リセット後の Password 方式：トークンは失効し、ローカルパスワードは未同期です。仮パスワードは同期不可。「ユーザとグループ」>「ネットワークアカウントサーバ」で再登録します。',
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
  'cli.decode.verdict': '判定: {verdict}',
  'cli.decode.macOS': 'macOS: {macOS}',
  'cli.decode.platformSso': 'Platform SSO: {configured}',
  'cli.decode.unreadable': '読み取れませんでした',
  'cli.decode.method': '方式: {method}',
  'cli.decode.deviceRegistered': 'デバイスの登録: {registered}',
  'cli.decode.userRegistered': 'ユーザの登録: {registered}、状態: {state}',
  'cli.decode.tokens': 'SSO トークン: {present}、期限切れ: {expired}、経過: {age}',
  'cli.decode.companyPortal': 'ポータル サイト: {installed}、必要なバージョン以上: {meetsMinimum}',
  'cli.decode.findings': '検出事項（最初のものから対処します）:',
  'cli.decode.moreFindings': '（コードに入りきらない検出事項があります。レポートを依頼してください）',
  'cli.decode.walkThrough': 'ユーザに案内する手順（{playbook}）:',
  'cli.value.unknown': '不明',
  'cli.value.yes': 'はい',
  'cli.value.no': 'いいえ',
  'cli.value.none': 'なし',
  'cli.value.present': 'あり',
  'cli.value.registered': '登録済み',
  'cli.value.notRegistered': '未登録',
  'cli.value.installed': 'インストール済み',
  'cli.value.notInstalled': '未インストール',
  'cli.value.configured': '構成済み',
  'cli.value.notConfigured': '未構成',

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
}
