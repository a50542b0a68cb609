<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>sd::ExportActions</name>
    <message numerus="yes">
        <source>%1
(and %n more; see the details)</source>
        <translation>
            <numerusform>%1
(and %n more; see the details)</numerusform>
            <numerusform>%1
(and %n more; see the details)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %1: %n segment(s) changed</source>
        <translation>
            <numerusform>Imported %1: %n segment changed</numerusform>
            <numerusform>Imported %1: %n segments changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n score(s) changed</source>
        <translation>
            <numerusform>, %n score changed</numerusform>
            <numerusform>, %n scores changed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ExportDialog</name>
    <message numerus="yes">
        <source>%n row(s) written to %1</source>
        <translation>
            <numerusform>%n row written to %1</numerusform>
            <numerusform>%n rows written to %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) saved into the workspace (rule-set version %1).</source>
        <translation>
            <numerusform>%n tag saved into the workspace (rule-set version %1).</numerusform>
            <numerusform>%n tags saved into the workspace (rule-set version %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::HealthCheck</name>
    <message numerus="yes">
        <source>%1 has %n lead(s), fewer than the minimum of %2: its rate is not reliable.</source>
        <translation>
            <numerusform>%1 has %n lead, fewer than the minimum of %2: its rate is not reliable.</numerusform>
            <numerusform>%1 has %n leads, fewer than the minimum of %2: its rate is not reliable.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::HelpBrowser</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ModelActions</name>
    <message numerus="yes">
        <source>Added %n suggested segment(s) under &quot;Suggested segments&quot;.</source>
        <translation>
            <numerusform>Added %n suggested segment under “Suggested segments”.</numerusform>
            <numerusform>Added %n suggested segments under “Suggested segments”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::ScoreListModel</name>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sd::SuggestSegmentsDialog</name>
    <message numerus="yes">
        <source>%n segment(s); overall rate %1. Sizes are exact: the rules reproduce the tree.</source>
        <translation>
            <numerusform>%n segment; overall rate %1. Sizes are exact: the rules reproduce the tree.</numerusform>
            <numerusform>%n segments; overall rate %1. Sizes are exact: the rules reproduce the tree.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) after %1 iterations. Each segment describes its cluster approximately; hover for how well.</source>
        <translation>
            <numerusform>%n cluster after %1 iterations. Each segment describes its cluster approximately; hover for how well.</numerusform>
            <numerusform>%n clusters after %1 iterations. Each segment describes its cluster approximately; hover for how well.</numerusform>
        </translation>
    </message>
</context>
</TS>
