<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>Dossier::AnalysisStore</name>
    <message>
        <source>Cannot store the analysis: %1</source>
        <translation>分析結果を保存できません: %1</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationController</name>
    <message>
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>That could not be undone or redone: %1</source>
        <translation>元に戻す／やり直す操作を実行できませんでした: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Annotate</source>
        <translation>注釈(&amp;A)</translation>
    </message>
    <message>
        <source>Highlight in %1</source>
        <translation>%1でハイライト</translation>
    </message>
    <message>
        <source>Ctrl+%1</source>
        <translation>Ctrl+%1</translation>
    </message>
    <message>
        <source>Highlight the selected text, or recolour the annotation at the cursor</source>
        <translation>選択したテキストをハイライトするか、カーソル位置の注釈の色を変えます</translation>
    </message>
    <message>
        <source>Add &amp;Note…</source>
        <translation>メモを追加(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>注釈を削除(&amp;D)</translation>
    </message>
    <message>
        <source>Document &amp;Tags…</source>
        <translation>文書のタグ(&amp;T)…</translation>
    </message>
    <message>
        <source>Tag the document in the active pane</source>
        <translation>アクティブなペインの文書にタグを付けます</translation>
    </message>
    <message>
        <source>&amp;Manage Tags…</source>
        <translation>タグを管理(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;My Annotations</source>
        <translation>自分の注釈(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Highlight</source>
        <translation>ハイライト(&amp;H)</translation>
    </message>
    <message>
        <source>Cannot read the annotations: %1</source>
        <translation>注釈を読み込めません: %1</translation>
    </message>
    <message>
        <source>Edit &amp;Note…</source>
        <translation>メモを編集(&amp;N)…</translation>
    </message>
    <message>
        <source>Select some text to highlight first.</source>
        <translation>まずハイライトするテキストを選択してください。</translation>
    </message>
    <message>
        <source>This annotation’s quote is no longer in the document; it is kept in the list with its quote.</source>
        <translation>この注釈の引用は文書内にもうありません。引用とともに一覧に残してあります。</translation>
    </message>
    <message>
        <source>Edit tags of “%1”</source>
        <translation>「%1」のタグを編集</translation>
    </message>
    <message>
        <source>Document Tags</source>
        <translation>文書のタグ</translation>
    </message>
    <message>
        <source>Tags of “%1”:</source>
        <translation>「%1」のタグ:</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>その注釈はもうありません。</translation>
    </message>
    <message>
        <source>Open the annotation&apos;s document, select the passage it belongs to, then re-attach it.</source>
        <translation>注釈の文書を開き、その注釈が属する箇所を選択してから付け直してください。</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationEditor</name>
    <message>
        <source>Add note</source>
        <translation>メモを追加</translation>
    </message>
    <message>
        <source>Add highlight</source>
        <translation>ハイライトを追加</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>メモを編集</translation>
    </message>
    <message>
        <source>Delete annotation</source>
        <translation>注釈を削除</translation>
    </message>
    <message>
        <source>“%1” is not a tag name.</source>
        <translation>「%1」はタグ名ではありません。</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>この注釈はもう存在しません。</translation>
    </message>
    <message>
        <source>Unknown colour “%1” (known: %2).</source>
        <translation>不明な色「%1」です(使用できる色: %2)。</translation>
    </message>
    <message>
        <source>Change colour</source>
        <translation>色を変更</translation>
    </message>
    <message numerus="yes">
        <source>Change colour of %n annotations</source>
        <translation>
            <numerusform>%n 件の注釈の色を変更</numerusform>
        </translation>
    </message>
    <message>
        <source>Make note private</source>
        <translation>メモを非公開にする</translation>
    </message>
    <message>
        <source>Make note shareable</source>
        <translation>メモを共有可能にする</translation>
    </message>
    <message numerus="yes">
        <source>Make %n notes private</source>
        <translation>
            <numerusform>%n 件のメモを非公開にする</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n notes shareable</source>
        <translation>
            <numerusform>%n 件のメモを共有可能にする</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit tags</source>
        <translation>タグを編集</translation>
    </message>
    <message>
        <source>Add tag “%1”</source>
        <translation>タグ「%1」を追加</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n annotations with “%1”</source>
        <translation>
            <numerusform>%n 件の注釈にタグ「%1」を付ける</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tag “%1”</source>
        <translation>タグ「%1」を外す</translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %n annotations</source>
        <translation>
            <numerusform>%n 件の注釈からタグ「%1」を外す</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n annotations</source>
        <translation>
            <numerusform>%n 件の注釈を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename tag “%1” to “%2”</source>
        <translation>タグ「%1」の名前を「%2」に変更</translation>
    </message>
    <message>
        <source>Move tag “%1”</source>
        <translation>タグ「%1」を移動</translation>
    </message>
    <message>
        <source>Merge tag “%1” into “%2”</source>
        <translation>タグ「%1」を「%2」に統合</translation>
    </message>
    <message>
        <source>Delete tag “%1”</source>
        <translation>タグ「%1」を削除</translation>
    </message>
    <message>
        <source>Change colour of tag “%1”</source>
        <translation>タグ「%1」の色を変更</translation>
    </message>
    <message numerus="yes">
        <source>Tag %n documents with “%1”</source>
        <translation>
            <numerusform>%n 件の文書にタグ「%1」を付ける</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove tag “%1” from %n documents</source>
        <translation>
            <numerusform>%n 件の文書からタグ「%1」を外す</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept new place</source>
        <translation>新しい位置を承認</translation>
    </message>
    <message numerus="yes">
        <source>Accept new places of %n annotations</source>
        <translation>
            <numerusform>%n 件の注釈の新しい位置を承認</numerusform>
        </translation>
    </message>
    <message>
        <source>Select the passage in the annotation&apos;s document first.</source>
        <translation>まず注釈の文書で箇所を選択してください。</translation>
    </message>
    <message>
        <source>Re-attach annotation</source>
        <translation>注釈を付け直す</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationMargin</name>
    <message>
        <source>Annotation marks</source>
        <translation>注釈の印</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationModel</name>
    <message>
        <source>%1

Not found in the document&apos;s current text; kept with its quote.</source>
        <translation>%1

文書の現在のテキストに見つかりません。引用とともに保存してあります。</translation>
    </message>
    <message>
        <source>%1

Moved to a close match in the changed text; please check it. It was:
%2</source>
        <translation>%1

変更されたテキスト内の近い箇所に移動しました。確認してください。元の内容:
%2</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>引用</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>更新日時</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>孤立</translation>
    </message>
    <message>
        <source>Not found in the document&apos;s current text: select the passage and re-attach it.</source>
        <translation>文書の現在のテキストに見つかりません: 箇所を選択して付け直してください。</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Moved to a close match; it was:
%1</source>
        <translation>近い一致箇所へ移動しました。元は:
%1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationPanel</name>
    <message>
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>&amp;Tag…</source>
        <translation>タグ(&amp;T)…</translation>
    </message>
    <message>
        <source>Add a tag to the selected annotations</source>
        <translation>選択した注釈にタグを追加します</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Delete the selected annotations (Edit &gt; Undo brings them back)</source>
        <translation>選択した注釈を削除します(「編集 › 元に戻す」で復元できます)</translation>
    </message>
    <message>
        <source>&amp;Go To Annotation</source>
        <translation>注釈へ移動(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Colour</source>
        <translation>色(&amp;C)</translation>
    </message>
    <message>
        <source>Which annotations</source>
        <translation>表示する注釈</translation>
    </message>
    <message>
        <source>This document</source>
        <translation>この文書</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>すべての文書</translation>
    </message>
    <message>
        <source>Filter quotes, notes and tags</source>
        <translation>引用・メモ・タグで絞り込む</translation>
    </message>
    <message>
        <source>Filter annotations</source>
        <translation>注釈を絞り込む</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>タグで絞り込む</translation>
    </message>
    <message>
        <source>Filter by colour</source>
        <translation>色で絞り込む</translation>
    </message>
    <message>
        <source>Any colour</source>
        <translation>すべての色</translation>
    </message>
    <message>
        <source>Filter by date made</source>
        <translation>作成日で絞り込む</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>すべての期間</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <source>Past 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Past 30 days</source>
        <translation>過去 30 日間</translation>
    </message>
    <message>
        <source>Past year</source>
        <translation>過去 1 年間</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>すべてのタグ</translation>
    </message>
    <message>
        <source>Tag Annotations</source>
        <translation>注釈にタグを付ける</translation>
    </message>
    <message numerus="yes">
        <source>Add these tags to the %n selected annotation(s):</source>
        <translation>
            <numerusform>選択した %n 件の注釈に次のタグを追加します:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tag %n annotations</source>
        <translation>
            <numerusform>%n 件の注釈にタグを付ける</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 件の注釈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n annotation(s)</source>
        <translation>
            <numerusform>%n 件中 %1 件の注釈</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Accept New Place</source>
        <translation>新しい位置を承認(&amp;A)</translation>
    </message>
    <message>
        <source>The selected annotations were moved to a close match after their text changed: keep them there</source>
        <translation>選択した注釈はテキストの変更後に近い一致箇所へ移動しました: その位置のままにします</translation>
    </message>
    <message>
        <source>&amp;Re-attach to Selected Text</source>
        <translation>選択したテキストに付け直す(&amp;R)</translation>
    </message>
    <message>
        <source>Put the annotation on the passage selected in the reader</source>
        <translation>リーダーで選択した箇所に注釈を付けます</translation>
    </message>
    <message>
        <source>Filter by place in the text</source>
        <translation>テキスト内の位置で絞り込む</translation>
    </message>
    <message>
        <source>After a document&apos;s text changed: the annotations to review and those not found</source>
        <translation>文書のテキストが変わった後: 確認が必要な注釈と見つからなかった注釈</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Review or orphaned</source>
        <translation>要確認または孤立</translation>
    </message>
    <message>
        <source>Needs review</source>
        <translation>要確認</translation>
    </message>
    <message>
        <source>Orphaned</source>
        <translation>孤立</translation>
    </message>
    <message>
        <source>%1 (to review: %2, orphaned: %3)</source>
        <translation>%1(要確認: %2、孤立: %3)</translation>
    </message>
</context>
<context>
    <name>Dossier::AnnotationStore</name>
    <message>
        <source>An annotation needs a document and a non-empty range of its text.</source>
        <translation>注釈には文書と、その本文の空でない範囲が必要です。</translation>
    </message>
    <message>
        <source>Unknown colour “%1” (known: %2).</source>
        <translation>不明な色「%1」です(使用できる色: %2)。</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>文書 %1 はありません。</translation>
    </message>
    <message>
        <source>Cannot store the annotation: %1</source>
        <translation>注釈を保存できません: %1</translation>
    </message>
    <message>
        <source>Cannot tag the annotation: %1</source>
        <translation>注釈にタグを付けられません: %1</translation>
    </message>
    <message>
        <source>Cannot update the annotation: %1</source>
        <translation>注釈を更新できません: %1</translation>
    </message>
    <message>
        <source>The annotation no longer exists.</source>
        <translation>この注釈はもう存在しません。</translation>
    </message>
    <message>
        <source>Cannot delete the annotation: %1</source>
        <translation>注釈を削除できません: %1</translation>
    </message>
    <message>
        <source>Cannot read the annotations: %1</source>
        <translation>注釈を読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>Dossier::Briefing</name>
    <message>
        <source>Executive summary</source>
        <translation>要旨</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要な数値</translation>
    </message>
    <message>
        <source>Who said what</source>
        <translation>誰が何を言ったか</translation>
    </message>
    <message>
        <source>Government bodies</source>
        <translation>政府機関</translation>
    </message>
    <message>
        <source>Annotated passages</source>
        <translation>注釈付きの箇所</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>undated</source>
        <translation>日付不明</translation>
    </message>
    <message>
        <source>unknown publisher</source>
        <translation>発行元不明</translation>
    </message>
    <message>
        <source>[%1] %2, %3</source>
        <translation>[%1] %2、%3</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <source>Prepared by %1</source>
        <translation>作成者: %1</translation>
    </message>
    <message>
        <source>Scope: %1</source>
        <translation>範囲: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n source document(s)</source>
        <translation>
            <numerusform>出典文書 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>No summary was written.</source>
        <translation>要旨は書かれていません。</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>The sources state no figures.</source>
        <translation>出典に数値の記載はありません。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>What it counts</source>
        <translation>数えている対象</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>⚠ stated and computed change disagree</source>
        <translation>⚠ 記載された変化と計算した変化が一致しません</translation>
    </message>
    <message>
        <source>No statements were found.</source>
        <translation>発言は見つかりませんでした。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>(no words quoted)</source>
        <translation>(引用された言葉なし)</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
    <message>
        <source>No government bodies were found.</source>
        <translation>政府機関は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Body</source>
        <translation>機関</translation>
    </message>
    <message>
        <source>Mentions</source>
        <translation>言及</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Untagged</source>
        <translation>タグなし</translation>
    </message>
    <message>
        <source>No annotated passages in scope.</source>
        <translation>範囲内に注釈付きの箇所はありません。</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation>ID %1 の文書はありません。</translation>
    </message>
    <message>
        <source>There is no tag &quot;%1&quot;.</source>
        <translation>タグ「%1」はありません。</translation>
    </message>
</context>
<context>
    <name>Dossier::BriefingDialog</name>
    <message>
        <source>Compose Briefing</source>
        <translation>ブリーフィングの作成</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <source>e.g. For internal use</source>
        <translation>例: 部内限り</translation>
    </message>
    <message>
        <source>All documents</source>
        <translation>すべての文書</translation>
    </message>
    <message numerus="yes">
        <source>%n selected document(s)</source>
        <translation>
            <numerusform>選択した文書 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Documents and passages with tags</source>
        <translation>タグの付いた文書と箇所</translation>
    </message>
    <message>
        <source>Tag paths, separated by commas</source>
        <translation>タグのパス(カンマ区切り)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>Include private notes</source>
        <translation>非公開のメモを含める</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>表題(&amp;T):</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>副題(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Author:</source>
        <translation>作成者(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Classification:</source>
        <translation>取り扱い区分(&amp;C):</translation>
    </message>
    <message>
        <source>S&amp;cope:</source>
        <translation>範囲(&amp;O):</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>タグ(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>用紙(&amp;P):</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>セクション</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation>要旨</translation>
    </message>
    <message>
        <source>Executive summary: your own text. Blank lines separate paragraphs.</source>
        <translation>要旨: ご自身で書く文章です。空行で段落を区切ります。</translation>
    </message>
    <message>
        <source>Sections (drag to reorder):</source>
        <translation>セクション(ドラッグで並べ替え):</translation>
    </message>
    <message>
        <source>Executive summary:</source>
        <translation>要旨:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>PDF を書き出す(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Briefing</source>
        <translation>ブリーフィングの書き出し</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>タグ %1 付き</translation>
    </message>
    <message>
        <source>The whole library</source>
        <translation>ライブラリ全体</translation>
    </message>
    <message>
        <source>No document is selected in the library.</source>
        <translation>ライブラリで文書が選択されていません。</translation>
    </message>
    <message>
        <source>No document carries these tags.</source>
        <translation>これらのタグが付いた文書はありません。</translation>
    </message>
    <message>
        <source>Laying out the briefing…</source>
        <translation>ブリーフィングをレイアウトしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Writing page %1 of %2…</source>
        <translation>%2 ページ中 %1 ページ目を書き出しています…</translation>
    </message>
    <message numerus="yes">
        <source>The preview shows the first %1 of %n documents; the exported PDF and the printout have them all.</source>
        <translation>
            <numerusform>プレビューには %n 件の文書のうち最初の %1 件を表示しています。書き出した PDF と印刷にはすべて含まれます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Print Briefing</source>
        <translation>ブリーフィングを印刷</translation>
    </message>
    <message>
        <source>The briefing was not printed: stopped.</source>
        <translation>ブリーフィングは印刷されませんでした：中止しました。</translation>
    </message>
</context>
<context>
    <name>Dossier::BriefingWriter</name>
    <message>
        <source>Briefing</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2 ページ中 %1 ページ</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The briefing was not written: stopped.</source>
        <translation>ブリーフィングは書き出されませんでした：中止しました。</translation>
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
        <translation>%1、項目 %2: %3</translation>
    </message>
    <message>
        <source>“%1” is missing or of the wrong type</source>
        <translation>「%1」がないか、型が正しくありません</translation>
    </message>
    <message>
        <source>not well-formed JSON (%1 at byte %2)</source>
        <translation>JSON の形式が正しくありません(バイト %2 で %1)</translation>
    </message>
    <message>
        <source>a JSON object was expected</source>
        <translation>JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>it is not a Dossier annotation bundle (its manifest names the format “%1”).</source>
        <translation>Dossier の注釈バンドルではありません(マニフェストの形式名は「%1」です)。</translation>
    </message>
    <message>
        <source>it is a bundle of format version %1; this version of Dossier reads version %2.</source>
        <translation>形式バージョン %1 のバンドルです。この Dossier が読めるのはバージョン %2 です。</translation>
    </message>
    <message>
        <source>“app”, “author”, “created” and “scope” are required</source>
        <translation>「app」「author」「created」「scope」は必須です</translation>
    </message>
    <message>
        <source>“id” is not a urn:uuid: identifier</source>
        <translation>「id」が urn:uuid: 形式の識別子ではありません</translation>
    </message>
    <message>
        <source>“%1” is not a tag path</source>
        <translation>「%1」はタグのパスではありません</translation>
    </message>
    <message>
        <source>the tag “%1” is listed twice</source>
        <translation>タグ「%1」が二重に記載されています</translation>
    </message>
    <message>
        <source>“id” is not a urn:sha256: identifier</source>
        <translation>「id」が urn:sha256: 形式の識別子ではありません</translation>
    </message>
    <message>
        <source>the document %1 is listed twice</source>
        <translation>文書 %1 が二重に記載されています</translation>
    </message>
    <message>
        <source>“uuid” is not a urn:uuid: identifier</source>
        <translation>「uuid」が urn:uuid: 形式の識別子ではありません</translation>
    </message>
    <message>
        <source>its text should be the entry %1, which the bundle lacks</source>
        <translation>本文はエントリ %1 のはずですが、バンドルにありません</translation>
    </message>
    <message>
        <source>its text is empty or not valid UTF-8</source>
        <translation>本文が空か、正しい UTF-8 ではありません</translation>
    </message>
    <message>
        <source>its text starts with a byte-order mark</source>
        <translation>本文がバイトオーダーマークで始まっています</translation>
    </message>
    <message>
        <source>its text does not have the SHA-256 %1 that identifies it</source>
        <translation>本文の SHA-256 が、識別子の %1 と一致しません</translation>
    </message>
    <message>
        <source>a body is not a TextualBody with a value</source>
        <translation>ボディが値を持つ TextualBody ではありません</translation>
    </message>
    <message>
        <source>a body with purpose “%1” and value “%2” is not understood</source>
        <translation>目的「%1」、値「%2」のボディは解釈できません</translation>
    </message>
    <message>
        <source>the target’s source is not a urn:sha256: identifier</source>
        <translation>ターゲットのソースが urn:sha256: 形式の識別子ではありません</translation>
    </message>
    <message>
        <source>the TextPositionSelector needs whole numbers start &lt; end</source>
        <translation>TextPositionSelector には start &lt; end の整数が必要です</translation>
    </message>
    <message>
        <source>the TextQuoteSelector needs a non-empty “exact”</source>
        <translation>TextQuoteSelector には空でない「exact」が必要です</translation>
    </message>
    <message>
        <source>the target needs a TextPositionSelector and a TextQuoteSelector</source>
        <translation>ターゲットには TextPositionSelector と TextQuoteSelector が必要です</translation>
    </message>
    <message>
        <source>an AnnotationCollection with its items in “first” was expected</source>
        <translation>「first」に項目を持つ AnnotationCollection が必要です</translation>
    </message>
    <message>
        <source>“total” does not match the number of items</source>
        <translation>「total」が項目数と一致しません</translation>
    </message>
    <message>
        <source>an Annotation with a urn:uuid: “id” was expected</source>
        <translation>urn:uuid: 形式の「id」を持つ Annotation が必要です</translation>
    </message>
    <message>
        <source>the id %1 is used twice</source>
        <translation>ID %1 が二度使われています</translation>
    </message>
    <message>
        <source>“created” and “modified” must be ISO 8601 times</source>
        <translation>「created」と「modified」は ISO 8601 形式の日時である必要があります</translation>
    </message>
    <message>
        <source>“%1” or “%2” has the wrong type</source>
        <translation>「%1」または「%2」の型が正しくありません</translation>
    </message>
    <message>
        <source>“%1” must be “orphaned” or “needs-review”</source>
        <translation>「%1」は「orphaned」か「needs-review」でなければなりません</translation>
    </message>
</context>
<context>
    <name>Dossier::BundleCollector</name>
    <message>
        <source>Cannot read the tags: %1</source>
        <translation>タグを読み込めません: %1</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>タグ「%1」はありません。</translation>
    </message>
    <message>
        <source>There is no document %1.</source>
        <translation>文書 %1 はありません。</translation>
    </message>
    <message>
        <source>Cannot read the documents: %1</source>
        <translation>文書を読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>Dossier::BundleImport</name>
    <message>
        <source>No bundle is ready to import.</source>
        <translation>取り込む準備ができたバンドルはありません。</translation>
    </message>
</context>
<context>
    <name>Dossier::BundleMerger</name>
    <message numerus="yes">
        <source>%n new document(s)</source>
        <translation>
            <numerusform>新しい文書 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new tag(s)</source>
        <translation>
            <numerusform>新しいタグ %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new annotation(s)</source>
        <translation>
            <numerusform>新しい注釈 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) updated (newer in the bundle)</source>
        <translation>
            <numerusform>更新された注釈 %n 件(バンドルの方が新しいもの)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) already here, unchanged</source>
        <translation>
            <numerusform>既にあり変更のない注釈 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) kept as they are here (newer here)</source>
        <translation>
            <numerusform>こちらのまま残した注釈 %n 件(こちらの方が新しいもの)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) re-anchored elsewhere in their text</source>
        <translation>
            <numerusform>本文の別の位置に付け直した注釈 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s), kept as they are here</source>
        <translation>
            <numerusform>競合 %n 件(こちらのまま残しました)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) did not anchor (imported as orphaned)</source>
        <translation>
            <numerusform>位置を特定できなかった注釈 %n 件(孤立として取り込み)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag colour(s) taken from the bundle</source>
        <translation>
            <numerusform>バンドルから取り込んだタグの色 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document tag(s) added</source>
        <translation>
            <numerusform>追加した文書のタグ %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>conflict: urn:uuid:%1 “%2” in “%3”: %4</source>
        <translation>競合: urn:uuid:%1「%2」(「%3」内): %4</translation>
    </message>
    <message>
        <source>did not anchor: urn:uuid:%1 “%2” in “%3”</source>
        <translation>位置を特定できず: urn:uuid:%1「%2」(「%3」内)</translation>
    </message>
    <message>
        <source>Cannot read the library: %1</source>
        <translation>ライブラリを読み込めません: %1</translation>
    </message>
    <message>
        <source>Cannot read the tags: %1</source>
        <translation>タグを読み込めません: %1</translation>
    </message>
    <message>
        <source>The annotation urn:uuid:%1 refers to a document the bundle lacks.</source>
        <translation>注釈 urn:uuid:%1 は、バンドルにない文書を参照しています。</translation>
    </message>
    <message>
        <source>it belongs to another document here</source>
        <translation>こちらでは別の文書に属しています</translation>
    </message>
    <message>
        <source>changed both here and in the bundle at the same time</source>
        <translation>こちらとバンドルの両方で同時に変更されています</translation>
    </message>
</context>
<context>
    <name>Dossier::BundleReader</name>
    <message>
        <source>it has %1 entries, more than the %2 a bundle may have</source>
        <translation>エントリが %1 個あり、バンドルに許される %2 個を超えています</translation>
    </message>
    <message>
        <source>it contains an entry named “%1”, which is not a plain relative name</source>
        <translation>「%1」という名前のエントリがあり、単純な相対名ではありません</translation>
    </message>
    <message>
        <source>it contains a link, “%1”</source>
        <translation>リンク「%1」が含まれています</translation>
    </message>
    <message>
        <source>the entry %1 is encrypted or compressed in a way bundles are not</source>
        <translation>エントリ %1 は、バンドルでは使わない方式で暗号化または圧縮されています</translation>
    </message>
    <message>
        <source>the entry %1 expands to %2 MB, more than the %3 MB an entry may have</source>
        <translation>エントリ %1 は展開すると %2 MB になり、エントリに許される %3 MB を超えます</translation>
    </message>
    <message>
        <source>the entry %1 is there twice</source>
        <translation>エントリ %1 が二つあります</translation>
    </message>
    <message>
        <source>it expands to %1 MB, more than the %2 MB a bundle may have</source>
        <translation>展開すると %1 MB になり、バンドルに許される %2 MB を超えます</translation>
    </message>
    <message>
        <source>the zip archive is damaged or truncated</source>
        <translation>zip アーカイブが壊れているか、途中で切れています</translation>
    </message>
    <message>
        <source>it has no %1, so it is not a Dossier annotation bundle</source>
        <translation>%1 がないため、Dossier の注釈バンドルではありません</translation>
    </message>
    <message>
        <source>the entry %1 cannot be read: the zip archive is damaged</source>
        <translation>エントリ %1 を読み込めません: zip アーカイブが壊れています</translation>
    </message>
    <message>
        <source>its manifest lists %1, which is not in it (or is listed twice)</source>
        <translation>マニフェストに記載された %1 が含まれていません(または二重に記載されています)</translation>
    </message>
    <message>
        <source>the entry %1 does not have the size its manifest gives</source>
        <translation>エントリ %1 のサイズがマニフェストの記載と違います</translation>
    </message>
    <message>
        <source>the checksum of %1 does not match its manifest</source>
        <translation>%1 のチェックサムがマニフェストと一致しません</translation>
    </message>
    <message>
        <source>it contains %1, which its manifest does not list</source>
        <translation>マニフェストに記載のない %1 が含まれています</translation>
    </message>
    <message>
        <source>it has no %1</source>
        <translation>%1 がありません</translation>
    </message>
    <message>
        <source>the annotation urn:uuid:%1 refers to the document %2, which is not in the bundle</source>
        <translation>注釈 urn:uuid:%1 は文書 %2 を参照していますが、その文書はバンドルにありません</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
    <message>
        <source>%1 cannot be imported: %2</source>
        <translation>%1 は取り込めません: %2</translation>
    </message>
</context>
<context>
    <name>Dossier::BundledCorpus</name>
    <message>
        <source>Cannot read the corpus manifest %1.</source>
        <translation>コーパスのマニフェスト %1 を読み込めません。</translation>
    </message>
    <message>
        <source>The corpus manifest is not valid JSON: %1</source>
        <translation>コーパスのマニフェストが正しい JSON ではありません: %1</translation>
    </message>
    <message>
        <source>The corpus manifest names a missing file: %1</source>
        <translation>コーパスのマニフェストに存在しないファイルが記載されています: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The corpus manifest lists no documents.</source>
        <translation>コーパスのマニフェストに文書が一つも記載されていません。</translation>
    </message>
</context>
<context>
    <name>Dossier::Cli</name>
    <message>
        <source>analysed %1 of %2</source>
        <translation>%2 件中 %1 件を分析済み</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) analysed.</source>
        <translation>
            <numerusform>%n 件の文書を分析しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>A body&apos;s canonical name, a speaker, or a statistic unit.</source>
        <translation>機関の正式名、発言者、または統計の単位。</translation>
    </message>
    <message>
        <source>body, speaker or stat (default: body).</source>
        <translation>body、speaker、stat のいずれか(既定: body)。</translation>
    </message>
    <message>
        <source>unknown --type %1: use body, speaker or stat.</source>
        <translation>不明な --type %1 です。body、speaker、stat のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>The body&apos;s name as texts write it.</source>
        <translation>テキストに書かれているとおりの機関名。</translation>
    </message>
    <message>
        <source>Its canonical name (default: the name).</source>
        <translation>正式名(既定: その名前)。</translation>
    </message>
    <message>
        <source>Its country code or INT.</source>
        <translation>国コード、または INT。</translation>
    </message>
    <message>
        <source>mark-body needs the body&apos;s NAME.</source>
        <translation>mark-body には機関の NAME が必要です。</translation>
    </message>
    <message>
        <source>Marked &quot;%1&quot; as a government body.</source>
        <translation>「%1」を政府機関として登録しました。</translation>
    </message>
    <message>
        <source>the quote “%1” is not in the document.</source>
        <translation>引用「%1」は文書内にありません。</translation>
    </message>
    <message numerus="yes">
        <source>occurrence %1 asked for, but the quote occurs %n time(s).</source>
        <translation>
            <numerusform>%1 番目の出現が指定されましたが、引用は %n 回しか出現しません。</numerusform>
        </translation>
    </message>
    <message>
        <source>bad range “%1”: expected START:END in code points, e.g. 10:42.</source>
        <translation>範囲「%1」が正しくありません。コードポイント単位の START:END を指定してください(例: 10:42)。</translation>
    </message>
    <message>
        <source>bad range %1: END must be greater than START.</source>
        <translation>範囲 %1 が正しくありません: END は START より大きくなければなりません。</translation>
    </message>
    <message numerus="yes">
        <source>range %1 is outside the document, which has %n code point(s).</source>
        <translation>
            <numerusform>範囲 %1 は文書の外です。文書は %n コードポイントです。</numerusform>
        </translation>
    </message>
    <message>
        <source>The id of the document (see dossier list).</source>
        <translation>文書の ID(dossier list を参照)。</translation>
    </message>
    <message>
        <source>Annotate code points START to END (END excluded).</source>
        <translation>コードポイント START から END まで(END は含まない)に注釈を付けます。</translation>
    </message>
    <message>
        <source>Annotate this exact text.</source>
        <translation>このテキストそのものに注釈を付けます。</translation>
    </message>
    <message>
        <source>Which occurrence of --quote (default 1).</source>
        <translation>--quote の何番目の出現か(既定: 1)。</translation>
    </message>
    <message>
        <source>The note.</source>
        <translation>メモ。</translation>
    </message>
    <message>
        <source>A tag such as policy/deterrence, created when new; repeatable.</source>
        <translation>policy/deterrence のようなタグ。なければ作成します。複数指定可。</translation>
    </message>
    <message>
        <source>The highlight colour: %1 (default yellow).</source>
        <translation>ハイライトの色: %1(既定: yellow)。</translation>
    </message>
    <message>
        <source>Keep the note out of bundles and briefings.</source>
        <translation>メモをバンドルとブリーフィングに含めません。</translation>
    </message>
    <message>
        <source>annotate needs one DOC_ID, a document id as listed by dossier list.</source>
        <translation>annotate には DOC_ID(dossier list で表示される文書 ID)が一つ必要です。</translation>
    </message>
    <message>
        <source>annotate needs either --range START:END or --quote TEXT.</source>
        <translation>annotate には --range START:END か --quote TEXT のどちらかが必要です。</translation>
    </message>
    <message>
        <source>--occurrence must be a number from 1.</source>
        <translation>--occurrence は 1 以上の数値でなければなりません。</translation>
    </message>
    <message>
        <source>unknown colour “%1” (known: %2).</source>
        <translation>不明な色「%1」です(使用できる色: %2)。</translation>
    </message>
    <message>
        <source>there is no document %1 (see dossier list).</source>
        <translation>文書 %1 はありません(dossier list を参照)。</translation>
    </message>
    <message>
        <source>Only the annotations of this document.</source>
        <translation>この文書の注釈のみ。</translation>
    </message>
    <message>
        <source>Only annotations with this tag or one below it (e.g. policy).</source>
        <translation>このタグ、またはその下位タグ(例: policy)を持つ注釈のみ。</translation>
    </message>
    <message>
        <source>there is no tag “%1” (see dossier tags).</source>
        <translation>タグ「%1」はありません(dossier tags を参照)。</translation>
    </message>
    <message>
        <source>Write the briefing to &lt;file&gt; (PDF).</source>
        <translation>ブリーフィングを &lt;file&gt; に書き出します(PDF)。</translation>
    </message>
    <message>
        <source>The briefing&apos;s title.</source>
        <translation>ブリーフィングの表題。</translation>
    </message>
    <message>
        <source>Its subtitle.</source>
        <translation>副題。</translation>
    </message>
    <message>
        <source>Its author.</source>
        <translation>作成者。</translation>
    </message>
    <message>
        <source>A classification line, e.g. &quot;For internal use&quot;.</source>
        <translation>取り扱い区分の行(例: &quot;For internal use&quot;)。</translation>
    </message>
    <message>
        <source>The executive summary, from a UTF-8 text file.</source>
        <translation>UTF-8 テキストファイルから読み込む要旨。</translation>
    </message>
    <message>
        <source>Include the document with &lt;id&gt; (repeatable; default: all).</source>
        <translation>ID &lt;id&gt; の文書を含めます(複数指定可。既定: すべて)。</translation>
    </message>
    <message>
        <source>a4 or letter (default: a4).</source>
        <translation>a4 または letter(既定: a4)。</translation>
    </message>
    <message>
        <source>Include private notes.</source>
        <translation>非公開のメモを含めます。</translation>
    </message>
    <message>
        <source>brief needs --out FILE.</source>
        <translation>brief には --out FILE が必要です。</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <source>unknown --paper %1: use a4 or letter.</source>
        <translation>不明な --paper %1 です。a4 か letter を使ってください。</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>--doc takes a document id, not &quot;%1&quot;.</source>
        <translation>--doc には文書 ID を指定してください(&quot;%1&quot; ではなく)。</translation>
    </message>
    <message>
        <source>the library has no documents to brief on.</source>
        <translation>ライブラリにブリーフィングの対象となる文書がありません。</translation>
    </message>
    <message>
        <source>the whole library</source>
        <translation>ライブラリ全体</translation>
    </message>
    <message numerus="yes">
        <source>%n chosen document(s)</source>
        <translation>
            <numerusform>選択した文書 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 (%2 pages).</source>
        <translation>%1 を書き出しました(%2 ページ)。</translation>
    </message>
    <message>
        <source>List the documents of the library (--json).</source>
        <translation>ライブラリの文書を一覧表示します(--json)。</translation>
    </message>
    <message>
        <source>Import files or folders (text, HTML, Markdown, PDF) into the library.</source>
        <translation>ファイルやフォルダ(テキスト、HTML、Markdown、PDF)をライブラリに取り込みます。</translation>
    </message>
    <message>
        <source>Search the texts of the library (--json: ids, titles, ranks, snippets, match offsets).</source>
        <translation>ライブラリの本文を検索します(--json: ID、表題、順位、抜粋、一致位置)。</translation>
    </message>
    <message>
        <source>Print the bodies, statistics, attributions and changes found in FILE (--json).</source>
        <translation>FILE 内で見つかった機関・統計・発言・変化を表示します(--json)。</translation>
    </message>
    <message>
        <source>Analyse every document of the library not analysed yet (all cores).</source>
        <translation>まだ分析していないライブラリの文書をすべて分析します(全コア使用)。</translation>
    </message>
    <message>
        <source>List every mention of ENTITY across the library, in date order (--type body|speaker|stat).</source>
        <translation>ENTITY のライブラリ全体での言及を日付順に一覧表示します(--type body|speaker|stat)。</translation>
    </message>
    <message>
        <source>Mark NAME as a government body: the engine finds it from now on.</source>
        <translation>NAME を政府機関として登録します。以後、エンジンが検出します。</translation>
    </message>
    <message>
        <source>Write a sourced briefing PDF: key figures, who said what, bodies, annotated passages, sources.</source>
        <translation>出典付きのブリーフィング PDF を書き出します: 主要な数値、誰が何を言ったか、政府機関、注釈付きの箇所、出典。</translation>
    </message>
    <message>
        <source>Annotate a document (--range START:END or --quote TEXT); prints the new annotation&apos;s id.</source>
        <translation>文書に注釈を付けます(--range START:END または --quote TEXT)。新しい注釈の ID を表示します。</translation>
    </message>
    <message>
        <source>List annotations (--json, --doc ID, --tag T).</source>
        <translation>注釈を一覧表示します(--json、--doc ID、--tag T)。</translation>
    </message>
    <message>
        <source>List the tags with their use (--json).</source>
        <translation>タグとその使用数を一覧表示します(--json)。</translation>
    </message>
    <message>
        <source>Export annotations: --bundle FILE (.dossier), --qdpx FILE (REFI-QDA) or --csv FILE; --tag, --doc, --include-private.</source>
        <translation>注釈を書き出します: --bundle FILE(.dossier)、--qdpx FILE(REFI-QDA)、または --csv FILE。--tag、--doc、--include-private も使えます。</translation>
    </message>
    <message>
        <source>Merge an annotation bundle into the library (--dry-run: only say what would change).</source>
        <translation>注釈バンドルをライブラリに統合します(--dry-run: 何が変わるかを表示するだけ)。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>unknown command: %1</source>
        <translation>不明なコマンドです: %1</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; instead of the per-user one.</source>
        <translation>ユーザーごとのデータベースの代わりに &lt;path&gt; のデータベースを使います。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON で出力します。</translation>
    </message>
    <message>
        <source>Write an annotation bundle (.dossier) to &lt;file&gt;.</source>
        <translation>注釈バンドル(.dossier)を &lt;file&gt; に書き出します。</translation>
    </message>
    <message>
        <source>Write a REFI-QDA project (.qdpx) to &lt;file&gt;.</source>
        <translation>REFI-QDA プロジェクト(.qdpx)を &lt;file&gt; に書き出します。</translation>
    </message>
    <message>
        <source>Write the annotations as CSV to &lt;file&gt;.</source>
        <translation>注釈を CSV として &lt;file&gt; に書き出します。</translation>
    </message>
    <message>
        <source>Only annotations with this tag or one below it (repeatable).</source>
        <translation>このタグ、またはその下位タグを持つ注釈のみ(複数指定可)。</translation>
    </message>
    <message>
        <source>Only this document (repeatable).</source>
        <translation>この文書のみ(複数指定可)。</translation>
    </message>
    <message>
        <source>Include private annotations (left out by default).</source>
        <translation>非公開の注釈を含めます(既定では含めません)。</translation>
    </message>
    <message>
        <source>The author named in the export (default: the login name).</source>
        <translation>書き出しに記載する作成者(既定: ログイン名)。</translation>
    </message>
    <message>
        <source>export takes no arguments besides its options; see dossier export --help.</source>
        <translation>export はオプション以外の引数を取りません。dossier export --help を参照してください。</translation>
    </message>
    <message>
        <source>export needs exactly one of --bundle FILE, --qdpx FILE or --csv FILE.</source>
        <translation>export には --bundle FILE、--qdpx FILE、--csv FILE のうちちょうど一つが必要です。</translation>
    </message>
    <message>
        <source>--doc takes a document id, not “%1”.</source>
        <translation>--doc には文書 ID を指定してください(「%1」ではなく)。</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s) left out of the project: orphaned, or only a line break.</source>
        <translation>
            <numerusform>%n 件の注釈をプロジェクトから除外しました: 孤立しているか、改行だけのものです。</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote %1 on %2 to %3.</source>
        <translation>%2 に関する %1 を %3 に書き出しました。</translation>
    </message>
    <message numerus="yes">
        <source>%n annotation(s)</source>
        <translation>
            <numerusform>%n 件の注釈</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 件の文書</numerusform>
        </translation>
    </message>
    <message>
        <source>A UTF-8 text file.</source>
        <translation>UTF-8 のテキストファイル。</translation>
    </message>
    <message>
        <source>extract needs exactly one FILE.</source>
        <translation>extract には FILE がちょうど一つ必要です。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The annotation bundle (.dossier).</source>
        <translation>注釈バンドル(.dossier)。</translation>
    </message>
    <message>
        <source>Only say what importing would do; change nothing.</source>
        <translation>取り込んだ場合の結果を表示するだけで、何も変更しません。</translation>
    </message>
    <message>
        <source>import-bundle needs one FILE, an annotation bundle.</source>
        <translation>import-bundle には FILE(注釈バンドル)が一つ必要です。</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>ドライラン: 何も変更していません。</translation>
    </message>
    <message>
        <source>Merged into the library.</source>
        <translation>ライブラリに統合しました。</translation>
    </message>
    <message>
        <source>Nothing new: the library was left as it was.</source>
        <translation>新しいものはありません。ライブラリは変更していません。</translation>
    </message>
    <message>
        <source>Files or folders (searched recursively) to import.</source>
        <translation>取り込むファイルまたはフォルダ(フォルダは再帰的に検索)。</translation>
    </message>
    <message>
        <source>import needs at least one PATH.</source>
        <translation>import には PATH が少なくとも一つ必要です。</translation>
    </message>
    <message>
        <source>no files to import in %1 (Dossier reads %2).</source>
        <translation>%1 に取り込めるファイルがありません(Dossier が読むのは %2)。</translation>
    </message>
    <message>
        <source>rejected	%1	%2</source>
        <translation>却下	%1	%2</translation>
    </message>
    <message>
        <source>duplicate	%1	the same text is already document %2</source>
        <translation>重複	%1	同じテキストが既に文書 %2 としてあります</translation>
    </message>
    <message>
        <source>failed	%1	%2</source>
        <translation>失敗	%1	%2</translation>
    </message>
    <message>
        <source>imported: %1, duplicates: %2, rejected: %3</source>
        <translation>取り込み: %1、重複: %2、却下: %3</translation>
    </message>
    <message>
        <source>imported	%1	document %2: %3</source>
        <translation>取り込み済み	%1	文書 %2: %3</translation>
    </message>
    <message>
        <source>nothing could be imported.</source>
        <translation>何も取り込めませんでした。</translation>
    </message>
    <message>
        <source>Words, &quot;phrases&quot;, AND, OR, NOT, parentheses, prefix*.</source>
        <translation>単語、&quot;フレーズ&quot;、AND、OR、NOT、括弧、前方一致*。</translation>
    </message>
    <message>
        <source>Show at most &lt;n&gt; documents (default 50).</source>
        <translation>表示する文書の最大数 &lt;n&gt;(既定: 50)。</translation>
    </message>
    <message>
        <source>search needs a QUERY.</source>
        <translation>search には QUERY が必要です。</translation>
    </message>
    <message>
        <source>--limit needs a positive number.</source>
        <translation>--limit には正の数が必要です。</translation>
    </message>
    <message>
        <source>Brief on what carries the tag &lt;path&gt; or a tag below it (repeatable).</source>
        <translation>タグ &lt;path&gt; またはその下位タグが付いたものについてブリーフィングを作成します(複数指定可)。</translation>
    </message>
    <message>
        <source>nothing in the library carries these tags.</source>
        <translation>ライブラリにこれらのタグが付いたものはありません。</translation>
    </message>
    <message>
        <source>Tagged %1</source>
        <translation>タグ %1 付き</translation>
    </message>
    <message numerus="yes">
        <source>importing %1 failed: %2 The %n file(s) imported before it stay in the library.</source>
        <translation>
            <numerusform>%1 の取り込みに失敗しました: %2 それまでに取り込んだ %n 個のファイルはライブラリに残っています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Annotate and tag every mention the engine found of a speaker (--type attr), a body or statistics.</source>
        <translation>エンジンが見つけた発言者(--type attr)、機関、統計のすべての言及に注釈とタグを付けます。</translation>
    </message>
    <message>
        <source>--replace needs a document id as listed by dossier list, not “%1”.</source>
        <translation>--replace には「%1」ではなく dossier list が示す文書 ID が必要です。</translation>
    </message>
    <message>
        <source>import --replace DOC_ID needs exactly one FILE.</source>
        <translation>import --replace DOC_ID にはファイルをちょうど 1 つ指定してください。</translation>
    </message>
    <message>
        <source>unchanged	%1	document %2 already has this text</source>
        <translation>変更なし	%1	文書 %2 は既にこのテキストです</translation>
    </message>
    <message>
        <source>orphaned	annotation %1	%2</source>
        <translation>孤立	注釈 %1	%2</translation>
    </message>
    <message>
        <source>review	annotation %1	%2:%3	%4</source>
        <translation>要確認	注釈 %1	%2:%3	%4</translation>
    </message>
    <message>
        <source>replaced	%1	document %2: %3</source>
        <translation>置き換え	%1	文書 %2: %3</translation>
    </message>
    <message>
        <source>annotations kept: %1, moved: %2, to review: %3, orphaned: %4</source>
        <translation>注釈 維持: %1、移動: %2、要確認: %3、孤立: %4</translation>
    </message>
    <message>
        <source>FILE is an edited version of this document: replace its text and re-anchor its annotations.</source>
        <translation>FILE はこの文書の編集版です: テキストを置き換え、注釈を付け直します。</translation>
    </message>
    <message>
        <source>Only annotations in this state after their text changed: anchored, needs-review or orphaned.</source>
        <translation>テキスト変更後にこの状態にある注釈だけ: anchored、needs-review、orphaned のいずれか。</translation>
    </message>
    <message>
        <source>unknown --status %1: use anchored, needs-review or orphaned.</source>
        <translation>不明な --status %1: anchored、needs-review、orphaned のいずれかを使ってください。</translation>
    </message>
    <message>
        <source>attr (statements of a speaker), body or stat.</source>
        <translation>attr(発言者の発言)、body、stat のいずれか。</translation>
    </message>
    <message>
        <source>The speaker (a full name or a surname: “he” resolved to that person counts), the body&apos;s name, or the statistics&apos; unit (count, percent, money, multiplier; default every figure).</source>
        <translation>発言者(氏名または姓。その人物と解決された「he」も含む)、機関名、または統計の単位(count、percent、money、multiplier。既定はすべての数値)。</translation>
    </message>
    <message>
        <source>The tag to give, such as actors/fujimura; created when new.</source>
        <translation>付けるタグ(例: actors/fujimura)。無ければ作成します。</translation>
    </message>
    <message>
        <source>Only this document (see dossier list); repeatable.</source>
        <translation>この文書だけ(dossier list を参照)。繰り返し指定できます。</translation>
    </message>
    <message>
        <source>The highlight colour of new annotations: %1 (default yellow).</source>
        <translation>新しい注釈のハイライト色: %1(既定は yellow)。</translation>
    </message>
    <message>
        <source>tag-entities needs --type attr, body or stat.</source>
        <translation>tag-entities には --type attr、body、stat のいずれかが必要です。</translation>
    </message>
    <message>
        <source>tag-entities --type %1 needs --speaker or --name.</source>
        <translation>tag-entities --type %1 には --speaker か --name が必要です。</translation>
    </message>
    <message>
        <source>tag-entities needs --tag.</source>
        <translation>tag-entities には --tag が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) not analysed yet and left out: run dossier analyze first.</source>
        <translation>
            <numerusform>まだ解析されていない %n 件の文書を除外しました: 先に dossier analyze を実行してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>created: %1, tagged: %2, skipped: %3 (already tagged), in %n document(s)</source>
        <translation>
            <numerusform>作成: %1、タグ追加: %2、スキップ: %3(タグ付け済み)、%n 件の文書</numerusform>
        </translation>
    </message>
    <message>
        <source>importing %1 failed: %2</source>
        <translation>%1 の取り込みに失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>Dossier::CsvWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>Dossier::Database</name>
    <message>
        <source>the file is missing.</source>
        <translation>ファイルがありません。</translation>
    </message>
    <message>
        <source>it has no write-ahead log.</source>
        <translation>先行書き込みログがありません。</translation>
    </message>
    <message>
        <source>it was not opened by this version of Dossier first.</source>
        <translation>このバージョンの Dossier で先に開かれていません。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 はファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is not a Dossier database (it is not an SQLite file); it was left untouched.</source>
        <translation>%1 は Dossier のデータベースではありません(SQLite ファイルではありません)。変更せずにそのままにしました。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>データベース %1 を開けません: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Dossier (schema %2; this version knows up to %3). It was left untouched.</source>
        <translation>%1 は新しいバージョンの Dossier で書かれています(スキーマ %2、このバージョンが扱えるのは %3 まで)。変更せずにそのままにしました。</translation>
    </message>
    <message>
        <source>Cannot configure the database %1: %2</source>
        <translation>データベース %1 を設定できません: %2</translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it; it was left untouched.</source>
        <translation>更新の前に %1 をバックアップできません。変更せずにそのままにしました。</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>%1 を更新できません: %2</translation>
    </message>
    <message>
        <source>Cannot upgrade %1 to schema %2: %3</source>
        <translation>%1 をスキーマ %2 に更新できません: %3</translation>
    </message>
    <message>
        <source>The disk is full (or the database reached its size limit): nothing was saved, and the library keeps everything it had. Free some space and try again.</source>
        <translation>ディスクがいっぱいです（またはデータベースが上限の大きさに達しました）。何も保存されず、ライブラリはそれまでの内容をすべて保っています。空き容量を作ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The database is read-only (the file, its folder or the disk cannot be written): nothing was saved.</source>
        <translation>データベースは読み取り専用です（ファイル、そのフォルダー、またはディスクに書き込めません）。何も保存されませんでした。</translation>
    </message>
    <message>
        <source>The database is locked by another program (perhaps another Dossier) and stayed locked too long: nothing was changed. Try again when it is done.</source>
        <translation>データベースは別のプログラム（別の Dossier かもしれません）にロックされたまま長く解放されませんでした。何も変更されていません。そのプログラムの処理が終わってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The database file is damaged (%1): nothing was changed. Open another database or restore a backup.</source>
        <translation>データベースファイルが破損しています（%1）。何も変更されていません。別のデータベースを開くか、バックアップから復元してください。</translation>
    </message>
    <message>
        <source>The database file cannot be opened: it or its folder is missing, unreadable or read-only (%1).</source>
        <translation>データベースファイルを開けません。ファイルまたはそのフォルダーが存在しないか、読み取れないか、読み取り専用です（%1）。</translation>
    </message>
    <message>
        <source>The disk could not be read or written (%1): nothing was saved.</source>
        <translation>ディスクの読み書きができませんでした（%1）。何も保存されませんでした。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a database; it was left untouched. %2</source>
        <translation>%1 はデータベースとして読み込めません。ファイルには手を触れていません。%2</translation>
    </message>
    <message>
        <source>%1 is damaged (%2); it was left untouched. Open another database or restore a backup.</source>
        <translation>%1 は破損しています（%2）。ファイルには手を触れていません。別のデータベースを開くか、バックアップから復元してください。</translation>
    </message>
</context>
<context>
    <name>Dossier::DatabaseMove</name>
    <message>
        <source>No database is open.</source>
        <translation>開いているデータベースがありません。</translation>
    </message>
    <message>
        <source>The database is already at %1.</source>
        <translation>データベースは既に %1 にあります。</translation>
    </message>
    <message>
        <source>%1 already exists; choose a name that is not taken.</source>
        <translation>%1 は既に存在します。使われていない名前を選んでください。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <source>The database is busy; try again in a moment.</source>
        <translation>データベースが使用中です。少し待ってからやり直してください。</translation>
    </message>
    <message>
        <source>%1 The original database could not be reopened either: %2</source>
        <translation>%1 元のデータベースも開き直せませんでした: %2</translation>
    </message>
    <message>
        <source>The database was not moved: %1 It stays at %2.</source>
        <translation>データベースは移動されませんでした: %1 引き続き %2 にあります。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The copy could not be opened: %1</source>
        <translation>コピーを開けませんでした: %1</translation>
    </message>
    <message>
        <source>The copy is damaged.</source>
        <translation>コピーが破損しています。</translation>
    </message>
</context>
<context>
    <name>Dossier::DocumentCommands</name>
    <message>
        <source>Remove “%1”</source>
        <translation>「%1」を削除</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n Document(s)</source>
        <translation>
            <numerusform>%n 件の文書を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” cannot be restored: %2</source>
        <translation>「%1」を復元できません: %2</translation>
    </message>
    <message>
        <source>Edit Metadata of “%1”</source>
        <translation>「%1」のメタデータを編集</translation>
    </message>
    <message>
        <source>Replace Text of “%1”</source>
        <translation>「%1」のテキストを置き換え</translation>
    </message>
</context>
<context>
    <name>Dossier::DocumentStore</name>
    <message>
        <source>The same text is already in the library.</source>
        <translation>同じテキストが既にライブラリにあります。</translation>
    </message>
    <message>
        <source>Cannot store the document: %1</source>
        <translation>文書を保存できません: %1</translation>
    </message>
    <message>
        <source>Cannot save the metadata: %1</source>
        <translation>メタデータを保存できません: %1</translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation>ID %1 の文書はありません。</translation>
    </message>
    <message>
        <source>Cannot remove the document: %1</source>
        <translation>文書を削除できません: %1</translation>
    </message>
    <message>
        <source>Cannot count the annotations: %1</source>
        <translation>注釈を数えられません: %1</translation>
    </message>
    <message>
        <source>Cannot update the search index: %1</source>
        <translation>検索インデックスを更新できません: %1</translation>
    </message>
    <message>
        <source>The same text is already in the library, as document %1.</source>
        <translation>同じテキストが既に文書 %1 としてライブラリにあります。</translation>
    </message>
    <message>
        <source>Cannot replace the text: %1</source>
        <translation>テキストを置き換えられません: %1</translation>
    </message>
</context>
<context>
    <name>Dossier::EntityEngine</name>
    <message>
        <source>A body&apos;s name must be a short line of text.</source>
        <translation>機関名は短い 1 行のテキストでなければなりません。</translation>
    </message>
    <message>
        <source>There is no folder for user data.</source>
        <translation>ユーザーデータ用のフォルダがありません。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>The entity syntax definition could not be loaded.</source>
        <translation>エンティティの構文定義を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The gazetteer of government bodies could not be loaded.</source>
        <translation>政府機関の地名辞典を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Dossier::EntityTagger</name>
    <message>
        <source>A tag is needed.</source>
        <translation>タグが必要です。</translation>
    </message>
    <message>
        <source>A name is needed: the speaker or the body to tag.</source>
        <translation>名前が必要です: タグを付ける発言者または機関。</translation>
    </message>
</context>
<context>
    <name>Dossier::EntityTreeModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1(%2)</translation>
    </message>
    <message>
        <source>%1 → %2 · %3</source>
        <translation>%1 → %2 · %3</translation>
    </message>
    <message>
        <source>%1 · stated: %2</source>
        <translation>%1 · 記載: %2</translation>
    </message>
    <message>
        <source>Government bodies</source>
        <translation>政府機関</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n 件の言及</numerusform>
        </translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>発言者</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n 件の発言</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>統計</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変化</translation>
    </message>
    <message>
        <source>The stated multiplier disagrees with the figures.</source>
        <translation>記載された倍率が数値と一致しません。</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>エンティティ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>Dossier::ExchangeActions</name>
    <message>
        <source>&amp;Export</source>
        <translation>書き出し(&amp;E)</translation>
    </message>
    <message>
        <source>Annotation &amp;Bundle…</source>
        <translation>注釈バンドル(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;REFI-QDA Project (.qdpx)…</source>
        <translation>REFI-QDA プロジェクト (.qdpx)(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Spreadsheet (CSV)…</source>
        <translation>表計算 (CSV)(&amp;S)…</translation>
    </message>
    <message>
        <source>Import Annotation B&amp;undle…</source>
        <translation>注釈バンドルを取り込む(&amp;U)…</translation>
    </message>
    <message>
        <source>Import Annotation Bundle</source>
        <translation>注釈バンドルの取り込み</translation>
    </message>
    <message>
        <source>Dossier bundles (*.dossier)</source>
        <translation>Dossier バンドル (*.dossier)</translation>
    </message>
    <message>
        <source>REFI-QDA projects (*.qdpx)</source>
        <translation>REFI-QDA プロジェクト (*.qdpx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <source>Include private notes?</source>
        <translation>非公開のメモも含めますか?</translation>
    </message>
    <message>
        <source>Merging this bundle will do the following:</source>
        <translation>このバンドルを統合すると、次のようになります:</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>統合(&amp;M)</translation>
    </message>
    <message numerus="yes">
        <source>Export only the %n document(s) selected in the library?</source>
        <translation>
            <numerusform>ライブラリで選択した %n 件の文書だけを書き出しますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>All annotations</source>
        <translation>すべての注釈</translation>
    </message>
    <message>
        <source>Export annotations with the tag:</source>
        <translation>次のタグが付いた注釈を書き出す:</translation>
    </message>
</context>
<context>
    <name>Dossier::Gui</name>
    <message>
        <source>Render the main window to the PNG &lt;file&gt; and exit.</source>
        <translation>メインウィンドウを PNG ファイル &lt;file&gt; に描画して終了します。</translation>
    </message>
    <message>
        <source>Open the document with id &lt;id&gt;.</source>
        <translation>ID &lt;id&gt; の文書を開きます。</translation>
    </message>
    <message>
        <source>Use the light or dark colour scheme instead of the system&apos;s.</source>
        <translation>システムの配色の代わりに、明るい(light)または暗い(dark)配色を使います。</translation>
    </message>
    <message>
        <source>Open the tag manager (a screenshot shows it over the window).</source>
        <translation>タグの管理を開きます(スクリーンショットではウィンドウの上に表示)。</translation>
    </message>
    <message>
        <source>Open the Preferences dialog (a screenshot shows it over the window).</source>
        <translation>設定ダイアログを開きます(スクリーンショットではウィンドウの上に表示)。</translation>
    </message>
    <message>
        <source>Show the interface in &lt;code&gt; (en, ja or de) instead of the language chosen in Preferences or the system&apos;s.</source>
        <translation>設定やシステムで選んだ言語の代わりに、&lt;code&gt;(en、ja、de)で表示します。</translation>
    </message>
    <message>
        <source>Open the document with id &lt;id&gt; beside it.</source>
        <translation>ID &lt;id&gt; の文書を横に並べて開きます。</translation>
    </message>
    <message>
        <source>Search the library for &lt;query&gt;.</source>
        <translation>ライブラリで &lt;query&gt; を検索します。</translation>
    </message>
    <message>
        <source>Import the file or folder &lt;path&gt; (repeatable).</source>
        <translation>ファイルまたはフォルダ &lt;path&gt; を取り込みます(複数指定可)。</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>There is no document with id %1.</source>
        <translation>ID %1 の文書はありません。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Open the briefing composer.</source>
        <translation>ブリーフィングの作成画面を開きます。</translation>
    </message>
    <message>
        <source>Files to import, or annotation bundles (.dossier) to open.</source>
        <translation>取り込むファイル、または開く注釈バンドル(.dossier)。</translation>
    </message>
    <message>
        <source>Open a Dossier Library</source>
        <translation>Dossier のライブラリを開く</translation>
    </message>
    <message>
        <source>Dossier libraries (*.sqlite *.db);;All files (*)</source>
        <translation>Dossier ライブラリ (*.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Show the corpus timeline.</source>
        <translation>コーパスの年表を表示します。</translation>
    </message>
    <message>
        <source>Scroll the two sides together (off, proportional or passages) for this session.</source>
        <translation>このセッションで左右を連動してスクロールします（off、proportional、passages）。</translation>
    </message>
    <message>
        <source>Updating the search index for this version of Dossier…</source>
        <translation>このバージョンの Dossier 用に検索インデックスを更新しています…</translation>
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
        <translation>Dossier はライブラリ %1 を使えません。</translation>
    </message>
    <message>
        <source>The file was left as it is. You can open another library, start a new one, or quit.</source>
        <translation>ファイルはそのまま残してあります。別のライブラリを開くか、新しいライブラリを始めるか、終了できます。</translation>
    </message>
    <message>
        <source>&amp;Open Another…</source>
        <translation>別のライブラリを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;New Library</source>
        <translation>新しいライブラリ(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
</context>
<context>
    <name>Dossier::HighlightColour</name>
    <message>
        <source>Yellow</source>
        <translation>黄</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>緑</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>青</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>ピンク</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>オレンジ</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>紫</translation>
    </message>
</context>
<context>
    <name>Dossier::ImportJob</name>
    <message>
        <source>The same text is already in the library.</source>
        <translation>同じテキストが既にライブラリにあります。</translation>
    </message>
</context>
<context>
    <name>Dossier::ImportSession</name>
    <message numerus="yes">
        <source>Importing %1 of %n file(s)…</source>
        <translation>
            <numerusform>%n 件中 %1 件目のファイルを取り込み中…</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking for files to import…</source>
        <translation>取り込むファイルを探しています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Importing</source>
        <translation>取り込み中</translation>
    </message>
</context>
<context>
    <name>Dossier::ImportSummaryDialog</name>
    <message>
        <source>Import Finished</source>
        <translation>取り込み完了</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) imported.</source>
        <translation>
            <numerusform>%n 件の文書を取り込みました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) skipped: their text is already in the library.</source>
        <translation>
            <numerusform>%n 件のファイルをスキップしました: 同じテキストが既にライブラリにあります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be imported.</source>
        <translation>
            <numerusform>%n 件のファイルを取り込めませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The import was cancelled; %n file(s) were not imported.</source>
        <translation>
            <numerusform>取り込みはキャンセルされました。%n 件のファイルは取り込まれていません。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import stopped because the database failed: %1</source>
        <translation>データベースでエラーが発生したため、取り込みを中止しました: %1</translation>
    </message>
    <message>
        <source>Imported files</source>
        <translation>取り込んだファイル</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>重複</translation>
    </message>
    <message>
        <source>The same text is already document %1.</source>
        <translation>同じテキストが既に文書 %1 としてあります。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み済み</translation>
    </message>
</context>
<context>
    <name>Dossier::Importer</name>
    <message>
        <source>The file has no text.</source>
        <translation>ファイルにテキストがありません。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most Dossier imports.</source>
        <translation>ファイルが %1 MB を超えています。Dossier が取り込めるのはそこまでです。</translation>
    </message>
    <message>
        <source>A PDF is read from its file, not from memory.</source>
        <translation>PDF はメモリからではなくファイルから読み込みます。</translation>
    </message>
    <message>
        <source>The file does not exist.</source>
        <translation>ファイルが存在しません。</translation>
    </message>
    <message>
        <source>This is a folder, not a file.</source>
        <translation>これはファイルではなくフォルダです。</translation>
    </message>
    <message>
        <source>This is not a regular file.</source>
        <translation>これは通常のファイルではありません。</translation>
    </message>
    <message>
        <source>The file is %1 MB; Dossier imports files of up to %2 MB.</source>
        <translation>ファイルは %1 MB です。Dossier が取り込めるのは %2 MB までです。</translation>
    </message>
    <message>
        <source>The file cannot be read: %1.</source>
        <translation>ファイルを読み込めません: %1。</translation>
    </message>
</context>
<context>
    <name>Dossier::Inspector</name>
    <message>
        <source>Entities in this document</source>
        <translation>この文書のエンティティ</translation>
    </message>
    <message>
        <source>Across the corpus: select a body or a speaker above.</source>
        <translation>コーパス全体: 上で機関か発言者を選んでください。</translation>
    </message>
    <message>
        <source>Mentions across the corpus</source>
        <translation>コーパス全体での言及</translation>
    </message>
    <message>
        <source>%1: %2 in %3</source>
        <translation>%1: %3で %2</translation>
    </message>
    <message numerus="yes">
        <source>%n mention(s)</source>
        <translation>
            <numerusform>%n 件の言及</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 件の文書</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::LibraryDock</name>
    <message>
        <source>&amp;Remove</source>
        <translation>削除(&amp;R)</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>ライブラリ</translation>
    </message>
    <message>
        <source>Filter the library</source>
        <translation>ライブラリを絞り込む</translation>
    </message>
    <message>
        <source>Filter by title or publisher</source>
        <translation>表題または発行元で絞り込む</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>発行元</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open &amp;Side by Side</source>
        <translation>横に並べて開く(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Edit Metadata…</source>
        <translation>メタデータを編集(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>ファイルを取り込む(&amp;F)…</translation>
    </message>
    <message>
        <source>Import F&amp;older…</source>
        <translation>フォルダを取り込む(&amp;O)…</translation>
    </message>
    <message>
        <source>Cannot read the library: %1</source>
        <translation>ライブラリを読み込めません: %1</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>すべての年</translation>
    </message>
    <message>
        <source>All publishers</source>
        <translation>すべての発行元</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>すべてのタグ</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n document(s)</source>
        <translation>
            <numerusform>%n 件中 %1 件の文書</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s)</source>
        <translation>
            <numerusform>%n 件の文書</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove “%1” from the library? You can undo this.</source>
        <translation>「%1」をライブラリから削除しますか? 元に戻すことができます。</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s) from the library? You can undo this.</source>
        <translation>
            <numerusform>%n 件の文書をライブラリから削除しますか? 元に戻すことができます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n document(s) from the library?</source>
        <translation>
            <numerusform>%n 件の文書をライブラリから削除しますか?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove Documents</source>
        <translation>
            <numerusform>文書を削除</numerusform>
        </translation>
    </message>
    <message>
        <source>An import is already running; wait until it finishes.</source>
        <translation>取り込みが既に実行中です。終わるまでお待ちください。</translation>
    </message>
    <message>
        <source>Texts (%1);;All files (*)</source>
        <translation>テキスト (%1);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>ファイルを取り込む</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>フォルダを取り込む</translation>
    </message>
    <message numerus="yes">
        <source>“%1” has %n annotation(s). Remove it and its annotations from the library? You can undo this.</source>
        <translation>
            <numerusform>「%1」には %n 件の注釈があります。文書と注釈をライブラリから削除しますか? 元に戻すことができます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Their %n annotation(s) go with them. You can undo this.</source>
        <translation>
            <numerusform>これらの文書の %n 件の注釈も一緒に削除されます。元に戻すことができます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Re&amp;place Text from File…</source>
        <translation>ファイルからテキストを置き換え(&amp;P)…</translation>
    </message>
    <message>
        <source>Read an edited version of this document; its annotations are found again in the new text</source>
        <translation>この文書の編集版を読み込みます。注釈は新しいテキストの中で再び探されます</translation>
    </message>
    <message>
        <source>Replace Text of “%1”</source>
        <translation>「%1」のテキストを置き換え</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The document already has this text; nothing changed.</source>
        <translation>文書は既にこのテキストです。何も変わっていません。</translation>
    </message>
    <message>
        <source>Text replaced. Annotations kept: %1, moved: %2, to review: %3, orphaned: %4.</source>
        <translation>テキストを置き換えました。注釈 維持: %1、移動: %2、要確認: %3、孤立: %4。</translation>
    </message>
</context>
<context>
    <name>Dossier::LibraryModel</name>
    <message>
        <source>News article</source>
        <translation>ニュース記事</translation>
    </message>
    <message>
        <source>Press-conference transcript</source>
        <translation>記者会見の記録</translation>
    </message>
    <message>
        <source>Government report</source>
        <translation>政府報告書</translation>
    </message>
    <message>
        <source>Annotations in the document</source>
        <translation>文書内の注釈</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>発行元</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Notes</source>
        <extracomment>Column header: the number of annotations in a document</extracomment>
        <translation>メモ</translation>
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
        <translation>コーパスを分析中: %2 件中 %1 件</translation>
    </message>
    <message>
        <source>The corpus could not be analysed: %1</source>
        <translation>コーパスを分析できませんでした: %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>インスペクタ</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Selected Document</source>
        <translation>選択した文書を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Compare With Selected Document</source>
        <translation>選択した文書と比較(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>Open the document selected in the library beside the current one</source>
        <translation>ライブラリで選択した文書を現在の文書の横に開きます</translation>
    </message>
    <message>
        <source>Close &amp;Side</source>
        <translation>片側を閉じる(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import Files…</source>
        <translation>ファイルを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>フォルダを取り込む(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Find in Document</source>
        <translation>文書内を検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search Library</source>
        <translation>ライブラリを検索(&amp;S)</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>ハイライト(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Attributions</source>
        <translation>発言(&amp;A)</translation>
    </message>
    <message>
        <source>Government &amp;Bodies</source>
        <translation>政府機関(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>統計(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Changes</source>
        <translation>変化(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Dim Page Furniture</source>
        <translation>ページの付随要素を薄く表示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Hide Page Furniture</source>
        <translation>ページの付随要素を隠す(&amp;H)</translation>
    </message>
    <message>
        <source>S&amp;wap Sides</source>
        <translation>左右を入れ替え(&amp;W)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Linked Scrolling</source>
        <translation>スクロールを連動(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>拡大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>縮小(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>実際のサイズ(&amp;A)</translation>
    </message>
    <message>
        <source>Ctrl+0</source>
        <translation>Ctrl+0</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>移動(&amp;G)</translation>
    </message>
    <message>
        <source>By &amp;Attribution</source>
        <translation>発言ごと(&amp;A)</translation>
    </message>
    <message>
        <source>By Government &amp;Body</source>
        <translation>政府機関ごと(&amp;B)</translation>
    </message>
    <message>
        <source>By &amp;Statistic</source>
        <translation>統計ごと(&amp;S)</translation>
    </message>
    <message>
        <source>By &amp;Change</source>
        <translation>変化ごと(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Next Entity</source>
        <translation>次のエンティティ(&amp;N)</translation>
    </message>
    <message>
        <source>F8</source>
        <translation>F8</translation>
    </message>
    <message>
        <source>&amp;Previous Entity</source>
        <translation>前のエンティティ(&amp;P)</translation>
    </message>
    <message>
        <source>Shift+F8</source>
        <translation>Shift+F8</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Dossier</source>
        <translation>Dossier について(&amp;A)</translation>
    </message>
    <message>
        <source>About Dossier</source>
        <translation>Dossier について</translation>
    </message>
    <message>
        <source>Dossier %1
A reader and annotation tool for policy researchers.</source>
        <translation>Dossier %1
政策研究者のための閲読・注釈ツール。</translation>
    </message>
    <message>
        <source>Move the Database</source>
        <translation>データベースの移動</translation>
    </message>
    <message>
        <source>The library is now kept in %1.
The old file %2 was left in place; you can delete it.</source>
        <translation>ライブラリは現在 %1 に保存されています。
元のファイル %2 はそのまま残してあります。不要なら削除してかまいません。</translation>
    </message>
    <message>
        <source>No further entity of this kind.</source>
        <translation>この種類のエンティティはこれより後にありません。</translation>
    </message>
    <message>
        <source>No earlier entity of this kind.</source>
        <translation>この種類のエンティティはこれより前にありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) in the library</source>
        <translation>
            <numerusform>ライブラリに %n 件の文書</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a document to see the bodies, speakers and figures it mentions.</source>
        <translation>文書を開くと、そこに出てくる機関・発言者・数値が表示されます。</translation>
    </message>
    <message>
        <source>Analysing “%1”…</source>
        <translation>「%1」を分析中…</translation>
    </message>
    <message>
        <source>Compose &amp;Briefing…</source>
        <translation>ブリーフィングを作成(&amp;B)…</translation>
    </message>
    <message>
        <source>By A&amp;nnotation</source>
        <translation>注釈ごと(&amp;N)</translation>
    </message>
    <message>
        <source>The two documents share no passage: they scroll proportionally.</source>
        <translation>2つの文書に共通する箇所はありません。比例してスクロールします。</translation>
    </message>
    <message numerus="yes">
        <source>Scrolling by %n shared passage(s).</source>
        <translation>
            <numerusform>%n か所の共通箇所に合わせてスクロールします。</numerusform>
        </translation>
    </message>
    <message>
        <source>Corpus Timeline</source>
        <translation>コーパスの年表</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>オフ(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Proportional</source>
        <translation>比例(&amp;P)</translation>
    </message>
    <message>
        <source>By &amp;Matching Passages</source>
        <translation>共通箇所に合わせる(&amp;M)</translation>
    </message>
    <message>
        <source>Keep the passages the two documents share level; proportional where they share none</source>
        <translation>2つの文書の共通箇所を同じ高さに保ちます。共通箇所がない部分は比例してスクロールします</translation>
    </message>
    <message>
        <source>Toggle Linked Scrolling</source>
        <translation>スクロール連動の切り替え</translation>
    </message>
    <message>
        <source>Linked scrolling</source>
        <translation>スクロールの連動</translation>
    </message>
</context>
<context>
    <name>Dossier::MentionListModel</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>表記</translation>
    </message>
</context>
<context>
    <name>Dossier::MetadataDialog</name>
    <message>
        <source>Edit Metadata</source>
        <translation>メタデータの編集</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>表題</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>表題(&amp;T):</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>発行元</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>発行元(&amp;P):</translation>
    </message>
    <message>
        <source>Publication date</source>
        <translation>発行日</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <extracomment>Placeholder of the date field: the ISO 8601 form</extracomment>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>The publication date as year-month-day; leave empty when it is not known.</source>
        <translation>発行日を年-月-日で入力します。不明な場合は空欄にしてください。</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>e.g. en, ja</source>
        <translation>例: en、ja</translation>
    </message>
    <message>
        <source>The ISO 639-1 code of the language</source>
        <translation>言語の ISO 639-1 コード</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>The date is not a valid year-month-day date.</source>
        <translation>日付が正しい年-月-日の形式ではありません。</translation>
    </message>
</context>
<context>
    <name>Dossier::NoteEditor</name>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Highlight colour</source>
        <translation>ハイライトの色</translation>
    </message>
    <message>
        <source>None (note only)</source>
        <translation>なし(メモのみ)</translation>
    </message>
    <message>
        <source>Write a note…</source>
        <translation>メモを書く…</translation>
    </message>
    <message>
        <source>&amp;Private: keep this note out of bundles and briefings</source>
        <translation>非公開(&amp;P): このメモをバンドルとブリーフィングに含めない</translation>
    </message>
    <message>
        <source>&amp;Delete Annotation</source>
        <translation>注釈を削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>色(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>タグ(&amp;T):</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>「%1」</translation>
    </message>
</context>
<context>
    <name>Dossier::PdfConverter</name>
    <message>
        <source>The PDF file cannot be opened.</source>
        <translation>PDF ファイルを開けません。</translation>
    </message>
    <message>
        <source>The PDF is protected by a password; Dossier cannot read it.</source>
        <translation>PDF はパスワードで保護されているため、Dossier では読み込めません。</translation>
    </message>
    <message>
        <source>The PDF is damaged or not a PDF; no text could be read.</source>
        <translation>PDF が破損しているか PDF ではないため、テキストを読み取れませんでした。</translation>
    </message>
    <message>
        <source>The PDF cannot be read.</source>
        <translation>PDF を読み込めません。</translation>
    </message>
    <message>
        <source>The PDF has no pages.</source>
        <translation>PDF にページがありません。</translation>
    </message>
    <message>
        <source>The PDF has no text layer (it may be scanned images); Dossier cannot read it.</source>
        <translation>PDF にテキストレイヤーがありません(スキャン画像の可能性があります)。Dossier では読み込めません。</translation>
    </message>
    <message>
        <source>Dossier&apos;s PDF reader (%1) cannot be started: %2. Reinstalling Dossier may help.</source>
        <translation>Dossier の PDF 読み取りプログラム（%1）を起動できません: %2。Dossier を再インストールすると直る場合があります。</translation>
    </message>
    <message>
        <source>Reading the PDF was stopped.</source>
        <translation>PDF の読み込みを中止しました。</translation>
    </message>
    <message>
        <source>The PDF is damaged: reading it made Dossier&apos;s PDF reader crash.</source>
        <translation>PDF が壊れています。読み込み中に Dossier の PDF 読み取りプログラムがクラッシュしました。</translation>
    </message>
    <message>
        <source>Dossier&apos;s PDF reader failed (exit status %1).</source>
        <translation>Dossier の PDF 読み取りプログラムが失敗しました（終了ステータス %1）。</translation>
    </message>
    <message numerus="yes">
        <source>Reading the PDF took longer than %n seconds, so Dossier stopped; the file may be damaged.</source>
        <translation>
            <numerusform>PDF の読み込みが %n 秒を超えたため、Dossier は中止しました。ファイルが壊れている可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Dossier&apos;s PDF reader gave an answer Dossier does not understand.</source>
        <translation>Dossier の PDF 読み取りプログラムの応答を Dossier が解釈できません。</translation>
    </message>
</context>
<context>
    <name>Dossier::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>外観(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Highlights</source>
        <translation>ハイライト(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Library and Briefings</source>
        <translation>ライブラリとブリーフィング(&amp;L)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>システムの言語</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>A new language is used when Dossier is next started.</source>
        <translation>新しい言語は Dossier の次回起動時から使われます。</translation>
    </message>
    <message>
        <source>Follow the system (light or dark)</source>
        <translation>システムに合わせる(明るい/暗い)</translation>
    </message>
    <message>
        <source>Highlight &amp;theme:</source>
        <translation>ハイライトのテーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Use the &amp;system font</source>
        <translation>システムのフォントを使う(&amp;S)</translation>
    </message>
    <message>
        <source>Reader font:</source>
        <translation>本文のフォント:</translation>
    </message>
    <message>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <source>&amp;Font and size:</source>
        <translation>フォントとサイズ(&amp;F):</translation>
    </message>
    <message>
        <source>Highlight in the reader</source>
        <translation>本文でハイライトするもの</translation>
    </message>
    <message>
        <source>Who said what (&amp;attributions)</source>
        <translation>誰が何を言ったか(発言の帰属)(&amp;A)</translation>
    </message>
    <message>
        <source>Government &amp;bodies</source>
        <translation>政府機関(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>統計(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Changes in figures</source>
        <translation>数値の変化(&amp;C)</translation>
    </message>
    <message>
        <source>Page furniture (menus, advertisements, footers)</source>
        <translation>ページの付随要素(メニュー、広告、フッター)</translation>
    </message>
    <message>
        <source>Show it like the &amp;text</source>
        <translation>本文と同じように表示(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Dim it</source>
        <translation>薄く表示(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Hide it</source>
        <translation>隠す(&amp;H)</translation>
    </message>
    <message>
        <source>These also are the View › Highlights menu; both are remembered for the next start.</source>
        <translation>「表示 › ハイライト」メニューと同じ設定です。どちらも次回起動時まで保持されます。</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>移動(&amp;M)…</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>データベース:</translation>
    </message>
    <message>
        <source>Moving copies the library to the new place, checks the copy and then uses it. The old file is kept until you delete it.</source>
        <translation>移動すると、ライブラリを新しい場所にコピーし、コピーを確認してから使い始めます。元のファイルは削除するまで残ります。</translation>
    </message>
    <message>
        <source>Your name, as colleagues should read it</source>
        <translation>同僚に表示される名前</translation>
    </message>
    <message>
        <source>&amp;Author name:</source>
        <translation>作成者名(&amp;A):</translation>
    </message>
    <message>
        <source>Named in the briefings and annotation bundles you make.</source>
        <translation>作成するブリーフィングと注釈バンドルに記載されます。</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US レター</translation>
    </message>
    <message>
        <source>Briefing &amp;paper size:</source>
        <translation>ブリーフィングの用紙サイズ(&amp;P):</translation>
    </message>
    <message>
        <source>Move the Database To</source>
        <translation>データベースの移動先</translation>
    </message>
    <message>
        <source>Dossier databases (*.sqlite)</source>
        <translation>Dossier データベース (*.sqlite)</translation>
    </message>
</context>
<context>
    <name>Dossier::QdpxWriter</name>
    <message>
        <source>Dossier user</source>
        <translation>Dossier ユーザー</translation>
    </message>
    <message>
        <source>Dossier export</source>
        <translation>Dossier エクスポート</translation>
    </message>
    <message>
        <source>Publisher: %1. Published: %2.</source>
        <translation>発行元: %1。発行日: %2。</translation>
    </message>
</context>
<context>
    <name>Dossier::ReaderArea</name>
    <message>
        <source>Open a document from the library (Enter), or drop text files here.</source>
        <translation>ライブラリから文書を開くか(Enter)、ここにテキストファイルをドロップしてください。</translation>
    </message>
</context>
<context>
    <name>Dossier::ReaderPane</name>
    <message>
        <source>Document text</source>
        <translation>文書の本文</translation>
    </message>
    <message>
        <source>Find in document</source>
        <translation>文書内を検索</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>前へ</translation>
    </message>
    <message>
        <source>Previous match</source>
        <translation>前の一致</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Next match</source>
        <translation>次の一致</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>検索バーを閉じる</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n 件一致</numerusform>
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
        <translation>政府機関</translation>
    </message>
    <message>
        <source>Government body: %1</source>
        <translation>政府機関: %1</translation>
    </message>
    <message>
        <source>The stated multiplier disagrees with the figures.</source>
        <translation>記載された倍率が数値と一致しません。</translation>
    </message>
    <message>
        <source>Statistic: %1 (%2)</source>
        <translation>統計: %1(%2)</translation>
    </message>
    <message>
        <source>Statistic: %1 (%2), %3</source>
        <translation>統計: %1(%2)、%3</translation>
    </message>
    <message>
        <source>(no words quoted)</source>
        <translation>(引用された言葉なし)</translation>
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
        <translation>検索「%1」は正しくありません: %2。</translation>
    </message>
    <message>
        <source>The search “%1” has a quotation mark that is not closed.</source>
        <translation>検索「%1」に閉じられていない引用符があります。</translation>
    </message>
    <message>
        <source>The search “%1” closes a parenthesis it did not open.</source>
        <translation>検索「%1」に、開いていない括弧を閉じる記号があります。</translation>
    </message>
    <message>
        <source>The search “%1” has a parenthesis that is not closed.</source>
        <translation>検索「%1」に閉じられていない括弧があります。</translation>
    </message>
</context>
<context>
    <name>Dossier::SearchPanel</name>
    <message>
        <source>Search the library</source>
        <translation>ライブラリを検索</translation>
    </message>
    <message>
        <source>Search all documents</source>
        <translation>すべての文書を検索</translation>
    </message>
    <message>
        <source>Words, “phrases” in quotes, AND, OR, NOT, parentheses and prefixes such as cyber*</source>
        <translation>単語、引用符で囲んだ「フレーズ」、AND、OR、NOT、括弧、cyber* のような前方一致</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>No document matches.</source>
        <translation>一致する文書はありません。</translation>
    </message>
    <message numerus="yes">
        <source>The best %n documents</source>
        <translation>
            <numerusform>上位 %n 件の文書</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) found</source>
        <translation>
            <numerusform>%n 件の文書が見つかりました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dossier::SearchResultModel</name>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1、%2: %3</translation>
    </message>
</context>
<context>
    <name>Dossier::TagLineEdit</name>
    <message>
        <source>Tags, separated by commas (policy/deterrence)</source>
        <translation>タグ(カンマ区切り。例: policy/deterrence)</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
</context>
<context>
    <name>Dossier::TagManager</name>
    <message>
        <source>Manage Tags</source>
        <translation>タグの管理</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>名前を変更(&amp;R)…</translation>
    </message>
    <message>
        <source>Rename the selected tag</source>
        <translation>選択したタグの名前を変更します</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>移動(&amp;M)…</translation>
    </message>
    <message>
        <source>Put the selected tag under another one</source>
        <translation>選択したタグを別のタグの下に移動します</translation>
    </message>
    <message>
        <source>M&amp;erge Into…</source>
        <translation>統合(&amp;E)…</translation>
    </message>
    <message>
        <source>Give everything tagged with the selected tag another tag instead</source>
        <translation>選択したタグが付いたものすべてに、代わりに別のタグを付けます</translation>
    </message>
    <message>
        <source>&amp;Colour…</source>
        <translation>色(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose a colour for the selected tag</source>
        <translation>選択したタグの色を選びます</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete the selected tag and its subtags</source>
        <translation>選択したタグとその下位タグを削除します</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>Delete the tag “%1”?</source>
        <translation>タグ「%1」を削除しますか?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n subtag(s) will be deleted too.</source>
        <translation>
            <numerusform>%n 個の下位タグも削除されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It will be taken off %n annotation(s) (the annotations are kept).</source>
        <translation>
            <numerusform>%n 件の注釈からこのタグが外されます(注釈は残ります)。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It will be taken off %n document(s).</source>
        <translation>
            <numerusform>%n 件の文書からこのタグが外されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit &gt; Undo brings it back.</source>
        <translation>「編集 › 元に戻す」で復元できます。</translation>
    </message>
    <message>
        <source>Rename Tag</source>
        <translation>タグの名前を変更</translation>
    </message>
    <message>
        <source>New name for “%1”:</source>
        <translation>「%1」の新しい名前:</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(最上位)</translation>
    </message>
    <message>
        <source>Move Tag</source>
        <translation>タグを移動</translation>
    </message>
    <message>
        <source>Put “%1” under:</source>
        <translation>「%1」の移動先:</translation>
    </message>
    <message numerus="yes">
        <source>Give the %n annotation(s) tagged “%1” this tag instead:</source>
        <translation>
            <numerusform>「%1」が付いた %n 件の注釈に、代わりに次のタグを付けます:</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge Tag</source>
        <translation>タグを統合</translation>
    </message>
    <message>
        <source>Delete Tag</source>
        <translation>タグを削除</translation>
    </message>
    <message>
        <source>Colour of “%1”</source>
        <translation>「%1」の色</translation>
    </message>
</context>
<context>
    <name>Dossier::TagStore</name>
    <message>
        <source>Cannot update the tags: %1</source>
        <translation>タグを更新できません: %1</translation>
    </message>
    <message>
        <source>“%1” is not a tag name.</source>
        <translation>「%1」はタグ名ではありません。</translation>
    </message>
    <message>
        <source>There is no such tag.</source>
        <translation>そのタグはありません。</translation>
    </message>
    <message>
        <source>“%1” is not a tag name (it must not be empty or contain “/”).</source>
        <translation>「%1」はタグ名ではありません(空にしたり「/」を含めたりはできません)。</translation>
    </message>
    <message>
        <source>A tag named “%1” already exists there; merge the two instead.</source>
        <translation>「%1」という名前のタグが既にそこにあります。代わりに二つを統合してください。</translation>
    </message>
    <message>
        <source>A tag cannot be moved into itself or one of its own tags.</source>
        <translation>タグを、それ自身やその下位タグの中に移動することはできません。</translation>
    </message>
    <message>
        <source>A tag cannot be merged into itself or one of its own tags.</source>
        <translation>タグを、それ自身やその下位タグに統合することはできません。</translation>
    </message>
    <message>
        <source>“%1” is not a colour.</source>
        <translation>「%1」は色ではありません。</translation>
    </message>
</context>
<context>
    <name>Dossier::TagTreeModel</name>
    <message>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <source>Annotations</source>
        <translation>注釈</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
</context>
<context>
    <name>Dossier::TextDecoder</name>
    <message>
        <source>The text is not valid %1.</source>
        <translation>テキストが正しい %1 ではありません。</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8.</source>
        <translation>テキストが正しい UTF-8 ではありません。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
    <message>
        <source>The file is binary data, not text.</source>
        <translation>ファイルはテキストではなくバイナリデータです。</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (first bad byte at offset %1).</source>
        <translation>テキストが正しい UTF-8 ではありません(最初の不正なバイトはオフセット %1)。</translation>
    </message>
    <message>
        <source>The text is neither UTF-8 nor a known single-byte encoding.</source>
        <translation>テキストは UTF-8 でも既知の 1 バイト文字コードでもありません。</translation>
    </message>
</context>
<context>
    <name>Dossier::TextReplacement</name>
    <message>
        <source>There is no document with id %1.</source>
        <translation>ID %1 の文書はありません。</translation>
    </message>
    <message>
        <source>The new text is empty.</source>
        <translation>新しいテキストが空です。</translation>
    </message>
</context>
<context>
    <name>Dossier::TimelineModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>a figure and its period</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>日付なし</translation>
    </message>
</context>
<context>
    <name>Dossier::TimelineView</name>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>%1, undated</source>
        <translation>%1、日付なし</translation>
    </message>
    <message>
        <source>Corpus timeline</source>
        <translation>コーパスの年表</translation>
    </message>
    <message>
        <source>No documents to place on the timeline.</source>
        <translation>年表に載せる文書がありません。</translation>
    </message>
    <message>
        <source>Undated</source>
        <translation>日付なし</translation>
    </message>
</context>
<context>
    <name>Dossier::Transaction</name>
    <message>
        <source>Cannot write to the database: %1</source>
        <translation>データベースに書き込めません: %1</translation>
    </message>
    <message>
        <source>Cannot save the change: %1</source>
        <translation>変更を保存できません: %1</translation>
    </message>
</context>
<context>
    <name>Dossier::ZipDirectory</name>
    <message>
        <source>it is not a zip archive</source>
        <translation>zip アーカイブではありません</translation>
    </message>
    <message>
        <source>the zip archive is damaged or truncated</source>
        <translation>zip アーカイブが壊れているか、途中で切れています</translation>
    </message>
    <message>
        <source>the archive uses ZIP64, for archives larger than a bundle may be</source>
        <translation>アーカイブが ZIP64(バンドルに許される大きさを超えるアーカイブ用)を使っています</translation>
    </message>
    <message>
        <source>the archive is split over several files</source>
        <translation>アーカイブが複数のファイルに分割されています</translation>
    </message>
</context>
<context>
    <name>Dossier::ZipWriter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A reader and annotation tool for policy researchers.

</source>
        <translation>政策研究者のための閲読・注釈ツール。

</translation>
    </message>
    <message>
        <source>
Run &apos;dossier COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>
各コマンドのオプションは &apos;dossier COMMAND --help&apos; で表示されます。</translation>
    </message>
    <message>
        <source>Use the database at &lt;path&gt; instead of the per-user one.</source>
        <translation>ユーザーごとのデータベースの代わりに &lt;path&gt; のデータベースを使います。</translation>
    </message>
</context>
</TS>
