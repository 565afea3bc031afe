<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="30"/>
        <source>About MentorDesk</source>
        <translation>Over MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="46"/>
        <source>MentorDesk includes these parts made by others:</source>
        <translation>MentorDesk bevat deze onderdelen van anderen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="50"/>
        <source>{0} — {1}, for {2}</source>
        <translation>{0} — {1}, voor {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="65"/>
        <source>no file is open</source>
        <translation>er is geen bestand geopend</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="67"/>
        <source>MentorDesk {0}</source>
        <translation>MentorDesk {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="68"/>
        <source>File format version {0}</source>
        <translation>Bestandsformaat versie {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="69"/>
        <source>Open file: {0}</source>
        <translation>Geopend bestand: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="70"/>
        <source>Runs a mentoring program from this computer; no data leaves it.</source>
        <translation>Beheert een mentorprogramma vanaf deze computer; er verlaten geen gegevens de computer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="81"/>
        <source>The licence text is missing from this installation; reinstall MentorDesk. {0} is distributed under the {1}.</source>
        <translation>De licentietekst ontbreekt in deze installatie; installeer MentorDesk opnieuw. {0} wordt verspreid onder de {1}.</translation>
    </message>
</context>
<context>
    <name>AppPreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="68"/>
        <source>Preferences</source>
        <extracomment>Where the chosen language is kept (&quot;&quot; or absent: follow the system). Languages the window ships in, each named in its own language so anyone finds theirs. Territories whose paper is US Letter (CLDR&apos;s paperSize data); everyone else uses A4.</extracomment>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="74"/>
        <source>Follow the system ({0})</source>
        <translation>Zoals het systeem ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="79"/>
        <source>The new language is used from the next time you start MentorDesk.</source>
        <translation>De nieuwe taal wordt gebruikt zodra je MentorDesk opnieuw start.</translation>
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
        <translation>Venster</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="99"/>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="101"/>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="104"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Papierformaat:</translation>
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
            <numerusform>{0} is gearchiveerd maar zit nog in %n actieve relatie:

{1}

Sluit die nu af met een uitkomst, of ga door: de relatie staat dan op risico en blijft op de pagina Aandacht tot ze is afgesloten of opnieuw gekoppeld.</numerusform>
            <numerusform>{0} is gearchiveerd maar zit nog in %n actieve relaties:

{1}

Sluit ze nu af met een uitkomst, of ga door: ze staan dan op risico en blijven op de pagina Aandacht tot ze zijn afgesloten of opnieuw gekoppeld.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_warning.py" line="32"/>
        <source>Still in a relationship</source>
        <translation>Zit nog in een relatie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_warning.py" line="35"/>
        <source>Close relationship…</source>
        <translation>Relatie afsluiten…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_warning.py" line="37"/>
        <source>Keep going</source>
        <translation>Doorgaan</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../ui/models/attention_model.py" line="44"/>
        <source>High</source>
        <extracomment>Most severe first; the services use the same order. Theme roles (ui/theme.py): distinct in hue *and* lightness, readable on light and dark windows.</extracomment>
        <translation>Hoog</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="44"/>
        <source>Medium</source>
        <translation>Middel</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="45"/>
        <source>Low</source>
        <translation>Laag</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="136"/>
        <source>Severity</source>
        <translation>Urgentie</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="138"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="140"/>
        <source>Relationship or person</source>
        <translation>Relatie of persoon</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="141"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="142"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="164"/>
        <source>No date: this is about a pattern, not one day.</source>
        <translation>Geen datum: het gaat om een patroon, niet om één dag.</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="186"/>
        <source>Severity: {0}</source>
        <translation>Urgentie: {0}</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../ui/views/attention.py" line="110"/>
        <source>Prepare reminder…</source>
        <translation>Herinnering voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="112"/>
        <source>Write a reminder e-mail to whoever has to act on this item and open it in your mail program.</source>
        <translation>Een herinneringsmail schrijven aan wie hier iets moet doen en openen in uw e-mailprogramma.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="73"/>
        <source>Active relationships</source>
        <extracomment>Initial column widths in pixels; the detail column stretches. Items a reminder draft exists for (services.invitations.REMINDER_KINDS, without importing it at start).</extracomment>
        <translation>Actieve relaties</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="74"/>
        <source>Mentoring relationships running now.</source>
        <translation>Mentorrelaties die nu lopen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="76"/>
        <source>Active relationships whose meetings, check-ins and goals are in order.</source>
        <translation>Actieve relaties waarvan gesprekken, check-ins en doelen in orde zijn.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="78"/>
        <source>Need a check-in</source>
        <translation>Check-in nodig</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="79"/>
        <source>Active relationships where a check-in or a meeting is overdue.</source>
        <translation>Actieve relaties waarin een check-in of een gesprek te laat is.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="75"/>
        <source>On track</source>
        <comment>tile: how many relationships</comment>
        <translation>Op koers</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="81"/>
        <source>At risk</source>
        <comment>tile: how many relationships</comment>
        <translation>Risico</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="82"/>
        <source>Active relationships with low scores, poor attendance or no recent meetings.</source>
        <translation>Actieve relaties met lage scores, slechte opkomst of geen recente gesprekken.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="84"/>
        <source>Mentees waiting</source>
        <translation>Wachtende mentees</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="85"/>
        <source>Mentees on a program&apos;s waiting list for a mentor (snoozed ones not counted).</source>
        <translation>Mentees op de wachtlijst van een programma (uitgestelde niet meegeteld).</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="91"/>
        <source>What needs you</source>
        <translation>Wat je aandacht nodig heeft</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="97"/>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="99"/>
        <source>Go to the relationship, person or program this item is about.</source>
        <translation>Ga naar de relatie, persoon of het programma waar dit over gaat.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="100"/>
        <source>Snooze…</source>
        <translation>Uitstellen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="102"/>
        <source>Hide this item until a later day, with a note why.</source>
        <translation>Verberg dit punt tot een latere dag, met een notitie waarom.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="105"/>
        <source>Check-in forms…</source>
        <translation>Check-informulieren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="107"/>
        <source>Save a fillable PDF form for every check-in due in the next two weeks (or overdue) in a folder, to send by e-mail.</source>
        <translation>Sla voor elke check-in die de komende twee weken gepland staat (of te laat is) een invulbaar pdf-formulier op in een map, om per e-mail te versturen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="157"/>
        <source>Attention</source>
        <translation>Aandacht</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="185"/>
        <source>No file is open.</source>
        <translation>Er is geen bestand geopend.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="186"/>
        <source>Choose File &gt; Open… or File &gt; New… to start.</source>
        <translation>Kies Bestand &gt; Openen… of Bestand &gt; Nieuw… om te beginnen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="188"/>
        <source>Import your people next.</source>
        <translation>Importeer nu je mensen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="189"/>
        <source>Choose File &gt; Import People… to load your HR system&apos;s export, then create a program and enrol them. What needs you will show up here.</source>
        <translation>Kies Bestand &gt; Mensen importeren… om de export van je HR-systeem te laden, maak dan een programma en schrijf ze in. Wat jouw aandacht nodig heeft, verschijnt hier.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="192"/>
        <source>Nothing needs you today.</source>
        <translation>Vandaag heeft niets je aandacht nodig.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="193"/>
        <source>Overdue meetings, check-ins and goals, relationships near their end and mentees waiting for a mentor show up here.</source>
        <translation>Hier verschijnen te late gesprekken, check-ins en doelen, relaties die bijna aflopen en mentees die op een mentor wachten.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/attention.py" line="201"/>
        <source>%Ln item(s): {0} high, {1} medium, {2} low</source>
        <translation>
            <numerusform>%Ln punt: {0} hoog, {1} middel, {2} laag</numerusform>
            <numerusform>%Ln punten: {0} hoog, {1} middel, {2} laag</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="281"/>
        <source>That screen is not available in this version.</source>
        <translation>Dat scherm is in deze versie niet beschikbaar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="321"/>
        <source>Not snoozed</source>
        <translation>Niet uitgesteld</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="331"/>
        <source>Snoozed until {0}.</source>
        <translation>Uitgesteld tot {0}.</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="79"/>
        <source>Archiving people…</source>
        <extracomment>Choosing in combo boxes is not typed work: Escape just closes.</extracomment>
        <translation>Mensen archiveren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="79"/>
        <source>Restoring people…</source>
        <translation>Mensen terugzetten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="87"/>
        <location filename="../../ui/views/people/bulk_actions.py" line="89"/>
        <source>Change role</source>
        <translation>Rol wijzigen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/bulk_actions.py" line="88"/>
        <source>Give the %n selected people this role:</source>
        <translation>
            <numerusform>Geef %n gekozen persoon deze rol:</numerusform>
            <numerusform>Geef de %n gekozen mensen deze rol:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="90"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="97"/>
        <source>Changing roles…</source>
        <translation>Rollen wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="109"/>
        <source>There is no program to enrol people in yet: create one on the Programs screen.</source>
        <translation>Er is nog geen programma om mensen in te schrijven: maak er een aan op het scherm Programma&apos;s.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="111"/>
        <source>Enrol in a program</source>
        <translation>Inschrijven in een programma</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/bulk_actions.py" line="112"/>
        <source>Enrol the %n selected people in:</source>
        <translation>
            <numerusform>%n gekozen persoon inschrijven in:</numerusform>
            <numerusform>De %n gekozen mensen inschrijven in:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="113"/>
        <source>Enrol</source>
        <translation>Inschrijven</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="114"/>
        <source>Program:</source>
        <translation>Programma:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="115"/>
        <source>Enrol as:</source>
        <translation>Inschrijven als:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="117"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="152"/>
        <source>Done: {0}. Edit &gt; Undo takes it back.</source>
        <translation>Klaar: {0}. Bewerken &gt; Ongedaan maken draait het terug.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="154"/>
        <source>Nothing to change: everyone selected was already so.</source>
        <translation>Niets te wijzigen: iedereen die je koos stond al zo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="159"/>
        <source>Cancelled. Nobody was changed.</source>
        <translation>Geannuleerd. Er is niemand gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="162"/>
        <source>Nobody was changed</source>
        <translation>Er is niemand gewijzigd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/bulk_actions.py" line="178"/>
        <source>%n relationship(s) still run with someone just archived:</source>
        <translation>
            <numerusform>%n relatie loopt nog met iemand die net is gearchiveerd:</numerusform>
            <numerusform>%n relaties lopen nog met iemand die net is gearchiveerd:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="179"/>
        <source>Still in a relationship</source>
        <translation>Nog in een relatie</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="182"/>
        <source>Close each one with an outcome or replace the mentor on the Relationships screen. Until then they show as at risk and stay on the Attention page.</source>
        <translation>Sluit elke relatie af met een uitkomst of vervang de mentor op het scherm Relaties. Tot dan staan ze als risico aangemerkt en blijven ze op de pagina Aandacht.</translation>
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
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="73"/>
        <source>Answered by</source>
        <translation>Beantwoord door</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="74"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="79"/>
        <source>How is it going?</source>
        <translation>Hoe gaat het?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="80"/>
        <source>Prerequisites of a good relationship</source>
        <translation>Voorwaarden voor een goede relatie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="82"/>
        <source>1 = not at all, 5 = fully. Leave a question unanswered to skip it.</source>
        <translation>1 = helemaal niet, 5 = volledig. Laat een vraag leeg om haar over te slaan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="119"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="124"/>
        <source>Comment (optional)</source>
        <translation>Opmerking (optioneel)</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="189"/>
        <source>Close relationship</source>
        <translation>Relatie afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="197"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="227"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="202"/>
        <source>What did the pair achieve? What would they do differently?</source>
        <translation>Wat heeft het koppel bereikt? Wat zouden ze anders doen?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="205"/>
        <source>Closing frees a place in the mentor&apos;s capacity. Only “Completed” counts towards the completion rate.</source>
        <translation>Afsluiten maakt een plek vrij in de capaciteit van de mentor. Alleen ‘Afgerond’ telt mee voor het afrondingspercentage.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="210"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Uitkomst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="212"/>
        <source>Final re&amp;flection</source>
        <translation>&amp;Slotreflectie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="213"/>
        <source>&amp;Closed on</source>
        <translation>&amp;Afgesloten op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="225"/>
        <source>Required: why did it end early?</source>
        <translation>Verplicht: waarom is het eerder gestopt?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="226"/>
        <source>Optional</source>
        <translation>Optioneel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="227"/>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Reden (verplicht)</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../ui/views/people/columns.py" line="74"/>
        <source>Columns</source>
        <extracomment>column -&gt; the stable name it is remembered by.</extracomment>
        <translation>Kolommen</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="36"/>
        <source>Employee ID</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="37"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="38"/>
        <source>First name (part of the name)</source>
        <translation>Voornaam (deel van de naam)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="39"/>
        <source>Last name (part of the name)</source>
        <translation>Achternaam (deel van de naam)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="40"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="41"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="42"/>
        <source>Branch</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="43"/>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="44"/>
        <source>Manager&apos;s employee ID</source>
        <translation>Personeelsnummer van de leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="45"/>
        <source>Hire date</source>
        <translation>Datum in dienst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="46"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="47"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="48"/>
        <source>Mentor capacity</source>
        <translation>Mentorcapaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="49"/>
        <source>Competencies</source>
        <translation>Competenties</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="50"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="51"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="52"/>
        <source>(leave out)</source>
        <translation>(weglaten)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="66"/>
        <source>Columns of {0}</source>
        <translation>Kolommen van {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="69"/>
        <source>Choose what each column of your HR system&apos;s file holds. MentorDesk remembers your choice for files with the same columns.</source>
        <translation>Kies wat elke kolom van het bestand uit je HR-systeem bevat. MentorDesk onthoudt je keuze voor bestanden met dezelfde kolommen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="74"/>
        <source>Column in the file</source>
        <translation>Kolom in het bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="74"/>
        <source>Read as</source>
        <translation>Lezen als</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="74"/>
        <source>First row</source>
        <translation>Eerste rij</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="113"/>
        <source>Two columns are read as {0}; choose one of them.</source>
        <translation>Twee kolommen worden gelezen als {0}; kies er één.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="116"/>
        <source>Choose the column that holds {0}.</source>
        <translation>Kies de kolom met {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="118"/>
        <source>Choose the column that holds the name (or the first and last name).</source>
        <translation>Kies de kolom met de naam (of de voornaam en de achternaam).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/file_actions.py" line="194"/>
        <source>Before merging</source>
        <translation>Voor het samenvoegen</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="206"/>
        <source>Both files changed these fields differently. Choose which value to keep; the newer change is chosen for you.</source>
        <translation>Beide bestanden hebben deze velden anders gewijzigd. Kies welke waarde je houdt; de nieuwste wijziging is al gekozen.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>In this file</source>
        <translation>In dit bestand</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="210"/>
        <source>In the other file</source>
        <translation>In het andere bestand</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="210"/>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="220"/>
        <source>This file&apos;s value</source>
        <translation>Waarde van dit bestand</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="221"/>
        <source>The other file&apos;s value</source>
        <translation>Waarde van het andere bestand</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="228"/>
        <source>Merge</source>
        <translation>Samenvoegen</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="88"/>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <extracomment>Qt&apos;s own limits of a date edit, kept so code written for QDateEdit means the same.</extracomment>
        <translation>Kies de datum in een kalender (Alt+Omlaag)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="179"/>
        <source>{0} is before the first date allowed here, {1}. The field shows {2} again.</source>
        <translation>{0} ligt vóór de eerste datum die hier mag, {1}. Het veld toont weer {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="182"/>
        <source>{0} is after the last date allowed here, {1}. The field shows {2} again.</source>
        <translation>{0} ligt na de laatste datum die hier mag, {1}. Het veld toont weer {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="184"/>
        <source>“{0}” is not a date: type it like {1}. The field shows {2} again.</source>
        <translation>‘{0}’ is geen datum: typ hem zoals {1}. Het veld toont weer {2}.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="89"/>
        <source>Enrol people</source>
        <translation>Mensen inschrijven</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="96"/>
        <source>Search name, department, branch, title, competency…</source>
        <translation>Zoek op naam, afdeling, vestiging, functie, competentie…</translation>
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
        <translation>Aangemeld (HR beslist later)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="65"/>
        <source>Enrolling people…</source>
        <translation>Mensen inschrijven…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="114"/>
        <source>Enrol</source>
        <translation>Inschrijven</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="119"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="121"/>
        <source>Enrol as:</source>
        <translation>Inschrijven als:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="124"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="145"/>
        <source>No one selected; Ctrl- or Shift-click to select several people.</source>
        <translation>Niemand geselecteerd; Ctrl- of Shift-klik om meerdere mensen te kiezen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/enrol_dialog.py" line="147"/>
        <source>%Ln person(s) selected</source>
        <translation>
            <numerusform>%Ln persoon geselecteerd</numerusform>
            <numerusform>%Ln personen geselecteerd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="71"/>
        <source>Erase person</source>
        <translation>Persoon wissen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="79"/>
        <source>Reason, without naming the person (kept in the erasure log)</source>
        <translation>Reden, zonder de persoon te noemen (bewaard in het wislogboek)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="81"/>
        <source>Erase permanently</source>
        <translation>Definitief wissen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="90"/>
        <source>Remove these backups</source>
        <translation>Deze back-ups verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="110"/>
        <source>Close</source>
        <translation>Sluiten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="111"/>
        <source>The person was erased: %Ln record(s) cleared. The erasure is in the erasure log and travels with every merge.</source>
        <translation>
            <numerusform>De persoon is gewist: %Ln record gewist. Het wissen staat in het wislogboek en gaat mee met elke samenvoeging.</numerusform>
            <numerusform>De persoon is gewist: %Ln records gewist. Het wissen staat in het wislogboek en gaat mee met elke samenvoeging.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="122"/>
        <source>%n backup(s) were taken before the erasure and may still hold the person:</source>
        <translation>
            <numerusform>Er is %n back-up gemaakt vóór het wissen die de persoon nog kan bevatten:</numerusform>
            <numerusform>Er zijn %n back-ups gemaakt vóór het wissen die de persoon nog kunnen bevatten:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="123"/>
        <source>No backup taken before the erasure is left.</source>
        <translation>Er is geen back-up van vóór het wissen meer over.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="132"/>
        <source>The backups could not all be removed ({0}); the rest are still listed.</source>
        <translation>Niet alle back-ups konden worden verwijderd ({0}); de rest staat nog in de lijst.</translation>
    </message>
</context>
<context>
    <name>ErasureLogDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="146"/>
        <source>Erasure log</source>
        <translation>Wislogboek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="152"/>
        <source>{0} UTC, by {1}: {2}</source>
        <translation>{0} UTC, door {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="155"/>
        <source>Nobody has been erased in this file.</source>
        <translation>In dit bestand is niemand gewist.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="159"/>
        <source>Remove these backups</source>
        <translation>Deze back-ups verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="178"/>
        <source>No backup taken before an erasure is left.</source>
        <translation>Er is geen back-up van vóór een wissing meer over.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="186"/>
        <source>The backups could not all be removed ({0}); the rest are still listed.</source>
        <translation>Niet alle back-ups konden worden verwijderd ({0}); de rest staat nog in de lijst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="177"/>
        <source>%n backup(s) were taken before the last erasure and may still hold erased people:</source>
        <translation>
            <numerusform>%n back-up is gemaakt vóór de laatste wissing en kan nog gewiste personen bevatten:</numerusform>
            <numerusform>%n back-ups zijn gemaakt vóór de laatste wissing en kunnen nog gewiste personen bevatten:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureQuestion</name>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="169"/>
        <source>{0} carries %n erasure(s) of people not made in this file. Merging it erases them here too, and an erasure cannot be undone. Merge only if you know about these erasures.</source>
        <translation>
            <numerusform>{0} bevat %n wissing van een persoon die niet in dit bestand is gedaan. Samenvoegen wist die hier ook, en een wissing kan niet ongedaan worden gemaakt. Voeg alleen samen als u van deze wissing weet.</numerusform>
            <numerusform>{0} bevat %n wissingen van personen die niet in dit bestand zijn gedaan. Samenvoegen wist hen hier ook, en een wissing kan niet ongedaan worden gemaakt. Voeg alleen samen als u van deze wissingen weet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="154"/>
        <source>Extend relationship</source>
        <translation>Relatie verlengen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="161"/>
        <source>Why is more time needed?</source>
        <translation>Waarom is er meer tijd nodig?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="162"/>
        <source>A relationship can last at most %Ln month(s) from its start ({0}).</source>
        <translation>
            <numerusform>Een relatie kan hoogstens %Ln maand duren vanaf de start ({0}).</numerusform>
            <numerusform>Een relatie kan hoogstens %Ln maanden duren vanaf de start ({0}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="168"/>
        <source>Planned end now</source>
        <translation>Huidige geplande einddatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="169"/>
        <source>&amp;New end</source>
        <translation>&amp;Nieuwe einddatum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="170"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="65"/>
        <source>Clear filters</source>
        <translation>Filters wissen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="70"/>
        <source>Department:</source>
        <translation>Afdeling:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="70"/>
        <source>Branch:</source>
        <translation>Vestiging:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="71"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="71"/>
        <source>Program:</source>
        <translation>Programma:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="97"/>
        <source>All departments</source>
        <translation>Alle afdelingen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="98"/>
        <source>All branches</source>
        <translation>Alle vestigingen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="99"/>
        <source>All roles</source>
        <translation>Alle rollen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="100"/>
        <source>All programs</source>
        <translation>Alle programma&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="101"/>
        <source>{0} (archived)</source>
        <translation>{0} (gearchiveerd)</translation>
    </message>
</context>
<context>
    <name>FormImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/form_import_dialog.py" line="46"/>
        <source>Returned check-in forms</source>
        <translation>Teruggestuurde check-informulieren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_import_dialog.py" line="54"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_import_dialog.py" line="54"/>
        <source>Result</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_import_dialog.py" line="54"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="54"/>
        <source>Edit goal</source>
        <translation>Doel bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="54"/>
        <source>Add goal</source>
        <translation>Doel toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="91"/>
        <source>How will you both know it is reached?</source>
        <translation>Hoe weten jullie allebei dat het bereikt is?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="102"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="118"/>
        <source>Due by</source>
        <translation>Uiterlijk op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="132"/>
        <source>&amp;Title</source>
        <translation>&amp;Titel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="133"/>
        <source>&amp;Description</source>
        <translation>&amp;Omschrijving</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="134"/>
        <source>&amp;Success measure</source>
        <translation>&amp;Succesmaatstaf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="135"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="136"/>
        <source>&amp;Progress</source>
        <translation>&amp;Voortgang</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="139"/>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="140"/>
        <source>&amp;Competency</source>
        <translation>&amp;Competentie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="64"/>
        <source>A new goal starts open at 0%; change its status and progress later.</source>
        <translation>Een nieuw doel begint open op 0%; wijzig status en voortgang later.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="163"/>
        <source>No linked competency</source>
        <translation>Geen gekoppelde competentie</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../../ui/widgets/guarded_dialog.py" line="80"/>
        <source>Your changes in this window are not saved yet.</source>
        <extracomment>Dialogs whose changes are a choice rather than typed work may turn the question off.</extracomment>
        <translation>Je wijzigingen in dit venster zijn nog niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>HeaderFields</name>
    <message>
        <location filename="../../ui/report_header.py" line="60"/>
        <source>Shown in the page header of every report</source>
        <extracomment>Where older versions kept the header on the laptop (`mentordesk.services.reports` keys).</extracomment>
        <translation>Staat in de paginakop van elk rapport</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="66"/>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="70"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="82"/>
        <source>&amp;Company name:</source>
        <translation>&amp;Bedrijfsnaam:</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="83"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="100"/>
        <source>Open a company file to set its report header.</source>
        <translation>Open een bedrijfsbestand om de kop van de rapporten in te stellen.</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="102"/>
        <source>This file is open read-only, so its report header cannot be changed now.</source>
        <translation>Dit bestand is alleen-lezen geopend, dus de kop van de rapporten kan nu niet worden gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="104"/>
        <source>Kept in {0}: every computer that opens it prints the same header.</source>
        <translation>Opgeslagen in {0}: elke computer die het opent, drukt dezelfde kop af.</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="109"/>
        <source>The file&apos;s logo</source>
        <translation>Het logo van het bestand</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="109"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="119"/>
        <source>Choose a logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="119"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="53"/>
        <source>Import preview: {0}</source>
        <extracomment>Changes listed one by one (new, then changed people, each up to this many); the rest are counted.</extracomment>
        <translation>Voorbeeld van de import: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="65"/>
        <source>Changes</source>
        <translation>Wijzigingen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="67"/>
        <source>Likely duplicates (%n)</source>
        <translation>
            <numerusform>Mogelijke dubbelen (%n)</numerusform>
            <numerusform>Mogelijke dubbelen (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="69"/>
        <source>Bad lines (%n)</source>
        <translation>
            <numerusform>Foute regels (%n)</numerusform>
            <numerusform>Foute regels (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="71"/>
        <source>Warnings</source>
        <translation>Waarschuwingen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="77"/>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="80"/>
        <source>Columns…</source>
        <translation>Kolommen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="89"/>
        <source>%n new people</source>
        <translation>
            <numerusform>%n nieuwe persoon</numerusform>
            <numerusform>%n nieuwe mensen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="89"/>
        <source>%n people changed</source>
        <translation>
            <numerusform>%n persoon gewijzigd</numerusform>
            <numerusform>%n mensen gewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="90"/>
        <source>%n people unchanged</source>
        <translation>
            <numerusform>%n persoon ongewijzigd</numerusform>
            <numerusform>%n mensen ongewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="90"/>
        <source>%n people archived</source>
        <translation>
            <numerusform>%n persoon gearchiveerd</numerusform>
            <numerusform>%n mensen gearchiveerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="91"/>
        <source>%n people brought back from the archive</source>
        <translation>
            <numerusform>%n persoon teruggehaald uit het archief</numerusform>
            <numerusform>%n mensen teruggehaald uit het archief</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="95"/>
        <source>This file cannot be imported: %n line has a problem. Fix it in the file and import again; nothing has been changed.</source>
        <translation>
            <numerusform>Dit bestand kan niet worden geïmporteerd: %n regel heeft een probleem. Verbeter het in het bestand en importeer opnieuw; er is niets gewijzigd.</numerusform>
            <numerusform>Dit bestand kan niet worden geïmporteerd: %n regels hebben een probleem. Verbeter ze in het bestand en importeer opnieuw; er is niets gewijzigd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="98"/>
        <source>Some people may already be in MentorDesk under another employee ID. They are listed, not merged: check them, then import or cancel.</source>
        <translation>Sommige mensen staan misschien al in MentorDesk onder een ander personeelsnummer. Ze worden getoond, niet samengevoegd: controleer ze en importeer of annuleer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="100"/>
        <source>Nothing has been changed yet. Import to apply these changes, or Cancel.</source>
        <translation>Er is nog niets gewijzigd. Importeer om deze wijzigingen door te voeren, of annuleer.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="104"/>
        <source>New person</source>
        <translation>Nieuwe persoon</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="108"/>
        <source>%n more not listed</source>
        <translation>
            <numerusform>nog %n niet getoond</numerusform>
            <numerusform>nog %n niet getoond</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="111"/>
        <source>Employee ID</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="111"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="111"/>
        <source>What changes</source>
        <translation>Wat verandert</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="126"/>
        <source>already in MentorDesk as {0}</source>
        <translation>al in MentorDesk als {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="126"/>
        <source>also in this file as {0}</source>
        <translation>ook in dit bestand als {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="127"/>
        <source>Line {0}: {1} ({2}) may be the same person, {3}</source>
        <translation>Regel {0}: {1} ({2}) is misschien dezelfde persoon, {3}</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="142"/>
        <source>Import finished: {0}</source>
        <translation>Import voltooid: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="143"/>
        <source>%n people added</source>
        <translation>
            <numerusform>%n persoon toegevoegd</numerusform>
            <numerusform>%n mensen toegevoegd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="143"/>
        <source>%n people updated</source>
        <translation>
            <numerusform>%n persoon bijgewerkt</numerusform>
            <numerusform>%n mensen bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="144"/>
        <source>%n people unchanged</source>
        <translation>
            <numerusform>%n persoon ongewijzigd</numerusform>
            <numerusform>%n mensen ongewijzigd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="145"/>
        <source>%n competency assessments recorded</source>
        <translation>
            <numerusform>%n competentiebeoordeling vastgelegd</numerusform>
            <numerusform>%n competentiebeoordelingen vastgelegd</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="146"/>
        <source>To take this import back, choose Edit &gt; Undo import of {0}.</source>
        <translation>Om deze import terug te draaien kies je Bewerken &gt; Import van {0} ongedaan maken.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="149"/>
        <source>Nothing was imported: {0}</source>
        <translation>Er is niets geïmporteerd: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="150"/>
        <source>Nothing was imported: %n line has a problem. Fix the file and import it again.</source>
        <translation>
            <numerusform>Er is niets geïmporteerd: %n regel heeft een probleem. Verbeter het bestand en importeer het opnieuw.</numerusform>
            <numerusform>Er is niets geïmporteerd: %n regels hebben een probleem. Verbeter het bestand en importeer het opnieuw.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindFields</name>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="34"/>
        <source>The competency the junior colleagues teach the senior ones.</source>
        <translation>De competentie die de junioren aan de senioren leren.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="37"/>
        <source>e.g. the warehouse team, or Finance</source>
        <translation>bijv. het magazijnteam of Financiën</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="47"/>
        <source>&amp;Group size:</source>
        <translation>&amp;Groepsgrootte:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="47"/>
        <source>Sessio&amp;ns:</source>
        <translation>Sessies (&amp;n):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="48"/>
        <source>The junior &amp;teaches:</source>
        <translation>De junior &amp;leert aan:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="48"/>
        <source>&amp;Host:</source>
        <translation>&amp;Gastheer:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="49"/>
        <source>&amp;Visits:</source>
        <translation>&amp;Bezoeken:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="49"/>
        <source>Visit &amp;length:</source>
        <translation>&amp;Duur van een bezoek:</translation>
    </message>
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
            <numerusform> uur</numerusform>
            <numerusform> uur</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="70"/>
        <source>One experienced mentor guides one mentee over several months.</source>
        <translation>Eén ervaren mentor begeleidt één mentee gedurende enkele maanden.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="71"/>
        <source>One mentor meets a small group of mentees for a fixed number of sessions.</source>
        <translation>Eén mentor komt een vast aantal sessies samen met een kleine groep mentees.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="72"/>
        <source>A junior colleague teaches a senior one a competency they know better, such as digital tools.</source>
        <translation>Een junior collega leert een senior collega een competentie die hij beter beheerst, zoals digitale hulpmiddelen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="74"/>
        <source>Colleagues at a similar level learn from each other in equal pairs; each person is in one pair.</source>
        <translation>Collega&apos;s van een vergelijkbaar niveau leren van elkaar in gelijkwaardige koppels; iedereen zit in één koppel.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="76"/>
        <source>A mentee spends a few short visits with a host to see their work first-hand.</source>
        <translation>Een mentee loopt enkele korte bezoeken mee met een gastheer om het werk van dichtbij te zien.</translation>
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
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="125"/>
        <source>&amp;New…</source>
        <translation>&amp;Nieuw…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="126"/>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="129"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="131"/>
        <source>&amp;Import People…</source>
        <translation>Mensen &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="132"/>
        <source>&amp;Export People…</source>
        <translation>Mensen &amp;exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="146"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="150"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="154"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="155"/>
        <source>&amp;About MentorDesk</source>
        <translation>&amp;Over MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="158"/>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="225"/>
        <source>Cannot open file</source>
        <translation>Kan bestand niet openen</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="231"/>
        <source>MentorDesk — {0}</source>
        <translation>MentorDesk — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="296"/>
        <source>Reloaded: someone else changed the file.</source>
        <translation>Opnieuw geladen: iemand anders heeft het bestand gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="315"/>
        <source>New MentorDesk file</source>
        <translation>Nieuw MentorDesk-bestand</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="315"/>
        <source>MentorDesk files (*.db)</source>
        <translation>MentorDesk-bestanden (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="321"/>
        <source>A file with that name already exists; choose Open to use it.</source>
        <translation>Er bestaat al een bestand met die naam; kies Openen om het te gebruiken.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="326"/>
        <source>Open MentorDesk file</source>
        <translation>MentorDesk-bestand openen</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="326"/>
        <source>MentorDesk files (*.db);;All files (*)</source>
        <translation>MentorDesk-bestanden (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="32"/>
        <source>Import people</source>
        <translation>Mensen importeren</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="33"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-bestanden (*.csv);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="61"/>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="63"/>
        <source>Importing people…</source>
        <translation>Mensen importeren…</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="72"/>
        <source>Export people</source>
        <translation>Mensen exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="73"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app.py" line="347"/>
        <source>Exported %Ln person(s).</source>
        <translation>
            <numerusform>%Ln persoon geëxporteerd.</numerusform>
            <numerusform>%Ln personen geëxporteerd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="266"/>
        <source>This is a demo company. Choose File &gt; New to start your own file, then File &gt; Import People… to load your HR export.</source>
        <translation>Dit is een demobedrijf. Kies Bestand &gt; Nieuw om je eigen bestand te beginnen en daarna Bestand &gt; Mensen importeren… om je HR-export te laden.</translation>
    </message>
</context>
<context>
    <name>MatchWaiting</name>
    <message>
        <location filename="../../ui/views/matching/waiting_pane.py" line="63"/>
        <source>Waiting list before the match ({0})</source>
        <translation>Wachtlijst vóór het koppelen ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/waiting_pane.py" line="67"/>
        <source>Mentees on the waiting list are never matched: accept them in Programs to include them in the next match.</source>
        <translation>Mentees op de wachtlijst worden nooit gekoppeld: accepteer ze in Programma&apos;s om ze bij de volgende koppeling mee te nemen.</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="39"/>
        <source>Prepare introductions</source>
        <translation>Kennismakingen voorbereiden</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="39"/>
        <source>Write the introduction e-mails of the pairs just approved, with why they were paired and their meetings as a calendar file.</source>
        <translation>De kennismakingsmails van de zojuist goedgekeurde koppels schrijven, met waarom ze gekoppeld zijn en hun afspraken als agendabestand.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="177"/>
        <source>Prepare introductions writes their introduction e-mails.</source>
        <translation>‘Kennismakingen voorbereiden’ schrijft hun kennismakingsmails.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="35"/>
        <location filename="../../ui/views/matching/view.py" line="111"/>
        <location filename="../../ui/views/matching/view.py" line="160"/>
        <source>Matching</source>
        <extracomment>What the last approval did (created ids, .skipped, .waitlisted); None until one finishes. Program kind the table&apos;s sort was last chosen for (group programs sort by mentor).</extracomment>
        <translation>Koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="53"/>
        <source>Program:</source>
        <translation>Programma:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="58"/>
        <source>Run match</source>
        <translation>Koppeling uitvoeren</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="65"/>
        <location filename="../../ui/views/matching/running.py" line="46"/>
        <location filename="../../ui/views/matching/running.py" line="84"/>
        <source>Matching… %p%</source>
        <translation>Koppelen… %p%</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="68"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="81"/>
        <source>Edit weights…</source>
        <translation>Gewichten bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="25"/>
        <location filename="../../ui/views/matching/view.py" line="187"/>
        <source>Lock</source>
        <translation>Vastzetten</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="26"/>
        <source>Keep this pair in every run until it is approved.</source>
        <translation>Houd dit koppel in elke ronde tot het is goedgekeurd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="27"/>
        <source>Reject</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="27"/>
        <source>Never propose this pair again, and run the match again.</source>
        <translation>Stel dit koppel nooit meer voor en koppel opnieuw.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="29"/>
        <source>Swap…</source>
        <translation>Ruilen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="30"/>
        <source>Exchange mentors with another proposal.</source>
        <translation>Ruil mentoren met een ander voorstel.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="31"/>
        <source>Re-run</source>
        <translation>Opnieuw</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="32"/>
        <source>Locks and exclusions…</source>
        <translation>Vastgezet en uitgesloten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="32"/>
        <source>See the pairs HR locked or rejected in this program, and undo a decision.</source>
        <translation>Bekijk de koppels die HR in dit programma vastzette of afwees, en maak een besluit ongedaan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="37"/>
        <source>Approve selected</source>
        <translation>Selectie goedkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="38"/>
        <source>Approve all</source>
        <translation>Alles goedkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/waiting_pane.py" line="43"/>
        <location filename="../../ui/views/matching/waiting_pane.py" line="73"/>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="187"/>
        <source>Unlock</source>
        <translation>Losmaken</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="197"/>
        <source>Open a file with a program to match its participants.</source>
        <translation>Open een bestand met een programma om de deelnemers te koppelen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="208"/>
        <source>same branch preferred</source>
        <translation>zelfde vestiging voorkeur</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="208"/>
        <source>branch ignored</source>
        <translation>vestiging genegeerd</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="209"/>
        <source>other branch preferred</source>
        <translation>andere vestiging voorkeur</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="210"/>
        <source>other department preferred</source>
        <translation>andere afdeling voorkeur</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="211"/>
        <source>same department a small bonus</source>
        <translation>zelfde afdeling kleine bonus</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="212"/>
        <source>Weights: {0} ({1}; {2}).</source>
        <translation>Gewichten: {0} ({1}; {2}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="47"/>
        <source>Matching…</source>
        <translation>Koppelen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="70"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="247"/>
        <source>{0} with {1}, {2}. Total score {3}.</source>
        <translation>{0} met {1}, {2}. Totaalscore {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="248"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln groep</numerusform>
            <numerusform>%Ln groepen</numerusform>
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
            <numerusform>%Ln wachtend</numerusform>
            <numerusform>%Ln wachtend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="250"/>
        <source>{0}, {1}. Total score {2}.</source>
        <translation>{0}, {1}. Totaalscore {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="251"/>
        <source>%Ln proposed pair(s)</source>
        <translation>
            <numerusform>%Ln voorgesteld koppel</numerusform>
            <numerusform>%Ln voorgestelde koppels</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="255"/>
        <source>Start %Ln relationship(s) now?</source>
        <translation>
            <numerusform>%Ln relatie nu starten?</numerusform>
            <numerusform>%Ln relaties nu starten?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="256"/>
        <source>Start {0} now and put {1} on the waiting list with the reasons shown?</source>
        <translation>{0} nu starten en {1} op de wachtlijst zetten met de getoonde redenen?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="257"/>
        <source>%Ln relationship(s)</source>
        <translation>
            <numerusform>%Ln relatie</numerusform>
            <numerusform>%Ln relaties</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="261"/>
        <source>%Ln relationship(s) started.</source>
        <translation>
            <numerusform>%Ln relatie gestart.</numerusform>
            <numerusform>%Ln relaties gestart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="262"/>
        <source>%Ln pair(s) were skipped because the file changed since the match was run:</source>
        <translation>
            <numerusform>%Ln koppel is overgeslagen omdat het bestand na het koppelen is gewijzigd:</numerusform>
            <numerusform>%Ln koppels zijn overgeslagen omdat het bestand na het koppelen is gewijzigd:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/waiting_pane.py" line="64"/>
        <source>Waiting list ({0})</source>
        <translation>Wachtlijst ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="126"/>
        <source>The match could not be run</source>
        <translation>Het koppelen kon niet worden uitgevoerd</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="132"/>
        <source>Matching cancelled; the previous proposals are still shown.</source>
        <translation>Koppelen geannuleerd; de vorige voorstellen blijven zichtbaar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="56"/>
        <source>{0} is no longer locked to {1}.</source>
        <translation>{0} zit niet meer vast aan {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="61"/>
        <source>{0} stays with {1} in every run until approved.</source>
        <translation>{0} blijft in elke ronde bij {1} tot goedkeuring.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="75"/>
        <source>{0} will not be proposed with {1} again.</source>
        <translation>{0} wordt niet meer voorgesteld met {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="85"/>
        <source>No swap is possible for {0}: every other proposal has the same mentor or a matching rule forbids the exchange.</source>
        <translation>Voor {0} is geen ruil mogelijk: elk ander voorstel heeft dezelfde mentor of een koppelregel verbiedt de ruil.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="88"/>
        <source>{0} (with {1})</source>
        <translation>{0} (met {1})</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="90"/>
        <source>Swap mentors</source>
        <translation>Mentoren ruilen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="91"/>
        <source>Give {0}&apos;s mentor, {1}, to:</source>
        <translation>Geef de mentor van {0}, {1}, aan:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="112"/>
        <source>Mentors swapped and locked.</source>
        <translation>Mentoren geruild en vastgezet.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="146"/>
        <source>Approve pairs</source>
        <translation>Koppels goedkeuren</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="160"/>
        <source>Starting relationships… %p%</source>
        <translation>Relaties starten… %p%</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="160"/>
        <source>Stop and start nobody: the approval is undone as a whole.</source>
        <translation>Stoppen en niemand starten: de goedkeuring wordt helemaal teruggedraaid.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="162"/>
        <source>Approving pairs…</source>
        <translation>Koppels goedkeuren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="203"/>
        <source>The pairs were not approved</source>
        <translation>De koppels zijn niet goedgekeurd</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="208"/>
        <source>Approval cancelled; no relationship was started.</source>
        <translation>Goedkeuring geannuleerd; er is geen relatie gestart.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="132"/>
        <source>Decisions removed; running the match again.</source>
        <translation>Besluiten verwijderd; er wordt opnieuw gekoppeld.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="161"/>
        <source>Weights changed: run the match again to see their effect.</source>
        <translation>Gewichten gewijzigd: koppel opnieuw om het effect te zien.</translation>
    </message>
</context>
<context>
    <name>MatchingWeights</name>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="74"/>
        <source>Skill gaps covered</source>
        <translation>Ontwikkelpunten gedekt</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="75"/>
        <source>Stated wishes</source>
        <translation>Uitgesproken wensen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="76"/>
        <source>Seniority</source>
        <translation>Anciënniteit</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="77"/>
        <source>Branch</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="78"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="79"/>
        <source>Shared language</source>
        <translation>Gedeelde taal</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="69"/>
        <source>Edit meeting</source>
        <translation>Gesprek bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="69"/>
        <source>Log meeting</source>
        <translation>Gesprek vastleggen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="93"/>
        <source>{0} and {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="95"/>
        <source>Started {0}</source>
        <translation>Gestart op {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="109"/>
        <source>No time</source>
        <translation>Geen tijd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="116"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="136"/>
        <source>With notice</source>
        <translation>Tijdig gemeld</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="138"/>
        <source>Was the meeting moved with enough notice? Only asked for a rescheduled meeting.</source>
        <translation>Is het gesprek tijdig verzet? Alleen gevraagd bij een verzet gesprek.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="143"/>
        <source>What was discussed, in a few words</source>
        <translation>Wat is besproken, in een paar woorden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="163"/>
        <source>This relationship has no goals yet.</source>
        <translation>Deze relatie heeft nog geen doelen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="173"/>
        <source>Notes are confidential: they are left out of printed reports unless HR includes them.</source>
        <translation>Notities zijn vertrouwelijk: ze staan niet in geprinte rapporten, tenzij HR ze opneemt.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="185"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="186"/>
        <source>T&amp;ime</source>
        <translation>T&amp;ijd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="187"/>
        <source>D&amp;uration</source>
        <translation>D&amp;uur</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="188"/>
        <source>M&amp;ode</source>
        <translation>&amp;Vorm</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="189"/>
        <source>Out&amp;come</source>
        <translation>&amp;Uitkomst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="191"/>
        <source>&amp;Topics</source>
        <translation>&amp;Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="192"/>
        <source>&amp;Goals discussed</source>
        <translation>Besproken &amp;doelen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="193"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notities</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="203"/>
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation>Opslaan (Enter of Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>MergeLogDialog</name>
    <message>
        <location filename="../../ui/file_actions.py" line="240"/>
        <source>Merge log</source>
        <translation>Logboek samenvoegen</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="247"/>
        <source>When</source>
        <translation>Wanneer</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="247"/>
        <source>From file</source>
        <translation>Uit bestand</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="247"/>
        <source>What came in</source>
        <translation>Wat er binnenkwam</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="258"/>
        <source>nothing new</source>
        <translation>niets nieuws</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="260"/>
        <source>No file has been merged into this one yet.</source>
        <translation>Er is nog geen bestand met dit bestand samengevoegd.</translation>
    </message>
</context>
<context>
    <name>MessageTextDialog</name>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="40"/>
        <source>E-mail texts of {0}</source>
        <translation>E-mailteksten van {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="46"/>
        <source>Introduction of a new pair</source>
        <translation>Kennismaking van een nieuw koppel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="47"/>
        <source>Reminder: no recent meeting</source>
        <translation>Herinnering: geen recent gesprek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="48"/>
        <source>Reminder: check-in overdue</source>
        <translation>Herinnering: check-in te laat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="57"/>
        <source>Placeholders (a name after $ is filled in for each e-mail): {0}</source>
        <translation>Invulvelden (een naam na $ wordt per e-mail ingevuld): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="65"/>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="67"/>
        <source>Use MentorDesk&apos;s text</source>
        <translation>Tekst van MentorDesk gebruiken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="79"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="80"/>
        <source>Subject</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="121"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
</context>
<context>
    <name>NextStageDialog</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="61"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="87"/>
        <source>Next stage</source>
        <extracomment>The former private names, still used by ui/dialogs/replace_mentor_dialog.py.</extracomment>
        <translation>Volgende fase</translation>
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
        <translation>Geen: dit is de laatste fase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="73"/>
        <source>C&amp;orrect to an earlier stage</source>
        <translation>C&amp;orrigeren naar een eerdere fase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="80"/>
        <source>Only to put right a stage recorded by mistake: the dates of the later stages are removed.</source>
        <translation>Alleen om een per ongeluk vastgelegde fase te herstellen: de datums van de latere fasen worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="86"/>
        <source>Current stage</source>
        <translation>Huidige fase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="88"/>
        <source>&amp;Began on</source>
        <translation>&amp;Begonnen op</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="90"/>
        <source>Back to &amp;stage</source>
        <translation>Terug naar &amp;fase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="113"/>
        <source>Correct…</source>
        <translation>Corrigeren…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="113"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="115"/>
        <source>This relationship is already in its last stage.</source>
        <translation>Deze relatie zit al in de laatste fase.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="127"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="135"/>
        <source>Correct the stage</source>
        <translation>Fase corrigeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="128"/>
        <source>Move {0} and {1} back from stage {2} ({3}) to stage {4} ({5})? The dates recorded for the later stages are removed.</source>
        <translation>{0} en {1} terugzetten van fase {2} ({3}) naar fase {4} ({5})? De vastgelegde datums van de latere fasen worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="77"/>
        <source>Pair two people</source>
        <translation>Twee mensen koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="91"/>
        <source>No program</source>
        <translation>Geen programma</translation>
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
        <translation>&amp;Programma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="116"/>
        <source>&amp;Start</source>
        <translation>&amp;Start</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="117"/>
        <source>Meeting &amp;frequency</source>
        <translation>&amp;Frequentie van gesprekken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="118"/>
        <source>Meeting m&amp;ode</source>
        <translation>V&amp;orm van gesprekken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="145"/>
        <source>Choose a mentor and a mentee.</source>
        <translation>Kies een mentor en een mentee.</translation>
    </message>
</context>
<context>
    <name>PairRulesDialog</name>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="61"/>
        <source>Locks and exclusions</source>
        <extracomment>True once a rule was removed, so the caller knows its proposals are stale.</extracomment>
        <translation>Vastgezet en uitgesloten</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="64"/>
        <source>Pairs HR decided on in {0}. A locked pair is kept in every run until it is approved; an excluded pair is never proposed. Remove a decision to let the matcher choose freely again.</source>
        <translation>Koppels waarover HR in {0} besliste. Een vastgezet koppel blijft in elke ronde tot het is goedgekeurd; een uitgesloten koppel wordt nooit voorgesteld. Verwijder een besluit om het koppelen weer vrij te laten kiezen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="74"/>
        <source>No locks or exclusions in this program.</source>
        <translation>Geen vastgezette of uitgesloten koppels in dit programma.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="78"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="80"/>
        <source>Forget this decision: the pair may be proposed again.</source>
        <translation>Vergeet dit besluit: het koppel kan weer worden voorgesteld.</translation>
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
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="37"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="41"/>
        <source>Locked</source>
        <translation>Vastgezet</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="41"/>
        <source>Excluded</source>
        <translation>Uitgesloten</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="43"/>
        <source>Enrol people…</source>
        <translation>Mensen inschrijven…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="45"/>
        <source>Accept</source>
        <translation>Accepteren</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="47"/>
        <source>Decline…</source>
        <translation>Afwijzen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="49"/>
        <source>Waitlist…</source>
        <translation>Op wachtlijst…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/participants_tab.py" line="128"/>
        <source>{0}: held {1} of %Ln meeting(s)</source>
        <translation>
            <numerusform>{0}: {1} van %Ln gesprek gehouden</numerusform>
            <numerusform>{0}: {1} van %Ln gesprekken gehouden</numerusform>
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
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="52"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="64"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="65"/>
        <source>Employee ID</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="66"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="67"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="68"/>
        <source>Branch</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="69"/>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="70"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="72"/>
        <source>Hire date</source>
        <translation>Datum in dienst</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="74"/>
        <source>Role</source>
        <translation>Rol</translation>
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
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="77"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="78"/>
        <source>Branch</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="79"/>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="80"/>
        <source>In this program</source>
        <translation>In dit programma</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/views/people/view.py" line="96"/>
        <source>Search name, email, department, branch, competency…</source>
        <extracomment>The search keys are made this long after a reload, once the list is painted (see search_keys.py).</extracomment>
        <translation>Zoek op naam, e-mail, afdeling, vestiging, competentie…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="99"/>
        <source>Show archived</source>
        <translation>Gearchiveerden tonen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="103"/>
        <source>Add…</source>
        <translation>Toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="94"/>
        <location filename="../../ui/views/people/view.py" line="104"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="105"/>
        <location filename="../../ui/views/people/view.py" line="361"/>
        <source>Archive</source>
        <translation>Archiveren</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="154"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="155"/>
        <source>History</source>
        <translation>Geschiedenis</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="167"/>
        <source>People</source>
        <translation>Mensen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/view.py" line="269"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persoon</numerusform>
            <numerusform>%Ln personen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="271"/>
        <source>{0} of {1} shown</source>
        <translation>{0} van {1} getoond</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/view.py" line="299"/>
        <source>%n people selected: archive them, change their role or enrol them in a program together.</source>
        <translation>
            <numerusform>%n persoon gekozen.</numerusform>
            <numerusform>%n mensen gekozen: archiveer ze, wijzig hun rol of schrijf ze samen in een programma in.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="301"/>
        <source>Select one person to see their history.</source>
        <translation>Kies één persoon om de geschiedenis te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="306"/>
        <source>Select a person to see their history.</source>
        <translation>Kies een persoon om de geschiedenis te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="325"/>
        <source>No file is open.</source>
        <translation>Er is geen bestand geopend.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="326"/>
        <source>No people yet. Click Add… or use File &gt; Import People… to load your HR export.</source>
        <translation>Nog geen mensen. Klik op Toevoegen… of gebruik Bestand &gt; Mensen importeren… om je HR-export te laden.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="329"/>
        <source>No one matches your search and filters. Clear filters shows everyone.</source>
        <translation>Niemand past bij je zoekopdracht en filters. Filters wissen toont iedereen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="330"/>
        <source>No one matches your search.</source>
        <translation>Niemand voldoet aan je zoekopdracht.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="331"/>
        <source>Select a person to see their details.</source>
        <translation>Selecteer een persoon om de gegevens te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="361"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/view.py" line="366"/>
        <source>%n people selected</source>
        <translation>
            <numerusform>%n persoon gekozen</numerusform>
            <numerusform>%n mensen gekozen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="98"/>
        <source>Export personal data…</source>
        <translation>Persoonsgegevens exporteren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="99"/>
        <source>Erase person…</source>
        <translation>Persoon wissen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="102"/>
        <source>Erasure log and old backups…</source>
        <translation>Wislogboek en oude back-ups…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="95"/>
        <location filename="../../ui/views/people/view.py" line="124"/>
        <source>Change role…</source>
        <translation>Rol wijzigen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="96"/>
        <location filename="../../ui/views/people/view.py" line="126"/>
        <source>Enrol in program…</source>
        <translation>Inschrijven in programma…</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="59"/>
        <source>Type to search…</source>
        <translation>Typ om te zoeken…</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <location filename="../../ui/views/people/detail.py" line="60"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="60"/>
        <source>Employee ID</source>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="60"/>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="61"/>
        <source>Hire date</source>
        <translation>Datum in dienst</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="61"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="61"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="62"/>
        <source>Mentor capacity</source>
        <translation>Mentorcapaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="62"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="48"/>
        <source>&lt;b&gt;Competency portrait&lt;/b&gt;</source>
        <extracomment>The rows of the form, in order: (key, label); labels are translated in `PersonDetail._labels`.</extracomment>
        <translation>&lt;b&gt;Competentieprofiel&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="57"/>
        <source>Select a person to see their details.</source>
        <translation>Selecteer een persoon om de gegevens te zien.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="75"/>
        <source>Edit {0}</source>
        <translation>{0} bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="75"/>
        <source>Add person</source>
        <translation>Persoon toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="105"/>
        <source>e.g. E0123</source>
        <translation>bijv. E0123</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="108"/>
        <source>name@company.com</source>
        <translation>naam@bedrijf.nl</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_manager.py" line="28"/>
        <source>(no manager)</source>
        <translation>(geen leidinggevende)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="125"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="127"/>
        <source>No date</source>
        <translation>Geen datum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="128"/>
        <source>The hire date is not known</source>
        <translation>De datum in dienst is niet bekend</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="138"/>
        <source>two-letter codes, e.g. en, nl, es</source>
        <translation>codes van twee letters, bijv. en, nl, es</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="141"/>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="146"/>
        <source>How many mentees this person can take at a time</source>
        <translation>Hoeveel mentees deze persoon tegelijk kan begeleiden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="33"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="152"/>
        <source>Employee ID</source>
        <extracomment>(field, theirs, yours, differs) -- one row of the comparison.</extracomment>
        <translation>Personeelsnummer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="33"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="153"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="34"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="154"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="34"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="155"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="35"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="156"/>
        <source>Branch</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="35"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="157"/>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="36"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="158"/>
        <source>Manager</source>
        <translation>Leidinggevende</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="37"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="159"/>
        <source>Hire date</source>
        <translation>Datum in dienst</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="37"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="160"/>
        <source>Languages</source>
        <translation>Talen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="38"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="161"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="162"/>
        <source>Mentor capacity</source>
        <translation>Mentorcapaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="38"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="163"/>
        <source>Notes</source>
        <translation>Notities</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_portrait.py" line="33"/>
        <location filename="../../ui/dialogs/person_portrait.py" line="50"/>
        <source>Competency</source>
        <translation>Competentie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_portrait.py" line="34"/>
        <source>Current</source>
        <translation>Huidig</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_portrait.py" line="34"/>
        <source>Target</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="170"/>
        <source>Add competency</source>
        <translation>Competentie toevoegen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="171"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="178"/>
        <source>&lt;b&gt;Competency portrait&lt;/b&gt;</source>
        <translation>&lt;b&gt;Competentieprofiel&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="95"/>
        <source>Details</source>
        <translation>Gegevens</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="187"/>
        <source>Willing to mentor now</source>
        <translation>Wil nu mentor zijn</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="189"/>
        <source>Why do they want to mentor?</source>
        <translation>Waarom wil deze persoon mentor zijn?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="191"/>
        <source>e.g. Tuesday mornings, flexible</source>
        <translation>bijv. dinsdagochtend, flexibel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="193"/>
        <source>How their mentoring is recognised</source>
        <translation>Hoe het mentorschap wordt erkend</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="195"/>
        <source>Motivation</source>
        <translation>Motivatie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="196"/>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="197"/>
        <source>Recognition</source>
        <translation>Erkenning</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="97"/>
        <source>Mentor profile</source>
        <translation>Mentorprofiel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/person_dialog.py" line="218"/>
        <source> mentee(s)</source>
        <translation>
            <numerusform> mentee</numerusform>
            <numerusform> mentees</numerusform>
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
        <translation>Het te bereiken niveau; — voor geen doel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="282"/>
        <source>Recorded assessments stay in the person&apos;s history; set the level instead.</source>
        <translation>Vastgelegde beoordelingen blijven in de geschiedenis van de persoon; pas in plaats daarvan het niveau aan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_manager.py" line="57"/>
        <source>Choose the manager from the list (“{0}” is not a person here).</source>
        <translation>Kies de leidinggevende uit de lijst (‘{0}’ is hier geen persoon).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="39"/>
        <source>Archived</source>
        <translation>Gearchiveerd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="55"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="56"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="80"/>
        <source>Theirs (saved)</source>
        <translation>Hun versie (opgeslagen)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="81"/>
        <source>Yours</source>
        <translation>Jouw versie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="92"/>
        <source>Someone else changed this person</source>
        <translation>Iemand anders heeft deze persoon gewijzigd</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="93"/>
        <source>Someone else saved this person after you opened it. Nothing was saved. Compare both versions and choose.</source>
        <translation>Iemand anders heeft deze persoon opgeslagen nadat jij hem opende. Er is niets opgeslagen. Vergelijk beide versies en kies.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="99"/>
        <source>Keep theirs</source>
        <translation>Hun versie houden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="100"/>
        <source>Overwrite with mine</source>
        <translation>Overschrijven met de mijne</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="398"/>
        <source>Their version is shown; your changes were not saved.</source>
        <translation>Hun versie wordt getoond; jouw wijzigingen zijn niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>PersonHistoryPane</name>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="56"/>
        <source>Select a person to see their history.</source>
        <extracomment>relationship id -&gt; its clickable line in the Relationships section.</extracomment>
        <translation>Kies een persoon om de geschiedenis te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="82"/>
        <source>Open this relationship on the Relationships screen</source>
        <translation>Deze relatie openen op het scherm Relaties</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="115"/>
        <source>{0} has not taken part in a program or a relationship yet.</source>
        <translation>{0} heeft nog niet aan een programma of relatie deelgenomen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="119"/>
        <source>Programs</source>
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="120"/>
        <source>Not enrolled in any program.</source>
        <translation>Niet ingeschreven in een programma.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="122"/>
        <source>Relationships</source>
        <translation>Relaties</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="123"/>
        <source>No relationships.</source>
        <translation>Geen relaties.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="124"/>
        <source>Mentors</source>
        <translation>Mentoren</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="125"/>
        <source>No mentor so far.</source>
        <translation>Nog geen mentor gehad.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="126"/>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="127"/>
        <source>No mentees so far.</source>
        <translation>Nog geen mentees gehad.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="133"/>
        <source>{0}: {1}, {2} (applied {3})</source>
        <translation>{0}: {1}, {2} (aangemeld {3})</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="137"/>
        <source>Mentor of {0}</source>
        <translation>Mentor van {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="137"/>
        <source>Mentee of {0}</source>
        <translation>Mentee van {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="140"/>
        <source>running, stage {0}: {1}</source>
        <translation>loopt, fase {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="142"/>
        <source>ended: {0}</source>
        <translation>beëindigd: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="148"/>
        <source>{0} (now, since {1})</source>
        <translation>{0} (nu, sinds {1})</translation>
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
        <translation>Competentieprofiel</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="71"/>
        <source>{0}: level {1}</source>
        <translation>{0}: niveau {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="72"/>
        <source>{0}: level {1}, target {2}</source>
        <translation>{0}: niveau {1}, doel {2}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="94"/>
        <source>No competencies yet</source>
        <translation>Nog geen competenties</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="215"/>
        <source>Preferred mentors</source>
        <translation>Voorkeursmentoren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="215"/>
        <source>Mentees they would like</source>
        <translation>Gewenste mentees</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="218"/>
        <source>Mentors {0} would like to work with (at most {1}):</source>
        <translation>Mentoren met wie {0} graag wil werken (hoogstens {1}):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="220"/>
        <source>Mentees {0} would like to take:</source>
        <translation>Mentees die {0} graag wil begeleiden:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="251"/>
        <source>At most {0} preferred mentors: untick one first.</source>
        <translation>Hoogstens {0} voorkeursmentoren: vink er eerst een uit.</translation>
    </message>
</context>
<context>
    <name>PrivacyTexts</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="41"/>
        <source>Export personal data</source>
        <translation>Persoonsgegevens exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="41"/>
        <source>ZIP archives (*.zip)</source>
        <translation>ZIP-archieven (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="54"/>
        <source>Personal data exported</source>
        <translation>Persoonsgegevens geëxporteerd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="55"/>
        <source>Wrote {0}: %Ln record(s) naming the person, as a JSON file for other systems and a PDF to read.</source>
        <translation>
            <numerusform>{0} geschreven: %Ln record dat de persoon noemt, als JSON-bestand voor andere systemen en een pdf om te lezen.</numerusform>
            <numerusform>{0} geschreven: %Ln records die de persoon noemen, als JSON-bestand voor andere systemen en een pdf om te lezen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="66"/>
        <source>Edit program</source>
        <extracomment>Weights shown for a program that has none saved yet: the matcher&apos;s own defaults, so what HR sees is what the matcher uses.</extracomment>
        <translation>Programma bewerken</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="66"/>
        <source>New program</source>
        <translation>Nieuw programma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="91"/>
        <source>Why the program exists, e.g. help new team leads grow.</source>
        <translation>Waarom het programma bestaat, bijv. nieuwe teamleiders laten groeien.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="95"/>
        <source>What the company wants to see, e.g. fill 60 % of team-lead vacancies from within.</source>
        <translation>Wat het bedrijf wil zien, bijv. 60 % van de vacatures voor teamleider intern invullen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="104"/>
        <source>Starts on:</source>
        <translation>Begint op:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="108"/>
        <source>Ends on:</source>
        <translation>Eindigt op:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="115"/>
        <source>Untick while the date is not fixed yet.</source>
        <translation>Vink uit zolang de datum nog niet vaststaat.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="126"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="127"/>
        <source>How long each mentoring relationship is planned to last; 6 to 12 months is usual.</source>
        <translation>Hoe lang elke mentorrelatie gepland is; 6 tot 12 maanden is gebruikelijk.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="132"/>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="134"/>
        <source>Mentees accepted beyond this number go on a waiting list.</source>
        <translation>Mentees boven dit aantal komen op een wachtlijst.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="146"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="147"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="148"/>
        <source>&amp;Business goal:</source>
        <translation>&amp;Bedrijfsdoel:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="149"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="151"/>
        <source>&amp;Delivery:</source>
        <translation>&amp;Vorm:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="154"/>
        <source>(6–12 is usual)</source>
        <translation>(6–12 is gebruikelijk)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="156"/>
        <source>&amp;Relationship length:</source>
        <translation>&amp;Duur van de relatie:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="221"/>
        <source>&amp;Maximum participants:</source>
        <translation>&amp;Maximum aantal deelnemers:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="222"/>
        <source>&amp;Maximum mentees:</source>
        <translation>&amp;Maximaal aantal mentees:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="167"/>
        <source>Prefer the same branch</source>
        <translation>Voorkeur voor dezelfde vestiging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="167"/>
        <source>Branch does not matter</source>
        <translation>Vestiging maakt niet uit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="168"/>
        <source>Prefer a different branch</source>
        <translation>Voorkeur voor een andere vestiging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="172"/>
        <source>Prefer mentors from another department</source>
        <translation>Voorkeur voor mentoren van een andere afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="191"/>
        <source>Mentor covers the mentee&apos;s gaps</source>
        <translation>Mentor dekt de ontwikkelpunten van de mentee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="191"/>
        <source>Branch</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="192"/>
        <source>Department</source>
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="192"/>
        <source>Shared language</source>
        <translation>Gedeelde taal</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="193"/>
        <source>Asked for each other</source>
        <translation>Vroegen om elkaar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="193"/>
        <source>Seniority difference</source>
        <translation>Verschil in anciënniteit</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="178"/>
        <source>Matching</source>
        <translation>Koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="180"/>
        <source>Branches:</source>
        <translation>Vestigingen:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="182"/>
        <source>Weights (points; only their proportions matter):</source>
        <translation>Gewichten (punten; alleen de verhoudingen tellen):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="272"/>
        <source>At least one matching weight must be above zero.</source>
        <translation>Minstens één gewicht moet boven nul zijn.</translation>
    </message>
</context>
<context>
    <name>ProgramPane</name>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="101"/>
        <source>up to %Ln mentee(s)</source>
        <translation>
            <numerusform>tot %Ln mentee</numerusform>
            <numerusform>tot %Ln mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="102"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sessie</numerusform>
            <numerusform>%Ln sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="109"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln bezoek</numerusform>
            <numerusform>%Ln bezoeken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="110"/>
        <source>%Ln hour(s) each</source>
        <translation>
            <numerusform>%Ln uur per bezoek</numerusform>
            <numerusform>%Ln uur per bezoek</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="30"/>
        <source>New…</source>
        <translation>Nieuw…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="32"/>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="34"/>
        <source>E-mail texts…</source>
        <translation>E-mailteksten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="36"/>
        <source>Edit the introduction and reminder e-mails of this program.</source>
        <translation>Bewerk de e-mails voor kennismaking en herinnering van dit programma.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="38"/>
        <source>Run again…</source>
        <translation>Opnieuw uitvoeren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="40"/>
        <source>A new program with this one&apos;s settings, texts and weights, without its people.</source>
        <translation>Een nieuw programma met de instellingen, teksten en gewichten van dit programma, zonder de mensen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="42"/>
        <location filename="../../ui/views/programs/program_list.py" line="66"/>
        <source>Archive…</source>
        <translation>Archiveren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="44"/>
        <source>Show archived</source>
        <translation>Gearchiveerde tonen</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="56"/>
        <location filename="../../ui/views/programs/view.py" line="80"/>
        <source>Programs</source>
        <translation>Programma&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="65"/>
        <source>Unarchive</source>
        <translation>Uit archief halen</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="47"/>
        <source>Purpose:</source>
        <translation>Doel:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="48"/>
        <source>Business goal:</source>
        <translation>Bedrijfsdoel:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="49"/>
        <source>Kind:</source>
        <translation>Soort:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="51"/>
        <source>Delivery:</source>
        <translation>Vorm:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="52"/>
        <source>Dates:</source>
        <translation>Datums:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="53"/>
        <source>Relationships last:</source>
        <translation>Relaties duren:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="55"/>
        <location filename="../../ui/views/programs/program_pane.py" line="115"/>
        <source>Maximum mentees:</source>
        <translation>Maximaal aantal mentees:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="68"/>
        <source>Choose a program on the left, or create one with New…</source>
        <translation>Kies links een programma of maak er een met Nieuw…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="70"/>
        <source>Mentees they&apos;d like…</source>
        <translation>Gewenste mentees…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="72"/>
        <location filename="../../ui/views/programs/participants_tab.py" line="96"/>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="94"/>
        <source>Preferences…</source>
        <translation>Voorkeuren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="76"/>
        <source>Mentor pool</source>
        <translation>Mentorpool</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="77"/>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="99"/>
        <source>Groups:</source>
        <translation>Groepen:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="104"/>
        <source>Juniors teach:</source>
        <translation>Junioren leren aan:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="106"/>
        <source>Visits:</source>
        <translation>Bezoeken:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="108"/>
        <source>hosted by {0}</source>
        <translation>bij {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="114"/>
        <source>Maximum participants:</source>
        <translation>Maximum aantal deelnemers:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="122"/>
        <source> (archived)</source>
        <translation> (gearchiveerd)</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="128"/>
        <source>Not fixed yet</source>
        <translation>Nog niet vastgesteld</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/view.py" line="142"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln maand</numerusform>
            <numerusform>%Ln maanden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="134"/>
        <source>No limit</source>
        <translation>Geen limiet</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="135"/>
        <source>{0} — {1} accepted, {2} waiting</source>
        <translation>{0} — {1} geaccepteerd, {2} wachtend</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="140"/>
        <source>Mentor pool ({0})</source>
        <translation>Mentorpool ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="141"/>
        <source>Mentees ({0})</source>
        <translation>Mentees ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="74"/>
        <source>The program was not saved</source>
        <translation>Het programma is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="78"/>
        <source>Saved {0}.</source>
        <translation>{0} opgeslagen.</translation>
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
        <translation>{0} ingeschreven als {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="115"/>
        <source>mentors</source>
        <translation>mentoren</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="116"/>
        <source>mentees</source>
        <translation>mentees</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="134"/>
        <source>Decline</source>
        <translation>Afwijzen</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="135"/>
        <source>Why is {0} declined? The reason is kept with the application.</source>
        <translation>Waarom wordt {0} afgewezen? De reden wordt bij de aanmelding bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="138"/>
        <source>Waiting list</source>
        <translation>Wachtlijst</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="139"/>
        <source>Why does {0} go on the waiting list?</source>
        <translation>Waarom komt {0} op de wachtlijst?</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="155"/>
        <source>Not every decision was saved</source>
        <translation>Niet elk besluit is opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="120"/>
        <location filename="../../ui/views/programs/actions.py" line="158"/>
        <source>The program is full: {0} went on the waiting list.</source>
        <translation>Het programma is vol: {0} staat nu op de wachtlijst.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="200"/>
        <source>The preferences were not saved</source>
        <translation>De voorkeuren zijn niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="210"/>
        <source>Remove from program</source>
        <translation>Uit programma verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="207"/>
        <source>Remove {0} from this program? Their application and status are removed; the people themselves stay.</source>
        <translation>{0} uit dit programma verwijderen? De aanmelding en status worden verwijderd; de personen zelf blijven.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="109"/>
        <source>Select a mentor to read their motivation and evidence.</source>
        <translation>Selecteer een mentor om de motivatie en onderbouwing te lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="123"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="124"/>
        <source>No</source>
        <translation>Nee</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="125"/>
        <source>{0} years</source>
        <translation>{0} jaar</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="132"/>
        <source>{0} since {1}</source>
        <translation>{0} sinds {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="135"/>
        <source>Willing to mentor</source>
        <translation>Wil mentor zijn</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="136"/>
        <source>Motivation</source>
        <translation>Motivatie</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="137"/>
        <source>Availability</source>
        <translation>Beschikbaarheid</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="138"/>
        <source>Seniority</source>
        <translation>Anciënniteit</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="139"/>
        <source>Expertise (level 4–5)</source>
        <translation>Expertise (niveau 4–5)</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="140"/>
        <source>Capacity</source>
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="140"/>
        <source>{0} at a time: {1} active now, {2} free</source>
        <translation>{0} tegelijk: nu {1} actief, {2} vrij</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="142"/>
        <source>Attendance in past relationships</source>
        <translation>Opkomst in eerdere relaties</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="143"/>
        <source>Recognition agreed</source>
        <translation>Afgesproken erkenning</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="42"/>
        <source>The program was not created</source>
        <translation>Het programma is niet aangemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="46"/>
        <source>Created {0} from {1}: enrol its people next.</source>
        <translation>{0} aangemaakt op basis van {1}: schrijf nu de mensen in.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="57"/>
        <source>Archive {0}? It is hidden from the lists and read-only; its relationships and reports stay. Unarchive brings it back (tick Show archived to see it).</source>
        <translation>{0} archiveren? Het verdwijnt uit de lijsten en kan niet meer worden gewijzigd; de relaties en rapporten blijven. Met Uit archief halen komt het terug (vink Gearchiveerde tonen aan om het te zien).</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="60"/>
        <source>Archive program</source>
        <translation>Programma archiveren</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="78"/>
        <source>Archived {0}.</source>
        <translation>{0} gearchiveerd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="79"/>
        <source>{0} is no longer archived.</source>
        <translation>{0} staat niet meer in het archief.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="82"/>
        <source>{0} and {1}</source>
        <translation>{0} en {1}</translation>
    </message>
</context>
<context>
    <name>ProposalExplanation</name>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="38"/>
        <source>Select a proposal to see why it was made.</source>
        <translation>Selecteer een voorstel om te zien waarom het is gedaan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="43"/>
        <source>Score {0} of 100</source>
        <translation>Score {0} van 100</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="44"/>
        <source>Locked by HR</source>
        <translation>Vastgezet door HR</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/proposal_dialog.py" line="47"/>
        <source>Group led by {0} (%Ln mentee(s)):</source>
        <translation>
            <numerusform>Groep onder leiding van {0} (%Ln mentee):</numerusform>
            <numerusform>Groep onder leiding van {0} (%Ln mentees):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="50"/>
        <source>Not allowed:</source>
        <translation>Niet toegestaan:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="52"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="62"/>
        <source>Alternatives</source>
        <translation>Alternatieven</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="71"/>
        <source>No other mentor is allowed for this mentee.</source>
        <translation>Voor deze mentee is geen andere mentor toegestaan.</translation>
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
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="47"/>
        <source>Top reasons</source>
        <translation>Belangrijkste redenen</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="48"/>
        <location filename="../../ui/models/proposals_model.py" line="62"/>
        <source>Locked</source>
        <translation>Vastgezet</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="61"/>
        <source>Locked (not allowed)</source>
        <translation>Vastgezet (niet toegestaan)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="198"/>
        <source>Give a reason, so the person can be told why.</source>
        <translation>Geef een reden, zodat de persoon kan horen waarom.</translation>
    </message>
</context>
<context>
    <name>RecordDeletions</name>
    <message>
        <location filename="../../ui/views/relationships/goals_tab.py" line="71"/>
        <source>Delete goal…</source>
        <translation>Doel verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/checkins_tab.py" line="33"/>
        <source>Delete check-in…</source>
        <translation>Check-in verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/checkins_tab.py" line="35"/>
        <source>Hover over a score to read the question and any comment.</source>
        <translation>Beweeg over een score om de vraag en eventuele opmerkingen te lezen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="39"/>
        <source>This relationship is closed: nothing can be added to it, only mistakes deleted.</source>
        <translation>Deze relatie is afgesloten: er kan niets meer aan worden toegevoegd, alleen vergissingen verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="52"/>
        <source>Delete the goal “{0}”? Its progress history goes with it, and it no longer shows in the attention list or reports.</source>
        <translation>Het doel ‘{0}’ verwijderen? De voortgangsgeschiedenis verdwijnt mee en het staat niet meer in de aandachtslijst of rapporten.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="54"/>
        <source>Delete goal</source>
        <translation>Doel verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="55"/>
        <source>Goal deleted.</source>
        <translation>Doel verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="61"/>
        <source>mentor</source>
        <translation>mentor</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="61"/>
        <source>mentee</source>
        <translation>mentee</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="62"/>
        <source>Delete the {0}&apos;s check-in of {1}? It no longer counts towards health or reports, and its comments are removed.</source>
        <translation>De check-in van de {0} van {1} verwijderen? Hij telt niet meer mee voor de gezondheid of rapporten, en de opmerkingen worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="64"/>
        <source>Delete check-in</source>
        <translation>Check-in verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="66"/>
        <source>Check-in deleted.</source>
        <translation>Check-in verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="74"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
</context>
<context>
    <name>RelationshipsModel</name>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="186"/>
        <source>Held</source>
        <translation>Gehouden</translation>
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
        <translation>Ontvangen waarde</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="100"/>
        <source>Value given</source>
        <translation>Geboden waarde</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="101"/>
        <source>Meeting as planned</source>
        <translation>Gesprekken volgens plan</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="102"/>
        <source>Goals on track</source>
        <translation>Doelen op koers</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="103"/>
        <source>Trust</source>
        <translation>Vertrouwen</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="104"/>
        <source>Communication</source>
        <translation>Communicatie</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="105"/>
        <source>Regular &amp; clear</source>
        <translation>Regelmatig en duidelijk</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="106"/>
        <source>Responsibilities</source>
        <translation>Verantwoordelijkheden</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="148"/>
        <source>{0}%</source>
        <extracomment>Healths with a background colour; the text label is always shown too, so colour is never the only cue.</extracomment>
        <translation>{0}%</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="156"/>
        <source>{0} min</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="173"/>
        <source>Health</source>
        <translation>Gezondheid</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="176"/>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="178"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="181"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="183"/>
        <source>Planned end</source>
        <translation>Geplande einddatum</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="189"/>
        <source>Missed</source>
        <translation>Gemist</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="191"/>
        <source>Attendance</source>
        <translation>Opkomst</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="193"/>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="231"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="233"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="236"/>
        <source>Progress</source>
        <translation>Voortgang</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="237"/>
        <source>{0}% done</source>
        <translation>{0}% klaar</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="239"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="241"/>
        <source>Competency</source>
        <translation>Competentie</translation>
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
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="284"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="287"/>
        <source>Mode</source>
        <translation>Vorm</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="289"/>
        <source>Outcome</source>
        <translation>Uitkomst</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="291"/>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="293"/>
        <source>Notes (confidential)</source>
        <translation>Notities (vertrouwelijk)</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="294"/>
        <source>Confidential: left out of printed reports unless HR includes them.</source>
        <translation>Vertrouwelijk: niet in geprinte rapporten, tenzij HR ze opneemt.</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="303"/>
        <source>Planned, not logged (overdue)</source>
        <translation>Gepland, niet vastgelegd (te laat)</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="306"/>
        <source>(with notice)</source>
        <translation>(tijdig gemeld)</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="307"/>
        <source>(no notice)</source>
        <translation>(niet tijdig gemeld)</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="341"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="342"/>
        <source>Average</source>
        <translation>Gemiddelde</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="354"/>
        <source>Comments</source>
        <translation>Opmerkingen</translation>
    </message>
</context>
<context>
    <name>RelationshipsView</name>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="43"/>
        <source>Prepare introduction…</source>
        <translation>Kennismaking voorbereiden…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="45"/>
        <source>Write the introduction e-mail to both, with their meetings as a calendar file, and open it in your mail program.</source>
        <translation>De kennismakingsmail aan beiden schrijven, met hun afspraken als agendabestand, en openen in uw e-mailprogramma.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="37"/>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="39"/>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="43"/>
        <source>Search mentor or mentee…</source>
        <translation>Zoek mentor of mentee…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="26"/>
        <source>Pair two people…</source>
        <translation>Twee mensen koppelen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="27"/>
        <source>Log meeting…</source>
        <translation>Gesprek vastleggen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="28"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="29"/>
        <source>Log a meeting of the selected pair (Ctrl+M)</source>
        <translation>Leg een gesprek van het gekozen koppel vast (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="30"/>
        <source>Check-in…</source>
        <translation>Check-in…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="31"/>
        <source>Next stage…</source>
        <translation>Volgende fase…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="32"/>
        <source>Extend…</source>
        <translation>Verlengen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="33"/>
        <source>Close…</source>
        <translation>Afsluiten…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="34"/>
        <source>Replace mentor…</source>
        <translation>Mentor vervangen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="36"/>
        <source>Give the mentee a new mentor; their goals and history go with them.</source>
        <translation>Geef de mentee een nieuwe mentor; doelen en geschiedenis gaan mee.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="38"/>
        <source>Check-in forms…</source>
        <translation>Check-informulieren…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="40"/>
        <source>Save fillable PDF check-in forms for the selected pair (or, with none selected, every due check-in of the program shown) in a folder.</source>
        <translation>Sla invulbare pdf-check-informulieren op in een map voor het gekozen koppel (of, zonder selectie, voor elke geplande check-in van het getoonde programma).</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/goals_tab.py" line="69"/>
        <source>Add goal…</source>
        <translation>Doel toevoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/goals_tab.py" line="70"/>
        <source>Edit goal…</source>
        <translation>Doel bewerken…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/meetings_tab.py" line="38"/>
        <source>Delete meeting…</source>
        <translation>Gesprek verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/meetings_tab.py" line="40"/>
        <source>Newest first. Planned meetings that passed with nothing logged are shown in italics as “Planned, not logged (overdue)”. Notes are confidential. Double-click a meeting to correct it.</source>
        <translation>Nieuwste eerst. Geplande gesprekken die voorbij zijn zonder vastlegging staan cursief als ‘Gepland, niet vastgelegd (te laat)’. Notities zijn vertrouwelijk. Dubbelklik op een gesprek om het te corrigeren.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="54"/>
        <source>HR&apos;s summary of this relationship and the next steps…</source>
        <extracomment>The relationship the editor holds text for, and the stored summary that text started from.</extracomment>
        <translation>Samenvatting van HR over deze relatie en de volgende stappen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="56"/>
        <source>Save summary</source>
        <translation>Samenvatting opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="57"/>
        <source>Changed elsewhere meanwhile — saving will overwrite their summary</source>
        <translation>Intussen elders gewijzigd — opslaan overschrijft hun samenvatting</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="71"/>
        <source>&lt;b&gt;Summary and next steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Samenvatting en volgende stappen&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="67"/>
        <source>Goals</source>
        <translation>Doelen</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="68"/>
        <source>Meetings</source>
        <translation>Gesprekken</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="69"/>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="70"/>
        <source>Summary</source>
        <translation>Samenvatting</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="50"/>
        <source>Program</source>
        <translation>Programma</translation>
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
        <translation>Relaties</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="69"/>
        <source>All programs</source>
        <translation>Alle programma&apos;s</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="96"/>
        <location filename="../../ui/views/relationships/filter_bar.py" line="72"/>
        <source>No program</source>
        <translation>Geen programma</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/relationships/view.py" line="178"/>
        <source>%Ln relationship(s)</source>
        <translation>
            <numerusform>%Ln relatie</numerusform>
            <numerusform>%Ln relaties</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="106"/>
        <source>{0} of {1} shown</source>
        <translation>{0} van {1} getoond</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="236"/>
        <source>No file is open.</source>
        <translation>Er is geen bestand geopend.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="240"/>
        <source>No relationships yet. Pair two people, or approve a match on the Matching screen.</source>
        <translation>Nog geen relaties. Koppel twee mensen, of keur een koppeling goed op het scherm Koppelen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="242"/>
        <source>No relationship matches the filters.</source>
        <translation>Geen relatie voldoet aan de filters.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="244"/>
        <source>Select a relationship to see its stages, goals, meetings and check-ins.</source>
        <translation>Selecteer een relatie om de fasen, doelen, gesprekken en check-ins te zien.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="95"/>
        <source>{0} mentoring {1}</source>
        <translation>{0} is mentor van {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="97"/>
        <source>{0} to {1}</source>
        <translation>{0} tot {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="100"/>
        <source>Closed {0}: {1}</source>
        <translation>Afgesloten op {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="101"/>
        <source>Their summary:
{0}</source>
        <translation>Hun samenvatting:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="121"/>
        <source>Extensions</source>
        <translation>Verlengingen</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="124"/>
        <source>{0} → {1}: {2}</source>
        <translation>{0} → {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="127"/>
        <source>None.</source>
        <translation>Geen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="129"/>
        <source>Closure</source>
        <translation>Afsluiting</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="131"/>
        <source>Still running; planned to end on {0}.</source>
        <translation>Loopt nog; gepland einde op {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="134"/>
        <source>{0} on {1}.</source>
        <translation>{0} op {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="137"/>
        <source>Reason: {0}</source>
        <translation>Reden: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="139"/>
        <source>Final reflection: {0}</source>
        <translation>Slotreflectie: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="148"/>
        <source>Continues the relationship with {0} ({1}–{2}).</source>
        <translation>Zet de relatie met {0} voort ({1}–{2}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="151"/>
        <source>Continued with {0} from {1}.</source>
        <translation>Voortgezet met {0} vanaf {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="100"/>
        <source>Delete meeting</source>
        <translation>Gesprek verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="101"/>
        <source>Delete the meeting of {0} ({1})? It no longer counts towards attendance, hours or health, and its notes are removed.</source>
        <translation>Het gesprek van {0} ({1}) verwijderen? Het telt niet meer mee voor opkomst, uren of gezondheid, en de notities worden verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="107"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="123"/>
        <source>Meeting deleted.</source>
        <translation>Gesprek verwijderd.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="189"/>
        <source>Summary saved.</source>
        <translation>Samenvatting opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ReplaceMentorDialog</name>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="40"/>
        <source>Replace mentor</source>
        <translation>Mentor vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="43"/>
        <source>{0} continues with a new mentor instead of {1}. Their goals and the goals&apos; history go with them; this relationship closes as “Mentor replaced”, which counts neither as completed nor as ended early.</source>
        <translation>{0} gaat verder met een nieuwe mentor in plaats van {1}. De doelen en hun geschiedenis gaan mee; deze relatie wordt afgesloten als ‘Mentor vervangen’, wat niet telt als afgerond en ook niet als vervroegd beëindigd.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="50"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="50"/>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="50"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="61"/>
        <source>Optional: why the mentor is replaced</source>
        <translation>Optioneel: waarom de mentor wordt vervangen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="64"/>
        <source>&amp;Reason</source>
        <translation>&amp;Reden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="65"/>
        <source>New mentor &amp;from</source>
        <translation>Nieuwe mentor &amp;vanaf</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="109"/>
        <source>Choose the new mentor.</source>
        <translation>Kies de nieuwe mentor.</translation>
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
        <translation>Privénotities van gesprekken opnemen</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="113"/>
        <source>Manager&apos;s copy (no notes, no check-in comments)</source>
        <translation>Exemplaar voor leidinggevende (zonder notities en check-inopmerkingen)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="117"/>
        <source>Options</source>
        <translation>Opties</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="133"/>
        <source>All reports for this program…</source>
        <translation>Alle rapporten van dit programma…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="143"/>
        <location filename="../../ui/views/reports.py" line="186"/>
        <source>Reports</source>
        <translation>Rapporten</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="146"/>
        <source>Program</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="148"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="168"/>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="171"/>
        <source>Save As…</source>
        <translation>Opslaan als…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="119"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="120"/>
        <source>Lan&amp;guage:</source>
        <translation>T&amp;aal:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="195"/>
        <source>Cancelled. %n report file(s) written.</source>
        <translation>
            <numerusform>Geannuleerd. %n rapportbestand geschreven.</numerusform>
            <numerusform>Geannuleerd. %n rapportbestanden geschreven.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="196"/>
        <source>%n report file(s) written to {0}.</source>
        <translation>
            <numerusform>%n rapportbestand geschreven naar {0}.</numerusform>
            <numerusform>%n rapportbestanden geschreven naar {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="293"/>
        <source>Program summary</source>
        <translation>Programmaoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="307"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="331"/>
        <source>Stage {0}: {1} · {2}</source>
        <translation>Fase {0}: {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="41"/>
        <source>Choose a program and a report.</source>
        <translation>Kies een programma en een rapport.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="42"/>
        <source>Open a file to make reports.</source>
        <translation>Open een bestand om rapporten te maken.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="52"/>
        <location filename="../../ui/views/report_preview.py" line="76"/>
        <source>Preparing the preview…</source>
        <translation>Voorbeeld wordt voorbereid…</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="72"/>
        <source>The preview could not be made: {0}</source>
        <translation>Het voorbeeld kon niet worden gemaakt: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="85"/>
        <source>The preview could not be opened.</source>
        <translation>Het voorbeeld kon niet worden geopend.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="193"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n pagina</numerusform>
            <numerusform>%n pagina&apos;s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="67"/>
        <source>Save report</source>
        <translation>Rapport opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="68"/>
        <location filename="../../ui/views/report_output.py" line="169"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="76"/>
        <source>The report was saved as {0}.</source>
        <translation>Het rapport is opgeslagen als {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="83"/>
        <source>There is no report to save yet.</source>
        <translation>Er is nog geen rapport om op te slaan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="87"/>
        <source>The report was not saved</source>
        <translation>Het rapport is niet opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="89"/>
        <source>Saved to {0}</source>
        <translation>Opgeslagen in {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="98"/>
        <source>Print report</source>
        <translation>Rapport afdrukken</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="124"/>
        <source>The printer could not be started.</source>
        <translation>De printer kon niet worden gestart.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="191"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n pagina naar de printer gestuurd.</numerusform>
            <numerusform>%n pagina&apos;s naar de printer gestuurd.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="149"/>
        <source>All reports for this program</source>
        <translation>Alle rapporten van dit programma</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="150"/>
        <source>Write one PDF per relationship into a folder, or one combined PDF to print in a single go?</source>
        <translation>Eén pdf per relatie in een map maken, of één gecombineerde pdf om in één keer af te drukken?</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="152"/>
        <source>One file each…</source>
        <translation>Eén bestand per relatie…</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="153"/>
        <source>One combined PDF…</source>
        <translation>Eén gecombineerde pdf…</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="155"/>
        <source>Also the program summary</source>
        <translation>Ook het programmaoverzicht</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="162"/>
        <source>Folder for the reports</source>
        <translation>Map voor de rapporten</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="168"/>
        <source>Combined report</source>
        <translation>Gecombineerd rapport</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="189"/>
        <source>Reading the relationships…</source>
        <translation>Relaties lezen…</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="190"/>
        <source>Report {0} of {1}</source>
        <translation>Rapport {0} van {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="219"/>
        <source>The reports were not written</source>
        <translation>De rapporten zijn niet geschreven</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="223"/>
        <source>Writing the reports…</source>
        <translation>Rapporten schrijven…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/file_actions.py" line="326"/>
        <source>Restore a backup of {0}</source>
        <translation>Een back-up van {0} terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="327"/>
        <source>Restore a backup</source>
        <translation>Een back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="331"/>
        <source>Choose the backup to restore. The file as it is now is kept as a backup first, so nothing is lost.</source>
        <translation>Kies de back-up om terug te zetten. Het bestand zoals het nu is wordt eerst als back-up bewaard, dus er gaat niets verloren.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="334"/>
        <source>Daily backups are kept for the last %Ln day(s) the file was opened.</source>
        <translation>
            <numerusform>Dagelijkse back-ups worden bewaard voor de laatste %Ln dag waarop het bestand is geopend.</numerusform>
            <numerusform>Dagelijkse back-ups worden bewaard voor de laatste %Ln dagen waarop het bestand is geopend.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="336"/>
        <source>The last %Ln backup(s) made before a merge are kept as well.</source>
        <translation>
            <numerusform>De laatste %Ln back-up van vóór een samenvoeging wordt ook bewaard.</numerusform>
            <numerusform>De laatste %Ln back-ups van vóór een samenvoeging worden ook bewaard.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="339"/>
        <source>Taken</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="339"/>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="339"/>
        <source>Size</source>
        <translation>Grootte</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="345"/>
        <source>Daily, on open</source>
        <translation>Dagelijks, bij openen</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="345"/>
        <source>Before an upgrade</source>
        <translation>Voor een upgrade</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="346"/>
        <source>Before a merge</source>
        <translation>Voor een samenvoeging</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="346"/>
        <source>By hand</source>
        <translation>Handmatig</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="347"/>
        <source>Before a restore</source>
        <translation>Voor het terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="347"/>
        <source>Before an import</source>
        <translation>Voor een import</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="348"/>
        <source>Before a bulk action</source>
        <translation>Voor een bulkactie</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="357"/>
        <source>Restore</source>
        <translation>Terugzetten</translation>
    </message>
</context>
<context>
    <name>RunAgainDialog</name>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="49"/>
        <source>Run again</source>
        <translation>Opnieuw uitvoeren</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="50"/>
        <source>A new program with the purpose, kind, rules, matching weights and e-mail texts of {0}. Its people are not copied: they apply again.</source>
        <translation>Een nieuw programma met het doel, de soort, de regels, de koppelgewichten en de e-mailteksten van {0}. De mensen worden niet gekopieerd: zij melden zich opnieuw aan.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="57"/>
        <source>Starts on:</source>
        <translation>Begint op:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="62"/>
        <source>Ends on:</source>
        <translation>Eindigt op:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="71"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="76"/>
        <source>Create</source>
        <translation>Aanmaken</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="46"/>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="71"/>
        <source>Snooze</source>
        <extracomment>A week is long enough for a reminder email to be answered, short enough not to lose the item.</extracomment>
        <translation>Uitstellen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="54"/>
        <source>Hide this item from the attention list until the day you choose. It comes back on that day if it still needs you.</source>
        <translation>Verberg dit punt op de aandachtslijst tot de dag die je kiest. Het komt die dag terug als het dan nog je aandacht nodig heeft.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="65"/>
        <source>Why, e.g. “Asked Femke to book a meeting”</source>
        <translation>Waarom, bijv. ‘Femke gevraagd een gesprek in te plannen’</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="76"/>
        <source>&amp;Until:</source>
        <translation>&amp;Tot:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="77"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="94"/>
        <source>Write a short note, so you remember why this was put aside.</source>
        <translation>Schrijf een korte notitie, zodat je weet waarom dit is uitgesteld.</translation>
    </message>
</context>
<context>
    <name>StageTimeline</name>
    <message>
        <location filename="../../ui/widgets/stage_timeline.py" line="45"/>
        <source>Stage timeline</source>
        <extracomment>How a stage&apos;s name is set under its dot: centred, wrapped at words.</extracomment>
        <translation>Tijdlijn van fasen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stage_timeline.py" line="76"/>
        <source>current</source>
        <translation>huidig</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stage_timeline.py" line="76"/>
        <source>done</source>
        <translation>klaar</translation>
    </message>
</context>
<context>
    <name>SummaryGuard</name>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="57"/>
        <location filename="../../ui/views/relationships/summary_guard.py" line="125"/>
        <source>The summary you typed for {0} is not saved yet.</source>
        <translation>De samenvatting die je voor {0} typte is nog niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="58"/>
        <location filename="../../ui/views/relationships/summary_guard.py" line="126"/>
        <source>The summary you typed is not saved yet.</source>
        <translation>De samenvatting die je typte is nog niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="65"/>
        <source>{0} and {1}</source>
        <translation>{0} en {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="100"/>
        <source>Summary saved.</source>
        <translation>Samenvatting opgeslagen.</translation>
    </message>
</context>
<context>
    <name>TableExports</name>
    <message numerus="yes">
        <location filename="../../ui/table_exports.py" line="76"/>
        <source>Exported %Ln row(s) to {0}.</source>
        <translation>
            <numerusform>%Ln rij geëxporteerd naar {0}.</numerusform>
            <numerusform>%Ln rijen geëxporteerd naar {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/tasks.py" line="120"/>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="121"/>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="142"/>
        <source>Cancelling…</source>
        <translation>Annuleren…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks.py" line="298"/>
        <source>%Ln problems were found. Nothing was saved.</source>
        <translation>
            <numerusform>Er is %Ln probleem gevonden. Er is niets opgeslagen.</numerusform>
            <numerusform>Er zijn %Ln problemen gevonden. Er is niets opgeslagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin_forms_actions.py" line="61"/>
        <source>%Ln form(s) saved in {0}. Attach each to an e-mail to its person; drop the returned files on this window to record them.</source>
        <translation>
            <numerusform>%Ln formulier opgeslagen in {0}. Voeg het toe aan een e-mail aan de betreffende persoon; sleep de teruggestuurde bestanden naar dit venster om ze vast te leggen.</numerusform>
            <numerusform>%Ln formulieren opgeslagen in {0}. Voeg elk toe aan een e-mail aan de betreffende persoon; sleep de teruggestuurde bestanden naar dit venster om ze vast te leggen.</numerusform>
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
        <translation>Reden</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="76"/>
        <source>Waiting since</source>
        <translation>Wacht sinds</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="32"/>
        <source>Match weights</source>
        <translation>Gewichten voor koppelen</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="34"/>
        <source>How much each part counts. Only the proportions matter: a perfect pair always scores 100.</source>
        <translation>Hoeveel elk onderdeel telt. Alleen de verhoudingen tellen: een perfect koppel scoort altijd 100.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="48"/>
        <source>Prefer the same branch</source>
        <translation>Voorkeur voor dezelfde vestiging</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="48"/>
        <source>Does not matter</source>
        <translation>Maakt niet uit</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="49"/>
        <source>Prefer another branch</source>
        <translation>Voorkeur voor een andere vestiging</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="52"/>
        <source>Branch</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="53"/>
        <source>Prefer mentors from another department</source>
        <translation>Voorkeur voor mentoren van een andere afdeling</translation>
    </message>
</context>
<context>
    <name>checkin_forms</name>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="39"/>
        <source>Save check-in forms in</source>
        <translation>Check-informulieren opslaan in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="50"/>
        <source>Writing forms…</source>
        <translation>Formulieren schrijven…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="56"/>
        <location filename="../../ui/checkin_forms_actions.py" line="60"/>
        <source>Check-in forms</source>
        <translation>Check-informulieren</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="57"/>
        <source>No check-in is due, so no form was written.</source>
        <translation>Er staat geen check-in gepland, dus er is geen formulier gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="67"/>
        <source>Open Folder</source>
        <translation>Map openen</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="71"/>
        <source>Writing check-in forms…</source>
        <translation>Check-informulieren schrijven…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="107"/>
        <source>Reading {0}…</source>
        <translation>{0} lezen…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="119"/>
        <source>Recording returned check-in forms…</source>
        <translation>Teruggestuurde check-informulieren vastleggen…</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="43"/>
        <source>Draft written to {0}; your mail program opens it.</source>
        <translation>Concept opgeslagen in {0}; uw e-mailprogramma opent het.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="45"/>
        <source>Your mail program could not be started. The draft is in {0}; open it from there.</source>
        <translation>Uw e-mailprogramma kon niet worden gestart. Het concept staat in {0}; open het van daaruit.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="65"/>
        <source>No introduction was written</source>
        <translation>Geen kennismaking geschreven</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="73"/>
        <source>No reminder was written</source>
        <translation>Geen herinnering geschreven</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="60"/>
        <source>&amp;Merge Another File…</source>
        <translation>Ander bestand &amp;samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="62"/>
        <source>Merge &amp;Log…</source>
        <translation>&amp;Logboek samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="64"/>
        <source>&amp;Back Up Now…</source>
        <translation>Nu een &amp;back-up maken…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="66"/>
        <source>&amp;Restore Backup…</source>
        <translation>Back-up &amp;terugzetten…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="79"/>
        <source>Open a file for editing before merging another into it.</source>
        <translation>Open een bestand om te bewerken voordat je er een ander mee samenvoegt.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="82"/>
        <source>Merge another MentorDesk file</source>
        <translation>Een ander MentorDesk-bestand samenvoegen</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="83"/>
        <source>MentorDesk files (*.db);;All files (*)</source>
        <translation>MentorDesk-bestanden (*.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="138"/>
        <source>Merge finished</source>
        <translation>Samenvoegen klaar</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="142"/>
        <source>Merging {0}…</source>
        <translation>{0} samenvoegen…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="146"/>
        <source>Reading {0}…</source>
        <translation>{0} lezen…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="152"/>
        <source>Another company&apos;s file</source>
        <translation>Bestand van een ander bedrijf</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="154"/>
        <source>Merge this company&apos;s file anyway</source>
        <translation>Het bestand van dit bedrijf toch samenvoegen</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="273"/>
        <source>Back up to</source>
        <translation>Back-up maken naar</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="274"/>
        <source>MentorDesk files (*.db)</source>
        <translation>MentorDesk-bestanden (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="282"/>
        <source>Backed up to {0}</source>
        <translation>Back-up gemaakt in {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="291"/>
        <source>Restore backup</source>
        <translation>Back-up terugzetten</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="292"/>
        <source>There are no backups of this file yet.</source>
        <translation>Er zijn nog geen back-ups van dit bestand.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="299"/>
        <source>This file is open read-only; someone else may be using it, so it cannot be replaced now.</source>
        <translation>Dit bestand is alleen-lezen geopend; iemand anders gebruikt het misschien, dus het kan nu niet worden vervangen.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="311"/>
        <source>The backup from {0} was restored.</source>
        <translation>De back-up van {0} is teruggezet.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="313"/>
        <source>The file as it was has been kept as a backup too.</source>
        <translation>Het bestand zoals het was is ook als back-up bewaard.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="315"/>
        <source>The damaged file was kept as {0}.</source>
        <translation>Het beschadigde bestand is bewaard als {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="319"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="168"/>
        <source>Erasures in the other file</source>
        <translation>Wissingen in het andere bestand</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="174"/>
        <source>Apply the erasures and merge</source>
        <translation>De wissingen toepassen en samenvoegen</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="99"/>
        <source>Saved</source>
        <translation>Opgeslagen</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="101"/>
        <source>Open Folder</source>
        <translation>Map openen</translation>
    </message>
</context>
<context>
    <name>file_open</name>
    <message>
        <location filename="../../ui/file_open.py" line="32"/>
        <source>File in use</source>
        <translation>Bestand in gebruik</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="33"/>
        <source>You can open it read-only: you will see everything but cannot change it.</source>
        <translation>Je kunt het alleen-lezen openen: je ziet alles, maar kunt niets wijzigen.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="35"/>
        <source>Open Read-Only</source>
        <translation>Alleen-lezen openen</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="36"/>
        <source>Take Over</source>
        <translation>Overnemen</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="50"/>
        <source>Cannot open file</source>
        <translation>Kan bestand niet openen</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="51"/>
        <source>Nothing in the file was changed.</source>
        <translation>Er is niets in het bestand gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="52"/>
        <source>Restore a Backup…</source>
        <translation>Een back-up terugzetten…</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="60"/>
        <source>File in a synced folder</source>
        <translation>Bestand in een gesynchroniseerde map</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="61"/>
        <source>This file is in a {0} folder.</source>
        <translation>Dit bestand staat in een {0}-map.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="66"/>
        <source>File checked on opening</source>
        <translation>Bestand gecontroleerd bij openen</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="72"/>
        <source>Conflict copies found</source>
        <translation>Conflictkopieën gevonden</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="73"/>
        <source>The sync service left copies of this file that may hold changes made elsewhere:</source>
        <translation>De synchronisatiedienst heeft kopieën van dit bestand achtergelaten die elders gemaakte wijzigingen kunnen bevatten:</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="75"/>
        <source>Merge them into this file now? A backup is made first.</source>
        <translation>Nu samenvoegen met dit bestand? Eerst wordt een back-up gemaakt.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="133"/>
        <source>Someone else has this file open for editing, so it is open for reading only.</source>
        <translation>Iemand anders heeft dit bestand open om te bewerken, dus het is alleen-lezen geopend.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="178"/>
        <source>Someone else took over this file for editing, so it is now open for reading only. Reopen it later to continue editing.</source>
        <translation>Iemand anders heeft dit bestand overgenomen om te bewerken, dus het is nu alleen-lezen geopend. Open het later opnieuw om verder te werken.</translation>
    </message>
</context>
<context>
    <name>help_dialogs</name>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="55"/>
        <source>MentorDesk User Guide</source>
        <translation>Gebruikershandleiding van MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="78"/>
        <source>The user guide could not be read. Your data is not affected; reinstall MentorDesk to repair its files.</source>
        <translation>De gebruikershandleiding kon niet worden gelezen. Je gegevens zijn niet aangetast; installeer MentorDesk opnieuw om de bestanden te herstellen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="128"/>
        <location filename="../../ui/dialogs/help_dialogs.py" line="145"/>
        <source>Window</source>
        <translation>Venster</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="154"/>
        <source>Keyboard Shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="160"/>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="160"/>
        <source>Command</source>
        <translation>Opdracht</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="161"/>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../ui/menus.py" line="65"/>
        <source>&amp;Help</source>
        <extracomment>Buttons that save what the current screen holds, by attribute name, first visible one wins. Text size steps (points added to the system&apos;s font) that View &gt; Larger/Smaller Text allow.</extracomment>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="75"/>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="77"/>
        <source>&amp;Print Report…</source>
        <translation>Rapport af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="100"/>
        <source>This screen saves every change as you make it; there is nothing to save.</source>
        <translation>Dit scherm slaat elke wijziging meteen op; er is niets om op te slaan.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="102"/>
        <source>There is nothing new to save here.</source>
        <translation>Er is hier niets nieuws om op te slaan.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="115"/>
        <source>Choose a report, then press Ctrl+P again to print it.</source>
        <translation>Kies een rapport en druk opnieuw op Ctrl+P om het af te drukken.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="121"/>
        <source>The report is still being prepared; print it once the preview shows.</source>
        <translation>Het rapport wordt nog voorbereid; druk het af zodra het voorbeeld verschijnt.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="129"/>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="132"/>
        <source>&amp;Find</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="134"/>
        <source>&amp;Delete Selected…</source>
        <translation>Selectie &amp;verwijderen…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="152"/>
        <source>This screen has no search; People and Relationships have one.</source>
        <translation>Dit scherm heeft geen zoekfunctie; Mensen en Relaties wel.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="172"/>
        <source>Select the meeting, goal or check-in to delete first.</source>
        <translation>Selecteer eerst het gesprek, doel of de check-in die je wilt verwijderen.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="174"/>
        <source>Nothing on this screen is deleted with the Delete key.</source>
        <translation>Op dit scherm wordt niets verwijderd met de Delete-toets.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="180"/>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="197"/>
        <source>Show &amp;Archived People</source>
        <translation>&amp;Gearchiveerde mensen tonen</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="202"/>
        <source>People &amp;Columns</source>
        <translation>&amp;Kolommen van Mensen</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="206"/>
        <source>&amp;Larger Text</source>
        <translation>&amp;Grotere tekst</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="208"/>
        <source>S&amp;maller Text</source>
        <translation>&amp;Kleinere tekst</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="210"/>
        <source>&amp;Normal Text Size</source>
        <translation>&amp;Normale tekstgrootte</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="290"/>
        <source>MentorDesk &amp;User Guide</source>
        <translation>&amp;Gebruikershandleiding van MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="292"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
</context>
<context>
    <name>people_import_flow</name>
    <message>
        <location filename="../../ui/people_import_flow.py" line="42"/>
        <source>Windows text (Western European)</source>
        <extracomment>The object name of the &quot;Read it that way?&quot; question (tests find it by this name).</extracomment>
        <translation>Windows-tekst (West-Europees)</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="43"/>
        <source>Windows text (Central European)</source>
        <translation>Windows-tekst (Centraal-Europees)</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="51"/>
        <source>Open a file for editing before importing people into it.</source>
        <translation>Open een bestand om te bewerken voordat je er mensen in importeert.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="56"/>
        <source>{0} could not be read ({1}). Nothing was imported.</source>
        <translation>{0} kon niet worden gelezen ({1}). Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="70"/>
        <location filename="../../ui/people_import_flow.py" line="144"/>
        <source>Nothing was imported</source>
        <translation>Er is niets geïmporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="79"/>
        <source>Import people</source>
        <translation>Mensen importeren</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="80"/>
        <source>This file looks like {0}. Read it that way?</source>
        <translation>Dit bestand lijkt {0}. Zo lezen?</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="84"/>
        <source>It is not saved as UTF-8 text. If names look wrong in the preview, cancel and save the file as &apos;CSV UTF-8&apos; instead.</source>
        <translation>Het is niet als UTF-8-tekst opgeslagen. Zien namen er in het voorbeeld verkeerd uit, annuleer dan en sla het bestand op als &apos;CSV UTF-8&apos;.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="88"/>
        <source>Read as {0}</source>
        <translation>Lezen als {0}</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="128"/>
        <source>Reading {0}…</source>
        <translation>{0} lezen…</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="146"/>
        <source>Importing people…</source>
        <translation>Mensen importeren…</translation>
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
        <translation> (gearchiveerd)</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="111"/>
        <location filename="../../ui/models/participants_model.py" line="142"/>
        <location filename="../../ui/models/participants_model.py" line="177"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="112"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="113"/>
        <source>Dates</source>
        <translation>Datums</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="121"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} van {2})</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="127"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="127"/>
        <source>No</source>
        <translation>Nee</translation>
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
        <translation>Capaciteit</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="149"/>
        <source>Free</source>
        <translation>Vrij</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="151"/>
        <source>Capacity {0} minus {1} active mentees</source>
        <translation>Capaciteit {0} min {1} actieve mentees</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="153"/>
        <source>Attendance</source>
        <translation>Opkomst</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="154"/>
        <source>Meetings held, of those held or missed by the mentor, in every relationship they mentored</source>
        <translation>Gehouden gesprekken, van de gehouden of door de mentor gemiste, in elke relatie waarin deze mentor was</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="156"/>
        <source>Years</source>
        <translation>Jaren</translation>
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
        <translation>Afdeling</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="160"/>
        <location filename="../../ui/models/participants_model.py" line="179"/>
        <source>Branch</source>
        <translation>Vestiging</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="161"/>
        <source>Title</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="162"/>
        <source>Recognition</source>
        <translation>Erkenning</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="163"/>
        <source>Willing / motivation</source>
        <translation>Bereid / motivatie</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="180"/>
        <source>Gaps to close</source>
        <translation>Te dichten ontwikkelpunten</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="183"/>
        <source>Preferred mentors</source>
        <translation>Voorkeursmentoren</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="188"/>
        <source>Waiting since</source>
        <translation>Wacht sinds</translation>
    </message>
</context>
<context>
    <name>quit_guard</name>
    <message>
        <location filename="../../ui/quit_guard.py" line="48"/>
        <source>Work is still running</source>
        <translation>Er loopt nog werk</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="49"/>
        <source>MentorDesk is still busy: {0}.</source>
        <translation>MentorDesk is nog bezig: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="51"/>
        <source>saving</source>
        <translation>opslaan</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="54"/>
        <source>Wait for it to finish and then quit, or stop it and quit: stopped work is not saved and the file stays as it was before it started.</source>
        <translation>Wacht tot het klaar is en sluit dan af, of stop het en sluit af: gestopt werk wordt niet opgeslagen en het bestand blijft zoals het was voordat het begon.</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="57"/>
        <source>Wait, then Quit</source>
        <translation>Wachten, dan afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="58"/>
        <source>Stop It and Quit</source>
        <translation>Stoppen en afsluiten</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="59"/>
        <source>Keep Working</source>
        <translation>Verder werken</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="67"/>
        <source>MentorDesk closes when the work has ended…</source>
        <translation>MentorDesk sluit zodra het werk klaar is…</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="104"/>
        <source>The summary you typed for {0} is not saved yet.</source>
        <translation>De samenvatting die je voor {0} typte is nog niet opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="106"/>
        <source>The summary you typed is not saved yet.</source>
        <translation>De samenvatting die je typte is nog niet opgeslagen.</translation>
    </message>
</context>
<context>
    <name>report_language</name>
    <message>
        <location filename="../../ui/views/report_language.py" line="24"/>
        <source>As in Preferences ({0})</source>
        <translation>Zoals in Voorkeuren ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_language.py" line="28"/>
        <source>The language of this report; the window keeps its own.</source>
        <translation>De taal van dit rapport; het venster houdt zijn eigen taal.</translation>
    </message>
</context>
<context>
    <name>retention_box</name>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="42"/>
        <source>Privacy: how long this file keeps personal data</source>
        <translation>Privacy: hoe lang dit bestand persoonsgegevens bewaart</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="48"/>
        <source>Open a file to set how long it keeps personal data.</source>
        <translation>Open een bestand om in te stellen hoe lang het persoonsgegevens bewaart.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="55"/>
        <source> months</source>
        <translation> maanden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="27"/>
        <source>Confidential &amp;notes of closed relationships:</source>
        <extracomment>(object name, policy field, label) of each span, in the order shown.</extracomment>
        <translation>Vertrouwelijke &amp;notities van afgesloten relaties:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="28"/>
        <source>&amp;Archived people without activity:</source>
        <translation>Ge&amp;archiveerde personen zonder activiteit:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="29"/>
        <source>&amp;Backups:</source>
        <translation>&amp;Back-ups:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="60"/>
        <source>Kept in {0} and used on every computer that opens it: notes are removed and backups deleted when the file is opened; archived people are offered for erasure.</source>
        <translation>Bewaard in {0} en gebruikt op elke computer die het opent: bij het openen worden notities verwijderd en back-ups gewist; gearchiveerde personen worden voorgesteld om te wissen.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="64"/>
        <source>This file is open read-only, so its retention cannot be changed now.</source>
        <translation>Dit bestand is alleen-lezen geopend, dus de bewaartermijnen kunnen nu niet worden gewijzigd.</translation>
    </message>
</context>
<context>
    <name>table_exports</name>
    <message>
        <location filename="../../ui/table_exports.py" line="37"/>
        <source>&amp;Relationships…</source>
        <translation>&amp;Relaties…</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="38"/>
        <source>&amp;Meetings…</source>
        <translation>&amp;Gesprekken…</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="39"/>
        <source>&amp;Goals…</source>
        <translation>&amp;Doelen…</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="40"/>
        <source>&amp;Check-ins…</source>
        <translation>&amp;Check-ins…</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="46"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="63"/>
        <source>Export</source>
        <translation>Exporteren</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="64"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Excel-werkmap (*.xlsx);;CSV-bestand (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="80"/>
        <source>Nothing was exported</source>
        <translation>Er is niets geëxporteerd</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="82"/>
        <source>Exporting…</source>
        <translation>Exporteren…</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="289"/>
        <source>Something went wrong and the action was not completed: {0}</source>
        <extracomment>Set while the application ends: finished tasks then skip their callbacks (see `shutdown`).</extracomment>
        <translation>Er ging iets mis en de actie is niet voltooid: {0}</translation>
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
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="52"/>
        <location filename="../../ui/undo_menu.py" line="78"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="77"/>
        <source>&amp;Undo {0}</source>
        <translation>{0} &amp;ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="85"/>
        <source>There is nothing to undo: no edit, import, merge or bulk action yet.</source>
        <translation>Er valt niets ongedaan te maken: nog geen wijziging, import, samenvoeging of bulkactie.</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="92"/>
        <location filename="../../ui/undo_menu.py" line="137"/>
        <source>Undo</source>
        <translation>Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="93"/>
        <location filename="../../ui/undo_menu.py" line="138"/>
        <source>Undo the {0}?</source>
        <translation>{0} ongedaan maken?</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="97"/>
        <source>The file goes back to how it was just before it ({0}). {1} The file as it is now is kept as a backup (File &gt; Restore Backup).</source>
        <translation>Het bestand gaat terug naar hoe het was vlak daarvoor ({0}). {1} Het bestand zoals het nu is wordt als back-up bewaard (Bestand &gt; Back-up terugzetten).</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="100"/>
        <location filename="../../ui/undo_menu.py" line="143"/>
        <source>Undo {0}</source>
        <translation>{0} ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="122"/>
        <location filename="../../ui/undo_menu.py" line="155"/>
        <source>Nothing was undone</source>
        <translation>Er is niets ongedaan gemaakt</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="127"/>
        <location filename="../../ui/undo_menu.py" line="158"/>
        <source>Undone: {0}.</source>
        <translation>Ongedaan gemaakt: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="141"/>
        <source>The values from before the edit ({0}) come back; nothing else in the file changes.</source>
        <translation>De waarden van vóór de wijziging ({0}) komen terug; verder verandert er niets in het bestand.</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="124"/>
        <location filename="../../ui/widgets/unsaved.py" line="134"/>
        <source>Unsaved changes</source>
        <extracomment>Attribute names of widgets that hold a view onto the data, not the data (never asked about).</extracomment>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unsaved.py" line="135"/>
        <source>You have changes that are not saved yet.</source>
        <translation>Je hebt wijzigingen die nog niet zijn opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unsaved.py" line="139"/>
        <source>Save them, discard them, or go back to keep editing?</source>
        <translation>Opslaan, weggooien, of teruggaan om verder te bewerken?</translation>
    </message>
</context>
</TS>
