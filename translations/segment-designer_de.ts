<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MoveSegmentCommand</name>
    <message>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
</context>
<context>
    <name>RemoveSegmentCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>„%1“ löschen</translation>
    </message>
</context>
<context>
    <name>RenameSegmentCommand</name>
    <message>
        <source>Rename “%1”</source>
        <translation>„%1“ umbenennen</translation>
    </message>
</context>
<context>
    <name>SetAttributesCommand</name>
    <message>
        <source>Edit attributes of “%1”</source>
        <translation>Attribute von „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetChildModeCommand</name>
    <message>
        <source>Make children exclusive</source>
        <translation>Untersegmente exklusiv machen</translation>
    </message>
    <message>
        <source>Make children overlapping</source>
        <translation>Untersegmente überlappend machen</translation>
    </message>
</context>
<context>
    <name>SetHoldoutCommand</name>
    <message>
        <source>Set holdout</source>
        <translation>Kontrollgruppe festlegen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design lead segments visually on your own CSV exports.</source>
        <translation>Lead-Segmente visuell auf Ihren eigenen CSV-Exporten entwerfen.</translation>
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
    <message>
        <source>Open Rule File</source>
        <translation>Regeldatei öffnen</translation>
    </message>
    <message>
        <source>The user-interface language (de, fr, en); default: the system&apos;s.</source>
        <translation>Die Sprache der Oberfläche (de, fr, en); Vorgabe: die des Systems.</translation>
    </message>
    <message>
        <source>The colour scheme: system, dark or high-contrast.</source>
        <translation>Das Farbschema: system, dark oder high-contrast.</translation>
    </message>
    <message>
        <source>still loading after 120 s; saving the screenshot as it is</source>
        <translation>lädt nach 120 s noch; das Bildschirmfoto wird im jetzigen Zustand gespeichert</translation>
    </message>
    <message>
        <source>The workspace (*.segdb) and/or the rule file (*.rules.json) to open.</source>
        <translation>Der zu öffnende Arbeitsbereich (*.segdb) und/oder die zu öffnende Regeldatei (*.rules.json).</translation>
    </message>
    <message>
        <source>at most one rule file can be opened (see --help)</source>
        <translation>es kann höchstens eine Regeldatei geöffnet werden (siehe --help)</translation>
    </message>
    <message>
        <source>Show the score editor, with the score of this id (&quot;&quot; for the first).</source>
        <translation>Den Score-Editor zeigen, mit dem Score dieser ID (&quot;&quot; für den ersten).</translation>
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
    <message>
        <source>Fitting a score to the outcome</source>
        <translation>Anpassen eines Scores an das Ergebnis</translation>
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
    <message>
        <source>Charts in %1 ms</source>
        <translation>Diagramme in %1 ms</translation>
    </message>
</context>
<context>
    <name>sd::Clustering</name>
    <message>
        <source>the number of clusters must be between 2 and 50</source>
        <translation>die Anzahl der Cluster muss zwischen 2 und 50 liegen</translation>
    </message>
    <message>
        <source>there are fewer leads than clusters</source>
        <translation>es gibt weniger Leads als Cluster</translation>
    </message>
    <message>
        <source>choose at least one field to group by</source>
        <translation>wählen Sie mindestens ein Feld zum Gruppieren</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not in the data</source>
        <translation>das Feld &quot;%1&quot; ist nicht in den Daten</translation>
    </message>
    <message>
        <source>the list field &quot;%1&quot; cannot be used for grouping</source>
        <translation>das Listenfeld &quot;%1&quot; kann nicht zum Gruppieren verwendet werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>sd::ColumnTable</name>
    <message>
        <source>cannot read leads: %1</source>
        <translation>Leads können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation>Laden abgebrochen</translation>
    </message>
    <message>
        <source>the workspace changed while it was being read; open it again</source>
        <translation>der Arbeitsbereich hat sich beim Lesen geändert; öffnen Sie ihn erneut</translation>
    </message>
    <message>
        <source>%1: the file is empty (no header row)</source>
        <translation>%1: die Datei ist leer (keine Kopfzeile)</translation>
    </message>
</context>
<context>
    <name>sd::ColumnTypeInference</name>
    <message>
        <source>dates like 01/02/2021 could be day-first or month-first; kept as text</source>
        <translation>Datumsangaben wie 01/02/2021 können mit dem Tag oder mit dem Monat beginnen; als Text belassen</translation>
    </message>
</context>
<context>
    <name>sd::ConditionDragHandle</name>
    <message>
        <source>Drag to move this condition into another group</source>
        <translation>Ziehen, um diese Bedingung in eine andere Gruppe zu verschieben</translation>
    </message>
    <message>
        <source>Move condition</source>
        <translation>Bedingung verschieben</translation>
    </message>
    <message>
        <source>Drag to move this condition into another group, or focus it and press Up or Down</source>
        <translation>Ziehen, um diese Bedingung in eine andere Gruppe zu verschieben, oder auswählen und Pfeil nach oben oder unten drücken</translation>
    </message>
    <message>
        <source>Up and Down move the condition one place; at the edge of a group it leaves the group.</source>
        <translation>Pfeil nach oben und Pfeil nach unten verschieben die Bedingung um eine Stelle; am Rand einer Gruppe verlässt sie die Gruppe.</translation>
    </message>
</context>
<context>
    <name>sd::ConditionEditor</name>
    <message>
        <source>Add condition</source>
        <translation>Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Gruppe hinzufügen</translation>
    </message>
    <message>
        <source>Rest (no segment)</source>
        <translation>Rest (kein Segment)</translation>
    </message>
    <message>
        <source>Rest of %1</source>
        <translation>Rest von %1</translation>
    </message>
    <message>
        <source>The leads that none of the exclusive segments above took. It has no condition of its own: change the segments before it to change it.</source>
        <translation>Die Leads, die keines der exklusiven Segmente darüber genommen hat. Der Rest hat keine eigene Bedingung: Ändern Sie die Segmente davor, um ihn zu ändern.</translation>
    </message>
    <message>
        <source>No segment selected</source>
        <translation>Kein Segment ausgewählt</translation>
    </message>
    <message>
        <source>Select a segment in the tree to edit its condition, or add one with Segment → New Segment.</source>
        <translation>Wählen Sie im Baum ein Segment aus, um seine Bedingung zu bearbeiten, oder legen Sie mit Segment → Neues Segment eines an.</translation>
    </message>
    <message>
        <source>“%1” takes every lead of its parent. Add a condition to narrow it down.</source>
        <translation>„%1“ nimmt alle Leads des übergeordneten Segments. Fügen Sie eine Bedingung hinzu, um es einzugrenzen.</translation>
    </message>
    <message>
        <source>→ %1 left</source>
        <translation>→ %1 übrig</translation>
    </message>
    <message>
        <source>%1 of the %2 leads this segment chooses from (%3 %) pass this condition and every one above it.</source>
        <translation>%1 der %2 Leads, aus denen dieses Segment wählt (%3 %), erfüllen diese Bedingung und alle darüber.</translation>
    </message>
    <message>
        <source>= %1 leads</source>
        <translation>= %1 Leads</translation>
    </message>
    <message>
        <source>%1 match</source>
        <translation>%1 Treffer</translation>
    </message>
    <message>
        <source>%1 of the %2 leads this segment chooses from (%3 %) satisfy this on its own.</source>
        <translation>%1 der %2 Leads, aus denen dieses Segment wählt (%3 %), erfüllen dies für sich allein.</translation>
    </message>
    <message>
        <source>all leads</source>
        <translation>allen Leads</translation>
    </message>
    <message>
        <source>Chooses from %1 leads of %2 that the segments above it did not take · keeps %3</source>
        <translation>Wählt aus %1 Leads von %2, die die Segmente darüber nicht genommen haben · behält %3</translation>
    </message>
    <message>
        <source>Chooses from %1 leads of %2 · keeps %3</source>
        <translation>Wählt aus %1 Leads von %2 · behält %3</translation>
    </message>
    <message>
        <source>Counts are paused: %1</source>
        <translation>Zählung angehalten: %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Bedingung bearbeiten</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>Wrap in group</source>
        <translation>In Gruppe einschließen</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Gruppierung aufheben</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>Gruppe ändern</translation>
    </message>
    <message>
        <source>Add segment condition</source>
        <translation>Segmentbedingung hinzufügen</translation>
    </message>
    <message>
        <source>Move condition</source>
        <translation>Bedingung verschieben</translation>
    </message>
</context>
<context>
    <name>sd::ConditionGroupWidget</name>
    <message>
        <source>All of these (and)</source>
        <translation>Alle davon (und)</translation>
    </message>
    <message>
        <source>Any of these (or)</source>
        <translation>Eine davon (oder)</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>Nicht</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation>Dieser Gruppe eine Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Field condition</source>
        <translation>Feldbedingung</translation>
    </message>
    <message>
        <source>Membership of another segment</source>
        <translation>Zugehörigkeit zu einem anderen Segment</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Add a nested group (any of) to this group</source>
        <translation>Dieser Gruppe eine verschachtelte Gruppe (eine davon) hinzufügen</translation>
    </message>
    <message>
        <source>Wrap, ungroup or remove this group</source>
        <translation>Diese Gruppe einschließen, auflösen oder entfernen</translation>
    </message>
    <message>
        <source>Wrap in a group</source>
        <translation>In eine Gruppe einschließen</translation>
    </message>
    <message>
        <source>Negate (wrap in not)</source>
        <translation>Verneinen (in „nicht“ einschließen)</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Gruppierung aufheben</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Gruppe entfernen</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <source>Empty: no lead matches an empty “any” group.</source>
        <translation>Leer: Kein Lead erfüllt eine leere „eine davon“-Gruppe.</translation>
    </message>
    <message>
        <source>Empty: add a condition.</source>
        <translation>Leer: Fügen Sie eine Bedingung hinzu.</translation>
    </message>
    <message>
        <source>Group type</source>
        <translation>Gruppentyp</translation>
    </message>
</context>
<context>
    <name>sd::ConditionLeafWidget</name>
    <message>
        <source>on</source>
        <translation>am</translation>
    </message>
    <message>
        <source>is</source>
        <translation>ist</translation>
    </message>
    <message>
        <source>not on</source>
        <translation>nicht am</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>ist nicht</translation>
    </message>
    <message>
        <source>before</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>am oder vor</translation>
    </message>
    <message>
        <source>after</source>
        <translation>nach</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>am oder nach</translation>
    </message>
    <message>
        <source>between</source>
        <translation>zwischen</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>ist eines von</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>ist keines von</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>enthält nicht</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>beginnt mit</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>endet mit</translation>
    </message>
    <message>
        <source>matches pattern</source>
        <translation>passt zum Muster</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>ist leer</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>ist nicht leer</translation>
    </message>
    <message>
        <source>within the last</source>
        <translation>innerhalb der letzten</translation>
    </message>
    <message>
        <source>not within the last</source>
        <translation>nicht innerhalb der letzten</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>hat eines von</translation>
    </message>
    <message>
        <source>has all of</source>
        <translation>hat alle von</translation>
    </message>
    <message>
        <source>has none of</source>
        <translation>hat keines von</translation>
    </message>
    <message>
        <source>Wrap this condition in a group</source>
        <translation>Diese Bedingung in eine Gruppe einschließen</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>is in segment</source>
        <translation>ist im Segment</translation>
    </message>
    <message>
        <source>%1 (score)</source>
        <translation>%1 (Score)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (fehlt)</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (unbekannt)</translation>
    </message>
    <message>
        <source>ignore case</source>
        <translation>Groß/klein ignorieren</translation>
    </message>
    <message>
        <source>Drag to move the threshold (logarithmic scale from the minimum to the maximum)</source>
        <translation>Ziehen, um den Schwellenwert zu verschieben (logarithmische Skala vom Minimum zum Maximum)</translation>
    </message>
    <message>
        <source>Drag to move the threshold between the field&apos;s minimum and maximum</source>
        <translation>Ziehen, um den Schwellenwert zwischen Minimum und Maximum des Felds zu verschieben</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>before the as-of date</source>
        <translation>vor dem Stichtag</translation>
    </message>
    <message>
        <source>and</source>
        <translation>und</translation>
    </message>
    <message>
        <source>2024-01-31, 2024-02-29</source>
        <translation>2024-01-31, 2024-02-29</translation>
    </message>
    <message>
        <source>1, 2, 3</source>
        <translation>1, 2, 3</translation>
    </message>
    <message>
        <source>“%1” is not a %2</source>
        <translation>„%1“ ist kein(e) %2</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>date (YYYY-MM-DD)</source>
        <translation>Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>true</source>
        <translation>wahr</translation>
    </message>
    <message>
        <source>false</source>
        <translation>falsch</translation>
    </message>
    <message>
        <source>regular expression, e.g. ^VP|Director</source>
        <translation>regulärer Ausdruck, z. B. ^VP|Director</translation>
    </message>
    <message>
        <source>invalid regular expression: %1 (at %2)</source>
        <translation>ungültiger regulärer Ausdruck: %1 (an Stelle %2)</translation>
    </message>
    <message>
        <source>values appear when the workspace has loaded</source>
        <translation>Werte erscheinen, sobald der Arbeitsbereich geladen ist</translation>
    </message>
    <message>
        <source>%1 % filled</source>
        <translation>%1 % gefüllt</translation>
    </message>
    <message>
        <source>min %1 · median %2 · max %3 · %4</source>
        <translation>Min. %1 · Median %2 · Max. %3 · %4</translation>
    </message>
    <message>
        <source>from %1 to %2 · median %3 · %4</source>
        <translation>von %1 bis %2 · Median %3 · %4</translation>
    </message>
    <message>
        <source>true %1 · false %2 · %3</source>
        <translation>wahr %1 · falsch %2 · %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>5,000+ distinct values</source>
        <translation>über 5.000 verschiedene Werte</translation>
    </message>
    <message>
        <source>%1 distinct values</source>
        <translation>%1 verschiedene Werte</translation>
    </message>
    <message>
        <source>%1 · most common: %2 · %3</source>
        <translation>%1 · häufigste: %2 · %3</translation>
    </message>
    <message>
        <source>Leads left after this condition</source>
        <translation>Nach dieser Bedingung verbleibende Leads</translation>
    </message>
    <message>
        <source>Wrap in group</source>
        <translation>In Gruppe einschließen</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwellenwert</translation>
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
    <message>
        <source>no leads</source>
        <translation>keine Leads</translation>
    </message>
</context>
<context>
    <name>sd::CsvImport</name>
    <message>
        <source>%1 is read-only: %2</source>
        <translation>%1 ist schreibgeschützt: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>%1: the file is empty (no header row)</source>
        <translation>%1: die Datei ist leer (keine Kopfzeile)</translation>
    </message>
    <message>
        <source>%1: line 1, column %2: the column name is longer than %3 characters (is the first row a header?)</source>
        <translation>%1: Zeile 1, Spalte %2: der Spaltenname ist länger als %3 Zeichen (ist die erste Zeile eine Kopfzeile?)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2</source>
        <translation>Spalte &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>%1: key column &quot;%2&quot; is not in the header (columns: %3)</source>
        <translation>%1: die Schlüsselspalte &quot;%2&quot; steht nicht in der Kopfzeile (Spalten: %3)</translation>
    </message>
    <message>
        <source>%1: the import would give the workspace %2 fields; a workspace holds at most %3</source>
        <translation>%1: nach dem Import hätte der Arbeitsbereich %2 Felder; ein Arbeitsbereich fasst höchstens %3</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1: die Transaktion kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>cannot add field &quot;%1&quot;: %2</source>
        <translation>das Feld &quot;%1&quot; kann nicht hinzugefügt werden: %2</translation>
    </message>
    <message>
        <source>cannot prepare the import: %1</source>
        <translation>der Import kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1: cannot write rejects file</source>
        <translation>%1: die Datei der abgewiesenen Zeilen kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: &quot;%2&quot; is not a valid %3</source>
        <translation>Feld &quot;%1&quot;: &quot;%2&quot; ist kein gültiger Wert vom Typ %3</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is empty</source>
        <translation>der Schlüssel &quot;%1&quot; ist leer</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: line %2: the workspace would hold more than %3 leads, the limit</source>
        <translation>%1: Zeile %2: der Arbeitsbereich hätte mehr als %3 Leads, die Obergrenze</translation>
    </message>
    <message>
        <source>cannot record the import: %1</source>
        <translation>der Import kann nicht protokolliert werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot write rejects file: %2</source>
        <translation>%1: die Datei der abgewiesenen Zeilen kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot save the import: %2</source>
        <translation>%1: der Import kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1: the rejects file could not be written: %2</source>
        <translation>%1: die Datei der abgewiesenen Zeilen konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sd::CsvImportRunner</name>
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
</context>
<context>
    <name>sd::CsvReader</name>
    <message>
        <source>%1: line %2: more than %3 columns, the limit for one row</source>
        <translation>%1: Zeile %2: mehr als %3 Spalten, die Obergrenze für eine Zeile</translation>
    </message>
    <message>
        <source>%1: line %2: a field is longer than %3 MB, the limit for one cell (is a quote left open?)</source>
        <translation>%1: Zeile %2: ein Feld ist länger als %3 MB, die Obergrenze für eine Zelle (ist ein Anführungszeichen offen geblieben?)</translation>
    </message>
    <message>
        <source>%1: line %2: a row is longer than %3 MB, the limit for one row (is a quote left open?)</source>
        <translation>%1: Zeile %2: eine Zeile ist länger als %3 MB, die Obergrenze für eine Zeile (ist ein Anführungszeichen offen geblieben?)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>unbekannte Kodierung &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: line %2: the file contains a NUL byte; it is binary data or UTF-16 without a byte-order mark, not CSV text</source>
        <translation>%1: Zeile %2: die Datei enthält ein NUL-Byte; es handelt sich um Binärdaten oder UTF-16 ohne Byte-Order-Mark, nicht um CSV-Text</translation>
    </message>
    <message>
        <source>%1: line %2: invalid UTF-8; the file may use another encoding (try --encoding windows-1252)</source>
        <translation>%1: Zeile %2: ungültiges UTF-8; die Datei verwendet vielleicht eine andere Kodierung (versuchen Sie --encoding windows-1252)</translation>
    </message>
    <message>
        <source>%1: near line %2: bytes that are not valid %3</source>
        <translation>%1: nahe Zeile %2: Bytes, die kein gültiges %3 sind</translation>
    </message>
    <message>
        <source>%1: the file ends inside a %2 character</source>
        <translation>%1: die Datei endet mitten in einem %2-Zeichen</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field is not closed before the end of the file</source>
        <translation>%1: Zeile %2: ein Feld in Anführungszeichen wird vor dem Dateiende nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>sd::DecisionTree</name>
    <message>
        <source>the field &quot;%1&quot; is not in the data</source>
        <translation>das Feld &quot;%1&quot; ist nicht in den Daten</translation>
    </message>
    <message>
        <source>the list field &quot;%1&quot; cannot be split on; choose text, number, date or boolean fields</source>
        <translation>nach dem Listenfeld &quot;%1&quot; kann nicht geteilt werden; wählen Sie Text-, Zahlen-, Datums- oder boolesche Felder</translation>
    </message>
    <message>
        <source>choose at least one field to split on</source>
        <translation>wählen Sie mindestens ein Feld zum Teilen</translation>
    </message>
    <message>
        <source>the maximum depth must be between 1 and 20</source>
        <translation>die maximale Tiefe muss zwischen 1 und 20 liegen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>sd::DemoGenerator</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>the number of leads must not be negative</source>
        <translation>die Anzahl der Leads darf nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>sd::EvaluationController</name>
    <message>
        <source>The rules cannot be evaluated.</source>
        <translation>Die Regeln können nicht ausgewertet werden.</translation>
    </message>
</context>
<context>
    <name>sd::Evaluator</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>unbekanntes Feld &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;not&quot; needs exactly one condition</source>
        <translation>&quot;not&quot; braucht genau eine Bedingung</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>between needs [low, high]</source>
        <translation>between braucht [untere Grenze, obere Grenze]</translation>
    </message>
    <message>
        <source>between needs two numbers</source>
        <translation>between braucht zwei Zahlen</translation>
    </message>
    <message>
        <source>needs a number</source>
        <translation>braucht eine Zahl</translation>
    </message>
    <message>
        <source>operator not available for numbers</source>
        <translation>Operator für Zahlen nicht verfügbar</translation>
    </message>
    <message>
        <source>needs a number of days</source>
        <translation>braucht eine Anzahl von Tagen</translation>
    </message>
    <message>
        <source>between needs [first, last]</source>
        <translation>between braucht [erster Tag, letzter Tag]</translation>
    </message>
    <message>
        <source>between needs two dates (YYYY-MM-DD)</source>
        <translation>between braucht zwei Datumsangaben (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>needs a date (YYYY-MM-DD)</source>
        <translation>braucht ein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>operator not available for dates</source>
        <translation>Operator für Datumsangaben nicht verfügbar</translation>
    </message>
    <message>
        <source>operator not available for booleans</source>
        <translation>Operator für boolesche Werte nicht verfügbar</translation>
    </message>
    <message>
        <source>needs true or false</source>
        <translation>braucht true oder false</translation>
    </message>
    <message>
        <source>has_any/has_all/has_none need a list field</source>
        <translation>has_any/has_all/has_none brauchen ein Listenfeld</translation>
    </message>
    <message>
        <source>within_last_days needs a date field</source>
        <translation>within_last_days braucht ein Datumsfeld</translation>
    </message>
    <message>
        <source>operator not available for text</source>
        <translation>Operator für Text nicht verfügbar</translation>
    </message>
    <message>
        <source>operator not available for lists</source>
        <translation>Operator für Listen nicht verfügbar</translation>
    </message>
    <message>
        <source>unsupported field type</source>
        <translation>nicht unterstützter Feldtyp</translation>
    </message>
    <message>
        <source>score %1: &quot;per&quot; field %2 is not a number</source>
        <translation>Score %1: das &quot;per&quot;-Feld %2 ist keine Zahl</translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation>unbekanntes Segment &quot;%1&quot;</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot; depends on itself</source>
        <translation>Segment &quot;%1&quot; hängt von sich selbst ab</translation>
    </message>
</context>
<context>
    <name>sd::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the rule set (rule file, JsonLogic, SQL, Markdown) or the tagged leads (CSV, XLSX, JSONL)</source>
        <translation>Das Regelwerk (Regeldatei, JsonLogic, SQL, Markdown) oder die markierten Leads (CSV, XLSX, JSONL) exportieren</translation>
    </message>
    <message>
        <source>Import &amp;JsonLogic…</source>
        <translation>&amp;JsonLogic importieren…</translation>
    </message>
    <message>
        <source>Read JsonLogic rules (as the JsonLogic export writes them) into the rule set</source>
        <translation>JsonLogic-Regeln (wie der JsonLogic-Export sie schreibt) in das Regelwerk einlesen</translation>
    </message>
    <message>
        <source>Import JsonLogic</source>
        <translation>JsonLogic importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>“%1” was not imported; the rule set is unchanged.</source>
        <translation>„%1“ wurde nicht importiert; das Regelwerk ist unverändert.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Die Datei ist größer als %1 MB.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%1
(and %n more; see the details)</source>
        <translation>
            <numerusform>%1
(und %n weiterer; siehe Details)</numerusform>
            <numerusform>%1
(und %n weitere; siehe Details)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” matches the rule set; nothing changed.</source>
        <translation>„%1“ entspricht dem Regelwerk; nichts wurde geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n segment(s) changed</source>
        <translation>
            <numerusform>%1 importiert: %n Segment geändert</numerusform>
            <numerusform>%1 importiert: %n Segmente geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n score(s) changed</source>
        <translation>
            <numerusform>, %n Score geändert</numerusform>
            <numerusform>, %n Scores geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Rule file</source>
        <translation>Regeldatei</translation>
    </message>
    <message>
        <source>JsonLogic</source>
        <translation>JsonLogic</translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation>SQL-Abfrage</translation>
    </message>
    <message>
        <source>Markdown summary</source>
        <translation>Markdown-Zusammenfassung</translation>
    </message>
    <message>
        <source>Tagged leads (CSV)</source>
        <translation>Markierte Leads (CSV)</translation>
    </message>
    <message>
        <source>Tagged leads (XLSX)</source>
        <translation>Markierte Leads (XLSX)</translation>
    </message>
    <message>
        <source>Tagged leads (JSONL)</source>
        <translation>Markierte Leads (JSONL)</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Exportformat</translation>
    </message>
    <message>
        <source>Exports the rule set</source>
        <translation>Exportiert das Regelwerk</translation>
    </message>
    <message>
        <source>Exports every lead with its segment</source>
        <translation>Exportiert jeden Lead mit seinem Segment</translation>
    </message>
    <message>
        <source>Preview of the exported file</source>
        <translation>Vorschau der exportierten Datei</translation>
    </message>
    <message>
        <source>Nothing can be written until the problem above is solved.</source>
        <translation>Nichts kann geschrieben werden, bis das Problem oben behoben ist.</translation>
    </message>
    <message>
        <source>Writing %p%</source>
        <translation>Schreibe %p%</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Export abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Fixed date for relative conditions:</source>
        <translation>Festes Datum für relative Bedingungen:</translation>
    </message>
    <message>
        <source>JsonLogic has no current date: conditions like “within the last 30 days” are written as a date range ending on this date</source>
        <translation>JsonLogic kennt kein aktuelles Datum: Bedingungen wie „in den letzten 30 Tagen“ werden als Datumsbereich geschrieben, der an diesem Datum endet</translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation>SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>DuckDB</source>
        <translation>DuckDB</translation>
    </message>
    <message>
        <source>BigQuery</source>
        <translation>BigQuery</translation>
    </message>
    <message>
        <source>Snowflake</source>
        <translation>Snowflake</translation>
    </message>
    <message>
        <source>Spark SQL</source>
        <translation>Spark SQL</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialekt:</translation>
    </message>
    <message>
        <source>Dots separate schema or dataset parts; each part is quoted on its own</source>
        <translation>Punkte trennen Schema- oder Datensatzteile; jeder Teil wird einzeln quotiert</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Tabelle:</translation>
    </message>
    <message>
        <source>the first field of the rule set</source>
        <translation>das erste Feld des Regelwerks</translation>
    </message>
    <message>
        <source>The column that identifies a lead, returned with segment_id and the scores</source>
        <translation>Die Spalte, die einen Lead identifiziert, zurückgegeben mit segment_id und den Scores</translation>
    </message>
    <message>
        <source>&amp;Key column:</source>
        <translation>&amp;Schlüsselspalte:</translation>
    </message>
    <message>
        <source>Unchecked, relative conditions count back from the database&apos;s CURRENT_DATE when the query runs</source>
        <translation>Nicht angehakt, zählen relative Bedingungen vom CURRENT_DATE der Datenbank zurück, wenn die Abfrage läuft</translation>
    </message>
    <message>
        <source>&amp;Segments (none checked: all leads):</source>
        <translation>&amp;Segmente (keines angehakt: alle Leads):</translation>
    </message>
    <message>
        <source>One &amp;sheet per top-level segment</source>
        <translation>Ein &amp;Tabellenblatt pro Segment der obersten Ebene</translation>
    </message>
    <message>
        <source>Also save the tags &amp;into the workspace (for this rule-set version)</source>
        <translation>Die Markierungen auch &amp;im Arbeitsbereich speichern (für diese Regelwerksversion)</translation>
    </message>
    <message>
        <source>Records each lead&apos;s segment in the workspace, so that a later import can be compared with what was tagged</source>
        <translation>Speichert das Segment jedes Leads im Arbeitsbereich, damit ein späterer Import mit dem Markierten verglichen werden kann</translation>
    </message>
    <message>
        <source>The rule set as a canonical rule file (*.rules.json), the hand-off to the command line and to server tools.</source>
        <translation>Das Regelwerk als kanonische Regeldatei (*.rules.json), die Übergabe an die Kommandozeile und an Server-Werkzeuge.</translation>
    </message>
    <message>
        <source>One JsonLogic rule per segment membership and per score (jsonlogic.com), for web and server code.</source>
        <translation>Eine JsonLogic-Regel pro Segmentzugehörigkeit und pro Score (jsonlogic.com), für Web- und Server-Code.</translation>
    </message>
    <message>
        <source>One SELECT returning the lead key, segment_id and the scores, for a warehouse table of leads.</source>
        <translation>Ein SELECT, das den Lead-Schlüssel, segment_id und die Scores liefert, für eine Lead-Tabelle im Data Warehouse.</translation>
    </message>
    <message>
        <source>A readable summary of the segments and scores for a sales team.</source>
        <translation>Eine lesbare Zusammenfassung der Segmente und Scores für ein Vertriebsteam.</translation>
    </message>
    <message>
        <source>Every lead with all its columns, its segment, the segment&apos;s attributes, the scores and the holdout group.</source>
        <translation>Jeder Lead mit allen Spalten, seinem Segment, den Attributen des Segments, den Scores und der Holdout-Gruppe.</translation>
    </message>
    <message>
        <source>No leads are loaded: open a workspace first.</source>
        <translation>Keine Leads geladen: Öffnen Sie zuerst einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 leads of the workspace, written row by row in the background.</source>
        <translation>%1 Leads des Arbeitsbereichs, Zeile für Zeile im Hintergrund geschrieben.</translation>
    </message>
    <message>
        <source>Segments: all leads, including those in no segment.</source>
        <translation>Segmente: alle Leads, auch die in keinem Segment.</translation>
    </message>
    <message>
        <source>Segments: only leads of %1.</source>
        <translation>Segmente: nur Leads von %1.</translation>
    </message>
    <message>
        <source>Columns: the workspace&apos;s columns, then segment_id, segment_path, the attributes, the scores and holdout.</source>
        <translation>Spalten: die Spalten des Arbeitsbereichs, dann segment_id, segment_path, die Attribute, die Scores und holdout.</translation>
    </message>
    <message>
        <source>No leads are loaded.</source>
        <translation>Keine Leads geladen.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 lines (%3 bytes in all).</source>
        <translation>Die ersten %1 von %2 Zeilen (insgesamt %3 Bytes).</translation>
    </message>
    <message>
        <source>The whole file: %1 lines, %2 bytes.</source>
        <translation>Die ganze Datei: %1 Zeilen, %2 Bytes.</translation>
    </message>
    <message>
        <source>This rule set cannot be exported in this format:</source>
        <translation>Dieses Regelwerk lässt sich nicht in diesem Format exportieren:</translation>
    </message>
    <message>
        <source>Rule files (*.rules.json)</source>
        <translation>Regeldateien (*.rules.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>SQL-Dateien (*.sql)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Markdown-Dateien (*.md)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-Arbeitsmappen (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON-Lines-Dateien (*.jsonl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n Zeile nach %1 geschrieben</numerusform>
            <numerusform>%n Zeilen nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) saved into the workspace (rule-set version %1).</source>
        <translation>
            <numerusform>%n Markierung im Arbeitsbereich gespeichert (Regelwerksversion %1).</numerusform>
            <numerusform>%n Markierungen im Arbeitsbereich gespeichert (Regelwerksversion %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags could not be saved into the workspace: %1</source>
        <translation>Die Markierungen konnten nicht im Arbeitsbereich gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>sd::FeatureEncoder</name>
    <message>
        <source>the field &quot;%1&quot; is not in the data</source>
        <translation>das Feld &quot;%1&quot; ist nicht in den Daten</translation>
    </message>
    <message>
        <source>the list field &quot;%1&quot; cannot be used by a model; choose text, number, date or boolean fields</source>
        <translation>das Listenfeld &quot;%1&quot; kann nicht von einem Modell verwendet werden; wählen Sie Text-, Zahlen-, Datums- oder boolesche Felder</translation>
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
    <name>sd::HealthCheck</name>
    <message>
        <source>Tiny segment</source>
        <translation>Winziges Segment</translation>
    </message>
    <message>
        <source>Too many tiny segments</source>
        <translation>Zu viele winzige Segmente</translation>
    </message>
    <message>
        <source>Wide interval</source>
        <translation>Breites Intervall</translation>
    </message>
    <message>
        <source>Siblings alike</source>
        <translation>Geschwister gleich</translation>
    </message>
    <message>
        <source>Large remainder</source>
        <translation>Großer Rest</translation>
    </message>
    <message>
        <source>Incomplete field</source>
        <translation>Unvollständiges Feld</translation>
    </message>
    <message>
        <source>Stale data</source>
        <translation>Veraltete Daten</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>The conversion rate of %1 is only known within %2 to %3 (95%), wider than %4 points.</source>
        <translation>Die Konversionsrate von %1 ist nur auf den Bereich %2 bis %3 eingegrenzt (95 %), breiter als %4 Punkte.</translation>
    </message>
    <message>
        <source>%1 of all leads fall into no top-level segment.</source>
        <translation>%1 aller Leads fallen in kein Segment der obersten Ebene.</translation>
    </message>
    <message>
        <source>%1 of %2 falls into none of its children.</source>
        <translation>%1 von %2 fällt in keines seiner Untersegmente.</translation>
    </message>
    <message>
        <source>%1 of %2 segments have fewer than %3 leads: merge some or loosen their conditions.</source>
        <translation>%1 von %2 Segmenten haben weniger als %3 Leads: Führen Sie einige zusammen oder lockern Sie ihre Bedingungen.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) do not differ in conversion (p = %5): treat them alike or split differently.</source>
        <translation>%1 (%2) und %3 (%4) unterscheiden sich in der Konversion nicht (p = %5): Behandeln Sie sie gleich oder teilen Sie anders auf.</translation>
    </message>
    <message>
        <source>%1 is used in the rules but only %2 of leads have a value: an empty cell fails every positive condition.</source>
        <translation>%1 wird in den Regeln verwendet, aber nur %2 der Leads haben einen Wert: Eine leere Zelle erfüllt keine positive Bedingung.</translation>
    </message>
    <message>
        <source>No import is recorded for this data, so its age is unknown.</source>
        <translation>Für diese Daten ist kein Import verzeichnet, daher ist ihr Alter unbekannt.</translation>
    </message>
    <message>
        <source>The last import was on %1, %2 days ago (limit %3): sizes and rates describe old data.</source>
        <translation>Der letzte Import war am %1, vor %2 Tagen (Grenze %3): Größen und Raten beschreiben alte Daten.</translation>
    </message>
    <message>
        <source>This rule set has never been marked as verified against the data.</source>
        <translation>Dieser Regelsatz wurde nie als mit den Daten geprüft markiert.</translation>
    </message>
    <message>
        <source>The rule set was last verified on %1, %2 days ago (limit %3).</source>
        <translation>Der Regelsatz wurde zuletzt am %1 geprüft, vor %2 Tagen (Grenze %3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n lead(s), fewer than the minimum of %2: its rate is not reliable.</source>
        <translation>
            <numerusform>%1 hat %n Lead, weniger als das Minimum von %2: Seine Rate ist nicht verlässlich.</numerusform>
            <numerusform>%1 hat %n Leads, weniger als das Minimum von %2: Seine Rate ist nicht verlässlich.</numerusform>
        </translation>
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
        <translation>Festhalten, dass Sie diesen Regelsatz mit den aktuellen Daten geprüft haben</translation>
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
    <name>sd::HoldoutLiftModel</name>
    <message>
        <source>%1 of %2 treated leads converted</source>
        <translation>%1 von %2 behandelten Leads konvertiert</translation>
    </message>
    <message>
        <source>%1 of %2 held-out leads converted</source>
        <translation>%1 von %2 zurückgehaltenen Leads konvertiert</translation>
    </message>
    <message>
        <source>Treatment rate minus holdout rate, in percentage points, with its 95% interval (Newcombe)</source>
        <translation>Rate der Behandlung minus Rate der Kontrollgruppe, in Prozentpunkten, mit 95-%-Intervall (Newcombe)</translation>
    </message>
    <message>
        <source>Two-proportion z-test: how likely a difference this large is if the segment&apos;s treatment did nothing</source>
        <translation>Zwei-Anteile-z-Test: wie wahrscheinlich ein so großer Unterschied ist, wenn die Behandlung des Segments nichts bewirkt hätte</translation>
    </message>
    <message>
        <source>%1 [%2 – %3]</source>
        <translation>%1 [%2 – %3]</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 pp [%2 – %3]</source>
        <translation>%1 PP [%2 – %3]</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>&lt; 0.0001</source>
        <translation>&lt; 0,0001</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Treated leads</source>
        <translation>Behandelte Leads</translation>
    </message>
    <message>
        <source>Treatment conversion [95%]</source>
        <translation>Konversion Behandlung [95 %]</translation>
    </message>
    <message>
        <source>Held-out leads</source>
        <translation>Zurückgehaltene Leads</translation>
    </message>
    <message>
        <source>Holdout conversion [95%]</source>
        <translation>Konversion Kontrollgruppe [95 %]</translation>
    </message>
    <message>
        <source>Uplift [95%]</source>
        <translation>Uplift [95 %]</translation>
    </message>
    <message>
        <source>Relative lift</source>
        <translation>Relativer Lift</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>p-Wert</translation>
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
    <name>sd::LeadsPanel</name>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Gilt</translation>
    </message>
    <message>
        <source>Lead&apos;s value</source>
        <translation>Wert des Leads</translation>
    </message>
    <message>
        <source>Explain the selected lead against this segment: why it is in it, or why not</source>
        <translation>Den ausgewählten Lead gegenüber diesem Segment erklären: warum er darin ist oder warum nicht</translation>
    </message>
    <message>
        <source>Why is this lead in / not in</source>
        <translation>Warum ist dieser Lead (nicht) in</translation>
    </message>
    <message>
        <source>Select a lead to see why it is (or is not) in the segment.</source>
        <translation>Wählen Sie einen Lead, um zu sehen, warum er (nicht) im Segment ist.</translation>
    </message>
    <message>
        <source>Leads appear when the workspace has loaded.</source>
        <translation>Leads erscheinen, sobald der Arbeitsbereich geladen ist.</translation>
    </message>
    <message>
        <source>all leads</source>
        <translation>allen Leads</translation>
    </message>
    <message>
        <source>%1 leads in %2</source>
        <translation>%1 Leads in %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>✔ yes</source>
        <translation>✔ ja</translation>
    </message>
    <message>
        <source>✘ no</source>
        <translation>✘ nein</translation>
    </message>
    <message>
        <source>Cannot explain: %1</source>
        <translation>Keine Erklärung möglich: %1</translation>
    </message>
    <message>
        <source>This lead is in “%1”.</source>
        <translation>Dieser Lead ist in „%1“.</translation>
    </message>
    <message>
        <source>This lead is not in “%1”.</source>
        <translation>Dieser Lead ist nicht in „%1“.</translation>
    </message>
    <message>
        <source>An earlier exclusive segment, “%1”, took it first.</source>
        <translation>Ein früheres exklusives Segment, „%1“, hat ihn zuerst genommen.</translation>
    </message>
    <message>
        <source>Segment “%1”</source>
        <translation>Segment „%1“</translation>
    </message>
</context>
<context>
    <name>sd::LiftReport</name>
    <message>
        <source>both versions need an outcome to compare them, or give one</source>
        <translation>beide Versionen brauchen ein Ergebnis, um sie zu vergleichen, oder geben Sie eines an</translation>
    </message>
    <message>
        <source>the two versions define different outcomes; choose one to compare them by</source>
        <translation>die beiden Versionen definieren unterschiedliche Ergebnisse; wählen Sie eines für den Vergleich</translation>
    </message>
</context>
<context>
    <name>sd::LiftReportDialog</name>
    <message>
        <source>Lift Report</source>
        <translation>Lift-Bericht</translation>
    </message>
    <message>
        <source>Treatment against holdout, per segment</source>
        <translation>Behandlung gegen Kontrollgruppe, je Segment</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>Als CSV &amp;kopieren</translation>
    </message>
    <message>
        <source>Every figure of the table with full precision, for a spreadsheet</source>
        <translation>Alle Zahlen der Tabelle in voller Genauigkeit, für eine Tabellenkalkulation</translation>
    </message>
    <message>
        <source>Compare with a saved version, on the same leads</source>
        <translation>Mit einer gespeicherten Version vergleichen, auf denselben Leads</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>The workspace holds no saved version of a rule set yet: save one with File → Save to Workspace, then compare later versions with it.</source>
        <translation>Der Arbeitsbereich enthält noch keine gespeicherte Version eines Regelwerks: Speichern Sie eine mit Datei → Im Arbeitsbereich speichern und vergleichen Sie spätere Versionen damit.</translation>
    </message>
    <message>
        <source>Open a workspace to compare with its saved versions.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um mit seinen gespeicherten Versionen zu vergleichen.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2 — %3</source>
        <translation>%1 — %2 — %3</translation>
    </message>
    <message>
        <source>Open a workspace with leads to measure lift.</source>
        <translation>Öffnen Sie einen Arbeitsbereich mit Leads, um den Lift zu messen.</translation>
    </message>
    <message>
        <source>The rules cannot be evaluated: %1</source>
        <translation>Die Regeln können nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>No segment has a holdout. Give a segment a holdout share (in its details) before the campaign; once outcomes are imported, this report compares the treated leads with the held-out ones.</source>
        <translation>Kein Segment hat eine Kontrollgruppe. Geben Sie einem Segment vor der Kampagne einen Kontrollgruppen-Anteil (in seinen Details); sobald Ergebnisse importiert sind, vergleicht dieser Bericht die behandelten mit den zurückgehaltenen Leads.</translation>
    </message>
    <message>
        <source>The rule set defines no outcome, so conversion cannot be measured. Add an outcome (which leads converted) to the rule set.</source>
        <translation>Das Regelwerk definiert kein Ergebnis, daher lässt sich keine Konversion messen. Fügen Sie dem Regelwerk ein Ergebnis hinzu (welche Leads konvertiert sind).</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>Uplift is the treatment rate minus the holdout rate in percentage points; intervals are 95%. A small p-value says the difference is unlikely to be chance.</source>
        <translation>Uplift ist die Rate der Behandlung minus die Rate der Kontrollgruppe in Prozentpunkten; Intervalle sind 95 %. Ein kleiner p-Wert sagt, dass der Unterschied kaum Zufall ist.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>That version cannot be read.</source>
        <translation>Diese Version kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>That version cannot be read: %1</source>
        <translation>Diese Version kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Open a workspace with leads to compare versions.</source>
        <translation>Öffnen Sie einen Arbeitsbereich mit Leads, um Versionen zu vergleichen.</translation>
    </message>
    <message>
        <source>Neither rule set defines an outcome, so conversion cannot be compared. Add an outcome (which leads converted) to the rule set.</source>
        <translation>Keines der Regelwerke definiert ein Ergebnis, daher lässt sich die Konversion nicht vergleichen. Fügen Sie dem Regelwerk ein Ergebnis hinzu (welche Leads konvertiert sind).</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Wird verglichen…</translation>
    </message>
    <message>
        <source>The versions cannot be compared: %1</source>
        <translation>Die Versionen können nicht verglichen werden: %1</translation>
    </message>
    <message>
        <source>Rules being designed</source>
        <translation>Regeln in Bearbeitung</translation>
    </message>
    <message>
        <source>Leaf segments</source>
        <translation>Blatt-Segmente</translation>
    </message>
    <message>
        <source>Leads touched</source>
        <translation>Erreichte Leads</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konversionen</translation>
    </message>
    <message>
        <source>Conversion per lead touched</source>
        <translation>Konversion je erreichtem Lead</translation>
    </message>
    <message>
        <source>Leads only one of them touches</source>
        <translation>Leads, die nur eine Version erreicht</translation>
    </message>
    <message>
        <source>Leads both touch</source>
        <translation>Leads, die beide erreichen</translation>
    </message>
    <message>
        <source>%1 leads, %2 converted</source>
        <translation>%1 Leads, %2 konvertiert</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>&lt; 0.0001</source>
        <translation>&lt; 0,0001</translation>
    </message>
    <message>
        <source>Conversion per lead touched: the rules being designed minus the saved version = %1 percentage points; p-value %2 (leads only one version touches, compared with each other).</source>
        <translation>Konversion je erreichtem Lead: Regeln in Bearbeitung minus gespeicherte Version = %1 Prozentpunkte; p-Wert %2 (Leads, die nur eine Version erreicht, miteinander verglichen).</translation>
    </message>
    <message>
        <source>One of the versions touches no lead, so there is no difference to measure.</source>
        <translation>Eine der Versionen erreicht keinen Lead, daher gibt es keinen Unterschied zu messen.</translation>
    </message>
</context>
<context>
    <name>sd::LogisticRegression</name>
    <message>
        <source>no rows to fit on</source>
        <translation>keine Zeilen für die Anpassung</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the fit is numerically singular; use a larger penalty</source>
        <translation>die Anpassung ist numerisch singulär; verwenden Sie einen größeren Strafterm</translation>
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
        <source>1 lead</source>
        <translation>1 Lead</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 Leads</translation>
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
        <source>Import CSV</source>
        <translation>CSV importieren</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? The workspace stays as it was before the import.</source>
        <translation>Ein Import läuft. Abbrechen und beenden? Der Arbeitsbereich bleibt, wie er vor dem Import war.</translation>
    </message>
    <message>
        <source>The leads could not be loaded: %1</source>
        <translation>Die Leads konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Find a field (double-click one to add a condition on it)</source>
        <translation>Feld suchen (Doppelklick fügt eine Bedingung darauf hinzu)</translation>
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
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;New Segment</source>
        <translation>&amp;Neues Segment</translation>
    </message>
    <message>
        <source>New Segment &amp;Inside</source>
        <translation>Neues Segment dar&amp;in</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Duplicate Segment</source>
        <translation>Segment &amp;duplizieren</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>De&amp;lete Segment</source>
        <translation>Segment &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Rename Segment</source>
        <translation>Segment &amp;umbenennen</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>&amp;Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Find Field…</source>
        <translation>Feld &amp;suchen…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Relative dates (“within the last N days”) count back from this date</source>
        <translation>Relative Datumsangaben („innerhalb der letzten N Tage“) zählen von diesem Datum zurück</translation>
    </message>
    <message>
        <source>Loading leads %p%</source>
        <translation>Leads werden geladen %p%</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Stichtag:</translation>
    </message>
    <message>
        <source>Evaluated in %1 ms</source>
        <translation>Ausgewertet in %1 ms</translation>
    </message>
    <message>
        <source>Not evaluated: %1</source>
        <translation>Nicht ausgewertet: %1</translation>
    </message>
    <message>
        <source>No workspace is open: File → Open Workspace…</source>
        <translation>Kein Arbeitsbereich geöffnet: Datei → Arbeitsbereich öffnen…</translation>
    </message>
    <message>
        <source>Segment Designer[*]</source>
        <translation>Segment Designer[*]</translation>
    </message>
    <message>
        <source>%1[*] (read-only) — Segment Designer</source>
        <translation>%1[*] (schreibgeschützt) — Segment Designer</translation>
    </message>
    <message>
        <source>%1[*] — Segment Designer</source>
        <translation>%1[*] — Segment Designer</translation>
    </message>
    <message>
        <source>Rule set: %1%2</source>
        <translation>Regelsatz: %1%2</translation>
    </message>
    <message>
        <source> (modified)</source>
        <translation> (geändert)</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it with File → Open Workspace…, or choose another name.</source>
        <translation>„%1“ existiert bereits. Öffnen Sie es mit Datei → Arbeitsbereich öffnen… oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modelle</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>Benutzer&amp;handbuch</translation>
    </message>
    <message>
        <source>Open a workspace to record that its rules were verified.</source>
        <translation>Öffnen Sie einen Arbeitsbereich, um festzuhalten, dass seine Regeln geprüft wurden.</translation>
    </message>
    <message>
        <source>The workspace is read-only.</source>
        <translation>Der Arbeitsbereich ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Rule set “%1” marked as verified today.</source>
        <translation>Regelsatz „%1“ heute als geprüft markiert.</translation>
    </message>
    <message>
        <source>Mark Rules as Verified</source>
        <translation>Regeln als geprüft markieren</translation>
    </message>
    <message>
        <source>Could not record the verification of “%1”: %2</source>
        <translation>Die Prüfung von „%1“ konnte nicht festgehalten werden: %2</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben verschieben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up</source>
        <translation>Ctrl+Shift+Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Nach un&amp;ten verschieben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down</source>
        <translation>Ctrl+Shift+Down</translation>
    </message>
    <message>
        <source>Move In&amp;to Segment Above</source>
        <translation>In das Segment dar&amp;über verschieben</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Right</source>
        <translation>Ctrl+Shift+Right</translation>
    </message>
    <message>
        <source>Move &amp;Out of Parent</source>
        <translation>Aus dem übergeordneten Segment &amp;herausnehmen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Left</source>
        <translation>Ctrl+Shift+Left</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Diagramme</translation>
    </message>
    <message>
        <source>Show or hide the charts under the condition editor</source>
        <translation>Diagramme unter dem Bedingungseditor ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>Points rules, ranges and live figures of the rule set&apos;s scores</source>
        <translation>Punkteregeln, Wertebereiche und Live-Zahlen der Scores des Regelwerks</translation>
    </message>
    <message>
        <source>Save &amp;Workspace As…</source>
        <translation>&amp;Arbeitsbereich speichern unter…</translation>
    </message>
    <message>
        <source>Save a copy of the whole workspace under a new name and go on working in the copy</source>
        <translation>Eine Kopie des ganzen Arbeitsbereichs unter einem neuen Namen speichern und in der Kopie weiterarbeiten</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <source>The copy “%1” was saved but cannot be opened: %2</source>
        <translation>Die Kopie „%1“ wurde gespeichert, kann aber nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The workspace could not be saved under the new name: %1</source>
        <translation>Der Arbeitsbereich konnte nicht unter dem neuen Namen gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved the workspace as %1; you are now working in the copy.</source>
        <translation>Arbeitsbereich als %1 gespeichert; Sie arbeiten jetzt in der Kopie.</translation>
    </message>
    <message>
        <source>Open Re&amp;cent Workspace</source>
        <translation>&amp;Zuletzt verwendeter Arbeitsbereich</translation>
    </message>
    <message>
        <source>&amp;Edit Scores…</source>
        <translation>&amp;Scores bearbeiten…</translation>
    </message>
    <message>
        <source>Saved a copy of %1 as %2.</source>
        <translation>Eine Kopie von %1 wurde als %2 gespeichert.</translation>
    </message>
    <message>
        <source>A copy of the workspace is being saved. Cancel it and quit? The workspace stays as it is.</source>
        <translation>Eine Kopie des Arbeitsbereichs wird gespeichert. Abbrechen und beenden? Der Arbeitsbereich bleibt, wie er ist.</translation>
    </message>
</context>
<context>
    <name>sd::ModelActions</name>
    <message>
        <source>&amp;Suggest Segments…</source>
        <translation>Segmente &amp;vorschlagen…</translation>
    </message>
    <message>
        <source>Fit a decision tree (or clusters) to the outcome and add it as ordinary segments</source>
        <translation>Einen Entscheidungsbaum (oder Cluster) an das Ergebnis anpassen und als gewöhnliche Segmente hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Fit Score…</source>
        <translation>Score an&amp;passen…</translation>
    </message>
    <message>
        <source>Fit a points score to the outcome by logistic regression</source>
        <translation>Einen Punkte-Score per logistischer Regression an das Ergebnis anpassen</translation>
    </message>
    <message>
        <source>Suggested segments</source>
        <translation>Vorgeschlagene Segmente</translation>
    </message>
    <message>
        <source>Add suggested segments</source>
        <translation>Vorgeschlagene Segmente hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Added %n suggested segment(s) under &quot;Suggested segments&quot;.</source>
        <translation>
            <numerusform>%n vorgeschlagenes Segment unter „Vorgeschlagene Segmente“ hinzugefügt.</numerusform>
            <numerusform>%n vorgeschlagene Segmente unter „Vorgeschlagene Segmente“ hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add fitted score</source>
        <translation>Angepassten Score hinzufügen</translation>
    </message>
    <message>
        <source>Score &quot;%1&quot; added; use it in any condition.</source>
        <translation>Score „%1“ hinzugefügt; er kann in jeder Bedingung verwendet werden.</translation>
    </message>
    <message>
        <source>&amp;Lift Report…</source>
        <translation>&amp;Lift-Bericht…</translation>
    </message>
    <message>
        <source>Treatment against holdout per segment, and a comparison with a saved version</source>
        <translation>Behandlung gegen Kontrollgruppe je Segment und ein Vergleich mit einer gespeicherten Version</translation>
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
        <translation>Die Daten haben kein Feld, das das Ergebnis sein könnte.</translation>
    </message>
</context>
<context>
    <name>sd::OutcomeSpec</name>
    <message>
        <source>the outcome needs a field name: FIELD or FIELD=VALUE</source>
        <translation>das Ergebnis braucht einen Feldnamen: FIELD oder FIELD=VALUE</translation>
    </message>
    <message>
        <source>the outcome field &quot;%1&quot; is not in the data</source>
        <translation>das Ergebnisfeld &quot;%1&quot; ist nicht in den Daten</translation>
    </message>
    <message>
        <source>the outcome field &quot;%1&quot; is a boolean; &quot;%2&quot; is not yes/no/true/false/1/0</source>
        <translation>das Ergebnisfeld &quot;%1&quot; ist boolesch; &quot;%2&quot; ist nicht yes/no/true/false/1/0</translation>
    </message>
    <message>
        <source>the outcome field &quot;%1&quot; is not a boolean: give the converting value as %1=VALUE</source>
        <translation>das Ergebnisfeld &quot;%1&quot; ist nicht boolesch: Geben Sie den konvertierenden Wert als %1=VALUE an</translation>
    </message>
    <message>
        <source>the outcome field &quot;%1&quot; is a number; &quot;%2&quot; is not a number</source>
        <translation>das Ergebnisfeld &quot;%1&quot; ist eine Zahl; &quot;%2&quot; ist keine Zahl</translation>
    </message>
    <message>
        <source>the outcome field &quot;%1&quot; is a date; &quot;%2&quot; is not a date YYYY-MM-DD</source>
        <translation>das Ergebnisfeld &quot;%1&quot; ist ein Datum; &quot;%2&quot; ist kein Datum YYYY-MM-DD</translation>
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
    <name>sd::PendingFile</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>sd::RuleDocument</name>
    <message>
        <source>Untitled rule set</source>
        <translation>Unbenannter Regelsatz</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid rule file:
%2</source>
        <translation>%1 ist keine gültige Regeldatei:
%2</translation>
    </message>
    <message>
        <source>The B2B tiers template is missing from this build.</source>
        <translation>Die Vorlage „B2B-Stufen“ fehlt in diesem Build.</translation>
    </message>
    <message>
        <source>The B2B tiers template does not parse: %1</source>
        <translation>Die Vorlage „B2B-Stufen“ ist fehlerhaft: %1</translation>
    </message>
    <message>
        <source>The workspace has no rule set named “%1”.</source>
        <translation>Der Arbeitsbereich hat keinen Regelsatz namens „%1“.</translation>
    </message>
    <message>
        <source>The stored rule set “%1” does not parse: %2</source>
        <translation>Der gespeicherte Regelsatz „%1“ ist fehlerhaft: %2</translation>
    </message>
</context>
<context>
    <name>sd::RuleFile</name>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>number out of range: %1</source>
        <translation>Zahl außerhalb des Wertebereichs: %1</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>ungültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>the file has more than %1 values</source>
        <translation>die Datei hat mehr als %1 Werte</translation>
    </message>
    <message>
        <source>the JSON is nested deeper than %1 levels</source>
        <translation>das JSON ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a rule file is a JSON object; found %1</source>
        <translation>eine Regeldatei ist ein JSON-Objekt; gefunden: %1</translation>
    </message>
    <message>
        <source>not a Segment Designer rule file: expected %1, found %2</source>
        <translation>keine Segment-Designer-Regeldatei: %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>unsupported version %1; this program reads version 1</source>
        <translation>nicht unterstützte Version %1; dieses Programm liest Version 1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>%1 fehlt</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>unbekannter Schlüssel %1</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>duplicate key %1</source>
        <translation>doppelter Schlüssel %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an object of field name → type</source>
        <translation>ein Objekt aus Feldname → Typ</translation>
    </message>
    <message>
        <source>unknown field type %1 (expected &quot;text&quot;, &quot;number&quot;, &quot;date&quot;, &quot;boolean&quot; or &quot;list&quot;)</source>
        <translation>unbekannter Feldtyp %1 (erwartet: &quot;text&quot;, &quot;number&quot;, &quot;date&quot;, &quot;boolean&quot; oder &quot;list&quot;)</translation>
    </message>
    <message>
        <source>conditions are nested deeper than %1 levels</source>
        <translation>Bedingungen sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a condition (an object)</source>
        <translation>eine Bedingung (ein Objekt)</translation>
    </message>
    <message>
        <source>%1 cannot be combined with %2 in one condition; nest them in a group</source>
        <translation>%1 kann nicht mit %2 in einer Bedingung kombiniert werden; verschachteln Sie sie in einer Gruppe</translation>
    </message>
    <message>
        <source>%1 cannot be combined with %2 in one condition</source>
        <translation>%1 kann nicht mit %2 in einer Bedingung kombiniert werden</translation>
    </message>
    <message>
        <source>an array of conditions</source>
        <translation>ein Array von Bedingungen</translation>
    </message>
    <message>
        <source>a condition needs &quot;all&quot;, &quot;any&quot;, &quot;not&quot;, &quot;segment&quot;, or &quot;field&quot; and &quot;op&quot;</source>
        <translation>eine Bedingung braucht &quot;all&quot;, &quot;any&quot;, &quot;not&quot;, &quot;segment&quot; oder &quot;field&quot; und &quot;op&quot;</translation>
    </message>
    <message>
        <source>unknown operator %1</source>
        <translation>unbekannter Operator %1</translation>
    </message>
    <message>
        <source>a value must not be null (leave &quot;value&quot; out for is_empty and is_not_empty)</source>
        <translation>ein Wert darf nicht null sein (lassen Sie &quot;value&quot; bei is_empty und is_not_empty weg)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>segments are nested deeper than %1 levels</source>
        <translation>Segmente sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>an object with &quot;mode&quot; and &quot;children&quot;</source>
        <translation>ein Objekt mit &quot;mode&quot; und &quot;children&quot;</translation>
    </message>
    <message>
        <source>a segment (an object)</source>
        <translation>ein Segment (ein Objekt)</translation>
    </message>
    <message>
        <source>%1 is not allowed at the root of the tree</source>
        <translation>%1 ist an der Wurzel des Baums nicht erlaubt</translation>
    </message>
    <message>
        <source>an object of name → text</source>
        <translation>ein Objekt aus Name → Text</translation>
    </message>
    <message>
        <source>a string (attribute values are text)</source>
        <translation>eine Zeichenkette (Attributwerte sind Text)</translation>
    </message>
    <message>
        <source>unknown mode %1 (expected &quot;overlapping&quot; or &quot;exclusive&quot;)</source>
        <translation>unbekannter Modus %1 (erwartet: &quot;overlapping&quot; oder &quot;exclusive&quot;)</translation>
    </message>
    <message>
        <source>an array of segments</source>
        <translation>ein Array von Segmenten</translation>
    </message>
    <message>
        <source>a score (an object)</source>
        <translation>ein Score (ein Objekt)</translation>
    </message>
    <message>
        <source>an array of rules</source>
        <translation>ein Array von Regeln</translation>
    </message>
    <message>
        <source>a rule (an object)</source>
        <translation>eine Regel (ein Objekt)</translation>
    </message>
    <message>
        <source>&quot;per&quot; must name a number field or a score</source>
        <translation>&quot;per&quot; muss ein Zahlenfeld oder einen Score nennen</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2 bytes</source>
        <translation>die Datei ist %1 Bytes groß, mehr als die Obergrenze von %2 Bytes</translation>
    </message>
    <message>
        <source>cannot read the rule file: %1</source>
        <translation>die Regeldatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>duplicate field %1</source>
        <translation>doppeltes Feld %1</translation>
    </message>
    <message>
        <source>field %1 differs from field %2 only in case</source>
        <translation>Feld %1 unterscheidet sich von Feld %2 nur in der Groß-/Kleinschreibung</translation>
    </message>
    <message>
        <source>a field name must not be empty</source>
        <translation>ein Feldname darf nicht leer sein</translation>
    </message>
    <message>
        <source>missing field name</source>
        <translation>Feldname fehlt</translation>
    </message>
    <message>
        <source>score %1 cannot use itself</source>
        <translation>Score %1 kann sich nicht selbst verwenden</translation>
    </message>
    <message>
        <source>score %1 is defined after score %2; a score may use only scores defined before it</source>
        <translation>Score %1 ist nach Score %2 definiert; ein Score darf nur vor ihm definierte Scores verwenden</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>unbekanntes Feld %1</translation>
    </message>
    <message>
        <source>&quot;not&quot; needs exactly one condition</source>
        <translation>&quot;not&quot; braucht genau eine Bedingung</translation>
    </message>
    <message>
        <source>the outcome cannot refer to a segment</source>
        <translation>das Ergebnis kann sich nicht auf ein Segment beziehen</translation>
    </message>
    <message>
        <source>a score cannot refer to a segment</source>
        <translation>ein Score kann sich nicht auf ein Segment beziehen</translation>
    </message>
    <message>
        <source>missing segment id</source>
        <translation>Segment-ID fehlt</translation>
    </message>
    <message>
        <source>unknown segment %1</source>
        <translation>unbekanntes Segment %1</translation>
    </message>
    <message>
        <source>%1 field %2</source>
        <translation>Feld %2 vom Typ %1</translation>
    </message>
    <message>
        <source>operator %1 does not apply to %2</source>
        <translation>Operator %1 ist auf %2 nicht anwendbar</translation>
    </message>
    <message>
        <source>ignore_case applies to text and list fields only, not to %1</source>
        <translation>ignore_case gilt nur für Text- und Listenfelder, nicht für %1</translation>
    </message>
    <message>
        <source>ignore_case does not apply to operator %1</source>
        <translation>ignore_case gilt nicht für den Operator %1</translation>
    </message>
    <message>
        <source>operator %1 takes no value</source>
        <translation>Operator %1 nimmt keinen Wert</translation>
    </message>
    <message>
        <source>operator %1 needs a text value, found %2</source>
        <translation>Operator %1 braucht einen Textwert, gefunden: %2</translation>
    </message>
    <message>
        <source>operator %1 needs a regular expression as text, found %2</source>
        <translation>Operator %1 braucht einen regulären Ausdruck als Text, gefunden: %2</translation>
    </message>
    <message>
        <source>operator %1 needs a whole number of days from 0 to %2, found %3</source>
        <translation>Operator %1 braucht eine ganze Zahl von Tagen zwischen 0 und %2, gefunden: %3</translation>
    </message>
    <message>
        <source>list items are text: expected a string, found %1</source>
        <translation>Listeneinträge sind Text: Zeichenkette erwartet, gefunden: %1</translation>
    </message>
    <message>
        <source>operator %1 needs an array of values, found %2</source>
        <translation>Operator %1 braucht ein Array von Werten, gefunden: %2</translation>
    </message>
    <message>
        <source>operator %1 needs at least one value</source>
        <translation>Operator %1 braucht mindestens einen Wert</translation>
    </message>
    <message>
        <source>%1 needs a number, found %2</source>
        <translation>%1 braucht eine Zahl, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 needs a date as &quot;YYYY-MM-DD&quot;, found %2</source>
        <translation>%1 braucht ein Datum als &quot;YYYY-MM-DD&quot;, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 needs true or false, found %2</source>
        <translation>%1 braucht true oder false, gefunden: %2</translation>
    </message>
    <message>
        <source>%1 needs a string, found %2</source>
        <translation>%1 braucht eine Zeichenkette, gefunden: %2</translation>
    </message>
    <message>
        <source>operator &quot;between&quot; needs [low, high], found %1</source>
        <translation>Operator &quot;between&quot; braucht [untere Grenze, obere Grenze], gefunden: %1</translation>
    </message>
    <message>
        <source>an array of %1 values</source>
        <translation>ein Array mit %1 Werten</translation>
    </message>
    <message>
        <source>operator &quot;between&quot; needs low &lt;= high, found %1 &gt; %2</source>
        <translation>Operator &quot;between&quot; braucht untere Grenze &lt;= obere Grenze, gefunden: %1 &gt; %2</translation>
    </message>
    <message>
        <source>invalid regular expression: %1 at character %2</source>
        <translation>ungültiger regulärer Ausdruck: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>missing score id</source>
        <translation>Score-ID fehlt</translation>
    </message>
    <message>
        <source>score id %1 may use only a-z, 0-9, &quot;_&quot; and &quot;-&quot;</source>
        <translation>Score-ID %1 darf nur a-z, 0-9, &quot;_&quot; und &quot;-&quot; enthalten</translation>
    </message>
    <message>
        <source>duplicate score id %1</source>
        <translation>doppelte Score-ID %1</translation>
    </message>
    <message>
        <source>score id %1 is also the name of a field</source>
        <translation>Score-ID %1 ist auch der Name eines Feldes</translation>
    </message>
    <message>
        <source>min must be a finite number</source>
        <translation>min muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>max must be a finite number</source>
        <translation>max muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>max (%1) is less than min (%2)</source>
        <translation>max (%1) ist kleiner als min (%2)</translation>
    </message>
    <message>
        <source>&quot;per&quot; needs a number field or a score; %1 is a %2 field</source>
        <translation>&quot;per&quot; braucht ein Zahlenfeld oder einen Score; %1 ist ein Feld vom Typ %2</translation>
    </message>
    <message>
        <source>points must be a finite number</source>
        <translation>points muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>cap must be a finite number</source>
        <translation>cap muss eine endliche Zahl sein</translation>
    </message>
    <message>
        <source>a cap is not allowed with negative points (it bounds a rule&apos;s contribution from above)</source>
        <translation>cap ist bei negativen Punkten nicht erlaubt (es begrenzt den Beitrag einer Regel nach oben)</translation>
    </message>
    <message>
        <source>cap must not be negative</source>
        <translation>cap darf nicht negativ sein</translation>
    </message>
    <message>
        <source>the root of the tree has no id</source>
        <translation>die Wurzel des Baums hat keine ID</translation>
    </message>
    <message>
        <source>the root of the tree cannot have a condition</source>
        <translation>die Wurzel des Baums kann keine Bedingung haben</translation>
    </message>
    <message>
        <source>the root of the tree cannot have a holdout</source>
        <translation>die Wurzel des Baums kann keine Kontrollgruppe haben</translation>
    </message>
    <message>
        <source>the root of the tree cannot have attributes</source>
        <translation>die Wurzel des Baums kann keine Attribute haben</translation>
    </message>
    <message>
        <source>segment id %1 may use only a-z, 0-9, &quot;_&quot; and &quot;-&quot;</source>
        <translation>Segment-ID %1 darf nur a-z, 0-9, &quot;_&quot; und &quot;-&quot; enthalten</translation>
    </message>
    <message>
        <source>duplicate segment id %1 (first used at %2)</source>
        <translation>doppelte Segment-ID %1 (zuerst verwendet bei %2)</translation>
    </message>
    <message>
        <source>a segment&apos;s name must not be empty</source>
        <translation>der Name eines Segments darf nicht leer sein</translation>
    </message>
    <message>
        <source>holdout must be more than 0 and less than 50 (percent), found %1</source>
        <translation>die Kontrollgruppe muss größer als 0 und kleiner als 50 (Prozent) sein, gefunden: %1</translation>
    </message>
    <message>
        <source>an attribute name must not be empty</source>
        <translation>ein Attributname darf nicht leer sein</translation>
    </message>
    <message>
        <source>duplicate attribute %1</source>
        <translation>doppeltes Attribut %1</translation>
    </message>
    <message>
        <source>segment %1 refers to its own ancestor %2, which every lead of %1 is already in</source>
        <translation>Segment %1 verweist auf sein eigenes übergeordnetes Segment %2, in dem jeder Lead von %1 bereits liegt</translation>
    </message>
    <message>
        <source>cycle in segment references: %1</source>
        <translation>Zyklus in Segmentverweisen: %1</translation>
    </message>
</context>
<context>
    <name>sd::RuleFileActions</name>
    <message>
        <source>New Rule Set From &amp;Template</source>
        <translation>Neuer Regelsatz aus Vor&amp;lage</translation>
    </message>
    <message>
        <source>B2B Tiers (size × engagement)</source>
        <translation>B2B-Stufen (Größe × Engagement)</translation>
    </message>
    <message>
        <source>Empty Tree</source>
        <translation>Leerer Baum</translation>
    </message>
    <message>
        <source>Open &amp;Rule File…</source>
        <translation>&amp;Regeldatei öffnen…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Save Rule Set</source>
        <translation>Regelsatz &amp;speichern</translation>
    </message>
    <message>
        <source>Save the rule set: a new version in the workspace, or the rule file it came from</source>
        <translation>Regelsatz speichern: als neue Version im Arbeitsbereich oder in der Regeldatei, aus der er stammt</translation>
    </message>
    <message>
        <source>Save Rule File &amp;As…</source>
        <translation>Regeldatei speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>Auf &amp;Gespeichertes zurücksetzen</translation>
    </message>
    <message>
        <source>Version &amp;History…</source>
        <translation>Versions&amp;verlauf…</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The rule set “%1” has changes that are not saved. Save them?</source>
        <translation>Der Regelsatz „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Save Rule Set</source>
        <translation>Regelsatz speichern</translation>
    </message>
    <message>
        <source>What changed? (kept in the version history)</source>
        <translation>Was hat sich geändert? (wird im Versionsverlauf festgehalten)</translation>
    </message>
    <message>
        <source>Save Rule File</source>
        <translation>Regeldatei speichern</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>The rule set could not be saved: %1</source>
        <translation>Der Regelsatz konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved “%1” as version %2 in the workspace</source>
        <translation>„%1“ als Version %2 im Arbeitsbereich gespeichert</translation>
    </message>
    <message>
        <source>Rule files (*.rules.json);;JSON files (*.json)</source>
        <translation>Regeldateien (*.rules.json);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>New Rule Set</source>
        <translation>Neuer Regelsatz</translation>
    </message>
    <message>
        <source>Open Rule File</source>
        <translation>Regeldatei öffnen</translation>
    </message>
    <message>
        <source>Rule files (*.rules.json *.json);;All files (*)</source>
        <translation>Regeldateien (*.rules.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>This rule set has not been saved yet.</source>
        <translation>Dieser Regelsatz wurde noch nicht gespeichert.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
</context>
<context>
    <name>sd::RuleSetDiff</name>
    <message>
        <source>exclusive</source>
        <translation>exklusiv</translation>
    </message>
    <message>
        <source>overlapping</source>
        <translation>überlappend</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine Angabe)</translation>
    </message>
    <message>
        <source>size %1 → %2 (%3)</source>
        <translation>Größe %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Rule set renamed: “%1” → “%2”</source>
        <translation>Regelsatz umbenannt: „%1“ → „%2“</translation>
    </message>
    <message>
        <source>Field added: %1 (%2)</source>
        <translation>Feld hinzugefügt: %1 (%2)</translation>
    </message>
    <message>
        <source>Field %1: type %2 → %3</source>
        <translation>Feld %1: Typ %2 → %3</translation>
    </message>
    <message>
        <source>Field removed: %1</source>
        <translation>Feld entfernt: %1</translation>
    </message>
    <message>
        <source>Outcome: %1 → %2</source>
        <translation>Ergebnis: %1 → %2</translation>
    </message>
    <message>
        <source>Score added: %1</source>
        <translation>Score hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Score changed: %1</source>
        <translation>Score geändert: %1</translation>
    </message>
    <message>
        <source>Score removed: %1</source>
        <translation>Score entfernt: %1</translation>
    </message>
    <message>
        <source>Top level: %1 → %2</source>
        <translation>Oberste Ebene: %1 → %2</translation>
    </message>
    <message>
        <source>Segment added: %1</source>
        <translation>Segment hinzugefügt: %1</translation>
    </message>
    <message>
        <source> — size %1</source>
        <translation> — Größe %1</translation>
    </message>
    <message>
        <source>renamed from “%1”</source>
        <translation>umbenannt von „%1“</translation>
    </message>
    <message>
        <source>moved under %1</source>
        <translation>verschoben unter %1</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>die oberste Ebene</translation>
    </message>
    <message>
        <source>position %1 → %2</source>
        <translation>Position %1 → %2</translation>
    </message>
    <message>
        <source>condition %1 → %2</source>
        <translation>Bedingung %1 → %2</translation>
    </message>
    <message>
        <source>(all of its parent)</source>
        <translation>(alle Leads des übergeordneten Segments)</translation>
    </message>
    <message>
        <source>children %1 → %2</source>
        <translation>Untersegmente %1 → %2</translation>
    </message>
    <message>
        <source>attributes %1 → %2</source>
        <translation>Attribute %1 → %2</translation>
    </message>
    <message>
        <source>holdout %1 → %2</source>
        <translation>Kontrollgruppe %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Segment %1: %2</source>
        <translation>Segment %1: %2</translation>
    </message>
    <message>
        <source>Segment removed: %1</source>
        <translation>Segment entfernt: %1</translation>
    </message>
    <message>
        <source> — had %1</source>
        <translation> — hatte %1</translation>
    </message>
</context>
<context>
    <name>sd::RuleSetHistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Verlauf von „%1“</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>as saved</source>
        <translation>wie gespeichert</translation>
    </message>
    <message>
        <source>Open Selected Version</source>
        <translation>Ausgewählte Version öffnen</translation>
    </message>
    <message>
        <source>Select two versions to compare them, or one to compare it with the current rules.</source>
        <translation>Wählen Sie zwei Versionen zum Vergleichen oder eine, um sie mit den aktuellen Regeln zu vergleichen.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Keine Unterschiede.</translation>
    </message>
    <message>
        <source>the current rules</source>
        <translation>den aktuellen Regeln</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Select one or two versions.</source>
        <translation>Wählen Sie eine oder zwei Versionen.</translation>
    </message>
    <message>
        <source>A stored version does not parse.</source>
        <translation>Eine gespeicherte Version ist fehlerhaft.</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Änderungen von %1 zu %2</translation>
    </message>
</context>
<context>
    <name>sd::ScoreConditionWidget</name>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Only when</source>
        <translation>Nur wenn</translation>
    </message>
    <message>
        <source>Whether the rule gives its points to every lead or only where a condition holds</source>
        <translation>Ob die Regel ihre Punkte jedem Lead gibt oder nur dort, wo eine Bedingung gilt</translation>
    </message>
    <message>
        <source>value (a, b for several)</source>
        <translation>Wert (a, b für mehrere)</translation>
    </message>
    <message>
        <source>Score rule applies always</source>
        <translation>Score-Regel gilt immer</translation>
    </message>
    <message>
        <source>Add score rule condition</source>
        <translation>Bedingung zur Score-Regel hinzufügen</translation>
    </message>
    <message>
        <source>Only when (groups)</source>
        <translation>Nur wenn (Gruppen)</translation>
    </message>
    <message>
        <source>%1 (score)</source>
        <translation>%1 (Score)</translation>
    </message>
    <message>
        <source>Change score rule condition</source>
        <translation>Bedingung der Score-Regel ändern</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of days</source>
        <translation>„%1“ ist keine ganze Zahl von Tagen</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <source>“%1” is not true or false</source>
        <translation>„%1“ ist weder wahr noch falsch</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>between needs two values: low, high</source>
        <translation>zwischen braucht zwei Werte: unten, oben</translation>
    </message>
    <message>
        <source>give at least one value</source>
        <translation>geben Sie mindestens einen Wert an</translation>
    </message>
</context>
<context>
    <name>sd::ScoreEditor</name>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add a score</source>
        <translation>Einen Score hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected score</source>
        <translation>Den ausgewählten Score entfernen</translation>
    </message>
    <message>
        <source>The name conditions and exports use for this score (a-z, 0-9, _ and -)</source>
        <translation>Der Name, unter dem Bedingungen und Exporte diesen Score verwenden (a-z, 0-9, _ und -)</translation>
    </message>
    <message>
        <source>The name people read</source>
        <translation>Der Name, den Menschen lesen</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <source>The score never goes below this value</source>
        <translation>Der Score fällt nie unter diesen Wert</translation>
    </message>
    <message>
        <source>The score never goes above this value</source>
        <translation>Der Score steigt nie über diesen Wert</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Regel hinzufügen</translation>
    </message>
    <message>
        <source>Add a rule to this score</source>
        <translation>Diesem Score eine Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Die ausgewählte Regel entfernen</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected rule up (rules add up in file order)</source>
        <translation>Die ausgewählte Regel nach oben verschieben (Regeln summieren sich in Dateireihenfolge)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected rule down</source>
        <translation>Die ausgewählte Regel nach unten verschieben</translation>
    </message>
    <message>
        <source>Selected rule:</source>
        <translation>Ausgewählte Regel:</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Verteilung</translation>
    </message>
    <message>
        <source>Precision/recall</source>
        <translation>Präzision/Recall</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules of %1&lt;/b&gt; — points add up in this order, then the score is kept within min and max</source>
        <translation>&lt;b&gt;Regeln von %1&lt;/b&gt; — Punkte summieren sich in dieser Reihenfolge, dann bleibt der Score zwischen Min und Max</translation>
    </message>
    <message>
        <source>&lt;b&gt;No score&lt;/b&gt; — add one to give leads points</source>
        <translation>&lt;b&gt;Kein Score&lt;/b&gt; — fügen Sie einen hinzu, um Leads Punkte zu geben</translation>
    </message>
    <message>
        <source>New score</source>
        <translation>Neuer Score</translation>
    </message>
    <message>
        <source>Add score</source>
        <translation>Score hinzufügen</translation>
    </message>
    <message>
        <source>Remove score %1</source>
        <translation>Score %1 entfernen</translation>
    </message>
    <message>
        <source>Rename score id</source>
        <translation>Score-ID umbenennen</translation>
    </message>
    <message>
        <source>Rename score</source>
        <translation>Score umbenennen</translation>
    </message>
    <message>
        <source>Set score minimum</source>
        <translation>Score-Minimum setzen</translation>
    </message>
    <message>
        <source>Remove score minimum</source>
        <translation>Score-Minimum entfernen</translation>
    </message>
    <message>
        <source>Set score maximum</source>
        <translation>Score-Maximum setzen</translation>
    </message>
    <message>
        <source>Remove score maximum</source>
        <translation>Score-Maximum entfernen</translation>
    </message>
    <message>
        <source>Add score rule</source>
        <translation>Score-Regel hinzufügen</translation>
    </message>
    <message>
        <source>Remove score rule</source>
        <translation>Score-Regel entfernen</translation>
    </message>
    <message>
        <source>Move score rule</source>
        <translation>Score-Regel verschieben</translation>
    </message>
    <message>
        <source>The rule set has no score yet.</source>
        <translation>Das Regelwerk hat noch keinen Score.</translation>
    </message>
    <message>
        <source>Open a workspace with leads to see how this score spreads them.</source>
        <translation>Öffnen Sie einen Arbeitsbereich mit Leads, um zu sehen, wie dieser Score sie verteilt.</translation>
    </message>
    <message>
        <source>Figures are paused until the rules are valid: %1</source>
        <translation>Die Zahlen pausieren, bis die Regeln gültig sind: %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>%1 leads, mean score %2</source>
        <translation>%1 Leads, mittlerer Score %2</translation>
    </message>
    <message>
        <source>%1. The rule set defines no outcome, so there is no AUC or precision/recall: add an outcome (which leads converted) to measure the score.</source>
        <translation>%1. Das Regelwerk definiert kein Ergebnis, daher gibt es keine AUC und keine Präzision/Recall: Fügen Sie ein Ergebnis hinzu (welche Leads konvertiert sind), um den Score zu messen.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>; best F1 %1 at score ≥ %2 (precision %3, recall %4)</source>
        <translation>; bestes F1 %1 bei Score ≥ %2 (Präzision %3, Recall %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;AUC %1&lt;/b&gt; against the outcome · %2, %3 converted%4</source>
        <translation>&lt;b&gt;AUC %1&lt;/b&gt; gegen das Ergebnis · %2, %3 konvertiert%4</translation>
    </message>
</context>
<context>
    <name>sd::ScoreFit</name>
    <message>
        <source>choose at least one field to fit the score on</source>
        <translation>wählen Sie mindestens ein Feld, an dem der Score angepasst wird</translation>
    </message>
    <message>
        <source>the outcome field &quot;%1&quot; cannot also be a field of the score</source>
        <translation>das Ergebnisfeld &quot;%1&quot; kann nicht zugleich ein Feld des Scores sein</translation>
    </message>
    <message>
        <source>the test share must be at least 0 and below 1</source>
        <translation>der Testanteil muss mindestens 0 und kleiner als 1 sein</translation>
    </message>
    <message>
        <source>the training rows need both converted and not converted leads</source>
        <translation>die Trainingszeilen brauchen sowohl konvertierte als auch nicht konvertierte Leads</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the fitted score is not a valid rule file: %1</source>
        <translation>der angepasste Score ist keine gültige Regeldatei: %1</translation>
    </message>
    <message>
        <source>the fitted score could not be evaluated</source>
        <translation>der angepasste Score konnte nicht ausgewertet werden</translation>
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
    <name>sd::ScoreListModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n Regel</numerusform>
            <numerusform>%n Regeln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ScoreRuleDelegate</name>
    <message>
        <source>Fixed points</source>
        <translation>Feste Punkte</translation>
    </message>
    <message>
        <source>Per field</source>
        <translation>Je Feldwert</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>keine Obergrenze</translation>
    </message>
</context>
<context>
    <name>sd::ScoreRulesModel</name>
    <message>
        <source>Fixed points</source>
        <translation>Feste Punkte</translation>
    </message>
    <message>
        <source>Per field</source>
        <translation>Je Feldwert</translation>
    </message>
    <message>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>je %1</translation>
    </message>
    <message>
        <source>The most this rule adds to the score; empty for no cap</source>
        <translation>Das Höchste, was diese Regel zum Score beiträgt; leer für keine Obergrenze</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wenn</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Obergrenze</translation>
    </message>
    <message>
        <source>Change score rule kind</source>
        <translation>Art der Score-Regel ändern</translation>
    </message>
    <message>
        <source>Change per field</source>
        <translation>Feld für „je“ ändern</translation>
    </message>
    <message>
        <source>Change points</source>
        <translation>Punkte ändern</translation>
    </message>
    <message>
        <source>Change cap</source>
        <translation>Obergrenze ändern</translation>
    </message>
    <message>
        <source>Remove cap</source>
        <translation>Obergrenze entfernen</translation>
    </message>
</context>
<context>
    <name>sd::SegmentDetailsEditor</name>
    <message>
        <source>Holdout</source>
        <translation>Kontrollgruppe</translation>
    </message>
    <message>
        <source>Exclusive (priority order)</source>
        <translation>Exklusiv (nach Priorität)</translation>
    </message>
    <message>
        <source>Overlapping</source>
        <translation>Überlappend</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the segment&apos;s leads kept out of the campaign, to measure its lift</source>
        <translation>Anteil der Leads des Segments, der von der Kampagne ausgenommen wird, um ihren Uplift zu messen</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Untersegmente:</translation>
    </message>
    <message>
        <source>Add an attribute</source>
        <translation>Attribut hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected attribute</source>
        <translation>Ausgewähltes Attribut entfernen</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
</context>
<context>
    <name>sd::SegmentSuggestion</name>
    <message>
        <source>the outcome field &quot;%1&quot; cannot also be a field to split on</source>
        <translation>das Ergebnisfeld &quot;%1&quot; kann nicht zugleich ein Feld zum Teilen sein</translation>
    </message>
    <message>
        <source>the suggested tree is not a valid rule file: %1</source>
        <translation>der vorgeschlagene Baum ist keine gültige Regeldatei: %1</translation>
    </message>
</context>
<context>
    <name>sd::SegmentTreeModel</name>
    <message>
        <source>No lead matches this segment.</source>
        <translation>Kein Lead passt zu diesem Segment.</translation>
    </message>
    <message>
        <source>Fewer than %1 leads: too small to act on.</source>
        <translation>Weniger als %1 Leads: zu klein, um damit zu arbeiten.</translation>
    </message>
    <message>
        <source>The conversion rate&apos;s 95% interval is wider than ±%1 points.</source>
        <translation>Das 95-%-Intervall der Konversionsrate ist breiter als ±%1 Punkte.</translation>
    </message>
    <message>
        <source>Reads a field this workspace does not have.</source>
        <translation>Liest ein Feld, das dieser Arbeitsbereich nicht hat.</translation>
    </message>
    <message>
        <source>Rest (no segment)</source>
        <translation>Rest (kein Segment)</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Rest</translation>
    </message>
    <message>
        <source>%1 % ± %2</source>
        <translation>%1 % ± %2</translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation>ID: %1</translation>
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
        <source>Of parent</source>
        <translation>Vom übergeordneten</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Konversion</translation>
    </message>
    <message>
        <source>Conversion rate with the half-width of its 95% confidence interval</source>
        <translation>Konversionsrate mit der halben Breite ihres 95-%-Konfidenzintervalls</translation>
    </message>
</context>
<context>
    <name>sd::SegmentTreePanel</name>
    <message>
        <source>Exclusive (priority order)</source>
        <translation>Exklusiv (nach Priorität)</translation>
    </message>
    <message>
        <source>Overlapping</source>
        <translation>Überlappend</translation>
    </message>
    <message>
        <source>How the top-level segments share the leads: exclusive gives each lead to the first segment that matches</source>
        <translation>Wie sich die obersten Segmente die Leads teilen: exklusiv gibt jeden Lead dem ersten passenden Segment</translation>
    </message>
    <message>
        <source>New segment after the selected one</source>
        <translation>Neues Segment nach dem ausgewählten</translation>
    </message>
    <message>
        <source>New segment inside the selected one</source>
        <translation>Neues Segment im ausgewählten</translation>
    </message>
    <message>
        <source>Duplicate the selected segment</source>
        <translation>Ausgewähltes Segment duplizieren</translation>
    </message>
    <message>
        <source>Delete the selected segment</source>
        <translation>Ausgewähltes Segment löschen</translation>
    </message>
    <message>
        <source>Top level:</source>
        <translation>Oberste Ebene:</translation>
    </message>
    <message>
        <source>New Segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <source>New Segment Inside</source>
        <translation>Neues Segment darin</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Children Are</source>
        <translation>Untersegmente sind</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Neues Segment</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>„%1“ duplizieren</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Oberste Ebene</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>„%1“ nach oben verschieben</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>„%1“ nach unten verschieben</translation>
    </message>
    <message>
        <source>Move “%1” into “%2”</source>
        <translation>„%1“ in „%2“ verschieben</translation>
    </message>
    <message>
        <source>Move “%1” out of “%2”</source>
        <translation>„%1“ aus „%2“ herausnehmen</translation>
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
    <name>sd::StatisticsPanel</name>
    <message>
        <source>Selected segment</source>
        <translation>Ausgewähltes Segment</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Share of all leads</source>
        <translation>Anteil an allen Leads</translation>
    </message>
    <message>
        <source>Share of parent</source>
        <translation>Anteil am Elternsegment</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Konversionen</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Konversionsrate</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>95-%-Intervall</translation>
    </message>
    <message>
        <source>Lift vs all leads</source>
        <translation>Lift ggü. allen Leads</translation>
    </message>
    <message>
        <source>Lift vs parent</source>
        <translation>Lift ggü. Elternsegment</translation>
    </message>
    <message>
        <source>p vs rest of parent</source>
        <translation>p ggü. Rest (Eltern)</translation>
    </message>
    <message>
        <source>Holdout</source>
        <translation>Kontrollgruppe</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Alle Leads</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Figures appear when the workspace has loaded.</source>
        <translation>Zahlen erscheinen, sobald der Arbeitsbereich geladen ist.</translation>
    </message>
    <message>
        <source>The rules cannot be evaluated: %1</source>
        <translation>Die Regeln können nicht ausgewertet werden: %1</translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>Select a segment to see its figures.</source>
        <translation>Wählen Sie ein Segment, um seine Zahlen zu sehen.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>The rules define no outcome, so there are no conversion figures.</source>
        <translation>Die Regeln definieren kein Ergebnis, daher gibt es keine Konversionszahlen.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>&lt; 0.0001</source>
        <translation>&lt; 0,0001</translation>
    </message>
    <message>
        <source>%1 held out · rate %2 vs %3</source>
        <translation>%1 zurückgehalten · Quote %2 gegenüber %3</translation>
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
        <translation>Entscheidungsbaum auf dem Ergebnis</translation>
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
        <translation>Qualität der Aufteilung</translation>
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
            <numerusform>%n Segment; Gesamtquote %1. Die Größen sind exakt: Die Regeln bilden den Baum nach.</numerusform>
            <numerusform>%n Segmente; Gesamtquote %1. Die Größen sind exakt: Die Regeln bilden den Baum nach.</numerusform>
        </translation>
    </message>
    <message>
        <source>The segment&apos;s conditions match %1 leads, %2 of them in this cluster.</source>
        <translation>Die Bedingungen des Segments treffen auf %1 Leads zu, %2 davon in diesem Cluster.</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) after %1 iterations. Each segment describes its cluster approximately; hover for how well.</source>
        <translation>
            <numerusform>%n Cluster nach %1 Iterationen. Jedes Segment beschreibt seinen Cluster näherungsweise; zeigen Sie darauf, um zu sehen, wie gut.</numerusform>
            <numerusform>%n Cluster nach %1 Iterationen. Jedes Segment beschreibt seinen Cluster näherungsweise; zeigen Sie darauf, um zu sehen, wie gut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::TagStore</name>
    <message>
        <source>tagged</source>
        <translation>markiert</translation>
    </message>
    <message>
        <source>cannot write tags: %1</source>
        <translation>die Markierungen können nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the workspace has %1 leads, the evaluated table %2: it changed since it was read</source>
        <translation>der Arbeitsbereich hat %1 Leads, die ausgewertete Tabelle %2: Er hat sich seit dem Lesen geändert</translation>
    </message>
</context>
<context>
    <name>sd::TagWriter</name>
    <message>
        <source>writing cancelled</source>
        <translation>Schreiben abgebrochen</translation>
    </message>
    <message>
        <source>writing stopped</source>
        <translation>Schreiben angehalten</translation>
    </message>
    <message>
        <source>%1: cannot create</source>
        <translation>%1: kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: row %2, column &quot;%3&quot;: a cell longer than 32,767 characters does not fit in an XLSX sheet (write .csv or .jsonl instead)</source>
        <translation>%1: Zeile %2, Spalte &quot;%3&quot;: eine Zelle mit mehr als 32.767 Zeichen passt nicht in ein XLSX-Blatt (schreiben Sie stattdessen .csv oder .jsonl)</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <source>%1: more rows than a spreadsheet holds (1,048,576)</source>
        <translation>%1: mehr Zeilen, als ein Tabellenblatt fasst (1.048.576)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
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
<context>
    <name>sd::ValueListPicker</name>
    <message>
        <source>Search values, or type a new one and press Enter</source>
        <translation>Werte suchen oder einen neuen eingeben und Enter drücken</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>choose values…</source>
        <translation>Werte wählen…</translation>
    </message>
    <message>
        <source>%1, %2 and %3 more</source>
        <translation>%1, %2 und %3 weitere</translation>
    </message>
</context>
<context>
    <name>sd::Workspace</name>
    <message>
        <source>%1 (the disk could not be written: is it full, over a size limit, or removed?)</source>
        <translation>%1 (auf das Laufwerk konnte nicht geschrieben werden: ist es voll, über einer Größengrenze oder entfernt?)</translation>
    </message>
    <message>
        <source>%1: the workspace file is damaged: it is cut off at %2 of %3 bytes (an interrupted copy?); use a backup</source>
        <translation>%1: die Arbeitsbereichsdatei ist beschädigt: Sie bricht nach %2 von %3 Bytes ab (eine unterbrochene Kopie?); verwenden Sie eine Sicherung</translation>
    </message>
    <message>
        <source>%1: no such workspace</source>
        <translation>%1: Arbeitsbereich nicht gefunden</translation>
    </message>
    <message>
        <source>%1: not a Segment Designer workspace (not a file)</source>
        <translation>%1: kein Segment-Designer-Arbeitsbereich (keine Datei)</translation>
    </message>
    <message>
        <source>The workspace was opened read-only.</source>
        <translation>Der Arbeitsbereich wurde schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>The disk holding %1 is read-only, so changes cannot be saved.</source>
        <translation>Das Laufwerk mit %1 ist schreibgeschützt, daher können Änderungen nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>You do not have permission to change %1, so changes cannot be saved.</source>
        <translation>Sie haben keine Berechtigung, %1 zu ändern, daher können Änderungen nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so changes to the workspace cannot be saved.</source>
        <translation>Der Ordner %1 ist schreibgeschützt, daher können Änderungen am Arbeitsbereich nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The disk holding %1 cannot be written, so changes cannot be saved.</source>
        <translation>Auf das Laufwerk mit %1 kann nicht geschrieben werden, daher können Änderungen nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>zu wenig Arbeitsspeicher</translation>
    </message>
    <message>
        <source>%1: cannot open workspace: %2</source>
        <translation>%1: der Arbeitsbereich kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not a Segment Designer workspace (%2)</source>
        <translation>%1: kein Segment-Designer-Arbeitsbereich (%2)</translation>
    </message>
    <message>
        <source>%1: not a Segment Designer workspace (the file is not an SQLite database)</source>
        <translation>%1: kein Segment-Designer-Arbeitsbereich (die Datei ist keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1: workspace is from a newer version of Segment Designer (schema %2, this version reads up to %3)</source>
        <translation>%1: der Arbeitsbereich stammt aus einer neueren Version von Segment Designer (Schema %2, diese Version liest bis %3)</translation>
    </message>
    <message>
        <source>%1: this SQLite file is not a Segment Designer workspace</source>
        <translation>%1: diese SQLite-Datei ist kein Segment-Designer-Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: cannot upgrade workspace: %2</source>
        <translation>%1: der Arbeitsbereich kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>%1 is read-only: %2</source>
        <translation>%1 ist schreibgeschützt: %2</translation>
    </message>
    <message>
        <source>%1: workspace needs an upgrade to schema %2 but cannot be written: %3</source>
        <translation>%1: der Arbeitsbereich muss auf Schema %2 aktualisiert werden, kann aber nicht geschrieben werden: %3</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another name for the copy</source>
        <translation>%1 ist der Arbeitsbereich selbst; wählen Sie einen anderen Namen für die Kopie</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the copy</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen für die Kopie</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1: der Ordner existiert nicht</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot copy the workspace: %2</source>
        <translation>%1: der Arbeitsbereich kann nicht kopiert werden: %2</translation>
    </message>
    <message>
        <source>%1: the copy was cancelled</source>
        <translation>%1: das Kopieren wurde abgebrochen</translation>
    </message>
    <message>
        <source>%1: not a Segment Designer workspace (schema version %2 is not one this program writes)</source>
        <translation>%1: kein Segment-Designer-Arbeitsbereich (die Schemaversion %2 schreibt dieses Programm nie)</translation>
    </message>
</context>
<context>
    <name>sd::WorkspaceBanner</name>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>Arbeitsbereich speichern &amp;unter…</translation>
    </message>
    <message>
        <source>Read-only workspace</source>
        <translation>Schreibgeschützter Arbeitsbereich</translation>
    </message>
    <message>
        <source>Save a copy of the workspace where it can be changed, and go on working in the copy</source>
        <translation>Eine Kopie des Arbeitsbereichs dort speichern, wo sie geändert werden kann, und in der Kopie weiterarbeiten</translation>
    </message>
    <message>
        <source>&lt;b&gt;This workspace is read-only.&lt;/b&gt; %1 Rule sets can still be designed, evaluated and exported; to save versions, tags or imports, save the workspace under a new name.</source>
        <translation>&lt;b&gt;Dieser Arbeitsbereich ist schreibgeschützt.&lt;/b&gt; %1 Regelsätze lassen sich weiter entwerfen, auswerten und exportieren; um Versionen, Markierungen oder Importe zu speichern, speichern Sie den Arbeitsbereich unter einem neuen Namen.</translation>
    </message>
</context>
<context>
    <name>sd::WorkspaceCopyRunner</name>
    <message>
        <source>%1 (copy).segdb</source>
        <translation>%1 (Kopie).segdb</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Arbeitsbereich speichern unter</translation>
    </message>
    <message>
        <source>Segment Designer workspaces (*.segdb)</source>
        <translation>Segment-Designer-Arbeitsbereiche (*.segdb)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name; a copy never replaces a file.</source>
        <translation>„%1“ existiert bereits. Wählen Sie einen anderen Namen; eine Kopie ersetzt nie eine Datei.</translation>
    </message>
    <message>
        <source>Saving the workspace as “%1”…</source>
        <translation>Der Arbeitsbereich wird als „%1“ gespeichert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>sd::XlsxVerify</name>
    <message>
        <source>%1: the written file is incomplete (%2); is the disk full?</source>
        <translation>%1: die geschriebene Datei ist unvollständig (%2); ist das Laufwerk voll?</translation>
    </message>
    <message>
        <source>no zip directory</source>
        <translation>kein ZIP-Verzeichnis</translation>
    </message>
    <message>
        <source>a damaged zip directory</source>
        <translation>ein beschädigtes ZIP-Verzeichnis</translation>
    </message>
    <message>
        <source>no worksheet</source>
        <translation>kein Arbeitsblatt</translation>
    </message>
    <message>
        <source>a damaged worksheet entry</source>
        <translation>ein beschädigter Arbeitsblatteintrag</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>zu wenig Arbeitsspeicher</translation>
    </message>
    <message>
        <source>a damaged worksheet</source>
        <translation>ein beschädigtes Arbeitsblatt</translation>
    </message>
    <message>
        <source>the worksheet is cut off</source>
        <translation>das Arbeitsblatt bricht ab</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
</context>
</TS>
