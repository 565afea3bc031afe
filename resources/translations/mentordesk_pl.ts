<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="30"/>
        <source>About MentorDesk</source>
        <translation>O programie MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="46"/>
        <source>MentorDesk includes these parts made by others:</source>
        <translation>MentorDesk zawiera te komponenty innych autorów:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="50"/>
        <source>{0} — {1}, for {2}</source>
        <translation>{0} — {1}, do {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="65"/>
        <source>no file is open</source>
        <translation>nie otwarto żadnego pliku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="67"/>
        <source>MentorDesk {0}</source>
        <translation>MentorDesk {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="68"/>
        <source>File format version {0}</source>
        <translation>Wersja formatu pliku {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="69"/>
        <source>Open file: {0}</source>
        <translation>Otwarty plik: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="70"/>
        <source>Runs a mentoring program from this computer; no data leaves it.</source>
        <translation>Prowadzi program mentoringowy na tym komputerze; żadne dane go nie opuszczają.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="81"/>
        <source>The licence text is missing from this installation; reinstall MentorDesk. {0} is distributed under the {1}.</source>
        <translation>W tej instalacji brakuje tekstu licencji; zainstaluj MentorDesk ponownie. {0} jest rozpowszechniany na licencji {1}.</translation>
    </message>
</context>
<context>
    <name>AppPreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="68"/>
        <source>Preferences</source>
        <extracomment>Where the chosen language is kept (&quot;&quot; or absent: follow the system). Languages the window ships in, each named in its own language so anyone finds theirs. Territories whose paper is US Letter (CLDR&apos;s paperSize data); everyone else uses A4.</extracomment>
        <translation>Preferencje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="74"/>
        <source>Follow the system ({0})</source>
        <translation>Jak w systemie ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="79"/>
        <source>The new language is used from the next time you start MentorDesk.</source>
        <translation>Nowy język zostanie użyty przy następnym uruchomieniu MentorDesk.</translation>
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
        <translation>Okno</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="99"/>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="101"/>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="104"/>
        <source>&amp;Paper size:</source>
        <translation>&amp;Rozmiar papieru:</translation>
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
            <numerusform>{0} jest w archiwum, ale nadal uczestniczy w %n aktywnej relacji:

{1}

Zamknij ją teraz z podaniem wyniku albo kontynuuj: będzie oznaczona jako zagrożona i pozostanie na stronie Uwaga, dopóki nie zostanie zamknięta lub nie otrzyma nowej pary.</numerusform>
            <numerusform>{0} jest w archiwum, ale nadal uczestniczy w %n aktywnych relacjach:

{1}

Zamknij je teraz z podaniem wyniku albo kontynuuj: będą oznaczone jako zagrożone i pozostaną na stronie Uwaga, dopóki nie zostaną zamknięte lub nie otrzymają nowej pary.</numerusform>
            <numerusform>{0} jest w archiwum, ale nadal uczestniczy w %n aktywnych relacjach:

{1}

Zamknij je teraz z podaniem wyniku albo kontynuuj: będą oznaczone jako zagrożone i pozostaną na stronie Uwaga, dopóki nie zostaną zamknięte lub nie otrzymają nowej pary.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_warning.py" line="32"/>
        <source>Still in a relationship</source>
        <translation>Nadal w relacji</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_warning.py" line="35"/>
        <source>Close relationship…</source>
        <translation>Zamknij relację…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_warning.py" line="37"/>
        <source>Keep going</source>
        <translation>Kontynuuj</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../ui/models/attention_model.py" line="44"/>
        <source>High</source>
        <extracomment>Most severe first; the services use the same order. Theme roles (ui/theme.py): distinct in hue *and* lightness, readable on light and dark windows.</extracomment>
        <translation>Wysoki</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="44"/>
        <source>Medium</source>
        <translation>Średni</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="45"/>
        <source>Low</source>
        <translation>Niski</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="136"/>
        <source>Severity</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="138"/>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="140"/>
        <source>Relationship or person</source>
        <translation>Relacja lub osoba</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="141"/>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="142"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="164"/>
        <source>No date: this is about a pattern, not one day.</source>
        <translation>Bez daty: chodzi o powtarzający się wzorzec, nie o jeden dzień.</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="186"/>
        <source>Severity: {0}</source>
        <translation>Priorytet: {0}</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../ui/views/attention.py" line="110"/>
        <source>Prepare reminder…</source>
        <translation>Przygotuj przypomnienie…</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="112"/>
        <source>Write a reminder e-mail to whoever has to act on this item and open it in your mail program.</source>
        <translation>Napisz e-mail z przypomnieniem do osoby, która musi zająć się tą sprawą, i otwórz go w programie pocztowym.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="73"/>
        <source>Active relationships</source>
        <extracomment>Initial column widths in pixels; the detail column stretches. Items a reminder draft exists for (services.invitations.REMINDER_KINDS, without importing it at start).</extracomment>
        <translation>Aktywne relacje</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="74"/>
        <source>Mentoring relationships running now.</source>
        <translation>Trwające obecnie relacje mentoringowe.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="76"/>
        <source>Active relationships whose meetings, check-ins and goals are in order.</source>
        <translation>Aktywne relacje, w których spotkania, check-iny i cele są w porządku.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="78"/>
        <source>Need a check-in</source>
        <translation>Wymagają check-inu</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="79"/>
        <source>Active relationships where a check-in or a meeting is overdue.</source>
        <translation>Aktywne relacje z zaległym check-inem lub spotkaniem.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="75"/>
        <source>On track</source>
        <comment>tile: how many relationships</comment>
        <translation>Zgodnie z planem</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="81"/>
        <source>At risk</source>
        <comment>tile: how many relationships</comment>
        <translation>Zagrożone</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="82"/>
        <source>Active relationships with low scores, poor attendance or no recent meetings.</source>
        <translation>Aktywne relacje z niskimi ocenami, słabą frekwencją lub bez niedawnych spotkań.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="84"/>
        <source>Mentees waiting</source>
        <translation>Oczekujący mentee</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="85"/>
        <source>Mentees on a program&apos;s waiting list for a mentor (snoozed ones not counted).</source>
        <translation>Mentee na liście oczekujących programu (bez odłożonych).</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="91"/>
        <source>What needs you</source>
        <translation>Co wymaga uwagi</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="97"/>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="99"/>
        <source>Go to the relationship, person or program this item is about.</source>
        <translation>Przejdź do relacji, osoby lub programu, których dotyczy ta pozycja.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="100"/>
        <source>Snooze…</source>
        <translation>Odłóż…</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="102"/>
        <source>Hide this item until a later day, with a note why.</source>
        <translation>Ukryj tę pozycję do późniejszego dnia, z notatką dlaczego.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="105"/>
        <source>Check-in forms…</source>
        <translation>Formularze check-in…</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="107"/>
        <source>Save a fillable PDF form for every check-in due in the next two weeks (or overdue) in a folder, to send by e-mail.</source>
        <translation>Zapisz w folderze wypełnialny formularz PDF dla każdego check-inu przypadającego w ciągu dwóch tygodni (lub zaległego), do wysłania e-mailem.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="157"/>
        <source>Attention</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="185"/>
        <source>No file is open.</source>
        <translation>Nie otwarto żadnego pliku.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="186"/>
        <source>Choose File &gt; Open… or File &gt; New… to start.</source>
        <translation>Wybierz Plik &gt; Otwórz… lub Plik &gt; Nowy…, aby zacząć.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="188"/>
        <source>Import your people next.</source>
        <translation>Teraz zaimportuj pracowników.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="189"/>
        <source>Choose File &gt; Import People… to load your HR system&apos;s export, then create a program and enrol them. What needs you will show up here.</source>
        <translation>Wybierz Plik &gt; Importuj osoby…, aby wczytać eksport z systemu HR, a potem utwórz program i zapisz do niego osoby. To, co wymaga uwagi, pojawi się tutaj.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="192"/>
        <source>Nothing needs you today.</source>
        <translation>Dziś nic nie wymaga uwagi.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="193"/>
        <source>Overdue meetings, check-ins and goals, relationships near their end and mentees waiting for a mentor show up here.</source>
        <translation>Tutaj pojawiają się zaległe spotkania, check-iny i cele, relacje bliskie końca oraz mentee czekający na mentora.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/attention.py" line="201"/>
        <source>%Ln item(s): {0} high, {1} medium, {2} low</source>
        <translation>
            <numerusform>%Ln pozycja: wysoki priorytet {0}, średni {1}, niski {2}</numerusform>
            <numerusform>%Ln pozycje: wysoki priorytet {0}, średni {1}, niski {2}</numerusform>
            <numerusform>%Ln pozycji: wysoki priorytet {0}, średni {1}, niski {2}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="281"/>
        <source>That screen is not available in this version.</source>
        <translation>Ten ekran nie jest dostępny w tej wersji.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="321"/>
        <source>Not snoozed</source>
        <translation>Nieodłożone</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="331"/>
        <source>Snoozed until {0}.</source>
        <translation>Odłożone do {0}.</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="79"/>
        <source>Archiving people…</source>
        <extracomment>Choosing in combo boxes is not typed work: Escape just closes.</extracomment>
        <translation>Archiwizowanie osób…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="79"/>
        <source>Restoring people…</source>
        <translation>Przywracanie osób…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="87"/>
        <location filename="../../ui/views/people/bulk_actions.py" line="89"/>
        <source>Change role</source>
        <translation>Zmień rolę</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/bulk_actions.py" line="88"/>
        <source>Give the %n selected people this role:</source>
        <translation>
            <numerusform>Nadaj %n wybranej osobie tę rolę:</numerusform>
            <numerusform>Nadaj %n wybranym osobom tę rolę:</numerusform>
            <numerusform>Nadaj %n wybranym osobom tę rolę:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="90"/>
        <source>Role:</source>
        <translation>Rola:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="97"/>
        <source>Changing roles…</source>
        <translation>Zmiana ról…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="109"/>
        <source>There is no program to enrol people in yet: create one on the Programs screen.</source>
        <translation>Nie ma jeszcze programu, do którego można zapisać osoby: utwórz go na ekranie Programy.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="111"/>
        <source>Enrol in a program</source>
        <translation>Zapisz do programu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/bulk_actions.py" line="112"/>
        <source>Enrol the %n selected people in:</source>
        <translation>
            <numerusform>Zapisz %n wybraną osobę do:</numerusform>
            <numerusform>Zapisz %n wybrane osoby do:</numerusform>
            <numerusform>Zapisz %n wybranych osób do:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="113"/>
        <source>Enrol</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="114"/>
        <source>Program:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="115"/>
        <source>Enrol as:</source>
        <translation>Zapisz jako:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="117"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="152"/>
        <source>Done: {0}. Edit &gt; Undo takes it back.</source>
        <translation>Gotowe: {0}. Edycja &gt; Cofnij to wycofa.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="154"/>
        <source>Nothing to change: everyone selected was already so.</source>
        <translation>Nic do zmiany: wszystkie wybrane osoby już tak mają.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="159"/>
        <source>Cancelled. Nobody was changed.</source>
        <translation>Anulowano. Nikogo nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="162"/>
        <source>Nobody was changed</source>
        <translation>Nikogo nie zmieniono</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/bulk_actions.py" line="178"/>
        <source>%n relationship(s) still run with someone just archived:</source>
        <translation>
            <numerusform>%n relacja wciąż trwa z osobą właśnie zarchiwizowaną:</numerusform>
            <numerusform>%n relacje wciąż trwają z osobą właśnie zarchiwizowaną:</numerusform>
            <numerusform>%n relacji wciąż trwa z osobą właśnie zarchiwizowaną:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="179"/>
        <source>Still in a relationship</source>
        <translation>Wciąż w relacji</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="182"/>
        <source>Close each one with an outcome or replace the mentor on the Relationships screen. Until then they show as at risk and stay on the Attention page.</source>
        <translation>Zakończ każdą z wynikiem albo zmień mentora na ekranie Relacje. Do tego czasu są oznaczone jako zagrożone i pozostają na stronie Uwaga.</translation>
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
        <translation>{0} i {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="73"/>
        <source>Answered by</source>
        <translation>Odpowiada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="74"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="79"/>
        <source>How is it going?</source>
        <translation>Jak idzie?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="80"/>
        <source>Prerequisites of a good relationship</source>
        <translation>Warunki dobrej relacji</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="82"/>
        <source>1 = not at all, 5 = fully. Leave a question unanswered to skip it.</source>
        <translation>1 = wcale, 5 = w pełni. Pozostaw pytanie bez odpowiedzi, aby je pominąć.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="119"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="124"/>
        <source>Comment (optional)</source>
        <translation>Komentarz (opcjonalnie)</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="189"/>
        <source>Close relationship</source>
        <translation>Zamknij relację</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="197"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="227"/>
        <source>&amp;Reason</source>
        <translation>&amp;Powód</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="202"/>
        <source>What did the pair achieve? What would they do differently?</source>
        <translation>Co osiągnęła para? Co zrobiłaby inaczej?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="205"/>
        <source>Closing frees a place in the mentor&apos;s capacity. Only “Completed” counts towards the completion rate.</source>
        <translation>Zamknięcie zwalnia miejsce w limicie mentora. Do wskaźnika ukończenia liczy się tylko „Ukończona”.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="210"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Wynik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="212"/>
        <source>Final re&amp;flection</source>
        <translation>&amp;Refleksja końcowa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="213"/>
        <source>&amp;Closed on</source>
        <translation>&amp;Zamknięta dnia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="225"/>
        <source>Required: why did it end early?</source>
        <translation>Wymagane: dlaczego zakończyła się wcześniej?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="226"/>
        <source>Optional</source>
        <translation>Opcjonalnie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="227"/>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Powód (wymagany)</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../ui/views/people/columns.py" line="74"/>
        <source>Columns</source>
        <extracomment>column -&gt; the stable name it is remembered by.</extracomment>
        <translation>Kolumny</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="36"/>
        <source>Employee ID</source>
        <translation>Nr ewidencyjny</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="37"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="38"/>
        <source>First name (part of the name)</source>
        <translation>Imię (część imienia i nazwiska)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="39"/>
        <source>Last name (part of the name)</source>
        <translation>Nazwisko (część imienia i nazwiska)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="40"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="41"/>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="42"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="43"/>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="44"/>
        <source>Manager&apos;s employee ID</source>
        <translation>Nr ewidencyjny przełożonego</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="45"/>
        <source>Hire date</source>
        <translation>Data zatrudnienia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="46"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="47"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="48"/>
        <source>Mentor capacity</source>
        <translation>Limit podopiecznych</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="49"/>
        <source>Competencies</source>
        <translation>Kompetencje</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="50"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="51"/>
        <source>Archived</source>
        <translation>W archiwum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="52"/>
        <source>(leave out)</source>
        <translation>(pomiń)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="66"/>
        <source>Columns of {0}</source>
        <translation>Kolumny pliku {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="69"/>
        <source>Choose what each column of your HR system&apos;s file holds. MentorDesk remembers your choice for files with the same columns.</source>
        <translation>Wybierz, co zawiera każda kolumna pliku z systemu HR. MentorDesk zapamięta wybór dla plików z tymi samymi kolumnami.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="74"/>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="74"/>
        <source>Read as</source>
        <translation>Czytaj jako</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="74"/>
        <source>First row</source>
        <translation>Pierwszy wiersz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="113"/>
        <source>Two columns are read as {0}; choose one of them.</source>
        <translation>Dwie kolumny są czytane jako {0}; wybierz jedną z nich.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="116"/>
        <source>Choose the column that holds {0}.</source>
        <translation>Wybierz kolumnę zawierającą: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="118"/>
        <source>Choose the column that holds the name (or the first and last name).</source>
        <translation>Wybierz kolumnę z imieniem i nazwiskiem (albo osobno z imieniem i z nazwiskiem).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/file_actions.py" line="194"/>
        <source>Before merging</source>
        <translation>Przed scaleniem</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="206"/>
        <source>Both files changed these fields differently. Choose which value to keep; the newer change is chosen for you.</source>
        <translation>Oba pliki zmieniły te pola inaczej. Wybierz, którą wartość zachować; nowsza zmiana jest wybrana domyślnie.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>Record</source>
        <translation>Rekord</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>In this file</source>
        <translation>W tym pliku</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="210"/>
        <source>In the other file</source>
        <translation>W drugim pliku</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="210"/>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="220"/>
        <source>This file&apos;s value</source>
        <translation>Wartość z tego pliku</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="221"/>
        <source>The other file&apos;s value</source>
        <translation>Wartość z drugiego pliku</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="228"/>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="88"/>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <extracomment>Qt&apos;s own limits of a date edit, kept so code written for QDateEdit means the same.</extracomment>
        <translation>Wybierz datę w kalendarzu (Alt+Strzałka w dół)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="179"/>
        <source>{0} is before the first date allowed here, {1}. The field shows {2} again.</source>
        <translation>{0} jest wcześniej niż pierwsza dozwolona tu data, {1}. Pole znów pokazuje {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="182"/>
        <source>{0} is after the last date allowed here, {1}. The field shows {2} again.</source>
        <translation>{0} jest później niż ostatnia dozwolona tu data, {1}. Pole znów pokazuje {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="184"/>
        <source>“{0}” is not a date: type it like {1}. The field shows {2} again.</source>
        <translation>„{0}” nie jest datą: wpisz ją jak {1}. Pole znów pokazuje {2}.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="89"/>
        <source>Enrol people</source>
        <translation>Zapisz osoby</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="96"/>
        <source>Search name, department, branch, title, competency…</source>
        <translation>Szukaj: imię i nazwisko, dział, oddział, stanowisko, kompetencja…</translation>
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
        <translation>Zgłoszony (HR zdecyduje później)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="65"/>
        <source>Enrolling people…</source>
        <translation>Zapisywanie osób…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="114"/>
        <source>Enrol</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="119"/>
        <source>&amp;Search:</source>
        <translation>&amp;Szukaj:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="121"/>
        <source>Enrol as:</source>
        <translation>Zapisz jako:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="124"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="145"/>
        <source>No one selected; Ctrl- or Shift-click to select several people.</source>
        <translation>Nikogo nie wybrano; kliknij z Ctrl lub Shift, aby zaznaczyć kilka osób.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/enrol_dialog.py" line="147"/>
        <source>%Ln person(s) selected</source>
        <translation>
            <numerusform>Wybrano %Ln osobę</numerusform>
            <numerusform>Wybrano %Ln osoby</numerusform>
            <numerusform>Wybrano %Ln osób</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="71"/>
        <source>Erase person</source>
        <translation>Usuń osobę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="79"/>
        <source>Reason, without naming the person (kept in the erasure log)</source>
        <translation>Powód, bez podawania nazwiska (zapisywany w dzienniku usunięć)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="81"/>
        <source>Erase permanently</source>
        <translation>Usuń trwale</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="90"/>
        <source>Remove these backups</source>
        <translation>Usuń te kopie zapasowe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="110"/>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="111"/>
        <source>The person was erased: %Ln record(s) cleared. The erasure is in the erasure log and travels with every merge.</source>
        <translation>
            <numerusform>Osoba została usunięta: wyczyszczono %Ln rekord. Usunięcie jest w dzienniku usunięć i przechodzi z każdym scaleniem.</numerusform>
            <numerusform>Osoba została usunięta: wyczyszczono %Ln rekordy. Usunięcie jest w dzienniku usunięć i przechodzi z każdym scaleniem.</numerusform>
            <numerusform>Osoba została usunięta: wyczyszczono %Ln rekordów. Usunięcie jest w dzienniku usunięć i przechodzi z każdym scaleniem.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="122"/>
        <source>%n backup(s) were taken before the erasure and may still hold the person:</source>
        <translation>
            <numerusform>Przed usunięciem wykonano %n kopię zapasową, która może nadal zawierać tę osobę:</numerusform>
            <numerusform>Przed usunięciem wykonano %n kopie zapasowe, które mogą nadal zawierać tę osobę:</numerusform>
            <numerusform>Przed usunięciem wykonano %n kopii zapasowych, które mogą nadal zawierać tę osobę:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="123"/>
        <source>No backup taken before the erasure is left.</source>
        <translation>Nie została żadna kopia zapasowa sprzed usunięcia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="132"/>
        <source>The backups could not all be removed ({0}); the rest are still listed.</source>
        <translation>Nie udało się usunąć wszystkich kopii ({0}); pozostałe nadal są na liście.</translation>
    </message>
</context>
<context>
    <name>ErasureLogDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="146"/>
        <source>Erasure log</source>
        <translation>Dziennik usunięć</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="152"/>
        <source>{0} UTC, by {1}: {2}</source>
        <translation>{0} UTC, przez {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="155"/>
        <source>Nobody has been erased in this file.</source>
        <translation>W tym pliku nikogo nie usunięto.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="159"/>
        <source>Remove these backups</source>
        <translation>Usuń te kopie zapasowe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="178"/>
        <source>No backup taken before an erasure is left.</source>
        <translation>Nie została żadna kopia zapasowa sprzed usunięcia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="186"/>
        <source>The backups could not all be removed ({0}); the rest are still listed.</source>
        <translation>Nie udało się usunąć wszystkich kopii ({0}); pozostałe nadal są na liście.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="177"/>
        <source>%n backup(s) were taken before the last erasure and may still hold erased people:</source>
        <translation>
            <numerusform>Przed ostatnim usunięciem wykonano %n kopię zapasową, która może nadal zawierać usunięte osoby:</numerusform>
            <numerusform>Przed ostatnim usunięciem wykonano %n kopie zapasowe, które mogą nadal zawierać usunięte osoby:</numerusform>
            <numerusform>Przed ostatnim usunięciem wykonano %n kopii zapasowych, które mogą nadal zawierać usunięte osoby:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureQuestion</name>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="169"/>
        <source>{0} carries %n erasure(s) of people not made in this file. Merging it erases them here too, and an erasure cannot be undone. Merge only if you know about these erasures.</source>
        <translation>
            <numerusform>{0} zawiera %n usunięcie osoby, którego nie wykonano w tym pliku. Scalenie usunie tę osobę także tutaj, a usunięcia nie można cofnąć. Scalaj tylko wtedy, gdy wiesz o tym usunięciu.</numerusform>
            <numerusform>{0} zawiera %n usunięcia osób, których nie wykonano w tym pliku. Scalenie usunie te osoby także tutaj, a usunięcia nie można cofnąć. Scalaj tylko wtedy, gdy wiesz o tych usunięciach.</numerusform>
            <numerusform>{0} zawiera %n usunięć osób, których nie wykonano w tym pliku. Scalenie usunie te osoby także tutaj, a usunięcia nie można cofnąć. Scalaj tylko wtedy, gdy wiesz o tych usunięciach.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="154"/>
        <source>Extend relationship</source>
        <translation>Przedłuż relację</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="161"/>
        <source>Why is more time needed?</source>
        <translation>Dlaczego potrzeba więcej czasu?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="162"/>
        <source>A relationship can last at most %Ln month(s) from its start ({0}).</source>
        <translation>
            <numerusform>Relacja może trwać najwyżej %Ln miesiąc od rozpoczęcia ({0}).</numerusform>
            <numerusform>Relacja może trwać najwyżej %Ln miesiące od rozpoczęcia ({0}).</numerusform>
            <numerusform>Relacja może trwać najwyżej %Ln miesięcy od rozpoczęcia ({0}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="168"/>
        <source>Planned end now</source>
        <translation>Obecny planowany koniec</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="169"/>
        <source>&amp;New end</source>
        <translation>&amp;Nowy koniec</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="170"/>
        <source>&amp;Reason</source>
        <translation>&amp;Powód</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="65"/>
        <source>Clear filters</source>
        <translation>Wyczyść filtry</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="70"/>
        <source>Department:</source>
        <translation>Dział:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="70"/>
        <source>Branch:</source>
        <translation>Oddział:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="71"/>
        <source>Role:</source>
        <translation>Rola:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="71"/>
        <source>Program:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="97"/>
        <source>All departments</source>
        <translation>Wszystkie działy</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="98"/>
        <source>All branches</source>
        <translation>Wszystkie oddziały</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="99"/>
        <source>All roles</source>
        <translation>Wszystkie role</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="100"/>
        <source>All programs</source>
        <translation>Wszystkie programy</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="101"/>
        <source>{0} (archived)</source>
        <translation>{0} (w archiwum)</translation>
    </message>
</context>
<context>
    <name>FormImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/form_import_dialog.py" line="46"/>
        <source>Returned check-in forms</source>
        <translation>Zwrócone formularze check-in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_import_dialog.py" line="54"/>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_import_dialog.py" line="54"/>
        <source>Result</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_import_dialog.py" line="54"/>
        <source>Details</source>
        <translation>Dane</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="54"/>
        <source>Edit goal</source>
        <translation>Edytuj cel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="54"/>
        <source>Add goal</source>
        <translation>Dodaj cel</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="91"/>
        <source>How will you both know it is reached?</source>
        <translation>Po czym oboje poznacie, że cel jest osiągnięty?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="102"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="118"/>
        <source>Due by</source>
        <translation>Termin do</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="132"/>
        <source>&amp;Title</source>
        <translation>&amp;Tytuł</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="133"/>
        <source>&amp;Description</source>
        <translation>&amp;Opis</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="134"/>
        <source>&amp;Success measure</source>
        <translation>&amp;Miara sukcesu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="135"/>
        <source>St&amp;atus</source>
        <translation>St&amp;atus</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="136"/>
        <source>&amp;Progress</source>
        <translation>&amp;Postęp</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="139"/>
        <source>Due date</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="140"/>
        <source>&amp;Competency</source>
        <translation>&amp;Kompetencja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="64"/>
        <source>A new goal starts open at 0%; change its status and progress later.</source>
        <translation>Nowy cel zaczyna jako otwarty z postępem 0%; status i postęp zmienisz później.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="163"/>
        <source>No linked competency</source>
        <translation>Brak powiązanej kompetencji</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../../ui/widgets/guarded_dialog.py" line="80"/>
        <source>Your changes in this window are not saved yet.</source>
        <extracomment>Dialogs whose changes are a choice rather than typed work may turn the question off.</extracomment>
        <translation>Zmiany w tym oknie nie zostały jeszcze zapisane.</translation>
    </message>
</context>
<context>
    <name>HeaderFields</name>
    <message>
        <location filename="../../ui/report_header.py" line="60"/>
        <source>Shown in the page header of every report</source>
        <extracomment>Where older versions kept the header on the laptop (`mentordesk.services.reports` keys).</extracomment>
        <translation>Widoczna w nagłówku każdego raportu</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="66"/>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="70"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="82"/>
        <source>&amp;Company name:</source>
        <translation>Nazwa &amp;firmy:</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="83"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="100"/>
        <source>Open a company file to set its report header.</source>
        <translation>Otwórz plik firmy, aby ustawić nagłówek jej raportów.</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="102"/>
        <source>This file is open read-only, so its report header cannot be changed now.</source>
        <translation>Plik jest otwarty tylko do odczytu, więc nagłówka raportów nie można teraz zmienić.</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="104"/>
        <source>Kept in {0}: every computer that opens it prints the same header.</source>
        <translation>Zapisany w {0}: każdy komputer, który go otworzy, drukuje ten sam nagłówek.</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="109"/>
        <source>The file&apos;s logo</source>
        <translation>Logo zapisane w pliku</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="109"/>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="119"/>
        <source>Choose a logo</source>
        <translation>Wybierz logo</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="119"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="53"/>
        <source>Import preview: {0}</source>
        <extracomment>Changes listed one by one (new, then changed people, each up to this many); the rest are counted.</extracomment>
        <translation>Podgląd importu: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="65"/>
        <source>Changes</source>
        <translation>Zmiany</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="67"/>
        <source>Likely duplicates (%n)</source>
        <translation>
            <numerusform>Możliwe duplikaty (%n)</numerusform>
            <numerusform>Możliwe duplikaty (%n)</numerusform>
            <numerusform>Możliwe duplikaty (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="69"/>
        <source>Bad lines (%n)</source>
        <translation>
            <numerusform>Błędne wiersze (%n)</numerusform>
            <numerusform>Błędne wiersze (%n)</numerusform>
            <numerusform>Błędne wiersze (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="71"/>
        <source>Warnings</source>
        <translation>Ostrzeżenia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="77"/>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="80"/>
        <source>Columns…</source>
        <translation>Kolumny…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="89"/>
        <source>%n new people</source>
        <translation>
            <numerusform>%n nowa osoba</numerusform>
            <numerusform>%n nowe osoby</numerusform>
            <numerusform>%n nowych osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="89"/>
        <source>%n people changed</source>
        <translation>
            <numerusform>%n osoba zmieniona</numerusform>
            <numerusform>%n osoby zmienione</numerusform>
            <numerusform>%n osób zmienionych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="90"/>
        <source>%n people unchanged</source>
        <translation>
            <numerusform>%n osoba bez zmian</numerusform>
            <numerusform>%n osoby bez zmian</numerusform>
            <numerusform>%n osób bez zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="90"/>
        <source>%n people archived</source>
        <translation>
            <numerusform>%n osoba przeniesiona do archiwum</numerusform>
            <numerusform>%n osoby przeniesione do archiwum</numerusform>
            <numerusform>%n osób przeniesionych do archiwum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="91"/>
        <source>%n people brought back from the archive</source>
        <translation>
            <numerusform>%n osoba przywrócona z archiwum</numerusform>
            <numerusform>%n osoby przywrócone z archiwum</numerusform>
            <numerusform>%n osób przywróconych z archiwum</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="95"/>
        <source>This file cannot be imported: %n line has a problem. Fix it in the file and import again; nothing has been changed.</source>
        <translation>
            <numerusform>Nie można zaimportować tego pliku: %n wiersz ma błąd. Popraw go w pliku i importuj ponownie; nic nie zmieniono.</numerusform>
            <numerusform>Nie można zaimportować tego pliku: %n wiersze mają błędy. Popraw je w pliku i importuj ponownie; nic nie zmieniono.</numerusform>
            <numerusform>Nie można zaimportować tego pliku: %n wierszy ma błędy. Popraw je w pliku i importuj ponownie; nic nie zmieniono.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="98"/>
        <source>Some people may already be in MentorDesk under another employee ID. They are listed, not merged: check them, then import or cancel.</source>
        <translation>Niektóre osoby mogą już być w MentorDesk pod innym nr. ewidencyjnym. Są wymienione, nie scalone: sprawdź je, a potem importuj lub anuluj.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="100"/>
        <source>Nothing has been changed yet. Import to apply these changes, or Cancel.</source>
        <translation>Nic jeszcze nie zmieniono. Importuj, aby wprowadzić te zmiany, albo anuluj.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="104"/>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="108"/>
        <source>%n more not listed</source>
        <translation>
            <numerusform>%n kolejna niewymieniona</numerusform>
            <numerusform>%n kolejne niewymienione</numerusform>
            <numerusform>%n kolejnych niewymienionych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="111"/>
        <source>Employee ID</source>
        <translation>Nr ewidencyjny</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="111"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="111"/>
        <source>What changes</source>
        <translation>Co się zmienia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="126"/>
        <source>already in MentorDesk as {0}</source>
        <translation>już w MentorDesk jako {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="126"/>
        <source>also in this file as {0}</source>
        <translation>także w tym pliku jako {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="127"/>
        <source>Line {0}: {1} ({2}) may be the same person, {3}</source>
        <translation>Wiersz {0}: {1} ({2}) to może ta sama osoba, {3}</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="142"/>
        <source>Import finished: {0}</source>
        <translation>Import zakończony: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="143"/>
        <source>%n people added</source>
        <translation>
            <numerusform>%n osoba dodana</numerusform>
            <numerusform>%n osoby dodane</numerusform>
            <numerusform>%n osób dodanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="143"/>
        <source>%n people updated</source>
        <translation>
            <numerusform>%n osoba zaktualizowana</numerusform>
            <numerusform>%n osoby zaktualizowane</numerusform>
            <numerusform>%n osób zaktualizowanych</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="144"/>
        <source>%n people unchanged</source>
        <translation>
            <numerusform>%n osoba bez zmian</numerusform>
            <numerusform>%n osoby bez zmian</numerusform>
            <numerusform>%n osób bez zmian</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="145"/>
        <source>%n competency assessments recorded</source>
        <translation>
            <numerusform>%n ocena kompetencji zapisana</numerusform>
            <numerusform>%n oceny kompetencji zapisane</numerusform>
            <numerusform>%n ocen kompetencji zapisanych</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="146"/>
        <source>To take this import back, choose Edit &gt; Undo import of {0}.</source>
        <translation>Aby cofnąć ten import, wybierz Edycja &gt; Cofnij import pliku {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="149"/>
        <source>Nothing was imported: {0}</source>
        <translation>Nic nie zaimportowano: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="150"/>
        <source>Nothing was imported: %n line has a problem. Fix the file and import it again.</source>
        <translation>
            <numerusform>Nic nie zaimportowano: %n wiersz ma błąd. Popraw plik i zaimportuj go ponownie.</numerusform>
            <numerusform>Nic nie zaimportowano: %n wiersze mają błędy. Popraw plik i zaimportuj go ponownie.</numerusform>
            <numerusform>Nic nie zaimportowano: %n wierszy ma błędy. Popraw plik i zaimportuj go ponownie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindFields</name>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="34"/>
        <source>The competency the junior colleagues teach the senior ones.</source>
        <translation>Kompetencja, której młodsi współpracownicy uczą starszych.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="37"/>
        <source>e.g. the warehouse team, or Finance</source>
        <translation>np. zespół magazynu albo Finanse</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="47"/>
        <source>&amp;Group size:</source>
        <translation>&amp;Wielkość grupy:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="47"/>
        <source>Sessio&amp;ns:</source>
        <translation>Spotka&amp;nia:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="48"/>
        <source>The junior &amp;teaches:</source>
        <translation>Młodszy &amp;uczy:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="48"/>
        <source>&amp;Host:</source>
        <translation>&amp;Gospodarz:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="49"/>
        <source>&amp;Visits:</source>
        <translation>&amp;Wizyty:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="49"/>
        <source>Visit &amp;length:</source>
        <translation>&amp;Długość wizyty:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/program_kind_fields.py" line="64"/>
        <source> mentee(s)</source>
        <translation>
            <numerusform> mentee</numerusform>
            <numerusform> mentee</numerusform>
            <numerusform> mentee</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/program_kind_fields.py" line="65"/>
        <source> hour(s)</source>
        <translation>
            <numerusform> godzina</numerusform>
            <numerusform> godziny</numerusform>
            <numerusform> godzin</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="70"/>
        <source>One experienced mentor guides one mentee over several months.</source>
        <translation>Jeden doświadczony mentor prowadzi jednego mentee przez kilka miesięcy.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="71"/>
        <source>One mentor meets a small group of mentees for a fixed number of sessions.</source>
        <translation>Jeden mentor spotyka się z małą grupą mentee przez ustaloną liczbę spotkań.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="72"/>
        <source>A junior colleague teaches a senior one a competency they know better, such as digital tools.</source>
        <translation>Młodszy współpracownik uczy starszego kompetencji, którą zna lepiej, np. narzędzi cyfrowych.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="74"/>
        <source>Colleagues at a similar level learn from each other in equal pairs; each person is in one pair.</source>
        <translation>Współpracownicy na podobnym poziomie uczą się od siebie w równorzędnych parach; każda osoba jest w jednej parze.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="76"/>
        <source>A mentee spends a few short visits with a host to see their work first-hand.</source>
        <translation>Mentee odbywa kilka krótkich wizyt u gospodarza, aby zobaczyć jego pracę z bliska.</translation>
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
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="125"/>
        <source>&amp;New…</source>
        <translation>&amp;Nowy…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="126"/>
        <source>&amp;Open…</source>
        <translation>&amp;Otwórz…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="129"/>
        <source>Open &amp;Recent</source>
        <translation>Otwórz &amp;ostatnie</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="131"/>
        <source>&amp;Import People…</source>
        <translation>&amp;Importuj osoby…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="132"/>
        <source>&amp;Export People…</source>
        <translation>&amp;Eksportuj osoby…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="146"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencje…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="150"/>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="154"/>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="155"/>
        <source>&amp;About MentorDesk</source>
        <translation>&amp;O programie MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="158"/>
        <source>About &amp;Qt</source>
        <translation>O &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="225"/>
        <source>Cannot open file</source>
        <translation>Nie można otworzyć pliku</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="231"/>
        <source>MentorDesk — {0}</source>
        <translation>MentorDesk — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="296"/>
        <source>Reloaded: someone else changed the file.</source>
        <translation>Wczytano ponownie: ktoś inny zmienił plik.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="315"/>
        <source>New MentorDesk file</source>
        <translation>Nowy plik MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="315"/>
        <source>MentorDesk files (*.db)</source>
        <translation>Pliki MentorDesk (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="321"/>
        <source>A file with that name already exists; choose Open to use it.</source>
        <translation>Plik o tej nazwie już istnieje; wybierz Otwórz, aby go użyć.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="326"/>
        <source>Open MentorDesk file</source>
        <translation>Otwórz plik MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="326"/>
        <source>MentorDesk files (*.db);;All files (*)</source>
        <translation>Pliki MentorDesk (*.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="32"/>
        <source>Import people</source>
        <translation>Importuj osoby</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="33"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Pliki CSV (*.csv);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="61"/>
        <source>Nothing was imported</source>
        <translation>Nic nie zaimportowano</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="63"/>
        <source>Importing people…</source>
        <translation>Importowanie osób…</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="72"/>
        <source>Export people</source>
        <translation>Eksportuj osoby</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="73"/>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app.py" line="347"/>
        <source>Exported %Ln person(s).</source>
        <translation>
            <numerusform>Wyeksportowano %Ln osobę.</numerusform>
            <numerusform>Wyeksportowano %Ln osoby.</numerusform>
            <numerusform>Wyeksportowano %Ln osób.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="266"/>
        <source>This is a demo company. Choose File &gt; New to start your own file, then File &gt; Import People… to load your HR export.</source>
        <translation>To jest firma demonstracyjna. Wybierz Plik &gt; Nowy, aby utworzyć własny plik, a potem Plik &gt; Importuj osoby…, aby wczytać eksport z HR.</translation>
    </message>
</context>
<context>
    <name>MatchWaiting</name>
    <message>
        <location filename="../../ui/views/matching/waiting_pane.py" line="63"/>
        <source>Waiting list before the match ({0})</source>
        <translation>Lista oczekujących przed dobraniem par ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/waiting_pane.py" line="67"/>
        <source>Mentees on the waiting list are never matched: accept them in Programs to include them in the next match.</source>
        <translation>Mentee z listy oczekujących nigdy nie dostają pary: przyjmij ich w Programach, aby uwzględnić ich przy następnym dobieraniu par.</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="39"/>
        <source>Prepare introductions</source>
        <translation>Przygotuj przedstawienia</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="39"/>
        <source>Write the introduction e-mails of the pairs just approved, with why they were paired and their meetings as a calendar file.</source>
        <translation>Napisz e-maile przedstawiające dla właśnie zatwierdzonych par, z powodem dobrania i ich spotkaniami jako plikiem kalendarza.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="177"/>
        <source>Prepare introductions writes their introduction e-mails.</source>
        <translation>„Przygotuj przedstawienia” pisze ich e-maile przedstawiające.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="35"/>
        <location filename="../../ui/views/matching/view.py" line="111"/>
        <location filename="../../ui/views/matching/view.py" line="160"/>
        <source>Matching</source>
        <extracomment>What the last approval did (created ids, .skipped, .waitlisted); None until one finishes. Program kind the table&apos;s sort was last chosen for (group programs sort by mentor).</extracomment>
        <translation>Dobieranie par</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="53"/>
        <source>Program:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="58"/>
        <source>Run match</source>
        <translation>Dobierz pary</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="65"/>
        <location filename="../../ui/views/matching/running.py" line="46"/>
        <location filename="../../ui/views/matching/running.py" line="84"/>
        <source>Matching… %p%</source>
        <translation>Dobieranie par… %p%</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="68"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="81"/>
        <source>Edit weights…</source>
        <translation>Edytuj wagi…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="25"/>
        <location filename="../../ui/views/matching/view.py" line="187"/>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="26"/>
        <source>Keep this pair in every run until it is approved.</source>
        <translation>Zachowaj tę parę w każdym przebiegu, dopóki nie zostanie zatwierdzona.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="27"/>
        <source>Reject</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="27"/>
        <source>Never propose this pair again, and run the match again.</source>
        <translation>Nie proponuj więcej tej pary i dobierz pary ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="29"/>
        <source>Swap…</source>
        <translation>Zamień…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="30"/>
        <source>Exchange mentors with another proposal.</source>
        <translation>Zamień mentorów z inną propozycją.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="31"/>
        <source>Re-run</source>
        <translation>Powtórz</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="32"/>
        <source>Locks and exclusions…</source>
        <translation>Blokady i wykluczenia…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="32"/>
        <source>See the pairs HR locked or rejected in this program, and undo a decision.</source>
        <translation>Zobacz pary zablokowane lub odrzucone przez HR w tym programie i cofnij decyzję.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="37"/>
        <source>Approve selected</source>
        <translation>Zatwierdź zaznaczone</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="38"/>
        <source>Approve all</source>
        <translation>Zatwierdź wszystkie</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/waiting_pane.py" line="43"/>
        <location filename="../../ui/views/matching/waiting_pane.py" line="73"/>
        <source>Waiting list</source>
        <translation>Lista oczekujących</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="187"/>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="197"/>
        <source>Open a file with a program to match its participants.</source>
        <translation>Otwórz plik z programem, aby dobrać pary uczestników.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="208"/>
        <source>same branch preferred</source>
        <translation>preferowany ten sam oddział</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="208"/>
        <source>branch ignored</source>
        <translation>oddział bez znaczenia</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="209"/>
        <source>other branch preferred</source>
        <translation>preferowany inny oddział</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="210"/>
        <source>other department preferred</source>
        <translation>preferowany inny dział</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="211"/>
        <source>same department a small bonus</source>
        <translation>ten sam dział – mała premia</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="212"/>
        <source>Weights: {0} ({1}; {2}).</source>
        <translation>Wagi: {0} ({1}; {2}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="47"/>
        <source>Matching…</source>
        <translation>Dobieranie par…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="70"/>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="247"/>
        <source>{0} with {1}, {2}. Total score {3}.</source>
        <translation>{0}, {1}, {2}. Łączny wynik {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="248"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln grupa</numerusform>
            <numerusform>%Ln grupy</numerusform>
            <numerusform>%Ln grup</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="249"/>
        <location filename="../../ui/views/matching/view.py" line="257"/>
        <source>%Ln mentee(s)</source>
        <translation>
            <numerusform>%Ln mentee</numerusform>
            <numerusform>%Ln mentee</numerusform>
            <numerusform>%Ln mentee</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="245"/>
        <source>%Ln waiting</source>
        <translation>
            <numerusform>%Ln oczekujący</numerusform>
            <numerusform>%Ln oczekujących</numerusform>
            <numerusform>%Ln oczekujących</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="250"/>
        <source>{0}, {1}. Total score {2}.</source>
        <translation>{0}, {1}. Łączny wynik {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="251"/>
        <source>%Ln proposed pair(s)</source>
        <translation>
            <numerusform>%Ln proponowana para</numerusform>
            <numerusform>%Ln proponowane pary</numerusform>
            <numerusform>%Ln proponowanych par</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="255"/>
        <source>Start %Ln relationship(s) now?</source>
        <translation>
            <numerusform>Rozpocząć teraz %Ln relację?</numerusform>
            <numerusform>Rozpocząć teraz %Ln relacje?</numerusform>
            <numerusform>Rozpocząć teraz %Ln relacji?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="256"/>
        <source>Start {0} now and put {1} on the waiting list with the reasons shown?</source>
        <translation>Rozpocząć teraz {0} i wpisać {1} na listę oczekujących z podanymi powodami?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="257"/>
        <source>%Ln relationship(s)</source>
        <translation>
            <numerusform>%Ln relacja</numerusform>
            <numerusform>%Ln relacje</numerusform>
            <numerusform>%Ln relacji</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="261"/>
        <source>%Ln relationship(s) started.</source>
        <translation>
            <numerusform>Rozpoczęto %Ln relację.</numerusform>
            <numerusform>Rozpoczęto %Ln relacje.</numerusform>
            <numerusform>Rozpoczęto %Ln relacji.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="262"/>
        <source>%Ln pair(s) were skipped because the file changed since the match was run:</source>
        <translation>
            <numerusform>Pominięto %Ln parę, bo plik zmienił się od dobrania par:</numerusform>
            <numerusform>Pominięto %Ln pary, bo plik zmienił się od dobrania par:</numerusform>
            <numerusform>Pominięto %Ln par, bo plik zmienił się od dobrania par:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/waiting_pane.py" line="64"/>
        <source>Waiting list ({0})</source>
        <translation>Lista oczekujących ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="126"/>
        <source>The match could not be run</source>
        <translation>Nie udało się dobrać par</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="132"/>
        <source>Matching cancelled; the previous proposals are still shown.</source>
        <translation>Dobieranie par anulowane; nadal widać poprzednie propozycje.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="56"/>
        <source>{0} is no longer locked to {1}.</source>
        <translation>{0} nie jest już na stałe przypisany(-a) do {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="61"/>
        <source>{0} stays with {1} in every run until approved.</source>
        <translation>{0} zostaje z {1} w każdym przebiegu aż do zatwierdzenia.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="75"/>
        <source>{0} will not be proposed with {1} again.</source>
        <translation>{0} nie będzie już proponowany(-a) z {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="85"/>
        <source>No swap is possible for {0}: every other proposal has the same mentor or a matching rule forbids the exchange.</source>
        <translation>Dla {0} żadna zamiana nie jest możliwa: każda inna propozycja ma tego samego mentora albo reguła dobierania par zabrania zamiany.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="88"/>
        <source>{0} (with {1})</source>
        <translation>{0} (z {1})</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="90"/>
        <source>Swap mentors</source>
        <translation>Zamień mentorów</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="91"/>
        <source>Give {0}&apos;s mentor, {1}, to:</source>
        <translation>Przekaż mentora osoby {0}, {1}, do:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="112"/>
        <source>Mentors swapped and locked.</source>
        <translation>Mentorzy zamienieni i zablokowani.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="146"/>
        <source>Approve pairs</source>
        <translation>Zatwierdź pary</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="160"/>
        <source>Starting relationships… %p%</source>
        <translation>Rozpoczynanie relacji… %p%</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="160"/>
        <source>Stop and start nobody: the approval is undone as a whole.</source>
        <translation>Zatrzymaj i nie rozpoczynaj żadnej: zatwierdzenie zostanie cofnięte w całości.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="162"/>
        <source>Approving pairs…</source>
        <translation>Zatwierdzanie par…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="203"/>
        <source>The pairs were not approved</source>
        <translation>Pary nie zostały zatwierdzone</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="208"/>
        <source>Approval cancelled; no relationship was started.</source>
        <translation>Zatwierdzanie anulowane; nie rozpoczęto żadnej relacji.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="132"/>
        <source>Decisions removed; running the match again.</source>
        <translation>Decyzje usunięte; ponowne dobieranie par.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="161"/>
        <source>Weights changed: run the match again to see their effect.</source>
        <translation>Wagi zmienione: dobierz pary ponownie, aby zobaczyć efekt.</translation>
    </message>
</context>
<context>
    <name>MatchingWeights</name>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="74"/>
        <source>Skill gaps covered</source>
        <translation>Pokryte luki kompetencyjne</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="75"/>
        <source>Stated wishes</source>
        <translation>Zgłoszone preferencje</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="76"/>
        <source>Seniority</source>
        <translation>Staż</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="77"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="78"/>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="79"/>
        <source>Shared language</source>
        <translation>Wspólny język</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="69"/>
        <source>Edit meeting</source>
        <translation>Edytuj spotkanie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="69"/>
        <source>Log meeting</source>
        <translation>Zapisz spotkanie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="93"/>
        <source>{0} and {1}</source>
        <translation>{0} i {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="95"/>
        <source>Started {0}</source>
        <translation>Rozpoczęta {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="109"/>
        <source>No time</source>
        <translation>Bez godziny</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="116"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="136"/>
        <source>With notice</source>
        <translation>Z wyprzedzeniem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="138"/>
        <source>Was the meeting moved with enough notice? Only asked for a rescheduled meeting.</source>
        <translation>Czy spotkanie przełożono z odpowiednim wyprzedzeniem? Pytanie tylko przy przełożonych spotkaniach.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="143"/>
        <source>What was discussed, in a few words</source>
        <translation>O czym rozmawiano, w kilku słowach</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="163"/>
        <source>This relationship has no goals yet.</source>
        <translation>Ta relacja nie ma jeszcze celów.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="173"/>
        <source>Notes are confidential: they are left out of printed reports unless HR includes them.</source>
        <translation>Notatki są poufne: nie trafiają do drukowanych raportów, chyba że HR je dołączy.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="185"/>
        <source>&amp;Date</source>
        <translation>&amp;Data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="186"/>
        <source>T&amp;ime</source>
        <translation>&amp;Godzina</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="187"/>
        <source>D&amp;uration</source>
        <translation>&amp;Czas trwania</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="188"/>
        <source>M&amp;ode</source>
        <translation>&amp;Forma</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="189"/>
        <source>Out&amp;come</source>
        <translation>&amp;Wynik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="191"/>
        <source>&amp;Topics</source>
        <translation>&amp;Tematy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="192"/>
        <source>&amp;Goals discussed</source>
        <translation>&amp;Omawiane cele</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="193"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notatki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="203"/>
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation>Zapisz (Enter lub Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>MergeLogDialog</name>
    <message>
        <location filename="../../ui/file_actions.py" line="240"/>
        <source>Merge log</source>
        <translation>Dziennik scaleń</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="247"/>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="247"/>
        <source>From file</source>
        <translation>Z pliku</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="247"/>
        <source>What came in</source>
        <translation>Co zostało dodane</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="258"/>
        <source>nothing new</source>
        <translation>nic nowego</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="260"/>
        <source>No file has been merged into this one yet.</source>
        <translation>Do tego pliku nie scalono jeszcze żadnego innego.</translation>
    </message>
</context>
<context>
    <name>MessageTextDialog</name>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="40"/>
        <source>E-mail texts of {0}</source>
        <translation>Teksty e-maili: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="46"/>
        <source>Introduction of a new pair</source>
        <translation>Przedstawienie nowej pary</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="47"/>
        <source>Reminder: no recent meeting</source>
        <translation>Przypomnienie: brak niedawnego spotkania</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="48"/>
        <source>Reminder: check-in overdue</source>
        <translation>Przypomnienie: zaległy check-in</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="57"/>
        <source>Placeholders (a name after $ is filled in for each e-mail): {0}</source>
        <translation>Znaczniki (nazwa po $ jest uzupełniana w każdym e-mailu): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="65"/>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="67"/>
        <source>Use MentorDesk&apos;s text</source>
        <translation>Użyj tekstu MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="79"/>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="80"/>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="121"/>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
</context>
<context>
    <name>NextStageDialog</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="61"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="87"/>
        <source>Next stage</source>
        <extracomment>The former private names, still used by ui/dialogs/replace_mentor_dialog.py.</extracomment>
        <translation>Następny etap</translation>
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
        <translation>Brak: to ostatni etap</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="73"/>
        <source>C&amp;orrect to an earlier stage</source>
        <translation>&amp;Popraw na wcześniejszy etap</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="80"/>
        <source>Only to put right a stage recorded by mistake: the dates of the later stages are removed.</source>
        <translation>Tylko do poprawienia etapu zapisanego przez pomyłkę: daty późniejszych etapów zostaną usunięte.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="86"/>
        <source>Current stage</source>
        <translation>Obecny etap</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="88"/>
        <source>&amp;Began on</source>
        <translation>&amp;Rozpoczęty dnia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="90"/>
        <source>Back to &amp;stage</source>
        <translation>Powrót do &amp;etapu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="113"/>
        <source>Correct…</source>
        <translation>Popraw…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="113"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="115"/>
        <source>This relationship is already in its last stage.</source>
        <translation>Ta relacja jest już na ostatnim etapie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="127"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="135"/>
        <source>Correct the stage</source>
        <translation>Popraw etap</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="128"/>
        <source>Move {0} and {1} back from stage {2} ({3}) to stage {4} ({5})? The dates recorded for the later stages are removed.</source>
        <translation>Przenieść {0} i {1} z etapu {2} ({3}) z powrotem do etapu {4} ({5})? Daty zapisane dla późniejszych etapów zostaną usunięte.</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="77"/>
        <source>Pair two people</source>
        <translation>Połącz dwie osoby w parę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="91"/>
        <source>No program</source>
        <translation>Bez programu</translation>
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
        <translation>&amp;Program</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="116"/>
        <source>&amp;Start</source>
        <translation>&amp;Początek</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="117"/>
        <source>Meeting &amp;frequency</source>
        <translation>&amp;Częstotliwość spotkań</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="118"/>
        <source>Meeting m&amp;ode</source>
        <translation>F&amp;orma spotkań</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="145"/>
        <source>Choose a mentor and a mentee.</source>
        <translation>Wybierz mentora i mentee.</translation>
    </message>
</context>
<context>
    <name>PairRulesDialog</name>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="61"/>
        <source>Locks and exclusions</source>
        <extracomment>True once a rule was removed, so the caller knows its proposals are stale.</extracomment>
        <translation>Blokady i wykluczenia</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="64"/>
        <source>Pairs HR decided on in {0}. A locked pair is kept in every run until it is approved; an excluded pair is never proposed. Remove a decision to let the matcher choose freely again.</source>
        <translation>Pary, o których HR zdecydował w {0}. Zablokowana para zostaje w każdym przebiegu aż do zatwierdzenia; wykluczona para nigdy nie jest proponowana. Usuń decyzję, aby dobieranie znów wybierało swobodnie.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="74"/>
        <source>No locks or exclusions in this program.</source>
        <translation>Brak blokad i wykluczeń w tym programie.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="78"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="80"/>
        <source>Forget this decision: the pair may be proposed again.</source>
        <translation>Zapomnij tę decyzję: para może zostać ponownie zaproponowana.</translation>
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
        <translation>Decyzja</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="37"/>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="41"/>
        <source>Locked</source>
        <translation>Zablokowana</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="41"/>
        <source>Excluded</source>
        <translation>Wykluczona</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="43"/>
        <source>Enrol people…</source>
        <translation>Zapisz osoby…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="45"/>
        <source>Accept</source>
        <translation>Przyjmij</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="47"/>
        <source>Decline…</source>
        <translation>Odrzuć…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="49"/>
        <source>Waitlist…</source>
        <translation>Na listę oczekujących…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/participants_tab.py" line="128"/>
        <source>{0}: held {1} of %Ln meeting(s)</source>
        <translation>
            <numerusform>{0}: odbyte {1} z %Ln spotkania</numerusform>
            <numerusform>{0}: odbyte {1} z %Ln spotkań</numerusform>
            <numerusform>{0}: odbyte {1} z %Ln spotkań</numerusform>
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
        <translation>W archiwum</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="52"/>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="64"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="65"/>
        <source>Employee ID</source>
        <translation>Nr ewidencyjny</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="66"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="67"/>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="68"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="69"/>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="70"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="72"/>
        <source>Hire date</source>
        <translation>Data zatrudnienia</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="74"/>
        <source>Role</source>
        <translation>Rola</translation>
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
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="77"/>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="78"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="79"/>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="80"/>
        <source>In this program</source>
        <translation>W tym programie</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/views/people/view.py" line="96"/>
        <source>Search name, email, department, branch, competency…</source>
        <extracomment>The search keys are made this long after a reload, once the list is painted (see search_keys.py).</extracomment>
        <translation>Szukaj: imię i nazwisko, e-mail, dział, oddział, kompetencja…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="99"/>
        <source>Show archived</source>
        <translation>Pokaż zarchiwizowane</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="103"/>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="94"/>
        <location filename="../../ui/views/people/view.py" line="104"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="105"/>
        <location filename="../../ui/views/people/view.py" line="361"/>
        <source>Archive</source>
        <translation>Archiwizuj</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="154"/>
        <source>Details</source>
        <translation>Dane</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="155"/>
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="167"/>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/view.py" line="269"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln osoba</numerusform>
            <numerusform>%Ln osoby</numerusform>
            <numerusform>%Ln osób</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="271"/>
        <source>{0} of {1} shown</source>
        <translation>Widoczne: {0} z {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/view.py" line="299"/>
        <source>%n people selected: archive them, change their role or enrol them in a program together.</source>
        <translation>
            <numerusform>Wybrano %n osobę.</numerusform>
            <numerusform>Wybrano %n osoby: możesz je razem zarchiwizować, zmienić im rolę lub zapisać do programu.</numerusform>
            <numerusform>Wybrano %n osób: możesz je razem zarchiwizować, zmienić im rolę lub zapisać do programu.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="301"/>
        <source>Select one person to see their history.</source>
        <translation>Wybierz jedną osobę, aby zobaczyć jej historię.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="306"/>
        <source>Select a person to see their history.</source>
        <translation>Wybierz osobę, aby zobaczyć jej historię.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="325"/>
        <source>No file is open.</source>
        <translation>Nie otwarto żadnego pliku.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="326"/>
        <source>No people yet. Click Add… or use File &gt; Import People… to load your HR export.</source>
        <translation>Nie ma jeszcze osób. Kliknij Dodaj… lub użyj Plik &gt; Importuj osoby…, aby wczytać eksport z systemu HR.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="329"/>
        <source>No one matches your search and filters. Clear filters shows everyone.</source>
        <translation>Nikt nie pasuje do wyszukiwania i filtrów. Wyczyść filtry pokazuje wszystkich.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="330"/>
        <source>No one matches your search.</source>
        <translation>Nikt nie pasuje do wyszukiwania.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="331"/>
        <source>Select a person to see their details.</source>
        <translation>Wybierz osobę, aby zobaczyć jej dane.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="361"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/view.py" line="366"/>
        <source>%n people selected</source>
        <translation>
            <numerusform>Wybrano %n osobę</numerusform>
            <numerusform>Wybrano %n osoby</numerusform>
            <numerusform>Wybrano %n osób</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="98"/>
        <source>Export personal data…</source>
        <translation>Eksportuj dane osobowe…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="99"/>
        <source>Erase person…</source>
        <translation>Usuń osobę…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="102"/>
        <source>Erasure log and old backups…</source>
        <translation>Dziennik usunięć i stare kopie zapasowe…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="95"/>
        <location filename="../../ui/views/people/view.py" line="124"/>
        <source>Change role…</source>
        <translation>Zmień rolę…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="96"/>
        <location filename="../../ui/views/people/view.py" line="126"/>
        <source>Enrol in program…</source>
        <translation>Zapisz do programu…</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="59"/>
        <source>Type to search…</source>
        <translation>Wpisz, aby wyszukać…</translation>
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
        <translation>Nr ewidencyjny</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="60"/>
        <source>Manager</source>
        <translation>Przełożony</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="61"/>
        <source>Hire date</source>
        <translation>Data zatrudnienia</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="61"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="61"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="62"/>
        <source>Mentor capacity</source>
        <translation>Limit podopiecznych</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="62"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="48"/>
        <source>&lt;b&gt;Competency portrait&lt;/b&gt;</source>
        <extracomment>The rows of the form, in order: (key, label); labels are translated in `PersonDetail._labels`.</extracomment>
        <translation>&lt;b&gt;Profil kompetencji&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="57"/>
        <source>Select a person to see their details.</source>
        <translation>Wybierz osobę, aby zobaczyć jej dane.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="75"/>
        <source>Edit {0}</source>
        <translation>Edytuj: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="75"/>
        <source>Add person</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="105"/>
        <source>e.g. E0123</source>
        <translation>np. E0123</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="108"/>
        <source>name@company.com</source>
        <translation>imie@firma.pl</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_manager.py" line="28"/>
        <source>(no manager)</source>
        <translation>(bez przełożonego)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="125"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="127"/>
        <source>No date</source>
        <translation>Bez daty</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="128"/>
        <source>The hire date is not known</source>
        <translation>Data zatrudnienia jest nieznana</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="138"/>
        <source>two-letter codes, e.g. en, nl, es</source>
        <translation>kody dwuliterowe, np. en, nl, es</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="141"/>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="146"/>
        <source>How many mentees this person can take at a time</source>
        <translation>Ilu mentee ta osoba może prowadzić jednocześnie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="33"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="152"/>
        <source>Employee ID</source>
        <extracomment>(field, theirs, yours, differs) -- one row of the comparison.</extracomment>
        <translation>Nr ewidencyjny</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="33"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="153"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
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
        <translation>Dział</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="35"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="156"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="35"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="157"/>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="36"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="158"/>
        <source>Manager</source>
        <translation>Przełożony</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="37"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="159"/>
        <source>Hire date</source>
        <translation>Data zatrudnienia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="37"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="160"/>
        <source>Languages</source>
        <translation>Języki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="38"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="161"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="162"/>
        <source>Mentor capacity</source>
        <translation>Limit podopiecznych</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="38"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="163"/>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_portrait.py" line="33"/>
        <location filename="../../ui/dialogs/person_portrait.py" line="50"/>
        <source>Competency</source>
        <translation>Kompetencja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_portrait.py" line="34"/>
        <source>Current</source>
        <translation>Obecny</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_portrait.py" line="34"/>
        <source>Target</source>
        <translation>Docelowy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="170"/>
        <source>Add competency</source>
        <translation>Dodaj kompetencję</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="171"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="178"/>
        <source>&lt;b&gt;Competency portrait&lt;/b&gt;</source>
        <translation>&lt;b&gt;Profil kompetencji&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="95"/>
        <source>Details</source>
        <translation>Dane</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="187"/>
        <source>Willing to mentor now</source>
        <translation>Gotowość do bycia mentorem teraz</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="189"/>
        <source>Why do they want to mentor?</source>
        <translation>Dlaczego ta osoba chce być mentorem?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="191"/>
        <source>e.g. Tuesday mornings, flexible</source>
        <translation>np. wtorkowe poranki, elastycznie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="193"/>
        <source>How their mentoring is recognised</source>
        <translation>Jak docenia się jej pracę mentora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="195"/>
        <source>Motivation</source>
        <translation>Motywacja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="196"/>
        <source>Availability</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="197"/>
        <source>Recognition</source>
        <translation>Docenienie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="97"/>
        <source>Mentor profile</source>
        <translation>Profil mentora</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/person_dialog.py" line="218"/>
        <source> mentee(s)</source>
        <translation>
            <numerusform> mentee</numerusform>
            <numerusform> mentee</numerusform>
            <numerusform> mentee</numerusform>
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
        <translation>Poziom do osiągnięcia; — oznacza brak celu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="282"/>
        <source>Recorded assessments stay in the person&apos;s history; set the level instead.</source>
        <translation>Zapisane oceny zostają w historii osoby; zamiast tego ustaw poziom.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_manager.py" line="57"/>
        <source>Choose the manager from the list (“{0}” is not a person here).</source>
        <translation>Wybierz przełożonego z listy („{0}” nie jest tu osobą).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="39"/>
        <source>Archived</source>
        <translation>W archiwum</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="55"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="56"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="80"/>
        <source>Theirs (saved)</source>
        <translation>Ich wersja (zapisana)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="81"/>
        <source>Yours</source>
        <translation>Twoja wersja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="92"/>
        <source>Someone else changed this person</source>
        <translation>Ktoś inny zmienił dane tej osoby</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="93"/>
        <source>Someone else saved this person after you opened it. Nothing was saved. Compare both versions and choose.</source>
        <translation>Ktoś inny zapisał dane tej osoby po tym, jak je otworzono. Nic nie zapisano. Porównaj obie wersje i wybierz.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="99"/>
        <source>Keep theirs</source>
        <translation>Zachowaj ich wersję</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="100"/>
        <source>Overwrite with mine</source>
        <translation>Nadpisz moją wersją</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="398"/>
        <source>Their version is shown; your changes were not saved.</source>
        <translation>Widać ich wersję; twoje zmiany nie zostały zapisane.</translation>
    </message>
</context>
<context>
    <name>PersonHistoryPane</name>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="56"/>
        <source>Select a person to see their history.</source>
        <extracomment>relationship id -&gt; its clickable line in the Relationships section.</extracomment>
        <translation>Wybierz osobę, aby zobaczyć jej historię.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="82"/>
        <source>Open this relationship on the Relationships screen</source>
        <translation>Otwórz tę relację na ekranie Relacje</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="115"/>
        <source>{0} has not taken part in a program or a relationship yet.</source>
        <translation>{0}: brak udziału w programie lub relacji.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="119"/>
        <source>Programs</source>
        <translation>Programy</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="120"/>
        <source>Not enrolled in any program.</source>
        <translation>Brak zapisów do programów.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="122"/>
        <source>Relationships</source>
        <translation>Relacje</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="123"/>
        <source>No relationships.</source>
        <translation>Brak relacji.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="124"/>
        <source>Mentors</source>
        <translation>Mentorzy</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="125"/>
        <source>No mentor so far.</source>
        <translation>Dotąd bez mentora.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="126"/>
        <source>Mentees</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="127"/>
        <source>No mentees so far.</source>
        <translation>Dotąd bez mentee.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="133"/>
        <source>{0}: {1}, {2} (applied {3})</source>
        <translation>{0}: {1}, {2} (zgłoszenie {3})</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="137"/>
        <source>Mentor of {0}</source>
        <translation>Mentor: {0} jako mentee</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="137"/>
        <source>Mentee of {0}</source>
        <translation>Mentee, mentor: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="140"/>
        <source>running, stage {0}: {1}</source>
        <translation>w toku, etap {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="142"/>
        <source>ended: {0}</source>
        <translation>zakończona: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="148"/>
        <source>{0} (now, since {1})</source>
        <translation>{0} (obecnie, od {1})</translation>
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
        <translation>Profil kompetencji</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="71"/>
        <source>{0}: level {1}</source>
        <translation>{0}: poziom {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="72"/>
        <source>{0}: level {1}, target {2}</source>
        <translation>{0}: poziom {1}, cel {2}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="94"/>
        <source>No competencies yet</source>
        <translation>Brak kompetencji</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="215"/>
        <source>Preferred mentors</source>
        <translation>Preferowani mentorzy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="215"/>
        <source>Mentees they would like</source>
        <translation>Preferowani mentee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="218"/>
        <source>Mentors {0} would like to work with (at most {1}):</source>
        <translation>Mentorzy, z którymi {0} chce pracować (najwyżej {1}):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="220"/>
        <source>Mentees {0} would like to take:</source>
        <translation>Mentee, których {0} chce prowadzić:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="251"/>
        <source>At most {0} preferred mentors: untick one first.</source>
        <translation>Najwyżej {0} preferowanych mentorów: najpierw odznacz jednego.</translation>
    </message>
</context>
<context>
    <name>PrivacyTexts</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="41"/>
        <source>Export personal data</source>
        <translation>Eksportuj dane osobowe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="41"/>
        <source>ZIP archives (*.zip)</source>
        <translation>Archiwa ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="54"/>
        <source>Personal data exported</source>
        <translation>Dane osobowe wyeksportowane</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="55"/>
        <source>Wrote {0}: %Ln record(s) naming the person, as a JSON file for other systems and a PDF to read.</source>
        <translation>
            <numerusform>Zapisano {0}: %Ln rekord wymieniający tę osobę, jako plik JSON dla innych systemów i PDF do czytania.</numerusform>
            <numerusform>Zapisano {0}: %Ln rekordy wymieniające tę osobę, jako plik JSON dla innych systemów i PDF do czytania.</numerusform>
            <numerusform>Zapisano {0}: %Ln rekordów wymieniających tę osobę, jako plik JSON dla innych systemów i PDF do czytania.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="66"/>
        <source>Edit program</source>
        <extracomment>Weights shown for a program that has none saved yet: the matcher&apos;s own defaults, so what HR sees is what the matcher uses.</extracomment>
        <translation>Edytuj program</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="66"/>
        <source>New program</source>
        <translation>Nowy program</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="91"/>
        <source>Why the program exists, e.g. help new team leads grow.</source>
        <translation>Po co jest program, np. rozwój nowych liderów zespołów.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="95"/>
        <source>What the company wants to see, e.g. fill 60 % of team-lead vacancies from within.</source>
        <translation>Czego oczekuje firma, np. obsadzenia 60 % wakatów liderów zespołów z wewnątrz.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="104"/>
        <source>Starts on:</source>
        <translation>Początek:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="108"/>
        <source>Ends on:</source>
        <translation>Koniec:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="115"/>
        <source>Untick while the date is not fixed yet.</source>
        <translation>Odznacz, dopóki data nie jest ustalona.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="126"/>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="127"/>
        <source>How long each mentoring relationship is planned to last; 6 to 12 months is usual.</source>
        <translation>Jak długo ma trwać każda relacja mentoringowa; zwykle od 6 do 12 miesięcy.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="132"/>
        <source>No limit</source>
        <translation>Bez limitu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="134"/>
        <source>Mentees accepted beyond this number go on a waiting list.</source>
        <translation>Mentee przyjęci ponad tę liczbę trafiają na listę oczekujących.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="146"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="147"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="148"/>
        <source>&amp;Business goal:</source>
        <translation>Cel &amp;biznesowy:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="149"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="151"/>
        <source>&amp;Delivery:</source>
        <translation>&amp;Forma:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="154"/>
        <source>(6–12 is usual)</source>
        <translation>(zwykle 6–12)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="156"/>
        <source>&amp;Relationship length:</source>
        <translation>&amp;Długość relacji:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="221"/>
        <source>&amp;Maximum participants:</source>
        <translation>&amp;Maksymalna liczba uczestników:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="222"/>
        <source>&amp;Maximum mentees:</source>
        <translation>&amp;Maks. liczba mentee:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="167"/>
        <source>Prefer the same branch</source>
        <translation>Preferuj ten sam oddział</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="167"/>
        <source>Branch does not matter</source>
        <translation>Oddział bez znaczenia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="168"/>
        <source>Prefer a different branch</source>
        <translation>Preferuj inny oddział</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="172"/>
        <source>Prefer mentors from another department</source>
        <translation>Preferuj mentorów z innego działu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="191"/>
        <source>Mentor covers the mentee&apos;s gaps</source>
        <translation>Mentor uzupełnia luki mentee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="191"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="192"/>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="192"/>
        <source>Shared language</source>
        <translation>Wspólny język</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="193"/>
        <source>Asked for each other</source>
        <translation>Wskazali się nawzajem</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="193"/>
        <source>Seniority difference</source>
        <translation>Różnica stażu</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="178"/>
        <source>Matching</source>
        <translation>Dobieranie par</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="180"/>
        <source>Branches:</source>
        <translation>Oddziały:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="182"/>
        <source>Weights (points; only their proportions matter):</source>
        <translation>Wagi (punkty; liczą się tylko proporcje):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="272"/>
        <source>At least one matching weight must be above zero.</source>
        <translation>Co najmniej jedna waga musi być większa od zera.</translation>
    </message>
</context>
<context>
    <name>ProgramPane</name>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="101"/>
        <source>up to %Ln mentee(s)</source>
        <translation>
            <numerusform>do %Ln mentee</numerusform>
            <numerusform>do %Ln mentee</numerusform>
            <numerusform>do %Ln mentee</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="102"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln spotkanie</numerusform>
            <numerusform>%Ln spotkania</numerusform>
            <numerusform>%Ln spotkań</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="109"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln wizyta</numerusform>
            <numerusform>%Ln wizyty</numerusform>
            <numerusform>%Ln wizyt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="110"/>
        <source>%Ln hour(s) each</source>
        <translation>
            <numerusform>po %Ln godzinie</numerusform>
            <numerusform>po %Ln godziny</numerusform>
            <numerusform>po %Ln godzin</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="30"/>
        <source>New…</source>
        <translation>Nowy…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="32"/>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="34"/>
        <source>E-mail texts…</source>
        <translation>Teksty e-maili…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="36"/>
        <source>Edit the introduction and reminder e-mails of this program.</source>
        <translation>Edytuj e-maile z przedstawieniem i przypomnieniami w tym programie.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="38"/>
        <source>Run again…</source>
        <translation>Powtórz…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="40"/>
        <source>A new program with this one&apos;s settings, texts and weights, without its people.</source>
        <translation>Nowy program z ustawieniami, tekstami i wagami tego programu, bez jego osób.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="42"/>
        <location filename="../../ui/views/programs/program_list.py" line="66"/>
        <source>Archive…</source>
        <translation>Przenieś do archiwum…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="44"/>
        <source>Show archived</source>
        <translation>Pokaż programy w archiwum</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="56"/>
        <location filename="../../ui/views/programs/view.py" line="80"/>
        <source>Programs</source>
        <translation>Programy</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="65"/>
        <source>Unarchive</source>
        <translation>Przywróć z archiwum</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="47"/>
        <source>Purpose:</source>
        <translation>Cel:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="48"/>
        <source>Business goal:</source>
        <translation>Cel biznesowy:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="49"/>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="51"/>
        <source>Delivery:</source>
        <translation>Forma:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="52"/>
        <source>Dates:</source>
        <translation>Daty:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="53"/>
        <source>Relationships last:</source>
        <translation>Relacje trwają:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="55"/>
        <location filename="../../ui/views/programs/program_pane.py" line="115"/>
        <source>Maximum mentees:</source>
        <translation>Maks. liczba mentee:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="68"/>
        <source>Choose a program on the left, or create one with New…</source>
        <translation>Wybierz program po lewej lub utwórz nowy przyciskiem Nowy…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="70"/>
        <source>Mentees they&apos;d like…</source>
        <translation>Preferowani mentee…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="72"/>
        <location filename="../../ui/views/programs/participants_tab.py" line="96"/>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="94"/>
        <source>Preferences…</source>
        <translation>Preferencje…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="76"/>
        <source>Mentor pool</source>
        <translation>Pula mentorów</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="77"/>
        <source>Mentees</source>
        <translation>Mentee</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="99"/>
        <source>Groups:</source>
        <translation>Grupy:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="104"/>
        <source>Juniors teach:</source>
        <translation>Młodsi uczą:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="106"/>
        <source>Visits:</source>
        <translation>Wizyty:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="108"/>
        <source>hosted by {0}</source>
        <translation>gospodarz: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="114"/>
        <source>Maximum participants:</source>
        <translation>Maksymalna liczba uczestników:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="122"/>
        <source> (archived)</source>
        <translation> (w archiwum)</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="128"/>
        <source>Not fixed yet</source>
        <translation>Jeszcze nieustalone</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/view.py" line="142"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln miesiąc</numerusform>
            <numerusform>%Ln miesiące</numerusform>
            <numerusform>%Ln miesięcy</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="134"/>
        <source>No limit</source>
        <translation>Bez limitu</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="135"/>
        <source>{0} — {1} accepted, {2} waiting</source>
        <translation>{0} — przyjęci: {1}, oczekujący: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="140"/>
        <source>Mentor pool ({0})</source>
        <translation>Pula mentorów ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="141"/>
        <source>Mentees ({0})</source>
        <translation>Mentee ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="74"/>
        <source>The program was not saved</source>
        <translation>Program nie został zapisany</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="78"/>
        <source>Saved {0}.</source>
        <translation>Zapisano: {0}.</translation>
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
        <translation>Zapisano: {0} jako {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="115"/>
        <source>mentors</source>
        <translation>mentorzy</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="116"/>
        <source>mentees</source>
        <translation>mentee</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="134"/>
        <source>Decline</source>
        <translation>Odrzuć</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="135"/>
        <source>Why is {0} declined? The reason is kept with the application.</source>
        <translation>Dlaczego {0} zostaje odrzucony(-a)? Powód zostanie zapisany przy zgłoszeniu.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="138"/>
        <source>Waiting list</source>
        <translation>Lista oczekujących</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="139"/>
        <source>Why does {0} go on the waiting list?</source>
        <translation>Dlaczego {0} trafia na listę oczekujących?</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="155"/>
        <source>Not every decision was saved</source>
        <translation>Nie wszystkie decyzje zostały zapisane</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="120"/>
        <location filename="../../ui/views/programs/actions.py" line="158"/>
        <source>The program is full: {0} went on the waiting list.</source>
        <translation>Program jest pełny: {0} trafia na listę oczekujących.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="200"/>
        <source>The preferences were not saved</source>
        <translation>Preferencje nie zostały zapisane</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="210"/>
        <source>Remove from program</source>
        <translation>Usuń z programu</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="207"/>
        <source>Remove {0} from this program? Their application and status are removed; the people themselves stay.</source>
        <translation>Usunąć {0} z tego programu? Zgłoszenie i status zostaną usunięte; same osoby pozostaną.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="109"/>
        <source>Select a mentor to read their motivation and evidence.</source>
        <translation>Wybierz mentora, aby przeczytać jego motywację i uzasadnienie.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="123"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="124"/>
        <source>No</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="125"/>
        <source>{0} years</source>
        <translation>{0} roku</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="132"/>
        <source>{0} since {1}</source>
        <translation>{0} od {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="135"/>
        <source>Willing to mentor</source>
        <translation>Gotowość do bycia mentorem</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="136"/>
        <source>Motivation</source>
        <translation>Motywacja</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="137"/>
        <source>Availability</source>
        <translation>Dostępność</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="138"/>
        <source>Seniority</source>
        <translation>Staż</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="139"/>
        <source>Expertise (level 4–5)</source>
        <translation>Ekspertyza (poziom 4–5)</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="140"/>
        <source>Capacity</source>
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="140"/>
        <source>{0} at a time: {1} active now, {2} free</source>
        <translation>{0} naraz: aktywni teraz {1}, wolne {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="142"/>
        <source>Attendance in past relationships</source>
        <translation>Frekwencja we wcześniejszych relacjach</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="143"/>
        <source>Recognition agreed</source>
        <translation>Uzgodnione docenienie</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="144"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="42"/>
        <source>The program was not created</source>
        <translation>Nie utworzono programu</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="46"/>
        <source>Created {0} from {1}: enrol its people next.</source>
        <translation>Utworzono {0} na podstawie {1}: teraz zapisz osoby.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="57"/>
        <source>Archive {0}? It is hidden from the lists and read-only; its relationships and reports stay. Unarchive brings it back (tick Show archived to see it).</source>
        <translation>Przenieść {0} do archiwum? Program zniknie z list i będzie tylko do odczytu; jego relacje i raporty pozostaną. Przywróć z archiwum przywraca go (zaznacz Pokaż programy w archiwum, aby go zobaczyć).</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="60"/>
        <source>Archive program</source>
        <translation>Przenieś program do archiwum</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="78"/>
        <source>Archived {0}.</source>
        <translation>Przeniesiono {0} do archiwum.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="79"/>
        <source>{0} is no longer archived.</source>
        <translation>{0} nie jest już w archiwum.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="82"/>
        <source>{0} and {1}</source>
        <translation>{0} i {1}</translation>
    </message>
</context>
<context>
    <name>ProposalExplanation</name>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="38"/>
        <source>Select a proposal to see why it was made.</source>
        <translation>Wybierz propozycję, aby zobaczyć, dlaczego została złożona.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="43"/>
        <source>Score {0} of 100</source>
        <translation>Wynik {0} na 100</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="44"/>
        <source>Locked by HR</source>
        <translation>Zablokowana przez HR</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/proposal_dialog.py" line="47"/>
        <source>Group led by {0} (%Ln mentee(s)):</source>
        <translation>
            <numerusform>Grupa prowadzona przez {0} (%Ln mentee):</numerusform>
            <numerusform>Grupa prowadzona przez {0} (%Ln mentee):</numerusform>
            <numerusform>Grupa prowadzona przez {0} (%Ln mentee):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="50"/>
        <source>Not allowed:</source>
        <translation>Niedozwolona:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="52"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="62"/>
        <source>Alternatives</source>
        <translation>Alternatywy</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="71"/>
        <source>No other mentor is allowed for this mentee.</source>
        <translation>Dla tego mentee nie jest dozwolony żaden inny mentor.</translation>
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
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="47"/>
        <source>Top reasons</source>
        <translation>Główne powody</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="48"/>
        <location filename="../../ui/models/proposals_model.py" line="62"/>
        <source>Locked</source>
        <translation>Zablokowana</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="61"/>
        <source>Locked (not allowed)</source>
        <translation>Zablokowana (niedozwolona)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="198"/>
        <source>Give a reason, so the person can be told why.</source>
        <translation>Podaj powód, aby można go było przekazać tej osobie.</translation>
    </message>
</context>
<context>
    <name>RecordDeletions</name>
    <message>
        <location filename="../../ui/views/relationships/goals_tab.py" line="71"/>
        <source>Delete goal…</source>
        <translation>Usuń cel…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/checkins_tab.py" line="33"/>
        <source>Delete check-in…</source>
        <translation>Usuń check-in…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/checkins_tab.py" line="35"/>
        <source>Hover over a score to read the question and any comment.</source>
        <translation>Najedź na ocenę, aby przeczytać pytanie i komentarz.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="39"/>
        <source>This relationship is closed: nothing can be added to it, only mistakes deleted.</source>
        <translation>Ta relacja jest zamknięta: nie można nic do niej dodać, tylko usunąć pomyłki.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="52"/>
        <source>Delete the goal “{0}”? Its progress history goes with it, and it no longer shows in the attention list or reports.</source>
        <translation>Usunąć cel „{0}”? Zniknie też historia postępów, a cel nie będzie widoczny na liście uwagi ani w raportach.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="54"/>
        <source>Delete goal</source>
        <translation>Usuń cel</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="55"/>
        <source>Goal deleted.</source>
        <translation>Cel usunięty.</translation>
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
        <translation>Usunąć check-in ({0}) z {1}? Przestanie się liczyć do kondycji i raportów, a jego komentarze zostaną usunięte.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="64"/>
        <source>Delete check-in</source>
        <translation>Usuń check-in</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="66"/>
        <source>Check-in deleted.</source>
        <translation>Check-in usunięty.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="74"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>RelationshipsModel</name>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="186"/>
        <source>Held</source>
        <translation>Odbyte</translation>
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
        <translation>Otrzymana wartość</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="100"/>
        <source>Value given</source>
        <translation>Przekazana wartość</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="101"/>
        <source>Meeting as planned</source>
        <translation>Spotkania zgodnie z planem</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="102"/>
        <source>Goals on track</source>
        <translation>Cele zgodnie z planem</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="103"/>
        <source>Trust</source>
        <translation>Zaufanie</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="104"/>
        <source>Communication</source>
        <translation>Komunikacja</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="105"/>
        <source>Regular &amp; clear</source>
        <translation>Regularność i jasność</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="106"/>
        <source>Responsibilities</source>
        <translation>Obowiązki</translation>
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
        <translation>Kondycja</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="176"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="178"/>
        <source>Stage</source>
        <translation>Etap</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="181"/>
        <source>Start</source>
        <translation>Początek</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="183"/>
        <source>Planned end</source>
        <translation>Planowany koniec</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="189"/>
        <source>Missed</source>
        <translation>Opuszczone</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="191"/>
        <source>Attendance</source>
        <translation>Frekwencja</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="193"/>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="231"/>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="233"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="236"/>
        <source>Progress</source>
        <translation>Postęp</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="237"/>
        <source>{0}% done</source>
        <translation>{0}% zrobione</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="239"/>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="241"/>
        <source>Competency</source>
        <translation>Kompetencja</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="280"/>
        <location filename="../../ui/models/relationships_model.py" line="339"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="282"/>
        <source>Time</source>
        <translation>Godzina</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="284"/>
        <source>Duration</source>
        <translation>Czas trwania</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="287"/>
        <source>Mode</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="289"/>
        <source>Outcome</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="291"/>
        <source>Topics</source>
        <translation>Tematy</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="293"/>
        <source>Notes (confidential)</source>
        <translation>Notatki (poufne)</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="294"/>
        <source>Confidential: left out of printed reports unless HR includes them.</source>
        <translation>Poufne: pomijane w drukowanych raportach, chyba że HR je dołączy.</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="303"/>
        <source>Planned, not logged (overdue)</source>
        <translation>Zaplanowane, niezapisane (zaległe)</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="306"/>
        <source>(with notice)</source>
        <translation>(z wyprzedzeniem)</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="307"/>
        <source>(no notice)</source>
        <translation>(bez uprzedzenia)</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="341"/>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="342"/>
        <source>Average</source>
        <translation>Średnia</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="354"/>
        <source>Comments</source>
        <translation>Komentarze</translation>
    </message>
</context>
<context>
    <name>RelationshipsView</name>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="43"/>
        <source>Prepare introduction…</source>
        <translation>Przygotuj przedstawienie…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="45"/>
        <source>Write the introduction e-mail to both, with their meetings as a calendar file, and open it in your mail program.</source>
        <translation>Napisz e-mail przedstawiający do obojga, z ich spotkaniami jako plikiem kalendarza, i otwórz go w programie pocztowym.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="37"/>
        <source>Active</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="39"/>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="43"/>
        <source>Search mentor or mentee…</source>
        <translation>Szukaj mentora lub mentee…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="26"/>
        <source>Pair two people…</source>
        <translation>Połącz dwie osoby w parę…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="27"/>
        <source>Log meeting…</source>
        <translation>Zapisz spotkanie…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="28"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="29"/>
        <source>Log a meeting of the selected pair (Ctrl+M)</source>
        <translation>Zapisz spotkanie wybranej pary (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="30"/>
        <source>Check-in…</source>
        <translation>Check-in…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="31"/>
        <source>Next stage…</source>
        <translation>Następny etap…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="32"/>
        <source>Extend…</source>
        <translation>Przedłuż…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="33"/>
        <source>Close…</source>
        <translation>Zamknij…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="34"/>
        <source>Replace mentor…</source>
        <translation>Zmień mentora…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="36"/>
        <source>Give the mentee a new mentor; their goals and history go with them.</source>
        <translation>Przydziel mentee nowego mentora; cele i historia przechodzą razem z nim.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="38"/>
        <source>Check-in forms…</source>
        <translation>Formularze check-in…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="40"/>
        <source>Save fillable PDF check-in forms for the selected pair (or, with none selected, every due check-in of the program shown) in a folder.</source>
        <translation>Zapisz w folderze wypełnialne formularze PDF check-in dla wybranej pary (lub, bez zaznaczenia, dla każdego należnego check-inu widocznego programu).</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/goals_tab.py" line="69"/>
        <source>Add goal…</source>
        <translation>Dodaj cel…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/goals_tab.py" line="70"/>
        <source>Edit goal…</source>
        <translation>Edytuj cel…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/meetings_tab.py" line="38"/>
        <source>Delete meeting…</source>
        <translation>Usuń spotkanie…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/meetings_tab.py" line="40"/>
        <source>Newest first. Planned meetings that passed with nothing logged are shown in italics as “Planned, not logged (overdue)”. Notes are confidential. Double-click a meeting to correct it.</source>
        <translation>Najnowsze na górze. Zaplanowane spotkania, które minęły bez zapisu, są pokazane kursywą jako „Zaplanowane, niezapisane (zaległe)”. Notatki są poufne. Kliknij dwukrotnie spotkanie, aby je poprawić.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="54"/>
        <source>HR&apos;s summary of this relationship and the next steps…</source>
        <extracomment>The relationship the editor holds text for, and the stored summary that text started from.</extracomment>
        <translation>Podsumowanie HR tej relacji i kolejne kroki…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="56"/>
        <source>Save summary</source>
        <translation>Zapisz podsumowanie</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="57"/>
        <source>Changed elsewhere meanwhile — saving will overwrite their summary</source>
        <translation>W międzyczasie zmienione gdzie indziej — zapisanie nadpisze ich podsumowanie</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="71"/>
        <source>&lt;b&gt;Summary and next steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Podsumowanie i kolejne kroki&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="67"/>
        <source>Goals</source>
        <translation>Cele</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="68"/>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="69"/>
        <source>Check-ins</source>
        <translation>Check-iny</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="70"/>
        <source>Summary</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="50"/>
        <source>Program</source>
        <translation>Program</translation>
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
        <translation>Relacje</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="69"/>
        <source>All programs</source>
        <translation>Wszystkie programy</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="96"/>
        <location filename="../../ui/views/relationships/filter_bar.py" line="72"/>
        <source>No program</source>
        <translation>Bez programu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/relationships/view.py" line="178"/>
        <source>%Ln relationship(s)</source>
        <translation>
            <numerusform>%Ln relacja</numerusform>
            <numerusform>%Ln relacje</numerusform>
            <numerusform>%Ln relacji</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="106"/>
        <source>{0} of {1} shown</source>
        <translation>Widoczne: {0} z {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="236"/>
        <source>No file is open.</source>
        <translation>Nie otwarto żadnego pliku.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="240"/>
        <source>No relationships yet. Pair two people, or approve a match on the Matching screen.</source>
        <translation>Nie ma jeszcze relacji. Połącz dwie osoby w parę albo zatwierdź dobrane pary na ekranie Dobieranie par.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="242"/>
        <source>No relationship matches the filters.</source>
        <translation>Żadna relacja nie pasuje do filtrów.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="244"/>
        <source>Select a relationship to see its stages, goals, meetings and check-ins.</source>
        <translation>Wybierz relację, aby zobaczyć jej etapy, cele, spotkania i check-iny.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="95"/>
        <source>{0} mentoring {1}</source>
        <translation>{0} – mentor dla {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="97"/>
        <source>{0} to {1}</source>
        <translation>Od {0} do {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="100"/>
        <source>Closed {0}: {1}</source>
        <translation>Zamknięta {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="101"/>
        <source>Their summary:
{0}</source>
        <translation>Ich podsumowanie:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="121"/>
        <source>Extensions</source>
        <translation>Przedłużenia</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="124"/>
        <source>{0} → {1}: {2}</source>
        <translation>{0} → {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="127"/>
        <source>None.</source>
        <translation>Brak.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="129"/>
        <source>Closure</source>
        <translation>Zamknięcie</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="131"/>
        <source>Still running; planned to end on {0}.</source>
        <translation>Nadal trwa; planowany koniec {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="134"/>
        <source>{0} on {1}.</source>
        <translation>{0} dnia {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="137"/>
        <source>Reason: {0}</source>
        <translation>Powód: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="139"/>
        <source>Final reflection: {0}</source>
        <translation>Refleksja końcowa: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="148"/>
        <source>Continues the relationship with {0} ({1}–{2}).</source>
        <translation>Kontynuuje relację z {0} ({1}–{2}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="151"/>
        <source>Continued with {0} from {1}.</source>
        <translation>Kontynuowana z {0} od {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="100"/>
        <source>Delete meeting</source>
        <translation>Usuń spotkanie</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="101"/>
        <source>Delete the meeting of {0} ({1})? It no longer counts towards attendance, hours or health, and its notes are removed.</source>
        <translation>Usunąć spotkanie z {0} ({1})? Przestanie się liczyć do frekwencji, godzin i kondycji, a jego notatki zostaną usunięte.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="107"/>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="123"/>
        <source>Meeting deleted.</source>
        <translation>Spotkanie usunięte.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="189"/>
        <source>Summary saved.</source>
        <translation>Podsumowanie zapisane.</translation>
    </message>
</context>
<context>
    <name>ReplaceMentorDialog</name>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="40"/>
        <source>Replace mentor</source>
        <translation>Zmień mentora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="43"/>
        <source>{0} continues with a new mentor instead of {1}. Their goals and the goals&apos; history go with them; this relationship closes as “Mentor replaced”, which counts neither as completed nor as ended early.</source>
        <translation>{0} kontynuuje z nowym mentorem zamiast {1}. Cele i ich historia przechodzą dalej; ta relacja zostaje zamknięta jako „Zmiana mentora”, co nie liczy się ani jako ukończenie, ani jako wcześniejsze zakończenie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="50"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="50"/>
        <source>Score</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="50"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="61"/>
        <source>Optional: why the mentor is replaced</source>
        <translation>Opcjonalnie: dlaczego mentor jest zmieniany</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="64"/>
        <source>&amp;Reason</source>
        <translation>&amp;Powód</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="65"/>
        <source>New mentor &amp;from</source>
        <translation>Nowy mentor &amp;od</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="109"/>
        <source>Choose the new mentor.</source>
        <translation>Wybierz nowego mentora.</translation>
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
        <translation>Dołącz prywatne notatki ze spotkań</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="113"/>
        <source>Manager&apos;s copy (no notes, no check-in comments)</source>
        <translation>Kopia dla przełożonego (bez notatek i komentarzy z check-inów)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="117"/>
        <source>Options</source>
        <translation>Opcje</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="133"/>
        <source>All reports for this program…</source>
        <translation>Wszystkie raporty tego programu…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="143"/>
        <location filename="../../ui/views/reports.py" line="186"/>
        <source>Reports</source>
        <translation>Raporty</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="146"/>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="148"/>
        <source>Report</source>
        <translation>Raport</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="168"/>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="171"/>
        <source>Save As…</source>
        <translation>Zapisz jako…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="119"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="120"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="195"/>
        <source>Cancelled. %n report file(s) written.</source>
        <translation>
            <numerusform>Anulowano. Zapisano %n plik raportu.</numerusform>
            <numerusform>Anulowano. Zapisano %n pliki raportów.</numerusform>
            <numerusform>Anulowano. Zapisano %n plików raportów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="196"/>
        <source>%n report file(s) written to {0}.</source>
        <translation>
            <numerusform>Zapisano %n plik raportu w {0}.</numerusform>
            <numerusform>Zapisano %n pliki raportów w {0}.</numerusform>
            <numerusform>Zapisano %n plików raportów w {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="293"/>
        <source>Program summary</source>
        <translation>Podsumowanie programu</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="307"/>
        <source>{0} → {1}</source>
        <translation>{0} → {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="331"/>
        <source>Stage {0}: {1} · {2}</source>
        <translation>Etap {0}: {1} · {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="41"/>
        <source>Choose a program and a report.</source>
        <translation>Wybierz program i raport.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="42"/>
        <source>Open a file to make reports.</source>
        <translation>Otwórz plik, aby tworzyć raporty.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="52"/>
        <location filename="../../ui/views/report_preview.py" line="76"/>
        <source>Preparing the preview…</source>
        <translation>Przygotowywanie podglądu…</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="72"/>
        <source>The preview could not be made: {0}</source>
        <translation>Nie udało się przygotować podglądu: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="85"/>
        <source>The preview could not be opened.</source>
        <translation>Nie udało się otworzyć podglądu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="193"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="67"/>
        <source>Save report</source>
        <translation>Zapisz raport</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="68"/>
        <location filename="../../ui/views/report_output.py" line="169"/>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="76"/>
        <source>The report was saved as {0}.</source>
        <translation>Raport zapisano jako {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="83"/>
        <source>There is no report to save yet.</source>
        <translation>Nie ma jeszcze raportu do zapisania.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="87"/>
        <source>The report was not saved</source>
        <translation>Raport nie został zapisany</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="89"/>
        <source>Saved to {0}</source>
        <translation>Zapisano w {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="98"/>
        <source>Print report</source>
        <translation>Drukuj raport</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="124"/>
        <source>The printer could not be started.</source>
        <translation>Nie udało się uruchomić drukarki.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="191"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Wysłano %n stronę do drukarki.</numerusform>
            <numerusform>Wysłano %n strony do drukarki.</numerusform>
            <numerusform>Wysłano %n stron do drukarki.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="149"/>
        <source>All reports for this program</source>
        <translation>Wszystkie raporty tego programu</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="150"/>
        <source>Write one PDF per relationship into a folder, or one combined PDF to print in a single go?</source>
        <translation>Zapisać osobny PDF dla każdej relacji w folderze czy jeden zbiorczy PDF do wydruku za jednym razem?</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="152"/>
        <source>One file each…</source>
        <translation>Osobny plik dla każdej…</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="153"/>
        <source>One combined PDF…</source>
        <translation>Jeden zbiorczy PDF…</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="155"/>
        <source>Also the program summary</source>
        <translation>Także podsumowanie programu</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="162"/>
        <source>Folder for the reports</source>
        <translation>Folder na raporty</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="168"/>
        <source>Combined report</source>
        <translation>Raport zbiorczy</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="189"/>
        <source>Reading the relationships…</source>
        <translation>Wczytywanie relacji…</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="190"/>
        <source>Report {0} of {1}</source>
        <translation>Raport {0} z {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="219"/>
        <source>The reports were not written</source>
        <translation>Raporty nie zostały zapisane</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="223"/>
        <source>Writing the reports…</source>
        <translation>Zapisywanie raportów…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/file_actions.py" line="326"/>
        <source>Restore a backup of {0}</source>
        <translation>Przywróć kopię zapasową: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="327"/>
        <source>Restore a backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="331"/>
        <source>Choose the backup to restore. The file as it is now is kept as a backup first, so nothing is lost.</source>
        <translation>Wybierz kopię do przywrócenia. Plik w obecnej postaci zostanie najpierw zachowany jako kopia, więc nic nie zginie.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="334"/>
        <source>Daily backups are kept for the last %Ln day(s) the file was opened.</source>
        <translation>
            <numerusform>Codzienne kopie są przechowywane z ostatniego %Ln dnia, w którym otwarto plik.</numerusform>
            <numerusform>Codzienne kopie są przechowywane z ostatnich %Ln dni, w których otwarto plik.</numerusform>
            <numerusform>Codzienne kopie są przechowywane z ostatnich %Ln dni, w których otwarto plik.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="336"/>
        <source>The last %Ln backup(s) made before a merge are kept as well.</source>
        <translation>
            <numerusform>Zachowywana jest też ostatnia %Ln kopia sprzed scalenia.</numerusform>
            <numerusform>Zachowywane są też ostatnie %Ln kopie sprzed scalenia.</numerusform>
            <numerusform>Zachowywanych jest też ostatnich %Ln kopii sprzed scalenia.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="339"/>
        <source>Taken</source>
        <translation>Wykonana</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="339"/>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="339"/>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="345"/>
        <source>Daily, on open</source>
        <translation>Codzienna, przy otwarciu</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="345"/>
        <source>Before an upgrade</source>
        <translation>Przed aktualizacją</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="346"/>
        <source>Before a merge</source>
        <translation>Przed scaleniem</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="346"/>
        <source>By hand</source>
        <translation>Ręczna</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="347"/>
        <source>Before a restore</source>
        <translation>Przed przywróceniem</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="347"/>
        <source>Before an import</source>
        <translation>Przed importem</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="348"/>
        <source>Before a bulk action</source>
        <translation>Przed operacją zbiorczą</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="357"/>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
</context>
<context>
    <name>RunAgainDialog</name>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="49"/>
        <source>Run again</source>
        <translation>Powtórz program</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="50"/>
        <source>A new program with the purpose, kind, rules, matching weights and e-mail texts of {0}. Its people are not copied: they apply again.</source>
        <translation>Nowy program z celem, rodzajem, zasadami, wagami doboru par i tekstami e-maili programu {0}. Osoby nie są kopiowane: zgłaszają się ponownie.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="57"/>
        <source>Starts on:</source>
        <translation>Początek:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="62"/>
        <source>Ends on:</source>
        <translation>Koniec:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="71"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="76"/>
        <source>Create</source>
        <translation>Utwórz</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="46"/>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="71"/>
        <source>Snooze</source>
        <extracomment>A week is long enough for a reminder email to be answered, short enough not to lose the item.</extracomment>
        <translation>Odłóż</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="54"/>
        <source>Hide this item from the attention list until the day you choose. It comes back on that day if it still needs you.</source>
        <translation>Ukryj tę pozycję na liście uwagi do wybranego dnia. Tego dnia wróci, jeśli nadal będzie wymagać uwagi.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="65"/>
        <source>Why, e.g. “Asked Femke to book a meeting”</source>
        <translation>Powód, np. „Poprosiłam Femke o umówienie spotkania”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="76"/>
        <source>&amp;Until:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="77"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notatka:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="94"/>
        <source>Write a short note, so you remember why this was put aside.</source>
        <translation>Napisz krótką notatkę, aby pamiętać, dlaczego to odłożono.</translation>
    </message>
</context>
<context>
    <name>StageTimeline</name>
    <message>
        <location filename="../../ui/widgets/stage_timeline.py" line="45"/>
        <source>Stage timeline</source>
        <extracomment>How a stage&apos;s name is set under its dot: centred, wrapped at words.</extracomment>
        <translation>Oś czasu etapów</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stage_timeline.py" line="76"/>
        <source>current</source>
        <translation>obecny</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stage_timeline.py" line="76"/>
        <source>done</source>
        <translation>zakończony</translation>
    </message>
</context>
<context>
    <name>SummaryGuard</name>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="57"/>
        <location filename="../../ui/views/relationships/summary_guard.py" line="125"/>
        <source>The summary you typed for {0} is not saved yet.</source>
        <translation>Podsumowanie wpisane dla {0} nie zostało jeszcze zapisane.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="58"/>
        <location filename="../../ui/views/relationships/summary_guard.py" line="126"/>
        <source>The summary you typed is not saved yet.</source>
        <translation>Wpisane podsumowanie nie zostało jeszcze zapisane.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="65"/>
        <source>{0} and {1}</source>
        <translation>{0} i {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="100"/>
        <source>Summary saved.</source>
        <translation>Podsumowanie zapisane.</translation>
    </message>
</context>
<context>
    <name>TableExports</name>
    <message numerus="yes">
        <location filename="../../ui/table_exports.py" line="76"/>
        <source>Exported %Ln row(s) to {0}.</source>
        <translation>
            <numerusform>Wyeksportowano %Ln wiersz do {0}.</numerusform>
            <numerusform>Wyeksportowano %Ln wiersze do {0}.</numerusform>
            <numerusform>Wyeksportowano %Ln wierszy do {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/tasks.py" line="120"/>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="121"/>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="142"/>
        <source>Cancelling…</source>
        <translation>Anulowanie…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks.py" line="298"/>
        <source>%Ln problems were found. Nothing was saved.</source>
        <translation>
            <numerusform>Znaleziono %Ln problem. Nic nie zapisano.</numerusform>
            <numerusform>Znaleziono %Ln problemy. Nic nie zapisano.</numerusform>
            <numerusform>Znaleziono %Ln problemów. Nic nie zapisano.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin_forms_actions.py" line="61"/>
        <source>%Ln form(s) saved in {0}. Attach each to an e-mail to its person; drop the returned files on this window to record them.</source>
        <translation>
            <numerusform>Zapisano %Ln formularz w {0}. Dołącz go do e-maila do właściwej osoby; przeciągnij zwrócone pliki na to okno, aby je zapisać.</numerusform>
            <numerusform>Zapisano %Ln formularze w {0}. Dołącz każdy do e-maila do właściwej osoby; przeciągnij zwrócone pliki na to okno, aby je zapisać.</numerusform>
            <numerusform>Zapisano %Ln formularzy w {0}. Dołącz każdy do e-maila do właściwej osoby; przeciągnij zwrócone pliki na to okno, aby je zapisać.</numerusform>
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
        <translation>Powód</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="76"/>
        <source>Waiting since</source>
        <translation>Czeka od</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="32"/>
        <source>Match weights</source>
        <translation>Wagi dobierania par</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="34"/>
        <source>How much each part counts. Only the proportions matter: a perfect pair always scores 100.</source>
        <translation>Ile liczy się każdy element. Ważne są tylko proporcje: idealna para zawsze ma wynik 100.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="48"/>
        <source>Prefer the same branch</source>
        <translation>Preferuj ten sam oddział</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="48"/>
        <source>Does not matter</source>
        <translation>Bez znaczenia</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="49"/>
        <source>Prefer another branch</source>
        <translation>Preferuj inny oddział</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="52"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="53"/>
        <source>Prefer mentors from another department</source>
        <translation>Preferuj mentorów z innego działu</translation>
    </message>
</context>
<context>
    <name>checkin_forms</name>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="39"/>
        <source>Save check-in forms in</source>
        <translation>Zapisz formularze check-in w</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="50"/>
        <source>Writing forms…</source>
        <translation>Zapisywanie formularzy…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="56"/>
        <location filename="../../ui/checkin_forms_actions.py" line="60"/>
        <source>Check-in forms</source>
        <translation>Formularze check-in</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="57"/>
        <source>No check-in is due, so no form was written.</source>
        <translation>Żaden check-in nie jest należny, więc nie utworzono formularza.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="67"/>
        <source>Open Folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="71"/>
        <source>Writing check-in forms…</source>
        <translation>Zapisywanie formularzy check-in…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="107"/>
        <source>Reading {0}…</source>
        <translation>Wczytywanie: {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="119"/>
        <source>Recording returned check-in forms…</source>
        <translation>Zapisywanie zwróconych formularzy check-in…</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="43"/>
        <source>Draft written to {0}; your mail program opens it.</source>
        <translation>Szkic zapisano w {0}; program pocztowy go otworzy.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="45"/>
        <source>Your mail program could not be started. The draft is in {0}; open it from there.</source>
        <translation>Nie udało się uruchomić programu pocztowego. Szkic jest w {0}; otwórz go stamtąd.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="65"/>
        <source>No introduction was written</source>
        <translation>Nie napisano przedstawienia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="73"/>
        <source>No reminder was written</source>
        <translation>Nie napisano przypomnienia</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="60"/>
        <source>&amp;Merge Another File…</source>
        <translation>&amp;Scal inny plik…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="62"/>
        <source>Merge &amp;Log…</source>
        <translation>&amp;Dziennik scaleń…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="64"/>
        <source>&amp;Back Up Now…</source>
        <translation>Utwórz &amp;kopię zapasową teraz…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="66"/>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Przywróć kopię zapasową…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="79"/>
        <source>Open a file for editing before merging another into it.</source>
        <translation>Otwórz plik do edycji, zanim scalisz z nim inny.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="82"/>
        <source>Merge another MentorDesk file</source>
        <translation>Scal inny plik MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="83"/>
        <source>MentorDesk files (*.db);;All files (*)</source>
        <translation>Pliki MentorDesk (*.db);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="138"/>
        <source>Merge finished</source>
        <translation>Scalanie zakończone</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="142"/>
        <source>Merging {0}…</source>
        <translation>Scalanie: {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="146"/>
        <source>Reading {0}…</source>
        <translation>Wczytywanie: {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="152"/>
        <source>Another company&apos;s file</source>
        <translation>Plik innej firmy</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="154"/>
        <source>Merge this company&apos;s file anyway</source>
        <translation>Mimo to scal plik tej firmy</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="273"/>
        <source>Back up to</source>
        <translation>Zapisz kopię w</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="274"/>
        <source>MentorDesk files (*.db)</source>
        <translation>Pliki MentorDesk (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="282"/>
        <source>Backed up to {0}</source>
        <translation>Kopię zapisano w {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="291"/>
        <source>Restore backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="292"/>
        <source>There are no backups of this file yet.</source>
        <translation>Nie ma jeszcze kopii zapasowych tego pliku.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="299"/>
        <source>This file is open read-only; someone else may be using it, so it cannot be replaced now.</source>
        <translation>Ten plik jest otwarty tylko do odczytu; ktoś inny może go używać, więc nie można go teraz zastąpić.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="311"/>
        <source>The backup from {0} was restored.</source>
        <translation>Przywrócono kopię z {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="313"/>
        <source>The file as it was has been kept as a backup too.</source>
        <translation>Plik w poprzedniej postaci również zachowano jako kopię.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="315"/>
        <source>The damaged file was kept as {0}.</source>
        <translation>Uszkodzony plik zachowano jako {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="319"/>
        <source>Backup restored</source>
        <translation>Kopia przywrócona</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="168"/>
        <source>Erasures in the other file</source>
        <translation>Usunięcia w drugim pliku</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="174"/>
        <source>Apply the erasures and merge</source>
        <translation>Zastosuj usunięcia i scal</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="99"/>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="101"/>
        <source>Open Folder</source>
        <translation>Otwórz folder</translation>
    </message>
</context>
<context>
    <name>file_open</name>
    <message>
        <location filename="../../ui/file_open.py" line="32"/>
        <source>File in use</source>
        <translation>Plik w użyciu</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="33"/>
        <source>You can open it read-only: you will see everything but cannot change it.</source>
        <translation>Możesz otworzyć go tylko do odczytu: zobaczysz wszystko, ale nie zmienisz niczego.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="35"/>
        <source>Open Read-Only</source>
        <translation>Otwórz tylko do odczytu</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="36"/>
        <source>Take Over</source>
        <translation>Przejmij</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="50"/>
        <source>Cannot open file</source>
        <translation>Nie można otworzyć pliku</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="51"/>
        <source>Nothing in the file was changed.</source>
        <translation>W pliku nic nie zmieniono.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="52"/>
        <source>Restore a Backup…</source>
        <translation>Przywróć kopię zapasową…</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="60"/>
        <source>File in a synced folder</source>
        <translation>Plik w synchronizowanym folderze</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="61"/>
        <source>This file is in a {0} folder.</source>
        <translation>Ten plik znajduje się w folderze {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="66"/>
        <source>File checked on opening</source>
        <translation>Plik sprawdzony przy otwarciu</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="72"/>
        <source>Conflict copies found</source>
        <translation>Znaleziono kopie konfliktowe</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="73"/>
        <source>The sync service left copies of this file that may hold changes made elsewhere:</source>
        <translation>Usługa synchronizacji zostawiła kopie tego pliku, które mogą zawierać zmiany wprowadzone gdzie indziej:</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="75"/>
        <source>Merge them into this file now? A backup is made first.</source>
        <translation>Scalić je teraz z tym plikiem? Najpierw zostanie utworzona kopia zapasowa.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="133"/>
        <source>Someone else has this file open for editing, so it is open for reading only.</source>
        <translation>Ktoś inny edytuje ten plik, więc otwarto go tylko do odczytu.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="178"/>
        <source>Someone else took over this file for editing, so it is now open for reading only. Reopen it later to continue editing.</source>
        <translation>Ktoś inny przejął edycję tego pliku, więc jest on teraz otwarty tylko do odczytu. Otwórz go później ponownie, aby kontynuować edycję.</translation>
    </message>
</context>
<context>
    <name>help_dialogs</name>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="55"/>
        <source>MentorDesk User Guide</source>
        <translation>Podręcznik użytkownika MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="78"/>
        <source>The user guide could not be read. Your data is not affected; reinstall MentorDesk to repair its files.</source>
        <translation>Nie udało się odczytać podręcznika użytkownika. Twoje dane są bezpieczne; zainstaluj MentorDesk ponownie, aby naprawić jego pliki.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="128"/>
        <location filename="../../ui/dialogs/help_dialogs.py" line="145"/>
        <source>Window</source>
        <translation>Okno</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="154"/>
        <source>Keyboard Shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="160"/>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="160"/>
        <source>Command</source>
        <translation>Polecenie</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="161"/>
        <source>Where</source>
        <translation>Gdzie</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../ui/menus.py" line="65"/>
        <source>&amp;Help</source>
        <extracomment>Buttons that save what the current screen holds, by attribute name, first visible one wins. Text size steps (points added to the system&apos;s font) that View &gt; Larger/Smaller Text allow.</extracomment>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="75"/>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="77"/>
        <source>&amp;Print Report…</source>
        <translation>&amp;Drukuj raport…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="100"/>
        <source>This screen saves every change as you make it; there is nothing to save.</source>
        <translation>Ten ekran zapisuje każdą zmianę od razu; nie ma nic do zapisania.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="102"/>
        <source>There is nothing new to save here.</source>
        <translation>Nie ma tu nic nowego do zapisania.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="115"/>
        <source>Choose a report, then press Ctrl+P again to print it.</source>
        <translation>Wybierz raport i naciśnij ponownie Ctrl+P, aby go wydrukować.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="121"/>
        <source>The report is still being prepared; print it once the preview shows.</source>
        <translation>Raport jest jeszcze przygotowywany; wydrukuj go, gdy pojawi się podgląd.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="129"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="132"/>
        <source>&amp;Find</source>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="134"/>
        <source>&amp;Delete Selected…</source>
        <translation>&amp;Usuń zaznaczone…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="152"/>
        <source>This screen has no search; People and Relationships have one.</source>
        <translation>Ten ekran nie ma wyszukiwania; mają je Osoby i Relacje.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="172"/>
        <source>Select the meeting, goal or check-in to delete first.</source>
        <translation>Najpierw zaznacz spotkanie, cel lub check-in do usunięcia.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="174"/>
        <source>Nothing on this screen is deleted with the Delete key.</source>
        <translation>Na tym ekranie klawisz Delete niczego nie usuwa.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="180"/>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="197"/>
        <source>Show &amp;Archived People</source>
        <translation>Pokaż osoby &amp;zarchiwizowane</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="202"/>
        <source>People &amp;Columns</source>
        <translation>&amp;Kolumny listy osób</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="206"/>
        <source>&amp;Larger Text</source>
        <translation>&amp;Większy tekst</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="208"/>
        <source>S&amp;maller Text</source>
        <translation>&amp;Mniejszy tekst</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="210"/>
        <source>&amp;Normal Text Size</source>
        <translation>&amp;Normalny rozmiar tekstu</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="290"/>
        <source>MentorDesk &amp;User Guide</source>
        <translation>&amp;Podręcznik użytkownika MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="292"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
</context>
<context>
    <name>people_import_flow</name>
    <message>
        <location filename="../../ui/people_import_flow.py" line="42"/>
        <source>Windows text (Western European)</source>
        <extracomment>The object name of the &quot;Read it that way?&quot; question (tests find it by this name).</extracomment>
        <translation>tekst Windows (zachodnioeuropejski)</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="43"/>
        <source>Windows text (Central European)</source>
        <translation>tekst Windows (środkowoeuropejski)</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="51"/>
        <source>Open a file for editing before importing people into it.</source>
        <translation>Otwórz plik do edycji, zanim zaimportujesz do niego osoby.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="56"/>
        <source>{0} could not be read ({1}). Nothing was imported.</source>
        <translation>Nie można odczytać pliku {0} ({1}). Nic nie zaimportowano.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="70"/>
        <location filename="../../ui/people_import_flow.py" line="144"/>
        <source>Nothing was imported</source>
        <translation>Nic nie zaimportowano</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="79"/>
        <source>Import people</source>
        <translation>Importuj osoby</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="80"/>
        <source>This file looks like {0}. Read it that way?</source>
        <translation>Ten plik wygląda na {0}. Odczytać go w ten sposób?</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="84"/>
        <source>It is not saved as UTF-8 text. If names look wrong in the preview, cancel and save the file as &apos;CSV UTF-8&apos; instead.</source>
        <translation>Nie jest zapisany jako tekst UTF-8. Jeśli nazwiska w podglądzie wyglądają źle, anuluj i zapisz plik jako „CSV UTF-8”.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="88"/>
        <source>Read as {0}</source>
        <translation>Czytaj jako {0}</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="128"/>
        <source>Reading {0}…</source>
        <translation>Odczytywanie {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="146"/>
        <source>Importing people…</source>
        <translation>Importowanie osób…</translation>
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
        <translation> (w archiwum)</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="111"/>
        <location filename="../../ui/models/participants_model.py" line="142"/>
        <location filename="../../ui/models/participants_model.py" line="177"/>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="112"/>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="113"/>
        <source>Dates</source>
        <translation>Daty</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="121"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} z {2})</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="127"/>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="127"/>
        <source>No</source>
        <translation>Nie</translation>
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
        <translation>Limit</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="149"/>
        <source>Free</source>
        <translation>Wolne</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="151"/>
        <source>Capacity {0} minus {1} active mentees</source>
        <translation>Limit {0} minus {1} aktywnych mentee</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="153"/>
        <source>Attendance</source>
        <translation>Frekwencja</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="154"/>
        <source>Meetings held, of those held or missed by the mentor, in every relationship they mentored</source>
        <translation>Odbyte spotkania spośród odbytych lub opuszczonych przez mentora, we wszystkich relacjach, w których był mentorem</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="156"/>
        <source>Years</source>
        <translation>Lata</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="157"/>
        <source>Expertise</source>
        <translation>Ekspertyza</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="159"/>
        <location filename="../../ui/models/participants_model.py" line="178"/>
        <source>Department</source>
        <translation>Dział</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="160"/>
        <location filename="../../ui/models/participants_model.py" line="179"/>
        <source>Branch</source>
        <translation>Oddział</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="161"/>
        <source>Title</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="162"/>
        <source>Recognition</source>
        <translation>Docenienie</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="163"/>
        <source>Willing / motivation</source>
        <translation>Gotowość / motywacja</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="180"/>
        <source>Gaps to close</source>
        <translation>Luki do uzupełnienia</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="183"/>
        <source>Preferred mentors</source>
        <translation>Preferowani mentorzy</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="188"/>
        <source>Waiting since</source>
        <translation>Czeka od</translation>
    </message>
</context>
<context>
    <name>quit_guard</name>
    <message>
        <location filename="../../ui/quit_guard.py" line="48"/>
        <source>Work is still running</source>
        <translation>Praca wciąż trwa</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="49"/>
        <source>MentorDesk is still busy: {0}.</source>
        <translation>MentorDesk jest nadal zajęty: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="51"/>
        <source>saving</source>
        <translation>zapisywanie</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="54"/>
        <source>Wait for it to finish and then quit, or stop it and quit: stopped work is not saved and the file stays as it was before it started.</source>
        <translation>Poczekaj na zakończenie i wyjdź albo zatrzymaj i wyjdź: zatrzymana praca nie zostanie zapisana, a plik pozostanie taki jak przed jej rozpoczęciem.</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="57"/>
        <source>Wait, then Quit</source>
        <translation>Poczekaj i wyjdź</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="58"/>
        <source>Stop It and Quit</source>
        <translation>Zatrzymaj i wyjdź</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="59"/>
        <source>Keep Working</source>
        <translation>Pracuj dalej</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="67"/>
        <source>MentorDesk closes when the work has ended…</source>
        <translation>MentorDesk zamknie się po zakończeniu pracy…</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="104"/>
        <source>The summary you typed for {0} is not saved yet.</source>
        <translation>Podsumowanie wpisane dla {0} nie zostało jeszcze zapisane.</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="106"/>
        <source>The summary you typed is not saved yet.</source>
        <translation>Wpisane podsumowanie nie zostało jeszcze zapisane.</translation>
    </message>
</context>
<context>
    <name>report_language</name>
    <message>
        <location filename="../../ui/views/report_language.py" line="24"/>
        <source>As in Preferences ({0})</source>
        <translation>Jak w Preferencjach ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_language.py" line="28"/>
        <source>The language of this report; the window keeps its own.</source>
        <translation>Język tego raportu; okno zachowuje własny.</translation>
    </message>
</context>
<context>
    <name>retention_box</name>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="42"/>
        <source>Privacy: how long this file keeps personal data</source>
        <translation>Prywatność: jak długo ten plik przechowuje dane osobowe</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="48"/>
        <source>Open a file to set how long it keeps personal data.</source>
        <translation>Otwórz plik, aby ustawić, jak długo przechowuje dane osobowe.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="55"/>
        <source> months</source>
        <translation> mies.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="27"/>
        <source>Confidential &amp;notes of closed relationships:</source>
        <extracomment>(object name, policy field, label) of each span, in the order shown.</extracomment>
        <translation>Poufne &amp;notatki zamkniętych relacji:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="28"/>
        <source>&amp;Archived people without activity:</source>
        <translation>Osoby z&amp;archiwizowane bez aktywności:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="29"/>
        <source>&amp;Backups:</source>
        <translation>&amp;Kopie zapasowe:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="60"/>
        <source>Kept in {0} and used on every computer that opens it: notes are removed and backups deleted when the file is opened; archived people are offered for erasure.</source>
        <translation>Zapisane w {0} i stosowane na każdym komputerze, który go otwiera: przy otwarciu pliku notatki są usuwane, a kopie zapasowe kasowane; zarchiwizowane osoby są proponowane do usunięcia.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="64"/>
        <source>This file is open read-only, so its retention cannot be changed now.</source>
        <translation>Ten plik jest otwarty tylko do odczytu, więc nie można teraz zmienić okresów przechowywania.</translation>
    </message>
</context>
<context>
    <name>table_exports</name>
    <message>
        <location filename="../../ui/table_exports.py" line="37"/>
        <source>&amp;Relationships…</source>
        <translation>&amp;Relacje…</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="38"/>
        <source>&amp;Meetings…</source>
        <translation>&amp;Spotkania…</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="39"/>
        <source>&amp;Goals…</source>
        <translation>&amp;Cele…</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="40"/>
        <source>&amp;Check-ins…</source>
        <translation>C&amp;heck-iny…</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="46"/>
        <source>E&amp;xport</source>
        <translation>E&amp;ksportuj</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="63"/>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="64"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Skoroszyt Excel (*.xlsx);;Plik CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="80"/>
        <source>Nothing was exported</source>
        <translation>Nic nie wyeksportowano</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="82"/>
        <source>Exporting…</source>
        <translation>Eksportowanie…</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="289"/>
        <source>Something went wrong and the action was not completed: {0}</source>
        <extracomment>Set while the application ends: finished tasks then skip their callbacks (see `shutdown`).</extracomment>
        <translation>Coś poszło nie tak i czynność nie została wykonana: {0}</translation>
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
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="52"/>
        <location filename="../../ui/undo_menu.py" line="78"/>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="77"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Cofnij {0}</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="85"/>
        <source>There is nothing to undo: no edit, import, merge or bulk action yet.</source>
        <translation>Nie ma czego cofnąć: nie było jeszcze żadnej zmiany, importu, scalenia ani działania zbiorczego.</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="92"/>
        <location filename="../../ui/undo_menu.py" line="137"/>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="93"/>
        <location filename="../../ui/undo_menu.py" line="138"/>
        <source>Undo the {0}?</source>
        <translation>Cofnąć: {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="97"/>
        <source>The file goes back to how it was just before it ({0}). {1} The file as it is now is kept as a backup (File &gt; Restore Backup).</source>
        <translation>Plik wraca do stanu sprzed tej operacji ({0}). {1} Plik w obecnej postaci zostaje zachowany jako kopia zapasowa (Plik &gt; Przywróć kopię zapasową).</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="100"/>
        <location filename="../../ui/undo_menu.py" line="143"/>
        <source>Undo {0}</source>
        <translation>Cofnij {0}</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="122"/>
        <location filename="../../ui/undo_menu.py" line="155"/>
        <source>Nothing was undone</source>
        <translation>Nic nie cofnięto</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="127"/>
        <location filename="../../ui/undo_menu.py" line="158"/>
        <source>Undone: {0}.</source>
        <translation>Cofnięto: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="141"/>
        <source>The values from before the edit ({0}) come back; nothing else in the file changes.</source>
        <translation>Wracają wartości sprzed zmiany ({0}); nic innego w pliku się nie zmienia.</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="124"/>
        <location filename="../../ui/widgets/unsaved.py" line="134"/>
        <source>Unsaved changes</source>
        <extracomment>Attribute names of widgets that hold a view onto the data, not the data (never asked about).</extracomment>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unsaved.py" line="135"/>
        <source>You have changes that are not saved yet.</source>
        <translation>Masz zmiany, które nie zostały jeszcze zapisane.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unsaved.py" line="139"/>
        <source>Save them, discard them, or go back to keep editing?</source>
        <translation>Zapisać je, odrzucić czy wrócić do edycji?</translation>
    </message>
</context>
</TS>
