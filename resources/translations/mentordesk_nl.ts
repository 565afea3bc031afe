<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../ui/views/attention.py" line="99"/>
        <source>Active relationships</source>
        <extracomment>Initial column widths in pixels; the detail column stretches. Tile keys in display order.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="100"/>
        <source>Mentoring relationships running now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="101"/>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="102"/>
        <source>Active relationships whose meetings, check-ins and goals are in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="104"/>
        <source>Need a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="105"/>
        <source>Active relationships where a check-in or a meeting is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="107"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="108"/>
        <source>Active relationships with low scores, poor attendance or no recent meetings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="110"/>
        <source>Mentees waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="111"/>
        <source>Mentees on a program&apos;s waiting list for a mentor (snoozed ones not counted).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="124"/>
        <source>What needs you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="130"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="132"/>
        <source>Go to the relationship, person or program this item is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="133"/>
        <source>Snooze…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="135"/>
        <source>Hide this item until a later day, with a note why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="196"/>
        <source>Attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="234"/>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="235"/>
        <source>Choose File &gt; Open… or File &gt; New… to start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="237"/>
        <source>Nothing needs you today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="238"/>
        <source>Overdue meetings, check-ins and goals, relationships near their end and mentees waiting for a mentor show up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="245"/>
        <source>{0} items: {1} high, {2} medium, {3} low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="314"/>
        <source>That screen is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="337"/>
        <source>Not snoozed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="347"/>
        <source>Snoozed until {0}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="41"/>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="44"/>
        <source>{0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="63"/>
        <source>Answered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="64"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="69"/>
        <source>How is it going?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="70"/>
        <source>Prerequisites of a good relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="72"/>
        <source>1 = not at all, 5 = fully. Leave a question unanswered to skip it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="109"/>
        <source>{0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="114"/>
        <source>Comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="343"/>
        <source>Close relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="351"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="381"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="356"/>
        <source>What did the pair achieve? What would they do differently?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="359"/>
        <source>Closing frees a place in the mentor&apos;s capacity. Only “Completed” counts towards the completion rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="364"/>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="366"/>
        <source>Final re&amp;flection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="367"/>
        <source>&amp;Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="379"/>
        <source>Required: why did it end early?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="380"/>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="381"/>
        <source>&amp;Reason (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/file_actions.py" line="96"/>
        <source>Conflicting changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="101"/>
        <source>Both files changed these fields differently. Choose which value to keep; the newer change is chosen for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="104"/>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="104"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="104"/>
        <source>In this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="105"/>
        <source>In the other file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="105"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="115"/>
        <source>This file&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="116"/>
        <source>The other file&apos;s value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="122"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="43"/>
        <source>Enrol people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="50"/>
        <source>Search name, department, branch, title, competency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="54"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="55"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="58"/>
        <source>Applied (HR decides later)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="59"/>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="76"/>
        <source>Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="81"/>
        <source>&amp;Search:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="83"/>
        <source>Enrol as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="86"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="107"/>
        <source>No one selected; Ctrl- or Shift-click to select several people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="109"/>
        <source>1 person selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="111"/>
        <source>{0} people selected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="308"/>
        <source>Extend relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="315"/>
        <source>Why is more time needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="316"/>
        <source>A relationship can last at most {0} months from its start ({1}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="322"/>
        <source>Planned end now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="323"/>
        <source>&amp;New end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="324"/>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="42"/>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="42"/>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="53"/>
        <source>How will you both know it is reached?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="62"/>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="75"/>
        <source>Due by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="92"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="93"/>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="94"/>
        <source>&amp;Success measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="95"/>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="96"/>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="97"/>
        <source>Due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="98"/>
        <source>&amp;Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="99"/>
        <source>A new goal starts open at 0%; change its status and progress later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="134"/>
        <source>No linked competency</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="50"/>
        <source>MentorDesk</source>
        <extracomment>Screens in navigation order: (module, class). A module not built yet is skipped.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="113"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="114"/>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="115"/>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="118"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="120"/>
        <source>&amp;Import People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="121"/>
        <source>&amp;Export People…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="133"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="175"/>
        <source>Cannot open file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="181"/>
        <source>MentorDesk — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="235"/>
        <source>Reloaded: someone else changed the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="253"/>
        <source>New MentorDesk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="254"/>
        <source>MentorDesk files (*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="259"/>
        <source>A file with that name already exists; choose Open to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="264"/>
        <source>Open MentorDesk file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="265"/>
        <source>MentorDesk files (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="271"/>
        <source>Import people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="272"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="287"/>
        <source>Import finished: {0} added, {1} updated, {2} unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="292"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="296"/>
        <source>Nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="298"/>
        <source>Importing people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="304"/>
        <source>Export people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="305"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="314"/>
        <source>Exported {0} people.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <location filename="../../ui/views/matching.py" line="217"/>
        <location filename="../../ui/views/matching.py" line="343"/>
        <location filename="../../ui/views/matching.py" line="391"/>
        <source>Matching</source>
        <extracomment>What the last approval did (created ids, .skipped, .waitlisted); None until one finishes. Program kind the table&apos;s sort was last chosen for (group programs sort by mentor).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="222"/>
        <source>Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="228"/>
        <source>Run match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="236"/>
        <location filename="../../ui/views/matching.py" line="498"/>
        <source>Scoring pairs… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="239"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="252"/>
        <source>Edit weights…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="294"/>
        <location filename="../../ui/views/matching.py" line="420"/>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="295"/>
        <source>Keep this pair in every run until it is approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="297"/>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="298"/>
        <source>Never propose this pair again, and run the match again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="300"/>
        <source>Swap…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="301"/>
        <source>Exchange mentors with another proposal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="303"/>
        <source>Re-run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="305"/>
        <source>Locks and exclusions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="307"/>
        <source>See the pairs HR locked or rejected in this program, and undo a decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="310"/>
        <source>Approve selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="312"/>
        <source>Approve all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="322"/>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="420"/>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="429"/>
        <source>Open a file with a program to match its participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="440"/>
        <source>same branch preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="440"/>
        <source>branch ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="441"/>
        <source>other branch preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="442"/>
        <source>other department preferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="443"/>
        <source>same department a small bonus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="444"/>
        <source>Weights: {0} ({1}; {2}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="473"/>
        <source>Matching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="484"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="518"/>
        <source>{0} groups with {1} mentees, {2} waiting. Total score {3}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="523"/>
        <source>{0} proposed pairs, {1} waiting. Total score {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="526"/>
        <source>Waiting list ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="560"/>
        <source>The match could not be run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="566"/>
        <source>Matching cancelled; the previous proposals are still shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="600"/>
        <source>{0} is no longer locked to {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="605"/>
        <source>{0} stays with {1} in every run until approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="618"/>
        <source>{0} will not be proposed with {1} again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="628"/>
        <source>No other proposal has a different mentor to swap with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="630"/>
        <source>{0} (with {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="632"/>
        <source>Swap mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="633"/>
        <source>Give {0}&apos;s mentor, {1}, to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="644"/>
        <source>Mentors swapped and locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="664"/>
        <source>Start {0} relationship(s) now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="666"/>
        <source>Start {0} relationship(s) now and put {1} mentee(s) on the waiting list with the reasons shown?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="669"/>
        <source>Approve pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="678"/>
        <source>Starting relationships… %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="680"/>
        <source>Stop and start nobody: the approval is undone as a whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="683"/>
        <source>Approving pairs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="694"/>
        <source>{0} relationship(s) started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="696"/>
        <source>{0} pair(s) were skipped because the file changed since the match was run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="713"/>
        <source>The pairs were not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="718"/>
        <source>Approval cancelled; no relationship was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="735"/>
        <source>Decisions removed; running the match again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="764"/>
        <source>Weights changed: run the match again to see their effect.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="70"/>
        <source>Edit meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="70"/>
        <source>Log meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="73"/>
        <source>{0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="75"/>
        <source>Started {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="90"/>
        <source>No time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="98"/>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="117"/>
        <source>With notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="119"/>
        <source>Was the meeting moved with enough notice? Only asked for a rescheduled meeting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="125"/>
        <source>What was discussed, in a few words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="142"/>
        <source>This relationship has no goals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="150"/>
        <source>Notes are confidential: they are left out of printed reports unless HR includes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="159"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="160"/>
        <source>T&amp;ime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="161"/>
        <source>D&amp;uration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="162"/>
        <source>M&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="163"/>
        <source>Out&amp;come</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="165"/>
        <source>&amp;Topics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="166"/>
        <source>&amp;Goals discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="167"/>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="175"/>
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeLogDialog</name>
    <message>
        <location filename="../../ui/file_actions.py" line="134"/>
        <source>Merge log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="139"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="139"/>
        <source>From file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="139"/>
        <source>What came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="150"/>
        <source>nothing new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="152"/>
        <source>No file has been merged into this one yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStageDialog</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="215"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="241"/>
        <source>Next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="219"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="220"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="232"/>
        <source>{0}. {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="224"/>
        <source>None: this is the last stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="227"/>
        <source>C&amp;orrect to an earlier stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="234"/>
        <source>Only to put right a stage recorded by mistake: the dates of the later stages are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="240"/>
        <source>Current stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="242"/>
        <source>&amp;Began on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="244"/>
        <source>Back to &amp;stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="267"/>
        <source>Correct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="267"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="269"/>
        <source>This relationship is already in its last stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="281"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="289"/>
        <source>Correct the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="282"/>
        <source>Move {0} and {1} back from stage {2} ({3}) to stage {4} ({5})? The dates recorded for the later stages are removed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="115"/>
        <source>Pair two people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="128"/>
        <source>No program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="150"/>
        <source>&amp;Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="151"/>
        <source>M&amp;entee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="152"/>
        <source>&amp;Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="153"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="154"/>
        <source>Meeting &amp;frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="155"/>
        <source>Meeting m&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="182"/>
        <source>Choose a mentor and a mentee.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairRulesDialog</name>
    <message>
        <location filename="../../ui/views/matching.py" line="136"/>
        <source>Locks and exclusions</source>
        <extracomment>True once a rule was removed, so the caller knows its proposals are stale.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="139"/>
        <source>Pairs HR decided on in {0}. A locked pair is kept in every run until it is approved; an excluded pair is never proposed. Remove a decision to let the matcher choose freely again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="155"/>
        <source>No locks or exclusions in this program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="159"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="161"/>
        <source>Forget this decision: the pair may be proposed again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PairRulesModel</name>
    <message>
        <location filename="../../ui/views/matching.py" line="109"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="110"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="111"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="112"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="116"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="116"/>
        <source>Excluded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../ui/views/programs.py" line="89"/>
        <source>Enrol people…</source>
        <extracomment>Widest a column may start at; long texts (motivation, gaps) show in full in tooltips and the side panel.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="91"/>
        <source>Accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="93"/>
        <source>Decline…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="95"/>
        <source>Waitlist…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePickModel</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="30"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="31"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="32"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="33"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="34"/>
        <source>In this program</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/views/people.py" line="129"/>
        <source>Search name, email, department, branch, competency…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="132"/>
        <source>Show archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="136"/>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="137"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="138"/>
        <location filename="../../ui/views/people.py" line="289"/>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="196"/>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="233"/>
        <source>1 person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="233"/>
        <source>{0} people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="235"/>
        <source>{0} of {1} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="259"/>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="261"/>
        <source>No people yet. Click Add… or use File &gt; Import People… to load your HR export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="263"/>
        <source>No one matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="265"/>
        <source>Select a person to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="288"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="97"/>
        <source>Type to search…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <location filename="../../ui/views/people.py" line="60"/>
        <source>Email</source>
        <extracomment>Initial column widths in pixels; users can drag them, the last column stretches.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="60"/>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="61"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="61"/>
        <source>Hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="62"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="62"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="63"/>
        <source>Mentor capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="64"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="70"/>
        <source>&lt;b&gt;Competency portrait&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/people.py" line="81"/>
        <source>Select a person to see their details.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="68"/>
        <source>Edit {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="68"/>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="83"/>
        <source>e.g. E0123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="86"/>
        <source>name@company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="101"/>
        <source>(no manager)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="115"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="118"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="119"/>
        <source>The hire date is not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="125"/>
        <source>two-letter codes, e.g. en, nl, es</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="128"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="131"/>
        <source> mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="132"/>
        <source>How many mentees this person can take at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="136"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="408"/>
        <source>Employee ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="137"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="408"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="138"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="408"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="139"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="409"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="140"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="409"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="141"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="409"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="142"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="410"/>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="143"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="410"/>
        <source>Hire date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="144"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="411"/>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="145"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="411"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="146"/>
        <source>Mentor capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="147"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="411"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="151"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="255"/>
        <source>Competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="151"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="151"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="162"/>
        <source>Add competency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="163"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="170"/>
        <source>&lt;b&gt;Competency portrait&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="174"/>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="179"/>
        <source>Willing to mentor now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="181"/>
        <source>Why do they want to mentor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="183"/>
        <source>e.g. Tuesday mornings, flexible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="185"/>
        <source>How their mentoring is recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="187"/>
        <source>Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="188"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="189"/>
        <source>Recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="191"/>
        <source>Mentor profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="264"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="265"/>
        <source>The level to reach; — for no target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="302"/>
        <source>Recorded assessments stay in the person&apos;s history; set the level instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="336"/>
        <source>Choose the manager from the list (“{0}” is not a person here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="412"/>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="426"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="426"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="449"/>
        <source>Someone else changed this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="450"/>
        <source>Someone else saved this person after you opened it. Nothing was saved. Compare both versions and choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="456"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="457"/>
        <source>Overwrite with mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="481"/>
        <source>Their version is shown; your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PortraitChart</name>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="39"/>
        <source>Competency portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="55"/>
        <source>{0}: level {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="56"/>
        <source>{0}: level {1}, target {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="79"/>
        <source>No competencies yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="180"/>
        <source>Preferred mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="180"/>
        <source>Mentees they would like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="183"/>
        <source>Mentors {0} would like to work with (at most {1}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="185"/>
        <source>Mentees {0} would like to take:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="216"/>
        <source>At most {0} preferred mentors: untick one first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="49"/>
        <source>Edit program</source>
        <extracomment>Weights shown for a program that has none saved yet: the matcher&apos;s own defaults, so what HR sees is what the matcher uses.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="49"/>
        <source>New program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="57"/>
        <source>Why the program exists, e.g. help new team leads grow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="61"/>
        <source>What the company wants to see, e.g. fill 60 % of team-lead vacancies from within.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="68"/>
        <source>Starts on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="72"/>
        <source>Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="81"/>
        <source>Untick while the date is not fixed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="90"/>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="91"/>
        <source>How long each mentoring relationship is planned to last; 6 to 12 months is usual.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="96"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="98"/>
        <source>Mentees accepted beyond this number go on a waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="101"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="102"/>
        <source>&amp;Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="103"/>
        <source>&amp;Business goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="104"/>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="105"/>
        <source>&amp;Delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="108"/>
        <source>(6–12 is usual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="109"/>
        <source>&amp;Relationship length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="110"/>
        <source>&amp;Pairs meet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="111"/>
        <source>&amp;Maximum mentees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="117"/>
        <source>Prefer the same branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="117"/>
        <source>Branch does not matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="118"/>
        <source>Prefer a different branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="122"/>
        <source>Prefer mentors from another department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="128"/>
        <source>Mentor covers the mentee&apos;s gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="128"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="129"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="129"/>
        <source>Shared language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="130"/>
        <source>Asked for each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="130"/>
        <source>Seniority difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="146"/>
        <source>Matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="148"/>
        <source>Branches:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="150"/>
        <source>Weights (points; only their proportions matter):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="210"/>
        <source>At least one matching weight must be above zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <location filename="../../ui/views/programs.py" line="127"/>
        <source>New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="129"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="140"/>
        <location filename="../../ui/views/programs.py" line="239"/>
        <source>Programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="159"/>
        <source>Purpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="159"/>
        <source>Business goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="160"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="160"/>
        <source>Delivery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="161"/>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="161"/>
        <source>Relationships last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="162"/>
        <source>Pairs meet:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="162"/>
        <source>Maximum mentees:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="174"/>
        <source>Choose a program on the left, or create one with New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="180"/>
        <source>Mentees they&apos;d like…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="182"/>
        <location filename="../../ui/views/programs.py" line="204"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="202"/>
        <source>Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="213"/>
        <source>Mentor pool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="214"/>
        <source>Mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="307"/>
        <source> (archived)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="312"/>
        <source>Not fixed yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="313"/>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="314"/>
        <source>{0} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="319"/>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="320"/>
        <source>{0} — {1} accepted, {2} waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="339"/>
        <source>Mentor pool ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="340"/>
        <source>Mentees ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="368"/>
        <source>The program was not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="372"/>
        <source>Saved {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="384"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="384"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="400"/>
        <source>Not everyone was enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="403"/>
        <source>Enrolled {0} as {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="404"/>
        <source>mentors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="404"/>
        <source>mentees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="417"/>
        <source>Decline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="418"/>
        <source>Why is {0} declined? The reason is kept with the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="420"/>
        <source>Waiting list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="421"/>
        <source>Why does {0} go on the waiting list?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="444"/>
        <source>The program is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="450"/>
        <source>Not every decision was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="453"/>
        <source>The program is full: {0} went on the waiting list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="490"/>
        <source>The preferences were not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="497"/>
        <source>Remove from program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="498"/>
        <source>Remove {0} from this program? Their application and status are removed; the people themselves stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="533"/>
        <source>Select a mentor to read their motivation and evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="543"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="543"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="544"/>
        <source>{0} years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="546"/>
        <source>{0}: held {1} of {2} meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="551"/>
        <source>{0} since {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="554"/>
        <source>Willing to mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="555"/>
        <source>Motivation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="556"/>
        <source>Availability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="557"/>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="558"/>
        <source>Expertise (level 4–5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="559"/>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="559"/>
        <source>{0} at a time: {1} active now, {2} free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="561"/>
        <source>Attendance in past relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="562"/>
        <source>Recognition agreed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/programs.py" line="563"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="76"/>
        <source>{0} and {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalExplanation</name>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="41"/>
        <source>Score {0} of 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="42"/>
        <source>Locked by HR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="45"/>
        <source>Group led by {0} ({1} mentees):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="42"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="43"/>
        <source>Mentor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="44"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="46"/>
        <source>Top reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="47"/>
        <location filename="../../ui/models/proposals_model.py" line="61"/>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="60"/>
        <source>Locked (not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="163"/>
        <source>Give a reason, so the person can be told why.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelationshipsView</name>
    <message>
        <location filename="../../ui/views/relationships.py" line="121"/>
        <source>Active</source>
        <extracomment>The relationship the summary editor holds text for, and the stored summary that text started from.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="121"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="121"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="125"/>
        <source>Search mentor or mentee…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="133"/>
        <source>Pair two people…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="134"/>
        <source>Log meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="135"/>
        <source>Ctrl+M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="136"/>
        <source>Log a meeting of the selected pair (Ctrl+M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="137"/>
        <source>Check-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="138"/>
        <source>Next stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="139"/>
        <source>Extend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="140"/>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="190"/>
        <source>Add goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="191"/>
        <source>Edit goal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="210"/>
        <source>Delete meeting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="213"/>
        <source>Newest first. Planned meetings that passed with nothing logged are shown in italics as “Planned, not logged (overdue)”. Notes are confidential. Double-click a meeting to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="236"/>
        <source>HR&apos;s summary of this relationship and the next steps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="237"/>
        <source>Save summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="241"/>
        <source>Changed elsewhere meanwhile — saving will overwrite their summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="252"/>
        <source>&lt;b&gt;Summary and next steps&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="264"/>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="265"/>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="266"/>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="267"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="280"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="282"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="307"/>
        <source>Relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="331"/>
        <source>All programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="334"/>
        <location filename="../../ui/views/relationships.py" line="471"/>
        <source>No program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="368"/>
        <source>{0} relationships</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="370"/>
        <source>{0} of {1} shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="435"/>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="437"/>
        <source>No relationships yet. Pair two people, or approve a match on the Matching screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="439"/>
        <source>No relationship matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="441"/>
        <source>Select a relationship to see its stages, goals, meetings and check-ins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="470"/>
        <source>{0} mentoring {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="472"/>
        <source>{0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="475"/>
        <source>Closed {0}: {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="516"/>
        <source>Their summary:
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="533"/>
        <source>{0} → {1}: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="536"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="540"/>
        <source>Still running; planned to end on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="543"/>
        <source>{0} on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="547"/>
        <source>Reason: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="549"/>
        <source>Final reflection: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="637"/>
        <source>Delete meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="638"/>
        <source>Delete the meeting of {0} ({1})? It no longer counts towards attendance, hours or health, and its notes are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="644"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="660"/>
        <source>Meeting deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships.py" line="714"/>
        <source>Summary saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/views/reports.py" line="82"/>
        <source>A4</source>
        <extracomment>The list&apos;s first row: the program summary rather than one relationship. Debounce for selection and option changes, in ms. Printing renders each page as an image; above this the printer gains nothing visible.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="83"/>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="84"/>
        <source>Include private meeting notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="85"/>
        <source>Manager&apos;s copy (no notes, no check-in comments)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="87"/>
        <source>Shown in the page header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="89"/>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="92"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="98"/>
        <source>Options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="100"/>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="103"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="104"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="112"/>
        <source>All reports for this program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="122"/>
        <location filename="../../ui/views/reports.py" line="180"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="125"/>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="127"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="145"/>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="148"/>
        <source>Save As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="234"/>
        <source>Choose a logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="235"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="267"/>
        <source>Program summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="279"/>
        <source>{0} → {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="297"/>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="297"/>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="299"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="300"/>
        <source>Stage {0}: {1} · {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="303"/>
        <source>Getting to know each other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="303"/>
        <source>Defining expectations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="304"/>
        <source>Learning and application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="304"/>
        <source>Becoming independent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="305"/>
        <source>Transition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="334"/>
        <source>Choose a program and a report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="335"/>
        <source>Open a file to make reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="345"/>
        <location filename="../../ui/views/reports.py" line="369"/>
        <source>Preparing the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="365"/>
        <source>The preview could not be made: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="378"/>
        <source>The preview could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="385"/>
        <source>%n page(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="428"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="429"/>
        <location filename="../../ui/views/reports.py" line="515"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="440"/>
        <source>There is no report to save yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="444"/>
        <source>The report could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="446"/>
        <source>Saved to {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="455"/>
        <source>Print report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="478"/>
        <source>The printer could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="494"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="501"/>
        <source>All reports for this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="502"/>
        <source>Write one PDF per relationship into a folder, or one combined PDF to print in a single go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="504"/>
        <source>One file each…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="505"/>
        <source>One combined PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="509"/>
        <source>Folder for the reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="514"/>
        <source>Combined report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="532"/>
        <source>Reading the relationships…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="533"/>
        <source>Report {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="552"/>
        <source>Cancelled. %n report file(s) written.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="554"/>
        <source>%n report file(s) written to {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="559"/>
        <source>The reports were not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="563"/>
        <source>Writing the reports…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/file_actions.py" line="211"/>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="215"/>
        <source>Choose the backup to restore. The file as it is now is kept as a backup first, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="218"/>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="218"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="218"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="224"/>
        <source>Daily, on open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="224"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="225"/>
        <source>Before a merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="225"/>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="226"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="235"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="36"/>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="62"/>
        <source>Snooze</source>
        <extracomment>A week is long enough for a reminder email to be answered, short enough not to lose the item.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="44"/>
        <source>Hide this item from the attention list until the day you choose. It comes back on that day if it still needs you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="56"/>
        <source>Why, e.g. “Asked Femke to book a meeting”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="67"/>
        <source>&amp;Until:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="68"/>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="85"/>
        <source>Write a short note, so you remember why this was put aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StageTimeline</name>
    <message>
        <location filename="../../ui/widgets/stage_timeline.py" line="43"/>
        <source>Stage timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stage_timeline.py" line="74"/>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stage_timeline.py" line="74"/>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/tasks.py" line="118"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="119"/>
        <source>MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="140"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="73"/>
        <source>Mentee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="74"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="75"/>
        <source>Waiting since</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../ui/views/matching.py" line="52"/>
        <source>Match weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="54"/>
        <source>How much each part counts. Only the proportions matter: a perfect pair always scores 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="68"/>
        <source>Prefer the same branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="68"/>
        <source>Does not matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="69"/>
        <source>Prefer another branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="72"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="73"/>
        <source>Prefer mentors from another department</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>obj</name>
    <message>
        <location filename="../../ui/views/matching.py" line="92"/>
        <source>Skill gaps covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="93"/>
        <source>Stated wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="94"/>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="95"/>
        <source>Branch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="96"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/views/matching.py" line="97"/>
        <source>Shared language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="212"/>
        <source>Something went wrong and the action was not completed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="214"/>
        <source>MentorDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="218"/>
        <source>{0} problems were found. Nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <location filename="../../ui/app.py" line="368"/>
        <source>This is a demo company. Choose File &gt; New to start your own file, then File &gt; Import People… to load your HR export.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
