<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>MoveSegmentCommand</name>
    <message>
        <source>Move “%1”</source>
        <translation>Déplacer « %1 »</translation>
    </message>
</context>
<context>
    <name>RemoveSegmentCommand</name>
    <message>
        <source>Delete “%1”</source>
        <translation>Supprimer « %1 »</translation>
    </message>
</context>
<context>
    <name>RenameSegmentCommand</name>
    <message>
        <source>Rename “%1”</source>
        <translation>Renommer « %1 »</translation>
    </message>
</context>
<context>
    <name>SetAttributesCommand</name>
    <message>
        <source>Edit attributes of “%1”</source>
        <translation>Modifier les attributs de « %1 »</translation>
    </message>
</context>
<context>
    <name>SetChildModeCommand</name>
    <message>
        <source>Make children exclusive</source>
        <translation>Rendre les sous-segments exclusifs</translation>
    </message>
    <message>
        <source>Make children overlapping</source>
        <translation>Rendre les sous-segments chevauchants</translation>
    </message>
</context>
<context>
    <name>SetHoldoutCommand</name>
    <message>
        <source>Set holdout</source>
        <translation>Définir le groupe témoin</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Design lead segments visually on your own CSV exports.</source>
        <translation>Concevez visuellement des segments de leads à partir de vos propres exports CSV.</translation>
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
    <message>
        <source>Open Rule File</source>
        <translation>Ouvrir un fichier de règles</translation>
    </message>
    <message>
        <source>The user-interface language (de, fr, en); default: the system&apos;s.</source>
        <translation>La langue de l’interface (de, fr, en) ; par défaut : celle du système.</translation>
    </message>
    <message>
        <source>The colour scheme: system, dark or high-contrast.</source>
        <translation>Le jeu de couleurs : system, dark ou high-contrast.</translation>
    </message>
    <message>
        <source>still loading after 120 s; saving the screenshot as it is</source>
        <translation>toujours en chargement après 120 s ; la capture d’écran est enregistrée en l’état</translation>
    </message>
    <message>
        <source>The workspace (*.segdb) and/or the rule file (*.rules.json) to open.</source>
        <translation>L’espace de travail (*.segdb) et/ou le fichier de règles (*.rules.json) à ouvrir.</translation>
    </message>
    <message>
        <source>at most one rule file can be opened (see --help)</source>
        <translation>un seul fichier de règles peut être ouvert à la fois (voir --help)</translation>
    </message>
    <message>
        <source>Show the score editor, with the score of this id (&quot;&quot; for the first).</source>
        <translation>Afficher l’éditeur de scores, avec le score de cet identifiant (&quot;&quot; pour le premier).</translation>
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
        <translation>Concevez segments, niveaux et scores de leads à partir de vos propres exports CSV. Votre espace de travail reste sur votre ordinateur.</translation>
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
        <translation>Listes de leads étiquetés en classeurs Excel</translation>
    </message>
    <message>
        <source>Fitting a score to the outcome</source>
        <translation>Ajustement d’un score au résultat</translation>
    </message>
</context>
<context>
    <name>sd::ChartView</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Segment Designer chart</source>
        <translation>Graphique Segment Designer</translation>
    </message>
    <message>
        <source>Cannot write %1: the SVG could not be started</source>
        <translation>Impossible d’écrire %1 : le SVG n’a pas pu être commencé</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>Image SVG (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Image PNG (*.png)</translation>
    </message>
    <message>
        <source>Export chart as SVG</source>
        <translation>Exporter le graphique en SVG</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Exporter le graphique</translation>
    </message>
    <message>
        <source>Copy figures as CSV</source>
        <translation>Copier les chiffres en CSV</translation>
    </message>
    <message>
        <source>Export as PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export as SVG…</source>
        <translation>Exporter en SVG…</translation>
    </message>
</context>
<context>
    <name>sd::ChartsPanel</name>
    <message>
        <source>The segments whose children the charts compare</source>
        <translation>Les segments dont les graphiques comparent les enfants</translation>
    </message>
    <message>
        <source>The score of the histogram and of the precision/recall chart</source>
        <translation>Le score de l’histogramme et du graphique précision/rappel</translation>
    </message>
    <message>
        <source>The date field that groups leads by month</source>
        <translation>Le champ date qui regroupe les leads par mois</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Niveau :</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Score :</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Sizes</source>
        <translation>Tailles</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Dans le temps</translation>
    </message>
    <message>
        <source>Precision/recall</source>
        <translation>Précision/rappel</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>No evaluation yet</source>
        <translation>Pas encore d’évaluation</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Niveau supérieur</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <source>Rules not evaluated: %1</source>
        <translation>Règles non évaluées : %1</translation>
    </message>
    <message>
        <source>Evaluated in %1 ms, charts in %2 ms</source>
        <translation>Évalué en %1 ms, graphiques en %2 ms</translation>
    </message>
    <message>
        <source>Charts in %1 ms</source>
        <translation>Graphiques en %1 ms</translation>
    </message>
</context>
<context>
    <name>sd::Clustering</name>
    <message>
        <source>the number of clusters must be between 2 and 50</source>
        <translation>le nombre de groupes doit être compris entre 2 et 50</translation>
    </message>
    <message>
        <source>there are fewer leads than clusters</source>
        <translation>il y a moins de leads que de groupes</translation>
    </message>
    <message>
        <source>choose at least one field to group by</source>
        <translation>choisissez au moins un champ de regroupement</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is not in the data</source>
        <translation>le champ &quot;%1&quot; n’est pas dans les données</translation>
    </message>
    <message>
        <source>the list field &quot;%1&quot; cannot be used for grouping</source>
        <translation>le champ de liste &quot;%1&quot; ne peut pas servir au regroupement</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>sd::ColumnTable</name>
    <message>
        <source>cannot read leads: %1</source>
        <translation>impossible de lire les leads&#xa0;: %1</translation>
    </message>
    <message>
        <source>loading cancelled</source>
        <translation>chargement annulé</translation>
    </message>
    <message>
        <source>the workspace changed while it was being read; open it again</source>
        <translation>l’espace de travail a changé pendant sa lecture&#xa0;; rouvrez-le</translation>
    </message>
    <message>
        <source>%1: the file is empty (no header row)</source>
        <translation>%1&#xa0;: le fichier est vide (pas de ligne d’en-tête)</translation>
    </message>
</context>
<context>
    <name>sd::ColumnTypeInference</name>
    <message>
        <source>dates like 01/02/2021 could be day-first or month-first; kept as text</source>
        <translation>des dates comme 01/02/2021 peuvent commencer par le jour ou par le mois&#xa0;; conservées comme texte</translation>
    </message>
</context>
<context>
    <name>sd::ConditionDragHandle</name>
    <message>
        <source>Drag to move this condition into another group</source>
        <translation>Faites glisser pour déplacer cette condition dans un autre groupe</translation>
    </message>
    <message>
        <source>Move condition</source>
        <translation>Déplacer la condition</translation>
    </message>
    <message>
        <source>Drag to move this condition into another group, or focus it and press Up or Down</source>
        <translation>Faites glisser pour déplacer cette condition dans un autre groupe, ou donnez-lui le focus et appuyez sur Haut ou Bas</translation>
    </message>
    <message>
        <source>Up and Down move the condition one place; at the edge of a group it leaves the group.</source>
        <translation>Haut et Bas déplacent la condition d’une place&#xa0;; au bord d’un groupe, elle quitte le groupe.</translation>
    </message>
</context>
<context>
    <name>sd::ConditionEditor</name>
    <message>
        <source>Add condition</source>
        <translation>Ajouter une condition</translation>
    </message>
    <message>
        <source>Add group</source>
        <translation>Ajouter un groupe</translation>
    </message>
    <message>
        <source>Rest (no segment)</source>
        <translation>Reste (aucun segment)</translation>
    </message>
    <message>
        <source>Rest of %1</source>
        <translation>Reste de %1</translation>
    </message>
    <message>
        <source>The leads that none of the exclusive segments above took. It has no condition of its own: change the segments before it to change it.</source>
        <translation>Les leads qu’aucun des segments exclusifs au-dessus n’a pris. Le reste n’a pas de condition propre : modifiez les segments qui le précèdent pour le changer.</translation>
    </message>
    <message>
        <source>No segment selected</source>
        <translation>Aucun segment sélectionné</translation>
    </message>
    <message>
        <source>Select a segment in the tree to edit its condition, or add one with Segment → New Segment.</source>
        <translation>Sélectionnez un segment dans l’arbre pour modifier sa condition, ou ajoutez-en un avec Segment → Nouveau segment.</translation>
    </message>
    <message>
        <source>“%1” takes every lead of its parent. Add a condition to narrow it down.</source>
        <translation>« %1 » prend tous les leads de son parent. Ajoutez une condition pour le restreindre.</translation>
    </message>
    <message>
        <source>→ %1 left</source>
        <translation>→ %1 restants</translation>
    </message>
    <message>
        <source>%1 of the %2 leads this segment chooses from (%3 %) pass this condition and every one above it.</source>
        <translation>%1 des %2 leads parmi lesquels ce segment choisit (%3 %) passent cette condition et toutes celles au-dessus.</translation>
    </message>
    <message>
        <source>= %1 leads</source>
        <translation>= %1 leads</translation>
    </message>
    <message>
        <source>%1 match</source>
        <translation>%1 correspondent</translation>
    </message>
    <message>
        <source>%1 of the %2 leads this segment chooses from (%3 %) satisfy this on its own.</source>
        <translation>%1 des %2 leads parmi lesquels ce segment choisit (%3 %) satisfont cette condition à elle seule.</translation>
    </message>
    <message>
        <source>all leads</source>
        <translation>tous les leads</translation>
    </message>
    <message>
        <source>Chooses from %1 leads of %2 that the segments above it did not take · keeps %3</source>
        <translation>Choisit parmi %1 leads de %2 que les segments au-dessus n’ont pas pris · en garde %3</translation>
    </message>
    <message>
        <source>Chooses from %1 leads of %2 · keeps %3</source>
        <translation>Choisit parmi %1 leads de %2 · en garde %3</translation>
    </message>
    <message>
        <source>Counts are paused: %1</source>
        <translation>Comptages en pause : %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>Edit condition</source>
        <translation>Modifier la condition</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Supprimer la condition</translation>
    </message>
    <message>
        <source>Wrap in group</source>
        <translation>Englober dans un groupe</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Dégrouper</translation>
    </message>
    <message>
        <source>Change group</source>
        <translation>Modifier le groupe</translation>
    </message>
    <message>
        <source>Add segment condition</source>
        <translation>Ajouter une condition de segment</translation>
    </message>
    <message>
        <source>Move condition</source>
        <translation>Déplacer la condition</translation>
    </message>
</context>
<context>
    <name>sd::ConditionGroupWidget</name>
    <message>
        <source>All of these (and)</source>
        <translation>Toutes ces conditions (et)</translation>
    </message>
    <message>
        <source>Any of these (or)</source>
        <translation>L’une de ces conditions (ou)</translation>
    </message>
    <message>
        <source>Not</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Add a condition to this group</source>
        <translation>Ajouter une condition à ce groupe</translation>
    </message>
    <message>
        <source>Field condition</source>
        <translation>Condition sur un champ</translation>
    </message>
    <message>
        <source>Membership of another segment</source>
        <translation>Appartenance à un autre segment</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Add a nested group (any of) to this group</source>
        <translation>Ajouter un groupe imbriqué (l’une de) à ce groupe</translation>
    </message>
    <message>
        <source>Wrap, ungroup or remove this group</source>
        <translation>Englober, dégrouper ou supprimer ce groupe</translation>
    </message>
    <message>
        <source>Wrap in a group</source>
        <translation>Englober dans un groupe</translation>
    </message>
    <message>
        <source>Negate (wrap in not)</source>
        <translation>Nier (englober dans « non »)</translation>
    </message>
    <message>
        <source>Ungroup</source>
        <translation>Dégrouper</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>Supprimer le groupe</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
    </message>
    <message>
        <source>or</source>
        <translation>ou</translation>
    </message>
    <message>
        <source>Empty: no lead matches an empty “any” group.</source>
        <translation>Vide : aucun lead ne satisfait un groupe « l’une de » vide.</translation>
    </message>
    <message>
        <source>Empty: add a condition.</source>
        <translation>Vide : ajoutez une condition.</translation>
    </message>
    <message>
        <source>Group type</source>
        <translation>Type de groupe</translation>
    </message>
</context>
<context>
    <name>sd::ConditionLeafWidget</name>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>is</source>
        <translation>est</translation>
    </message>
    <message>
        <source>not on</source>
        <translation>pas le</translation>
    </message>
    <message>
        <source>is not</source>
        <translation>n’est pas</translation>
    </message>
    <message>
        <source>before</source>
        <translation>avant</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>le ou avant</translation>
    </message>
    <message>
        <source>after</source>
        <translation>après</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>le ou après</translation>
    </message>
    <message>
        <source>between</source>
        <translation>entre</translation>
    </message>
    <message>
        <source>is one of</source>
        <translation>est l’un de</translation>
    </message>
    <message>
        <source>is none of</source>
        <translation>n’est aucun de</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>does not contain</source>
        <translation>ne contient pas</translation>
    </message>
    <message>
        <source>starts with</source>
        <translation>commence par</translation>
    </message>
    <message>
        <source>ends with</source>
        <translation>se termine par</translation>
    </message>
    <message>
        <source>matches pattern</source>
        <translation>correspond au motif</translation>
    </message>
    <message>
        <source>is empty</source>
        <translation>est vide</translation>
    </message>
    <message>
        <source>is not empty</source>
        <translation>n’est pas vide</translation>
    </message>
    <message>
        <source>within the last</source>
        <translation>dans les derniers</translation>
    </message>
    <message>
        <source>not within the last</source>
        <translation>pas dans les derniers</translation>
    </message>
    <message>
        <source>has any of</source>
        <translation>a l’un de</translation>
    </message>
    <message>
        <source>has all of</source>
        <translation>a tous</translation>
    </message>
    <message>
        <source>has none of</source>
        <translation>n’a aucun de</translation>
    </message>
    <message>
        <source>Wrap this condition in a group</source>
        <translation>Englober cette condition dans un groupe</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Supprimer cette condition</translation>
    </message>
    <message>
        <source>is in segment</source>
        <translation>est dans le segment</translation>
    </message>
    <message>
        <source>%1 (score)</source>
        <translation>%1 (score)</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1 (manquant)</translation>
    </message>
    <message>
        <source>%1 (unknown)</source>
        <translation>%1 (inconnu)</translation>
    </message>
    <message>
        <source>ignore case</source>
        <translation>ignorer la casse</translation>
    </message>
    <message>
        <source>Drag to move the threshold (logarithmic scale from the minimum to the maximum)</source>
        <translation>Faites glisser pour déplacer le seuil (échelle logarithmique du minimum au maximum)</translation>
    </message>
    <message>
        <source>Drag to move the threshold between the field&apos;s minimum and maximum</source>
        <translation>Faites glisser pour déplacer le seuil entre le minimum et le maximum du champ</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>before the as-of date</source>
        <translation>avant la date de référence</translation>
    </message>
    <message>
        <source>and</source>
        <translation>et</translation>
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
        <translation>« %1 » n’est pas %2</translation>
    </message>
    <message>
        <source>number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>date (YYYY-MM-DD)</source>
        <translation>une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>true</source>
        <translation>vrai</translation>
    </message>
    <message>
        <source>false</source>
        <translation>faux</translation>
    </message>
    <message>
        <source>regular expression, e.g. ^VP|Director</source>
        <translation>expression régulière, p. ex. ^VP|Director</translation>
    </message>
    <message>
        <source>invalid regular expression: %1 (at %2)</source>
        <translation>expression régulière invalide : %1 (à la position %2)</translation>
    </message>
    <message>
        <source>values appear when the workspace has loaded</source>
        <translation>les valeurs apparaissent une fois l’espace de travail chargé</translation>
    </message>
    <message>
        <source>%1 % filled</source>
        <translation>%1 % remplis</translation>
    </message>
    <message>
        <source>min %1 · median %2 · max %3 · %4</source>
        <translation>min %1 · médiane %2 · max %3 · %4</translation>
    </message>
    <message>
        <source>from %1 to %2 · median %3 · %4</source>
        <translation>du %1 au %2 · médiane %3 · %4</translation>
    </message>
    <message>
        <source>true %1 · false %2 · %3</source>
        <translation>vrai %1 · faux %2 · %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>5,000+ distinct values</source>
        <translation>plus de 5 000 valeurs distinctes</translation>
    </message>
    <message>
        <source>%1 distinct values</source>
        <translation>%1 valeurs distinctes</translation>
    </message>
    <message>
        <source>%1 · most common: %2 · %3</source>
        <translation>%1 · les plus fréquentes : %2 · %3</translation>
    </message>
    <message>
        <source>Leads left after this condition</source>
        <translation>Leads restants après cette condition</translation>
    </message>
    <message>
        <source>Wrap in group</source>
        <translation>Englober dans un groupe</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Supprimer la condition</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
</context>
<context>
    <name>sd::ConversionChart</name>
    <message>
        <source>Conversion rate with 95% interval: top level</source>
        <translation>Taux de conversion avec intervalle à 95 % : niveau supérieur</translation>
    </message>
    <message>
        <source>Conversion rate with 95% interval: %1</source>
        <translation>Taux de conversion avec intervalle à 95 % : %1</translation>
    </message>
    <message>
        <source>The rules define no outcome, so there is no conversion rate to show.</source>
        <translation>Les règles ne définissent aucun résultat : il n’y a pas de taux de conversion à afficher.</translation>
    </message>
    <message>
        <source>This level has no segments.</source>
        <translation>Ce niveau n’a aucun segment.</translation>
    </message>
    <message>
        <source>Conversion rate (%)</source>
        <translation>Taux de conversion (%)</translation>
    </message>
    <message>
        <source> (95% interval)</source>
        <translation> (intervalle à 95 %)</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 converted of %3 leads: %4&lt;br&gt;95% interval %5 – %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 convertis sur %3 leads : %4&lt;br&gt;intervalle à 95 % %5 – %6</translation>
    </message>
    <message>
        <source>&lt;br&gt;Lift vs all leads: ×%1</source>
        <translation>&lt;br&gt;Lift par rapport à tous les leads : ×%1</translation>
    </message>
    <message>
        <source>&lt;br&gt;p-value vs rest of parent: %1</source>
        <translation>&lt;br&gt;valeur p par rapport au reste du parent : %1</translation>
    </message>
    <message>
        <source>All leads: %1</source>
        <translation>Tous les leads : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;All leads&lt;/b&gt;&lt;br&gt;%1 converted of %2: %3&lt;br&gt;95% interval %4 – %5</source>
        <translation>&lt;b&gt;Tous les leads&lt;/b&gt;&lt;br&gt;%1 convertis sur %2 : %3&lt;br&gt;intervalle à 95 % %4 – %5</translation>
    </message>
    <message>
        <source>no leads</source>
        <translation>aucun lead</translation>
    </message>
</context>
<context>
    <name>sd::CsvImport</name>
    <message>
        <source>%1 is read-only: %2</source>
        <translation>%1 est en lecture seule&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1&#xa0;: fichier introuvable</translation>
    </message>
    <message>
        <source>import cancelled</source>
        <translation>import annulé</translation>
    </message>
    <message>
        <source>%1: the file is empty (no header row)</source>
        <translation>%1&#xa0;: le fichier est vide (pas de ligne d’en-tête)</translation>
    </message>
    <message>
        <source>%1: line 1, column %2: the column name is longer than %3 characters (is the first row a header?)</source>
        <translation>%1&#xa0;: ligne 1, colonne %2&#xa0;: le nom de colonne dépasse %3 caractères (la première ligne est-elle un en-tête&#xa0;?)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot;: %2</source>
        <translation>colonne &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: key column &quot;%2&quot; is not in the header (columns: %3)</source>
        <translation>%1&#xa0;: la colonne clé &quot;%2&quot; n’est pas dans l’en-tête (colonnes&#xa0;: %3)</translation>
    </message>
    <message>
        <source>%1: the import would give the workspace %2 fields; a workspace holds at most %3</source>
        <translation>%1&#xa0;: l’import donnerait %2 champs à l’espace de travail&#xa0;; un espace de travail en contient au plus %3</translation>
    </message>
    <message>
        <source>%1: cannot start a transaction: %2</source>
        <translation>%1&#xa0;: impossible de démarrer une transaction&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot add field &quot;%1&quot;: %2</source>
        <translation>impossible d’ajouter le champ &quot;%1&quot;&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot prepare the import: %1</source>
        <translation>impossible de préparer l’import&#xa0;: %1</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 champs attendus, %2 trouvés</translation>
    </message>
    <message>
        <source>%1: cannot write rejects file</source>
        <translation>%1&#xa0;: impossible d’écrire le fichier des rejets</translation>
    </message>
    <message>
        <source>field &quot;%1&quot;: &quot;%2&quot; is not a valid %3</source>
        <translation>champ &quot;%1&quot;&#xa0;: &quot;%2&quot; n’est pas une valeur valide de type %3</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; is empty</source>
        <translation>la clé &quot;%1&quot; est vide</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: line %2: the workspace would hold more than %3 leads, the limit</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: l’espace de travail contiendrait plus de %3 leads, la limite</translation>
    </message>
    <message>
        <source>cannot record the import: %1</source>
        <translation>impossible de consigner l’import&#xa0;: %1</translation>
    </message>
    <message>
        <source>%1: cannot write rejects file: %2</source>
        <translation>%1&#xa0;: impossible d’écrire le fichier des rejets&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot save the import: %2</source>
        <translation>%1&#xa0;: impossible d’enregistrer l’import&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the rejects file could not be written: %2</source>
        <translation>%1&#xa0;: le fichier des rejets n’a pas pu être écrit&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sd::CsvImportRunner</name>
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
        <translation>(pas de clé&#xa0;: ajouter chaque ligne comme nouveau lead)</translation>
    </message>
    <message>
        <source>Column that identifies a lead across imports:</source>
        <translation>Colonne qui identifie un lead d’un import à l’autre&#xa0;:</translation>
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
</context>
<context>
    <name>sd::CsvReader</name>
    <message>
        <source>%1: line %2: more than %3 columns, the limit for one row</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: plus de %3 colonnes, la limite pour une ligne</translation>
    </message>
    <message>
        <source>%1: line %2: a field is longer than %3 MB, the limit for one cell (is a quote left open?)</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: un champ dépasse %3 Mo, la limite pour une cellule (un guillemet est-il resté ouvert&#xa0;?)</translation>
    </message>
    <message>
        <source>%1: line %2: a row is longer than %3 MB, the limit for one row (is a quote left open?)</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: une ligne dépasse %3 Mo, la limite pour une ligne (un guillemet est-il resté ouvert&#xa0;?)</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1&#xa0;: ouverture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>unknown encoding &quot;%1&quot;</source>
        <translation>encodage inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1&#xa0;: lecture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: line %2: the file contains a NUL byte; it is binary data or UTF-16 without a byte-order mark, not CSV text</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: le fichier contient un octet NUL&#xa0;; ce sont des données binaires ou de l’UTF-16 sans indicateur d’ordre des octets, pas du texte CSV</translation>
    </message>
    <message>
        <source>%1: line %2: invalid UTF-8; the file may use another encoding (try --encoding windows-1252)</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: UTF-8 invalide&#xa0;; le fichier utilise peut-être un autre encodage (essayez --encoding windows-1252)</translation>
    </message>
    <message>
        <source>%1: near line %2: bytes that are not valid %3</source>
        <translation>%1&#xa0;: vers la ligne %2&#xa0;: octets non valides en %3</translation>
    </message>
    <message>
        <source>%1: the file ends inside a %2 character</source>
        <translation>%1&#xa0;: le fichier se termine au milieu d’un caractère %2</translation>
    </message>
    <message>
        <source>%1: line %2: %3</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: line %2: a quoted field is not closed before the end of the file</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: un champ entre guillemets n’est pas fermé avant la fin du fichier</translation>
    </message>
</context>
<context>
    <name>sd::DecisionTree</name>
    <message>
        <source>the field &quot;%1&quot; is not in the data</source>
        <translation>le champ &quot;%1&quot; n’est pas dans les données</translation>
    </message>
    <message>
        <source>the list field &quot;%1&quot; cannot be split on; choose text, number, date or boolean fields</source>
        <translation>le champ de liste &quot;%1&quot; ne peut pas servir à diviser&#xa0;; choisissez des champs texte, nombre, date ou booléens</translation>
    </message>
    <message>
        <source>choose at least one field to split on</source>
        <translation>choisissez au moins un champ de division</translation>
    </message>
    <message>
        <source>the maximum depth must be between 1 and 20</source>
        <translation>la profondeur maximale doit être comprise entre 1 et 20</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>sd::DemoGenerator</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the number of leads must not be negative</source>
        <translation>le nombre de leads ne doit pas être négatif</translation>
    </message>
</context>
<context>
    <name>sd::EvaluationController</name>
    <message>
        <source>The rules cannot be evaluated.</source>
        <translation>Les règles ne peuvent pas être évaluées.</translation>
    </message>
</context>
<context>
    <name>sd::Evaluator</name>
    <message>
        <source>unknown field &quot;%1&quot;</source>
        <translation>champ inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;not&quot; needs exactly one condition</source>
        <translation>&quot;not&quot; exige exactement une condition</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>expression régulière invalide&#xa0;: %1</translation>
    </message>
    <message>
        <source>between needs [low, high]</source>
        <translation>between exige [borne basse, borne haute]</translation>
    </message>
    <message>
        <source>between needs two numbers</source>
        <translation>between exige deux nombres</translation>
    </message>
    <message>
        <source>needs a number</source>
        <translation>exige un nombre</translation>
    </message>
    <message>
        <source>operator not available for numbers</source>
        <translation>opérateur non disponible pour les nombres</translation>
    </message>
    <message>
        <source>needs a number of days</source>
        <translation>exige un nombre de jours</translation>
    </message>
    <message>
        <source>between needs [first, last]</source>
        <translation>between exige [premier jour, dernier jour]</translation>
    </message>
    <message>
        <source>between needs two dates (YYYY-MM-DD)</source>
        <translation>between exige deux dates (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>needs a date (YYYY-MM-DD)</source>
        <translation>exige une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>operator not available for dates</source>
        <translation>opérateur non disponible pour les dates</translation>
    </message>
    <message>
        <source>operator not available for booleans</source>
        <translation>opérateur non disponible pour les booléens</translation>
    </message>
    <message>
        <source>needs true or false</source>
        <translation>exige true ou false</translation>
    </message>
    <message>
        <source>has_any/has_all/has_none need a list field</source>
        <translation>has_any/has_all/has_none exigent un champ de liste</translation>
    </message>
    <message>
        <source>within_last_days needs a date field</source>
        <translation>within_last_days exige un champ de date</translation>
    </message>
    <message>
        <source>operator not available for text</source>
        <translation>opérateur non disponible pour le texte</translation>
    </message>
    <message>
        <source>operator not available for lists</source>
        <translation>opérateur non disponible pour les listes</translation>
    </message>
    <message>
        <source>unsupported field type</source>
        <translation>type de champ non pris en charge</translation>
    </message>
    <message>
        <source>score %1: &quot;per&quot; field %2 is not a number</source>
        <translation>score %1&#xa0;: le champ &quot;per&quot; %2 n’est pas un nombre</translation>
    </message>
    <message>
        <source>unknown segment &quot;%1&quot;</source>
        <translation>segment inconnu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>segment &quot;%1&quot; depends on itself</source>
        <translation>le segment &quot;%1&quot; dépend de lui-même</translation>
    </message>
</context>
<context>
    <name>sd::ExportActions</name>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Export the rule set (rule file, JsonLogic, SQL, Markdown) or the tagged leads (CSV, XLSX, JSONL)</source>
        <translation>Exporter l’ensemble de règles (fichier de règles, JsonLogic, SQL, Markdown) ou les leads étiquetés (CSV, XLSX, JSONL)</translation>
    </message>
    <message>
        <source>Import &amp;JsonLogic…</source>
        <translation>Importer du &amp;JsonLogic…</translation>
    </message>
    <message>
        <source>Read JsonLogic rules (as the JsonLogic export writes them) into the rule set</source>
        <translation>Lire des règles JsonLogic (telles que l’export JsonLogic les écrit) dans l’ensemble de règles</translation>
    </message>
    <message>
        <source>Import JsonLogic</source>
        <translation>Importer du JsonLogic</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>“%1” was not imported; the rule set is unchanged.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été importé&#xa0;; l’ensemble de règles est inchangé.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB.</source>
        <translation>Le fichier dépasse %1&#xa0;Mo.</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Le fichier n’a pas pu être lu.</translation>
    </message>
    <message numerus="yes">
        <source>%1
(and %n more; see the details)</source>
        <translation>
            <numerusform>%1
(et %n autre&#xa0;; voir les détails)</numerusform>
            <numerusform>%1
(et %n autres&#xa0;; voir les détails)</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” matches the rule set; nothing changed.</source>
        <translation>«&#xa0;%1&#xa0;» correspond à l’ensemble de règles&#xa0;; rien n’a changé.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n segment(s) changed</source>
        <translation>
            <numerusform>%1 importé&#xa0;: %n segment modifié</numerusform>
            <numerusform>%1 importé&#xa0;: %n segments modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n score(s) changed</source>
        <translation>
            <numerusform>, %n score modifié</numerusform>
            <numerusform>, %n scores modifiés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Rule file</source>
        <translation>Fichier de règles</translation>
    </message>
    <message>
        <source>JsonLogic</source>
        <translation>JsonLogic</translation>
    </message>
    <message>
        <source>SQL query</source>
        <translation>Requête SQL</translation>
    </message>
    <message>
        <source>Markdown summary</source>
        <translation>Résumé Markdown</translation>
    </message>
    <message>
        <source>Tagged leads (CSV)</source>
        <translation>Leads étiquetés (CSV)</translation>
    </message>
    <message>
        <source>Tagged leads (XLSX)</source>
        <translation>Leads étiquetés (XLSX)</translation>
    </message>
    <message>
        <source>Tagged leads (JSONL)</source>
        <translation>Leads étiquetés (JSONL)</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d’export</translation>
    </message>
    <message>
        <source>Exports the rule set</source>
        <translation>Exporte l’ensemble de règles</translation>
    </message>
    <message>
        <source>Exports every lead with its segment</source>
        <translation>Exporte chaque lead avec son segment</translation>
    </message>
    <message>
        <source>Preview of the exported file</source>
        <translation>Aperçu du fichier exporté</translation>
    </message>
    <message>
        <source>Nothing can be written until the problem above is solved.</source>
        <translation>Rien ne peut être écrit tant que le problème ci-dessus n’est pas résolu.</translation>
    </message>
    <message>
        <source>Writing %p%</source>
        <translation>Écriture %p&#xa0;%</translation>
    </message>
    <message>
        <source>Cancel Export</source>
        <translation>Annuler l’export</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Fixed date for relative conditions:</source>
        <translation>Date fixe pour les conditions relatives&#xa0;:</translation>
    </message>
    <message>
        <source>JsonLogic has no current date: conditions like “within the last 30 days” are written as a date range ending on this date</source>
        <translation>JsonLogic n’a pas de date du jour&#xa0;: les conditions comme «&#xa0;dans les 30 derniers jours&#xa0;» sont écrites comme une plage de dates se terminant à cette date</translation>
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
        <translation>&amp;Dialecte&#xa0;:</translation>
    </message>
    <message>
        <source>Dots separate schema or dataset parts; each part is quoted on its own</source>
        <translation>Les points séparent les parties de schéma ou de jeu de données&#xa0;; chaque partie est citée séparément</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>&amp;Table&#xa0;:</translation>
    </message>
    <message>
        <source>the first field of the rule set</source>
        <translation>le premier champ de l’ensemble de règles</translation>
    </message>
    <message>
        <source>The column that identifies a lead, returned with segment_id and the scores</source>
        <translation>La colonne qui identifie un lead, renvoyée avec segment_id et les scores</translation>
    </message>
    <message>
        <source>&amp;Key column:</source>
        <translation>Colonne &amp;clé&#xa0;:</translation>
    </message>
    <message>
        <source>Unchecked, relative conditions count back from the database&apos;s CURRENT_DATE when the query runs</source>
        <translation>Décoché, les conditions relatives comptent à rebours depuis le CURRENT_DATE de la base de données au moment de la requête</translation>
    </message>
    <message>
        <source>&amp;Segments (none checked: all leads):</source>
        <translation>&amp;Segments (aucun coché&#xa0;: tous les leads)&#xa0;:</translation>
    </message>
    <message>
        <source>One &amp;sheet per top-level segment</source>
        <translation>Une &amp;feuille par segment de premier niveau</translation>
    </message>
    <message>
        <source>Also save the tags &amp;into the workspace (for this rule-set version)</source>
        <translation>Enregistrer aussi les étiquettes &amp;dans l’espace de travail (pour cette version de l’ensemble de règles)</translation>
    </message>
    <message>
        <source>Records each lead&apos;s segment in the workspace, so that a later import can be compared with what was tagged</source>
        <translation>Enregistre le segment de chaque lead dans l’espace de travail, pour comparer un import ultérieur avec ce qui a été étiqueté</translation>
    </message>
    <message>
        <source>The rule set as a canonical rule file (*.rules.json), the hand-off to the command line and to server tools.</source>
        <translation>L’ensemble de règles en fichier de règles canonique (*.rules.json), à transmettre à la ligne de commande et aux outils serveur.</translation>
    </message>
    <message>
        <source>One JsonLogic rule per segment membership and per score (jsonlogic.com), for web and server code.</source>
        <translation>Une règle JsonLogic par appartenance à un segment et par score (jsonlogic.com), pour le code web et serveur.</translation>
    </message>
    <message>
        <source>One SELECT returning the lead key, segment_id and the scores, for a warehouse table of leads.</source>
        <translation>Un SELECT qui renvoie la clé du lead, segment_id et les scores, pour une table de leads d’entrepôt de données.</translation>
    </message>
    <message>
        <source>A readable summary of the segments and scores for a sales team.</source>
        <translation>Un résumé lisible des segments et des scores pour une équipe commerciale.</translation>
    </message>
    <message>
        <source>Every lead with all its columns, its segment, the segment&apos;s attributes, the scores and the holdout group.</source>
        <translation>Chaque lead avec toutes ses colonnes, son segment, les attributs du segment, les scores et le groupe témoin.</translation>
    </message>
    <message>
        <source>No leads are loaded: open a workspace first.</source>
        <translation>Aucun lead n’est chargé&#xa0;: ouvrez d’abord un espace de travail.</translation>
    </message>
    <message>
        <source>%1 leads of the workspace, written row by row in the background.</source>
        <translation>%1 leads de l’espace de travail, écrits ligne par ligne en arrière-plan.</translation>
    </message>
    <message>
        <source>Segments: all leads, including those in no segment.</source>
        <translation>Segments&#xa0;: tous les leads, y compris ceux qui ne sont dans aucun segment.</translation>
    </message>
    <message>
        <source>Segments: only leads of %1.</source>
        <translation>Segments&#xa0;: seulement les leads de %1.</translation>
    </message>
    <message>
        <source>Columns: the workspace&apos;s columns, then segment_id, segment_path, the attributes, the scores and holdout.</source>
        <translation>Colonnes&#xa0;: les colonnes de l’espace de travail, puis segment_id, segment_path, les attributs, les scores et holdout.</translation>
    </message>
    <message>
        <source>No leads are loaded.</source>
        <translation>Aucun lead n’est chargé.</translation>
    </message>
    <message>
        <source>Showing the first %1 of %2 lines (%3 bytes in all).</source>
        <translation>Les %1 premières lignes sur %2 (%3 octets en tout).</translation>
    </message>
    <message>
        <source>The whole file: %1 lines, %2 bytes.</source>
        <translation>Le fichier entier&#xa0;: %1 lignes, %2 octets.</translation>
    </message>
    <message>
        <source>This rule set cannot be exported in this format:</source>
        <translation>Cet ensemble de règles ne peut pas être exporté dans ce format&#xa0;:</translation>
    </message>
    <message>
        <source>Rule files (*.rules.json)</source>
        <translation>Fichiers de règles (*.rules.json)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>SQL files (*.sql)</source>
        <translation>Fichiers SQL (*.sql)</translation>
    </message>
    <message>
        <source>Markdown files (*.md)</source>
        <translation>Fichiers Markdown (*.md)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>Fichiers JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n ligne écrite dans %1</numerusform>
            <numerusform>%n lignes écrites dans %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) saved into the workspace (rule-set version %1).</source>
        <translation>
            <numerusform>%n étiquette enregistrée dans l’espace de travail (version %1 de l’ensemble de règles).</numerusform>
            <numerusform>%n étiquettes enregistrées dans l’espace de travail (version %1 de l’ensemble de règles).</numerusform>
        </translation>
    </message>
    <message>
        <source>The tags could not be saved into the workspace: %1</source>
        <translation>Les étiquettes n’ont pas pu être enregistrées dans l’espace de travail&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sd::FeatureEncoder</name>
    <message>
        <source>the field &quot;%1&quot; is not in the data</source>
        <translation>le champ &quot;%1&quot; n’est pas dans les données</translation>
    </message>
    <message>
        <source>the list field &quot;%1&quot; cannot be used by a model; choose text, number, date or boolean fields</source>
        <translation>le champ de liste &quot;%1&quot; ne peut pas être utilisé par un modèle&#xa0;; choisissez des champs texte, nombre, date ou booléens</translation>
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
        <translation>%1 leads sur %2 ont une valeur</translation>
    </message>
    <message>
        <source>%1 is the lead key: it identifies a lead across imports</source>
        <translation>%1 est la clé des leads&#xa0;: elle identifie un lead d’un import à l’autre</translation>
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
        <translation>Part des leads ayant une valeur non vide</translation>
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
        <translation>Ajuster les points sur le résultat</translation>
    </message>
    <message>
        <source>Held-out share</source>
        <translation>Part mise de côté</translation>
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
        <translation>Leads (apprentissage)</translation>
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
        <translation>Leads (test)</translation>
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
        <translation>n/d</translation>
    </message>
    <message>
        <source>AUC %1 on %2 held-out leads (%3 on the %4 it was fitted on). Base: %5 points.</source>
        <translation>AUC %1 sur %2 leads mis de côté (%3 sur les %4 ayant servi à l’ajustement). Base : %5 points.</translation>
    </message>
</context>
<context>
    <name>sd::HealthCheck</name>
    <message>
        <source>Tiny segment</source>
        <translation>Segment minuscule</translation>
    </message>
    <message>
        <source>Too many tiny segments</source>
        <translation>Trop de segments minuscules</translation>
    </message>
    <message>
        <source>Wide interval</source>
        <translation>Intervalle large</translation>
    </message>
    <message>
        <source>Siblings alike</source>
        <translation>Segments frères semblables</translation>
    </message>
    <message>
        <source>Large remainder</source>
        <translation>Reste important</translation>
    </message>
    <message>
        <source>Incomplete field</source>
        <translation>Champ incomplet</translation>
    </message>
    <message>
        <source>Stale data</source>
        <translation>Données périmées</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>The conversion rate of %1 is only known within %2 to %3 (95%), wider than %4 points.</source>
        <translation>Le taux de conversion de %1 n’est connu qu’entre %2 et %3 (95 %), un intervalle plus large que %4 points.</translation>
    </message>
    <message>
        <source>%1 of all leads fall into no top-level segment.</source>
        <translation>%1 des leads ne tombent dans aucun segment du niveau supérieur.</translation>
    </message>
    <message>
        <source>%1 of %2 falls into none of its children.</source>
        <translation>%1 de %2 ne tombe dans aucun de ses sous-segments.</translation>
    </message>
    <message>
        <source>%1 of %2 segments have fewer than %3 leads: merge some or loosen their conditions.</source>
        <translation>%1 segments sur %2 ont moins de %3 leads&#xa0;: fusionnez-en certains ou assouplissez leurs conditions.</translation>
    </message>
    <message>
        <source>%1 (%2) and %3 (%4) do not differ in conversion (p = %5): treat them alike or split differently.</source>
        <translation>%1 (%2) et %3 (%4) ne diffèrent pas en conversion (p = %5)&#xa0;: traitez-les de la même façon ou divisez autrement.</translation>
    </message>
    <message>
        <source>%1 is used in the rules but only %2 of leads have a value: an empty cell fails every positive condition.</source>
        <translation>%1 est utilisé dans les règles, mais seuls %2 des leads ont une valeur&#xa0;: une cellule vide échoue à toute condition positive.</translation>
    </message>
    <message>
        <source>No import is recorded for this data, so its age is unknown.</source>
        <translation>Aucun import n’est enregistré pour ces données&#xa0;: leur âge est inconnu.</translation>
    </message>
    <message>
        <source>The last import was on %1, %2 days ago (limit %3): sizes and rates describe old data.</source>
        <translation>Le dernier import date du %1, il y a %2 jours (limite %3)&#xa0;: tailles et taux décrivent des données anciennes.</translation>
    </message>
    <message>
        <source>This rule set has never been marked as verified against the data.</source>
        <translation>Ce jeu de règles n’a jamais été marqué comme vérifié sur les données.</translation>
    </message>
    <message>
        <source>The rule set was last verified on %1, %2 days ago (limit %3).</source>
        <translation>Le jeu de règles a été vérifié pour la dernière fois le %1, il y a %2 jours (limite %3).</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n lead(s), fewer than the minimum of %2: its rate is not reliable.</source>
        <translation>
            <numerusform>%1 compte %n lead, moins que le minimum de %2&#xa0;: son taux n’est pas fiable.</numerusform>
            <numerusform>%1 compte %n leads, moins que le minimum de %2&#xa0;: son taux n’est pas fiable.</numerusform>
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
        <translation>Problème</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Segment or field</source>
        <translation>Segment ou champ</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
</context>
<context>
    <name>sd::HealthPanel</name>
    <message>
        <source> leads</source>
        <translation> leads</translation>
    </message>
    <message>
        <source> points</source>
        <translation> points</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Minimum segment size</source>
        <translation>Taille minimale d’un segment</translation>
    </message>
    <message>
        <source>Too many tiny segments above</source>
        <translation>Trop de segments minuscules au-delà de</translation>
    </message>
    <message>
        <source>Widest 95% interval</source>
        <translation>Intervalle à 95 % le plus large</translation>
    </message>
    <message>
        <source>Siblings alike when p-value above</source>
        <translation>Segments frères semblables si la valeur p dépasse</translation>
    </message>
    <message>
        <source>Largest remainder share</source>
        <translation>Part maximale du reste</translation>
    </message>
    <message>
        <source>Lowest fill rate of a used field</source>
        <translation>Taux de remplissage minimal d’un champ utilisé</translation>
    </message>
    <message>
        <source>Data stale after</source>
        <translation>Données périmées après</translation>
    </message>
    <message>
        <source>Verify the rules every</source>
        <translation>Vérifier les règles tous les</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Seuils</translation>
    </message>
    <message>
        <source>Mark rules as verified today</source>
        <translation>Marquer les règles comme vérifiées aujourd’hui</translation>
    </message>
    <message>
        <source>Record that you checked this rule set against the current data</source>
        <translation>Noter que vous avez vérifié ce jeu de règles sur les données actuelles</translation>
    </message>
    <message>
        <source>The rules could not be evaluated: %1</source>
        <translation>Les règles n’ont pas pu être évaluées : %1</translation>
    </message>
    <message>
        <source>No evaluation yet.</source>
        <translation>Pas encore d’évaluation.</translation>
    </message>
    <message>
        <source>No problems found (notes: %1).</source>
        <translation>Aucun problème trouvé (remarques : %1).</translation>
    </message>
    <message>
        <source>Problems: %1 · Warnings: %2 · Notes: %3</source>
        <translation>Problèmes : %1 · Avertissements : %2 · Remarques : %3</translation>
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
    <name>sd::HoldoutLiftModel</name>
    <message>
        <source>%1 of %2 treated leads converted</source>
        <translation>%1 des %2 leads traités ont converti</translation>
    </message>
    <message>
        <source>%1 of %2 held-out leads converted</source>
        <translation>%1 des %2 leads du groupe témoin ont converti</translation>
    </message>
    <message>
        <source>Treatment rate minus holdout rate, in percentage points, with its 95% interval (Newcombe)</source>
        <translation>Taux du groupe traité moins taux du groupe témoin, en points de pourcentage, avec son intervalle à 95 % (Newcombe)</translation>
    </message>
    <message>
        <source>Two-proportion z-test: how likely a difference this large is if the segment&apos;s treatment did nothing</source>
        <translation>Test z de deux proportions : la probabilité d’un écart aussi grand si le traitement du segment n’avait eu aucun effet</translation>
    </message>
    <message>
        <source>%1 [%2 – %3]</source>
        <translation>%1 [%2 – %3]</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>%1 pp [%2 – %3]</source>
        <translation>%1 pts [%2 – %3]</translation>
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
        <translation>Leads traités</translation>
    </message>
    <message>
        <source>Treatment conversion [95%]</source>
        <translation>Conversion traités [95 %]</translation>
    </message>
    <message>
        <source>Held-out leads</source>
        <translation>Leads témoins</translation>
    </message>
    <message>
        <source>Holdout conversion [95%]</source>
        <translation>Conversion témoins [95 %]</translation>
    </message>
    <message>
        <source>Uplift [95%]</source>
        <translation>Uplift [95 %]</translation>
    </message>
    <message>
        <source>Relative lift</source>
        <translation>Lift relatif</translation>
    </message>
    <message>
        <source>p-value</source>
        <translation>valeur p</translation>
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
        <translation>Leads existants (même clé) dont les valeurs ont changé</translation>
    </message>
    <message>
        <source>Existing leads (same key) that were already identical</source>
        <translation>Leads existants (même clé) qui étaient déjà identiques</translation>
    </message>
    <message>
        <source>Rows with a key already in the workspace, kept as they were</source>
        <translation>Lignes dont la clé existait déjà dans l’espace de travail&#xa0;; le lead est resté tel quel</translation>
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
    <name>sd::LeadsPanel</name>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Holds</source>
        <translation>Vrai</translation>
    </message>
    <message>
        <source>Lead&apos;s value</source>
        <translation>Valeur du lead</translation>
    </message>
    <message>
        <source>Explain the selected lead against this segment: why it is in it, or why not</source>
        <translation>Expliquer le lead sélectionné par rapport à ce segment : pourquoi il en fait partie, ou pourquoi pas</translation>
    </message>
    <message>
        <source>Why is this lead in / not in</source>
        <translation>Pourquoi ce lead est-il (ou non) dans</translation>
    </message>
    <message>
        <source>Select a lead to see why it is (or is not) in the segment.</source>
        <translation>Sélectionnez un lead pour voir pourquoi il est (ou n’est pas) dans le segment.</translation>
    </message>
    <message>
        <source>Leads appear when the workspace has loaded.</source>
        <translation>Les leads apparaissent une fois l’espace de travail chargé.</translation>
    </message>
    <message>
        <source>all leads</source>
        <translation>tous les leads</translation>
    </message>
    <message>
        <source>%1 leads in %2</source>
        <translation>%1 leads dans %2</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>✔ yes</source>
        <translation>✔ oui</translation>
    </message>
    <message>
        <source>✘ no</source>
        <translation>✘ non</translation>
    </message>
    <message>
        <source>Cannot explain: %1</source>
        <translation>Explication impossible : %1</translation>
    </message>
    <message>
        <source>This lead is in “%1”.</source>
        <translation>Ce lead est dans « %1 ».</translation>
    </message>
    <message>
        <source>This lead is not in “%1”.</source>
        <translation>Ce lead n’est pas dans « %1 ».</translation>
    </message>
    <message>
        <source>An earlier exclusive segment, “%1”, took it first.</source>
        <translation>Un segment exclusif précédent, « %1 », l’a pris en premier.</translation>
    </message>
    <message>
        <source>Segment “%1”</source>
        <translation>Segment « %1 »</translation>
    </message>
</context>
<context>
    <name>sd::LiftReport</name>
    <message>
        <source>both versions need an outcome to compare them, or give one</source>
        <translation>les deux versions doivent avoir un résultat pour être comparées, ou indiquez-en un</translation>
    </message>
    <message>
        <source>the two versions define different outcomes; choose one to compare them by</source>
        <translation>les deux versions définissent des résultats différents&#xa0;; choisissez celui selon lequel les comparer</translation>
    </message>
</context>
<context>
    <name>sd::LiftReportDialog</name>
    <message>
        <source>Lift Report</source>
        <translation>Rapport de lift</translation>
    </message>
    <message>
        <source>Treatment against holdout, per segment</source>
        <translation>Traités contre témoins, par segment</translation>
    </message>
    <message>
        <source>&amp;Copy as CSV</source>
        <translation>&amp;Copier en CSV</translation>
    </message>
    <message>
        <source>Every figure of the table with full precision, for a spreadsheet</source>
        <translation>Tous les chiffres du tableau en pleine précision, pour un tableur</translation>
    </message>
    <message>
        <source>Compare with a saved version, on the same leads</source>
        <translation>Comparer avec une version enregistrée, sur les mêmes leads</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>Co&amp;mparer</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version :</translation>
    </message>
    <message>
        <source>The workspace holds no saved version of a rule set yet: save one with File → Save to Workspace, then compare later versions with it.</source>
        <translation>L’espace de travail ne contient encore aucune version enregistrée d’un jeu de règles : enregistrez-en une avec Fichier → Enregistrer dans l’espace de travail, puis comparez-y les versions suivantes.</translation>
    </message>
    <message>
        <source>Open a workspace to compare with its saved versions.</source>
        <translation>Ouvrez un espace de travail pour comparer avec ses versions enregistrées.</translation>
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
        <translation>Ouvrez un espace de travail avec des leads pour mesurer le lift.</translation>
    </message>
    <message>
        <source>The rules cannot be evaluated: %1</source>
        <translation>Les règles ne peuvent pas être évaluées : %1</translation>
    </message>
    <message>
        <source>No segment has a holdout. Give a segment a holdout share (in its details) before the campaign; once outcomes are imported, this report compares the treated leads with the held-out ones.</source>
        <translation>Aucun segment n’a de groupe témoin. Donnez à un segment une part de groupe témoin (dans ses détails) avant la campagne ; une fois les résultats importés, ce rapport compare les leads traités aux leads témoins.</translation>
    </message>
    <message>
        <source>The rule set defines no outcome, so conversion cannot be measured. Add an outcome (which leads converted) to the rule set.</source>
        <translation>Le jeu de règles ne définit aucun résultat : la conversion ne peut pas être mesurée. Ajoutez un résultat (quels leads ont converti) au jeu de règles.</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>Uplift is the treatment rate minus the holdout rate in percentage points; intervals are 95%. A small p-value says the difference is unlikely to be chance.</source>
        <translation>L’uplift est le taux des traités moins celui des témoins, en points de pourcentage ; les intervalles sont à 95 %. Une petite valeur p indique que l’écart a peu de chances d’être dû au hasard.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>That version cannot be read.</source>
        <translation>Cette version ne peut pas être lue.</translation>
    </message>
    <message>
        <source>That version cannot be read: %1</source>
        <translation>Cette version ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>Open a workspace with leads to compare versions.</source>
        <translation>Ouvrez un espace de travail avec des leads pour comparer des versions.</translation>
    </message>
    <message>
        <source>Neither rule set defines an outcome, so conversion cannot be compared. Add an outcome (which leads converted) to the rule set.</source>
        <translation>Aucun des deux jeux de règles ne définit de résultat : la conversion ne peut pas être comparée. Ajoutez un résultat (quels leads ont converti) au jeu de règles.</translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation>Comparaison en cours…</translation>
    </message>
    <message>
        <source>The versions cannot be compared: %1</source>
        <translation>Les versions ne peuvent pas être comparées : %1</translation>
    </message>
    <message>
        <source>Rules being designed</source>
        <translation>Règles en cours de conception</translation>
    </message>
    <message>
        <source>Leaf segments</source>
        <translation>Segments feuilles</translation>
    </message>
    <message>
        <source>Leads touched</source>
        <translation>Leads touchés</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Conversion per lead touched</source>
        <translation>Conversion par lead touché</translation>
    </message>
    <message>
        <source>Leads only one of them touches</source>
        <translation>Leads touchés par une seule version</translation>
    </message>
    <message>
        <source>Leads both touch</source>
        <translation>Leads touchés par les deux</translation>
    </message>
    <message>
        <source>%1 leads, %2 converted</source>
        <translation>%1 leads, %2 convertis</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>&lt; 0.0001</source>
        <translation>&lt; 0,0001</translation>
    </message>
    <message>
        <source>Conversion per lead touched: the rules being designed minus the saved version = %1 percentage points; p-value %2 (leads only one version touches, compared with each other).</source>
        <translation>Conversion par lead touché : règles en cours de conception moins version enregistrée = %1 points de pourcentage ; valeur p %2 (leads touchés par une seule version, comparés entre eux).</translation>
    </message>
    <message>
        <source>One of the versions touches no lead, so there is no difference to measure.</source>
        <translation>L’une des versions ne touche aucun lead : il n’y a pas d’écart à mesurer.</translation>
    </message>
</context>
<context>
    <name>sd::LogisticRegression</name>
    <message>
        <source>no rows to fit on</source>
        <translation>aucune ligne sur laquelle ajuster</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the fit is numerically singular; use a larger penalty</source>
        <translation>l’ajustement est numériquement singulier&#xa0;; utilisez une pénalité plus forte</translation>
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
        <translation>Aid&amp;e</translation>
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
        <source>1 lead</source>
        <translation>1 lead</translation>
    </message>
    <message>
        <source>%1 leads</source>
        <translation>%1 leads</translation>
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
        <source>Import CSV</source>
        <translation>Importer un CSV</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and quit? The workspace stays as it was before the import.</source>
        <translation>Un import est en cours. L’annuler et quitter&#xa0;? L’espace de travail reste tel qu’il était avant l’import.</translation>
    </message>
    <message>
        <source>The leads could not be loaded: %1</source>
        <translation>Les leads n’ont pas pu être chargés : %1</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Find a field (double-click one to add a condition on it)</source>
        <translation>Chercher un champ (double-cliquez pour ajouter une condition dessus)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Ctrl+Y</source>
        <translation>Ctrl+Y</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Nouvel espace de travail…</translation>
    </message>
    <message>
        <source>&amp;New Segment</source>
        <translation>&amp;Nouveau segment</translation>
    </message>
    <message>
        <source>New Segment &amp;Inside</source>
        <translation>Nouveau segment à l’&amp;intérieur</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Duplicate Segment</source>
        <translation>&amp;Dupliquer le segment</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>De&amp;lete Segment</source>
        <translation>&amp;Supprimer le segment</translation>
    </message>
    <message>
        <source>&amp;Rename Segment</source>
        <translation>&amp;Renommer le segment</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>Ajouter une &amp;condition</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>&amp;Find Field…</source>
        <translation>&amp;Chercher un champ…</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Segment</source>
        <translation>&amp;Segment</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Relative dates (“within the last N days”) count back from this date</source>
        <translation>Les dates relatives (« dans les N derniers jours ») se comptent à rebours depuis cette date</translation>
    </message>
    <message>
        <source>Loading leads %p%</source>
        <translation>Chargement des leads %p%</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>Date de référence :</translation>
    </message>
    <message>
        <source>Evaluated in %1 ms</source>
        <translation>Évalué en %1 ms</translation>
    </message>
    <message>
        <source>Not evaluated: %1</source>
        <translation>Non évalué : %1</translation>
    </message>
    <message>
        <source>No workspace is open: File → Open Workspace…</source>
        <translation>Aucun espace de travail ouvert : Fichier → Ouvrir un espace de travail…</translation>
    </message>
    <message>
        <source>Segment Designer[*]</source>
        <translation>Segment Designer[*]</translation>
    </message>
    <message>
        <source>%1[*] (read-only) — Segment Designer</source>
        <translation>%1[*] (lecture seule) — Segment Designer</translation>
    </message>
    <message>
        <source>%1[*] — Segment Designer</source>
        <translation>%1[*] — Segment Designer</translation>
    </message>
    <message>
        <source>Rule set: %1%2</source>
        <translation>Jeu de règles : %1%2</translation>
    </message>
    <message>
        <source> (modified)</source>
        <translation> (modifié)</translation>
    </message>
    <message>
        <source>“%1” already exists. Open it with File → Open Workspace…, or choose another name.</source>
        <translation>« %1 » existe déjà. Ouvrez-le avec Fichier → Ouvrir un espace de travail… ou choisissez un autre nom.</translation>
    </message>
    <message>
        <source>&amp;Models</source>
        <translation>&amp;Modèles</translation>
    </message>
    <message>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l’utilisateur</translation>
    </message>
    <message>
        <source>Open a workspace to record that its rules were verified.</source>
        <translation>Ouvrez un espace de travail pour noter que ses règles ont été vérifiées.</translation>
    </message>
    <message>
        <source>The workspace is read-only.</source>
        <translation>L’espace de travail est en lecture seule.</translation>
    </message>
    <message>
        <source>Rule set “%1” marked as verified today.</source>
        <translation>Jeu de règles «&#xa0;%1&#xa0;» marqué comme vérifié aujourd’hui.</translation>
    </message>
    <message>
        <source>Mark Rules as Verified</source>
        <translation>Marquer les règles comme vérifiées</translation>
    </message>
    <message>
        <source>Could not record the verification of “%1”: %2</source>
        <translation>Impossible de noter la vérification de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Move &amp;Up</source>
        <translation>Déplacer vers le &amp;haut</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Up</source>
        <translation>Ctrl+Shift+Up</translation>
    </message>
    <message>
        <source>Move Do&amp;wn</source>
        <translation>Déplacer vers le &amp;bas</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Down</source>
        <translation>Ctrl+Shift+Down</translation>
    </message>
    <message>
        <source>Move In&amp;to Segment Above</source>
        <translation>Déplacer dans le segment a&amp;u-dessus</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Right</source>
        <translation>Ctrl+Shift+Right</translation>
    </message>
    <message>
        <source>Move &amp;Out of Parent</source>
        <translation>Sor&amp;tir du parent</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Left</source>
        <translation>Ctrl+Shift+Left</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>&amp;Graphiques</translation>
    </message>
    <message>
        <source>Show or hide the charts under the condition editor</source>
        <translation>Afficher ou masquer les graphiques sous l’éditeur de conditions</translation>
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
        <translation>Règles de points, bornes et chiffres en direct des scores du jeu de règles</translation>
    </message>
    <message>
        <source>Save &amp;Workspace As…</source>
        <translation>Enregistrer l’espace de &amp;travail sous…</translation>
    </message>
    <message>
        <source>Save a copy of the whole workspace under a new name and go on working in the copy</source>
        <translation>Enregistrer une copie de tout l’espace de travail sous un nouveau nom et continuer dans la copie</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Enregistrer l’espace de travail sous</translation>
    </message>
    <message>
        <source>The copy “%1” was saved but cannot be opened: %2</source>
        <translation>La copie «&#xa0;%1&#xa0;» a été enregistrée mais ne peut pas être ouverte&#xa0;: %2</translation>
    </message>
    <message>
        <source>The workspace could not be saved under the new name: %1</source>
        <translation>L’espace de travail n’a pas pu être enregistré sous le nouveau nom&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved the workspace as %1; you are now working in the copy.</source>
        <translation>Espace de travail enregistré sous %1&#xa0;; vous travaillez maintenant dans la copie.</translation>
    </message>
    <message>
        <source>Open Re&amp;cent Workspace</source>
        <translation>Espace de travail ré&amp;cent</translation>
    </message>
    <message>
        <source>&amp;Edit Scores…</source>
        <translation>&amp;Modifier les scores…</translation>
    </message>
    <message>
        <source>Saved a copy of %1 as %2.</source>
        <translation>Une copie de %1 a été enregistrée sous %2.</translation>
    </message>
    <message>
        <source>A copy of the workspace is being saved. Cancel it and quit? The workspace stays as it is.</source>
        <translation>Une copie de l’espace de travail est en cours d’enregistrement. L’annuler et quitter&#xa0;? L’espace de travail reste tel qu’il est.</translation>
    </message>
</context>
<context>
    <name>sd::ModelActions</name>
    <message>
        <source>&amp;Suggest Segments…</source>
        <translation>&amp;Suggérer des segments…</translation>
    </message>
    <message>
        <source>Fit a decision tree (or clusters) to the outcome and add it as ordinary segments</source>
        <translation>Ajuster un arbre de décision (ou des groupes) au résultat et l’ajouter comme segments ordinaires</translation>
    </message>
    <message>
        <source>&amp;Fit Score…</source>
        <translation>&amp;Ajuster un score…</translation>
    </message>
    <message>
        <source>Fit a points score to the outcome by logistic regression</source>
        <translation>Ajuster un score en points au résultat par régression logistique</translation>
    </message>
    <message>
        <source>Suggested segments</source>
        <translation>Segments suggérés</translation>
    </message>
    <message>
        <source>Add suggested segments</source>
        <translation>Ajouter les segments suggérés</translation>
    </message>
    <message numerus="yes">
        <source>Added %n suggested segment(s) under &quot;Suggested segments&quot;.</source>
        <translation>
            <numerusform>%n segment suggéré ajouté sous « Segments suggérés ».</numerusform>
            <numerusform>%n segments suggérés ajoutés sous « Segments suggérés ».</numerusform>
        </translation>
    </message>
    <message>
        <source>Add fitted score</source>
        <translation>Ajouter le score ajusté</translation>
    </message>
    <message>
        <source>Score &quot;%1&quot; added; use it in any condition.</source>
        <translation>Score « %1 » ajouté ; utilisable dans toute condition.</translation>
    </message>
    <message>
        <source>&amp;Lift Report…</source>
        <translation>Rapport de &amp;lift…</translation>
    </message>
    <message>
        <source>Treatment against holdout per segment, and a comparison with a saved version</source>
        <translation>Traités contre témoins par segment, et comparaison avec une version enregistrée</translation>
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
        <translation>Converti quand</translation>
    </message>
    <message>
        <source>Fields the model may use:</source>
        <translation>Champs que le modèle peut utiliser :</translation>
    </message>
    <message>
        <source>The data has no field that could be the outcome.</source>
        <translation>Les données n’ont aucun champ qui puisse servir de résultat.</translation>
    </message>
</context>
<context>
    <name>sd::OutcomeSpec</name>
    <message>
        <source>the outcome needs a field name: FIELD or FIELD=VALUE</source>
        <translation>le résultat exige un nom de champ&#xa0;: FIELD ou FIELD=VALUE</translation>
    </message>
    <message>
        <source>the outcome field &quot;%1&quot; is not in the data</source>
        <translation>le champ de résultat &quot;%1&quot; n’est pas dans les données</translation>
    </message>
    <message>
        <source>the outcome field &quot;%1&quot; is a boolean; &quot;%2&quot; is not yes/no/true/false/1/0</source>
        <translation>le champ de résultat &quot;%1&quot; est booléen&#xa0;; &quot;%2&quot; n’est pas yes/no/true/false/1/0</translation>
    </message>
    <message>
        <source>the outcome field &quot;%1&quot; is not a boolean: give the converting value as %1=VALUE</source>
        <translation>le champ de résultat &quot;%1&quot; n’est pas booléen&#xa0;: indiquez la valeur qui convertit sous la forme %1=VALUE</translation>
    </message>
    <message>
        <source>the outcome field &quot;%1&quot; is a number; &quot;%2&quot; is not a number</source>
        <translation>le champ de résultat &quot;%1&quot; est un nombre&#xa0;; &quot;%2&quot; n’est pas un nombre</translation>
    </message>
    <message>
        <source>the outcome field &quot;%1&quot; is a date; &quot;%2&quot; is not a date YYYY-MM-DD</source>
        <translation>le champ de résultat &quot;%1&quot; est une date&#xa0;; &quot;%2&quot; n’est pas une date YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>sd::OverlapChart</name>
    <message>
        <source>Overlap</source>
        <translation>Chevauchement</translation>
    </message>
    <message>
        <source>No segment has overlapping children: in an exclusive tree every lead is in one sibling only.</source>
        <translation>Aucun segment n’a d’enfants qui se chevauchent : dans un arbre exclusif, chaque lead n’est que dans un seul segment frère.</translation>
    </message>
    <message>
        <source>top level</source>
        <translation>niveau supérieur</translation>
    </message>
    <message>
        <source>Overlap of the top-level segments (share of the row&apos;s leads)</source>
        <translation>Chevauchement des segments de niveau supérieur (part des leads de la ligne)</translation>
    </message>
    <message>
        <source>Overlap of the children of %1 (share of the row&apos;s leads)</source>
        <translation>Chevauchement des enfants de %1 (part des leads de la ligne)</translation>
    </message>
    <message>
        <source>An overlap needs at least two segments.</source>
        <translation>Un chevauchement demande au moins deux segments.</translation>
    </message>
    <message>
        <source>Share of row (%)</source>
        <translation>Part de la ligne (%)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 leads</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 leads</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; and &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3 leads in both&lt;br&gt;%4 of %1 (%5)&lt;br&gt;%6 of %2 (%7)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; et &lt;b&gt;%2&lt;/b&gt;&lt;br&gt;%3 leads dans les deux&lt;br&gt;%4 de %1 (%5)&lt;br&gt;%6 de %2 (%7)</translation>
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
    <name>sd::PendingFile</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sd::RuleDocument</name>
    <message>
        <source>Untitled rule set</source>
        <translation>Jeu de règles sans titre</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is not a valid rule file:
%2</source>
        <translation>%1 n’est pas un fichier de règles valide :
%2</translation>
    </message>
    <message>
        <source>The B2B tiers template is missing from this build.</source>
        <translation>Le modèle « paliers B2B » manque dans cette version.</translation>
    </message>
    <message>
        <source>The B2B tiers template does not parse: %1</source>
        <translation>Le modèle « paliers B2B » est illisible : %1</translation>
    </message>
    <message>
        <source>The workspace has no rule set named “%1”.</source>
        <translation>L’espace de travail n’a pas de jeu de règles nommé « %1 ».</translation>
    </message>
    <message>
        <source>The stored rule set “%1” does not parse: %2</source>
        <translation>Le jeu de règles enregistré « %1 » est illisible : %2</translation>
    </message>
</context>
<context>
    <name>sd::RuleFile</name>
    <message>
        <source>an object</source>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>number out of range: %1</source>
        <translation>nombre hors limites&#xa0;: %1</translation>
    </message>
    <message>
        <source>invalid JSON at line %1, column %2: %3</source>
        <translation>JSON invalide à la ligne %1, colonne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>the file has more than %1 values</source>
        <translation>le fichier contient plus de %1 valeurs</translation>
    </message>
    <message>
        <source>the JSON is nested deeper than %1 levels</source>
        <translation>le JSON est imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a rule file is a JSON object; found %1</source>
        <translation>un fichier de règles est un objet JSON&#xa0;; trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>not a Segment Designer rule file: expected %1, found %2</source>
        <translation>ce n’est pas un fichier de règles Segment Designer&#xa0;: %1 attendu, %2 trouvé</translation>
    </message>
    <message>
        <source>unsupported version %1; this program reads version 1</source>
        <translation>version %1 non prise en charge&#xa0;; ce programme lit la version 1</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>missing %1</source>
        <translation>il manque %1</translation>
    </message>
    <message>
        <source>unknown key %1</source>
        <translation>clé inconnue %1</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu&#xa0;: %1, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>duplicate key %1</source>
        <translation>clé en double %1</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>an object of field name → type</source>
        <translation>un objet nom de champ → type</translation>
    </message>
    <message>
        <source>unknown field type %1 (expected &quot;text&quot;, &quot;number&quot;, &quot;date&quot;, &quot;boolean&quot; or &quot;list&quot;)</source>
        <translation>type de champ inconnu %1 (attendu&#xa0;: &quot;text&quot;, &quot;number&quot;, &quot;date&quot;, &quot;boolean&quot; ou &quot;list&quot;)</translation>
    </message>
    <message>
        <source>conditions are nested deeper than %1 levels</source>
        <translation>les conditions sont imbriquées sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>a condition (an object)</source>
        <translation>une condition (un objet)</translation>
    </message>
    <message>
        <source>%1 cannot be combined with %2 in one condition; nest them in a group</source>
        <translation>%1 ne peut pas être combiné avec %2 dans une même condition&#xa0;; imbriquez-les dans un groupe</translation>
    </message>
    <message>
        <source>%1 cannot be combined with %2 in one condition</source>
        <translation>%1 ne peut pas être combiné avec %2 dans une même condition</translation>
    </message>
    <message>
        <source>an array of conditions</source>
        <translation>un tableau de conditions</translation>
    </message>
    <message>
        <source>a condition needs &quot;all&quot;, &quot;any&quot;, &quot;not&quot;, &quot;segment&quot;, or &quot;field&quot; and &quot;op&quot;</source>
        <translation>une condition exige &quot;all&quot;, &quot;any&quot;, &quot;not&quot;, &quot;segment&quot;, ou &quot;field&quot; et &quot;op&quot;</translation>
    </message>
    <message>
        <source>unknown operator %1</source>
        <translation>opérateur inconnu %1</translation>
    </message>
    <message>
        <source>a value must not be null (leave &quot;value&quot; out for is_empty and is_not_empty)</source>
        <translation>une valeur ne doit pas être null (omettez &quot;value&quot; pour is_empty et is_not_empty)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>segments are nested deeper than %1 levels</source>
        <translation>les segments sont imbriqués sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>an object with &quot;mode&quot; and &quot;children&quot;</source>
        <translation>un objet avec &quot;mode&quot; et &quot;children&quot;</translation>
    </message>
    <message>
        <source>a segment (an object)</source>
        <translation>un segment (un objet)</translation>
    </message>
    <message>
        <source>%1 is not allowed at the root of the tree</source>
        <translation>%1 n’est pas autorisé à la racine de l’arbre</translation>
    </message>
    <message>
        <source>an object of name → text</source>
        <translation>un objet nom → texte</translation>
    </message>
    <message>
        <source>a string (attribute values are text)</source>
        <translation>une chaîne (les valeurs d’attribut sont du texte)</translation>
    </message>
    <message>
        <source>unknown mode %1 (expected &quot;overlapping&quot; or &quot;exclusive&quot;)</source>
        <translation>mode inconnu %1 (attendu&#xa0;: &quot;overlapping&quot; ou &quot;exclusive&quot;)</translation>
    </message>
    <message>
        <source>an array of segments</source>
        <translation>un tableau de segments</translation>
    </message>
    <message>
        <source>a score (an object)</source>
        <translation>un score (un objet)</translation>
    </message>
    <message>
        <source>an array of rules</source>
        <translation>un tableau de règles</translation>
    </message>
    <message>
        <source>a rule (an object)</source>
        <translation>une règle (un objet)</translation>
    </message>
    <message>
        <source>&quot;per&quot; must name a number field or a score</source>
        <translation>&quot;per&quot; doit désigner un champ numérique ou un score</translation>
    </message>
    <message>
        <source>the file is %1 bytes, more than the limit of %2 bytes</source>
        <translation>le fichier fait %1 octets, plus que la limite de %2 octets</translation>
    </message>
    <message>
        <source>cannot read the rule file: %1</source>
        <translation>impossible de lire le fichier de règles&#xa0;: %1</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>duplicate field %1</source>
        <translation>champ en double %1</translation>
    </message>
    <message>
        <source>field %1 differs from field %2 only in case</source>
        <translation>le champ %1 ne diffère du champ %2 que par la casse</translation>
    </message>
    <message>
        <source>a field name must not be empty</source>
        <translation>un nom de champ ne doit pas être vide</translation>
    </message>
    <message>
        <source>missing field name</source>
        <translation>nom de champ manquant</translation>
    </message>
    <message>
        <source>score %1 cannot use itself</source>
        <translation>le score %1 ne peut pas s’utiliser lui-même</translation>
    </message>
    <message>
        <source>score %1 is defined after score %2; a score may use only scores defined before it</source>
        <translation>le score %1 est défini après le score %2&#xa0;; un score ne peut utiliser que des scores définis avant lui</translation>
    </message>
    <message>
        <source>unknown field %1</source>
        <translation>champ inconnu %1</translation>
    </message>
    <message>
        <source>&quot;not&quot; needs exactly one condition</source>
        <translation>&quot;not&quot; exige exactement une condition</translation>
    </message>
    <message>
        <source>the outcome cannot refer to a segment</source>
        <translation>le résultat ne peut pas faire référence à un segment</translation>
    </message>
    <message>
        <source>a score cannot refer to a segment</source>
        <translation>un score ne peut pas faire référence à un segment</translation>
    </message>
    <message>
        <source>missing segment id</source>
        <translation>identifiant de segment manquant</translation>
    </message>
    <message>
        <source>unknown segment %1</source>
        <translation>segment inconnu %1</translation>
    </message>
    <message>
        <source>%1 field %2</source>
        <translation>champ %2 de type %1</translation>
    </message>
    <message>
        <source>operator %1 does not apply to %2</source>
        <translation>l’opérateur %1 ne s’applique pas au %2</translation>
    </message>
    <message>
        <source>ignore_case applies to text and list fields only, not to %1</source>
        <translation>ignore_case ne s’applique qu’aux champs texte et liste, pas au %1</translation>
    </message>
    <message>
        <source>ignore_case does not apply to operator %1</source>
        <translation>ignore_case ne s’applique pas à l’opérateur %1</translation>
    </message>
    <message>
        <source>operator %1 takes no value</source>
        <translation>l’opérateur %1 ne prend pas de valeur</translation>
    </message>
    <message>
        <source>operator %1 needs a text value, found %2</source>
        <translation>l’opérateur %1 exige une valeur texte, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>operator %1 needs a regular expression as text, found %2</source>
        <translation>l’opérateur %1 exige une expression régulière sous forme de texte, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>operator %1 needs a whole number of days from 0 to %2, found %3</source>
        <translation>l’opérateur %1 exige un nombre entier de jours entre 0 et %2, trouvé&#xa0;: %3</translation>
    </message>
    <message>
        <source>list items are text: expected a string, found %1</source>
        <translation>les éléments de liste sont du texte&#xa0;: chaîne attendue, trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>operator %1 needs an array of values, found %2</source>
        <translation>l’opérateur %1 exige un tableau de valeurs, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>operator %1 needs at least one value</source>
        <translation>l’opérateur %1 exige au moins une valeur</translation>
    </message>
    <message>
        <source>%1 needs a number, found %2</source>
        <translation>le %1 exige un nombre, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 needs a date as &quot;YYYY-MM-DD&quot;, found %2</source>
        <translation>le %1 exige une date au format &quot;YYYY-MM-DD&quot;, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 needs true or false, found %2</source>
        <translation>le %1 exige true ou false, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 needs a string, found %2</source>
        <translation>le %1 exige une chaîne, trouvé&#xa0;: %2</translation>
    </message>
    <message>
        <source>operator &quot;between&quot; needs [low, high], found %1</source>
        <translation>l’opérateur &quot;between&quot; exige [borne basse, borne haute], trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>an array of %1 values</source>
        <translation>un tableau de %1 valeurs</translation>
    </message>
    <message>
        <source>operator &quot;between&quot; needs low &lt;= high, found %1 &gt; %2</source>
        <translation>l’opérateur &quot;between&quot; exige borne basse &lt;= borne haute, trouvé&#xa0;: %1 &gt; %2</translation>
    </message>
    <message>
        <source>invalid regular expression: %1 at character %2</source>
        <translation>expression régulière invalide&#xa0;: %1 au caractère %2</translation>
    </message>
    <message>
        <source>missing score id</source>
        <translation>identifiant de score manquant</translation>
    </message>
    <message>
        <source>score id %1 may use only a-z, 0-9, &quot;_&quot; and &quot;-&quot;</source>
        <translation>l’identifiant de score %1 ne peut contenir que a-z, 0-9, &quot;_&quot; et &quot;-&quot;</translation>
    </message>
    <message>
        <source>duplicate score id %1</source>
        <translation>identifiant de score en double %1</translation>
    </message>
    <message>
        <source>score id %1 is also the name of a field</source>
        <translation>l’identifiant de score %1 est aussi le nom d’un champ</translation>
    </message>
    <message>
        <source>min must be a finite number</source>
        <translation>min doit être un nombre fini</translation>
    </message>
    <message>
        <source>max must be a finite number</source>
        <translation>max doit être un nombre fini</translation>
    </message>
    <message>
        <source>max (%1) is less than min (%2)</source>
        <translation>max (%1) est inférieur à min (%2)</translation>
    </message>
    <message>
        <source>&quot;per&quot; needs a number field or a score; %1 is a %2 field</source>
        <translation>&quot;per&quot; exige un champ numérique ou un score&#xa0;; %1 est un champ de type %2</translation>
    </message>
    <message>
        <source>points must be a finite number</source>
        <translation>points doit être un nombre fini</translation>
    </message>
    <message>
        <source>cap must be a finite number</source>
        <translation>cap doit être un nombre fini</translation>
    </message>
    <message>
        <source>a cap is not allowed with negative points (it bounds a rule&apos;s contribution from above)</source>
        <translation>cap n’est pas autorisé avec des points négatifs (il borne par le haut la contribution d’une règle)</translation>
    </message>
    <message>
        <source>cap must not be negative</source>
        <translation>cap ne doit pas être négatif</translation>
    </message>
    <message>
        <source>the root of the tree has no id</source>
        <translation>la racine de l’arbre n’a pas d’identifiant</translation>
    </message>
    <message>
        <source>the root of the tree cannot have a condition</source>
        <translation>la racine de l’arbre ne peut pas avoir de condition</translation>
    </message>
    <message>
        <source>the root of the tree cannot have a holdout</source>
        <translation>la racine de l’arbre ne peut pas avoir de groupe témoin</translation>
    </message>
    <message>
        <source>the root of the tree cannot have attributes</source>
        <translation>la racine de l’arbre ne peut pas avoir d’attributs</translation>
    </message>
    <message>
        <source>segment id %1 may use only a-z, 0-9, &quot;_&quot; and &quot;-&quot;</source>
        <translation>l’identifiant de segment %1 ne peut contenir que a-z, 0-9, &quot;_&quot; et &quot;-&quot;</translation>
    </message>
    <message>
        <source>duplicate segment id %1 (first used at %2)</source>
        <translation>identifiant de segment en double %1 (d’abord utilisé à %2)</translation>
    </message>
    <message>
        <source>a segment&apos;s name must not be empty</source>
        <translation>le nom d’un segment ne doit pas être vide</translation>
    </message>
    <message>
        <source>holdout must be more than 0 and less than 50 (percent), found %1</source>
        <translation>le groupe témoin doit être supérieur à 0 et inférieur à 50 (pour cent), trouvé&#xa0;: %1</translation>
    </message>
    <message>
        <source>an attribute name must not be empty</source>
        <translation>un nom d’attribut ne doit pas être vide</translation>
    </message>
    <message>
        <source>duplicate attribute %1</source>
        <translation>attribut en double %1</translation>
    </message>
    <message>
        <source>segment %1 refers to its own ancestor %2, which every lead of %1 is already in</source>
        <translation>le segment %1 fait référence à son propre ancêtre %2, dans lequel se trouve déjà chaque lead de %1</translation>
    </message>
    <message>
        <source>cycle in segment references: %1</source>
        <translation>cycle dans les références de segments&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sd::RuleFileActions</name>
    <message>
        <source>New Rule Set From &amp;Template</source>
        <translation>Nouveau jeu de règles depuis un &amp;modèle</translation>
    </message>
    <message>
        <source>B2B Tiers (size × engagement)</source>
        <translation>Paliers B2B (taille × engagement)</translation>
    </message>
    <message>
        <source>Empty Tree</source>
        <translation>Arbre vide</translation>
    </message>
    <message>
        <source>Open &amp;Rule File…</source>
        <translation>Ouvrir un fichier de &amp;règles…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Save Rule Set</source>
        <translation>&amp;Enregistrer le jeu de règles</translation>
    </message>
    <message>
        <source>Save the rule set: a new version in the workspace, or the rule file it came from</source>
        <translation>Enregistrer le jeu de règles : une nouvelle version dans l’espace de travail, ou le fichier de règles d’origine</translation>
    </message>
    <message>
        <source>Save Rule File &amp;As…</source>
        <translation>Enregistrer le fichier de règles &amp;sous…</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>Version &amp;History…</source>
        <translation>&amp;Historique des versions…</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The rule set “%1” has changes that are not saved. Save them?</source>
        <translation>Le jeu de règles « %1 » a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>Save Rule Set</source>
        <translation>Enregistrer le jeu de règles</translation>
    </message>
    <message>
        <source>What changed? (kept in the version history)</source>
        <translation>Qu’est-ce qui a changé ? (conservé dans l’historique des versions)</translation>
    </message>
    <message>
        <source>Save Rule File</source>
        <translation>Enregistrer le fichier de règles</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>The rule set could not be saved: %1</source>
        <translation>Le jeu de règles n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Saved “%1” as version %2 in the workspace</source>
        <translation>« %1 » enregistré comme version %2 dans l’espace de travail</translation>
    </message>
    <message>
        <source>Rule files (*.rules.json);;JSON files (*.json)</source>
        <translation>Fichiers de règles (*.rules.json);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>New Rule Set</source>
        <translation>Nouveau jeu de règles</translation>
    </message>
    <message>
        <source>Open Rule File</source>
        <translation>Ouvrir un fichier de règles</translation>
    </message>
    <message>
        <source>Rule files (*.rules.json *.json);;All files (*)</source>
        <translation>Fichiers de règles (*.rules.json *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This rule set has not been saved yet.</source>
        <translation>Ce jeu de règles n’a pas encore été enregistré.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revenir</translation>
    </message>
</context>
<context>
    <name>sd::RuleSetDiff</name>
    <message>
        <source>exclusive</source>
        <translation>exclusifs</translation>
    </message>
    <message>
        <source>overlapping</source>
        <translation>chevauchants</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>size %1 → %2 (%3)</source>
        <translation>taille %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Rule set renamed: “%1” → “%2”</source>
        <translation>Jeu de règles renommé&#xa0;: «&#xa0;%1&#xa0;» → «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Field added: %1 (%2)</source>
        <translation>Champ ajouté&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Field %1: type %2 → %3</source>
        <translation>Champ %1&#xa0;: type %2 → %3</translation>
    </message>
    <message>
        <source>Field removed: %1</source>
        <translation>Champ supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Outcome: %1 → %2</source>
        <translation>Résultat&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Score added: %1</source>
        <translation>Score ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Score changed: %1</source>
        <translation>Score modifié&#xa0;: %1</translation>
    </message>
    <message>
        <source>Score removed: %1</source>
        <translation>Score supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Top level: %1 → %2</source>
        <translation>Niveau supérieur&#xa0;: %1 → %2</translation>
    </message>
    <message>
        <source>Segment added: %1</source>
        <translation>Segment ajouté&#xa0;: %1</translation>
    </message>
    <message>
        <source> — size %1</source>
        <translation> — taille %1</translation>
    </message>
    <message>
        <source>renamed from “%1”</source>
        <translation>renommé depuis «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>moved under %1</source>
        <translation>déplacé sous %1</translation>
    </message>
    <message>
        <source>the top level</source>
        <translation>le niveau supérieur</translation>
    </message>
    <message>
        <source>position %1 → %2</source>
        <translation>position %1 → %2</translation>
    </message>
    <message>
        <source>condition %1 → %2</source>
        <translation>condition %1 → %2</translation>
    </message>
    <message>
        <source>(all of its parent)</source>
        <translation>(tous les leads de son parent)</translation>
    </message>
    <message>
        <source>children %1 → %2</source>
        <translation>sous-segments %1 → %2</translation>
    </message>
    <message>
        <source>attributes %1 → %2</source>
        <translation>attributs %1 → %2</translation>
    </message>
    <message>
        <source>holdout %1 → %2</source>
        <translation>groupe témoin %1 → %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Segment %1: %2</source>
        <translation>Segment %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Segment removed: %1</source>
        <translation>Segment supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source> — had %1</source>
        <translation> — en comptait %1</translation>
    </message>
</context>
<context>
    <name>sd::RuleSetHistoryDialog</name>
    <message>
        <source>History of “%1”</source>
        <translation>Historique de « %1 »</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <source>unsaved changes</source>
        <translation>modifications non enregistrées</translation>
    </message>
    <message>
        <source>as saved</source>
        <translation>tel qu’enregistré</translation>
    </message>
    <message>
        <source>Open Selected Version</source>
        <translation>Ouvrir la version sélectionnée</translation>
    </message>
    <message>
        <source>Select two versions to compare them, or one to compare it with the current rules.</source>
        <translation>Sélectionnez deux versions pour les comparer, ou une pour la comparer aux règles actuelles.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>the current rules</source>
        <translation>les règles actuelles</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>la version %1</translation>
    </message>
    <message>
        <source>Select one or two versions.</source>
        <translation>Sélectionnez une ou deux versions.</translation>
    </message>
    <message>
        <source>A stored version does not parse.</source>
        <translation>Une version enregistrée est illisible.</translation>
    </message>
    <message>
        <source>Changes from %1 to %2</source>
        <translation>Modifications de %1 à %2</translation>
    </message>
</context>
<context>
    <name>sd::ScoreConditionWidget</name>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Only when</source>
        <translation>Seulement si</translation>
    </message>
    <message>
        <source>Whether the rule gives its points to every lead or only where a condition holds</source>
        <translation>Si la règle donne ses points à chaque lead ou seulement là où une condition est vraie</translation>
    </message>
    <message>
        <source>value (a, b for several)</source>
        <translation>valeur (a, b pour plusieurs)</translation>
    </message>
    <message>
        <source>Score rule applies always</source>
        <translation>La règle de score s’applique toujours</translation>
    </message>
    <message>
        <source>Add score rule condition</source>
        <translation>Ajouter une condition à la règle de score</translation>
    </message>
    <message>
        <source>Only when (groups)</source>
        <translation>Seulement si (groupes)</translation>
    </message>
    <message>
        <source>%1 (score)</source>
        <translation>%1 (score)</translation>
    </message>
    <message>
        <source>Change score rule condition</source>
        <translation>Modifier la condition de la règle de score</translation>
    </message>
    <message>
        <source>“%1” is not a whole number of days</source>
        <translation>« %1 » n’est pas un nombre entier de jours</translation>
    </message>
    <message>
        <source>“%1” is not a number</source>
        <translation>« %1 » n’est pas un nombre</translation>
    </message>
    <message>
        <source>“%1” is not true or false</source>
        <translation>« %1 » n’est ni vrai ni faux</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>« %1 » n’est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>between needs two values: low, high</source>
        <translation>entre demande deux valeurs : bas, haut</translation>
    </message>
    <message>
        <source>give at least one value</source>
        <translation>indiquez au moins une valeur</translation>
    </message>
</context>
<context>
    <name>sd::ScoreEditor</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a score</source>
        <translation>Ajouter un score</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove the selected score</source>
        <translation>Supprimer le score sélectionné</translation>
    </message>
    <message>
        <source>The name conditions and exports use for this score (a-z, 0-9, _ and -)</source>
        <translation>Le nom sous lequel les conditions et les exports utilisent ce score (a-z, 0-9, _ et -)</translation>
    </message>
    <message>
        <source>The name people read</source>
        <translation>Le nom que lisent les personnes</translation>
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
        <translation>Le score ne descend jamais sous cette valeur</translation>
    </message>
    <message>
        <source>The score never goes above this value</source>
        <translation>Le score ne dépasse jamais cette valeur</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Scores&lt;/b&gt;</source>
        <translation>&lt;b&gt;Scores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add Rule</source>
        <translation>Ajouter une règle</translation>
    </message>
    <message>
        <source>Add a rule to this score</source>
        <translation>Ajouter une règle à ce score</translation>
    </message>
    <message>
        <source>Remove the selected rule</source>
        <translation>Supprimer la règle sélectionnée</translation>
    </message>
    <message>
        <source>Move Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected rule up (rules add up in file order)</source>
        <translation>Monter la règle sélectionnée (les règles s’additionnent dans l’ordre du fichier)</translation>
    </message>
    <message>
        <source>Move Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected rule down</source>
        <translation>Descendre la règle sélectionnée</translation>
    </message>
    <message>
        <source>Selected rule:</source>
        <translation>Règle sélectionnée :</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Precision/recall</source>
        <translation>Précision/rappel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Rules of %1&lt;/b&gt; — points add up in this order, then the score is kept within min and max</source>
        <translation>&lt;b&gt;Règles de %1&lt;/b&gt; — les points s’additionnent dans cet ordre, puis le score est maintenu entre min et max</translation>
    </message>
    <message>
        <source>&lt;b&gt;No score&lt;/b&gt; — add one to give leads points</source>
        <translation>&lt;b&gt;Aucun score&lt;/b&gt; — ajoutez-en un pour donner des points aux leads</translation>
    </message>
    <message>
        <source>New score</source>
        <translation>Nouveau score</translation>
    </message>
    <message>
        <source>Add score</source>
        <translation>Ajouter un score</translation>
    </message>
    <message>
        <source>Remove score %1</source>
        <translation>Supprimer le score %1</translation>
    </message>
    <message>
        <source>Rename score id</source>
        <translation>Renommer l’identifiant du score</translation>
    </message>
    <message>
        <source>Rename score</source>
        <translation>Renommer le score</translation>
    </message>
    <message>
        <source>Set score minimum</source>
        <translation>Définir le minimum du score</translation>
    </message>
    <message>
        <source>Remove score minimum</source>
        <translation>Supprimer le minimum du score</translation>
    </message>
    <message>
        <source>Set score maximum</source>
        <translation>Définir le maximum du score</translation>
    </message>
    <message>
        <source>Remove score maximum</source>
        <translation>Supprimer le maximum du score</translation>
    </message>
    <message>
        <source>Add score rule</source>
        <translation>Ajouter une règle de score</translation>
    </message>
    <message>
        <source>Remove score rule</source>
        <translation>Supprimer une règle de score</translation>
    </message>
    <message>
        <source>Move score rule</source>
        <translation>Déplacer une règle de score</translation>
    </message>
    <message>
        <source>The rule set has no score yet.</source>
        <translation>Le jeu de règles n’a pas encore de score.</translation>
    </message>
    <message>
        <source>Open a workspace with leads to see how this score spreads them.</source>
        <translation>Ouvrez un espace de travail avec des leads pour voir comment ce score les répartit.</translation>
    </message>
    <message>
        <source>Figures are paused until the rules are valid: %1</source>
        <translation>Les chiffres sont en pause jusqu’à ce que les règles soient valides : %1</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>%1 leads, mean score %2</source>
        <translation>%1 leads, score moyen %2</translation>
    </message>
    <message>
        <source>%1. The rule set defines no outcome, so there is no AUC or precision/recall: add an outcome (which leads converted) to measure the score.</source>
        <translation>%1. Le jeu de règles ne définit aucun résultat : pas d’AUC ni de précision/rappel. Ajoutez un résultat (quels leads ont converti) pour mesurer le score.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n.d.</translation>
    </message>
    <message>
        <source>; best F1 %1 at score ≥ %2 (precision %3, recall %4)</source>
        <translation> ; meilleur F1 %1 pour un score ≥ %2 (précision %3, rappel %4)</translation>
    </message>
    <message>
        <source>&lt;b&gt;AUC %1&lt;/b&gt; against the outcome · %2, %3 converted%4</source>
        <translation>&lt;b&gt;AUC %1&lt;/b&gt; par rapport au résultat · %2, %3 convertis%4</translation>
    </message>
</context>
<context>
    <name>sd::ScoreFit</name>
    <message>
        <source>choose at least one field to fit the score on</source>
        <translation>choisissez au moins un champ sur lequel ajuster le score</translation>
    </message>
    <message>
        <source>the outcome field &quot;%1&quot; cannot also be a field of the score</source>
        <translation>le champ de résultat &quot;%1&quot; ne peut pas être aussi un champ du score</translation>
    </message>
    <message>
        <source>the test share must be at least 0 and below 1</source>
        <translation>la part de test doit être d’au moins 0 et inférieure à 1</translation>
    </message>
    <message>
        <source>the training rows need both converted and not converted leads</source>
        <translation>les lignes d’entraînement doivent contenir des leads convertis et des leads non convertis</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>the fitted score is not a valid rule file: %1</source>
        <translation>le score ajusté n’est pas un fichier de règles valide&#xa0;: %1</translation>
    </message>
    <message>
        <source>the fitted score could not be evaluated</source>
        <translation>le score ajusté n’a pas pu être évalué</translation>
    </message>
</context>
<context>
    <name>sd::ScoreHistogramChart</name>
    <message>
        <source>all leads</source>
        <translation>tous les leads</translation>
    </message>
    <message>
        <source>%1 distribution over %2</source>
        <translation>Distribution de %1 sur %2</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Score distribution</source>
        <translation>Distribution du score</translation>
    </message>
    <message>
        <source>The rules define no score.</source>
        <translation>Les règles ne définissent aucun score.</translation>
    </message>
    <message>
        <source>No leads in this population.</source>
        <translation>Aucun lead dans cette population.</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Not converted</source>
        <translation>Non convertis</translation>
    </message>
    <message>
        <source>Converted</source>
        <translation>Convertis</translation>
    </message>
    <message>
        <source>Conversion rate in bin (%)</source>
        <translation>Taux de conversion de la classe (%)</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 %2 to %3&lt;/b&gt; (%4)&lt;br&gt;%5 leads</source>
        <translation>&lt;b&gt;%1 de %2 à %3&lt;/b&gt; (%4)&lt;br&gt;%5 leads</translation>
    </message>
    <message>
        <source>inclusive</source>
        <translation>inclus</translation>
    </message>
    <message>
        <source>exclusive</source>
        <translation>exclu</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 converted, %2 not&lt;br&gt;Rate %3</source>
        <translation>&lt;br&gt;%1 convertis, %2 non&lt;br&gt;Taux %3</translation>
    </message>
    <message>
        <source>%1: %2 %3</source>
        <translation>%1 : %2 %3</translation>
    </message>
    <message>
        <source>%1 %2 — drag to change the threshold</source>
        <translation>%1 %2 — faites glisser pour changer le seuil</translation>
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
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ScoreRuleDelegate</name>
    <message>
        <source>Fixed points</source>
        <translation>Points fixes</translation>
    </message>
    <message>
        <source>Per field</source>
        <translation>Par valeur de champ</translation>
    </message>
    <message>
        <source>no cap</source>
        <translation>sans plafond</translation>
    </message>
</context>
<context>
    <name>sd::ScoreRulesModel</name>
    <message>
        <source>Fixed points</source>
        <translation>Points fixes</translation>
    </message>
    <message>
        <source>Per field</source>
        <translation>Par valeur de champ</translation>
    </message>
    <message>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <source>%1 each</source>
        <translation>%1 chacun</translation>
    </message>
    <message>
        <source>The most this rule adds to the score; empty for no cap</source>
        <translation>Le maximum que cette règle ajoute au score ; vide pour aucun plafond</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Cap</source>
        <translation>Plafond</translation>
    </message>
    <message>
        <source>Change score rule kind</source>
        <translation>Modifier le type de la règle de score</translation>
    </message>
    <message>
        <source>Change per field</source>
        <translation>Modifier le champ « par »</translation>
    </message>
    <message>
        <source>Change points</source>
        <translation>Modifier les points</translation>
    </message>
    <message>
        <source>Change cap</source>
        <translation>Modifier le plafond</translation>
    </message>
    <message>
        <source>Remove cap</source>
        <translation>Supprimer le plafond</translation>
    </message>
</context>
<context>
    <name>sd::SegmentDetailsEditor</name>
    <message>
        <source>Holdout</source>
        <translation>Groupe témoin</translation>
    </message>
    <message>
        <source>Exclusive (priority order)</source>
        <translation>Exclusifs (par priorité)</translation>
    </message>
    <message>
        <source>Overlapping</source>
        <translation>Chevauchants</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Share of the segment&apos;s leads kept out of the campaign, to measure its lift</source>
        <translation>Part des leads du segment tenue à l’écart de la campagne, pour en mesurer l’effet</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Id:</source>
        <translation>Identifiant :</translation>
    </message>
    <message>
        <source>Children:</source>
        <translation>Sous-segments :</translation>
    </message>
    <message>
        <source>Add an attribute</source>
        <translation>Ajouter un attribut</translation>
    </message>
    <message>
        <source>Remove the selected attribute</source>
        <translation>Supprimer l’attribut sélectionné</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attributs</translation>
    </message>
</context>
<context>
    <name>sd::SegmentSuggestion</name>
    <message>
        <source>the outcome field &quot;%1&quot; cannot also be a field to split on</source>
        <translation>le champ de résultat &quot;%1&quot; ne peut pas être aussi un champ de division</translation>
    </message>
    <message>
        <source>the suggested tree is not a valid rule file: %1</source>
        <translation>l’arbre proposé n’est pas un fichier de règles valide&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>sd::SegmentTreeModel</name>
    <message>
        <source>No lead matches this segment.</source>
        <translation>Aucun lead ne correspond à ce segment.</translation>
    </message>
    <message>
        <source>Fewer than %1 leads: too small to act on.</source>
        <translation>Moins de %1 leads : trop petit pour agir.</translation>
    </message>
    <message>
        <source>The conversion rate&apos;s 95% interval is wider than ±%1 points.</source>
        <translation>L’intervalle à 95 % du taux de conversion est plus large que ±%1 points.</translation>
    </message>
    <message>
        <source>Reads a field this workspace does not have.</source>
        <translation>Lit un champ que cet espace de travail n’a pas.</translation>
    </message>
    <message>
        <source>Rest (no segment)</source>
        <translation>Reste (aucun segment)</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Reste</translation>
    </message>
    <message>
        <source>%1 % ± %2</source>
        <translation>%1 % ± %2</translation>
    </message>
    <message>
        <source>id: %1</source>
        <translation>identifiant : %1</translation>
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
        <translation>Du parent</translation>
    </message>
    <message>
        <source>Conversion</source>
        <translation>Conversion</translation>
    </message>
    <message>
        <source>Conversion rate with the half-width of its 95% confidence interval</source>
        <translation>Taux de conversion avec la demi-largeur de son intervalle de confiance à 95 %</translation>
    </message>
</context>
<context>
    <name>sd::SegmentTreePanel</name>
    <message>
        <source>Exclusive (priority order)</source>
        <translation>Exclusifs (par priorité)</translation>
    </message>
    <message>
        <source>Overlapping</source>
        <translation>Chevauchants</translation>
    </message>
    <message>
        <source>How the top-level segments share the leads: exclusive gives each lead to the first segment that matches</source>
        <translation>Comment les segments de premier niveau se partagent les leads : exclusif donne chaque lead au premier segment qui correspond</translation>
    </message>
    <message>
        <source>New segment after the selected one</source>
        <translation>Nouveau segment après celui sélectionné</translation>
    </message>
    <message>
        <source>New segment inside the selected one</source>
        <translation>Nouveau segment dans celui sélectionné</translation>
    </message>
    <message>
        <source>Duplicate the selected segment</source>
        <translation>Dupliquer le segment sélectionné</translation>
    </message>
    <message>
        <source>Delete the selected segment</source>
        <translation>Supprimer le segment sélectionné</translation>
    </message>
    <message>
        <source>Top level:</source>
        <translation>Premier niveau :</translation>
    </message>
    <message>
        <source>New Segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>New Segment Inside</source>
        <translation>Nouveau segment à l’intérieur</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Children Are</source>
        <translation>Les sous-segments sont</translation>
    </message>
    <message>
        <source>New segment</source>
        <translation>Nouveau segment</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Duplicate “%1”</source>
        <translation>Dupliquer « %1 »</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Top level</source>
        <translation>Niveau supérieur</translation>
    </message>
    <message>
        <source>Move “%1” up</source>
        <translation>Déplacer «&#xa0;%1&#xa0;» vers le haut</translation>
    </message>
    <message>
        <source>Move “%1” down</source>
        <translation>Déplacer «&#xa0;%1&#xa0;» vers le bas</translation>
    </message>
    <message>
        <source>Move “%1” into “%2”</source>
        <translation>Déplacer «&#xa0;%1&#xa0;» dans «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <source>Move “%1” out of “%2”</source>
        <translation>Sortir «&#xa0;%1&#xa0;» de «&#xa0;%2&#xa0;»</translation>
    </message>
</context>
<context>
    <name>sd::SizesChart</name>
    <message>
        <source>Segment sizes: top level</source>
        <translation>Tailles des segments : niveau supérieur</translation>
    </message>
    <message>
        <source>Segment sizes: %1</source>
        <translation>Tailles des segments : %1</translation>
    </message>
    <message>
        <source>This level has no segments.</source>
        <translation>Ce niveau n’a aucun segment.</translation>
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
        <translation>tous les leads</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 leads&lt;br&gt;%3 of %4 (%5)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 leads&lt;br&gt;%3 de %4 (%5)</translation>
    </message>
</context>
<context>
    <name>sd::StatisticsPanel</name>
    <message>
        <source>Selected segment</source>
        <translation>Segment sélectionné</translation>
    </message>
    <message>
        <source>Leads</source>
        <translation>Leads</translation>
    </message>
    <message>
        <source>Share of all leads</source>
        <translation>Part de tous les leads</translation>
    </message>
    <message>
        <source>Share of parent</source>
        <translation>Part du parent</translation>
    </message>
    <message>
        <source>Conversions</source>
        <translation>Conversions</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>Taux de conversion</translation>
    </message>
    <message>
        <source>95% interval</source>
        <translation>Intervalle à 95 %</translation>
    </message>
    <message>
        <source>Lift vs all leads</source>
        <translation>Lift par rapport à tous les leads</translation>
    </message>
    <message>
        <source>Lift vs parent</source>
        <translation>Lift par rapport au parent</translation>
    </message>
    <message>
        <source>p vs rest of parent</source>
        <translation>p par rapport au reste du parent</translation>
    </message>
    <message>
        <source>Holdout</source>
        <translation>Groupe témoin</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Tous les leads</translation>
    </message>
    <message>
        <source>Segments</source>
        <translation>Segments</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>Figures appear when the workspace has loaded.</source>
        <translation>Les chiffres apparaissent une fois l’espace de travail chargé.</translation>
    </message>
    <message>
        <source>The rules cannot be evaluated: %1</source>
        <translation>Les règles ne peuvent pas être évaluées : %1</translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation>aucun résultat</translation>
    </message>
    <message>
        <source>Select a segment to see its figures.</source>
        <translation>Sélectionnez un segment pour voir ses chiffres.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>The rules define no outcome, so there are no conversion figures.</source>
        <translation>Les règles ne définissent aucun résultat : il n’y a donc pas de chiffres de conversion.</translation>
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
        <translation>%1 mis de côté · taux %2 contre %3</translation>
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
        <translation>Groupes de leads similaires (k-prototypes)</translation>
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
        <translation>Qualité du partage</translation>
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
        <translation>Leads</translation>
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
            <numerusform>%n segment ; taux global %1. Les tailles sont exactes : les règles reproduisent l’arbre.</numerusform>
            <numerusform>%n segments ; taux global %1. Les tailles sont exactes : les règles reproduisent l’arbre.</numerusform>
        </translation>
    </message>
    <message>
        <source>The segment&apos;s conditions match %1 leads, %2 of them in this cluster.</source>
        <translation>Les conditions du segment correspondent à %1 leads, dont %2 dans ce groupe.</translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) after %1 iterations. Each segment describes its cluster approximately; hover for how well.</source>
        <translation>
            <numerusform>%n groupe après %1 itérations. Chaque segment décrit son groupe approximativement ; survolez pour voir dans quelle mesure.</numerusform>
            <numerusform>%n groupes après %1 itérations. Chaque segment décrit son groupe approximativement ; survolez pour voir dans quelle mesure.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::TagStore</name>
    <message>
        <source>tagged</source>
        <translation>étiqueté</translation>
    </message>
    <message>
        <source>cannot write tags: %1</source>
        <translation>impossible d’écrire les étiquettes&#xa0;: %1</translation>
    </message>
    <message>
        <source>the workspace has %1 leads, the evaluated table %2: it changed since it was read</source>
        <translation>l’espace de travail compte %1 leads, la table évaluée %2&#xa0;: il a changé depuis sa lecture</translation>
    </message>
</context>
<context>
    <name>sd::TagWriter</name>
    <message>
        <source>writing cancelled</source>
        <translation>écriture annulée</translation>
    </message>
    <message>
        <source>writing stopped</source>
        <translation>écriture interrompue</translation>
    </message>
    <message>
        <source>%1: cannot create</source>
        <translation>%1&#xa0;: création impossible</translation>
    </message>
    <message>
        <source>%1: row %2, column &quot;%3&quot;: a cell longer than 32,767 characters does not fit in an XLSX sheet (write .csv or .jsonl instead)</source>
        <translation>%1&#xa0;: ligne %2, colonne &quot;%3&quot;&#xa0;: une cellule de plus de 32 767 caractères ne tient pas dans une feuille XLSX (écrivez plutôt du .csv ou du .jsonl)</translation>
    </message>
    <message>
        <source>%1: row %2: %3</source>
        <translation>%1&#xa0;: ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1: more rows than a spreadsheet holds (1,048,576)</source>
        <translation>%1&#xa0;: plus de lignes qu’une feuille de calcul ne peut en contenir (1 048 576)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>sd::ThresholdChart</name>
    <message>
        <source>all leads</source>
        <translation>tous les leads</translation>
    </message>
    <message>
        <source>Precision, recall and F1 of %1 ≥ threshold over %2</source>
        <translation>Précision, rappel et F1 de %1 ≥ seuil sur %2</translation>
    </message>
    <message>
        <source>Precision and recall</source>
        <translation>Précision et rappel</translation>
    </message>
    <message>
        <source>The rules define no score.</source>
        <translation>Les règles ne définissent aucun score.</translation>
    </message>
    <message>
        <source>The rules define no outcome to predict.</source>
        <translation>Les règles ne définissent aucun résultat à prédire.</translation>
    </message>
    <message>
        <source>No leads in this population.</source>
        <translation>Aucun lead dans cette population.</translation>
    </message>
    <message>
        <source>Threshold: %1 ≥</source>
        <translation>Seuil : %1 ≥</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
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
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n. d.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 ≥ %2&lt;/b&gt;&lt;br&gt;Precision %3 (%4 of %5 selected converted)&lt;br&gt;Recall %6 (%4 of %7 converted)&lt;br&gt;F1 %8&lt;br&gt;TP %4 · FP %9 · FN %10 · TN %11</source>
        <translation>&lt;b&gt;%1 ≥ %2&lt;/b&gt;&lt;br&gt;Précision %3 (%4 convertis sur %5 sélectionnés)&lt;br&gt;Rappel %6 (%4 sur %7 convertis)&lt;br&gt;F1 %8&lt;br&gt;VP %4 · FP %9 · FN %10 · VN %11</translation>
    </message>
    <message>
        <source>Best F1: ≥ %1</source>
        <translation>Meilleur F1 : ≥ %1</translation>
    </message>
    <message>
        <source>F1 %1 at ≥ %2</source>
        <translation>F1 %1 à ≥ %2</translation>
    </message>
    <message>
        <source>%1 threshold</source>
        <translation>Seuil de %1</translation>
    </message>
</context>
<context>
    <name>sd::TimelineChart</name>
    <message>
        <source>Conversion over time</source>
        <translation>Conversion dans le temps</translation>
    </message>
    <message>
        <source>The data has no date field.</source>
        <translation>Les données n’ont aucun champ date.</translation>
    </message>
    <message>
        <source>Leads and conversion rate per month of %1</source>
        <translation>Leads et taux de conversion par mois de %1</translation>
    </message>
    <message>
        <source>No lead of these segments has a %1.</source>
        <translation>Aucun lead de ces segments n’a de %1.</translation>
    </message>
    <message>
        <source>Leads per month (bars)</source>
        <translation>Leads par mois (barres)</translation>
    </message>
    <message>
        <source>All leads</source>
        <translation>Tous les leads</translation>
    </message>
    <message>
        <source>Conversion rate, % (lines)</source>
        <translation>Taux de conversion, % (lignes)</translation>
    </message>
    <message>
        <source> rate</source>
        <translation> taux</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2&lt;br&gt;%3 leads, %4 converted&lt;br&gt;Rate %5</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2&lt;br&gt;%3 leads, %4 convertis&lt;br&gt;Taux %5</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, %2&lt;br&gt;%3 leads</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, %2&lt;br&gt;%3 leads</translation>
    </message>
    <message>
        <source>, %1 converted (%2)</source>
        <translation>, %1 convertis (%2)</translation>
    </message>
    <message>
        <source>&lt;br&gt;%1 leads of this segment have no %2</source>
        <translation>&lt;br&gt;%1 leads de ce segment n’ont pas de %2</translation>
    </message>
</context>
<context>
    <name>sd::ValueListPicker</name>
    <message>
        <source>Search values, or type a new one and press Enter</source>
        <translation>Chercher des valeurs, ou en saisir une nouvelle et appuyer sur Entrée</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>choose values…</source>
        <translation>choisir des valeurs…</translation>
    </message>
    <message>
        <source>%1, %2 and %3 more</source>
        <translation>%1, %2 et %3 de plus</translation>
    </message>
</context>
<context>
    <name>sd::Workspace</name>
    <message>
        <source>%1 (the disk could not be written: is it full, over a size limit, or removed?)</source>
        <translation>%1 (impossible d’écrire sur le disque&#xa0;: est-il plein, au-delà d’une limite de taille, ou retiré&#xa0;?)</translation>
    </message>
    <message>
        <source>%1: the workspace file is damaged: it is cut off at %2 of %3 bytes (an interrupted copy?); use a backup</source>
        <translation>%1&#xa0;: le fichier de l’espace de travail est endommagé&#xa0;: il s’arrête à %2 octets sur %3 (une copie interrompue&#xa0;?)&#xa0;; utilisez une sauvegarde</translation>
    </message>
    <message>
        <source>%1: no such workspace</source>
        <translation>%1&#xa0;: espace de travail introuvable</translation>
    </message>
    <message>
        <source>%1: not a Segment Designer workspace (not a file)</source>
        <translation>%1&#xa0;: pas un espace de travail Segment Designer (ce n’est pas un fichier)</translation>
    </message>
    <message>
        <source>The workspace was opened read-only.</source>
        <translation>L’espace de travail a été ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>The disk holding %1 is read-only, so changes cannot be saved.</source>
        <translation>Le disque contenant %1 est en lecture seule&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>You do not have permission to change %1, so changes cannot be saved.</source>
        <translation>Vous n’avez pas le droit de modifier %1&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The folder %1 is read-only, so changes to the workspace cannot be saved.</source>
        <translation>Le dossier %1 est en lecture seule&#xa0;: les modifications de l’espace de travail ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The disk holding %1 cannot be written, so changes cannot be saved.</source>
        <translation>Impossible d’écrire sur le disque contenant %1&#xa0;: les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>%1: cannot open workspace: %2</source>
        <translation>%1&#xa0;: impossible d’ouvrir l’espace de travail&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: not a Segment Designer workspace (%2)</source>
        <translation>%1&#xa0;: pas un espace de travail Segment Designer (%2)</translation>
    </message>
    <message>
        <source>%1: not a Segment Designer workspace (the file is not an SQLite database)</source>
        <translation>%1&#xa0;: pas un espace de travail Segment Designer (le fichier n’est pas une base de données SQLite)</translation>
    </message>
    <message>
        <source>%1: workspace is from a newer version of Segment Designer (schema %2, this version reads up to %3)</source>
        <translation>%1&#xa0;: l’espace de travail provient d’une version plus récente de Segment Designer (schéma %2, cette version lit jusqu’au %3)</translation>
    </message>
    <message>
        <source>%1: this SQLite file is not a Segment Designer workspace</source>
        <translation>%1&#xa0;: ce fichier SQLite n’est pas un espace de travail Segment Designer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot upgrade workspace: %2</source>
        <translation>%1&#xa0;: impossible de mettre à niveau l’espace de travail&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is read-only: %2</source>
        <translation>%1 est en lecture seule&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: workspace needs an upgrade to schema %2 but cannot be written: %3</source>
        <translation>%1&#xa0;: l’espace de travail doit être mis à niveau vers le schéma %2 mais ne peut pas être écrit&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 is the workspace itself; choose another name for the copy</source>
        <translation>%1 est l’espace de travail lui-même&#xa0;; choisissez un autre nom pour la copie</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name for the copy</source>
        <translation>%1 existe déjà&#xa0;; choisissez un autre nom pour la copie</translation>
    </message>
    <message>
        <source>%1: the folder does not exist</source>
        <translation>%1&#xa0;: le dossier n’existe pas</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1&#xa0;: écriture impossible&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: cannot copy the workspace: %2</source>
        <translation>%1&#xa0;: impossible de copier l’espace de travail&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: the copy was cancelled</source>
        <translation>%1&#xa0;: la copie a été annulée</translation>
    </message>
    <message>
        <source>%1: not a Segment Designer workspace (schema version %2 is not one this program writes)</source>
        <translation>%1&#xa0;: pas un espace de travail Segment Designer (ce programme n’écrit jamais la version de schéma %2)</translation>
    </message>
</context>
<context>
    <name>sd::WorkspaceBanner</name>
    <message>
        <source>Save Workspace &amp;As…</source>
        <translation>Enregistrer l’espace de &amp;travail sous…</translation>
    </message>
    <message>
        <source>Read-only workspace</source>
        <translation>Espace de travail en lecture seule</translation>
    </message>
    <message>
        <source>Save a copy of the workspace where it can be changed, and go on working in the copy</source>
        <translation>Enregistrer une copie de l’espace de travail là où elle peut être modifiée, et continuer dans la copie</translation>
    </message>
    <message>
        <source>&lt;b&gt;This workspace is read-only.&lt;/b&gt; %1 Rule sets can still be designed, evaluated and exported; to save versions, tags or imports, save the workspace under a new name.</source>
        <translation>&lt;b&gt;Cet espace de travail est en lecture seule.&lt;/b&gt; %1 Les jeux de règles peuvent toujours être conçus, évalués et exportés&#xa0;; pour enregistrer des versions, des étiquettes ou des imports, enregistrez l’espace de travail sous un nouveau nom.</translation>
    </message>
</context>
<context>
    <name>sd::WorkspaceCopyRunner</name>
    <message>
        <source>%1 (copy).segdb</source>
        <translation>%1 (copie).segdb</translation>
    </message>
    <message>
        <source>Save Workspace As</source>
        <translation>Enregistrer l’espace de travail sous</translation>
    </message>
    <message>
        <source>Segment Designer workspaces (*.segdb)</source>
        <translation>Espaces de travail Segment Designer (*.segdb)</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose another name; a copy never replaces a file.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom&#xa0;; une copie ne remplace jamais un fichier.</translation>
    </message>
    <message>
        <source>Saving the workspace as “%1”…</source>
        <translation>Enregistrement de l’espace de travail sous «&#xa0;%1&#xa0;»…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>sd::XlsxVerify</name>
    <message>
        <source>%1: the written file is incomplete (%2); is the disk full?</source>
        <translation>%1&#xa0;: le fichier écrit est incomplet (%2)&#xa0;; le disque est-il plein&#xa0;?</translation>
    </message>
    <message>
        <source>no zip directory</source>
        <translation>pas de répertoire zip</translation>
    </message>
    <message>
        <source>a damaged zip directory</source>
        <translation>un répertoire zip endommagé</translation>
    </message>
    <message>
        <source>no worksheet</source>
        <translation>pas de feuille de calcul</translation>
    </message>
    <message>
        <source>a damaged worksheet entry</source>
        <translation>une entrée de feuille de calcul endommagée</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>mémoire insuffisante</translation>
    </message>
    <message>
        <source>a damaged worksheet</source>
        <translation>une feuille de calcul endommagée</translation>
    </message>
    <message>
        <source>the worksheet is cut off</source>
        <translation>la feuille de calcul est tronquée</translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
</context>
</TS>
