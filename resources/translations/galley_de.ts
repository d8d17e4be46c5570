<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>SpellingMenu</name>
    <message>
        <source>(no spelling suggestions)</source>
        <translation>(keine Vorschläge)</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to Dictionary</source>
        <translation>„%1“ zum Wörterbuch hinzufügen</translation>
    </message>
    <message>
        <source>Accept this word in every page of the project (its dictionary.txt)</source>
        <translation>Dieses Wort auf allen Seiten des Projekts annehmen (seine dictionary.txt)</translation>
    </message>
    <message>
        <source>Add to Dictionary</source>
        <translation>Zum Wörterbuch hinzufügen</translation>
    </message>
</context>
<context>
    <name>galley</name>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Photo credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Contributor</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Verlag</translation>
    </message>
    <message>
        <source>Byline %1</source>
        <translation>Autorenzeile %1</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>Autorenzeilen</translation>
    </message>
    <message>
        <source>Contributor %1</source>
        <translation>Mitwirkende %1</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <source>Body block %1</source>
        <translation>Textblock %1</translation>
    </message>
    <message>
        <source>Image %1 caption</source>
        <translation>Bildunterschrift von Bild %1</translation>
    </message>
    <message>
        <source>Image %1 photo credit</source>
        <translation>Bildnachweis von Bild %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Bild %1</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>%1 list</source>
        <translation>Liste %1</translation>
    </message>
    <message>
        <source>Go to field</source>
        <translation>Zum Feld</translation>
    </message>
    <message>
        <source>Menus</source>
        <translation>Menüs</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Reiter</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 pages/s</source>
        <translation>%1 Seiten/s</translation>
    </message>
    <message>
        <source>about %1 left</source>
        <translation>noch etwa %1</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>galley::AccuracyChart</name>
    <message>
        <source>Accuracy chart</source>
        <translation>Genauigkeitsdiagramm</translation>
    </message>
    <message>
        <source>%1: %2 without rules, %3 with rules</source>
        <translation>%1: %2 ohne Regeln, %3 mit Regeln</translation>
    </message>
    <message>
        <source>without rules</source>
        <translation>ohne Regeln</translation>
    </message>
    <message>
        <source>with rules</source>
        <translation>mit Regeln</translation>
    </message>
</context>
<context>
    <name>galley::ApprovalGuard</name>
    <message>
        <source>• and %1 more</source>
        <translation>• und %1 weitere</translation>
    </message>
    <message>
        <source>Approve with Warnings?</source>
        <translation>Mit Warnungen freigeben?</translation>
    </message>
    <message>
        <source>This page still has warnings:</source>
        <translation>Diese Seite hat noch Warnungen:</translation>
    </message>
    <message>
        <source>“Always Approve” stops this question for these kinds of warning until the project is closed.</source>
        <translation>„Immer freigeben“ stellt diese Frage für diese Arten von Warnungen nicht mehr, bis das Projekt geschlossen wird.</translation>
    </message>
    <message>
        <source>&amp;Approve Anyway</source>
        <translation>Trotzdem &amp;freigeben</translation>
    </message>
    <message>
        <source>A&amp;lways Approve</source>
        <translation>I&amp;mmer freigeben</translation>
    </message>
</context>
<context>
    <name>galley::ArticlePane</name>
    <message>
        <source>Open a project or drop capture files here.</source>
        <translation>Öffnen Sie ein Projekt oder ziehen Sie Mitschnitte hierher.</translation>
    </message>
    <message>
        <source>Article</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Published date</source>
        <translation>Veröffentlichungsdatum</translation>
    </message>
    <message>
        <source>2014-06-05 or 2014-06-05T14:30:00Z</source>
        <translation>2014-06-05 oder 2014-06-05T14:30:00Z</translation>
    </message>
    <message>
        <source>Dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>e.g. BRUSSELS</source>
        <translation>z. B. BRÜSSEL</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Agency or outlet; empty for the site&apos;s own work</source>
        <translation>Agentur oder Medium; leer bei eigenen Beiträgen der Website</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Verlag</translation>
    </message>
    <message>
        <source>&amp;Bylines</source>
        <translation>&amp;Autorenzeilen</translation>
    </message>
    <message>
        <source>Date&amp;line</source>
        <translation>&amp;Ortsmarke</translation>
    </message>
    <message>
        <source>&amp;Credit</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>Con&amp;tributors</source>
        <translation>&amp;Mitwirkende</translation>
    </message>
    <message>
        <source>Hea&amp;dline</source>
        <translation>Übe&amp;rschrift</translation>
    </message>
    <message>
        <source>Publ&amp;ished</source>
        <translation>&amp;Veröffentlicht</translation>
    </message>
    <message>
        <source>Publi&amp;sher</source>
        <translation>Herausgeb&amp;er</translation>
    </message>
    <message>
        <source>I&amp;mages</source>
        <translation>B&amp;ilder</translation>
    </message>
    <message>
        <source>Bod&amp;y</source>
        <translation>Te&amp;xt</translation>
    </message>
</context>
<context>
    <name>galley::BackgroundJob</name>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running job</source>
        <translation>Den laufenden Vorgang abbrechen</translation>
    </message>
</context>
<context>
    <name>galley::BodyEditor</name>
    <message>
        <source>block</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Body blocks</source>
        <translation>Textblöcke</translation>
    </message>
    <message>
        <source>%1 (Space excludes it)</source>
        <translation>%1 (Leertaste schließt ihn aus)</translation>
    </message>
    <message>
        <source>%1, excluded (Space includes it)</source>
        <translation>%1, ausgeschlossen (Leertaste nimmt ihn auf)</translation>
    </message>
    <message>
        <source>Include or exclude block</source>
        <translation>Block aufnehmen oder ausschließen</translation>
    </message>
</context>
<context>
    <name>galley::Byline</name>
    <message>
        <source>Empty byline entry</source>
        <translation>Leere Autorenzeile</translation>
    </message>
    <message>
        <source>“%1” contains “By”: keep the name only</source>
        <translation>„%1“ enthält „Von“ (By): nur den Namen behalten</translation>
    </message>
    <message>
        <source>“%1” looks like a job title, not a name</source>
        <translation>„%1“ sieht nach einer Berufsbezeichnung aus, nicht nach einem Namen</translation>
    </message>
    <message>
        <source>“%1” is an agency: set it as the credit</source>
        <translation>„%1“ ist eine Agentur: als Quelle eintragen</translation>
    </message>
</context>
<context>
    <name>galley::BylinesEditor</name>
    <message>
        <source>byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>Autorenzeilen</translation>
    </message>
    <message>
        <source>Split byline into names</source>
        <translation>Autorenzeile in Namen aufteilen</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Aufteilen</translation>
    </message>
</context>
<context>
    <name>galley::CapturePane</name>
    <message>
        <source>Raw capture</source>
        <translation>Mitschnitt</translation>
    </message>
    <message>
        <source>Capture as received</source>
        <translation>Mitschnitt wie erhalten</translation>
    </message>
    <message>
        <source>Capture source</source>
        <translation>Quelltext des Mitschnitts</translation>
    </message>
    <message>
        <source>Wrap</source>
        <translation>Umbrechen</translation>
    </message>
    <message>
        <source>Wrap long lines</source>
        <translation>Lange Zeilen umbrechen</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Kleinere Schrift</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Größere Schrift</translation>
    </message>
    <message>
        <source>Highlight colours</source>
        <translation>Hervorhebungsfarben</translation>
    </message>
    <message>
        <source>Highlighted in the capture: %1</source>
        <translation>Im Mitschnitt hervorgehoben: %1</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>HTML source</source>
        <translation>HTML-Quelltext</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>galley::CaptureView</name>
    <message>
        <source>%1 (found by %2)</source>
        <translation>%1 (gefunden von %2)</translation>
    </message>
    <message>
        <source>%1 (set by site rule %2)</source>
        <translation>%1 (gesetzt von Website-Regel %2)</translation>
    </message>
    <message>
        <source>%1 (set by site rule %2: %3)</source>
        <translation>%1 (gesetzt von Website-Regel %2: %3)</translation>
    </message>
</context>
<context>
    <name>galley::ContributorsEditor</name>
    <message>
        <source>contributor</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <source>Contributors</source>
        <translation>Mitwirkende</translation>
    </message>
    <message>
        <source>Contributor name</source>
        <translation>Name der/des Mitwirkenden</translation>
    </message>
    <message>
        <source>Contributor role</source>
        <translation>Rolle der/des Mitwirkenden</translation>
    </message>
    <message>
        <source>additional reporting</source>
        <translation>Mitarbeit</translation>
    </message>
    <message>
        <source>editing</source>
        <translation>Redaktion</translation>
    </message>
    <message>
        <source>photography</source>
        <translation>Fotografie</translation>
    </message>
    <message>
        <source>video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>graphics</source>
        <translation>Grafik</translation>
    </message>
    <message>
        <source>research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>translation</source>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>galley::ExportController</name>
    <message>
        <source>Reading %1 of %2</source>
        <translation>Lese %1 von %2</translation>
    </message>
    <message>
        <source>Writing %1 of %2</source>
        <translation>Schreibe %1 von %2</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>1 article</source>
        <translation>1 Artikel</translation>
    </message>
    <message>
        <source>%1 articles</source>
        <translation>%1 Artikel</translation>
    </message>
    <message>
        <source>Unsaved corrections</source>
        <translation>Nicht gespeicherte Korrekturen</translation>
    </message>
    <message>
        <source>The open page has corrections that are not saved yet. The export reads the saved pages.

Save them before exporting?</source>
        <translation>Die geöffnete Seite hat Korrekturen, die noch nicht gespeichert sind. Der Export liest die gespeicherten Seiten.

Vor dem Export speichern?</translation>
    </message>
    <message>
        <source>Export Without Them</source>
        <translation>Ohne sie exportieren</translation>
    </message>
    <message>
        <source>Open a project to export its articles.</source>
        <translation>Öffnen Sie ein Projekt, um seine Artikel zu exportieren.</translation>
    </message>
    <message>
        <source>Another job is running; export when it is over.</source>
        <translation>Ein anderer Vorgang läuft; exportieren Sie, wenn er beendet ist.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportiere</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>No article to export; nothing was written.</source>
        <translation>Kein Artikel zu exportieren; es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>Problem:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <source>%1 problems:</source>
        <translation>%1 Probleme:</translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled after %n file(s) in %1.</source>
        <translation>
            <numerusform>Export nach %n Datei in %1 abgebrochen.</numerusform>
            <numerusform>Export nach %n Dateien in %1 abgebrochen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::ExportDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Export Articles</source>
        <translation>Artikel exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Pages to export</source>
        <translation>Zu exportierende Seiten</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Choose the destination</source>
        <translation>Ziel wählen</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>&amp;Pages</source>
        <translation>&amp;Seiten</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>One %1 file per article is written into this folder</source>
        <translation>In diesen Ordner wird eine %1-Datei je Artikel geschrieben</translation>
    </message>
    <message>
        <source>All the articles go into this one file</source>
        <translation>Alle Artikel kommen in diese eine Datei</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Alle Seiten</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The project has no pages: there is nothing to export.</source>
        <translation>Das Projekt hat keine Seiten: Es gibt nichts zu exportieren.</translation>
    </message>
    <message>
        <source>No page is “%1”: there is nothing to export. Choose other pages above.</source>
        <translation>Keine Seite ist „%1“: Es gibt nichts zu exportieren. Wählen Sie oben andere Seiten.</translation>
    </message>
    <message>
        <source>1 article, as one %1 file.</source>
        <translation>1 Artikel, als eine %1-Datei.</translation>
    </message>
    <message>
        <source>%1 articles, one %2 file each.</source>
        <translation>%1 Artikel, je eine %2-Datei.</translation>
    </message>
    <message>
        <source>1 article, in one file.</source>
        <translation>1 Artikel, in einer Datei.</translation>
    </message>
    <message>
        <source>%1 articles, in one file.</source>
        <translation>%1 Artikel, in einer Datei.</translation>
    </message>
    <message>
        <source>Export into Folder</source>
        <translation>In Ordner exportieren</translation>
    </message>
    <message>
        <source>Export to File</source>
        <translation>In Datei exportieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Den Export abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>galley::FieldChangeMarks</name>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>Changed by the editor. Extracted:
%1</source>
        <translation>Von der Redaktion geändert. Extrahiert:
%1</translation>
    </message>
    <message>
        <source>Set by site rule %1</source>
        <translation>Gesetzt von Website-Regel %1</translation>
    </message>
    <message>
        <source>Set by site rule %1: %2</source>
        <translation>Gesetzt von Website-Regel %1: %2</translation>
    </message>
</context>
<context>
    <name>galley::FieldWarnings</name>
    <message>
        <source>No headline</source>
        <translation>Keine Überschrift</translation>
    </message>
    <message>
        <source>Image %1: the caption is also in the body</source>
        <translation>Bild %1: Die Bildunterschrift steht auch im Text</translation>
    </message>
    <message>
        <source>Image %1: the page gives no usable address for this picture</source>
        <translation>Bild %1: Die Seite gibt für dieses Bild keine brauchbare Adresse an</translation>
    </message>
    <message>
        <source>Image %1: the address is not a URL</source>
        <translation>Bild %1: Die Adresse ist keine URL</translation>
    </message>
    <message>
        <source>No credit, but the text names %1</source>
        <translation>Keine Quelle, aber der Text nennt %1</translation>
    </message>
    <message>
        <source>The date is not in ISO 8601 form (2014-06-05)</source>
        <translation>Das Datum hat nicht die Form nach ISO 8601 (2014-06-05)</translation>
    </message>
</context>
<context>
    <name>galley::FindBar</name>
    <message>
        <source>Find in capture</source>
        <translation>Im Mitschnitt suchen</translation>
    </message>
    <message>
        <source>Previous match (Shift+Return)</source>
        <translation>Vorheriger Treffer (Umschalt+Eingabe)</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next match (Return)</source>
        <translation>Nächster Treffer (Eingabe)</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>Nächster Treffer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Close the find bar (Escape)</source>
        <translation>Suchleiste schließen (Esc)</translation>
    </message>
    <message>
        <source>Close find bar</source>
        <translation>Suchleiste schließen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>galley::ImagesEditor</name>
    <message>
        <source>image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Caption of the selected image</source>
        <translation>Bildunterschrift des ausgewählten Bildes</translation>
    </message>
    <message>
        <source>Caption, without the photo credit</source>
        <translation>Bildunterschrift, ohne Bildnachweis</translation>
    </message>
    <message>
        <source>Photo credit of the selected image</source>
        <translation>Bildnachweis des ausgewählten Bildes</translation>
    </message>
    <message>
        <source>e.g. Virginia Mayo/AP</source>
        <translation>z. B. Virginia Mayo/AP</translation>
    </message>
    <message>
        <source>Ca&amp;ption</source>
        <translation>Bild&amp;unterschrift</translation>
    </message>
    <message>
        <source>(no caption)</source>
        <translation>(keine Bildunterschrift)</translation>
    </message>
    <message>
        <source>The capture does not name the image file</source>
        <translation>Der Mitschnitt nennt die Bilddatei nicht</translation>
    </message>
    <message>
        <source>Address (URL) of the selected image</source>
        <translation>Adresse (URL) des gewählten Bildes</translation>
    </message>
    <message>
        <source>https://… (empty when the page gives none)</source>
        <translation>https://… (leer, wenn die Seite keine angibt)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Ph&amp;oto credit</source>
        <translation>Bildnach&amp;weis</translation>
    </message>
</context>
<context>
    <name>galley::ItemListEditor</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben</translation>
    </message>
    <message>
        <source>↑</source>
        <translation>↑</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten</translation>
    </message>
    <message>
        <source>↓</source>
        <translation>↓</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>galley::LooseSession</name>
    <message>
        <source>No page %1 in this session</source>
        <translation>Keine Seite %1 in dieser Sitzung</translation>
    </message>
    <message numerus="yes">
        <source>Loose captures (%n page(s))</source>
        <translation>
            <numerusform>Einzelne Mitschnitte (%n Seite)</numerusform>
            <numerusform>Einzelne Mitschnitte (%n Seiten)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::MainActions</name>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Create a project folder and import captures into it</source>
        <translation>Einen Projektordner anlegen und Mitschnitte hineinimportieren</translation>
    </message>
    <message>
        <source>&amp;Open Project…</source>
        <translation>Projekt ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a project folder</source>
        <translation>Einen Projektordner öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Captures…</source>
        <translation>&amp;Mitschnitte öffnen…</translation>
    </message>
    <message>
        <source>Review capture files without a project</source>
        <translation>Mitschnitte ohne Projekt prüfen</translation>
    </message>
    <message>
        <source>&amp;Import Captures…</source>
        <translation>Mitschnitte &amp;importieren…</translation>
    </message>
    <message>
        <source>Import capture files or folders into the project</source>
        <translation>Mitschnitt-Dateien oder -Ordner in das Projekt importieren</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save the corrections of this page</source>
        <translation>Die Korrekturen dieser Seite speichern</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>Export the project&apos;s records (for now from the command line: galley export --project DIR --format FORMAT)</source>
        <translation>Die Datensätze des Projekts exportieren (vorerst auf der Kommandozeile: galley export --project DIR --format FORMAT)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Save and quit</source>
        <translation>Speichern und beenden</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last correction</source>
        <translation>Die letzte Korrektur rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Redo the correction undone last</source>
        <translation>Die zuletzt rückgängig gemachte Korrektur wiederholen</translation>
    </message>
    <message>
        <source>&amp;Find in Capture…</source>
        <translation>Im Mitschnitt &amp;suchen…</translation>
    </message>
    <message>
        <source>Find text in the raw capture</source>
        <translation>Text im Mitschnitt suchen</translation>
    </message>
    <message>
        <source>Search &amp;Pages…</source>
        <translation>Seiten &amp;durchsuchen…</translation>
    </message>
    <message>
        <source>Search the project&apos;s pages</source>
        <translation>Die Seiten des Projekts durchsuchen</translation>
    </message>
    <message>
        <source>Use as &amp;Headline</source>
        <translation>Als &amp;Überschrift verwenden</translation>
    </message>
    <message>
        <source>Make the selected capture text the headline</source>
        <translation>Den ausgewählten Mitschnitt-Text zur Überschrift machen</translation>
    </message>
    <message>
        <source>Add as &amp;Byline</source>
        <translation>Als &amp;Autorenzeile hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected capture text as a byline</source>
        <translation>Den ausgewählten Mitschnitt-Text als Autorenzeile hinzufügen</translation>
    </message>
    <message>
        <source>Use as &amp;Credit</source>
        <translation>Als &amp;Quelle verwenden</translation>
    </message>
    <message>
        <source>Make the selected capture text the credit</source>
        <translation>Den ausgewählten Mitschnitt-Text zur Quelle machen</translation>
    </message>
    <message>
        <source>Use as C&amp;aption</source>
        <translation>Als Bild&amp;unterschrift verwenden</translation>
    </message>
    <message>
        <source>Make the selected capture text the caption of the current image</source>
        <translation>Den ausgewählten Mitschnitt-Text zur Bildunterschrift des aktuellen Bildes machen</translation>
    </message>
    <message>
        <source>Use as &amp;Photo Credit</source>
        <translation>Als Bild&amp;nachweis verwenden</translation>
    </message>
    <message>
        <source>Make the selected capture text the photo credit of the current image</source>
        <translation>Den ausgewählten Mitschnitt-Text zum Bildnachweis des aktuellen Bildes machen</translation>
    </message>
    <message>
        <source>Add to B&amp;ody</source>
        <translation>Zum &amp;Text hinzufügen</translation>
    </message>
    <message>
        <source>Add the selected capture text to the body</source>
        <translation>Den ausgewählten Mitschnitt-Text zum Text hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Not Part of the Article</source>
        <translation>&amp;Nicht Teil des Artikels</translation>
    </message>
    <message>
        <source>Remove what was taken from the selected capture text</source>
        <translation>Entfernen, was aus dem ausgewählten Mitschnitt-Text übernommen wurde</translation>
    </message>
    <message>
        <source>&amp;Approve and Next</source>
        <translation>&amp;Freigeben und weiter</translation>
    </message>
    <message>
        <source>Mark the page reviewed, save, and go to the next unreviewed page</source>
        <translation>Die Seite als geprüft markieren, speichern und zur nächsten ungeprüften Seite gehen</translation>
    </message>
    <message>
        <source>&amp;Reject and Next</source>
        <translation>&amp;Ablehnen und weiter</translation>
    </message>
    <message>
        <source>Mark the page rejected (not an article), save, and go on</source>
        <translation>Die Seite als abgelehnt markieren (kein Artikel), speichern und weitergehen</translation>
    </message>
    <message>
        <source>Needs A&amp;ttention</source>
        <translation>&amp;Zu klären</translation>
    </message>
    <message>
        <source>Flag the page for a colleague, save, and go on</source>
        <translation>Die Seite für eine Kollegin oder einen Kollegen markieren, speichern und weitergehen</translation>
    </message>
    <message>
        <source>Next &amp;Unreviewed</source>
        <translation>Nächste &amp;ungeprüfte</translation>
    </message>
    <message>
        <source>Go to the next page not yet reviewed</source>
        <translation>Zur nächsten noch nicht geprüften Seite gehen</translation>
    </message>
    <message>
        <source>Previous Unre&amp;viewed</source>
        <translation>&amp;Vorherige ungeprüfte</translation>
    </message>
    <message>
        <source>Go to the previous page not yet reviewed</source>
        <translation>Zur vorherigen noch nicht geprüften Seite gehen</translation>
    </message>
    <message>
        <source>Ne&amp;xt Page</source>
        <translation>Nä&amp;chste Seite</translation>
    </message>
    <message>
        <source>Go to the next page</source>
        <translation>Zur nächsten Seite gehen</translation>
    </message>
    <message>
        <source>Pre&amp;vious Page</source>
        <translation>V&amp;orherige Seite</translation>
    </message>
    <message>
        <source>Go to the previous page</source>
        <translation>Zur vorherigen Seite gehen</translation>
    </message>
    <message>
        <source>&amp;Split Byline</source>
        <translation>Autorenzeile auf&amp;teilen</translation>
    </message>
    <message>
        <source>Split the current byline (“A and B”) into names</source>
        <translation>Die aktuelle Autorenzeile („A und B“) in Namen aufteilen</translation>
    </message>
    <message>
        <source>Go to Ca&amp;pture</source>
        <translation>Zum &amp;Mitschnitt</translation>
    </message>
    <message>
        <source>Focus the raw capture</source>
        <translation>Den Mitschnitt fokussieren</translation>
    </message>
    <message>
        <source>Go to Ar&amp;ticle</source>
        <translation>Zum A&amp;rtikel</translation>
    </message>
    <message>
        <source>Focus the article fields</source>
        <translation>Die Artikelfelder fokussieren</translation>
    </message>
    <message>
        <source>&amp;Wrap Capture Lines</source>
        <translation>Mitschnitt-Zeilen &amp;umbrechen</translation>
    </message>
    <message>
        <source>Wrap long capture lines</source>
        <translation>Lange Mitschnitt-Zeilen umbrechen</translation>
    </message>
    <message>
        <source>&amp;Larger Capture Text</source>
        <translation>&amp;Größere Mitschnitt-Schrift</translation>
    </message>
    <message>
        <source>Larger text in the raw capture</source>
        <translation>Größere Schrift im Mitschnitt</translation>
    </message>
    <message>
        <source>S&amp;maller Capture Text</source>
        <translation>&amp;Kleinere Mitschnitt-Schrift</translation>
    </message>
    <message>
        <source>Smaller text in the raw capture</source>
        <translation>Kleinere Schrift im Mitschnitt</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>List every shortcut</source>
        <translation>Alle Tastenkürzel auflisten</translation>
    </message>
    <message>
        <source>&amp;About Galley</source>
        <translation>&amp;Über Galley</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version und Lizenz</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Capture selection</source>
        <translation>Auswahl im Mitschnitt</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Reset Field to E&amp;xtracted</source>
        <translation>Feld auf E&amp;xtrahiertes zurücksetzen</translation>
    </message>
    <message>
        <source>Put back what the extractor found in the focused field (undoable)</source>
        <translation>Das vom Extraktor Gefundene ins Feld mit dem Fokus zurückschreiben (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Reset &amp;Page to Extracted</source>
        <translation>&amp;Seite auf Extrahiertes zurücksetzen</translation>
    </message>
    <message>
        <source>Put back the whole page as extracted (undoable)</source>
        <translation>Die ganze Seite wie extrahiert wiederherstellen (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Site &amp;Rules</source>
        <translation>&amp;Website-Regeln</translation>
    </message>
    <message>
        <source>The rules proposed from your corrections, per site, with their effect; accept, edit or decline them</source>
        <translation>Die aus Ihren Korrekturen vorgeschlagenen Regeln je Website, mit ihrer Wirkung; annehmen, bearbeiten oder ablehnen</translation>
    </message>
    <message>
        <source>Re-extract &amp;Unreviewed Pages of This Site</source>
        <translation>&amp;Ungeprüfte Seiten dieser Website neu extrahieren</translation>
    </message>
    <message>
        <source>Extract the site&apos;s pages again with its rules; reviewed and corrected pages are never touched (undoable)</source>
        <translation>Die Seiten der Website mit ihren Regeln neu extrahieren; geprüfte und korrigierte Seiten bleiben unberührt (rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Accuracy Re&amp;port</source>
        <translation>Genauigkeits&amp;bericht</translation>
    </message>
    <message>
        <source>How often the extractor&apos;s values survived review, per field and site, with and without the rules</source>
        <translation>Wie oft die Werte des Extraktors die Prüfung unverändert überstanden, je Feld und Website, mit und ohne Regeln</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Show T&amp;wins</source>
        <translation>&amp;Zwillinge zeigen</translation>
    </message>
    <message>
        <source>List only this page and its other captures (same address or same article text)</source>
        <translation>Nur diese Seite und ihre anderen Mitschnitte zeigen (gleiche Adresse oder gleicher Artikeltext)</translation>
    </message>
</context>
<context>
    <name>galley::MainWindow</name>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Undo History</source>
        <translation>Korrekturverlauf</translation>
    </message>
    <message>
        <source>Undo history</source>
        <translation>Korrekturverlauf</translation>
    </message>
    <message>
        <source>&lt;page as opened&gt;</source>
        <translation>&lt;Seite wie geöffnet&gt;</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>Warnungen (%1)</translation>
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
        <source>Capture &amp;Selection</source>
        <translation>Aus&amp;wahl im Mitschnitt</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>R&amp;ules</source>
        <translation>Re&amp;geln</translation>
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
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Captures (*.txt *.html *.htm *.mhtml *.mht *.warc *.warc.gz);;All files (*)</source>
        <translation>Mitschnitte (*.txt *.html *.htm *.mhtml *.mht *.warc *.warc.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Captures</source>
        <translation>Mitschnitte öffnen</translation>
    </message>
    <message>
        <source>Import Captures</source>
        <translation>Mitschnitte importieren</translation>
    </message>
    <message>
        <source>About Galley</source>
        <translation>Über Galley</translation>
    </message>
    <message>
        <source>Galley %1
Review news-page captures and correct their extraction.
GPL-3.0-or-later.</source>
        <translation>Galley %1
Mitschnitte von Nachrichtenseiten prüfen und ihre Extraktion korrigieren.
GPL-3.0-or-later.</translation>
    </message>
    <message>
        <source>%1 set from the capture</source>
        <translation>%1 aus dem Mitschnitt übernommen</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Set image text from the capture</source>
        <translation>Bildtext aus dem Mitschnitt übernehmen</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Photo credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>Body block</source>
        <translation>Textblock</translation>
    </message>
    <message>
        <source>Taken out of the article: %1 values</source>
        <translation>Aus dem Artikel genommen: %1 Werte</translation>
    </message>
    <message>
        <source>Nothing in the article came from the selection</source>
        <translation>Nichts im Artikel stammt aus der Auswahl</translation>
    </message>
    <message>
        <source>Every page shown is reviewed.</source>
        <translation>Jede angezeigte Seite ist geprüft.</translation>
    </message>
    <message>
        <source>This page was changed on disk by someone else; saving will ask before overwriting.</source>
        <translation>Diese Seite wurde von jemand anderem auf der Festplatte geändert; beim Speichern wird vor dem Überschreiben gefragt.</translation>
    </message>
    <message>
        <source>These captures are not in a project: corrections are kept only until Galley closes.</source>
        <translation>Diese Mitschnitte gehören zu keinem Projekt: Korrekturen bleiben nur erhalten, bis Galley geschlossen wird.</translation>
    </message>
    <message>
        <source>Import into a Project…</source>
        <translation>In ein Projekt importieren…</translation>
    </message>
    <message>
        <source> · last change by %1</source>
        <translation> · letzte Änderung von %1</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>The corrections were not all saved into the project: Galley stays open.</source>
        <translation>Die Korrekturen wurden nicht alle im Projekt gespeichert: Galley bleibt geöffnet.</translation>
    </message>
    <message>
        <source>The other Galley released the project: it is open for editing.</source>
        <translation>Die andere Galley-Instanz hat das Projekt freigegeben: Es ist zum Bearbeiten geöffnet.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>This field is as extracted.</source>
        <translation>Dieses Feld ist wie extrahiert.</translation>
    </message>
    <message>
        <source>This page is as extracted.</source>
        <translation>Diese Seite ist wie extrahiert.</translation>
    </message>
    <message>
        <source>Still read-only: %1</source>
        <translation>Weiterhin schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 pages</source>
        <translation>%1: %2 von %3 Seiten</translation>
    </message>
    <message>
        <source>Read-only, nothing can be changed: %1. Galley reopens the project for editing when it is released.</source>
        <translation>Schreibgeschützt, nichts kann geändert werden: %1. Galley öffnet das Projekt zum Bearbeiten, sobald es freigegeben ist.</translation>
    </message>
    <message>
        <source>Reopen for Editing</source>
        <translation>Zum Bearbeiten neu öffnen</translation>
    </message>
    <message>
        <source>Corrections Not in a Project</source>
        <translation>Korrekturen außerhalb eines Projekts</translation>
    </message>
    <message numerus="yes">
        <source>You corrected %n page(s) of captures that are not in a project. They are lost when Galley closes unless you save them into a new project (the captures are imported, then your corrections applied).</source>
        <translation>
            <numerusform>Sie haben %n Seite aus Erfassungen korrigiert, die in keinem Projekt sind. Die Korrektur geht beim Schließen von Galley verloren, wenn Sie sie nicht in einem neuen Projekt speichern (die Erfassungen werden importiert, dann Ihre Korrekturen angewandt).</numerusform>
            <numerusform>Sie haben %n Seiten aus Erfassungen korrigiert, die in keinem Projekt sind. Die Korrekturen gehen beim Schließen von Galley verloren, wenn Sie sie nicht in einem neuen Projekt speichern (die Erfassungen werden importiert, dann Ihre Korrekturen angewandt).</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save into a New Project…</source>
        <translation>In neuem Projekt &amp;speichern…</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>This page has no twins: no other page has its address or its article text.</source>
        <translation>Diese Seite hat keine Zwillinge: keine andere Seite hat ihre Adresse oder ihren Artikeltext.</translation>
    </message>
</context>
<context>
    <name>galley::NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Project name</source>
        <translation>Projektname</translation>
    </message>
    <message>
        <source>e.g. Election night 2026</source>
        <translation>z. B. Wahlabend 2026</translation>
    </message>
    <message>
        <source>Project folder</source>
        <translation>Projektordner</translation>
    </message>
    <message>
        <source>A new or empty folder</source>
        <translation>Ein neuer oder leerer Ordner</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Folder</source>
        <translation>&amp;Ordner</translation>
    </message>
    <message>
        <source>New Project: choose an empty folder</source>
        <translation>Neues Projekt: einen leeren Ordner wählen</translation>
    </message>
    <message>
        <source>Name the project.</source>
        <translation>Geben Sie dem Projekt einen Namen.</translation>
    </message>
    <message>
        <source>Choose a new or empty folder for it.</source>
        <translation>Wählen Sie dafür einen neuen oder leeren Ordner.</translation>
    </message>
    <message>
        <source>Cannot create the project here: %1</source>
        <translation>Das Projekt kann hier nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>The project “%1” will be created in:
%2</source>
        <translation>Das Projekt „%1“ wird angelegt in:
%2</translation>
    </message>
</context>
<context>
    <name>galley::PageNoteBar</name>
    <message>
        <source>Note on this page</source>
        <translation>Notiz zu dieser Seite</translation>
    </message>
    <message>
        <source>A note on this page, saved with it (e.g. ask the desk about the byline)</source>
        <translation>Eine Notiz zu dieser Seite, mit ihr gespeichert (z. B. Autorenzeile mit dem Desk klären)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>galley::PageTableModel</name>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>In Prüfung</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Zu klären</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>no headline</source>
        <translation>keine Überschrift</translation>
    </message>
    <message>
        <source>no byline</source>
        <translation>keine Autorenzeile</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>no body</source>
        <translation>kein Text</translation>
    </message>
    <message>
        <source>unsaved edits</source>
        <translation>ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>(no headline)</source>
        <translation>(keine Überschrift)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>Bylines</source>
        <translation>Autorenzeilen</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Reason / note</source>
        <translation>Grund / Notiz</translation>
    </message>
    <message>
        <source>This page was captured more than once (same address or same article text). Also captured as:</source>
        <translation>Diese Seite wurde mehrfach mitgeschnitten (gleiche Adresse oder gleicher Artikeltext). Auch mitgeschnitten als:</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Twins</source>
        <translation>Zwillinge</translation>
    </message>
</context>
<context>
    <name>galley::ProblemsPanel</name>
    <message>
        <source>&amp;Reveal File</source>
        <translation>Datei &amp;zeigen</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Open the folder holding this file</source>
        <translation>Den Ordner mit dieser Datei öffnen</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>ganze Datei</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Records that could not be read</source>
        <translation>Datensätze, die nicht gelesen werden konnten</translation>
    </message>
</context>
<context>
    <name>galley::ProjectBrowser</name>
    <message>
        <source>Search pages (Ctrl+K)</source>
        <translation>Seiten durchsuchen (Strg+K)</translation>
    </message>
    <message>
        <source>Search pages</source>
        <translation>Seiten durchsuchen</translation>
    </message>
    <message>
        <source>Show pages with status</source>
        <translation>Seiten mit diesem Status zeigen</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Right-click to choose the columns</source>
        <translation>Rechtsklick, um die Spalten zu wählen</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <source>%1 of %2 reviewed</source>
        <translation>%1 von %2 geprüft</translation>
    </message>
    <message>
        <source> · %1 shown</source>
        <translation> · %1 angezeigt</translation>
    </message>
    <message>
        <source>All statuses (%1)</source>
        <translation>Alle Status (%1)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Twins</source>
        <translation>Zwillinge</translation>
    </message>
</context>
<context>
    <name>galley::ProjectSession</name>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: Der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1: not imported</source>
        <translation>%1: nicht importiert</translation>
    </message>
</context>
<context>
    <name>galley::ReasonDialog</name>
    <message>
        <source>Not an article</source>
        <translation>Kein Artikel</translation>
    </message>
    <message>
        <source>Duplicate of another page</source>
        <translation>Duplikat einer anderen Seite</translation>
    </message>
    <message>
        <source>Capture broken or incomplete</source>
        <translation>Erfassung defekt oder unvollständig</translation>
    </message>
    <message>
        <source>Behind a paywall</source>
        <translation>Hinter einer Bezahlschranke</translation>
    </message>
    <message>
        <source>Out of scope</source>
        <translation>Nicht im Themenbereich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Anderes</translation>
    </message>
    <message>
        <source>Byline wrong or missing</source>
        <translation>Autorenzeile falsch oder fehlend</translation>
    </message>
    <message>
        <source>Date wrong or missing</source>
        <translation>Datum falsch oder fehlend</translation>
    </message>
    <message>
        <source>Body incomplete</source>
        <translation>Text unvollständig</translation>
    </message>
    <message>
        <source>Images or captions wrong</source>
        <translation>Bilder oder Bildunterschriften falsch</translation>
    </message>
    <message>
        <source>Check with the desk</source>
        <translation>Mit dem Desk klären</translation>
    </message>
    <message>
        <source>Reject Page</source>
        <translation>Seite ablehnen</translation>
    </message>
    <message>
        <source>Needs Attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Details (optional)</source>
        <translation>Details (optional)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>&amp;Flag</source>
        <translation>&amp;Markieren</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
</context>
<context>
    <name>galley::ReportView</name>
    <message>
        <source>Accuracy per site</source>
        <translation>Genauigkeit je Website</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>All fields</source>
        <translation>Alle Felder</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Open a project to see its accuracy report.</source>
        <translation>Öffnen Sie ein Projekt, um seinen Genauigkeitsbericht zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>How often the extractor&apos;s value survived review unchanged, in %, over %n reviewed page(s); “83 → 100” is without → with the project&apos;s site rules. </source>
        <translation>
            <numerusform>Wie oft der Wert des Extraktors die Prüfung unverändert überstand, in %, über %n geprüfte Seite; „83 → 100“ heißt ohne → mit den Website-Regeln des Projekts. </numerusform>
            <numerusform>Wie oft der Wert des Extraktors die Prüfung unverändert überstand, in %, über %n geprüfte Seiten; „83 → 100“ heißt ohne → mit den Website-Regeln des Projekts. </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) could not be read (first: %1).</source>
        <translation>
            <numerusform>%n Seite konnte nicht gelesen werden (erste: %1).</numerusform>
            <numerusform>%n Seiten konnten nicht gelesen werden (erste: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle Websites</translation>
    </message>
    <message>
        <source>%1: %2 of %3 without rules, %4 of %5 with rules</source>
        <translation>%1: %2 von %3 ohne Regeln, %4 von %5 mit Regeln</translation>
    </message>
    <message>
        <source>Extracting the reviewed pages with and without the site rules…</source>
        <translation>Die geprüften Seiten werden mit und ohne Website-Regeln extrahiert…</translation>
    </message>
</context>
<context>
    <name>galley::ReviewController</name>
    <message>
        <source>Autosaved</source>
        <translation>Automatisch gespeichert</translation>
    </message>
    <message>
        <source>Unsaved corrections</source>
        <translation>Nicht gespeicherte Korrekturen</translation>
    </message>
    <message>
        <source>The corrections of this page could not be saved. Leave the page and lose them?</source>
        <translation>Die Korrekturen dieser Seite konnten nicht gespeichert werden. Die Seite verlassen und sie verlieren?</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Page changed on disk</source>
        <translation>Seite auf der Festplatte geändert</translation>
    </message>
    <message>
        <source>This page was changed on disk by someone else since you opened it.

Keep your version (overwrite theirs) or cancel and keep editing?</source>
        <translation>Diese Seite wurde seit dem Öffnen von jemand anderem auf der Festplatte geändert.

Ihre Fassung behalten (die andere überschreiben) oder abbrechen und weiter bearbeiten?</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ihr Name</translation>
    </message>
    <message>
        <source>Your name is saved with each correction and review (asked once):</source>
        <translation>Ihr Name wird mit jeder Korrektur und Prüfung gespeichert (einmalige Frage):</translation>
    </message>
    <message>
        <source>Recover unsaved corrections</source>
        <translation>Nicht gespeicherte Korrekturen wiederherstellen</translation>
    </message>
    <message>
        <source>Recovered the unsaved corrections of this page: check and save them (Ctrl+S), or undo them (Ctrl+Z).</source>
        <translation>Die nicht gespeicherten Korrekturen dieser Seite wurden wiederhergestellt: prüfen und speichern (Strg+S) oder rückgängig machen (Strg+Z).</translation>
    </message>
    <message>
        <source>%1 of %2 pages not changed: %3</source>
        <translation>%1 von %2 Seiten nicht geändert: %3</translation>
    </message>
</context>
<context>
    <name>galley::RuleEditDialog</name>
    <message>
        <source>Edit Rule</source>
        <translation>Regel bearbeiten</translation>
    </message>
    <message>
        <source>Not part of the article</source>
        <translation>Nicht Teil des Artikels</translation>
    </message>
    <message>
        <source>&amp;Sets:</source>
        <translation>&amp;Setzt:</translation>
    </message>
    <message>
        <source>&amp;Pattern:</source>
        <translation>&amp;Muster:</translation>
    </message>
    <message>
        <source>&amp;Element:</source>
        <translation>&amp;Element:</translation>
    </message>
    <message>
        <source>&amp;After the line:</source>
        <translation>&amp;Nach der Zeile:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>The element is a chain of CSS child steps; the pattern, a regular expression its text must match (group 1 is the value).</source>
        <translation>Das Element ist eine Kette von CSS-Kindschritten; das Muster ein regulärer Ausdruck, auf den sein Text passen muss (Gruppe 1 ist der Wert).</translation>
    </message>
    <message>
        <source>The pattern is a regular expression a whole line must match (group 1 is the value); “after the line” one the line before must match, or empty.</source>
        <translation>Das Muster ist ein regulärer Ausdruck, auf den eine ganze Zeile passen muss (Gruppe 1 ist der Wert); „nach der Zeile“ einer, auf den die Zeile davor passen muss, oder leer.</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>Photo credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>The pattern is a regular expression matched in each caption (group 1 is the value); a photo credit is cut out of the caption with what the pattern matched.</source>
        <translation>Das Muster ist ein regulärer Ausdruck, der in jeder Bildunterschrift gesucht wird (Gruppe 1 ist der Wert); ein Bildnachweis wird mit dem, worauf das Muster passt, aus der Bildunterschrift herausgeschnitten.</translation>
    </message>
</context>
<context>
    <name>galley::RulesController</name>
    <message>
        <source>Site Rules</source>
        <translation>Website-Regeln</translation>
    </message>
    <message>
        <source>Accuracy Report</source>
        <translation>Genauigkeitsbericht</translation>
    </message>
    <message>
        <source>The open page could not be saved: nothing was re-extracted.</source>
        <translation>Die offene Seite konnte nicht gespeichert werden: nichts wurde neu extrahiert.</translation>
    </message>
</context>
<context>
    <name>galley::RulesView</name>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Add the rule to the site&apos;s rules (Return)</source>
        <translation>Die Regel zu den Regeln der Website hinzufügen (Eingabetaste)</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Do not propose this rule again this session (Delete)</source>
        <translation>Diese Regel in dieser Sitzung nicht mehr vorschlagen (Entf)</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the rule&apos;s pattern or field before accepting it (F2)</source>
        <translation>Muster oder Feld der Regel vor dem Annehmen ändern (F2)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the accepted rule from the site&apos;s rules (Delete)</source>
        <translation>Die angenommene Regel aus den Regeln der Website entfernen (Entf)</translation>
    </message>
    <message>
        <source>Name Site…</source>
        <translation>Website benennen…</translation>
    </message>
    <message>
        <source>Give the site a name (F2 on the site)</source>
        <translation>Der Website einen Namen geben (F2 auf der Website)</translation>
    </message>
    <message>
        <source>Re-extract Unreviewed Pages</source>
        <translation>Ungeprüfte Seiten neu extrahieren</translation>
    </message>
    <message>
        <source>Extract the site&apos;s unreviewed, uncorrected pages again with its rules (undoable; reviewed records are never touched)</source>
        <translation>Die ungeprüften, unkorrigierten Seiten der Website mit ihren Regeln neu extrahieren (rückgängig zu machen; geprüfte Datensätze bleiben unberührt)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the corrections and rules again</source>
        <translation>Korrekturen und Regeln neu einlesen</translation>
    </message>
    <message>
        <source>Site rules</source>
        <translation>Website-Regeln</translation>
    </message>
    <message>
        <source>Rule preview</source>
        <translation>Regelvorschau</translation>
    </message>
    <message>
        <source>Accept the proposed rule</source>
        <translation>Die vorgeschlagene Regel annehmen</translation>
    </message>
    <message>
        <source>Decline the proposal / remove the accepted rule</source>
        <translation>Den Vorschlag ablehnen / die angenommene Regel entfernen</translation>
    </message>
    <message>
        <source>Edit the proposal / name the site</source>
        <translation>Den Vorschlag bearbeiten / die Website benennen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n page(s)</source>
        <translation>
            <numerusform>%1 — %n Seite</numerusform>
            <numerusform>%1 — %n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Proposed: %1 — changes %n value(s)</source>
        <translation>
            <numerusform>Vorgeschlagen: %1 — ändert %n Wert</numerusform>
            <numerusform>Vorgeschlagen: %1 — ändert %n Werte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %1 of %n other page(s)</source>
        <translation>
            <numerusform> auf %1 von %n anderen Seite</numerusform>
            <numerusform> auf %1 von %n anderen Seiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Angenommen: %1</translation>
    </message>
    <message>
        <source>Open a project to see its site rules.</source>
        <translation>Öffnen Sie ein Projekt, um seine Website-Regeln zu sehen.</translation>
    </message>
    <message numerus="yes">
        <source>%n proposed rule(s)</source>
        <translation>
            <numerusform>%n vorgeschlagene Regel</numerusform>
            <numerusform>%n vorgeschlagene Regeln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n site(s).</source>
        <translation>
            <numerusform> auf %n Website.</numerusform>
            <numerusform> auf %n Websites.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n page(s) or rules file(s) could not be read (first: %1).</source>
        <translation>
            <numerusform> %n Seite oder Regeldatei konnte nicht gelesen werden (erste: %1).</numerusform>
            <numerusform> %n Seiten oder Regeldateien konnten nicht gelesen werden (erste: %1).</numerusform>
        </translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Setzt</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Muster</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>After the line</source>
        <translation>Nach der Zeile</translation>
    </message>
    <message numerus="yes">
        <source>Learned from %n corrected page(s).</source>
        <translation>
            <numerusform>Gelernt aus %n korrigierten Seite.</numerusform>
            <numerusform>Gelernt aus %n korrigierten Seiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>On the other pages of this site a re-extraction may change (%n page(s), none reviewed or corrected): </source>
        <translation>
            <numerusform>Auf den anderen Seiten dieser Website kann eine Neuextraktion ändern (%n Seite, keine geprüft oder korrigiert): </numerusform>
            <numerusform>Auf den anderen Seiten dieser Website kann eine Neuextraktion ändern (%n Seiten, keine geprüft oder korrigiert): </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) change</source>
        <translation>
            <numerusform>%n Wert ändert sich</numerusform>
            <numerusform>%n Werte ändern sich</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> on %n page(s).</source>
        <translation>
            <numerusform> auf %n Seite.</numerusform>
            <numerusform> auf %n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Seite</translation>
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
        <source>Accepted: applies when pages of %1 are imported or re-extracted. Values it sets are named in the capture&apos;s tooltip (rule %2).</source>
        <translation>Angenommen: gilt, wenn Seiten von %1 importiert oder neu extrahiert werden. Die Werte, die sie setzt, nennt der Tooltip des Mitschnitts (Regel %2).</translation>
    </message>
    <message>
        <source>Text dumps recognised by their template (the lines around the article): %1. Name it with F2.</source>
        <translation>Textmitschnitte, an ihrer Vorlage erkannt (den Zeilen um den Artikel): %1. Mit F2 benennen.</translation>
    </message>
    <message>
        <source>Pages whose address is on %1.</source>
        <translation>Seiten, deren Adresse auf %1 liegt.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s); </source>
        <translation>
            <numerusform>%n Seite; </numerusform>
            <numerusform>%n Seiten; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accepted rule(s).</source>
        <translation>
            <numerusform>%n angenommene Regel.</numerusform>
            <numerusform>%n angenommene Regeln.</numerusform>
        </translation>
    </message>
    <message>
        <source>Site Rules</source>
        <translation>Website-Regeln</translation>
    </message>
    <message>
        <source>Rule accepted for %1: re-extract the site&apos;s unreviewed pages to apply it.</source>
        <translation>Regel für %1 angenommen: die ungeprüften Seiten der Website neu extrahieren, um sie anzuwenden.</translation>
    </message>
    <message>
        <source>Proposal declined.</source>
        <translation>Vorschlag abgelehnt.</translation>
    </message>
    <message>
        <source>Rule edited: the preview shows its effect.</source>
        <translation>Regel bearbeitet: die Vorschau zeigt ihre Wirkung.</translation>
    </message>
    <message>
        <source>Rule edited: it no longer makes the editor&apos;s correction on every page it was learned from.</source>
        <translation>Regel bearbeitet: sie ergibt nicht mehr auf jeder Seite, aus der sie gelernt wurde, die Korrektur der Redaktion.</translation>
    </message>
    <message>
        <source>Rule removed from %1; pages already extracted with it keep their values until re-extracted.</source>
        <translation>Regel aus %1 entfernt; schon damit extrahierte Seiten behalten ihre Werte bis zur Neuextraktion.</translation>
    </message>
    <message>
        <source>Name Site</source>
        <translation>Website benennen</translation>
    </message>
    <message>
        <source>Name of %1:</source>
        <translation>Name von %1:</translation>
    </message>
    <message numerus="yes">
        <source>Re-extract %1 (%n page(s))</source>
        <translation>
            <numerusform>%1 neu extrahieren (%n Seite)</numerusform>
            <numerusform>%1 neu extrahieren (%n Seiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Re-extracted %1: </source>
        <translation>%1 neu extrahiert: </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) changed, </source>
        <translation>
            <numerusform>%n Seite geändert, </numerusform>
            <numerusform>%n Seiten geändert, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged, </source>
        <translation>
            <numerusform>%n unverändert, </numerusform>
            <numerusform>%n unverändert, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept (reviewed or corrected). Edit → Undo restores them.</source>
        <translation>
            <numerusform>%n behalten (geprüft oder korrigiert). Bearbeiten → Rückgängig stellt sie wieder her.</numerusform>
            <numerusform>%n behalten (geprüft oder korrigiert). Bearbeiten → Rückgängig stellt sie wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <source>Make this site&apos;s pages another site&apos;s: the rules of both apply to all of them (Ctrl+M; undoable)</source>
        <translation>Die Seiten dieser Website einer anderen Website zuordnen: die Regeln beider gelten für alle (Strg+M; rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Split Pages Off…</source>
        <translation>Seiten abtrennen…</translation>
    </message>
    <message>
        <source>Move some of this site&apos;s pages into a new site, which has none of its rules (Ctrl+Shift+M; undoable)</source>
        <translation>Einige Seiten dieser Website in eine neue Website verschieben, die keine ihrer Regeln hat (Strg+Umschalt+M; rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Merge the site into another site</source>
        <translation>Die Website mit einer anderen zusammenführen</translation>
    </message>
    <message>
        <source>Split pages off the site into a new site</source>
        <translation>Seiten der Website in eine neue Website abtrennen</translation>
    </message>
    <message>
        <source>Reading the project&apos;s pages and corrections…</source>
        <translation>Seiten und Korrekturen des Projekts werden gelesen…</translation>
    </message>
    <message>
        <source>Merged into it: %1 (their pages are its pages; Edit → Undo or galley sites unmerge undoes a merge).</source>
        <translation>Hierher zusammengeführt: %1 (ihre Seiten sind seine Seiten; Bearbeiten → Rückgängig oder galley sites unmerge macht eine Zusammenführung rückgängig).</translation>
    </message>
    <message>
        <source>Pages split off %1; the rules of %1 do not apply to them.</source>
        <translation>Von %1 abgetrennte Seiten; die Regeln von %1 gelten für sie nicht.</translation>
    </message>
    <message>
        <source>Ctrl+M merges it into another site, Ctrl+Shift+M splits pages off.</source>
        <translation>Strg+M führt sie mit einer anderen Website zusammen, Strg+Umschalt+M trennt Seiten ab.</translation>
    </message>
    <message>
        <source>Merge Site</source>
        <translation>Website zusammenführen</translation>
    </message>
    <message>
        <source>Merge %1 into (its pages become that site&apos;s, and the rules of both apply to all of them):</source>
        <translation>%1 zusammenführen mit (ihre Seiten werden die jener Website, und die Regeln beider gelten für alle):</translation>
    </message>
    <message>
        <source>Merge %1 into %2</source>
        <translation>%1 mit %2 zusammenführen</translation>
    </message>
    <message>
        <source>%1 merged into %2: proposals and rules now cover the pages of both. Edit → Undo separates them again.</source>
        <translation>%1 mit %2 zusammengeführt: Vorschläge und Regeln gelten jetzt für die Seiten beider. Bearbeiten → Rückgängig trennt sie wieder.</translation>
    </message>
    <message>
        <source>Split Pages Off</source>
        <translation>Seiten abtrennen</translation>
    </message>
    <message>
        <source>Pages of %1 to move into a new site (Space ticks a page). The new site has none of %1&apos;s rules.</source>
        <translation>Seiten von %1, die in eine neue Website verschoben werden (die Leertaste hakt eine Seite an). Die neue Website hat keine der Regeln von %1.</translation>
    </message>
    <message>
        <source>Leave at least one page in %1 (to call them all another name, name the site).</source>
        <translation>Lassen Sie mindestens eine Seite in %1 (um alle anders zu nennen, benennen Sie die Website).</translation>
    </message>
    <message numerus="yes">
        <source>Split %n page(s) off %1</source>
        <translation>
            <numerusform>%n Seite von %1 abtrennen</numerusform>
            <numerusform>%n Seiten von %1 abtrennen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n page(s) split off into %1, without the rules of %2. F2 names the new site.</source>
        <translation>
            <numerusform>%n Seite in %1 abgetrennt, ohne die Regeln von %2. F2 benennt die neue Website.</numerusform>
            <numerusform>%n Seiten in %1 abgetrennt, ohne die Regeln von %2. F2 benennt die neue Website.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>galley::SessionController</name>
    <message>
        <source>Wait for the running job to finish (or cancel it) before opening a project.</source>
        <translation>Warten Sie, bis der laufende Vorgang beendet ist (oder brechen Sie ihn ab), bevor Sie ein Projekt öffnen.</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened read-only: %1</source>
        <translation>Schreibgeschützt geöffnet: %1</translation>
    </message>
    <message>
        <source>• and %1 more</source>
        <translation>• und %1 weitere</translation>
    </message>
    <message>
        <source>Recover 1 page of unsaved corrections from %1?</source>
        <translation>Nicht gespeicherte Korrekturen von 1 Seite aus %1 wiederherstellen?</translation>
    </message>
    <message>
        <source>Recover %1 pages of unsaved corrections from %2?</source>
        <translation>Nicht gespeicherte Korrekturen von %1 Seiten aus %2 wiederherstellen?</translation>
    </message>
    <message>
        <source>Recover Unsaved Corrections</source>
        <translation>Nicht gespeicherte Korrekturen wiederherstellen</translation>
    </message>
    <message>
        <source>Galley did not close properly last time.</source>
        <translation>Galley wurde beim letzten Mal nicht ordnungsgemäß beendet.</translation>
    </message>
    <message>
        <source>Recovered corrections open as unsaved edits to check and save, or undo. Discarded ones are kept in backups/journal.</source>
        <translation>Wiederhergestellte Korrekturen öffnen sich als ungespeicherte Änderungen zum Prüfen und Speichern oder Rückgängigmachen. Verworfene werden in backups/journal aufbewahrt.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>Unsaved corrections discarded (a copy is in backups/journal).</source>
        <translation>Nicht gespeicherte Korrekturen verworfen (eine Kopie liegt in backups/journal).</translation>
    </message>
    <message>
        <source>Cannot discard</source>
        <translation>Verwerfen nicht möglich</translation>
    </message>
    <message>
        <source>1 page has recovered corrections (flagged “unsaved edits” in the list).</source>
        <translation>1 Seite hat wiederhergestellte Korrekturen (in der Liste als „ungespeicherte Änderungen“ markiert).</translation>
    </message>
    <message>
        <source>%1 pages have recovered corrections (flagged “unsaved edits” in the list).</source>
        <translation>%1 Seiten haben wiederhergestellte Korrekturen (in der Liste als „ungespeicherte Änderungen“ markiert).</translation>
    </message>
    <message>
        <source>Reading captures</source>
        <translation>Lese Mitschnitte</translation>
    </message>
    <message>
        <source>Opening cancelled</source>
        <translation>Öffnen abgebrochen</translation>
    </message>
    <message>
        <source>Pages read: %1</source>
        <translation>Gelesene Seiten: %1</translation>
    </message>
    <message>
        <source>Cannot import: %1</source>
        <translation>Import nicht möglich: %1</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importiere</translation>
    </message>
    <message>
        <source>Pages imported: %1</source>
        <translation>Importierte Seiten: %1</translation>
    </message>
    <message>
        <source>, already in the project: %1</source>
        <translation>, bereits im Projekt: %1</translation>
    </message>
    <message>
        <source>Import cancelled: </source>
        <translation>Import abgebrochen: </translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>; problems: %1 (%2 in all, see Problems)</source>
        <translation>; Probleme: %1 (%2 insgesamt, siehe Probleme)</translation>
    </message>
    <message>
        <source>, corrections carried over: %1 of %2</source>
        <translation>, übernommene Korrekturen: %1 von %2</translation>
    </message>
    <message>
        <source>Captures to import (optional)</source>
        <translation>Zu importierende Erfassungen (optional)</translation>
    </message>
    <message>
        <source>Captures (*.txt *.html *.htm *.mhtml *.mht *.warc *.warc.gz);;All files (*)</source>
        <translation>Erfassungen (*.txt *.html *.htm *.mhtml *.mht *.warc *.warc.gz);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>galley::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>galley::SpellChecker</name>
    <message>
        <source>Words can only be added to the dictionary of a project open for editing.</source>
        <translation>Wörter lassen sich nur zum Wörterbuch eines zum Bearbeiten geöffneten Projekts hinzufügen.</translation>
    </message>
</context>
<context>
    <name>galley::WarningsPanel</name>
    <message>
        <source>Field warnings</source>
        <translation>Feldwarnungen</translation>
    </message>
    <message>
        <source>No warnings on this page.</source>
        <translation>Keine Warnungen auf dieser Seite.</translation>
    </message>
</context>
<context>
    <name>galley::corrections</name>
    <message>
        <source>headline</source>
        <translation>Überschrift</translation>
    </message>
    <message>
        <source>byline</source>
        <translation>Autorenzeile</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>dateline</source>
        <translation>Ortsmarke</translation>
    </message>
    <message>
        <source>credit</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>publisher</source>
        <translation>Verlag</translation>
    </message>
    <message>
        <source>photo credit</source>
        <translation>Bildnachweis</translation>
    </message>
    <message>
        <source>caption</source>
        <translation>Bildunterschrift</translation>
    </message>
    <message>
        <source>body</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>contributor</source>
        <translation>Mitwirkende</translation>
    </message>
</context>
<context>
    <name>galley::edits</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Set %1 from the capture</source>
        <translation>%1 aus dem Mitschnitt übernehmen</translation>
    </message>
    <message>
        <source>Add byline</source>
        <translation>Autorenzeile hinzufügen</translation>
    </message>
    <message>
        <source>Add contributor</source>
        <translation>Mitwirkende hinzufügen</translation>
    </message>
    <message>
        <source>Add to body</source>
        <translation>Zum Text hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Move %1</source>
        <translation>%1 verschieben</translation>
    </message>
    <message>
        <source>Split byline</source>
        <translation>Autorenzeile aufteilen</translation>
    </message>
    <message>
        <source>Include body block</source>
        <translation>Textblock aufnehmen</translation>
    </message>
    <message>
        <source>Exclude body block</source>
        <translation>Textblock ausschließen</translation>
    </message>
    <message>
        <source>Mark as not part of the article</source>
        <translation>Als nicht zum Artikel gehörig markieren</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Reset %1 to extracted</source>
        <translation>%1 auf Extrahiertes zurücksetzen</translation>
    </message>
    <message>
        <source>Reset page to extracted</source>
        <translation>Seite auf Extrahiertes zurücksetzen</translation>
    </message>
</context>
<context>
    <name>galley::fieldform</name>
    <message>
        <source>A line break or tab in a one-line field; exports write it as one line</source>
        <translation>Zeilenumbruch oder Tabulator in einem einzeiligen Feld; Exporte schreiben es als eine Zeile</translation>
    </message>
    <message>
        <source>Not a date in ISO 8601 form (2026-03-05 or 2026-03-05T14:30:00+01:00); exports leave it out</source>
        <translation>Kein Datum nach ISO 8601 (2026-03-05 oder 2026-03-05T14:30:00+01:00); Exporte lassen es weg</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Review news-page captures and correct their extraction.</source>
        <translation>Mitschnitte von Nachrichtenseiten prüfen und ihre Extraktion korrigieren.</translation>
    </message>
    <message>
        <source>Captures or a project.</source>
        <translation>Mitschnitte oder ein Projekt.</translation>
    </message>
</context>
</TS>
