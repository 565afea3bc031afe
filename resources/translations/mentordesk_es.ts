<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="30"/>
        <source>About MentorDesk</source>
        <translation>Acerca de MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="46"/>
        <source>MentorDesk includes these parts made by others:</source>
        <translation>MentorDesk incluye estos componentes de terceros:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="50"/>
        <source>{0} — {1}, for {2}</source>
        <translation>{0} — {1}, para {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="65"/>
        <source>no file is open</source>
        <translation>no hay ningún archivo abierto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="67"/>
        <source>MentorDesk {0}</source>
        <translation>MentorDesk {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="68"/>
        <source>File format version {0}</source>
        <translation>Versión del formato de archivo {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="69"/>
        <source>Open file: {0}</source>
        <translation>Archivo abierto: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="70"/>
        <source>Runs a mentoring program from this computer; no data leaves it.</source>
        <translation>Gestiona un programa de mentoría desde este ordenador; ningún dato sale de él.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="81"/>
        <source>The licence text is missing from this installation; reinstall MentorDesk. {0} is distributed under the {1}.</source>
        <translation>Falta el texto de la licencia en esta instalación; vuelva a instalar MentorDesk. {0} se distribuye bajo la {1}.</translation>
    </message>
</context>
<context>
    <name>AppPreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="68"/>
        <source>Preferences</source>
        <extracomment>Where the chosen language is kept (&quot;&quot; or absent: follow the system). Languages the window ships in, each named in its own language so anyone finds theirs. Territories whose paper is US Letter (CLDR&apos;s paperSize data); everyone else uses A4.</extracomment>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="74"/>
        <source>Follow the system ({0})</source>
        <translation>Como el sistema ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="79"/>
        <source>The new language is used from the next time you start MentorDesk.</source>
        <translation>El nuevo idioma se usará la próxima vez que inicie MentorDesk.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="93"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="94"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="97"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="99"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="101"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="104"/>
        <source>&amp;Paper size:</source>
        <translation>Tamaño del &amp;papel:</translation>
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
            <numerusform>{0} está archivado/a pero sigue en %n relación activa:

{1}

Ciérrela ahora con un resultado o continúe: aparecerá en riesgo y seguirá en la página Atención hasta que se cierre o se asigne otra pareja.</numerusform>
            <numerusform>{0} está archivado/a pero sigue en %n relaciones activas:

{1}

Ciérrelas ahora con un resultado o continúe: aparecerán en riesgo y seguirán en la página Atención hasta que se cierren o se asigne otra pareja.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_warning.py" line="32"/>
        <source>Still in a relationship</source>
        <translation>Sigue en una relación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_warning.py" line="35"/>
        <source>Close relationship…</source>
        <translation>Cerrar relación…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/archive_warning.py" line="37"/>
        <source>Keep going</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>AttentionModel</name>
    <message>
        <location filename="../../ui/models/attention_model.py" line="44"/>
        <source>High</source>
        <extracomment>Most severe first; the services use the same order. Theme roles (ui/theme.py): distinct in hue *and* lightness, readable on light and dark windows.</extracomment>
        <translation>Alta</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="44"/>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="45"/>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="136"/>
        <source>Severity</source>
        <translation>Prioridad</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="138"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="140"/>
        <source>Relationship or person</source>
        <translation>Relación o persona</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="141"/>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="142"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="164"/>
        <source>No date: this is about a pattern, not one day.</source>
        <translation>Sin fecha: se trata de una tendencia, no de un día concreto.</translation>
    </message>
    <message>
        <location filename="../../ui/models/attention_model.py" line="186"/>
        <source>Severity: {0}</source>
        <translation>Prioridad: {0}</translation>
    </message>
</context>
<context>
    <name>AttentionView</name>
    <message>
        <location filename="../../ui/views/attention.py" line="110"/>
        <source>Prepare reminder…</source>
        <translation>Preparar recordatorio…</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="112"/>
        <source>Write a reminder e-mail to whoever has to act on this item and open it in your mail program.</source>
        <translation>Escribir un correo de recordatorio a quien deba actuar sobre este punto y abrirlo en su programa de correo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="73"/>
        <source>Active relationships</source>
        <extracomment>Initial column widths in pixels; the detail column stretches. Items a reminder draft exists for (services.invitations.REMINDER_KINDS, without importing it at start).</extracomment>
        <translation>Relaciones activas</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="74"/>
        <source>Mentoring relationships running now.</source>
        <translation>Relaciones de mentoría en curso.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="76"/>
        <source>Active relationships whose meetings, check-ins and goals are in order.</source>
        <translation>Relaciones activas con reuniones, seguimientos y objetivos al día.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="78"/>
        <source>Need a check-in</source>
        <translation>Necesitan seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="79"/>
        <source>Active relationships where a check-in or a meeting is overdue.</source>
        <translation>Relaciones activas con un seguimiento o una reunión pendiente.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="75"/>
        <source>On track</source>
        <comment>tile: how many relationships</comment>
        <translation>En buen camino</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="81"/>
        <source>At risk</source>
        <comment>tile: how many relationships</comment>
        <translation>En riesgo</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="82"/>
        <source>Active relationships with low scores, poor attendance or no recent meetings.</source>
        <translation>Relaciones activas con puntuaciones bajas, poca asistencia o sin reuniones recientes.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="84"/>
        <source>Mentees waiting</source>
        <translation>Mentees en espera</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="85"/>
        <source>Mentees on a program&apos;s waiting list for a mentor (snoozed ones not counted).</source>
        <translation>Mentees en la lista de espera de un programa (sin contar los pospuestos).</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="91"/>
        <source>What needs you</source>
        <translation>Lo que requiere su atención</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="97"/>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="99"/>
        <source>Go to the relationship, person or program this item is about.</source>
        <translation>Ir a la relación, persona o programa de este aviso.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="100"/>
        <source>Snooze…</source>
        <translation>Posponer…</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="102"/>
        <source>Hide this item until a later day, with a note why.</source>
        <translation>Ocultar este aviso hasta otro día, con una nota del motivo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="105"/>
        <source>Check-in forms…</source>
        <translation>Formularios de seguimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="107"/>
        <source>Save a fillable PDF form for every check-in due in the next two weeks (or overdue) in a folder, to send by e-mail.</source>
        <translation>Guardar en una carpeta un formulario PDF rellenable por cada seguimiento previsto en las próximas dos semanas (o pendiente), para enviarlo por correo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="157"/>
        <source>Attention</source>
        <translation>Atención</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="185"/>
        <source>No file is open.</source>
        <translation>No hay ningún archivo abierto.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="186"/>
        <source>Choose File &gt; Open… or File &gt; New… to start.</source>
        <translation>Elija Archivo &gt; Abrir… o Archivo &gt; Nuevo… para empezar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="188"/>
        <source>Import your people next.</source>
        <translation>Ahora importe a su personal.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="189"/>
        <source>Choose File &gt; Import People… to load your HR system&apos;s export, then create a program and enrol them. What needs you will show up here.</source>
        <translation>Elija Archivo &gt; Importar personas… para cargar la exportación de su sistema de RR. HH.; después cree un programa e inscríbalas. Lo que requiera su atención aparecerá aquí.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="192"/>
        <source>Nothing needs you today.</source>
        <translation>Hoy no hay nada pendiente.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="193"/>
        <source>Overdue meetings, check-ins and goals, relationships near their end and mentees waiting for a mentor show up here.</source>
        <translation>Aquí aparecen reuniones, seguimientos y objetivos vencidos, relaciones a punto de terminar y mentees que esperan mentor.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/attention.py" line="201"/>
        <source>%Ln item(s): {0} high, {1} medium, {2} low</source>
        <translation>
            <numerusform>%Ln aviso: {0} de prioridad alta, {1} media, {2} baja</numerusform>
            <numerusform>%Ln avisos: {0} de prioridad alta, {1} media, {2} baja</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="281"/>
        <source>That screen is not available in this version.</source>
        <translation>Esa pantalla no está disponible en esta versión.</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="321"/>
        <source>Not snoozed</source>
        <translation>No pospuesto</translation>
    </message>
    <message>
        <location filename="../../ui/views/attention.py" line="331"/>
        <source>Snoozed until {0}.</source>
        <translation>Pospuesto hasta el {0}.</translation>
    </message>
</context>
<context>
    <name>BulkActions</name>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="79"/>
        <source>Archiving people…</source>
        <extracomment>Choosing in combo boxes is not typed work: Escape just closes.</extracomment>
        <translation>Archivando personas…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="79"/>
        <source>Restoring people…</source>
        <translation>Restaurando personas…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="87"/>
        <location filename="../../ui/views/people/bulk_actions.py" line="89"/>
        <source>Change role</source>
        <translation>Cambiar rol</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/bulk_actions.py" line="88"/>
        <source>Give the %n selected people this role:</source>
        <translation>
            <numerusform>Dar a la %n persona seleccionada este rol:</numerusform>
            <numerusform>Dar a las %n personas seleccionadas este rol:</numerusform>
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
        <translation>Cambiando roles…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="109"/>
        <source>There is no program to enrol people in yet: create one on the Programs screen.</source>
        <translation>Todavía no hay ningún programa en el que inscribir personas: cree uno en la pantalla Programas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="111"/>
        <source>Enrol in a program</source>
        <translation>Inscribir en un programa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/bulk_actions.py" line="112"/>
        <source>Enrol the %n selected people in:</source>
        <translation>
            <numerusform>Inscribir a %n persona seleccionada en:</numerusform>
            <numerusform>Inscribir a las %n personas seleccionadas en:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="113"/>
        <source>Enrol</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="114"/>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="115"/>
        <source>Enrol as:</source>
        <translation>Inscribir como:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="117"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="152"/>
        <source>Done: {0}. Edit &gt; Undo takes it back.</source>
        <translation>Hecho: {0}. Editar &gt; Deshacer lo revierte.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="154"/>
        <source>Nothing to change: everyone selected was already so.</source>
        <translation>Nada que cambiar: todas las personas seleccionadas ya estaban así.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="159"/>
        <source>Cancelled. Nobody was changed.</source>
        <translation>Cancelado. No se ha cambiado a nadie.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="162"/>
        <source>Nobody was changed</source>
        <translation>No se ha cambiado a nadie</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/bulk_actions.py" line="178"/>
        <source>%n relationship(s) still run with someone just archived:</source>
        <translation>
            <numerusform>%n relación sigue en curso con alguien recién archivado:</numerusform>
            <numerusform>%n relaciones siguen en curso con alguien recién archivado:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="179"/>
        <source>Still in a relationship</source>
        <translation>Todavía en una relación</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/bulk_actions.py" line="182"/>
        <source>Close each one with an outcome or replace the mentor on the Relationships screen. Until then they show as at risk and stay on the Attention page.</source>
        <translation>Cierre cada una con un resultado o sustituya al mentor en la pantalla Relaciones. Hasta entonces aparecen en riesgo y siguen en la página Atención.</translation>
    </message>
</context>
<context>
    <name>CheckinDialog</name>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="53"/>
        <source>Check-in</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="56"/>
        <source>{0} and {1}</source>
        <translation>{0} y {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="73"/>
        <source>Answered by</source>
        <translation>Respondido por</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="74"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="79"/>
        <source>How is it going?</source>
        <translation>¿Cómo va?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="80"/>
        <source>Prerequisites of a good relationship</source>
        <translation>Requisitos de una buena relación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="82"/>
        <source>1 = not at all, 5 = fully. Leave a question unanswered to skip it.</source>
        <translation>1 = nada, 5 = totalmente. Deje una pregunta sin responder para omitirla.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="119"/>
        <source>{0}: {1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/checkin_dialog.py" line="124"/>
        <source>Comment (optional)</source>
        <translation>Comentario (opcional)</translation>
    </message>
</context>
<context>
    <name>CloseDialog</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="189"/>
        <source>Close relationship</source>
        <translation>Cerrar relación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="197"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="227"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="202"/>
        <source>What did the pair achieve? What would they do differently?</source>
        <translation>¿Qué logró la pareja? ¿Qué harían de otra manera?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="205"/>
        <source>Closing frees a place in the mentor&apos;s capacity. Only “Completed” counts towards the completion rate.</source>
        <translation>Al cerrar se libera una plaza en la capacidad del mentor. Solo «Completada» cuenta para la tasa de finalización.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="210"/>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="212"/>
        <source>Final re&amp;flection</source>
        <translation>Re&amp;flexión final</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="213"/>
        <source>&amp;Closed on</source>
        <translation>&amp;Cerrada el</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="225"/>
        <source>Required: why did it end early?</source>
        <translation>Obligatorio: ¿por qué terminó antes de tiempo?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="226"/>
        <source>Optional</source>
        <translation>Opcional</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="227"/>
        <source>&amp;Reason (required)</source>
        <translation>&amp;Motivo (obligatorio)</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <location filename="../../ui/views/people/columns.py" line="74"/>
        <source>Columns</source>
        <extracomment>column -&gt; the stable name it is remembered by.</extracomment>
        <translation>Columnas</translation>
    </message>
</context>
<context>
    <name>ColumnMappingDialog</name>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="36"/>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="37"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="38"/>
        <source>First name (part of the name)</source>
        <translation>Nombre de pila (parte del nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="39"/>
        <source>Last name (part of the name)</source>
        <translation>Apellidos (parte del nombre)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="40"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="41"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="42"/>
        <source>Branch</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="43"/>
        <source>Title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="44"/>
        <source>Manager&apos;s employee ID</source>
        <translation>N.º de empleado del responsable</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="45"/>
        <source>Hire date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="46"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="47"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="48"/>
        <source>Mentor capacity</source>
        <translation>Capacidad como mentor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="49"/>
        <source>Competencies</source>
        <translation>Competencias</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="50"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="51"/>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="52"/>
        <source>(leave out)</source>
        <translation>(no importar)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="66"/>
        <source>Columns of {0}</source>
        <translation>Columnas de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="69"/>
        <source>Choose what each column of your HR system&apos;s file holds. MentorDesk remembers your choice for files with the same columns.</source>
        <translation>Elija qué contiene cada columna del archivo de su sistema de RR. HH. MentorDesk recuerda su elección para los archivos con las mismas columnas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="74"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="74"/>
        <source>Read as</source>
        <translation>Leer como</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="74"/>
        <source>First row</source>
        <translation>Primera fila</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="113"/>
        <source>Two columns are read as {0}; choose one of them.</source>
        <translation>Dos columnas se leen como {0}; elija una de ellas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="116"/>
        <source>Choose the column that holds {0}.</source>
        <translation>Elija la columna que contiene {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/column_mapping_dialog.py" line="118"/>
        <source>Choose the column that holds the name (or the first and last name).</source>
        <translation>Elija la columna que contiene el nombre (o el nombre de pila y los apellidos).</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/file_actions.py" line="194"/>
        <source>Before merging</source>
        <translation>Antes de combinar</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="206"/>
        <source>Both files changed these fields differently. Choose which value to keep; the newer change is chosen for you.</source>
        <translation>Ambos archivos cambiaron estos campos de forma distinta. Elija qué valor conservar; el cambio más reciente ya está elegido.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="209"/>
        <source>In this file</source>
        <translation>En este archivo</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="210"/>
        <source>In the other file</source>
        <translation>En el otro archivo</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="210"/>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="220"/>
        <source>This file&apos;s value</source>
        <translation>Valor de este archivo</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="221"/>
        <source>The other file&apos;s value</source>
        <translation>Valor del otro archivo</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="228"/>
        <source>Merge</source>
        <translation>Combinar</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="88"/>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <extracomment>Qt&apos;s own limits of a date edit, kept so code written for QDateEdit means the same.</extracomment>
        <translation>Elegir la fecha en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="179"/>
        <source>{0} is before the first date allowed here, {1}. The field shows {2} again.</source>
        <translation>{0} es anterior a la primera fecha permitida aquí, {1}. El campo vuelve a mostrar {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="182"/>
        <source>{0} is after the last date allowed here, {1}. The field shows {2} again.</source>
        <translation>{0} es posterior a la última fecha permitida aquí, {1}. El campo vuelve a mostrar {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/date_field.py" line="184"/>
        <source>“{0}” is not a date: type it like {1}. The field shows {2} again.</source>
        <translation>«{0}» no es una fecha: escríbala como {1}. El campo vuelve a mostrar {2}.</translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="89"/>
        <source>Enrol people</source>
        <translation>Inscribir personas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="96"/>
        <source>Search name, department, branch, title, competency…</source>
        <translation>Buscar nombre, departamento, sede, puesto, competencia…</translation>
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
        <translation>Solicitado (RR. HH. decide después)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="65"/>
        <source>Enrolling people…</source>
        <translation>Inscribiendo personas…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="114"/>
        <source>Enrol</source>
        <translation>Inscribir</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="119"/>
        <source>&amp;Search:</source>
        <translation>&amp;Buscar:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="121"/>
        <source>Enrol as:</source>
        <translation>Inscribir como:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="124"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="145"/>
        <source>No one selected; Ctrl- or Shift-click to select several people.</source>
        <translation>No hay nadie seleccionado; use Ctrl+clic o Mayús+clic para seleccionar varias personas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/enrol_dialog.py" line="147"/>
        <source>%Ln person(s) selected</source>
        <translation>
            <numerusform>%Ln persona seleccionada</numerusform>
            <numerusform>%Ln personas seleccionadas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="71"/>
        <source>Erase person</source>
        <translation>Borrar persona</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="79"/>
        <source>Reason, without naming the person (kept in the erasure log)</source>
        <translation>Motivo, sin nombrar a la persona (se guarda en el registro de borrados)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="81"/>
        <source>Erase permanently</source>
        <translation>Borrar definitivamente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="90"/>
        <source>Remove these backups</source>
        <translation>Eliminar estas copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="110"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="111"/>
        <source>The person was erased: %Ln record(s) cleared. The erasure is in the erasure log and travels with every merge.</source>
        <translation>
            <numerusform>La persona se ha borrado: se eliminó %Ln registro. El borrado consta en el registro de borrados y se transmite con cada combinación.</numerusform>
            <numerusform>La persona se ha borrado: se eliminaron %Ln registros. El borrado consta en el registro de borrados y se transmite con cada combinación.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="122"/>
        <source>%n backup(s) were taken before the erasure and may still hold the person:</source>
        <translation>
            <numerusform>Se hizo %n copia de seguridad antes del borrado que aún puede contener a la persona:</numerusform>
            <numerusform>Se hicieron %n copias de seguridad antes del borrado que aún pueden contener a la persona:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="123"/>
        <source>No backup taken before the erasure is left.</source>
        <translation>No queda ninguna copia de seguridad anterior al borrado.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="132"/>
        <source>The backups could not all be removed ({0}); the rest are still listed.</source>
        <translation>No se pudieron eliminar todas las copias ({0}); las restantes siguen en la lista.</translation>
    </message>
</context>
<context>
    <name>ErasureLogDialog</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="146"/>
        <source>Erasure log</source>
        <translation>Registro de borrados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="152"/>
        <source>{0} UTC, by {1}: {2}</source>
        <translation>{0} UTC, por {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="155"/>
        <source>Nobody has been erased in this file.</source>
        <translation>Nadie ha sido borrado en este archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="159"/>
        <source>Remove these backups</source>
        <translation>Eliminar estas copias de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="178"/>
        <source>No backup taken before an erasure is left.</source>
        <translation>No queda ninguna copia de seguridad anterior a un borrado.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="186"/>
        <source>The backups could not all be removed ({0}); the rest are still listed.</source>
        <translation>No se pudieron eliminar todas las copias ({0}); las restantes siguen en la lista.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="177"/>
        <source>%n backup(s) were taken before the last erasure and may still hold erased people:</source>
        <translation>
            <numerusform>%n copia de seguridad se hizo antes del último borrado y aún puede contener personas borradas:</numerusform>
            <numerusform>%n copias de seguridad se hicieron antes del último borrado y aún pueden contener personas borradas:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasureQuestion</name>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="169"/>
        <source>{0} carries %n erasure(s) of people not made in this file. Merging it erases them here too, and an erasure cannot be undone. Merge only if you know about these erasures.</source>
        <translation>
            <numerusform>{0} contiene %n borrado de una persona que no se hizo en este archivo. Al combinarlo también se borra aquí, y un borrado no se puede deshacer. Combínelo solo si conoce este borrado.</numerusform>
            <numerusform>{0} contiene %n borrados de personas que no se hicieron en este archivo. Al combinarlo también se borran aquí, y un borrado no se puede deshacer. Combínelo solo si conoce estos borrados.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="154"/>
        <source>Extend relationship</source>
        <translation>Ampliar relación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="161"/>
        <source>Why is more time needed?</source>
        <translation>¿Por qué hace falta más tiempo?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="162"/>
        <source>A relationship can last at most %Ln month(s) from its start ({0}).</source>
        <translation>
            <numerusform>Una relación puede durar como máximo %Ln mes desde su inicio ({0}).</numerusform>
            <numerusform>Una relación puede durar como máximo %Ln meses desde su inicio ({0}).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="168"/>
        <source>Planned end now</source>
        <translation>Fin previsto actual</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="169"/>
        <source>&amp;New end</source>
        <translation>&amp;Nuevo fin</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="170"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="65"/>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="70"/>
        <source>Department:</source>
        <translation>Departamento:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="70"/>
        <source>Branch:</source>
        <translation>Sede:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="71"/>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="71"/>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="97"/>
        <source>All departments</source>
        <translation>Todos los departamentos</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="98"/>
        <source>All branches</source>
        <translation>Todas las sedes</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="99"/>
        <source>All roles</source>
        <translation>Todos los roles</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="100"/>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/filter_bar.py" line="101"/>
        <source>{0} (archived)</source>
        <translation>{0} (archivado)</translation>
    </message>
</context>
<context>
    <name>FormImportDialog</name>
    <message>
        <location filename="../../ui/dialogs/form_import_dialog.py" line="46"/>
        <source>Returned check-in forms</source>
        <translation>Formularios de seguimiento devueltos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_import_dialog.py" line="54"/>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_import_dialog.py" line="54"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/form_import_dialog.py" line="54"/>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="54"/>
        <source>Edit goal</source>
        <translation>Editar objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="54"/>
        <source>Add goal</source>
        <translation>Añadir objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="91"/>
        <source>How will you both know it is reached?</source>
        <translation>¿Cómo sabrán ambos que se ha alcanzado?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="102"/>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="118"/>
        <source>Due by</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="132"/>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="133"/>
        <source>&amp;Description</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="134"/>
        <source>&amp;Success measure</source>
        <translation>&amp;Indicador de éxito</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="135"/>
        <source>St&amp;atus</source>
        <translation>&amp;Estado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="136"/>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="139"/>
        <source>Due date</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="140"/>
        <source>&amp;Competency</source>
        <translation>&amp;Competencia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="64"/>
        <source>A new goal starts open at 0%; change its status and progress later.</source>
        <translation>Un objetivo nuevo empieza abierto al 0 %; cambie su estado y progreso más adelante.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/goal_dialog.py" line="163"/>
        <source>No linked competency</source>
        <translation>Sin competencia vinculada</translation>
    </message>
</context>
<context>
    <name>GuardedDialog</name>
    <message>
        <location filename="../../ui/widgets/guarded_dialog.py" line="80"/>
        <source>Your changes in this window are not saved yet.</source>
        <extracomment>Dialogs whose changes are a choice rather than typed work may turn the question off.</extracomment>
        <translation>Los cambios de esta ventana aún no se han guardado.</translation>
    </message>
</context>
<context>
    <name>HeaderFields</name>
    <message>
        <location filename="../../ui/report_header.py" line="60"/>
        <source>Shown in the page header of every report</source>
        <extracomment>Where older versions kept the header on the laptop (`mentordesk.services.reports` keys).</extracomment>
        <translation>Aparece en la cabecera de cada informe</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="66"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="70"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="82"/>
        <source>&amp;Company name:</source>
        <translation>Nombre de la &amp;empresa:</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="83"/>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="100"/>
        <source>Open a company file to set its report header.</source>
        <translation>Abra un archivo de empresa para definir la cabecera de sus informes.</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="102"/>
        <source>This file is open read-only, so its report header cannot be changed now.</source>
        <translation>Este archivo está abierto solo para lectura, así que ahora no se puede cambiar la cabecera de sus informes.</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="104"/>
        <source>Kept in {0}: every computer that opens it prints the same header.</source>
        <translation>Se guarda en {0}: todos los ordenadores que lo abren imprimen la misma cabecera.</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="109"/>
        <source>The file&apos;s logo</source>
        <translation>El logotipo del archivo</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="109"/>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="119"/>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <location filename="../../ui/report_header.py" line="119"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="53"/>
        <source>Import preview: {0}</source>
        <extracomment>Changes listed one by one (new, then changed people, each up to this many); the rest are counted.</extracomment>
        <translation>Vista previa de la importación: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="65"/>
        <source>Changes</source>
        <translation>Cambios</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="67"/>
        <source>Likely duplicates (%n)</source>
        <translation>
            <numerusform>Posibles duplicados (%n)</numerusform>
            <numerusform>Posibles duplicados (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="69"/>
        <source>Bad lines (%n)</source>
        <translation>
            <numerusform>Líneas con problemas (%n)</numerusform>
            <numerusform>Líneas con problemas (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="71"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="77"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="80"/>
        <source>Columns…</source>
        <translation>Columnas…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="89"/>
        <source>%n new people</source>
        <translation>
            <numerusform>%n persona nueva</numerusform>
            <numerusform>%n personas nuevas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="89"/>
        <source>%n people changed</source>
        <translation>
            <numerusform>%n persona cambiada</numerusform>
            <numerusform>%n personas cambiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="90"/>
        <source>%n people unchanged</source>
        <translation>
            <numerusform>%n persona sin cambios</numerusform>
            <numerusform>%n personas sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="90"/>
        <source>%n people archived</source>
        <translation>
            <numerusform>%n persona archivada</numerusform>
            <numerusform>%n personas archivadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="91"/>
        <source>%n people brought back from the archive</source>
        <translation>
            <numerusform>%n persona recuperada del archivo</numerusform>
            <numerusform>%n personas recuperadas del archivo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="95"/>
        <source>This file cannot be imported: %n line has a problem. Fix it in the file and import again; nothing has been changed.</source>
        <translation>
            <numerusform>No se puede importar este archivo: %n línea tiene un problema. Corríjala en el archivo e importe de nuevo; no se ha cambiado nada.</numerusform>
            <numerusform>No se puede importar este archivo: %n líneas tienen problemas. Corríjalas en el archivo e importe de nuevo; no se ha cambiado nada.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="98"/>
        <source>Some people may already be in MentorDesk under another employee ID. They are listed, not merged: check them, then import or cancel.</source>
        <translation>Algunas personas quizá ya estén en MentorDesk con otro n.º de empleado. Se listan, no se fusionan: revíselas y después importe o cancele.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="100"/>
        <source>Nothing has been changed yet. Import to apply these changes, or Cancel.</source>
        <translation>Aún no se ha cambiado nada. Importe para aplicar estos cambios o cancele.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="104"/>
        <source>New person</source>
        <translation>Persona nueva</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="108"/>
        <source>%n more not listed</source>
        <translation>
            <numerusform>%n más sin listar</numerusform>
            <numerusform>%n más sin listar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="111"/>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="111"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="111"/>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="126"/>
        <source>already in MentorDesk as {0}</source>
        <translation>ya en MentorDesk como {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="126"/>
        <source>also in this file as {0}</source>
        <translation>también en este archivo como {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="127"/>
        <source>Line {0}: {1} ({2}) may be the same person, {3}</source>
        <translation>Línea {0}: {1} ({2}) puede ser la misma persona, {3}</translation>
    </message>
</context>
<context>
    <name>ImportResultDialog</name>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="142"/>
        <source>Import finished: {0}</source>
        <translation>Importación terminada: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="143"/>
        <source>%n people added</source>
        <translation>
            <numerusform>%n persona añadida</numerusform>
            <numerusform>%n personas añadidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="143"/>
        <source>%n people updated</source>
        <translation>
            <numerusform>%n persona actualizada</numerusform>
            <numerusform>%n personas actualizadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="144"/>
        <source>%n people unchanged</source>
        <translation>
            <numerusform>%n persona sin cambios</numerusform>
            <numerusform>%n personas sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="145"/>
        <source>%n competency assessments recorded</source>
        <translation>
            <numerusform>%n evaluación de competencias registrada</numerusform>
            <numerusform>%n evaluaciones de competencias registradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="146"/>
        <source>To take this import back, choose Edit &gt; Undo import of {0}.</source>
        <translation>Para deshacer esta importación, elija Edición &gt; Deshacer importación de {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="149"/>
        <source>Nothing was imported: {0}</source>
        <translation>No se importó nada: {0}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_preview_dialog.py" line="150"/>
        <source>Nothing was imported: %n line has a problem. Fix the file and import it again.</source>
        <translation>
            <numerusform>No se importó nada: %n línea tiene un problema. Corrija el archivo e impórtelo de nuevo.</numerusform>
            <numerusform>No se importó nada: %n líneas tienen problemas. Corrija el archivo e impórtelo de nuevo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KindFields</name>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="34"/>
        <source>The competency the junior colleagues teach the senior ones.</source>
        <translation>La competencia que los compañeros júnior enseñan a los sénior.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="37"/>
        <source>e.g. the warehouse team, or Finance</source>
        <translation>p. ej., el equipo de almacén o Finanzas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="47"/>
        <source>&amp;Group size:</source>
        <translation>&amp;Tamaño del grupo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="47"/>
        <source>Sessio&amp;ns:</source>
        <translation>Sesio&amp;nes:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="48"/>
        <source>The junior &amp;teaches:</source>
        <translation>El júnior &amp;enseña:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="48"/>
        <source>&amp;Host:</source>
        <translation>&amp;Anfitrión:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="49"/>
        <source>&amp;Visits:</source>
        <translation>&amp;Visitas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="49"/>
        <source>Visit &amp;length:</source>
        <translation>&amp;Duración de la visita:</translation>
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
            <numerusform> hora</numerusform>
            <numerusform> horas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="70"/>
        <source>One experienced mentor guides one mentee over several months.</source>
        <translation>Un mentor con experiencia acompaña a un mentee durante varios meses.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="71"/>
        <source>One mentor meets a small group of mentees for a fixed number of sessions.</source>
        <translation>Un mentor se reúne con un pequeño grupo de mentees durante un número fijo de sesiones.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="72"/>
        <source>A junior colleague teaches a senior one a competency they know better, such as digital tools.</source>
        <translation>Un compañero júnior enseña a uno sénior una competencia que domina mejor, como las herramientas digitales.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="74"/>
        <source>Colleagues at a similar level learn from each other in equal pairs; each person is in one pair.</source>
        <translation>Compañeros de nivel similar aprenden unos de otros en parejas entre iguales; cada persona está en una sola pareja.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_kind_fields.py" line="76"/>
        <source>A mentee spends a few short visits with a host to see their work first-hand.</source>
        <translation>Un mentee realiza unas pocas visitas cortas a un anfitrión para ver su trabajo de primera mano.</translation>
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
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="125"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="126"/>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="129"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="131"/>
        <source>&amp;Import People…</source>
        <translation>&amp;Importar personas…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="132"/>
        <source>&amp;Export People…</source>
        <translation>&amp;Exportar personas…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="146"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="150"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="154"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="155"/>
        <source>&amp;About MentorDesk</source>
        <translation>&amp;Acerca de MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="158"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="225"/>
        <source>Cannot open file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="231"/>
        <source>MentorDesk — {0}</source>
        <translation>MentorDesk — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="296"/>
        <source>Reloaded: someone else changed the file.</source>
        <translation>Recargado: otra persona cambió el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="315"/>
        <source>New MentorDesk file</source>
        <translation>Nuevo archivo de MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="315"/>
        <source>MentorDesk files (*.db)</source>
        <translation>Archivos de MentorDesk (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="321"/>
        <source>A file with that name already exists; choose Open to use it.</source>
        <translation>Ya existe un archivo con ese nombre; elija Abrir para usarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="326"/>
        <source>Open MentorDesk file</source>
        <translation>Abrir archivo de MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="326"/>
        <source>MentorDesk files (*.db);;All files (*)</source>
        <translation>Archivos de MentorDesk (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="32"/>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="33"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Archivos CSV (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="61"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="63"/>
        <source>Importing people…</source>
        <translation>Importando personas…</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="72"/>
        <source>Export people</source>
        <translation>Exportar personas</translation>
    </message>
    <message>
        <location filename="../../ui/people_csv_actions.py" line="73"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/app.py" line="347"/>
        <source>Exported %Ln person(s).</source>
        <translation>
            <numerusform>Se exportó %Ln persona.</numerusform>
            <numerusform>Se exportaron %Ln personas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="266"/>
        <source>This is a demo company. Choose File &gt; New to start your own file, then File &gt; Import People… to load your HR export.</source>
        <translation>Esta es una empresa de demostración. Elija Archivo &gt; Nuevo para empezar su propio archivo y después Archivo &gt; Importar personas… para cargar la exportación de RR. HH.</translation>
    </message>
</context>
<context>
    <name>MatchWaiting</name>
    <message>
        <location filename="../../ui/views/matching/waiting_pane.py" line="63"/>
        <source>Waiting list before the match ({0})</source>
        <translation>Lista de espera antes de emparejar ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/waiting_pane.py" line="67"/>
        <source>Mentees on the waiting list are never matched: accept them in Programs to include them in the next match.</source>
        <translation>Los mentees en lista de espera nunca se emparejan: acéptelos en Programas para incluirlos en el próximo emparejamiento.</translation>
    </message>
</context>
<context>
    <name>MatchingView</name>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="39"/>
        <source>Prepare introductions</source>
        <translation>Preparar presentaciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="39"/>
        <source>Write the introduction e-mails of the pairs just approved, with why they were paired and their meetings as a calendar file.</source>
        <translation>Escribir los correos de presentación de las parejas recién aprobadas, con el motivo de la pareja y sus reuniones como archivo de calendario.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="177"/>
        <source>Prepare introductions writes their introduction e-mails.</source>
        <translation>«Preparar presentaciones» escribe sus correos de presentación.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="35"/>
        <location filename="../../ui/views/matching/view.py" line="111"/>
        <location filename="../../ui/views/matching/view.py" line="160"/>
        <source>Matching</source>
        <extracomment>What the last approval did (created ids, .skipped, .waitlisted); None until one finishes. Program kind the table&apos;s sort was last chosen for (group programs sort by mentor).</extracomment>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="53"/>
        <source>Program:</source>
        <translation>Programa:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="58"/>
        <source>Run match</source>
        <translation>Emparejar</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="65"/>
        <location filename="../../ui/views/matching/running.py" line="46"/>
        <location filename="../../ui/views/matching/running.py" line="84"/>
        <source>Matching… %p%</source>
        <translation>Emparejando… %p%</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="68"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/header.py" line="81"/>
        <source>Edit weights…</source>
        <translation>Editar pesos…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="25"/>
        <location filename="../../ui/views/matching/view.py" line="187"/>
        <source>Lock</source>
        <translation>Fijar</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="26"/>
        <source>Keep this pair in every run until it is approved.</source>
        <translation>Mantener esta pareja en cada emparejamiento hasta que se apruebe.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="27"/>
        <source>Reject</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="27"/>
        <source>Never propose this pair again, and run the match again.</source>
        <translation>No volver a proponer esta pareja y emparejar de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="29"/>
        <source>Swap…</source>
        <translation>Intercambiar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="30"/>
        <source>Exchange mentors with another proposal.</source>
        <translation>Intercambiar el mentor con otra propuesta.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="31"/>
        <source>Re-run</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="32"/>
        <source>Locks and exclusions…</source>
        <translation>Fijaciones y exclusiones…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="32"/>
        <source>See the pairs HR locked or rejected in this program, and undo a decision.</source>
        <translation>Ver las parejas que RR. HH. fijó o rechazó en este programa y deshacer una decisión.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="37"/>
        <source>Approve selected</source>
        <translation>Aprobar seleccionadas</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/action_bar.py" line="38"/>
        <source>Approve all</source>
        <translation>Aprobar todas</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/waiting_pane.py" line="43"/>
        <location filename="../../ui/views/matching/waiting_pane.py" line="73"/>
        <source>Waiting list</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="187"/>
        <source>Unlock</source>
        <translation>Liberar</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="197"/>
        <source>Open a file with a program to match its participants.</source>
        <translation>Abra un archivo con un programa para emparejar a sus participantes.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="208"/>
        <source>same branch preferred</source>
        <translation>misma sede preferida</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="208"/>
        <source>branch ignored</source>
        <translation>sede indiferente</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="209"/>
        <source>other branch preferred</source>
        <translation>otra sede preferida</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="210"/>
        <source>other department preferred</source>
        <translation>otro departamento preferido</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="211"/>
        <source>same department a small bonus</source>
        <translation>mismo departamento con pequeña bonificación</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="212"/>
        <source>Weights: {0} ({1}; {2}).</source>
        <translation>Pesos: {0} ({1}; {2}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="47"/>
        <source>Matching…</source>
        <translation>Emparejando…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="70"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="247"/>
        <source>{0} with {1}, {2}. Total score {3}.</source>
        <translation>{0} con {1}, {2}. Puntuación total {3}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="248"/>
        <source>%Ln group(s)</source>
        <translation>
            <numerusform>%Ln grupo</numerusform>
            <numerusform>%Ln grupos</numerusform>
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
            <numerusform>%Ln en espera</numerusform>
            <numerusform>%Ln en espera</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="250"/>
        <source>{0}, {1}. Total score {2}.</source>
        <translation>{0}, {1}. Puntuación total {2}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="251"/>
        <source>%Ln proposed pair(s)</source>
        <translation>
            <numerusform>%Ln pareja propuesta</numerusform>
            <numerusform>%Ln parejas propuestas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="255"/>
        <source>Start %Ln relationship(s) now?</source>
        <translation>
            <numerusform>¿Iniciar %Ln relación ahora?</numerusform>
            <numerusform>¿Iniciar %Ln relaciones ahora?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/view.py" line="256"/>
        <source>Start {0} now and put {1} on the waiting list with the reasons shown?</source>
        <translation>¿Iniciar {0} ahora y poner {1} en la lista de espera con los motivos indicados?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="257"/>
        <source>%Ln relationship(s)</source>
        <translation>
            <numerusform>%Ln relación</numerusform>
            <numerusform>%Ln relaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="261"/>
        <source>%Ln relationship(s) started.</source>
        <translation>
            <numerusform>Se inició %Ln relación.</numerusform>
            <numerusform>Se iniciaron %Ln relaciones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/matching/view.py" line="262"/>
        <source>%Ln pair(s) were skipped because the file changed since the match was run:</source>
        <translation>
            <numerusform>Se omitió %Ln pareja porque el archivo cambió después del emparejamiento:</numerusform>
            <numerusform>Se omitieron %Ln parejas porque el archivo cambió después del emparejamiento:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/waiting_pane.py" line="64"/>
        <source>Waiting list ({0})</source>
        <translation>Lista de espera ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="126"/>
        <source>The match could not be run</source>
        <translation>No se pudo realizar el emparejamiento</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="132"/>
        <source>Matching cancelled; the previous proposals are still shown.</source>
        <translation>Emparejamiento cancelado; se siguen mostrando las propuestas anteriores.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="56"/>
        <source>{0} is no longer locked to {1}.</source>
        <translation>{0} ya no está fijado/a con {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="61"/>
        <source>{0} stays with {1} in every run until approved.</source>
        <translation>{0} se mantiene con {1} en cada emparejamiento hasta su aprobación.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="75"/>
        <source>{0} will not be proposed with {1} again.</source>
        <translation>{0} no se volverá a proponer con {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="85"/>
        <source>No swap is possible for {0}: every other proposal has the same mentor or a matching rule forbids the exchange.</source>
        <translation>No es posible ningún intercambio para {0}: las demás propuestas tienen el mismo mentor o una regla del emparejamiento impide el cambio.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="88"/>
        <source>{0} (with {1})</source>
        <translation>{0} (con {1})</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="90"/>
        <source>Swap mentors</source>
        <translation>Intercambiar mentores</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="91"/>
        <source>Give {0}&apos;s mentor, {1}, to:</source>
        <translation>Dar el mentor de {0}, {1}, a:</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="112"/>
        <source>Mentors swapped and locked.</source>
        <translation>Mentores intercambiados y fijados.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="146"/>
        <source>Approve pairs</source>
        <translation>Aprobar parejas</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="160"/>
        <source>Starting relationships… %p%</source>
        <translation>Iniciando relaciones… %p%</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="160"/>
        <source>Stop and start nobody: the approval is undone as a whole.</source>
        <translation>Detener sin iniciar ninguna: la aprobación se deshace por completo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="162"/>
        <source>Approving pairs…</source>
        <translation>Aprobando parejas…</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="203"/>
        <source>The pairs were not approved</source>
        <translation>Las parejas no se aprobaron</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/running.py" line="208"/>
        <source>Approval cancelled; no relationship was started.</source>
        <translation>Aprobación cancelada; no se inició ninguna relación.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="132"/>
        <source>Decisions removed; running the match again.</source>
        <translation>Decisiones eliminadas; emparejando de nuevo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/decisions.py" line="161"/>
        <source>Weights changed: run the match again to see their effect.</source>
        <translation>Pesos cambiados: vuelva a emparejar para ver su efecto.</translation>
    </message>
</context>
<context>
    <name>MatchingWeights</name>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="74"/>
        <source>Skill gaps covered</source>
        <translation>Carencias cubiertas</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="75"/>
        <source>Stated wishes</source>
        <translation>Preferencias expresadas</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="76"/>
        <source>Seniority</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="77"/>
        <source>Branch</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="78"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="79"/>
        <source>Shared language</source>
        <translation>Idioma común</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="69"/>
        <source>Edit meeting</source>
        <translation>Editar reunión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="69"/>
        <source>Log meeting</source>
        <translation>Registrar reunión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="93"/>
        <source>{0} and {1}</source>
        <translation>{0} y {1}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="95"/>
        <source>Started {0}</source>
        <translation>Iniciada el {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="109"/>
        <source>No time</source>
        <translation>Sin hora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="116"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="136"/>
        <source>With notice</source>
        <translation>Con preaviso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="138"/>
        <source>Was the meeting moved with enough notice? Only asked for a rescheduled meeting.</source>
        <translation>¿Se cambió la reunión con suficiente antelación? Solo se pregunta si se reprogramó.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="143"/>
        <source>What was discussed, in a few words</source>
        <translation>De qué se habló, en pocas palabras</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="163"/>
        <source>This relationship has no goals yet.</source>
        <translation>Esta relación aún no tiene objetivos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="173"/>
        <source>Notes are confidential: they are left out of printed reports unless HR includes them.</source>
        <translation>Las notas son confidenciales: no aparecen en los informes impresos salvo que RR. HH. las incluya.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="185"/>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="186"/>
        <source>T&amp;ime</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="187"/>
        <source>D&amp;uration</source>
        <translation>D&amp;uración</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="188"/>
        <source>M&amp;ode</source>
        <translation>&amp;Modalidad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="189"/>
        <source>Out&amp;come</source>
        <translation>&amp;Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="191"/>
        <source>&amp;Topics</source>
        <translation>&amp;Temas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="192"/>
        <source>&amp;Goals discussed</source>
        <translation>&amp;Objetivos tratados</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="193"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/meeting_dialog.py" line="203"/>
        <source>Save (Enter or Ctrl+Enter)</source>
        <translation>Guardar (Intro o Ctrl+Intro)</translation>
    </message>
</context>
<context>
    <name>MergeLogDialog</name>
    <message>
        <location filename="../../ui/file_actions.py" line="240"/>
        <source>Merge log</source>
        <translation>Registro de combinaciones</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="247"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="247"/>
        <source>From file</source>
        <translation>Desde el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="247"/>
        <source>What came in</source>
        <translation>Qué se incorporó</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="258"/>
        <source>nothing new</source>
        <translation>nada nuevo</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="260"/>
        <source>No file has been merged into this one yet.</source>
        <translation>Todavía no se ha combinado ningún archivo con este.</translation>
    </message>
</context>
<context>
    <name>MessageTextDialog</name>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="40"/>
        <source>E-mail texts of {0}</source>
        <translation>Textos de correo de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="46"/>
        <source>Introduction of a new pair</source>
        <translation>Presentación de una nueva pareja</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="47"/>
        <source>Reminder: no recent meeting</source>
        <translation>Recordatorio: sin reuniones recientes</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="48"/>
        <source>Reminder: check-in overdue</source>
        <translation>Recordatorio: seguimiento pendiente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="57"/>
        <source>Placeholders (a name after $ is filled in for each e-mail): {0}</source>
        <translation>Marcadores (un nombre tras $ se rellena en cada correo): {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="65"/>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="67"/>
        <source>Use MentorDesk&apos;s text</source>
        <translation>Usar el texto de MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="79"/>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="80"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/message_text_dialog.py" line="121"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>NextStageDialog</name>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="61"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="87"/>
        <source>Next stage</source>
        <extracomment>The former private names, still used by ui/dialogs/replace_mentor_dialog.py.</extracomment>
        <translation>Siguiente fase</translation>
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
        <translation>Ninguna: es la última fase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="73"/>
        <source>C&amp;orrect to an earlier stage</source>
        <translation>C&amp;orregir a una fase anterior</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="80"/>
        <source>Only to put right a stage recorded by mistake: the dates of the later stages are removed.</source>
        <translation>Solo para corregir una fase registrada por error: se eliminan las fechas de las fases posteriores.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="86"/>
        <source>Current stage</source>
        <translation>Fase actual</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="88"/>
        <source>&amp;Began on</source>
        <translation>&amp;Comenzó el</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="90"/>
        <source>Back to &amp;stage</source>
        <translation>Volver a la &amp;fase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="113"/>
        <source>Correct…</source>
        <translation>Corregir…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="113"/>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="115"/>
        <source>This relationship is already in its last stage.</source>
        <translation>Esta relación ya está en su última fase.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="127"/>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="135"/>
        <source>Correct the stage</source>
        <translation>Corregir la fase</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/relationship_dialogs.py" line="128"/>
        <source>Move {0} and {1} back from stage {2} ({3}) to stage {4} ({5})? The dates recorded for the later stages are removed.</source>
        <translation>¿Devolver a {0} y {1} de la fase {2} ({3}) a la fase {4} ({5})? Se eliminan las fechas registradas de las fases posteriores.</translation>
    </message>
</context>
<context>
    <name>PairDialog</name>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="77"/>
        <source>Pair two people</source>
        <translation>Emparejar a dos personas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="91"/>
        <source>No program</source>
        <translation>Sin programa</translation>
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
        <translation>&amp;Programa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="116"/>
        <source>&amp;Start</source>
        <translation>&amp;Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="117"/>
        <source>Meeting &amp;frequency</source>
        <translation>&amp;Frecuencia de reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="118"/>
        <source>Meeting m&amp;ode</source>
        <translation>M&amp;odalidad de reunión</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="145"/>
        <source>Choose a mentor and a mentee.</source>
        <translation>Elija un mentor y un mentee.</translation>
    </message>
</context>
<context>
    <name>PairRulesDialog</name>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="61"/>
        <source>Locks and exclusions</source>
        <extracomment>True once a rule was removed, so the caller knows its proposals are stale.</extracomment>
        <translation>Fijaciones y exclusiones</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="64"/>
        <source>Pairs HR decided on in {0}. A locked pair is kept in every run until it is approved; an excluded pair is never proposed. Remove a decision to let the matcher choose freely again.</source>
        <translation>Parejas sobre las que RR. HH. decidió en {0}. Una pareja fijada se mantiene en cada emparejamiento hasta que se apruebe; una pareja excluida nunca se propone. Elimine una decisión para que el emparejamiento vuelva a elegir libremente.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="74"/>
        <source>No locks or exclusions in this program.</source>
        <translation>No hay fijaciones ni exclusiones en este programa.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="78"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="80"/>
        <source>Forget this decision: the pair may be proposed again.</source>
        <translation>Olvidar esta decisión: la pareja podrá proponerse de nuevo.</translation>
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
        <translation>Decisión</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="37"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="41"/>
        <source>Locked</source>
        <translation>Fijada</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/pair_rules.py" line="41"/>
        <source>Excluded</source>
        <translation>Excluida</translation>
    </message>
</context>
<context>
    <name>ParticipantsTab</name>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="43"/>
        <source>Enrol people…</source>
        <translation>Inscribir personas…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="45"/>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="47"/>
        <source>Decline…</source>
        <translation>Rechazar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="49"/>
        <source>Waitlist…</source>
        <translation>A lista de espera…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/participants_tab.py" line="128"/>
        <source>{0}: held {1} of %Ln meeting(s)</source>
        <translation>
            <numerusform>{0}: {1} de %Ln reunión celebrada</numerusform>
            <numerusform>{0}: {1} de %Ln reuniones celebradas</numerusform>
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
        <translation>Archivada</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="52"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="64"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="65"/>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="66"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="67"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="68"/>
        <source>Branch</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="69"/>
        <source>Title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="70"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="72"/>
        <source>Hire date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="74"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/models/people_model.py" line="75"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>PeoplePickModel</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="76"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="77"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="78"/>
        <source>Branch</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="79"/>
        <source>Title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="80"/>
        <source>In this program</source>
        <translation>En este programa</translation>
    </message>
</context>
<context>
    <name>PeopleView</name>
    <message>
        <location filename="../../ui/views/people/view.py" line="96"/>
        <source>Search name, email, department, branch, competency…</source>
        <extracomment>The search keys are made this long after a reload, once the list is painted (see search_keys.py).</extracomment>
        <translation>Buscar nombre, correo, departamento, sede, competencia…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="99"/>
        <source>Show archived</source>
        <translation>Mostrar archivadas</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="103"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="94"/>
        <location filename="../../ui/views/people/view.py" line="104"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="105"/>
        <location filename="../../ui/views/people/view.py" line="361"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="154"/>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="155"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="167"/>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/view.py" line="269"/>
        <source>%Ln person(s)</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="271"/>
        <source>{0} of {1} shown</source>
        <translation>Se muestran {0} de {1}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/view.py" line="299"/>
        <source>%n people selected: archive them, change their role or enrol them in a program together.</source>
        <translation>
            <numerusform>%n persona seleccionada.</numerusform>
            <numerusform>%n personas seleccionadas: archívelas, cambie su rol o inscríbalas juntas en un programa.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="301"/>
        <source>Select one person to see their history.</source>
        <translation>Seleccione una sola persona para ver su historial.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="306"/>
        <source>Select a person to see their history.</source>
        <translation>Seleccione una persona para ver su historial.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="325"/>
        <source>No file is open.</source>
        <translation>No hay ningún archivo abierto.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="326"/>
        <source>No people yet. Click Add… or use File &gt; Import People… to load your HR export.</source>
        <translation>Aún no hay personas. Pulse Añadir… o use Archivo &gt; Importar personas… para cargar su exportación de RR. HH.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="329"/>
        <source>No one matches your search and filters. Clear filters shows everyone.</source>
        <translation>Nadie coincide con la búsqueda y los filtros. Quitar filtros muestra a todos.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="330"/>
        <source>No one matches your search.</source>
        <translation>Nadie coincide con su búsqueda.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="331"/>
        <source>Select a person to see their details.</source>
        <translation>Seleccione una persona para ver sus datos.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/view.py" line="361"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/people/view.py" line="366"/>
        <source>%n people selected</source>
        <translation>
            <numerusform>%n persona seleccionada</numerusform>
            <numerusform>%n personas seleccionadas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="98"/>
        <source>Export personal data…</source>
        <translation>Exportar datos personales…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="99"/>
        <source>Erase person…</source>
        <translation>Borrar persona…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="102"/>
        <source>Erasure log and old backups…</source>
        <translation>Registro de borrados y copias antiguas…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="95"/>
        <location filename="../../ui/views/people/view.py" line="124"/>
        <source>Change role…</source>
        <translation>Cambiar rol…</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/person_actions.py" line="96"/>
        <location filename="../../ui/views/people/view.py" line="126"/>
        <source>Enrol in program…</source>
        <translation>Inscribir en un programa…</translation>
    </message>
</context>
<context>
    <name>PersonCombo</name>
    <message>
        <location filename="../../ui/dialogs/pair_dialog.py" line="59"/>
        <source>Type to search…</source>
        <translation>Escriba para buscar…</translation>
    </message>
</context>
<context>
    <name>PersonDetail</name>
    <message>
        <location filename="../../ui/views/people/detail.py" line="60"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="60"/>
        <source>Employee ID</source>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="60"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="61"/>
        <source>Hire date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="61"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="61"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="62"/>
        <source>Mentor capacity</source>
        <translation>Capacidad como mentor</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="62"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="62"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="48"/>
        <source>&lt;b&gt;Competency portrait&lt;/b&gt;</source>
        <extracomment>The rows of the form, in order: (key, label); labels are translated in `PersonDetail._labels`.</extracomment>
        <translation>&lt;b&gt;Perfil de competencias&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/detail.py" line="57"/>
        <source>Select a person to see their details.</source>
        <translation>Seleccione una persona para ver sus datos.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="75"/>
        <source>Edit {0}</source>
        <translation>Editar a {0}</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="75"/>
        <source>Add person</source>
        <translation>Añadir persona</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="105"/>
        <source>e.g. E0123</source>
        <translation>p. ej., E0123</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="108"/>
        <source>name@company.com</source>
        <translation>nombre@empresa.com</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_manager.py" line="28"/>
        <source>(no manager)</source>
        <translation>(sin responsable)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="125"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="127"/>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="128"/>
        <source>The hire date is not known</source>
        <translation>Se desconoce la fecha de alta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="138"/>
        <source>two-letter codes, e.g. en, nl, es</source>
        <translation>códigos de dos letras, p. ej., en, nl, es</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="141"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="146"/>
        <source>How many mentees this person can take at a time</source>
        <translation>Cuántos mentees puede tener esta persona a la vez</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="33"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="152"/>
        <source>Employee ID</source>
        <extracomment>(field, theirs, yours, differs) -- one row of the comparison.</extracomment>
        <translation>N.º de empleado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="33"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="153"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="34"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="154"/>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="34"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="155"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="35"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="156"/>
        <source>Branch</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="35"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="157"/>
        <source>Title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="36"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="158"/>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="37"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="159"/>
        <source>Hire date</source>
        <translation>Fecha de alta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="37"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="160"/>
        <source>Languages</source>
        <translation>Idiomas</translation>
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
        <translation>Capacidad como mentor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="38"/>
        <location filename="../../ui/dialogs/person_dialog.py" line="163"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_portrait.py" line="33"/>
        <location filename="../../ui/dialogs/person_portrait.py" line="50"/>
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_portrait.py" line="34"/>
        <source>Current</source>
        <translation>Actual</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_portrait.py" line="34"/>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="170"/>
        <source>Add competency</source>
        <translation>Añadir competencia</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="171"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="178"/>
        <source>&lt;b&gt;Competency portrait&lt;/b&gt;</source>
        <translation>&lt;b&gt;Perfil de competencias&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="95"/>
        <source>Details</source>
        <translation>Datos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="187"/>
        <source>Willing to mentor now</source>
        <translation>Dispuesto/a a ser mentor ahora</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="189"/>
        <source>Why do they want to mentor?</source>
        <translation>¿Por qué quiere ser mentor?</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="191"/>
        <source>e.g. Tuesday mornings, flexible</source>
        <translation>p. ej., martes por la mañana, flexible</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="193"/>
        <source>How their mentoring is recognised</source>
        <translation>Cómo se reconoce su labor de mentor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="195"/>
        <source>Motivation</source>
        <translation>Motivación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="196"/>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="197"/>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="97"/>
        <source>Mentor profile</source>
        <translation>Perfil de mentor</translation>
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
        <translation>El nivel que se quiere alcanzar; — si no hay objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="282"/>
        <source>Recorded assessments stay in the person&apos;s history; set the level instead.</source>
        <translation>Las evaluaciones registradas permanecen en el historial de la persona; ajuste el nivel en su lugar.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_manager.py" line="57"/>
        <source>Choose the manager from the list (“{0}” is not a person here).</source>
        <translation>Elija el responsable de la lista («{0}» no es una persona de este archivo).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="39"/>
        <source>Archived</source>
        <translation>Archivada</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="55"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="56"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="80"/>
        <source>Theirs (saved)</source>
        <translation>La otra (guardada)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="81"/>
        <source>Yours</source>
        <translation>La suya</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="92"/>
        <source>Someone else changed this person</source>
        <translation>Otra persona ha modificado esta ficha</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="93"/>
        <source>Someone else saved this person after you opened it. Nothing was saved. Compare both versions and choose.</source>
        <translation>Otra persona guardó esta ficha después de que usted la abriera. No se guardó nada. Compare ambas versiones y elija.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="99"/>
        <source>Keep theirs</source>
        <translation>Conservar la suya</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_conflict.py" line="100"/>
        <source>Overwrite with mine</source>
        <translation>Sobrescribir con la mía</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/person_dialog.py" line="398"/>
        <source>Their version is shown; your changes were not saved.</source>
        <translation>Se muestra su versión; sus cambios no se guardaron.</translation>
    </message>
</context>
<context>
    <name>PersonHistoryPane</name>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="56"/>
        <source>Select a person to see their history.</source>
        <extracomment>relationship id -&gt; its clickable line in the Relationships section.</extracomment>
        <translation>Seleccione una persona para ver su historial.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="82"/>
        <source>Open this relationship on the Relationships screen</source>
        <translation>Abrir esta relación en la pantalla Relaciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="115"/>
        <source>{0} has not taken part in a program or a relationship yet.</source>
        <translation>{0} todavía no ha participado en ningún programa ni relación.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="119"/>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="120"/>
        <source>Not enrolled in any program.</source>
        <translation>No está inscrita en ningún programa.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="122"/>
        <source>Relationships</source>
        <translation>Relaciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="123"/>
        <source>No relationships.</source>
        <translation>Sin relaciones.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="124"/>
        <source>Mentors</source>
        <translation>Mentores</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="125"/>
        <source>No mentor so far.</source>
        <translation>Todavía sin mentor.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="126"/>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="127"/>
        <source>No mentees so far.</source>
        <translation>Todavía sin mentees.</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="133"/>
        <source>{0}: {1}, {2} (applied {3})</source>
        <translation>{0}: {1}, {2} (solicitado el {3})</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="137"/>
        <source>Mentor of {0}</source>
        <translation>Mentor de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="137"/>
        <source>Mentee of {0}</source>
        <translation>Mentee de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="140"/>
        <source>running, stage {0}: {1}</source>
        <translation>en curso, fase {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="142"/>
        <source>ended: {0}</source>
        <translation>terminada: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/people/history_pane.py" line="148"/>
        <source>{0} (now, since {1})</source>
        <translation>{0} (ahora, desde {1})</translation>
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
        <translation>Perfil de competencias</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="71"/>
        <source>{0}: level {1}</source>
        <translation>{0}: nivel {1}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="72"/>
        <source>{0}: level {1}, target {2}</source>
        <translation>{0}: nivel {1}, objetivo {2}</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/portrait_chart.py" line="94"/>
        <source>No competencies yet</source>
        <translation>Aún no hay competencias</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="215"/>
        <source>Preferred mentors</source>
        <translation>Mentores preferidos</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="215"/>
        <source>Mentees they would like</source>
        <translation>Mentees que le gustaría tener</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="218"/>
        <source>Mentors {0} would like to work with (at most {1}):</source>
        <translation>Mentores con los que {0} querría trabajar (máximo {1}):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="220"/>
        <source>Mentees {0} would like to take:</source>
        <translation>Mentees que {0} querría acompañar:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="251"/>
        <source>At most {0} preferred mentors: untick one first.</source>
        <translation>Máximo {0} mentores preferidos: desmarque uno primero.</translation>
    </message>
</context>
<context>
    <name>PrivacyTexts</name>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="41"/>
        <source>Export personal data</source>
        <translation>Exportar datos personales</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="41"/>
        <source>ZIP archives (*.zip)</source>
        <translation>Archivos ZIP (*.zip)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="54"/>
        <source>Personal data exported</source>
        <translation>Datos personales exportados</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/privacy_dialogs.py" line="55"/>
        <source>Wrote {0}: %Ln record(s) naming the person, as a JSON file for other systems and a PDF to read.</source>
        <translation>
            <numerusform>Se creó {0}: %Ln registro que nombra a la persona, como archivo JSON para otros sistemas y un PDF para leer.</numerusform>
            <numerusform>Se creó {0}: %Ln registros que nombran a la persona, como archivo JSON para otros sistemas y un PDF para leer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramDialog</name>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="66"/>
        <source>Edit program</source>
        <extracomment>Weights shown for a program that has none saved yet: the matcher&apos;s own defaults, so what HR sees is what the matcher uses.</extracomment>
        <translation>Editar programa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="66"/>
        <source>New program</source>
        <translation>Nuevo programa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="91"/>
        <source>Why the program exists, e.g. help new team leads grow.</source>
        <translation>Para qué existe el programa, p. ej., ayudar a crecer a los nuevos jefes de equipo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="95"/>
        <source>What the company wants to see, e.g. fill 60 % of team-lead vacancies from within.</source>
        <translation>Lo que la empresa quiere conseguir, p. ej., cubrir el 60 % de las vacantes de jefe de equipo con personal interno.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="104"/>
        <source>Starts on:</source>
        <translation>Empieza el:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="108"/>
        <source>Ends on:</source>
        <translation>Termina el:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="115"/>
        <source>Untick while the date is not fixed yet.</source>
        <translation>Desmarque mientras la fecha no esté fijada.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="126"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="127"/>
        <source>How long each mentoring relationship is planned to last; 6 to 12 months is usual.</source>
        <translation>Cuánto está previsto que dure cada relación de mentoría; lo habitual son de 6 a 12 meses.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="132"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="134"/>
        <source>Mentees accepted beyond this number go on a waiting list.</source>
        <translation>Los mentees aceptados por encima de este número pasan a la lista de espera.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="146"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="147"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalidad:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="148"/>
        <source>&amp;Business goal:</source>
        <translation>Objetivo de &amp;negocio:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="149"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="151"/>
        <source>&amp;Delivery:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="154"/>
        <source>(6–12 is usual)</source>
        <translation>(lo habitual: 6–12)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="156"/>
        <source>&amp;Relationship length:</source>
        <translation>&amp;Duración de la relación:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="221"/>
        <source>&amp;Maximum participants:</source>
        <translation>&amp;Máximo de participantes:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="222"/>
        <source>&amp;Maximum mentees:</source>
        <translation>&amp;Máximo de mentees:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="167"/>
        <source>Prefer the same branch</source>
        <translation>Preferir la misma sede</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="167"/>
        <source>Branch does not matter</source>
        <translation>La sede no importa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="168"/>
        <source>Prefer a different branch</source>
        <translation>Preferir otra sede</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="172"/>
        <source>Prefer mentors from another department</source>
        <translation>Preferir mentores de otro departamento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="191"/>
        <source>Mentor covers the mentee&apos;s gaps</source>
        <translation>El mentor cubre las carencias del mentee</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="191"/>
        <source>Branch</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="192"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="192"/>
        <source>Shared language</source>
        <translation>Idioma común</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="193"/>
        <source>Asked for each other</source>
        <translation>Se eligieron mutuamente</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="193"/>
        <source>Seniority difference</source>
        <translation>Diferencia de antigüedad</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="178"/>
        <source>Matching</source>
        <translation>Emparejamiento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="180"/>
        <source>Branches:</source>
        <translation>Sedes:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="182"/>
        <source>Weights (points; only their proportions matter):</source>
        <translation>Pesos (puntos; solo importan sus proporciones):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/program_dialog.py" line="272"/>
        <source>At least one matching weight must be above zero.</source>
        <translation>Al menos un peso de emparejamiento debe ser mayor que cero.</translation>
    </message>
</context>
<context>
    <name>ProgramPane</name>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="101"/>
        <source>up to %Ln mentee(s)</source>
        <translation>
            <numerusform>hasta %Ln mentee</numerusform>
            <numerusform>hasta %Ln mentees</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="102"/>
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="109"/>
        <source>%Ln visit(s)</source>
        <translation>
            <numerusform>%Ln visita</numerusform>
            <numerusform>%Ln visitas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/program_pane.py" line="110"/>
        <source>%Ln hour(s) each</source>
        <translation>
            <numerusform>%Ln hora cada una</numerusform>
            <numerusform>%Ln horas cada una</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramsView</name>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="30"/>
        <source>New…</source>
        <translation>Nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="32"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="34"/>
        <source>E-mail texts…</source>
        <translation>Textos de correo…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="36"/>
        <source>Edit the introduction and reminder e-mails of this program.</source>
        <translation>Editar los correos de presentación y de recordatorio de este programa.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="38"/>
        <source>Run again…</source>
        <translation>Repetir…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="40"/>
        <source>A new program with this one&apos;s settings, texts and weights, without its people.</source>
        <translation>Un programa nuevo con los ajustes, textos y pesos de este, sin sus personas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="42"/>
        <location filename="../../ui/views/programs/program_list.py" line="66"/>
        <source>Archive…</source>
        <translation>Archivar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="44"/>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="56"/>
        <location filename="../../ui/views/programs/view.py" line="80"/>
        <source>Programs</source>
        <translation>Programas</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_list.py" line="65"/>
        <source>Unarchive</source>
        <translation>Desarchivar</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="47"/>
        <source>Purpose:</source>
        <translation>Finalidad:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="48"/>
        <source>Business goal:</source>
        <translation>Objetivo de negocio:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="49"/>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="51"/>
        <source>Delivery:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="52"/>
        <source>Dates:</source>
        <translation>Fechas:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="53"/>
        <source>Relationships last:</source>
        <translation>Duración de las relaciones:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="55"/>
        <location filename="../../ui/views/programs/program_pane.py" line="115"/>
        <source>Maximum mentees:</source>
        <translation>Máximo de mentees:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="68"/>
        <source>Choose a program on the left, or create one with New…</source>
        <translation>Elija un programa a la izquierda o cree uno con Nuevo…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="70"/>
        <source>Mentees they&apos;d like…</source>
        <translation>Mentees que le gustarían…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="72"/>
        <location filename="../../ui/views/programs/participants_tab.py" line="96"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="94"/>
        <source>Preferences…</source>
        <translation>Preferencias…</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="76"/>
        <source>Mentor pool</source>
        <translation>Bolsa de mentores</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="77"/>
        <source>Mentees</source>
        <translation>Mentees</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="99"/>
        <source>Groups:</source>
        <translation>Grupos:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="104"/>
        <source>Juniors teach:</source>
        <translation>Los júnior enseñan:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="106"/>
        <source>Visits:</source>
        <translation>Visitas:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="108"/>
        <source>hosted by {0}</source>
        <translation>con {0} como anfitrión</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="114"/>
        <source>Maximum participants:</source>
        <translation>Máximo de participantes:</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="122"/>
        <source> (archived)</source>
        <translation> (archivada)</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="128"/>
        <source>Not fixed yet</source>
        <translation>Aún sin fijar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/programs/view.py" line="142"/>
        <source>%Ln month(s)</source>
        <translation>
            <numerusform>%Ln mes</numerusform>
            <numerusform>%Ln meses</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="134"/>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="135"/>
        <source>{0} — {1} accepted, {2} waiting</source>
        <translation>{0} — {1} aceptados, {2} en espera</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="140"/>
        <source>Mentor pool ({0})</source>
        <translation>Bolsa de mentores ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_pane.py" line="141"/>
        <source>Mentees ({0})</source>
        <translation>Mentees ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="74"/>
        <source>The program was not saved</source>
        <translation>El programa no se guardó</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="78"/>
        <source>Saved {0}.</source>
        <translation>{0} guardado.</translation>
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
        <translation>Se inscribió a {0} como {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="115"/>
        <source>mentors</source>
        <translation>mentores</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="116"/>
        <source>mentees</source>
        <translation>mentees</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="134"/>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="135"/>
        <source>Why is {0} declined? The reason is kept with the application.</source>
        <translation>¿Por qué se rechaza a {0}? El motivo se guarda con la solicitud.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="138"/>
        <source>Waiting list</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="139"/>
        <source>Why does {0} go on the waiting list?</source>
        <translation>¿Por qué pasa {0} a la lista de espera?</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="155"/>
        <source>Not every decision was saved</source>
        <translation>No se guardaron todas las decisiones</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="120"/>
        <location filename="../../ui/views/programs/actions.py" line="158"/>
        <source>The program is full: {0} went on the waiting list.</source>
        <translation>El programa está completo: {0} pasó a la lista de espera.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="200"/>
        <source>The preferences were not saved</source>
        <translation>Las preferencias no se guardaron</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="210"/>
        <source>Remove from program</source>
        <translation>Quitar del programa</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/actions.py" line="207"/>
        <source>Remove {0} from this program? Their application and status are removed; the people themselves stay.</source>
        <translation>¿Quitar a {0} de este programa? Se eliminan su solicitud y su estado; las personas se conservan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="109"/>
        <source>Select a mentor to read their motivation and evidence.</source>
        <translation>Seleccione un mentor para leer su motivación y sus méritos.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="123"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="124"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="125"/>
        <source>{0} years</source>
        <translation>{0} años</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="132"/>
        <source>{0} since {1}</source>
        <translation>{0} desde el {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="135"/>
        <source>Willing to mentor</source>
        <translation>Dispuesto/a a ser mentor</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="136"/>
        <source>Motivation</source>
        <translation>Motivación</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="137"/>
        <source>Availability</source>
        <translation>Disponibilidad</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="138"/>
        <source>Seniority</source>
        <translation>Antigüedad</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="139"/>
        <source>Expertise (level 4–5)</source>
        <translation>Especialidad (nivel 4–5)</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="140"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="140"/>
        <source>{0} at a time: {1} active now, {2} free</source>
        <translation>{0} a la vez: {1} activos ahora, {2} libres</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="142"/>
        <source>Attendance in past relationships</source>
        <translation>Asistencia en relaciones anteriores</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="143"/>
        <source>Recognition agreed</source>
        <translation>Reconocimiento acordado</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/participants_tab.py" line="144"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="42"/>
        <source>The program was not created</source>
        <translation>No se creó el programa</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="46"/>
        <source>Created {0} from {1}: enrol its people next.</source>
        <translation>Se creó {0} a partir de {1}: ahora inscriba a sus personas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="57"/>
        <source>Archive {0}? It is hidden from the lists and read-only; its relationships and reports stay. Unarchive brings it back (tick Show archived to see it).</source>
        <translation>¿Archivar {0}? Se oculta de las listas y queda de solo lectura; sus relaciones e informes se conservan. Desarchivar lo recupera (marque Mostrar archivados para verlo).</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="60"/>
        <source>Archive program</source>
        <translation>Archivar programa</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="78"/>
        <source>Archived {0}.</source>
        <translation>{0} archivado.</translation>
    </message>
    <message>
        <location filename="../../ui/views/programs/program_life.py" line="79"/>
        <source>{0} is no longer archived.</source>
        <translation>{0} ya no está archivado.</translation>
    </message>
</context>
<context>
    <name>ProposalDialog</name>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="82"/>
        <source>{0} and {1}</source>
        <translation>{0} y {1}</translation>
    </message>
</context>
<context>
    <name>ProposalExplanation</name>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="38"/>
        <source>Select a proposal to see why it was made.</source>
        <translation>Seleccione una propuesta para ver por qué se hizo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="43"/>
        <source>Score {0} of 100</source>
        <translation>Puntuación {0} de 100</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="44"/>
        <source>Locked by HR</source>
        <translation>Fijada por RR. HH.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/dialogs/proposal_dialog.py" line="47"/>
        <source>Group led by {0} (%Ln mentee(s)):</source>
        <translation>
            <numerusform>Grupo dirigido por {0} (%Ln mentee):</numerusform>
            <numerusform>Grupo dirigido por {0} (%Ln mentees):</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="50"/>
        <source>Not allowed:</source>
        <translation>No permitida:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="52"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="62"/>
        <source>Alternatives</source>
        <translation>Alternativas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/proposal_dialog.py" line="71"/>
        <source>No other mentor is allowed for this mentee.</source>
        <translation>No se permite ningún otro mentor para este mentee.</translation>
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
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="47"/>
        <source>Top reasons</source>
        <translation>Motivos principales</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="48"/>
        <location filename="../../ui/models/proposals_model.py" line="62"/>
        <source>Locked</source>
        <translation>Fijada</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="61"/>
        <source>Locked (not allowed)</source>
        <translation>Fijada (no permitida)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <location filename="../../ui/dialogs/enrol_dialog.py" line="198"/>
        <source>Give a reason, so the person can be told why.</source>
        <translation>Indique un motivo para poder explicárselo a la persona.</translation>
    </message>
</context>
<context>
    <name>RecordDeletions</name>
    <message>
        <location filename="../../ui/views/relationships/goals_tab.py" line="71"/>
        <source>Delete goal…</source>
        <translation>Eliminar objetivo…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/checkins_tab.py" line="33"/>
        <source>Delete check-in…</source>
        <translation>Eliminar seguimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/checkins_tab.py" line="35"/>
        <source>Hover over a score to read the question and any comment.</source>
        <translation>Pase el ratón sobre una puntuación para leer la pregunta y los comentarios.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="39"/>
        <source>This relationship is closed: nothing can be added to it, only mistakes deleted.</source>
        <translation>Esta relación está cerrada: no se le puede añadir nada, solo eliminar errores.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="52"/>
        <source>Delete the goal “{0}”? Its progress history goes with it, and it no longer shows in the attention list or reports.</source>
        <translation>¿Eliminar el objetivo «{0}»? Se elimina también su historial de progreso y deja de aparecer en la lista de atención y en los informes.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="54"/>
        <source>Delete goal</source>
        <translation>Eliminar objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="55"/>
        <source>Goal deleted.</source>
        <translation>Objetivo eliminado.</translation>
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
        <translation>¿Eliminar el seguimiento del {0} del {1}? Dejará de contar para el estado y los informes, y se eliminarán sus comentarios.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="64"/>
        <source>Delete check-in</source>
        <translation>Eliminar seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="66"/>
        <source>Check-in deleted.</source>
        <translation>Seguimiento eliminado.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/records.py" line="74"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>RelationshipsModel</name>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="186"/>
        <source>Held</source>
        <translation>Celebrada</translation>
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
        <translation>Valor recibido</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="100"/>
        <source>Value given</source>
        <translation>Valor aportado</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="101"/>
        <source>Meeting as planned</source>
        <translation>Reuniones según lo previsto</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="102"/>
        <source>Goals on track</source>
        <translation>Objetivos en marcha</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="103"/>
        <source>Trust</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="104"/>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="105"/>
        <source>Regular &amp; clear</source>
        <translation>Regularidad y claridad</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="106"/>
        <source>Responsibilities</source>
        <translation>Responsabilidades</translation>
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
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="173"/>
        <source>Health</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="176"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="178"/>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="181"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="183"/>
        <source>Planned end</source>
        <translation>Fin previsto</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="189"/>
        <source>Missed</source>
        <translation>Perdidas</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="191"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="193"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="231"/>
        <source>Goal</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="233"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="236"/>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="237"/>
        <source>{0}% done</source>
        <translation>{0} % hecho</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="239"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="241"/>
        <source>Competency</source>
        <translation>Competencia</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="280"/>
        <location filename="../../ui/models/relationships_model.py" line="339"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="282"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="284"/>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="287"/>
        <source>Mode</source>
        <translation>Modalidad</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="289"/>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="291"/>
        <source>Topics</source>
        <translation>Temas</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="293"/>
        <source>Notes (confidential)</source>
        <translation>Notas (confidenciales)</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="294"/>
        <source>Confidential: left out of printed reports unless HR includes them.</source>
        <translation>Confidencial: no aparece en los informes impresos salvo que RR. HH. lo incluya.</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="303"/>
        <source>Planned, not logged (overdue)</source>
        <translation>Prevista, sin registrar (vencida)</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="306"/>
        <source>(with notice)</source>
        <translation>(con preaviso)</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="307"/>
        <source>(no notice)</source>
        <translation>(sin preaviso)</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="341"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="342"/>
        <source>Average</source>
        <translation>Media</translation>
    </message>
    <message>
        <location filename="../../ui/models/relationships_model.py" line="354"/>
        <source>Comments</source>
        <translation>Comentarios</translation>
    </message>
</context>
<context>
    <name>RelationshipsView</name>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="43"/>
        <source>Prepare introduction…</source>
        <translation>Preparar presentación…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="45"/>
        <source>Write the introduction e-mail to both, with their meetings as a calendar file, and open it in your mail program.</source>
        <translation>Escribir el correo de presentación a ambos, con sus reuniones como archivo de calendario, y abrirlo en su programa de correo.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="37"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="39"/>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="43"/>
        <source>Search mentor or mentee…</source>
        <translation>Buscar mentor o mentee…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="26"/>
        <source>Pair two people…</source>
        <translation>Emparejar a dos personas…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="27"/>
        <source>Log meeting…</source>
        <translation>Registrar reunión…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="28"/>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="29"/>
        <source>Log a meeting of the selected pair (Ctrl+M)</source>
        <translation>Registrar una reunión de la pareja seleccionada (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="30"/>
        <source>Check-in…</source>
        <translation>Seguimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="31"/>
        <source>Next stage…</source>
        <translation>Siguiente fase…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="32"/>
        <source>Extend…</source>
        <translation>Ampliar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="33"/>
        <source>Close…</source>
        <translation>Cerrar…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="34"/>
        <source>Replace mentor…</source>
        <translation>Sustituir mentor…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="36"/>
        <source>Give the mentee a new mentor; their goals and history go with them.</source>
        <translation>Asignar un nuevo mentor al mentee; sus objetivos e historial se conservan.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="38"/>
        <source>Check-in forms…</source>
        <translation>Formularios de seguimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/action_bar.py" line="40"/>
        <source>Save fillable PDF check-in forms for the selected pair (or, with none selected, every due check-in of the program shown) in a folder.</source>
        <translation>Guardar en una carpeta formularios PDF rellenables de seguimiento para la pareja seleccionada (o, si no hay ninguna, para cada seguimiento previsto del programa mostrado).</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/goals_tab.py" line="69"/>
        <source>Add goal…</source>
        <translation>Añadir objetivo…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/goals_tab.py" line="70"/>
        <source>Edit goal…</source>
        <translation>Editar objetivo…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/meetings_tab.py" line="38"/>
        <source>Delete meeting…</source>
        <translation>Eliminar reunión…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/meetings_tab.py" line="40"/>
        <source>Newest first. Planned meetings that passed with nothing logged are shown in italics as “Planned, not logged (overdue)”. Notes are confidential. Double-click a meeting to correct it.</source>
        <translation>Las más recientes primero. Las reuniones previstas que pasaron sin registrarse aparecen en cursiva como «Prevista, sin registrar (vencida)». Las notas son confidenciales. Haga doble clic en una reunión para corregirla.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="54"/>
        <source>HR&apos;s summary of this relationship and the next steps…</source>
        <extracomment>The relationship the editor holds text for, and the stored summary that text started from.</extracomment>
        <translation>Resumen de RR. HH. sobre esta relación y próximos pasos…</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="56"/>
        <source>Save summary</source>
        <translation>Guardar resumen</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="57"/>
        <source>Changed elsewhere meanwhile — saving will overwrite their summary</source>
        <translation>Modificado en otro lugar mientras tanto: al guardar se sobrescribirá su resumen</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="71"/>
        <source>&lt;b&gt;Summary and next steps&lt;/b&gt;</source>
        <translation>&lt;b&gt;Resumen y próximos pasos&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="67"/>
        <source>Goals</source>
        <translation>Objetivos</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="68"/>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="69"/>
        <source>Check-ins</source>
        <translation>Seguimientos</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="70"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="50"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="52"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="128"/>
        <source>Relationships</source>
        <extracomment>Why the last reload read nothing (a damaged file): the empty pane says it instead of &quot;No relationships yet&quot;, which would read as if they were lost.</extracomment>
        <translation>Relaciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="69"/>
        <source>All programs</source>
        <translation>Todos los programas</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="96"/>
        <location filename="../../ui/views/relationships/filter_bar.py" line="72"/>
        <source>No program</source>
        <translation>Sin programa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/relationships/view.py" line="178"/>
        <source>%Ln relationship(s)</source>
        <translation>
            <numerusform>%Ln relación</numerusform>
            <numerusform>%Ln relaciones</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/filter_bar.py" line="106"/>
        <source>{0} of {1} shown</source>
        <translation>Se muestran {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="236"/>
        <source>No file is open.</source>
        <translation>No hay ningún archivo abierto.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="240"/>
        <source>No relationships yet. Pair two people, or approve a match on the Matching screen.</source>
        <translation>Aún no hay relaciones. Empareje a dos personas o apruebe un emparejamiento en la pantalla Emparejamiento.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="242"/>
        <source>No relationship matches the filters.</source>
        <translation>Ninguna relación coincide con los filtros.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/view.py" line="244"/>
        <source>Select a relationship to see its stages, goals, meetings and check-ins.</source>
        <translation>Seleccione una relación para ver sus fases, objetivos, reuniones y seguimientos.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="95"/>
        <source>{0} mentoring {1}</source>
        <translation>{0}, mentor de {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="97"/>
        <source>{0} to {1}</source>
        <translation>Del {0} al {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/detail_pane.py" line="100"/>
        <source>Closed {0}: {1}</source>
        <translation>Cerrada el {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="101"/>
        <source>Their summary:
{0}</source>
        <translation>Su resumen:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="121"/>
        <source>Extensions</source>
        <translation>Ampliaciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="124"/>
        <source>{0} → {1}: {2}</source>
        <translation>{0} → {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="127"/>
        <source>None.</source>
        <translation>Ninguno.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="129"/>
        <source>Closure</source>
        <translation>Cierre</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="131"/>
        <source>Still running; planned to end on {0}.</source>
        <translation>Sigue en curso; fin previsto el {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="134"/>
        <source>{0} on {1}.</source>
        <translation>{0} el {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="137"/>
        <source>Reason: {0}</source>
        <translation>Motivo: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="139"/>
        <source>Final reflection: {0}</source>
        <translation>Reflexión final: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="148"/>
        <source>Continues the relationship with {0} ({1}–{2}).</source>
        <translation>Continúa la relación con {0} ({1}–{2}).</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_tab.py" line="151"/>
        <source>Continued with {0} from {1}.</source>
        <translation>Continuó con {0} desde el {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="100"/>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="101"/>
        <source>Delete the meeting of {0} ({1})? It no longer counts towards attendance, hours or health, and its notes are removed.</source>
        <translation>¿Eliminar la reunión del {0} ({1})? Dejará de contar para la asistencia, las horas y el estado, y se eliminarán sus notas.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="107"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="123"/>
        <source>Meeting deleted.</source>
        <translation>Reunión eliminada.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/actions.py" line="189"/>
        <source>Summary saved.</source>
        <translation>Resumen guardado.</translation>
    </message>
</context>
<context>
    <name>ReplaceMentorDialog</name>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="40"/>
        <source>Replace mentor</source>
        <translation>Sustituir mentor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="43"/>
        <source>{0} continues with a new mentor instead of {1}. Their goals and the goals&apos; history go with them; this relationship closes as “Mentor replaced”, which counts neither as completed nor as ended early.</source>
        <translation>{0} continúa con un nuevo mentor en lugar de {1}. Sus objetivos y su historial se conservan; esta relación se cierra como «Mentor sustituido», que no cuenta ni como completada ni como finalizada antes de tiempo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="50"/>
        <source>Mentor</source>
        <translation>Mentor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="50"/>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="50"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="61"/>
        <source>Optional: why the mentor is replaced</source>
        <translation>Opcional: por qué se sustituye al mentor</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="64"/>
        <source>&amp;Reason</source>
        <translation>&amp;Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="65"/>
        <source>New mentor &amp;from</source>
        <translation>Nuevo mentor &amp;desde</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/replace_mentor_dialog.py" line="109"/>
        <source>Choose the new mentor.</source>
        <translation>Elija el nuevo mentor.</translation>
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
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="112"/>
        <source>Include private meeting notes</source>
        <translation>Incluir notas privadas de las reuniones</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="113"/>
        <source>Manager&apos;s copy (no notes, no check-in comments)</source>
        <translation>Copia para el responsable (sin notas ni comentarios de seguimiento)</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="117"/>
        <source>Options</source>
        <translation>Opciones</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="133"/>
        <source>All reports for this program…</source>
        <translation>Todos los informes de este programa…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="143"/>
        <location filename="../../ui/views/reports.py" line="186"/>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="146"/>
        <source>Program</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="148"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="168"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="171"/>
        <source>Save As…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="119"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="120"/>
        <source>Lan&amp;guage:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="195"/>
        <source>Cancelled. %n report file(s) written.</source>
        <translation>
            <numerusform>Cancelado. Se creó %n archivo de informe.</numerusform>
            <numerusform>Cancelado. Se crearon %n archivos de informe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="196"/>
        <source>%n report file(s) written to {0}.</source>
        <translation>
            <numerusform>Se creó %n archivo de informe en {0}.</numerusform>
            <numerusform>Se crearon %n archivos de informe en {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/reports.py" line="293"/>
        <source>Program summary</source>
        <translation>Resumen del programa</translation>
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
        <translation>Elija un programa y un informe.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="42"/>
        <source>Open a file to make reports.</source>
        <translation>Abra un archivo para crear informes.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="52"/>
        <location filename="../../ui/views/report_preview.py" line="76"/>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="72"/>
        <source>The preview could not be made: {0}</source>
        <translation>No se pudo crear la vista previa: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_preview.py" line="85"/>
        <source>The preview could not be opened.</source>
        <translation>No se pudo abrir la vista previa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="193"/>
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="67"/>
        <source>Save report</source>
        <translation>Guardar informe</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="68"/>
        <location filename="../../ui/views/report_output.py" line="169"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="76"/>
        <source>The report was saved as {0}.</source>
        <translation>El informe se guardó como {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="83"/>
        <source>There is no report to save yet.</source>
        <translation>Aún no hay ningún informe que guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="87"/>
        <source>The report was not saved</source>
        <translation>El informe no se guardó</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="89"/>
        <source>Saved to {0}</source>
        <translation>Guardado en {0}</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="98"/>
        <source>Print report</source>
        <translation>Imprimir informe</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="124"/>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/views/reports.py" line="191"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Se envió %n página a la impresora.</numerusform>
            <numerusform>Se enviaron %n páginas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="149"/>
        <source>All reports for this program</source>
        <translation>Todos los informes de este programa</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="150"/>
        <source>Write one PDF per relationship into a folder, or one combined PDF to print in a single go?</source>
        <translation>¿Crear un PDF por relación en una carpeta o un único PDF combinado para imprimirlo de una vez?</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="152"/>
        <source>One file each…</source>
        <translation>Un archivo por relación…</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="153"/>
        <source>One combined PDF…</source>
        <translation>Un PDF combinado…</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="155"/>
        <source>Also the program summary</source>
        <translation>También el resumen del programa</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="162"/>
        <source>Folder for the reports</source>
        <translation>Carpeta para los informes</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="168"/>
        <source>Combined report</source>
        <translation>Informe combinado</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="189"/>
        <source>Reading the relationships…</source>
        <translation>Leyendo las relaciones…</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="190"/>
        <source>Report {0} of {1}</source>
        <translation>Informe {0} de {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="219"/>
        <source>The reports were not written</source>
        <translation>Los informes no se crearon</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_output.py" line="223"/>
        <source>Writing the reports…</source>
        <translation>Creando los informes…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/file_actions.py" line="326"/>
        <source>Restore a backup of {0}</source>
        <translation>Restaurar una copia de seguridad de {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="327"/>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="331"/>
        <source>Choose the backup to restore. The file as it is now is kept as a backup first, so nothing is lost.</source>
        <translation>Elija la copia que desea restaurar. Antes se guarda una copia del archivo tal como está ahora, así que no se pierde nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="334"/>
        <source>Daily backups are kept for the last %Ln day(s) the file was opened.</source>
        <translation>
            <numerusform>Las copias diarias se conservan del último %Ln día en que se abrió el archivo.</numerusform>
            <numerusform>Las copias diarias se conservan de los últimos %Ln días en que se abrió el archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/file_actions.py" line="336"/>
        <source>The last %Ln backup(s) made before a merge are kept as well.</source>
        <translation>
            <numerusform>También se conserva la última %Ln copia hecha antes de una combinación.</numerusform>
            <numerusform>También se conservan las últimas %Ln copias hechas antes de una combinación.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="339"/>
        <source>Taken</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="339"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="339"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="345"/>
        <source>Daily, on open</source>
        <translation>Diaria, al abrir</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="345"/>
        <source>Before an upgrade</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="346"/>
        <source>Before a merge</source>
        <translation>Antes de una combinación</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="346"/>
        <source>By hand</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="347"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="347"/>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="348"/>
        <source>Before a bulk action</source>
        <translation>Antes de una acción masiva</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="357"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>RunAgainDialog</name>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="49"/>
        <source>Run again</source>
        <translation>Repetir programa</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="50"/>
        <source>A new program with the purpose, kind, rules, matching weights and e-mail texts of {0}. Its people are not copied: they apply again.</source>
        <translation>Un programa nuevo con el propósito, el tipo, las reglas, los pesos de emparejamiento y los textos de correo de {0}. Sus personas no se copian: vuelven a solicitarlo.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="57"/>
        <source>Starts on:</source>
        <translation>Empieza el:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="62"/>
        <source>Ends on:</source>
        <translation>Termina el:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="71"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/run_again_dialog.py" line="76"/>
        <source>Create</source>
        <translation>Crear</translation>
    </message>
</context>
<context>
    <name>SnoozeDialog</name>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="46"/>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="71"/>
        <source>Snooze</source>
        <extracomment>A week is long enough for a reminder email to be answered, short enough not to lose the item.</extracomment>
        <translation>Posponer</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="54"/>
        <source>Hide this item from the attention list until the day you choose. It comes back on that day if it still needs you.</source>
        <translation>Oculta este aviso de la lista de atención hasta el día que elija. Ese día vuelve a aparecer si sigue requiriendo su atención.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="65"/>
        <source>Why, e.g. “Asked Femke to book a meeting”</source>
        <translation>Motivo, p. ej., «He pedido a Femke que concierte una reunión»</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="76"/>
        <source>&amp;Until:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="77"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/snooze_dialog.py" line="94"/>
        <source>Write a short note, so you remember why this was put aside.</source>
        <translation>Escriba una nota breve para recordar por qué se pospuso.</translation>
    </message>
</context>
<context>
    <name>StageTimeline</name>
    <message>
        <location filename="../../ui/widgets/stage_timeline.py" line="45"/>
        <source>Stage timeline</source>
        <extracomment>How a stage&apos;s name is set under its dot: centred, wrapped at words.</extracomment>
        <translation>Cronología de fases</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stage_timeline.py" line="76"/>
        <source>current</source>
        <translation>actual</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/stage_timeline.py" line="76"/>
        <source>done</source>
        <translation>hecha</translation>
    </message>
</context>
<context>
    <name>SummaryGuard</name>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="57"/>
        <location filename="../../ui/views/relationships/summary_guard.py" line="125"/>
        <source>The summary you typed for {0} is not saved yet.</source>
        <translation>El resumen que escribió para {0} aún no se ha guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="58"/>
        <location filename="../../ui/views/relationships/summary_guard.py" line="126"/>
        <source>The summary you typed is not saved yet.</source>
        <translation>El resumen que escribió aún no se ha guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="65"/>
        <source>{0} and {1}</source>
        <translation>{0} y {1}</translation>
    </message>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="100"/>
        <source>Summary saved.</source>
        <translation>Resumen guardado.</translation>
    </message>
</context>
<context>
    <name>TableExports</name>
    <message numerus="yes">
        <location filename="../../ui/table_exports.py" line="76"/>
        <source>Exported %Ln row(s) to {0}.</source>
        <translation>
            <numerusform>Se exportó %Ln fila a {0}.</numerusform>
            <numerusform>Se exportaron %Ln filas a {0}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <location filename="../../ui/tasks.py" line="120"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="121"/>
        <source>MentorDesk</source>
        <translation>MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/tasks.py" line="142"/>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/tasks.py" line="298"/>
        <source>%Ln problems were found. Nothing was saved.</source>
        <translation>
            <numerusform>Se encontró %Ln problema. No se guardó nada.</numerusform>
            <numerusform>Se encontraron %Ln problemas. No se guardó nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/checkin_forms_actions.py" line="61"/>
        <source>%Ln form(s) saved in {0}. Attach each to an e-mail to its person; drop the returned files on this window to record them.</source>
        <translation>
            <numerusform>Se guardó %Ln formulario en {0}. Adjúntelo a un correo para su persona; arrastre los archivos devueltos a esta ventana para registrarlos.</numerusform>
            <numerusform>Se guardaron %Ln formularios en {0}. Adjunte cada uno a un correo para su persona; arrastre los archivos devueltos a esta ventana para registrarlos.</numerusform>
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
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../ui/models/proposals_model.py" line="76"/>
        <source>Waiting since</source>
        <translation>En espera desde</translation>
    </message>
</context>
<context>
    <name>WeightsDialog</name>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="32"/>
        <source>Match weights</source>
        <translation>Pesos del emparejamiento</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="34"/>
        <source>How much each part counts. Only the proportions matter: a perfect pair always scores 100.</source>
        <translation>Cuánto cuenta cada aspecto. Solo importan las proporciones: una pareja perfecta siempre obtiene 100.</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="48"/>
        <source>Prefer the same branch</source>
        <translation>Preferir la misma sede</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="48"/>
        <source>Does not matter</source>
        <translation>No importa</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="49"/>
        <source>Prefer another branch</source>
        <translation>Preferir otra sede</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="52"/>
        <source>Branch</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../ui/views/matching/weights_dialog.py" line="53"/>
        <source>Prefer mentors from another department</source>
        <translation>Preferir mentores de otro departamento</translation>
    </message>
</context>
<context>
    <name>checkin_forms</name>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="39"/>
        <source>Save check-in forms in</source>
        <translation>Guardar los formularios de seguimiento en</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="50"/>
        <source>Writing forms…</source>
        <translation>Creando formularios…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="56"/>
        <location filename="../../ui/checkin_forms_actions.py" line="60"/>
        <source>Check-in forms</source>
        <translation>Formularios de seguimiento</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="57"/>
        <source>No check-in is due, so no form was written.</source>
        <translation>No hay ningún seguimiento previsto, así que no se creó ningún formulario.</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="67"/>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="71"/>
        <source>Writing check-in forms…</source>
        <translation>Creando formularios de seguimiento…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="107"/>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/checkin_forms_actions.py" line="119"/>
        <source>Recording returned check-in forms…</source>
        <translation>Registrando los formularios de seguimiento devueltos…</translation>
    </message>
</context>
<context>
    <name>drafts</name>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="43"/>
        <source>Draft written to {0}; your mail program opens it.</source>
        <translation>Borrador guardado en {0}; su programa de correo lo abre.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="45"/>
        <source>Your mail program could not be started. The draft is in {0}; open it from there.</source>
        <translation>No se pudo iniciar su programa de correo. El borrador está en {0}; ábralo desde allí.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="65"/>
        <source>No introduction was written</source>
        <translation>No se escribió ninguna presentación</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/drafts.py" line="73"/>
        <source>No reminder was written</source>
        <translation>No se escribió ningún recordatorio</translation>
    </message>
</context>
<context>
    <name>file_actions</name>
    <message>
        <location filename="../../ui/file_actions.py" line="60"/>
        <source>&amp;Merge Another File…</source>
        <translation>&amp;Combinar otro archivo…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="62"/>
        <source>Merge &amp;Log…</source>
        <translation>&amp;Registro de combinaciones…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="64"/>
        <source>&amp;Back Up Now…</source>
        <translation>Crear copia de &amp;seguridad ahora…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="66"/>
        <source>&amp;Restore Backup…</source>
        <translation>&amp;Restaurar copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="79"/>
        <source>Open a file for editing before merging another into it.</source>
        <translation>Abra un archivo para editarlo antes de combinar otro con él.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="82"/>
        <source>Merge another MentorDesk file</source>
        <translation>Combinar otro archivo de MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="83"/>
        <source>MentorDesk files (*.db);;All files (*)</source>
        <translation>Archivos de MentorDesk (*.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="138"/>
        <source>Merge finished</source>
        <translation>Combinación terminada</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="142"/>
        <source>Merging {0}…</source>
        <translation>Combinando {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="146"/>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="152"/>
        <source>Another company&apos;s file</source>
        <translation>Archivo de otra empresa</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="154"/>
        <source>Merge this company&apos;s file anyway</source>
        <translation>Combinar de todos modos el archivo de esta empresa</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="273"/>
        <source>Back up to</source>
        <translation>Guardar copia en</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="274"/>
        <source>MentorDesk files (*.db)</source>
        <translation>Archivos de MentorDesk (*.db)</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="282"/>
        <source>Backed up to {0}</source>
        <translation>Copia guardada en {0}</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="291"/>
        <source>Restore backup</source>
        <translation>Restaurar copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="292"/>
        <source>There are no backups of this file yet.</source>
        <translation>Todavía no hay copias de seguridad de este archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="299"/>
        <source>This file is open read-only; someone else may be using it, so it cannot be replaced now.</source>
        <translation>Este archivo está abierto solo para lectura; puede que otra persona lo esté usando, así que ahora no se puede sustituir.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="311"/>
        <source>The backup from {0} was restored.</source>
        <translation>Se restauró la copia del {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="313"/>
        <source>The file as it was has been kept as a backup too.</source>
        <translation>El archivo tal como estaba también se ha guardado como copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="315"/>
        <source>The damaged file was kept as {0}.</source>
        <translation>El archivo dañado se conservó como {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="319"/>
        <source>Backup restored</source>
        <translation>Copia restaurada</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="168"/>
        <source>Erasures in the other file</source>
        <translation>Borrados en el otro archivo</translation>
    </message>
    <message>
        <location filename="../../ui/file_actions.py" line="174"/>
        <source>Apply the erasures and merge</source>
        <translation>Aplicar los borrados y combinar</translation>
    </message>
</context>
<context>
    <name>file_dialogs</name>
    <message>
        <location filename="../../ui/file_dialogs.py" line="99"/>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <location filename="../../ui/file_dialogs.py" line="101"/>
        <source>Open Folder</source>
        <translation>Abrir carpeta</translation>
    </message>
</context>
<context>
    <name>file_open</name>
    <message>
        <location filename="../../ui/file_open.py" line="32"/>
        <source>File in use</source>
        <translation>Archivo en uso</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="33"/>
        <source>You can open it read-only: you will see everything but cannot change it.</source>
        <translation>Puede abrirlo solo para lectura: lo verá todo, pero no podrá cambiar nada.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="35"/>
        <source>Open Read-Only</source>
        <translation>Abrir solo lectura</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="36"/>
        <source>Take Over</source>
        <translation>Tomar el control</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="50"/>
        <source>Cannot open file</source>
        <translation>No se puede abrir el archivo</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="51"/>
        <source>Nothing in the file was changed.</source>
        <translation>No se cambió nada en el archivo.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="52"/>
        <source>Restore a Backup…</source>
        <translation>Restaurar una copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="60"/>
        <source>File in a synced folder</source>
        <translation>Archivo en una carpeta sincronizada</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="61"/>
        <source>This file is in a {0} folder.</source>
        <translation>Este archivo está en una carpeta de {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="66"/>
        <source>File checked on opening</source>
        <translation>Archivo comprobado al abrir</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="72"/>
        <source>Conflict copies found</source>
        <translation>Se encontraron copias en conflicto</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="73"/>
        <source>The sync service left copies of this file that may hold changes made elsewhere:</source>
        <translation>El servicio de sincronización dejó copias de este archivo que pueden contener cambios hechos en otro lugar:</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="75"/>
        <source>Merge them into this file now? A backup is made first.</source>
        <translation>¿Combinarlas ahora con este archivo? Antes se crea una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="133"/>
        <source>Someone else has this file open for editing, so it is open for reading only.</source>
        <translation>Otra persona tiene este archivo abierto para editarlo, así que se ha abierto solo para lectura.</translation>
    </message>
    <message>
        <location filename="../../ui/file_open.py" line="178"/>
        <source>Someone else took over this file for editing, so it is now open for reading only. Reopen it later to continue editing.</source>
        <translation>Otra persona ha tomado el control de este archivo para editarlo, así que ahora está abierto solo para lectura. Vuelva a abrirlo más tarde para seguir editando.</translation>
    </message>
</context>
<context>
    <name>help_dialogs</name>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="55"/>
        <source>MentorDesk User Guide</source>
        <translation>Guía del usuario de MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="78"/>
        <source>The user guide could not be read. Your data is not affected; reinstall MentorDesk to repair its files.</source>
        <translation>No se pudo leer la guía del usuario. Sus datos no se ven afectados; vuelva a instalar MentorDesk para reparar sus archivos.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="128"/>
        <location filename="../../ui/dialogs/help_dialogs.py" line="145"/>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="154"/>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="160"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="160"/>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="161"/>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
</context>
<context>
    <name>menus</name>
    <message>
        <location filename="../../ui/menus.py" line="65"/>
        <source>&amp;Help</source>
        <extracomment>Buttons that save what the current screen holds, by attribute name, first visible one wins. Text size steps (points added to the system&apos;s font) that View &gt; Larger/Smaller Text allow.</extracomment>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="75"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="77"/>
        <source>&amp;Print Report…</source>
        <translation>&amp;Imprimir informe…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="100"/>
        <source>This screen saves every change as you make it; there is nothing to save.</source>
        <translation>Esta pantalla guarda cada cambio al hacerlo; no hay nada que guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="102"/>
        <source>There is nothing new to save here.</source>
        <translation>Aquí no hay nada nuevo que guardar.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="115"/>
        <source>Choose a report, then press Ctrl+P again to print it.</source>
        <translation>Elija un informe y pulse Ctrl+P de nuevo para imprimirlo.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="121"/>
        <source>The report is still being prepared; print it once the preview shows.</source>
        <translation>El informe aún se está preparando; imprímalo cuando aparezca la vista previa.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="129"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="132"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="134"/>
        <source>&amp;Delete Selected…</source>
        <translation>&amp;Eliminar selección…</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="152"/>
        <source>This screen has no search; People and Relationships have one.</source>
        <translation>Esta pantalla no tiene búsqueda; Personas y Relaciones sí la tienen.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="172"/>
        <source>Select the meeting, goal or check-in to delete first.</source>
        <translation>Seleccione primero la reunión, el objetivo o el seguimiento que desea eliminar.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="174"/>
        <source>Nothing on this screen is deleted with the Delete key.</source>
        <translation>En esta pantalla no se elimina nada con la tecla Supr.</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="180"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="197"/>
        <source>Show &amp;Archived People</source>
        <translation>Mostrar personas &amp;archivadas</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="202"/>
        <source>People &amp;Columns</source>
        <translation>&amp;Columnas de Personas</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="206"/>
        <source>&amp;Larger Text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="208"/>
        <source>S&amp;maller Text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="210"/>
        <source>&amp;Normal Text Size</source>
        <translation>Tamaño de texto &amp;normal</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="290"/>
        <source>MentorDesk &amp;User Guide</source>
        <translation>&amp;Guía del usuario de MentorDesk</translation>
    </message>
    <message>
        <location filename="../../ui/menus.py" line="292"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
</context>
<context>
    <name>people_import_flow</name>
    <message>
        <location filename="../../ui/people_import_flow.py" line="42"/>
        <source>Windows text (Western European)</source>
        <extracomment>The object name of the &quot;Read it that way?&quot; question (tests find it by this name).</extracomment>
        <translation>texto de Windows (Europa occidental)</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="43"/>
        <source>Windows text (Central European)</source>
        <translation>texto de Windows (Europa central)</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="51"/>
        <source>Open a file for editing before importing people into it.</source>
        <translation>Abra un archivo para editarlo antes de importar personas en él.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="56"/>
        <source>{0} could not be read ({1}). Nothing was imported.</source>
        <translation>No se pudo leer {0} ({1}). No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="70"/>
        <location filename="../../ui/people_import_flow.py" line="144"/>
        <source>Nothing was imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="79"/>
        <source>Import people</source>
        <translation>Importar personas</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="80"/>
        <source>This file looks like {0}. Read it that way?</source>
        <translation>Este archivo parece {0}. ¿Leerlo así?</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="84"/>
        <source>It is not saved as UTF-8 text. If names look wrong in the preview, cancel and save the file as &apos;CSV UTF-8&apos; instead.</source>
        <translation>No está guardado como texto UTF-8. Si los nombres se ven mal en la vista previa, cancele y guarde el archivo como «CSV UTF-8».</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="88"/>
        <source>Read as {0}</source>
        <translation>Leer como {0}</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="128"/>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/people_import_flow.py" line="146"/>
        <source>Importing people…</source>
        <translation>Importando personas…</translation>
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
        <translation> (archivado)</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="111"/>
        <location filename="../../ui/models/participants_model.py" line="142"/>
        <location filename="../../ui/models/participants_model.py" line="177"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="112"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="113"/>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="121"/>
        <source>{0} ({1} of {2})</source>
        <translation>{0} ({1} de {2})</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="127"/>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="127"/>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="143"/>
        <location filename="../../ui/models/participants_model.py" line="185"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="146"/>
        <source>Capacity</source>
        <translation>Capacidad</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="149"/>
        <source>Free</source>
        <translation>Libres</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="151"/>
        <source>Capacity {0} minus {1} active mentees</source>
        <translation>Capacidad {0} menos {1} mentees activos</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="153"/>
        <source>Attendance</source>
        <translation>Asistencia</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="154"/>
        <source>Meetings held, of those held or missed by the mentor, in every relationship they mentored</source>
        <translation>Reuniones celebradas, de las celebradas o perdidas por el mentor, en todas las relaciones en las que fue mentor</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="156"/>
        <source>Years</source>
        <translation>Años</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="157"/>
        <source>Expertise</source>
        <translation>Especialidad</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="159"/>
        <location filename="../../ui/models/participants_model.py" line="178"/>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="160"/>
        <location filename="../../ui/models/participants_model.py" line="179"/>
        <source>Branch</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="161"/>
        <source>Title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="162"/>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="163"/>
        <source>Willing / motivation</source>
        <translation>Disposición / motivación</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="180"/>
        <source>Gaps to close</source>
        <translation>Carencias por cubrir</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="183"/>
        <source>Preferred mentors</source>
        <translation>Mentores preferidos</translation>
    </message>
    <message>
        <location filename="../../ui/models/participants_model.py" line="188"/>
        <source>Waiting since</source>
        <translation>En espera desde</translation>
    </message>
</context>
<context>
    <name>quit_guard</name>
    <message>
        <location filename="../../ui/quit_guard.py" line="48"/>
        <source>Work is still running</source>
        <translation>Todavía hay trabajo en curso</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="49"/>
        <source>MentorDesk is still busy: {0}.</source>
        <translation>MentorDesk sigue ocupado: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="51"/>
        <source>saving</source>
        <translation>guardando</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="54"/>
        <source>Wait for it to finish and then quit, or stop it and quit: stopped work is not saved and the file stays as it was before it started.</source>
        <translation>Espere a que termine y salga, o deténgalo y salga: el trabajo detenido no se guarda y el archivo queda como estaba antes de empezar.</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="57"/>
        <source>Wait, then Quit</source>
        <translation>Esperar y salir</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="58"/>
        <source>Stop It and Quit</source>
        <translation>Detener y salir</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="59"/>
        <source>Keep Working</source>
        <translation>Seguir trabajando</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="67"/>
        <source>MentorDesk closes when the work has ended…</source>
        <translation>MentorDesk se cerrará cuando termine el trabajo…</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="104"/>
        <source>The summary you typed for {0} is not saved yet.</source>
        <translation>El resumen que escribió para {0} aún no se ha guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/quit_guard.py" line="106"/>
        <source>The summary you typed is not saved yet.</source>
        <translation>El resumen que escribió aún no se ha guardado.</translation>
    </message>
</context>
<context>
    <name>report_language</name>
    <message>
        <location filename="../../ui/views/report_language.py" line="24"/>
        <source>As in Preferences ({0})</source>
        <translation>Como en Preferencias ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/views/report_language.py" line="28"/>
        <source>The language of this report; the window keeps its own.</source>
        <translation>El idioma de este informe; la ventana mantiene el suyo.</translation>
    </message>
</context>
<context>
    <name>retention_box</name>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="42"/>
        <source>Privacy: how long this file keeps personal data</source>
        <translation>Privacidad: cuánto tiempo guarda este archivo los datos personales</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="48"/>
        <source>Open a file to set how long it keeps personal data.</source>
        <translation>Abra un archivo para fijar cuánto tiempo guarda los datos personales.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="55"/>
        <source> months</source>
        <translation> meses</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="27"/>
        <source>Confidential &amp;notes of closed relationships:</source>
        <extracomment>(object name, policy field, label) of each span, in the order shown.</extracomment>
        <translation>&amp;Notas confidenciales de relaciones cerradas:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="28"/>
        <source>&amp;Archived people without activity:</source>
        <translation>Personas &amp;archivadas sin actividad:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="29"/>
        <source>&amp;Backups:</source>
        <translation>&amp;Copias de seguridad:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="60"/>
        <source>Kept in {0} and used on every computer that opens it: notes are removed and backups deleted when the file is opened; archived people are offered for erasure.</source>
        <translation>Se guarda en {0} y se aplica en todos los equipos que lo abren: al abrir el archivo se eliminan las notas y se borran las copias de seguridad; se propone borrar a las personas archivadas.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/retention_box.py" line="64"/>
        <source>This file is open read-only, so its retention cannot be changed now.</source>
        <translation>Este archivo está abierto solo para lectura, así que ahora no se puede cambiar su conservación.</translation>
    </message>
</context>
<context>
    <name>table_exports</name>
    <message>
        <location filename="../../ui/table_exports.py" line="37"/>
        <source>&amp;Relationships…</source>
        <translation>&amp;Relaciones…</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="38"/>
        <source>&amp;Meetings…</source>
        <translation>Re&amp;uniones…</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="39"/>
        <source>&amp;Goals…</source>
        <translation>&amp;Objetivos…</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="40"/>
        <source>&amp;Check-ins…</source>
        <translation>&amp;Seguimientos…</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="46"/>
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="63"/>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="64"/>
        <source>Excel workbook (*.xlsx);;CSV file (*.csv)</source>
        <translation>Libro de Excel (*.xlsx);;Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="80"/>
        <source>Nothing was exported</source>
        <translation>No se exportó nada</translation>
    </message>
    <message>
        <location filename="../../ui/table_exports.py" line="82"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../ui/tasks.py" line="289"/>
        <source>Something went wrong and the action was not completed: {0}</source>
        <extracomment>Set while the application ends: finished tasks then skip their callbacks (see `shutdown`).</extracomment>
        <translation>Algo salió mal y la acción no se completó: {0}</translation>
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
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="52"/>
        <location filename="../../ui/undo_menu.py" line="78"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="77"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Deshacer {0}</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="85"/>
        <source>There is nothing to undo: no edit, import, merge or bulk action yet.</source>
        <translation>No hay nada que deshacer: todavía no hay ninguna edición, importación, fusión ni acción masiva.</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="92"/>
        <location filename="../../ui/undo_menu.py" line="137"/>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="93"/>
        <location filename="../../ui/undo_menu.py" line="138"/>
        <source>Undo the {0}?</source>
        <translation>¿Deshacer: {0}?</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="97"/>
        <source>The file goes back to how it was just before it ({0}). {1} The file as it is now is kept as a backup (File &gt; Restore Backup).</source>
        <translation>El archivo vuelve a como estaba justo antes ({0}). {1} El archivo tal como está ahora se guarda como copia de seguridad (Archivo &gt; Restaurar copia de seguridad).</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="100"/>
        <location filename="../../ui/undo_menu.py" line="143"/>
        <source>Undo {0}</source>
        <translation>Deshacer {0}</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="122"/>
        <location filename="../../ui/undo_menu.py" line="155"/>
        <source>Nothing was undone</source>
        <translation>No se deshizo nada</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="127"/>
        <location filename="../../ui/undo_menu.py" line="158"/>
        <source>Undone: {0}.</source>
        <translation>Deshecho: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/undo_menu.py" line="141"/>
        <source>The values from before the edit ({0}) come back; nothing else in the file changes.</source>
        <translation>Vuelven los valores de antes de la edición ({0}); nada más cambia en el archivo.</translation>
    </message>
</context>
<context>
    <name>unsaved</name>
    <message>
        <location filename="../../ui/views/relationships/summary_guard.py" line="124"/>
        <location filename="../../ui/widgets/unsaved.py" line="134"/>
        <source>Unsaved changes</source>
        <extracomment>Attribute names of widgets that hold a view onto the data, not the data (never asked about).</extracomment>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unsaved.py" line="135"/>
        <source>You have changes that are not saved yet.</source>
        <translation>Tiene cambios que aún no se han guardado.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/unsaved.py" line="139"/>
        <source>Save them, discard them, or go back to keep editing?</source>
        <translation>¿Guardarlos, descartarlos o volver para seguir editando?</translation>
    </message>
</context>
</TS>
