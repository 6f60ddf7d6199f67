<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Dify account</source>
            <translation>Dify アカウント</translation>
        </message>
        <message>
            <source>&amp;App</source>
            <translation>アプリ(&amp;A)</translation>
        </message>
        <message>
            <source>App</source>
            <translation>アプリ</translation>
        </message>
        <message>
            <source>Console</source>
            <translation>コンソール</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>メールアドレス(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>パスワード(&amp;P)</translation>
        </message>
        <message>
            <source>About the account</source>
            <translation>アカウントについて</translation>
        </message>
        <message>
            <source>Account status</source>
            <translation>アカウントの状態</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>サインイン(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Use this app</source>
            <translation>このアプリを使用(&amp;U)</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>サインアウト(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>AllUsers</name>
        <message>
            <source>Accounts that sign in to Dify only through SSO (Google, GitHub, a company login) have no password and cannot be used here. The password is used once to sign in and never stored.</source>
            <translation>SSO（Google、GitHub、社内ログイン）でのみ Dify にサインインするアカウントにはパスワードがないため、ここでは使用できません。パスワードはサインイン時に一度だけ使われ、保存されることはありません。</translation>
        </message>
        <message>
            <source>The account is only used to find conversations of every end user. Renaming and deleting still go through the app key.</source>
            <translation>このアカウントは、すべてのエンドユーザーの会話を検索するためだけに使われます。名前の変更と削除は引き続きアプリの API キーで行います。</translation>
        </message>
        <message>
            <source>Dify refused the e-mail address or the password.</source>
            <translation>Dify がメールアドレスまたはパスワードを拒否しました。</translation>
        </message>
        <message>
            <source>The Dify account's session has ended: sign in again (Ctrl+Shift+D).</source>
            <translation>Dify アカウントのセッションが終了しました。もう一度サインインしてください (Ctrl+Shift+D)。</translation>
        </message>
        <message>
            <source>Signed in as {0}.</source>
            <translation>{0} としてサインインしています。</translation>
        </message>
        <message>
            <source>Not signed in.</source>
            <translation>サインインしていません。</translation>
        </message>
        <message>
            <source>No app of this account's workspace is named “{0}” with mode {1}.</source>
            <translation>このアカウントのワークスペースには、名前が「{0}」でモードが {1} のアプリはありません。</translation>
        </message>
        <message>
            <source>Several apps have this app's name and mode: choose the one this profile is.</source>
            <translation>このアプリと同じ名前とモードのアプリが複数あります。この接続に対応するアプリを選んでください。</translation>
        </message>
        <message>
            <source>Connect to an app first: the account finds conversations of that app.</source>
            <translation>先にアプリに接続してください。アカウントはそのアプリの会話を検索します。</translation>
        </message>
        <message>
            <source>Made in Dify's own web app: its end user is not one your product sends, so the service API cannot open, rename or delete it. Use Dify's console for this conversation.</source>
            <translation>Dify 自体の Web アプリで作成された会話です。このエンドユーザーは製品から送信されたものではないため、サービス API では開く、名前を変更する、削除するのいずれもできません。この会話には Dify のコンソールを使ってください。</translation>
        </message>
        <message>
            <source>Made by an account in Dify's console (debugging): it has no end user.</source>
            <translation>Dify のコンソールでアカウントが作成した会話です（デバッグ）。エンドユーザーはいません。</translation>
        </message>
        <message>
            <source>web app</source>
            <translation>Web アプリ</translation>
        </message>
        <message>
            <source>{0} found so far, more as you scroll</source>
            <translation>{0} 件見つかりました（スクロールするとさらに表示されます）</translation>
        </message>
        <message>
            <source>{0} found</source>
            <translation>{0} 件見つかりました</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>検索中…</translation>
        </message>
        <message>
            <source>👍 {0} 👎 {1}</source>
            <translation>👍 {0} 👎 {1}</translation>
        </message>
    </context>
    <context>
        <name>AllUsersModel</name>
        <message>
            <source>End user</source>
            <translation>エンドユーザー</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>メッセージ</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>フィードバック</translation>
        </message>
        <message>
            <source>Last update</source>
            <translation>最終更新</translation>
        </message>
    </context>
    <context>
        <name>AllUsersPart</name>
        <message>
            <source>All end users…</source>
            <translation>すべてのエンドユーザー…</translation>
        </message>
        <message>
            <source>Dify account…</source>
            <translation>Dify アカウント…</translation>
        </message>
    </context>
    <context>
        <name>AllUsersView</name>
        <message>
            <source>All end users</source>
            <extracomment>Enter or double-click on a row: (the conversation, whether the service API can reach it) the account's session ended while searching</extracomment>
            <translation>すべてのエンドユーザー</translation>
        </message>
        <message>
            <source>Words in questions, answers, names, or part of an end-user id</source>
            <translation>質問・回答・名前に含まれる語句、またはエンドユーザー ID の一部</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>検索(&amp;F)</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>検索</translation>
        </message>
        <message>
            <source>&amp;Between</source>
            <translation>期間(&amp;B)</translation>
        </message>
        <message>
            <source>Only between these days</source>
            <translation>この期間内のみ</translation>
        </message>
        <message>
            <source>From day</source>
            <translation>開始日</translation>
        </message>
        <message>
            <source>To day</source>
            <translation>終了日</translation>
        </message>
        <message>
            <source>Conversations of every end user</source>
            <translation>すべてのエンドユーザーの会話</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>検索の状態</translation>
        </message>
    </context>
    <context>
        <name>BulkActions</name>
        <message>
            <source>Add prefix…</source>
            <translation>プレフィックスを追加…</translation>
        </message>
        <message>
            <source>Auto-generate names</source>
            <translation>名前を自動生成</translation>
        </message>
        <message>
            <source>Delete selected…</source>
            <translation>選択した会話を削除…</translation>
        </message>
        <message>
            <source>Cancel job</source>
            <translation>ジョブをキャンセル</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>選択</translation>
        </message>
        <message>
            <source>Selection menu</source>
            <translation>選択メニュー</translation>
        </message>
        <message>
            <source>A job is running: wait for it, or cancel it first.</source>
            <translation>ジョブを実行中です。完了を待つか、先にキャンセルしてください。</translation>
        </message>
        <message>
            <source>Delete conversations</source>
            <translation>会話を削除</translation>
        </message>
        <message>
            <source>Delete {0} conversations of end user “{1}”? They are deleted on the Dify server and cannot be restored.</source>
            <translation>エンドユーザー「{1}」の {0} 件の会話を削除しますか？ Dify サーバー上で削除され、元に戻せません。</translation>
        </message>
        <message>
            <source>Delete {0}</source>
            <translation>{0} 件を削除</translation>
        </message>
        <message>
            <source>Delete the conversations</source>
            <translation>これらの会話を削除</translation>
        </message>
        <message>
            <source>The job did not start: {0}</source>
            <translation>ジョブを開始できませんでした：{0}</translation>
        </message>
        <message>
            <source>{0} selected conversation(s) are no longer on the server: removed.</source>
            <translation>選択した会話のうち {0} 件はサーバー上にないため、選択から外しました。</translation>
        </message>
        <message>
            <source>Nothing to do: no selected conversation is left.</source>
            <translation>実行する操作はありません：選択した会話が残っていません。</translation>
        </message>
        <message>
            <source>“{0}” is now “{1}”</source>
            <translation>「{0}」は現在「{1}」です</translation>
        </message>
        <message>
            <source>Renamed on the server</source>
            <translation>サーバー上で名前が変更されました</translation>
        </message>
        <message>
            <source>{0} conversation(s) were renamed on the server since the list was loaded:
{1}</source>
            <translation>一覧の読み込み後に、{0} 件の会話の名前がサーバー上で変更されました：
{1}</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>これらをスキップ</translation>
        </message>
        <message>
            <source>Include them</source>
            <translation>これらも含める</translation>
        </message>
    </context>
    <context>
        <name>ConnectionController</name>
        <message>
            <source>No connection</source>
            <extracomment>(Session | None, Profile | None, str | None): the session to show, its profile and the end user asked for (None: the part chooses); (None, None, None) when nothing is open the open session took a new key; the view stays as it is one line saying what the window is connected to the server answered for this end user for the first time (it is now a recent user) the profile last tried while nothing is open, and where its key is the end user and order the window will list for a profile (the list part sets it)</extracomment>
            <translation>接続なし</translation>
        </message>
        <message>
            <source>Connection (one per Dify app)</source>
            <translation>接続先（Dify アプリごとに 1 つ）</translation>
        </message>
        <message>
            <source>Add connection…</source>
            <translation>接続を追加…</translation>
        </message>
        <message>
            <source>Edit connection…</source>
            <translation>接続を編集…</translation>
        </message>
        <message>
            <source>Delete connection…</source>
            <translation>接続を削除…</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>未接続</translation>
        </message>
        <message>
            <source>Connecting to {0}…</source>
            <translation>{0} に接続しています…</translation>
        </message>
        <message>
            <source>No saved API key was found for this profile.</source>
            <translation>このプロファイルの保存済み API キーが見つかりません。</translation>
        </message>
        <message>
            <source>Could not connect to {0}: {1}</source>
            <translation>{0} に接続できませんでした：{1}</translation>
        </message>
        <message>
            <source>Connections cannot be changed in this mode.</source>
            <translation>このモードでは接続を変更できません。</translation>
        </message>
        <message>
            <source>New key accepted.</source>
            <translation>新しいキーが受け入れられました。</translation>
        </message>
        <message>
            <source>Dify refused this connection's API key (401): it may have been revoked or replaced. Paste the app's current key; the list stays as it is.</source>
            <translation>Dify がこの接続の API キーを拒否しました (401)。キーが失効したか、置き換えられた可能性があります。アプリの現在のキーを貼り付けてください。一覧はそのまま残ります。</translation>
        </message>
        <message>
            <source>Delete the connection {0}? Its API key was kept for this session only and is forgotten. Nothing changes on the Dify server.</source>
            <translation>接続 {0} を削除しますか？ その API キーはこのセッションだけで保持されていたもので、破棄されます。Dify サーバー上では何も変わりません。</translation>
        </message>
        <message>
            <source>Delete the connection {0} and remove its API key from the system keyring? Nothing changes on the Dify server.</source>
            <translation>接続 {0} を削除し、その API キーをシステムのキーリングから消去しますか？ Dify サーバー上では何も変わりません。</translation>
        </message>
        <message>
            <source>Delete connection</source>
            <translation>接続を削除</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>The connection was deleted, but its key could not be removed: {0}</source>
            <translation>接続は削除されましたが、キーを消去できませんでした：{0}</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <source>Edit connection</source>
            <translation>接続を編集</translation>
        </message>
        <message>
            <source>Connect to a Dify app</source>
            <translation>Dify アプリに接続</translation>
        </message>
        <message>
            <source>About this connection</source>
            <translation>この接続について</translation>
        </message>
        <message>
            <source>e.g. Acme support bot</source>
            <translation>例：Acme サポートボット</translation>
        </message>
        <message>
            <source>Profile name</source>
            <translation>プロファイル名</translation>
        </message>
        <message>
            <source>API base URL</source>
            <translation>API ベース URL</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API キー</translation>
        </message>
        <message>
            <source>Send the key over unencrypted http:// anyway</source>
            <translation>暗号化されない http:// でもキーを送信する</translation>
        </message>
        <message>
            <source>Connection status</source>
            <translation>接続状況</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>接続</translation>
        </message>
    </context>
    <context>
        <name>ConversationList</name>
        <message>
            <source>Last update, newest first</source>
            <translation>最終更新（新しい順）</translation>
        </message>
        <message>
            <source>Last update, oldest first</source>
            <translation>最終更新（古い順）</translation>
        </message>
        <message>
            <source>Created, newest first</source>
            <translation>作成日時（新しい順）</translation>
        </message>
        <message>
            <source>Created, oldest first</source>
            <translation>作成日時（古い順）</translation>
        </message>
        <message>
            <source>end-user id, as your product sends it</source>
            <extracomment>the first page of the first list has been shown (for --smoke-test) loading the first page failed, and why (for --smoke-test) another conversation (or none) is the current one</extracomment>
            <translation>エンドユーザー ID（製品が送信するとおりに）</translation>
        </message>
        <message>
            <source>Filter by name or id (Ctrl+F)</source>
            <translation>名前または ID で絞り込み (Ctrl+F)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>更新</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop waiting for the server: stop loading the list (Esc) and stop waiting for saves (each row then shows what the server holds)</source>
            <translation>サーバーの待機を中止：一覧の読み込みを止め (Esc)、保存の待機もやめます（各行にはサーバー上の内容が表示されます）</translation>
        </message>
        <message>
            <source>Stop loading</source>
            <translation>読み込みを停止</translation>
        </message>
        <message>
            <source>Load all</source>
            <translation>すべて読み込む</translation>
        </message>
        <message>
            <source>Load every conversation of this user (the filter then searches all of them)</source>
            <translation>このユーザーのすべての会話を読み込みます（絞り込みはそのすべてを対象にします）</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>絞り込み</translation>
        </message>
        <message numerus="yes">
            <source>Stopped waiting for %n save(s): checking what the server holds.</source>
            <translation>
                <numerusform>%n 件の保存の待機を中止しました。サーバーの内容を確認しています。</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading stopped — scroll down or use “Load all” to continue; F5 reloads.</source>
            <translation>読み込みを停止しました — 続けるには下へスクロールするか「すべて読み込む」を使ってください。F5 で再読み込みします。</translation>
        </message>
        <message>
            <source>Could not load conversations: {0}</source>
            <translation>会話を読み込めませんでした：{0}</translation>
        </message>
        <message>
            <source> · {0} selected</source>
            <translation> · {0} 件を選択</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>読み込み中…</translation>
        </message>
        <message numerus="yes">
            <source>all %Ln loaded</source>
            <translation>
                <numerusform>全 %Ln 件を読み込み済み</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln loaded, more available</source>
            <translation>
                <numerusform>%Ln 件を読み込み済み、さらにあります</numerusform>
            </translation>
        </message>
        <message>
            <source> (loading…)</source>
            <translation>（読み込み中…）</translation>
        </message>
        <message>
            <source> (stopped)</source>
            <translation>（停止中）</translation>
        </message>
        <message>
            <source> (some may be missing: over 100 share one second, which Dify cannot page through)</source>
            <translation>（一部が欠けている可能性があります：100 件を超える会話が同じ 1 秒に集中しており、Dify ではページ送りできません）</translation>
        </message>
        <message numerus="yes">
            <source>%Ln shown · {0}</source>
            <translation>
                <numerusform>%Ln 件を表示 · {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · saving %Ln</source>
            <translation>
                <numerusform> · %Ln 件を保存中</numerusform>
            </translation>
        </message>
        <message>
            <source>Not connected.</source>
            <translation>接続されていません。</translation>
        </message>
        <message>
            <source>

Use Connections → Add connection… to connect to a Dify chat app with its API key.</source>
            <translation>

「接続 → 接続を追加…」から、API キーを使って Dify のチャットアプリに接続してください。</translation>
        </message>
        <message>
            <source>Type an end user's id in the “End user” box and press Enter.

Dify keeps conversations per end user: the id your product sends as “user”.</source>
            <translation>「エンドユーザー」欄にエンドユーザーの ID を入力して Enter を押してください。

Dify は会話をエンドユーザーごとに保存します。製品が「user」として送信する ID です。</translation>
        </message>
        <message>
            <source>Could not load the conversations of {0}.

{1}

Press F5 to try again.</source>
            <translation>{0} の会話を読み込めませんでした。

{1}

F5 を押して再試行してください。</translation>
        </message>
        <message>
            <source>Loading conversations…</source>
            <translation>会話を読み込み中…</translation>
        </message>
        <message>
            <source>

Use “Load all” to continue, or press F5 to start again.</source>
            <translation>

「すべて読み込む」で続けるか、F5 でやり直してください。</translation>
        </message>
        <message>
            <source> Use “Load all” to search every conversation.</source>
            <translation> すべての会話を検索するには「すべて読み込む」を使ってください。</translation>
        </message>
        <message>
            <source>No loaded conversation matches {0}.</source>
            <translation>{0} に一致する読み込み済みの会話はありません。</translation>
        </message>
        <message>
            <source>No conversations for {0}.

The service API only sees conversations created through the API (not those from Dify's own web app or debugger), and only those of this exact end-user id. Note: looking up an id the server has never seen registers it there as a new, empty end user.</source>
            <translation>{0} の会話はありません。

サービス API から見えるのは API 経由で作成された会話だけで（Dify 自体の Web アプリやデバッガーの会話は見えません）、しかもこのエンドユーザー ID と完全に一致するものだけです。注意：サーバーが一度も見たことのない ID を照会すると、その ID は新しい空のエンドユーザーとしてサーバーに登録されます。</translation>
        </message>
    </context>
    <context>
        <name>ConversationModel</name>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Last update</source>
            <translation>最終更新</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>作成日時</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>(no name)</source>
            <extracomment>flags computed once: each ``|`` of Qt's flag enums is a Python call, and a paint asks per cell the status bar's line about a finished rename (naming the conversation), is a problem set by the filter while it has a needle: does a row no longer match it (then it is marked)? Here, not in the proxy: a proxy's Python data() doubles every paint's calls.</extracomment>
            <translation>（名前なし）</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>たった今</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n 分前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n 時間前</numerusform>
            </translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>昨日</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n 日前</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export conversations</source>
            <translation>会話をエクスポート</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s), every message in time order, one file each. Existing files are never replaced.</source>
            <translation>
                <numerusform>%n 件の会話を、すべてのメッセージを時系列順に、1 件につき 1 ファイルで出力します。既存のファイルが置き換えられることはありません。</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>フォルダー</translation>
        </message>
        <message>
            <source>A folder (created if missing)</source>
            <translation>フォルダー（存在しない場合は作成されます）</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>選択…</translation>
        </message>
        <message>
            <source>Choose the folder</source>
            <translation>フォルダーを選択</translation>
        </message>
        <message>
            <source>Markdown (.md), for people and tickets</source>
            <translation>Markdown (.md)：人が読む用・チケット用</translation>
        </message>
        <message>
            <source>JSON (.json), every field as the server sent it</source>
            <translation>JSON (.json)：サーバーから届いたままの全フィールド</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>エクスポート</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>フォルダー(&amp;F):</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>形式:</translation>
        </message>
        <message>
            <source>Export to folder</source>
            <translation>フォルダーにエクスポート</translation>
        </message>
        <message>
            <source>Choose a folder for the files.</source>
            <translation>ファイルの保存先フォルダーを選択してください。</translation>
        </message>
        <message>
            <source>{0} is a file, not a folder.</source>
            <translation>{0} はフォルダーではなくファイルです。</translation>
        </message>
    </context>
    <context>
        <name>FeedbackInbox</name>
        <message>
            <source>Feedback inbox</source>
            <extracomment>opens the inbox from anywhere in the window open this end user's conversation at this message: (user, conversation id, message id)</extracomment>
            <translation>フィードバック受信箱</translation>
        </message>
        <message>
            <source>Feedback inbox…</source>
            <translation>フィードバック受信箱…</translation>
        </message>
        <message>
            <source>Every user's likes and dislikes; Enter opens the conversation (Ctrl+I)</source>
            <translation>すべてのユーザーの高評価と低評価。Enter で会話を開きます (Ctrl+I)</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>表示(&amp;S)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>表示</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>再読み込み(&amp;R)</translation>
        </message>
        <message>
            <source>Reload the feedback</source>
            <translation>フィードバックを再読み込み</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>フィードバック</translation>
        </message>
        <message>
            <source>Feedback inbox state</source>
            <translation>フィードバック受信箱の状態</translation>
        </message>
        <message>
            <source>Why the conversation did not open</source>
            <translation>会話を開けなかった理由</translation>
        </message>
        <message>
            <source>The conversation {0} is no longer in this list.</source>
            <extracomment>the conversation is the list's current row; the message the person asked for (its id)</extracomment>
            <translation>会話 {0} はこの一覧にもうありません。</translation>
        </message>
        <message>
            <source>Rating</source>
            <extracomment>longest comment and excerpt shown in a cell (the tooltip holds more)</extracomment>
            <translation>評価</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>コメント</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>メッセージ</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>エンドユーザー</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Likes and dislikes</source>
            <translation>高評価と低評価</translation>
        </message>
        <message>
            <source>Likes only</source>
            <translation>高評価のみ</translation>
        </message>
        <message>
            <source>Dislikes only</source>
            <translation>低評価のみ</translation>
        </message>
        <message>
            <source>👍 Like</source>
            <translation>👍 高評価</translation>
        </message>
        <message>
            <source>👎 Dislike</source>
            <translation>👎 低評価</translation>
        </message>
        <message>
            <source>(no comment)</source>
            <translation>（コメントなし）</translation>
        </message>
        <message>
            <source>message {0}</source>
            <translation>メッセージ {0}</translation>
        </message>
        <message>
            <source>End user no longer exists</source>
            <translation>エンドユーザーはもう存在しません</translation>
        </message>
        <message>
            <source>From a team member, not an end user</source>
            <translation>エンドユーザーではなくチームメンバーからのもの</translation>
        </message>
        <message>
            <source>End user unknown: {0}</source>
            <translation>エンドユーザー不明：{0}</translation>
        </message>
        <message>
            <source>Not connected: open a connection to see its feedback.</source>
            <translation>接続されていません。フィードバックを見るには接続を開いてください。</translation>
        </message>
        <message>
            <source>Could not load feedback: {0} Reload (Alt+R) tries again.</source>
            <translation>フィードバックを読み込めませんでした：{0} 「再読み込み」(Alt+R) で再試行します。</translation>
        </message>
        <message>
            <source>Loading feedback…</source>
            <translation>フィードバックを読み込み中…</translation>
        </message>
        <message>
            <source>No feedback yet: likes and dislikes your users give appear here.</source>
            <translation>まだフィードバックはありません。ユーザーの高評価と低評価はここに表示されます。</translation>
        </message>
        <message numerus="yes">
            <source>all %Ln loaded</source>
            <translation>
                <numerusform>全 %Ln 件を読み込み済み</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln loaded, more as you scroll</source>
            <translation>
                <numerusform>%Ln 件を読み込み済み、スクロールでさらに読み込みます</numerusform>
            </translation>
        </message>
        <message>
            <source> (loading…)</source>
            <translation>（読み込み中…）</translation>
        </message>
        <message numerus="yes">
            <source>%Ln shown · {0}</source>
            <translation>
                <numerusform>%Ln 件を表示 · {0}</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot open this conversation: {0}</source>
            <translation>この会話を開けません：{0}</translation>
        </message>
    </context>
    <context>
        <name>HandOver</name>
        <message>
            <source>Copy transcript</source>
            <extracomment>the export's progress and Cancel, for the window's status bar</extracomment>
            <translation>会話履歴をコピー</translation>
        </message>
        <message>
            <source>Every message of the current conversation as plain text, for a ticket</source>
            <translation>現在の会話のすべてのメッセージをプレーンテキストで（チケット用）</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>エクスポート…</translation>
        </message>
        <message>
            <source>The selected conversations to Markdown or JSON files, one file each</source>
            <translation>選択した会話を Markdown または JSON ファイルへ（1 件につき 1 ファイル）</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>会話</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>エンドユーザー</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>開始日時</translation>
        </message>
        <message>
            <source>Last update</source>
            <translation>最終更新</translation>
        </message>
        <message>
            <source>Variables</source>
            <translation>変数</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>お客様</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>アシスタント</translation>
        </message>
        <message>
            <source>Liked</source>
            <translation>高評価</translation>
        </message>
        <message>
            <source>Disliked</source>
            <translation>低評価</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>エラー</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>（名前なし）</translation>
        </message>
        <message>
            <source>Some messages could not be reached: more than 100 share one second, and the server pages by the second.</source>
            <translation>一部のメッセージを取得できませんでした。100 件を超えるメッセージが同じ 1 秒に集中しており、サーバーは秒単位でページ送りするためです。</translation>
        </message>
        <message>
            <source>Select a conversation to copy its transcript.</source>
            <translation>会話履歴をコピーするには、会話を選択してください。</translation>
        </message>
        <message>
            <source>Reading every message of {0}…</source>
            <translation>{0} のすべてのメッセージを読み込んでいます…</translation>
        </message>
        <message>
            <source>The transcript was not copied: {0}</source>
            <translation>会話履歴をコピーできませんでした：{0}</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n message(s); some could not be reached (more than 100 in one second).</source>
            <translation>
                <numerusform>%n 件のメッセージをコピーしました。一部のメッセージは取得できませんでした（1 秒間に 100 件超）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied the transcript: %n message(s).</source>
            <translation>
                <numerusform>会話履歴をコピーしました：%n 件のメッセージ。</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the conversations to export.</source>
            <translation>エクスポートする会話を選択してください。</translation>
        </message>
        <message>
            <source>An export is already running.</source>
            <translation>エクスポートはすでに実行中です。</translation>
        </message>
        <message>
            <source>Nothing was exported: the folder {0} cannot be made ({1}).</source>
            <translation>何もエクスポートされませんでした：フォルダー {0} を作成できません ({1})。</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n conversation(s) to {0}.</source>
            <translation>
                <numerusform>%n 件の会話を {0} にエクスポートしました。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were not exported (see Messages).</source>
            <translation>
                <numerusform>%n 件はエクスポートされませんでした（「メッセージ」を参照）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) miss messages that could not be reached (more than 100 in one second).</source>
            <translation>
                <numerusform>%n 個のファイルで、取得できなかったメッセージが欠けています（1 秒間に 100 件超）。</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} was not exported: {1}</source>
            <translation>{0} はエクスポートされませんでした：{1}</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Rename history</source>
            <translation>名前変更の履歴</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>エンドユーザー</translation>
        </message>
        <message>
            <source>Conversation id</source>
            <translation>会話 ID</translation>
        </message>
        <message>
            <source>Renames</source>
            <translation>名前の変更</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>日時</translation>
        </message>
        <message>
            <source>Old name</source>
            <translation>変更前の名前</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>変更後の名前</translation>
        </message>
        <message>
            <source>How</source>
            <translation>方法</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>復元</translation>
        </message>
        <message>
            <source>Revert the chosen rename</source>
            <translation>選択した名前の変更を復元</translation>
        </message>
        <message>
            <source>Put back the name before this rename (Ctrl+Shift+R)</source>
            <translation>この変更の前の名前に戻します (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Clear history…</source>
            <translation>履歴を消去…</translation>
        </message>
        <message>
            <source>Clear the rename history</source>
            <translation>名前変更の履歴を消去</translation>
        </message>
        <message>
            <source>&amp;Filter</source>
            <translation>絞り込み(&amp;F)</translation>
        </message>
        <message>
            <source>That rename changed nothing: nothing to revert.</source>
            <translation>この名前の変更では何も変わっていないため、復元するものはありません。</translation>
        </message>
        <message>
            <source>Clear history</source>
            <translation>履歴を消去</translation>
        </message>
        <message>
            <source>Forget the rename history of this connection? The conversations are not changed.</source>
            <translation>この接続の名前変更の履歴を消去しますか？ 会話自体は変更されません。</translation>
        </message>
    </context>
    <context>
        <name>HitModel</name>
        <message>
            <source>(no name)</source>
            <extracomment>characters of context shown before the first match</extracomment>
            <translation>（名前なし）</translation>
        </message>
    </context>
    <context>
        <name>JobProgress</name>
        <message>
            <source>Job progress</source>
            <translation>ジョブの進行状況</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Cancel the job</source>
            <translation>ジョブをキャンセル</translation>
        </message>
        <message>
            <source>Start no more items (Ctrl+Shift+X)</source>
            <translation>以降の項目を開始しません (Ctrl+Shift+X)</translation>
        </message>
        <message>
            <source>Checking {0} conversation(s) on the server…</source>
            <translation>サーバー上の {0} 件の会話を確認しています…</translation>
        </message>
        <message>
            <source>{0} of {1} done</source>
            <translation>{1} 件中 {0} 件完了</translation>
        </message>
        <message>
            <source> · {0} failed</source>
            <translation> · {0} 件失敗</translation>
        </message>
        <message>
            <source> · cancelling: finishing {0}</source>
            <translation> · キャンセル中：実行中の {0} 件を完了しています</translation>
        </message>
    </context>
    <context>
        <name>JobResults</name>
        <message>
            <source>Results of each conversation</source>
            <translation>各会話の結果</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>会話</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>結果</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>理由</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>閉じる</translation>
        </message>
        <message>
            <source>Dismiss the results</source>
            <translation>結果を閉じる</translation>
        </message>
        <message>
            <source>{0} done, {1} failed, of {2}.</source>
            <translation>{2} 件中 {0} 件完了、{1} 件失敗。</translation>
        </message>
        <message>
            <source>Cancelled: {0} not started.</source>
            <translation>キャンセルしました：{0} 件は開始されていません。</translation>
        </message>
    </context>
    <context>
        <name>LanguageButton</name>
        <message>
            <source>Language</source>
            <translation>言語</translation>
        </message>
        <message>
            <source>Language menu</source>
            <translation>言語メニュー</translation>
        </message>
        <message>
            <source>The window's language, from the next start (Ctrl+Shift+L)</source>
            <translation>ウィンドウの言語（次回の起動から反映）(Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>システムの言語</translation>
        </message>
        <message>
            <source>This run keeps no settings: start with --lang CODE instead.</source>
            <translation>この起動では設定を保存しません。代わりに --lang CODE を付けて起動してください。</translation>
        </message>
        <message>
            <source>the system language</source>
            <translation>システムの言語</translation>
        </message>
        <message>
            <source>The window will be in {0} from the next start.</source>
            <translation>次回の起動から、ウィンドウは{0}で表示されます。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Filter</source>
            <extracomment>the transcript pane's size hint and minimum size hint, which its slot reports until it is built, so the splitter shares its width as it will with the pane (a test compares them) with ``wait_for_first_page``, the desk parts are built at the latest this long after the window is shown, when the first page is slow to come (their shortcuts work from then on) ... and while a dialog or a menu is open, this long after it is looked at again the first page of the first list has been shown: its rows are painted (for --smoke-test) loading the first page failed, and why (for --smoke-test) the desk parts are built (:func:`dify_desktop.ui.desk_parts.build`): every action is there</extracomment>
            <translation>絞り込み</translation>
        </message>
        <message>
            <source>Shows only the rows whose name or id match</source>
            <translation>名前または ID が一致する行だけを表示します</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>会話</translation>
        </message>
        <message>
            <source>F2 renames, Del deletes, Menu key: more</source>
            <translation>F2 で名前を変更、Del で削除、メニューキーでその他の操作</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>終了</translation>
        </message>
        <message>
            <source>Go to the End user box</source>
            <translation>「エンドユーザー」欄へ移動</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <source>The end user whose conversations are listed: type an id, press Enter (Ctrl+L)</source>
            <translation>会話を一覧表示するエンドユーザー：ID を入力して Enter (Ctrl+L)</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>接続</translation>
        </message>
        <message>
            <source>Connections menu</source>
            <translation>接続メニュー</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>接続先</translation>
        </message>
        <message>
            <source>Sort</source>
            <translation>並べ替え</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>エンドユーザー</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>デモ</translation>
        </message>
        <message>
            <source>Connected to the built-in demo server: nothing here is real.</source>
            <translation>内蔵のデモサーバーに接続しています。ここにあるものはすべて架空です。</translation>
        </message>
        <message numerus="yes">
            <source>Finishing %n save(s) before closing…</source>
            <translation>
                <numerusform>%n 件の保存を完了してから閉じます…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MessageLog</name>
        <message>
            <source>Information</source>
            <translation>情報</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>エラー</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>メッセージ</translation>
        </message>
        <message>
            <source>Message log</source>
            <translation>メッセージ履歴</translation>
        </message>
        <message>
            <source>Messages of this session, oldest first</source>
            <translation>このセッションのメッセージ（古い順）</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>時刻</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>レベル</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>メッセージ</translation>
        </message>
    </context>
    <context>
        <name>PinsController</name>
        <message>
            <source>Pin or unpin</source>
            <translation>ピン留め／ピン留めを解除</translation>
        </message>
        <message>
            <source>Pinned {0}</source>
            <translation>{0} 件をピン留めしました</translation>
        </message>
        <message>
            <source>Unpinned {0}</source>
            <translation>{0} 件のピン留めを解除しました</translation>
        </message>
        <message>
            <source>{0} pinned conversation(s) are no longer on the server: {1}. Their pins were removed.</source>
            <translation>ピン留めした会話のうち {0} 件はサーバー上にありません：{1}。ピン留めを解除しました。</translation>
        </message>
    </context>
    <context>
        <name>PrefixDialog</name>
        <message>
            <source>Add prefix</source>
            <translation>プレフィックスを追加</translation>
        </message>
        <message>
            <source>for example [T-1234] and a space</source>
            <translation>例：[T-1234] とスペース</translation>
        </message>
        <message>
            <source>&amp;Prefix</source>
            <translation>プレフィックス(&amp;P)</translation>
        </message>
        <message>
            <source>Prefix</source>
            <translation>プレフィックス</translation>
        </message>
        <message>
            <source>Added before the name of {0} conversation(s), unless already there.</source>
            <translation>{0} 件の会話の名前の先頭に追加します（すでに付いている場合を除く）。</translation>
        </message>
        <message>
            <source>Add the prefix</source>
            <translation>このプレフィックスを追加</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
    </context>
    <context>
        <name>ProxyFields</name>
        <message>
            <source>Proxy</source>
            <translation>プロキシ</translation>
        </message>
        <message>
            <source>Use the system's proxy settings</source>
            <translation>システムのプロキシ設定を使用</translation>
        </message>
        <message>
            <source>No proxy (connect directly)</source>
            <translation>プロキシなし（直接接続）</translation>
        </message>
        <message>
            <source>This proxy:</source>
            <translation>次のプロキシ：</translation>
        </message>
        <message>
            <source>Proxy mode</source>
            <translation>プロキシモード</translation>
        </message>
        <message>
            <source>Proxy address</source>
            <translation>プロキシのアドレス</translation>
        </message>
        <message>
            <source>http://, socks5:// or socks5h://, a host and a port; no user name or password</source>
            <translation>http://、socks5:// または socks5h:// とホスト、ポート（ユーザー名とパスワードは含めない）</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>任意</translation>
        </message>
        <message>
            <source>Proxy user name</source>
            <translation>プロキシのユーザー名</translation>
        </message>
        <message>
            <source>Proxy password</source>
            <translation>プロキシのパスワード</translation>
        </message>
        <message>
            <source>leave empty to keep the saved password</source>
            <translation>空欄にすると保存済みのパスワードを維持</translation>
        </message>
        <message>
            <source>For this run every request goes through {0} (--proxy); this setting applies to the next runs.</source>
            <translation>今回の実行では、すべてのリクエストが {0} (--proxy) を経由します。この設定は次回以降の実行に適用されます。</translation>
        </message>
        <message>
            <source>Pro&amp;xy</source>
            <translation>プロキシ(&amp;X)</translation>
        </message>
        <message>
            <source>Proxy &amp;address</source>
            <translation>プロキシのアドレス(&amp;A)</translation>
        </message>
        <message>
            <source>Proxy &amp;user</source>
            <translation>プロキシのユーザー(&amp;U)</translation>
        </message>
        <message>
            <source>Proxy pass&amp;word</source>
            <translation>プロキシのパスワード(&amp;W)</translation>
        </message>
    </context>
    <context>
        <name>RenameEditor</name>
        <message>
            <source>Rename the conversation</source>
            <translation>会話の名前を変更</translation>
        </message>
        <message>
            <source>Conversation name</source>
            <translation>会話名</translation>
        </message>
        <message>
            <source>New conversation name</source>
            <translation>新しい会話名</translation>
        </message>
        <message>
            <source>Auto-generate</source>
            <translation>自動生成</translation>
        </message>
        <message>
            <source>Auto-generate the name</source>
            <translation>名前を自動生成</translation>
        </message>
        <message>
            <source>Ask Dify to name the conversation from its first question (needs a model in Dify).</source>
            <translation>最初の質問をもとに Dify に会話の名前を付けてもらいます（Dify にモデルが必要です）。</translation>
        </message>
        <message>
            <source>About the name</source>
            <translation>名前について</translation>
        </message>
    </context>
    <context>
        <name>RequestLimit</name>
        <message>
            <source>Requests at once…</source>
            <translation>同時リクエスト数…</translation>
        </message>
        <message numerus="yes">
            <source>At most %n request(s) at once from now on.</source>
            <translation>
                <numerusform>今後、同時に送るリクエストは最大 %n 件です。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RequestLimitDialog</name>
        <message>
            <source>Requests at once</source>
            <translation>同時リクエスト数</translation>
        </message>
        <message>
            <source>&amp;Requests at once</source>
            <translation>同時リクエスト数(&amp;R)</translation>
        </message>
        <message>
            <source>How many renames, deletes and other requests of this window may run at the same time ({0}–{1}, {2} unless changed). Fewer is gentler on a busy server; more finishes bulk jobs sooner.</source>
            <translation>このウィンドウの名前変更・削除などのリクエストを同時にいくつ実行できるか（{0}～{1}、既定は {2}）。少ないほど混雑したサーバーへの負荷が軽く、多いほど一括処理が早く終わります。</translation>
        </message>
        <message>
            <source>Use this limit</source>
            <translation>この上限を使う</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
    </context>
    <context>
        <name>RowActions</name>
        <message>
            <source>Rename…</source>
            <extracomment>Del with several rows selected (bulk_actions deletes them as a job)</extracomment>
            <translation>名前を変更…</translation>
        </message>
        <message>
            <source>Retry rename</source>
            <translation>名前の変更を再試行</translation>
        </message>
        <message>
            <source>Copy conversation id</source>
            <translation>会話 ID をコピー</translation>
        </message>
        <message>
            <source>Delete conversation…</source>
            <translation>会話を削除…</translation>
        </message>
        <message>
            <source>Open the row's menu</source>
            <translation>この行のメニューを開く</translation>
        </message>
        <message>
            <source>Not sent: {0}</source>
            <extracomment>other parts' actions on the row, offered in the context menu too what the context menu offers for the selection (bulk_actions fills it)</extracomment>
            <translation>送信されませんでした：{0}</translation>
        </message>
        <message>
            <source>Not renamed: {0} Press F2 to edit what you typed.</source>
            <translation>名前を変更できませんでした：{0} F2 を押すと入力した内容を編集できます。</translation>
        </message>
        <message>
            <source>Copied {0}</source>
            <translation>{0} をコピーしました</translation>
        </message>
        <message>
            <source>Delete conversation</source>
            <translation>会話を削除</translation>
        </message>
        <message>
            <source>Delete the conversation “{0}” of end user “{1}”? It is deleted on the Dify server and cannot be restored.</source>
            <translation>エンドユーザー「{1}」の会話「{0}」を削除しますか？ Dify サーバー上で削除され、元に戻せません。</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>削除</translation>
        </message>
        <message>
            <source>Delete the conversation</source>
            <translation>この会話を削除</translation>
        </message>
        <message>
            <source>“{0}” was already gone from the server (404: deleted elsewhere?); its row is removed.</source>
            <translation>「{0}」はすでにサーバー上にありませんでした（404：別の場所で削除された可能性があります）。行を削除しました。</translation>
        </message>
        <message>
            <source>Not deleted: {0}</source>
            <translation>削除できませんでした：{0}</translation>
        </message>
        <message>
            <source>Conversation “{0}” deleted.</source>
            <translation>会話「{0}」を削除しました。</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Words said in the conversations (Ctrl+Shift+F)</source>
            <extracomment>typing pauses this long before the index is asked while indexing, results are asked again at most this often (end user, conversation id, message id): open that conversation at that message the panel was closed (Esc): the window gives the keyboard back to the list</extracomment>
            <translation>会話に含まれる語句 (Ctrl+Shift+F)</translation>
        </message>
        <message>
            <source>Search in messages</source>
            <translation>メッセージ内を検索</translation>
        </message>
        <message>
            <source>Finds this end user's conversations whose messages contain every word</source>
            <translation>このエンドユーザーの会話のうち、メッセージにすべての語句を含むものを検索します</translation>
        </message>
        <message>
            <source>Indexing progress</source>
            <translation>インデックス作成の進行状況</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>キャンセル</translation>
        </message>
        <message>
            <source>Cancel indexing</source>
            <translation>インデックス作成をキャンセル</translation>
        </message>
        <message>
            <source>Clear index…</source>
            <translation>インデックスを消去…</translation>
        </message>
        <message>
            <source>Clear the search index</source>
            <translation>検索インデックスを消去</translation>
        </message>
        <message>
            <source>Forget every indexed transcript of every connection (the history stays)</source>
            <translation>すべての接続で、インデックス登録済みの会話履歴をすべて消去します（名前変更の履歴は残ります）</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>検索結果</translation>
        </message>
        <message>
            <source>Search in messages…</source>
            <translation>メッセージ内を検索…</translation>
        </message>
        <message>
            <source>Open an end user's conversations to search them.</source>
            <translation>検索するには、エンドユーザーの会話を開いてください。</translation>
        </message>
        <message>
            <source>Checking which conversations changed…</source>
            <translation>変更された会話を確認しています…</translation>
        </message>
        <message>
            <source>The index could not be updated: {0}</source>
            <translation>インデックスを更新できませんでした：{0}</translation>
        </message>
        <message>
            <source>Indexing {0} of {1} conversations…</source>
            <translation>会話をインデックスに登録しています（{1} 件中 {0} 件）…</translation>
        </message>
        <message>
            <source>{0} of {1} changed conversations were indexed.</source>
            <translation>変更された会話 {1} 件のうち {0} 件をインデックスに登録しました。</translation>
        </message>
        <message>
            <source>Indexing stopped.</source>
            <translation>インデックス作成を停止しました。</translation>
        </message>
        <message>
            <source>Every conversation of this end user is searched.</source>
            <translation>このエンドユーザーのすべての会話が検索対象です。</translation>
        </message>
        <message numerus="yes">
            <source>%n could not be read ({0}); they are tried again next time.</source>
            <translation>
                <numerusform>%n 件を読み込めませんでした（{0}）。次回もう一度試します。</numerusform>
            </translation>
        </message>
        <message>
            <source>Forget every transcript indexed for searching, for every connection? They are fetched again the next time you search. The rename history stays.</source>
            <translation>すべての接続について、検索用にインデックス登録した会話履歴をすべて消去しますか？ 次回の検索時にもう一度取得されます。名前変更の履歴は残ります。</translation>
        </message>
        <message>
            <source>Clear index</source>
            <translation>インデックスを消去</translation>
        </message>
        <message>
            <source>The search index is empty.</source>
            <translation>検索インデックスは空です。</translation>
        </message>
        <message>
            <source>The search index was cleared.</source>
            <translation>検索インデックスを消去しました。</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s) found</source>
            <translation>
                <numerusform>%n 件の会話が見つかりました</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <extracomment>opens the sheet from anywhere in the window</extracomment>
            <translation>キーボードショートカット</translation>
        </message>
        <message>
            <source>Type to find an action or a key</source>
            <translation>入力して操作またはキーを検索</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>検索(&amp;F)</translation>
        </message>
        <message>
            <source>Find a shortcut</source>
            <translation>ショートカットを検索</translation>
        </message>
        <message>
            <source>Shortcuts</source>
            <translation>ショートカット</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>ショートカット</translation>
        </message>
        <message>
            <source>Close the shortcut sheet</source>
            <translation>ショートカット一覧を閉じる</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Status</source>
            <translation>状態</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>メッセージ</translation>
        </message>
        <message>
            <source>Every message of this session, with its time</source>
            <translation>このセッションのすべてのメッセージと時刻</translation>
        </message>
        <message>
            <source>Show the message log</source>
            <translation>メッセージ履歴を表示</translation>
        </message>
        <message>
            <source>Latest message</source>
            <translation>最新のメッセージ</translation>
        </message>
        <message>
            <source>No message now</source>
            <translation>現在メッセージはありません</translation>
        </message>
        <message>
            <source>No message now. Click to see the earlier ones.</source>
            <translation>現在メッセージはありません。クリックすると以前のメッセージを表示します。</translation>
        </message>
        <message>
            <source>{0}: {1}

Click to see every message.</source>
            <translation>{0}：{1}

クリックするとすべてのメッセージを表示します。</translation>
        </message>
    </context>
    <context>
        <name>TranscriptPane</name>
        <message>
            <source>Messages</source>
            <extracomment>scrolled this close to the top (pixels), the older messages are asked for messages rendered between two turns of the event loop how long the current row must stay current before its messages are asked for a batch of messages was added to the view (the first page, or older ones) :meth:`show_message` reached its message (its id)</extracomment>
            <translation>メッセージ</translation>
        </message>
        <message>
            <source>The selected conversation's messages</source>
            <translation>選択した会話のメッセージ</translation>
        </message>
        <message>
            <source>Transcript status</source>
            <translation>会話履歴の状態</translation>
        </message>
        <message>
            <source>&amp;Retry loading</source>
            <translation>読み込みを再試行(&amp;R)</translation>
        </message>
        <message>
            <source>Retry loading the messages</source>
            <translation>メッセージの読み込みを再試行</translation>
        </message>
        <message>
            <source>Loading the messages…</source>
            <extracomment>the view shows the newest message and keeps it shown when the pane changes size</extracomment>
            <translation>メッセージを読み込み中…</translation>
        </message>
        <message>
            <source>Select a conversation to read it.</source>
            <translation>会話を選択すると内容を表示します。</translation>
        </message>
    </context>
    <context>
        <name>UndoController</name>
        <message>
            <source>Undo last rename</source>
            <extracomment>conversations named one by one in a confirmation; more are counted</extracomment>
            <translation>最後の名前の変更を元に戻す</translation>
        </message>
        <message>
            <source>Nothing to undo in this window.</source>
            <translation>このウィンドウには元に戻せる操作がありません。</translation>
        </message>
        <message>
            <source>Not now: not connected, or a job is running.</source>
            <translation>現在は実行できません：未接続か、ジョブを実行中です。</translation>
        </message>
        <message>
            <source>Could not check the server: {0}</source>
            <translation>サーバーを確認できませんでした：{0}</translation>
        </message>
        <message>
            <source>Nothing to change: the names are already back.</source>
            <translation>変更は不要です：名前はすでに元に戻っています。</translation>
        </message>
        <message>
            <source>“{0}” → “{1}”</source>
            <translation>「{0}」→「{1}」</translation>
        </message>
        <message>
            <source>… and {0} more</source>
            <translation>… ほか {0} 件</translation>
        </message>
        <message>
            <source>“{0}”: the app set “{1}”, someone renamed it “{2}” since</source>
            <translation>「{0}」：アプリが「{1}」に設定した後、誰かが「{2}」に名前を変更しました</translation>
        </message>
        <message>
            <source>{0} no longer on the server</source>
            <translation>{0} 件はサーバー上にありません</translation>
        </message>
        <message>
            <source>{0} had no name before, which cannot be put back</source>
            <translation>{0} 件は以前名前がなかったため、元に戻せません</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>復元</translation>
        </message>
        <message>
            <source>Rename {0} conversation(s) back:</source>
            <translation>{0} 件の会話の名前を元に戻します：</translation>
        </message>
        <message>
            <source>Include renamed ones</source>
            <translation>名前が変更されたものも含める</translation>
        </message>
        <message>
            <source>Also rename back those renamed since</source>
            <translation>その後に名前が変更されたものも元に戻す</translation>
        </message>
    </context>
    <context>
        <name>accessibility</name>
        <message>
            <source>{0}: columns</source>
            <translation>{0}：列</translation>
        </message>
        <message>
            <source>{name}: {states}</source>
            <translation>{name}：{states}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>、</translation>
        </message>
        <message>
            <source>{0}: choices</source>
            <translation>{0}：選択肢</translation>
        </message>
        <message>
            <source>Clear {0}</source>
            <translation>{0}をクリア</translation>
        </message>
        <message>
            <source>Select every row of {0}</source>
            <translation>{0}のすべての行を選択</translation>
        </message>
        <message>
            <source>{0}: rows</source>
            <translation>{0}：行</translation>
        </message>
        <message>
            <source>{0}: scroll up and down</source>
            <translation>{0}：上下スクロール</translation>
        </message>
        <message>
            <source>{0}: scroll sideways</source>
            <translation>{0}：左右スクロール</translation>
        </message>
    </context>
    <context>
        <name>connection_texts</name>
        <message>
            <source>leave empty to keep the saved key</source>
            <translation>空欄のままにすると保存済みのキーを使います</translation>
        </message>
        <message>
            <source>leave empty to keep this session's key</source>
            <translation>空欄のままにするとこのセッションのキーを使います</translation>
        </message>
        <message>
            <source>{problem} The key you paste is used for this session only: it is kept in memory and never written to a file.</source>
            <translation>{problem} 貼り付けたキーはこのセッションだけで使われます。キーはメモリ上にだけ保持され、ファイルには書き込まれません。</translation>
        </message>
        <message>
            <source>Use the key for this session only</source>
            <translation>このセッションだけキーを使う</translation>
        </message>
    </context>
    <context>
        <name>job_texts</name>
        <message>
            <source>The history file {path} is in use by another program: this window keeps its history in memory until it closes.</source>
            <translation>履歴ファイル {path} は別のプログラムが使用中です。このウィンドウを閉じるまで、履歴はメモリ上に保持されます。</translation>
        </message>
        <message>
            <source>The history file could not be read; it was kept as {kept} and a new one was started.</source>
            <translation>履歴ファイルを読み取れなかったため、{kept} として保存し、新しい履歴ファイルを作成しました。</translation>
        </message>
        <message>
            <source>The history file {path} cannot be used: this window keeps its history in memory until it closes.</source>
            <translation>履歴ファイル {path} を使用できません。このウィンドウを閉じるまで、履歴はメモリ上に保持されます。</translation>
        </message>
        <message>
            <source>A rename could not be written to the history ({detail}).</source>
            <translation>名前の変更を履歴に書き込めませんでした ({detail})。</translation>
        </message>
        <message>
            <source>The name already starts with the prefix.</source>
            <translation>名前はすでにプレフィックスで始まっています。</translation>
        </message>
        <message>
            <source>The server generated no new name.</source>
            <translation>サーバーは新しい名前を生成しませんでした。</translation>
        </message>
        <message>
            <source>No messages yet: there is nothing to name it from.</source>
            <translation>まだメッセージがないため、名前の元になる内容がありません。</translation>
        </message>
        <message>
            <source>The server left the name blank; the old name was put back.</source>
            <translation>サーバーが名前を空にしたため、元の名前に戻しました。</translation>
        </message>
        <message>
            <source>The server left the name blank (it was blank before).</source>
            <translation>サーバーが名前を空にしました（以前も空でした）。</translation>
        </message>
        <message>
            <source>Renamed</source>
            <translation>名前を変更済み</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>変更なし</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>見つかりません</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失敗</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>不明</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>削除済み</translation>
        </message>
        <message>
            <source>Already gone from the server.</source>
            <translation>すでにサーバー上にありません。</translation>
        </message>
        <message>
            <source>No messages</source>
            <translation>メッセージなし</translation>
        </message>
        <message>
            <source>Blanked, put back</source>
            <translation>空の名前（元の名前に復元）</translation>
        </message>
        <message>
            <source>Blanked</source>
            <translation>空の名前</translation>
        </message>
        <message>
            <source>Blanked, not put back</source>
            <translation>空の名前（復元できず）</translation>
        </message>
    </context>
    <context>
        <name>part</name>
        <message>
            <source>Add prefix: results</source>
            <translation>プレフィックスを追加：結果</translation>
        </message>
        <message>
            <source>Auto-generate names: results</source>
            <translation>名前を自動生成：結果</translation>
        </message>
        <message>
            <source>Delete: results</source>
            <translation>削除：結果</translation>
        </message>
        <message>
            <source>Undo: results</source>
            <translation>元に戻す：結果</translation>
        </message>
        <message>
            <source>Auto-generate</source>
            <translation>自動生成</translation>
        </message>
        <message>
            <source>Typed</source>
            <translation>手入力</translation>
        </message>
        <message>
            <source>Bulk auto-generate</source>
            <translation>一括自動生成</translation>
        </message>
        <message>
            <source>Bulk</source>
            <translation>一括操作</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>元に戻す</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>復元</translation>
        </message>
    </context>
    <context>
        <name>sentences</name>
        <message>
            <source>Check the address: it usually ends in /v1, for example https://api.dify.ai/v1.</source>
            <translation>アドレスを確認してください。通常は /v1 で終わります（例：https://api.dify.ai/v1）。</translation>
        </message>
        <message>
            <source>Dify rejected the request (400): {detail}</source>
            <translation>Dify がリクエストを拒否しました (400)：{detail}</translation>
        </message>
        <message>
            <source>Dify rejected the request (400).</source>
            <translation>Dify がリクエストを拒否しました (400)。</translation>
        </message>
        <message>
            <source>Dify is limiting requests (429).</source>
            <translation>Dify がリクエストを制限しています (429)。</translation>
        </message>
        <message numerus="yes">
            <source>Try again in %n s.</source>
            <translation>
                <numerusform>%n 秒後にもう一度お試しください。</numerusform>
            </translation>
        </message>
        <message>
            <source>Try again shortly.</source>
            <translation>しばらくしてからもう一度お試しください。</translation>
        </message>
        <message>
            <source>{message}. The problem is on the server's side; try again later.</source>
            <translation>{message}。問題はサーバー側にあります。しばらくしてからもう一度お試しください。</translation>
        </message>
        <message>
            <source>Dify reported an error ({status}): {message}</source>
            <translation>Dify がエラーを返しました ({status})：{message}</translation>
        </message>
        <message>
            <source>Dify reported an error: {message}</source>
            <translation>Dify がエラーを返しました：{message}</translation>
        </message>
        <message>
            <source>“{name}” is a workflow app: it has no conversations to manage. Use the API key of a chat, Chatflow or agent app.</source>
            <translation>「{name}」はワークフローアプリで、管理できる会話がありません。チャットボット、チャットフロー、またはエージェントアプリの API キーを使ってください。</translation>
        </message>
        <message>
            <source>“{name}” is a text generator app: it has no conversations to manage. Use the API key of a chat, Chatflow or agent app.</source>
            <translation>「{name}」はテキスト生成アプリで、管理できる会話がありません。チャットボット、チャットフロー、またはエージェントアプリの API キーを使ってください。</translation>
        </message>
        <message>
            <source>“{name}” is a “{mode}” app: it has no conversations to manage. Use the API key of a chat, Chatflow or agent app.</source>
            <translation>「{name}」は「{mode}」アプリで、管理できる会話がありません。チャットボット、チャットフロー、またはエージェントアプリの API キーを使ってください。</translation>
        </message>
        <message>
            <source>The API key was refused (401). It may be wrong, revoked, or not an app key. Copy the app's key again from Dify (API Access).</source>
            <translation>API キーが拒否されました (401)。キーが間違っているか、失効しているか、アプリのキーではない可能性があります。Dify（API アクセス）からアプリのキーをもう一度コピーしてください。</translation>
        </message>
        <message>
            <source>Dify refused access to this app (403): the app may be deleted, its API disabled, or the workspace archived.</source>
            <translation>Dify がこのアプリへのアクセスを拒否しました (403)。アプリが削除されたか、API が無効になっているか、ワークスペースがアーカイブされている可能性があります。</translation>
        </message>
        <message>
            <source>This app has no conversations (it is not a chat app).</source>
            <translation>このアプリには会話がありません（チャットアプリではありません）。</translation>
        </message>
        <message>
            <source>Not found (404): the conversation was deleted, or belongs to another end user.</source>
            <translation>見つかりません (404)：会話が削除されたか、別のエンドユーザーのものです。</translation>
        </message>
        <message>
            <source>The Dify server had a problem ({status}): {message}</source>
            <translation>Dify サーバーで問題が発生しました ({status})：{message}</translation>
        </message>
        <message>
            <source>The server answered {status} with {body}.</source>
            <translation>サーバーは {status} で応答し、{body}を返しました。</translation>
        </message>
        <message>
            <source>It said: {text}</source>
            <translation>内容：{text}</translation>
        </message>
        <message>
            <source>The problem is on the server's side; try again later.</source>
            <translation>問題はサーバー側にあります。しばらくしてからもう一度お試しください。</translation>
        </message>
        <message>
            <source>an empty answer</source>
            <translation>空の応答</translation>
        </message>
        <message>
            <source>a web page instead of Dify's answer</source>
            <translation>Dify の応答ではなく Web ページ</translation>
        </message>
        <message>
            <source>incomplete data</source>
            <translation>不完全なデータ</translation>
        </message>
        <message>
            <source>plain text instead of Dify's answer</source>
            <translation>Dify の応答ではなくプレーンテキスト</translation>
        </message>
        <message>
            <source>The Dify server had a problem ({status}) and did not say which.</source>
            <translation>Dify サーバーで問題が発生しましたが ({status})、内容は示されませんでした。</translation>
        </message>
        <message>
            <source>Dify refused the request ({status}) without saying why.</source>
            <translation>Dify がリクエストを拒否しましたが ({status})、理由は示されませんでした。</translation>
        </message>
        <message>
            <source>The secure connection failed: the server's certificate is not trusted (expired, self-signed, or a proxy's). Ask IT to install its certificate on this computer.</source>
            <translation>安全な接続に失敗しました。サーバーの証明書が信頼されていません（期限切れ、自己署名、またはプロキシの証明書）。このコンピューターに証明書をインストールするよう IT 部門に依頼してください。</translation>
        </message>
        <message>
            <source>The server does not answer securely (https://): it may only speak plain http. Check the address; if the server is meant to use plain http, try an http:// address.</source>
            <translation>サーバーが安全な接続 (https://) で応答しません。通常の http しか使えない可能性があります。アドレスを確認し、サーバーが通常の http を使う設定なら http:// のアドレスを試してください。</translation>
        </message>
        <message>
            <source>The secure connection failed: {message}</source>
            <translation>安全な接続に失敗しました：{message}</translation>
        </message>
        <message>
            <source>Cannot reach the server: check the address and your network connection.</source>
            <translation>サーバーに接続できません。アドレスとネットワーク接続を確認してください。</translation>
        </message>
        <message>
            <source>The server did not answer in time.</source>
            <translation>サーバーが時間内に応答しませんでした。</translation>
        </message>
        <message>
            <source>The connection broke before the answer arrived.</source>
            <translation>応答が届く前に接続が切れました。</translation>
        </message>
        <message>
            <source>The server's answer could not be read (it was not what Dify sends).</source>
            <translation>サーバーの応答を読み取れませんでした（Dify が送る形式ではありません）。</translation>
        </message>
        <message>
            <source>The address must start with https:// (or http:// for a server on this computer).</source>
            <translation>アドレスは https:// で始めてください（このコンピューター上のサーバーなら http:// も使えます）。</translation>
        </message>
        <message>
            <source>The address needs a host name, for example https://api.dify.ai/v1.</source>
            <translation>アドレスにはホスト名が必要です（例：https://api.dify.ai/v1）。</translation>
        </message>
        <message>
            <source>The server answered, but not like a Dify API (404).</source>
            <translation>サーバーは応答しましたが、Dify API の応答ではありません (404)。</translation>
        </message>
        <message>
            <source>The list was not found (404): the address may be wrong, or a conversation was deleted while the list loaded.</source>
            <translation>一覧が見つかりません (404)：アドレスが間違っているか、一覧の読み込み中に会話が削除された可能性があります。</translation>
        </message>
        <message>
            <source>Not connected.</source>
            <translation>接続されていません。</translation>
        </message>
        <message>
            <source>Loading was stopped.</source>
            <translation>読み込みを停止しました。</translation>
        </message>
        <message>
            <source>You stopped waiting for the server.</source>
            <translation>サーバーの待機を中止しました。</translation>
        </message>
        <message>
            <source>Nothing to retry.</source>
            <translation>再試行するものはありません。</translation>
        </message>
        <message>
            <source>Type a name, or tick Auto-generate.</source>
            <translation>名前を入力するか、「自動生成」にチェックを入れてください。</translation>
        </message>
        <message>
            <source>Names can be at most {limit} characters; this one has {length}.</source>
            <translation>名前は最大 {limit} 文字です。この名前は {length} 文字あります。</translation>
        </message>
        <message>
            <source>The name contains characters that cannot be sent.</source>
            <translation>名前に送信できない文字が含まれています。</translation>
        </message>
        <message>
            <source>No system keyring is available (no Secret Service such as GNOME Keyring or KWallet is running).</source>
            <translation>システムのキーリングを利用できません（GNOME Keyring や KWallet などの Secret Service が動作していません）。</translation>
        </message>
        <message>
            <source>The system keyring is locked and was not unlocked.</source>
            <translation>システムのキーリングがロックされており、ロック解除されませんでした。</translation>
        </message>
        <message>
            <source>The system keyring reported an error: {detail}</source>
            <translation>システムのキーリングがエラーを返しました：{detail}</translation>
        </message>
        <message>
            <source>The proxy {proxy} failed: it could not be reached, or it did not pass the request on. Check the proxy address and that the proxy is running.</source>
            <translation>プロキシ {proxy} でエラーが発生しました。プロキシに接続できないか、リクエストが転送されませんでした。プロキシのアドレスと、プロキシが動作していることを確認してください。</translation>
        </message>
        <message>
            <source>The proxy {proxy} asks for a user name and password. Enter them in the connection's proxy settings.</source>
            <translation>プロキシ {proxy} がユーザー名とパスワードを要求しています。接続のプロキシ設定で入力してください。</translation>
        </message>
        <message>
            <source>The proxy {proxy} refused the user name and password. Check them in the connection's proxy settings.</source>
            <translation>プロキシ {proxy} がユーザー名とパスワードを拒否しました。接続のプロキシ設定で確認してください。</translation>
        </message>
        <message>
            <source>The proxy address must start with http://, socks5:// or socks5h://, for example http://proxy.example.com:3128.</source>
            <translation>プロキシのアドレスは http://、socks5://、socks5h:// のいずれかで始める必要があります（例：http://proxy.example.com:3128）。</translation>
        </message>
        <message>
            <source>The proxy address has no host name, for example http://proxy.example.com:3128.</source>
            <translation>プロキシのアドレスにはホスト名が必要です（例：http://proxy.example.com:3128）。</translation>
        </message>
        <message>
            <source>The proxy address needs a port number (1-65535) after the host, for example http://proxy.example.com:3128.</source>
            <translation>プロキシのアドレスには、ホストの後にポート番号 (1-65535) が必要です（例：http://proxy.example.com:3128）。</translation>
        </message>
        <message>
            <source>Put the proxy's user name and password in the User and Password fields, not in the address: they are kept in the system keyring.</source>
            <translation>プロキシのユーザー名とパスワードは、アドレスではなく「プロキシのユーザー」欄と「プロキシのパスワード」欄に入力してください。これらはシステムのキーリングに保存されます。</translation>
        </message>
        <message>
            <source>A proxy password needs a user name too.</source>
            <translation>プロキシのパスワードにはユーザー名も必要です。</translation>
        </message>
        <message>
            <source>⚠ Not renamed ({status})</source>
            <translation>⚠ 名前を変更できませんでした ({status})</translation>
        </message>
        <message>
            <source>⚠ Name not put back ({status})</source>
            <translation>⚠ 元の名前に戻せませんでした ({status})</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>保存中…</translation>
        </message>
        <message>
            <source>Re-reading the server failed too: {problem}</source>
            <translation>サーバーの再読み込みにも失敗しました：{problem}</translation>
        </message>
        <message>
            <source>Not renamed: {problem}</source>
            <translation>名前を変更できませんでした：{problem}</translation>
        </message>
        <message>
            <source>Dify produced an empty name, and putting the previous name back failed: {problem} The previous name is kept: press F2 or use Retry rename to put it back.</source>
            <translation>Dify が空の名前を生成し、元の名前に戻すことにも失敗しました：{problem} 元の名前は保持されています。F2 を押すか「名前の変更を再試行」で元に戻してください。</translation>
        </message>
        <message>
            <source>{problem} The name may or may not have been saved; showing what the server holds now.</source>
            <translation>{problem} 名前が保存されたかどうかは不明です。現在サーバーにある内容を表示しています。</translation>
        </message>
        <message>
            <source>{problem} Checked: the server did save the new name.</source>
            <translation>{problem} 確認済み：サーバーは新しい名前を保存していました。</translation>
        </message>
        <message>
            <source>{problem} Checked: the server still has the old name, so it was not renamed. What you typed is kept: press F2 to retry.</source>
            <translation>{problem} 確認済み：サーバーには古い名前が残っているため、名前は変更されていません。入力した内容は保持されています。F2 で再試行してください。</translation>
        </message>
        <message>
            <source>{problem} Checked: the server still has a different name, so it was not renamed. What you typed is kept: press F2 to retry.</source>
            <translation>{problem} 確認済み：サーバーには別の名前が残っているため、名前は変更されていません。入力した内容は保持されています。F2 で再試行してください。</translation>
        </message>
        <message>
            <source>{name}: {message}</source>
            <translation>{name}：{message}</translation>
        </message>
        <message>
            <source>Conversation {id} (no name): {message}</source>
            <translation>会話 {id}（名前なし）：{message}</translation>
        </message>
        <message>
            <source>The previous name, to put back: {name}</source>
            <translation>戻す予定の元の名前：{name}</translation>
        </message>
        <message>
            <source>(no longer matches the filter)</source>
            <translation>（絞り込み条件に一致しなくなりました）</translation>
        </message>
        <message>
            <source>{status} (no longer matches the filter)</source>
            <translation>{status}（絞り込み条件に一致しなくなりました）</translation>
        </message>
        <message>
            <source>A name is one line: line breaks and tabs became spaces.</source>
            <translation>名前は 1 行です。改行とタブは空白に置き換えられました。</translation>
        </message>
        <message>
            <source>What you typed is kept: {typed}</source>
            <translation>入力した内容は保持されています：{typed}</translation>
        </message>
        <message>
            <source>✓ Renamed</source>
            <translation>✓ 名前を変更しました</translation>
        </message>
        <message>
            <source>⚠ Name not generated</source>
            <translation>⚠ 名前が生成されませんでした</translation>
        </message>
        <message>
            <source>⚠ No messages yet</source>
            <translation>⚠ まだメッセージがありません</translation>
        </message>
        <message>
            <source>⚠ Not renamed</source>
            <translation>⚠ 名前を変更できませんでした</translation>
        </message>
        <message>
            <source>… Checking the server</source>
            <translation>… サーバーを確認中</translation>
        </message>
        <message>
            <source>⚠ Not sent</source>
            <translation>⚠ 送信されませんでした</translation>
        </message>
        <message>
            <source>✓ Renamed (confirmed)</source>
            <translation>✓ 名前を変更しました（確認済み）</translation>
        </message>
        <message>
            <source>⚠ Not found</source>
            <translation>⚠ 見つかりません</translation>
        </message>
        <message>
            <source>⚠ Unknown</source>
            <translation>⚠ 不明</translation>
        </message>
        <message>
            <source>⚠ Empty name: old name put back</source>
            <translation>⚠ 空の名前：元の名前に戻しました</translation>
        </message>
        <message>
            <source>⚠ Empty name</source>
            <translation>⚠ 空の名前</translation>
        </message>
        <message>
            <source>⚠ Name not put back</source>
            <translation>⚠ 元の名前に戻せませんでした</translation>
        </message>
        <message>
            <source>Renamed.</source>
            <translation>名前を変更しました。</translation>
        </message>
        <message>
            <source>Dify could not generate a name: the app has no model for it, or the model failed. The name was not changed.</source>
            <translation>Dify は名前を生成できませんでした。アプリに名前生成用のモデルがないか、モデルが失敗しました。名前は変更されていません。</translation>
        </message>
        <message>
            <source>Dify can only generate a name once the conversation has messages.</source>
            <translation>Dify が名前を生成できるのは、会話にメッセージがある場合だけです。</translation>
        </message>
        <message>
            <source>The server no longer lists this conversation (deleted?).</source>
            <translation>サーバーの一覧にこの会話がありません（削除された可能性があります）。</translation>
        </message>
        <message>
            <source>Dify produced an empty name (its model gave no answer), so the previous name was put back.</source>
            <translation>Dify が空の名前を生成したため（モデルが応答しませんでした）、元の名前に戻しました。</translation>
        </message>
        <message>
            <source>Dify produced an empty name (its model gave no answer). The conversation had no name before either, so there was nothing to put back.</source>
            <translation>Dify が空の名前を生成しました（モデルが応答しませんでした）。この会話には以前も名前がなかったため、戻す名前はありません。</translation>
        </message>
        <message>
            <source>Chatflow</source>
            <translation>チャットフロー</translation>
        </message>
        <message>
            <source>Chatbot</source>
            <translation>チャットボット</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>エージェント</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>ワークフロー</translation>
        </message>
        <message>
            <source>Text generator</source>
            <translation>テキスト生成</translation>
        </message>
        <message>
            <source>Dify Desktop works with one Dify chat app per profile. Find the app's API key in Dify under the app's “API Access”.</source>
            <translation>Dify Desktop では、1 つのプロファイルで 1 つの Dify チャットアプリを扱います。アプリの API キーは、Dify のアプリの「API アクセス」にあります。</translation>
        </message>
        <message>
            <source>Warning: this address uses plain http:// to another computer. The API key would travel unencrypted; anyone on the network could read it.</source>
            <translation>警告：このアドレスは別のコンピューターへ通常の http:// で接続します。API キーは暗号化されずに送信され、ネットワーク上の誰でも読み取れてしまいます。</translation>
        </message>
        <message>
            <source>Give the profile a name (for example the app's name).</source>
            <translation>プロファイルに名前を付けてください（例：アプリの名前）。</translation>
        </message>
        <message>
            <source>Paste the app's API key.</source>
            <translation>アプリの API キーを貼り付けてください。</translation>
        </message>
        <message>
            <source>Tick the box to confirm sending the key over unencrypted http://, or use https://.</source>
            <translation>暗号化されない http:// でキーを送信することを確認するにはチェックを入れるか、https:// を使ってください。</translation>
        </message>
        <message>
            <source>Checking the key with the server…</source>
            <translation>サーバーでキーを確認しています…</translation>
        </message>
        <message>
            <source>No saved key was found for this profile: paste the key.</source>
            <translation>このプロファイルの保存済みキーが見つかりません。キーを貼り付けてください。</translation>
        </message>
        <message>
            <source>{problem} Paste the key again.</source>
            <translation>{problem} キーをもう一度貼り付けてください。</translation>
        </message>
        <message>
            <source>Connected to {app} ({mode}).</source>
            <translation>{app}（{mode}）に接続しました。</translation>
        </message>
        <message>
            <source>Connected to {app} ({mode}), but the key cannot be saved: {problem} You can use the key for this session only: it is kept in memory and never written to a file.</source>
            <translation>{app}（{mode}）に接続しましたが、キーを保存できません：{problem} このセッションに限りキーを使えます。キーはメモリ上にだけ保持され、ファイルには書き込まれません。</translation>
        </message>
        <message>
            <source>none found</source>
            <translation>見つかりません</translation>
        </message>
        <message>
            <source> A copy of the whole settings file is in {path}.</source>
            <translation> 設定ファイル全体のコピーは {path} にあります。</translation>
        </message>
        <message>
            <source>The saved connections could not be read, so they were moved aside to {path} (nothing was deleted).{backup} Their API keys are still in the system keyring under their profile ids ({ids}), listed in that file. New connections can be added.</source>
            <translation>保存済みの接続を読み取れなかったため、{path} に退避しました（何も削除していません）。{backup} それらの API キーは、そのファイルに記載されたプロファイル ID（{ids}）でシステムのキーリングに残っています。新しい接続を追加できます。</translation>
        </message>
    </context>
    <context>
        <name>transcript</name>
        <message>
            <source>Open link</source>
            <translation>リンクを開く</translation>
        </message>
        <message>
            <source>Open this address in your web browser?</source>
            <translation>このアドレスを Web ブラウザーで開きますか？</translation>
        </message>
        <message>
            <source>Customer · {0}</source>
            <translation>お客様 · {0}</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>アシスタント</translation>
        </message>
        <message>
            <source>👍 Liked</source>
            <translation>👍 高評価</translation>
        </message>
        <message>
            <source>👎 Disliked</source>
            <translation>👎 低評価</translation>
        </message>
        <message>
            <source>{0}: “{1}”</source>
            <translation>{0}：「{1}」</translation>
        </message>
        <message>
            <source>⚠ This answer failed: {0}</source>
            <translation>⚠ この回答は失敗しました：{0}</translation>
        </message>
        <message>
            <source>⚠ This answer failed.</source>
            <translation>⚠ この回答は失敗しました。</translation>
        </message>
        <message>
            <source>[image not loaded: {0}]</source>
            <translation>[画像は読み込まれていません：{0}]</translation>
        </message>
        <message>
            <source>{0} messages shown · scroll up for older ones</source>
            <translation>{0} 件のメッセージを表示中 · 上へスクロールすると古いメッセージを表示します</translation>
        </message>
        <message>
            <source>{0} messages shown. Some messages cannot be shown: more than 100 were sent in one second ({1}), and Dify cannot page through them.</source>
            <translation>{0} 件のメッセージを表示しています。一部のメッセージは表示できません。1 秒間 ({1}) に 100 件を超えるメッセージが送信されており、Dify ではそれらをページ送りできません。</translation>
        </message>
        <message>
            <source>{0} messages shown. Loading stopped: the server's pages stopped making progress (the conversation may have changed). Older messages may be missing.</source>
            <translation>{0} 件のメッセージを表示しています。読み込みを停止しました。サーバーのページ送りが進まなくなりました（会話が変更された可能性があります）。古いメッセージが欠けている可能性があります。</translation>
        </message>
        <message>
            <source>All {0} messages</source>
            <translation>全 {0} 件のメッセージ</translation>
        </message>
        <message>
            <source>Loading older messages…</source>
            <translation>古いメッセージを読み込み中…</translation>
        </message>
        <message>
            <source>Could not load older messages: {0} ({1} shown; older ones are missing).</source>
            <translation>古いメッセージを読み込めませんでした：{0}（{1} 件を表示中。それより古いメッセージは欠けています）。</translation>
        </message>
        <message>
            <source>Could not load the messages: {0}</source>
            <translation>メッセージを読み込めませんでした：{0}</translation>
        </message>
        <message>
            <source>This conversation has no messages yet.</source>
            <translation>この会話にはまだメッセージがありません。</translation>
        </message>
        <message>
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <source>Python value</source>
            <translation>Python の値</translation>
        </message>
        <message>
            <source>text</source>
            <translation>テキスト</translation>
        </message>
        <message>
            <source>The message to show is not in this conversation (or could not be reached).</source>
            <translation>表示するメッセージはこの会話にありません（または取得できませんでした）。</translation>
        </message>
        <message>
            <source>Conversation variables</source>
            <extracomment>the tallest the open table grows (pixels); longer lists scroll</extracomment>
            <translation>会話変数</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名前</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>型</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>値</translation>
        </message>
        <message>
            <source>&amp;Variables ({0})</source>
            <translation>変数 ({0})(&amp;V)</translation>
        </message>
        <message>
            <source>Variables: {0}</source>
            <translation>変数：{0}</translation>
        </message>
    </context>
</TS>
