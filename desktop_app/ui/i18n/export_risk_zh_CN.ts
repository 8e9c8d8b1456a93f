<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CheckDialog</name>
    <message>
        <source>Check the register</source>
        <translation>检查登记册</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>Check a backup…</source>
        <translation>检查备份…</translation>
    </message>
    <message>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <source>Check a backup</source>
        <translation>检查备份</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>正在检查 {0}…</translation>
    </message>
    <message>
        <source>Checking the register</source>
        <translation>正在检查登记册</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message>
        <source>Problems found.</source>
        <translation>发现问题。</translation>
    </message>
    <message>
        <source>The check could not be made.</source>
        <translation>无法进行检查。</translation>
    </message>
</context>
<context>
    <name>ExposuresView</name>
    <message>
        <source>Code: the measure&apos;s list and the item share a code, or one covers the other (HS and CN digits, control numbers and their sub-entries, the crosswalk).</source>
        <translation>编码：措施清单与物项共享一个编码，或其中一个涵盖另一个（HS 和 CN 编码、管制编号及其子项、对照表）。</translation>
    </message>
    <message>
        <source>Item vocabulary: the item&apos;s name is a term (or another name of one) that the list&apos;s entry covers, itself or through a broader term, at the stages the list names.</source>
        <translation>物项词汇：物项名称是清单条目本身或通过上位术语所涵盖的术语（或其别名），且处于清单所列的阶段。</translation>
    </message>
    <message>
        <source>Same words only: no vocabulary term describes the item. If the match is right, a synonym (Edit &gt; Screening synonyms) makes screening read the name as a known term.</source>
        <translation>仅字面相同：没有词汇术语描述该物项。如果匹配正确，可添加同义词（编辑 &gt; 筛查同义词），使筛查将该名称识别为已知术语。</translation>
    </message>
    <message>
        <source>high: recorded codes or countries and a known stage.</source>
        <translation>高：已记录的编码或国家以及已知的阶段。</translation>
    </message>
    <message>
        <source>medium: a country read from the activity text and not confirmed, or an item whose stage is not known.</source>
        <translation>中：从业务描述中读取且未经确认的国家，或阶段未知的物项。</translation>
    </message>
    <message>
        <source>low: the same words only (no vocabulary term describes it).</source>
        <translation>低：仅字面相同（没有词汇术语描述它）。</translation>
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
        <translation>业务描述</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>foreign partner</source>
        <translation>外方合作伙伴</translation>
    </message>
    <message>
        <source>own mine</source>
        <translation>自有矿山</translation>
    </message>
    <message>
        <source>list entry</source>
        <translation>清单条目</translation>
    </message>
</context>
<context>
    <name>LineageTab</name>
    <message>
        <source>Add link…</source>
        <translation>添加关联…</translation>
    </message>
    <message>
        <source>Remove link</source>
        <translation>移除关联</translation>
    </message>
    <message>
        <source>No links yet. Add link… records that this measure finalises, amends, suspends or supersedes another.</source>
        <translation>尚无关联。“添加关联…”可记录此措施最终确定、修订、暂停或取代另一项措施。</translation>
    </message>
    <message>
        <source>Remove the link &quot;{0}&quot;? The audit log keeps what it said.</source>
        <translation>移除关联“{0}”？审计日志会保留其内容。</translation>
    </message>
    <message>
        <source>Remove the link</source>
        <translation>移除关联</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <source>Link to another measure</source>
        <translation>关联到另一项措施</translation>
    </message>
    <message>
        <source>This measure</source>
        <translation>此措施</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>Other measure</source>
        <translation>另一项措施</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Choose the other measure (type part of its reference or title).</source>
        <translation>选择另一项措施（输入其编号或标题的一部分）。</translation>
    </message>
</context>
<context>
    <name>Maintenance</name>
    <message>
        <source>Note: {0}.</source>
        <translation>备注：{0}。</translation>
    </message>
    <message>
        <source>{0} is sound: its pages and foreign keys are intact, the audit trail of {1} entries is unbroken (head {2}), {3} records match their sealed state and the rules hold.</source>
        <translation>{0} 完好：其页面和外键完整，{1} 条审计记录构成的审计链未中断（链头 {2}），{3} 条记录与其封存状态一致，且规则均成立。</translation>
    </message>
    <message>
        <source>{0} problems in {1}:</source>
        <translation>{1} 中有 {0} 个问题：</translation>
    </message>
    <message>
        <source>If records were changed outside the application, check a backup (Check a backup…), then restore it with File &gt; Restore from backup…, or correct the records in the application.</source>
        <translation>如果记录在应用程序之外被更改，请先检查一份备份（检查备份…），然后通过“文件 &gt; 从备份恢复…”恢复，或在应用程序中更正这些记录。</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <source>Restore works on register files; a shared PostgreSQL register is restored with pg_dump and pg_restore.</source>
        <translation>恢复适用于登记册文件；共享的 PostgreSQL 登记册请使用 pg_dump 和 pg_restore 恢复。</translation>
    </message>
    <message>
        <source>Restore the register from</source>
        <translation>从以下位置恢复登记册</translation>
    </message>
    <message>
        <source>Replace the register {0} with the backup {1}? The backup is verified first; the register as it is now is kept as a safety copy, and the restore is written in the audit trail. Changes since the backup will no longer show.</source>
        <translation>用备份 {1} 替换登记册 {0}？将先校验备份；登记册的当前状态会保留为安全副本，恢复操作会写入审计记录。备份之后的更改将不再显示。</translation>
    </message>
    <message>
        <source>Restored {0} from {1}. The previous state is saved as {2}.</source>
        <translation>已从 {1} 恢复 {0}。之前的状态已保存为 {2}。</translation>
    </message>
    <message>
        <source>The register was not restored</source>
        <translation>登记册未恢复</translation>
    </message>
    <message>
        <source>Restoring the register</source>
        <translation>正在恢复登记册</translation>
    </message>
</context>
<context>
    <name>MatrixDialog</name>
    <message>
        <source>Risk matrix</source>
        <translation>风险矩阵</translation>
    </message>
    <message>
        <source>Levels (lowest first)</source>
        <translation>等级（从低到高）</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation>复核周期（天）</translation>
    </message>
    <message>
        <source>Level of each cell (rows: likelihood, columns: impact)</source>
        <translation>各单元格的等级（行：可能性，列：影响）</translation>
    </message>
    <message>
        <source>Save the risk matrix</source>
        <translation>保存风险矩阵</translation>
    </message>
    <message>
        <source>Risk matrix saved; {0} assessments changed level.</source>
        <translation>风险矩阵已保存；{0} 项评估的等级发生变化。</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <source>announcement</source>
        <translation>公布</translation>
    </message>
    <message>
        <source>effective</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>  {0}: {1} (title {2:.0f}% alike, same {3} date)</source>
        <translation>  {0}：{1}（标题相似度 {2:.0f}%，{3}日期相同）</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>The register already has a measure of the same authority and date with a similar title:
{0}

Save this new measure anyway?</source>
        <translation>登记册中已有一项发布机关和日期相同、标题相似的措施：
{0}

仍要保存这项新措施吗？</translation>
    </message>
</context>
<context>
    <name>PackDialog</name>
    <message>
        <source>Import update pack</source>
        <translation>导入更新包</translation>
    </message>
    <message>
        <source>measures as .csv or .xlsx (a workbook&apos;s Clauses, Suspension windows and Lineage sheets join the pack)</source>
        <translation>措施文件，.csv 或 .xlsx（工作簿中的“条款”“暂停期”和“沿革”工作表一并计入更新包）</translation>
    </message>
    <message>
        <source>optional: clauses as .csv or .xlsx</source>
        <translation>可选：条款，.csv 或 .xlsx</translation>
    </message>
    <message>
        <source>optional: suspension windows as .csv or .xlsx</source>
        <translation>可选：暂停期，.csv 或 .xlsx</translation>
    </message>
    <message>
        <source>optional: links as .csv (from_reference, kind, to_reference, note)</source>
        <translation>可选：关联，.csv（from_reference、kind、to_reference、note）</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>更新包</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Suspension windows</source>
        <translation>暂停期</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>关联</translation>
    </message>
    <message>
        <source>A pack never touches this register&apos;s assessments, notes or dismissals, and leaves measures archived here as they are. Importing it twice changes nothing.</source>
        <translation>更新包绝不会改动本登记册中的评估、备注或驳回记录，也不会改动此处已归档的措施。重复导入不会产生任何变化。</translation>
    </message>
    <message>
        <source>Check the pack to see what it would add and change.</source>
        <translation>检查更新包，查看它将新增和更改的内容。</translation>
    </message>
    <message>
        <source>Check pack</source>
        <translation>检查更新包</translation>
    </message>
    <message>
        <source>Import pack</source>
        <translation>导入更新包</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Choose a file of the pack</source>
        <translation>选择更新包的文件</translation>
    </message>
    <message>
        <source>Check the pack first: nothing is written until you press Import pack.</source>
        <translation>请先检查更新包：在点击“导入更新包”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>正在检查 %1</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>正在导入 %1</translation>
    </message>
    <message>
        <source>%1 error(s): fix the pack and check it again; nothing can be imported while any row has an error.</source>
        <translation>%1 个错误：请修正更新包后重新检查；只要有任何一行出错，就无法导入。</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>可以导入。</translation>
    </message>
    <message>
        <source>Nothing to import: the register already has everything in this pack.</source>
        <translation>无需导入：登记册已包含此更新包中的全部内容。</translation>
    </message>
    <message>
        <source>Imported. %1.</source>
        <translation>已导入。%1。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>错误：</translation>
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
        <translation>报告语言</translation>
    </message>
</context>
<context>
    <name>SynonymsDialog</name>
    <message>
        <source>Screening synonyms</source>
        <translation>筛查同义词</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <source>Filter synonyms…</source>
        <translation>筛选同义词…</translation>
    </message>
    <message>
        <source>a name found in item lists, e.g. flake graphite</source>
        <translation>物项清单中出现的名称，例如 flake graphite</translation>
    </message>
    <message>
        <source>what screening reads it as, e.g. graphite</source>
        <translation>筛查将其识别为的术语，例如 graphite</translation>
    </message>
    <message>
        <source>New synonym</source>
        <translation>新建同义词</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Save the synonym</source>
        <translation>保存同义词</translation>
    </message>
    <message>
        <source>Synonym not saved</source>
        <translation>同义词未保存</translation>
    </message>
    <message>
        <source>Remove synonym</source>
        <translation>移除同义词</translation>
    </message>
    <message>
        <source>Remove the synonym &quot;{0}&quot; (read as &quot;{1}&quot;)?</source>
        <translation>移除同义词“{0}”（识别为“{1}”）？</translation>
    </message>
    <message>
        <source>Remove the synonym</source>
        <translation>移除同义词</translation>
    </message>
    <message>
        <source>Synonym not removed</source>
        <translation>同义词未移除</translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <source>&amp;User guide</source>
        <translation>用户指南(&amp;U)</translation>
    </message>
    <message>
        <source>Export &amp;view as CSV…</source>
        <translation>将视图导出为 CSV(&amp;V)…</translation>
    </message>
    <message>
        <source>Chec&amp;k the register…</source>
        <translation>检查登记册(&amp;K)…</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>Screening &amp;synonyms…</source>
        <translation>筛查同义词(&amp;S)…</translation>
    </message>
    <message>
        <source>Risk &amp;matrix…</source>
        <translation>风险矩阵(&amp;M)…</translation>
    </message>
    <message>
        <source>Export view as CSV</source>
        <translation>将视图导出为 CSV</translation>
    </message>
    <message>
        <source>Show a table (measures, joint ventures, assessments, exposures, events or the audit log) to export it.</source>
        <translation>请显示一个表格（措施、合资企业、评估、风险暴露、事件或审计日志）以便导出。</translation>
    </message>
    <message>
        <source>Export the view as</source>
        <translation>将视图导出为</translation>
    </message>
    <message>
        <source>Wrote {0} rows to {1}</source>
        <translation>已将 {0} 行写入 {1}</translation>
    </message>
    <message>
        <source>Exporting the view</source>
        <translation>正在导出视图</translation>
    </message>
    <message>
        <source>The view was not exported</source>
        <translation>视图未导出</translation>
    </message>
</context>
<context>
    <name>UserGuide</name>
    <message>
        <source>Export Risk Register user guide</source>
        <translation>出口风险登记册用户指南</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <source>The user guide is missing from this installation. Reinstall the application to get it back.</source>
        <translation>此安装中缺少用户指南。请重新安装应用程序以恢复它。</translation>
    </message>
    <message>
        <source>Could not prepare the user guide</source>
        <translation>无法准备用户指南</translation>
    </message>
    <message>
        <source>No program here opens web pages. The user guide is saved as {0}; use Show in folder to find it.</source>
        <translation>此处没有可打开网页的程序。用户指南已保存为 {0}；请使用“在文件夹中显示”找到它。</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>No file manager is available. The user guide is in {0}</source>
        <translation>没有可用的文件管理器。用户指南位于 {0}</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Import &amp;update pack…</source>
        <translation>导入更新包(&amp;U)…</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <source>Register databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>登记册数据库 (*.sqlite3 *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;PDF briefing…</source>
        <translation>PDF 简报(&amp;P)…</translation>
    </message>
    <message>
        <source>E&amp;xcel workbook…</source>
        <translation>Excel 工作簿(&amp;X)…</translation>
    </message>
    <message>
        <source>Load &amp;demo register</source>
        <translation>载入演示登记册(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New record…</source>
        <translation>新建记录(&amp;N)…</translation>
    </message>
    <message>
        <source>New {label}…</source>
        <translation>新建{label}…</translation>
    </message>
    <message>
        <source>Op&amp;en record…</source>
        <translation>打开记录(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>归档(&amp;A)</translation>
    </message>
    <message>
        <source>Res&amp;tore</source>
        <translation>恢复(&amp;T)</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>显示历史(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <source>Jurisdiction &amp;groups…</source>
        <translation>司法辖区组(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;About Export Risk Register</source>
        <translation>关于出口风险登记册(&amp;A)</translation>
    </message>
    <message>
        <source>Open re&amp;cent</source>
        <translation>最近打开(&amp;C)</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Archived {n} {noun}; Ctrl+Z undoes it.</source>
        <translation>已归档 {n} 个{noun}；按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Restored {n} {noun}; Ctrl+Z undoes it.</source>
        <translation>已恢复 {n} 个{noun}；按 Ctrl+Z 可撤销。</translation>
    </message>
    <message>
        <source>Reports are not available ({exc}).</source>
        <translation>报告功能不可用（{exc}）。</translation>
    </message>
    <message>
        <source>New register database</source>
        <translation>新建登记册数据库</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>{chosen} already exists. Use Open database to open it.</source>
        <translation>{chosen} 已存在。请使用“打开数据库”打开它。</translation>
    </message>
    <message>
        <source>Open register database</source>
        <translation>打开登记册数据库</translation>
    </message>
    <message>
        <source>Opening the register</source>
        <translation>正在打开登记册</translation>
    </message>
    <message>
        <source>Could not open the register</source>
        <translation>无法打开登记册</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <source>Open a table to choose its columns</source>
        <translation>请先打开一个表格以选择其列</translation>
    </message>
    <message>
        <source>Back up the register to</source>
        <translation>将登记册备份到</translation>
    </message>
    <message>
        <source>Backing up the register</source>
        <translation>正在备份登记册</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Backup written and verified:
{dest}</source>
        <translation>备份已写入并校验：
{dest}</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>备份失败</translation>
    </message>
    <message>
        <source>The backup was not written</source>
        <translation>未写入备份</translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>替换该文件？</translation>
    </message>
    <message>
        <source>{target} already exists. Replace it with the new backup?</source>
        <translation>{target} 已存在。要用新的备份替换它吗？</translation>
    </message>
    <message>
        <source>Demo register loaded.</source>
        <translation>演示登记册已载入。</translation>
    </message>
    <message>
        <source>Could not load the demo register</source>
        <translation>无法载入演示登记册</translation>
    </message>
    <message>
        <source>Loading the demo register</source>
        <translation>正在载入演示登记册</translation>
    </message>
    <message>
        <source>An empty register</source>
        <translation>空登记册</translation>
    </message>
    <message>
        <source>This register has no records yet. Load the demo register (30 real export-control measures with their clauses and suspensions, 6 fictional joint ventures, 12 assessments) to explore the application? You can archive the demo records later.</source>
        <translation>该登记册尚无记录。是否载入演示登记册（30 项真实的出口管制措施及其条款和暂停，6 家虚构的合资企业，12 项评估）以了解本应用？之后可以将演示记录归档。</translation>
    </message>
    <message>
        <source>Export Risk Register {version}: export-control measures, joint ventures and their risk.

Register: {register}

Keyboard shortcuts:
{keys}</source>
        <translation>出口风险登记册 {version}：出口管制措施、合资企业及其风险。

登记册：{register}

键盘快捷键：
{keys}</translation>
    </message>
    <message>
        <source>About Export Risk Register</source>
        <translation>关于出口风险登记册</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>列(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Export Risk Register</source>
        <translation>出口风险登记册</translation>
    </message>
    <message>
        <source>Cannot open the register</source>
        <translation>无法打开登记册</translation>
    </message>
</context>
<context>
    <name>assessment_form</name>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due (YYYY-MM-DD)</source>
        <translation>截止日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>choose a measure</source>
        <translation>选择一项措施</translation>
    </message>
    <message>
        <source>choose a joint venture</source>
        <translation>选择一家合资企业</translation>
    </message>
    <message>
        <source>choose a likelihood</source>
        <translation>选择可能性</translation>
    </message>
    <message>
        <source>choose an impact</source>
        <translation>选择影响</translation>
    </message>
    <message>
        <source>After mitigation:</source>
        <translation>缓解后：</translation>
    </message>
    <message>
        <source>default: {actor}</source>
        <translation>默认：{actor}</translation>
    </message>
    <message>
        <source>label of the measure&apos;s clause it depends on (empty: all of it)</source>
        <translation>所依据的措施条款的标签（留空：整项措施）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>YYYY-MM-DD（默认：今天）</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: from the risk level)</source>
        <translation>YYYY-MM-DD（默认：按风险等级）</translation>
    </message>
    <message>
        <source>Measure *</source>
        <translation>措施 *</translation>
    </message>
    <message>
        <source>Joint venture *</source>
        <translation>合资企业 *</translation>
    </message>
    <message>
        <source>Impact channels</source>
        <translation>影响渠道</translation>
    </message>
    <message>
        <source>Inherent risk *</source>
        <translation>固有风险 *</translation>
    </message>
    <message>
        <source>Residual risk</source>
        <translation>剩余风险</translation>
    </message>
    <message>
        <source>Depends on clause</source>
        <translation>依据条款</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>应对方式</translation>
    </message>
    <message>
        <source>Risk owner</source>
        <translation>风险负责人</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>下次复核日期</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Mitigation actions</source>
        <translation>缓解行动</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>评估</translation>
    </message>
</context>
<context>
    <name>audit_model</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>行动</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Fields changed</source>
        <translation>已更改字段</translation>
    </message>
</context>
<context>
    <name>audit_values</name>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>audit_view</name>
    <message>
        <source>Could not read the audit log</source>
        <translation>无法读取审计日志</translation>
    </message>
    <message>
        <source>Any record type</source>
        <translation>任意记录类型</translation>
    </message>
    <message>
        <source>Record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>任意操作</translation>
    </message>
    <message>
        <source>Search record names and changed values</source>
        <translation>搜索记录名称和更改的值</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source> ({shown:,} loaded; scroll for more)</source>
        <translation>（已载入 {shown:,} 条；滚动查看更多）</translation>
    </message>
    <message>
        <source>{total:,} audit entries{loaded}</source>
        <translation>{total:,} 条审计记录{loaded}</translation>
    </message>
    <message>
        <source>Entry {id}: {action} {what}{number} “{entity_label}” by {actor} on {at}</source>
        <translation>记录 {id}：{actor} 于 {at} {action}了{what}{number}“{entity_label}”</translation>
    </message>
</context>
<context>
    <name>base</name>
    <message>
        <source>Details…</source>
        <translation>详情…</translation>
    </message>
    <message>
        <source>This {label} is archived; restore it before editing.</source>
        <translation>此{label}已归档；请先恢复再编辑。</translation>
    </message>
    <message>
        <source>New {noun}</source>
        <translation>新建{noun}</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Removed spaces or tabs from the edges of: {names}. Check, then save again.</source>
        <translation>已删除以下字段首尾的空格或制表符：{names}。请检查后再次保存。</translation>
    </message>
    <message>
        <source>Save {label}</source>
        <translation>保存{label}</translation>
    </message>
    <message>
        <source>{exc}
Your entries are still here: press Save to try again.</source>
        <translation>{exc}
您输入的内容仍在：请按“保存”重试。</translation>
    </message>
    <message>
        <source>Their version is loaded; your changes were discarded.</source>
        <translation>已载入对方的版本；您的更改已放弃。</translation>
    </message>
    <message>
        <source>Not saved: someone else changed this record. Save again to compare.</source>
        <translation>未保存：其他人更改了此记录。请再次保存以进行比较。</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Discard your changes to this {label}?</source>
        <translation>放弃对此{label}的更改？</translation>
    </message>
</context>
<context>
    <name>change_op</name>
    <message>
        <source>Could not {action}</source>
        <translation>无法{action}</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <source>overdue</source>
        <translation>已逾期</translation>
    </message>
</context>
<context>
    <name>conflict_dialog</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>对方的版本（已保存）</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>This {noun} was changed by someone else</source>
        <translation>此{noun}已被其他人更改</translation>
    </message>
    <message>
        <source>Someone else saved this {noun} after you opened it. Nothing has been overwritten.
For each field that differs, choose which value to keep, then save; or load their version and drop your changes.</source>
        <translation>在您打开此{noun}之后，其他人保存了它。没有任何内容被覆盖。
对于每个不同的字段，请选择要保留的值，然后保存；或者载入对方的版本并放弃您的更改。</translation>
    </message>
    <message>
        <source>Show only the fields that differ</source>
        <translation>仅显示不同的字段</translation>
    </message>
    <message>
        <source>Save with these choices</source>
        <translation>按这些选择保存</translation>
    </message>
    <message>
        <source>Discard mine, load theirs</source>
        <translation>放弃我的，载入对方的</translation>
    </message>
    <message>
        <source>Back to editing</source>
        <translation>返回编辑</translation>
    </message>
</context>
<context>
    <name>dashboard_view</name>
    <message>
        <source>Consultation ends</source>
        <translation>征求意见截止</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>复核到期</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>复核已逾期</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>正在读取数据…</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合资企业</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>司法辖区</translation>
    </message>
    <message>
        <source>Residual risk heat map (live assessments)</source>
        <translation>剩余风险热力图（有效评估）</translation>
    </message>
    <message>
        <source>Top residual risks</source>
        <translation>最高剩余风险</translation>
    </message>
    <message>
        <source>Just happened / coming up (what waits for someone first)</source>
        <translation>刚发生 / 即将发生（待处理事项优先）</translation>
    </message>
    <message>
        <source>Measures by status</source>
        <translation>按状态统计的措施</translation>
    </message>
    <message>
        <source>By jurisdiction</source>
        <translation>按司法辖区</translation>
    </message>
    <message>
        <source>{n} unassessed exposure: review</source>
        <translation>{n} 项未评估的风险暴露：请复核</translation>
    </message>
    <message>
        <source>{n} unassessed exposures: review</source>
        <translation>{n} 项未评估的风险暴露：请复核</translation>
    </message>
    <message>
        <source>The figures could not be read.</source>
        <translation>无法读取统计数据。</translation>
    </message>
    <message>
        <source>Could not read the dashboard</source>
        <translation>无法读取仪表板</translation>
    </message>
    <message>
        <source>As of {today}: {live} live assessments ({by_level}); {ventures_exposed} joint ventures exposed; {overdue} reviews overdue.</source>
        <translation>截至 {today}：{live} 项有效评估（{by_level}）；{ventures_exposed} 家合资企业存在风险暴露；{overdue} 项复核已逾期。</translation>
    </message>
    <message>
        <source>{waiting} waiting for someone: events</source>
        <translation>{waiting} 项待处理：事件</translation>
    </message>
</context>
<context>
    <name>dismiss_dialog</name>
    <message>
        <source>Write why this exposure does not matter: the reason is kept with the dismissal.</source>
        <translation>请写明此风险暴露为何无关紧要：理由将与排除记录一并保存。</translation>
    </message>
    <message>
        <source>Dismiss exposure</source>
        <translation>排除风险暴露</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>排除</translation>
    </message>
</context>
<context>
    <name>events_view</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>Note (optional, e.g. where you checked):</source>
        <translation>备注（可选，例如您在何处核实）：</translation>
    </message>
    <message>
        <source>Export the events as a calendar</source>
        <translation>将事件导出为日历</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Only what waits for someone</source>
        <translation>仅显示待处理事项</translation>
    </message>
    <message>
        <source>Confirm not extended…</source>
        <translation>确认未延期…</translation>
    </message>
    <message>
        <source>Export calendar (.ics)…</source>
        <translation>导出日历 (.ics)…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Could not read the events</source>
        <translation>无法读取事件</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>{shown} events shown; {waiting} waiting for someone.</source>
        <translation>显示 {shown} 个事件；{waiting} 个待处理。</translation>
    </message>
    <message>
        <source>Confirm the suspension was not extended</source>
        <translation>确认暂停未被延期</translation>
    </message>
    <message>
        <source>Recording the confirmation</source>
        <translation>正在记录确认</translation>
    </message>
    <message>
        <source>Could not confirm</source>
        <translation>无法确认</translation>
    </message>
    <message>
        <source>Writing the calendar</source>
        <translation>正在写入日历</translation>
    </message>
    <message>
        <source>Wrote {path}</source>
        <translation>已写入 {path}</translation>
    </message>
    <message>
        <source>Could not write the calendar</source>
        <translation>无法写入日历</translation>
    </message>
</context>
<context>
    <name>exposures_view</name>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合资企业</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物项</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>匹配依据</translation>
    </message>
    <message>
        <source>How it reaches</source>
        <translation>影响途径</translation>
    </message>
    <message>
        <source>The venture&apos;s item, or one its activity text names (marked so).</source>
        <translation>合资企业的物项，或其业务描述中提到的物项（已标注）。</translation>
    </message>
    <message>
        <source>Input, output, technology in or out; &apos;partner&apos; when a party listing names a partner.</source>
        <translation>输入、输出、技术引进或技术输出；当实体清单列名某合作方时为“合作方”。</translation>
    </message>
    <message>
        <source>What links the measure&apos;s list to the item: a code (HS and CN digits, control numbers and their sub-entries, the crosswalk), the item vocabulary (a term covers its narrower terms, at the stages the list names) or, for names no term describes, the same words.</source>
        <translation>措施清单与物项之间的关联：编码（HS 和 CN 编码、管制编号及其子项、对照表）、物项词汇（一个术语涵盖其下位术语，且限于清单所列阶段），或者对于没有术语描述的名称，仅按相同字词。</translation>
    </message>
    <message>
        <source>Which border the measure acts on (exports, imports, technology, goods made abroad) and the countries that tie the item to it.</source>
        <translation>措施作用于哪个环节（出口、进口、技术、境外生产的产品），以及将该物项与之关联的国家。</translation>
    </message>
    <message>
        <source> [assessed]</source>
        <translation> [已评估]</translation>
    </message>
    <message>
        <source> [dismissed]</source>
        <translation> [已排除]</translation>
    </message>
    <message>
        <source> (from the activity text)</source>
        <translation> （来自业务描述）</translation>
    </message>
    <message>
        <source>Show assessed and dismissed</source>
        <translation>显示已评估和已排除的</translation>
    </message>
    <message>
        <source>Screen again</source>
        <translation>重新筛查</translation>
    </message>
    <message>
        <source>Draft assessment</source>
        <translation>起草评估</translation>
    </message>
    <message>
        <source>Dismiss…</source>
        <translation>排除…</translation>
    </message>
    <message>
        <source>Joint venture:</source>
        <translation>合资企业：</translation>
    </message>
    <message>
        <source>Possible exposures</source>
        <translation>可能的风险暴露</translation>
    </message>
    <message>
        <source>Needs data</source>
        <translation>需补充数据</translation>
    </message>
    <message>
        <source>Facts to record (supplier and destination countries) before screening can decide, the most-depended-on first; and flows read from activity texts.</source>
        <translation>在筛查得出结论之前需要记录的事实（供应国和目的国），被依赖最多的排在最前；以及从业务描述中读取的流向。</translation>
    </message>
    <message>
        <source>All joint ventures</source>
        <translation>所有合资企业</translation>
    </message>
    <message>
        <source>Screening the register…</source>
        <translation>正在筛查登记册…</translation>
    </message>
    <message>
        <source>{facts:,} facts to record across {ventures_waiting:,} joint ventures. Choose a joint venture to see its data completeness and the flows read from its activity text.</source>
        <translation>{ventures_waiting:,} 家合资企业共有 {facts:,} 项事实待记录。选择一家合资企业以查看其数据完整性以及从其业务描述中读取的流向。</translation>
    </message>
    <message>
        <source>Needs data ({count:,})</source>
        <translation>需补充数据（{count:,}）</translation>
    </message>
    <message>
        <source>{exposures:,} possible exposures in {pairs:,} measure x venture pairs; {total:,} unassessed in the register; {facts:,} facts to record</source>
        <translation>{pairs:,} 个“措施 x 合资企业”组合中有 {exposures:,} 项可能的风险暴露；登记册中 {total:,} 项未评估；{facts:,} 项事实待记录</translation>
    </message>
    <message>
        <source>Could not screen the register</source>
        <translation>无法筛查登记册</translation>
    </message>
    <message>
        <source>
Dismissed by {actor}: {reason}</source>
        <translation>
由 {actor} 排除：{reason}</translation>
    </message>
    <message>
        <source>{measure} x {venture}
{why}{note}</source>
        <translation>{measure} x {venture}
{why}{note}</translation>
    </message>
    <message>
        <source>Reading the matches</source>
        <translation>正在读取匹配结果</translation>
    </message>
    <message>
        <source>Could not draft the assessment</source>
        <translation>无法起草评估</translation>
    </message>
    <message>
        <source>Why does {measure_reference} not matter for &apos;{item_name}&apos; of {venture_name}?</source>
        <translation>为什么 {measure_reference} 对 {venture_name} 的“{item_name}”无关紧要？</translation>
    </message>
    <message>
        <source>Dismiss the exposure</source>
        <translation>排除该风险暴露</translation>
    </message>
</context>
<context>
    <name>field_choices</name>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Their version (saved)</source>
        <translation>对方的版本（已保存）</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>您的版本</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>我的(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Theirs</source>
        <translation>对方的(&amp;T)</translation>
    </message>
</context>
<context>
    <name>field_labels</name>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Original title</source>
        <translation>原文标题</translation>
    </message>
    <message>
        <source>Issuing jurisdiction</source>
        <translation>发布司法辖区</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation>措施类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>公布日期</translation>
    </message>
    <message>
        <source>Consultation ends on</source>
        <translation>征求意见截止日期</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>移除日期</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Targets note</source>
        <translation>适用对象说明</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物项</translation>
    </message>
    <message>
        <source>Targeted jurisdictions</source>
        <translation>针对的司法辖区</translation>
    </message>
    <message>
        <source>Excluded jurisdictions</source>
        <translation>排除的司法辖区</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Codes</source>
        <translation>编码</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始日期</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Countries (from / to)</source>
        <translation>国家（来源 / 去向）</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合资企业</translation>
    </message>
    <message>
        <source>Impact channels</source>
        <translation>影响渠道</translation>
    </message>
    <message>
        <source>Inherent likelihood</source>
        <translation>固有可能性</translation>
    </message>
    <message>
        <source>Inherent impact</source>
        <translation>固有影响</translation>
    </message>
    <message>
        <source>Inherent risk level</source>
        <translation>固有风险等级</translation>
    </message>
    <message>
        <source>Inherent risk rank</source>
        <translation>固有风险排序</translation>
    </message>
    <message>
        <source>Residual likelihood</source>
        <translation>剩余可能性</translation>
    </message>
    <message>
        <source>Residual impact</source>
        <translation>剩余影响</translation>
    </message>
    <message>
        <source>Residual risk level</source>
        <translation>剩余风险等级</translation>
    </message>
    <message>
        <source>Residual risk rank</source>
        <translation>剩余风险排序</translation>
    </message>
    <message>
        <source>Residual risk score</source>
        <translation>剩余风险分值</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>应对方式</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Assessed on</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Next review on</source>
        <translation>下次复核日期</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>缓解行动</translation>
    </message>
    <message>
        <source>Levels</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>阈值</translation>
    </message>
    <message>
        <source>Suspended by</source>
        <translation>被暂停于</translation>
    </message>
    <message>
        <source>First day suspended</source>
        <translation>暂停首日</translation>
    </message>
    <message>
        <source>Last day suspended</source>
        <translation>暂停末日</translation>
    </message>
    <message>
        <source>Extensions and lifts</source>
        <translation>延期与解除</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <source>From measure</source>
        <translation>关联起点措施</translation>
    </message>
    <message>
        <source>To measure</source>
        <translation>关联目标措施</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物项</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Match fingerprint</source>
        <translation>匹配指纹</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>排除时间</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>决定</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>依据</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>记录人</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>决定时间</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>确认时间</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>其他写法</translation>
    </message>
    <message>
        <source>List</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Listed from</source>
        <translation>列名起始日期</translation>
    </message>
    <message>
        <source>Listed until</source>
        <translation>列名截止日期</translation>
    </message>
    <message>
        <source>Lists</source>
        <translation>清单</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>投入物</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>原产地</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>Term</source>
        <translation>术语</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>识别为</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>关系</translation>
    </message>
    <message>
        <source>Broader term</source>
        <translation>上位术语</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Equivalent code</source>
        <translation>对应编码</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Every country (no members listed)</source>
        <translation>所有国家（未列出成员）</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Level of each cell (likelihood: impact minor to severe)</source>
        <translation>各单元格的等级（可能性：影响从轻微到严重）</translation>
    </message>
    <message>
        <source>Assessments whose level changed</source>
        <translation>等级发生变化的评估</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排序</translation>
    </message>
    <message>
        <source>Review every (days)</source>
        <translation>复核周期（天）</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>SHA-256 checksum</source>
        <translation>SHA-256 校验和</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Column mapping</source>
        <translation>列映射</translation>
    </message>
    <message>
        <source>Update pack</source>
        <translation>更新包</translation>
    </message>
    <message>
        <source>Overwritten</source>
        <translation>已覆盖</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>截止</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>选项</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Restored from</source>
        <translation>恢复自</translation>
    </message>
    <message>
        <source>Safety copy of the replaced register</source>
        <translation>被替换登记册的安全副本</translation>
    </message>
    <message>
        <source>Copy of the damaged register</source>
        <translation>受损登记册的副本</translation>
    </message>
    <message>
        <source>Moved from</source>
        <translation>迁移自</translation>
    </message>
    <message>
        <source>Last audit hash of the source</source>
        <translation>来源的最后审计哈希</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Owned by</source>
        <translation>持有方</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <source>ISO code or country name, e.g. CN</source>
        <translation>ISO 代码或国家名称，例如 CN</translation>
    </message>
    <message>
        <source>countries or groups by name or code, e.g. United States; EU; EAR:D:5</source>
        <translation>按名称或代码填写国家或国家组，例如 United States; EU; EAR:D:5</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Choose a date from a calendar (Alt+Down)</source>
        <translation>从日历中选择日期（Alt+下箭头）</translation>
    </message>
</context>
<context>
    <name>filter_bar</name>
    <message>
        <source>{label} YYYY-MM-DD (empty: today)</source>
        <translation>{label} YYYY-MM-DD（留空：今天）</translation>
    </message>
    <message>
        <source>Remove this filter</source>
        <translation>移除此筛选条件</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Any {label}</source>
        <translation>任意{label}</translation>
    </message>
</context>
<context>
    <name>forms</name>
    <message>
        <source>{label} records have no form</source>
        <translation>{label}记录没有表单</translation>
    </message>
</context>
<context>
    <name>groups_dialog</name>
    <message>
        <source>Jurisdiction groups</source>
        <translation>司法辖区组</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>other ways files write it, separated by ;</source>
        <translation>文件中的其他写法，以 ; 分隔</translation>
    </message>
    <message>
        <source>Every country (no members listed)</source>
        <translation>所有国家（未列出成员）</translation>
    </message>
    <message>
        <source>Also written</source>
        <translation>其他写法</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New group</source>
        <translation>新建组</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>all countries</source>
        <translation>所有国家</translation>
    </message>
    <message>
        <source>Jurisdiction group not saved</source>
        <translation>未保存司法辖区组</translation>
    </message>
    <message>
        <source>Remove group</source>
        <translation>移除组</translation>
    </message>
    <message>
        <source>Remove the group {code} ({name})?</source>
        <translation>移除组 {code}（{name}）？</translation>
    </message>
    <message>
        <source>Jurisdiction group not removed</source>
        <translation>未移除司法辖区组</translation>
    </message>
</context>
<context>
    <name>heat_map</name>
    <message>
        <source>rare</source>
        <translation>罕见</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>不太可能</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>可能</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>很可能</translation>
    </message>
    <message>
        <source>almost certain</source>
        <translation>几乎确定</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <source>major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Likelihood {li} ({likelihood}) x impact {ii} ({impact}): {label}. {n} {noun}; click to list them.</source>
        <translation>可能性 {li}（{likelihood}）x 影响 {ii}（{impact}）：{label}。{n} 项{noun}；点击列出。</translation>
    </message>
    <message>
        <source>Likelihood {li}, impact {ii}, {label}, {n} {noun}</source>
        <translation>可能性 {li}，影响 {ii}，{label}，{n} 项{noun}</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <source>Import from CSV or Excel</source>
        <translation>从 CSV 或 Excel 导入</translation>
    </message>
    <message>
        <source>a .csv or .xlsx file</source>
        <translation>.csv 或 .xlsx 文件</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Check file</source>
        <translation>检查文件</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Select a row to see what it changes, field by field (old -&gt; new).</source>
        <translation>选择一行以逐字段查看其更改（旧值 -&gt; 新值）。</translation>
    </message>
    <message>
        <source>Overwrite with the file</source>
        <translation>用文件覆盖</translation>
    </message>
    <message>
        <source>Keep the register&apos;s</source>
        <translation>保留登记册中的</translation>
    </message>
    <message>
        <source>Rows older than the register:</source>
        <translation>早于登记册的行：</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Contains</source>
        <translation>包含</translation>
    </message>
    <message>
        <source>Choose a file to import</source>
        <translation>选择要导入的文件</translation>
    </message>
    <message>
        <source>Spreadsheets (*.csv *.xlsx *.xlsm);;All files (*)</source>
        <translation>电子表格 (*.csv *.xlsx *.xlsm);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Check the file first: nothing is written until you press Import.</source>
        <translation>请先检查文件：在您按下“导入”之前不会写入任何内容。</translation>
    </message>
    <message>
        <source>Checking {name}</source>
        <translation>正在检查 {name}</translation>
    </message>
    <message>
        <source>{error_count:,} error(s): fix the file and check it again; nothing can be imported while any row has an error.</source>
        <translation>{error_count:,} 个错误：请修正文件后重新检查；只要有任何一行存在错误，就无法导入。</translation>
    </message>
    <message>
        <source>{unresolved} row(s) carry an older version than the register (someone edited the record after the file was exported): select each and choose to overwrite it with the file or keep the register&apos;s.</source>
        <translation>{unresolved} 行的版本早于登记册（有人在文件导出后编辑了该记录）：请逐一选择，并决定用文件覆盖还是保留登记册中的内容。</translation>
    </message>
    <message>
        <source>Ready to import.</source>
        <translation>可以导入。</translation>
    </message>
    <message>
        <source>Nothing to import: the register already matches.</source>
        <translation>无需导入：登记册已一致。</translation>
    </message>
    <message>
        <source>Importing {name}</source>
        <translation>正在导入 {name}</translation>
    </message>
    <message>
        <source>Imported. {report}.</source>
        <translation>已导入。{report}。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>Error: {e}</source>
        <translation>错误：{e}</translation>
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
        <translation>（忽略此列）</translation>
    </message>
    <message>
        <source>new</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>conflict: newer edit in the register</source>
        <translation>冲突：登记册中有更新的编辑</translation>
    </message>
    <message>
        <source>kept as in the register</source>
        <translation>保持登记册中的内容</translation>
    </message>
    <message>
        <source>overwrite with the file</source>
        <translation>用文件覆盖</translation>
    </message>
    <message>
        <source>keep the register&apos;s</source>
        <translation>保留登记册中的</translation>
    </message>
    <message>
        <source>Columns this file names its own way</source>
        <translation>此文件以自己的方式命名的列</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Choice</source>
        <translation>选择</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
</context>
<context>
    <name>keyboard</name>
    <message>
        <source>Removed spaces or tabs from the start or end.</source>
        <translation>已删除开头或结尾的空格或制表符。</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>export ban</source>
        <translation>出口禁令</translation>
    </message>
    <message>
        <source>export licensing requirement</source>
        <translation>出口许可要求</translation>
    </message>
    <message>
        <source>technology export restriction</source>
        <translation>技术出口限制</translation>
    </message>
    <message>
        <source>export quota</source>
        <translation>出口配额</translation>
    </message>
    <message>
        <source>export tax</source>
        <translation>出口税</translation>
    </message>
    <message>
        <source>import tariff</source>
        <translation>进口关税</translation>
    </message>
    <message>
        <source>end-user / end-use control</source>
        <translation>最终用户 / 最终用途管制</translation>
    </message>
    <message>
        <source>investment screening</source>
        <translation>投资审查</translation>
    </message>
    <message>
        <source>framework law</source>
        <translation>框架性法律</translation>
    </message>
    <message>
        <source>suspension</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>extraterritorial / re-export rule</source>
        <translation>域外适用 / 再出口规则</translation>
    </message>
    <message>
        <source>party listing</source>
        <translation>实体清单列名</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>拟议</translation>
    </message>
    <message>
        <source>consultation</source>
        <translation>征求意见</translation>
    </message>
    <message>
        <source>adopted</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source>repealed</source>
        <translation>已废止</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>已失效</translation>
    </message>
    <message>
        <source>HS</source>
        <translation>HS</translation>
    </message>
    <message>
        <source>CN customs 10-digit</source>
        <translation>中国海关 10 位编码</translation>
    </message>
    <message>
        <source>ECCN</source>
        <translation>ECCN</translation>
    </message>
    <message>
        <source>China dual-use list</source>
        <translation>中国两用物项清单</translation>
    </message>
    <message>
        <source>China technology catalogue</source>
        <translation>中国技术目录</translation>
    </message>
    <message>
        <source>EU dual-use</source>
        <translation>欧盟两用物项</translation>
    </message>
    <message>
        <source>ore or concentrate</source>
        <translation>矿石或精矿</translation>
    </message>
    <message>
        <source>refined chemical or metal</source>
        <translation>精炼化学品或金属</translation>
    </message>
    <message>
        <source>material</source>
        <translation>材料</translation>
    </message>
    <message>
        <source>component</source>
        <translation>零部件</translation>
    </message>
    <message>
        <source>product</source>
        <translation>产品</translation>
    </message>
    <message>
        <source>equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>technology</source>
        <translation>技术</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>规划中</translation>
    </message>
    <message>
        <source>negotiating</source>
        <translation>谈判中</translation>
    </message>
    <message>
        <source>operating</source>
        <translation>运营中</translation>
    </message>
    <message>
        <source>exiting</source>
        <translation>退出中</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>technology in</source>
        <translation>技术引进</translation>
    </message>
    <message>
        <source>technology out</source>
        <translation>技术输出</translation>
    </message>
    <message>
        <source>input supply</source>
        <translation>原料供应</translation>
    </message>
    <message>
        <source>technology licence</source>
        <translation>技术许可</translation>
    </message>
    <message>
        <source>export sales</source>
        <translation>出口销售</translation>
    </message>
    <message>
        <source>investment approval</source>
        <translation>投资审批</translation>
    </message>
    <message>
        <source>financing</source>
        <translation>融资</translation>
    </message>
    <message>
        <source>tariff cost</source>
        <translation>关税成本</translation>
    </message>
    <message>
        <source>mitigate</source>
        <translation>缓解</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>接受</translation>
    </message>
    <message>
        <source>avoid</source>
        <translation>规避</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>转移</translation>
    </message>
    <message>
        <source>monitor</source>
        <translation>监测</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>in review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>configure</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>restore database</source>
        <translation>恢复数据库</translation>
    </message>
    <message>
        <source>seal records</source>
        <translation>封存记录</translation>
    </message>
    <message>
        <source>not yet issued</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>延期</translation>
    </message>
    <message>
        <source>lifting</source>
        <translation>解除</translation>
    </message>
    <message>
        <source>consultation ends</source>
        <translation>征求意见截止</translation>
    </message>
    <message>
        <source>takes effect</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>clause takes effect</source>
        <translation>条款生效</translation>
    </message>
    <message>
        <source>clause expires</source>
        <translation>条款到期</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>已移除</translation>
    </message>
    <message>
        <source>suspension starts</source>
        <translation>暂停开始</translation>
    </message>
    <message>
        <source>suspension ends</source>
        <translation>暂停结束</translation>
    </message>
    <message>
        <source>suspension extended</source>
        <translation>暂停延期</translation>
    </message>
    <message>
        <source>suspension lifted</source>
        <translation>暂停解除</translation>
    </message>
    <message>
        <source>confirm not extended</source>
        <translation>确认未延期</translation>
    </message>
    <message>
        <source>review due</source>
        <translation>复核到期</translation>
    </message>
    <message>
        <source>finalises</source>
        <translation>最终确定</translation>
    </message>
    <message>
        <source>amends</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>suspends</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>supersedes</source>
        <translation>取代</translation>
    </message>
    <message>
        <source>responds to</source>
        <translation>回应</translation>
    </message>
    <message>
        <source>finalised by</source>
        <translation>被最终确定于</translation>
    </message>
    <message>
        <source>amended by</source>
        <translation>被修订于</translation>
    </message>
    <message>
        <source>suspended by</source>
        <translation>被暂停于</translation>
    </message>
    <message>
        <source>superseded by</source>
        <translation>被取代于</translation>
    </message>
    <message>
        <source>responded to by</source>
        <translation>被回应于</translation>
    </message>
    <message>
        <source>measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>joint venture</source>
        <translation>合资企业</translation>
    </message>
    <message>
        <source>joint ventures</source>
        <translation>合资企业</translation>
    </message>
    <message>
        <source>Joint ventures</source>
        <translation>合资企业</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>measure link</source>
        <translation>措施关联</translation>
    </message>
    <message>
        <source>measure links</source>
        <translation>措施关联</translation>
    </message>
    <message>
        <source>exposure dismissal</source>
        <translation>风险暴露排除</translation>
    </message>
    <message>
        <source>exposure dismissals</source>
        <translation>风险暴露排除</translation>
    </message>
    <message>
        <source>synonym</source>
        <translation>同义词</translation>
    </message>
    <message>
        <source>synonyms</source>
        <translation>同义词</translation>
    </message>
    <message>
        <source>risk matrix</source>
        <translation>风险矩阵</translation>
    </message>
    <message>
        <source>risk matrices</source>
        <translation>风险矩阵</translation>
    </message>
    <message>
        <source>imports</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>databases</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>jurisdiction group</source>
        <translation>司法辖区组</translation>
    </message>
    <message>
        <source>jurisdiction groups</source>
        <translation>司法辖区组</translation>
    </message>
    <message>
        <source>clause</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>suspension window</source>
        <translation>暂停期</translation>
    </message>
    <message>
        <source>suspension windows</source>
        <translation>暂停期</translation>
    </message>
    <message>
        <source>Suspension windows</source>
        <translation>暂停期</translation>
    </message>
    <message>
        <source>event confirmation</source>
        <translation>事件确认</translation>
    </message>
    <message>
        <source>event confirmations</source>
        <translation>事件确认</translation>
    </message>
    <message>
        <source>taxonomy term</source>
        <translation>分类术语</translation>
    </message>
    <message>
        <source>taxonomy terms</source>
        <translation>分类术语</translation>
    </message>
    <message>
        <source>taxonomy relation</source>
        <translation>分类关系</translation>
    </message>
    <message>
        <source>taxonomy relations</source>
        <translation>分类关系</translation>
    </message>
    <message>
        <source>crosswalk row</source>
        <translation>对照表行</translation>
    </message>
    <message>
        <source>crosswalk rows</source>
        <translation>对照表行</translation>
    </message>
    <message>
        <source>inferred flow</source>
        <translation>推断流向</translation>
    </message>
    <message>
        <source>inferred flows</source>
        <translation>推断流向</translation>
    </message>
    <message>
        <source>briefing</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>briefings</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>party</source>
        <translation>当事方</translation>
    </message>
    <message>
        <source>parties</source>
        <translation>当事方</translation>
    </message>
    <message>
        <source>listed party</source>
        <translation>被列名方</translation>
    </message>
    <message>
        <source>listed parties</source>
        <translation>被列名方</translation>
    </message>
    <message>
        <source>ownership rule</source>
        <translation>所有权规则</translation>
    </message>
    <message>
        <source>ownership rules</source>
        <translation>所有权规则</translation>
    </message>
    <message>
        <source>party match</source>
        <translation>当事方匹配</translation>
    </message>
    <message>
        <source>party matches</source>
        <translation>当事方匹配</translation>
    </message>
    <message>
        <source>content share</source>
        <translation>成分占比</translation>
    </message>
    <message>
        <source>content shares</source>
        <translation>成分占比</translation>
    </message>
    <message>
        <source>de minimis rule</source>
        <translation>微量规则</translation>
    </message>
    <message>
        <source>de minimis rules</source>
        <translation>微量规则</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Original title</source>
        <translation>原文标题</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>司法辖区</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>公布</translation>
    </message>
    <message>
        <source>Consultation ends</source>
        <translation>征求意见截止</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后更改</translation>
    </message>
    <message>
        <source>Joint venture</source>
        <translation>合资企业</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Worst residual</source>
        <translation>最高剩余风险</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <source>Measure title</source>
        <translation>措施标题</translation>
    </message>
    <message>
        <source>Impact channels</source>
        <translation>影响渠道</translation>
    </message>
    <message>
        <source>Inherent</source>
        <translation>固有</translation>
    </message>
    <message>
        <source>Residual</source>
        <translation>剩余</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>分值</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>应对方式</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>评估人</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>评估日期</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>下次复核</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>复核</translation>
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
        <translation>严重</translation>
    </message>
</context>
<context>
    <name>live_form</name>
    <message>
        <source>&amp;Reload theirs</source>
        <translation>重新载入对方版本(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>You will choose per field when you save.</source>
        <translation>保存时您将逐个字段进行选择。</translation>
    </message>
    <message>
        <source>Changed underneath</source>
        <translation>已被他人更改</translation>
    </message>
    <message>
        <source>This {label} was deleted from the register; it can no longer be saved. Your entries are still here.</source>
        <translation>此{label}已从登记册中删除，无法再保存。您输入的内容仍保留在此。</translation>
    </message>
    <message>
        <source>{who} changed this {label} on {at} while you were editing: reload theirs, or keep mine (you will choose per field when you save).</source>
        <translation>{who}在您编辑期间（{at}）更改了此{label}：可重新载入对方版本，或保留我的（保存时您将逐个字段进行选择）。</translation>
    </message>
    <message>
        <source>Someone changed this {label} while you were editing: reload theirs, or keep mine (you will choose per field when you save).</source>
        <translation>在您编辑期间，其他人更改了此{label}：可重新载入对方版本，或保留我的（保存时您将逐个字段进行选择）。</translation>
    </message>
    <message>
        <source>{who} archived this {label} on {at}; restore it before saving. Your entries are still here.</source>
        <translation>{who}已于{at}归档此{label}；请先恢复再保存。您输入的内容仍保留在此。</translation>
    </message>
    <message>
        <source>Someone archived this {label}; restore it before saving. Your entries are still here.</source>
        <translation>其他人已归档此{label}；请先恢复再保存。您输入的内容仍保留在此。</translation>
    </message>
</context>
<context>
    <name>measure_form</name>
    <message>
        <source>Item</source>
        <translation>物项</translation>
    </message>
    <message>
        <source>Codes (e.g. HS:2504.10; ECCN:3A090)</source>
        <translation>编码（例如 HS:2504.10; ECCN:3A090）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>From (YYYY-MM-DD)</source>
        <translation>起始日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>title in the original language, if any</source>
        <translation>原文标题（如有）</translation>
    </message>
    <message>
        <source>what the targets say beyond countries and groups, e.g. most entities</source>
        <translation>除国家和国家组以外的适用对象说明，例如大多数实体</translation>
    </message>
    <message>
        <source>status change</source>
        <translation>状态变更</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Original title</source>
        <translation>原文标题</translation>
    </message>
    <message>
        <source>Issuing jurisdiction</source>
        <translation>发布司法辖区</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Announced on</source>
        <translation>公布日期</translation>
    </message>
    <message>
        <source>Consultation ends on</source>
        <translation>征求意见截止日期</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Removed on</source>
        <translation>移除日期</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>来源网址</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Controlled items</source>
        <translation>管制物项</translation>
    </message>
    <message>
        <source>Targeted jurisdictions</source>
        <translation>针对的司法辖区</translation>
    </message>
    <message>
        <source>Excluded jurisdictions</source>
        <translation>排除的司法辖区</translation>
    </message>
    <message>
        <source>Targets note</source>
        <translation>适用对象说明</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Items and jurisdictions</source>
        <translation>物项与司法辖区</translation>
    </message>
    <message>
        <source>Lineage</source>
        <translation>沿革</translation>
    </message>
    <message>
        <source>Clauses and suspensions</source>
        <translation>条款与暂停</translation>
    </message>
</context>
<context>
    <name>measure_time_tab</name>
    <message>
        <source>Add clause…</source>
        <translation>添加条款…</translation>
    </message>
    <message>
        <source>Edit clause…</source>
        <translation>编辑条款…</translation>
    </message>
    <message>
        <source>Add suspension window…</source>
        <translation>添加暂停期…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>延期…</translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation>解除…</translation>
    </message>
    <message>
        <source>Clauses</source>
        <translation>条款</translation>
    </message>
    <message>
        <source>Suspension windows (on this measure or made by it)</source>
        <translation>暂停期（针对此措施或由其作出）</translation>
    </message>
    <message>
        <source>Today ({day}): {label}</source>
        <translation>今天（{day}）：{label}</translation>
    </message>
    <message>
        <source> since {since}</source>
        <translation> 自 {since} 起</translation>
    </message>
    <message>
        <source> until {until}</source>
        <translation> 至 {until}</translation>
    </message>
    <message>
        <source>effective {day}</source>
        <translation>{day} 生效</translation>
    </message>
    <message>
        <source>expires after {day}</source>
        <translation>{day} 后到期</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>已暂停</translation>
    </message>
    <message>
        <source> (clause {clause})</source>
        <translation> （条款 {clause}）</translation>
    </message>
    <message>
        <source> by {suspension_reference}</source>
        <translation> 由 {suspension_reference}</translation>
    </message>
    <message>
        <source>suspends {measure_reference}</source>
        <translation>暂停 {measure_reference}</translation>
    </message>
    <message>
        <source> clause {clause}</source>
        <translation> 条款 {clause}</translation>
    </message>
    <message>
        <source>{what}: {starts_on} through {end}{changes}</source>
        <translation>{what}：{starts_on} 至 {end}{changes}</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>Suspension windows</source>
        <translation>暂停期</translation>
    </message>
    <message>
        <source>Select a window first.</source>
        <translation>请先选择一个暂停期。</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>row {n}</source>
        <translation>第 {n} 行</translation>
    </message>
    <message>
        <source>item {n}</source>
        <translation>第 {n} 项</translation>
    </message>
    <message>
        <source>nothing half-done was kept</source>
        <translation>未保留任何未完成的内容</translation>
    </message>
    <message>
        <source>Something went wrong: {name__}: {exc}
Nothing was saved. The details below help support.</source>
        <translation>出现错误：{name__}：{exc}
未保存任何内容。以下详情可帮助技术支持。</translation>
    </message>
</context>
<context>
    <name>navigation</name>
    <message>
        <source>Record forms are not available in this build ({exc}).</source>
        <translation>此版本中没有记录表单（{exc}）。</translation>
    </message>
</context>
<context>
    <name>needs_data_panel</name>
    <message>
        <source>Joint venture</source>
        <translation>合资企业</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物项</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Measures waiting</source>
        <translation>待定措施</translation>
    </message>
    <message>
        <source>Which measures</source>
        <translation>哪些措施</translation>
    </message>
    <message>
        <source>An item of the venture (or one its activity text names).</source>
        <translation>合资企业的一个物项（或其业务描述中提到的物项）。</translation>
    </message>
    <message>
        <source>Supplier countries of an input, destinations of an output: with them recorded, each measure listed either reaches the item or does not.</source>
        <translation>输入的供应国、输出的目的国：记录之后，所列的每项措施要么涉及该物项，要么不涉及。</translation>
    </message>
    <message>
        <source>How many measures cannot be decided until this is recorded.</source>
        <translation>在记录此项之前无法判定的措施数量。</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Read from</source>
        <translation>读取自</translation>
    </message>
    <message>
        <source>Words</source>
        <translation>字词</translation>
    </message>
    <message>
        <source>The activity text, the notes, a foreign partner (for technology nobody names a licensor for), or the venture&apos;s own mine (for ore).</source>
        <translation>业务描述、备注、外方合作伙伴（适用于未指明许可方的技术），或合资企业自有的矿山（适用于矿石）。</translation>
    </message>
    <message>
        <source>Record countries…</source>
        <translation>记录国家…</translation>
    </message>
    <message>
        <source>Record the missing countries of the selected item (audited); the measures waiting on it are then decided.</source>
        <translation>记录所选物项缺失的国家（计入审计）；随后即可判定等待该信息的措施。</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Record this flow on the venture (audited); screening then trusts it fully.</source>
        <translation>在合资企业上记录此流向（计入审计）；之后筛查将完全采信它。</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Not true: screening stops using it and it is not proposed again (audited).</source>
        <translation>不属实：筛查将不再使用它，也不会再次提出（计入审计）。</translation>
    </message>
    <message>
        <source>Flows read from the activity text (used with medium confidence until confirmed)</source>
        <translation>从业务描述中读取的流向（确认前以中等置信度使用）</translation>
    </message>
    <message>
        <source> (not recorded)</source>
        <translation> （未记录）</translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation>（未指明）</translation>
    </message>
    <message>
        <source>Record countries</source>
        <translation>记录国家</translation>
    </message>
    <message>
        <source>{missing} of &apos;{item_name}&apos; at {venture_name} (ISO codes such as CN, KR; separate them with commas):</source>
        <translation>{venture_name} 的“{item_name}”的{missing}（ISO 代码，例如 CN、KR；以逗号分隔）：</translation>
    </message>
    <message>
        <source>Could not record the countries</source>
        <translation>无法记录国家</translation>
    </message>
    <message>
        <source>Could not record the decision</source>
        <translation>无法记录该决定</translation>
    </message>
</context>
<context>
    <name>ownership_panel</name>
    <message>
        <source>Party</source>
        <translation>当事方</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>份额</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>列名</translation>
    </message>
    <message>
        <source>Held by listed parties</source>
        <translation>被列名方持有</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>On</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Computing ownership…</source>
        <translation>正在计算所有权…</translation>
    </message>
    <message>
        <source>Could not compute ownership: {exc}</source>
        <translation>无法计算所有权：{exc}</translation>
    </message>
    <message>
        <source>not yet issued</source>
        <translation>尚未发布</translation>
    </message>
    <message>
        <source>{measure_reference} ({status}), threshold {threshold}</source>
        <translation>{measure_reference}（{status}），阈值 {threshold}</translation>
    </message>
    <message>
        <source> (shown above)</source>
        <translation> （见上文）</translation>
    </message>
    <message>
        <source>No rule with an ownership threshold (record a party listing or a threshold).</source>
        <translation>没有设定所有权阈值的规则（请记录一项实体清单列名或阈值）。</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>English</source>
        <translation>英语</translation>
    </message>
    <message>
        <source>Simplified Chinese (简体中文)</source>
        <translation>简体中文</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <source>rare</source>
        <translation>罕见</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>不太可能</translation>
    </message>
    <message>
        <source>possible</source>
        <translation>可能</translation>
    </message>
    <message>
        <source>likely</source>
        <translation>很可能</translation>
    </message>
    <message>
        <source>almost certain</source>
        <translation>几乎确定</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>轻微</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>中等</translation>
    </message>
    <message>
        <source>significant</source>
        <translation>显著</translation>
    </message>
    <message>
        <source>major</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Type to search: {noun}…</source>
        <translation>输入以搜索：{noun}…</translation>
    </message>
    <message>
        <source>Choose: {noun}</source>
        <translation>请选择：{noun}</translation>
    </message>
    <message>
        <source>not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>可能性</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>影响</translation>
    </message>
    <message>
        <source>Not scored</source>
        <translation>未评分</translation>
    </message>
    <message>
        <source>Choose a likelihood and an impact</source>
        <translation>请选择可能性和影响</translation>
    </message>
    <message>
        <source>Level from the risk matrix: {label}</source>
        <translation>风险矩阵给出的等级：{label}</translation>
    </message>
</context>
<context>
    <name>preferences</name>
    <message>
        <source>Default report folder</source>
        <translation>默认报告文件夹</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Follow the system ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>empty: the folder of the last report</source>
        <translation>留空：上次报告所在的文件夹</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>A new language applies when the application starts again.</source>
        <translation>新语言将在应用程序重新启动后生效。</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Review cadence by risk level (this register)</source>
        <translation>按风险等级的复核周期（本登记册）</translation>
    </message>
    <message>
        <source>The register&apos;s risk matrix could not be read.</source>
        <translation>无法读取登记册的风险矩阵。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Next reviews are set from these when an assessment is saved. Level names, colours and the grid are set in the risk matrix editor.</source>
        <translation>保存评估时将据此设定下次复核日期。等级名称、颜色和网格在风险矩阵编辑器中设置。</translation>
    </message>
    <message>
        <source>Edit risk matrix…</source>
        <translation>编辑风险矩阵…</translation>
    </message>
    <message>
        <source>Saving the review cadence</source>
        <translation>正在保存复核周期</translation>
    </message>
    <message>
        <source>The review cadence was not saved</source>
        <translation>复核周期未保存</translation>
    </message>
</context>
<context>
    <name>record_views</name>
    <message>
        <source>Show archived</source>
        <translation>显示已归档</translation>
    </message>
    <message>
        <source>Review overdue</source>
        <translation>复核已逾期</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>司法辖区</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Search reference, title, authority, summary</source>
        <translation>搜索编号、标题、发布机关、摘要</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Search name, partners, location, activity, owner</source>
        <translation>搜索名称、合作方、所在地、业务、负责人</translation>
    </message>
    <message>
        <source>Measure type</source>
        <translation>措施类型</translation>
    </message>
    <message>
        <source>Search measure, joint venture, owner, rationale</source>
        <translation>搜索措施、合资企业、负责人、理由</translation>
    </message>
    <message>
        <source>Residual likelihood {likelihood} x impact {impact}</source>
        <translation>剩余可能性 {likelihood} x 影响 {impact}</translation>
    </message>
</context>
<context>
    <name>report_dialog</name>
    <message>
        <source>PDF risk briefing</source>
        <translation>PDF 风险简报</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Excel risk workbook</source>
        <translation>Excel 风险工作簿</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>unknown report kind {kind!r}; use pdf or xlsx</source>
        <translation>未知的报告类型 {kind!r}；请使用 pdf 或 xlsx</translation>
    </message>
    <message>
        <source>Create the {title}</source>
        <translation>创建{title}</translation>
    </message>
    <message>
        <source>List changes since</source>
        <translation>列出自此日期以来的变更</translation>
    </message>
    <message>
        <source>Reading the joint ventures…</source>
        <translation>正在读取合资企业…</translation>
    </message>
    <message>
        <source>Could not list the joint ventures: {reason}</source>
        <translation>无法列出合资企业：{reason}</translation>
    </message>
    <message>
        <source>Add the full appendix (every venture and measure, the raw audit list)</source>
        <translation>附加完整附录（每个合资企业和措施，原始审计记录）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>Open the file when it is ready</source>
        <translation>准备好后打开文件</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Show in folder</source>
        <translation>在文件夹中显示</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Venture dossier
(none ticked = board pack)</source>
        <translation>合资企业档案
（未勾选 = 董事会简报）</translation>
    </message>
    <message>
        <source>Joint ventures
(none ticked = all)</source>
        <translation>合资企业
（未勾选 = 全部）</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>Dossier of {n} joint venture(s): their measures with sources, assessments, actions, screening and audit trail, with the full appendix.</source>
        <translation>{n} 个合资企业的档案：相关措施及来源、评估、行动、筛查和审计记录，并附完整附录。</translation>
    </message>
    <message>
        <source>Dossier of {n} joint venture(s): their measures with sources, assessments, actions, screening and audit trail.</source>
        <translation>{n} 个合资企业的档案：相关措施及来源、评估、行动、筛查和审计记录。</translation>
    </message>
    <message>
        <source>Board pack: key messages and decisions, changes since the last briefing, heat maps, top risks and calendar, with the full appendix.</source>
        <translation>董事会简报：要点与待决事项、自上次简报以来的变化、热力图、主要风险和日程，并附完整附录。</translation>
    </message>
    <message>
        <source>Board pack: key messages and decisions, changes since the last briefing, heat maps, top risks and calendar, at most 12 pages.</source>
        <translation>董事会简报：要点与待决事项、自上次简报以来的变化、热力图、主要风险和日程，最多 12 页。</translation>
    </message>
    <message>
        <source>No program here opens {suffix} files. The report is saved as {result_path}; use Show in folder to find it.</source>
        <translation>此处没有可打开 {suffix} 文件的程序。报告已保存为 {result_path}；请使用“在文件夹中显示”找到它。</translation>
    </message>
    <message>
        <source>No file manager is available. The report is in {parent}</source>
        <translation>没有可用的文件管理器。报告位于 {parent}</translation>
    </message>
    <message>
        <source>Save the report as</source>
        <translation>将报告另存为</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>请选择报告的保存位置。</translation>
    </message>
    <message>
        <source>Not created: {reason}</source>
        <translation>未创建：{reason}</translation>
    </message>
    <message>
        <source>The report was not created</source>
        <translation>报告未创建</translation>
    </message>
    <message>
        <source>Creating {name}…</source>
        <translation>正在创建{name}…</translation>
    </message>
    <message>
        <source>Creating {name}</source>
        <translation>正在创建{name}</translation>
    </message>
    <message>
        <source>Saved: {result_path}</source>
        <translation>已保存：{result_path}</translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>已取消；未写入任何文件。</translation>
    </message>
</context>
<context>
    <name>rows_editor</name>
    <message>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <source>Add {noun}</source>
        <translation>添加{noun}</translation>
    </message>
    <message>
        <source>Remove {noun}</source>
        <translation>移除{noun}</translation>
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
        <translation> 符合筛选条件</translation>
    </message>
    <message>
        <source>Could not read the {noun}</source>
        <translation>无法读取{noun}</translation>
    </message>
</context>
<context>
    <name>time_dialogs</name>
    <message>
        <source>Item</source>
        <translation>物项</translation>
    </message>
    <message>
        <source>Codes (e.g. HS:2504.10; ECCN:3A090)</source>
        <translation>编码（例如 HS:2504.10; ECCN:3A090）</translation>
    </message>
    <message>
        <source>{label} is required (YYYY-MM-DD)</source>
        <translation>{label}为必填项（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>{label}: {text!r} is not a date; write YYYY-MM-DD</source>
        <translation>{label}：{text!r} 不是日期；请写成 YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Clause {label}</source>
        <translation>条款 {label}</translation>
    </message>
    <message>
        <source>New clause</source>
        <translation>新建条款</translation>
    </message>
    <message>
        <source>(follows its dates)</source>
        <translation>（按其日期）</translation>
    </message>
    <message>
        <source>e.g. &gt;=0.1% by value of China-origin content</source>
        <translation>例如按价值计 &gt;=0.1% 的中国原产成分</translation>
    </message>
    <message>
        <source>Label *</source>
        <translation>标签 *</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>物项</translation>
    </message>
    <message>
        <source>Effective on</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Expires after</source>
        <translation>到期日</translation>
    </message>
    <message>
        <source>Own status</source>
        <translation>自身状态</translation>
    </message>
    <message>
        <source>Value threshold</source>
        <translation>价值阈值</translation>
    </message>
    <message>
        <source>Targeted</source>
        <translation>针对</translation>
    </message>
    <message>
        <source>Excluded</source>
        <translation>排除</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>New suspension window</source>
        <translation>新建暂停期</translation>
    </message>
    <message>
        <source>the whole measure</source>
        <translation>整项措施</translation>
    </message>
    <message>
        <source>clause {label}</source>
        <translation>条款 {label}</translation>
    </message>
    <message>
        <source>reference of the suspending measure</source>
        <translation>作出暂停的措施的编号</translation>
    </message>
    <message>
        <source>Suspends</source>
        <translation>暂停对象</translation>
    </message>
    <message>
        <source>Suspended by</source>
        <translation>被暂停于</translation>
    </message>
    <message>
        <source>First day suspended *</source>
        <translation>暂停首日 *</translation>
    </message>
    <message>
        <source>Last day suspended (empty: open-ended)</source>
        <translation>暂停末日（留空：无截止日期）</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>First day suspended</source>
        <translation>暂停首日</translation>
    </message>
    <message>
        <source>Last day suspended</source>
        <translation>暂停末日</translation>
    </message>
    <message>
        <source>Lift the suspension</source>
        <translation>解除暂停</translation>
    </message>
    <message>
        <source>Extend the suspension</source>
        <translation>延长暂停</translation>
    </message>
    <message>
        <source>open-ended</source>
        <translation>无截止日期</translation>
    </message>
    <message>
        <source>Applies again from *</source>
        <translation>再次适用日期 *</translation>
    </message>
    <message>
        <source>Decided on *</source>
        <translation>决定日期 *</translation>
    </message>
    <message>
        <source>New last day suspended</source>
        <translation>新的暂停末日</translation>
    </message>
    <message>
        <source>Note (e.g. the instrument)</source>
        <translation>备注（例如相关文件）</translation>
    </message>
    <message>
        <source>The date</source>
        <translation>日期</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>This {label} was changed since (by someone else or another window); undoing would overwrite that change, so nothing was changed.</source>
        <translation>此{label}此后已被更改（由其他人或另一个窗口）；撤销将覆盖该更改，因此未作任何更改。</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
</context>
<context>
    <name>undo_config</name>
    <message>
        <source>This {what} was changed since (by someone else or another window); undoing would overwrite that change, so nothing was changed.</source>
        <translation>此{what}此后已被更改（由其他人或另一个窗口）；撤销将覆盖该更改，因此未作任何更改。</translation>
    </message>
    <message>
        <source>Add synonym {term}</source>
        <translation>添加同义词 {term}</translation>
    </message>
    <message>
        <source>Remove synonym {term}</source>
        <translation>移除同义词 {term}</translation>
    </message>
    <message>
        <source>Edit synonym {term}</source>
        <translation>编辑同义词 {term}</translation>
    </message>
    <message>
        <source>Edit the risk matrix</source>
        <translation>编辑风险矩阵</translation>
    </message>
    <message>
        <source>Link {sentence}</source>
        <translation>关联：{sentence}</translation>
    </message>
    <message>
        <source>Remove link {sentence}</source>
        <translation>移除关联：{sentence}</translation>
    </message>
</context>
<context>
    <name>undo_screening</name>
    <message>
        <source>Dismiss {measure_reference} x {venture_name}: {item_name}</source>
        <translation>排除 {measure_reference} x {venture_name}：{item_name}</translation>
    </message>
    <message>
        <source>Put the exposure back</source>
        <translation>恢复该风险暴露</translation>
    </message>
    <message>
        <source>Dismiss the exposure again</source>
        <translation>再次排除该风险暴露</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
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
        <translation>合作方</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Share %</source>
        <translation>份额 %</translation>
    </message>
    <message>
        <source>Key input or output</source>
        <translation>关键输入或输出</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Codes (e.g. HS:2504.10)</source>
        <translation>编码（例如 HS:2504.10）</translation>
    </message>
    <message>
        <source>Countries (from / to)</source>
        <translation>国家（来源 / 去向）</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>e.g. 125000000.00</source>
        <translation>例如 125000000.00</translation>
    </message>
    <message>
        <source>ISO 4217, e.g. USD</source>
        <translation>ISO 4217，例如 USD</translation>
    </message>
    <message>
        <source>Name *</source>
        <translation>名称 *</translation>
    </message>
    <message>
        <source>Country *</source>
        <translation>国家 *</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>业务</translation>
    </message>
    <message>
        <source>Sector</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Value at stake</source>
        <translation>涉及金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Internal owner</source>
        <translation>内部负责人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作方</translation>
    </message>
    <message>
        <source>Key inputs</source>
        <translation>关键输入</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Partners and ownership</source>
        <translation>合作方与所有权</translation>
    </message>
    <message>
        <source>Key inputs and codes</source>
        <translation>关键输入与编码</translation>
    </message>
    <message>
        <source>Ownership</source>
        <translation>所有权</translation>
    </message>
    <message>
        <source>Ownership total: - (a share is not a number)</source>
        <translation>所有权合计：-（某个份额不是数字）</translation>
    </message>
    <message>
        <source>Known shares: {total}% ({OWNERSHIP_INCOMPLETE}: {unknown} not disclosed)</source>
        <translation>已知份额：{total}%（{OWNERSHIP_INCOMPLETE}：{unknown} 未披露）</translation>
    </message>
    <message>
        <source>{rest}% unallocated</source>
        <translation>{rest}% 未分配</translation>
    </message>
    <message>
        <source>{excess}% too much</source>
        <translation>超出 {excess}%</translation>
    </message>
    <message>
        <source>Ownership total: {total}% ({note})</source>
        <translation>所有权合计：{total}%（{note}）</translation>
    </message>
</context>
<context>
    <name>window_status</name>
    <message>
        <source> (read-only)</source>
        <translation> （只读）</translation>
    </message>
    <message>
        <source>Database: {display_name}</source>
        <translation>数据库：{display_name}</translation>
    </message>
    <message>
        <source>Read-only: {reason}. You can browse, search and export, but not change records.</source>
        <translation>只读：{reason}。您可以浏览、搜索和导出，但不能更改记录。</translation>
    </message>
    <message>
        <source>the database file or its folder cannot be written</source>
        <translation>数据库文件或其所在文件夹不可写</translation>
    </message>
    <message>
        <source>Counts unavailable: {exc}</source>
        <translation>无法统计：{exc}</translation>
    </message>
    <message>
        <source>{live} · {overdue_reviews:,} reviews overdue</source>
        <translation>{live} · {overdue_reviews:,} 项复核已逾期</translation>
    </message>
    <message>
        <source>The register is damaged</source>
        <translation>登记册已损坏</translation>
    </message>
    <message>
        <source>{display_name} failed SQLite&apos;s integrity check ({problem}).

It is now open read-only, so nothing more is written to it. Export what you need, then restore it from a backup with `export-risk restore BACKUP_FILE` (the damaged file is kept as evidence).</source>
        <translation>{display_name} 未通过 SQLite 完整性检查（{problem}）。

它现在以只读方式打开，不会再写入任何内容。请导出所需内容，然后使用 `export-risk restore BACKUP_FILE` 从备份恢复（损坏的文件将作为证据保留）。</translation>
    </message>
</context>
<context>
    <name>window_views</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Exposures</source>
        <translation>风险暴露</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
</context>
<context>
    <name>workers</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
