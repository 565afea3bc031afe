<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="30"/>
        <source>About MentorDesk</source>
        <translation>Über MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="46"/>
        <source>MentorDesk includes these parts made by others:</source>
        <translation>MentorDesk enthält diese Komponenten von Dritten:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="50"/>
        <source>{0} — {1}, for {2}</source>
        <translation>{0} — {1}, für {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="65"/>
        <source>no file is open</source>
        <translation>keine Datei geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="67"/>
        <source>MentorDesk {0}</source>
        <translation>MentorDesk {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="68"/>
        <source>File format version {0}</source>
        <translation>Dateiformat Version {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="69"/>
        <source>Open file: {0}</source>
        <translation>Geöffnete Datei: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="70"/>
        <source>Runs a mentoring program from this computer; no data leaves it.</source>
        <translation>Führt ein Mentoring-Programm auf diesem Computer; keine Daten verlassen ihn.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="81"/>
        <source>The licence text is missing from this installation; reinstall MentorDesk. {0} is distributed under the {1}.</source>
        <translation>Der Lizenztext fehlt in dieser Installation; installieren Sie MentorDesk neu. {0} wird unter der {1} verbreitet.</translation>
    </message>
</context>
<context>
    <name>AppPreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="68"/>
        <source>Preferences</source>
        <extracomment>Where the chosen language is kept (&quot;&quot; or absent: follow the system). Languages the window ships in, each named in its own language so anyone finds theirs. Territories whose paper is US Letter (CLDR&apos;s paperSize data); everyone else uses A4.</extracomment>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="74"/>
        <source>Follow the system ({0})</source>
        <translation>Wie das System ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="79"/>
        <source>The new language is used from the next time you start MentorDesk.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von MentorDesk.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="93"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="94"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="97"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="99"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="101"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="104"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformat:</translation>
    </message>
</context>
<context>
    <name>ArchiveWarning</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/archive_warning.py" line="29"/>
        <source>{0} is archived but still in %n active relationship(s):

{1}

Close it now with an outcome, or keep going: it shows as at risk and stays on the Attention page until it is closed or re-paired.</source>
        <translation>
            <numerusform>{0} ist archiviert, aber noch in %n aktiven Tandem:

{1}

Beenden Sie es jetzt mit einem Ergebnis oder machen Sie weiter: Es gilt dann als gefährdet und bleibt auf der Seite „Handlungsbedarf“, bis es beendet oder neu besetzt ist.</numerusform>
            <numerusform>{0} ist archiviert, aber noch in %n aktiven Tandems:

{1}

Beenden Sie sie jetzt mit einem Ergebnis oder machen Sie weiter: Sie gelten dann als gefährdet und bleiben auf der Seite „Handlungsbedarf“, bis sie beendet oder neu besetzt sind.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_warning.py" line="32"/>
        <source>Still in a relationship</source>
        <translation>Noch in einem Tandem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_warning.py" line="35"/>
        <source>Close relationship…</source>
        <translation>Tandem beenden…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_warning.py" line="37"/>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../ui/models/attention_model.py" line="44"/>
        <source>High</source>
        <extracomment>Most severe first; the services use the same order. Theme roles (ui/theme.py): distinct in hue *and* lightness, readable on light and dark windows.</extracomment>
        <translation>Hoch</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="44"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="45"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="136"/>
        <source>Severity</source>
        <translation>Dringlichkeit</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="138"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="140"/>
        <source>Relationship or person</source>
        <translation>Tandem oder Person</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="141"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="142"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="164"/>
        <source>No date: this is about a pattern, not one day.</source>
        <translation>Kein Datum: Es geht um ein Muster, nicht um einen einzelnen Tag.</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="186"/>
        <source>Severity: {0}</source>
        <translation>Dringlichkeit: {0}</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../ui/views/attention.py" line="110"/>
        <source>Prepare reminder…</source>
        <translation>Erinnerung vorbereiten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="112"/>
        <source>Write a reminder e-mail to whoever has to act on this item and open it in your mail program.</source>
        <translation>Eine Erinnerungs-E-Mail an die Person schreiben, die hier handeln muss, und in Ihrem E-Mail-Programm öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="73"/>
        <source>Active relationships</source>
        <extracomment>Initial column widths in pixels; the detail column stretches. Items a reminder draft exists for (services.invitations.REMINDER_KINDS, without importing it at start).</extracomment>
        <translation>Aktive Tandems</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="74"/>
        <source>Mentoring relationships running now.</source>
        <translation>Mentoring-Tandems, die gerade laufen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="76"/>
        <source>Active relationships whose meetings, check-ins and goals are in order.</source>
        <translation>Aktive Tandems, deren Treffen, Check-ins und Ziele in Ordnung sind.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="78"/>
        <source>Need a check-in</source>
        <translation>Check-in fällig</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="79"/>
        <source>Active relationships where a check-in or a meeting is overdue.</source>
        <translation>Aktive Tandems, bei denen ein Check-in oder ein Treffen überfällig ist.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="75"/>
        <source>On track</source>
        <comment>tile: how many relationships</comment>
        <translation>Im Plan</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="81"/>
        <source>At risk</source>
        <comment>tile: how many relationships</comment>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="82"/>
        <source>Active relationships with low scores, poor attendance or no recent meetings.</source>
        <translation>Aktive Tandems mit niedrigen Werten, schwacher Teilnahme oder ohne aktuelle Treffen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="84"/>
        <source>Mentees waiting</source>
        <translation>Wartende Mentees</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="85"/>
        <source>Mentees on a program&apos;s waiting list for a mentor (snoozed ones not counted).</source>
        <translation>Mentees auf der Warteliste eines Programms (zurückgestellte nicht mitgezählt).</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="91"/>
        <source>What needs you</source>
        <translation>Was ansteht</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="97"/>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="99"/>
        <source>Go to the relationship, person or program this item is about.</source>
        <translation>Zum Tandem, zur Person oder zum Programm dieses Eintrags wechseln.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="100"/>
        <source>Snooze…</source>
        <translation>Zurückstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="102"/>
        <source>Hide this item until a later day, with a note why.</source>
        <translation>Diesen Eintrag bis zu einem späteren Tag ausblenden, mit einer Notiz zum Grund.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="105"/>
        <source>Check-in forms…</source>
        <translation>Check-in-Formulare…</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="107"/>
        <source>Save a fillable PDF form for every check-in due in the next two weeks (or overdue) in a folder, to send by e-mail.</source>
        <translation>Für jeden in den nächsten zwei Wochen fälligen (oder überfälligen) Check-in ein ausfüllbares PDF-Formular in einem Ordner speichern, zum Versand per E-Mail.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="157"/>
        <source>Attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="185"/>
        <source>No file is open.</source>
        <translation>Es ist keine Datei geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="186"/>
        <source>Choose File &gt; Open… or File &gt; New… to start.</source>
        <translation>Wählen Sie Datei &gt; Öffnen… oder Datei &gt; Neu…, um zu beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="188"/>
        <source>Import your people next.</source>
        <translation>Importieren Sie als Nächstes Ihre Mitarbeitenden.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="189"/>
        <source>Choose File &gt; Import People… to load your HR system&apos;s export, then create a program and enrol them. What needs you will show up here.</source>
        <translation>Wählen Sie Datei &gt; Personen importieren…, um den Export Ihres HR-Systems zu laden, legen Sie dann ein Programm an und nehmen Sie die Personen auf. Was Ihre Aufmerksamkeit braucht, erscheint hier.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="192"/>
        <source>Nothing needs you today.</source>
        <translation>Heute gibt es keinen Handlungsbedarf.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="193"/>
        <source>Overdue meetings, check-ins and goals, relationships near their end and mentees waiting for a mentor show up here.</source>
        <translation>Hier erscheinen überfällige Treffen, Check-ins und Ziele, Tandems kurz vor dem Ende und Mentees, die auf einen Mentor warten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/attention.py" line="201"/>
        <source>%Ln item(s): {0} high, {1} medium, {2} low</source>
        <translation>
            <numerusform>%Ln Eintrag: {0} hoch, {1} mittel, {2} niedrig</numerusform>
            <numerusform>%Ln Einträge: {0} hoch, {1} mittel, {2} niedrig</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="281"/>
        <source>That screen is not available in this version.</source>
        <translation>Diese Ansicht ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="321"/>
        <source>Not snoozed</source>
        <translation>Nicht zurückgestellt</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="331"/>
        <source>Snoozed until {0}.</source>
        <translation>Zurückgestellt bis {0}.</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="79"/>
        <source>Archiving people…</source>
        <extracomment>Choosing in combo boxes is not typed work: Escape just closes.</extracomment>
        <translation>Personen werden archiviert…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="79"/>
        <source>Restoring people…</source>
        <translation>Personen werden wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="87"/>
        <location filename="../../ui/views/people/bulk_actions.py" line="89"/>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/bulk_actions.py" line="88"/>
        <source>Give the %n selected people this role:</source>
        <translation>
            <numerusform>%n ausgewählten Person diese Rolle geben:</numerusform>
            <numerusform>Den %n ausgewählten Personen diese Rolle geben:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="90"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="97"/>
        <source>Changing roles…</source>
        <translation>Rollen werden geändert…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="109"/>
        <source>There is no program to enrol people in yet: create one on the Programs screen.</source>
        <translation>Es gibt noch kein Programm, in das Personen aufgenommen werden können: Legen Sie eines auf der Seite Programme an.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="111"/>
        <source>Enrol in a program</source>
        <translation>In ein Programm aufnehmen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/bulk_actions.py" line="112"/>
        <source>Enrol the %n selected people in:</source>
        <translation>
            <numerusform>%n ausgewählte Person aufnehmen in:</numerusform>
            <numerusform>Die %n ausgewählten Personen aufnehmen in:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="113"/>
        <source>Enrol</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="114"/>
        <source>Program:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="115"/>
        <source>Enrol as:</source>
        <translation>Aufnehmen als:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="117"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="152"/>
        <source>Done: {0}. Edit &gt; Undo takes it back.</source>
        <translation>Erledigt: {0}. Bearbeiten &gt; Rückgängig nimmt es zurück.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="154"/>
        <source>Nothing to change: everyone selected was already so.</source>
        <translation>Nichts zu ändern: Alle ausgewählten Personen waren bereits so.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="159"/>
        <source>Cancelled. Nobody was changed.</source>
        <translation>Abgebrochen. Niemand wurde geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="162"/>
        <source>Nobody was changed</source>
        <translation>Niemand wurde geändert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/bulk_actions.py" line="178"/>
        <source>%n relationship(s) still run with someone just archived:</source>
        <translation>
            <numerusform>%n Tandem läuft noch mit jemandem, der gerade archiviert wurde:</numerusform>
            <numerusform>%n Tandems laufen noch mit jemandem, der gerade archiviert wurde:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="179"/>
        <source>Still in a relationship</source>
        <translation>Noch in einem Tandem</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="182"/>
        <source>Close each one with an outcome or replace the mentor on the Relationships screen. Until then they show as at risk and stay on the Attention page.</source>
        <translation>Beenden Sie jedes mit einem Ergebnis oder ersetzen Sie den Mentor auf der Seite Tandems. Bis dahin gelten sie als gefährdet und bleiben auf der Seite Handlungsbedarf.</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="53"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="56"/>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="73"/>
        <source>Answered by</source>
        <translation>Beantwortet von</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="74"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="79"/>
        <source>How is it going?</source>
        <translation>Wie läuft es?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="80"/>
        <source>Prerequisites of a good relationship</source>
        <translation>Voraussetzungen für ein gutes Tandem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="82"/>
        <source>1 = not at all, 5 = fully. Leave a question unanswered to skip it.</source>
        <translation>1 = gar nicht, 5 = voll und ganz. Lassen Sie eine Frage leer, um sie zu überspringen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="119"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="124"/>
        <source>Comment (optional)</source>
        <translation>Kommentar (optional)</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="189"/>
        <source>Close relationship</source>
        <translation>Tandem beenden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="197"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="227"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="202"/>
        <source>What did the pair achieve? What would they do differently?</source>
        <translation>Was hat das Tandem erreicht? Was würde es anders machen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="205"/>
        <source>Closing frees a place in the mentor&apos;s capacity. Only “Completed” counts towards the completion rate.</source>
        <translation>Das Beenden gibt einen Platz in der Kapazität des Mentors frei. Nur „Abgeschlossen“ zählt zur Abschlussquote.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="210"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="212"/>
        <source>Final re&amp;flection</source>
        <translation>Abschließende &amp;Reflexion</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="213"/>
        <source>&amp;Closed on</source>
        <translation>B&amp;eendet am</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="225"/>
        <source>Required: why did it end early?</source>
        <translation>Pflichtfeld: Warum endete es vorzeitig?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="226"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="227"/>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Grund (Pflichtfeld)</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../ui/views/people/columns.py" line="74"/>
        <source>Columns</source>
        <extracomment>column -&gt; the stable name it is remembered by.</extracomment>
        <translation>Spalten</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="36"/>
        <source>Employee ID</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="37"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="38"/>
        <source>First name (part of the name)</source>
        <translation>Vorname (Teil des Namens)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="39"/>
        <source>Last name (part of the name)</source>
        <translation>Nachname (Teil des Namens)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="40"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="41"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="42"/>
        <source>Branch</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="43"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="44"/>
        <source>Manager&apos;s employee ID</source>
        <translation>Personalnummer der Führungskraft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="45"/>
        <source>Hire date</source>
        <translation>Eintrittsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="46"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="47"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="48"/>
        <source>Mentor capacity</source>
        <translation>Mentoring-Kapazität</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="49"/>
        <source>Competencies</source>
        <translation>Kompetenzen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="50"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="51"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="52"/>
        <source>(leave out)</source>
        <translation>(auslassen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="66"/>
        <source>Columns of {0}</source>
        <translation>Spalten von {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="69"/>
        <source>Choose what each column of your HR system&apos;s file holds. MentorDesk remembers your choice for files with the same columns.</source>
        <translation>Wählen Sie, was jede Spalte der Datei aus Ihrem HR-System enthält. MentorDesk merkt sich Ihre Wahl für Dateien mit denselben Spalten.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="74"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="74"/>
        <source>Read as</source>
        <translation>Lesen als</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="74"/>
        <source>First row</source>
        <translation>Erste Zeile</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="113"/>
        <source>Two columns are read as {0}; choose one of them.</source>
        <translation>Zwei Spalten werden als {0} gelesen; wählen Sie eine davon.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="116"/>
        <source>Choose the column that holds {0}.</source>
        <translation>Wählen Sie die Spalte, die {0} enthält.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="118"/>
        <source>Choose the column that holds the name (or the first and last name).</source>
        <translation>Wählen Sie die Spalte mit dem Namen (oder Vor- und Nachname).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/file_actions.py" line="194"/>
        <source>Before merging</source>
        <translation>Vor dem Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="206"/>
        <source>Both files changed these fields differently. Choose which value to keep; the newer change is chosen for you.</source>
        <translation>Beide Dateien haben diese Felder unterschiedlich geändert. Wählen Sie, welcher Wert bleibt; die neuere Änderung ist vorausgewählt.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>In this file</source>
        <translation>In dieser Datei</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="210"/>
        <source>In the other file</source>
        <translation>In der anderen Datei</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="210"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="220"/>
        <source>This file&apos;s value</source>
        <translation>Wert dieser Datei</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="221"/>
        <source>The other file&apos;s value</source>
        <translation>Wert der anderen Datei</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="228"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="88"/>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <extracomment>Qt&apos;s own limits of a date edit, kept so code written for QDateEdit means the same.</extracomment>
        <translation>Datum im Kalender wählen (Alt+Pfeil nach unten)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="179"/>
        <source>{0} is before the first date allowed here, {1}. The field shows {2} again.</source>
        <translation>{0} liegt vor dem ersten hier erlaubten Datum, {1}. Das Feld zeigt wieder {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="182"/>
        <source>{0} is after the last date allowed here, {1}. The field shows {2} again.</source>
        <translation>{0} liegt nach dem letzten hier erlaubten Datum, {1}. Das Feld zeigt wieder {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="184"/>
        <source>“{0}” is not a date: type it like {1}. The field shows {2} again.</source>
        <translation>„{0}“ ist kein Datum: Geben Sie es wie {1} ein. Das Feld zeigt wieder {2}.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="89"/>
        <source>Enrol people</source>
        <translation>Personen aufnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="96"/>
        <source>Search name, department, branch, title, competency…</source>
        <translation>Name, Abteilung, Standort, Position, Kompetenz suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="100"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="101"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="54"/>
        <source>Applied (HR decides later)</source>
        <extracomment>Initial widths of the people table&apos;s columns (HR can drag them); the last one stretches.</extracomment>
        <translation>Beworben (HR entscheidet später)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="65"/>
        <source>Enrolling people…</source>
        <translation>Personen werden aufgenommen…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="114"/>
        <source>Enrol</source>
        <translation>Aufnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="119"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="121"/>
        <source>Enrol as:</source>
        <translation>Aufnehmen als:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="124"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="145"/>
        <source>No one selected; Ctrl- or Shift-click to select several people.</source>
        <translation>Niemand ausgewählt; mit Strg- oder Umschalt-Klick wählen Sie mehrere Personen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/enrol_dialog.py" line="147"/>
        <source>%Ln person(s) selected</source>
        <translation>
            <numerusform>%Ln Person ausgewählt</numerusform>
            <numerusform>%Ln Personen ausgewählt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="71"/>
        <source>Erase person</source>
        <translation>Person löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="79"/>
        <source>Reason, without naming the person (kept in the erasure log)</source>
        <translation>Grund, ohne die Person zu nennen (wird im Löschprotokoll gespeichert)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="81"/>
        <source>Erase permanently</source>
        <translation>Endgültig löschen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="90"/>
        <source>Remove these backups</source>
        <translation>Diese Sicherungen entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="110"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="111"/>
        <source>The person was erased: %Ln record(s) cleared. The erasure is in the erasure log and travels with every merge.</source>
        <translation>
            <numerusform>Die Person wurde gelöscht: %Ln Datensatz bereinigt. Die Löschung steht im Löschprotokoll und wird bei jeder Zusammenführung mitgenommen.</numerusform>
            <numerusform>Die Person wurde gelöscht: %Ln Datensätze bereinigt. Die Löschung steht im Löschprotokoll und wird bei jeder Zusammenführung mitgenommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="122"/>
        <source>%n backup(s) were taken before the erasure and may still hold the person:</source>
        <translation>
            <numerusform>%n Sicherung wurde vor dem Löschen erstellt und kann die Person noch enthalten:</numerusform>
            <numerusform>%n Sicherungen wurden vor dem Löschen erstellt und können die Person noch enthalten:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="123"/>
        <source>No backup taken before the erasure is left.</source>
        <translation>Es ist keine Sicherung von vor dem Löschen mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="132"/>
        <source>The backups could not all be removed ({0}); the rest are still listed.</source>
        <translation>Nicht alle Sicherungen konnten entfernt werden ({0}); die übrigen stehen noch in der Liste.</translation>
    </message>
</context>
<context>
    <name>ErasureLogDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="146"/>
        <source>Erasure log</source>
        <translation>Löschprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="152"/>
        <source>{0} UTC, by {1}: {2}</source>
        <translation>{0} UTC, von {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="155"/>
        <source>Nobody has been erased in this file.</source>
        <translation>In dieser Datei wurde niemand gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="159"/>
        <source>Remove these backups</source>
        <translation>Diese Sicherungen entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="178"/>
        <source>No backup taken before an erasure is left.</source>
        <translation>Es ist keine vor einer Löschung erstellte Sicherung mehr vorhanden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="186"/>
        <source>The backups could not all be removed ({0}); the rest are still listed.</source>
        <translation>Nicht alle Sicherungen konnten entfernt werden ({0}); die übrigen stehen noch in der Liste.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="177"/>
        <source>%n backup(s) were taken before the last erasure and may still hold erased people:</source>
        <translation>
            <numerusform>%n Sicherung wurde vor der letzten Löschung erstellt und kann noch gelöschte Personen enthalten:</numerusform>
            <numerusform>%n Sicherungen wurden vor der letzten Löschung erstellt und können noch gelöschte Personen enthalten:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureQuestion</name>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="169"/>
        <source>{0} carries %n erasure(s) of people not made in this file. Merging it erases them here too, and an erasure cannot be undone. Merge only if you know about these erasures.</source>
        <translation>
            <numerusform>{0} enthält %n Löschung einer Person, die nicht in dieser Datei vorgenommen wurde. Beim Zusammenführen wird sie auch hier gelöscht, und eine Löschung lässt sich nicht rückgängig machen. Führen Sie nur zusammen, wenn Sie von dieser Löschung wissen.</numerusform>
            <numerusform>{0} enthält %n Löschungen von Personen, die nicht in dieser Datei vorgenommen wurden. Beim Zusammenführen werden sie auch hier gelöscht, und eine Löschung lässt sich nicht rückgängig machen. Führen Sie nur zusammen, wenn Sie von diesen Löschungen wissen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="154"/>
        <source>Extend relationship</source>
        <translation>Tandem verlängern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="161"/>
        <source>Why is more time needed?</source>
        <translation>Warum wird mehr Zeit gebraucht?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="162"/>
        <source>A relationship can last at most %Ln month(s) from its start ({0}).</source>
        <translation>
            <numerusform>Ein Tandem kann höchstens %Ln Monat ab Beginn dauern ({0}).</numerusform>
            <numerusform>Ein Tandem kann höchstens %Ln Monate ab Beginn dauern ({0}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="168"/>
        <source>Planned end now</source>
        <translation>Derzeit geplantes Ende</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="169"/>
        <source>&amp;New end</source>
        <translation>&amp;Neues Ende</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="170"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="65"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="70"/>
        <source>Department:</source>
        <translation>Abteilung:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="70"/>
        <source>Branch:</source>
        <translation>Standort:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="71"/>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="71"/>
        <source>Program:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="97"/>
        <source>All departments</source>
        <translation>Alle Abteilungen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="98"/>
        <source>All branches</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="99"/>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="100"/>
        <source>All programs</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="101"/>
        <source>{0} (archived)</source>
        <translation>{0} (archiviert)</translation>
    </message>
</context>
<context>
    <name>FormImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/form_import_dialog.py" line="46"/>
        <source>Returned check-in forms</source>
        <translation>Zurückgesandte Check-in-Formulare</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_import_dialog.py" line="54"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_import_dialog.py" line="54"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_import_dialog.py" line="54"/>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="54"/>
        <source>Edit goal</source>
        <translation>Ziel bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="54"/>
        <source>Add goal</source>
        <translation>Ziel hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="91"/>
        <source>How will you both know it is reached?</source>
        <translation>Woran erkennen Sie beide, dass es erreicht ist?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="102"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="118"/>
        <source>Due by</source>
        <translation>Fällig bis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="132"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="133"/>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="134"/>
        <source>&amp;Success measure</source>
        <translation>&amp;Erfolgskriterium</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="135"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="136"/>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="139"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="140"/>
        <source>&amp;Competency</source>
        <translation>&amp;Kompetenz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="64"/>
        <source>A new goal starts open at 0%; change its status and progress later.</source>
        <translation>Ein neues Ziel beginnt offen bei 0 %; Status und Fortschritt ändern Sie später.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="163"/>
        <source>No linked competency</source>
        <translation>Keine verknüpfte Kompetenz</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../../ui/widgets/guarded_dialog.py" line="80"/>
        <source>Your changes in this window are not saved yet.</source>
        <extracomment>Dialogs whose changes are a choice rather than typed work may turn the question off.</extracomment>
        <translation>Ihre Änderungen in diesem Fenster sind noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>HeaderFields</name>
    <message>
        <location filename="../../ui/report_header.py" line="60"/>
        <source>Shown in the page header of every report</source>
        <extracomment>Where older versions kept the header on the laptop (`mentordesk.services.reports` keys).</extracomment>
        <translation>Erscheint in der Kopfzeile jedes Berichts</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="66"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="70"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="82"/>
        <source>&amp;Company name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="83"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="100"/>
        <source>Open a company file to set its report header.</source>
        <translation>Öffnen Sie eine Firmendatei, um die Kopfzeile ihrer Berichte festzulegen.</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="102"/>
        <source>This file is open read-only, so its report header cannot be changed now.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet, daher kann die Kopfzeile ihrer Berichte jetzt nicht geändert werden.</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="104"/>
        <source>Kept in {0}: every computer that opens it prints the same header.</source>
        <translation>In {0} gespeichert: Jeder Computer, der die Datei öffnet, druckt dieselbe Kopfzeile.</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="109"/>
        <source>The file&apos;s logo</source>
        <translation>Das Logo der Datei</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="109"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="119"/>
        <source>Choose a logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="119"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="53"/>
        <source>Import preview: {0}</source>
        <extracomment>Changes listed one by one (new, then changed people, each up to this many); the rest are counted.</extracomment>
        <translation>Importvorschau: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="65"/>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="67"/>
        <source>Likely duplicates (%n)</source>
        <translation>
            <numerusform>Mögliche Doppelte (%n)</numerusform>
            <numerusform>Mögliche Doppelte (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="69"/>
        <source>Bad lines (%n)</source>
        <translation>
            <numerusform>Fehlerhafte Zeilen (%n)</numerusform>
            <numerusform>Fehlerhafte Zeilen (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="71"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="77"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="80"/>
        <source>Columns…</source>
        <translation>Spalten…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="89"/>
        <source>%n new people</source>
        <translation>
            <numerusform>%n neue Person</numerusform>
            <numerusform>%n neue Personen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="89"/>
        <source>%n people changed</source>
        <translation>
            <numerusform>%n Person geändert</numerusform>
            <numerusform>%n Personen geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="90"/>
        <source>%n people unchanged</source>
        <translation>
            <numerusform>%n Person unverändert</numerusform>
            <numerusform>%n Personen unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="90"/>
        <source>%n people archived</source>
        <translation>
            <numerusform>%n Person archiviert</numerusform>
            <numerusform>%n Personen archiviert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="91"/>
        <source>%n people brought back from the archive</source>
        <translation>
            <numerusform>%n Person aus dem Archiv zurückgeholt</numerusform>
            <numerusform>%n Personen aus dem Archiv zurückgeholt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="95"/>
        <source>This file cannot be imported: %n line has a problem. Fix it in the file and import again; nothing has been changed.</source>
        <translation>
            <numerusform>Diese Datei kann nicht importiert werden: %n Zeile hat ein Problem. Korrigieren Sie sie in der Datei und importieren Sie erneut; es wurde nichts geändert.</numerusform>
            <numerusform>Diese Datei kann nicht importiert werden: %n Zeilen haben Probleme. Korrigieren Sie sie in der Datei und importieren Sie erneut; es wurde nichts geändert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="98"/>
        <source>Some people may already be in MentorDesk under another employee ID. They are listed, not merged: check them, then import or cancel.</source>
        <translation>Einige Personen sind vielleicht schon unter einer anderen Personalnummer in MentorDesk. Sie werden aufgelistet, nicht zusammengeführt: Prüfen Sie sie, dann importieren oder abbrechen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="100"/>
        <source>Nothing has been changed yet. Import to apply these changes, or Cancel.</source>
        <translation>Noch wurde nichts geändert. Importieren Sie, um diese Änderungen zu übernehmen, oder brechen Sie ab.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="104"/>
        <source>New person</source>
        <translation>Neue Person</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="108"/>
        <source>%n more not listed</source>
        <translation>
            <numerusform>%n weitere nicht aufgeführt</numerusform>
            <numerusform>%n weitere nicht aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="111"/>
        <source>Employee ID</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="111"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="111"/>
        <source>What changes</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="126"/>
        <source>already in MentorDesk as {0}</source>
        <translation>schon in MentorDesk als {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="126"/>
        <source>also in this file as {0}</source>
        <translation>auch in dieser Datei als {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="127"/>
        <source>Line {0}: {1} ({2}) may be the same person, {3}</source>
        <translation>Zeile {0}: {1} ({2}) ist vielleicht dieselbe Person, {3}</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="142"/>
        <source>Import finished: {0}</source>
        <translation>Import abgeschlossen: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="143"/>
        <source>%n people added</source>
        <translation>
            <numerusform>%n Person hinzugefügt</numerusform>
            <numerusform>%n Personen hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="143"/>
        <source>%n people updated</source>
        <translation>
            <numerusform>%n Person aktualisiert</numerusform>
            <numerusform>%n Personen aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="144"/>
        <source>%n people unchanged</source>
        <translation>
            <numerusform>%n Person unverändert</numerusform>
            <numerusform>%n Personen unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="145"/>
        <source>%n competency assessments recorded</source>
        <translation>
            <numerusform>%n Kompetenzbewertung erfasst</numerusform>
            <numerusform>%n Kompetenzbewertungen erfasst</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="146"/>
        <source>To take this import back, choose Edit &gt; Undo import of {0}.</source>
        <translation>Um diesen Import zurückzunehmen, wählen Sie Bearbeiten &gt; Import von {0} rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="149"/>
        <source>Nothing was imported: {0}</source>
        <translation>Es wurde nichts importiert: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="150"/>
        <source>Nothing was imported: %n line has a problem. Fix the file and import it again.</source>
        <translation>
            <numerusform>Es wurde nichts importiert: %n Zeile hat ein Problem. Korrigieren Sie die Datei und importieren Sie sie erneut.</numerusform>
            <numerusform>Es wurde nichts importiert: %n Zeilen haben Probleme. Korrigieren Sie die Datei und importieren Sie sie erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindFields</name>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="34"/>
        <source>The competency the junior colleagues teach the senior ones.</source>
        <translation>Die Kompetenz, die die jüngeren Kolleg:innen den erfahrenen vermitteln.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="37"/>
        <source>e.g. the warehouse team, or Finance</source>
        <translation>z. B. das Lagerteam oder die Finanzabteilung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="47"/>
        <source>&amp;Group size:</source>
        <translation>&amp;Gruppengröße:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="47"/>
        <source>Sessio&amp;ns:</source>
        <translation>Sitzu&amp;ngen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="48"/>
        <source>The junior &amp;teaches:</source>
        <translation>Der/die Jüngere &amp;vermittelt:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="48"/>
        <source>&amp;Host:</source>
        <translation>&amp;Gastgeber:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="49"/>
        <source>&amp;Visits:</source>
        <translation>&amp;Besuche:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="49"/>
        <source>Visit &amp;length:</source>
        <translation>Besuchs&amp;dauer:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/program_kind_fields.py" line="64"/>
        <source> mentee(s)</source>
        <translation>
            <numerusform> Mentee</numerusform>
            <numerusform> Mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/program_kind_fields.py" line="65"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> Stunde</numerusform>
            <numerusform> Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="70"/>
        <source>One experienced mentor guides one mentee over several months.</source>
        <translation>Ein erfahrener Mentor begleitet einen Mentee über mehrere Monate.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="71"/>
        <source>One mentor meets a small group of mentees for a fixed number of sessions.</source>
        <translation>Ein Mentor trifft sich mit einer kleinen Gruppe von Mentees für eine feste Zahl von Sitzungen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="72"/>
        <source>A junior colleague teaches a senior one a competency they know better, such as digital tools.</source>
        <translation>Eine jüngere Kollegin oder ein jüngerer Kollege vermittelt einer erfahrenen Person eine Kompetenz, die sie besser beherrscht, etwa digitale Werkzeuge.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="74"/>
        <source>Colleagues at a similar level learn from each other in equal pairs; each person is in one pair.</source>
        <translation>Kolleg:innen auf ähnlicher Ebene lernen in gleichberechtigten Paaren voneinander; jede Person ist in genau einem Paar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="76"/>
        <source>A mentee spends a few short visits with a host to see their work first-hand.</source>
        <translation>Ein Mentee besucht einen Gastgeber einige Male kurz, um dessen Arbeit aus erster Hand zu sehen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/app.py" line="57"/>
        <source>MentorDesk</source>
        <extracomment>Screens in navigation order: (module, class). A module not built yet is skipped.</extracomment>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="124"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="125"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="126"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="129"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="131"/>
        <source>&amp;Import People…</source>
        <translation>Personen &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="132"/>
        <source>&amp;Export People…</source>
        <translation>Personen &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="146"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="150"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="154"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="155"/>
        <source>&amp;About MentorDesk</source>
        <translation>Ü&amp;ber MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="158"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="225"/>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="231"/>
        <source>MentorDesk — {0}</source>
        <translation>MentorDesk — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="296"/>
        <source>Reloaded: someone else changed the file.</source>
        <translation>Neu geladen: Jemand anderes hat die Datei geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="315"/>
        <source>New MentorDesk file</source>
        <translation>Neue MentorDesk-Datei</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="315"/>
        <source>MentorDesk files (*.db)</source>
        <translation>MentorDesk-Dateien (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="321"/>
        <source>A file with that name already exists; choose Open to use it.</source>
        <translation>Eine Datei mit diesem Namen gibt es schon; wählen Sie Öffnen, um sie zu verwenden.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="326"/>
        <source>Open MentorDesk file</source>
        <translation>MentorDesk-Datei öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="326"/>
        <source>MentorDesk files (*.db);;All files (*)</source>
        <translation>MentorDesk-Dateien (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="32"/>
        <source>Import people</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="33"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="61"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="63"/>
        <source>Importing people…</source>
        <translation>Personen werden importiert…</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="72"/>
        <source>Export people</source>
        <translation>Personen exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="73"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app.py" line="347"/>
        <source>Exported %Ln person(s).</source>
        <translation>
            <numerusform>%Ln Person exportiert.</numerusform>
            <numerusform>%Ln Personen exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="266"/>
        <source>This is a demo company. Choose File &gt; New to start your own file, then File &gt; Import People… to load your HR export.</source>
        <translation>Dies ist eine Demo-Firma. Wählen Sie Datei &gt; Neu, um Ihre eigene Datei anzulegen, und dann Datei &gt; Personen importieren…, um Ihren HR-Export zu laden.</translation>
    </message>
</context>
<context>
    <name>MatchWaiting</name>
    <message>
        <location filename="../../ui/views/matching/waiting_pane.py" line="63"/>
        <source>Waiting list before the match ({0})</source>
        <translation>Warteliste vor dem Matching ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/waiting_pane.py" line="67"/>
        <source>Mentees on the waiting list are never matched: accept them in Programs to include them in the next match.</source>
        <translation>Mentees auf der Warteliste werden nie zugeordnet: Nehmen Sie sie unter Programme an, damit sie beim nächsten Matching dabei sind.</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="39"/>
        <source>Prepare introductions</source>
        <translation>Vorstellungen vorbereiten</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="39"/>
        <source>Write the introduction e-mails of the pairs just approved, with why they were paired and their meetings as a calendar file.</source>
        <translation>Die Vorstellungs-E-Mails der eben bestätigten Paare schreiben, mit dem Grund für die Paarung und ihren Treffen als Kalenderdatei.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="177"/>
        <source>Prepare introductions writes their introduction e-mails.</source>
        <translation>„Vorstellungen vorbereiten“ schreibt ihre Vorstellungs-E-Mails.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="35"/>
        <location filename="../../ui/views/matching/view.py" line="111"/>
        <location filename="../../ui/views/matching/view.py" line="160"/>
        <source>Matching</source>
        <extracomment>What the last approval did (created ids, .skipped, .waitlisted); None until one finishes. Program kind the table&apos;s sort was last chosen for (group programs sort by mentor).</extracomment>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="53"/>
        <source>Program:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="58"/>
        <source>Run match</source>
        <translation>Matching starten</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="65"/>
        <location filename="../../ui/views/matching/running.py" line="46"/>
        <location filename="../../ui/views/matching/running.py" line="84"/>
        <source>Matching… %p%</source>
        <translation>Matching läuft… %p%</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="68"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="81"/>
        <source>Edit weights…</source>
        <translation>Gewichtung bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="25"/>
        <location filename="../../ui/views/matching/view.py" line="187"/>
        <source>Lock</source>
        <translation>Festlegen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="26"/>
        <source>Keep this pair in every run until it is approved.</source>
        <translation>Dieses Paar in jedem Durchlauf behalten, bis es bestätigt ist.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="27"/>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="27"/>
        <source>Never propose this pair again, and run the match again.</source>
        <translation>Dieses Paar nie wieder vorschlagen und das Matching neu starten.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="29"/>
        <source>Swap…</source>
        <translation>Tauschen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="30"/>
        <source>Exchange mentors with another proposal.</source>
        <translation>Mentoren mit einem anderen Vorschlag tauschen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="31"/>
        <source>Re-run</source>
        <translation>Neu starten</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="32"/>
        <source>Locks and exclusions…</source>
        <translation>Festlegungen und Ausschlüsse…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="32"/>
        <source>See the pairs HR locked or rejected in this program, and undo a decision.</source>
        <translation>Die von HR in diesem Programm festgelegten oder abgelehnten Paare ansehen und eine Entscheidung zurücknehmen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="37"/>
        <source>Approve selected</source>
        <translation>Auswahl bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="38"/>
        <source>Approve all</source>
        <translation>Alle bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/waiting_pane.py" line="43"/>
        <location filename="../../ui/views/matching/waiting_pane.py" line="73"/>
        <source>Waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="187"/>
        <source>Unlock</source>
        <translation>Festlegung lösen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="197"/>
        <source>Open a file with a program to match its participants.</source>
        <translation>Öffnen Sie eine Datei mit einem Programm, um seine Teilnehmenden zu matchen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="208"/>
        <source>same branch preferred</source>
        <translation>gleicher Standort bevorzugt</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="208"/>
        <source>branch ignored</source>
        <translation>Standort egal</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="209"/>
        <source>other branch preferred</source>
        <translation>anderer Standort bevorzugt</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="210"/>
        <source>other department preferred</source>
        <translation>andere Abteilung bevorzugt</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="211"/>
        <source>same department a small bonus</source>
        <translation>gleiche Abteilung kleiner Bonus</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="212"/>
        <source>Weights: {0} ({1}; {2}).</source>
        <translation>Gewichtung: {0} ({1}; {2}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="47"/>
        <source>Matching…</source>
        <translation>Matching läuft…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="70"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="247"/>
        <source>{0} with {1}, {2}. Total score {3}.</source>
        <translation>{0} mit {1}, {2}. Gesamtpunktzahl {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="248"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln Gruppe</numerusform>
            <numerusform>%Ln Gruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="249"/>
        <location filename="../../ui/views/matching/view.py" line="257"/>
        <source>%Ln mentee(s)</source>
        <translation>
            <numerusform>%Ln Mentee</numerusform>
            <numerusform>%Ln Mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="245"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln wartend</numerusform>
            <numerusform>%Ln wartend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="250"/>
        <source>{0}, {1}. Total score {2}.</source>
        <translation>{0}, {1}. Gesamtpunktzahl {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="251"/>
        <source>%Ln proposed pair(s)</source>
        <translation>
            <numerusform>%Ln vorgeschlagenes Paar</numerusform>
            <numerusform>%Ln vorgeschlagene Paare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="255"/>
        <source>Start %Ln relationship(s) now?</source>
        <translation>
            <numerusform>%Ln Tandem jetzt starten?</numerusform>
            <numerusform>%Ln Tandems jetzt starten?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="256"/>
        <source>Start {0} now and put {1} on the waiting list with the reasons shown?</source>
        <translation>{0} jetzt starten und {1} mit den angezeigten Gründen auf die Warteliste setzen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="257"/>
        <source>%Ln relationship(s)</source>
        <translation>
            <numerusform>%Ln Tandem</numerusform>
            <numerusform>%Ln Tandems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="261"/>
        <source>%Ln relationship(s) started.</source>
        <translation>
            <numerusform>%Ln Tandem gestartet.</numerusform>
            <numerusform>%Ln Tandems gestartet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="262"/>
        <source>%Ln pair(s) were skipped because the file changed since the match was run:</source>
        <translation>
            <numerusform>%Ln Paar wurde übersprungen, weil sich die Datei seit dem Matching geändert hat:</numerusform>
            <numerusform>%Ln Paare wurden übersprungen, weil sich die Datei seit dem Matching geändert hat:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/waiting_pane.py" line="64"/>
        <source>Waiting list ({0})</source>
        <translation>Warteliste ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="126"/>
        <source>The match could not be run</source>
        <translation>Das Matching konnte nicht ausgeführt werden</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="132"/>
        <source>Matching cancelled; the previous proposals are still shown.</source>
        <translation>Matching abgebrochen; die bisherigen Vorschläge werden weiter angezeigt.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="56"/>
        <source>{0} is no longer locked to {1}.</source>
        <translation>{0} ist nicht mehr fest mit {1} verbunden.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="61"/>
        <source>{0} stays with {1} in every run until approved.</source>
        <translation>{0} bleibt in jedem Durchlauf bei {1}, bis das Paar bestätigt ist.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="75"/>
        <source>{0} will not be proposed with {1} again.</source>
        <translation>{0} wird nicht mehr mit {1} vorgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="85"/>
        <source>No swap is possible for {0}: every other proposal has the same mentor or a matching rule forbids the exchange.</source>
        <translation>Für {0} ist kein Tausch möglich: Jeder andere Vorschlag hat denselben Mentor oder eine Matching-Regel verbietet den Tausch.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="88"/>
        <source>{0} (with {1})</source>
        <translation>{0} (mit {1})</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="90"/>
        <source>Swap mentors</source>
        <translation>Mentoren tauschen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="91"/>
        <source>Give {0}&apos;s mentor, {1}, to:</source>
        <translation>Den Mentor von {0}, {1}, übergeben an:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="112"/>
        <source>Mentors swapped and locked.</source>
        <translation>Mentoren getauscht und festgelegt.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="146"/>
        <source>Approve pairs</source>
        <translation>Paare bestätigen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="160"/>
        <source>Starting relationships… %p%</source>
        <translation>Tandems werden gestartet… %p%</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="160"/>
        <source>Stop and start nobody: the approval is undone as a whole.</source>
        <translation>Abbrechen und niemanden starten: Die Bestätigung wird vollständig zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="162"/>
        <source>Approving pairs…</source>
        <translation>Paare werden bestätigt…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="203"/>
        <source>The pairs were not approved</source>
        <translation>Die Paare wurden nicht bestätigt</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="208"/>
        <source>Approval cancelled; no relationship was started.</source>
        <translation>Bestätigung abgebrochen; es wurde kein Tandem gestartet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="132"/>
        <source>Decisions removed; running the match again.</source>
        <translation>Entscheidungen entfernt; das Matching läuft erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="161"/>
        <source>Weights changed: run the match again to see their effect.</source>
        <translation>Gewichtung geändert: Starten Sie das Matching neu, um die Wirkung zu sehen.</translation>
    </message>
</context>
<context>
    <name>MatchingWeights</name>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="74"/>
        <source>Skill gaps covered</source>
        <translation>Kompetenzlücken abgedeckt</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="75"/>
        <source>Stated wishes</source>
        <translation>Geäußerte Wünsche</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="76"/>
        <source>Seniority</source>
        <translation>Betriebszugehörigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="77"/>
        <source>Branch</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="78"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="79"/>
        <source>Shared language</source>
        <translation>Gemeinsame Sprache</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="69"/>
        <source>Edit meeting</source>
        <translation>Treffen bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="69"/>
        <source>Log meeting</source>
        <translation>Treffen erfassen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="93"/>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="95"/>
        <source>Started {0}</source>
        <translation>Begonnen am {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="109"/>
        <source>No time</source>
        <translation>Keine Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="116"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="136"/>
        <source>With notice</source>
        <translation>Rechtzeitig abgesagt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="138"/>
        <source>Was the meeting moved with enough notice? Only asked for a rescheduled meeting.</source>
        <translation>Wurde das Treffen rechtzeitig verschoben? Wird nur bei verschobenen Treffen gefragt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="143"/>
        <source>What was discussed, in a few words</source>
        <translation>Was besprochen wurde, in wenigen Worten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="163"/>
        <source>This relationship has no goals yet.</source>
        <translation>Dieses Tandem hat noch keine Ziele.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="173"/>
        <source>Notes are confidential: they are left out of printed reports unless HR includes them.</source>
        <translation>Notizen sind vertraulich: Sie erscheinen nicht in gedruckten Berichten, außer HR nimmt sie auf.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="185"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="186"/>
        <source>T&amp;ime</source>
        <translation>&amp;Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="187"/>
        <source>D&amp;uration</source>
        <translation>D&amp;auer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="188"/>
        <source>M&amp;ode</source>
        <translation>&amp;Form</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="189"/>
        <source>Out&amp;come</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="191"/>
        <source>&amp;Topics</source>
        <translation>&amp;Themen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="192"/>
        <source>&amp;Goals discussed</source>
        <translation>Besprochene &amp;Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="193"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="203"/>
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation>Speichern (Eingabe oder Strg+Eingabe)</translation>
    </message>
</context>
<context>
    <name>MergeLogDialog</name>
    <message>
        <location filename="../../ui/file_actions.py" line="240"/>
        <source>Merge log</source>
        <translation>Zusammenführungsprotokoll</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="247"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="247"/>
        <source>From file</source>
        <translation>Aus Datei</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="247"/>
        <source>What came in</source>
        <translation>Was übernommen wurde</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="258"/>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="260"/>
        <source>No file has been merged into this one yet.</source>
        <translation>In diese Datei wurde noch keine andere zusammengeführt.</translation>
    </message>
</context>
<context>
    <name>MessageTextDialog</name>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="40"/>
        <source>E-mail texts of {0}</source>
        <translation>E-Mail-Texte von {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="46"/>
        <source>Introduction of a new pair</source>
        <translation>Vorstellung eines neuen Tandems</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="47"/>
        <source>Reminder: no recent meeting</source>
        <translation>Erinnerung: kein aktuelles Treffen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="48"/>
        <source>Reminder: check-in overdue</source>
        <translation>Erinnerung: Check-in überfällig</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="57"/>
        <source>Placeholders (a name after $ is filled in for each e-mail): {0}</source>
        <translation>Platzhalter (ein Name nach $ wird in jeder E-Mail ersetzt): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="65"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="67"/>
        <source>Use MentorDesk&apos;s text</source>
        <translation>Text von MentorDesk verwenden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="79"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="80"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="121"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>NextStageDialog</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="61"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="87"/>
        <source>Next stage</source>
        <extracomment>The former private names, still used by ui/dialogs/replace_mentor_dialog.py.</extracomment>
        <translation>Nächste Phase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="65"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="66"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="78"/>
        <source>{0}. {1}</source>
        <translation>{0}. {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="70"/>
        <source>None: this is the last stage</source>
        <translation>Keine: Dies ist die letzte Phase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="73"/>
        <source>C&amp;orrect to an earlier stage</source>
        <translation>Auf eine frühere Phase &amp;korrigieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="80"/>
        <source>Only to put right a stage recorded by mistake: the dates of the later stages are removed.</source>
        <translation>Nur um eine versehentlich erfasste Phase zu berichtigen: Die Daten der späteren Phasen werden entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="86"/>
        <source>Current stage</source>
        <translation>Aktuelle Phase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="88"/>
        <source>&amp;Began on</source>
        <translation>&amp;Begonnen am</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="90"/>
        <source>Back to &amp;stage</source>
        <translation>Zurück zu &amp;Phase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="113"/>
        <source>Correct…</source>
        <translation>Korrigieren…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="113"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="115"/>
        <source>This relationship is already in its last stage.</source>
        <translation>Dieses Tandem ist bereits in der letzten Phase.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="127"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="135"/>
        <source>Correct the stage</source>
        <translation>Phase korrigieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="128"/>
        <source>Move {0} and {1} back from stage {2} ({3}) to stage {4} ({5})? The dates recorded for the later stages are removed.</source>
        <translation>{0} und {1} von Phase {2} ({3}) auf Phase {4} ({5}) zurücksetzen? Die erfassten Daten der späteren Phasen werden entfernt.</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="77"/>
        <source>Pair two people</source>
        <translation>Zwei Personen zusammenbringen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="91"/>
        <source>No program</source>
        <translation>Kein Programm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="113"/>
        <source>&amp;Mentor</source>
        <translation>&amp;Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="114"/>
        <source>M&amp;entee</source>
        <translation>M&amp;entee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="115"/>
        <source>&amp;Program</source>
        <translation>&amp;Programm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="116"/>
        <source>&amp;Start</source>
        <translation>&amp;Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="117"/>
        <source>Meeting &amp;frequency</source>
        <translation>&amp;Häufigkeit der Treffen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="118"/>
        <source>Meeting m&amp;ode</source>
        <translation>F&amp;orm der Treffen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="145"/>
        <source>Choose a mentor and a mentee.</source>
        <translation>Wählen Sie einen Mentor und einen Mentee.</translation>
    </message>
</context>
<context>
    <name>PairRulesDialog</name>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="61"/>
        <source>Locks and exclusions</source>
        <extracomment>True once a rule was removed, so the caller knows its proposals are stale.</extracomment>
        <translation>Festlegungen und Ausschlüsse</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="64"/>
        <source>Pairs HR decided on in {0}. A locked pair is kept in every run until it is approved; an excluded pair is never proposed. Remove a decision to let the matcher choose freely again.</source>
        <translation>Paare, über die HR in {0} entschieden hat. Ein festgelegtes Paar bleibt in jedem Durchlauf, bis es bestätigt ist; ein ausgeschlossenes Paar wird nie vorgeschlagen. Entfernen Sie eine Entscheidung, damit das Matching wieder frei wählt.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="74"/>
        <source>No locks or exclusions in this program.</source>
        <translation>Keine Festlegungen oder Ausschlüsse in diesem Programm.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="78"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="80"/>
        <source>Forget this decision: the pair may be proposed again.</source>
        <translation>Diese Entscheidung verwerfen: Das Paar kann wieder vorgeschlagen werden.</translation>
    </message>
</context>
<context>
    <name>PairRulesModel</name>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="34"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="35"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="36"/>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="37"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="41"/>
        <source>Locked</source>
        <translation>Festgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="41"/>
        <source>Excluded</source>
        <translation>Ausgeschlossen</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="43"/>
        <source>Enrol people…</source>
        <translation>Personen aufnehmen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="45"/>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="47"/>
        <source>Decline…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="49"/>
        <source>Waitlist…</source>
        <translation>Auf Warteliste…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/participants_tab.py" line="128"/>
        <source>{0}: held {1} of %Ln meeting(s)</source>
        <translation>
            <numerusform>{0}: {1} von %Ln Treffen abgehalten</numerusform>
            <numerusform>{0}: {1} von %Ln Treffen abgehalten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../ui/models/people_model.py" line="47"/>
        <source>—</source>
        <extracomment>Roles as plain ints, compared once per call: a paint asks for ~2,000 (cell, role) pairs. Between the texts `_fold_new` folds in one piece (see `search_fold.fold_many`).</extracomment>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="52"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="52"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="64"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="65"/>
        <source>Employee ID</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="66"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="67"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="68"/>
        <source>Branch</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="69"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="70"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="72"/>
        <source>Hire date</source>
        <translation>Eintrittsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="74"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="75"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>PeoplePickModel</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="76"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="77"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="78"/>
        <source>Branch</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="79"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="80"/>
        <source>In this program</source>
        <translation>In diesem Programm</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/views/people/view.py" line="96"/>
        <source>Search name, email, department, branch, competency…</source>
        <extracomment>The search keys are made this long after a reload, once the list is painted (see search_keys.py).</extracomment>
        <translation>Name, E-Mail, Abteilung, Standort, Kompetenz suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="99"/>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="103"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="94"/>
        <location filename="../../ui/views/people/view.py" line="104"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="105"/>
        <location filename="../../ui/views/people/view.py" line="361"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="154"/>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="155"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="167"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/view.py" line="269"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln Person</numerusform>
            <numerusform>%Ln Personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="271"/>
        <source>{0} of {1} shown</source>
        <translation>{0} von {1} angezeigt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/view.py" line="299"/>
        <source>%n people selected: archive them, change their role or enrol them in a program together.</source>
        <translation>
            <numerusform>%n Person ausgewählt.</numerusform>
            <numerusform>%n Personen ausgewählt: Archivieren Sie sie, ändern Sie ihre Rolle oder nehmen Sie sie gemeinsam in ein Programm auf.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="301"/>
        <source>Select one person to see their history.</source>
        <translation>Wählen Sie eine einzelne Person, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="306"/>
        <source>Select a person to see their history.</source>
        <translation>Wählen Sie eine Person, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="325"/>
        <source>No file is open.</source>
        <translation>Es ist keine Datei geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="326"/>
        <source>No people yet. Click Add… or use File &gt; Import People… to load your HR export.</source>
        <translation>Noch keine Personen. Klicken Sie auf Hinzufügen… oder laden Sie Ihren HR-Export mit Datei &gt; Personen importieren….</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="329"/>
        <source>No one matches your search and filters. Clear filters shows everyone.</source>
        <translation>Niemand passt zu Suche und Filtern. Filter zurücksetzen zeigt alle.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="330"/>
        <source>No one matches your search.</source>
        <translation>Niemand passt zu Ihrer Suche.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="331"/>
        <source>Select a person to see their details.</source>
        <translation>Wählen Sie eine Person, um ihre Angaben zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="361"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/view.py" line="366"/>
        <source>%n people selected</source>
        <translation>
            <numerusform>%n Person ausgewählt</numerusform>
            <numerusform>%n Personen ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="98"/>
        <source>Export personal data…</source>
        <translation>Personenbezogene Daten exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="99"/>
        <source>Erase person…</source>
        <translation>Person löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="102"/>
        <source>Erasure log and old backups…</source>
        <translation>Löschprotokoll und alte Sicherungen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="95"/>
        <location filename="../../ui/views/people/view.py" line="124"/>
        <source>Change role…</source>
        <translation>Rolle ändern…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="96"/>
        <location filename="../../ui/views/people/view.py" line="126"/>
        <source>Enrol in program…</source>
        <translation>In Programm aufnehmen…</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="59"/>
        <source>Type to search…</source>
        <translation>Zum Suchen tippen…</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <location filename="../../ui/views/people/detail.py" line="60"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="60"/>
        <source>Employee ID</source>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="60"/>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="61"/>
        <source>Hire date</source>
        <translation>Eintrittsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="61"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="61"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="62"/>
        <source>Mentor capacity</source>
        <translation>Mentoring-Kapazität</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="62"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="48"/>
        <source>&lt;b&gt;Competency portrait&lt;/b&gt;</source>
        <extracomment>The rows of the form, in order: (key, label); labels are translated in `PersonDetail._labels`.</extracomment>
        <translation>&lt;b&gt;Kompetenzprofil&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="57"/>
        <source>Select a person to see their details.</source>
        <translation>Wählen Sie eine Person, um ihre Angaben zu sehen.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="75"/>
        <source>Edit {0}</source>
        <translation>{0} bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="75"/>
        <source>Add person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="105"/>
        <source>e.g. E0123</source>
        <translation>z. B. E0123</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="108"/>
        <source>name@company.com</source>
        <translation>name@firma.de</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_manager.py" line="28"/>
        <source>(no manager)</source>
        <translation>(keine Führungskraft)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="125"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="127"/>
        <source>No date</source>
        <translation>Kein Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="128"/>
        <source>The hire date is not known</source>
        <translation>Das Eintrittsdatum ist nicht bekannt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="138"/>
        <source>two-letter codes, e.g. en, nl, es</source>
        <translation>Zwei-Buchstaben-Codes, z. B. en, nl, es</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="141"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="146"/>
        <source>How many mentees this person can take at a time</source>
        <translation>Wie viele Mentees diese Person gleichzeitig betreuen kann</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="33"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="152"/>
        <source>Employee ID</source>
        <extracomment>(field, theirs, yours, differs) -- one row of the comparison.</extracomment>
        <translation>Personalnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="33"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="153"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="34"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="154"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="34"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="155"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="35"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="156"/>
        <source>Branch</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="35"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="157"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="36"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="158"/>
        <source>Manager</source>
        <translation>Führungskraft</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="37"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="159"/>
        <source>Hire date</source>
        <translation>Eintrittsdatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="37"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="160"/>
        <source>Languages</source>
        <translation>Sprachen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="38"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="161"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="162"/>
        <source>Mentor capacity</source>
        <translation>Mentoring-Kapazität</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="38"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="163"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_portrait.py" line="33"/>
        <location filename="../../ui/dialogs/person_portrait.py" line="50"/>
        <source>Competency</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_portrait.py" line="34"/>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_portrait.py" line="34"/>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="170"/>
        <source>Add competency</source>
        <translation>Kompetenz hinzufügen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="171"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="178"/>
        <source>&lt;b&gt;Competency portrait&lt;/b&gt;</source>
        <translation>&lt;b&gt;Kompetenzprofil&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="95"/>
        <source>Details</source>
        <translation>Angaben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="187"/>
        <source>Willing to mentor now</source>
        <translation>Jetzt bereit, Mentor zu sein</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="189"/>
        <source>Why do they want to mentor?</source>
        <translation>Warum möchte die Person Mentor sein?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="191"/>
        <source>e.g. Tuesday mornings, flexible</source>
        <translation>z. B. dienstagvormittags, flexibel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="193"/>
        <source>How their mentoring is recognised</source>
        <translation>Wie die Mentoring-Tätigkeit anerkannt wird</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="195"/>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="196"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="197"/>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="97"/>
        <source>Mentor profile</source>
        <translation>Mentorprofil</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/person_dialog.py" line="218"/>
        <source> mentee(s)</source>
        <translation>
            <numerusform> Mentee</numerusform>
            <numerusform> Mentees</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_portrait.py" line="64"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_portrait.py" line="65"/>
        <source>The level to reach; — for no target</source>
        <translation>Das angestrebte Niveau; — für kein Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="282"/>
        <source>Recorded assessments stay in the person&apos;s history; set the level instead.</source>
        <translation>Erfasste Einschätzungen bleiben im Verlauf der Person; ändern Sie stattdessen das Niveau.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_manager.py" line="57"/>
        <source>Choose the manager from the list (“{0}” is not a person here).</source>
        <translation>Wählen Sie die Führungskraft aus der Liste („{0}“ ist hier keine Person).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="39"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="55"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="56"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="80"/>
        <source>Theirs (saved)</source>
        <translation>Deren Fassung (gespeichert)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="81"/>
        <source>Yours</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="92"/>
        <source>Someone else changed this person</source>
        <translation>Jemand anderes hat diese Person geändert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="93"/>
        <source>Someone else saved this person after you opened it. Nothing was saved. Compare both versions and choose.</source>
        <translation>Jemand anderes hat diese Person gespeichert, nachdem Sie sie geöffnet haben. Es wurde nichts gespeichert. Vergleichen Sie beide Fassungen und wählen Sie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="99"/>
        <source>Keep theirs</source>
        <translation>Deren Fassung behalten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="100"/>
        <source>Overwrite with mine</source>
        <translation>Mit meiner überschreiben</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="398"/>
        <source>Their version is shown; your changes were not saved.</source>
        <translation>Deren Fassung wird angezeigt; Ihre Änderungen wurden nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>PersonHistoryPane</name>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="56"/>
        <source>Select a person to see their history.</source>
        <extracomment>relationship id -&gt; its clickable line in the Relationships section.</extracomment>
        <translation>Wählen Sie eine Person, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="82"/>
        <source>Open this relationship on the Relationships screen</source>
        <translation>Dieses Tandem auf der Seite Tandems öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="115"/>
        <source>{0} has not taken part in a program or a relationship yet.</source>
        <translation>{0} hat noch an keinem Programm und keinem Tandem teilgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="119"/>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="120"/>
        <source>Not enrolled in any program.</source>
        <translation>In kein Programm aufgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="122"/>
        <source>Relationships</source>
        <translation>Tandems</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="123"/>
        <source>No relationships.</source>
        <translation>Keine Tandems.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="124"/>
        <source>Mentors</source>
        <translation>Mentoren</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="125"/>
        <source>No mentor so far.</source>
        <translation>Bisher kein Mentor.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="126"/>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="127"/>
        <source>No mentees so far.</source>
        <translation>Bisher keine Mentees.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="133"/>
        <source>{0}: {1}, {2} (applied {3})</source>
        <translation>{0}: {1}, {2} (beworben am {3})</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="137"/>
        <source>Mentor of {0}</source>
        <translation>Mentor von {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="137"/>
        <source>Mentee of {0}</source>
        <translation>Mentee von {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="140"/>
        <source>running, stage {0}: {1}</source>
        <translation>läuft, Phase {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="142"/>
        <source>ended: {0}</source>
        <translation>beendet: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="148"/>
        <source>{0} (now, since {1})</source>
        <translation>{0} (jetzt, seit {1})</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="149"/>
        <source>{0} ({1} – {2})</source>
        <translation>{0} ({1} – {2})</translation>
    </message>
</context>
<context>
    <name>PortraitChart</name>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="39"/>
        <source>Competency portrait</source>
        <translation>Kompetenzprofil</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="71"/>
        <source>{0}: level {1}</source>
        <translation>{0}: Niveau {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="72"/>
        <source>{0}: level {1}, target {2}</source>
        <translation>{0}: Niveau {1}, Ziel {2}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="94"/>
        <source>No competencies yet</source>
        <translation>Noch keine Kompetenzen</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="215"/>
        <source>Preferred mentors</source>
        <translation>Wunschmentoren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="215"/>
        <source>Mentees they would like</source>
        <translation>Wunsch-Mentees</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="218"/>
        <source>Mentors {0} would like to work with (at most {1}):</source>
        <translation>Mentoren, mit denen {0} gern arbeiten würde (höchstens {1}):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="220"/>
        <source>Mentees {0} would like to take:</source>
        <translation>Mentees, die {0} gern betreuen würde:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="251"/>
        <source>At most {0} preferred mentors: untick one first.</source>
        <translation>Höchstens {0} Wunschmentoren: Entfernen Sie zuerst ein Häkchen.</translation>
    </message>
</context>
<context>
    <name>PrivacyTexts</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="41"/>
        <source>Export personal data</source>
        <translation>Personenbezogene Daten exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="41"/>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="54"/>
        <source>Personal data exported</source>
        <translation>Personenbezogene Daten exportiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="55"/>
        <source>Wrote {0}: %Ln record(s) naming the person, as a JSON file for other systems and a PDF to read.</source>
        <translation>
            <numerusform>{0} geschrieben: %Ln Datensatz, der die Person nennt, als JSON-Datei für andere Systeme und als PDF zum Lesen.</numerusform>
            <numerusform>{0} geschrieben: %Ln Datensätze, die die Person nennen, als JSON-Datei für andere Systeme und als PDF zum Lesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="66"/>
        <source>Edit program</source>
        <extracomment>Weights shown for a program that has none saved yet: the matcher&apos;s own defaults, so what HR sees is what the matcher uses.</extracomment>
        <translation>Programm bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="66"/>
        <source>New program</source>
        <translation>Neues Programm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="91"/>
        <source>Why the program exists, e.g. help new team leads grow.</source>
        <translation>Wozu das Programm da ist, z. B. neue Teamleitungen beim Wachsen unterstützen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="95"/>
        <source>What the company wants to see, e.g. fill 60 % of team-lead vacancies from within.</source>
        <translation>Was das Unternehmen erreichen will, z. B. 60 % der Teamleitungsstellen intern besetzen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="104"/>
        <source>Starts on:</source>
        <translation>Beginnt am:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="108"/>
        <source>Ends on:</source>
        <translation>Endet am:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="115"/>
        <source>Untick while the date is not fixed yet.</source>
        <translation>Häkchen entfernen, solange das Datum noch nicht feststeht.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="126"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="127"/>
        <source>How long each mentoring relationship is planned to last; 6 to 12 months is usual.</source>
        <translation>Wie lange jedes Tandem geplant ist; üblich sind 6 bis 12 Monate.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="132"/>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="134"/>
        <source>Mentees accepted beyond this number go on a waiting list.</source>
        <translation>Mentees über dieser Zahl kommen auf eine Warteliste.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="146"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="147"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="148"/>
        <source>&amp;Business goal:</source>
        <translation>&amp;Geschäftsziel:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="149"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="151"/>
        <source>&amp;Delivery:</source>
        <translation>&amp;Durchführung:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="154"/>
        <source>(6–12 is usual)</source>
        <translation>(üblich: 6–12)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="156"/>
        <source>&amp;Relationship length:</source>
        <translation>&amp;Dauer des Tandems:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="221"/>
        <source>&amp;Maximum participants:</source>
        <translation>&amp;Höchstzahl Teilnehmende:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="222"/>
        <source>&amp;Maximum mentees:</source>
        <translation>&amp;Höchstzahl Mentees:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="167"/>
        <source>Prefer the same branch</source>
        <translation>Gleichen Standort bevorzugen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="167"/>
        <source>Branch does not matter</source>
        <translation>Standort egal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="168"/>
        <source>Prefer a different branch</source>
        <translation>Anderen Standort bevorzugen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="172"/>
        <source>Prefer mentors from another department</source>
        <translation>Mentoren aus einer anderen Abteilung bevorzugen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="191"/>
        <source>Mentor covers the mentee&apos;s gaps</source>
        <translation>Mentor deckt die Lücken des Mentees ab</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="191"/>
        <source>Branch</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="192"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="192"/>
        <source>Shared language</source>
        <translation>Gemeinsame Sprache</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="193"/>
        <source>Asked for each other</source>
        <translation>Haben sich gegenseitig gewünscht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="193"/>
        <source>Seniority difference</source>
        <translation>Unterschied in der Betriebszugehörigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="178"/>
        <source>Matching</source>
        <translation>Matching</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="180"/>
        <source>Branches:</source>
        <translation>Standorte:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="182"/>
        <source>Weights (points; only their proportions matter):</source>
        <translation>Gewichtung (Punkte; nur das Verhältnis zählt):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="272"/>
        <source>At least one matching weight must be above zero.</source>
        <translation>Mindestens eine Gewichtung muss größer als null sein.</translation>
    </message>
</context>
<context>
    <name>ProgramPane</name>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="101"/>
        <source>up to %Ln mentee(s)</source>
        <translation>
            <numerusform>bis zu %Ln Mentee</numerusform>
            <numerusform>bis zu %Ln Mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="102"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="109"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln Besuch</numerusform>
            <numerusform>%Ln Besuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="110"/>
        <source>%Ln hour(s) each</source>
        <translation>
            <numerusform>je %Ln Stunde</numerusform>
            <numerusform>je %Ln Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="30"/>
        <source>New…</source>
        <translation>Neu…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="32"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="34"/>
        <source>E-mail texts…</source>
        <translation>E-Mail-Texte…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="36"/>
        <source>Edit the introduction and reminder e-mails of this program.</source>
        <translation>Die Vorstellungs- und Erinnerungs-E-Mails dieses Programms bearbeiten.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="38"/>
        <source>Run again…</source>
        <translation>Erneut durchführen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="40"/>
        <source>A new program with this one&apos;s settings, texts and weights, without its people.</source>
        <translation>Ein neues Programm mit den Einstellungen, Texten und der Gewichtung dieses Programms, ohne seine Personen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="42"/>
        <location filename="../../ui/views/programs/program_list.py" line="66"/>
        <source>Archive…</source>
        <translation>Archivieren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="44"/>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="56"/>
        <location filename="../../ui/views/programs/view.py" line="80"/>
        <source>Programs</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="65"/>
        <source>Unarchive</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="47"/>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="48"/>
        <source>Business goal:</source>
        <translation>Geschäftsziel:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="49"/>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="51"/>
        <source>Delivery:</source>
        <translation>Durchführung:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="52"/>
        <source>Dates:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="53"/>
        <source>Relationships last:</source>
        <translation>Tandems dauern:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="55"/>
        <location filename="../../ui/views/programs/program_pane.py" line="115"/>
        <source>Maximum mentees:</source>
        <translation>Höchstzahl Mentees:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="68"/>
        <source>Choose a program on the left, or create one with New…</source>
        <translation>Wählen Sie links ein Programm oder legen Sie mit Neu… eines an</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="70"/>
        <source>Mentees they&apos;d like…</source>
        <translation>Wunsch-Mentees…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="72"/>
        <location filename="../../ui/views/programs/participants_tab.py" line="96"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="94"/>
        <source>Preferences…</source>
        <translation>Wünsche…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="76"/>
        <source>Mentor pool</source>
        <translation>Mentorenpool</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="77"/>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="99"/>
        <source>Groups:</source>
        <translation>Gruppen:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="104"/>
        <source>Juniors teach:</source>
        <translation>Jüngere vermitteln:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="106"/>
        <source>Visits:</source>
        <translation>Besuche:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="108"/>
        <source>hosted by {0}</source>
        <translation>Gastgeber: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="114"/>
        <source>Maximum participants:</source>
        <translation>Höchstzahl Teilnehmende:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="122"/>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="128"/>
        <source>Not fixed yet</source>
        <translation>Noch nicht festgelegt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/view.py" line="142"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln Monat</numerusform>
            <numerusform>%Ln Monate</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="134"/>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="135"/>
        <source>{0} — {1} accepted, {2} waiting</source>
        <translation>{0} — {1} angenommen, {2} wartend</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="140"/>
        <source>Mentor pool ({0})</source>
        <translation>Mentorenpool ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="141"/>
        <source>Mentees ({0})</source>
        <translation>Mentees ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="74"/>
        <source>The program was not saved</source>
        <translation>Das Programm wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="78"/>
        <source>Saved {0}.</source>
        <translation>{0} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="90"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="91"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="117"/>
        <source>Enrolled {0} as {1}.</source>
        <translation>{0} als {1} aufgenommen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="115"/>
        <source>mentors</source>
        <translation>Mentoren</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="116"/>
        <source>mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="134"/>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="135"/>
        <source>Why is {0} declined? The reason is kept with the application.</source>
        <translation>Warum wird {0} abgelehnt? Der Grund wird bei der Bewerbung gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="138"/>
        <source>Waiting list</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="139"/>
        <source>Why does {0} go on the waiting list?</source>
        <translation>Warum kommt {0} auf die Warteliste?</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="155"/>
        <source>Not every decision was saved</source>
        <translation>Nicht jede Entscheidung wurde gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="120"/>
        <location filename="../../ui/views/programs/actions.py" line="158"/>
        <source>The program is full: {0} went on the waiting list.</source>
        <translation>Das Programm ist voll: {0} steht jetzt auf der Warteliste.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="200"/>
        <source>The preferences were not saved</source>
        <translation>Die Wünsche wurden nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="210"/>
        <source>Remove from program</source>
        <translation>Aus dem Programm entfernen</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="207"/>
        <source>Remove {0} from this program? Their application and status are removed; the people themselves stay.</source>
        <translation>{0} aus diesem Programm entfernen? Bewerbung und Status werden entfernt; die Personen selbst bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="109"/>
        <source>Select a mentor to read their motivation and evidence.</source>
        <translation>Wählen Sie einen Mentor, um Motivation und Nachweise zu lesen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="123"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="124"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="125"/>
        <source>{0} years</source>
        <translation>{0} Jahre</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="132"/>
        <source>{0} since {1}</source>
        <translation>{0} seit {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="135"/>
        <source>Willing to mentor</source>
        <translation>Bereit, Mentor zu sein</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="136"/>
        <source>Motivation</source>
        <translation>Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="137"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="138"/>
        <source>Seniority</source>
        <translation>Betriebszugehörigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="139"/>
        <source>Expertise (level 4–5)</source>
        <translation>Expertise (Niveau 4–5)</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="140"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="140"/>
        <source>{0} at a time: {1} active now, {2} free</source>
        <translation>{0} gleichzeitig: {1} jetzt aktiv, {2} frei</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="142"/>
        <source>Attendance in past relationships</source>
        <translation>Teilnahme in früheren Tandems</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="143"/>
        <source>Recognition agreed</source>
        <translation>Vereinbarte Anerkennung</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="42"/>
        <source>The program was not created</source>
        <translation>Das Programm wurde nicht angelegt</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="46"/>
        <source>Created {0} from {1}: enrol its people next.</source>
        <translation>{0} wurde aus {1} angelegt: nehmen Sie jetzt die Personen auf.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="57"/>
        <source>Archive {0}? It is hidden from the lists and read-only; its relationships and reports stay. Unarchive brings it back (tick Show archived to see it).</source>
        <translation>{0} archivieren? Es wird in den Listen ausgeblendet und ist schreibgeschützt; seine Tandems und Berichte bleiben erhalten. Wiederherstellen holt es zurück (zum Anzeigen Archivierte anzeigen ankreuzen).</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="60"/>
        <source>Archive program</source>
        <translation>Programm archivieren</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="78"/>
        <source>Archived {0}.</source>
        <translation>{0} archiviert.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="79"/>
        <source>{0} is no longer archived.</source>
        <translation>{0} ist nicht mehr archiviert.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="82"/>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
</context>
<context>
    <name>ProposalExplanation</name>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="38"/>
        <source>Select a proposal to see why it was made.</source>
        <translation>Wählen Sie einen Vorschlag, um zu sehen, warum er gemacht wurde.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="43"/>
        <source>Score {0} of 100</source>
        <translation>{0} von 100 Punkten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="44"/>
        <source>Locked by HR</source>
        <translation>Von HR festgelegt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/proposal_dialog.py" line="47"/>
        <source>Group led by {0} (%Ln mentee(s)):</source>
        <translation>
            <numerusform>Gruppe unter Leitung von {0} (%Ln Mentee):</numerusform>
            <numerusform>Gruppe unter Leitung von {0} (%Ln Mentees):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="50"/>
        <source>Not allowed:</source>
        <translation>Nicht zulässig:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="52"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="62"/>
        <source>Alternatives</source>
        <translation>Alternativen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="71"/>
        <source>No other mentor is allowed for this mentee.</source>
        <translation>Für diesen Mentee ist kein anderer Mentor zulässig.</translation>
    </message>
</context>
<context>
    <name>ProposalsModel</name>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="43"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="44"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="45"/>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="47"/>
        <source>Top reasons</source>
        <translation>Wichtigste Gründe</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="48"/>
        <location filename="../../ui/models/proposals_model.py" line="62"/>
        <source>Locked</source>
        <translation>Festgelegt</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="61"/>
        <source>Locked (not allowed)</source>
        <translation>Festgelegt (nicht zulässig)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="198"/>
        <source>Give a reason, so the person can be told why.</source>
        <translation>Geben Sie einen Grund an, damit die Person ihn erfährt.</translation>
    </message>
</context>
<context>
    <name>RecordDeletions</name>
    <message>
        <location filename="../../ui/views/relationships/goals_tab.py" line="71"/>
        <source>Delete goal…</source>
        <translation>Ziel löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/checkins_tab.py" line="33"/>
        <source>Delete check-in…</source>
        <translation>Check-in löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/checkins_tab.py" line="35"/>
        <source>Hover over a score to read the question and any comment.</source>
        <translation>Zeigen Sie auf einen Wert, um Frage und Kommentar zu lesen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="39"/>
        <source>This relationship is closed: nothing can be added to it, only mistakes deleted.</source>
        <translation>Dieses Tandem ist beendet: Es kann nichts mehr hinzugefügt, nur Fehler gelöscht werden.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="52"/>
        <source>Delete the goal “{0}”? Its progress history goes with it, and it no longer shows in the attention list or reports.</source>
        <translation>Das Ziel „{0}“ löschen? Sein Fortschrittsverlauf wird mitgelöscht, und es erscheint nicht mehr im Handlungsbedarf oder in Berichten.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="54"/>
        <source>Delete goal</source>
        <translation>Ziel löschen</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="55"/>
        <source>Goal deleted.</source>
        <translation>Ziel gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="61"/>
        <source>mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="61"/>
        <source>mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="62"/>
        <source>Delete the {0}&apos;s check-in of {1}? It no longer counts towards health or reports, and its comments are removed.</source>
        <translation>Check-in ({0}) vom {1} löschen? Er zählt nicht mehr für Zustand und Berichte, und seine Kommentare werden entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="64"/>
        <source>Delete check-in</source>
        <translation>Check-in löschen</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="66"/>
        <source>Check-in deleted.</source>
        <translation>Check-in gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="74"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>RelationshipsModel</name>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="186"/>
        <source>Held</source>
        <translation>Stattgefunden</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="171"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="172"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="99"/>
        <source>Value received</source>
        <extracomment>Health comes right after the names: it is what HR scans the list for, and it must stay visible when the detail pane takes half the window.</extracomment>
        <translation>Erhaltener Nutzen</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="100"/>
        <source>Value given</source>
        <translation>Gebotener Nutzen</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="101"/>
        <source>Meeting as planned</source>
        <translation>Treffen wie geplant</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="102"/>
        <source>Goals on track</source>
        <translation>Ziele im Plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="103"/>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="104"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="105"/>
        <source>Regular &amp; clear</source>
        <translation>Regelmäßig und klar</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="106"/>
        <source>Responsibilities</source>
        <translation>Verantwortlichkeiten</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="148"/>
        <source>{0}%</source>
        <extracomment>Healths with a background colour; the text label is always shown too, so colour is never the only cue.</extracomment>
        <translation>{0} %</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="156"/>
        <source>{0} min</source>
        <translation>{0} Min.</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="173"/>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="176"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="178"/>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="181"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="183"/>
        <source>Planned end</source>
        <translation>Geplantes Ende</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="189"/>
        <source>Missed</source>
        <translation>Versäumt</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="191"/>
        <source>Attendance</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="193"/>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="231"/>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="233"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="236"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="237"/>
        <source>{0}% done</source>
        <translation>{0} % erledigt</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="239"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="241"/>
        <source>Competency</source>
        <translation>Kompetenz</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="280"/>
        <location filename="../../ui/models/relationships_model.py" line="339"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="282"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="284"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="287"/>
        <source>Mode</source>
        <translation>Form</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="289"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="291"/>
        <source>Topics</source>
        <translation>Themen</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="293"/>
        <source>Notes (confidential)</source>
        <translation>Notizen (vertraulich)</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="294"/>
        <source>Confidential: left out of printed reports unless HR includes them.</source>
        <translation>Vertraulich: erscheint nicht in gedruckten Berichten, außer HR nimmt es auf.</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="303"/>
        <source>Planned, not logged (overdue)</source>
        <translation>Geplant, nicht erfasst (überfällig)</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="306"/>
        <source>(with notice)</source>
        <translation>(rechtzeitig)</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="307"/>
        <source>(no notice)</source>
        <translation>(kurzfristig)</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="341"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="342"/>
        <source>Average</source>
        <translation>Durchschnitt</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="354"/>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
</context>
<context>
    <name>RelationshipsView</name>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="43"/>
        <source>Prepare introduction…</source>
        <translation>Vorstellung vorbereiten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="45"/>
        <source>Write the introduction e-mail to both, with their meetings as a calendar file, and open it in your mail program.</source>
        <translation>Die Vorstellungs-E-Mail an beide schreiben, mit ihren Treffen als Kalenderdatei, und in Ihrem E-Mail-Programm öffnen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="37"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="39"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="43"/>
        <source>Search mentor or mentee…</source>
        <translation>Mentor oder Mentee suchen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="26"/>
        <source>Pair two people…</source>
        <translation>Zwei Personen zusammenbringen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="27"/>
        <source>Log meeting…</source>
        <translation>Treffen erfassen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="28"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="29"/>
        <source>Log a meeting of the selected pair (Ctrl+M)</source>
        <translation>Ein Treffen des ausgewählten Tandems erfassen (Strg+M)</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="30"/>
        <source>Check-in…</source>
        <translation>Check-in…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="31"/>
        <source>Next stage…</source>
        <translation>Nächste Phase…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="32"/>
        <source>Extend…</source>
        <translation>Verlängern…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="33"/>
        <source>Close…</source>
        <translation>Beenden…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="34"/>
        <source>Replace mentor…</source>
        <translation>Mentor ersetzen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="36"/>
        <source>Give the mentee a new mentor; their goals and history go with them.</source>
        <translation>Dem Mentee einen neuen Mentor geben; Ziele und Verlauf gehen mit.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="38"/>
        <source>Check-in forms…</source>
        <translation>Check-in-Formulare…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="40"/>
        <source>Save fillable PDF check-in forms for the selected pair (or, with none selected, every due check-in of the program shown) in a folder.</source>
        <translation>Ausfüllbare PDF-Check-in-Formulare für das ausgewählte Tandem (oder, ohne Auswahl, für jeden fälligen Check-in des angezeigten Programms) in einem Ordner speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/goals_tab.py" line="69"/>
        <source>Add goal…</source>
        <translation>Ziel hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/goals_tab.py" line="70"/>
        <source>Edit goal…</source>
        <translation>Ziel bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/meetings_tab.py" line="38"/>
        <source>Delete meeting…</source>
        <translation>Treffen löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/meetings_tab.py" line="40"/>
        <source>Newest first. Planned meetings that passed with nothing logged are shown in italics as “Planned, not logged (overdue)”. Notes are confidential. Double-click a meeting to correct it.</source>
        <translation>Neueste zuerst. Geplante Treffen, die ohne Eintrag vergangen sind, erscheinen kursiv als „Geplant, nicht erfasst (überfällig)“. Notizen sind vertraulich. Doppelklicken Sie auf ein Treffen, um es zu korrigieren.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="54"/>
        <source>HR&apos;s summary of this relationship and the next steps…</source>
        <extracomment>The relationship the editor holds text for, and the stored summary that text started from.</extracomment>
        <translation>Zusammenfassung von HR zu diesem Tandem und die nächsten Schritte…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="56"/>
        <source>Save summary</source>
        <translation>Zusammenfassung speichern</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="57"/>
        <source>Changed elsewhere meanwhile — saving will overwrite their summary</source>
        <translation>Inzwischen anderswo geändert – Speichern überschreibt deren Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="71"/>
        <source>&lt;b&gt;Summary and next steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zusammenfassung und nächste Schritte&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="67"/>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="68"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="69"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="70"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="50"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="52"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="128"/>
        <source>Relationships</source>
        <extracomment>Why the last reload read nothing (a damaged file): the empty pane says it instead of &quot;No relationships yet&quot;, which would read as if they were lost.</extracomment>
        <translation>Tandems</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="69"/>
        <source>All programs</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="96"/>
        <location filename="../../ui/views/relationships/filter_bar.py" line="72"/>
        <source>No program</source>
        <translation>Kein Programm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/relationships/view.py" line="178"/>
        <source>%Ln relationship(s)</source>
        <translation>
            <numerusform>%Ln Tandem</numerusform>
            <numerusform>%Ln Tandems</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="106"/>
        <source>{0} of {1} shown</source>
        <translation>{0} von {1} angezeigt</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="236"/>
        <source>No file is open.</source>
        <translation>Es ist keine Datei geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="240"/>
        <source>No relationships yet. Pair two people, or approve a match on the Matching screen.</source>
        <translation>Noch keine Tandems. Bringen Sie zwei Personen zusammen oder bestätigen Sie ein Matching in der Ansicht „Matching“.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="242"/>
        <source>No relationship matches the filters.</source>
        <translation>Kein Tandem passt zu den Filtern.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="244"/>
        <source>Select a relationship to see its stages, goals, meetings and check-ins.</source>
        <translation>Wählen Sie ein Tandem, um Phasen, Ziele, Treffen und Check-ins zu sehen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="95"/>
        <source>{0} mentoring {1}</source>
        <translation>{0} als Mentor von {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="97"/>
        <source>{0} to {1}</source>
        <translation>{0} bis {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="100"/>
        <source>Closed {0}: {1}</source>
        <translation>Beendet am {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="101"/>
        <source>Their summary:
{0}</source>
        <translation>Deren Zusammenfassung:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="121"/>
        <source>Extensions</source>
        <translation>Verlängerungen</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="124"/>
        <source>{0} → {1}: {2}</source>
        <translation>{0} → {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="127"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="129"/>
        <source>Closure</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="131"/>
        <source>Still running; planned to end on {0}.</source>
        <translation>Läuft noch; geplantes Ende am {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="134"/>
        <source>{0} on {1}.</source>
        <translation>{0} am {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="137"/>
        <source>Reason: {0}</source>
        <translation>Grund: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="139"/>
        <source>Final reflection: {0}</source>
        <translation>Abschließende Reflexion: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="148"/>
        <source>Continues the relationship with {0} ({1}–{2}).</source>
        <translation>Setzt das Tandem mit {0} fort ({1}–{2}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="151"/>
        <source>Continued with {0} from {1}.</source>
        <translation>Fortgesetzt mit {0} ab {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="100"/>
        <source>Delete meeting</source>
        <translation>Treffen löschen</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="101"/>
        <source>Delete the meeting of {0} ({1})? It no longer counts towards attendance, hours or health, and its notes are removed.</source>
        <translation>Das Treffen vom {0} ({1}) löschen? Es zählt nicht mehr für Teilnahme, Stunden und Zustand, und seine Notizen werden entfernt.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="107"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="123"/>
        <source>Meeting deleted.</source>
        <translation>Treffen gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="189"/>
        <source>Summary saved.</source>
        <translation>Zusammenfassung gespeichert.</translation>
    </message>
</context>
<context>
    <name>ReplaceMentorDialog</name>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="40"/>
        <source>Replace mentor</source>
        <translation>Mentor ersetzen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="43"/>
        <source>{0} continues with a new mentor instead of {1}. Their goals and the goals&apos; history go with them; this relationship closes as “Mentor replaced”, which counts neither as completed nor as ended early.</source>
        <translation>{0} macht mit einem neuen Mentor statt {1} weiter. Die Ziele und ihr Verlauf gehen mit; dieses Tandem endet als „Mentor ersetzt“, was weder als abgeschlossen noch als vorzeitig beendet zählt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="50"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="50"/>
        <source>Score</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="50"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="61"/>
        <source>Optional: why the mentor is replaced</source>
        <translation>Optional: warum der Mentor ersetzt wird</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="64"/>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="65"/>
        <source>New mentor &amp;from</source>
        <translation>Neuer Mentor &amp;ab</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="109"/>
        <source>Choose the new mentor.</source>
        <translation>Wählen Sie den neuen Mentor.</translation>
    </message>
</context>
<context>
    <name>ReportsView</name>
    <message>
        <location filename="../../ui/views/reports.py" line="110"/>
        <source>A4</source>
        <extracomment>Debounce for selection and option changes, in ms.</extracomment>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="111"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="112"/>
        <source>Include private meeting notes</source>
        <translation>Private Notizen der Treffen aufnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="113"/>
        <source>Manager&apos;s copy (no notes, no check-in comments)</source>
        <translation>Fassung für Führungskräfte (ohne Notizen und Check-in-Kommentare)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="117"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="133"/>
        <source>All reports for this program…</source>
        <translation>Alle Berichte dieses Programms…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="143"/>
        <location filename="../../ui/views/reports.py" line="186"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="146"/>
        <source>Program</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="148"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="168"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="171"/>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="119"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="120"/>
        <source>Lan&amp;guage:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="195"/>
        <source>Cancelled. %n report file(s) written.</source>
        <translation>
            <numerusform>Abgebrochen. %n Berichtsdatei geschrieben.</numerusform>
            <numerusform>Abgebrochen. %n Berichtsdateien geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="196"/>
        <source>%n report file(s) written to {0}.</source>
        <translation>
            <numerusform>%n Berichtsdatei in {0} geschrieben.</numerusform>
            <numerusform>%n Berichtsdateien in {0} geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="293"/>
        <source>Program summary</source>
        <translation>Programmübersicht</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="307"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="331"/>
        <source>Stage {0}: {1} · {2}</source>
        <translation>Phase {0}: {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="41"/>
        <source>Choose a program and a report.</source>
        <translation>Wählen Sie ein Programm und einen Bericht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="42"/>
        <source>Open a file to make reports.</source>
        <translation>Öffnen Sie eine Datei, um Berichte zu erstellen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="52"/>
        <location filename="../../ui/views/report_preview.py" line="76"/>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="72"/>
        <source>The preview could not be made: {0}</source>
        <translation>Die Vorschau konnte nicht erstellt werden: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="85"/>
        <source>The preview could not be opened.</source>
        <translation>Die Vorschau konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="193"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="67"/>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="68"/>
        <location filename="../../ui/views/report_output.py" line="169"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="76"/>
        <source>The report was saved as {0}.</source>
        <translation>Der Bericht wurde als {0} gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="83"/>
        <source>There is no report to save yet.</source>
        <translation>Es gibt noch keinen Bericht zum Speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="87"/>
        <source>The report was not saved</source>
        <translation>Der Bericht wurde nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="89"/>
        <source>Saved to {0}</source>
        <translation>Gespeichert unter {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="98"/>
        <source>Print report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="124"/>
        <source>The printer could not be started.</source>
        <translation>Der Drucker konnte nicht gestartet werden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="191"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker gesendet.</numerusform>
            <numerusform>%n Seiten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="149"/>
        <source>All reports for this program</source>
        <translation>Alle Berichte dieses Programms</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="150"/>
        <source>Write one PDF per relationship into a folder, or one combined PDF to print in a single go?</source>
        <translation>Ein PDF pro Tandem in einen Ordner schreiben oder ein zusammengefasstes PDF, um alles auf einmal zu drucken?</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="152"/>
        <source>One file each…</source>
        <translation>Eine Datei je Tandem…</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="153"/>
        <source>One combined PDF…</source>
        <translation>Ein gemeinsames PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="155"/>
        <source>Also the program summary</source>
        <translation>Auch die Programmübersicht</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="162"/>
        <source>Folder for the reports</source>
        <translation>Ordner für die Berichte</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="168"/>
        <source>Combined report</source>
        <translation>Sammelbericht</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="189"/>
        <source>Reading the relationships…</source>
        <translation>Tandems werden gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="190"/>
        <source>Report {0} of {1}</source>
        <translation>Bericht {0} von {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="219"/>
        <source>The reports were not written</source>
        <translation>Die Berichte wurden nicht geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="223"/>
        <source>Writing the reports…</source>
        <translation>Berichte werden geschrieben…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/file_actions.py" line="326"/>
        <source>Restore a backup of {0}</source>
        <translation>Sicherung von {0} wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="327"/>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="331"/>
        <source>Choose the backup to restore. The file as it is now is kept as a backup first, so nothing is lost.</source>
        <translation>Wählen Sie die Sicherung aus. Die Datei in ihrem jetzigen Zustand wird zuerst gesichert, es geht also nichts verloren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="334"/>
        <source>Daily backups are kept for the last %Ln day(s) the file was opened.</source>
        <translation>
            <numerusform>Tägliche Sicherungen bleiben für den letzten %Ln Tag erhalten, an dem die Datei geöffnet wurde.</numerusform>
            <numerusform>Tägliche Sicherungen bleiben für die letzten %Ln Tage erhalten, an denen die Datei geöffnet wurde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="336"/>
        <source>The last %Ln backup(s) made before a merge are kept as well.</source>
        <translation>
            <numerusform>Die letzte %Ln Sicherung vor einer Zusammenführung bleibt ebenfalls erhalten.</numerusform>
            <numerusform>Die letzten %Ln Sicherungen vor einer Zusammenführung bleiben ebenfalls erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="339"/>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="339"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="339"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="345"/>
        <source>Daily, on open</source>
        <translation>Täglich, beim Öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="345"/>
        <source>Before an upgrade</source>
        <translation>Vor einem Update</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="346"/>
        <source>Before a merge</source>
        <translation>Vor einer Zusammenführung</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="346"/>
        <source>By hand</source>
        <translation>Von Hand</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="347"/>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="347"/>
        <source>Before an import</source>
        <translation>Vor einem Import</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="348"/>
        <source>Before a bulk action</source>
        <translation>Vor einer Sammelaktion</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="357"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RunAgainDialog</name>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="49"/>
        <source>Run again</source>
        <translation>Erneut durchführen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="50"/>
        <source>A new program with the purpose, kind, rules, matching weights and e-mail texts of {0}. Its people are not copied: they apply again.</source>
        <translation>Ein neues Programm mit Zweck, Art, Regeln, Matching-Gewichtung und E-Mail-Texten von {0}. Die Personen werden nicht übernommen: Sie bewerben sich erneut.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="57"/>
        <source>Starts on:</source>
        <translation>Beginnt am:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="62"/>
        <source>Ends on:</source>
        <translation>Endet am:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="71"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="76"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="46"/>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="71"/>
        <source>Snooze</source>
        <extracomment>A week is long enough for a reminder email to be answered, short enough not to lose the item.</extracomment>
        <translation>Zurückstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="54"/>
        <source>Hide this item from the attention list until the day you choose. It comes back on that day if it still needs you.</source>
        <translation>Blendet diesen Eintrag bis zum gewählten Tag aus dem Handlungsbedarf aus. An diesem Tag kommt er zurück, falls er Sie dann noch braucht.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="65"/>
        <source>Why, e.g. “Asked Femke to book a meeting”</source>
        <translation>Grund, z. B. „Femke gebeten, ein Treffen zu vereinbaren“</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="76"/>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="77"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="94"/>
        <source>Write a short note, so you remember why this was put aside.</source>
        <translation>Schreiben Sie eine kurze Notiz, damit Sie wissen, warum dies zurückgestellt wurde.</translation>
    </message>
</context>
<context>
    <name>StageTimeline</name>
    <message>
        <location filename="../../ui/widgets/stage_timeline.py" line="45"/>
        <source>Stage timeline</source>
        <extracomment>How a stage&apos;s name is set under its dot: centred, wrapped at words.</extracomment>
        <translation>Phasenverlauf</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stage_timeline.py" line="76"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stage_timeline.py" line="76"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>SummaryGuard</name>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="57"/>
        <location filename="../../ui/views/relationships/summary_guard.py" line="125"/>
        <source>The summary you typed for {0} is not saved yet.</source>
        <translation>Die Zusammenfassung, die Sie für {0} geschrieben haben, ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="58"/>
        <location filename="../../ui/views/relationships/summary_guard.py" line="126"/>
        <source>The summary you typed is not saved yet.</source>
        <translation>Die Zusammenfassung, die Sie geschrieben haben, ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="65"/>
        <source>{0} and {1}</source>
        <translation>{0} und {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="100"/>
        <source>Summary saved.</source>
        <translation>Zusammenfassung gespeichert.</translation>
    </message>
</context>
<context>
    <name>TableExports</name>
    <message numerus="yes">
        <location filename="../../ui/table_exports.py" line="76"/>
        <source>Exported %Ln row(s) to {0}.</source>
        <translation>
            <numerusform>%Ln Zeile nach {0} exportiert.</numerusform>
            <numerusform>%Ln Zeilen nach {0} exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/tasks.py" line="120"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="121"/>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="142"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks.py" line="298"/>
        <source>%Ln problems were found. Nothing was saved.</source>
        <translation>
            <numerusform>%Ln Problem gefunden. Es wurde nichts gespeichert.</numerusform>
            <numerusform>%Ln Probleme gefunden. Es wurde nichts gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin_forms_actions.py" line="61"/>
        <source>%Ln form(s) saved in {0}. Attach each to an e-mail to its person; drop the returned files on this window to record them.</source>
        <translation>
            <numerusform>%Ln Formular in {0} gespeichert. Hängen Sie es an eine E-Mail an die betreffende Person; ziehen Sie die zurückgesandten Dateien auf dieses Fenster, um sie zu erfassen.</numerusform>
            <numerusform>%Ln Formulare in {0} gespeichert. Hängen Sie jedes an eine E-Mail an die betreffende Person; ziehen Sie die zurückgesandten Dateien auf dieses Fenster, um sie zu erfassen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WaitingModel</name>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="74"/>
        <source>Mentee</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="75"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="76"/>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="32"/>
        <source>Match weights</source>
        <translation>Gewichtung für das Matching</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="34"/>
        <source>How much each part counts. Only the proportions matter: a perfect pair always scores 100.</source>
        <translation>Wie stark jeder Teil zählt. Nur das Verhältnis zählt: Ein perfektes Paar erreicht immer 100.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="48"/>
        <source>Prefer the same branch</source>
        <translation>Gleichen Standort bevorzugen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="48"/>
        <source>Does not matter</source>
        <translation>Egal</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="49"/>
        <source>Prefer another branch</source>
        <translation>Anderen Standort bevorzugen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="52"/>
        <source>Branch</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="53"/>
        <source>Prefer mentors from another department</source>
        <translation>Mentoren aus einer anderen Abteilung bevorzugen</translation>
    </message>
</context>
<context>
    <name>checkin_forms</name>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="39"/>
        <source>Save check-in forms in</source>
        <translation>Check-in-Formulare speichern in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="50"/>
        <source>Writing forms…</source>
        <translation>Formulare werden geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="56"/>
        <location filename="../../ui/checkin_forms_actions.py" line="60"/>
        <source>Check-in forms</source>
        <translation>Check-in-Formulare</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="57"/>
        <source>No check-in is due, so no form was written.</source>
        <translation>Es ist kein Check-in fällig, daher wurde kein Formular geschrieben.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="67"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="71"/>
        <source>Writing check-in forms…</source>
        <translation>Check-in-Formulare werden geschrieben…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="107"/>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="119"/>
        <source>Recording returned check-in forms…</source>
        <translation>Zurückgesandte Check-in-Formulare werden erfasst…</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="43"/>
        <source>Draft written to {0}; your mail program opens it.</source>
        <translation>Entwurf in {0} gespeichert; Ihr E-Mail-Programm öffnet ihn.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="45"/>
        <source>Your mail program could not be started. The draft is in {0}; open it from there.</source>
        <translation>Ihr E-Mail-Programm konnte nicht gestartet werden. Der Entwurf liegt in {0}; öffnen Sie ihn von dort.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="65"/>
        <source>No introduction was written</source>
        <translation>Keine Vorstellung geschrieben</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="73"/>
        <source>No reminder was written</source>
        <translation>Keine Erinnerung geschrieben</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="60"/>
        <source>&amp;Merge Another File…</source>
        <translation>Andere Datei &amp;zusammenführen…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="62"/>
        <source>Merge &amp;Log…</source>
        <translation>Zusammenführungs&amp;protokoll…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="64"/>
        <source>&amp;Back Up Now…</source>
        <translation>Jetzt &amp;sichern…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="66"/>
        <source>&amp;Restore Backup…</source>
        <translation>Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="79"/>
        <source>Open a file for editing before merging another into it.</source>
        <translation>Öffnen Sie eine Datei zum Bearbeiten, bevor Sie eine andere damit zusammenführen.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="82"/>
        <source>Merge another MentorDesk file</source>
        <translation>Andere MentorDesk-Datei zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="83"/>
        <source>MentorDesk files (*.db);;All files (*)</source>
        <translation>MentorDesk-Dateien (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="138"/>
        <source>Merge finished</source>
        <translation>Zusammenführung abgeschlossen</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="142"/>
        <source>Merging {0}…</source>
        <translation>{0} wird zusammengeführt…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="146"/>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="152"/>
        <source>Another company&apos;s file</source>
        <translation>Datei eines anderen Unternehmens</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="154"/>
        <source>Merge this company&apos;s file anyway</source>
        <translation>Die Datei dieses Unternehmens trotzdem zusammenführen</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="273"/>
        <source>Back up to</source>
        <translation>Sichern nach</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="274"/>
        <source>MentorDesk files (*.db)</source>
        <translation>MentorDesk-Dateien (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="282"/>
        <source>Backed up to {0}</source>
        <translation>Gesichert nach {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="291"/>
        <source>Restore backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="292"/>
        <source>There are no backups of this file yet.</source>
        <translation>Von dieser Datei gibt es noch keine Sicherungen.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="299"/>
        <source>This file is open read-only; someone else may be using it, so it cannot be replaced now.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet; vielleicht nutzt sie jemand anderes, daher kann sie jetzt nicht ersetzt werden.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="311"/>
        <source>The backup from {0} was restored.</source>
        <translation>Die Sicherung vom {0} wurde wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="313"/>
        <source>The file as it was has been kept as a backup too.</source>
        <translation>Die Datei im vorherigen Zustand wurde ebenfalls gesichert.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="315"/>
        <source>The damaged file was kept as {0}.</source>
        <translation>Die beschädigte Datei wurde als {0} aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="319"/>
        <source>Backup restored</source>
        <translation>Sicherung wiederhergestellt</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="168"/>
        <source>Erasures in the other file</source>
        <translation>Löschungen in der anderen Datei</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="174"/>
        <source>Apply the erasures and merge</source>
        <translation>Löschungen übernehmen und zusammenführen</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="99"/>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="101"/>
        <source>Open Folder</source>
        <translation>Ordner öffnen</translation>
    </message>
</context>
<context>
    <name>file_open</name>
    <message>
        <location filename="../../ui/file_open.py" line="32"/>
        <source>File in use</source>
        <translation>Datei in Verwendung</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="33"/>
        <source>You can open it read-only: you will see everything but cannot change it.</source>
        <translation>Sie können sie schreibgeschützt öffnen: Sie sehen alles, können aber nichts ändern.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="35"/>
        <source>Open Read-Only</source>
        <translation>Schreibgeschützt öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="36"/>
        <source>Take Over</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="50"/>
        <source>Cannot open file</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="51"/>
        <source>Nothing in the file was changed.</source>
        <translation>In der Datei wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="52"/>
        <source>Restore a Backup…</source>
        <translation>Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="60"/>
        <source>File in a synced folder</source>
        <translation>Datei in einem synchronisierten Ordner</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="61"/>
        <source>This file is in a {0} folder.</source>
        <translation>Diese Datei liegt in einem {0}-Ordner.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="66"/>
        <source>File checked on opening</source>
        <translation>Datei beim Öffnen geprüft</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="72"/>
        <source>Conflict copies found</source>
        <translation>Konfliktkopien gefunden</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="73"/>
        <source>The sync service left copies of this file that may hold changes made elsewhere:</source>
        <translation>Der Synchronisierungsdienst hat Kopien dieser Datei hinterlassen, die anderswo gemachte Änderungen enthalten können:</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="75"/>
        <source>Merge them into this file now? A backup is made first.</source>
        <translation>Jetzt in diese Datei zusammenführen? Vorher wird eine Sicherung erstellt.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="133"/>
        <source>Someone else has this file open for editing, so it is open for reading only.</source>
        <translation>Jemand anderes bearbeitet diese Datei gerade, daher ist sie nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="178"/>
        <source>Someone else took over this file for editing, so it is now open for reading only. Reopen it later to continue editing.</source>
        <translation>Jemand anderes hat die Bearbeitung dieser Datei übernommen, daher ist sie jetzt nur zum Lesen geöffnet. Öffnen Sie sie später erneut, um weiterzuarbeiten.</translation>
    </message>
</context>
<context>
    <name>help_dialogs</name>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="55"/>
        <source>MentorDesk User Guide</source>
        <translation>MentorDesk-Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="78"/>
        <source>The user guide could not be read. Your data is not affected; reinstall MentorDesk to repair its files.</source>
        <translation>Das Benutzerhandbuch konnte nicht gelesen werden. Ihre Daten sind nicht betroffen; installieren Sie MentorDesk neu, um seine Dateien zu reparieren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="128"/>
        <location filename="../../ui/dialogs/help_dialogs.py" line="145"/>
        <source>Window</source>
        <translation>Fenster</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="154"/>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="160"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="160"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="161"/>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../ui/menus.py" line="65"/>
        <source>&amp;Help</source>
        <extracomment>Buttons that save what the current screen holds, by attribute name, first visible one wins. Text size steps (points added to the system&apos;s font) that View &gt; Larger/Smaller Text allow.</extracomment>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="75"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="77"/>
        <source>&amp;Print Report…</source>
        <translation>Bericht &amp;drucken…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="100"/>
        <source>This screen saves every change as you make it; there is nothing to save.</source>
        <translation>Diese Ansicht speichert jede Änderung sofort; es gibt nichts zu speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="102"/>
        <source>There is nothing new to save here.</source>
        <translation>Hier gibt es nichts Neues zu speichern.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="115"/>
        <source>Choose a report, then press Ctrl+P again to print it.</source>
        <translation>Wählen Sie einen Bericht und drücken Sie erneut Strg+P, um ihn zu drucken.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="121"/>
        <source>The report is still being prepared; print it once the preview shows.</source>
        <translation>Der Bericht wird noch vorbereitet; drucken Sie ihn, sobald die Vorschau erscheint.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="129"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="132"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="134"/>
        <source>&amp;Delete Selected…</source>
        <translation>Auswahl &amp;löschen…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="152"/>
        <source>This screen has no search; People and Relationships have one.</source>
        <translation>Diese Ansicht hat keine Suche; Personen und Tandems haben eine.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="172"/>
        <source>Select the meeting, goal or check-in to delete first.</source>
        <translation>Wählen Sie zuerst das Treffen, das Ziel oder den Check-in, das gelöscht werden soll.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="174"/>
        <source>Nothing on this screen is deleted with the Delete key.</source>
        <translation>In dieser Ansicht wird mit der Entf-Taste nichts gelöscht.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="180"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="197"/>
        <source>Show &amp;Archived People</source>
        <translation>&amp;Archivierte Personen anzeigen</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="202"/>
        <source>People &amp;Columns</source>
        <translation>&amp;Spalten der Personenliste</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="206"/>
        <source>&amp;Larger Text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="208"/>
        <source>S&amp;maller Text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="210"/>
        <source>&amp;Normal Text Size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="290"/>
        <source>MentorDesk &amp;User Guide</source>
        <translation>MentorDesk-&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="292"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>people_import_flow</name>
    <message>
        <location filename="../../ui/people_import_flow.py" line="42"/>
        <source>Windows text (Western European)</source>
        <extracomment>The object name of the &quot;Read it that way?&quot; question (tests find it by this name).</extracomment>
        <translation>Windows-Text (westeuropäisch)</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="43"/>
        <source>Windows text (Central European)</source>
        <translation>Windows-Text (mitteleuropäisch)</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="51"/>
        <source>Open a file for editing before importing people into it.</source>
        <translation>Öffnen Sie eine Datei zum Bearbeiten, bevor Sie Personen hineinimportieren.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="56"/>
        <source>{0} could not be read ({1}). Nothing was imported.</source>
        <translation>{0} konnte nicht gelesen werden ({1}). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="70"/>
        <location filename="../../ui/people_import_flow.py" line="144"/>
        <source>Nothing was imported</source>
        <translation>Es wurde nichts importiert</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="79"/>
        <source>Import people</source>
        <translation>Personen importieren</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="80"/>
        <source>This file looks like {0}. Read it that way?</source>
        <translation>Diese Datei sieht nach {0} aus. So lesen?</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="84"/>
        <source>It is not saved as UTF-8 text. If names look wrong in the preview, cancel and save the file as &apos;CSV UTF-8&apos; instead.</source>
        <translation>Sie ist nicht als UTF-8-Text gespeichert. Sehen Namen in der Vorschau falsch aus, brechen Sie ab und speichern Sie die Datei als „CSV UTF-8“.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="88"/>
        <source>Read as {0}</source>
        <translation>Als {0} lesen</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="128"/>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen…</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="146"/>
        <source>Importing people…</source>
        <translation>Personen werden importiert…</translation>
    </message>
</context>
<context>
    <name>programs</name>
    <message>
        <location filename="../../ui/models/participants_model.py" line="70"/>
        <location filename="../../ui/models/participants_model.py" line="81"/>
        <source>{0} – {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="103"/>
        <source> (archived)</source>
        <translation> (archiviert)</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="111"/>
        <location filename="../../ui/models/participants_model.py" line="142"/>
        <location filename="../../ui/models/participants_model.py" line="177"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="112"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="113"/>
        <source>Dates</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="121"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} von {2})</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="127"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="127"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="143"/>
        <location filename="../../ui/models/participants_model.py" line="185"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="146"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="149"/>
        <source>Free</source>
        <translation>Frei</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="151"/>
        <source>Capacity {0} minus {1} active mentees</source>
        <translation>Kapazität {0} minus {1} aktive Mentees</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="153"/>
        <source>Attendance</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="154"/>
        <source>Meetings held, of those held or missed by the mentor, in every relationship they mentored</source>
        <translation>Abgehaltene Treffen von allen abgehaltenen oder vom Mentor versäumten, in jedem Tandem, das die Person betreut hat</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="156"/>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="157"/>
        <source>Expertise</source>
        <translation>Expertise</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="159"/>
        <location filename="../../ui/models/participants_model.py" line="178"/>
        <source>Department</source>
        <translation>Abteilung</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="160"/>
        <location filename="../../ui/models/participants_model.py" line="179"/>
        <source>Branch</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="161"/>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="162"/>
        <source>Recognition</source>
        <translation>Anerkennung</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="163"/>
        <source>Willing / motivation</source>
        <translation>Bereitschaft / Motivation</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="180"/>
        <source>Gaps to close</source>
        <translation>Zu schließende Lücken</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="183"/>
        <source>Preferred mentors</source>
        <translation>Wunschmentoren</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="188"/>
        <source>Waiting since</source>
        <translation>Wartet seit</translation>
    </message>
</context>
<context>
    <name>quit_guard</name>
    <message>
        <location filename="../../ui/quit_guard.py" line="48"/>
        <source>Work is still running</source>
        <translation>Es läuft noch eine Arbeit</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="49"/>
        <source>MentorDesk is still busy: {0}.</source>
        <translation>MentorDesk ist noch beschäftigt: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="51"/>
        <source>saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="54"/>
        <source>Wait for it to finish and then quit, or stop it and quit: stopped work is not saved and the file stays as it was before it started.</source>
        <translation>Warten Sie, bis sie fertig ist, und beenden Sie dann, oder brechen Sie sie ab und beenden Sie: Abgebrochene Arbeit wird nicht gespeichert, die Datei bleibt wie vor dem Start.</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="57"/>
        <source>Wait, then Quit</source>
        <translation>Warten, dann beenden</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="58"/>
        <source>Stop It and Quit</source>
        <translation>Abbrechen und beenden</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="59"/>
        <source>Keep Working</source>
        <translation>Weiterarbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="67"/>
        <source>MentorDesk closes when the work has ended…</source>
        <translation>MentorDesk schließt, sobald die Arbeit beendet ist…</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="104"/>
        <source>The summary you typed for {0} is not saved yet.</source>
        <translation>Die Zusammenfassung, die Sie für {0} geschrieben haben, ist noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="106"/>
        <source>The summary you typed is not saved yet.</source>
        <translation>Die Zusammenfassung, die Sie geschrieben haben, ist noch nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>report_language</name>
    <message>
        <location filename="../../ui/views/report_language.py" line="24"/>
        <source>As in Preferences ({0})</source>
        <translation>Wie in den Einstellungen ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_language.py" line="28"/>
        <source>The language of this report; the window keeps its own.</source>
        <translation>Die Sprache dieses Berichts; das Fenster behält seine eigene.</translation>
    </message>
</context>
<context>
    <name>retention_box</name>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="42"/>
        <source>Privacy: how long this file keeps personal data</source>
        <translation>Datenschutz: wie lange diese Datei personenbezogene Daten aufbewahrt</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="48"/>
        <source>Open a file to set how long it keeps personal data.</source>
        <translation>Öffnen Sie eine Datei, um festzulegen, wie lange sie personenbezogene Daten aufbewahrt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="55"/>
        <source> months</source>
        <translation> Monate</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="27"/>
        <source>Confidential &amp;notes of closed relationships:</source>
        <extracomment>(object name, policy field, label) of each span, in the order shown.</extracomment>
        <translation>Vertrauliche &amp;Notizen beendeter Beziehungen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="28"/>
        <source>&amp;Archived people without activity:</source>
        <translation>&amp;Archivierte Personen ohne Aktivität:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="29"/>
        <source>&amp;Backups:</source>
        <translation>&amp;Sicherungen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="60"/>
        <source>Kept in {0} and used on every computer that opens it: notes are removed and backups deleted when the file is opened; archived people are offered for erasure.</source>
        <translation>In {0} gespeichert und auf jedem Computer verwendet, der sie öffnet: Beim Öffnen werden Notizen entfernt und Sicherungen gelöscht; archivierte Personen werden zur Löschung vorgeschlagen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="64"/>
        <source>This file is open read-only, so its retention cannot be changed now.</source>
        <translation>Diese Datei ist schreibgeschützt geöffnet, daher können die Aufbewahrungsfristen jetzt nicht geändert werden.</translation>
    </message>
</context>
<context>
    <name>table_exports</name>
    <message>
        <location filename="../../ui/table_exports.py" line="37"/>
        <source>&amp;Relationships…</source>
        <translation>&amp;Tandems…</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="38"/>
        <source>&amp;Meetings…</source>
        <translation>T&amp;reffen…</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="39"/>
        <source>&amp;Goals…</source>
        <translation>&amp;Ziele…</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="40"/>
        <source>&amp;Check-ins…</source>
        <translation>&amp;Check-ins…</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="46"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="63"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="64"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx);;CSV-Datei (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="80"/>
        <source>Nothing was exported</source>
        <translation>Es wurde nichts exportiert</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="82"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="289"/>
        <source>Something went wrong and the action was not completed: {0}</source>
        <extracomment>Set while the application ends: finished tasks then skip their callbacks (see `shutdown`).</extracomment>
        <translation>Etwas ist schiefgelaufen, die Aktion wurde nicht abgeschlossen: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="294"/>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
</context>
<context>
    <name>undo_menu</name>
    <message>
        <location filename="../../ui/undo_menu.py" line="44"/>
        <location filename="../../ui/undo_menu.py" line="46"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="52"/>
        <location filename="../../ui/undo_menu.py" line="78"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="77"/>
        <source>&amp;Undo {0}</source>
        <translation>{0} &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="85"/>
        <source>There is nothing to undo: no edit, import, merge or bulk action yet.</source>
        <translation>Es gibt nichts rückgängig zu machen: noch keine Änderung, kein Import, kein Zusammenführen und keine Sammelaktion.</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="92"/>
        <location filename="../../ui/undo_menu.py" line="137"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="93"/>
        <location filename="../../ui/undo_menu.py" line="138"/>
        <source>Undo the {0}?</source>
        <translation>{0} rückgängig machen?</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="97"/>
        <source>The file goes back to how it was just before it ({0}). {1} The file as it is now is kept as a backup (File &gt; Restore Backup).</source>
        <translation>Die Datei wird auf den Stand unmittelbar davor zurückgesetzt ({0}). {1} Die Datei im jetzigen Zustand bleibt als Sicherung erhalten (Datei &gt; Sicherung wiederherstellen).</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="100"/>
        <location filename="../../ui/undo_menu.py" line="143"/>
        <source>Undo {0}</source>
        <translation>{0} rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="122"/>
        <location filename="../../ui/undo_menu.py" line="155"/>
        <source>Nothing was undone</source>
        <translation>Es wurde nichts rückgängig gemacht</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="127"/>
        <location filename="../../ui/undo_menu.py" line="158"/>
        <source>Undone: {0}.</source>
        <translation>Rückgängig gemacht: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="141"/>
        <source>The values from before the edit ({0}) come back; nothing else in the file changes.</source>
        <translation>Die Werte von vor der Änderung ({0}) kommen zurück; sonst ändert sich nichts in der Datei.</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="124"/>
        <location filename="../../ui/widgets/unsaved.py" line="134"/>
        <source>Unsaved changes</source>
        <extracomment>Attribute names of widgets that hold a view onto the data, not the data (never asked about).</extracomment>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unsaved.py" line="135"/>
        <source>You have changes that are not saved yet.</source>
        <translation>Sie haben Änderungen, die noch nicht gespeichert sind.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unsaved.py" line="139"/>
        <source>Save them, discard them, or go back to keep editing?</source>
        <translation>Speichern, verwerfen oder zurück zum Bearbeiten?</translation>
    </message>
</context>
</TS>
