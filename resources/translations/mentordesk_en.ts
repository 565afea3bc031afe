<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ArchiveWarning</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/archive_warning.py" line="29"/>
        <source>{0} is archived but still in %n active relationship(s):

{1}

Close it now with an outcome, or keep going: it shows as at risk and stays on the Attention page until it is closed or re-paired.</source>
        <translation>
            <numerusform>{0} is archived but still in %n active relationship:

{1}

Close it now with an outcome, or keep going: it shows as at risk and stays on the Attention page until it is closed or re-paired.</numerusform>
            <numerusform>{0} is archived but still in %n active relationships:

{1}

Close them now with an outcome, or keep going: they show as at risk and stay on the Attention page until they are closed or re-paired.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message numerus="yes">
        <location filename="../../ui/views/attention.py" line="201"/>
        <source>%Ln item(s): {0} high, {1} medium, {2} low</source>
        <translation>
            <numerusform>%Ln item: {0} high, {1} medium, {2} low</numerusform>
            <numerusform>%Ln items: {0} high, {1} medium, {2} low</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message numerus="yes">
        <location filename="../../ui/views/people/bulk_actions.py" line="88"/>
        <source>Give the %n selected people this role:</source>
        <translation>
            <numerusform>Give the %n selected person this role:</numerusform>
            <numerusform>Give the %n selected people this role:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/bulk_actions.py" line="112"/>
        <source>Enrol the %n selected people in:</source>
        <translation>
            <numerusform>Enrol the %n selected person in:</numerusform>
            <numerusform>Enrol the %n selected people in:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/bulk_actions.py" line="178"/>
        <source>%n relationship(s) still run with someone just archived:</source>
        <translation>
            <numerusform>%n relationship still runs with someone just archived:</numerusform>
            <numerusform>%n relationships still run with someone just archived:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/enrol_dialog.py" line="147"/>
        <source>%Ln person(s) selected</source>
        <translation>
            <numerusform>%Ln person selected</numerusform>
            <numerusform>%Ln people selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="111"/>
        <source>The person was erased: %Ln record(s) cleared. The erasure is in the erasure log and travels with every merge.</source>
        <translation>
            <numerusform>The person was erased: %Ln record cleared. The erasure is in the erasure log and travels with every merge.</numerusform>
            <numerusform>The person was erased: %Ln records cleared. The erasure is in the erasure log and travels with every merge.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="122"/>
        <source>%n backup(s) were taken before the erasure and may still hold the person:</source>
        <translation>
            <numerusform>%n backup was taken before the erasure and may still hold the person:</numerusform>
            <numerusform>%n backups were taken before the erasure and may still hold the person:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureLogDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="177"/>
        <source>%n backup(s) were taken before the last erasure and may still hold erased people:</source>
        <translation>
            <numerusform>%n backup was taken before the last erasure and may still hold erased people:</numerusform>
            <numerusform>%n backups were taken before the last erasure and may still hold erased people:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureQuestion</name>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="169"/>
        <source>{0} carries %n erasure(s) of people not made in this file. Merging it erases them here too, and an erasure cannot be undone. Merge only if you know about these erasures.</source>
        <translation>
            <numerusform>{0} carries %n erasure of a person not made in this file. Merging it erases them here too, and an erasure cannot be undone. Merge only if you know about this erasure.</numerusform>
            <numerusform>{0} carries %n erasures of people not made in this file. Merging it erases them here too, and an erasure cannot be undone. Merge only if you know about these erasures.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="162"/>
        <source>A relationship can last at most %Ln month(s) from its start ({0}).</source>
        <translation>
            <numerusform>A relationship can last at most %Ln month from its start ({0}).</numerusform>
            <numerusform>A relationship can last at most %Ln months from its start ({0}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="67"/>
        <source>Likely duplicates (%n)</source>
        <translation>
            <numerusform>Likely duplicates (%n)</numerusform>
            <numerusform>Likely duplicates (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="69"/>
        <source>Bad lines (%n)</source>
        <translation>
            <numerusform>Bad lines (%n)</numerusform>
            <numerusform>Bad lines (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="89"/>
        <source>%n new people</source>
        <translation>
            <numerusform>%n new person</numerusform>
            <numerusform>%n new people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="89"/>
        <source>%n people changed</source>
        <translation>
            <numerusform>%n person changed</numerusform>
            <numerusform>%n people changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="90"/>
        <source>%n people unchanged</source>
        <translation>
            <numerusform>%n person unchanged</numerusform>
            <numerusform>%n people unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="90"/>
        <source>%n people archived</source>
        <translation>
            <numerusform>%n person archived</numerusform>
            <numerusform>%n people archived</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="91"/>
        <source>%n people brought back from the archive</source>
        <translation>
            <numerusform>%n person brought back from the archive</numerusform>
            <numerusform>%n people brought back from the archive</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="95"/>
        <source>This file cannot be imported: %n line has a problem. Fix it in the file and import again; nothing has been changed.</source>
        <translation>
            <numerusform>This file cannot be imported: %n line has a problem. Fix it in the file and import again; nothing has been changed.</numerusform>
            <numerusform>This file cannot be imported: %n lines have a problem. Fix them in the file and import again; nothing has been changed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="108"/>
        <source>%n more not listed</source>
        <translation>
            <numerusform>%n more not listed</numerusform>
            <numerusform>%n more not listed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="143"/>
        <source>%n people added</source>
        <translation>
            <numerusform>%n person added</numerusform>
            <numerusform>%n people added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="143"/>
        <source>%n people updated</source>
        <translation>
            <numerusform>%n person updated</numerusform>
            <numerusform>%n people updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="144"/>
        <source>%n people unchanged</source>
        <translation>
            <numerusform>%n person unchanged</numerusform>
            <numerusform>%n people unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="145"/>
        <source>%n competency assessments recorded</source>
        <translation>
            <numerusform>%n competency assessment recorded</numerusform>
            <numerusform>%n competency assessments recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="150"/>
        <source>Nothing was imported: %n line has a problem. Fix the file and import it again.</source>
        <translation>
            <numerusform>Nothing was imported: %n line has a problem. Fix the file and import it again.</numerusform>
            <numerusform>Nothing was imported: %n lines have a problem. Fix the file and import it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindFields</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/program_kind_fields.py" line="64"/>
        <source> mentee(s)</source>
        <translation>
            <numerusform> mentee</numerusform>
            <numerusform> mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/program_kind_fields.py" line="65"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> hour</numerusform>
            <numerusform> hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../ui/app.py" line="347"/>
        <source>Exported %Ln person(s).</source>
        <translation>
            <numerusform>Exported %Ln person.</numerusform>
            <numerusform>Exported %Ln people.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="248"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln group</numerusform>
            <numerusform>%Ln groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="249"/>
        <location filename="../../ui/views/matching/view.py" line="257"/>
        <source>%Ln mentee(s)</source>
        <translation>
            <numerusform>%Ln mentee</numerusform>
            <numerusform>%Ln mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="245"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln waiting</numerusform>
            <numerusform>%Ln waiting</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="251"/>
        <source>%Ln proposed pair(s)</source>
        <translation>
            <numerusform>%Ln proposed pair</numerusform>
            <numerusform>%Ln proposed pairs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="255"/>
        <source>Start %Ln relationship(s) now?</source>
        <translation>
            <numerusform>Start %Ln relationship now?</numerusform>
            <numerusform>Start %Ln relationships now?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="257"/>
        <source>%Ln relationship(s)</source>
        <translation>
            <numerusform>%Ln relationship</numerusform>
            <numerusform>%Ln relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="261"/>
        <source>%Ln relationship(s) started.</source>
        <translation>
            <numerusform>%Ln relationship started.</numerusform>
            <numerusform>%Ln relationships started.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="262"/>
        <source>%Ln pair(s) were skipped because the file changed since the match was run:</source>
        <translation>
            <numerusform>%Ln pair was skipped because the file changed since the match was run:</numerusform>
            <numerusform>%Ln pairs were skipped because the file changed since the match was run:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message numerus="yes">
        <location filename="../../ui/views/programs/participants_tab.py" line="128"/>
        <source>{0}: held {1} of %Ln meeting(s)</source>
        <translation>
            <numerusform>{0}: held {1} of %Ln meeting</numerusform>
            <numerusform>{0}: held {1} of %Ln meetings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message numerus="yes">
        <location filename="../../ui/views/people/view.py" line="269"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/view.py" line="299"/>
        <source>%n people selected: archive them, change their role or enrol them in a program together.</source>
        <translation>
            <numerusform>%n person selected.</numerusform>
            <numerusform>%n people selected: archive them, change their role or enrol them in a program together.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/view.py" line="366"/>
        <source>%n people selected</source>
        <translation>
            <numerusform>%n person selected</numerusform>
            <numerusform>%n people selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/person_dialog.py" line="218"/>
        <source> mentee(s)</source>
        <translation>
            <numerusform> mentee</numerusform>
            <numerusform> mentees</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyTexts</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="55"/>
        <source>Wrote {0}: %Ln record(s) naming the person, as a JSON file for other systems and a PDF to read.</source>
        <translation>
            <numerusform>Wrote {0}: %Ln record naming the person, as a JSON file for other systems and a PDF to read.</numerusform>
            <numerusform>Wrote {0}: %Ln records naming the person, as a JSON file for other systems and a PDF to read.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramPane</name>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="101"/>
        <source>up to %Ln mentee(s)</source>
        <translation>
            <numerusform>up to %Ln mentee</numerusform>
            <numerusform>up to %Ln mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="102"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="109"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visit</numerusform>
            <numerusform>%Ln visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="110"/>
        <source>%Ln hour(s) each</source>
        <translation>
            <numerusform>%Ln hour each</numerusform>
            <numerusform>%Ln hours each</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message numerus="yes">
        <location filename="../../ui/views/programs/view.py" line="142"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln month</numerusform>
            <numerusform>%Ln months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProposalExplanation</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/proposal_dialog.py" line="47"/>
        <source>Group led by {0} (%Ln mentee(s)):</source>
        <translation>
            <numerusform>Group led by {0} (%Ln mentee):</numerusform>
            <numerusform>Group led by {0} (%Ln mentees):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelationshipsView</name>
    <message numerus="yes">
        <location filename="../../ui/views/relationships/view.py" line="178"/>
        <source>%Ln relationship(s)</source>
        <translation>
            <numerusform>%Ln relationship</numerusform>
            <numerusform>%Ln relationships</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="191"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="195"/>
        <source>Cancelled. %n report file(s) written.</source>
        <translation>
            <numerusform>Cancelled. %n report file written.</numerusform>
            <numerusform>Cancelled. %n report files written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="196"/>
        <source>%n report file(s) written to {0}.</source>
        <translation>
            <numerusform>%n report file written to {0}.</numerusform>
            <numerusform>%n report files written to {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="193"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="334"/>
        <source>Daily backups are kept for the last %Ln day(s) the file was opened.</source>
        <translation>
            <numerusform>Daily backups are kept for the last %Ln day the file was opened.</numerusform>
            <numerusform>Daily backups are kept for the last %Ln days the file was opened.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="336"/>
        <source>The last %Ln backup(s) made before a merge are kept as well.</source>
        <translation>
            <numerusform>The last %Ln backup made before a merge is kept as well.</numerusform>
            <numerusform>The last %Ln backups made before a merge are kept as well.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableExports</name>
    <message numerus="yes">
        <location filename="../../ui/table_exports.py" line="76"/>
        <source>Exported %Ln row(s) to {0}.</source>
        <translation>
            <numerusform>Exported %Ln row to {0}.</numerusform>
            <numerusform>Exported %Ln rows to {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message numerus="yes">
        <location filename="../../ui/tasks.py" line="298"/>
        <source>%Ln problems were found. Nothing was saved.</source>
        <translation>
            <numerusform>%Ln problem was found. Nothing was saved.</numerusform>
            <numerusform>%Ln problems were found. Nothing was saved.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin_forms_actions.py" line="61"/>
        <source>%Ln form(s) saved in {0}. Attach each to an e-mail to its person; drop the returned files on this window to record them.</source>
        <translation>
            <numerusform>%Ln form saved in {0}. Attach each to an e-mail to its person; drop the returned files on this window to record them.</numerusform>
            <numerusform>%Ln forms saved in {0}. Attach each to an e-mail to its person; drop the returned files on this window to record them.</numerusform>
        </translation>
    </message>
</context>
</TS>
