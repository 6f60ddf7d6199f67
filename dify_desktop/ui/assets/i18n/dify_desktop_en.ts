<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>ConversationList</name>
        <message numerus="yes">
            <source>all %Ln loaded</source>
            <translation>
                <numerusform>all %Ln loaded</numerusform>
                <numerusform>all %Ln loaded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln loaded, more available</source>
            <translation>
                <numerusform>%Ln loaded, more available</numerusform>
                <numerusform>%Ln loaded, more available</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln shown · {0}</source>
            <translation>
                <numerusform>%Ln shown · {0}</numerusform>
                <numerusform>%Ln shown · {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source> · saving %Ln</source>
            <translation>
                <numerusform> · saving %Ln</numerusform>
                <numerusform> · saving %Ln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Stopped waiting for %n save(s): checking what the server holds.</source>
            <translation>
                <numerusform>Stopped waiting for %n save: checking what the server holds.</numerusform>
                <numerusform>Stopped waiting for %n saves: checking what the server holds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ConversationModel</name>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n min ago</numerusform>
                <numerusform>%n min ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n h ago</numerusform>
                <numerusform>%n h ago</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n days ago</source>
            <translation>
                <numerusform>%n day ago</numerusform>
                <numerusform>%n days ago</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message numerus="yes">
            <source>%n conversation(s), every message in time order, one file each. Existing files are never replaced.</source>
            <translation>
                <numerusform>%n conversation, every message in time order, in one file. Existing files are never replaced.</numerusform>
                <numerusform>%n conversations, every message in time order, one file each. Existing files are never replaced.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FeedbackInbox</name>
        <message numerus="yes">
            <source>all %Ln loaded</source>
            <translation>
                <numerusform>all %Ln loaded</numerusform>
                <numerusform>all %Ln loaded</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln loaded, more as you scroll</source>
            <translation>
                <numerusform>%Ln loaded, more as you scroll</numerusform>
                <numerusform>%Ln loaded, more as you scroll</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln shown · {0}</source>
            <translation>
                <numerusform>%Ln shown · {0}</numerusform>
                <numerusform>%Ln shown · {0}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HandOver</name>
        <message numerus="yes">
            <source>Copied %n message(s); some could not be reached (more than 100 in one second).</source>
            <translation>
                <numerusform>Copied %n message; some could not be reached (more than 100 in one second).</numerusform>
                <numerusform>Copied %n messages; some could not be reached (more than 100 in one second).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Copied the transcript: %n message(s).</source>
            <translation>
                <numerusform>Copied the transcript: %n message.</numerusform>
                <numerusform>Copied the transcript: %n messages.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %n conversation(s) to {0}.</source>
            <translation>
                <numerusform>Exported %n conversation to {0}.</numerusform>
                <numerusform>Exported %n conversations to {0}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were not exported (see Messages).</source>
            <translation>
                <numerusform>%n was not exported (see Messages).</numerusform>
                <numerusform>%n were not exported (see Messages).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) miss messages that could not be reached (more than 100 in one second).</source>
            <translation>
                <numerusform>%n file misses messages that could not be reached (more than 100 in one second).</numerusform>
                <numerusform>%n files miss messages that could not be reached (more than 100 in one second).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <source>Finishing %n save(s) before closing…</source>
            <translation>
                <numerusform>Finishing %n save before closing…</numerusform>
                <numerusform>Finishing %n saves before closing…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RequestLimit</name>
        <message numerus="yes">
            <source>At most %n request(s) at once from now on.</source>
            <translation>
                <numerusform>At most %n request at once from now on.</numerusform>
                <numerusform>At most %n requests at once from now on.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SearchPanel</name>
        <message numerus="yes">
            <source>%n could not be read ({0}); they are tried again next time.</source>
            <translation>
                <numerusform>%n could not be read ({0}); it is tried again next time.</numerusform>
                <numerusform>%n could not be read ({0}); they are tried again next time.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n conversation(s) found</source>
            <translation>
                <numerusform>%n conversation found</numerusform>
                <numerusform>%n conversations found</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>sentences</name>
        <message numerus="yes">
            <source>Try again in %n s.</source>
            <translation>
                <numerusform>Try again in %n s.</numerusform>
                <numerusform>Try again in %n s.</numerusform>
            </translation>
        </message>
    </context>
</TS>
