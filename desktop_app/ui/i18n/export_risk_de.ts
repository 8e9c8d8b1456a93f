<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the register</source>
        <translation>Register prüfen</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>Sicherung prüfen…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>Sicherung prüfen</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>{0} wird geprüft…</translation>
    </message>
    <message>
        <source>Checking the register</source>
        <translation>Register wird geprüft</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <source>Problems found.</source>
        <translation>Probleme gefunden.</translation>
    </message>
    <message>
        <source>The check could not be made.</source>
        <translation>Die Prüfung konnte nicht durchgeführt werden.</translation>
    </message>
</context>
<context>
    <name>ExposuresView</name>
    <message>
        <source>Code: the measure&apos;s list and the item share a code, or one covers the other (HS and CN digits, control numbers and their sub-entries, the crosswalk).</source>
        <translation>Code: Die Liste der Maßnahme und das Gut haben einen Code gemeinsam, oder einer umfasst den anderen (HS- und KN-Stellen, Kontrollnummern und ihre Unterpositionen, die Konkordanz).</translation>
    </message>
    <message>
        <source>Item vocabulary: the item&apos;s name is a term (or another name of one) that the list&apos;s entry covers, itself or through a broader term, at the stages the list names.</source>
        <translation>Güterverzeichnis: Der Name des Guts ist ein Begriff (oder ein anderer Name eines Begriffs), den der Listeneintrag selbst oder über einen weiteren Begriff umfasst, auf den Stufen, die die Liste nennt.</translation>
    </message>
    <message>
        <source>Same words only: no vocabulary term describes the item. If the match is right, a synonym (Edit &gt; Screening synonyms) makes screening read the name as a known term.</source>
        <translation>Nur dieselben Wörter: Kein Fachbegriff beschreibt das Gut. Stimmt der Treffer, lässt ein Synonym (Bearbeiten &gt; Screening-Synonyme) das Screening den Namen als bekannten Begriff lesen.</translation>
    </message>
    <message>
        <source>high: recorded codes or countries and a known stage.</source>
        <translation>hoch: erfasste Codes oder Länder und eine bekannte Stufe.</translation>
    </message>
    <message>
        <source>medium: a country read from the activity text and not confirmed, or an item whose stage is not known.</source>
        <translation>mittel: ein aus der Tätigkeitsbeschreibung gelesenes, nicht bestätigtes Land oder ein Gut unbekannter Stufe.</translation>
    </message>
    <message>
        <source>low: the same words only (no vocabulary term describes it).</source>
        <translation>niedrig: nur dieselben Wörter (kein Fachbegriff beschreibt es).</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>activity text</source>
        <translation>Tätigkeitsbeschreibung</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>foreign partner</source>
        <translation>ausländischer Partner</translation>
    </message>
    <message>
        <source>own mine</source>
        <translation>eigene Mine</translation>
    </message>
    <message>
        <source>list entry</source>
        <translation>Listeneintrag</translation>
    </message>
</context>
<context>
    <name>LineageTab</name>
    <message>
        <source>Add link…</source>
        <translation>Verknüpfung hinzufügen…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
    <message>
        <source>No links yet. Add link… records that this measure finalises, amends, suspends or supersedes another.</source>
        <translation>Noch keine Verknüpfungen. „Verknüpfung hinzufügen…“ hält fest, dass diese Maßnahme eine andere finalisiert, ändert, aussetzt oder ersetzt.</translation>
    </message>
    <message>
        <source>Remove the link &quot;{0}&quot;? The audit log keeps what it said.</source>
        <translation>Die Verknüpfung „{0}“ entfernen? Das Prüfprotokoll behält, was sie besagte.</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>Verknüpfung entfernen</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to another measure</source>
        <translation>Mit einer anderen Maßnahme verknüpfen</translation>
    </message>
    <message>
        <source>This measure</source>
        <translation>Diese Maßnahme</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Verknüpfung</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>Andere Maßnahme</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Choose the other measure (type part of its reference or title).</source>
        <translation>Wählen Sie die andere Maßnahme (tippen Sie einen Teil ihrer Referenz oder ihres Titels).</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Note: {0}.</source>
        <translation>Notiz: {0}.</translation>
    </message>
    <message>
        <source>{0} is sound: its pages and foreign keys are intact, the audit trail of {1} entries is unbroken (head {2}), {3} records match their sealed state and the rules hold.</source>
        <translation>{0} ist in Ordnung: Seiten und Fremdschlüssel sind intakt, die Protokollkette aus {1} Einträgen ist lückenlos (Kopf {2}), {3} Datensätze entsprechen ihrem versiegelten Stand, und die Regeln sind erfüllt.</translation>
    </message>
    <message>
        <source>{0} problems in {1}:</source>
        <translation>{0} Probleme in {1}:</translation>
    </message>
    <message>
        <source>If records were changed outside the application, check a backup (Check a backup…), then restore it with File &gt; Restore from backup…, or correct the records in the application.</source>
        <translation>Wurden Datensätze außerhalb der Anwendung geändert, prüfen Sie eine Sicherung (Sicherung prüfen…) und stellen Sie sie dann mit Datei &gt; Aus Sicherung wiederherstellen… wieder her, oder korrigieren Sie die Datensätze in der Anwendung.</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Restore works on register files; a shared PostgreSQL register is restored with pg_dump and pg_restore.</source>
        <translation>Die Wiederherstellung arbeitet mit Registerdateien; ein gemeinsames PostgreSQL-Register wird mit pg_dump und pg_restore wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore the register from</source>
        <translation>Register wiederherstellen aus</translation>
    </message>
    <message>
        <source>Replace the register {0} with the backup {1}? The backup is verified first; the register as it is now is kept as a safety copy, and the restore is written in the audit trail. Changes since the backup will no longer show.</source>
        <translation>Das Register {0} durch die Sicherung {1} ersetzen? Die Sicherung wird zuerst geprüft; der jetzige Stand des Registers bleibt als Sicherheitskopie erhalten, und die Wiederherstellung wird im Prüfprotokoll vermerkt. Änderungen seit der Sicherung sind dann nicht mehr zu sehen.</translation>
    </message>
    <message>
        <source>Restored {0} from {1}. The previous state is saved as {2}.</source>
        <translation>{0} aus {1} wiederhergestellt. Der vorherige Stand ist als {2} gespeichert.</translation>
    </message>
    <message>
        <source>The register was not restored</source>
        <translation>Das Register wurde nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>Restoring the register</source>
        <translation>Register wird wiederhergestellt</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <source>Risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>Levels (lowest first)</source>
        <translation>Stufen (niedrigste zuerst)</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation>Überprüfung alle (Tage)</translation>
    </message>
    <message>
        <source>Level of each cell (rows: likelihood, columns: impact)</source>
        <translation>Stufe jeder Zelle (Zeilen: Wahrscheinlichkeit, Spalten: Auswirkung)</translation>
    </message>
    <message>
        <source>Save the risk matrix</source>
        <translation>Risikomatrix speichern</translation>
    </message>
    <message>
        <source>Risk matrix saved; {0} assessments changed level.</source>
        <translation>Risikomatrix gespeichert; bei {0} Bewertungen hat sich die Stufe geändert.</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <source>announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>Inkrafttreten</translation>
    </message>
    <message>
        <source>  {0}: {1} (title {2:.0f}% alike, same {3} date)</source>
        <translation>  {0}: {1} (Titel zu {2:.0f}% ähnlich, gleiches Datum der {3})</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>Mögliches Duplikat</translation>
    </message>
    <message>
        <source>The register already has a measure of the same authority and date with a similar title:
{0}

Save this new measure anyway?</source>
        <translation>Das Register enthält bereits eine Maßnahme derselben Behörde und desselben Datums mit ähnlichem Titel:
{0}

Diese neue Maßnahme trotzdem speichern?</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Import update pack</source>
        <translation>Aktualisierungspaket importieren</translation>
    </message>
    <message>
        <source>measures as .csv or .xlsx (a workbook&apos;s Clauses, Suspension windows and Lineage sheets join the pack)</source>
        <translation>Maßnahmen als .csv oder .xlsx (die Blätter Klauseln, Aussetzungszeiträume und Herkunft einer Arbeitsmappe gehören zum Paket)</translation>
    </message>
    <message>
        <source>optional: clauses as .csv or .xlsx</source>
        <translation>optional: Klauseln als .csv oder .xlsx</translation>
    </message>
    <message>
        <source>optional: suspension windows as .csv or .xlsx</source>
        <translation>optional: Aussetzungszeiträume als .csv oder .xlsx</translation>
    </message>
    <message>
        <source>optional: links as .csv (from_reference, kind, to_reference, note)</source>
        <translation>optional: Verknüpfungen als .csv (from_reference, kind, to_reference, note)</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Klauseln</translation>
    </message>
    <message>
        <source>Suspension windows</source>
        <translation>Aussetzungszeiträume</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Verknüpfungen</translation>
    </message>
    <message>
        <source>A pack never touches this register&apos;s assessments, notes or dismissals, and leaves measures archived here as they are. Importing it twice changes nothing.</source>
        <translation>Ein Paket ändert nie die Bewertungen, Notizen oder Verwerfungen dieses Registers und lässt hier archivierte Maßnahmen unverändert. Ein zweiter Import ändert nichts.</translation>
    </message>
    <message>
        <source>Check the pack to see what it would add and change.</source>
        <translation>Prüfen Sie das Paket, um zu sehen, was es hinzufügen und ändern würde.</translation>
    </message>
    <message>
        <source>Check pack</source>
        <translation>Paket prüfen</translation>
    </message>
    <message>
        <source>Import pack</source>
        <translation>Paket importieren</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Choose a file of the pack</source>
        <translation>Eine Datei des Pakets auswählen</translation>
    </message>
    <message>
        <source>Check the pack first: nothing is written until you press Import pack.</source>
        <translation>Prüfen Sie zuerst das Paket: Nichts wird geschrieben, bevor Sie auf „Paket importieren“ klicken.</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 wird importiert</translation>
    </message>
    <message>
        <source>%1 error(s): fix the pack and check it again; nothing can be imported while any row has an error.</source>
        <translation>%1 Fehler: Korrigieren Sie das Paket und prüfen Sie es erneut; solange eine Zeile einen Fehler hat, kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Bereit zum Import.</translation>
    </message>
    <message>
        <source>Nothing to import: the register already has everything in this pack.</source>
        <translation>Nichts zu importieren: Das Register enthält bereits alles aus diesem Paket.</translation>
    </message>
    <message>
        <source>Imported. %1.</source>
        <translation>Importiert. %1.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>Warnung: </translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report language</source>
        <translation>Berichtssprache</translation>
    </message>
</context>
<context>
    <name>SynonymsDialog</name>
    <message>
        <source>Screening synonyms</source>
        <translation>Screening-Synonyme</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Filter synonyms…</source>
        <translation>Synonyme filtern…</translation>
    </message>
    <message>
        <source>a name found in item lists, e.g. flake graphite</source>
        <translation>ein Name aus Güterlisten, z. B. flake graphite</translation>
    </message>
    <message>
        <source>what screening reads it as, e.g. graphite</source>
        <translation>als was das Screening ihn liest, z. B. graphite</translation>
    </message>
    <message>
        <source>New synonym</source>
        <translation>Neues Synonym</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Save the synonym</source>
        <translation>Synonym speichern</translation>
    </message>
    <message>
        <source>Synonym not saved</source>
        <translation>Synonym nicht gespeichert</translation>
    </message>
    <message>
        <source>Remove synonym</source>
        <translation>Synonym entfernen</translation>
    </message>
    <message>
        <source>Remove the synonym &quot;{0}&quot; (read as &quot;{1}&quot;)?</source>
        <translation>Das Synonym „{0}“ (gelesen als „{1}“) entfernen?</translation>
    </message>
    <message>
        <source>Remove the synonym</source>
        <translation>Synonym entfernen</translation>
    </message>
    <message>
        <source>Synonym not removed</source>
        <translation>Synonym nicht entfernt</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Export &amp;view as CSV…</source>
        <translation>Ansicht als CSV e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Chec&amp;k the register…</source>
        <translation>Register &amp;prüfen…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <source>Screening &amp;synonyms…</source>
        <translation>Screening-&amp;Synonyme…</translation>
    </message>
    <message>
        <source>Risk &amp;matrix…</source>
        <translation>Risiko&amp;matrix…</translation>
    </message>
    <message>
        <source>Export view as CSV</source>
        <translation>Ansicht als CSV exportieren</translation>
    </message>
    <message>
        <source>Show a table (measures, joint ventures, assessments, exposures, events or the audit log) to export it.</source>
        <translation>Zeigen Sie eine Tabelle an (Maßnahmen, Joint Ventures, Bewertungen, Betroffenheiten, Ereignisse oder das Prüfprotokoll), um sie zu exportieren.</translation>
    </message>
    <message>
        <source>Export the view as</source>
        <translation>Ansicht exportieren als</translation>
    </message>
    <message>
        <source>Wrote {0} rows to {1}</source>
        <translation>{0} Zeilen nach {1} geschrieben</translation>
    </message>
    <message>
        <source>Exporting the view</source>
        <translation>Ansicht wird exportiert</translation>
    </message>
    <message>
        <source>The view was not exported</source>
        <translation>Die Ansicht wurde nicht exportiert</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Export Risk Register user guide</source>
        <translation>Benutzerhandbuch zu Export Risk Register</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation. Reinstall the application to get it back.</source>
        <translation>Das Benutzerhandbuch fehlt in dieser Installation. Installieren Sie die Anwendung neu, um es zurückzubekommen.</translation>
    </message>
    <message>
        <source>Could not prepare the user guide</source>
        <translation>Das Benutzerhandbuch konnte nicht vorbereitet werden</translation>
    </message>
    <message>
        <source>No program here opens web pages. The user guide is saved as {0}; use Show in folder to find it.</source>
        <translation>Kein Programm hier öffnet Webseiten. Das Benutzerhandbuch ist gespeichert als {0}; mit „Im Ordner anzeigen“ finden Sie es.</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>No file manager is available. The user guide is in {0}</source>
        <translation>Kein Dateimanager verfügbar. Das Benutzerhandbuch liegt in {0}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Import &amp;update pack…</source>
        <translation>Akt&amp;ualisierungspaket importieren…</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Register databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Register-Datenbanken (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;PDF briefing…</source>
        <translation>&amp;PDF-Briefing…</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook…</source>
        <translation>E&amp;xcel-Arbeitsmappe…</translation>
    </message>
    <message>
        <source>Load &amp;demo register</source>
        <translation>&amp;Demo-Register laden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>&amp;Neuer Datensatz…</translation>
    </message>
    <message>
        <source>New {label}…</source>
        <translation>{label} neu anlegen…</translation>
    </message>
    <message>
        <source>Op&amp;en record…</source>
        <translation>Datensatz ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>Wieder&amp;herstellen</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>&amp;Verlauf anzeigen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen…</translation>
    </message>
    <message>
        <source>Jurisdiction &amp;groups…</source>
        <translation>&amp;Rechtsraumgruppen…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;About Export Risk Register</source>
        <translation>Ü&amp;ber Export Risk Register</translation>
    </message>
    <message>
        <source>Open re&amp;cent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Archived {n} {noun}; Ctrl+Z undoes it.</source>
        <translation>{n} {noun} archiviert; Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Restored {n} {noun}; Ctrl+Z undoes it.</source>
        <translation>{n} {noun} wiederhergestellt; Strg+Z macht es rückgängig.</translation>
    </message>
    <message>
        <source>Reports are not available ({exc}).</source>
        <translation>Berichte sind nicht verfügbar ({exc}).</translation>
    </message>
    <message>
        <source>New register database</source>
        <translation>Neue Register-Datenbank</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>{chosen} already exists. Use Open database to open it.</source>
        <translation>{chosen} existiert bereits. Öffnen Sie sie mit „Datenbank öffnen“.</translation>
    </message>
    <message>
        <source>Open register database</source>
        <translation>Register-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Opening the register</source>
        <translation>Register wird geöffnet</translation>
    </message>
    <message>
        <source>Could not open the register</source>
        <translation>Das Register konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <source>Open a table to choose its columns</source>
        <translation>Öffnen Sie eine Tabelle, um ihre Spalten zu wählen</translation>
    </message>
    <message>
        <source>Back up the register to</source>
        <translation>Register sichern nach</translation>
    </message>
    <message>
        <source>Backing up the register</source>
        <translation>Register wird gesichert</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Backup written and verified:
{dest}</source>
        <translation>Sicherung geschrieben und geprüft:
{dest}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>Die Sicherung wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Datei ersetzen?</translation>
    </message>
    <message>
        <source>{target} already exists. Replace it with the new backup?</source>
        <translation>{target} existiert bereits. Durch die neue Sicherung ersetzen?</translation>
    </message>
    <message>
        <source>Demo register loaded.</source>
        <translation>Demo-Register geladen.</translation>
    </message>
    <message>
        <source>Could not load the demo register</source>
        <translation>Das Demo-Register konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Loading the demo register</source>
        <translation>Demo-Register wird geladen</translation>
    </message>
    <message>
        <source>An empty register</source>
        <translation>Ein leeres Register</translation>
    </message>
    <message>
        <source>This register has no records yet. Load the demo register (30 real export-control measures with their clauses and suspensions, 6 fictional joint ventures, 12 assessments) to explore the application? You can archive the demo records later.</source>
        <translation>Dieses Register enthält noch keine Datensätze. Demo-Register laden (30 reale Exportkontrollmaßnahmen mit ihren Klauseln und Aussetzungen, 6 fiktive Joint Ventures, 12 Bewertungen), um die Anwendung kennenzulernen? Die Demo-Datensätze können Sie später archivieren.</translation>
    </message>
    <message>
        <source>Export Risk Register {version}: export-control measures, joint ventures and their risk.

Register: {register}

Keyboard shortcuts:
{keys}</source>
        <translation>Export Risk Register {version}: Exportkontrollmaßnahmen, Joint Ventures und ihr Risiko.

Register: {register}

Tastenkürzel:
{keys}</translation>
    </message>
    <message>
        <source>About Export Risk Register</source>
        <translation>Über Export Risk Register</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Export Risk Register</source>
        <translation>Export Risk Register</translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation>Das Register kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>assessment_form</name>
    <message>
        <source>Action</source>
        <translation>Maßnahme (Aktion)</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>Fällig (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>choose a measure</source>
        <translation>Maßnahme wählen</translation>
    </message>
    <message>
        <source>choose a joint venture</source>
        <translation>Joint Venture wählen</translation>
    </message>
    <message>
        <source>choose a likelihood</source>
        <translation>Wahrscheinlichkeit wählen</translation>
    </message>
    <message>
        <source>choose an impact</source>
        <translation>Auswirkung wählen</translation>
    </message>
    <message>
        <source>After mitigation:</source>
        <translation>Nach Minderung:</translation>
    </message>
    <message>
        <source>default: {actor}</source>
        <translation>Standard: {actor}</translation>
    </message>
    <message>
        <source>label of the measure&apos;s clause it depends on (empty: all of it)</source>
        <translation>Bezeichnung der Klausel der Maßnahme, von der sie abhängt (leer: die ganze Maßnahme)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>JJJJ-MM-TT (Standard: heute)</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: from the risk level)</source>
        <translation>JJJJ-MM-TT (Standard: nach Risikostufe)</translation>
    </message>
    <message>
        <source>Measure *</source>
        <translation>Maßnahme *</translation>
    </message>
    <message>
        <source>Joint venture *</source>
        <translation>Joint Venture *</translation>
    </message>
    <message>
        <source>Impact channels</source>
        <translation>Wirkungskanäle</translation>
    </message>
    <message>
        <source>Inherent risk *</source>
        <translation>Inhärentes Risiko *</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>Restrisiko</translation>
    </message>
    <message>
        <source>Depends on clause</source>
        <translation>Hängt ab von Klausel</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>Risikoverantwortlicher</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>Nächste Überprüfung am</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Mitigation actions</source>
        <translation>Minderungsaktionen</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>audit_model</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Maßnahme (Aktion)</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Datensatztyp</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>Datensatz-Nr.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>Geänderte Felder</translation>
    </message>
</context>
<context>
    <name>audit_values</name>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>audit_view</name>
    <message>
        <source>Could not read the audit log</source>
        <translation>Das Prüfprotokoll konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>Any record type</source>
        <translation>Jeder Datensatztyp</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>Datensatz-Nr.</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Jede Aktion</translation>
    </message>
    <message>
        <source>Search record names and changed values</source>
        <translation>Datensatznamen und geänderte Werte durchsuchen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle Personen</translation>
    </message>
    <message>
        <source> ({shown:,} loaded; scroll for more)</source>
        <translation> ({shown:,} geladen; für mehr blättern)</translation>
    </message>
    <message>
        <source>{total:,} audit entries{loaded}</source>
        <translation>{total:,} Protokolleinträge{loaded}</translation>
    </message>
    <message>
        <source>Entry {id}: {action} {what}{number} “{entity_label}” by {actor} on {at}</source>
        <translation>Eintrag {id}: {action} {what}{number} „{entity_label}“ von {actor} am {at}</translation>
    </message>
</context>
<context>
    <name>base</name>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>This {label} is archived; restore it before editing.</source>
        <translation>Dieser Datensatz ({label}) ist archiviert; stellen Sie ihn vor dem Bearbeiten wieder her.</translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation>Neu: {noun}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Removed spaces or tabs from the edges of: {names}. Check, then save again.</source>
        <translation>Leerzeichen oder Tabulatoren am Rand entfernt aus: {names}. Prüfen Sie und speichern Sie erneut.</translation>
    </message>
    <message>
        <source>Save {label}</source>
        <translation>{label} speichern</translation>
    </message>
    <message>
        <source>{exc}
Your entries are still here: press Save to try again.</source>
        <translation>{exc}
Ihre Eingaben sind noch da: Drücken Sie „Speichern“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>Their version is loaded; your changes were discarded.</source>
        <translation>Die andere Fassung ist geladen; Ihre Änderungen wurden verworfen.</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record. Save again to compare.</source>
        <translation>Nicht gespeichert: Jemand anderes hat diesen Datensatz geändert. Speichern Sie erneut, um zu vergleichen.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Discard your changes to this {label}?</source>
        <translation>Ihre Änderungen an diesem Datensatz ({label}) verwerfen?</translation>
    </message>
</context>
<context>
    <name>change_op</name>
    <message>
        <source>Could not {action}</source>
        <translation>Fehlgeschlagen: {action}</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
</context>
<context>
    <name>conflict_dialog</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>Deren Fassung (gespeichert)</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>This {noun} was changed by someone else</source>
        <translation>Dieser Datensatz ({noun}) wurde von jemand anderem geändert</translation>
    </message>
    <message>
        <source>Someone else saved this {noun} after you opened it. Nothing has been overwritten.
For each field that differs, choose which value to keep, then save; or load their version and drop your changes.</source>
        <translation>Jemand anderes hat diesen Datensatz ({noun}) gespeichert, nachdem Sie ihn geöffnet hatten. Nichts wurde überschrieben.
Wählen Sie für jedes abweichende Feld den Wert, der bleiben soll, und speichern Sie; oder laden Sie die andere Fassung und verwerfen Ihre Änderungen.</translation>
    </message>
    <message>
        <source>Show only the fields that differ</source>
        <translation>Nur abweichende Felder anzeigen</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>Mit dieser Auswahl speichern</translation>
    </message>
    <message>
        <source>Discard mine, load theirs</source>
        <translation>Meine verwerfen, deren laden</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>Zurück zur Bearbeitung</translation>
    </message>
</context>
<context>
    <name>dashboard_view</name>
    <message>
        <source>Consultation ends</source>
        <translation>Konsultation endet</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Tritt in Kraft</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Überprüfung fällig</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Überprüfung überfällig</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Kennzahlen werden gelesen…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>Joint Venture</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <source>Residual risk heat map (live assessments)</source>
        <translation>Heatmap der Restrisiken (laufende Bewertungen)</translation>
    </message>
    <message>
        <source>Top residual risks</source>
        <translation>Höchste Restrisiken</translation>
    </message>
    <message>
        <source>Just happened / coming up (what waits for someone first)</source>
        <translation>Gerade geschehen / demnächst (was auf jemanden wartet, zuerst)</translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation>Maßnahmen nach Status</translation>
    </message>
    <message>
        <source>By jurisdiction</source>
        <translation>Nach Rechtsraum</translation>
    </message>
    <message>
        <source>{n} unassessed exposure: review</source>
        <translation>{n} nicht bewertete Betroffenheit: prüfen</translation>
    </message>
    <message>
        <source>{n} unassessed exposures: review</source>
        <translation>{n} nicht bewertete Betroffenheiten: prüfen</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>Die Kennzahlen konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the dashboard</source>
        <translation>Das Dashboard konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>As of {today}: {live} live assessments ({by_level}); {ventures_exposed} joint ventures exposed; {overdue} reviews overdue.</source>
        <translation>Stand {today}: {live} laufende Bewertungen ({by_level}); {ventures_exposed} Joint Ventures betroffen; {overdue} Überprüfungen überfällig.</translation>
    </message>
    <message>
        <source>{waiting} waiting for someone: events</source>
        <translation>{waiting} warten auf jemanden: Ereignisse</translation>
    </message>
</context>
<context>
    <name>dismiss_dialog</name>
    <message>
        <source>Write why this exposure does not matter: the reason is kept with the dismissal.</source>
        <translation>Schreiben Sie, warum diese Betroffenheit nicht relevant ist: Die Begründung wird mit der Zurückweisung gespeichert.</translation>
    </message>
    <message>
        <source>Dismiss exposure</source>
        <translation>Betroffenheit zurückweisen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Zurückweisen</translation>
    </message>
</context>
<context>
    <name>events_view</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Note (optional, e.g. where you checked):</source>
        <translation>Notiz (optional, z. B. wo Sie nachgesehen haben):</translation>
    </message>
    <message>
        <source>Export the events as a calendar</source>
        <translation>Ereignisse als Kalender exportieren</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-Dateien (*.ics)</translation>
    </message>
    <message>
        <source>Only what waits for someone</source>
        <translation>Nur was auf jemanden wartet</translation>
    </message>
    <message>
        <source>Confirm not extended…</source>
        <translation>Nicht verlängert bestätigen…</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>Kalender exportieren (.ics)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Could not read the events</source>
        <translation>Die Ereignisse konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>{shown} events shown; {waiting} waiting for someone.</source>
        <translation>{shown} Ereignisse angezeigt; {waiting} warten auf jemanden.</translation>
    </message>
    <message>
        <source>Confirm the suspension was not extended</source>
        <translation>Bestätigen, dass die Aussetzung nicht verlängert wurde</translation>
    </message>
    <message>
        <source>Recording the confirmation</source>
        <translation>Bestätigung wird gespeichert</translation>
    </message>
    <message>
        <source>Could not confirm</source>
        <translation>Bestätigung nicht möglich</translation>
    </message>
    <message>
        <source>Writing the calendar</source>
        <translation>Kalender wird geschrieben</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} geschrieben</translation>
    </message>
    <message>
        <source>Could not write the calendar</source>
        <translation>Der Kalender konnte nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>exposures_view</name>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>Joint Venture</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>Übereinstimmung über</translation>
    </message>
    <message>
        <source>How it reaches</source>
        <translation>Wie sie greift</translation>
    </message>
    <message>
        <source>The venture&apos;s item, or one its activity text names (marked so).</source>
        <translation>Das Gut des Joint Ventures oder eines, das dessen Tätigkeitsbeschreibung nennt (so gekennzeichnet).</translation>
    </message>
    <message>
        <source>Input, output, technology in or out; &apos;partner&apos; when a party listing names a partner.</source>
        <translation>Eingang, Ausgang, Technologie hinein oder hinaus; „Partner“, wenn eine Listung einen Partner nennt.</translation>
    </message>
    <message>
        <source>What links the measure&apos;s list to the item: a code (HS and CN digits, control numbers and their sub-entries, the crosswalk), the item vocabulary (a term covers its narrower terms, at the stages the list names) or, for names no term describes, the same words.</source>
        <translation>Was die Liste der Maßnahme mit dem Gut verbindet: ein Code (HS- und KN-Stellen, Kontrollnummern und ihre Unterpositionen, die Konkordanz), das Güterverzeichnis (ein Begriff umfasst seine engeren Begriffe, auf den Stufen, die die Liste nennt) oder, für Namen, die kein Begriff beschreibt, dieselben Wörter.</translation>
    </message>
    <message>
        <source>Which border the measure acts on (exports, imports, technology, goods made abroad) and the countries that tie the item to it.</source>
        <translation>An welcher Grenze die Maßnahme ansetzt (Ausfuhr, Einfuhr, Technologie, im Ausland hergestellte Waren) und die Länder, die das Gut mit ihr verbinden.</translation>
    </message>
    <message>
        <source> [assessed]</source>
        <translation> [bewertet]</translation>
    </message>
    <message>
        <source> [dismissed]</source>
        <translation> [zurückgewiesen]</translation>
    </message>
    <message>
        <source> (from the activity text)</source>
        <translation> (aus der Tätigkeitsbeschreibung)</translation>
    </message>
    <message>
        <source>Show assessed and dismissed</source>
        <translation>Bewertete und zurückgewiesene anzeigen</translation>
    </message>
    <message>
        <source>Screen again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Draft assessment</source>
        <translation>Bewertung entwerfen</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>Zurückweisen…</translation>
    </message>
    <message>
        <source>Joint venture:</source>
        <translation>Joint Venture:</translation>
    </message>
    <message>
        <source>Possible exposures</source>
        <translation>Mögliche Betroffenheiten</translation>
    </message>
    <message>
        <source>Needs data</source>
        <translation>Fehlende Daten</translation>
    </message>
    <message>
        <source>Facts to record (supplier and destination countries) before screening can decide, the most-depended-on first; and flows read from activity texts.</source>
        <translation>Fakten, die erfasst werden müssen (Liefer- und Bestimmungsländer), bevor das Screening entscheiden kann, die meistbenötigten zuerst; dazu aus Tätigkeitsbeschreibungen gelesene Ströme.</translation>
    </message>
    <message>
        <source>All joint ventures</source>
        <translation>Alle Joint Ventures</translation>
    </message>
    <message>
        <source>Screening the register…</source>
        <translation>Register wird geprüft…</translation>
    </message>
    <message>
        <source>{facts:,} facts to record across {ventures_waiting:,} joint ventures. Choose a joint venture to see its data completeness and the flows read from its activity text.</source>
        <translation>{facts:,} Fakten zu erfassen bei {ventures_waiting:,} Joint Ventures. Wählen Sie ein Joint Venture, um die Vollständigkeit seiner Daten und die aus seiner Tätigkeitsbeschreibung gelesenen Ströme zu sehen.</translation>
    </message>
    <message>
        <source>Needs data ({count:,})</source>
        <translation>Fehlende Daten ({count:,})</translation>
    </message>
    <message>
        <source>{exposures:,} possible exposures in {pairs:,} measure x venture pairs; {total:,} unassessed in the register; {facts:,} facts to record</source>
        <translation>{exposures:,} mögliche Betroffenheiten in {pairs:,} Paaren aus Maßnahme und Joint Venture; {total:,} nicht bewertet im Register; {facts:,} Fakten zu erfassen</translation>
    </message>
    <message>
        <source>Could not screen the register</source>
        <translation>Das Register konnte nicht geprüft werden</translation>
    </message>
    <message>
        <source>
Dismissed by {actor}: {reason}</source>
        <translation>
Zurückgewiesen von {actor}: {reason}</translation>
    </message>
    <message>
        <source>{measure} x {venture}
{why}{note}</source>
        <translation>{measure} x {venture}
{why}{note}</translation>
    </message>
    <message>
        <source>Reading the matches</source>
        <translation>Treffer werden gelesen</translation>
    </message>
    <message>
        <source>Could not draft the assessment</source>
        <translation>Die Bewertung konnte nicht entworfen werden</translation>
    </message>
    <message>
        <source>Why does {measure_reference} not matter for &apos;{item_name}&apos; of {venture_name}?</source>
        <translation>Warum ist {measure_reference} für „{item_name}“ von {venture_name} nicht relevant?</translation>
    </message>
    <message>
        <source>Dismiss the exposure</source>
        <translation>Betroffenheit zurückweisen</translation>
    </message>
</context>
<context>
    <name>field_choices</name>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>Deren Fassung (gespeichert)</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ihre Fassung</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Meine</translation>
    </message>
    <message>
        <source>&amp;Theirs</source>
        <translation>&amp;Deren</translation>
    </message>
</context>
<context>
    <name>field_labels</name>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Original title</source>
        <translation>Originaltitel</translation>
    </message>
    <message>
        <source>Issuing jurisdiction</source>
        <translation>Erlassender Rechtsraum</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation>Maßnahmenart</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Angekündigt am</translation>
    </message>
    <message>
        <source>Consultation ends on</source>
        <translation>Konsultation endet am</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>Wirksam ab</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>Entfernt am</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>Quell-URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Targets note</source>
        <translation>Notiz zu den Adressaten</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Güter</translation>
    </message>
    <message>
        <source>Targeted jurisdictions</source>
        <translation>Betroffene Rechtsräume</translation>
    </message>
    <message>
        <source>Excluded jurisdictions</source>
        <translation>Ausgenommene Rechtsräume</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>Codes</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Betroffener Wert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Countries (from / to)</source>
        <translation>Länder (von / nach)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>Joint Venture</translation>
    </message>
    <message>
        <source>Impact channels</source>
        <translation>Wirkungskanäle</translation>
    </message>
    <message>
        <source>Inherent likelihood</source>
        <translation>Inhärente Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Inherent impact</source>
        <translation>Inhärente Auswirkung</translation>
    </message>
    <message>
        <source>Inherent risk level</source>
        <translation>Inhärente Risikostufe</translation>
    </message>
    <message>
        <source>Inherent risk rank</source>
        <translation>Rang des inhärenten Risikos</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>Restwahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>Restauswirkung</translation>
    </message>
    <message>
        <source>Residual risk level</source>
        <translation>Restrisikostufe</translation>
    </message>
    <message>
        <source>Residual risk rank</source>
        <translation>Rang des Restrisikos</translation>
    </message>
    <message>
        <source>Residual risk score</source>
        <translation>Restrisikowert</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>Bewertet am</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>Nächste Überprüfung am</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Minderungsaktionen</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>Stufen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Läuft aus nach</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Suspended by</source>
        <translation>Ausgesetzt durch</translation>
    </message>
    <message>
        <source>First day suspended</source>
        <translation>Erster Tag der Aussetzung</translation>
    </message>
    <message>
        <source>Last day suspended</source>
        <translation>Letzter Tag der Aussetzung</translation>
    </message>
    <message>
        <source>Extensions and lifts</source>
        <translation>Verlängerungen und Aufhebungen</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beschlossen am</translation>
    </message>
    <message>
        <source>From measure</source>
        <translation>Von Maßnahme</translation>
    </message>
    <message>
        <source>To measure</source>
        <translation>Zu Maßnahme</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Match fingerprint</source>
        <translation>Fingerabdruck des Treffers</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Zurückgewiesen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>Auch geschrieben</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Listed from</source>
        <translation>Gelistet ab</translation>
    </message>
    <message>
        <source>Listed until</source>
        <translation>Gelistet bis</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Erzeugnis</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Ursprung</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>Begriff</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>Gelesen als</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Broader term</source>
        <translation>Oberbegriff</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Equivalent code</source>
        <translation>Entsprechender Code</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>Every country (no members listed)</source>
        <translation>Jedes Land (keine Mitglieder aufgeführt)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Level of each cell (likelihood: impact minor to severe)</source>
        <translation>Stufe jeder Zelle (Wahrscheinlichkeit: Auswirkung gering bis sehr schwer)</translation>
    </message>
    <message>
        <source>Assessments whose level changed</source>
        <translation>Bewertungen mit geänderter Stufe</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation>Überprüfung alle (Tage)</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256-Prüfsumme</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Datensatztyp</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>Spaltenzuordnung</translation>
    </message>
    <message>
        <source>Update pack</source>
        <translation>Aktualisierungspaket</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>Überschrieben</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Restored from</source>
        <translation>Wiederhergestellt aus</translation>
    </message>
    <message>
        <source>Safety copy of the replaced register</source>
        <translation>Sicherheitskopie des ersetzten Registers</translation>
    </message>
    <message>
        <source>Copy of the damaged register</source>
        <translation>Kopie des beschädigten Registers</translation>
    </message>
    <message>
        <source>Moved from</source>
        <translation>Übertragen aus</translation>
    </message>
    <message>
        <source>Last audit hash of the source</source>
        <translation>Letzter Protokoll-Hash der Quelle</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>Gehalten von</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>ISO code or country name, e.g. CN</source>
        <translation>ISO-Code oder Ländername, z. B. CN</translation>
    </message>
    <message>
        <source>countries or groups by name or code, e.g. United States; EU; EAR:D:5</source>
        <translation>Länder oder Gruppen nach Name oder Code, z. B. United States; EU; EAR:D:5</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Choose a date from a calendar (Alt+Down)</source>
        <translation>Datum aus einem Kalender wählen (Alt+Pfeil nach unten)</translation>
    </message>
</context>
<context>
    <name>filter_bar</name>
    <message>
        <source>{label} YYYY-MM-DD (empty: today)</source>
        <translation>{label} JJJJ-MM-TT (leer: heute)</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Any {label}</source>
        <translation>Beliebig: {label}</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>{label} records have no form</source>
        <translation>Für {label} gibt es kein Formular</translation>
    </message>
</context>
<context>
    <name>groups_dialog</name>
    <message>
        <source>Jurisdiction groups</source>
        <translation>Rechtsraumgruppen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>other ways files write it, separated by ;</source>
        <translation>andere Schreibweisen in Dateien, durch ; getrennt</translation>
    </message>
    <message>
        <source>Every country (no members listed)</source>
        <translation>Jedes Land (keine Mitglieder aufgeführt)</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>Auch geschrieben</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>Neue Gruppe</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>alle Länder</translation>
    </message>
    <message>
        <source>Jurisdiction group not saved</source>
        <translation>Rechtsraumgruppe nicht gespeichert</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <source>Remove the group {code} ({name})?</source>
        <translation>Die Gruppe {code} ({name}) entfernen?</translation>
    </message>
    <message>
        <source>Jurisdiction group not removed</source>
        <translation>Rechtsraumgruppe nicht entfernt</translation>
    </message>
</context>
<context>
    <name>heat_map</name>
    <message>
        <source>rare</source>
        <translation>selten</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>unwahrscheinlich</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>möglich</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>almost certain</source>
        <translation>fast sicher</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>erheblich</translation>
    </message>
    <message>
        <source>major</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sehr schwer</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Likelihood {li} ({likelihood}) x impact {ii} ({impact}): {label}. {n} {noun}; click to list them.</source>
        <translation>Wahrscheinlichkeit {li} ({likelihood}) x Auswirkung {ii} ({impact}): {label}. {n} {noun}; klicken, um sie aufzulisten.</translation>
    </message>
    <message>
        <source>Likelihood {li}, impact {ii}, {label}, {n} {noun}</source>
        <translation>Wahrscheinlichkeit {li}, Auswirkung {ii}, {label}, {n} {noun}</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Import from CSV or Excel</source>
        <translation>Import aus CSV oder Excel</translation>
    </message>
    <message>
        <source>a .csv or .xlsx file</source>
        <translation>eine .csv- oder .xlsx-Datei</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>Datei prüfen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Select a row to see what it changes, field by field (old -&gt; new).</source>
        <translation>Wählen Sie eine Zeile, um Feld für Feld zu sehen, was sie ändert (alt -&gt; neu).</translation>
    </message>
    <message>
        <source>Overwrite with the file</source>
        <translation>Mit der Datei überschreiben</translation>
    </message>
    <message>
        <source>Keep the register&apos;s</source>
        <translation>Die des Registers behalten</translation>
    </message>
    <message>
        <source>Rows older than the register:</source>
        <translation>Zeilen, die älter als das Register sind:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>Enthält</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>Zu importierende Datei wählen</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>Tabellen (*.csv *.xlsx *.xlsm);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Check the file first: nothing is written until you press Import.</source>
        <translation>Prüfen Sie zuerst die Datei: Nichts wird geschrieben, bevor Sie „Importieren“ drücken.</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>{name} wird geprüft</translation>
    </message>
    <message>
        <source>{error_count:,} error(s): fix the file and check it again; nothing can be imported while any row has an error.</source>
        <translation>{error_count:,} Fehler: Korrigieren Sie die Datei und prüfen Sie sie erneut; solange eine Zeile einen Fehler hat, kann nichts importiert werden.</translation>
    </message>
    <message>
        <source>{unresolved} row(s) carry an older version than the register (someone edited the record after the file was exported): select each and choose to overwrite it with the file or keep the register&apos;s.</source>
        <translation>{unresolved} Zeile(n) tragen eine ältere Version als das Register (jemand hat den Datensatz nach dem Export der Datei bearbeitet): Wählen Sie jede aus und entscheiden Sie, ob die Datei sie überschreibt oder das Register seine behält.</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>Bereit zum Import.</translation>
    </message>
    <message>
        <source>Nothing to import: the register already matches.</source>
        <translation>Nichts zu importieren: Das Register stimmt bereits überein.</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>{name} wird importiert</translation>
    </message>
    <message>
        <source>Imported. {report}.</source>
        <translation>Importiert. {report}.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Error: {e}</source>
        <translation>Fehler: {e}</translation>
    </message>
    <message>
        <source>Warning: {w}</source>
        <translation>Warnung: {w}</translation>
    </message>
</context>
<context>
    <name>import_mapping</name>
    <message>
        <source>(ignore this column)</source>
        <translation>(diese Spalte ignorieren)</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>conflict: newer edit in the register</source>
        <translation>Konflikt: neuere Bearbeitung im Register</translation>
    </message>
    <message>
        <source>kept as in the register</source>
        <translation>wie im Register belassen</translation>
    </message>
    <message>
        <source>overwrite with the file</source>
        <translation>mit der Datei überschreiben</translation>
    </message>
    <message>
        <source>keep the register&apos;s</source>
        <translation>die des Registers behalten</translation>
    </message>
    <message>
        <source>Columns this file names its own way</source>
        <translation>Spalten, die diese Datei anders benennt</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>Wahl</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
</context>
<context>
    <name>keyboard</name>
    <message>
        <source>Removed spaces or tabs from the start or end.</source>
        <translation>Leerzeichen oder Tabulatoren am Anfang oder Ende entfernt.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>export ban</source>
        <translation>Ausfuhrverbot</translation>
    </message>
    <message>
        <source>export licensing requirement</source>
        <translation>Ausfuhrgenehmigungspflicht</translation>
    </message>
    <message>
        <source>technology export restriction</source>
        <translation>Beschränkung der Technologieausfuhr</translation>
    </message>
    <message>
        <source>export quota</source>
        <translation>Ausfuhrkontingent</translation>
    </message>
    <message>
        <source>export tax</source>
        <translation>Ausfuhrabgabe</translation>
    </message>
    <message>
        <source>import tariff</source>
        <translation>Einfuhrzoll</translation>
    </message>
    <message>
        <source>end-user / end-use control</source>
        <translation>Endverwender- / Endverwendungskontrolle</translation>
    </message>
    <message>
        <source>investment screening</source>
        <translation>Investitionsprüfung</translation>
    </message>
    <message>
        <source>framework law</source>
        <translation>Rahmengesetz</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>Aussetzung</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>extraterritorial / re-export rule</source>
        <translation>extraterritoriale / Wiederausfuhrregel</translation>
    </message>
    <message>
        <source>party listing</source>
        <translation>Listung von Parteien</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>vorgeschlagen</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>Konsultation</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>verabschiedet</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>in Kraft</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <source>repealed</source>
        <translation>aufgehoben</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>ausgelaufen</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <source>CN customs 10-digit</source>
        <translation>China-Zolltarif, 10 Stellen</translation>
    </message>
    <message>
        <source>ECCN</source>
        <translation>ECCN</translation>
    </message>
    <message>
        <source>China dual-use list</source>
        <translation>Chinesische Dual-Use-Liste</translation>
    </message>
    <message>
        <source>China technology catalogue</source>
        <translation>Chinesischer Technologiekatalog</translation>
    </message>
    <message>
        <source>EU dual-use</source>
        <translation>EU-Dual-Use</translation>
    </message>
    <message>
        <source>ore or concentrate</source>
        <translation>Erz oder Konzentrat</translation>
    </message>
    <message>
        <source>refined chemical or metal</source>
        <translation>raffinierte Chemikalie oder Metall</translation>
    </message>
    <message>
        <source>material</source>
        <translation>Werkstoff</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Bauteil</translation>
    </message>
    <message>
        <source>product</source>
        <translation>Erzeugnis</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>Ausrüstung</translation>
    </message>
    <message>
        <source>technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienstleistung</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>geplant</translation>
    </message>
    <message>
        <source>negotiating</source>
        <translation>in Verhandlung</translation>
    </message>
    <message>
        <source>operating</source>
        <translation>in Betrieb</translation>
    </message>
    <message>
        <source>exiting</source>
        <translation>im Ausstieg</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>input</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>output</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <source>technology in</source>
        <translation>Technologie hinein</translation>
    </message>
    <message>
        <source>technology out</source>
        <translation>Technologie hinaus</translation>
    </message>
    <message>
        <source>input supply</source>
        <translation>Vorleistungsversorgung</translation>
    </message>
    <message>
        <source>technology licence</source>
        <translation>Technologielizenz</translation>
    </message>
    <message>
        <source>export sales</source>
        <translation>Exportumsätze</translation>
    </message>
    <message>
        <source>investment approval</source>
        <translation>Investitionsgenehmigung</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>Finanzierung</translation>
    </message>
    <message>
        <source>tariff cost</source>
        <translation>Zollkosten</translation>
    </message>
    <message>
        <source>mitigate</source>
        <translation>mindern</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>akzeptieren</translation>
    </message>
    <message>
        <source>avoid</source>
        <translation>vermeiden</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>übertragen</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>beobachten</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>in Prüfung</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>in Arbeit</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archivieren</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>wiederherstellen</translation>
    </message>
    <message>
        <source>import</source>
        <translation>importieren</translation>
    </message>
    <message>
        <source>configure</source>
        <translation>konfigurieren</translation>
    </message>
    <message>
        <source>restore database</source>
        <translation>Datenbank wiederherstellen</translation>
    </message>
    <message>
        <source>seal records</source>
        <translation>Datensätze versiegeln</translation>
    </message>
    <message>
        <source>not yet issued</source>
        <translation>noch nicht erlassen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>Verlängerung</translation>
    </message>
    <message>
        <source>lifting</source>
        <translation>Aufhebung</translation>
    </message>
    <message>
        <source>consultation ends</source>
        <translation>Konsultation endet</translation>
    </message>
    <message>
        <source>takes effect</source>
        <translation>tritt in Kraft</translation>
    </message>
    <message>
        <source>clause takes effect</source>
        <translation>Klausel tritt in Kraft</translation>
    </message>
    <message>
        <source>clause expires</source>
        <translation>Klausel läuft aus</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>suspension starts</source>
        <translation>Aussetzung beginnt</translation>
    </message>
    <message>
        <source>suspension ends</source>
        <translation>Aussetzung endet</translation>
    </message>
    <message>
        <source>suspension extended</source>
        <translation>Aussetzung verlängert</translation>
    </message>
    <message>
        <source>suspension lifted</source>
        <translation>Aussetzung aufgehoben</translation>
    </message>
    <message>
        <source>confirm not extended</source>
        <translation>Nichtverlängerung bestätigen</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>Überprüfung fällig</translation>
    </message>
    <message>
        <source>finalises</source>
        <translation>finalisiert</translation>
    </message>
    <message>
        <source>amends</source>
        <translation>ändert</translation>
    </message>
    <message>
        <source>suspends</source>
        <translation>setzt aus</translation>
    </message>
    <message>
        <source>supersedes</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>responds to</source>
        <translation>antwortet auf</translation>
    </message>
    <message>
        <source>finalised by</source>
        <translation>finalisiert durch</translation>
    </message>
    <message>
        <source>amended by</source>
        <translation>geändert durch</translation>
    </message>
    <message>
        <source>suspended by</source>
        <translation>ausgesetzt durch</translation>
    </message>
    <message>
        <source>superseded by</source>
        <translation>ersetzt durch</translation>
    </message>
    <message>
        <source>responded to by</source>
        <translation>beantwortet durch</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Maßnahmen</translation>
    </message>
    <message>
        <source>joint venture</source>
        <translation>Joint Venture</translation>
    </message>
    <message>
        <source>joint ventures</source>
        <translation>Joint Ventures</translation>
    </message>
    <message>
        <source>Joint ventures</source>
        <translation>Joint Ventures</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>Bewertungen</translation>
    </message>
    <message>
        <source>measure link</source>
        <translation>Maßnahmenverknüpfung</translation>
    </message>
    <message>
        <source>measure links</source>
        <translation>Maßnahmenverknüpfungen</translation>
    </message>
    <message>
        <source>exposure dismissal</source>
        <translation>Zurückweisung einer Betroffenheit</translation>
    </message>
    <message>
        <source>exposure dismissals</source>
        <translation>Zurückweisungen von Betroffenheiten</translation>
    </message>
    <message>
        <source>synonym</source>
        <translation>Synonym</translation>
    </message>
    <message>
        <source>synonyms</source>
        <translation>Synonyme</translation>
    </message>
    <message>
        <source>risk matrix</source>
        <translation>Risikomatrix</translation>
    </message>
    <message>
        <source>risk matrices</source>
        <translation>Risikomatrizen</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>databases</source>
        <translation>Datenbanken</translation>
    </message>
    <message>
        <source>jurisdiction group</source>
        <translation>Rechtsraumgruppe</translation>
    </message>
    <message>
        <source>jurisdiction groups</source>
        <translation>Rechtsraumgruppen</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>Klauseln</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Klauseln</translation>
    </message>
    <message>
        <source>suspension window</source>
        <translation>Aussetzungszeitraum</translation>
    </message>
    <message>
        <source>suspension windows</source>
        <translation>Aussetzungszeiträume</translation>
    </message>
    <message>
        <source>Suspension windows</source>
        <translation>Aussetzungszeiträume</translation>
    </message>
    <message>
        <source>event confirmation</source>
        <translation>Ereignisbestätigung</translation>
    </message>
    <message>
        <source>event confirmations</source>
        <translation>Ereignisbestätigungen</translation>
    </message>
    <message>
        <source>taxonomy term</source>
        <translation>Taxonomiebegriff</translation>
    </message>
    <message>
        <source>taxonomy terms</source>
        <translation>Taxonomiebegriffe</translation>
    </message>
    <message>
        <source>taxonomy relation</source>
        <translation>Taxonomiebeziehung</translation>
    </message>
    <message>
        <source>taxonomy relations</source>
        <translation>Taxonomiebeziehungen</translation>
    </message>
    <message>
        <source>crosswalk row</source>
        <translation>Konkordanzzeile</translation>
    </message>
    <message>
        <source>crosswalk rows</source>
        <translation>Konkordanzzeilen</translation>
    </message>
    <message>
        <source>inferred flow</source>
        <translation>abgeleiteter Warenstrom</translation>
    </message>
    <message>
        <source>inferred flows</source>
        <translation>abgeleitete Warenströme</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>briefings</source>
        <translation>Briefings</translation>
    </message>
    <message>
        <source>party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>listed party</source>
        <translation>gelistete Partei</translation>
    </message>
    <message>
        <source>listed parties</source>
        <translation>gelistete Parteien</translation>
    </message>
    <message>
        <source>ownership rule</source>
        <translation>Beteiligungsregel</translation>
    </message>
    <message>
        <source>ownership rules</source>
        <translation>Beteiligungsregeln</translation>
    </message>
    <message>
        <source>party match</source>
        <translation>Parteitreffer</translation>
    </message>
    <message>
        <source>party matches</source>
        <translation>Parteitreffer</translation>
    </message>
    <message>
        <source>content share</source>
        <translation>Wertanteil</translation>
    </message>
    <message>
        <source>content shares</source>
        <translation>Wertanteile</translation>
    </message>
    <message>
        <source>de minimis rule</source>
        <translation>De-minimis-Regel</translation>
    </message>
    <message>
        <source>de minimis rules</source>
        <translation>De-minimis-Regeln</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Original title</source>
        <translation>Originaltitel</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <source>Consultation ends</source>
        <translation>Konsultation endet</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Wirksam</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>Zuletzt geändert</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>Joint Venture</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Betroffener Wert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Worst residual</source>
        <translation>Höchstes Restrisiko</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Measure title</source>
        <translation>Titel der Maßnahme</translation>
    </message>
    <message>
        <source>Impact channels</source>
        <translation>Wirkungskanäle</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>Inhärent</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Nächste Überprüfung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>live_form</name>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>Andere Fassung &amp;laden</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>You will choose per field when you save.</source>
        <translation>Beim Speichern wählen Sie für jedes Feld.</translation>
    </message>
    <message>
        <source>Changed underneath</source>
        <translation>Inzwischen geändert</translation>
    </message>
    <message>
        <source>This {label} was deleted from the register; it can no longer be saved. Your entries are still here.</source>
        <translation>Dieser Datensatz ({label}) wurde aus dem Register gelöscht und kann nicht mehr gespeichert werden. Ihre Eingaben sind noch da.</translation>
    </message>
    <message>
        <source>{who} changed this {label} on {at} while you were editing: reload theirs, or keep mine (you will choose per field when you save).</source>
        <translation>{who} hat diesen Datensatz ({label}) am {at} geändert, während Sie ihn bearbeitet haben: andere Fassung laden oder meine behalten (beim Speichern wählen Sie für jedes Feld).</translation>
    </message>
    <message>
        <source>Someone changed this {label} while you were editing: reload theirs, or keep mine (you will choose per field when you save).</source>
        <translation>Jemand hat diesen Datensatz ({label}) geändert, während Sie ihn bearbeitet haben: andere Fassung laden oder meine behalten (beim Speichern wählen Sie für jedes Feld).</translation>
    </message>
    <message>
        <source>{who} archived this {label} on {at}; restore it before saving. Your entries are still here.</source>
        <translation>{who} hat diesen Datensatz ({label}) am {at} archiviert; stellen Sie ihn vor dem Speichern wieder her. Ihre Eingaben sind noch da.</translation>
    </message>
    <message>
        <source>Someone archived this {label}; restore it before saving. Your entries are still here.</source>
        <translation>Jemand hat diesen Datensatz ({label}) archiviert; stellen Sie ihn vor dem Speichern wieder her. Ihre Eingaben sind noch da.</translation>
    </message>
</context>
<context>
    <name>measure_form</name>
    <message>
        <source>Item</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Codes (e.g. HS:2504.10; ECCN:3A090)</source>
        <translation>Codes (z. B. HS:2504.10; ECCN:3A090)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>Ab (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>title in the original language, if any</source>
        <translation>Titel in der Originalsprache, falls vorhanden</translation>
    </message>
    <message>
        <source>what the targets say beyond countries and groups, e.g. most entities</source>
        <translation>was die Adressaten über Länder und Gruppen hinaus sagen, z. B. die meisten Unternehmen</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>Statusänderung</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Original title</source>
        <translation>Originaltitel</translation>
    </message>
    <message>
        <source>Issuing jurisdiction</source>
        <translation>Erlassender Rechtsraum</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>Angekündigt am</translation>
    </message>
    <message>
        <source>Consultation ends on</source>
        <translation>Konsultation endet am</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>Wirksam ab</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>Entfernt am</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>Quell-URL</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Controlled items</source>
        <translation>Kontrollierte Güter</translation>
    </message>
    <message>
        <source>Targeted jurisdictions</source>
        <translation>Betroffene Rechtsräume</translation>
    </message>
    <message>
        <source>Excluded jurisdictions</source>
        <translation>Ausgenommene Rechtsräume</translation>
    </message>
    <message>
        <source>Targets note</source>
        <translation>Notiz zu den Adressaten</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Statusverlauf</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Items and jurisdictions</source>
        <translation>Güter und Rechtsräume</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Clauses and suspensions</source>
        <translation>Klauseln und Aussetzungen</translation>
    </message>
</context>
<context>
    <name>measure_time_tab</name>
    <message>
        <source>Add clause…</source>
        <translation>Klausel hinzufügen…</translation>
    </message>
    <message>
        <source>Edit clause…</source>
        <translation>Klausel bearbeiten…</translation>
    </message>
    <message>
        <source>Add suspension window…</source>
        <translation>Aussetzungszeitraum hinzufügen…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Verlängern…</translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation>Aufheben…</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>Klauseln</translation>
    </message>
    <message>
        <source>Suspension windows (on this measure or made by it)</source>
        <translation>Aussetzungszeiträume (für diese Maßnahme oder durch sie)</translation>
    </message>
    <message>
        <source>Today ({day}): {label}</source>
        <translation>Heute ({day}): {label}</translation>
    </message>
    <message>
        <source> since {since}</source>
        <translation> seit {since}</translation>
    </message>
    <message>
        <source> until {until}</source>
        <translation> bis {until}</translation>
    </message>
    <message>
        <source>effective {day}</source>
        <translation>in Kraft ab {day}</translation>
    </message>
    <message>
        <source>expires after {day}</source>
        <translation>läuft nach dem {day} aus</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <source> (clause {clause})</source>
        <translation> (Klausel {clause})</translation>
    </message>
    <message>
        <source> by {suspension_reference}</source>
        <translation> durch {suspension_reference}</translation>
    </message>
    <message>
        <source>suspends {measure_reference}</source>
        <translation>setzt {measure_reference} aus</translation>
    </message>
    <message>
        <source> clause {clause}</source>
        <translation> Klausel {clause}</translation>
    </message>
    <message>
        <source>{what}: {starts_on} through {end}{changes}</source>
        <translation>{what}: {starts_on} bis {end}{changes}</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>Suspension windows</source>
        <translation>Aussetzungszeiträume</translation>
    </message>
    <message>
        <source>Select a window first.</source>
        <translation>Wählen Sie zuerst einen Zeitraum.</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>row {n}</source>
        <translation>Zeile {n}</translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation>Eintrag {n}</translation>
    </message>
    <message>
        <source>nothing half-done was kept</source>
        <translation>nichts Halbfertiges wurde behalten</translation>
    </message>
    <message>
        <source>Something went wrong: {name__}: {exc}
Nothing was saved. The details below help support.</source>
        <translation>Etwas ist schiefgegangen: {name__}: {exc}
Nichts wurde gespeichert. Die Details unten helfen dem Support.</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>Record forms are not available in this build ({exc}).</source>
        <translation>Datensatzformulare sind in diesem Build nicht verfügbar ({exc}).</translation>
    </message>
</context>
<context>
    <name>needs_data_panel</name>
    <message>
        <source>Joint venture</source>
        <translation>Joint Venture</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Measures waiting</source>
        <translation>Wartende Maßnahmen</translation>
    </message>
    <message>
        <source>Which measures</source>
        <translation>Welche Maßnahmen</translation>
    </message>
    <message>
        <source>An item of the venture (or one its activity text names).</source>
        <translation>Ein Gut des Joint Ventures (oder eines, das seine Tätigkeitsbeschreibung nennt).</translation>
    </message>
    <message>
        <source>Supplier countries of an input, destinations of an output: with them recorded, each measure listed either reaches the item or does not.</source>
        <translation>Lieferländer eines Eingangs, Bestimmungsländer eines Ausgangs: Sind sie erfasst, erreicht jede aufgeführte Maßnahme das Gut oder nicht.</translation>
    </message>
    <message>
        <source>How many measures cannot be decided until this is recorded.</source>
        <translation>Wie viele Maßnahmen nicht entschieden werden können, bis dies erfasst ist.</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>Gelesen aus</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>The activity text, the notes, a foreign partner (for technology nobody names a licensor for), or the venture&apos;s own mine (for ore).</source>
        <translation>Die Tätigkeitsbeschreibung, die Notizen, ein ausländischer Partner (für Technologie ohne genannten Lizenzgeber) oder die eigene Mine des Joint Ventures (für Erz).</translation>
    </message>
    <message>
        <source>Record countries…</source>
        <translation>Länder erfassen…</translation>
    </message>
    <message>
        <source>Record the missing countries of the selected item (audited); the measures waiting on it are then decided.</source>
        <translation>Die fehlenden Länder des gewählten Guts erfassen (protokolliert); die darauf wartenden Maßnahmen werden dann entschieden.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Record this flow on the venture (audited); screening then trusts it fully.</source>
        <translation>Diesen Strom beim Joint Venture erfassen (protokolliert); das Screening vertraut ihm dann voll.</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Not true: screening stops using it and it is not proposed again (audited).</source>
        <translation>Trifft nicht zu: Das Screening verwendet ihn nicht mehr, und er wird nicht erneut vorgeschlagen (protokolliert).</translation>
    </message>
    <message>
        <source>Flows read from the activity text (used with medium confidence until confirmed)</source>
        <translation>Aus der Tätigkeitsbeschreibung gelesene Ströme (bis zur Bestätigung mit mittlerer Zuverlässigkeit verwendet)</translation>
    </message>
    <message>
        <source> (not recorded)</source>
        <translation> (nicht erfasst)</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>(keines genannt)</translation>
    </message>
    <message>
        <source>Record countries</source>
        <translation>Länder erfassen</translation>
    </message>
    <message>
        <source>{missing} of &apos;{item_name}&apos; at {venture_name} (ISO codes such as CN, KR; separate them with commas):</source>
        <translation>{missing} von „{item_name}“ bei {venture_name} (ISO-Codes wie CN, KR; durch Kommas getrennt):</translation>
    </message>
    <message>
        <source>Could not record the countries</source>
        <translation>Die Länder konnten nicht erfasst werden</translation>
    </message>
    <message>
        <source>Could not record the decision</source>
        <translation>Die Entscheidung konnte nicht erfasst werden</translation>
    </message>
</context>
<context>
    <name>ownership_panel</name>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listung</translation>
    </message>
    <message>
        <source>Held by listed parties</source>
        <translation>Von gelisteten Parteien gehalten</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Berechnen</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Am</translation>
    </message>
    <message>
        <source>Computing ownership…</source>
        <translation>Beteiligung wird berechnet…</translation>
    </message>
    <message>
        <source>Could not compute ownership: {exc}</source>
        <translation>Die Beteiligung konnte nicht berechnet werden: {exc}</translation>
    </message>
    <message>
        <source>not yet issued</source>
        <translation>noch nicht erlassen</translation>
    </message>
    <message>
        <source>{measure_reference} ({status}), threshold {threshold}</source>
        <translation>{measure_reference} ({status}), Schwelle {threshold}</translation>
    </message>
    <message>
        <source> (shown above)</source>
        <translation> (oben gezeigt)</translation>
    </message>
    <message>
        <source>No rule with an ownership threshold (record a party listing or a threshold).</source>
        <translation>Keine Regel mit Beteiligungsschwelle (erfassen Sie eine Listung oder eine Schwelle).</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>English</source>
        <translation>Englisch</translation>
    </message>
    <message>
        <source>Simplified Chinese (简体中文)</source>
        <translation>Vereinfachtes Chinesisch (简体中文)</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <source>rare</source>
        <translation>selten</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>unwahrscheinlich</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>möglich</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>wahrscheinlich</translation>
    </message>
    <message>
        <source>almost certain</source>
        <translation>fast sicher</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mäßig</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>erheblich</translation>
    </message>
    <message>
        <source>major</source>
        <translation>schwer</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>sehr schwer</translation>
    </message>
    <message>
        <source>Type to search: {noun}…</source>
        <translation>Zum Suchen tippen: {noun}…</translation>
    </message>
    <message>
        <source>Choose: {noun}</source>
        <translation>Wählen: {noun}</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Auswirkung</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Choose a likelihood and an impact</source>
        <translation>Wählen Sie Wahrscheinlichkeit und Auswirkung</translation>
    </message>
    <message>
        <source>Level from the risk matrix: {label}</source>
        <translation>Stufe aus der Risikomatrix: {label}</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Default report folder</source>
        <translation>Standardordner für Berichte</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>Dem System folgen ({language})</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>empty: the folder of the last report</source>
        <translation>leer: der Ordner des letzten Berichts</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies when the application starts again.</source>
        <translation>Eine neue Sprache gilt nach dem nächsten Start der Anwendung.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <source>Review cadence by risk level (this register)</source>
        <translation>Überprüfungsrhythmus je Risikostufe (dieses Register)</translation>
    </message>
    <message>
        <source>The register&apos;s risk matrix could not be read.</source>
        <translation>Die Risikomatrix des Registers konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Next reviews are set from these when an assessment is saved. Level names, colours and the grid are set in the risk matrix editor.</source>
        <translation>Daraus werden die nächsten Überprüfungen gesetzt, wenn eine Bewertung gespeichert wird. Stufennamen, Farben und Raster werden im Risikomatrix-Editor festgelegt.</translation>
    </message>
    <message>
        <source>Edit risk matrix…</source>
        <translation>Risikomatrix bearbeiten…</translation>
    </message>
    <message>
        <source>Saving the review cadence</source>
        <translation>Überprüfungsrhythmus wird gespeichert</translation>
    </message>
    <message>
        <source>The review cadence was not saved</source>
        <translation>Der Überprüfungsrhythmus wurde nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>record_views</name>
    <message>
        <source>Show archived</source>
        <translation>Archivierte anzeigen</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>Überprüfung überfällig</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Rechtsraum</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Search reference, title, authority, summary</source>
        <translation>Referenz, Titel, Behörde, Zusammenfassung durchsuchen</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Search name, partners, location, activity, owner</source>
        <translation>Name, Partner, Standort, Tätigkeit, Verantwortliche durchsuchen</translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation>Maßnahmenart</translation>
    </message>
    <message>
        <source>Search measure, joint venture, owner, rationale</source>
        <translation>Maßnahme, Joint Venture, Verantwortliche, Begründung durchsuchen</translation>
    </message>
    <message>
        <source>Residual likelihood {likelihood} x impact {impact}</source>
        <translation>Restwahrscheinlichkeit {likelihood} x Auswirkung {impact}</translation>
    </message>
</context>
<context>
    <name>report_dialog</name>
    <message>
        <source>PDF risk briefing</source>
        <translation>PDF-Risikobriefing</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Excel risk workbook</source>
        <translation>Excel-Risikoarbeitsmappe</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>unknown report kind {kind!r}; use pdf or xlsx</source>
        <translation>unbekannte Berichtsart {kind!r}; verwenden Sie pdf oder xlsx</translation>
    </message>
    <message>
        <source>Create the {title}</source>
        <translation>{title} erstellen</translation>
    </message>
    <message>
        <source>List changes since</source>
        <translation>Änderungen auflisten seit</translation>
    </message>
    <message>
        <source>Reading the joint ventures…</source>
        <translation>Joint Ventures werden gelesen…</translation>
    </message>
    <message>
        <source>Could not list the joint ventures: {reason}</source>
        <translation>Die Joint Ventures konnten nicht aufgelistet werden: {reason}</translation>
    </message>
    <message>
        <source>Add the full appendix (every venture and measure, the raw audit list)</source>
        <translation>Vollständigen Anhang hinzufügen (jedes Joint Venture und jede Maßnahme, die Roh-Audit-Liste)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Open the file when it is ready</source>
        <translation>Datei öffnen, sobald sie fertig ist</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Erstellen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>Im Ordner anzeigen</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Venture dossier
(none ticked = board pack)</source>
        <translation>Joint-Venture-Dossier
(keines angekreuzt = Vorstandsbericht)</translation>
    </message>
    <message>
        <source>Joint ventures
(none ticked = all)</source>
        <translation>Joint Ventures
(keines angehakt = alle)</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Dossier of {n} joint venture(s): their measures with sources, assessments, actions, screening and audit trail, with the full appendix.</source>
        <translation>Dossier zu {n} Joint Venture(s): ihre Maßnahmen mit Quellen, Bewertungen, Maßnahmenpunkte, Screening und Prüfpfad, mit vollständigem Anhang.</translation>
    </message>
    <message>
        <source>Dossier of {n} joint venture(s): their measures with sources, assessments, actions, screening and audit trail.</source>
        <translation>Dossier zu {n} Joint Venture(s): ihre Maßnahmen mit Quellen, Bewertungen, Maßnahmenpunkte, Screening und Prüfpfad.</translation>
    </message>
    <message>
        <source>Board pack: key messages and decisions, changes since the last briefing, heat maps, top risks and calendar, with the full appendix.</source>
        <translation>Vorstandsbericht: Kernaussagen und Entscheidungen, Änderungen seit dem letzten Bericht, Heatmaps, größte Risiken und Kalender, mit vollständigem Anhang.</translation>
    </message>
    <message>
        <source>Board pack: key messages and decisions, changes since the last briefing, heat maps, top risks and calendar, at most 12 pages.</source>
        <translation>Vorstandsbericht: Kernaussagen und Entscheidungen, Änderungen seit dem letzten Bericht, Heatmaps, größte Risiken und Kalender, höchstens 12 Seiten.</translation>
    </message>
    <message>
        <source>No program here opens {suffix} files. The report is saved as {result_path}; use Show in folder to find it.</source>
        <translation>Kein Programm hier öffnet {suffix}-Dateien. Der Bericht ist gespeichert als {result_path}; mit „Im Ordner anzeigen“ finden Sie ihn.</translation>
    </message>
    <message>
        <source>No file manager is available. The report is in {parent}</source>
        <translation>Kein Dateimanager verfügbar. Der Bericht liegt in {parent}</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>Bericht speichern unter</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Wählen Sie, wo der Bericht gespeichert wird.</translation>
    </message>
    <message>
        <source>Not created: {reason}</source>
        <translation>Nicht erstellt: {reason}</translation>
    </message>
    <message>
        <source>The report was not created</source>
        <translation>Der Bericht wurde nicht erstellt</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>{name} wird erstellt…</translation>
    </message>
    <message>
        <source>Creating {name}</source>
        <translation>{name} wird erstellt</translation>
    </message>
    <message>
        <source>Saved: {result_path}</source>
        <translation>Gespeichert: {result_path}</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; keine Datei wurde geschrieben.</translation>
    </message>
</context>
<context>
    <name>rows_editor</name>
    <message>
        <source>(not recorded)</source>
        <translation>(nicht erfasst)</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>{noun} hinzufügen</translation>
    </message>
    <message>
        <source>Remove {noun}</source>
        <translation>{noun} entfernen</translation>
    </message>
</context>
<context>
    <name>table_view</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source> match the filters</source>
        <translation> passen zu den Filtern</translation>
    </message>
    <message>
        <source>Could not read the {noun}</source>
        <translation>{noun} konnten nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>time_dialogs</name>
    <message>
        <source>Item</source>
        <translation>Gut</translation>
    </message>
    <message>
        <source>Codes (e.g. HS:2504.10; ECCN:3A090)</source>
        <translation>Codes (z. B. HS:2504.10; ECCN:3A090)</translation>
    </message>
    <message>
        <source>{label} is required (YYYY-MM-DD)</source>
        <translation>{label} ist erforderlich (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>{label}: {text!r} is not a date; write YYYY-MM-DD</source>
        <translation>{label}: {text!r} ist kein Datum; schreiben Sie JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>Clause {label}</source>
        <translation>Klausel {label}</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>Neue Klausel</translation>
    </message>
    <message>
        <source>(follows its dates)</source>
        <translation>(folgt ihren Daten)</translation>
    </message>
    <message>
        <source>e.g. &gt;=0.1% by value of China-origin content</source>
        <translation>z. B. &gt;=0,1 % wertmäßig Inhalt chinesischen Ursprungs</translation>
    </message>
    <message>
        <source>Label *</source>
        <translation>Bezeichnung *</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Güter</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>Wirksam ab</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>Läuft aus nach</translation>
    </message>
    <message>
        <source>Own status</source>
        <translation>Eigener Status</translation>
    </message>
    <message>
        <source>Value threshold</source>
        <translation>Wertschwelle</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>Betroffen</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>Ausgenommen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>New suspension window</source>
        <translation>Neuer Aussetzungszeitraum</translation>
    </message>
    <message>
        <source>the whole measure</source>
        <translation>die ganze Maßnahme</translation>
    </message>
    <message>
        <source>clause {label}</source>
        <translation>Klausel {label}</translation>
    </message>
    <message>
        <source>reference of the suspending measure</source>
        <translation>Referenz der aussetzenden Maßnahme</translation>
    </message>
    <message>
        <source>Suspends</source>
        <translation>Setzt aus</translation>
    </message>
    <message>
        <source>Suspended by</source>
        <translation>Ausgesetzt durch</translation>
    </message>
    <message>
        <source>First day suspended *</source>
        <translation>Erster Tag der Aussetzung *</translation>
    </message>
    <message>
        <source>Last day suspended (empty: open-ended)</source>
        <translation>Letzter Tag der Aussetzung (leer: unbefristet)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>First day suspended</source>
        <translation>Erster Tag der Aussetzung</translation>
    </message>
    <message>
        <source>Last day suspended</source>
        <translation>Letzter Tag der Aussetzung</translation>
    </message>
    <message>
        <source>Lift the suspension</source>
        <translation>Aussetzung aufheben</translation>
    </message>
    <message>
        <source>Extend the suspension</source>
        <translation>Aussetzung verlängern</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>unbefristet</translation>
    </message>
    <message>
        <source>Applies again from *</source>
        <translation>Gilt wieder ab *</translation>
    </message>
    <message>
        <source>Decided on *</source>
        <translation>Beschlossen am *</translation>
    </message>
    <message>
        <source>New last day suspended</source>
        <translation>Neuer letzter Tag der Aussetzung</translation>
    </message>
    <message>
        <source>Note (e.g. the instrument)</source>
        <translation>Notiz (z. B. der Rechtsakt)</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>Das Datum</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>This {label} was changed since (by someone else or another window); undoing would overwrite that change, so nothing was changed.</source>
        <translation>Dieser Datensatz ({label}) wurde inzwischen geändert (von jemand anderem oder in einem anderen Fenster); Rückgängigmachen würde diese Änderung überschreiben, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>undo_config</name>
    <message>
        <source>This {what} was changed since (by someone else or another window); undoing would overwrite that change, so nothing was changed.</source>
        <translation>Dieser Eintrag ({what}) wurde inzwischen geändert (von jemand anderem oder in einem anderen Fenster); Rückgängigmachen würde diese Änderung überschreiben, daher wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Add synonym {term}</source>
        <translation>Synonym {term} hinzufügen</translation>
    </message>
    <message>
        <source>Remove synonym {term}</source>
        <translation>Synonym {term} entfernen</translation>
    </message>
    <message>
        <source>Edit synonym {term}</source>
        <translation>Synonym {term} bearbeiten</translation>
    </message>
    <message>
        <source>Edit the risk matrix</source>
        <translation>Risikomatrix bearbeiten</translation>
    </message>
    <message>
        <source>Link {sentence}</source>
        <translation>Verknüpfen: {sentence}</translation>
    </message>
    <message>
        <source>Remove link {sentence}</source>
        <translation>Verknüpfung entfernen: {sentence}</translation>
    </message>
</context>
<context>
    <name>undo_screening</name>
    <message>
        <source>Dismiss {measure_reference} x {venture_name}: {item_name}</source>
        <translation>{measure_reference} x {venture_name} zurückweisen: {item_name}</translation>
    </message>
    <message>
        <source>Put the exposure back</source>
        <translation>Betroffenheit zurückholen</translation>
    </message>
    <message>
        <source>Dismiss the exposure again</source>
        <translation>Betroffenheit erneut zurückweisen</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>Hat Fehler</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
</context>
<context>
    <name>venture_form</name>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>Anteil %</translation>
    </message>
    <message>
        <source>Key input or output</source>
        <translation>Wichtiger Eingang oder Ausgang</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Codes (e.g. HS:2504.10)</source>
        <translation>Codes (z. B. HS:2504.10)</translation>
    </message>
    <message>
        <source>Countries (from / to)</source>
        <translation>Länder (von / nach)</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>e.g. 125000000.00</source>
        <translation>z. B. 125000000.00</translation>
    </message>
    <message>
        <source>ISO 4217, e.g. USD</source>
        <translation>ISO 4217, z. B. USD</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation>Land *</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>Betroffener Wert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Internal owner</source>
        <translation>Interne Verantwortung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Key inputs</source>
        <translation>Wichtige Eingänge</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Partners and ownership</source>
        <translation>Partner und Beteiligungen</translation>
    </message>
    <message>
        <source>Key inputs and codes</source>
        <translation>Wichtige Eingänge und Codes</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>Beteiligungen</translation>
    </message>
    <message>
        <source>Ownership total: - (a share is not a number)</source>
        <translation>Summe der Beteiligungen: - (ein Anteil ist keine Zahl)</translation>
    </message>
    <message>
        <source>Known shares: {total}% ({OWNERSHIP_INCOMPLETE}: {unknown} not disclosed)</source>
        <translation>Bekannte Anteile: {total} % ({OWNERSHIP_INCOMPLETE}: {unknown} nicht offengelegt)</translation>
    </message>
    <message>
        <source>{rest}% unallocated</source>
        <translation>{rest} % nicht zugeordnet</translation>
    </message>
    <message>
        <source>{excess}% too much</source>
        <translation>{excess} % zu viel</translation>
    </message>
    <message>
        <source>Ownership total: {total}% ({note})</source>
        <translation>Summe der Beteiligungen: {total} % ({note})</translation>
    </message>
</context>
<context>
    <name>window_status</name>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Database: {display_name}</source>
        <translation>Datenbank: {display_name}</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can browse, search and export, but not change records.</source>
        <translation>Schreibgeschützt: {reason}. Sie können blättern, suchen und exportieren, aber keine Datensätze ändern.</translation>
    </message>
    <message>
        <source>the database file or its folder cannot be written</source>
        <translation>die Datenbankdatei oder ihr Ordner ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>Counts unavailable: {exc}</source>
        <translation>Zählungen nicht verfügbar: {exc}</translation>
    </message>
    <message>
        <source>{live} · {overdue_reviews:,} reviews overdue</source>
        <translation>{live} · {overdue_reviews:,} Überprüfungen überfällig</translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation>Das Register ist beschädigt</translation>
    </message>
    <message>
        <source>{display_name} failed SQLite&apos;s integrity check ({problem}).

It is now open read-only, so nothing more is written to it. Export what you need, then restore it from a backup with `export-risk restore BACKUP_FILE` (the damaged file is kept as evidence).</source>
        <translation>{display_name} hat die Integritätsprüfung von SQLite nicht bestanden ({problem}).

Es ist jetzt schreibgeschützt geöffnet, es wird nichts mehr hineingeschrieben. Exportieren Sie, was Sie brauchen, und stellen Sie es dann mit `export-risk restore BACKUP_FILE` aus einer Sicherung wieder her (die beschädigte Datei bleibt als Beleg erhalten).</translation>
    </message>
</context>
<context>
    <name>window_views</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Exposures</source>
        <translation>Betroffenheiten</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
</TS>
