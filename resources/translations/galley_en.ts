<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>galley</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ExportController</name>
    <message numerus="yes">
        <source>Export cancelled after %n file(s) in %1.</source>
        <translation>
            <numerusform>Export cancelled after %n file in %1.</numerusform>
            <numerusform>Export cancelled after %n files in %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::LooseSession</name>
    <message numerus="yes">
        <source>Loose captures (%n page(s))</source>
        <translation>
            <numerusform>Loose captures (%n page)</numerusform>
            <numerusform>Loose captures (%n pages)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::MainWindow</name>
    <message numerus="yes">
        <source>You corrected %n page(s) of captures that are not in a project. They are lost when Galley closes unless you save them into a new project (the captures are imported, then your corrections applied).</source>
        <translation>
            <numerusform>You corrected %n page of captures that are not in a project. They are lost when Galley closes unless you save them into a new project (the captures are imported, then your corrections applied).</numerusform>
            <numerusform>You corrected %n pages of captures that are not in a project. They are lost when Galley closes unless you save them into a new project (the captures are imported, then your corrections applied).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ReportView</name>
    <message numerus="yes">
        <source>How often the extractor&apos;s value survived review unchanged, in %, over %n reviewed page(s); “83 → 100” is without → with the project&apos;s site rules. </source>
        <translation>
            <numerusform>How often the extractor&apos;s value survived review unchanged, in %, over %n reviewed page; “83 → 100” is without → with the project&apos;s site rules. </numerusform>
            <numerusform>How often the extractor&apos;s value survived review unchanged, in %, over %n reviewed pages; “83 → 100” is without → with the project&apos;s site rules. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read (first: %1).</source>
        <translation>
            <numerusform>%n page could not be read (first: %1).</numerusform>
            <numerusform>%n pages could not be read (first: %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::RulesView</name>
    <message numerus="yes">
        <source>%1 — %n page(s)</source>
        <translation>
            <numerusform>%1 — %n page</numerusform>
            <numerusform>%1 — %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed: %1 — changes %n value(s)</source>
        <translation>
            <numerusform>Proposed: %1 — changes %n value</numerusform>
            <numerusform>Proposed: %1 — changes %n values</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %1 of %n other page(s)</source>
        <translation>
            <numerusform> on %1 of %n other page</numerusform>
            <numerusform> on %1 of %n other pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n proposed rule(s)</source>
        <translation>
            <numerusform>%n proposed rule</numerusform>
            <numerusform>%n proposed rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n site(s).</source>
        <translation>
            <numerusform> on %n site.</numerusform>
            <numerusform> on %n sites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n page(s) or rules file(s) could not be read (first: %1).</source>
        <translation>
            <numerusform> %n page or rules file could not be read (first: %1).</numerusform>
            <numerusform> %n pages or rules files could not be read (first: %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n corrected page(s).</source>
        <translation>
            <numerusform>Learned from %n corrected page.</numerusform>
            <numerusform>Learned from %n corrected pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the other pages of this site a re-extraction may change (%n page(s), none reviewed or corrected): </source>
        <translation>
            <numerusform>On the other pages of this site a re-extraction may change (%n page, none reviewed or corrected): </numerusform>
            <numerusform>On the other pages of this site a re-extraction may change (%n pages, none reviewed or corrected): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) change</source>
        <translation>
            <numerusform>%n value change</numerusform>
            <numerusform>%n values change</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n page(s).</source>
        <translation>
            <numerusform> on %n page.</numerusform>
            <numerusform> on %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); </source>
        <translation>
            <numerusform>%n page; </numerusform>
            <numerusform>%n pages; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted rule(s).</source>
        <translation>
            <numerusform>%n accepted rule.</numerusform>
            <numerusform>%n accepted rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Re-extract %1 (%n page(s))</source>
        <translation>
            <numerusform>Re-extract %1 (%n page)</numerusform>
            <numerusform>Re-extract %1 (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) changed, </source>
        <translation>
            <numerusform>%n page changed, </numerusform>
            <numerusform>%n pages changed, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, </source>
        <translation>
            <numerusform>%n unchanged, </numerusform>
            <numerusform>%n unchanged, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (reviewed or corrected). Edit → Undo restores them.</source>
        <translation>
            <numerusform>%n kept (reviewed or corrected). Edit → Undo restores them.</numerusform>
            <numerusform>%n kept (reviewed or corrected). Edit → Undo restores them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Split %n page(s) off %1</source>
        <translation>
            <numerusform>Split %n page off %1</numerusform>
            <numerusform>Split %n pages off %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) split off into %1, without the rules of %2. F2 names the new site.</source>
        <translation>
            <numerusform>%n page split off into %1, without the rules of %2. F2 names the new site.</numerusform>
            <numerusform>%n pages split off into %1, without the rules of %2. F2 names the new site.</numerusform>
        </translation>
    </message>
</context>
</TS>
