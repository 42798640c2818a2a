<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Dossier::AnnotationEditor</name>
    <message numerus="yes">
        <source>Change colour of %n annotations</source>
        <translation>
            <numerusform>Change colour of %n annotation</numerusform>
            <numerusform>Change colour of %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n notes private</source>
        <translation>
            <numerusform>Make %n note private</numerusform>
            <numerusform>Make %n notes private</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n notes shareable</source>
        <translation>
            <numerusform>Make %n note shareable</numerusform>
            <numerusform>Make %n notes shareable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n annotations with “%1”</source>
        <translation>
            <numerusform>Tag %n annotation with “%1”</numerusform>
            <numerusform>Tag %n annotations with “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %n annotations</source>
        <translation>
            <numerusform>Remove tag “%1” from %n annotation</numerusform>
            <numerusform>Remove tag “%1” from %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n annotations</source>
        <translation>
            <numerusform>Delete %n annotation</numerusform>
            <numerusform>Delete %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n documents with “%1”</source>
        <translation>
            <numerusform>Tag %n document with “%1”</numerusform>
            <numerusform>Tag %n documents with “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %n documents</source>
        <translation>
            <numerusform>Remove tag “%1” from %n document</numerusform>
            <numerusform>Remove tag “%1” from %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accept new places of %n annotations</source>
        <translation>
            <numerusform>Accept new place of %n annotation</numerusform>
            <numerusform>Accept new places of %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationPanel</name>
    <message numerus="yes">
        <source>Add these tags to the %n selected annotation(s):</source>
        <translation>
            <numerusform>Add these tags to the selected annotation:</numerusform>
            <numerusform>Add these tags to the %n selected annotations:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n annotations</source>
        <translation>
            <numerusform>Tag %n annotation</numerusform>
            <numerusform>Tag %n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s)</source>
        <translation>
            <numerusform>%1 of %n annotation</numerusform>
            <numerusform>%1 of %n annotations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::Briefing</name>
    <message numerus="yes">
        <source>%n source document(s)</source>
        <translation>
            <numerusform>%n source document</numerusform>
            <numerusform>%n source documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::BriefingDialog</name>
    <message numerus="yes">
        <source>%n selected document(s)</source>
        <translation>
            <numerusform>%n selected document</numerusform>
            <numerusform>%n selected documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n documents; the exported PDF and the printout have them all.</source>
        <translation>
            <numerusform>The preview shows the first %1 of %n document; the exported PDF and the printout have it all.</numerusform>
            <numerusform>The preview shows the first %1 of %n documents; the exported PDF and the printout have them all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::BundleMerger</name>
    <message numerus="yes">
        <source>%n new document(s)</source>
        <translation>
            <numerusform>%n new document</numerusform>
            <numerusform>%n new documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tag(s)</source>
        <translation>
            <numerusform>%n new tag</numerusform>
            <numerusform>%n new tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new annotation(s)</source>
        <translation>
            <numerusform>%n new annotation</numerusform>
            <numerusform>%n new annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) updated (newer in the bundle)</source>
        <translation>
            <numerusform>%n annotation updated (newer in the bundle)</numerusform>
            <numerusform>%n annotations updated (newer in the bundle)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) already here, unchanged</source>
        <translation>
            <numerusform>%n annotation already here, unchanged</numerusform>
            <numerusform>%n annotations already here, unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) kept as they are here (newer here)</source>
        <translation>
            <numerusform>%n annotation kept as it is here (newer here)</numerusform>
            <numerusform>%n annotations kept as they are here (newer here)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) re-anchored elsewhere in their text</source>
        <translation>
            <numerusform>%n annotation re-anchored elsewhere in its text</numerusform>
            <numerusform>%n annotations re-anchored elsewhere in their text</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), kept as they are here</source>
        <translation>
            <numerusform>%n conflict, kept as it is here</numerusform>
            <numerusform>%n conflicts, kept as they are here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) did not anchor (imported as orphaned)</source>
        <translation>
            <numerusform>%n annotation did not anchor (imported as orphaned)</numerusform>
            <numerusform>%n annotations did not anchor (imported as orphaned)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag colour(s) taken from the bundle</source>
        <translation>
            <numerusform>%n tag colour taken from the bundle</numerusform>
            <numerusform>%n tag colours taken from the bundle</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document tag(s) added</source>
        <translation>
            <numerusform>%n document tag added</numerusform>
            <numerusform>%n document tags added</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::Cli</name>
    <message numerus="yes">
        <source>%n document(s) analysed.</source>
        <translation>
            <numerusform>%n document analysed.</numerusform>
            <numerusform>%n documents analysed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>occurrence %1 asked for, but the quote occurs %n time(s).</source>
        <translation>
            <numerusform>occurrence %1 asked for, but the quote occurs %n time.</numerusform>
            <numerusform>occurrence %1 asked for, but the quote occurs %n times.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>range %1 is outside the document, which has %n code point(s).</source>
        <translation>
            <numerusform>range %1 is outside the document, which has %n code point.</numerusform>
            <numerusform>range %1 is outside the document, which has %n code points.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chosen document(s)</source>
        <translation>
            <numerusform>%n chosen document</numerusform>
            <numerusform>%n chosen documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) left out of the project: orphaned, or only a line break.</source>
        <translation>
            <numerusform>%n annotation left out of the project: orphaned, or only a line break.</numerusform>
            <numerusform>%n annotations left out of the project: orphaned, or only a line break.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n annotation</numerusform>
            <numerusform>%n annotations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>importing %1 failed: %2 The %n file(s) imported before it stay in the library.</source>
        <translation>
            <numerusform>importing %1 failed: %2 The %n file imported before it stays in the library.</numerusform>
            <numerusform>importing %1 failed: %2 The %n files imported before it stay in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not analysed yet and left out: run dossier analyze first.</source>
        <translation>
            <numerusform>%n document not analysed yet and left out: run dossier analyze first.</numerusform>
            <numerusform>%n documents not analysed yet and left out: run dossier analyze first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>created: %1, tagged: %2, skipped: %3 (already tagged), in %n document(s)</source>
        <translation>
            <numerusform>created: %1, tagged: %2, skipped: %3 (already tagged), in %n document</numerusform>
            <numerusform>created: %1, tagged: %2, skipped: %3 (already tagged), in %n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::DocumentCommands</name>
    <message numerus="yes">
        <source>Remove %n Document(s)</source>
        <translation>
            <numerusform>Remove %n Document</numerusform>
            <numerusform>Remove %n Documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::EntityTreeModel</name>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::ExchangeActions</name>
    <message numerus="yes">
        <source>Export only the %n document(s) selected in the library?</source>
        <translation>
            <numerusform>Export only the document selected in the library?</numerusform>
            <numerusform>Export only the %n documents selected in the library?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::ImportSession</name>
    <message numerus="yes">
        <source>Importing %1 of %n file(s)…</source>
        <translation>
            <numerusform>Importing %1 of %n file…</numerusform>
            <numerusform>Importing %1 of %n files…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::ImportSummaryDialog</name>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n document imported.</numerusform>
            <numerusform>%n documents imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: their text is already in the library.</source>
        <translation>
            <numerusform>%n file skipped: its text is already in the library.</numerusform>
            <numerusform>%n files skipped: their text is already in the library.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n file could not be imported.</numerusform>
            <numerusform>%n files could not be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; %n file(s) were not imported.</source>
        <translation>
            <numerusform>The import was cancelled; %n file was not imported.</numerusform>
            <numerusform>The import was cancelled; %n files were not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::Inspector</name>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n mention</numerusform>
            <numerusform>%n mentions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::LibraryDock</name>
    <message numerus="yes">
        <source>%1 of %n document(s)</source>
        <translation>
            <numerusform>%1 of %n document</numerusform>
            <numerusform>%1 of %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n document</numerusform>
            <numerusform>%n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s) from the library? You can undo this.</source>
        <translation>
            <numerusform>Remove %n document from the library? You can undo this.</numerusform>
            <numerusform>Remove %n documents from the library? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s) from the library?</source>
        <translation>
            <numerusform>Remove %n document from the library?</numerusform>
            <numerusform>Remove %n documents from the library?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove Documents</source>
        <translation>
            <numerusform>Remove Document</numerusform>
            <numerusform>Remove Documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n annotation(s). Remove it and its annotations from the library? You can undo this.</source>
        <translation>
            <numerusform>“%1” has %n annotation. Remove it and its annotation from the library? You can undo this.</numerusform>
            <numerusform>“%1” has %n annotations. Remove it and its annotations from the library? You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n annotation(s) go with them. You can undo this.</source>
        <translation>
            <numerusform>Their %n annotation goes with them. You can undo this.</numerusform>
            <numerusform>Their %n annotations go with them. You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::MainWindow</name>
    <message numerus="yes">
        <source>%n document(s) in the library</source>
        <translation>
            <numerusform>%n document in the library</numerusform>
            <numerusform>%n documents in the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Scrolling by %n shared passage(s).</source>
        <translation>
            <numerusform>Scrolling by %n shared passage.</numerusform>
            <numerusform>Scrolling by %n shared passages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::PdfConverter</name>
    <message numerus="yes">
        <source>Reading the PDF took longer than %n seconds, so Dossier stopped; the file may be damaged.</source>
        <translation>
            <numerusform>Reading the PDF took longer than %n second, so Dossier stopped; the file may be damaged.</numerusform>
            <numerusform>Reading the PDF took longer than %n seconds, so Dossier stopped; the file may be damaged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::ReaderPane</name>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::SearchPanel</name>
    <message numerus="yes">
        <source>The best %n documents</source>
        <translation>
            <numerusform>The best document</numerusform>
            <numerusform>The best %n documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) found</source>
        <translation>
            <numerusform>%n document found</numerusform>
            <numerusform>%n documents found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::TagManager</name>
    <message numerus="yes">
        <source>Its %n subtag(s) will be deleted too.</source>
        <translation>
            <numerusform>Its %n subtag will be deleted too.</numerusform>
            <numerusform>Its %n subtags will be deleted too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It will be taken off %n annotation(s) (the annotations are kept).</source>
        <translation>
            <numerusform>It will be taken off %n annotation (the annotation is kept).</numerusform>
            <numerusform>It will be taken off %n annotations (the annotations are kept).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It will be taken off %n document(s).</source>
        <translation>
            <numerusform>It will be taken off %n document.</numerusform>
            <numerusform>It will be taken off %n documents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Give the %n annotation(s) tagged “%1” this tag instead:</source>
        <translation>
            <numerusform>Give the %n annotation tagged “%1” this tag instead:</numerusform>
            <numerusform>Give the %n annotations tagged “%1” this tag instead:</numerusform>
        </translation>
    </message>
</context>
</TS>
