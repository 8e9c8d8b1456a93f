<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the register</source>
        <translation>登録簿をチェック</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再チェック</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>バックアップをチェック…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>バックアップから復元…</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>バックアップをチェック</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>{0} をチェックしています…</translation>
    </message>
    <message>
        <source>Checking the register</source>
        <translation>登録簿をチェックしています</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Problems found.</source>
        <translation>問題が見つかりました。</translation>
    </message>
    <message>
        <source>The check could not be made.</source>
        <translation>チェックを実行できませんでした。</translation>
    </message>
</context>
<context>
    <name>ExposuresView</name>
    <message>
        <source>Code: the measure&apos;s list and the item share a code, or one covers the other (HS and CN digits, control numbers and their sub-entries, the crosswalk).</source>
        <translation>コード：措置のリストと品目が同じコードを持つか、一方が他方を包含しています（HS・CN の桁、規制番号とその細目、対照表）。</translation>
    </message>
    <message>
        <source>Item vocabulary: the item&apos;s name is a term (or another name of one) that the list&apos;s entry covers, itself or through a broader term, at the stages the list names.</source>
        <translation>品目語彙：品目の名称が、リストの項目がそれ自体またはより広い用語を通じて包含する用語（またはその別名）であり、リストが挙げる段階にあります。</translation>
    </message>
    <message>
        <source>Same words only: no vocabulary term describes the item. If the match is right, a synonym (Edit &gt; Screening synonyms) makes screening read the name as a known term.</source>
        <translation>同じ語句のみ：品目を説明する語彙の用語がありません。一致が正しければ、同義語（編集 &gt; スクリーニングの同義語）を登録すると、スクリーニングはその名称を既知の用語として読み取ります。</translation>
    </message>
    <message>
        <source>high: recorded codes or countries and a known stage.</source>
        <translation>高：記録されたコードまたは国と既知の段階。</translation>
    </message>
    <message>
        <source>medium: a country read from the activity text and not confirmed, or an item whose stage is not known.</source>
        <translation>中：事業内容から読み取った未確認の国、または段階が不明な品目。</translation>
    </message>
    <message>
        <source>low: the same words only (no vocabulary term describes it).</source>
        <translation>低：同じ語句のみ（語彙の用語で説明できない）。</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>activity text</source>
        <translation>事業内容の記述</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>foreign partner</source>
        <translation>外国パートナー</translation>
    </message>
    <message>
        <source>own mine</source>
        <translation>自社鉱山</translation>
    </message>
    <message>
        <source>list entry</source>
        <translation>リストの項目</translation>
    </message>
</context>
<context>
    <name>LineageTab</name>
    <message>
        <source>Add link…</source>
        <translation>関連を追加…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>関連を削除</translation>
    </message>
    <message>
        <source>No links yet. Add link… records that this measure finalises, amends, suspends or supersedes another.</source>
        <translation>関連はまだありません。「関連を追加…」で、この措置が他の措置を確定・改正・停止・置換することを記録します。</translation>
    </message>
    <message>
        <source>Remove the link &quot;{0}&quot;? The audit log keeps what it said.</source>
        <translation>関連「{0}」を削除しますか？内容は監査ログに残ります。</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>関連を削除</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to another measure</source>
        <translation>他の措置に関連付ける</translation>
    </message>
    <message>
        <source>This measure</source>
        <translation>この措置</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>関連</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>他の措置</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Choose the other measure (type part of its reference or title).</source>
        <translation>他の措置を選択してください（参照番号またはタイトルの一部を入力）。</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Note: {0}.</source>
        <translation>メモ：{0}。</translation>
    </message>
    <message>
        <source>{0} is sound: its pages and foreign keys are intact, the audit trail of {1} entries is unbroken (head {2}), {3} records match their sealed state and the rules hold.</source>
        <translation>{0} は正常です：ページと外部キーは完全で、{1} 件の監査記録の連鎖は途切れておらず（先頭 {2}）、{3} 件のレコードが封印時の状態と一致し、規則も満たされています。</translation>
    </message>
    <message>
        <source>{0} problems in {1}:</source>
        <translation>{1} に {0} 件の問題があります：</translation>
    </message>
    <message>
        <source>If records were changed outside the application, check a backup (Check a backup…), then restore it with File &gt; Restore from backup…, or correct the records in the application.</source>
        <translation>レコードがアプリケーションの外部で変更された場合は、バックアップをチェックし（バックアップをチェック…）、「ファイル &gt; バックアップから復元…」で復元するか、アプリケーション内でレコードを修正してください。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>バックアップから復元</translation>
    </message>
    <message>
        <source>Restore works on register files; a shared PostgreSQL register is restored with pg_dump and pg_restore.</source>
        <translation>復元は登録簿ファイルが対象です。共有の PostgreSQL 登録簿は pg_dump と pg_restore で復元します。</translation>
    </message>
    <message>
        <source>Restore the register from</source>
        <translation>登録簿の復元元</translation>
    </message>
    <message>
        <source>Replace the register {0} with the backup {1}? The backup is verified first; the register as it is now is kept as a safety copy, and the restore is written in the audit trail. Changes since the backup will no longer show.</source>
        <translation>登録簿 {0} をバックアップ {1} で置き換えますか？バックアップは先に検証され、現在の登録簿は安全のためのコピーとして保持され、復元は監査ログに記録されます。バックアップ以降の変更は表示されなくなります。</translation>
    </message>
    <message>
        <source>Restored {0} from {1}. The previous state is saved as {2}.</source>
        <translation>{1} から {0} を復元しました。以前の状態は {2} として保存されています。</translation>
    </message>
    <message>
        <source>The register was not restored</source>
        <translation>登録簿は復元されませんでした</translation>
    </message>
    <message>
        <source>Restoring the register</source>
        <translation>登録簿を復元しています</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <source>Risk matrix</source>
        <translation>リスクマトリクス</translation>
    </message>
    <message>
        <source>Levels (lowest first)</source>
        <translation>レベル（低い順）</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation>レビュー間隔（日）</translation>
    </message>
    <message>
        <source>Level of each cell (rows: likelihood, columns: impact)</source>
        <translation>各セルのレベル（行：発生可能性、列：影響度）</translation>
    </message>
    <message>
        <source>Save the risk matrix</source>
        <translation>リスクマトリクスを保存</translation>
    </message>
    <message>
        <source>Risk matrix saved; {0} assessments changed level.</source>
        <translation>リスクマトリクスを保存しました。{0} 件の評価のレベルが変わりました。</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <source>announcement</source>
        <translation>公表</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>発効</translation>
    </message>
    <message>
        <source>  {0}: {1} (title {2:.0f}% alike, same {3} date)</source>
        <translation>  {0}：{1}（タイトルの類似度 {2:.0f}%、{3}日が同じ）</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>重複の可能性</translation>
    </message>
    <message>
        <source>The register already has a measure of the same authority and date with a similar title:
{0}

Save this new measure anyway?</source>
        <translation>登録簿には、所管当局と日付が同じでタイトルが似た措置が既にあります：
{0}

この新しい措置を保存しますか？</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Import update pack</source>
        <translation>更新パックのインポート</translation>
    </message>
    <message>
        <source>measures as .csv or .xlsx (a workbook&apos;s Clauses, Suspension windows and Lineage sheets join the pack)</source>
        <translation>措置（.csv または .xlsx。ワークブックの「条項」「停止期間」「経緯」シートもパックに含まれます）</translation>
    </message>
    <message>
        <source>optional: clauses as .csv or .xlsx</source>
        <translation>任意：条項（.csv または .xlsx）</translation>
    </message>
    <message>
        <source>optional: suspension windows as .csv or .xlsx</source>
        <translation>任意：停止期間（.csv または .xlsx）</translation>
    </message>
    <message>
        <source>optional: links as .csv (from_reference, kind, to_reference, note)</source>
        <translation>任意：リンク（.csv：from_reference、kind、to_reference、note）</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>パック</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Suspension windows</source>
        <translation>停止期間</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>リンク</translation>
    </message>
    <message>
        <source>A pack never touches this register&apos;s assessments, notes or dismissals, and leaves measures archived here as they are. Importing it twice changes nothing.</source>
        <translation>パックがこの登録簿の評価、メモ、却下を変更することはなく、ここでアーカイブされた措置もそのままです。2 回インポートしても何も変わりません。</translation>
    </message>
    <message>
        <source>Check the pack to see what it would add and change.</source>
        <translation>パックを確認して、追加・変更される内容を表示します。</translation>
    </message>
    <message>
        <source>Check pack</source>
        <translation>パックを確認</translation>
    </message>
    <message>
        <source>Import pack</source>
        <translation>パックをインポート</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Choose a file of the pack</source>
        <translation>パックのファイルを選択</translation>
    </message>
    <message>
        <source>Check the pack first: nothing is written until you press Import pack.</source>
        <translation>まずパックを確認してください。「パックをインポート」を押すまで何も書き込まれません。</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 を確認中</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 をインポート中</translation>
    </message>
    <message>
        <source>%1 error(s): fix the pack and check it again; nothing can be imported while any row has an error.</source>
        <translation>%1 件のエラー：パックを修正して再度確認してください。エラーのある行が 1 つでもあればインポートできません。</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>インポートの準備ができました。</translation>
    </message>
    <message>
        <source>Nothing to import: the register already has everything in this pack.</source>
        <translation>インポートするものはありません：登録簿にはこのパックの内容がすべて含まれています。</translation>
    </message>
    <message>
        <source>Imported. %1.</source>
        <translation>インポートしました。%1。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>キャンセルしました。何もインポートされていません。</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>エラー：</translation>
    </message>
    <message>
        <source>Warning: </source>
        <translation>警告：</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Report language</source>
        <translation>レポートの言語</translation>
    </message>
</context>
<context>
    <name>SynonymsDialog</name>
    <message>
        <source>Screening synonyms</source>
        <translation>スクリーニングの同義語</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>用語</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>読み替え先</translation>
    </message>
    <message>
        <source>Filter synonyms…</source>
        <translation>同義語を絞り込む…</translation>
    </message>
    <message>
        <source>a name found in item lists, e.g. flake graphite</source>
        <translation>品目リストに現れる名称（例：flake graphite）</translation>
    </message>
    <message>
        <source>what screening reads it as, e.g. graphite</source>
        <translation>スクリーニングでの読み替え先（例：graphite）</translation>
    </message>
    <message>
        <source>New synonym</source>
        <translation>新しい同義語</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Save the synonym</source>
        <translation>同義語を保存</translation>
    </message>
    <message>
        <source>Synonym not saved</source>
        <translation>同義語は保存されませんでした</translation>
    </message>
    <message>
        <source>Remove synonym</source>
        <translation>同義語を削除</translation>
    </message>
    <message>
        <source>Remove the synonym &quot;{0}&quot; (read as &quot;{1}&quot;)?</source>
        <translation>同義語「{0}」（読み替え先「{1}」）を削除しますか？</translation>
    </message>
    <message>
        <source>Remove the synonym</source>
        <translation>同義語を削除</translation>
    </message>
    <message>
        <source>Synonym not removed</source>
        <translation>同義語は削除されませんでした</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>ユーザーガイド(&amp;U)</translation>
    </message>
    <message>
        <source>Export &amp;view as CSV…</source>
        <translation>表示中の表を CSV にエクスポート(&amp;V)…</translation>
    </message>
    <message>
        <source>Chec&amp;k the register…</source>
        <translation>登録簿をチェック(&amp;K)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>バックアップから復元(&amp;T)…</translation>
    </message>
    <message>
        <source>Screening &amp;synonyms…</source>
        <translation>スクリーニングの同義語(&amp;S)…</translation>
    </message>
    <message>
        <source>Risk &amp;matrix…</source>
        <translation>リスクマトリクス(&amp;M)…</translation>
    </message>
    <message>
        <source>Export view as CSV</source>
        <translation>表示中の表を CSV にエクスポート</translation>
    </message>
    <message>
        <source>Show a table (measures, joint ventures, assessments, exposures, events or the audit log) to export it.</source>
        <translation>エクスポートする表（措置、合弁会社、評価、影響の可能性、イベント、監査ログ）を表示してください。</translation>
    </message>
    <message>
        <source>Export the view as</source>
        <translation>表のエクスポート先</translation>
    </message>
    <message>
        <source>Wrote {0} rows to {1}</source>
        <translation>{0} 行を {1} に書き込みました</translation>
    </message>
    <message>
        <source>Exporting the view</source>
        <translation>表をエクスポートしています</translation>
    </message>
    <message>
        <source>The view was not exported</source>
        <translation>表はエクスポートされませんでした</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Export Risk Register user guide</source>
        <translation>Export Risk Register ユーザーガイド</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザーガイド</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation. Reinstall the application to get it back.</source>
        <translation>このインストールにはユーザーガイドがありません。アプリケーションを再インストールしてください。</translation>
    </message>
    <message>
        <source>Could not prepare the user guide</source>
        <translation>ユーザーガイドを準備できませんでした</translation>
    </message>
    <message>
        <source>No program here opens web pages. The user guide is saved as {0}; use Show in folder to find it.</source>
        <translation>この環境には Web ページを開くプログラムがありません。ユーザーガイドは {0} に保存されました。「フォルダーに表示」で確認してください。</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>No file manager is available. The user guide is in {0}</source>
        <translation>ファイルマネージャーを利用できません。ユーザーガイドは {0} にあります</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Import &amp;update pack…</source>
        <translation>更新パックのインポート(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Register databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>登録簿データベース (*.sqlite3 *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新しいデータベース(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>データベースをバックアップ(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>インポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;PDF briefing…</source>
        <translation>PDF ブリーフィング(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook…</source>
        <translation>Excel ワークブック(&amp;X)…</translation>
    </message>
    <message>
        <source>Load &amp;demo register</source>
        <translation>デモ登録簿を読み込む(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>やり直し(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>新しいレコード(&amp;N)…</translation>
    </message>
    <message>
        <source>New {label}…</source>
        <translation>新しい{label}…</translation>
    </message>
    <message>
        <source>Op&amp;en record…</source>
        <translation>レコードを開く(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>アーカイブ(&amp;A)</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>復元(&amp;T)</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>履歴を表示(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>検索(&amp;F)…</translation>
    </message>
    <message>
        <source>Jurisdiction &amp;groups…</source>
        <translation>法域グループ(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>環境設定(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>最新の情報に更新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About Export Risk Register</source>
        <translation>Export Risk Register について(&amp;A)</translation>
    </message>
    <message>
        <source>Open re&amp;cent</source>
        <translation>最近使ったファイル(&amp;C)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Archived {n} {noun}; Ctrl+Z undoes it.</source>
        <translation>{n} 件の{noun}をアーカイブしました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Restored {n} {noun}; Ctrl+Z undoes it.</source>
        <translation>{n} 件の{noun}を復元しました。Ctrl+Z で元に戻せます。</translation>
    </message>
    <message>
        <source>Reports are not available ({exc}).</source>
        <translation>レポートは利用できません（{exc}）。</translation>
    </message>
    <message>
        <source>New register database</source>
        <translation>新しい登録簿データベース</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新しいデータベース</translation>
    </message>
    <message>
        <source>{chosen} already exists. Use Open database to open it.</source>
        <translation>{chosen} は既に存在します。「データベースを開く」で開いてください。</translation>
    </message>
    <message>
        <source>Open register database</source>
        <translation>登録簿データベースを開く</translation>
    </message>
    <message>
        <source>Opening the register</source>
        <translation>登録簿を開いています</translation>
    </message>
    <message>
        <source>Could not open the register</source>
        <translation>登録簿を開けませんでした</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>最近使ったデータベースはありません</translation>
    </message>
    <message>
        <source>Open a table to choose its columns</source>
        <translation>列を選ぶには表を開いてください</translation>
    </message>
    <message>
        <source>Back up the register to</source>
        <translation>登録簿のバックアップ先</translation>
    </message>
    <message>
        <source>Backing up the register</source>
        <translation>登録簿をバックアップしています</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Backup written and verified:
{dest}</source>
        <translation>バックアップを書き込み、検証しました：
{dest}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>バックアップは書き込まれませんでした</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>ファイルを置き換えますか？</translation>
    </message>
    <message>
        <source>{target} already exists. Replace it with the new backup?</source>
        <translation>{target} は既に存在します。新しいバックアップで置き換えますか？</translation>
    </message>
    <message>
        <source>Demo register loaded.</source>
        <translation>デモ登録簿を読み込みました。</translation>
    </message>
    <message>
        <source>Could not load the demo register</source>
        <translation>デモ登録簿を読み込めませんでした</translation>
    </message>
    <message>
        <source>Loading the demo register</source>
        <translation>デモ登録簿を読み込んでいます</translation>
    </message>
    <message>
        <source>An empty register</source>
        <translation>空の登録簿</translation>
    </message>
    <message>
        <source>This register has no records yet. Load the demo register (30 real export-control measures with their clauses and suspensions, 6 fictional joint ventures, 12 assessments) to explore the application? You can archive the demo records later.</source>
        <translation>この登録簿にはまだレコードがありません。デモ登録簿（条項と停止を含む実在の輸出管理措置 30 件、架空の合弁会社 6 社、評価 12 件）を読み込んでアプリケーションを試しますか？デモのレコードは後でアーカイブできます。</translation>
    </message>
    <message>
        <source>Export Risk Register {version}: export-control measures, joint ventures and their risk.

Register: {register}

Keyboard shortcuts:
{keys}</source>
        <translation>Export Risk Register {version}：輸出管理措置、合弁会社とそのリスク。

登録簿：{register}

キーボードショートカット：
{keys}</translation>
    </message>
    <message>
        <source>About Export Risk Register</source>
        <translation>Export Risk Register について</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>メインツールバー</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Export Risk Register</source>
        <translation>Export Risk Register</translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation>登録簿を開けません</translation>
    </message>
</context>
<context>
    <name>assessment_form</name>
    <message>
        <source>Action</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>期限（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>choose a measure</source>
        <translation>措置を選択</translation>
    </message>
    <message>
        <source>choose a joint venture</source>
        <translation>合弁会社を選択</translation>
    </message>
    <message>
        <source>choose a likelihood</source>
        <translation>発生可能性を選択</translation>
    </message>
    <message>
        <source>choose an impact</source>
        <translation>影響度を選択</translation>
    </message>
    <message>
        <source>After mitigation:</source>
        <translation>低減後：</translation>
    </message>
    <message>
        <source>default: {actor}</source>
        <translation>既定：{actor}</translation>
    </message>
    <message>
        <source>label of the measure&apos;s clause it depends on (empty: all of it)</source>
        <translation>依拠する措置の条項のラベル（空欄：措置全体）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>YYYY-MM-DD（既定：今日）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: from the risk level)</source>
        <translation>YYYY-MM-DD（既定：リスクレベルから）</translation>
    </message>
    <message>
        <source>Measure *</source>
        <translation>措置 *</translation>
    </message>
    <message>
        <source>Joint venture *</source>
        <translation>合弁会社 *</translation>
    </message>
    <message>
        <source>Impact channels</source>
        <translation>影響経路</translation>
    </message>
    <message>
        <source>Inherent risk *</source>
        <translation>固有リスク *</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>残余リスク</translation>
    </message>
    <message>
        <source>Depends on clause</source>
        <translation>依拠する条項</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>対応方針</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>リスクオーナー</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>評価者</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>評価日</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>次回レビュー日</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Mitigation actions</source>
        <translation>低減策</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>評価</translation>
    </message>
</context>
<context>
    <name>audit_model</name>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>対応</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>レコード種別</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>レコード番号</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>変更された項目</translation>
    </message>
</context>
<context>
    <name>audit_values</name>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
</context>
<context>
    <name>audit_view</name>
    <message>
        <source>Could not read the audit log</source>
        <translation>監査ログを読み込めませんでした</translation>
    </message>
    <message>
        <source>Any record type</source>
        <translation>すべてのレコード種別</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>レコード番号</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>すべての操作</translation>
    </message>
    <message>
        <source>Search record names and changed values</source>
        <translation>レコード名と変更された値を検索</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <source> ({shown:,} loaded; scroll for more)</source>
        <translation> （{shown:,} 件読み込み済み。スクロールで続きを表示）</translation>
    </message>
    <message>
        <source>{total:,} audit entries{loaded}</source>
        <translation>監査記録 {total:,} 件{loaded}</translation>
    </message>
    <message>
        <source>Entry {id}: {action} {what}{number} “{entity_label}” by {actor} on {at}</source>
        <translation>記録 {id}：{actor} が {at} に{what}{number}「{entity_label}」を{action}</translation>
    </message>
</context>
<context>
    <name>base</name>
    <message>
        <source>Details…</source>
        <translation>詳細…</translation>
    </message>
    <message>
        <source>This {label} is archived; restore it before editing.</source>
        <translation>この{label}はアーカイブされています。編集する前に復元してください。</translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation>新しい{noun}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Removed spaces or tabs from the edges of: {names}. Check, then save again.</source>
        <translation>次の項目の先頭・末尾の空白またはタブを削除しました：{names}。確認してから再度保存してください。</translation>
    </message>
    <message>
        <source>Save {label}</source>
        <translation>{label}を保存</translation>
    </message>
    <message>
        <source>{exc}
Your entries are still here: press Save to try again.</source>
        <translation>{exc}
入力内容は残っています。「保存」を押して再試行してください。</translation>
    </message>
    <message>
        <source>Their version is loaded; your changes were discarded.</source>
        <translation>相手の版を読み込みました。変更は破棄されました。</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record. Save again to compare.</source>
        <translation>保存されていません：他の人がこのレコードを変更しました。比較するには再度保存してください。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存の変更</translation>
    </message>
    <message>
        <source>Discard your changes to this {label}?</source>
        <translation>この{label}への変更を破棄しますか？</translation>
    </message>
</context>
<context>
    <name>change_op</name>
    <message>
        <source>Could not {action}</source>
        <translation>{action}できませんでした</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>overdue</source>
        <translation>期限超過</translation>
    </message>
</context>
<context>
    <name>conflict_dialog</name>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>相手の版（保存済み）</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>自分の版</translation>
    </message>
    <message>
        <source>This {noun} was changed by someone else</source>
        <translation>この{noun}は他の人によって変更されました</translation>
    </message>
    <message>
        <source>Someone else saved this {noun} after you opened it. Nothing has been overwritten.
For each field that differs, choose which value to keep, then save; or load their version and drop your changes.</source>
        <translation>この{noun}を開いた後に、他の人が保存しました。上書きされたものはありません。
異なる項目ごとに残す値を選んで保存するか、相手の版を読み込んで自分の変更を破棄してください。</translation>
    </message>
    <message>
        <source>Show only the fields that differ</source>
        <translation>異なる項目のみ表示</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>この選択で保存</translation>
    </message>
    <message>
        <source>Discard mine, load theirs</source>
        <translation>自分の変更を破棄して相手の版を読み込む</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>編集に戻る</translation>
    </message>
</context>
<context>
    <name>dashboard_view</name>
    <message>
        <source>Consultation ends</source>
        <translation>意見募集の終了</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>発効</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>レビュー期日</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>レビュー期限超過</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>集計を読み込んでいます…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措置</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合弁会社</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>残余</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>次回レビュー</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措置</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>法域</translation>
    </message>
    <message>
        <source>Residual risk heat map (live assessments)</source>
        <translation>残余リスクのヒートマップ（有効な評価）</translation>
    </message>
    <message>
        <source>Top residual risks</source>
        <translation>残余リスクの上位</translation>
    </message>
    <message>
        <source>Just happened / coming up (what waits for someone first)</source>
        <translation>直近の出来事 / 今後の予定（対応待ちを優先）</translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation>ステータス別の措置</translation>
    </message>
    <message>
        <source>By jurisdiction</source>
        <translation>法域別</translation>
    </message>
    <message>
        <source>{n} unassessed exposure: review</source>
        <translation>未評価の影響可能性 {n} 件：確認してください</translation>
    </message>
    <message>
        <source>{n} unassessed exposures: review</source>
        <translation>未評価の影響可能性 {n} 件：確認してください</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>集計を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Could not read the dashboard</source>
        <translation>ダッシュボードを読み込めませんでした</translation>
    </message>
    <message>
        <source>As of {today}: {live} live assessments ({by_level}); {ventures_exposed} joint ventures exposed; {overdue} reviews overdue.</source>
        <translation>{today} 時点：有効な評価 {live} 件（{by_level}）、影響を受ける合弁会社 {ventures_exposed} 社、期限超過のレビュー {overdue} 件。</translation>
    </message>
    <message>
        <source>{waiting} waiting for someone: events</source>
        <translation>対応待ち {waiting} 件：イベント</translation>
    </message>
</context>
<context>
    <name>dismiss_dialog</name>
    <message>
        <source>Write why this exposure does not matter: the reason is kept with the dismissal.</source>
        <translation>この影響可能性が問題にならない理由を書いてください。理由は除外記録とともに保存されます。</translation>
    </message>
    <message>
        <source>Dismiss exposure</source>
        <translation>影響可能性を除外</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>除外</translation>
    </message>
</context>
<context>
    <name>events_view</name>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>対応待ち</translation>
    </message>
    <message>
        <source>Note (optional, e.g. where you checked):</source>
        <translation>メモ（任意。例：どこで確認したか）：</translation>
    </message>
    <message>
        <source>Export the events as a calendar</source>
        <translation>イベントをカレンダーとしてエクスポート</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar ファイル (*.ics)</translation>
    </message>
    <message>
        <source>Only what waits for someone</source>
        <translation>対応待ちのみ</translation>
    </message>
    <message>
        <source>Confirm not extended…</source>
        <translation>延長されていないことを確認…</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>カレンダーをエクスポート (.ics)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>to</source>
        <translation>～</translation>
    </message>
    <message>
        <source>Could not read the events</source>
        <translation>イベントを読み込めませんでした</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>{shown} events shown; {waiting} waiting for someone.</source>
        <translation>{shown} 件のイベントを表示中。対応待ち {waiting} 件。</translation>
    </message>
    <message>
        <source>Confirm the suspension was not extended</source>
        <translation>停止が延長されていないことを確認</translation>
    </message>
    <message>
        <source>Recording the confirmation</source>
        <translation>確認を記録しています</translation>
    </message>
    <message>
        <source>Could not confirm</source>
        <translation>確認できませんでした</translation>
    </message>
    <message>
        <source>Writing the calendar</source>
        <translation>カレンダーを書き込んでいます</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>{path} を書き込みました</translation>
    </message>
    <message>
        <source>Could not write the calendar</source>
        <translation>カレンダーを書き込めませんでした</translation>
    </message>
</context>
<context>
    <name>exposures_view</name>
    <message>
        <source>Measure</source>
        <translation>措置</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合弁会社</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>確度</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>一致の根拠</translation>
    </message>
    <message>
        <source>How it reaches</source>
        <translation>影響の経路</translation>
    </message>
    <message>
        <source>The venture&apos;s item, or one its activity text names (marked so).</source>
        <translation>合弁会社の品目、または事業内容の記述に現れる品目（その旨を表示）。</translation>
    </message>
    <message>
        <source>Input, output, technology in or out; &apos;partner&apos; when a party listing names a partner.</source>
        <translation>インプット、アウトプット、技術の導入または供与。当事者リストがパートナーを掲載している場合は「パートナー」。</translation>
    </message>
    <message>
        <source>What links the measure&apos;s list to the item: a code (HS and CN digits, control numbers and their sub-entries, the crosswalk), the item vocabulary (a term covers its narrower terms, at the stages the list names) or, for names no term describes, the same words.</source>
        <translation>措置のリストと品目を結び付けるもの：コード（HS・CN の桁、規制番号とその細目、対照表）、品目語彙（用語はリストが挙げる段階でより狭い用語を含む）、または用語で説明できない名称については同じ語句。</translation>
    </message>
    <message>
        <source>Which border the measure acts on (exports, imports, technology, goods made abroad) and the countries that tie the item to it.</source>
        <translation>措置が作用する境界（輸出、輸入、技術、国外で製造された物品）と、品目をそれに結び付ける国。</translation>
    </message>
    <message>
        <source> [assessed]</source>
        <translation> [評価済み]</translation>
    </message>
    <message>
        <source> [dismissed]</source>
        <translation> [除外済み]</translation>
    </message>
    <message>
        <source> (from the activity text)</source>
        <translation> （事業内容の記述から）</translation>
    </message>
    <message>
        <source>Show assessed and dismissed</source>
        <translation>評価済み・除外済みを表示</translation>
    </message>
    <message>
        <source>Screen again</source>
        <translation>再スクリーニング</translation>
    </message>
    <message>
        <source>Draft assessment</source>
        <translation>評価の下書きを作成</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>除外…</translation>
    </message>
    <message>
        <source>Joint venture:</source>
        <translation>合弁会社：</translation>
    </message>
    <message>
        <source>Possible exposures</source>
        <translation>影響の可能性</translation>
    </message>
    <message>
        <source>Needs data</source>
        <translation>不足データ</translation>
    </message>
    <message>
        <source>Facts to record (supplier and destination countries) before screening can decide, the most-depended-on first; and flows read from activity texts.</source>
        <translation>スクリーニングで判断する前に記録すべき事実（供給国と仕向国）。依存度の高いものから順に表示。事業内容から読み取った流れも表示します。</translation>
    </message>
    <message>
        <source>All joint ventures</source>
        <translation>すべての合弁会社</translation>
    </message>
    <message>
        <source>Screening the register…</source>
        <translation>登録簿をスクリーニングしています…</translation>
    </message>
    <message>
        <source>{facts:,} facts to record across {ventures_waiting:,} joint ventures. Choose a joint venture to see its data completeness and the flows read from its activity text.</source>
        <translation>{ventures_waiting:,} 社の合弁会社で記録すべき事実が {facts:,} 件あります。合弁会社を選ぶと、データの充足状況と事業内容から読み取った流れを表示します。</translation>
    </message>
    <message>
        <source>Needs data ({count:,})</source>
        <translation>不足データ（{count:,}）</translation>
    </message>
    <message>
        <source>{exposures:,} possible exposures in {pairs:,} measure x venture pairs; {total:,} unassessed in the register; {facts:,} facts to record</source>
        <translation>措置 x 合弁会社の組み合わせ {pairs:,} 件で影響の可能性 {exposures:,} 件。登録簿で未評価 {total:,} 件。記録すべき事実 {facts:,} 件</translation>
    </message>
    <message>
        <source>Could not screen the register</source>
        <translation>登録簿をスクリーニングできませんでした</translation>
    </message>
    <message>
        <source>
Dismissed by {actor}: {reason}</source>
        <translation>
{actor} が除外：{reason}</translation>
    </message>
    <message>
        <source>{measure} x {venture}
{why}{note}</source>
        <translation>{measure} x {venture}
{why}{note}</translation>
    </message>
    <message>
        <source>Reading the matches</source>
        <translation>照合結果を読み込んでいます</translation>
    </message>
    <message>
        <source>Could not draft the assessment</source>
        <translation>評価の下書きを作成できませんでした</translation>
    </message>
    <message>
        <source>Why does {measure_reference} not matter for &apos;{item_name}&apos; of {venture_name}?</source>
        <translation>{measure_reference} が {venture_name} の「{item_name}」に関係しないのはなぜですか？</translation>
    </message>
    <message>
        <source>Dismiss the exposure</source>
        <translation>影響可能性を除外</translation>
    </message>
</context>
<context>
    <name>field_choices</name>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>相手の版（保存済み）</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>自分の版</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>自分の版(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Theirs</source>
        <translation>相手の版(&amp;T)</translation>
    </message>
</context>
<context>
    <name>field_labels</name>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Original title</source>
        <translation>原語タイトル</translation>
    </message>
    <message>
        <source>Issuing jurisdiction</source>
        <translation>発出法域</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>所管当局</translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation>措置の種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>公表日</translation>
    </message>
    <message>
        <source>Consultation ends on</source>
        <translation>意見募集の終了日</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>発効日</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>削除日</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>出典 URL</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Targets note</source>
        <translation>対象についての注記</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>Targeted jurisdictions</source>
        <translation>対象法域</translation>
    </message>
    <message>
        <source>Excluded jurisdictions</source>
        <translation>除外法域</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>ステータス履歴</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>事業内容</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>関係する金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>持分</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Countries (from / to)</source>
        <translation>国（送り元 / 送り先）</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措置</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合弁会社</translation>
    </message>
    <message>
        <source>Impact channels</source>
        <translation>影響経路</translation>
    </message>
    <message>
        <source>Inherent likelihood</source>
        <translation>固有の発生可能性</translation>
    </message>
    <message>
        <source>Inherent impact</source>
        <translation>固有の影響度</translation>
    </message>
    <message>
        <source>Inherent risk level</source>
        <translation>固有リスクのレベル</translation>
    </message>
    <message>
        <source>Inherent risk rank</source>
        <translation>固有リスクの順位</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>残余の発生可能性</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>残余の影響度</translation>
    </message>
    <message>
        <source>Residual risk level</source>
        <translation>残余リスクのレベル</translation>
    </message>
    <message>
        <source>Residual risk rank</source>
        <translation>残余リスクの順位</translation>
    </message>
    <message>
        <source>Residual risk score</source>
        <translation>残余リスクのスコア</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>対応方針</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>評価者</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>評価日</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>次回レビュー日</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>低減策</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>失効日</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>しきい値</translation>
    </message>
    <message>
        <source>Suspended by</source>
        <translation>停止元</translation>
    </message>
    <message>
        <source>First day suspended</source>
        <translation>停止の初日</translation>
    </message>
    <message>
        <source>Last day suspended</source>
        <translation>停止の最終日</translation>
    </message>
    <message>
        <source>Extensions and lifts</source>
        <translation>延長と解除</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>決定日</translation>
    </message>
    <message>
        <source>From measure</source>
        <translation>関連元の措置</translation>
    </message>
    <message>
        <source>To measure</source>
        <translation>関連先の措置</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Match fingerprint</source>
        <translation>一致のフィンガープリント</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>除外日時</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>判断</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠資料</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記録者</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>判断日時</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認日時</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>別表記</translation>
    </message>
    <message>
        <source>List</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Listed from</source>
        <translation>掲載開始日</translation>
    </message>
    <message>
        <source>Listed until</source>
        <translation>掲載終了日</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>インプット</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>原産地</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技術</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>用語</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>読み替え先</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>関係</translation>
    </message>
    <message>
        <source>Broader term</source>
        <translation>上位語</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Equivalent code</source>
        <translation>対応するコード</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>構成国</translation>
    </message>
    <message>
        <source>Every country (no members listed)</source>
        <translation>すべての国（構成国の指定なし）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Level of each cell (likelihood: impact minor to severe)</source>
        <translation>各セルのレベル（発生可能性：影響度 軽微～深刻）</translation>
    </message>
    <message>
        <source>Assessments whose level changed</source>
        <translation>レベルが変わった評価</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>色</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>順位</translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation>レビュー間隔（日）</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256 チェックサム</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>レコード種別</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <source>Update pack</source>
        <translation>更新パック</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>上書き</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>ページ数</translation>
    </message>
    <message>
        <source>Restored from</source>
        <translation>復元元</translation>
    </message>
    <message>
        <source>Safety copy of the replaced register</source>
        <translation>置き換えられた登録簿の安全用コピー</translation>
    </message>
    <message>
        <source>Copy of the damaged register</source>
        <translation>破損した登録簿のコピー</translation>
    </message>
    <message>
        <source>Moved from</source>
        <translation>移行元</translation>
    </message>
    <message>
        <source>Last audit hash of the source</source>
        <translation>移行元の最後の監査ハッシュ</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>アーカイブ済み</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>保有者</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>ISO code or country name, e.g. CN</source>
        <translation>ISO コードまたは国名（例：CN）</translation>
    </message>
    <message>
        <source>countries or groups by name or code, e.g. United States; EU; EAR:D:5</source>
        <translation>国またはグループの名称かコード（例：United States; EU; EAR:D:5）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Choose a date from a calendar (Alt+Down)</source>
        <translation>カレンダーから日付を選択（Alt+↓）</translation>
    </message>
</context>
<context>
    <name>filter_bar</name>
    <message>
        <source>{label} YYYY-MM-DD (empty: today)</source>
        <translation>{label} YYYY-MM-DD（空欄：今日）</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>このフィルターを削除</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>フィルターをクリア</translation>
    </message>
    <message>
        <source>Any {label}</source>
        <translation>すべての{label}</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>{label} records have no form</source>
        <translation>{label}のレコードにはフォームがありません</translation>
    </message>
</context>
<context>
    <name>groups_dialog</name>
    <message>
        <source>Jurisdiction groups</source>
        <translation>法域グループ</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>構成国</translation>
    </message>
    <message>
        <source>other ways files write it, separated by ;</source>
        <translation>ファイルでの別表記（; で区切る）</translation>
    </message>
    <message>
        <source>Every country (no members listed)</source>
        <translation>すべての国（構成国の指定なし）</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>別表記</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>出典</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新しいグループ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>すべての国</translation>
    </message>
    <message>
        <source>Jurisdiction group not saved</source>
        <translation>法域グループは保存されませんでした</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>グループを削除</translation>
    </message>
    <message>
        <source>Remove the group {code} ({name})?</source>
        <translation>グループ {code}（{name}）を削除しますか？</translation>
    </message>
    <message>
        <source>Jurisdiction group not removed</source>
        <translation>法域グループは削除されませんでした</translation>
    </message>
</context>
<context>
    <name>heat_map</name>
    <message>
        <source>rare</source>
        <translation>まれ</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>可能性は低い</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>可能性あり</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>可能性が高い</translation>
    </message>
    <message>
        <source>almost certain</source>
        <translation>ほぼ確実</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>軽微</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中程度</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>大きい</translation>
    </message>
    <message>
        <source>major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>深刻</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>Likelihood {li} ({likelihood}) x impact {ii} ({impact}): {label}. {n} {noun}; click to list them.</source>
        <translation>発生可能性 {li}（{likelihood}）x 影響度 {ii}（{impact}）：{label}。{noun} {n} 件。クリックで一覧表示。</translation>
    </message>
    <message>
        <source>Likelihood {li}, impact {ii}, {label}, {n} {noun}</source>
        <translation>発生可能性 {li}、影響度 {ii}、{label}、{noun} {n} 件</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Import from CSV or Excel</source>
        <translation>CSV または Excel からインポート</translation>
    </message>
    <message>
        <source>a .csv or .xlsx file</source>
        <translation>.csv または .xlsx ファイル</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>ファイルを確認</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Select a row to see what it changes, field by field (old -&gt; new).</source>
        <translation>行を選ぶと、その変更内容を項目ごとに表示します（旧 -&gt; 新）。</translation>
    </message>
    <message>
        <source>Overwrite with the file</source>
        <translation>ファイルで上書き</translation>
    </message>
    <message>
        <source>Keep the register&apos;s</source>
        <translation>登録簿の値を残す</translation>
    </message>
    <message>
        <source>Rows older than the register:</source>
        <translation>登録簿より古い行：</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>インポートするファイルを選択</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>スプレッドシート (*.csv *.xlsx *.xlsm);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Check the file first: nothing is written until you press Import.</source>
        <translation>まずファイルを確認してください。「インポート」を押すまで何も書き込まれません。</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>{name} を確認しています</translation>
    </message>
    <message>
        <source>{error_count:,} error(s): fix the file and check it again; nothing can be imported while any row has an error.</source>
        <translation>エラー {error_count:,} 件：ファイルを修正して再度確認してください。エラーのある行が残っている間はインポートできません。</translation>
    </message>
    <message>
        <source>{unresolved} row(s) carry an older version than the register (someone edited the record after the file was exported): select each and choose to overwrite it with the file or keep the register&apos;s.</source>
        <translation>{unresolved} 行が登録簿より古い版です（ファイルのエクスポート後に誰かがレコードを編集しました）。各行を選び、ファイルで上書きするか登録簿の値を残すかを選んでください。</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>インポートの準備ができました。</translation>
    </message>
    <message>
        <source>Nothing to import: the register already matches.</source>
        <translation>インポートするものはありません：登録簿は既に一致しています。</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>{name} をインポートしています</translation>
    </message>
    <message>
        <source>Imported. {report}.</source>
        <translation>インポートしました。{report}。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>キャンセルしました。何もインポートされていません。</translation>
    </message>
    <message>
        <source>Error: {e}</source>
        <translation>エラー：{e}</translation>
    </message>
    <message>
        <source>Warning: {w}</source>
        <translation>警告：{w}</translation>
    </message>
</context>
<context>
    <name>import_mapping</name>
    <message>
        <source>(ignore this column)</source>
        <translation>（この列を無視）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>conflict: newer edit in the register</source>
        <translation>競合：登録簿により新しい編集があります</translation>
    </message>
    <message>
        <source>kept as in the register</source>
        <translation>登録簿のまま</translation>
    </message>
    <message>
        <source>overwrite with the file</source>
        <translation>ファイルで上書き</translation>
    </message>
    <message>
        <source>keep the register&apos;s</source>
        <translation>登録簿の値を残す</translation>
    </message>
    <message>
        <source>Columns this file names its own way</source>
        <translation>このファイル独自の名前の列</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>選択</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>keyboard</name>
    <message>
        <source>Removed spaces or tabs from the start or end.</source>
        <translation>先頭または末尾の空白またはタブを削除しました。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>export ban</source>
        <translation>輸出禁止</translation>
    </message>
    <message>
        <source>export licensing requirement</source>
        <translation>輸出許可要件</translation>
    </message>
    <message>
        <source>technology export restriction</source>
        <translation>技術輸出制限</translation>
    </message>
    <message>
        <source>export quota</source>
        <translation>輸出数量割当</translation>
    </message>
    <message>
        <source>export tax</source>
        <translation>輸出税</translation>
    </message>
    <message>
        <source>import tariff</source>
        <translation>輸入関税</translation>
    </message>
    <message>
        <source>end-user / end-use control</source>
        <translation>エンドユーザー / 最終用途規制</translation>
    </message>
    <message>
        <source>investment screening</source>
        <translation>投資審査</translation>
    </message>
    <message>
        <source>framework law</source>
        <translation>基本法</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>extraterritorial / re-export rule</source>
        <translation>域外適用 / 再輸出規則</translation>
    </message>
    <message>
        <source>party listing</source>
        <translation>当事者リスト掲載</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>意見募集</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>採択</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>施行中</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source>repealed</source>
        <translation>廃止</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <source>CN customs 10-digit</source>
        <translation>中国税関 10 桁コード</translation>
    </message>
    <message>
        <source>ECCN</source>
        <translation>ECCN</translation>
    </message>
    <message>
        <source>China dual-use list</source>
        <translation>中国デュアルユース（軍民両用）品目リスト</translation>
    </message>
    <message>
        <source>China technology catalogue</source>
        <translation>中国技術目録</translation>
    </message>
    <message>
        <source>EU dual-use</source>
        <translation>EU デュアルユース</translation>
    </message>
    <message>
        <source>ore or concentrate</source>
        <translation>鉱石または精鉱</translation>
    </message>
    <message>
        <source>refined chemical or metal</source>
        <translation>精製化学品または金属</translation>
    </message>
    <message>
        <source>material</source>
        <translation>素材</translation>
    </message>
    <message>
        <source>component</source>
        <translation>部品</translation>
    </message>
    <message>
        <source>product</source>
        <translation>製品</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>装置</translation>
    </message>
    <message>
        <source>technology</source>
        <translation>技術</translation>
    </message>
    <message>
        <source>service</source>
        <translation>役務</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>計画中</translation>
    </message>
    <message>
        <source>negotiating</source>
        <translation>交渉中</translation>
    </message>
    <message>
        <source>operating</source>
        <translation>操業中</translation>
    </message>
    <message>
        <source>exiting</source>
        <translation>撤退中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>input</source>
        <translation>インプット</translation>
    </message>
    <message>
        <source>output</source>
        <translation>アウトプット</translation>
    </message>
    <message>
        <source>technology in</source>
        <translation>技術の導入</translation>
    </message>
    <message>
        <source>technology out</source>
        <translation>技術の供与</translation>
    </message>
    <message>
        <source>input supply</source>
        <translation>原材料の供給</translation>
    </message>
    <message>
        <source>technology licence</source>
        <translation>技術ライセンス</translation>
    </message>
    <message>
        <source>export sales</source>
        <translation>輸出販売</translation>
    </message>
    <message>
        <source>investment approval</source>
        <translation>投資承認</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>資金調達</translation>
    </message>
    <message>
        <source>tariff cost</source>
        <translation>関税コスト</translation>
    </message>
    <message>
        <source>mitigate</source>
        <translation>低減</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>受容</translation>
    </message>
    <message>
        <source>avoid</source>
        <translation>回避</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>移転</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>監視</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>レビュー中</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未着手</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>対応中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>configure</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>restore database</source>
        <translation>データベースの復元</translation>
    </message>
    <message>
        <source>seal records</source>
        <translation>レコードの封印</translation>
    </message>
    <message>
        <source>not yet issued</source>
        <translation>未公布</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>延長</translation>
    </message>
    <message>
        <source>lifting</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>consultation ends</source>
        <translation>意見募集の終了</translation>
    </message>
    <message>
        <source>takes effect</source>
        <translation>発効</translation>
    </message>
    <message>
        <source>clause takes effect</source>
        <translation>条項の発効</translation>
    </message>
    <message>
        <source>clause expires</source>
        <translation>条項の失効</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>suspension starts</source>
        <translation>停止の開始</translation>
    </message>
    <message>
        <source>suspension ends</source>
        <translation>停止の終了</translation>
    </message>
    <message>
        <source>suspension extended</source>
        <translation>停止の延長</translation>
    </message>
    <message>
        <source>suspension lifted</source>
        <translation>停止の解除</translation>
    </message>
    <message>
        <source>confirm not extended</source>
        <translation>非延長の確認</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>レビュー期日</translation>
    </message>
    <message>
        <source>finalises</source>
        <translation>確定する</translation>
    </message>
    <message>
        <source>amends</source>
        <translation>改正する</translation>
    </message>
    <message>
        <source>suspends</source>
        <translation>停止する</translation>
    </message>
    <message>
        <source>supersedes</source>
        <translation>置き換える</translation>
    </message>
    <message>
        <source>responds to</source>
        <translation>対応する</translation>
    </message>
    <message>
        <source>finalised by</source>
        <translation>確定元</translation>
    </message>
    <message>
        <source>amended by</source>
        <translation>改正元</translation>
    </message>
    <message>
        <source>suspended by</source>
        <translation>停止元</translation>
    </message>
    <message>
        <source>superseded by</source>
        <translation>置換元</translation>
    </message>
    <message>
        <source>responded to by</source>
        <translation>対応元</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>措置</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>措置</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措置</translation>
    </message>
    <message>
        <source>joint venture</source>
        <translation>合弁会社</translation>
    </message>
    <message>
        <source>joint ventures</source>
        <translation>合弁会社</translation>
    </message>
    <message>
        <source>Joint ventures</source>
        <translation>合弁会社</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>評価</translation>
    </message>
    <message>
        <source>measure link</source>
        <translation>措置の関連</translation>
    </message>
    <message>
        <source>measure links</source>
        <translation>措置の関連</translation>
    </message>
    <message>
        <source>exposure dismissal</source>
        <translation>影響可能性の除外</translation>
    </message>
    <message>
        <source>exposure dismissals</source>
        <translation>影響可能性の除外</translation>
    </message>
    <message>
        <source>synonym</source>
        <translation>同義語</translation>
    </message>
    <message>
        <source>synonyms</source>
        <translation>同義語</translation>
    </message>
    <message>
        <source>risk matrix</source>
        <translation>リスクマトリクス</translation>
    </message>
    <message>
        <source>risk matrices</source>
        <translation>リスクマトリクス</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>database</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>databases</source>
        <translation>データベース</translation>
    </message>
    <message>
        <source>jurisdiction group</source>
        <translation>法域グループ</translation>
    </message>
    <message>
        <source>jurisdiction groups</source>
        <translation>法域グループ</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>suspension window</source>
        <translation>停止期間</translation>
    </message>
    <message>
        <source>suspension windows</source>
        <translation>停止期間</translation>
    </message>
    <message>
        <source>Suspension windows</source>
        <translation>停止期間</translation>
    </message>
    <message>
        <source>event confirmation</source>
        <translation>イベントの確認</translation>
    </message>
    <message>
        <source>event confirmations</source>
        <translation>イベントの確認</translation>
    </message>
    <message>
        <source>taxonomy term</source>
        <translation>分類用語</translation>
    </message>
    <message>
        <source>taxonomy terms</source>
        <translation>分類用語</translation>
    </message>
    <message>
        <source>taxonomy relation</source>
        <translation>分類関係</translation>
    </message>
    <message>
        <source>taxonomy relations</source>
        <translation>分類関係</translation>
    </message>
    <message>
        <source>crosswalk row</source>
        <translation>対照表の行</translation>
    </message>
    <message>
        <source>crosswalk rows</source>
        <translation>対照表の行</translation>
    </message>
    <message>
        <source>inferred flow</source>
        <translation>推定された流れ</translation>
    </message>
    <message>
        <source>inferred flows</source>
        <translation>推定された流れ</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <source>briefings</source>
        <translation>ブリーフィング</translation>
    </message>
    <message>
        <source>party</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>listed party</source>
        <translation>掲載当事者</translation>
    </message>
    <message>
        <source>listed parties</source>
        <translation>掲載当事者</translation>
    </message>
    <message>
        <source>ownership rule</source>
        <translation>所有規則</translation>
    </message>
    <message>
        <source>ownership rules</source>
        <translation>所有規則</translation>
    </message>
    <message>
        <source>party match</source>
        <translation>当事者の一致</translation>
    </message>
    <message>
        <source>party matches</source>
        <translation>当事者の一致</translation>
    </message>
    <message>
        <source>content share</source>
        <translation>含有割合</translation>
    </message>
    <message>
        <source>content shares</source>
        <translation>含有割合</translation>
    </message>
    <message>
        <source>de minimis rule</source>
        <translation>デミニミス規則</translation>
    </message>
    <message>
        <source>de minimis rules</source>
        <translation>デミニミス規則</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Original title</source>
        <translation>原語タイトル</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>法域</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>所管当局</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>公表</translation>
    </message>
    <message>
        <source>Consultation ends</source>
        <translation>意見募集の終了</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>発効</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合弁会社</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>事業内容</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>関係する金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Worst residual</source>
        <translation>最大の残余リスク</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措置</translation>
    </message>
    <message>
        <source>Measure title</source>
        <translation>措置のタイトル</translation>
    </message>
    <message>
        <source>Impact channels</source>
        <translation>影響経路</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>固有</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>残余</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>対応方針</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>評価者</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>評価日</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>次回レビュー</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>レビュー</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
</context>
<context>
    <name>live_form</name>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>相手の版を再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>自分の変更を保持(&amp;K)</translation>
    </message>
    <message>
        <source>You will choose per field when you save.</source>
        <translation>保存するときに項目ごとに選択します。</translation>
    </message>
    <message>
        <source>Changed underneath</source>
        <translation>他で変更されました</translation>
    </message>
    <message>
        <source>This {label} was deleted from the register; it can no longer be saved. Your entries are still here.</source>
        <translation>この{label}は登録簿から削除されたため、保存できません。入力した内容はそのまま残っています。</translation>
    </message>
    <message>
        <source>{who} changed this {label} on {at} while you were editing: reload theirs, or keep mine (you will choose per field when you save).</source>
        <translation>編集中に{who}が{at}にこの{label}を変更しました。相手の版を再読み込みするか、自分の変更を保持してください（保存するときに項目ごとに選択します）。</translation>
    </message>
    <message>
        <source>Someone changed this {label} while you were editing: reload theirs, or keep mine (you will choose per field when you save).</source>
        <translation>編集中に他の人がこの{label}を変更しました。相手の版を再読み込みするか、自分の変更を保持してください（保存するときに項目ごとに選択します）。</translation>
    </message>
    <message>
        <source>{who} archived this {label} on {at}; restore it before saving. Your entries are still here.</source>
        <translation>{who}が{at}にこの{label}をアーカイブしました。保存する前に復元してください。入力した内容はそのまま残っています。</translation>
    </message>
    <message>
        <source>Someone archived this {label}; restore it before saving. Your entries are still here.</source>
        <translation>他の人がこの{label}をアーカイブしました。保存する前に復元してください。入力した内容はそのまま残っています。</translation>
    </message>
</context>
<context>
    <name>measure_form</name>
    <message>
        <source>Item</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>Codes (e.g. HS:2504.10; ECCN:3A090)</source>
        <translation>コード（例：HS:2504.10; ECCN:3A090）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>開始日（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>title in the original language, if any</source>
        <translation>原語でのタイトル（ある場合）</translation>
    </message>
    <message>
        <source>what the targets say beyond countries and groups, e.g. most entities</source>
        <translation>国・グループ以外の対象についての記述（例：ほとんどの事業体）</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>ステータスの変更</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>参照番号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Original title</source>
        <translation>原語タイトル</translation>
    </message>
    <message>
        <source>Issuing jurisdiction</source>
        <translation>発出法域</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>所管当局</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>公表日</translation>
    </message>
    <message>
        <source>Consultation ends on</source>
        <translation>意見募集の終了日</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>発効日</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>削除日</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>出典 URL</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Controlled items</source>
        <translation>規制対象品目</translation>
    </message>
    <message>
        <source>Targeted jurisdictions</source>
        <translation>対象法域</translation>
    </message>
    <message>
        <source>Excluded jurisdictions</source>
        <translation>除外法域</translation>
    </message>
    <message>
        <source>Targets note</source>
        <translation>対象についての注記</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>ステータス履歴</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Items and jurisdictions</source>
        <translation>品目と法域</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>経緯</translation>
    </message>
    <message>
        <source>Clauses and suspensions</source>
        <translation>条項と停止</translation>
    </message>
</context>
<context>
    <name>measure_time_tab</name>
    <message>
        <source>Add clause…</source>
        <translation>条項を追加…</translation>
    </message>
    <message>
        <source>Edit clause…</source>
        <translation>条項を編集…</translation>
    </message>
    <message>
        <source>Add suspension window…</source>
        <translation>停止期間を追加…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>延長…</translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation>解除…</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条項</translation>
    </message>
    <message>
        <source>Suspension windows (on this measure or made by it)</source>
        <translation>停止期間（この措置に対するもの、またはこの措置によるもの）</translation>
    </message>
    <message>
        <source>Today ({day}): {label}</source>
        <translation>今日（{day}）：{label}</translation>
    </message>
    <message>
        <source> since {since}</source>
        <translation> {since} から</translation>
    </message>
    <message>
        <source> until {until}</source>
        <translation> {until} まで</translation>
    </message>
    <message>
        <source>effective {day}</source>
        <translation>{day} 施行</translation>
    </message>
    <message>
        <source>expires after {day}</source>
        <translation>{day} 後に失効</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>停止中</translation>
    </message>
    <message>
        <source> (clause {clause})</source>
        <translation> （条項 {clause}）</translation>
    </message>
    <message>
        <source> by {suspension_reference}</source>
        <translation> {suspension_reference} による</translation>
    </message>
    <message>
        <source>suspends {measure_reference}</source>
        <translation>{measure_reference} を停止</translation>
    </message>
    <message>
        <source> clause {clause}</source>
        <translation> 条項 {clause}</translation>
    </message>
    <message>
        <source>{what}: {starts_on} through {end}{changes}</source>
        <translation>{what}：{starts_on} から {end}{changes}</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>Suspension windows</source>
        <translation>停止期間</translation>
    </message>
    <message>
        <source>Select a window first.</source>
        <translation>先に期間を選択してください。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>row {n}</source>
        <translation>{n} 行目</translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation>{n} 番目の項目</translation>
    </message>
    <message>
        <source>nothing half-done was kept</source>
        <translation>途中までの変更は残していません</translation>
    </message>
    <message>
        <source>Something went wrong: {name__}: {exc}
Nothing was saved. The details below help support.</source>
        <translation>問題が発生しました：{name__}：{exc}
何も保存されていません。以下の詳細はサポートに役立ちます。</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>Record forms are not available in this build ({exc}).</source>
        <translation>このビルドではレコードのフォームを利用できません（{exc}）。</translation>
    </message>
</context>
<context>
    <name>needs_data_panel</name>
    <message>
        <source>Joint venture</source>
        <translation>合弁会社</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>Measures waiting</source>
        <translation>判断待ちの措置</translation>
    </message>
    <message>
        <source>Which measures</source>
        <translation>どの措置か</translation>
    </message>
    <message>
        <source>An item of the venture (or one its activity text names).</source>
        <translation>合弁会社の品目（または事業内容の記述に現れる品目）。</translation>
    </message>
    <message>
        <source>Supplier countries of an input, destinations of an output: with them recorded, each measure listed either reaches the item or does not.</source>
        <translation>インプットの供給国、アウトプットの仕向国：これらが記録されれば、掲載された各措置が品目に及ぶかどうかが決まります。</translation>
    </message>
    <message>
        <source>How many measures cannot be decided until this is recorded.</source>
        <translation>これが記録されるまで判断できない措置の数。</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>読み取り元</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>語句</translation>
    </message>
    <message>
        <source>The activity text, the notes, a foreign partner (for technology nobody names a licensor for), or the venture&apos;s own mine (for ore).</source>
        <translation>事業内容の記述、メモ、外国パートナー（ライセンサーが示されていない技術の場合）、または合弁会社自身の鉱山（鉱石の場合）。</translation>
    </message>
    <message>
        <source>Record countries…</source>
        <translation>国を記録…</translation>
    </message>
    <message>
        <source>Record the missing countries of the selected item (audited); the measures waiting on it are then decided.</source>
        <translation>選択した品目の不足している国を記録します（監査対象）。その情報を待っている措置が判断されます。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確認</translation>
    </message>
    <message>
        <source>Record this flow on the venture (audited); screening then trusts it fully.</source>
        <translation>この流れを合弁会社に記録します（監査対象）。以後スクリーニングはこれを完全に信頼します。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Not true: screening stops using it and it is not proposed again (audited).</source>
        <translation>正しくない：スクリーニングでは使われなくなり、再提案もされません（監査対象）。</translation>
    </message>
    <message>
        <source>Flows read from the activity text (used with medium confidence until confirmed)</source>
        <translation>事業内容から読み取った流れ（確認されるまでは中程度の確度で使用）</translation>
    </message>
    <message>
        <source> (not recorded)</source>
        <translation> （未記録）</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>（指定なし）</translation>
    </message>
    <message>
        <source>Record countries</source>
        <translation>国を記録</translation>
    </message>
    <message>
        <source>{missing} of &apos;{item_name}&apos; at {venture_name} (ISO codes such as CN, KR; separate them with commas):</source>
        <translation>{venture_name} の「{item_name}」の{missing}（CN、KR などの ISO コード。カンマで区切る）：</translation>
    </message>
    <message>
        <source>Could not record the countries</source>
        <translation>国を記録できませんでした</translation>
    </message>
    <message>
        <source>Could not record the decision</source>
        <translation>判断を記録できませんでした</translation>
    </message>
</context>
<context>
    <name>ownership_panel</name>
    <message>
        <source>Party</source>
        <translation>当事者</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>持分</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>掲載</translation>
    </message>
    <message>
        <source>Held by listed parties</source>
        <translation>掲載当事者の保有分</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>計算</translation>
    </message>
    <message>
        <source>On</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>Computing ownership…</source>
        <translation>所有関係を計算しています…</translation>
    </message>
    <message>
        <source>Could not compute ownership: {exc}</source>
        <translation>所有関係を計算できませんでした：{exc}</translation>
    </message>
    <message>
        <source>not yet issued</source>
        <translation>未公布</translation>
    </message>
    <message>
        <source>{measure_reference} ({status}), threshold {threshold}</source>
        <translation>{measure_reference}（{status}）、しきい値 {threshold}</translation>
    </message>
    <message>
        <source> (shown above)</source>
        <translation> （上記参照）</translation>
    </message>
    <message>
        <source>No rule with an ownership threshold (record a party listing or a threshold).</source>
        <translation>所有のしきい値を持つ規則がありません（当事者リスト掲載またはしきい値を記録してください）。</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>English</source>
        <translation>英語</translation>
    </message>
    <message>
        <source>Simplified Chinese (简体中文)</source>
        <translation>簡体字中国語（简体中文）</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <source>rare</source>
        <translation>まれ</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>可能性は低い</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>可能性あり</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>可能性が高い</translation>
    </message>
    <message>
        <source>almost certain</source>
        <translation>ほぼ確実</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>軽微</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中程度</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>大きい</translation>
    </message>
    <message>
        <source>major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>深刻</translation>
    </message>
    <message>
        <source>Type to search: {noun}…</source>
        <translation>入力して検索：{noun}…</translation>
    </message>
    <message>
        <source>Choose: {noun}</source>
        <translation>選択：{noun}</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未採点</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>発生可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影響度</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未採点</translation>
    </message>
    <message>
        <source>Choose a likelihood and an impact</source>
        <translation>発生可能性と影響度を選択してください</translation>
    </message>
    <message>
        <source>Level from the risk matrix: {label}</source>
        <translation>リスクマトリクスによるレベル：{label}</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Default report folder</source>
        <translation>既定のレポート保存先フォルダー</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>環境設定</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>システムに従う（{language}）</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>システムに従う</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>empty: the folder of the last report</source>
        <translation>空欄：前回のレポートのフォルダー</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>A new language applies when the application starts again.</source>
        <translation>新しい言語はアプリケーションの次回起動時に適用されます。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Review cadence by risk level (this register)</source>
        <translation>リスクレベル別のレビュー周期（この登録簿）</translation>
    </message>
    <message>
        <source>The register&apos;s risk matrix could not be read.</source>
        <translation>登録簿のリスクマトリクスを読み込めませんでした。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日</translation>
    </message>
    <message>
        <source>Next reviews are set from these when an assessment is saved. Level names, colours and the grid are set in the risk matrix editor.</source>
        <translation>評価の保存時に、これをもとに次回レビュー日が設定されます。レベル名、色、グリッドはリスクマトリクスの編集画面で設定します。</translation>
    </message>
    <message>
        <source>Edit risk matrix…</source>
        <translation>リスクマトリクスを編集…</translation>
    </message>
    <message>
        <source>Saving the review cadence</source>
        <translation>レビュー周期を保存しています</translation>
    </message>
    <message>
        <source>The review cadence was not saved</source>
        <translation>レビュー周期は保存されませんでした</translation>
    </message>
</context>
<context>
    <name>record_views</name>
    <message>
        <source>Show archived</source>
        <translation>アーカイブ済みを表示</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>レビュー期限超過</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>リスクレベル</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>法域</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Search reference, title, authority, summary</source>
        <translation>参照番号、タイトル、所管当局、概要を検索</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>Search name, partners, location, activity, owner</source>
        <translation>名称、パートナー、所在地、事業内容、担当者を検索</translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation>措置の種類</translation>
    </message>
    <message>
        <source>Search measure, joint venture, owner, rationale</source>
        <translation>措置、合弁会社、担当者、根拠を検索</translation>
    </message>
    <message>
        <source>Residual likelihood {likelihood} x impact {impact}</source>
        <translation>残余の発生可能性 {likelihood} x 影響度 {impact}</translation>
    </message>
</context>
<context>
    <name>report_dialog</name>
    <message>
        <source>PDF risk briefing</source>
        <translation>PDF リスクブリーフィング</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Excel risk workbook</source>
        <translation>Excel リスクワークブック</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel ワークブック (*.xlsx)</translation>
    </message>
    <message>
        <source>unknown report kind {kind!r}; use pdf or xlsx</source>
        <translation>不明なレポート種類 {kind!r}。pdf または xlsx を使用してください</translation>
    </message>
    <message>
        <source>Create the {title}</source>
        <translation>{title}を作成</translation>
    </message>
    <message>
        <source>List changes since</source>
        <translation>この日以降の変更を一覧表示</translation>
    </message>
    <message>
        <source>Reading the joint ventures…</source>
        <translation>合弁会社を読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not list the joint ventures: {reason}</source>
        <translation>合弁会社を一覧表示できませんでした：{reason}</translation>
    </message>
    <message>
        <source>Add the full appendix (every venture and measure, the raw audit list)</source>
        <translation>完全な付録を追加（すべての合弁会社と措置、監査記録の一覧）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>Open the file when it is ready</source>
        <translation>完成したらファイルを開く</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>作成</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>フォルダーに表示</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>基準日</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Venture dossier
(none ticked = board pack)</source>
        <translation>合弁会社ドシエ
（未選択 = 取締役会向け資料）</translation>
    </message>
    <message>
        <source>Joint ventures
(none ticked = all)</source>
        <translation>合弁会社
（チェックなし = すべて）</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>作成者</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>保存先</translation>
    </message>
    <message>
        <source>Dossier of {n} joint venture(s): their measures with sources, assessments, actions, screening and audit trail, with the full appendix.</source>
        <translation>{n} 社の合弁会社のドシエ：出典付きの措置、評価、対応、スクリーニング、監査証跡（完全な付録付き）。</translation>
    </message>
    <message>
        <source>Dossier of {n} joint venture(s): their measures with sources, assessments, actions, screening and audit trail.</source>
        <translation>{n} 社の合弁会社のドシエ：出典付きの措置、評価、対応、スクリーニング、監査証跡。</translation>
    </message>
    <message>
        <source>Board pack: key messages and decisions, changes since the last briefing, heat maps, top risks and calendar, with the full appendix.</source>
        <translation>取締役会向け資料：要点と決定事項、前回のブリーフィング以降の変化、ヒートマップ、主要リスク、日程（完全な付録付き）。</translation>
    </message>
    <message>
        <source>Board pack: key messages and decisions, changes since the last briefing, heat maps, top risks and calendar, at most 12 pages.</source>
        <translation>取締役会向け資料：要点と決定事項、前回のブリーフィング以降の変化、ヒートマップ、主要リスク、日程（最大 12 ページ）。</translation>
    </message>
    <message>
        <source>No program here opens {suffix} files. The report is saved as {result_path}; use Show in folder to find it.</source>
        <translation>この環境には {suffix} ファイルを開くプログラムがありません。レポートは {result_path} に保存されました。「フォルダーに表示」で確認してください。</translation>
    </message>
    <message>
        <source>No file manager is available. The report is in {parent}</source>
        <translation>ファイルマネージャーを利用できません。レポートは {parent} にあります</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>レポートの保存先</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>レポートの保存先を選択してください。</translation>
    </message>
    <message>
        <source>Not created: {reason}</source>
        <translation>作成されませんでした：{reason}</translation>
    </message>
    <message>
        <source>The report was not created</source>
        <translation>レポートは作成されませんでした</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>{name}を作成しています…</translation>
    </message>
    <message>
        <source>Creating {name}</source>
        <translation>{name}を作成しています</translation>
    </message>
    <message>
        <source>Saved: {result_path}</source>
        <translation>保存しました：{result_path}</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>キャンセルしました。ファイルは書き込まれていません。</translation>
    </message>
</context>
<context>
    <name>rows_editor</name>
    <message>
        <source>(not recorded)</source>
        <translation>（未記録）</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>{noun}を追加</translation>
    </message>
    <message>
        <source>Remove {noun}</source>
        <translation>{noun}を削除</translation>
    </message>
</context>
<context>
    <name>table_view</name>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source> match the filters</source>
        <translation> 件がフィルターに一致</translation>
    </message>
    <message>
        <source>Could not read the {noun}</source>
        <translation>{noun}を読み込めませんでした</translation>
    </message>
</context>
<context>
    <name>time_dialogs</name>
    <message>
        <source>Item</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>Codes (e.g. HS:2504.10; ECCN:3A090)</source>
        <translation>コード（例：HS:2504.10; ECCN:3A090）</translation>
    </message>
    <message>
        <source>{label} is required (YYYY-MM-DD)</source>
        <translation>{label}は必須です（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>{label}: {text!r} is not a date; write YYYY-MM-DD</source>
        <translation>{label}：{text!r} は日付ではありません。YYYY-MM-DD で入力してください</translation>
    </message>
    <message>
        <source>Clause {label}</source>
        <translation>条項 {label}</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>新しい条項</translation>
    </message>
    <message>
        <source>(follows its dates)</source>
        <translation>（その日付に従う）</translation>
    </message>
    <message>
        <source>e.g. &gt;=0.1% by value of China-origin content</source>
        <translation>例：価額ベースで中国原産の含有分 &gt;=0.1%</translation>
    </message>
    <message>
        <source>Label *</source>
        <translation>ラベル *</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>本文</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>品目</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>発効日</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>失効日</translation>
    </message>
    <message>
        <source>Own status</source>
        <translation>独自のステータス</translation>
    </message>
    <message>
        <source>Value threshold</source>
        <translation>価額のしきい値</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>除外</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>New suspension window</source>
        <translation>新しい停止期間</translation>
    </message>
    <message>
        <source>the whole measure</source>
        <translation>措置全体</translation>
    </message>
    <message>
        <source>clause {label}</source>
        <translation>条項 {label}</translation>
    </message>
    <message>
        <source>reference of the suspending measure</source>
        <translation>停止を定める措置の参照番号</translation>
    </message>
    <message>
        <source>Suspends</source>
        <translation>停止対象</translation>
    </message>
    <message>
        <source>Suspended by</source>
        <translation>停止元</translation>
    </message>
    <message>
        <source>First day suspended *</source>
        <translation>停止の初日 *</translation>
    </message>
    <message>
        <source>Last day suspended (empty: open-ended)</source>
        <translation>停止の最終日（空欄：期限なし）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>First day suspended</source>
        <translation>停止の初日</translation>
    </message>
    <message>
        <source>Last day suspended</source>
        <translation>停止の最終日</translation>
    </message>
    <message>
        <source>Lift the suspension</source>
        <translation>停止を解除</translation>
    </message>
    <message>
        <source>Extend the suspension</source>
        <translation>停止を延長</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>期限なし</translation>
    </message>
    <message>
        <source>Applies again from *</source>
        <translation>再適用日 *</translation>
    </message>
    <message>
        <source>Decided on *</source>
        <translation>決定日 *</translation>
    </message>
    <message>
        <source>New last day suspended</source>
        <translation>新しい停止の最終日</translation>
    </message>
    <message>
        <source>Note (e.g. the instrument)</source>
        <translation>メモ（例：根拠となる文書）</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>日付</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>編集</translation>
    </message>
    <message>
        <source>This {label} was changed since (by someone else or another window); undoing would overwrite that change, so nothing was changed.</source>
        <translation>この{label}はその後変更されています（他の人または別のウィンドウにより）。元に戻すとその変更を上書きするため、何も変更していません。</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>アーカイブ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
</context>
<context>
    <name>undo_config</name>
    <message>
        <source>This {what} was changed since (by someone else or another window); undoing would overwrite that change, so nothing was changed.</source>
        <translation>この{what}はその後変更されています（他の人または別のウィンドウにより）。元に戻すとその変更を上書きするため、何も変更していません。</translation>
    </message>
    <message>
        <source>Add synonym {term}</source>
        <translation>同義語 {term} を追加</translation>
    </message>
    <message>
        <source>Remove synonym {term}</source>
        <translation>同義語 {term} を削除</translation>
    </message>
    <message>
        <source>Edit synonym {term}</source>
        <translation>同義語 {term} を編集</translation>
    </message>
    <message>
        <source>Edit the risk matrix</source>
        <translation>リスクマトリクスを編集</translation>
    </message>
    <message>
        <source>Link {sentence}</source>
        <translation>関連付け：{sentence}</translation>
    </message>
    <message>
        <source>Remove link {sentence}</source>
        <translation>関連を削除：{sentence}</translation>
    </message>
</context>
<context>
    <name>undo_screening</name>
    <message>
        <source>Dismiss {measure_reference} x {venture_name}: {item_name}</source>
        <translation>{measure_reference} x {venture_name} を除外：{item_name}</translation>
    </message>
    <message>
        <source>Put the exposure back</source>
        <translation>影響可能性を元に戻す</translation>
    </message>
    <message>
        <source>Dismiss the exposure again</source>
        <translation>影響可能性を再び除外</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>is required</source>
        <translation>は必須です</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>エラーあり</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>venture_form</name>
    <message>
        <source>Partner</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>持分 %</translation>
    </message>
    <message>
        <source>Key input or output</source>
        <translation>主要なインプットまたはアウトプット</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Codes (e.g. HS:2504.10)</source>
        <translation>コード（例：HS:2504.10）</translation>
    </message>
    <message>
        <source>Countries (from / to)</source>
        <translation>国（送り元 / 送り先）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>段階</translation>
    </message>
    <message>
        <source>e.g. 125000000.00</source>
        <translation>例：125000000.00</translation>
    </message>
    <message>
        <source>ISO 4217, e.g. USD</source>
        <translation>ISO 4217（例：USD）</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation>国 *</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>事業内容</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>業種</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>関係する金額</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Internal owner</source>
        <translation>社内担当者</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>パートナー</translation>
    </message>
    <message>
        <source>Key inputs</source>
        <translation>主要なインプット</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Partners and ownership</source>
        <translation>パートナーと所有関係</translation>
    </message>
    <message>
        <source>Key inputs and codes</source>
        <translation>主要なインプットとコード</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>所有関係</translation>
    </message>
    <message>
        <source>Ownership total: - (a share is not a number)</source>
        <translation>持分の合計：-（数値でない持分があります）</translation>
    </message>
    <message>
        <source>Known shares: {total}% ({OWNERSHIP_INCOMPLETE}: {unknown} not disclosed)</source>
        <translation>判明している持分：{total}%（{OWNERSHIP_INCOMPLETE}：{unknown} 件非開示）</translation>
    </message>
    <message>
        <source>{rest}% unallocated</source>
        <translation>{rest}% 未配分</translation>
    </message>
    <message>
        <source>{excess}% too much</source>
        <translation>{excess}% 超過</translation>
    </message>
    <message>
        <source>Ownership total: {total}% ({note})</source>
        <translation>持分の合計：{total}%（{note}）</translation>
    </message>
</context>
<context>
    <name>window_status</name>
    <message>
        <source> (read-only)</source>
        <translation> （読み取り専用）</translation>
    </message>
    <message>
        <source>Database: {display_name}</source>
        <translation>データベース：{display_name}</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can browse, search and export, but not change records.</source>
        <translation>読み取り専用：{reason}。閲覧、検索、エクスポートはできますが、レコードは変更できません。</translation>
    </message>
    <message>
        <source>the database file or its folder cannot be written</source>
        <translation>データベースファイルまたはそのフォルダーに書き込めません</translation>
    </message>
    <message>
        <source>Counts unavailable: {exc}</source>
        <translation>件数を取得できません：{exc}</translation>
    </message>
    <message>
        <source>{live} · {overdue_reviews:,} reviews overdue</source>
        <translation>{live} · 期限超過のレビュー {overdue_reviews:,} 件</translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation>登録簿が破損しています</translation>
    </message>
    <message>
        <source>{display_name} failed SQLite&apos;s integrity check ({problem}).

It is now open read-only, so nothing more is written to it. Export what you need, then restore it from a backup with `export-risk restore BACKUP_FILE` (the damaged file is kept as evidence).</source>
        <translation>{display_name} は SQLite の整合性チェックに合格しませんでした（{problem}）。

読み取り専用で開いているため、これ以上は書き込まれません。必要なものをエクスポートしてから、`export-risk restore BACKUP_FILE` でバックアップから復元してください（破損したファイルは証跡として保持されます）。</translation>
    </message>
</context>
<context>
    <name>window_views</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Exposures</source>
        <translation>影響の可能性</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
</TS>
