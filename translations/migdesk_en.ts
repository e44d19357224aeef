<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AssessmentBuilder</name>
    <message numerus="yes">
        <source>matches (%n pending)</source>
        <translation>
            <numerusform>matches (%n pending)</numerusform>
            <numerusform>matches (%n pending)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveImpact</name>
    <message numerus="yes">
        <source>; %n session(s) hold locks on it now, the oldest transaction open for %1</source>
        <translation>
            <numerusform>; %n session holds a lock on it now, its transaction open for %1</numerusform>
            <numerusform>; %n sessions hold locks on it now, the oldest transaction open for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableInventoryReport</name>
    <message numerus="yes">
        <source>Database %1: %2 in %n table(s)</source>
        <translation>
            <numerusform>Database %1: %2 in %n table</numerusform>
            <numerusform>Database %1: %2 in %n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migdesk::models::BlockingTreeModel</name>
    <message numerus="yes">
        <source>%n waiting for %1</source>
        <translation>
            <numerusform>%n waiting for %1</numerusform>
            <numerusform>%n waiting for %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migdesk::ui::TableSizeChart</name>
    <message numerus="yes">
        <source>Largest %n table(s)</source>
        <translation>
            <numerusform>The largest table</numerusform>
            <numerusform>Largest %n tables</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>migdesk::ui::TablesPane</name>
    <message numerus="yes">
        <source>%n table(s) read in %1.</source>
        <translation>
            <numerusform>%n table read in %1.</numerusform>
            <numerusform>%n tables read in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Database %1: %2 in %n table(s)</source>
        <translation>
            <numerusform>Database %1: %2 in %n table</numerusform>
            <numerusform>Database %1: %2 in %n tables</numerusform>
        </translation>
    </message>
</context>
</TS>
