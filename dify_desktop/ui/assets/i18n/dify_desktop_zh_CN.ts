<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Dify account</source>
            <translation>Dify 账户</translation>
        </message>
        <message>
            <source>&amp;App</source>
            <translation>应用(&amp;A)</translation>
        </message>
        <message>
            <source>App</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Console</source>
            <translation>控制台</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>电子邮件(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>密码(&amp;P)</translation>
        </message>
        <message>
            <source>About the account</source>
            <translation>关于此账户</translation>
        </message>
        <message>
            <source>Account status</source>
            <translation>账户状态</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>登录(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Use this app</source>
            <translation>使用此应用(&amp;U)</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>退出登录(&amp;O)</translation>
        </message>
    </context>
    <context>
        <name>AllUsers</name>
        <message>
            <source>Accounts that sign in to Dify only through SSO (Google, GitHub, a company login) have no password and cannot be used here. The password is used once to sign in and never stored.</source>
            <translation>仅通过 SSO（Google、GitHub、公司统一登录）登录 Dify 的账户没有密码，无法在此使用。密码仅在登录时使用一次，绝不会被保存。</translation>
        </message>
        <message>
            <source>The account is only used to find conversations of every end user. Renaming and deleting still go through the app key.</source>
            <translation>该账户仅用于查找所有终端用户的会话。重命名和删除仍通过应用的 API 密钥进行。</translation>
        </message>
        <message>
            <source>Dify refused the e-mail address or the password.</source>
            <translation>Dify 拒绝了该电子邮件地址或密码。</translation>
        </message>
        <message>
            <source>The Dify account's session has ended: sign in again (Ctrl+Shift+D).</source>
            <translation>Dify 账户的登录会话已结束：请重新登录 (Ctrl+Shift+D)。</translation>
        </message>
        <message>
            <source>Signed in as {0}.</source>
            <translation>已登录为 {0}。</translation>
        </message>
        <message>
            <source>Not signed in.</source>
            <translation>未登录。</translation>
        </message>
        <message>
            <source>No app of this account's workspace is named “{0}” with mode {1}.</source>
            <translation>此账户的工作区中没有名为“{0}”且模式为 {1} 的应用。</translation>
        </message>
        <message>
            <source>Several apps have this app's name and mode: choose the one this profile is.</source>
            <translation>有多个应用与此应用的名称和模式相同：请选择此连接对应的应用。</translation>
        </message>
        <message>
            <source>Connect to an app first: the account finds conversations of that app.</source>
            <translation>请先连接到一个应用：账户会查找该应用的会话。</translation>
        </message>
        <message>
            <source>Made in Dify's own web app: its end user is not one your product sends, so the service API cannot open, rename or delete it. Use Dify's console for this conversation.</source>
            <translation>在 Dify 自带的 Web 应用中创建：其终端用户并非由你的产品发送，因此服务 API 无法打开、重命名或删除此会话。请在 Dify 控制台中处理此会话。</translation>
        </message>
        <message>
            <source>Made by an account in Dify's console (debugging): it has no end user.</source>
            <translation>由账户在 Dify 控制台中创建（调试）：没有终端用户。</translation>
        </message>
        <message>
            <source>web app</source>
            <translation>Web 应用</translation>
        </message>
        <message>
            <source>{0} found so far, more as you scroll</source>
            <translation>已找到 {0} 个会话，滚动可加载更多</translation>
        </message>
        <message>
            <source>{0} found</source>
            <translation>已找到 {0} 个会话</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>正在搜索…</translation>
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
            <translation>终端用户</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>反馈</translation>
        </message>
        <message>
            <source>Last update</source>
            <translation>最后更新</translation>
        </message>
    </context>
    <context>
        <name>AllUsersPart</name>
        <message>
            <source>All end users…</source>
            <translation>所有终端用户…</translation>
        </message>
        <message>
            <source>Dify account…</source>
            <translation>Dify 账户…</translation>
        </message>
    </context>
    <context>
        <name>AllUsersView</name>
        <message>
            <source>All end users</source>
            <extracomment>Enter or double-click on a row: (the conversation, whether the service API can reach it) the account's session ended while searching</extracomment>
            <translation>所有终端用户</translation>
        </message>
        <message>
            <source>Words in questions, answers, names, or part of an end-user id</source>
            <translation>问题、回答、名称中的词语，或终端用户 ID 的一部分</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>查找</translation>
        </message>
        <message>
            <source>&amp;Between</source>
            <translation>日期范围(&amp;B)</translation>
        </message>
        <message>
            <source>Only between these days</source>
            <translation>仅限这两个日期之间</translation>
        </message>
        <message>
            <source>From day</source>
            <translation>起始日期</translation>
        </message>
        <message>
            <source>To day</source>
            <translation>结束日期</translation>
        </message>
        <message>
            <source>Conversations of every end user</source>
            <translation>所有终端用户的会话</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>搜索状态</translation>
        </message>
    </context>
    <context>
        <name>BulkActions</name>
        <message>
            <source>Add prefix…</source>
            <translation>添加前缀…</translation>
        </message>
        <message>
            <source>Auto-generate names</source>
            <translation>自动生成名称</translation>
        </message>
        <message>
            <source>Delete selected…</source>
            <translation>删除所选项…</translation>
        </message>
        <message>
            <source>Cancel job</source>
            <translation>取消任务</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>所选项</translation>
        </message>
        <message>
            <source>Selection menu</source>
            <translation>所选项菜单</translation>
        </message>
        <message>
            <source>A job is running: wait for it, or cancel it first.</source>
            <translation>有任务正在运行：请等待其完成，或先将其取消。</translation>
        </message>
        <message>
            <source>Delete conversations</source>
            <translation>删除会话</translation>
        </message>
        <message>
            <source>Delete {0} conversations of end user “{1}”? They are deleted on the Dify server and cannot be restored.</source>
            <translation>要删除终端用户“{1}”的 {0} 个会话吗？它们将在 Dify 服务器上被删除，且无法恢复。</translation>
        </message>
        <message>
            <source>Delete {0}</source>
            <translation>删除 {0} 个</translation>
        </message>
        <message>
            <source>Delete the conversations</source>
            <translation>删除这些会话</translation>
        </message>
        <message>
            <source>The job did not start: {0}</source>
            <translation>任务未能开始：{0}</translation>
        </message>
        <message>
            <source>{0} selected conversation(s) are no longer on the server: removed.</source>
            <translation>所选的 {0} 个会话已不在服务器上：已将其移除。</translation>
        </message>
        <message>
            <source>Nothing to do: no selected conversation is left.</source>
            <translation>无需操作：所选会话均已不存在。</translation>
        </message>
        <message>
            <source>“{0}” is now “{1}”</source>
            <translation>“{0}”现在为“{1}”</translation>
        </message>
        <message>
            <source>Renamed on the server</source>
            <translation>已在服务器上重命名</translation>
        </message>
        <message>
            <source>{0} conversation(s) were renamed on the server since the list was loaded:
{1}</source>
            <translation>自列表加载以来，有 {0} 个会话已在服务器上被重命名：
{1}</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>跳过这些会话</translation>
        </message>
        <message>
            <source>Include them</source>
            <translation>包括这些会话</translation>
        </message>
    </context>
    <context>
        <name>ConnectionController</name>
        <message>
            <source>No connection</source>
            <extracomment>(Session | None, Profile | None, str | None): the session to show, its profile and the end user asked for (None: the part chooses); (None, None, None) when nothing is open the open session took a new key; the view stays as it is one line saying what the window is connected to the server answered for this end user for the first time (it is now a recent user) the profile last tried while nothing is open, and where its key is the end user and order the window will list for a profile (the list part sets it)</extracomment>
            <translation>无连接</translation>
        </message>
        <message>
            <source>Connection (one per Dify app)</source>
            <translation>连接（每个 Dify 应用一个）</translation>
        </message>
        <message>
            <source>Add connection…</source>
            <translation>添加连接…</translation>
        </message>
        <message>
            <source>Edit connection…</source>
            <translation>编辑连接…</translation>
        </message>
        <message>
            <source>Delete connection…</source>
            <translation>删除连接…</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>未连接</translation>
        </message>
        <message>
            <source>Connecting to {0}…</source>
            <translation>正在连接到 {0}…</translation>
        </message>
        <message>
            <source>No saved API key was found for this profile.</source>
            <translation>未找到此配置保存的 API 密钥。</translation>
        </message>
        <message>
            <source>Could not connect to {0}: {1}</source>
            <translation>无法连接到 {0}：{1}</translation>
        </message>
        <message>
            <source>Connections cannot be changed in this mode.</source>
            <translation>在此模式下无法更改连接。</translation>
        </message>
        <message>
            <source>New key accepted.</source>
            <translation>新密钥已被接受。</translation>
        </message>
        <message>
            <source>Dify refused this connection's API key (401): it may have been revoked or replaced. Paste the app's current key; the list stays as it is.</source>
            <translation>Dify 拒绝了此连接的 API 密钥 (401)：它可能已被撤销或更换。请粘贴该应用当前的密钥；列表保持不变。</translation>
        </message>
        <message>
            <source>Delete the connection {0}? Its API key was kept for this session only and is forgotten. Nothing changes on the Dify server.</source>
            <translation>要删除连接 {0} 吗？它的 API 密钥仅在本次会话中保存，将被忘记。Dify 服务器上不会有任何变化。</translation>
        </message>
        <message>
            <source>Delete the connection {0} and remove its API key from the system keyring? Nothing changes on the Dify server.</source>
            <translation>要删除连接 {0} 并从系统密钥环中移除其 API 密钥吗？Dify 服务器上不会有任何变化。</translation>
        </message>
        <message>
            <source>Delete connection</source>
            <translation>删除连接</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>The connection was deleted, but its key could not be removed: {0}</source>
            <translation>连接已删除，但无法移除其密钥：{0}</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <source>Edit connection</source>
            <translation>编辑连接</translation>
        </message>
        <message>
            <source>Connect to a Dify app</source>
            <translation>连接到 Dify 应用</translation>
        </message>
        <message>
            <source>About this connection</source>
            <translation>关于此连接</translation>
        </message>
        <message>
            <source>e.g. Acme support bot</source>
            <translation>例如：Acme 客服机器人</translation>
        </message>
        <message>
            <source>Profile name</source>
            <translation>配置名称</translation>
        </message>
        <message>
            <source>API base URL</source>
            <translation>API 基础 URL</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API 密钥</translation>
        </message>
        <message>
            <source>Send the key over unencrypted http:// anyway</source>
            <translation>仍然通过未加密的 http:// 发送密钥</translation>
        </message>
        <message>
            <source>Connection status</source>
            <translation>连接状态</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>连接</translation>
        </message>
    </context>
    <context>
        <name>ConversationList</name>
        <message>
            <source>Last update, newest first</source>
            <translation>最后更新，最新在前</translation>
        </message>
        <message>
            <source>Last update, oldest first</source>
            <translation>最后更新，最早在前</translation>
        </message>
        <message>
            <source>Created, newest first</source>
            <translation>创建时间，最新在前</translation>
        </message>
        <message>
            <source>Created, oldest first</source>
            <translation>创建时间，最早在前</translation>
        </message>
        <message>
            <source>end-user id, as your product sends it</source>
            <extracomment>the first page of the first list has been shown (for --smoke-test) loading the first page failed, and why (for --smoke-test) another conversation (or none) is the current one</extracomment>
            <translation>终端用户 ID（与你的产品发送的一致）</translation>
        </message>
        <message>
            <source>Filter by name or id (Ctrl+F)</source>
            <translation>按名称或 ID 筛选 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>Stop waiting for the server: stop loading the list (Esc) and stop waiting for saves (each row then shows what the server holds)</source>
            <translation>停止等待服务器：停止加载列表 (Esc) 并停止等待保存（之后每一行显示服务器上的内容）</translation>
        </message>
        <message>
            <source>Stop loading</source>
            <translation>停止加载</translation>
        </message>
        <message>
            <source>Load all</source>
            <translation>全部加载</translation>
        </message>
        <message>
            <source>Load every conversation of this user (the filter then searches all of them)</source>
            <translation>加载该用户的所有会话（筛选随后会搜索全部会话）</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>筛选</translation>
        </message>
        <message numerus="yes">
            <source>Stopped waiting for %n save(s): checking what the server holds.</source>
            <translation>
                <numerusform>已停止等待 %n 个保存：正在检查服务器上的内容。</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading stopped — scroll down or use “Load all” to continue; F5 reloads.</source>
            <translation>已停止加载 — 向下滚动或使用“全部加载”继续；按 F5 重新加载。</translation>
        </message>
        <message>
            <source>Could not load conversations: {0}</source>
            <translation>无法加载会话：{0}</translation>
        </message>
        <message>
            <source> · {0} selected</source>
            <translation> · 已选择 {0} 个</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>正在加载…</translation>
        </message>
        <message numerus="yes">
            <source>all %Ln loaded</source>
            <translation>
                <numerusform>已全部加载 %Ln 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln loaded, more available</source>
            <translation>
                <numerusform>已加载 %Ln 个，还有更多</numerusform>
            </translation>
        </message>
        <message>
            <source> (loading…)</source>
            <translation>（正在加载…）</translation>
        </message>
        <message>
            <source> (stopped)</source>
            <translation>（已停止）</translation>
        </message>
        <message>
            <source> (some may be missing: over 100 share one second, which Dify cannot page through)</source>
            <translation>（可能有遗漏：超过 100 个会话的时间戳在同一秒内，Dify 无法分页获取）</translation>
        </message>
        <message numerus="yes">
            <source>%Ln shown · {0}</source>
            <translation>
                <numerusform>显示 %Ln 个 · {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · saving %Ln</source>
            <translation>
                <numerusform> · 正在保存 %Ln 个</numerusform>
            </translation>
        </message>
        <message>
            <source>Not connected.</source>
            <translation>未连接。</translation>
        </message>
        <message>
            <source>

Use Connections → Add connection… to connect to a Dify chat app with its API key.</source>
            <translation>

请使用“连接管理 → 添加连接…”，用 API 密钥连接到 Dify 聊天应用。</translation>
        </message>
        <message>
            <source>Type an end user's id in the “End user” box and press Enter.

Dify keeps conversations per end user: the id your product sends as “user”.</source>
            <translation>在“终端用户”框中输入终端用户的 ID，然后按 Enter。

Dify 按终端用户保存会话：即你的产品作为“user”发送的 ID。</translation>
        </message>
        <message>
            <source>Could not load the conversations of {0}.

{1}

Press F5 to try again.</source>
            <translation>无法加载 {0} 的会话。

{1}

按 F5 重试。</translation>
        </message>
        <message>
            <source>Loading conversations…</source>
            <translation>正在加载会话…</translation>
        </message>
        <message>
            <source>

Use “Load all” to continue, or press F5 to start again.</source>
            <translation>

使用“全部加载”继续，或按 F5 重新开始。</translation>
        </message>
        <message>
            <source> Use “Load all” to search every conversation.</source>
            <translation> 使用“全部加载”可搜索所有会话。</translation>
        </message>
        <message>
            <source>No loaded conversation matches {0}.</source>
            <translation>没有已加载的会话与 {0} 匹配。</translation>
        </message>
        <message>
            <source>No conversations for {0}.

The service API only sees conversations created through the API (not those from Dify's own web app or debugger), and only those of this exact end-user id. Note: looking up an id the server has never seen registers it there as a new, empty end user.</source>
            <translation>{0} 没有会话。

服务 API 只能看到通过 API 创建的会话（看不到 Dify 自带的 Web 应用或调试器中的会话），并且只能看到这个确切终端用户 ID 的会话。注意：查询服务器从未见过的 ID 会在服务器上将其注册为一个新的空终端用户。</translation>
        </message>
    </context>
    <context>
        <name>ConversationModel</name>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Last update</source>
            <translation>最后更新</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>(no name)</source>
            <extracomment>flags computed once: each ``|`` of Qt's flag enums is a Python call, and a paint asks per cell the status bar's line about a finished rename (naming the conversation), is a problem set by the filter while it has a needle: does a row no longer match it (then it is marked)? Here, not in the proxy: a proxy's Python data() doubles every paint's calls.</extracomment>
            <translation>（无名称）</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>刚刚</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n 分钟前</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n 小时前</numerusform>
            </translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>昨天</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n 天前</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export conversations</source>
            <translation>导出会话</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s), every message in time order, one file each. Existing files are never replaced.</source>
            <translation>
                <numerusform>%n 个会话，包含按时间顺序排列的所有消息，每个会话一个文件。绝不会覆盖已有文件。</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>A folder (created if missing)</source>
            <translation>文件夹（不存在时将自动创建）</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <source>Choose the folder</source>
            <translation>选择文件夹</translation>
        </message>
        <message>
            <source>Markdown (.md), for people and tickets</source>
            <translation>Markdown (.md)，便于阅读和提交工单</translation>
        </message>
        <message>
            <source>JSON (.json), every field as the server sent it</source>
            <translation>JSON (.json)，保留服务器发送的所有字段</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>导出</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>文件夹(&amp;F):</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>格式:</translation>
        </message>
        <message>
            <source>Export to folder</source>
            <translation>导出到文件夹</translation>
        </message>
        <message>
            <source>Choose a folder for the files.</source>
            <translation>请为文件选择一个文件夹。</translation>
        </message>
        <message>
            <source>{0} is a file, not a folder.</source>
            <translation>{0} 是文件，不是文件夹。</translation>
        </message>
    </context>
    <context>
        <name>FeedbackInbox</name>
        <message>
            <source>Feedback inbox</source>
            <extracomment>opens the inbox from anywhere in the window open this end user's conversation at this message: (user, conversation id, message id)</extracomment>
            <translation>反馈收件箱</translation>
        </message>
        <message>
            <source>Feedback inbox…</source>
            <translation>反馈收件箱…</translation>
        </message>
        <message>
            <source>Every user's likes and dislikes; Enter opens the conversation (Ctrl+I)</source>
            <translation>所有用户的点赞和点踩；按 Enter 打开会话 (Ctrl+I)</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>显示(&amp;S)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>显示</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>重新加载(&amp;R)</translation>
        </message>
        <message>
            <source>Reload the feedback</source>
            <translation>重新加载反馈</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>反馈</translation>
        </message>
        <message>
            <source>Feedback inbox state</source>
            <translation>反馈收件箱状态</translation>
        </message>
        <message>
            <source>Why the conversation did not open</source>
            <translation>会话未能打开的原因</translation>
        </message>
        <message>
            <source>The conversation {0} is no longer in this list.</source>
            <extracomment>the conversation is the list's current row; the message the person asked for (its id)</extracomment>
            <translation>会话 {0} 已不在此列表中。</translation>
        </message>
        <message>
            <source>Rating</source>
            <extracomment>longest comment and excerpt shown in a cell (the tooltip holds more)</extracomment>
            <translation>评价</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>评论</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>终端用户</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Likes and dislikes</source>
            <translation>点赞和点踩</translation>
        </message>
        <message>
            <source>Likes only</source>
            <translation>仅点赞</translation>
        </message>
        <message>
            <source>Dislikes only</source>
            <translation>仅点踩</translation>
        </message>
        <message>
            <source>👍 Like</source>
            <translation>👍 赞</translation>
        </message>
        <message>
            <source>👎 Dislike</source>
            <translation>👎 踩</translation>
        </message>
        <message>
            <source>(no comment)</source>
            <translation>（无评论）</translation>
        </message>
        <message>
            <source>message {0}</source>
            <translation>消息 {0}</translation>
        </message>
        <message>
            <source>End user no longer exists</source>
            <translation>终端用户已不存在</translation>
        </message>
        <message>
            <source>From a team member, not an end user</source>
            <translation>来自团队成员，而非终端用户</translation>
        </message>
        <message>
            <source>End user unknown: {0}</source>
            <translation>终端用户未知：{0}</translation>
        </message>
        <message>
            <source>Not connected: open a connection to see its feedback.</source>
            <translation>未连接：请打开一个连接以查看其反馈。</translation>
        </message>
        <message>
            <source>Could not load feedback: {0} Reload (Alt+R) tries again.</source>
            <translation>无法加载反馈：{0} 按“重新加载”(Alt+R) 重试。</translation>
        </message>
        <message>
            <source>Loading feedback…</source>
            <translation>正在加载反馈…</translation>
        </message>
        <message>
            <source>No feedback yet: likes and dislikes your users give appear here.</source>
            <translation>尚无反馈：用户给出的点赞和点踩会显示在这里。</translation>
        </message>
        <message numerus="yes">
            <source>all %Ln loaded</source>
            <translation>
                <numerusform>已全部加载 %Ln 个</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln loaded, more as you scroll</source>
            <translation>
                <numerusform>已加载 %Ln 个，滚动可加载更多</numerusform>
            </translation>
        </message>
        <message>
            <source> (loading…)</source>
            <translation>（正在加载…）</translation>
        </message>
        <message numerus="yes">
            <source>%Ln shown · {0}</source>
            <translation>
                <numerusform>显示 %Ln 个 · {0}</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot open this conversation: {0}</source>
            <translation>无法打开此会话：{0}</translation>
        </message>
    </context>
    <context>
        <name>HandOver</name>
        <message>
            <source>Copy transcript</source>
            <extracomment>the export's progress and Cancel, for the window's status bar</extracomment>
            <translation>复制会话记录</translation>
        </message>
        <message>
            <source>Every message of the current conversation as plain text, for a ticket</source>
            <translation>以纯文本形式复制当前会话的所有消息，便于提交工单</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>导出…</translation>
        </message>
        <message>
            <source>The selected conversations to Markdown or JSON files, one file each</source>
            <translation>将所选会话导出为 Markdown 或 JSON 文件，每个会话一个文件</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>会话</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>终端用户</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>开始时间</translation>
        </message>
        <message>
            <source>Last update</source>
            <translation>最后更新</translation>
        </message>
        <message>
            <source>Variables</source>
            <translation>变量</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>助手</translation>
        </message>
        <message>
            <source>Liked</source>
            <translation>已点赞</translation>
        </message>
        <message>
            <source>Disliked</source>
            <translation>已点踩</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>（无名称）</translation>
        </message>
        <message>
            <source>Some messages could not be reached: more than 100 share one second, and the server pages by the second.</source>
            <translation>部分消息无法获取：超过 100 条消息的时间戳在同一秒内，而服务器按秒分页。</translation>
        </message>
        <message>
            <source>Select a conversation to copy its transcript.</source>
            <translation>请选择一个会话以复制其会话记录。</translation>
        </message>
        <message>
            <source>Reading every message of {0}…</source>
            <translation>正在读取 {0} 的所有消息…</translation>
        </message>
        <message>
            <source>The transcript was not copied: {0}</source>
            <translation>未复制会话记录：{0}</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n message(s); some could not be reached (more than 100 in one second).</source>
            <translation>
                <numerusform>已复制 %n 条消息；部分消息无法获取（同一秒内超过 100 条）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied the transcript: %n message(s).</source>
            <translation>
                <numerusform>已复制会话记录：%n 条消息。</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the conversations to export.</source>
            <translation>请选择要导出的会话。</translation>
        </message>
        <message>
            <source>An export is already running.</source>
            <translation>已有导出正在进行。</translation>
        </message>
        <message>
            <source>Nothing was exported: the folder {0} cannot be made ({1}).</source>
            <translation>未导出任何内容：无法创建文件夹 {0} ({1})。</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n conversation(s) to {0}.</source>
            <translation>
                <numerusform>已将 %n 个会话导出到 {0}。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were not exported (see Messages).</source>
            <translation>
                <numerusform>%n 个未导出（见“消息”）。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) miss messages that could not be reached (more than 100 in one second).</source>
            <translation>
                <numerusform>%n 个文件缺少无法获取的消息（同一秒内超过 100 条）。</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} was not exported: {1}</source>
            <translation>未导出 {0}：{1}</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Rename history</source>
            <translation>重命名历史</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>终端用户</translation>
        </message>
        <message>
            <source>Conversation id</source>
            <translation>会话 ID</translation>
        </message>
        <message>
            <source>Renames</source>
            <translation>重命名记录</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Old name</source>
            <translation>原名称</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>新名称</translation>
        </message>
        <message>
            <source>How</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>还原</translation>
        </message>
        <message>
            <source>Revert the chosen rename</source>
            <translation>还原所选的重命名</translation>
        </message>
        <message>
            <source>Put back the name before this rename (Ctrl+Shift+R)</source>
            <translation>恢复此次重命名之前的名称 (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Clear history…</source>
            <translation>清除历史记录…</translation>
        </message>
        <message>
            <source>Clear the rename history</source>
            <translation>清除重命名历史</translation>
        </message>
        <message>
            <source>&amp;Filter</source>
            <translation>筛选(&amp;F)</translation>
        </message>
        <message>
            <source>That rename changed nothing: nothing to revert.</source>
            <translation>该重命名未做任何更改：无需还原。</translation>
        </message>
        <message>
            <source>Clear history</source>
            <translation>清除历史记录</translation>
        </message>
        <message>
            <source>Forget the rename history of this connection? The conversations are not changed.</source>
            <translation>要清除此连接的重命名历史吗？会话本身不会改变。</translation>
        </message>
    </context>
    <context>
        <name>HitModel</name>
        <message>
            <source>(no name)</source>
            <extracomment>characters of context shown before the first match</extracomment>
            <translation>（无名称）</translation>
        </message>
    </context>
    <context>
        <name>JobProgress</name>
        <message>
            <source>Job progress</source>
            <translation>任务进度</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancel the job</source>
            <translation>取消任务</translation>
        </message>
        <message>
            <source>Start no more items (Ctrl+Shift+X)</source>
            <translation>不再开始新的项目 (Ctrl+Shift+X)</translation>
        </message>
        <message>
            <source>Checking {0} conversation(s) on the server…</source>
            <translation>正在服务器上检查 {0} 个会话…</translation>
        </message>
        <message>
            <source>{0} of {1} done</source>
            <translation>已完成 {0}/{1}</translation>
        </message>
        <message>
            <source> · {0} failed</source>
            <translation> · {0} 个失败</translation>
        </message>
        <message>
            <source> · cancelling: finishing {0}</source>
            <translation> · 正在取消：正在完成剩余 {0} 个</translation>
        </message>
    </context>
    <context>
        <name>JobResults</name>
        <message>
            <source>Results of each conversation</source>
            <translation>各会话的结果</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>会话</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Dismiss the results</source>
            <translation>关闭结果</translation>
        </message>
        <message>
            <source>{0} done, {1} failed, of {2}.</source>
            <translation>共 {2} 个：{0} 个完成，{1} 个失败。</translation>
        </message>
        <message>
            <source>Cancelled: {0} not started.</source>
            <translation>已取消：{0} 个未开始。</translation>
        </message>
    </context>
    <context>
        <name>LanguageButton</name>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Language menu</source>
            <translation>语言菜单</translation>
        </message>
        <message>
            <source>The window's language, from the next start (Ctrl+Shift+L)</source>
            <translation>窗口的语言，下次启动时生效 (Ctrl+Shift+L)</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>系统语言</translation>
        </message>
        <message>
            <source>This run keeps no settings: start with --lang CODE instead.</source>
            <translation>本次运行不保存设置：请改用 --lang CODE 启动。</translation>
        </message>
        <message>
            <source>the system language</source>
            <translation>系统语言</translation>
        </message>
        <message>
            <source>The window will be in {0} from the next start.</source>
            <translation>下次启动时，窗口将使用{0}。</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Filter</source>
            <extracomment>the transcript pane's size hint and minimum size hint, which its slot reports until it is built, so the splitter shares its width as it will with the pane (a test compares them) with ``wait_for_first_page``, the desk parts are built at the latest this long after the window is shown, when the first page is slow to come (their shortcuts work from then on) ... and while a dialog or a menu is open, this long after it is looked at again the first page of the first list has been shown: its rows are painted (for --smoke-test) loading the first page failed, and why (for --smoke-test) the desk parts are built (:func:`dify_desktop.ui.desk_parts.build`): every action is there</extracomment>
            <translation>筛选</translation>
        </message>
        <message>
            <source>Shows only the rows whose name or id match</source>
            <translation>仅显示名称或 ID 匹配的行</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>会话</translation>
        </message>
        <message>
            <source>F2 renames, Del deletes, Menu key: more</source>
            <translation>按 F2 重命名，按 Del 删除，按菜单键查看更多操作</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Go to the End user box</source>
            <translation>转到“终端用户”框</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>The end user whose conversations are listed: type an id, press Enter (Ctrl+L)</source>
            <translation>列出其会话的终端用户：输入 ID 后按 Enter (Ctrl+L)</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>连接管理</translation>
        </message>
        <message>
            <source>Connections menu</source>
            <translation>连接管理菜单</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>连接</translation>
        </message>
        <message>
            <source>Sort</source>
            <translation>排序</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>终端用户</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>演示</translation>
        </message>
        <message>
            <source>Connected to the built-in demo server: nothing here is real.</source>
            <translation>已连接到内置演示服务器：这里的内容都不是真实的。</translation>
        </message>
        <message numerus="yes">
            <source>Finishing %n save(s) before closing…</source>
            <translation>
                <numerusform>正在完成 %n 个保存，然后关闭…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MessageLog</name>
        <message>
            <source>Information</source>
            <translation>信息</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>警告</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Message log</source>
            <translation>消息日志</translation>
        </message>
        <message>
            <source>Messages of this session, oldest first</source>
            <translation>本次会话的消息，按时间先后排列</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>消息</translation>
        </message>
    </context>
    <context>
        <name>PinsController</name>
        <message>
            <source>Pin or unpin</source>
            <translation>置顶或取消置顶</translation>
        </message>
        <message>
            <source>Pinned {0}</source>
            <translation>已置顶 {0} 个会话</translation>
        </message>
        <message>
            <source>Unpinned {0}</source>
            <translation>已取消置顶 {0} 个会话</translation>
        </message>
        <message>
            <source>{0} pinned conversation(s) are no longer on the server: {1}. Their pins were removed.</source>
            <translation>{0} 个置顶的会话已不在服务器上：{1}。已取消其置顶。</translation>
        </message>
    </context>
    <context>
        <name>PrefixDialog</name>
        <message>
            <source>Add prefix</source>
            <translation>添加前缀</translation>
        </message>
        <message>
            <source>for example [T-1234] and a space</source>
            <translation>例如 [T-1234] 加一个空格</translation>
        </message>
        <message>
            <source>&amp;Prefix</source>
            <translation>前缀(&amp;P)</translation>
        </message>
        <message>
            <source>Prefix</source>
            <translation>前缀</translation>
        </message>
        <message>
            <source>Added before the name of {0} conversation(s), unless already there.</source>
            <translation>将添加到 {0} 个会话的名称前（已有该前缀的除外）。</translation>
        </message>
        <message>
            <source>Add the prefix</source>
            <translation>添加该前缀</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>ProxyFields</name>
        <message>
            <source>Proxy</source>
            <translation>代理</translation>
        </message>
        <message>
            <source>Use the system's proxy settings</source>
            <translation>使用系统代理设置</translation>
        </message>
        <message>
            <source>No proxy (connect directly)</source>
            <translation>不使用代理（直接连接）</translation>
        </message>
        <message>
            <source>This proxy:</source>
            <translation>使用此代理：</translation>
        </message>
        <message>
            <source>Proxy mode</source>
            <translation>代理模式</translation>
        </message>
        <message>
            <source>Proxy address</source>
            <translation>代理地址</translation>
        </message>
        <message>
            <source>http://, socks5:// or socks5h://, a host and a port; no user name or password</source>
            <translation>http://、socks5:// 或 socks5h://，加上主机和端口；不含用户名或密码</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>可选</translation>
        </message>
        <message>
            <source>Proxy user name</source>
            <translation>代理用户名</translation>
        </message>
        <message>
            <source>Proxy password</source>
            <translation>代理密码</translation>
        </message>
        <message>
            <source>leave empty to keep the saved password</source>
            <translation>留空则保留已保存的密码</translation>
        </message>
        <message>
            <source>For this run every request goes through {0} (--proxy); this setting applies to the next runs.</source>
            <translation>本次运行中所有请求都经由 {0} (--proxy)；此设置将从下次运行起生效。</translation>
        </message>
        <message>
            <source>Pro&amp;xy</source>
            <translation>代理(&amp;X)</translation>
        </message>
        <message>
            <source>Proxy &amp;address</source>
            <translation>代理地址(&amp;A)</translation>
        </message>
        <message>
            <source>Proxy &amp;user</source>
            <translation>代理用户(&amp;U)</translation>
        </message>
        <message>
            <source>Proxy pass&amp;word</source>
            <translation>代理密码(&amp;W)</translation>
        </message>
    </context>
    <context>
        <name>RenameEditor</name>
        <message>
            <source>Rename the conversation</source>
            <translation>重命名会话</translation>
        </message>
        <message>
            <source>Conversation name</source>
            <translation>会话名称</translation>
        </message>
        <message>
            <source>New conversation name</source>
            <translation>新的会话名称</translation>
        </message>
        <message>
            <source>Auto-generate</source>
            <translation>自动生成</translation>
        </message>
        <message>
            <source>Auto-generate the name</source>
            <translation>自动生成名称</translation>
        </message>
        <message>
            <source>Ask Dify to name the conversation from its first question (needs a model in Dify).</source>
            <translation>让 Dify 根据会话的第一个问题为其命名（需要在 Dify 中配置模型）。</translation>
        </message>
        <message>
            <source>About the name</source>
            <translation>关于名称</translation>
        </message>
    </context>
    <context>
        <name>RequestLimit</name>
        <message>
            <source>Requests at once…</source>
            <translation>同时请求数…</translation>
        </message>
        <message numerus="yes">
            <source>At most %n request(s) at once from now on.</source>
            <translation>
                <numerusform>从现在起最多同时发送 %n 个请求。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RequestLimitDialog</name>
        <message>
            <source>Requests at once</source>
            <translation>同时请求数</translation>
        </message>
        <message>
            <source>&amp;Requests at once</source>
            <translation>同时请求数(&amp;R)</translation>
        </message>
        <message>
            <source>How many renames, deletes and other requests of this window may run at the same time ({0}–{1}, {2} unless changed). Fewer is gentler on a busy server; more finishes bulk jobs sooner.</source>
            <translation>此窗口的重命名、删除等请求最多可同时运行多少个（{0}–{1}，默认 {2}）。越少对繁忙的服务器越友好；越多批量任务完成得越快。</translation>
        </message>
        <message>
            <source>Use this limit</source>
            <translation>使用此上限</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>RowActions</name>
        <message>
            <source>Rename…</source>
            <extracomment>Del with several rows selected (bulk_actions deletes them as a job)</extracomment>
            <translation>重命名…</translation>
        </message>
        <message>
            <source>Retry rename</source>
            <translation>重试重命名</translation>
        </message>
        <message>
            <source>Copy conversation id</source>
            <translation>复制会话 ID</translation>
        </message>
        <message>
            <source>Delete conversation…</source>
            <translation>删除会话…</translation>
        </message>
        <message>
            <source>Open the row's menu</source>
            <translation>打开此行的菜单</translation>
        </message>
        <message>
            <source>Not sent: {0}</source>
            <extracomment>other parts' actions on the row, offered in the context menu too what the context menu offers for the selection (bulk_actions fills it)</extracomment>
            <translation>未发送：{0}</translation>
        </message>
        <message>
            <source>Not renamed: {0} Press F2 to edit what you typed.</source>
            <translation>未重命名：{0} 按 F2 编辑你输入的内容。</translation>
        </message>
        <message>
            <source>Copied {0}</source>
            <translation>已复制 {0}</translation>
        </message>
        <message>
            <source>Delete conversation</source>
            <translation>删除会话</translation>
        </message>
        <message>
            <source>Delete the conversation “{0}” of end user “{1}”? It is deleted on the Dify server and cannot be restored.</source>
            <translation>要删除终端用户“{1}”的会话“{0}”吗？它将在 Dify 服务器上被删除，且无法恢复。</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Delete the conversation</source>
            <translation>删除该会话</translation>
        </message>
        <message>
            <source>“{0}” was already gone from the server (404: deleted elsewhere?); its row is removed.</source>
            <translation>“{0}”已不在服务器上（404：已在别处删除？）；已移除该行。</translation>
        </message>
        <message>
            <source>Not deleted: {0}</source>
            <translation>未删除：{0}</translation>
        </message>
        <message>
            <source>Conversation “{0}” deleted.</source>
            <translation>会话“{0}”已删除。</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Words said in the conversations (Ctrl+Shift+F)</source>
            <extracomment>typing pauses this long before the index is asked while indexing, results are asked again at most this often (end user, conversation id, message id): open that conversation at that message the panel was closed (Esc): the window gives the keyboard back to the list</extracomment>
            <translation>会话中出现的词语 (Ctrl+Shift+F)</translation>
        </message>
        <message>
            <source>Search in messages</source>
            <translation>在消息中搜索</translation>
        </message>
        <message>
            <source>Finds this end user's conversations whose messages contain every word</source>
            <translation>查找此终端用户的会话中消息包含所有词语的会话</translation>
        </message>
        <message>
            <source>Indexing progress</source>
            <translation>索引进度</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Cancel indexing</source>
            <translation>取消索引</translation>
        </message>
        <message>
            <source>Clear index…</source>
            <translation>清除索引…</translation>
        </message>
        <message>
            <source>Clear the search index</source>
            <translation>清除搜索索引</translation>
        </message>
        <message>
            <source>Forget every indexed transcript of every connection (the history stays)</source>
            <translation>清除所有连接中已编入索引的全部会话记录（重命名历史保留）</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>搜索结果</translation>
        </message>
        <message>
            <source>Search in messages…</source>
            <translation>在消息中搜索…</translation>
        </message>
        <message>
            <source>Open an end user's conversations to search them.</source>
            <translation>请打开某个终端用户的会话以进行搜索。</translation>
        </message>
        <message>
            <source>Checking which conversations changed…</source>
            <translation>正在检查哪些会话有变化…</translation>
        </message>
        <message>
            <source>The index could not be updated: {0}</source>
            <translation>无法更新索引：{0}</translation>
        </message>
        <message>
            <source>Indexing {0} of {1} conversations…</source>
            <translation>正在为会话编制索引（{0}/{1}）…</translation>
        </message>
        <message>
            <source>{0} of {1} changed conversations were indexed.</source>
            <translation>已为 {1} 个有变化的会话中的 {0} 个建立索引。</translation>
        </message>
        <message>
            <source>Indexing stopped.</source>
            <translation>索引已停止。</translation>
        </message>
        <message>
            <source>Every conversation of this end user is searched.</source>
            <translation>此终端用户的所有会话均已纳入搜索。</translation>
        </message>
        <message numerus="yes">
            <source>%n could not be read ({0}); they are tried again next time.</source>
            <translation>
                <numerusform>%n 个无法读取（{0}），下次会再试。</numerusform>
            </translation>
        </message>
        <message>
            <source>Forget every transcript indexed for searching, for every connection? They are fetched again the next time you search. The rename history stays.</source>
            <translation>要清除所有连接中为搜索而编入索引的全部会话记录吗？下次搜索时会重新获取。重命名历史会保留。</translation>
        </message>
        <message>
            <source>Clear index</source>
            <translation>清除索引</translation>
        </message>
        <message>
            <source>The search index is empty.</source>
            <translation>搜索索引为空。</translation>
        </message>
        <message>
            <source>The search index was cleared.</source>
            <translation>搜索索引已清除。</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s) found</source>
            <translation>
                <numerusform>找到 %n 个会话</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <extracomment>opens the sheet from anywhere in the window</extracomment>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Type to find an action or a key</source>
            <translation>输入以查找操作或按键</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <source>Find a shortcut</source>
            <translation>查找快捷键</translation>
        </message>
        <message>
            <source>Shortcuts</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>快捷键</translation>
        </message>
        <message>
            <source>Close the shortcut sheet</source>
            <translation>关闭快捷键列表</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>消息</translation>
        </message>
        <message>
            <source>Every message of this session, with its time</source>
            <translation>本次会话的所有消息及其时间</translation>
        </message>
        <message>
            <source>Show the message log</source>
            <translation>显示消息日志</translation>
        </message>
        <message>
            <source>Latest message</source>
            <translation>最新消息</translation>
        </message>
        <message>
            <source>No message now</source>
            <translation>当前没有消息</translation>
        </message>
        <message>
            <source>No message now. Click to see the earlier ones.</source>
            <translation>当前没有消息。点击查看之前的消息。</translation>
        </message>
        <message>
            <source>{0}: {1}

Click to see every message.</source>
            <translation>{0}：{1}

点击查看所有消息。</translation>
        </message>
    </context>
    <context>
        <name>TranscriptPane</name>
        <message>
            <source>Messages</source>
            <extracomment>scrolled this close to the top (pixels), the older messages are asked for messages rendered between two turns of the event loop how long the current row must stay current before its messages are asked for a batch of messages was added to the view (the first page, or older ones) :meth:`show_message` reached its message (its id)</extracomment>
            <translation>消息</translation>
        </message>
        <message>
            <source>The selected conversation's messages</source>
            <translation>所选会话的消息</translation>
        </message>
        <message>
            <source>Transcript status</source>
            <translation>会话记录状态</translation>
        </message>
        <message>
            <source>&amp;Retry loading</source>
            <translation>重试加载(&amp;R)</translation>
        </message>
        <message>
            <source>Retry loading the messages</source>
            <translation>重试加载消息</translation>
        </message>
        <message>
            <source>Loading the messages…</source>
            <extracomment>the view shows the newest message and keeps it shown when the pane changes size</extracomment>
            <translation>正在加载消息…</translation>
        </message>
        <message>
            <source>Select a conversation to read it.</source>
            <translation>选择一个会话即可阅读。</translation>
        </message>
    </context>
    <context>
        <name>UndoController</name>
        <message>
            <source>Undo last rename</source>
            <extracomment>conversations named one by one in a confirmation; more are counted</extracomment>
            <translation>撤销上次重命名</translation>
        </message>
        <message>
            <source>Nothing to undo in this window.</source>
            <translation>此窗口中没有可撤销的操作。</translation>
        </message>
        <message>
            <source>Not now: not connected, or a job is running.</source>
            <translation>暂时无法执行：未连接，或有任务正在运行。</translation>
        </message>
        <message>
            <source>Could not check the server: {0}</source>
            <translation>无法检查服务器：{0}</translation>
        </message>
        <message>
            <source>Nothing to change: the names are already back.</source>
            <translation>无需更改：名称已恢复。</translation>
        </message>
        <message>
            <source>“{0}” → “{1}”</source>
            <translation>“{0}” → “{1}”</translation>
        </message>
        <message>
            <source>… and {0} more</source>
            <translation>… 以及另外 {0} 个</translation>
        </message>
        <message>
            <source>“{0}”: the app set “{1}”, someone renamed it “{2}” since</source>
            <translation>“{0}”：本应用曾将其设为“{1}”，之后有人将其重命名为“{2}”</translation>
        </message>
        <message>
            <source>{0} no longer on the server</source>
            <translation>{0} 个已不在服务器上</translation>
        </message>
        <message>
            <source>{0} had no name before, which cannot be put back</source>
            <translation>{0} 个之前没有名称，无法恢复</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>还原</translation>
        </message>
        <message>
            <source>Rename {0} conversation(s) back:</source>
            <translation>将 {0} 个会话改回原名称：</translation>
        </message>
        <message>
            <source>Include renamed ones</source>
            <translation>包括已被重命名的会话</translation>
        </message>
        <message>
            <source>Also rename back those renamed since</source>
            <translation>同时改回之后被重命名的会话</translation>
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
            <translation>；</translation>
        </message>
        <message>
            <source>{0}: choices</source>
            <translation>{0}：选项</translation>
        </message>
        <message>
            <source>Clear {0}</source>
            <translation>清除{0}</translation>
        </message>
        <message>
            <source>Select every row of {0}</source>
            <translation>选择{0}的所有行</translation>
        </message>
        <message>
            <source>{0}: rows</source>
            <translation>{0}：行</translation>
        </message>
        <message>
            <source>{0}: scroll up and down</source>
            <translation>{0}：上下滚动</translation>
        </message>
        <message>
            <source>{0}: scroll sideways</source>
            <translation>{0}：左右滚动</translation>
        </message>
    </context>
    <context>
        <name>connection_texts</name>
        <message>
            <source>leave empty to keep the saved key</source>
            <translation>留空则保留已保存的密钥</translation>
        </message>
        <message>
            <source>leave empty to keep this session's key</source>
            <translation>留空则保留本次会话的密钥</translation>
        </message>
        <message>
            <source>{problem} The key you paste is used for this session only: it is kept in memory and never written to a file.</source>
            <translation>{problem} 你粘贴的密钥仅用于本次会话：它只保存在内存中，绝不会写入文件。</translation>
        </message>
        <message>
            <source>Use the key for this session only</source>
            <translation>仅在本次会话中使用该密钥</translation>
        </message>
    </context>
    <context>
        <name>job_texts</name>
        <message>
            <source>The history file {path} is in use by another program: this window keeps its history in memory until it closes.</source>
            <translation>历史记录文件 {path} 正被另一个程序使用：此窗口在关闭前会将历史记录保存在内存中。</translation>
        </message>
        <message>
            <source>The history file could not be read; it was kept as {kept} and a new one was started.</source>
            <translation>无法读取历史记录文件；已将其保留为 {kept}，并新建了一个历史记录文件。</translation>
        </message>
        <message>
            <source>The history file {path} cannot be used: this window keeps its history in memory until it closes.</source>
            <translation>无法使用历史记录文件 {path}：此窗口在关闭前会将历史记录保存在内存中。</translation>
        </message>
        <message>
            <source>A rename could not be written to the history ({detail}).</source>
            <translation>有一次重命名无法写入历史记录 ({detail})。</translation>
        </message>
        <message>
            <source>The name already starts with the prefix.</source>
            <translation>名称已以该前缀开头。</translation>
        </message>
        <message>
            <source>The server generated no new name.</source>
            <translation>服务器未生成新名称。</translation>
        </message>
        <message>
            <source>No messages yet: there is nothing to name it from.</source>
            <translation>尚无消息：没有可据以命名的内容。</translation>
        </message>
        <message>
            <source>The server left the name blank; the old name was put back.</source>
            <translation>服务器返回了空名称；已恢复原名称。</translation>
        </message>
        <message>
            <source>The server left the name blank (it was blank before).</source>
            <translation>服务器返回了空名称（之前也为空）。</translation>
        </message>
        <message>
            <source>Renamed</source>
            <translation>已重命名</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>未更改</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>失败</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>Already gone from the server.</source>
            <translation>服务器上已不存在。</translation>
        </message>
        <message>
            <source>No messages</source>
            <translation>无消息</translation>
        </message>
        <message>
            <source>Blanked, put back</source>
            <translation>名称为空，已恢复</translation>
        </message>
        <message>
            <source>Blanked</source>
            <translation>名称为空</translation>
        </message>
        <message>
            <source>Blanked, not put back</source>
            <translation>名称为空，未恢复</translation>
        </message>
    </context>
    <context>
        <name>part</name>
        <message>
            <source>Add prefix: results</source>
            <translation>添加前缀：结果</translation>
        </message>
        <message>
            <source>Auto-generate names: results</source>
            <translation>自动生成名称：结果</translation>
        </message>
        <message>
            <source>Delete: results</source>
            <translation>删除：结果</translation>
        </message>
        <message>
            <source>Undo: results</source>
            <translation>撤销：结果</translation>
        </message>
        <message>
            <source>Auto-generate</source>
            <translation>自动生成</translation>
        </message>
        <message>
            <source>Typed</source>
            <translation>手动输入</translation>
        </message>
        <message>
            <source>Bulk auto-generate</source>
            <translation>批量自动生成</translation>
        </message>
        <message>
            <source>Bulk</source>
            <translation>批量操作</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>撤销</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>还原</translation>
        </message>
    </context>
    <context>
        <name>sentences</name>
        <message>
            <source>Check the address: it usually ends in /v1, for example https://api.dify.ai/v1.</source>
            <translation>请检查地址：它通常以 /v1 结尾，例如 https://api.dify.ai/v1。</translation>
        </message>
        <message>
            <source>Dify rejected the request (400): {detail}</source>
            <translation>Dify 拒绝了请求 (400)：{detail}</translation>
        </message>
        <message>
            <source>Dify rejected the request (400).</source>
            <translation>Dify 拒绝了请求 (400)。</translation>
        </message>
        <message>
            <source>Dify is limiting requests (429).</source>
            <translation>Dify 正在限制请求频率 (429)。</translation>
        </message>
        <message numerus="yes">
            <source>Try again in %n s.</source>
            <translation>
                <numerusform>请在 %n 秒后重试。</numerusform>
            </translation>
        </message>
        <message>
            <source>Try again shortly.</source>
            <translation>请稍后重试。</translation>
        </message>
        <message>
            <source>{message}. The problem is on the server's side; try again later.</source>
            <translation>{message}。问题出在服务器端，请稍后重试。</translation>
        </message>
        <message>
            <source>Dify reported an error ({status}): {message}</source>
            <translation>Dify 报告了错误 ({status})：{message}</translation>
        </message>
        <message>
            <source>Dify reported an error: {message}</source>
            <translation>Dify 报告了错误：{message}</translation>
        </message>
        <message>
            <source>“{name}” is a workflow app: it has no conversations to manage. Use the API key of a chat, Chatflow or agent app.</source>
            <translation>“{name}”是工作流应用：它没有可管理的会话。请使用聊天助手、Chatflow 或 Agent 应用的 API 密钥。</translation>
        </message>
        <message>
            <source>“{name}” is a text generator app: it has no conversations to manage. Use the API key of a chat, Chatflow or agent app.</source>
            <translation>“{name}”是文本生成应用：它没有可管理的会话。请使用聊天助手、Chatflow 或 Agent 应用的 API 密钥。</translation>
        </message>
        <message>
            <source>“{name}” is a “{mode}” app: it has no conversations to manage. Use the API key of a chat, Chatflow or agent app.</source>
            <translation>“{name}”是“{mode}”应用：它没有可管理的会话。请使用聊天助手、Chatflow 或 Agent 应用的 API 密钥。</translation>
        </message>
        <message>
            <source>The API key was refused (401). It may be wrong, revoked, or not an app key. Copy the app's key again from Dify (API Access).</source>
            <translation>API 密钥被拒绝 (401)。它可能有误、已被撤销，或不是应用密钥。请从 Dify（访问 API）重新复制该应用的密钥。</translation>
        </message>
        <message>
            <source>Dify refused access to this app (403): the app may be deleted, its API disabled, or the workspace archived.</source>
            <translation>Dify 拒绝访问此应用 (403)：应用可能已被删除、其 API 已被禁用，或工作空间已归档。</translation>
        </message>
        <message>
            <source>This app has no conversations (it is not a chat app).</source>
            <translation>此应用没有会话（它不是聊天应用）。</translation>
        </message>
        <message>
            <source>Not found (404): the conversation was deleted, or belongs to another end user.</source>
            <translation>未找到 (404)：该会话已被删除，或属于其他终端用户。</translation>
        </message>
        <message>
            <source>The Dify server had a problem ({status}): {message}</source>
            <translation>Dify 服务器出现问题 ({status})：{message}</translation>
        </message>
        <message>
            <source>The server answered {status} with {body}.</source>
            <translation>服务器以 {status} 应答，返回的是{body}。</translation>
        </message>
        <message>
            <source>It said: {text}</source>
            <translation>内容：{text}</translation>
        </message>
        <message>
            <source>The problem is on the server's side; try again later.</source>
            <translation>问题出在服务器端，请稍后重试。</translation>
        </message>
        <message>
            <source>an empty answer</source>
            <translation>空响应</translation>
        </message>
        <message>
            <source>a web page instead of Dify's answer</source>
            <translation>网页而不是 Dify 的响应</translation>
        </message>
        <message>
            <source>incomplete data</source>
            <translation>不完整的数据</translation>
        </message>
        <message>
            <source>plain text instead of Dify's answer</source>
            <translation>纯文本而不是 Dify 的响应</translation>
        </message>
        <message>
            <source>The Dify server had a problem ({status}) and did not say which.</source>
            <translation>Dify 服务器出现问题 ({status})，但没有说明原因。</translation>
        </message>
        <message>
            <source>Dify refused the request ({status}) without saying why.</source>
            <translation>Dify 拒绝了请求 ({status})，但没有说明原因。</translation>
        </message>
        <message>
            <source>The secure connection failed: the server's certificate is not trusted (expired, self-signed, or a proxy's). Ask IT to install its certificate on this computer.</source>
            <translation>安全连接失败：服务器的证书不受信任（已过期、自签名或属于代理）。请让 IT 部门在这台电脑上安装该证书。</translation>
        </message>
        <message>
            <source>The server does not answer securely (https://): it may only speak plain http. Check the address; if the server is meant to use plain http, try an http:// address.</source>
            <translation>服务器没有以安全方式 (https://) 应答：它可能只支持普通 http。请检查地址；如果该服务器本就使用普通 http，请尝试 http:// 地址。</translation>
        </message>
        <message>
            <source>The secure connection failed: {message}</source>
            <translation>安全连接失败：{message}</translation>
        </message>
        <message>
            <source>Cannot reach the server: check the address and your network connection.</source>
            <translation>无法访问服务器：请检查地址和网络连接。</translation>
        </message>
        <message>
            <source>The server did not answer in time.</source>
            <translation>服务器未能及时响应。</translation>
        </message>
        <message>
            <source>The connection broke before the answer arrived.</source>
            <translation>在收到响应之前连接已中断。</translation>
        </message>
        <message>
            <source>The server's answer could not be read (it was not what Dify sends).</source>
            <translation>无法读取服务器的响应（不是 Dify 发送的格式）。</translation>
        </message>
        <message>
            <source>The address must start with https:// (or http:// for a server on this computer).</source>
            <translation>地址必须以 https:// 开头（本机上的服务器可用 http://）。</translation>
        </message>
        <message>
            <source>The address needs a host name, for example https://api.dify.ai/v1.</source>
            <translation>地址需要包含主机名，例如 https://api.dify.ai/v1。</translation>
        </message>
        <message>
            <source>The server answered, but not like a Dify API (404).</source>
            <translation>服务器有响应，但不像 Dify API (404)。</translation>
        </message>
        <message>
            <source>The list was not found (404): the address may be wrong, or a conversation was deleted while the list loaded.</source>
            <translation>未找到列表 (404)：地址可能有误，或者在加载列表时有会话被删除。</translation>
        </message>
        <message>
            <source>Not connected.</source>
            <translation>未连接。</translation>
        </message>
        <message>
            <source>Loading was stopped.</source>
            <translation>加载已停止。</translation>
        </message>
        <message>
            <source>You stopped waiting for the server.</source>
            <translation>你已停止等待服务器。</translation>
        </message>
        <message>
            <source>Nothing to retry.</source>
            <translation>没有可重试的操作。</translation>
        </message>
        <message>
            <source>Type a name, or tick Auto-generate.</source>
            <translation>请输入名称，或勾选“自动生成”。</translation>
        </message>
        <message>
            <source>Names can be at most {limit} characters; this one has {length}.</source>
            <translation>名称最多 {limit} 个字符；当前为 {length} 个。</translation>
        </message>
        <message>
            <source>The name contains characters that cannot be sent.</source>
            <translation>名称包含无法发送的字符。</translation>
        </message>
        <message>
            <source>No system keyring is available (no Secret Service such as GNOME Keyring or KWallet is running).</source>
            <translation>没有可用的系统密钥环（没有运行 GNOME Keyring 或 KWallet 等 Secret Service）。</translation>
        </message>
        <message>
            <source>The system keyring is locked and was not unlocked.</source>
            <translation>系统密钥环已锁定，且未被解锁。</translation>
        </message>
        <message>
            <source>The system keyring reported an error: {detail}</source>
            <translation>系统密钥环报告了错误：{detail}</translation>
        </message>
        <message>
            <source>The proxy {proxy} failed: it could not be reached, or it did not pass the request on. Check the proxy address and that the proxy is running.</source>
            <translation>代理 {proxy} 出错：无法连接到它，或它没有转发请求。请检查代理地址，并确认代理正在运行。</translation>
        </message>
        <message>
            <source>The proxy {proxy} asks for a user name and password. Enter them in the connection's proxy settings.</source>
            <translation>代理 {proxy} 要求提供用户名和密码。请在连接的代理设置中输入。</translation>
        </message>
        <message>
            <source>The proxy {proxy} refused the user name and password. Check them in the connection's proxy settings.</source>
            <translation>代理 {proxy} 拒绝了该用户名和密码。请在连接的代理设置中检查。</translation>
        </message>
        <message>
            <source>The proxy address must start with http://, socks5:// or socks5h://, for example http://proxy.example.com:3128.</source>
            <translation>代理地址必须以 http://、socks5:// 或 socks5h:// 开头，例如 http://proxy.example.com:3128。</translation>
        </message>
        <message>
            <source>The proxy address has no host name, for example http://proxy.example.com:3128.</source>
            <translation>代理地址需要包含主机名，例如 http://proxy.example.com:3128。</translation>
        </message>
        <message>
            <source>The proxy address needs a port number (1-65535) after the host, for example http://proxy.example.com:3128.</source>
            <translation>代理地址需要在主机后加上端口号 (1-65535)，例如 http://proxy.example.com:3128。</translation>
        </message>
        <message>
            <source>Put the proxy's user name and password in the User and Password fields, not in the address: they are kept in the system keyring.</source>
            <translation>请将代理的用户名和密码填入“代理用户”和“代理密码”字段，不要写在地址中：它们保存在系统密钥环中。</translation>
        </message>
        <message>
            <source>A proxy password needs a user name too.</source>
            <translation>设置代理密码时还需要填写用户名。</translation>
        </message>
        <message>
            <source>⚠ Not renamed ({status})</source>
            <translation>⚠ 未重命名 ({status})</translation>
        </message>
        <message>
            <source>⚠ Name not put back ({status})</source>
            <translation>⚠ 未恢复原名称 ({status})</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>正在保存…</translation>
        </message>
        <message>
            <source>Re-reading the server failed too: {problem}</source>
            <translation>重新读取服务器也失败了：{problem}</translation>
        </message>
        <message>
            <source>Not renamed: {problem}</source>
            <translation>未重命名：{problem}</translation>
        </message>
        <message>
            <source>Dify produced an empty name, and putting the previous name back failed: {problem} The previous name is kept: press F2 or use Retry rename to put it back.</source>
            <translation>Dify 生成了空名称，且恢复原名称失败：{problem} 原名称已保留：按 F2 或使用“重试重命名”将其恢复。</translation>
        </message>
        <message>
            <source>{problem} The name may or may not have been saved; showing what the server holds now.</source>
            <translation>{problem} 名称可能已保存，也可能未保存；现在显示服务器上的内容。</translation>
        </message>
        <message>
            <source>{problem} Checked: the server did save the new name.</source>
            <translation>{problem} 已核实：服务器确实保存了新名称。</translation>
        </message>
        <message>
            <source>{problem} Checked: the server still has the old name, so it was not renamed. What you typed is kept: press F2 to retry.</source>
            <translation>{problem} 已核实：服务器上仍是旧名称，因此未重命名。你输入的内容已保留：按 F2 重试。</translation>
        </message>
        <message>
            <source>{problem} Checked: the server still has a different name, so it was not renamed. What you typed is kept: press F2 to retry.</source>
            <translation>{problem} 已核实：服务器上仍是另一个名称，因此未重命名。你输入的内容已保留：按 F2 重试。</translation>
        </message>
        <message>
            <source>{name}: {message}</source>
            <translation>{name}：{message}</translation>
        </message>
        <message>
            <source>Conversation {id} (no name): {message}</source>
            <translation>会话 {id}（无名称）：{message}</translation>
        </message>
        <message>
            <source>The previous name, to put back: {name}</source>
            <translation>要恢复的原名称：{name}</translation>
        </message>
        <message>
            <source>(no longer matches the filter)</source>
            <translation>（已不再符合筛选条件）</translation>
        </message>
        <message>
            <source>{status} (no longer matches the filter)</source>
            <translation>{status}（已不再符合筛选条件）</translation>
        </message>
        <message>
            <source>A name is one line: line breaks and tabs became spaces.</source>
            <translation>名称只能是一行：换行符和制表符已替换为空格。</translation>
        </message>
        <message>
            <source>What you typed is kept: {typed}</source>
            <translation>你输入的内容已保留：{typed}</translation>
        </message>
        <message>
            <source>✓ Renamed</source>
            <translation>✓ 已重命名</translation>
        </message>
        <message>
            <source>⚠ Name not generated</source>
            <translation>⚠ 未生成名称</translation>
        </message>
        <message>
            <source>⚠ No messages yet</source>
            <translation>⚠ 尚无消息</translation>
        </message>
        <message>
            <source>⚠ Not renamed</source>
            <translation>⚠ 未重命名</translation>
        </message>
        <message>
            <source>… Checking the server</source>
            <translation>… 正在检查服务器</translation>
        </message>
        <message>
            <source>⚠ Not sent</source>
            <translation>⚠ 未发送</translation>
        </message>
        <message>
            <source>✓ Renamed (confirmed)</source>
            <translation>✓ 已重命名（已确认）</translation>
        </message>
        <message>
            <source>⚠ Not found</source>
            <translation>⚠ 未找到</translation>
        </message>
        <message>
            <source>⚠ Unknown</source>
            <translation>⚠ 未知</translation>
        </message>
        <message>
            <source>⚠ Empty name: old name put back</source>
            <translation>⚠ 名称为空：已恢复原名称</translation>
        </message>
        <message>
            <source>⚠ Empty name</source>
            <translation>⚠ 名称为空</translation>
        </message>
        <message>
            <source>⚠ Name not put back</source>
            <translation>⚠ 未恢复原名称</translation>
        </message>
        <message>
            <source>Renamed.</source>
            <translation>已重命名。</translation>
        </message>
        <message>
            <source>Dify could not generate a name: the app has no model for it, or the model failed. The name was not changed.</source>
            <translation>Dify 无法生成名称：应用没有可用的模型，或模型出错。名称未更改。</translation>
        </message>
        <message>
            <source>Dify can only generate a name once the conversation has messages.</source>
            <translation>会话有消息后，Dify 才能生成名称。</translation>
        </message>
        <message>
            <source>The server no longer lists this conversation (deleted?).</source>
            <translation>服务器上已不再列出此会话（已被删除？）。</translation>
        </message>
        <message>
            <source>Dify produced an empty name (its model gave no answer), so the previous name was put back.</source>
            <translation>Dify 生成了空名称（其模型没有给出结果），因此已恢复原名称。</translation>
        </message>
        <message>
            <source>Dify produced an empty name (its model gave no answer). The conversation had no name before either, so there was nothing to put back.</source>
            <translation>Dify 生成了空名称（其模型没有给出结果）。该会话之前也没有名称，因此无可恢复。</translation>
        </message>
        <message>
            <source>Chatflow</source>
            <translation>Chatflow</translation>
        </message>
        <message>
            <source>Chatbot</source>
            <translation>聊天助手</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>工作流</translation>
        </message>
        <message>
            <source>Text generator</source>
            <translation>文本生成</translation>
        </message>
        <message>
            <source>Dify Desktop works with one Dify chat app per profile. Find the app's API key in Dify under the app's “API Access”.</source>
            <translation>Dify Desktop 的每个配置对应一个 Dify 聊天应用。应用的 API 密钥可在 Dify 中该应用的“访问 API”下找到。</translation>
        </message>
        <message>
            <source>Warning: this address uses plain http:// to another computer. The API key would travel unencrypted; anyone on the network could read it.</source>
            <translation>警告：此地址通过普通 http:// 连接到另一台计算机。API 密钥将以未加密的方式传输，网络上的任何人都可能读取到它。</translation>
        </message>
        <message>
            <source>Give the profile a name (for example the app's name).</source>
            <translation>请为配置命名（例如应用的名称）。</translation>
        </message>
        <message>
            <source>Paste the app's API key.</source>
            <translation>请粘贴应用的 API 密钥。</translation>
        </message>
        <message>
            <source>Tick the box to confirm sending the key over unencrypted http://, or use https://.</source>
            <translation>请勾选此框以确认通过未加密的 http:// 发送密钥，或改用 https://。</translation>
        </message>
        <message>
            <source>Checking the key with the server…</source>
            <translation>正在向服务器验证密钥…</translation>
        </message>
        <message>
            <source>No saved key was found for this profile: paste the key.</source>
            <translation>未找到此配置保存的密钥：请粘贴密钥。</translation>
        </message>
        <message>
            <source>{problem} Paste the key again.</source>
            <translation>{problem} 请重新粘贴密钥。</translation>
        </message>
        <message>
            <source>Connected to {app} ({mode}).</source>
            <translation>已连接到 {app}（{mode}）。</translation>
        </message>
        <message>
            <source>Connected to {app} ({mode}), but the key cannot be saved: {problem} You can use the key for this session only: it is kept in memory and never written to a file.</source>
            <translation>已连接到 {app}（{mode}），但无法保存密钥：{problem} 你可以仅在本次会话中使用该密钥：它只保存在内存中，绝不会写入文件。</translation>
        </message>
        <message>
            <source>none found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <source> A copy of the whole settings file is in {path}.</source>
            <translation> 整个设置文件的副本位于 {path}。</translation>
        </message>
        <message>
            <source>The saved connections could not be read, so they were moved aside to {path} (nothing was deleted).{backup} Their API keys are still in the system keyring under their profile ids ({ids}), listed in that file. New connections can be added.</source>
            <translation>无法读取已保存的连接，因此已将其移至 {path}（没有删除任何内容）。{backup} 它们的 API 密钥仍以配置 ID（{ids}）保存在系统密钥环中，这些 ID 已列在该文件里。你可以添加新的连接。</translation>
        </message>
    </context>
    <context>
        <name>transcript</name>
        <message>
            <source>Open link</source>
            <translation>打开链接</translation>
        </message>
        <message>
            <source>Open this address in your web browser?</source>
            <translation>要在网页浏览器中打开此地址吗？</translation>
        </message>
        <message>
            <source>Customer · {0}</source>
            <translation>客户 · {0}</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>助手</translation>
        </message>
        <message>
            <source>👍 Liked</source>
            <translation>👍 已点赞</translation>
        </message>
        <message>
            <source>👎 Disliked</source>
            <translation>👎 已点踩</translation>
        </message>
        <message>
            <source>{0}: “{1}”</source>
            <translation>{0}：“{1}”</translation>
        </message>
        <message>
            <source>⚠ This answer failed: {0}</source>
            <translation>⚠ 此回答失败：{0}</translation>
        </message>
        <message>
            <source>⚠ This answer failed.</source>
            <translation>⚠ 此回答失败。</translation>
        </message>
        <message>
            <source>[image not loaded: {0}]</source>
            <translation>[图片未加载：{0}]</translation>
        </message>
        <message>
            <source>{0} messages shown · scroll up for older ones</source>
            <translation>已显示 {0} 条消息 · 向上滚动可查看更早的消息</translation>
        </message>
        <message>
            <source>{0} messages shown. Some messages cannot be shown: more than 100 were sent in one second ({1}), and Dify cannot page through them.</source>
            <translation>已显示 {0} 条消息。部分消息无法显示：同一秒内 ({1}) 发送了超过 100 条消息，Dify 无法对其分页。</translation>
        </message>
        <message>
            <source>{0} messages shown. Loading stopped: the server's pages stopped making progress (the conversation may have changed). Older messages may be missing.</source>
            <translation>已显示 {0} 条消息。加载已停止：服务器的分页不再前进（会话可能已发生变化）。可能缺少更早的消息。</translation>
        </message>
        <message>
            <source>All {0} messages</source>
            <translation>全部 {0} 条消息</translation>
        </message>
        <message>
            <source>Loading older messages…</source>
            <translation>正在加载更早的消息…</translation>
        </message>
        <message>
            <source>Could not load older messages: {0} ({1} shown; older ones are missing).</source>
            <translation>无法加载更早的消息：{0}（已显示 {1} 条；更早的消息缺失）。</translation>
        </message>
        <message>
            <source>Could not load the messages: {0}</source>
            <translation>无法加载消息：{0}</translation>
        </message>
        <message>
            <source>This conversation has no messages yet.</source>
            <translation>此会话还没有消息。</translation>
        </message>
        <message>
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <source>Python value</source>
            <translation>Python 值</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文本</translation>
        </message>
        <message>
            <source>The message to show is not in this conversation (or could not be reached).</source>
            <translation>要显示的消息不在此会话中（或无法访问）。</translation>
        </message>
        <message>
            <source>Conversation variables</source>
            <extracomment>the tallest the open table grows (pixels); longer lists scroll</extracomment>
            <translation>会话变量</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>&amp;Variables ({0})</source>
            <translation>变量 ({0})(&amp;V)</translation>
        </message>
        <message>
            <source>Variables: {0}</source>
            <translation>变量：{0}</translation>
        </message>
    </context>
</TS>
