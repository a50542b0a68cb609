<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>main</name>
    <message>
        <source>Design lead segments visually on your own CSV exports.</source>
        <translation>Concevez visuellement des segments de prospects à partir de vos propres exports CSV.</translation>
    </message>
    <message>
        <source>The workspace (*.segdb) to open.</source>
        <translation>L’espace de travail (*.segdb) à ouvrir.</translation>
    </message>
    <message>
        <source>A rule file (*.rules.json) to open.</source>
        <translation>Un fichier de règles (*.rules.json) à ouvrir.</translation>
    </message>
    <message>
        <source>Save the main window as a PNG file and exit.</source>
        <translation>Enregistrer la fenêtre principale en PNG et quitter.</translation>
    </message>
    <message>
        <source>at most one workspace can be opened (see --help)</source>
        <translation>un seul espace de travail peut être ouvert à la fois (voir --help)</translation>
    </message>
    <message>
        <source>%1: no such workspace</source>
        <translation>%1&#xa0;: espace de travail introuvable</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>%1: cannot write the screenshot</source>
        <translation>%1&#xa0;: impossible d’écrire la capture d’écran</translation>
    </message>
</context>
<context>
    <name>sd::AboutDialog</name>
    <message>
        <source>About Segment Designer</source>
        <translation>À propos de Segment Designer</translation>
    </message>
    <message>
        <source>Segment Designer icon</source>
        <translation>Icône de Segment Designer</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Segment Designer %1&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Segment Designer %1&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Design lead segments, tiers and scores on your own CSV exports. Your workspace stays on your computer.</source>
        <translation>Concevez segments, niveaux et scores de prospects à partir de vos propres exports CSV. Votre espace de travail reste sur votre ordinateur.</translation>
    </message>
    <message>
        <source>Segment Designer is built on these libraries. Double-click one to read its licence and get its source.</source>
        <translation>Segment Designer repose sur ces bibliothèques. Double-cliquez sur l’une d’elles pour lire sa licence et obtenir son code source.</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothèque</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Used for</source>
        <translation>Utilisée pour</translation>
    </message>
    <message>
        <source>Libraries, versions and licences</source>
        <translation>Bibliothèques, versions et licences</translation>
    </message>
    <message>
        <source>&amp;Copy Version Information</source>
        <translation>&amp;Copier les informations de version</translation>
    </message>
    <message>
        <source>Copy the versions of Segment Designer, the system and every library, for a bug report</source>
        <translation>Copier les versions de Segment Designer, du système et de chaque bibliothèque pour un rapport de bogue</translation>
    </message>
    <message>
        <source>Windows, charts, icons and translations</source>
        <translation>Fenêtres, graphiques, icônes et traductions</translation>
    </message>
    <message>
        <source>The workspace file</source>
        <translation>Le fichier de l’espace de travail</translation>
    </message>
    <message>
        <source>Rule files and JSON output</source>
        <translation>Fichiers de règles et sortie JSON</translation>
    </message>
    <message>
        <source>Reading CSV files</source>
        <translation>Lecture des fichiers CSV</translation>
    </message>
    <message>
        <source>Detecting the encoding of CSV files</source>
        <translation>Détection de l’encodage des fichiers CSV</translation>
    </message>
    <message>
        <source>Tagged lead lists as Excel workbooks</source>
        <translation>Listes de prospects étiquetés en classeurs Excel</translation>
    </message>
</context>
<context>
    <name>sd::FieldListModel</name>
    <message>
        <source>%1%</source>
        <translation>%1&#x202f;%</translation>
    </message>
    <message>
        <source>Counting non-empty values…</source>
        <translation>Comptage des valeurs non vides…</translation>
    </message>
    <message>
        <source>%1 of %2 leads have a value</source>
        <translation>%1 prospects sur %2 ont une valeur</translation>
    </message>
    <message>
        <source>%1 is the lead key: it identifies a lead across imports</source>
        <translation>%1 est la clé des prospects&#xa0;: elle identifie un prospect d’un import à l’autre</translation>
    </message>
    <message>
        <source>Read as empty: %1</source>
        <translation>Lu comme vide&#xa0;: %1</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Filled</source>
        <translation>Rempli</translation>
    </message>
    <message>
        <source>Source column</source>
        <translation>Colonne source</translation>
    </message>
    <message>
        <source>Share of leads with a non-empty value</source>
        <translation>Part des prospects ayant une valeur non vide</translation>
    </message>
    <message>
        <source>The CSV header the field was first imported from</source>
        <translation>L’en-tête CSV à partir duquel le champ a été importé la première fois</translation>
    </message>
</context>
<context>
    <name>sd::FitScoreDialog</name>
    <message>
        <source>Fit Points from the Outcome</source>
        <translation>Ajuster les points d’après le résultat</translation>
    </message>
    <message>
        <source>Held-out share</source>
        <translation>Part réservée au test</translation>
    </message>
    <message>
        <source>Split seed</source>
        <translation>Graine du partage</translation>
    </message>
    <message>
        <source>Penalty (L2)</source>
        <translation>Pénalité (L2)</translation>
    </message>
    <message>
        <source>Bins per number or date</source>
        <translation>Classes par nombre ou date</translation>
    </message>
    <message>
        <source>Categories per text field</source>
        <translation>Catégories par champ texte</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Leads (train)</source>
        <translation>Prospects (apprentissage)</translation>
    </message>
    <message>
        <source>Rate (train)</source>
        <translation>Taux (apprentissage)</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Score at least</source>
        <translation>Score au moins</translation>
    </message>
    <message>
        <source>Leads (test)</source>
        <translation>Prospects (test)</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Précision</translation>
    </message>
    <message>
        <source>Recall</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <source>Precision and recall</source>
        <translation>Précision et rappel</translation>
    </message>
    <message>
        <source>Use This Score</source>
        <translation>Utiliser ce score</translation>
    </message>
    <message>
        <source>Choose at least one field.</source>
        <translation>Choisissez au moins un champ.</translation>
    </message>
    <message>
        <source>Fitting…</source>
        <translation>Ajustement…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>AUC %1 on %2 held-out leads (%3 on the %4 it was fitted on). Base: %5 points.</source>
        <translation>AUC de %1 sur %2 prospects réservés (%3 sur les %4 ayant servi à l’ajustement). Base&#xa0;: %5 points.</translation>
    </message>
</context>
<context>
    <name>sd::HelpBrowser</name>
    <message>
        <source>User guide</source>
        <translation>Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <source>Show the contents of the guide</source>
        <translation>Afficher le sommaire du guide</translation>
    </message>
    <message>
        <source>Find in page</source>
        <translation>Rechercher dans la page</translation>
    </message>
    <message>
        <source>Segment Designer Guide</source>
        <translation>Guide de Segment Designer</translation>
    </message>
    <message>
        <source>%1 — Segment Designer Guide</source>
        <translation>%1 — Guide de Segment Designer</translation>
    </message>
    <message>
        <source>No matches</source>
        <translation>Aucun résultat</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ImportHistoryModel</name>
    <message>
        <source>Rejected rows with their line numbers and reasons: %1</source>
        <translation>Lignes rejetées avec leur numéro de ligne et le motif&#xa0;: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <source>Inserted</source>
        <translation>Insérées</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejetées</translation>
    </message>
    <message>
        <source>Rejects file</source>
        <translation>Fichier des rejets</translation>
    </message>
    <message>
        <source>Existing leads (same key) whose values changed</source>
        <translation>Prospects existants (même clé) dont les valeurs ont changé</translation>
    </message>
    <message>
        <source>Existing leads (same key) that were already identical</source>
        <translation>Prospects existants (même clé) qui étaient déjà identiques</translation>
    </message>
    <message>
        <source>Rows with a key already in the workspace, kept as they were</source>
        <translation>Lignes dont la clé existait déjà dans l’espace de travail&#xa0;; le prospect est resté tel quel</translation>
    </message>
    <message>
        <source>Rows written to the rejects file instead of the workspace</source>
        <translation>Lignes écrites dans le fichier des rejets au lieu de l’espace de travail</translation>
    </message>
    <message>
        <source>CSV of the rejected rows with their line numbers and reasons</source>
        <translation>Fichier CSV des lignes rejetées avec leur numéro de ligne et le motif</translation>
    </message>
</context>
<context>
    <name>sd::LeadTableModel</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1: %2, imported from column “%3”</source>
        <translation>%1&#xa0;: %2, importé de la colonne «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sd::MainWindow</name>
    <message>
        <source>Fields</source>
        <translation>Champs</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Historique des imports</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Open workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Segment Designer</source>
        <translation>À &amp;propos de Segment Designer</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Segment Designer</source>
        <translation>Segment Designer</translation>
    </message>
    <message>
        <source>No workspace is open.
Create one with File → New workspace… or open one with File → Open workspace…</source>
        <translation>Aucun espace de travail n’est ouvert.
Créez-en un avec Fichier → Nouvel espace de travail… ou ouvrez-en un avec Fichier → Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>%1 (read-only) — Segment Designer</source>
        <translation>%1 (lecture seule) — Segment Designer</translation>
    </message>
    <message>
        <source>%1 — Segment Designer</source>
        <translation>%1 — Segment Designer</translation>
    </message>
    <message>
        <source>1 lead</source>
        <translation>1 prospect</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 prospects</translation>
    </message>
    <message>
        <source>This workspace has no leads yet.
Add some with File → Import CSV…</source>
        <translation>Cet espace de travail ne contient encore aucun prospect.
Ajoutez-en avec Fichier → Importer un CSV…</translation>
    </message>
    <message>
        <source>Segment Designer workspaces (*.segdb);;All files (*)</source>
        <translation>Espaces de travail Segment Designer (*.segdb);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Nouvel espace de travail</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Ouvrir un espace de travail</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it with File → Open workspace…, or choose another name.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Ouvrez-le avec Fichier → Ouvrir un espace de travail… ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>(no key: add every row as a new lead)</source>
        <translation>(pas de clé&#xa0;: ajouter chaque ligne comme nouveau prospect)</translation>
    </message>
    <message>
        <source>Column that identifies a lead across imports:</source>
        <translation>Colonne qui identifie un prospect d’un import à l’autre&#xa0;:</translation>
    </message>
    <message>
        <source>Importing “%1”…</source>
        <translation>Import de «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>Import annulé&#xa0;; l’espace de travail n’a pas changé.</translation>
    </message>
    <message>
        <source>The import failed: %1</source>
        <translation>L’import a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Imported “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» a été importé.</translation>
    </message>
    <message>
        <source>&lt;p&gt;1 row was rejected. It is listed with its line number and the reason in&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;1 ligne a été rejetée. Elle figure avec son numéro de ligne et le motif dans&lt;br&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 rows were rejected. Each one is listed with its line number and the reason in&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 lignes ont été rejetées. Chacune figure avec son numéro de ligne et le motif dans&lt;br&gt;&lt;b&gt;%2&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open Rejects File</source>
        <translation>Ouvrir le fichier des rejets</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? The workspace stays as it was before the import.</source>
        <translation>Un import est en cours. L’annuler et quitter&#xa0;? L’espace de travail reste tel qu’il était avant l’import.</translation>
    </message>
    <message>
        <source>About Segment Designer</source>
        <translation>À propos de Segment Designer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Segment Designer %1&lt;/h3&gt;&lt;p&gt;Design lead segments visually on your own CSV exports, watch sizes and conversion update, and export the rule file for your CRM and data warehouse.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Segment Designer %1&lt;/h3&gt;&lt;p&gt;Concevez visuellement des segments de prospects à partir de vos exports CSV, suivez en direct leur taille et leur conversion, et exportez le fichier de règles pour votre CRM et votre entrepôt de données.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>sd::ModelInputsWidget</name>
    <message>
        <source>All</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Converted when</source>
        <translation>Converti si</translation>
    </message>
    <message>
        <source>Fields the model may use:</source>
        <translation>Champs que le modèle peut utiliser&#xa0;:</translation>
    </message>
    <message>
        <source>The data has no field that could be the outcome.</source>
        <translation>Les données n’ont aucun champ pouvant servir de résultat.</translation>
    </message>
</context>
<context>
    <name>sd::Palettes</name>
    <message>
        <source>Unknown colour scheme “%1”; expected one of: %2</source>
        <translation>Jeu de couleurs «&#xa0;%1&#xa0;» inconnu&#xa0;; valeurs possibles&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sd::SuggestSegmentsDialog</name>
    <message>
        <source>Suggest Segments</source>
        <translation>Suggérer des segments</translation>
    </message>
    <message>
        <source>Decision tree on the outcome</source>
        <translation>Arbre de décision sur le résultat</translation>
    </message>
    <message>
        <source>Clusters of similar leads (k-prototypes)</source>
        <translation>Groupes de prospects similaires (k-prototypes)</translation>
    </message>
    <message>
        <source>Gini impurity</source>
        <translation>Impureté de Gini</translation>
    </message>
    <message>
        <source>Entropy</source>
        <translation>Entropie</translation>
    </message>
    <message>
        <source>Maximum depth</source>
        <translation>Profondeur maximale</translation>
    </message>
    <message>
        <source>Smallest segment</source>
        <translation>Plus petit segment</translation>
    </message>
    <message>
        <source>Split quality</source>
        <translation>Critère de division</translation>
    </message>
    <message>
        <source>Number of clusters</source>
        <translation>Nombre de groupes</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Graine</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajuster</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Prospects</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertis</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <source>Add Segments</source>
        <translation>Ajouter les segments</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Choose at least one field.</source>
        <translation>Choisissez au moins un champ.</translation>
    </message>
    <message>
        <source>Fitting…</source>
        <translation>Ajustement…</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Arrêté.</translation>
    </message>
    <message numerus="yes">
        <source>%n segment(s); overall rate %1. Sizes are exact: the rules reproduce the tree.</source>
        <translation>
            <numerusform>%n segment&#xa0;; taux global %1. Les tailles sont exactes&#xa0;: les règles reproduisent l’arbre.</numerusform>
            <numerusform>%n segments&#xa0;; taux global %1. Les tailles sont exactes&#xa0;: les règles reproduisent l’arbre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The segment&apos;s conditions match %1 leads, %2 of them in this cluster.</source>
        <translation>Les conditions du segment retiennent %1 prospects, dont %2 dans ce groupe.</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) after %1 iterations. Each segment describes its cluster approximately; hover for how well.</source>
        <translation>
            <numerusform>%n groupe après %1 itérations. Chaque segment décrit son groupe de façon approchée&#xa0;; survolez-le pour voir avec quelle précision.</numerusform>
            <numerusform>%n groupes après %1 itérations. Chaque segment décrit son groupe de façon approchée&#xa0;; survolez-les pour voir avec quelle précision.</numerusform>
        </translation>
    </message>
</context>
</TS>
