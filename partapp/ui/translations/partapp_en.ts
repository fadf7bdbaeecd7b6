<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en_GB">
<context>
    <name></name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>1 day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>1 week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n months</source>
        <translation>
            <numerusform>1 month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ActivitiesPage</name>
    <message numerus="yes">
        <source>%n activities</source>
        <translation>
            <numerusform>1 activity</numerusform>
            <numerusform>%n activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AuditViewer</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>1 entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries were saved in {path}</source>
        <translation>
            <numerusform>1 entry was saved in {path}</numerusform>
            <numerusform>%n entries were saved in {path}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangesPage</name>
    <message numerus="yes">
        <source>%n changes</source>
        <translation>
            <numerusform>1 change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HomePage</name>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>1 day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n people are waiting to hear back</source>
        <translation>
            <numerusform>1 person is waiting to hear back</numerusform>
            <numerusform>%n people are waiting to hear back</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decisions are overdue</source>
        <translation>
            <numerusform>%n decision is overdue</numerusform>
            <numerusform>%n decisions are overdue</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes are past their due date</source>
        <translation>
            <numerusform>1 change is past its due date</numerusform>
            <numerusform>%n changes are past their due date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n activities in {month}</source>
        <translation>
            <numerusform>1 activity in {month}</numerusform>
            <numerusform>%n activities in {month}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n weeks</source>
        <translation>
            <numerusform>1 week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changes are ready to ask about</source>
        <translation>
            <numerusform>1 change is ready to ask about</numerusform>
            <numerusform>%n changes are ready to ask about</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterActions</name>
    <message numerus="yes">
        <source>%n letters</source>
        <translation>
            <numerusform>1 letter</numerusform>
            <numerusform>%n letters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %n more.</source>
        <translation>
            <numerusform>…and 1 more.</numerusform>
            <numerusform>…and %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters may be hard to read:</source>
        <translation>
            <numerusform>1 letter may be hard to read:</numerusform>
            <numerusform>%n letters may be hard to read:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n letters as {path}.</source>
        <translation>
            <numerusform>Saved 1 letter as {path}.</numerusform>
            <numerusform>Saved %n letters as {path}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n pages to the printer.</source>
        <translation>
            <numerusform>Sent 1 page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n letters as sent.</source>
        <translation>
            <numerusform>Marked 1 letter as sent.</numerusform>
            <numerusform>Marked %n letters as sent.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LetterEmailing</name>
    <message numerus="yes">
        <source>Send %n letters by email through {server}? Each one is marked as sent as it goes.</source>
        <translation>
            <numerusform>Send %n letter by email through {server}? It is marked as sent as it goes.</numerusform>
            <numerusform>Send %n letters by email through {server}? Each one is marked as sent as it goes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n letters by email and marked them as sent:</source>
        <translation>
            <numerusform>Sent %n letter by email and marked it as sent:</numerusform>
            <numerusform>Sent %n letters by email and marked them as sent:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n letters had just been sent by another office, so they were not sent again.</source>
        <translation>
            <numerusform>%n letter had just been sent by another office, so it was not sent again.</numerusform>
            <numerusform>%n letters had just been sent by another office, so they were not sent again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message numerus="yes">
        <source>%n people are waiting.</source>
        <translation>
            <numerusform>1 person is waiting.</numerusform>
            <numerusform>%n people are waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message numerus="yes">
        <source>Mark %n letters as sent</source>
        <translation>
            <numerusform>Mark 1 letter as sent</numerusform>
            <numerusform>Mark %n letters as sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of these letters were marked as sent by someone else a moment ago, so they were not marked again. Please do not post them twice.</source>
        <translation>
            <numerusform>%n of these letters was marked as sent by someone else a moment ago, so it was not marked again. Please do not post it twice.</numerusform>
            <numerusform>%n of these letters were marked as sent by someone else a moment ago, so they were not marked again. Please do not post them twice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>1 person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message numerus="yes">
        <source>%n pages</source>
        <translation>
            <numerusform>1 page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lists</source>
        <translation>
            <numerusform>1 list</numerusform>
            <numerusform>%n lists</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n pages to the printer.</source>
        <translation>
            <numerusform>Sent 1 page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message numerus="yes">
        <source>%n people to review</source>
        <translation>
            <numerusform>1 person to review</numerusform>
            <numerusform>%n people to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove the details of %n people?

This cannot be undone. Their details will be gone for good.</source>
        <translation>
            <numerusform>Remove the details of 1 person?

This cannot be undone. Their details will be gone for good.</numerusform>
            <numerusform>Remove the details of %n people?

This cannot be undone. Their details will be gone for good.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SentLettersPanel</name>
    <message numerus="yes">
        <source>%n letters and calls</source>
        <translation>
            <numerusform>1 letter or call</numerusform>
            <numerusform>%n letters and calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServiceUserFiles</name>
    <message numerus="yes">
        <source>Saved the summary for service users as {path} (%n pages)</source>
        <translation>
            <numerusform>Saved the summary for service users as {path} (%n page)</numerusform>
            <numerusform>Saved the summary for service users as {path} (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SuggestionsPage</name>
    <message numerus="yes">
        <source>%n suggestions</source>
        <translation>
            <numerusform>1 suggestion</numerusform>
            <numerusform>%n suggestions</numerusform>
        </translation>
    </message>
</context>
</TS>
