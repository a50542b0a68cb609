<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Design lead segments visually on your own CSV exports.</source>
        <translation>Lead-Segmente visuell auf Ihren eigenen CSV-Exporten entwerfen.</translation>
    </message>
    <message>
        <source>The workspace (*.segdb) to open.</source>
        <translation>Der zu öffnende Arbeitsbereich (*.segdb).</translation>
    </message>
    <message>
        <source>A rule file (*.rules.json) to open.</source>
        <translation>Eine zu öffnende Regeldatei (*.rules.json).</translation>
    </message>
    <message>
        <source>Save the main window as a PNG file and exit.</source>
        <translation>Das Hauptfenster als PNG-Datei speichern und beenden.</translation>
    </message>
    <message>
        <source>at most one workspace can be opened (see --help)</source>
        <translation>es kann höchstens ein Arbeitsbereich geöffnet werden (siehe --help)</translation>
    </message>
    <message>
        <source>%1: no such workspace</source>
        <translation>%1: Arbeitsbereich nicht gefunden</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>%1: cannot write the screenshot</source>
        <translation>%1: Das Bildschirmfoto kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>sd::AboutDialog</name>
    <message>
        <source>About Segment Designer</source>
        <translation>Über Segment Designer</translation>
    </message>
    <message>
        <source>Segment Designer icon</source>
        <translation>Symbol von Segment Designer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Segment Designer %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Segment Designer %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Design lead segments, tiers and scores on your own CSV exports. Your workspace stays on your computer.</source>
        <translation>Entwerfen Sie Lead-Segmente, Stufen und Scores auf Ihren eigenen CSV-Exporten. Ihr Arbeitsbereich bleibt auf Ihrem Computer.</translation>
    </message>
    <message>
        <source>Segment Designer is built on these libraries. Double-click one to read its licence and get its source.</source>
        <translation>Segment Designer baut auf diesen Bibliotheken auf. Doppelklicken Sie auf eine, um ihre Lizenz zu lesen und ihren Quellcode zu erhalten.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Verwendet für</translation>
    </message>
    <message>
        <source>Libraries, versions and licences</source>
        <translation>Bibliotheken, Versionen und Lizenzen</translation>
    </message>
    <message>
        <source>&amp;Copy Version Information</source>
        <translation>Versionsinformationen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the versions of Segment Designer, the system and every library, for a bug report</source>
        <translation>Die Versionen von Segment Designer, des Systems und aller Bibliotheken für einen Fehlerbericht kopieren</translation>
    </message>
    <message>
        <source>Windows, charts, icons and translations</source>
        <translation>Fenster, Diagramme, Symbole und Übersetzungen</translation>
    </message>
    <message>
        <source>The workspace file</source>
        <translation>Die Arbeitsbereichsdatei</translation>
    </message>
    <message>
        <source>Rule files and JSON output</source>
        <translation>Regeldateien und JSON-Ausgabe</translation>
    </message>
    <message>
        <source>Reading CSV files</source>
        <translation>Lesen von CSV-Dateien</translation>
    </message>
    <message>
        <source>Detecting the encoding of CSV files</source>
        <translation>Erkennen der Zeichenkodierung von CSV-Dateien</translation>
    </message>
    <message>
        <source>Tagged lead lists as Excel workbooks</source>
        <translation>Markierte Lead-Listen als Excel-Arbeitsmappen</translation>
    </message>
</context>
<context>
    <name>sd::ChartView</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Segment Designer chart</source>
        <translation>Segment-Designer-Diagramm</translation>
    </message>
    <message>
        <source>Cannot write %1: the SVG could not be started</source>
        <translation>%1 kann nicht geschrieben werden: das SVG ließ sich nicht beginnen</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Diagramm als SVG exportieren</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Copy figures as CSV</source>
        <translation>Zahlen als CSV kopieren</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Als SVG exportieren…</translation>
    </message>
</context>
<context>
    <name>sd::ChartsPanel</name>
    <message>
        <source>The segments whose children the charts compare</source>
        <translation>Die Segmente, deren Untersegmente die Diagramme vergleichen</translation>
    </message>
    <message>
        <source>The score of the histogram and of the precision/recall chart</source>
        <translation>Der Score des Histogramms und des Precision/Recall-Diagramms</translation>
    </message>
    <message>
        <source>The date field that groups leads by month</source>
        <translation>Das Datumsfeld, das Leads nach Monat gruppiert</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Ebene:</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Score:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Größen</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Zeitverlauf</translation>
    </message>
    <message>
        <source>Precision/recall</source>
        <translation>Precision/Recall</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>No evaluation yet</source>
        <translation>Noch keine Auswertung</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Oberste Ebene</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Wird aktualisiert…</translation>
    </message>
    <message>
        <source>Rules not evaluated: %1</source>
        <translation>Regeln nicht ausgewertet: %1</translation>
    </message>
    <message>
        <source>Evaluated in %1 ms, charts in %2 ms</source>
        <translation>Ausgewertet in %1 ms, Diagramme in %2 ms</translation>
    </message>
</context>
<context>
    <name>sd::ConversionChart</name>
    <message>
        <source>Conversion rate with 95% interval: top level</source>
        <translation>Konversionsrate mit 95-%-Intervall: oberste Ebene</translation>
    </message>
    <message>
        <source>Conversion rate with 95% interval: %1</source>
        <translation>Konversionsrate mit 95-%-Intervall: %1</translation>
    </message>
    <message>
        <source>The rules define no outcome, so there is no conversion rate to show.</source>
        <translation>Die Regeln definieren kein Ergebnis, daher gibt es keine Konversionsrate.</translation>
    </message>
    <message>
        <source>This level has no segments.</source>
        <translation>Diese Ebene hat keine Segmente.</translation>
    </message>
    <message>
        <source>Conversion rate (%)</source>
        <translation>Konversionsrate (%)</translation>
    </message>
    <message>
        <source> (95% interval)</source>
        <translation> (95-%-Intervall)</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 converted of %3 leads: %4&lt;br&gt;95% interval %5 – %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 von %3 Leads konvertiert: %4&lt;br&gt;95-%-Intervall %5 – %6</translation>
    </message>
    <message>
        <source>&lt;br&gt;Lift vs all leads: ×%1</source>
        <translation>&lt;br&gt;Lift gegenüber allen Leads: ×%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;p-value vs rest of parent: %1</source>
        <translation>&lt;br&gt;p-Wert gegenüber dem Rest des Elternsegments: %1</translation>
    </message>
    <message>
        <source>All leads: %1</source>
        <translation>Alle Leads: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;All leads&lt;/b&gt;&lt;br&gt;%1 converted of %2: %3&lt;br&gt;95% interval %4 – %5</source>
        <translation>&lt;b&gt;Alle Leads&lt;/b&gt;&lt;br&gt;%1 von %2 konvertiert: %3&lt;br&gt;95-%-Intervall %4 – %5</translation>
    </message>
</context>
<context>
    <name>sd::FieldListModel</name>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Counting non-empty values…</source>
        <translation>Nicht leere Werte werden gezählt…</translation>
    </message>
    <message>
        <source>%1 of %2 leads have a value</source>
        <translation>%1 von %2 Leads haben einen Wert</translation>
    </message>
    <message>
        <source>%1 is the lead key: it identifies a lead across imports</source>
        <translation>%1 ist der Lead-Schlüssel: Er identifiziert einen Lead über Importe hinweg</translation>
    </message>
    <message>
        <source>Read as empty: %1</source>
        <translation>Als leer gelesen: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Gefüllt</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Quellspalte</translation>
    </message>
    <message>
        <source>Share of leads with a non-empty value</source>
        <translation>Anteil der Leads mit einem nicht leeren Wert</translation>
    </message>
    <message>
        <source>The CSV header the field was first imported from</source>
        <translation>Die CSV-Spaltenüberschrift, aus der das Feld zuerst importiert wurde</translation>
    </message>
</context>
<context>
    <name>sd::HealthModel</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Segment or field</source>
        <translation>Segment oder Feld</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
</context>
<context>
    <name>sd::HealthPanel</name>
    <message>
        <source> leads</source>
        <translation> Leads</translation>
    </message>
    <message>
        <source> points</source>
        <translation> Punkte</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Minimum segment size</source>
        <translation>Minimale Segmentgröße</translation>
    </message>
    <message>
        <source>Too many tiny segments above</source>
        <translation>Zu viele winzige Segmente ab</translation>
    </message>
    <message>
        <source>Widest 95% interval</source>
        <translation>Breitestes 95-%-Intervall</translation>
    </message>
    <message>
        <source>Siblings alike when p-value above</source>
        <translation>Geschwister gleich, wenn p-Wert über</translation>
    </message>
    <message>
        <source>Largest remainder share</source>
        <translation>Größter Anteil des Rests</translation>
    </message>
    <message>
        <source>Lowest fill rate of a used field</source>
        <translation>Niedrigste Füllrate eines verwendeten Felds</translation>
    </message>
    <message>
        <source>Data stale after</source>
        <translation>Daten veraltet nach</translation>
    </message>
    <message>
        <source>Verify the rules every</source>
        <translation>Regeln prüfen alle</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>Mark rules as verified today</source>
        <translation>Regeln heute als geprüft markieren</translation>
    </message>
    <message>
        <source>Record that you checked this rule set against the current data</source>
        <translation>Festhalten, dass Sie dieses Regelwerk mit den aktuellen Daten geprüft haben</translation>
    </message>
    <message>
        <source>The rules could not be evaluated: %1</source>
        <translation>Die Regeln konnten nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>No evaluation yet.</source>
        <translation>Noch keine Auswertung.</translation>
    </message>
    <message>
        <source>No problems found (notes: %1).</source>
        <translation>Keine Probleme gefunden (Hinweise: %1).</translation>
    </message>
    <message>
        <source>Problems: %1 · Warnings: %2 · Notes: %3</source>
        <translation>Probleme: %1 · Warnungen: %2 · Hinweise: %3</translation>
    </message>
</context>
<context>
    <name>sd::HelpBrowser</name>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vor</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <source>Show the contents of the guide</source>
        <translation>Das Inhaltsverzeichnis des Handbuchs anzeigen</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Auf der Seite suchen</translation>
    </message>
    <message>
        <source>Segment Designer Guide</source>
        <translation>Segment-Designer-Handbuch</translation>
    </message>
    <message>
        <source>%1 — Segment Designer Guide</source>
        <translation>%1 — Segment-Designer-Handbuch</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Keine Treffer</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ImportHistoryModel</name>
    <message>
        <source>Rejected rows with their line numbers and reasons: %1</source>
        <translation>Abgewiesene Zeilen mit Zeilennummer und Grund: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Gelesene Zeilen</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Eingefügt</translation>
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
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>Rejects file</source>
        <translation>Datei der abgewiesenen Zeilen</translation>
    </message>
    <message>
        <source>Existing leads (same key) whose values changed</source>
        <translation>Vorhandene Leads (gleicher Schlüssel), deren Werte sich geändert haben</translation>
    </message>
    <message>
        <source>Existing leads (same key) that were already identical</source>
        <translation>Vorhandene Leads (gleicher Schlüssel), die bereits identisch waren</translation>
    </message>
    <message>
        <source>Rows with a key already in the workspace, kept as they were</source>
        <translation>Zeilen mit einem Schlüssel, der schon im Arbeitsbereich war; der Lead blieb unverändert</translation>
    </message>
    <message>
        <source>Rows written to the rejects file instead of the workspace</source>
        <translation>Zeilen, die statt in den Arbeitsbereich in die Datei der abgewiesenen Zeilen geschrieben wurden</translation>
    </message>
    <message>
        <source>CSV of the rejected rows with their line numbers and reasons</source>
        <translation>CSV-Datei der abgewiesenen Zeilen mit Zeilennummer und Grund</translation>
    </message>
</context>
<context>
    <name>sd::LeadTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1: %2, imported from column “%3”</source>
        <translation>%1: %2, importiert aus der Spalte „%3“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importverlauf</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Segment Designer</source>
        <translation>Ü&amp;ber Segment Designer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Segment Designer</source>
        <translation>Segment Designer</translation>
    </message>
    <message>
        <source>No workspace is open.
Create one with File → New workspace… or open one with File → Open workspace…</source>
        <translation>Kein Arbeitsbereich geöffnet.
Legen Sie mit Datei → Neuer Arbeitsbereich… einen an oder öffnen Sie einen mit Datei → Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>%1 (read-only) — Segment Designer</source>
        <translation>%1 (schreibgeschützt) — Segment Designer</translation>
    </message>
    <message>
        <source>%1 — Segment Designer</source>
        <translation>%1 — Segment Designer</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 Lead</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 Leads</translation>
    </message>
    <message>
        <source>This workspace has no leads yet.
Add some with File → Import CSV…</source>
        <translation>Dieser Arbeitsbereich enthält noch keine Leads.
Fügen Sie welche mit Datei → CSV importieren… hinzu.</translation>
    </message>
    <message>
        <source>Segment Designer workspaces (*.segdb);;All files (*)</source>
        <translation>Segment-Designer-Arbeitsbereiche (*.segdb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it with File → Open workspace…, or choose another name.</source>
        <translation>„%1“ existiert bereits. Öffnen Sie die Datei mit Datei → Arbeitsbereich öffnen… oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>(no key: add every row as a new lead)</source>
        <translation>(kein Schlüssel: jede Zeile als neuen Lead hinzufügen)</translation>
    </message>
    <message>
        <source>Column that identifies a lead across imports:</source>
        <translation>Spalte, die einen Lead über Importe hinweg identifiziert:</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>„%1“ wird importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>Import abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>Der Import ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>„%1“ wurde importiert.</translation>
    </message>
    <message>
        <source>&lt;p&gt;1 row was rejected. It is listed with its line number and the reason in&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;1 Zeile wurde abgewiesen. Sie steht mit Zeilennummer und Grund in&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 rows were rejected. Each one is listed with its line number and the reason in&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 Zeilen wurden abgewiesen. Jede steht mit Zeilennummer und Grund in&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Rejects File</source>
        <translation>Datei der abgewiesenen Zeilen öffnen</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? The workspace stays as it was before the import.</source>
        <translation>Ein Import läuft. Abbrechen und beenden? Der Arbeitsbereich bleibt, wie er vor dem Import war.</translation>
    </message>
    <message>
        <source>About Segment Designer</source>
        <translation>Über Segment Designer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segment Designer %1&lt;/h3&gt;&lt;p&gt;Design lead segments visually on your own CSV exports, watch sizes and conversion update, and export the rule file for your CRM and data warehouse.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segment Designer %1&lt;/h3&gt;&lt;p&gt;Entwerfen Sie Lead-Segmente visuell auf Ihren eigenen CSV-Exporten, verfolgen Sie Größen und Konversion live und exportieren Sie die Regeldatei für Ihr CRM und Ihr Data Warehouse.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sd::OverlapChart</name>
    <message>
        <source>Overlap</source>
        <translation>Überschneidung</translation>
    </message>
    <message>
        <source>No segment has overlapping children: in an exclusive tree every lead is in one sibling only.</source>
        <translation>Kein Segment hat überlappende Untersegmente: in einem exklusiven Baum liegt jeder Lead in nur einem Geschwistersegment.</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>oberste Ebene</translation>
    </message>
    <message>
        <source>Overlap of the top-level segments (share of the row&apos;s leads)</source>
        <translation>Überschneidung der Segmente der obersten Ebene (Anteil an den Leads der Zeile)</translation>
    </message>
    <message>
        <source>Overlap of the children of %1 (share of the row&apos;s leads)</source>
        <translation>Überschneidung der Untersegmente von %1 (Anteil an den Leads der Zeile)</translation>
    </message>
    <message>
        <source>An overlap needs at least two segments.</source>
        <translation>Eine Überschneidung braucht mindestens zwei Segmente.</translation>
    </message>
    <message>
        <source>Share of row (%)</source>
        <translation>Anteil an der Zeile (%)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 leads</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Leads</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3 leads in both&lt;br&gt;%4 of %1 (%5)&lt;br&gt;%6 of %2 (%7)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; und &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3 Leads in beiden&lt;br&gt;%4 von %1 (%5)&lt;br&gt;%6 von %2 (%7)</translation>
    </message>
</context>
<context>
    <name>sd::Palettes</name>
    <message>
        <source>Unknown colour scheme “%1”; expected one of: %2</source>
        <translation>Unbekanntes Farbschema „%1“; möglich sind: %2</translation>
    </message>
</context>
<context>
    <name>sd::ScoreHistogramChart</name>
    <message>
        <source>all leads</source>
        <translation>alle Leads</translation>
    </message>
    <message>
        <source>%1 distribution over %2</source>
        <translation>Verteilung von %1 über %2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>Score-Verteilung</translation>
    </message>
    <message>
        <source>The rules define no score.</source>
        <translation>Die Regeln definieren keinen Score.</translation>
    </message>
    <message>
        <source>No leads in this population.</source>
        <translation>Keine Leads in dieser Population.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>Nicht konvertiert</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Conversion rate in bin (%)</source>
        <translation>Konversionsrate im Intervall (%)</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2 to %3&lt;/b&gt; (%4)&lt;br&gt;%5 leads</source>
        <translation>&lt;b&gt;%1 %2 bis %3&lt;/b&gt; (%4)&lt;br&gt;%5 Leads</translation>
    </message>
    <message>
        <source>inclusive</source>
        <translation>einschließlich</translation>
    </message>
    <message>
        <source>exclusive</source>
        <translation>ausschließlich</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 converted, %2 not&lt;br&gt;Rate %3</source>
        <translation>&lt;br&gt;%1 konvertiert, %2 nicht&lt;br&gt;Rate %3</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 — drag to change the threshold</source>
        <translation>%1 %2 — ziehen, um den Schwellenwert zu ändern</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>sd::SizesChart</name>
    <message>
        <source>Segment sizes: top level</source>
        <translation>Segmentgrößen: oberste Ebene</translation>
    </message>
    <message>
        <source>Segment sizes: %1</source>
        <translation>Segmentgrößen: %1</translation>
    </message>
    <message>
        <source>This level has no segments.</source>
        <translation>Diese Ebene hat keine Segmente.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>all leads</source>
        <translation>alle Leads</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 leads&lt;br&gt;%3 of %4 (%5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 Leads&lt;br&gt;%3 von %4 (%5)</translation>
    </message>
</context>
<context>
    <name>sd::ThresholdChart</name>
    <message>
        <source>all leads</source>
        <translation>alle Leads</translation>
    </message>
    <message>
        <source>Precision, recall and F1 of %1 ≥ threshold over %2</source>
        <translation>Precision, Recall und F1 von %1 ≥ Schwellenwert über %2</translation>
    </message>
    <message>
        <source>Precision and recall</source>
        <translation>Precision und Recall</translation>
    </message>
    <message>
        <source>The rules define no score.</source>
        <translation>Die Regeln definieren keinen Score.</translation>
    </message>
    <message>
        <source>The rules define no outcome to predict.</source>
        <translation>Die Regeln definieren kein vorherzusagendes Ergebnis.</translation>
    </message>
    <message>
        <source>No leads in this population.</source>
        <translation>Keine Leads in dieser Population.</translation>
    </message>
    <message>
        <source>Threshold: %1 ≥</source>
        <translation>Schwellenwert: %1 ≥</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Precision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Recall</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 ≥ %2&lt;/b&gt;&lt;br&gt;Precision %3 (%4 of %5 selected converted)&lt;br&gt;Recall %6 (%4 of %7 converted)&lt;br&gt;F1 %8&lt;br&gt;TP %4 · FP %9 · FN %10 · TN %11</source>
        <translation>&lt;b&gt;%1 ≥ %2&lt;/b&gt;&lt;br&gt;Precision %3 (%4 von %5 ausgewählten konvertiert)&lt;br&gt;Recall %6 (%4 von %7 konvertierten)&lt;br&gt;F1 %8&lt;br&gt;TP %4 · FP %9 · FN %10 · TN %11</translation>
    </message>
    <message>
        <source>Best F1: ≥ %1</source>
        <translation>Bestes F1: ≥ %1</translation>
    </message>
    <message>
        <source>F1 %1 at ≥ %2</source>
        <translation>F1 %1 bei ≥ %2</translation>
    </message>
    <message>
        <source>%1 threshold</source>
        <translation>Schwellenwert %1</translation>
    </message>
</context>
<context>
    <name>sd::TimelineChart</name>
    <message>
        <source>Conversion over time</source>
        <translation>Konversion im Zeitverlauf</translation>
    </message>
    <message>
        <source>The data has no date field.</source>
        <translation>Die Daten haben kein Datumsfeld.</translation>
    </message>
    <message>
        <source>Leads and conversion rate per month of %1</source>
        <translation>Leads und Konversionsrate pro Monat von %1</translation>
    </message>
    <message>
        <source>No lead of these segments has a %1.</source>
        <translation>Kein Lead dieser Segmente hat ein %1.</translation>
    </message>
    <message>
        <source>Leads per month (bars)</source>
        <translation>Leads pro Monat (Balken)</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Alle Leads</translation>
    </message>
    <message>
        <source>Conversion rate, % (lines)</source>
        <translation>Konversionsrate, % (Linien)</translation>
    </message>
    <message>
        <source> rate</source>
        <translation> Rate</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2&lt;br&gt;%3 leads, %4 converted&lt;br&gt;Rate %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2&lt;br&gt;%3 Leads, %4 konvertiert&lt;br&gt;Rate %5</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2&lt;br&gt;%3 leads</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2&lt;br&gt;%3 Leads</translation>
    </message>
    <message>
        <source>, %1 converted (%2)</source>
        <translation>, %1 konvertiert (%2)</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 leads of this segment have no %2</source>
        <translation>&lt;br&gt;%1 Leads dieses Segments haben kein %2</translation>
    </message>
</context>
</TS>
