<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Dossier::AnalysisStore</name>
    <message>
        <source>Cannot store the analysis: %1</source>
        <translation>Die Analyse kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationController</name>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>That could not be undone or redone: %1</source>
        <translation>Das konnte nicht rückgängig gemacht oder wiederholt werden: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>&amp;Anmerken</translation>
    </message>
    <message>
        <source>Highlight in %1</source>
        <translation>In %1 hervorheben</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Highlight the selected text, or recolour the annotation at the cursor</source>
        <translation>Den markierten Text hervorheben oder die Anmerkung am Cursor umfärben</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>&amp;Notiz hinzufügen …</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Anmerkung &amp;löschen</translation>
    </message>
    <message>
        <source>Document &amp;Tags…</source>
        <translation>Dokument-&amp;Schlagwörter …</translation>
    </message>
    <message>
        <source>Tag the document in the active pane</source>
        <translation>Das Dokument im aktiven Bereich verschlagworten</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>Schlagwörter &amp;verwalten …</translation>
    </message>
    <message>
        <source>&amp;My Annotations</source>
        <translation>&amp;Meine Anmerkungen</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>&amp;Hervorheben</translation>
    </message>
    <message>
        <source>Cannot read the annotations: %1</source>
        <translation>Die Anmerkungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>&amp;Notiz bearbeiten …</translation>
    </message>
    <message>
        <source>Select some text to highlight first.</source>
        <translation>Markieren Sie zuerst Text zum Hervorheben.</translation>
    </message>
    <message>
        <source>This annotation’s quote is no longer in the document; it is kept in the list with its quote.</source>
        <translation>Das Zitat dieser Anmerkung steht nicht mehr im Dokument; sie bleibt mit ihrem Zitat in der Liste.</translation>
    </message>
    <message>
        <source>Edit tags of “%1”</source>
        <translation>Schlagwörter von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Document Tags</source>
        <translation>Dokument-Schlagwörter</translation>
    </message>
    <message>
        <source>Tags of “%1”:</source>
        <translation>Schlagwörter von „%1“:</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>Die Anmerkung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Open the annotation&apos;s document, select the passage it belongs to, then re-attach it.</source>
        <translation>Öffnen Sie das Dokument der Anmerkung, markieren Sie die Stelle, zu der sie gehört, und hängen Sie sie dann neu an.</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationEditor</name>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Add highlight</source>
        <translation>Hervorhebung hinzufügen</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>Anmerkung löschen</translation>
    </message>
    <message>
        <source>“%1” is not a tag name.</source>
        <translation>„%1“ ist kein Schlagwort.</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>Die Anmerkung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Unknown colour “%1” (known: %2).</source>
        <translation>Unbekannte Farbe „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>Farbe ändern</translation>
    </message>
    <message numerus="yes">
        <source>Change colour of %n annotations</source>
        <translation>
            <numerusform>Farbe von %n Anmerkung ändern</numerusform>
            <numerusform>Farbe von %n Anmerkungen ändern</numerusform>
        </translation>
    </message>
    <message>
        <source>Make note private</source>
        <translation>Notiz privat machen</translation>
    </message>
    <message>
        <source>Make note shareable</source>
        <translation>Notiz teilbar machen</translation>
    </message>
    <message numerus="yes">
        <source>Make %n notes private</source>
        <translation>
            <numerusform>%n Notiz privat machen</numerusform>
            <numerusform>%n Notizen privat machen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n notes shareable</source>
        <translation>
            <numerusform>%n Notiz teilbar machen</numerusform>
            <numerusform>%n Notizen teilbar machen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>Schlagwörter bearbeiten</translation>
    </message>
    <message>
        <source>Add tag “%1”</source>
        <translation>Schlagwort „%1“ hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n annotations with “%1”</source>
        <translation>
            <numerusform>%n Anmerkung mit „%1“ verschlagworten</numerusform>
            <numerusform>%n Anmerkungen mit „%1“ verschlagworten</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>Schlagwort „%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %n annotations</source>
        <translation>
            <numerusform>Schlagwort „%1“ von %n Anmerkung entfernen</numerusform>
            <numerusform>Schlagwort „%1“ von %n Anmerkungen entfernen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n annotations</source>
        <translation>
            <numerusform>%n Anmerkung löschen</numerusform>
            <numerusform>%n Anmerkungen löschen</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename tag “%1” to “%2”</source>
        <translation>Schlagwort „%1“ in „%2“ umbenennen</translation>
    </message>
    <message>
        <source>Move tag “%1”</source>
        <translation>Schlagwort „%1“ verschieben</translation>
    </message>
    <message>
        <source>Merge tag “%1” into “%2”</source>
        <translation>Schlagwort „%1“ mit „%2“ zusammenführen</translation>
    </message>
    <message>
        <source>Delete tag “%1”</source>
        <translation>Schlagwort „%1“ löschen</translation>
    </message>
    <message>
        <source>Change colour of tag “%1”</source>
        <translation>Farbe des Schlagworts „%1“ ändern</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n documents with “%1”</source>
        <translation>
            <numerusform>%n Dokument mit „%1“ verschlagworten</numerusform>
            <numerusform>%n Dokumente mit „%1“ verschlagworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %n documents</source>
        <translation>
            <numerusform>Schlagwort „%1“ von %n Dokument entfernen</numerusform>
            <numerusform>Schlagwort „%1“ von %n Dokumenten entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept new place</source>
        <translation>Neue Stelle übernehmen</translation>
    </message>
    <message numerus="yes">
        <source>Accept new places of %n annotations</source>
        <translation>
            <numerusform>Neue Stelle von %n Anmerkung übernehmen</numerusform>
            <numerusform>Neue Stellen von %n Anmerkungen übernehmen</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the passage in the annotation&apos;s document first.</source>
        <translation>Markieren Sie zuerst die Stelle im Dokument der Anmerkung.</translation>
    </message>
    <message>
        <source>Re-attach annotation</source>
        <translation>Anmerkung neu anhängen</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationMargin</name>
    <message>
        <source>Annotation marks</source>
        <translation>Anmerkungsmarken</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationModel</name>
    <message>
        <source>%1

Not found in the document&apos;s current text; kept with its quote.</source>
        <translation>%1

Im aktuellen Text des Dokuments nicht gefunden; mit seinem Zitat aufbewahrt.</translation>
    </message>
    <message>
        <source>%1

Moved to a close match in the changed text; please check it. It was:
%2</source>
        <translation>%1

An eine ähnliche Stelle im geänderten Text verschoben; bitte prüfen. Vorher:
%2</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>Not found in the document&apos;s current text: select the passage and re-attach it.</source>
        <translation>Im aktuellen Text des Dokuments nicht gefunden: Markieren Sie die Stelle und hängen Sie sie neu an.</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Moved to a close match; it was:
%1</source>
        <translation>Zu einer ähnlichen Stelle verschoben; vorher:
%1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationPanel</name>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>&amp;Verschlagworten …</translation>
    </message>
    <message>
        <source>Add a tag to the selected annotations</source>
        <translation>Den ausgewählten Anmerkungen ein Schlagwort hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Edit &gt; Undo brings them back)</source>
        <translation>Die ausgewählten Anmerkungen löschen (Bearbeiten › Rückgängig holt sie zurück)</translation>
    </message>
    <message>
        <source>&amp;Go To Annotation</source>
        <translation>&amp;Zur Anmerkung gehen</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>&amp;Farbe</translation>
    </message>
    <message>
        <source>Which annotations</source>
        <translation>Welche Anmerkungen</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>Dieses Dokument</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message>
        <source>Filter quotes, notes and tags</source>
        <translation>Zitate, Notizen und Schlagwörter filtern</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>Anmerkungen filtern</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>Nach Farbe filtern</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>Jede Farbe</translation>
    </message>
    <message>
        <source>Filter by date made</source>
        <translation>Nach Erstellungsdatum filtern</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Past 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Past 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Jedes Schlagwort</translation>
    </message>
    <message>
        <source>Tag Annotations</source>
        <translation>Anmerkungen verschlagworten</translation>
    </message>
    <message numerus="yes">
        <source>Add these tags to the %n selected annotation(s):</source>
        <translation>
            <numerusform>Diese Schlagwörter der ausgewählten Anmerkung hinzufügen:</numerusform>
            <numerusform>Diese Schlagwörter den %n ausgewählten Anmerkungen hinzufügen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n annotations</source>
        <translation>
            <numerusform>%n Anmerkung verschlagworten</numerusform>
            <numerusform>%n Anmerkungen verschlagworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung</numerusform>
            <numerusform>%n Anmerkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s)</source>
        <translation>
            <numerusform>%1 von %n Anmerkung</numerusform>
            <numerusform>%1 von %n Anmerkungen</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept New Place</source>
        <translation>Neue Stelle &amp;übernehmen</translation>
    </message>
    <message>
        <source>The selected annotations were moved to a close match after their text changed: keep them there</source>
        <translation>Die ausgewählten Anmerkungen wurden nach der Textänderung an eine ähnliche Stelle verschoben: dort belassen</translation>
    </message>
    <message>
        <source>&amp;Re-attach to Selected Text</source>
        <translation>An markierten Text &amp;neu anhängen</translation>
    </message>
    <message>
        <source>Put the annotation on the passage selected in the reader</source>
        <translation>Die Anmerkung an die im Leser markierte Stelle setzen</translation>
    </message>
    <message>
        <source>Filter by place in the text</source>
        <translation>Nach Stelle im Text filtern</translation>
    </message>
    <message>
        <source>After a document&apos;s text changed: the annotations to review and those not found</source>
        <translation>Nach einer Textänderung: die zu prüfenden und die nicht gefundenen Anmerkungen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Review or orphaned</source>
        <translation>Zu prüfen oder verwaist</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>Zu prüfen</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>Verwaist</translation>
    </message>
    <message>
        <source>%1 (to review: %2, orphaned: %3)</source>
        <translation>%1 (zu prüfen: %2, verwaist: %3)</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationStore</name>
    <message>
        <source>An annotation needs a document and a non-empty range of its text.</source>
        <translation>Eine Anmerkung braucht ein Dokument und einen nicht leeren Bereich seines Textes.</translation>
    </message>
    <message>
        <source>Unknown colour “%1” (known: %2).</source>
        <translation>Unbekannte Farbe „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Es gibt kein Dokument %1.</translation>
    </message>
    <message>
        <source>Cannot store the annotation: %1</source>
        <translation>Die Anmerkung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot tag the annotation: %1</source>
        <translation>Die Anmerkung kann nicht verschlagwortet werden: %1</translation>
    </message>
    <message>
        <source>Cannot update the annotation: %1</source>
        <translation>Die Anmerkung kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>Die Anmerkung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cannot delete the annotation: %1</source>
        <translation>Die Anmerkung kann nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the annotations: %1</source>
        <translation>Die Anmerkungen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Dossier::Briefing</name>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>Wichtige Zahlen</translation>
    </message>
    <message>
        <source>Who said what</source>
        <translation>Wer hat was gesagt</translation>
    </message>
    <message>
        <source>Government bodies</source>
        <translation>Behörden</translation>
    </message>
    <message>
        <source>Annotated passages</source>
        <translation>Kommentierte Passagen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>undatiert</translation>
    </message>
    <message>
        <source>unknown publisher</source>
        <translation>unbekannter Herausgeber</translation>
    </message>
    <message>
        <source>[%1] %2, %3</source>
        <translation>[%1] %2, %3</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>Erstellt von %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>Umfang: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source document(s)</source>
        <translation>
            <numerusform>%n Quelldokument</numerusform>
            <numerusform>%n Quelldokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>No summary was written.</source>
        <translation>Es wurde keine Zusammenfassung geschrieben.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The sources state no figures.</source>
        <translation>Die Quellen nennen keine Zahlen.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>Was sie zählt</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>⚠ stated and computed change disagree</source>
        <translation>⚠ angegebene und berechnete Veränderung weichen ab</translation>
    </message>
    <message>
        <source>No statements were found.</source>
        <translation>Es wurden keine Aussagen gefunden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(no words quoted)</source>
        <translation>(keine Worte zitiert)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>No government bodies were found.</source>
        <translation>Es wurden keine Behörden gefunden.</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>Erwähnungen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>Ohne Schlagwort</translation>
    </message>
    <message>
        <source>No annotated passages in scope.</source>
        <translation>Keine kommentierten Passagen im Umfang.</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation>Es gibt kein Dokument mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation>Es gibt kein Schlagwort „%1“.</translation>
    </message>
</context>
<context>
    <name>Dossier::BriefingDialog</name>
    <message>
        <source>Compose Briefing</source>
        <translation>Briefing verfassen</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>e.g. For internal use</source>
        <translation>z. B. Nur für den internen Gebrauch</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>Alle Dokumente</translation>
    </message>
    <message numerus="yes">
        <source>%n selected document(s)</source>
        <translation>
            <numerusform>%n ausgewähltes Dokument</numerusform>
            <numerusform>%n ausgewählte Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents and passages with tags</source>
        <translation>Dokumente und Passagen mit Schlagwörtern</translation>
    </message>
    <message>
        <source>Tag paths, separated by commas</source>
        <translation>Schlagwortpfade, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Include private notes</source>
        <translation>Private Notizen einbeziehen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>&amp;Autor:</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>&amp;Einstufung:</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>Um&amp;fang:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Executive summary: your own text. Blank lines separate paragraphs.</source>
        <translation>Zusammenfassung: Ihr eigener Text. Leerzeilen trennen Absätze.</translation>
    </message>
    <message>
        <source>Sections (drag to reorder):</source>
        <translation>Abschnitte (zum Umordnen ziehen):</translation>
    </message>
    <message>
        <source>Executive summary:</source>
        <translation>Zusammenfassung:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF &amp;exportieren …</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken …</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>Briefing exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>Mit Schlagwort %1</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>Die ganze Bibliothek</translation>
    </message>
    <message>
        <source>No document is selected in the library.</source>
        <translation>In der Bibliothek ist kein Dokument ausgewählt.</translation>
    </message>
    <message>
        <source>No document carries these tags.</source>
        <translation>Kein Dokument trägt diese Schlagwörter.</translation>
    </message>
    <message>
        <source>Laying out the briefing…</source>
        <translation>Das Briefing wird gesetzt …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>Seite %1 von %2 wird geschrieben …</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n documents; the exported PDF and the printout have them all.</source>
        <translation>
            <numerusform>Die Vorschau zeigt die ersten %1 von %n Dokument; das exportierte PDF und der Ausdruck enthalten alle.</numerusform>
            <numerusform>Die Vorschau zeigt die ersten %1 von %n Dokumenten; das exportierte PDF und der Ausdruck enthalten alle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Briefing</source>
        <translation>Briefing drucken</translation>
    </message>
    <message>
        <source>The briefing was not printed: stopped.</source>
        <translation>Das Briefing wurde nicht gedruckt: abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Dossier::BriefingWriter</name>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The briefing was not written: stopped.</source>
        <translation>Das Briefing wurde nicht geschrieben: abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Dossier::BundleCodec</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1, item %2: %3</source>
        <translation>%1, Eintrag %2: %3</translation>
    </message>
    <message>
        <source>“%1” is missing or of the wrong type</source>
        <translation>„%1“ fehlt oder hat den falschen Typ</translation>
    </message>
    <message>
        <source>not well-formed JSON (%1 at byte %2)</source>
        <translation>kein wohlgeformtes JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>ein JSON-Objekt wurde erwartet</translation>
    </message>
    <message>
        <source>it is not a Dossier annotation bundle (its manifest names the format “%1”).</source>
        <translation>es ist kein Dossier-Anmerkungsbündel (sein Manifest nennt das Format „%1“).</translation>
    </message>
    <message>
        <source>it is a bundle of format version %1; this version of Dossier reads version %2.</source>
        <translation>es ist ein Bündel im Format Version %1; diese Dossier-Version liest Version %2.</translation>
    </message>
    <message>
        <source>“app”, “author”, “created” and “scope” are required</source>
        <translation>„app“, „author“, „created“ und „scope“ sind erforderlich</translation>
    </message>
    <message>
        <source>“id” is not a urn:uuid: identifier</source>
        <translation>„id“ ist keine urn:uuid:-Kennung</translation>
    </message>
    <message>
        <source>“%1” is not a tag path</source>
        <translation>„%1“ ist kein Schlagwortpfad</translation>
    </message>
    <message>
        <source>the tag “%1” is listed twice</source>
        <translation>das Schlagwort „%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>“id” is not a urn:sha256: identifier</source>
        <translation>„id“ ist keine urn:sha256:-Kennung</translation>
    </message>
    <message>
        <source>the document %1 is listed twice</source>
        <translation>das Dokument %1 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>“uuid” is not a urn:uuid: identifier</source>
        <translation>„uuid“ ist keine urn:uuid:-Kennung</translation>
    </message>
    <message>
        <source>its text should be the entry %1, which the bundle lacks</source>
        <translation>sein Text sollte der Eintrag %1 sein, der im Bündel fehlt</translation>
    </message>
    <message>
        <source>its text is empty or not valid UTF-8</source>
        <translation>sein Text ist leer oder kein gültiges UTF-8</translation>
    </message>
    <message>
        <source>its text starts with a byte-order mark</source>
        <translation>sein Text beginnt mit einer Byte-Order-Markierung</translation>
    </message>
    <message>
        <source>its text does not have the SHA-256 %1 that identifies it</source>
        <translation>sein Text hat nicht die SHA-256-Summe %1, die ihn kennzeichnet</translation>
    </message>
    <message>
        <source>a body is not a TextualBody with a value</source>
        <translation>ein Body ist kein TextualBody mit einem Wert</translation>
    </message>
    <message>
        <source>a body with purpose “%1” and value “%2” is not understood</source>
        <translation>ein Body mit dem Zweck „%1“ und dem Wert „%2“ wird nicht verstanden</translation>
    </message>
    <message>
        <source>the target’s source is not a urn:sha256: identifier</source>
        <translation>die Quelle des Ziels ist keine urn:sha256:-Kennung</translation>
    </message>
    <message>
        <source>the TextPositionSelector needs whole numbers start &lt; end</source>
        <translation>der TextPositionSelector braucht ganze Zahlen mit start &lt; end</translation>
    </message>
    <message>
        <source>the TextQuoteSelector needs a non-empty “exact”</source>
        <translation>der TextQuoteSelector braucht ein nicht leeres „exact“</translation>
    </message>
    <message>
        <source>the target needs a TextPositionSelector and a TextQuoteSelector</source>
        <translation>das Ziel braucht einen TextPositionSelector und einen TextQuoteSelector</translation>
    </message>
    <message>
        <source>an AnnotationCollection with its items in “first” was expected</source>
        <translation>eine AnnotationCollection mit ihren Einträgen in „first“ wurde erwartet</translation>
    </message>
    <message>
        <source>“total” does not match the number of items</source>
        <translation>„total“ stimmt nicht mit der Zahl der Einträge überein</translation>
    </message>
    <message>
        <source>an Annotation with a urn:uuid: “id” was expected</source>
        <translation>eine Annotation mit einer urn:uuid:-„id“ wurde erwartet</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>die ID %1 wird zweimal verwendet</translation>
    </message>
    <message>
        <source>“created” and “modified” must be ISO 8601 times</source>
        <translation>„created“ und „modified“ müssen ISO-8601-Zeitangaben sein</translation>
    </message>
    <message>
        <source>“%1” or “%2” has the wrong type</source>
        <translation>„%1“ oder „%2“ hat den falschen Typ</translation>
    </message>
    <message>
        <source>“%1” must be “orphaned” or “needs-review”</source>
        <translation>„%1“ muss „orphaned“ oder „needs-review“ sein</translation>
    </message>
</context>
<context>
    <name>Dossier::BundleCollector</name>
    <message>
        <source>Cannot read the tags: %1</source>
        <translation>Die Schlagwörter können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Es gibt kein Schlagwort „%1“.</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>Es gibt kein Dokument %1.</translation>
    </message>
    <message>
        <source>Cannot read the documents: %1</source>
        <translation>Die Dokumente können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Dossier::BundleImport</name>
    <message>
        <source>No bundle is ready to import.</source>
        <translation>Kein Bündel ist zum Import bereit.</translation>
    </message>
</context>
<context>
    <name>Dossier::BundleMerger</name>
    <message numerus="yes">
        <source>%n new document(s)</source>
        <translation>
            <numerusform>%n neues Dokument</numerusform>
            <numerusform>%n neue Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tag(s)</source>
        <translation>
            <numerusform>%n neues Schlagwort</numerusform>
            <numerusform>%n neue Schlagwörter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new annotation(s)</source>
        <translation>
            <numerusform>%n neue Anmerkung</numerusform>
            <numerusform>%n neue Anmerkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) updated (newer in the bundle)</source>
        <translation>
            <numerusform>%n Anmerkung aktualisiert (im Bündel neuer)</numerusform>
            <numerusform>%n Anmerkungen aktualisiert (im Bündel neuer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) already here, unchanged</source>
        <translation>
            <numerusform>%n Anmerkung schon vorhanden, unverändert</numerusform>
            <numerusform>%n Anmerkungen schon vorhanden, unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) kept as they are here (newer here)</source>
        <translation>
            <numerusform>%n Anmerkung so belassen, wie sie hier ist (hier neuer)</numerusform>
            <numerusform>%n Anmerkungen so belassen, wie sie hier sind (hier neuer)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) re-anchored elsewhere in their text</source>
        <translation>
            <numerusform>%n Anmerkung an anderer Stelle ihres Textes neu verankert</numerusform>
            <numerusform>%n Anmerkungen an anderer Stelle ihres Textes neu verankert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), kept as they are here</source>
        <translation>
            <numerusform>%n Konflikt, so belassen, wie er hier ist</numerusform>
            <numerusform>%n Konflikte, so belassen, wie sie hier sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) did not anchor (imported as orphaned)</source>
        <translation>
            <numerusform>%n Anmerkung nicht verankert (als verwaist importiert)</numerusform>
            <numerusform>%n Anmerkungen nicht verankert (als verwaist importiert)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag colour(s) taken from the bundle</source>
        <translation>
            <numerusform>%n Schlagwortfarbe aus dem Bündel übernommen</numerusform>
            <numerusform>%n Schlagwortfarben aus dem Bündel übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document tag(s) added</source>
        <translation>
            <numerusform>%n Dokument-Schlagwort hinzugefügt</numerusform>
            <numerusform>%n Dokument-Schlagwörter hinzugefügt</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: urn:uuid:%1 “%2” in “%3”: %4</source>
        <translation>Konflikt: urn:uuid:%1 „%2“ in „%3“: %4</translation>
    </message>
    <message>
        <source>did not anchor: urn:uuid:%1 “%2” in “%3”</source>
        <translation>nicht verankert: urn:uuid:%1 „%2“ in „%3“</translation>
    </message>
    <message>
        <source>Cannot read the library: %1</source>
        <translation>Die Bibliothek kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the tags: %1</source>
        <translation>Die Schlagwörter können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The annotation urn:uuid:%1 refers to a document the bundle lacks.</source>
        <translation>Die Anmerkung urn:uuid:%1 verweist auf ein Dokument, das dem Bündel fehlt.</translation>
    </message>
    <message>
        <source>it belongs to another document here</source>
        <translation>sie gehört hier zu einem anderen Dokument</translation>
    </message>
    <message>
        <source>changed both here and in the bundle at the same time</source>
        <translation>sie wurde hier und im Bündel zur selben Zeit geändert</translation>
    </message>
</context>
<context>
    <name>Dossier::BundleReader</name>
    <message>
        <source>it has %1 entries, more than the %2 a bundle may have</source>
        <translation>es hat %1 Einträge, mehr als die %2, die ein Bündel haben darf</translation>
    </message>
    <message>
        <source>it contains an entry named “%1”, which is not a plain relative name</source>
        <translation>es enthält einen Eintrag namens „%1“, der kein einfacher relativer Name ist</translation>
    </message>
    <message>
        <source>it contains a link, “%1”</source>
        <translation>es enthält einen Link, „%1“</translation>
    </message>
    <message>
        <source>the entry %1 is encrypted or compressed in a way bundles are not</source>
        <translation>der Eintrag %1 ist auf eine Weise verschlüsselt oder komprimiert, die Bündel nicht verwenden</translation>
    </message>
    <message>
        <source>the entry %1 expands to %2 MB, more than the %3 MB an entry may have</source>
        <translation>der Eintrag %1 wird entpackt %2 MB groß, mehr als die %3 MB, die ein Eintrag haben darf</translation>
    </message>
    <message>
        <source>the entry %1 is there twice</source>
        <translation>der Eintrag %1 ist zweimal vorhanden</translation>
    </message>
    <message>
        <source>it expands to %1 MB, more than the %2 MB a bundle may have</source>
        <translation>es wird entpackt %1 MB groß, mehr als die %2 MB, die ein Bündel haben darf</translation>
    </message>
    <message>
        <source>the zip archive is damaged or truncated</source>
        <translation>das Zip-Archiv ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>it has no %1, so it is not a Dossier annotation bundle</source>
        <translation>es hat kein %1, ist also kein Dossier-Anmerkungsbündel</translation>
    </message>
    <message>
        <source>the entry %1 cannot be read: the zip archive is damaged</source>
        <translation>der Eintrag %1 kann nicht gelesen werden: das Zip-Archiv ist beschädigt</translation>
    </message>
    <message>
        <source>its manifest lists %1, which is not in it (or is listed twice)</source>
        <translation>sein Manifest führt %1 auf, das nicht darin ist (oder doppelt aufgeführt ist)</translation>
    </message>
    <message>
        <source>the entry %1 does not have the size its manifest gives</source>
        <translation>der Eintrag %1 hat nicht die Größe, die sein Manifest angibt</translation>
    </message>
    <message>
        <source>the checksum of %1 does not match its manifest</source>
        <translation>die Prüfsumme von %1 stimmt nicht mit seinem Manifest überein</translation>
    </message>
    <message>
        <source>it contains %1, which its manifest does not list</source>
        <translation>es enthält %1, das sein Manifest nicht aufführt</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>es hat kein %1</translation>
    </message>
    <message>
        <source>the annotation urn:uuid:%1 refers to the document %2, which is not in the bundle</source>
        <translation>die Anmerkung urn:uuid:%1 verweist auf das Dokument %2, das nicht im Bündel ist</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 kann nicht importiert werden: %2</translation>
    </message>
</context>
<context>
    <name>Dossier::BundledCorpus</name>
    <message>
        <source>Cannot read the corpus manifest %1.</source>
        <translation>Das Korpus-Manifest %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The corpus manifest is not valid JSON: %1</source>
        <translation>Das Korpus-Manifest ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>The corpus manifest names a missing file: %1</source>
        <translation>Das Korpus-Manifest nennt eine fehlende Datei: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The corpus manifest lists no documents.</source>
        <translation>Das Korpus-Manifest führt keine Dokumente auf.</translation>
    </message>
</context>
<context>
    <name>Dossier::Cli</name>
    <message>
        <source>analysed %1 of %2</source>
        <translation>%1 von %2 analysiert</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) analysed.</source>
        <translation>
            <numerusform>%n Dokument analysiert.</numerusform>
            <numerusform>%n Dokumente analysiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>A body&apos;s canonical name, a speaker, or a statistic unit.</source>
        <translation>Der kanonische Name einer Behörde, ein Sprecher oder eine Statistik-Einheit.</translation>
    </message>
    <message>
        <source>body, speaker or stat (default: body).</source>
        <translation>body, speaker oder stat (Standard: body).</translation>
    </message>
    <message>
        <source>unknown --type %1: use body, speaker or stat.</source>
        <translation>unbekannter --type %1: verwenden Sie body, speaker oder stat.</translation>
    </message>
    <message>
        <source>The body&apos;s name as texts write it.</source>
        <translation>Der Name der Behörde, wie Texte ihn schreiben.</translation>
    </message>
    <message>
        <source>Its canonical name (default: the name).</source>
        <translation>Ihr kanonischer Name (Standard: der Name).</translation>
    </message>
    <message>
        <source>Its country code or INT.</source>
        <translation>Ihr Ländercode oder INT.</translation>
    </message>
    <message>
        <source>mark-body needs the body&apos;s NAME.</source>
        <translation>mark-body braucht den NAMEN der Behörde.</translation>
    </message>
    <message>
        <source>Marked &quot;%1&quot; as a government body.</source>
        <translation>„%1“ als Behörde markiert.</translation>
    </message>
    <message>
        <source>the quote “%1” is not in the document.</source>
        <translation>das Zitat „%1“ steht nicht im Dokument.</translation>
    </message>
    <message numerus="yes">
        <source>occurrence %1 asked for, but the quote occurs %n time(s).</source>
        <translation>
            <numerusform>Vorkommen %1 verlangt, aber das Zitat kommt %n Mal vor.</numerusform>
            <numerusform>Vorkommen %1 verlangt, aber das Zitat kommt %n Mal vor.</numerusform>
        </translation>
    </message>
    <message>
        <source>bad range “%1”: expected START:END in code points, e.g. 10:42.</source>
        <translation>ungültiger Bereich „%1“: START:END in Codepunkten erwartet, z. B. 10:42.</translation>
    </message>
    <message>
        <source>bad range %1: END must be greater than START.</source>
        <translation>ungültiger Bereich %1: END muss größer als START sein.</translation>
    </message>
    <message numerus="yes">
        <source>range %1 is outside the document, which has %n code point(s).</source>
        <translation>
            <numerusform>der Bereich %1 liegt außerhalb des Dokuments, das %n Codepunkt hat.</numerusform>
            <numerusform>der Bereich %1 liegt außerhalb des Dokuments, das %n Codepunkte hat.</numerusform>
        </translation>
    </message>
    <message>
        <source>The id of the document (see dossier list).</source>
        <translation>Die ID des Dokuments (siehe dossier list).</translation>
    </message>
    <message>
        <source>Annotate code points START to END (END excluded).</source>
        <translation>Codepunkte START bis END (END ausgenommen) anmerken.</translation>
    </message>
    <message>
        <source>Annotate this exact text.</source>
        <translation>Genau diesen Text anmerken.</translation>
    </message>
    <message>
        <source>Which occurrence of --quote (default 1).</source>
        <translation>Welches Vorkommen von --quote (Standard: 1).</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>Die Notiz.</translation>
    </message>
    <message>
        <source>A tag such as policy/deterrence, created when new; repeatable.</source>
        <translation>Ein Schlagwort wie policy/deterrence, bei Bedarf neu angelegt; wiederholbar.</translation>
    </message>
    <message>
        <source>The highlight colour: %1 (default yellow).</source>
        <translation>Die Hervorhebungsfarbe: %1 (Standard: yellow).</translation>
    </message>
    <message>
        <source>Keep the note out of bundles and briefings.</source>
        <translation>Die Notiz aus Bündeln und Briefings heraushalten.</translation>
    </message>
    <message>
        <source>annotate needs one DOC_ID, a document id as listed by dossier list.</source>
        <translation>annotate braucht eine DOC_ID, eine Dokument-ID wie von dossier list aufgeführt.</translation>
    </message>
    <message>
        <source>annotate needs either --range START:END or --quote TEXT.</source>
        <translation>annotate braucht entweder --range START:END oder --quote TEXT.</translation>
    </message>
    <message>
        <source>--occurrence must be a number from 1.</source>
        <translation>--occurrence muss eine Zahl ab 1 sein.</translation>
    </message>
    <message>
        <source>unknown colour “%1” (known: %2).</source>
        <translation>unbekannte Farbe „%1“ (bekannt: %2).</translation>
    </message>
    <message>
        <source>there is no document %1 (see dossier list).</source>
        <translation>es gibt kein Dokument %1 (siehe dossier list).</translation>
    </message>
    <message>
        <source>Only the annotations of this document.</source>
        <translation>Nur die Anmerkungen dieses Dokuments.</translation>
    </message>
    <message>
        <source>Only annotations with this tag or one below it (e.g. policy).</source>
        <translation>Nur Anmerkungen mit diesem Schlagwort oder einem darunter (z. B. policy).</translation>
    </message>
    <message>
        <source>there is no tag “%1” (see dossier tags).</source>
        <translation>es gibt kein Schlagwort „%1“ (siehe dossier tags).</translation>
    </message>
    <message>
        <source>Write the briefing to &lt;file&gt; (PDF).</source>
        <translation>Das Briefing nach &lt;file&gt; schreiben (PDF).</translation>
    </message>
    <message>
        <source>The briefing&apos;s title.</source>
        <translation>Der Titel des Briefings.</translation>
    </message>
    <message>
        <source>Its subtitle.</source>
        <translation>Sein Untertitel.</translation>
    </message>
    <message>
        <source>Its author.</source>
        <translation>Sein Autor.</translation>
    </message>
    <message>
        <source>A classification line, e.g. &quot;For internal use&quot;.</source>
        <translation>Eine Einstufungszeile, z. B. &quot;Nur für den internen Gebrauch&quot;.</translation>
    </message>
    <message>
        <source>The executive summary, from a UTF-8 text file.</source>
        <translation>Die Zusammenfassung, aus einer UTF-8-Textdatei.</translation>
    </message>
    <message>
        <source>Include the document with &lt;id&gt; (repeatable; default: all).</source>
        <translation>Das Dokument mit &lt;id&gt; einbeziehen (wiederholbar; Standard: alle).</translation>
    </message>
    <message>
        <source>a4 or letter (default: a4).</source>
        <translation>a4 oder letter (Standard: a4).</translation>
    </message>
    <message>
        <source>Include private notes.</source>
        <translation>Private Notizen einbeziehen.</translation>
    </message>
    <message>
        <source>brief needs --out FILE.</source>
        <translation>brief braucht --out FILE.</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>unknown --paper %1: use a4 or letter.</source>
        <translation>unbekanntes --paper %1: verwenden Sie a4 oder letter.</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--doc takes a document id, not &quot;%1&quot;.</source>
        <translation>--doc erwartet eine Dokument-ID, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the library has no documents to brief on.</source>
        <translation>die Bibliothek hat keine Dokumente für ein Briefing.</translation>
    </message>
    <message>
        <source>the whole library</source>
        <translation>die ganze Bibliothek</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen document(s)</source>
        <translation>
            <numerusform>%n ausgewähltes Dokument</numerusform>
            <numerusform>%n ausgewählte Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>%1 geschrieben (%2 Seiten).</translation>
    </message>
    <message>
        <source>List the documents of the library (--json).</source>
        <translation>Die Dokumente der Bibliothek auflisten (--json).</translation>
    </message>
    <message>
        <source>Import files or folders (text, HTML, Markdown, PDF) into the library.</source>
        <translation>Dateien oder Ordner (Text, HTML, Markdown, PDF) in die Bibliothek importieren.</translation>
    </message>
    <message>
        <source>Search the texts of the library (--json: ids, titles, ranks, snippets, match offsets).</source>
        <translation>Die Texte der Bibliothek durchsuchen (--json: IDs, Titel, Ränge, Ausschnitte, Trefferpositionen).</translation>
    </message>
    <message>
        <source>Print the bodies, statistics, attributions and changes found in FILE (--json).</source>
        <translation>Die in FILE gefundenen Behörden, Statistiken, Aussagen und Veränderungen ausgeben (--json).</translation>
    </message>
    <message>
        <source>Analyse every document of the library not analysed yet (all cores).</source>
        <translation>Alle noch nicht analysierten Dokumente der Bibliothek analysieren (alle Kerne).</translation>
    </message>
    <message>
        <source>List every mention of ENTITY across the library, in date order (--type body|speaker|stat).</source>
        <translation>Jede Erwähnung von ENTITY in der Bibliothek auflisten, nach Datum geordnet (--type body|speaker|stat).</translation>
    </message>
    <message>
        <source>Mark NAME as a government body: the engine finds it from now on.</source>
        <translation>NAME als Behörde markieren: die Engine findet sie von nun an.</translation>
    </message>
    <message>
        <source>Write a sourced briefing PDF: key figures, who said what, bodies, annotated passages, sources.</source>
        <translation>Ein belegtes Briefing-PDF schreiben: wichtige Zahlen, wer hat was gesagt, Behörden, kommentierte Passagen, Quellen.</translation>
    </message>
    <message>
        <source>Annotate a document (--range START:END or --quote TEXT); prints the new annotation&apos;s id.</source>
        <translation>Ein Dokument anmerken (--range START:END oder --quote TEXT); gibt die ID der neuen Anmerkung aus.</translation>
    </message>
    <message>
        <source>List annotations (--json, --doc ID, --tag T).</source>
        <translation>Anmerkungen auflisten (--json, --doc ID, --tag T).</translation>
    </message>
    <message>
        <source>List the tags with their use (--json).</source>
        <translation>Die Schlagwörter mit ihrer Verwendung auflisten (--json).</translation>
    </message>
    <message>
        <source>Export annotations: --bundle FILE (.dossier), --qdpx FILE (REFI-QDA) or --csv FILE; --tag, --doc, --include-private.</source>
        <translation>Anmerkungen exportieren: --bundle FILE (.dossier), --qdpx FILE (REFI-QDA) oder --csv FILE; --tag, --doc, --include-private.</translation>
    </message>
    <message>
        <source>Merge an annotation bundle into the library (--dry-run: only say what would change).</source>
        <translation>Ein Anmerkungsbündel in die Bibliothek zusammenführen (--dry-run: nur sagen, was sich ändern würde).</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>unbekannter Befehl: %1</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; instead of the per-user one.</source>
        <translation>Die Datenbank unter &lt;path&gt; statt der benutzereigenen verwenden.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>Write an annotation bundle (.dossier) to &lt;file&gt;.</source>
        <translation>Ein Anmerkungsbündel (.dossier) nach &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>Write a REFI-QDA project (.qdpx) to &lt;file&gt;.</source>
        <translation>Ein REFI-QDA-Projekt (.qdpx) nach &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>Write the annotations as CSV to &lt;file&gt;.</source>
        <translation>Die Anmerkungen als CSV nach &lt;file&gt; schreiben.</translation>
    </message>
    <message>
        <source>Only annotations with this tag or one below it (repeatable).</source>
        <translation>Nur Anmerkungen mit diesem Schlagwort oder einem darunter (wiederholbar).</translation>
    </message>
    <message>
        <source>Only this document (repeatable).</source>
        <translation>Nur dieses Dokument (wiederholbar).</translation>
    </message>
    <message>
        <source>Include private annotations (left out by default).</source>
        <translation>Private Anmerkungen einbeziehen (standardmäßig ausgelassen).</translation>
    </message>
    <message>
        <source>The author named in the export (default: the login name).</source>
        <translation>Der im Export genannte Autor (Standard: der Anmeldename).</translation>
    </message>
    <message>
        <source>export takes no arguments besides its options; see dossier export --help.</source>
        <translation>export nimmt außer seinen Optionen keine Argumente; siehe dossier export --help.</translation>
    </message>
    <message>
        <source>export needs exactly one of --bundle FILE, --qdpx FILE or --csv FILE.</source>
        <translation>export braucht genau eine von --bundle FILE, --qdpx FILE oder --csv FILE.</translation>
    </message>
    <message>
        <source>--doc takes a document id, not “%1”.</source>
        <translation>--doc erwartet eine Dokument-ID, nicht „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) left out of the project: orphaned, or only a line break.</source>
        <translation>
            <numerusform>%n Anmerkung im Projekt ausgelassen: verwaist oder nur ein Zeilenumbruch.</numerusform>
            <numerusform>%n Anmerkungen im Projekt ausgelassen: verwaist oder nur ein Zeilenumbruch.</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 on %2 to %3.</source>
        <translation>%1 zu %2 nach %3 geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n Anmerkung</numerusform>
            <numerusform>%n Anmerkungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumenten</numerusform>
        </translation>
    </message>
    <message>
        <source>A UTF-8 text file.</source>
        <translation>Eine UTF-8-Textdatei.</translation>
    </message>
    <message>
        <source>extract needs exactly one FILE.</source>
        <translation>extract braucht genau eine FILE.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The annotation bundle (.dossier).</source>
        <translation>Das Anmerkungsbündel (.dossier).</translation>
    </message>
    <message>
        <source>Only say what importing would do; change nothing.</source>
        <translation>Nur sagen, was der Import tun würde; nichts ändern.</translation>
    </message>
    <message>
        <source>import-bundle needs one FILE, an annotation bundle.</source>
        <translation>import-bundle braucht eine FILE, ein Anmerkungsbündel.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>Probelauf: nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Merged into the library.</source>
        <translation>In die Bibliothek zusammengeführt.</translation>
    </message>
    <message>
        <source>Nothing new: the library was left as it was.</source>
        <translation>Nichts Neues: die Bibliothek blieb, wie sie war.</translation>
    </message>
    <message>
        <source>Files or folders (searched recursively) to import.</source>
        <translation>Zu importierende Dateien oder Ordner (rekursiv durchsucht).</translation>
    </message>
    <message>
        <source>import needs at least one PATH.</source>
        <translation>import braucht mindestens einen PATH.</translation>
    </message>
    <message>
        <source>no files to import in %1 (Dossier reads %2).</source>
        <translation>keine Dateien zum Importieren in %1 (Dossier liest %2).</translation>
    </message>
    <message>
        <source>rejected	%1	%2</source>
        <translation>abgelehnt	%1	%2</translation>
    </message>
    <message>
        <source>duplicate	%1	the same text is already document %2</source>
        <translation>Duplikat	%1	derselbe Text ist schon Dokument %2</translation>
    </message>
    <message>
        <source>failed	%1	%2</source>
        <translation>fehlgeschlagen	%1	%2</translation>
    </message>
    <message>
        <source>imported: %1, duplicates: %2, rejected: %3</source>
        <translation>importiert: %1, Duplikate: %2, abgelehnt: %3</translation>
    </message>
    <message>
        <source>imported	%1	document %2: %3</source>
        <translation>importiert	%1	Dokument %2: %3</translation>
    </message>
    <message>
        <source>nothing could be imported.</source>
        <translation>nichts konnte importiert werden.</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, AND, OR, NOT, parentheses, prefix*.</source>
        <translation>Wörter, &quot;Phrasen&quot;, AND, OR, NOT, Klammern, Präfix*.</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; documents (default 50).</source>
        <translation>Höchstens &lt;n&gt; Dokumente zeigen (Standard: 50).</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search braucht eine QUERY.</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit braucht eine positive Zahl.</translation>
    </message>
    <message>
        <source>Brief on what carries the tag &lt;path&gt; or a tag below it (repeatable).</source>
        <translation>Ein Briefing über das, was das Schlagwort &lt;path&gt; oder eines darunter trägt (wiederholbar).</translation>
    </message>
    <message>
        <source>nothing in the library carries these tags.</source>
        <translation>nichts in der Bibliothek trägt diese Schlagwörter.</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>Mit Schlagwort %1</translation>
    </message>
    <message numerus="yes">
        <source>importing %1 failed: %2 The %n file(s) imported before it stay in the library.</source>
        <translation>
            <numerusform>Import von %1 fehlgeschlagen: %2 Die %n zuvor importierte Datei bleibt in der Bibliothek.</numerusform>
            <numerusform>Import von %1 fehlgeschlagen: %2 Die %n zuvor importierten Dateien bleiben in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotate and tag every mention the engine found of a speaker (--type attr), a body or statistics.</source>
        <translation>Jede von der Engine gefundene Erwähnung eines Sprechers (--type attr), einer Behörde oder von Statistiken annotieren und taggen.</translation>
    </message>
    <message>
        <source>--replace needs a document id as listed by dossier list, not “%1”.</source>
        <translation>--replace braucht eine Dokument-ID, wie dossier list sie zeigt, nicht „%1“.</translation>
    </message>
    <message>
        <source>import --replace DOC_ID needs exactly one FILE.</source>
        <translation>import --replace DOC_ID braucht genau eine DATEI.</translation>
    </message>
    <message>
        <source>unchanged	%1	document %2 already has this text</source>
        <translation>unverändert	%1	Dokument %2 hat diesen Text schon</translation>
    </message>
    <message>
        <source>orphaned	annotation %1	%2</source>
        <translation>verwaist	Anmerkung %1	%2</translation>
    </message>
    <message>
        <source>review	annotation %1	%2:%3	%4</source>
        <translation>prüfen	Anmerkung %1	%2:%3	%4</translation>
    </message>
    <message>
        <source>replaced	%1	document %2: %3</source>
        <translation>ersetzt	%1	Dokument %2: %3</translation>
    </message>
    <message>
        <source>annotations kept: %1, moved: %2, to review: %3, orphaned: %4</source>
        <translation>Anmerkungen behalten: %1, verschoben: %2, zu prüfen: %3, verwaist: %4</translation>
    </message>
    <message>
        <source>FILE is an edited version of this document: replace its text and re-anchor its annotations.</source>
        <translation>DATEI ist eine bearbeitete Fassung dieses Dokuments: seinen Text ersetzen und seine Anmerkungen neu verankern.</translation>
    </message>
    <message>
        <source>Only annotations in this state after their text changed: anchored, needs-review or orphaned.</source>
        <translation>Nur Anmerkungen in diesem Zustand nach einer Textänderung: anchored, needs-review oder orphaned.</translation>
    </message>
    <message>
        <source>unknown --status %1: use anchored, needs-review or orphaned.</source>
        <translation>unbekannter --status %1: anchored, needs-review oder orphaned verwenden.</translation>
    </message>
    <message>
        <source>attr (statements of a speaker), body or stat.</source>
        <translation>attr (Aussagen eines Sprechers), body oder stat.</translation>
    </message>
    <message>
        <source>The speaker (a full name or a surname: “he” resolved to that person counts), the body&apos;s name, or the statistics&apos; unit (count, percent, money, multiplier; default every figure).</source>
        <translation>Der Sprecher (voller Name oder Nachname; ein auf diese Person aufgelöstes „er“ zählt mit), der Name der Behörde oder die Einheit der Statistiken (count, percent, money, multiplier; Vorgabe: alle Zahlen).</translation>
    </message>
    <message>
        <source>The tag to give, such as actors/fujimura; created when new.</source>
        <translation>Das zu vergebende Tag, etwa actors/fujimura; wird angelegt, wenn es neu ist.</translation>
    </message>
    <message>
        <source>Only this document (see dossier list); repeatable.</source>
        <translation>Nur dieses Dokument (siehe dossier list); wiederholbar.</translation>
    </message>
    <message>
        <source>The highlight colour of new annotations: %1 (default yellow).</source>
        <translation>Die Hervorhebungsfarbe neuer Anmerkungen: %1 (Vorgabe yellow).</translation>
    </message>
    <message>
        <source>tag-entities needs --type attr, body or stat.</source>
        <translation>tag-entities braucht --type attr, body oder stat.</translation>
    </message>
    <message>
        <source>tag-entities --type %1 needs --speaker or --name.</source>
        <translation>tag-entities --type %1 braucht --speaker oder --name.</translation>
    </message>
    <message>
        <source>tag-entities needs --tag.</source>
        <translation>tag-entities braucht --tag.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not analysed yet and left out: run dossier analyze first.</source>
        <translation>
            <numerusform>%n Dokument noch nicht analysiert und ausgelassen: zuerst dossier analyze ausführen.</numerusform>
            <numerusform>%n Dokumente noch nicht analysiert und ausgelassen: zuerst dossier analyze ausführen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>created: %1, tagged: %2, skipped: %3 (already tagged), in %n document(s)</source>
        <translation>
            <numerusform>angelegt: %1, getaggt: %2, übersprungen: %3 (schon getaggt), in %n Dokument</numerusform>
            <numerusform>angelegt: %1, getaggt: %2, übersprungen: %3 (schon getaggt), in %n Dokumenten</numerusform>
        </translation>
    </message>
    <message>
        <source>importing %1 failed: %2</source>
        <translation>Import von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>Dossier::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Dossier::Database</name>
    <message>
        <source>the file is missing.</source>
        <translation>die Datei fehlt.</translation>
    </message>
    <message>
        <source>it has no write-ahead log.</source>
        <translation>sie hat kein Write-Ahead-Log.</translation>
    </message>
    <message>
        <source>it was not opened by this version of Dossier first.</source>
        <translation>sie wurde nicht zuerst von dieser Dossier-Version geöffnet.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <source>%1 is not a Dossier database (it is not an SQLite file); it was left untouched.</source>
        <translation>%1 ist keine Dossier-Datenbank (keine SQLite-Datei); sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Dossier (schema %2; this version knows up to %3). It was left untouched.</source>
        <translation>%1 wurde von einer neueren Dossier-Version geschrieben (Schema %2; diese Version kennt bis %3). Sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht eingerichtet werden: %2</translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it; it was left untouched.</source>
        <translation>%1 kann vor dem Aktualisieren nicht gesichert werden; sie wurde nicht angetastet.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>%1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema %2: %3</source>
        <translation>%1 kann nicht auf Schema %2 aktualisiert werden: %3</translation>
    </message>
    <message>
        <source>The disk is full (or the database reached its size limit): nothing was saved, and the library keeps everything it had. Free some space and try again.</source>
        <translation>Der Datenträger ist voll (oder die Datenbank hat ihre Größengrenze erreicht): Nichts wurde gespeichert, die Bibliothek behält alles, was sie hatte. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database is read-only (the file, its folder or the disk cannot be written): nothing was saved.</source>
        <translation>Die Datenbank ist schreibgeschützt (die Datei, ihr Ordner oder der Datenträger kann nicht beschrieben werden): Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>The database is locked by another program (perhaps another Dossier) and stayed locked too long: nothing was changed. Try again when it is done.</source>
        <translation>Die Datenbank ist von einem anderen Programm (vielleicht einem anderen Dossier) zu lange gesperrt: Nichts wurde geändert. Versuchen Sie es erneut, wenn es fertig ist.</translation>
    </message>
    <message>
        <source>The database file is damaged (%1): nothing was changed. Open another database or restore a backup.</source>
        <translation>Die Datenbankdatei ist beschädigt (%1): Nichts wurde geändert. Öffnen Sie eine andere Datenbank oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The database file cannot be opened: it or its folder is missing, unreadable or read-only (%1).</source>
        <translation>Die Datenbankdatei kann nicht geöffnet werden: Sie oder ihr Ordner fehlt, ist nicht lesbar oder schreibgeschützt (%1).</translation>
    </message>
    <message>
        <source>The disk could not be read or written (%1): nothing was saved.</source>
        <translation>Der Datenträger konnte nicht gelesen oder beschrieben werden (%1): Nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database; it was left untouched. %2</source>
        <translation>%1 kann nicht als Datenbank gelesen werden; die Datei blieb unverändert. %2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left untouched. Open another database or restore a backup.</source>
        <translation>%1 ist beschädigt (%2); die Datei blieb unverändert. Öffnen Sie eine andere Datenbank oder stellen Sie eine Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>Dossier::DatabaseMove</name>
    <message>
        <source>No database is open.</source>
        <translation>Es ist keine Datenbank geöffnet.</translation>
    </message>
    <message>
        <source>The database is already at %1.</source>
        <translation>Die Datenbank liegt bereits unter %1.</translation>
    </message>
    <message>
        <source>%1 already exists; choose a name that is not taken.</source>
        <translation>%1 existiert bereits; wählen Sie einen freien Namen.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment.</source>
        <translation>Die Datenbank ist beschäftigt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>%1 The original database could not be reopened either: %2</source>
        <translation>%1 Auch die ursprüngliche Datenbank konnte nicht wieder geöffnet werden: %2</translation>
    </message>
    <message>
        <source>The database was not moved: %1 It stays at %2.</source>
        <translation>Die Datenbank wurde nicht verschoben: %1 Sie bleibt unter %2.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The copy could not be opened: %1</source>
        <translation>Die Kopie konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>The copy is damaged.</source>
        <translation>Die Kopie ist beschädigt.</translation>
    </message>
</context>
<context>
    <name>Dossier::DocumentCommands</name>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Document(s)</source>
        <translation>
            <numerusform>%n Dokument entfernen</numerusform>
            <numerusform>%n Dokumente entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be restored: %2</source>
        <translation>„%1“ kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>Edit Metadata of “%1”</source>
        <translation>Metadaten von „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Replace Text of “%1”</source>
        <translation>Text von „%1“ ersetzen</translation>
    </message>
</context>
<context>
    <name>Dossier::DocumentStore</name>
    <message>
        <source>The same text is already in the library.</source>
        <translation>Derselbe Text ist schon in der Bibliothek.</translation>
    </message>
    <message>
        <source>Cannot store the document: %1</source>
        <translation>Das Dokument kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the metadata: %1</source>
        <translation>Die Metadaten können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation>Es gibt kein Dokument mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot remove the document: %1</source>
        <translation>Das Dokument kann nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Cannot count the annotations: %1</source>
        <translation>Die Anmerkungen können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Cannot update the search index: %1</source>
        <translation>Der Suchindex kann nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>The same text is already in the library, as document %1.</source>
        <translation>Derselbe Text ist schon als Dokument %1 in der Bibliothek.</translation>
    </message>
    <message>
        <source>Cannot replace the text: %1</source>
        <translation>Der Text kann nicht ersetzt werden: %1</translation>
    </message>
</context>
<context>
    <name>Dossier::EntityEngine</name>
    <message>
        <source>A body&apos;s name must be a short line of text.</source>
        <translation>Der Name einer Behörde muss eine kurze Textzeile sein.</translation>
    </message>
    <message>
        <source>There is no folder for user data.</source>
        <translation>Es gibt keinen Ordner für Benutzerdaten.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The entity syntax definition could not be loaded.</source>
        <translation>Die Syntaxdefinition der Entitäten konnte nicht geladen werden.</translation>
    </message>
    <message>
        <source>The gazetteer of government bodies could not be loaded.</source>
        <translation>Das Verzeichnis der Behörden konnte nicht geladen werden.</translation>
    </message>
</context>
<context>
    <name>Dossier::EntityTagger</name>
    <message>
        <source>A tag is needed.</source>
        <translation>Ein Tag ist nötig.</translation>
    </message>
    <message>
        <source>A name is needed: the speaker or the body to tag.</source>
        <translation>Ein Name ist nötig: der Sprecher oder die Behörde, die getaggt werden soll.</translation>
    </message>
</context>
<context>
    <name>Dossier::EntityTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 → %2 · %3</source>
        <translation>%1 → %2 · %3</translation>
    </message>
    <message>
        <source>%1 · stated: %2</source>
        <translation>%1 · angegeben: %2</translation>
    </message>
    <message>
        <source>Government bodies</source>
        <translation>Behörden</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>Sprecher</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n Aussage</numerusform>
            <numerusform>%n Aussagen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistiken</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Veränderungen</translation>
    </message>
    <message>
        <source>The stated multiplier disagrees with the figures.</source>
        <translation>Der angegebene Faktor passt nicht zu den Zahlen.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>Dossier::ExchangeActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Annotation &amp;Bundle…</source>
        <translation>Anmerkungs&amp;bündel …</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA Project (.qdpx)…</source>
        <translation>&amp;REFI-QDA-Projekt (.qdpx) …</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet (CSV)…</source>
        <translation>&amp;Tabelle (CSV) …</translation>
    </message>
    <message>
        <source>Import Annotation B&amp;undle…</source>
        <translation>Anmerkungsbündel i&amp;mportieren …</translation>
    </message>
    <message>
        <source>Import Annotation Bundle</source>
        <translation>Anmerkungsbündel importieren</translation>
    </message>
    <message>
        <source>Dossier bundles (*.dossier)</source>
        <translation>Dossier-Bündel (*.dossier)</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA-Projekte (*.qdpx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Include private notes?</source>
        <translation>Private Notizen einbeziehen?</translation>
    </message>
    <message>
        <source>Merging this bundle will do the following:</source>
        <translation>Das Zusammenführen dieses Bündels bewirkt Folgendes:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message numerus="yes">
        <source>Export only the %n document(s) selected in the library?</source>
        <translation>
            <numerusform>Nur das in der Bibliothek ausgewählte Dokument exportieren?</numerusform>
            <numerusform>Nur die %n in der Bibliothek ausgewählten Dokumente exportieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>All annotations</source>
        <translation>Alle Anmerkungen</translation>
    </message>
    <message>
        <source>Export annotations with the tag:</source>
        <translation>Anmerkungen mit diesem Schlagwort exportieren:</translation>
    </message>
</context>
<context>
    <name>Dossier::Gui</name>
    <message>
        <source>Render the main window to the PNG &lt;file&gt; and exit.</source>
        <translation>Das Hauptfenster in die PNG-Datei &lt;file&gt; zeichnen und beenden.</translation>
    </message>
    <message>
        <source>Open the document with id &lt;id&gt;.</source>
        <translation>Das Dokument mit der ID &lt;id&gt; öffnen.</translation>
    </message>
    <message>
        <source>Use the light or dark colour scheme instead of the system&apos;s.</source>
        <translation>Das helle oder dunkle Farbschema statt dem des Systems verwenden.</translation>
    </message>
    <message>
        <source>Open the tag manager (a screenshot shows it over the window).</source>
        <translation>Die Schlagwortverwaltung öffnen (ein Bildschirmfoto zeigt sie über dem Fenster).</translation>
    </message>
    <message>
        <source>Open the Preferences dialog (a screenshot shows it over the window).</source>
        <translation>Den Einstellungsdialog öffnen (ein Bildschirmfoto zeigt ihn über dem Fenster).</translation>
    </message>
    <message>
        <source>Show the interface in &lt;code&gt; (en, ja or de) instead of the language chosen in Preferences or the system&apos;s.</source>
        <translation>Die Oberfläche in &lt;code&gt; (en, ja oder de) zeigen statt in der in den Einstellungen oder vom System gewählten Sprache.</translation>
    </message>
    <message>
        <source>Open the document with id &lt;id&gt; beside it.</source>
        <translation>Das Dokument mit der ID &lt;id&gt; daneben öffnen.</translation>
    </message>
    <message>
        <source>Search the library for &lt;query&gt;.</source>
        <translation>Die Bibliothek nach &lt;query&gt; durchsuchen.</translation>
    </message>
    <message>
        <source>Import the file or folder &lt;path&gt; (repeatable).</source>
        <translation>Die Datei oder den Ordner &lt;path&gt; importieren (wiederholbar).</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation>Es gibt kein Dokument mit der ID %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Open the briefing composer.</source>
        <translation>Den Briefing-Editor öffnen.</translation>
    </message>
    <message>
        <source>Files to import, or annotation bundles (.dossier) to open.</source>
        <translation>Zu importierende Dateien oder zu öffnende Anmerkungsbündel (.dossier).</translation>
    </message>
    <message>
        <source>Open a Dossier Library</source>
        <translation>Eine Dossier-Bibliothek öffnen</translation>
    </message>
    <message>
        <source>Dossier libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Dossier-Bibliotheken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Show the corpus timeline.</source>
        <translation>Die Zeitleiste des Korpus anzeigen.</translation>
    </message>
    <message>
        <source>Scroll the two sides together (off, proportional or passages) for this session.</source>
        <translation>Beide Seiten in dieser Sitzung gemeinsam scrollen (off, proportional oder passages).</translation>
    </message>
    <message>
        <source>Updating the search index for this version of Dossier…</source>
        <translation>Der Suchindex wird für diese Version von Dossier aktualisiert …</translation>
    </message>
</context>
<context>
    <name>Dossier::Gui::LibraryChooser</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Dossier cannot use the library %1.</source>
        <translation>Dossier kann die Bibliothek %1 nicht verwenden.</translation>
    </message>
    <message>
        <source>The file was left as it is. You can open another library, start a new one, or quit.</source>
        <translation>Die Datei blieb unverändert. Sie können eine andere Bibliothek öffnen, eine neue beginnen oder Dossier beenden.</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>&amp;Andere öffnen…</translation>
    </message>
    <message>
        <source>&amp;New Library</source>
        <translation>&amp;Neue Bibliothek</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>Dossier::HighlightColour</name>
    <message>
        <source>Yellow</source>
        <translation>Gelb</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Grün</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blau</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Rosa</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Orange</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violett</translation>
    </message>
</context>
<context>
    <name>Dossier::ImportJob</name>
    <message>
        <source>The same text is already in the library.</source>
        <translation>Derselbe Text ist schon in der Bibliothek.</translation>
    </message>
</context>
<context>
    <name>Dossier::ImportSession</name>
    <message numerus="yes">
        <source>Importing %1 of %n file(s)…</source>
        <translation>
            <numerusform>Importiere %1 von %n Datei …</numerusform>
            <numerusform>Importiere %1 von %n Dateien …</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for files to import…</source>
        <translation>Suche nach Dateien zum Importieren …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>Importieren</translation>
    </message>
</context>
<context>
    <name>Dossier::ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n Dokument importiert.</numerusform>
            <numerusform>%n Dokumente importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: their text is already in the library.</source>
        <translation>
            <numerusform>%n Datei übersprungen: ihr Text ist schon in der Bibliothek.</numerusform>
            <numerusform>%n Dateien übersprungen: ihr Text ist schon in der Bibliothek.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n Datei konnte nicht importiert werden.</numerusform>
            <numerusform>%n Dateien konnten nicht importiert werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; %n file(s) were not imported.</source>
        <translation>
            <numerusform>Der Import wurde abgebrochen; %n Datei wurde nicht importiert.</numerusform>
            <numerusform>Der Import wurde abgebrochen; %n Dateien wurden nicht importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped because the database failed: %1</source>
        <translation>Der Import wurde angehalten, weil die Datenbank gescheitert ist: %1</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>Importierte Dateien</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplikat</translation>
    </message>
    <message>
        <source>The same text is already document %1.</source>
        <translation>Derselbe Text ist schon Dokument %1.</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
</context>
<context>
    <name>Dossier::Importer</name>
    <message>
        <source>The file has no text.</source>
        <translation>Die Datei hat keinen Text.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most Dossier imports.</source>
        <translation>Die Datei ist größer als %1 MB, das Meiste, was Dossier importiert.</translation>
    </message>
    <message>
        <source>A PDF is read from its file, not from memory.</source>
        <translation>Ein PDF wird aus seiner Datei gelesen, nicht aus dem Speicher.</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>Die Datei existiert nicht.</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>Das ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>Das ist keine reguläre Datei.</translation>
    </message>
    <message>
        <source>The file is %1 MB; Dossier imports files of up to %2 MB.</source>
        <translation>Die Datei ist %1 MB groß; Dossier importiert Dateien bis %2 MB.</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>Die Datei kann nicht gelesen werden: %1.</translation>
    </message>
</context>
<context>
    <name>Dossier::Inspector</name>
    <message>
        <source>Entities in this document</source>
        <translation>Entitäten in diesem Dokument</translation>
    </message>
    <message>
        <source>Across the corpus: select a body or a speaker above.</source>
        <translation>Im ganzen Korpus: Wählen Sie oben eine Behörde oder einen Sprecher.</translation>
    </message>
    <message>
        <source>Mentions across the corpus</source>
        <translation>Erwähnungen im ganzen Korpus</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %2 in %3</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n Erwähnung</numerusform>
            <numerusform>%n Erwähnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumenten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::LibraryDock</name>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Bibliothek</translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation>Die Bibliothek filtern</translation>
    </message>
    <message>
        <source>Filter by title or publisher</source>
        <translation>Nach Titel oder Herausgeber filtern</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open &amp;Side by Side</source>
        <translation>&amp;Nebeneinander öffnen</translation>
    </message>
    <message>
        <source>&amp;Edit Metadata…</source>
        <translation>Metadaten &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen …</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>&amp;Dateien importieren …</translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation>&amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>Cannot read the library: %1</source>
        <translation>Die Bibliothek kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Alle Jahre</translation>
    </message>
    <message>
        <source>All publishers</source>
        <translation>Alle Herausgeber</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Alle Schlagwörter</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s)</source>
        <translation>
            <numerusform>%1 von %n Dokument</numerusform>
            <numerusform>%1 von %n Dokumenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n Dokument</numerusform>
            <numerusform>%n Dokumente</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from the library? You can undo this.</source>
        <translation>„%1“ aus der Bibliothek entfernen? Sie können das rückgängig machen.</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s) from the library? You can undo this.</source>
        <translation>
            <numerusform>%n Dokument aus der Bibliothek entfernen? Sie können das rückgängig machen.</numerusform>
            <numerusform>%n Dokumente aus der Bibliothek entfernen? Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s) from the library?</source>
        <translation>
            <numerusform>%n Dokument aus der Bibliothek entfernen?</numerusform>
            <numerusform>%n Dokumente aus der Bibliothek entfernen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove Documents</source>
        <translation>
            <numerusform>Dokument entfernen</numerusform>
            <numerusform>Dokumente entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>An import is already running; wait until it finishes.</source>
        <translation>Ein Import läuft bereits; warten Sie, bis er fertig ist.</translation>
    </message>
    <message>
        <source>Texts (%1);;All files (*)</source>
        <translation>Texte (%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n annotation(s). Remove it and its annotations from the library? You can undo this.</source>
        <translation>
            <numerusform>„%1“ hat %n Anmerkung. Das Dokument und seine Anmerkung aus der Bibliothek entfernen? Sie können das rückgängig machen.</numerusform>
            <numerusform>„%1“ hat %n Anmerkungen. Das Dokument und seine Anmerkungen aus der Bibliothek entfernen? Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n annotation(s) go with them. You can undo this.</source>
        <translation>
            <numerusform>Ihre %n Anmerkung wird mit entfernt. Sie können das rückgängig machen.</numerusform>
            <numerusform>Ihre %n Anmerkungen werden mit entfernt. Sie können das rückgängig machen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;place Text from File…</source>
        <translation>Text aus Datei &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Read an edited version of this document; its annotations are found again in the new text</source>
        <translation>Eine bearbeitete Fassung dieses Dokuments einlesen; seine Anmerkungen werden im neuen Text wiedergefunden</translation>
    </message>
    <message>
        <source>Replace Text of “%1”</source>
        <translation>Text von „%1“ ersetzen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The document already has this text; nothing changed.</source>
        <translation>Das Dokument hat diesen Text schon; nichts geändert.</translation>
    </message>
    <message>
        <source>Text replaced. Annotations kept: %1, moved: %2, to review: %3, orphaned: %4.</source>
        <translation>Text ersetzt. Anmerkungen behalten: %1, verschoben: %2, zu prüfen: %3, verwaist: %4.</translation>
    </message>
</context>
<context>
    <name>Dossier::LibraryModel</name>
    <message>
        <source>News article</source>
        <translation>Nachrichtenartikel</translation>
    </message>
    <message>
        <source>Press-conference transcript</source>
        <translation>Pressekonferenz-Mitschrift</translation>
    </message>
    <message>
        <source>Government report</source>
        <translation>Regierungsbericht</translation>
    </message>
    <message>
        <source>Annotations in the document</source>
        <translation>Anmerkungen im Dokument</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Column header: the number of annotations in a document</extracomment>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Dossier::MainWindow</name>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Analysing the corpus: %1 of %2</source>
        <translation>Korpus wird analysiert: %1 von %2</translation>
    </message>
    <message>
        <source>The corpus could not be analysed: %1</source>
        <translation>Das Korpus konnte nicht analysiert werden: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Selected Document</source>
        <translation>Ausgewähltes Dokument ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Compare With Selected Document</source>
        <translation>Mit ausgewähltem Dokument &amp;vergleichen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open the document selected in the library beside the current one</source>
        <translation>Das in der Bibliothek ausgewählte Dokument neben dem aktuellen öffnen</translation>
    </message>
    <message>
        <source>Close &amp;Side</source>
        <translation>&amp;Seite schließen</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>Dateien &amp;importieren …</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>&amp;Ordner importieren …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Find in Document</source>
        <translation>Im Dokument &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>Bibliothek d&amp;urchsuchen</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>&amp;Hervorhebungen</translation>
    </message>
    <message>
        <source>&amp;Attributions</source>
        <translation>&amp;Wer hat was gesagt</translation>
    </message>
    <message>
        <source>Government &amp;Bodies</source>
        <translation>&amp;Behörden</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiken</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>&amp;Veränderungen</translation>
    </message>
    <message>
        <source>&amp;Dim Page Furniture</source>
        <translation>Seitenelemente ab&amp;blenden</translation>
    </message>
    <message>
        <source>&amp;Hide Page Furniture</source>
        <translation>Seitenelemente aus&amp;blenden</translation>
    </message>
    <message>
        <source>S&amp;wap Sides</source>
        <translation>Seiten &amp;tauschen</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Linked Scrolling</source>
        <translation>&amp;Gekoppeltes Blättern</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>By &amp;Attribution</source>
        <translation>Nach &amp;Aussage</translation>
    </message>
    <message>
        <source>By Government &amp;Body</source>
        <translation>Nach &amp;Behörde</translation>
    </message>
    <message>
        <source>By &amp;Statistic</source>
        <translation>Nach &amp;Statistik</translation>
    </message>
    <message>
        <source>By &amp;Change</source>
        <translation>Nach &amp;Veränderung</translation>
    </message>
    <message>
        <source>&amp;Next Entity</source>
        <translation>&amp;Nächste Entität</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>&amp;Previous Entity</source>
        <translation>&amp;Vorherige Entität</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einrichten …</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Dossier</source>
        <translation>Ü&amp;ber Dossier</translation>
    </message>
    <message>
        <source>About Dossier</source>
        <translation>Über Dossier</translation>
    </message>
    <message>
        <source>Dossier %1
A reader and annotation tool for policy researchers.</source>
        <translation>Dossier %1
Ein Lese- und Anmerkungswerkzeug für Politikforschende.</translation>
    </message>
    <message>
        <source>Move the Database</source>
        <translation>Datenbank verschieben</translation>
    </message>
    <message>
        <source>The library is now kept in %1.
The old file %2 was left in place; you can delete it.</source>
        <translation>Die Bibliothek liegt jetzt in %1.
Die alte Datei %2 blieb an ihrem Platz; Sie können sie löschen.</translation>
    </message>
    <message>
        <source>No further entity of this kind.</source>
        <translation>Keine weitere Entität dieser Art.</translation>
    </message>
    <message>
        <source>No earlier entity of this kind.</source>
        <translation>Keine frühere Entität dieser Art.</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the library</source>
        <translation>
            <numerusform>%n Dokument in der Bibliothek</numerusform>
            <numerusform>%n Dokumente in der Bibliothek</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a document to see the bodies, speakers and figures it mentions.</source>
        <translation>Öffnen Sie ein Dokument, um die darin genannten Behörden, Sprecher und Zahlen zu sehen.</translation>
    </message>
    <message>
        <source>Analysing “%1”…</source>
        <translation>„%1“ wird analysiert …</translation>
    </message>
    <message>
        <source>Compose &amp;Briefing…</source>
        <translation>&amp;Briefing verfassen …</translation>
    </message>
    <message>
        <source>By A&amp;nnotation</source>
        <translation>Nach A&amp;nmerkung</translation>
    </message>
    <message>
        <source>The two documents share no passage: they scroll proportionally.</source>
        <translation>Die beiden Dokumente haben keine gemeinsame Passage: Sie scrollen proportional.</translation>
    </message>
    <message numerus="yes">
        <source>Scrolling by %n shared passage(s).</source>
        <translation>
            <numerusform>Scrollen anhand von %n gemeinsamen Passage.</numerusform>
            <numerusform>Scrollen anhand von %n gemeinsamen Passagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Corpus Timeline</source>
        <translation>Zeitleiste des Korpus</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>&amp;Aus</translation>
    </message>
    <message>
        <source>&amp;Proportional</source>
        <translation>&amp;Proportional</translation>
    </message>
    <message>
        <source>By &amp;Matching Passages</source>
        <translation>Nach &amp;gemeinsamen Passagen</translation>
    </message>
    <message>
        <source>Keep the passages the two documents share level; proportional where they share none</source>
        <translation>Gemeinsame Passagen beider Dokumente auf gleicher Höhe halten; proportional, wo sie keine teilen</translation>
    </message>
    <message>
        <source>Toggle Linked Scrolling</source>
        <translation>Gekoppeltes Scrollen umschalten</translation>
    </message>
    <message>
        <source>Linked scrolling</source>
        <translation>Gekoppeltes Scrollen</translation>
    </message>
</context>
<context>
    <name>Dossier::MentionListModel</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>Wie geschrieben</translation>
    </message>
</context>
<context>
    <name>Dossier::MetadataDialog</name>
    <message>
        <source>Edit Metadata</source>
        <translation>Metadaten bearbeiten</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Herausgeber:</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>Erscheinungsdatum</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Placeholder of the date field: the ISO 8601 form</extracomment>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>The publication date as year-month-day; leave empty when it is not known.</source>
        <translation>Das Erscheinungsdatum als Jahr-Monat-Tag; leer lassen, wenn es unbekannt ist.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>e.g. en, ja</source>
        <translation>z. B. en, ja</translation>
    </message>
    <message>
        <source>The ISO 639-1 code of the language</source>
        <translation>Der ISO-639-1-Code der Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>The date is not a valid year-month-day date.</source>
        <translation>Das Datum ist kein gültiges Jahr-Monat-Tag-Datum.</translation>
    </message>
</context>
<context>
    <name>Dossier::NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>Hervorhebungsfarbe</translation>
    </message>
    <message>
        <source>None (note only)</source>
        <translation>Keine (nur Notiz)</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>Eine Notiz schreiben …</translation>
    </message>
    <message>
        <source>&amp;Private: keep this note out of bundles and briefings</source>
        <translation>&amp;Privat: diese Notiz aus Bündeln und Briefings heraushalten</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>Anmerkung &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Dossier::PdfConverter</name>
    <message>
        <source>The PDF file cannot be opened.</source>
        <translation>Die PDF-Datei kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; Dossier cannot read it.</source>
        <translation>Das PDF ist durch ein Passwort geschützt; Dossier kann es nicht lesen.</translation>
    </message>
    <message>
        <source>The PDF is damaged or not a PDF; no text could be read.</source>
        <translation>Das PDF ist beschädigt oder kein PDF; es konnte kein Text gelesen werden.</translation>
    </message>
    <message>
        <source>The PDF cannot be read.</source>
        <translation>Das PDF kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>Das PDF hat keine Seiten.</translation>
    </message>
    <message>
        <source>The PDF has no text layer (it may be scanned images); Dossier cannot read it.</source>
        <translation>Das PDF hat keine Textebene (es sind vielleicht gescannte Bilder); Dossier kann es nicht lesen.</translation>
    </message>
    <message>
        <source>Dossier&apos;s PDF reader (%1) cannot be started: %2. Reinstalling Dossier may help.</source>
        <translation>Das PDF-Leseprogramm von Dossier (%1) kann nicht gestartet werden: %2. Dossier neu zu installieren, kann helfen.</translation>
    </message>
    <message>
        <source>Reading the PDF was stopped.</source>
        <translation>Das Lesen des PDFs wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The PDF is damaged: reading it made Dossier&apos;s PDF reader crash.</source>
        <translation>Das PDF ist beschädigt: Beim Lesen ist das PDF-Leseprogramm von Dossier abgestürzt.</translation>
    </message>
    <message>
        <source>Dossier&apos;s PDF reader failed (exit status %1).</source>
        <translation>Das PDF-Leseprogramm von Dossier ist gescheitert (Exit-Status %1).</translation>
    </message>
    <message numerus="yes">
        <source>Reading the PDF took longer than %n seconds, so Dossier stopped; the file may be damaged.</source>
        <translation>
            <numerusform>Das Lesen des PDFs dauerte länger als %n Sekunde, daher hat Dossier es abgebrochen; die Datei ist vielleicht beschädigt.</numerusform>
            <numerusform>Das Lesen des PDFs dauerte länger als %n Sekunden, daher hat Dossier es abgebrochen; die Datei ist vielleicht beschädigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier&apos;s PDF reader gave an answer Dossier does not understand.</source>
        <translation>Das PDF-Leseprogramm von Dossier hat eine Antwort gegeben, die Dossier nicht versteht.</translation>
    </message>
</context>
<context>
    <name>Dossier::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Darstellung</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>&amp;Hervorhebungen</translation>
    </message>
    <message>
        <source>&amp;Library and Briefings</source>
        <translation>&amp;Bibliothek und Briefings</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used when Dossier is next started.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Dossier.</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>Dem System folgen (hell oder dunkel)</translation>
    </message>
    <message>
        <source>Highlight &amp;theme:</source>
        <translation>Hervorhebungs&amp;schema:</translation>
    </message>
    <message>
        <source>Use the &amp;system font</source>
        <translation>&amp;Systemschrift verwenden</translation>
    </message>
    <message>
        <source>Reader font:</source>
        <translation>Leseschrift:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Font and size:</source>
        <translation>Schrift und &amp;Größe:</translation>
    </message>
    <message>
        <source>Highlight in the reader</source>
        <translation>Im Lesebereich hervorheben</translation>
    </message>
    <message>
        <source>Who said what (&amp;attributions)</source>
        <translation>Wer hat was gesagt (&amp;Zuschreibungen)</translation>
    </message>
    <message>
        <source>Government &amp;bodies</source>
        <translation>&amp;Behörden</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Statistiken</translation>
    </message>
    <message>
        <source>&amp;Changes in figures</source>
        <translation>&amp;Veränderungen von Zahlen</translation>
    </message>
    <message>
        <source>Page furniture (menus, advertisements, footers)</source>
        <translation>Seitenelemente (Menüs, Werbung, Fußzeilen)</translation>
    </message>
    <message>
        <source>Show it like the &amp;text</source>
        <translation>Wie den &amp;Text zeigen</translation>
    </message>
    <message>
        <source>&amp;Dim it</source>
        <translation>A&amp;bblenden</translation>
    </message>
    <message>
        <source>&amp;Hide it</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>These also are the View › Highlights menu; both are remembered for the next start.</source>
        <translation>Dies entspricht dem Menü Ansicht › Hervorhebungen; beides bleibt für den nächsten Start erhalten.</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben …</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Datenbank:</translation>
    </message>
    <message>
        <source>Moving copies the library to the new place, checks the copy and then uses it. The old file is kept until you delete it.</source>
        <translation>Beim Verschieben wird die Bibliothek an den neuen Ort kopiert, die Kopie geprüft und dann verwendet. Die alte Datei bleibt, bis Sie sie löschen.</translation>
    </message>
    <message>
        <source>Your name, as colleagues should read it</source>
        <translation>Ihr Name, wie Kollegen ihn lesen sollen</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>&amp;Autorenname:</translation>
    </message>
    <message>
        <source>Named in the briefings and annotation bundles you make.</source>
        <translation>Wird in Ihren Briefings und Anmerkungsbündeln genannt.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Briefing &amp;paper size:</source>
        <translation>&amp;Papierformat für Briefings:</translation>
    </message>
    <message>
        <source>Move the Database To</source>
        <translation>Datenbank verschieben nach</translation>
    </message>
    <message>
        <source>Dossier databases (*.sqlite)</source>
        <translation>Dossier-Datenbanken (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>Dossier::QdpxWriter</name>
    <message>
        <source>Dossier user</source>
        <translation>Dossier-Benutzer</translation>
    </message>
    <message>
        <source>Dossier export</source>
        <translation>Dossier-Export</translation>
    </message>
    <message>
        <source>Publisher: %1. Published: %2.</source>
        <translation>Herausgeber: %1. Erschienen: %2.</translation>
    </message>
</context>
<context>
    <name>Dossier::ReaderArea</name>
    <message>
        <source>Open a document from the library (Enter), or drop text files here.</source>
        <translation>Öffnen Sie ein Dokument aus der Bibliothek (Eingabe) oder legen Sie Textdateien hier ab.</translation>
    </message>
</context>
<context>
    <name>Dossier::ReaderPane</name>
    <message>
        <source>Document text</source>
        <translation>Dokumenttext</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>Im Dokument suchen</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>Vorheriger Treffer</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
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
        <source>Close the find bar</source>
        <translation>Die Suchleiste schließen</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

%2</source>
        <comment>a note, then what the engine found there</comment>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>Government body</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>Government body: %1</source>
        <translation>Behörde: %1</translation>
    </message>
    <message>
        <source>The stated multiplier disagrees with the figures.</source>
        <translation>Der angegebene Faktor passt nicht zu den Zahlen.</translation>
    </message>
    <message>
        <source>Statistic: %1 (%2)</source>
        <translation>Statistik: %1 (%2)</translation>
    </message>
    <message>
        <source>Statistic: %1 (%2), %3</source>
        <translation>Statistik: %1 (%2), %3</translation>
    </message>
    <message>
        <source>(no words quoted)</source>
        <translation>(keine Worte zitiert)</translation>
    </message>
    <message>
        <source>%1 %2:
%3</source>
        <translation>%1 %2:
%3</translation>
    </message>
</context>
<context>
    <name>Dossier::SearchIndex</name>
    <message>
        <source>The search “%1” is not valid: %2.</source>
        <translation>Die Suche „%1“ ist ungültig: %2.</translation>
    </message>
    <message>
        <source>The search “%1” has a quotation mark that is not closed.</source>
        <translation>Die Suche „%1“ hat ein nicht geschlossenes Anführungszeichen.</translation>
    </message>
    <message>
        <source>The search “%1” closes a parenthesis it did not open.</source>
        <translation>Die Suche „%1“ schließt eine Klammer, die sie nicht geöffnet hat.</translation>
    </message>
    <message>
        <source>The search “%1” has a parenthesis that is not closed.</source>
        <translation>Die Suche „%1“ hat eine nicht geschlossene Klammer.</translation>
    </message>
</context>
<context>
    <name>Dossier::SearchPanel</name>
    <message>
        <source>Search the library</source>
        <translation>Die Bibliothek durchsuchen</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>Alle Dokumente durchsuchen</translation>
    </message>
    <message>
        <source>Words, “phrases” in quotes, AND, OR, NOT, parentheses and prefixes such as cyber*</source>
        <translation>Wörter, „Phrasen“ in Anführungszeichen, AND, OR, NOT, Klammern und Präfixe wie cyber*</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>No document matches.</source>
        <translation>Kein Dokument passt.</translation>
    </message>
    <message numerus="yes">
        <source>The best %n documents</source>
        <translation>
            <numerusform>Das beste Dokument</numerusform>
            <numerusform>Die besten %n Dokumente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) found</source>
        <translation>
            <numerusform>%n Dokument gefunden</numerusform>
            <numerusform>%n Dokumente gefunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::SearchResultModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>Dossier::TagLineEdit</name>
    <message>
        <source>Tags, separated by commas (policy/deterrence)</source>
        <translation>Schlagwörter, durch Kommas getrennt (policy/deterrence)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Dossier::TagManager</name>
    <message>
        <source>Manage Tags</source>
        <translation>Schlagwörter verwalten</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen …</translation>
    </message>
    <message>
        <source>Rename the selected tag</source>
        <translation>Das ausgewählte Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Verschieben …</translation>
    </message>
    <message>
        <source>Put the selected tag under another one</source>
        <translation>Das ausgewählte Schlagwort unter ein anderes stellen</translation>
    </message>
    <message>
        <source>M&amp;erge Into…</source>
        <translation>&amp;Zusammenführen mit …</translation>
    </message>
    <message>
        <source>Give everything tagged with the selected tag another tag instead</source>
        <translation>Allem mit dem ausgewählten Schlagwort stattdessen ein anderes geben</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>&amp;Farbe …</translation>
    </message>
    <message>
        <source>Choose a colour for the selected tag</source>
        <translation>Eine Farbe für das ausgewählte Schlagwort wählen</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>Delete the selected tag and its subtags</source>
        <translation>Das ausgewählte Schlagwort und seine Unterschlagwörter löschen</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>Delete the tag “%1”?</source>
        <translation>Das Schlagwort „%1“ löschen?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n subtag(s) will be deleted too.</source>
        <translation>
            <numerusform>Sein %n Unterschlagwort wird mitgelöscht.</numerusform>
            <numerusform>Seine %n Unterschlagwörter werden mitgelöscht.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It will be taken off %n annotation(s) (the annotations are kept).</source>
        <translation>
            <numerusform>Es wird von %n Anmerkung entfernt (die Anmerkung bleibt).</numerusform>
            <numerusform>Es wird von %n Anmerkungen entfernt (die Anmerkungen bleiben).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It will be taken off %n document(s).</source>
        <translation>
            <numerusform>Es wird von %n Dokument entfernt.</numerusform>
            <numerusform>Es wird von %n Dokumenten entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it back.</source>
        <translation>Bearbeiten › Rückgängig holt es zurück.</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>Schlagwort umbenennen</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>Neuer Name für „%1“:</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>Move Tag</source>
        <translation>Schlagwort verschieben</translation>
    </message>
    <message>
        <source>Put “%1” under:</source>
        <translation>„%1“ unterordnen unter:</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n annotation(s) tagged “%1” this tag instead:</source>
        <translation>
            <numerusform>Der %n mit „%1“ verschlagworteten Anmerkung stattdessen dieses Schlagwort geben:</numerusform>
            <numerusform>Den %n mit „%1“ verschlagworteten Anmerkungen stattdessen dieses Schlagwort geben:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>Schlagwörter zusammenführen</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>Schlagwort löschen</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>Farbe von „%1“</translation>
    </message>
</context>
<context>
    <name>Dossier::TagStore</name>
    <message>
        <source>Cannot update the tags: %1</source>
        <translation>Die Schlagwörter können nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>“%1” is not a tag name.</source>
        <translation>„%1“ ist kein Schlagwort.</translation>
    </message>
    <message>
        <source>There is no such tag.</source>
        <translation>Dieses Schlagwort gibt es nicht.</translation>
    </message>
    <message>
        <source>“%1” is not a tag name (it must not be empty or contain “/”).</source>
        <translation>„%1“ ist kein Schlagwort (es darf nicht leer sein oder „/“ enthalten).</translation>
    </message>
    <message>
        <source>A tag named “%1” already exists there; merge the two instead.</source>
        <translation>Dort gibt es schon ein Schlagwort „%1“; führen Sie die beiden stattdessen zusammen.</translation>
    </message>
    <message>
        <source>A tag cannot be moved into itself or one of its own tags.</source>
        <translation>Ein Schlagwort kann nicht in sich selbst oder eines seiner Unterschlagwörter verschoben werden.</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself or one of its own tags.</source>
        <translation>Ein Schlagwort kann nicht mit sich selbst oder einem seiner Unterschlagwörter zusammengeführt werden.</translation>
    </message>
    <message>
        <source>“%1” is not a colour.</source>
        <translation>„%1“ ist keine Farbe.</translation>
    </message>
</context>
<context>
    <name>Dossier::TagTreeModel</name>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>Anmerkungen</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
</context>
<context>
    <name>Dossier::TextDecoder</name>
    <message>
        <source>The text is not valid %1.</source>
        <translation>Der Text ist kein gültiges %1.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>Der Text ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Die Datei ist leer.</translation>
    </message>
    <message>
        <source>The file is binary data, not text.</source>
        <translation>Die Datei enthält Binärdaten, keinen Text.</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (first bad byte at offset %1).</source>
        <translation>Der Text ist kein gültiges UTF-8 (erstes ungültiges Byte bei Offset %1).</translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor a known single-byte encoding.</source>
        <translation>Der Text ist weder UTF-8 noch eine bekannte Ein-Byte-Kodierung.</translation>
    </message>
</context>
<context>
    <name>Dossier::TextReplacement</name>
    <message>
        <source>There is no document with id %1.</source>
        <translation>Es gibt kein Dokument mit der ID %1.</translation>
    </message>
    <message>
        <source>The new text is empty.</source>
        <translation>Der neue Text ist leer.</translation>
    </message>
</context>
<context>
    <name>Dossier::TimelineModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a figure and its period</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Undatiert</translation>
    </message>
</context>
<context>
    <name>Dossier::TimelineView</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, undated</source>
        <translation>%1, ohne Datum</translation>
    </message>
    <message>
        <source>Corpus timeline</source>
        <translation>Zeitleiste des Korpus</translation>
    </message>
    <message>
        <source>No documents to place on the timeline.</source>
        <translation>Keine Dokumente für die Zeitleiste.</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>Undatiert</translation>
    </message>
</context>
<context>
    <name>Dossier::Transaction</name>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>In die Datenbank kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation>Die Änderung kann nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Dossier::ZipDirectory</name>
    <message>
        <source>it is not a zip archive</source>
        <translation>es ist kein Zip-Archiv</translation>
    </message>
    <message>
        <source>the zip archive is damaged or truncated</source>
        <translation>das Zip-Archiv ist beschädigt oder abgeschnitten</translation>
    </message>
    <message>
        <source>the archive uses ZIP64, for archives larger than a bundle may be</source>
        <translation>das Archiv verwendet ZIP64, für Archive größer, als ein Bündel sein darf</translation>
    </message>
    <message>
        <source>the archive is split over several files</source>
        <translation>das Archiv ist auf mehrere Dateien aufgeteilt</translation>
    </message>
</context>
<context>
    <name>Dossier::ZipWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reader and annotation tool for policy researchers.

</source>
        <translation>Ein Lese- und Anmerkungswerkzeug für Politikforschende.

</translation>
    </message>
    <message>
        <source>
Run &apos;dossier COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>
&apos;dossier BEFEHL --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; instead of the per-user one.</source>
        <translation>Die Datenbank unter &lt;path&gt; statt der benutzereigenen verwenden.</translation>
    </message>
</context>
</TS>
