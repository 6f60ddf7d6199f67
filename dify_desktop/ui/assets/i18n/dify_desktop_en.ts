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
