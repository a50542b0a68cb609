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
    <name>sd::FitScoreDialog</name>
    <message>
        <source>Fit Points from the Outcome</source>
        <translation>Punkte aus dem Ergebnis anpassen</translation>
    </message>
    <message>
        <source>Held-out share</source>
        <translation>Zurückgehaltener Anteil</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>Startwert der Aufteilung</translation>
    </message>
    <message>
        <source>Penalty (L2)</source>
        <translation>Strafterm (L2)</translation>
    </message>
    <message>
        <source>Bins per number or date</source>
        <translation>Klassen je Zahl oder Datum</translation>
    </message>
    <message>
        <source>Categories per text field</source>
        <translation>Kategorien je Textfeld</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Leads (train)</source>
        <translation>Leads (Training)</translation>
    </message>
    <message>
        <source>Rate (train)</source>
        <translation>Quote (Training)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>Score mindestens</translation>
    </message>
    <message>
        <source>Leads (test)</source>
        <translation>Leads (Test)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Precision and recall</source>
        <translation>Präzision und Trefferquote</translation>
    </message>
    <message>
        <source>Use This Score</source>
        <translation>Diesen Score verwenden</translation>
    </message>
    <message>
        <source>Choose at least one field.</source>
        <translation>Wählen Sie mindestens ein Feld.</translation>
    </message>
    <message>
        <source>Fitting…</source>
        <translation>Wird angepasst…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>AUC %1 on %2 held-out leads (%3 on the %4 it was fitted on). Base: %5 points.</source>
        <translation>AUC %1 auf %2 zurückgehaltenen Leads (%3 auf den %4, an die angepasst wurde). Basis: %5 Punkte.</translation>
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
    <name>sd::ModelInputsWidget</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Converted when</source>
        <translation>Konvertiert, wenn</translation>
    </message>
    <message>
        <source>Fields the model may use:</source>
        <translation>Felder, die das Modell verwenden darf:</translation>
    </message>
    <message>
        <source>The data has no field that could be the outcome.</source>
        <translation>Die Daten enthalten kein Feld, das als Ergebnis dienen könnte.</translation>
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
    <name>sd::SuggestSegmentsDialog</name>
    <message>
        <source>Suggest Segments</source>
        <translation>Segmente vorschlagen</translation>
    </message>
    <message>
        <source>Decision tree on the outcome</source>
        <translation>Entscheidungsbaum über das Ergebnis</translation>
    </message>
    <message>
        <source>Clusters of similar leads (k-prototypes)</source>
        <translation>Cluster ähnlicher Leads (k-Prototypes)</translation>
    </message>
    <message>
        <source>Gini impurity</source>
        <translation>Gini-Unreinheit</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropie</translation>
    </message>
    <message>
        <source>Maximum depth</source>
        <translation>Maximale Tiefe</translation>
    </message>
    <message>
        <source>Smallest segment</source>
        <translation>Kleinstes Segment</translation>
    </message>
    <message>
        <source>Split quality</source>
        <translation>Gütemaß der Aufteilung</translation>
    </message>
    <message>
        <source>Number of clusters</source>
        <translation>Anzahl der Cluster</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Startwert</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Konvertiert</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Add Segments</source>
        <translation>Segmente hinzufügen</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Choose at least one field.</source>
        <translation>Wählen Sie mindestens ein Feld.</translation>
    </message>
    <message>
        <source>Fitting…</source>
        <translation>Wird angepasst…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Angehalten.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s); overall rate %1. Sizes are exact: the rules reproduce the tree.</source>
        <translation>
            <numerusform>%n Segment; Gesamtquote %1. Die Größen sind exakt: Die Regeln bilden den Baum genau nach.</numerusform>
            <numerusform>%n Segmente; Gesamtquote %1. Die Größen sind exakt: Die Regeln bilden den Baum genau nach.</numerusform>
        </translation>
    </message>
    <message>
        <source>The segment&apos;s conditions match %1 leads, %2 of them in this cluster.</source>
        <translation>Die Bedingungen des Segments treffen auf %1 Leads zu, %2 davon in diesem Cluster.</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) after %1 iterations. Each segment describes its cluster approximately; hover for how well.</source>
        <translation>
            <numerusform>%n Cluster nach %1 Iterationen. Jedes Segment beschreibt seinen Cluster näherungsweise; wie gut, zeigt der Tooltip.</numerusform>
            <numerusform>%n Cluster nach %1 Iterationen. Jedes Segment beschreibt seinen Cluster näherungsweise; wie gut, zeigt der Tooltip.</numerusform>
        </translation>
    </message>
</context>
</TS>
