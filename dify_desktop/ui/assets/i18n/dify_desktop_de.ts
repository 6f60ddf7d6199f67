<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
    <context>
        <name>AccountDialog</name>
        <message>
            <source>Dify account</source>
            <translation>Dify-Konto</translation>
        </message>
        <message>
            <source>&amp;App</source>
            <translation>&amp;App</translation>
        </message>
        <message>
            <source>App</source>
            <translation>App</translation>
        </message>
        <message>
            <source>Console</source>
            <translation>Konsole</translation>
        </message>
        <message>
            <source>&amp;E-mail</source>
            <translation>&amp;E-Mail</translation>
        </message>
        <message>
            <source>&amp;Password</source>
            <translation>Pass&amp;wort</translation>
        </message>
        <message>
            <source>About the account</source>
            <translation>Über das Konto</translation>
        </message>
        <message>
            <source>Account status</source>
            <translation>Kontostatus</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>A&amp;nmelden</translation>
        </message>
        <message>
            <source>&amp;Use this app</source>
            <translation>Diese App &amp;verwenden</translation>
        </message>
        <message>
            <source>Sign &amp;out</source>
            <translation>Ab&amp;melden</translation>
        </message>
    </context>
    <context>
        <name>AllUsers</name>
        <message>
            <source>Accounts that sign in to Dify only through SSO (Google, GitHub, a company login) have no password and cannot be used here. The password is used once to sign in and never stored.</source>
            <translation>Konten, die sich nur per SSO (Google, GitHub, eine Firmenanmeldung) bei Dify anmelden, haben kein Passwort und können hier nicht verwendet werden. Das Passwort wird einmal zum Anmelden verwendet und nie gespeichert.</translation>
        </message>
        <message>
            <source>The account is only used to find conversations of every end user. Renaming and deleting still go through the app key.</source>
            <translation>Das Konto dient nur dazu, Unterhaltungen aller Endbenutzer zu finden. Umbenennen und Löschen laufen weiterhin über den API-Schlüssel der App.</translation>
        </message>
        <message>
            <source>Dify refused the e-mail address or the password.</source>
            <translation>Dify hat die E-Mail-Adresse oder das Passwort abgelehnt.</translation>
        </message>
        <message>
            <source>The Dify account's session has ended: sign in again (Ctrl+Shift+D).</source>
            <translation>Die Sitzung des Dify-Kontos ist beendet: Melden Sie sich erneut an (Ctrl+Shift+D).</translation>
        </message>
        <message>
            <source>Signed in as {0}.</source>
            <translation>Angemeldet als {0}.</translation>
        </message>
        <message>
            <source>Not signed in.</source>
            <translation>Nicht angemeldet.</translation>
        </message>
        <message>
            <source>No app of this account's workspace is named “{0}” with mode {1}.</source>
            <translation>Im Arbeitsbereich dieses Kontos gibt es keine App namens „{0}“ mit dem Modus {1}.</translation>
        </message>
        <message>
            <source>Several apps have this app's name and mode: choose the one this profile is.</source>
            <translation>Mehrere Apps haben den Namen und den Modus dieser App: Wählen Sie die App, die zu dieser Verbindung gehört.</translation>
        </message>
        <message>
            <source>Connect to an app first: the account finds conversations of that app.</source>
            <translation>Verbinden Sie sich zuerst mit einer App: Das Konto findet Unterhaltungen dieser App.</translation>
        </message>
        <message>
            <source>Made in Dify's own web app: its end user is not one your product sends, so the service API cannot open, rename or delete it. Use Dify's console for this conversation.</source>
            <translation>In Difys eigener Web-App erstellt: Der Endbenutzer stammt nicht aus Ihrem Produkt, daher kann die Service-API diese Unterhaltung weder öffnen noch umbenennen oder löschen. Verwenden Sie dafür die Konsole von Dify.</translation>
        </message>
        <message>
            <source>Made by an account in Dify's console (debugging): it has no end user.</source>
            <translation>Von einem Konto in der Konsole von Dify erstellt (Debugging): Es gibt keinen Endbenutzer.</translation>
        </message>
        <message>
            <source>web app</source>
            <translation>Web-App</translation>
        </message>
        <message>
            <source>{0} found so far, more as you scroll</source>
            <translation>Bisher {0} gefunden, weitere beim Blättern</translation>
        </message>
        <message>
            <source>{0} found</source>
            <translation>{0} gefunden</translation>
        </message>
        <message>
            <source>Searching…</source>
            <translation>Wird gesucht…</translation>
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
            <translation>Endbenutzer</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Nachrichten</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Last update</source>
            <translation>Letzte Änderung</translation>
        </message>
    </context>
    <context>
        <name>AllUsersPart</name>
        <message>
            <source>All end users…</source>
            <translation>Alle Endbenutzer…</translation>
        </message>
        <message>
            <source>Dify account…</source>
            <translation>Dify-Konto…</translation>
        </message>
    </context>
    <context>
        <name>AllUsersView</name>
        <message>
            <source>All end users</source>
            <extracomment>Enter or double-click on a row: (the conversation, whether the service API can reach it) the account's session ended while searching</extracomment>
            <translation>Alle Endbenutzer</translation>
        </message>
        <message>
            <source>Words in questions, answers, names, or part of an end-user id</source>
            <translation>Wörter in Fragen, Antworten, Namen oder ein Teil einer Endbenutzer-ID</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>Find</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <source>&amp;Between</source>
            <translation>&amp;Zeitraum</translation>
        </message>
        <message>
            <source>Only between these days</source>
            <translation>Nur zwischen diesen Tagen</translation>
        </message>
        <message>
            <source>From day</source>
            <translation>Erster Tag</translation>
        </message>
        <message>
            <source>To day</source>
            <translation>Letzter Tag</translation>
        </message>
        <message>
            <source>Conversations of every end user</source>
            <translation>Unterhaltungen aller Endbenutzer</translation>
        </message>
        <message>
            <source>Search status</source>
            <translation>Suchstatus</translation>
        </message>
    </context>
    <context>
        <name>BulkActions</name>
        <message>
            <source>Add prefix…</source>
            <translation>Präfix hinzufügen…</translation>
        </message>
        <message>
            <source>Auto-generate names</source>
            <translation>Namen automatisch erzeugen</translation>
        </message>
        <message>
            <source>Delete selected…</source>
            <translation>Auswahl löschen…</translation>
        </message>
        <message>
            <source>Cancel job</source>
            <translation>Auftrag abbrechen</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>Auswahl</translation>
        </message>
        <message>
            <source>Selection menu</source>
            <translation>Menü Auswahl</translation>
        </message>
        <message>
            <source>A job is running: wait for it, or cancel it first.</source>
            <translation>Ein Auftrag läuft: Warten Sie, bis er fertig ist, oder brechen Sie ihn zuerst ab.</translation>
        </message>
        <message>
            <source>Delete conversations</source>
            <translation>Unterhaltungen löschen</translation>
        </message>
        <message>
            <source>Delete {0} conversations of end user “{1}”? They are deleted on the Dify server and cannot be restored.</source>
            <translation>{0} Unterhaltungen des Endbenutzers „{1}“ löschen? Sie werden auf dem Dify-Server gelöscht und können nicht wiederhergestellt werden.</translation>
        </message>
        <message>
            <source>Delete {0}</source>
            <translation>{0} löschen</translation>
        </message>
        <message>
            <source>Delete the conversations</source>
            <translation>Die Unterhaltungen löschen</translation>
        </message>
        <message>
            <source>The job did not start: {0}</source>
            <translation>Der Auftrag wurde nicht gestartet: {0}</translation>
        </message>
        <message>
            <source>{0} selected conversation(s) are no longer on the server: removed.</source>
            <translation>{0} ausgewählte Unterhaltung(en) gibt es auf dem Server nicht mehr: entfernt.</translation>
        </message>
        <message>
            <source>Nothing to do: no selected conversation is left.</source>
            <translation>Nichts zu tun: Es ist keine ausgewählte Unterhaltung mehr übrig.</translation>
        </message>
        <message>
            <source>“{0}” is now “{1}”</source>
            <translation>„{0}“ heißt jetzt „{1}“</translation>
        </message>
        <message>
            <source>Renamed on the server</source>
            <translation>Auf dem Server umbenannt</translation>
        </message>
        <message>
            <source>{0} conversation(s) were renamed on the server since the list was loaded:
{1}</source>
            <translation>Seit dem Laden der Liste wurde(n) {0} Unterhaltung(en) auf dem Server umbenannt:
{1}</translation>
        </message>
        <message>
            <source>Skip them</source>
            <translation>Überspringen</translation>
        </message>
        <message>
            <source>Include them</source>
            <translation>Einbeziehen</translation>
        </message>
    </context>
    <context>
        <name>ConnectionController</name>
        <message>
            <source>No connection</source>
            <extracomment>(Session | None, Profile | None, str | None): the session to show, its profile and the end user asked for (None: the part chooses); (None, None, None) when nothing is open the open session took a new key; the view stays as it is one line saying what the window is connected to the server answered for this end user for the first time (it is now a recent user) the profile last tried while nothing is open, and where its key is the end user and order the window will list for a profile (the list part sets it)</extracomment>
            <translation>Keine Verbindung</translation>
        </message>
        <message>
            <source>Connection (one per Dify app)</source>
            <translation>Verbindung (eine pro Dify-App)</translation>
        </message>
        <message>
            <source>Add connection…</source>
            <translation>Verbindung hinzufügen…</translation>
        </message>
        <message>
            <source>Edit connection…</source>
            <translation>Verbindung bearbeiten…</translation>
        </message>
        <message>
            <source>Delete connection…</source>
            <translation>Verbindung löschen…</translation>
        </message>
        <message>
            <source>Not connected</source>
            <translation>Nicht verbunden</translation>
        </message>
        <message>
            <source>Connecting to {0}…</source>
            <translation>Verbindung mit {0} wird hergestellt…</translation>
        </message>
        <message>
            <source>No saved API key was found for this profile.</source>
            <translation>Für dieses Profil wurde kein gespeicherter API-Schlüssel gefunden.</translation>
        </message>
        <message>
            <source>Could not connect to {0}: {1}</source>
            <translation>Verbindung mit {0} nicht möglich: {1}</translation>
        </message>
        <message>
            <source>Connections cannot be changed in this mode.</source>
            <translation>Verbindungen können in diesem Modus nicht geändert werden.</translation>
        </message>
        <message>
            <source>New key accepted.</source>
            <translation>Neuer Schlüssel angenommen.</translation>
        </message>
        <message>
            <source>Dify refused this connection's API key (401): it may have been revoked or replaced. Paste the app's current key; the list stays as it is.</source>
            <translation>Dify hat den API-Schlüssel dieser Verbindung abgelehnt (401): Er wurde vielleicht widerrufen oder ersetzt. Fügen Sie den aktuellen Schlüssel der App ein; die Liste bleibt, wie sie ist.</translation>
        </message>
        <message>
            <source>Delete the connection {0}? Its API key was kept for this session only and is forgotten. Nothing changes on the Dify server.</source>
            <translation>Die Verbindung {0} löschen? Ihr API-Schlüssel galt nur für diese Sitzung und wird vergessen. Auf dem Dify-Server ändert sich nichts.</translation>
        </message>
        <message>
            <source>Delete the connection {0} and remove its API key from the system keyring? Nothing changes on the Dify server.</source>
            <translation>Die Verbindung {0} löschen und ihren API-Schlüssel aus dem Schlüsselbund des Systems entfernen? Auf dem Dify-Server ändert sich nichts.</translation>
        </message>
        <message>
            <source>Delete connection</source>
            <translation>Verbindung löschen</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>The connection was deleted, but its key could not be removed: {0}</source>
            <translation>Die Verbindung wurde gelöscht, ihr Schlüssel konnte aber nicht entfernt werden: {0}</translation>
        </message>
    </context>
    <context>
        <name>ConnectionDialog</name>
        <message>
            <source>Edit connection</source>
            <translation>Verbindung bearbeiten</translation>
        </message>
        <message>
            <source>Connect to a Dify app</source>
            <translation>Mit einer Dify-App verbinden</translation>
        </message>
        <message>
            <source>About this connection</source>
            <translation>Über diese Verbindung</translation>
        </message>
        <message>
            <source>e.g. Acme support bot</source>
            <translation>z. B. Acme-Support-Bot</translation>
        </message>
        <message>
            <source>Profile name</source>
            <translation>Profilname</translation>
        </message>
        <message>
            <source>API base URL</source>
            <translation>API-Basis-URL</translation>
        </message>
        <message>
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <source>Send the key over unencrypted http:// anyway</source>
            <translation>Schlüssel trotzdem über unverschlüsseltes http:// senden</translation>
        </message>
        <message>
            <source>Connection status</source>
            <translation>Verbindungsstatus</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Verbinden</translation>
        </message>
    </context>
    <context>
        <name>ConversationList</name>
        <message>
            <source>Last update, newest first</source>
            <translation>Letzte Änderung, neueste zuerst</translation>
        </message>
        <message>
            <source>Last update, oldest first</source>
            <translation>Letzte Änderung, älteste zuerst</translation>
        </message>
        <message>
            <source>Created, newest first</source>
            <translation>Erstellt, neueste zuerst</translation>
        </message>
        <message>
            <source>Created, oldest first</source>
            <translation>Erstellt, älteste zuerst</translation>
        </message>
        <message>
            <source>end-user id, as your product sends it</source>
            <extracomment>the first page of the first list has been shown (for --smoke-test) loading the first page failed, and why (for --smoke-test) another conversation (or none) is the current one</extracomment>
            <translation>Endbenutzer-ID, wie Ihr Produkt sie sendet</translation>
        </message>
        <message>
            <source>Filter by name or id (Ctrl+F)</source>
            <translation>Nach Name oder ID filtern (Strg+F)</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stopp</translation>
        </message>
        <message>
            <source>Stop waiting for the server: stop loading the list (Esc) and stop waiting for saves (each row then shows what the server holds)</source>
            <translation>Nicht mehr auf den Server warten: das Laden der Liste anhalten (Esc) und nicht mehr auf Speicherungen warten (jede Zeile zeigt dann den Stand auf dem Server)</translation>
        </message>
        <message>
            <source>Stop loading</source>
            <translation>Laden anhalten</translation>
        </message>
        <message>
            <source>Load all</source>
            <translation>Alle laden</translation>
        </message>
        <message>
            <source>Load every conversation of this user (the filter then searches all of them)</source>
            <translation>Alle Unterhaltungen dieses Benutzers laden (der Filter durchsucht dann alle)</translation>
        </message>
        <message>
            <source>Filter</source>
            <translation>Filter</translation>
        </message>
        <message numerus="yes">
            <source>Stopped waiting for %n save(s): checking what the server holds.</source>
            <translation>
                <numerusform>Warten auf %n Speicherung beendet: der Stand auf dem Server wird geprüft.</numerusform>
                <numerusform>Warten auf %n Speicherungen beendet: der Stand auf dem Server wird geprüft.</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading stopped — scroll down or use “Load all” to continue; F5 reloads.</source>
            <translation>Laden angehalten – nach unten blättern oder „Alle laden“ wählen, um fortzufahren; F5 lädt neu.</translation>
        </message>
        <message>
            <source>Could not load conversations: {0}</source>
            <translation>Unterhaltungen konnten nicht geladen werden: {0}</translation>
        </message>
        <message>
            <source> · {0} selected</source>
            <translation> · {0} ausgewählt</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message numerus="yes">
            <source>all %Ln loaded</source>
            <translation>
                <numerusform>alle %Ln geladen</numerusform>
                <numerusform>alle %Ln geladen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln loaded, more available</source>
            <translation>
                <numerusform>%Ln geladen, weitere verfügbar</numerusform>
                <numerusform>%Ln geladen, weitere verfügbar</numerusform>
            </translation>
        </message>
        <message>
            <source> (loading…)</source>
            <translation> (wird geladen…)</translation>
        </message>
        <message>
            <source> (stopped)</source>
            <translation> (angehalten)</translation>
        </message>
        <message>
            <source> (some may be missing: over 100 share one second, which Dify cannot page through)</source>
            <translation> (einige fehlen womöglich: über 100 teilen sich eine Sekunde, was Dify nicht seitenweise abrufen kann)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln shown · {0}</source>
            <translation>
                <numerusform>%Ln angezeigt · {0}</numerusform>
                <numerusform>%Ln angezeigt · {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · saving %Ln</source>
            <translation>
                <numerusform> · %Ln werden gespeichert</numerusform>
                <numerusform> · %Ln werden gespeichert</numerusform>
            </translation>
        </message>
        <message>
            <source>Not connected.</source>
            <translation>Nicht verbunden.</translation>
        </message>
        <message>
            <source>

Use Connections → Add connection… to connect to a Dify chat app with its API key.</source>
            <translation>

Über Verbindungen → Verbindung hinzufügen… verbinden Sie sich mit dem API-Schlüssel einer Dify-Chat-App.</translation>
        </message>
        <message>
            <source>Type an end user's id in the “End user” box and press Enter.

Dify keeps conversations per end user: the id your product sends as “user”.</source>
            <translation>Geben Sie die ID eines Endbenutzers in das Feld „Endbenutzer“ ein und drücken Sie die Eingabetaste.

Dify speichert Unterhaltungen je Endbenutzer: die ID, die Ihr Produkt als „user“ sendet.</translation>
        </message>
        <message>
            <source>Could not load the conversations of {0}.

{1}

Press F5 to try again.</source>
            <translation>Die Unterhaltungen von {0} konnten nicht geladen werden.

{1}

Drücken Sie F5, um es erneut zu versuchen.</translation>
        </message>
        <message>
            <source>Loading conversations…</source>
            <translation>Unterhaltungen werden geladen…</translation>
        </message>
        <message>
            <source>

Use “Load all” to continue, or press F5 to start again.</source>
            <translation>

Mit „Alle laden“ fortfahren oder mit F5 von vorn beginnen.</translation>
        </message>
        <message>
            <source> Use “Load all” to search every conversation.</source>
            <translation> Mit „Alle laden“ werden alle Unterhaltungen durchsucht.</translation>
        </message>
        <message>
            <source>No loaded conversation matches {0}.</source>
            <translation>Keine geladene Unterhaltung passt zu {0}.</translation>
        </message>
        <message>
            <source>No conversations for {0}.

The service API only sees conversations created through the API (not those from Dify's own web app or debugger), and only those of this exact end-user id. Note: looking up an id the server has never seen registers it there as a new, empty end user.</source>
            <translation>Keine Unterhaltungen für {0}.

Die Service-API sieht nur Unterhaltungen, die über die API erstellt wurden (nicht die aus Difys eigener Web-App oder dem Debugger), und nur die genau dieser Endbenutzer-ID. Hinweis: Wird eine ID abgefragt, die der Server noch nie gesehen hat, legt er sie als neuen, leeren Endbenutzer an.</translation>
        </message>
    </context>
    <context>
        <name>ConversationModel</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Last update</source>
            <translation>Letzte Änderung</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Erstellt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>(no name)</source>
            <extracomment>flags computed once: each ``|`` of Qt's flag enums is a Python call, and a paint asks per cell the status bar's line about a finished rename (naming the conversation), is a problem set by the filter while it has a needle: does a row no longer match it (then it is marked)? Here, not in the proxy: a proxy's Python data() doubles every paint's calls.</extracomment>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>just now</source>
            <translation>gerade eben</translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>vor %n Min.</numerusform>
                <numerusform>vor %n Min.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>vor %n Std.</numerusform>
                <numerusform>vor %n Std.</numerusform>
            </translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>gestern</translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>vor %n Tag</numerusform>
                <numerusform>vor %n Tagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export conversations</source>
            <translation>Unterhaltungen exportieren</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s), every message in time order, one file each. Existing files are never replaced.</source>
            <translation>
                <numerusform>%n Unterhaltung, alle Nachrichten in zeitlicher Reihenfolge, in einer Datei. Vorhandene Dateien werden nie ersetzt.</numerusform>
                <numerusform>%n Unterhaltungen, alle Nachrichten in zeitlicher Reihenfolge, je eine Datei. Vorhandene Dateien werden nie ersetzt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Ordner</translation>
        </message>
        <message>
            <source>A folder (created if missing)</source>
            <translation>Ein Ordner (wird angelegt, falls er fehlt)</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation>Auswählen…</translation>
        </message>
        <message>
            <source>Choose the folder</source>
            <translation>Ordner auswählen</translation>
        </message>
        <message>
            <source>Markdown (.md), for people and tickets</source>
            <translation>Markdown (.md), für Menschen und Tickets</translation>
        </message>
        <message>
            <source>JSON (.json), every field as the server sent it</source>
            <translation>JSON (.json), alle Felder so, wie der Server sie gesendet hat</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportieren</translation>
        </message>
        <message>
            <source>&amp;Folder:</source>
            <translation>&amp;Ordner:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Export to folder</source>
            <translation>In Ordner exportieren</translation>
        </message>
        <message>
            <source>Choose a folder for the files.</source>
            <translation>Wählen Sie einen Ordner für die Dateien.</translation>
        </message>
        <message>
            <source>{0} is a file, not a folder.</source>
            <translation>{0} ist eine Datei, kein Ordner.</translation>
        </message>
    </context>
    <context>
        <name>FeedbackInbox</name>
        <message>
            <source>Feedback inbox</source>
            <extracomment>opens the inbox from anywhere in the window open this end user's conversation at this message: (user, conversation id, message id)</extracomment>
            <translation>Feedback-Eingang</translation>
        </message>
        <message>
            <source>Feedback inbox…</source>
            <translation>Feedback-Eingang…</translation>
        </message>
        <message>
            <source>Every user's likes and dislikes; Enter opens the conversation (Ctrl+I)</source>
            <translation>Alle „Gefällt mir“ und „Gefällt mir nicht“ aller Benutzer; die Eingabetaste öffnet die Unterhaltung (Strg+I)</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Anzeigen</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Anzeigen</translation>
        </message>
        <message>
            <source>&amp;Reload</source>
            <translation>E&amp;rneut laden</translation>
        </message>
        <message>
            <source>Reload the feedback</source>
            <translation>Feedback erneut laden</translation>
        </message>
        <message>
            <source>Feedback</source>
            <translation>Feedback</translation>
        </message>
        <message>
            <source>Feedback inbox state</source>
            <translation>Zustand des Feedback-Eingangs</translation>
        </message>
        <message>
            <source>Why the conversation did not open</source>
            <translation>Warum sich die Unterhaltung nicht geöffnet hat</translation>
        </message>
        <message>
            <source>The conversation {0} is no longer in this list.</source>
            <extracomment>the conversation is the list's current row; the message the person asked for (its id)</extracomment>
            <translation>Die Unterhaltung {0} ist nicht mehr in dieser Liste.</translation>
        </message>
        <message>
            <source>Rating</source>
            <extracomment>longest comment and excerpt shown in a cell (the tooltip holds more)</extracomment>
            <translation>Bewertung</translation>
        </message>
        <message>
            <source>Comment</source>
            <translation>Kommentar</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Nachricht</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>Endbenutzer</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Likes and dislikes</source>
            <translation>Gefällt mir und Gefällt mir nicht</translation>
        </message>
        <message>
            <source>Likes only</source>
            <translation>Nur „Gefällt mir“</translation>
        </message>
        <message>
            <source>Dislikes only</source>
            <translation>Nur „Gefällt mir nicht“</translation>
        </message>
        <message>
            <source>👍 Like</source>
            <translation>👍 Gefällt mir</translation>
        </message>
        <message>
            <source>👎 Dislike</source>
            <translation>👎 Gefällt mir nicht</translation>
        </message>
        <message>
            <source>(no comment)</source>
            <translation>(kein Kommentar)</translation>
        </message>
        <message>
            <source>message {0}</source>
            <translation>Nachricht {0}</translation>
        </message>
        <message>
            <source>End user no longer exists</source>
            <translation>Endbenutzer existiert nicht mehr</translation>
        </message>
        <message>
            <source>From a team member, not an end user</source>
            <translation>Von einem Teammitglied, nicht von einem Endbenutzer</translation>
        </message>
        <message>
            <source>End user unknown: {0}</source>
            <translation>Endbenutzer unbekannt: {0}</translation>
        </message>
        <message>
            <source>Not connected: open a connection to see its feedback.</source>
            <translation>Nicht verbunden: Öffnen Sie eine Verbindung, um ihr Feedback zu sehen.</translation>
        </message>
        <message>
            <source>Could not load feedback: {0} Reload (Alt+R) tries again.</source>
            <translation>Feedback konnte nicht geladen werden: {0} „Erneut laden“ (Alt+R) versucht es noch einmal.</translation>
        </message>
        <message>
            <source>Loading feedback…</source>
            <translation>Feedback wird geladen…</translation>
        </message>
        <message>
            <source>No feedback yet: likes and dislikes your users give appear here.</source>
            <translation>Noch kein Feedback: „Gefällt mir“ und „Gefällt mir nicht“ Ihrer Benutzer erscheinen hier.</translation>
        </message>
        <message numerus="yes">
            <source>all %Ln loaded</source>
            <translation>
                <numerusform>alle %Ln geladen</numerusform>
                <numerusform>alle %Ln geladen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln loaded, more as you scroll</source>
            <translation>
                <numerusform>%Ln geladen, weitere beim Blättern</numerusform>
                <numerusform>%Ln geladen, weitere beim Blättern</numerusform>
            </translation>
        </message>
        <message>
            <source> (loading…)</source>
            <translation> (wird geladen…)</translation>
        </message>
        <message numerus="yes">
            <source>%Ln shown · {0}</source>
            <translation>
                <numerusform>%Ln angezeigt · {0}</numerusform>
                <numerusform>%Ln angezeigt · {0}</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot open this conversation: {0}</source>
            <translation>Diese Unterhaltung kann nicht geöffnet werden: {0}</translation>
        </message>
    </context>
    <context>
        <name>HandOver</name>
        <message>
            <source>Copy transcript</source>
            <extracomment>the export's progress and Cancel, for the window's status bar</extracomment>
            <translation>Verlauf kopieren</translation>
        </message>
        <message>
            <source>Every message of the current conversation as plain text, for a ticket</source>
            <translation>Alle Nachrichten der aktuellen Unterhaltung als reiner Text, für ein Ticket</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>The selected conversations to Markdown or JSON files, one file each</source>
            <translation>Die ausgewählten Unterhaltungen als Markdown- oder JSON-Dateien, je eine Datei</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Unterhaltung</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>Endbenutzer</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>Begonnen</translation>
        </message>
        <message>
            <source>Last update</source>
            <translation>Letzte Änderung</translation>
        </message>
        <message>
            <source>Variables</source>
            <translation>Variablen</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Kunde</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Assistent</translation>
        </message>
        <message>
            <source>Liked</source>
            <translation>Gefällt mir</translation>
        </message>
        <message>
            <source>Disliked</source>
            <translation>Gefällt mir nicht</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>(no name)</source>
            <translation>(ohne Namen)</translation>
        </message>
        <message>
            <source>Some messages could not be reached: more than 100 share one second, and the server pages by the second.</source>
            <translation>Einige Nachrichten waren nicht erreichbar: Mehr als 100 teilen sich eine Sekunde, und der Server blättert sekundenweise.</translation>
        </message>
        <message>
            <source>Select a conversation to copy its transcript.</source>
            <translation>Wählen Sie eine Unterhaltung, um ihren Verlauf zu kopieren.</translation>
        </message>
        <message>
            <source>Reading every message of {0}…</source>
            <translation>Alle Nachrichten von {0} werden gelesen…</translation>
        </message>
        <message>
            <source>The transcript was not copied: {0}</source>
            <translation>Der Verlauf wurde nicht kopiert: {0}</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n message(s); some could not be reached (more than 100 in one second).</source>
            <translation>
                <numerusform>%n Nachricht kopiert; einige waren nicht erreichbar (mehr als 100 in einer Sekunde).</numerusform>
                <numerusform>%n Nachrichten kopiert; einige waren nicht erreichbar (mehr als 100 in einer Sekunde).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied the transcript: %n message(s).</source>
            <translation>
                <numerusform>Verlauf kopiert: %n Nachricht.</numerusform>
                <numerusform>Verlauf kopiert: %n Nachrichten.</numerusform>
            </translation>
        </message>
        <message>
            <source>Select the conversations to export.</source>
            <translation>Wählen Sie die zu exportierenden Unterhaltungen.</translation>
        </message>
        <message>
            <source>An export is already running.</source>
            <translation>Es läuft bereits ein Export.</translation>
        </message>
        <message>
            <source>Nothing was exported: the folder {0} cannot be made ({1}).</source>
            <translation>Es wurde nichts exportiert: Der Ordner {0} kann nicht angelegt werden ({1}).</translation>
        </message>
        <message numerus="yes">
            <source>Exported %n conversation(s) to {0}.</source>
            <translation>
                <numerusform>%n Unterhaltung nach {0} exportiert.</numerusform>
                <numerusform>%n Unterhaltungen nach {0} exportiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were not exported (see Messages).</source>
            <translation>
                <numerusform>%n wurde nicht exportiert (siehe Meldungen).</numerusform>
                <numerusform>%n wurden nicht exportiert (siehe Meldungen).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) miss messages that could not be reached (more than 100 in one second).</source>
            <translation>
                <numerusform>In %n Datei fehlen Nachrichten, die nicht erreichbar waren (mehr als 100 in einer Sekunde).</numerusform>
                <numerusform>In %n Dateien fehlen Nachrichten, die nicht erreichbar waren (mehr als 100 in einer Sekunde).</numerusform>
            </translation>
        </message>
        <message>
            <source>{0} was not exported: {1}</source>
            <translation>{0} wurde nicht exportiert: {1}</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Rename history</source>
            <translation>Umbenennungsverlauf</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>Endbenutzer</translation>
        </message>
        <message>
            <source>Conversation id</source>
            <translation>Unterhaltungs-ID</translation>
        </message>
        <message>
            <source>Renames</source>
            <translation>Umbenennungen</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Old name</source>
            <translation>Alter Name</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>Neuer Name</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Art</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Revert the chosen rename</source>
            <translation>Gewählte Umbenennung zurücksetzen</translation>
        </message>
        <message>
            <source>Put back the name before this rename (Ctrl+Shift+R)</source>
            <translation>Den Namen vor dieser Umbenennung wiederherstellen (Ctrl+Shift+R)</translation>
        </message>
        <message>
            <source>Clear history…</source>
            <translation>Verlauf löschen…</translation>
        </message>
        <message>
            <source>Clear the rename history</source>
            <translation>Umbenennungsverlauf löschen</translation>
        </message>
        <message>
            <source>&amp;Filter</source>
            <translation>&amp;Filter</translation>
        </message>
        <message>
            <source>That rename changed nothing: nothing to revert.</source>
            <translation>Diese Umbenennung hat nichts geändert: Es gibt nichts zurückzusetzen.</translation>
        </message>
        <message>
            <source>Clear history</source>
            <translation>Verlauf löschen</translation>
        </message>
        <message>
            <source>Forget the rename history of this connection? The conversations are not changed.</source>
            <translation>Den Umbenennungsverlauf dieser Verbindung löschen? Die Unterhaltungen bleiben unverändert.</translation>
        </message>
    </context>
    <context>
        <name>HitModel</name>
        <message>
            <source>(no name)</source>
            <extracomment>characters of context shown before the first match</extracomment>
            <translation>(ohne Namen)</translation>
        </message>
    </context>
    <context>
        <name>JobProgress</name>
        <message>
            <source>Job progress</source>
            <translation>Auftragsfortschritt</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel the job</source>
            <translation>Auftrag abbrechen</translation>
        </message>
        <message>
            <source>Start no more items (Ctrl+Shift+X)</source>
            <translation>Keine weiteren Elemente starten (Ctrl+Shift+X)</translation>
        </message>
        <message>
            <source>Checking {0} conversation(s) on the server…</source>
            <translation>{0} Unterhaltung(en) werden auf dem Server geprüft…</translation>
        </message>
        <message>
            <source>{0} of {1} done</source>
            <translation>{0} von {1} erledigt</translation>
        </message>
        <message>
            <source> · {0} failed</source>
            <translation> · {0} fehlgeschlagen</translation>
        </message>
        <message>
            <source> · cancelling: finishing {0}</source>
            <translation> · Wird abgebrochen: {0} werden noch abgeschlossen</translation>
        </message>
    </context>
    <context>
        <name>JobResults</name>
        <message>
            <source>Results of each conversation</source>
            <translation>Ergebnisse je Unterhaltung</translation>
        </message>
        <message>
            <source>Conversation</source>
            <translation>Unterhaltung</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Grund</translation>
        </message>
        <message>
            <source>Dismiss</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <source>Dismiss the results</source>
            <translation>Ergebnisse schließen</translation>
        </message>
        <message>
            <source>{0} done, {1} failed, of {2}.</source>
            <translation>{0} erledigt, {1} fehlgeschlagen, von {2}.</translation>
        </message>
        <message>
            <source>Cancelled: {0} not started.</source>
            <translation>Abgebrochen: {0} nicht gestartet.</translation>
        </message>
    </context>
    <context>
        <name>LanguageButton</name>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>Language menu</source>
            <translation>Menü Sprache</translation>
        </message>
        <message>
            <source>The window's language, from the next start (Ctrl+Shift+L)</source>
            <translation>Die Sprache des Fensters, ab dem nächsten Start (Strg+Umschalt+L)</translation>
        </message>
        <message>
            <source>System language</source>
            <translation>Systemsprache</translation>
        </message>
        <message>
            <source>This run keeps no settings: start with --lang CODE instead.</source>
            <translation>Dieser Lauf speichert keine Einstellungen: Starten Sie stattdessen mit --lang CODE.</translation>
        </message>
        <message>
            <source>the system language</source>
            <translation>der Systemsprache</translation>
        </message>
        <message>
            <source>The window will be in {0} from the next start.</source>
            <translation>Ab dem nächsten Start erscheint das Fenster in {0}.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Filter</source>
            <extracomment>the transcript pane's size hint and minimum size hint, which its slot reports until it is built, so the splitter shares its width as it will with the pane (a test compares them) with ``wait_for_first_page``, the desk parts are built at the latest this long after the window is shown, when the first page is slow to come (their shortcuts work from then on) ... and while a dialog or a menu is open, this long after it is looked at again the first page of the first list has been shown: its rows are painted (for --smoke-test) loading the first page failed, and why (for --smoke-test) the desk parts are built (:func:`dify_desktop.ui.desk_parts.build`): every action is there</extracomment>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Shows only the rows whose name or id match</source>
            <translation>Zeigt nur die Zeilen, deren Name oder ID passt</translation>
        </message>
        <message>
            <source>Conversations</source>
            <translation>Unterhaltungen</translation>
        </message>
        <message>
            <source>F2 renames, Del deletes, Menu key: more</source>
            <translation>F2 benennt um, Del löscht, Menütaste: mehr</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>Go to the End user box</source>
            <translation>Zum Feld „Endbenutzer“</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>The end user whose conversations are listed: type an id, press Enter (Ctrl+L)</source>
            <translation>Der Endbenutzer, dessen Unterhaltungen aufgelistet werden: ID eingeben, Eingabetaste drücken (Strg+L)</translation>
        </message>
        <message>
            <source>Connections</source>
            <translation>Verbindungen</translation>
        </message>
        <message>
            <source>Connections menu</source>
            <translation>Menü Verbindungen</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <source>Sort</source>
            <translation>Sortierung</translation>
        </message>
        <message>
            <source>End user</source>
            <translation>Endbenutzer</translation>
        </message>
        <message>
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <source>Connected to the built-in demo server: nothing here is real.</source>
            <translation>Mit dem eingebauten Demo-Server verbunden: nichts hier ist echt.</translation>
        </message>
        <message numerus="yes">
            <source>Finishing %n save(s) before closing…</source>
            <translation>
                <numerusform>%n Speicherung wird vor dem Schließen abgeschlossen…</numerusform>
                <numerusform>%n Speicherungen werden vor dem Schließen abgeschlossen…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MessageLog</name>
        <message>
            <source>Information</source>
            <translation>Information</translation>
        </message>
        <message>
            <source>Warning</source>
            <translation>Warnung</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>Message log</source>
            <translation>Meldungsprotokoll</translation>
        </message>
        <message>
            <source>Messages of this session, oldest first</source>
            <translation>Meldungen dieser Sitzung, älteste zuerst</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Zeit</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Stufe</translation>
        </message>
        <message>
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
    </context>
    <context>
        <name>PinsController</name>
        <message>
            <source>Pin or unpin</source>
            <translation>Anheften oder lösen</translation>
        </message>
        <message>
            <source>Pinned {0}</source>
            <translation>{0} angeheftet</translation>
        </message>
        <message>
            <source>Unpinned {0}</source>
            <translation>{0} nicht mehr angeheftet</translation>
        </message>
        <message>
            <source>{0} pinned conversation(s) are no longer on the server: {1}. Their pins were removed.</source>
            <translation>{0} angeheftete Unterhaltung(en) gibt es auf dem Server nicht mehr: {1}. Sie sind nicht mehr angeheftet.</translation>
        </message>
    </context>
    <context>
        <name>PrefixDialog</name>
        <message>
            <source>Add prefix</source>
            <translation>Präfix hinzufügen</translation>
        </message>
        <message>
            <source>for example [T-1234] and a space</source>
            <translation>zum Beispiel [T-1234] und ein Leerzeichen</translation>
        </message>
        <message>
            <source>&amp;Prefix</source>
            <translation>&amp;Präfix</translation>
        </message>
        <message>
            <source>Prefix</source>
            <translation>Präfix</translation>
        </message>
        <message>
            <source>Added before the name of {0} conversation(s), unless already there.</source>
            <translation>Wird dem Namen von {0} Unterhaltung(en) vorangestellt, sofern noch nicht vorhanden.</translation>
        </message>
        <message>
            <source>Add the prefix</source>
            <translation>Das Präfix hinzufügen</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>ProxyFields</name>
        <message>
            <source>Proxy</source>
            <translation>Proxy</translation>
        </message>
        <message>
            <source>Use the system's proxy settings</source>
            <translation>Proxy-Einstellungen des Systems verwenden</translation>
        </message>
        <message>
            <source>No proxy (connect directly)</source>
            <translation>Kein Proxy (direkt verbinden)</translation>
        </message>
        <message>
            <source>This proxy:</source>
            <translation>Dieser Proxy:</translation>
        </message>
        <message>
            <source>Proxy mode</source>
            <translation>Proxy-Modus</translation>
        </message>
        <message>
            <source>Proxy address</source>
            <translation>Proxy-Adresse</translation>
        </message>
        <message>
            <source>http://, socks5:// or socks5h://, a host and a port; no user name or password</source>
            <translation>http://, socks5:// oder socks5h://, Host und Port; ohne Benutzername und Passwort</translation>
        </message>
        <message>
            <source>optional</source>
            <translation>optional</translation>
        </message>
        <message>
            <source>Proxy user name</source>
            <translation>Proxy-Benutzername</translation>
        </message>
        <message>
            <source>Proxy password</source>
            <translation>Proxy-Passwort</translation>
        </message>
        <message>
            <source>leave empty to keep the saved password</source>
            <translation>leer lassen, um das gespeicherte Passwort zu behalten</translation>
        </message>
        <message>
            <source>For this run every request goes through {0} (--proxy); this setting applies to the next runs.</source>
            <translation>Bei diesem Start läuft jede Anfrage über {0} (--proxy); diese Einstellung gilt ab dem nächsten Start.</translation>
        </message>
        <message>
            <source>Pro&amp;xy</source>
            <translation>Pro&amp;xy</translation>
        </message>
        <message>
            <source>Proxy &amp;address</source>
            <translation>Proxy-&amp;Adresse</translation>
        </message>
        <message>
            <source>Proxy &amp;user</source>
            <translation>Proxy-&amp;Benutzer</translation>
        </message>
        <message>
            <source>Proxy pass&amp;word</source>
            <translation>Proxy-Pass&amp;wort</translation>
        </message>
    </context>
    <context>
        <name>RenameEditor</name>
        <message>
            <source>Rename the conversation</source>
            <translation>Unterhaltung umbenennen</translation>
        </message>
        <message>
            <source>Conversation name</source>
            <translation>Name der Unterhaltung</translation>
        </message>
        <message>
            <source>New conversation name</source>
            <translation>Neuer Name der Unterhaltung</translation>
        </message>
        <message>
            <source>Auto-generate</source>
            <translation>Automatisch erzeugen</translation>
        </message>
        <message>
            <source>Auto-generate the name</source>
            <translation>Namen automatisch erzeugen</translation>
        </message>
        <message>
            <source>Ask Dify to name the conversation from its first question (needs a model in Dify).</source>
            <translation>Dify die Unterhaltung nach ihrer ersten Frage benennen lassen (braucht ein Modell in Dify).</translation>
        </message>
        <message>
            <source>About the name</source>
            <translation>Zum Namen</translation>
        </message>
    </context>
    <context>
        <name>RequestLimit</name>
        <message>
            <source>Requests at once…</source>
            <translation>Gleichzeitige Anfragen…</translation>
        </message>
        <message numerus="yes">
            <source>At most %n request(s) at once from now on.</source>
            <translation>
                <numerusform>Ab jetzt höchstens %n Anfrage gleichzeitig.</numerusform>
                <numerusform>Ab jetzt höchstens %n Anfragen gleichzeitig.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RequestLimitDialog</name>
        <message>
            <source>Requests at once</source>
            <translation>Gleichzeitige Anfragen</translation>
        </message>
        <message>
            <source>&amp;Requests at once</source>
            <translation>&amp;Gleichzeitige Anfragen</translation>
        </message>
        <message>
            <source>How many renames, deletes and other requests of this window may run at the same time ({0}–{1}, {2} unless changed). Fewer is gentler on a busy server; more finishes bulk jobs sooner.</source>
            <translation>Wie viele Umbenennungen, Löschungen und andere Anfragen dieses Fensters gleichzeitig laufen dürfen ({0}–{1}, ohne Änderung {2}). Weniger schont einen ausgelasteten Server; mehr beendet Massenaufträge schneller.</translation>
        </message>
        <message>
            <source>Use this limit</source>
            <translation>Diese Grenze verwenden</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>RowActions</name>
        <message>
            <source>Rename…</source>
            <extracomment>Del with several rows selected (bulk_actions deletes them as a job)</extracomment>
            <translation>Umbenennen…</translation>
        </message>
        <message>
            <source>Retry rename</source>
            <translation>Umbenennen wiederholen</translation>
        </message>
        <message>
            <source>Copy conversation id</source>
            <translation>ID der Unterhaltung kopieren</translation>
        </message>
        <message>
            <source>Delete conversation…</source>
            <translation>Unterhaltung löschen…</translation>
        </message>
        <message>
            <source>Open the row's menu</source>
            <translation>Menü der Zeile öffnen</translation>
        </message>
        <message>
            <source>Not sent: {0}</source>
            <extracomment>other parts' actions on the row, offered in the context menu too what the context menu offers for the selection (bulk_actions fills it)</extracomment>
            <translation>Nicht gesendet: {0}</translation>
        </message>
        <message>
            <source>Not renamed: {0} Press F2 to edit what you typed.</source>
            <translation>Nicht umbenannt: {0} Drücken Sie F2, um Ihre Eingabe zu bearbeiten.</translation>
        </message>
        <message>
            <source>Copied {0}</source>
            <translation>{0} kopiert</translation>
        </message>
        <message>
            <source>Delete conversation</source>
            <translation>Unterhaltung löschen</translation>
        </message>
        <message>
            <source>Delete the conversation “{0}” of end user “{1}”? It is deleted on the Dify server and cannot be restored.</source>
            <translation>Die Unterhaltung „{0}“ des Endbenutzers „{1}“ löschen? Sie wird auf dem Dify-Server gelöscht und kann nicht wiederhergestellt werden.</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <source>Delete the conversation</source>
            <translation>Die Unterhaltung löschen</translation>
        </message>
        <message>
            <source>“{0}” was already gone from the server (404: deleted elsewhere?); its row is removed.</source>
            <translation>„{0}“ war auf dem Server schon nicht mehr vorhanden (404: anderswo gelöscht?); die Zeile wurde entfernt.</translation>
        </message>
        <message>
            <source>Not deleted: {0}</source>
            <translation>Nicht gelöscht: {0}</translation>
        </message>
        <message>
            <source>Conversation “{0}” deleted.</source>
            <translation>Unterhaltung „{0}“ gelöscht.</translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message>
            <source>Words said in the conversations (Ctrl+Shift+F)</source>
            <extracomment>typing pauses this long before the index is asked while indexing, results are asked again at most this often (end user, conversation id, message id): open that conversation at that message the panel was closed (Esc): the window gives the keyboard back to the list</extracomment>
            <translation>In den Unterhaltungen gesagte Wörter (Ctrl+Shift+F)</translation>
        </message>
        <message>
            <source>Search in messages</source>
            <translation>In Nachrichten suchen</translation>
        </message>
        <message>
            <source>Finds this end user's conversations whose messages contain every word</source>
            <translation>Findet die Unterhaltungen dieses Endbenutzers, deren Nachrichten alle Wörter enthalten</translation>
        </message>
        <message>
            <source>Indexing progress</source>
            <translation>Indizierungsfortschritt</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <source>Cancel indexing</source>
            <translation>Indizierung abbrechen</translation>
        </message>
        <message>
            <source>Clear index…</source>
            <translation>Index löschen…</translation>
        </message>
        <message>
            <source>Clear the search index</source>
            <translation>Suchindex löschen</translation>
        </message>
        <message>
            <source>Forget every indexed transcript of every connection (the history stays)</source>
            <translation>Alle indizierten Verläufe aller Verbindungen vergessen (der Umbenennungsverlauf bleibt)</translation>
        </message>
        <message>
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
        <message>
            <source>Search in messages…</source>
            <translation>In Nachrichten suchen…</translation>
        </message>
        <message>
            <source>Open an end user's conversations to search them.</source>
            <translation>Öffnen Sie die Unterhaltungen eines Endbenutzers, um sie zu durchsuchen.</translation>
        </message>
        <message>
            <source>Checking which conversations changed…</source>
            <translation>Geänderte Unterhaltungen werden ermittelt…</translation>
        </message>
        <message>
            <source>The index could not be updated: {0}</source>
            <translation>Der Index konnte nicht aktualisiert werden: {0}</translation>
        </message>
        <message>
            <source>Indexing {0} of {1} conversations…</source>
            <translation>Unterhaltung {0} von {1} wird indiziert…</translation>
        </message>
        <message>
            <source>{0} of {1} changed conversations were indexed.</source>
            <translation>{0} von {1} geänderten Unterhaltungen wurden indiziert.</translation>
        </message>
        <message>
            <source>Indexing stopped.</source>
            <translation>Indizierung angehalten.</translation>
        </message>
        <message>
            <source>Every conversation of this end user is searched.</source>
            <translation>Alle Unterhaltungen dieses Endbenutzers werden durchsucht.</translation>
        </message>
        <message numerus="yes">
            <source>%n could not be read ({0}); they are tried again next time.</source>
            <translation>
                <numerusform>%n konnte nicht gelesen werden ({0}); beim nächsten Mal wird es erneut versucht.</numerusform>
                <numerusform>%n konnten nicht gelesen werden ({0}); beim nächsten Mal wird es erneut versucht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Forget every transcript indexed for searching, for every connection? They are fetched again the next time you search. The rename history stays.</source>
            <translation>Alle für die Suche indizierten Verläufe aller Verbindungen vergessen? Sie werden bei der nächsten Suche erneut abgerufen. Der Umbenennungsverlauf bleibt erhalten.</translation>
        </message>
        <message>
            <source>Clear index</source>
            <translation>Index löschen</translation>
        </message>
        <message>
            <source>The search index is empty.</source>
            <translation>Der Suchindex ist leer.</translation>
        </message>
        <message>
            <source>The search index was cleared.</source>
            <translation>Der Suchindex wurde gelöscht.</translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s) found</source>
            <translation>
                <numerusform>%n Unterhaltung gefunden</numerusform>
                <numerusform>%n Unterhaltungen gefunden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ShortcutSheet</name>
        <message>
            <source>Keyboard shortcuts</source>
            <extracomment>opens the sheet from anywhere in the window</extracomment>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Type to find an action or a key</source>
            <translation>Tippen, um eine Aktion oder Taste zu finden</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Suchen</translation>
        </message>
        <message>
            <source>Find a shortcut</source>
            <translation>Ein Tastenkürzel suchen</translation>
        </message>
        <message>
            <source>Shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Aktion</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>Close the shortcut sheet</source>
            <translation>Die Tastenkürzel-Übersicht schließen</translation>
        </message>
    </context>
    <context>
        <name>StatusBar</name>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Messages</source>
            <translation>Meldungen</translation>
        </message>
        <message>
            <source>Every message of this session, with its time</source>
            <translation>Alle Meldungen dieser Sitzung mit ihrer Zeit</translation>
        </message>
        <message>
            <source>Show the message log</source>
            <translation>Meldungsprotokoll anzeigen</translation>
        </message>
        <message>
            <source>Latest message</source>
            <translation>Letzte Meldung</translation>
        </message>
        <message>
            <source>No message now</source>
            <translation>Gerade keine Meldung</translation>
        </message>
        <message>
            <source>No message now. Click to see the earlier ones.</source>
            <translation>Gerade keine Meldung. Klicken Sie, um die früheren zu sehen.</translation>
        </message>
        <message>
            <source>{0}: {1}

Click to see every message.</source>
            <translation>{0}: {1}

Klicken Sie, um alle Meldungen zu sehen.</translation>
        </message>
    </context>
    <context>
        <name>TranscriptPane</name>
        <message>
            <source>Messages</source>
            <extracomment>scrolled this close to the top (pixels), the older messages are asked for messages rendered between two turns of the event loop how long the current row must stay current before its messages are asked for a batch of messages was added to the view (the first page, or older ones) :meth:`show_message` reached its message (its id)</extracomment>
            <translation>Nachrichten</translation>
        </message>
        <message>
            <source>The selected conversation's messages</source>
            <translation>Die Nachrichten der gewählten Unterhaltung</translation>
        </message>
        <message>
            <source>Transcript status</source>
            <translation>Status des Verlaufs</translation>
        </message>
        <message>
            <source>&amp;Retry loading</source>
            <translation>Laden &amp;wiederholen</translation>
        </message>
        <message>
            <source>Retry loading the messages</source>
            <translation>Laden der Nachrichten wiederholen</translation>
        </message>
        <message>
            <source>Loading the messages…</source>
            <extracomment>the view shows the newest message and keeps it shown when the pane changes size</extracomment>
            <translation>Nachrichten werden geladen…</translation>
        </message>
        <message>
            <source>Select a conversation to read it.</source>
            <translation>Wählen Sie eine Unterhaltung, um sie zu lesen.</translation>
        </message>
    </context>
    <context>
        <name>UndoController</name>
        <message>
            <source>Undo last rename</source>
            <extracomment>conversations named one by one in a confirmation; more are counted</extracomment>
            <translation>Letzte Umbenennung rückgängig machen</translation>
        </message>
        <message>
            <source>Nothing to undo in this window.</source>
            <translation>In diesem Fenster gibt es nichts rückgängig zu machen.</translation>
        </message>
        <message>
            <source>Not now: not connected, or a job is running.</source>
            <translation>Jetzt nicht möglich: Nicht verbunden, oder ein Auftrag läuft.</translation>
        </message>
        <message>
            <source>Could not check the server: {0}</source>
            <translation>Der Server konnte nicht geprüft werden: {0}</translation>
        </message>
        <message>
            <source>Nothing to change: the names are already back.</source>
            <translation>Nichts zu ändern: Die Namen sind bereits wiederhergestellt.</translation>
        </message>
        <message>
            <source>“{0}” → “{1}”</source>
            <translation>„{0}“ → „{1}“</translation>
        </message>
        <message>
            <source>… and {0} more</source>
            <translation>… und {0} weitere</translation>
        </message>
        <message>
            <source>“{0}”: the app set “{1}”, someone renamed it “{2}” since</source>
            <translation>„{0}“: Die App hat „{1}“ gesetzt, seitdem hat jemand sie in „{2}“ umbenannt</translation>
        </message>
        <message>
            <source>{0} no longer on the server</source>
            <translation>{0} nicht mehr auf dem Server</translation>
        </message>
        <message>
            <source>{0} had no name before, which cannot be put back</source>
            <translation>{0} hatte(n) vorher keinen Namen; das lässt sich nicht wiederherstellen</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Rename {0} conversation(s) back:</source>
            <translation>Den Namen von {0} Unterhaltung(en) zurücksetzen:</translation>
        </message>
        <message>
            <source>Include renamed ones</source>
            <translation>Umbenannte einbeziehen</translation>
        </message>
        <message>
            <source>Also rename back those renamed since</source>
            <translation>Auch die seitdem umbenannten zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>accessibility</name>
        <message>
            <source>{0}: columns</source>
            <translation>{0}: Spalten</translation>
        </message>
        <message>
            <source>{name}: {states}</source>
            <translation>{name}: {states}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>{0}: choices</source>
            <translation>{0}: Auswahlmöglichkeiten</translation>
        </message>
        <message>
            <source>Clear {0}</source>
            <translation>{0} leeren</translation>
        </message>
        <message>
            <source>Select every row of {0}</source>
            <translation>Alle Zeilen von {0} auswählen</translation>
        </message>
        <message>
            <source>{0}: rows</source>
            <translation>{0}: Zeilen</translation>
        </message>
        <message>
            <source>{0}: scroll up and down</source>
            <translation>{0}: nach oben und unten blättern</translation>
        </message>
        <message>
            <source>{0}: scroll sideways</source>
            <translation>{0}: seitwärts blättern</translation>
        </message>
    </context>
    <context>
        <name>connection_texts</name>
        <message>
            <source>leave empty to keep the saved key</source>
            <translation>leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
        </message>
        <message>
            <source>leave empty to keep this session's key</source>
            <translation>leer lassen, um den Schlüssel dieser Sitzung zu behalten</translation>
        </message>
        <message>
            <source>{problem} The key you paste is used for this session only: it is kept in memory and never written to a file.</source>
            <translation>{problem} Der eingefügte Schlüssel gilt nur für diese Sitzung: Er bleibt im Arbeitsspeicher und wird nie in eine Datei geschrieben.</translation>
        </message>
        <message>
            <source>Use the key for this session only</source>
            <translation>Schlüssel nur für diese Sitzung verwenden</translation>
        </message>
    </context>
    <context>
        <name>job_texts</name>
        <message>
            <source>The history file {path} is in use by another program: this window keeps its history in memory until it closes.</source>
            <translation>Die Verlaufsdatei {path} wird von einem anderen Programm verwendet: Dieses Fenster behält seinen Verlauf bis zum Schließen im Arbeitsspeicher.</translation>
        </message>
        <message>
            <source>The history file could not be read; it was kept as {kept} and a new one was started.</source>
            <translation>Die Verlaufsdatei war nicht lesbar; sie wurde als {kept} aufbewahrt und eine neue wurde angelegt.</translation>
        </message>
        <message>
            <source>The history file {path} cannot be used: this window keeps its history in memory until it closes.</source>
            <translation>Die Verlaufsdatei {path} kann nicht verwendet werden: Dieses Fenster behält seinen Verlauf bis zum Schließen im Arbeitsspeicher.</translation>
        </message>
        <message>
            <source>A rename could not be written to the history ({detail}).</source>
            <translation>Eine Umbenennung konnte nicht in den Verlauf geschrieben werden ({detail}).</translation>
        </message>
        <message>
            <source>The name already starts with the prefix.</source>
            <translation>Der Name beginnt bereits mit dem Präfix.</translation>
        </message>
        <message>
            <source>The server generated no new name.</source>
            <translation>Der Server hat keinen neuen Namen erzeugt.</translation>
        </message>
        <message>
            <source>No messages yet: there is nothing to name it from.</source>
            <translation>Noch keine Nachrichten: Es gibt nichts, wonach sie benannt werden könnte.</translation>
        </message>
        <message>
            <source>The server left the name blank; the old name was put back.</source>
            <translation>Der Server hat den Namen leer gelassen; der alte Name wurde wiederhergestellt.</translation>
        </message>
        <message>
            <source>The server left the name blank (it was blank before).</source>
            <translation>Der Server hat den Namen leer gelassen (er war vorher auch leer).</translation>
        </message>
        <message>
            <source>Renamed</source>
            <translation>Umbenannt</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unverändert</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>Nicht gefunden</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>Fehlgeschlagen</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Unbekannt</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Gelöscht</translation>
        </message>
        <message>
            <source>Already gone from the server.</source>
            <translation>Auf dem Server bereits nicht mehr vorhanden.</translation>
        </message>
        <message>
            <source>No messages</source>
            <translation>Keine Nachrichten</translation>
        </message>
        <message>
            <source>Blanked, put back</source>
            <translation>Leerer Name, wiederhergestellt</translation>
        </message>
        <message>
            <source>Blanked</source>
            <translation>Leerer Name</translation>
        </message>
        <message>
            <source>Blanked, not put back</source>
            <translation>Leerer Name, nicht wiederhergestellt</translation>
        </message>
    </context>
    <context>
        <name>part</name>
        <message>
            <source>Add prefix: results</source>
            <translation>Präfix hinzufügen: Ergebnisse</translation>
        </message>
        <message>
            <source>Auto-generate names: results</source>
            <translation>Namen automatisch erzeugen: Ergebnisse</translation>
        </message>
        <message>
            <source>Delete: results</source>
            <translation>Löschen: Ergebnisse</translation>
        </message>
        <message>
            <source>Undo: results</source>
            <translation>Rückgängig: Ergebnisse</translation>
        </message>
        <message>
            <source>Auto-generate</source>
            <translation>Automatisch erzeugt</translation>
        </message>
        <message>
            <source>Typed</source>
            <translation>Eingegeben</translation>
        </message>
        <message>
            <source>Bulk auto-generate</source>
            <translation>Sammelaktion, automatisch erzeugt</translation>
        </message>
        <message>
            <source>Bulk</source>
            <translation>Sammelaktion</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <source>Revert</source>
            <translation>Zurücksetzen</translation>
        </message>
    </context>
    <context>
        <name>sentences</name>
        <message>
            <source>Check the address: it usually ends in /v1, for example https://api.dify.ai/v1.</source>
            <translation>Prüfen Sie die Adresse: Sie endet meist auf /v1, zum Beispiel https://api.dify.ai/v1.</translation>
        </message>
        <message>
            <source>Dify rejected the request (400): {detail}</source>
            <translation>Dify hat die Anfrage abgelehnt (400): {detail}</translation>
        </message>
        <message>
            <source>Dify rejected the request (400).</source>
            <translation>Dify hat die Anfrage abgelehnt (400).</translation>
        </message>
        <message>
            <source>Dify is limiting requests (429).</source>
            <translation>Dify begrenzt die Anfragen (429).</translation>
        </message>
        <message numerus="yes">
            <source>Try again in %n s.</source>
            <translation>
                <numerusform>Versuchen Sie es in %n s erneut.</numerusform>
                <numerusform>Versuchen Sie es in %n s erneut.</numerusform>
            </translation>
        </message>
        <message>
            <source>Try again shortly.</source>
            <translation>Versuchen Sie es gleich noch einmal.</translation>
        </message>
        <message>
            <source>{message}. The problem is on the server's side; try again later.</source>
            <translation>{message}. Das Problem liegt beim Server; versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>The server answered {status} with {body}.</source>
            <translation>Der Server hat mit {status} geantwortet und {body} gesendet.</translation>
        </message>
        <message>
            <source>It said: {text}</source>
            <translation>Inhalt: {text}</translation>
        </message>
        <message>
            <source>The problem is on the server's side; try again later.</source>
            <translation>Das Problem liegt beim Server; versuchen Sie es später erneut.</translation>
        </message>
        <message>
            <source>an empty answer</source>
            <translation>eine leere Antwort</translation>
        </message>
        <message>
            <source>a web page instead of Dify's answer</source>
            <translation>eine Webseite statt der Antwort von Dify</translation>
        </message>
        <message>
            <source>incomplete data</source>
            <translation>unvollständige Daten</translation>
        </message>
        <message>
            <source>plain text instead of Dify's answer</source>
            <translation>reinen Text statt der Antwort von Dify</translation>
        </message>
        <message>
            <source>The Dify server had a problem ({status}) and did not say which.</source>
            <translation>Der Dify-Server hatte ein Problem ({status}) und hat nicht gesagt, welches.</translation>
        </message>
        <message>
            <source>The Dify server had a problem ({status}): {message}</source>
            <translation>Der Dify-Server hatte ein Problem ({status}): {message}</translation>
        </message>
        <message>
            <source>Dify refused the request ({status}) without saying why.</source>
            <translation>Dify hat die Anfrage abgelehnt ({status}), ohne einen Grund zu nennen.</translation>
        </message>
        <message>
            <source>Dify reported an error ({status}): {message}</source>
            <translation>Dify meldet einen Fehler ({status}): {message}</translation>
        </message>
        <message>
            <source>Dify reported an error: {message}</source>
            <translation>Dify meldet einen Fehler: {message}</translation>
        </message>
        <message>
            <source>“{name}” is a workflow app: it has no conversations to manage. Use the API key of a chat, Chatflow or agent app.</source>
            <translation>„{name}“ ist eine Workflow-App: Sie hat keine Unterhaltungen zu verwalten. Verwenden Sie den API-Schlüssel einer Chat-, Chatflow- oder Agent-App.</translation>
        </message>
        <message>
            <source>“{name}” is a text generator app: it has no conversations to manage. Use the API key of a chat, Chatflow or agent app.</source>
            <translation>„{name}“ ist eine Textgenerator-App: Sie hat keine Unterhaltungen zu verwalten. Verwenden Sie den API-Schlüssel einer Chat-, Chatflow- oder Agent-App.</translation>
        </message>
        <message>
            <source>“{name}” is a “{mode}” app: it has no conversations to manage. Use the API key of a chat, Chatflow or agent app.</source>
            <translation>„{name}“ ist eine „{mode}“-App: Sie hat keine Unterhaltungen zu verwalten. Verwenden Sie den API-Schlüssel einer Chat-, Chatflow- oder Agent-App.</translation>
        </message>
        <message>
            <source>The API key was refused (401). It may be wrong, revoked, or not an app key. Copy the app's key again from Dify (API Access).</source>
            <translation>Der API-Schlüssel wurde abgelehnt (401). Er ist vielleicht falsch, widerrufen oder kein App-Schlüssel. Kopieren Sie den Schlüssel der App erneut aus Dify (API-Zugriff).</translation>
        </message>
        <message>
            <source>Dify refused access to this app (403): the app may be deleted, its API disabled, or the workspace archived.</source>
            <translation>Dify verweigert den Zugriff auf diese App (403): Die App wurde vielleicht gelöscht, ihre API deaktiviert oder der Arbeitsbereich archiviert.</translation>
        </message>
        <message>
            <source>This app has no conversations (it is not a chat app).</source>
            <translation>Diese App hat keine Unterhaltungen (sie ist keine Chat-App).</translation>
        </message>
        <message>
            <source>Not found (404): the conversation was deleted, or belongs to another end user.</source>
            <translation>Nicht gefunden (404): Die Unterhaltung wurde gelöscht oder gehört einem anderen Endbenutzer.</translation>
        </message>
        <message>
            <source>The secure connection failed: the server's certificate is not trusted (expired, self-signed, or a proxy's). Ask IT to install its certificate on this computer.</source>
            <translation>Die sichere Verbindung ist fehlgeschlagen: Dem Zertifikat des Servers wird nicht vertraut (abgelaufen, selbst signiert oder das eines Proxys). Bitten Sie die IT, sein Zertifikat auf diesem Computer zu installieren.</translation>
        </message>
        <message>
            <source>The server does not answer securely (https://): it may only speak plain http. Check the address; if the server is meant to use plain http, try an http:// address.</source>
            <translation>Der Server antwortet nicht sicher (https://): Vielleicht spricht er nur einfaches http. Prüfen Sie die Adresse; soll der Server einfaches http verwenden, versuchen Sie eine http://-Adresse.</translation>
        </message>
        <message>
            <source>The secure connection failed: {message}</source>
            <translation>Die sichere Verbindung ist fehlgeschlagen: {message}</translation>
        </message>
        <message>
            <source>Cannot reach the server: check the address and your network connection.</source>
            <translation>Der Server ist nicht erreichbar: Prüfen Sie die Adresse und Ihre Netzwerkverbindung.</translation>
        </message>
        <message>
            <source>The server did not answer in time.</source>
            <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
        </message>
        <message>
            <source>The connection broke before the answer arrived.</source>
            <translation>Die Verbindung ist abgebrochen, bevor die Antwort kam.</translation>
        </message>
        <message>
            <source>The server's answer could not be read (it was not what Dify sends).</source>
            <translation>Die Antwort des Servers war nicht lesbar (nicht das, was Dify sendet).</translation>
        </message>
        <message>
            <source>The address must start with https:// (or http:// for a server on this computer).</source>
            <translation>Die Adresse muss mit https:// beginnen (oder mit http:// für einen Server auf diesem Computer).</translation>
        </message>
        <message>
            <source>The address needs a host name, for example https://api.dify.ai/v1.</source>
            <translation>Die Adresse braucht einen Hostnamen, zum Beispiel https://api.dify.ai/v1.</translation>
        </message>
        <message>
            <source>The server answered, but not like a Dify API (404).</source>
            <translation>Der Server hat geantwortet, aber nicht wie eine Dify-API (404).</translation>
        </message>
        <message>
            <source>The list was not found (404): the address may be wrong, or a conversation was deleted while the list loaded.</source>
            <translation>Die Liste wurde nicht gefunden (404): Die Adresse ist vielleicht falsch, oder eine Unterhaltung wurde beim Laden der Liste gelöscht.</translation>
        </message>
        <message>
            <source>Not connected.</source>
            <translation>Nicht verbunden.</translation>
        </message>
        <message>
            <source>Loading was stopped.</source>
            <translation>Das Laden wurde angehalten.</translation>
        </message>
        <message>
            <source>You stopped waiting for the server.</source>
            <translation>Sie haben das Warten auf den Server beendet.</translation>
        </message>
        <message>
            <source>Nothing to retry.</source>
            <translation>Nichts zu wiederholen.</translation>
        </message>
        <message>
            <source>Type a name, or tick Auto-generate.</source>
            <translation>Geben Sie einen Namen ein oder wählen Sie „Automatisch erzeugen“.</translation>
        </message>
        <message>
            <source>Names can be at most {limit} characters; this one has {length}.</source>
            <translation>Namen dürfen höchstens {limit} Zeichen lang sein; dieser hat {length}.</translation>
        </message>
        <message>
            <source>The name contains characters that cannot be sent.</source>
            <translation>Der Name enthält Zeichen, die nicht gesendet werden können.</translation>
        </message>
        <message>
            <source>No system keyring is available (no Secret Service such as GNOME Keyring or KWallet is running).</source>
            <translation>Kein Schlüsselbund des Systems verfügbar (kein Secret Service wie GNOME Keyring oder KWallet läuft).</translation>
        </message>
        <message>
            <source>The system keyring is locked and was not unlocked.</source>
            <translation>Der Schlüsselbund des Systems ist gesperrt und wurde nicht entsperrt.</translation>
        </message>
        <message>
            <source>The system keyring reported an error: {detail}</source>
            <translation>Der Schlüsselbund des Systems meldet einen Fehler: {detail}</translation>
        </message>
        <message>
            <source>The proxy {proxy} failed: it could not be reached, or it did not pass the request on. Check the proxy address and that the proxy is running.</source>
            <translation>Der Proxy {proxy} ist gescheitert: Er war nicht erreichbar oder hat die Anfrage nicht weitergeleitet. Prüfen Sie die Proxy-Adresse und ob der Proxy läuft.</translation>
        </message>
        <message>
            <source>The proxy {proxy} asks for a user name and password. Enter them in the connection's proxy settings.</source>
            <translation>Der Proxy {proxy} verlangt einen Benutzernamen und ein Passwort. Geben Sie sie in den Proxy-Einstellungen der Verbindung ein.</translation>
        </message>
        <message>
            <source>The proxy {proxy} refused the user name and password. Check them in the connection's proxy settings.</source>
            <translation>Der Proxy {proxy} hat den Benutzernamen und das Passwort abgelehnt. Prüfen Sie sie in den Proxy-Einstellungen der Verbindung.</translation>
        </message>
        <message>
            <source>The proxy address must start with http://, socks5:// or socks5h://, for example http://proxy.example.com:3128.</source>
            <translation>Die Proxy-Adresse muss mit http://, socks5:// oder socks5h:// beginnen, zum Beispiel http://proxy.example.com:3128.</translation>
        </message>
        <message>
            <source>The proxy address has no host name, for example http://proxy.example.com:3128.</source>
            <translation>Die Proxy-Adresse braucht einen Hostnamen, zum Beispiel http://proxy.example.com:3128.</translation>
        </message>
        <message>
            <source>The proxy address needs a port number (1-65535) after the host, for example http://proxy.example.com:3128.</source>
            <translation>Die Proxy-Adresse braucht nach dem Host eine Portnummer (1-65535), zum Beispiel http://proxy.example.com:3128.</translation>
        </message>
        <message>
            <source>Put the proxy's user name and password in the User and Password fields, not in the address: they are kept in the system keyring.</source>
            <translation>Tragen Sie Benutzername und Passwort des Proxys in die Felder „Proxy-Benutzer“ und „Proxy-Passwort“ ein, nicht in die Adresse: Sie werden im Schlüsselbund des Systems aufbewahrt.</translation>
        </message>
        <message>
            <source>A proxy password needs a user name too.</source>
            <translation>Zu einem Proxy-Passwort gehört auch ein Benutzername.</translation>
        </message>
        <message>
            <source>⚠ Not renamed ({status})</source>
            <translation>⚠ Nicht umbenannt ({status})</translation>
        </message>
        <message>
            <source>⚠ Name not put back ({status})</source>
            <translation>⚠ Name nicht wiederhergestellt ({status})</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Wird gespeichert…</translation>
        </message>
        <message>
            <source>Re-reading the server failed too: {problem}</source>
            <translation>Auch das erneute Lesen vom Server ist fehlgeschlagen: {problem}</translation>
        </message>
        <message>
            <source>Not renamed: {problem}</source>
            <translation>Nicht umbenannt: {problem}</translation>
        </message>
        <message>
            <source>Dify produced an empty name, and putting the previous name back failed: {problem} The previous name is kept: press F2 or use Retry rename to put it back.</source>
            <translation>Dify hat einen leeren Namen erzeugt, und das Wiederherstellen des vorigen Namens ist fehlgeschlagen: {problem} Der vorige Name ist aufbewahrt: Drücken Sie F2 oder wählen Sie „Umbenennen wiederholen“, um ihn wiederherzustellen.</translation>
        </message>
        <message>
            <source>{problem} The name may or may not have been saved; showing what the server holds now.</source>
            <translation>{problem} Der Name wurde vielleicht gespeichert, vielleicht auch nicht; angezeigt wird, was der Server jetzt hat.</translation>
        </message>
        <message>
            <source>{problem} Checked: the server did save the new name.</source>
            <translation>{problem} Geprüft: Der Server hat den neuen Namen gespeichert.</translation>
        </message>
        <message>
            <source>{problem} Checked: the server still has the old name, so it was not renamed. What you typed is kept: press F2 to retry.</source>
            <translation>{problem} Geprüft: Der Server hat noch den alten Namen, die Unterhaltung wurde also nicht umbenannt. Ihre Eingabe ist aufbewahrt: Drücken Sie F2, um es erneut zu versuchen.</translation>
        </message>
        <message>
            <source>{problem} Checked: the server still has a different name, so it was not renamed. What you typed is kept: press F2 to retry.</source>
            <translation>{problem} Geprüft: Der Server hat noch einen anderen Namen, die Unterhaltung wurde also nicht umbenannt. Ihre Eingabe ist aufbewahrt: Drücken Sie F2, um es erneut zu versuchen.</translation>
        </message>
        <message>
            <source>{name}: {message}</source>
            <translation>{name}: {message}</translation>
        </message>
        <message>
            <source>Conversation {id} (no name): {message}</source>
            <translation>Unterhaltung {id} (ohne Namen): {message}</translation>
        </message>
        <message>
            <source>The previous name, to put back: {name}</source>
            <translation>Der vorige Name, zum Wiederherstellen: {name}</translation>
        </message>
        <message>
            <source>(no longer matches the filter)</source>
            <translation>(passt nicht mehr zum Filter)</translation>
        </message>
        <message>
            <source>{status} (no longer matches the filter)</source>
            <translation>{status} (passt nicht mehr zum Filter)</translation>
        </message>
        <message>
            <source>A name is one line: line breaks and tabs became spaces.</source>
            <translation>Ein Name ist eine Zeile: Zeilenumbrüche und Tabulatoren wurden zu Leerzeichen.</translation>
        </message>
        <message>
            <source>What you typed is kept: {typed}</source>
            <translation>Ihre Eingabe ist aufbewahrt: {typed}</translation>
        </message>
        <message>
            <source>✓ Renamed</source>
            <translation>✓ Umbenannt</translation>
        </message>
        <message>
            <source>⚠ Name not generated</source>
            <translation>⚠ Name nicht erzeugt</translation>
        </message>
        <message>
            <source>⚠ No messages yet</source>
            <translation>⚠ Noch keine Nachrichten</translation>
        </message>
        <message>
            <source>⚠ Not renamed</source>
            <translation>⚠ Nicht umbenannt</translation>
        </message>
        <message>
            <source>… Checking the server</source>
            <translation>… Server wird geprüft</translation>
        </message>
        <message>
            <source>⚠ Not sent</source>
            <translation>⚠ Nicht gesendet</translation>
        </message>
        <message>
            <source>✓ Renamed (confirmed)</source>
            <translation>✓ Umbenannt (bestätigt)</translation>
        </message>
        <message>
            <source>⚠ Not found</source>
            <translation>⚠ Nicht gefunden</translation>
        </message>
        <message>
            <source>⚠ Unknown</source>
            <translation>⚠ Unbekannt</translation>
        </message>
        <message>
            <source>⚠ Empty name: old name put back</source>
            <translation>⚠ Leerer Name: alter Name wiederhergestellt</translation>
        </message>
        <message>
            <source>⚠ Empty name</source>
            <translation>⚠ Leerer Name</translation>
        </message>
        <message>
            <source>⚠ Name not put back</source>
            <translation>⚠ Name nicht wiederhergestellt</translation>
        </message>
        <message>
            <source>Renamed.</source>
            <translation>Umbenannt.</translation>
        </message>
        <message>
            <source>Dify could not generate a name: the app has no model for it, or the model failed. The name was not changed.</source>
            <translation>Dify konnte keinen Namen erzeugen: Die App hat kein Modell dafür, oder das Modell ist gescheitert. Der Name wurde nicht geändert.</translation>
        </message>
        <message>
            <source>Dify can only generate a name once the conversation has messages.</source>
            <translation>Dify kann erst einen Namen erzeugen, wenn die Unterhaltung Nachrichten hat.</translation>
        </message>
        <message>
            <source>The server no longer lists this conversation (deleted?).</source>
            <translation>Der Server führt diese Unterhaltung nicht mehr (gelöscht?).</translation>
        </message>
        <message>
            <source>Dify produced an empty name (its model gave no answer), so the previous name was put back.</source>
            <translation>Dify hat einen leeren Namen erzeugt (sein Modell gab keine Antwort), daher wurde der vorige Name wiederhergestellt.</translation>
        </message>
        <message>
            <source>Dify produced an empty name (its model gave no answer). The conversation had no name before either, so there was nothing to put back.</source>
            <translation>Dify hat einen leeren Namen erzeugt (sein Modell gab keine Antwort). Die Unterhaltung hatte auch vorher keinen Namen, es gab also nichts wiederherzustellen.</translation>
        </message>
        <message>
            <source>Chatflow</source>
            <translation>Chatflow</translation>
        </message>
        <message>
            <source>Chatbot</source>
            <translation>Chatbot</translation>
        </message>
        <message>
            <source>Agent</source>
            <translation>Agent</translation>
        </message>
        <message>
            <source>Workflow</source>
            <translation>Workflow</translation>
        </message>
        <message>
            <source>Text generator</source>
            <translation>Textgenerator</translation>
        </message>
        <message>
            <source>Dify Desktop works with one Dify chat app per profile. Find the app's API key in Dify under the app's “API Access”.</source>
            <translation>Dify Desktop arbeitet mit einer Dify-Chat-App pro Profil. Den API-Schlüssel der App finden Sie in Dify unter „API-Zugriff“ der App.</translation>
        </message>
        <message>
            <source>Warning: this address uses plain http:// to another computer. The API key would travel unencrypted; anyone on the network could read it.</source>
            <translation>Warnung: Diese Adresse verwendet einfaches http:// zu einem anderen Computer. Der API-Schlüssel würde unverschlüsselt übertragen; jeder im Netzwerk könnte ihn lesen.</translation>
        </message>
        <message>
            <source>Give the profile a name (for example the app's name).</source>
            <translation>Geben Sie dem Profil einen Namen (zum Beispiel den Namen der App).</translation>
        </message>
        <message>
            <source>Paste the app's API key.</source>
            <translation>Fügen Sie den API-Schlüssel der App ein.</translation>
        </message>
        <message>
            <source>Tick the box to confirm sending the key over unencrypted http://, or use https://.</source>
            <translation>Setzen Sie das Häkchen, um das Senden des Schlüssels über unverschlüsseltes http:// zu bestätigen, oder verwenden Sie https://.</translation>
        </message>
        <message>
            <source>Checking the key with the server…</source>
            <translation>Der Schlüssel wird beim Server geprüft…</translation>
        </message>
        <message>
            <source>No saved key was found for this profile: paste the key.</source>
            <translation>Für dieses Profil wurde kein gespeicherter Schlüssel gefunden: Fügen Sie den Schlüssel ein.</translation>
        </message>
        <message>
            <source>{problem} Paste the key again.</source>
            <translation>{problem} Fügen Sie den Schlüssel erneut ein.</translation>
        </message>
        <message>
            <source>Connected to {app} ({mode}).</source>
            <translation>Verbunden mit {app} ({mode}).</translation>
        </message>
        <message>
            <source>Connected to {app} ({mode}), but the key cannot be saved: {problem} You can use the key for this session only: it is kept in memory and never written to a file.</source>
            <translation>Verbunden mit {app} ({mode}), aber der Schlüssel kann nicht gespeichert werden: {problem} Sie können den Schlüssel nur für diese Sitzung verwenden: Er bleibt im Arbeitsspeicher und wird nie in eine Datei geschrieben.</translation>
        </message>
        <message>
            <source>none found</source>
            <translation>keine gefunden</translation>
        </message>
        <message>
            <source> A copy of the whole settings file is in {path}.</source>
            <translation> Eine Kopie der ganzen Einstellungsdatei liegt in {path}.</translation>
        </message>
        <message>
            <source>The saved connections could not be read, so they were moved aside to {path} (nothing was deleted).{backup} Their API keys are still in the system keyring under their profile ids ({ids}), listed in that file. New connections can be added.</source>
            <translation>Die gespeicherten Verbindungen waren nicht lesbar und wurden daher nach {path} verschoben (nichts wurde gelöscht).{backup} Ihre API-Schlüssel liegen weiterhin im Schlüsselbund des Systems unter ihren Profil-IDs ({ids}), die in dieser Datei aufgeführt sind. Neue Verbindungen können hinzugefügt werden.</translation>
        </message>
    </context>
    <context>
        <name>transcript</name>
        <message>
            <source>Open link</source>
            <translation>Link öffnen</translation>
        </message>
        <message>
            <source>Open this address in your web browser?</source>
            <translation>Diese Adresse im Webbrowser öffnen?</translation>
        </message>
        <message>
            <source>Customer · {0}</source>
            <translation>Kunde · {0}</translation>
        </message>
        <message>
            <source>Assistant</source>
            <translation>Assistent</translation>
        </message>
        <message>
            <source>👍 Liked</source>
            <translation>👍 Gefällt mir</translation>
        </message>
        <message>
            <source>👎 Disliked</source>
            <translation>👎 Gefällt mir nicht</translation>
        </message>
        <message>
            <source>{0}: “{1}”</source>
            <translation>{0}: „{1}“</translation>
        </message>
        <message>
            <source>⚠ This answer failed: {0}</source>
            <translation>⚠ Diese Antwort ist fehlgeschlagen: {0}</translation>
        </message>
        <message>
            <source>⚠ This answer failed.</source>
            <translation>⚠ Diese Antwort ist fehlgeschlagen.</translation>
        </message>
        <message>
            <source>[image not loaded: {0}]</source>
            <translation>[Bild nicht geladen: {0}]</translation>
        </message>
        <message>
            <source>{0} messages shown · scroll up for older ones</source>
            <translation>{0} Nachrichten angezeigt · nach oben blättern für ältere</translation>
        </message>
        <message>
            <source>{0} messages shown. Some messages cannot be shown: more than 100 were sent in one second ({1}), and Dify cannot page through them.</source>
            <translation>{0} Nachrichten angezeigt. Einige Nachrichten können nicht angezeigt werden: In einer Sekunde ({1}) wurden mehr als 100 gesendet, und Dify kann sie nicht seitenweise abrufen.</translation>
        </message>
        <message>
            <source>{0} messages shown. Loading stopped: the server's pages stopped making progress (the conversation may have changed). Older messages may be missing.</source>
            <translation>{0} Nachrichten angezeigt. Laden angehalten: Die Seiten des Servers kamen nicht mehr voran (die Unterhaltung hat sich vielleicht geändert). Ältere Nachrichten fehlen möglicherweise.</translation>
        </message>
        <message>
            <source>All {0} messages</source>
            <translation>Alle {0} Nachrichten</translation>
        </message>
        <message>
            <source>Loading older messages…</source>
            <translation>Ältere Nachrichten werden geladen…</translation>
        </message>
        <message>
            <source>Could not load older messages: {0} ({1} shown; older ones are missing).</source>
            <translation>Ältere Nachrichten konnten nicht geladen werden: {0} ({1} angezeigt; ältere fehlen).</translation>
        </message>
        <message>
            <source>Could not load the messages: {0}</source>
            <translation>Die Nachrichten konnten nicht geladen werden: {0}</translation>
        </message>
        <message>
            <source>This conversation has no messages yet.</source>
            <translation>Diese Unterhaltung hat noch keine Nachrichten.</translation>
        </message>
        <message>
            <source>JSON</source>
            <translation>JSON</translation>
        </message>
        <message>
            <source>Python value</source>
            <translation>Python-Wert</translation>
        </message>
        <message>
            <source>text</source>
            <translation>Text</translation>
        </message>
        <message>
            <source>The message to show is not in this conversation (or could not be reached).</source>
            <translation>Die anzuzeigende Nachricht ist nicht in dieser Unterhaltung (oder war nicht erreichbar).</translation>
        </message>
        <message>
            <source>Conversation variables</source>
            <extracomment>the tallest the open table grows (pixels); longer lists scroll</extracomment>
            <translation>Unterhaltungsvariablen</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Typ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>&amp;Variables ({0})</source>
            <translation>&amp;Variablen ({0})</translation>
        </message>
        <message>
            <source>Variables: {0}</source>
            <translation>Variablen: {0}</translation>
        </message>
    </context>
</TS>
