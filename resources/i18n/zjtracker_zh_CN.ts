<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../zjtracker/ui/app.py" line="168"/>
        <source>An empty database</source>
        <translation>空数据库</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/app.py" line="169"/>
        <source>The database holds no policies yet. Load the sample policies (five documents of Zhanjiang city) to start with?</source>
        <translation>数据库中还没有政策。要先载入示例政策（湛江市的五份文件）吗？</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../zjtracker/ui/app_controller.py" line="49"/>
        <source>This database is already open in zjtracker; that window was brought forward.</source>
        <translation>该数据库已在 zjtracker 中打开，已切换到那个窗口。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/app_controller.py" line="119"/>
        <source>The database cannot be opened</source>
        <translation>无法打开数据库</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/app_controller.py" line="134"/>
        <source>Database in use</source>
        <translation>数据库正在使用</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/app_controller.py" line="135"/>
        <source>This database is already open in another zjtracker window; that window was brought forward.</source>
        <translation>该数据库已在另一个 zjtracker 窗口中打开，已切换到那个窗口。</translation>
    </message>
</context>
<context>
    <name>AutoRefresh</name>
    <message>
        <location filename="../../zjtracker/ui/auto_refresh.py" line="126"/>
        <source>Updated with changes saved elsewhere.</source>
        <translation>已刷新，显示了他人保存的修改。</translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="36"/>
        <source>&amp;Back up database…</source>
        <translation>备份数据库(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="38"/>
        <source>Restore from bac&amp;kup…</source>
        <translation>从备份恢复(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="57"/>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="73"/>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="81"/>
        <source>Back up database</source>
        <translation>备份数据库</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="58"/>
        <source>SQLite database (*.db);;Portable backup, restores into any database (*%1)</source>
        <translation>SQLite 数据库 (*.db);;可移植备份，可恢复到任何数据库 (*%1)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="67"/>
        <source>Backing up the database</source>
        <translation>正在备份数据库</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="79"/>
        <source>The database was backed up to “%1”.</source>
        <translation>数据库已备份到“%1”。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="82"/>
        <source>The database was backed up to:</source>
        <translation>数据库已备份到：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="97"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="98"/>
        <source>This database is on a database server. A backup is restored into a new, empty database there, from the command line:

zjtracker --db postgresql+psycopg://USER@HOST/NEW_DATABASE restore BACKUP_FILE

then open that database. Backups of the server are made with File › Back up database… or: zjtracker --db URL backup -o FILE%1</source>
        <translation>当前数据库在数据库服务器上。备份要恢复到服务器上一个新建的空数据库中，请在命令行执行：

zjtracker --db postgresql+psycopg://用户@服务器/新数据库 restore 备份文件

然后打开该数据库。服务器数据库的备份可用“文件 › 备份数据库…”或命令 zjtracker --db URL backup -o 文件 制作%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="118"/>
        <source>Restored from “%1”.</source>
        <translation>已从“%1”恢复。</translation>
    </message>
</context>
<context>
    <name>BackupPrompt</name>
    <message>
        <location filename="../../zjtracker/ui/backups/prompt.py" line="13"/>
        <source>No backup before the import</source>
        <translation>导入前没能备份</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/prompt.py" line="15"/>
        <source>Import without a backup</source>
        <translation>不备份，继续导入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/prompt.py" line="17"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>BugDialog</name>
    <message>
        <location filename="../../zjtracker/ui/errors.py" line="76"/>
        <source>Program error</source>
        <translation>程序错误</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/errors.py" line="79"/>
        <source>The program ran into an error of its own (not something you did wrong). What was stored before stays stored; the last step may not have been done. Please copy the details below and send them to whoever looks after the program.</source>
        <translation>程序自身出现错误（不是您操作有误）。之前保存的内容都还在；刚才这一步可能没有完成。请复制下面的详细信息，发给负责维护本程序的人员。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/errors.py" line="88"/>
        <source>Copy details</source>
        <translation>复制详细信息</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/errors.py" line="99"/>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="50"/>
        <source>Change log</source>
        <translation>修改记录</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="59"/>
        <source>&amp;Export to Excel…</source>
        <translation>导出为 Excel(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="61"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="63"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="89"/>
        <source>%1 change(s)</source>
        <translation>%1 条修改</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="98"/>
        <source>“%1” is no longer in the tree.</source>
        <translation>“%1”已不在政策树中。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="107"/>
        <source>Export the change log</source>
        <translation>导出修改记录</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="108"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="124"/>
        <source>Exporting the change log</source>
        <translation>正在导出修改记录</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="131"/>
        <source>Export cancelled; no file was written.</source>
        <translation>导出已取消，没有写入文件。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="134"/>
        <source>Exported to %1.</source>
        <translation>已导出到 %1。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="136"/>
        <source>Change log exported</source>
        <translation>修改记录已导出</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="137"/>
        <source>The change log was saved as:</source>
        <translation>修改记录已保存为：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="143"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="144"/>
        <source>The change log could not be written: %1</source>
        <translation>修改记录无法写入：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="149"/>
        <source>&amp;Change log…</source>
        <translation>修改记录(&amp;C)…</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="55"/>
        <source>Task / column</source>
        <translation>任务 / 列</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="55"/>
        <source>Stored now</source>
        <translation>库中现值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="55"/>
        <source>Returned</source>
        <translation>报回值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="55"/>
        <source>Where / note</source>
        <translation>位置 / 说明</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="56"/>
        <source>%1 cell(s)</source>
        <translation>%1 个单元格</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="57"/>
        <source>Overwrites a stored value</source>
        <translation>覆盖库中已有值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="58"/>
        <source>The file replaces a value stored in the database that the colleague did not see (it was not in the workbook sent, or the file is not a stamped workbook).</source>
        <translation>文件将替换数据库中已有的值，而填报人并未看到该值（发出的报送表中没有，或该文件不是本程序生成的报送表）。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="60"/>
        <source>Carried over unchanged</source>
        <translation>沿用上期，未改动</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="61"/>
        <source>Pre-filled from an earlier period and sent back as it was.</source>
        <translation>报送表预填的是往期内容，报回时未作改动。</translation>
    </message>
</context>
<context>
    <name>CloseTaskDialog</name>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="102"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="101"/>
        <source>Close task</source>
        <translation>销号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="95"/>
        <source>A closed task leaves the fill-in workbooks, the reminder list and the overdue lists, and is counted as closed apart from done. It can be reopened.</source>
        <translation>销号后，该任务不再列入报送表、催报清单和超期清单，在总览和报告中单列为“已销号”（与“已完成”分开统计）；如有需要可重新打开。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="93"/>
        <source>Closed by:</source>
        <translation>经办人：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="92"/>
        <source>Basis:</source>
        <translation>销号依据：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="91"/>
        <source>Date done:</source>
        <translation>办结日期：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="87"/>
        <source>e.g. the acceptance report, the document or the site check</source>
        <translation>如验收报告、批复文件、现场核查情况</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="76"/>
        <source>Close task (struck off as done)</source>
        <translation>办结销号</translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="27"/>
        <source>Table columns</source>
        <translation>表格列</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="29"/>
        <source>Task</source>
        <translation>任务内容</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="29"/>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="29"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="30"/>
        <source>Cooperating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="30"/>
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="31"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="31"/>
        <source>Leader in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="32"/>
        <source>Number</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="32"/>
        <source>Not read</source>
        <translation>不读取</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="34"/>
        <source>Choose what each column holds, then read the file again. Reading again replaces the tree: changes made in the preview are lost.</source>
        <translation>请为每一列选择它的内容，然后重新读取文件。重新读取会替换预览中的整棵树：之前在预览中所做的修改将会丢失。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="41"/>
        <source>Table</source>
        <translation>表格</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="46"/>
        <source>As read</source>
        <translation>按程序识别</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="50"/>
        <source>Column %1</source>
        <translation>第%1列</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="61"/>
        <source>Read again</source>
        <translation>重新读取</translation>
    </message>
</context>
<context>
    <name>ComposerLayout</name>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="34"/>
        <source>Issued by:</source>
        <translation>发文机关署名：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="34"/>
        <source>Addressed to:</source>
        <translation>主送：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="35"/>
        <source>Date signed:</source>
        <translation>成文日期：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="35"/>
        <source>Short name of the document:</source>
        <translation>文件简称：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="36"/>
        <source>Opening</source>
        <translation>开头</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="36"/>
        <source>1. Overall</source>
        <translation>一、总体情况</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="37"/>
        <source>2. Main progress</source>
        <translation>二、主要进展</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="37"/>
        <source>3. Problems</source>
        <translation>三、存在问题</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="38"/>
        <source>4. Next steps</source>
        <translation>四、下一步工作</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="38"/>
        <source>Attachments</source>
        <translation>附件说明</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="41"/>
        <source>e.g. 市政府督查室：</source>
        <translation>如：市政府督查室：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="41"/>
        <source>the issuing office, above the date</source>
        <translation>写在成文日期上方的发文机关名称</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="42"/>
        <source>e.g. 2023年10月20日</source>
        <translation>如：2023年10月20日</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="43"/>
        <source>the document is named once in full, then by this</source>
        <translation>文件全称只写一次，其后用此简称</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="54"/>
        <source>Restore &amp;all generated texts</source>
        <translation>全部恢复生成的文字(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="57"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="58"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="74"/>
        <source>Restore generated text</source>
        <translation>恢复生成的文字</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="75"/>
        <source>Forget what was written here and use the text generated from the data</source>
        <translation>不用这里写的文字，改用根据数据生成的文字</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="102"/>
        <source>Paragraphs are separated by an empty line.</source>
        <translation>段落之间空一行。</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_dialog.py" line="50"/>
        <source>Saved by someone else</source>
        <translation>他人已保存</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_dialog.py" line="53"/>
        <source>someone else</source>
        <translation>他人</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_dialog.py" line="56"/>
        <source>Someone deleted this progress while you were editing it. “Keep mine” stores your version again; “Take theirs” leaves it deleted, and your version is copied to the clipboard and can be brought back with Ctrl+Z.</source>
        <translation>在您编辑期间，他人删除了这条进展。“保留我的”会重新保存您的版本；“采用对方的”则保持删除，您的版本已复制到剪贴板，也可以按 Ctrl+Z 找回。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_dialog.py" line="59"/>
        <source>Theirs (deleted)</source>
        <translation>对方的（已删除）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_dialog.py" line="62"/>
        <source>%1 saved this progress on %2 while you were editing it. The fields that differ are highlighted. Nothing you typed is lost: whichever you choose, your version can be brought back with Ctrl+Z.</source>
        <translation>在您编辑期间，%1 于 %2 保存了这条进展。不同的字段已突出显示。您输入的内容不会丢失：无论选择哪一项，都可以按 Ctrl+Z 找回您的版本。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_dialog.py" line="65"/>
        <source>Theirs (saved by %1 on %2)</source>
        <translation>对方的（%1 于 %2 保存）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_dialog.py" line="91"/>
        <source>Differs from theirs</source>
        <translation>与对方的不同</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_dialog.py" line="122"/>
        <source>The merged progress must be a number from 0 to 100.</source>
        <translation>合并后的完成进度必须是 0 到 100 之间的数字。</translation>
    </message>
</context>
<context>
    <name>ConflictDialogLayout</name>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="55"/>
        <source>Implementation</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="55"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="56"/>
        <source>Suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="56"/>
        <source>Progress (%)</source>
        <translation>完成进度（%）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="57"/>
        <source>Assessment</source>
        <translation>评估情况</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="57"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="59"/>
        <source>Mine (what I typed)</source>
        <translation>我的（我输入的）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="62"/>
        <source>Merged (edit here, then “Save merged”)</source>
        <translation>合并（在此编辑，然后点“保存合并结果”）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="102"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="103"/>
        <source>Save my version over theirs (theirs stays in the change log).</source>
        <translation>用我的版本覆盖对方的（对方的版本保留在修改记录中）。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="104"/>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="106"/>
        <source>Show their version; mine is copied to the clipboard and Ctrl+Z brings it back.</source>
        <translation>显示对方的版本；我的版本复制到剪贴板，按 Ctrl+Z 可找回。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="107"/>
        <source>Save merged</source>
        <translation>保存合并结果</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="108"/>
        <source>Save the merged column.</source>
        <translation>保存“合并”一列。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="123"/>
        <source>(not assessed)</source>
        <translation>（未评估）</translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="205"/>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="205"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="205"/>
        <source>As sent</source>
        <translation>发出时</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="205"/>
        <source>Stored now</source>
        <translation>库中现值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="206"/>
        <source>Returned</source>
        <translation>报回值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="206"/>
        <source>Decision</source>
        <translation>处理</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="226"/>
        <source>Keep ours</source>
        <translation>保留库中值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="227"/>
        <source>Take theirs</source>
        <translation>采用报回值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="228"/>
        <source>Decide later</source>
        <translation>稍后再定</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../zjtracker/ui/database/connection_dialog.py" line="59"/>
        <source>Connect to a shared database</source>
        <translation>连接共享数据库</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_dialog.py" line="90"/>
        <source>This computer has no system keyring, so the password is not kept: you will be asked for it each time you connect.</source>
        <translation>本机没有系统密钥存储，密码不会保存：每次连接时都需要重新输入。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_dialog.py" line="141"/>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_dialog.py" line="150"/>
        <source>Connecting, and bringing the database up to date…</source>
        <translation>正在连接并升级数据库…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_dialog.py" line="178"/>
        <source>The connection works.</source>
        <translation>连接正常。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_dialog.py" line="203"/>
        <source>Connec&amp;t to a shared database…</source>
        <translation>连接共享数据库(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>ConnectionDialogLayout</name>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="26"/>
        <source>When several colleagues keep the books together, the office shares one PostgreSQL database. Ask the administrator for the server&apos;s address, the database and your login.</source>
        <translation>几位同事共同记账时，办公室共用一个 PostgreSQL 数据库。请向管理员索取服务器地址、数据库名称和您的登录名。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="30"/>
        <source>e.g. 192.168.1.20 or db.office.local</source>
        <translation>例如 192.168.1.20 或 db.office.local</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="35"/>
        <source>e.g. zjtracker</source>
        <translation>例如 zjtracker</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="39"/>
        <source>Remember the password in the system&apos;s keyring</source>
        <translation>在系统的密钥存储中记住密码</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="49"/>
        <source>Port:</source>
        <translation>端口：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="51"/>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="52"/>
        <source>Database:</source>
        <translation>数据库：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="53"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="54"/>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="58"/>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="68"/>
        <source>Connect</source>
        <translation>连接</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="120"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="121"/>
        <source>Type a unit&apos;s name or any of its aliases</source>
        <translation>输入单位名称或其简称</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="124"/>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="126"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="129"/>
        <source>Yearly plans in scope</source>
        <translation>纳入统计的年度计划</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="139"/>
        <source>By area</source>
        <translation>按领域</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="140"/>
        <source>By lead unit</source>
        <translation>按牵头单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="205"/>
        <source>All policies</source>
        <translation>所有政策</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="249"/>
        <source>Overview of %1</source>
        <translation>%1 总览</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="251"/>
        <source>of those reported</source>
        <translation>占已报送</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="251"/>
        <source>of all</source>
        <translation>占全部</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="261"/>
        <source>No yearly plans for this period in this scope.</source>
        <translation>此范围在本报告期没有年度计划。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="265"/>
        <source>%1 more areas</source>
        <translation>另有 %1 个领域</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="267"/>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="268"/>
        <source>No lead unit named</source>
        <translation>未明确牵头单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="270"/>
        <source>%1 more units</source>
        <translation>另有 %1 个单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="271"/>
        <source>Overdue (%1)</source>
        <translation>超期（%1）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="271"/>
        <source>Behind (%1)</source>
        <translation>滞后（%1）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="271"/>
        <source>Due within 30 days (%1)</source>
        <translation>30 天内到期（%1）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="272"/>
        <source>Not reported (%1)</source>
        <translation>未报送（%1）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="281"/>
        <source>The first %1 of %2 are listed; the report and the Excel ledger list them all.</source>
        <translation>共 %2 项，这里列出前 %1 项；报告和 Excel 台账中列出全部。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="289"/>
        <source>Reported: %1 of %2 yearly plans (not reported: %3). Shares are of the %1 reported.</source>
        <translation>已报送 %1 项（共 %2 项年度计划，未报送 %3 项），各项占比均以已报送的 %1 项为分母。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="294"/>
        <source>Average progress %1% over the %2 that gave a percentage.</source>
        <translation>填报了完成进度的 %2 项平均完成进度 %1%。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="297"/>
        <source>%1 not reported are past their deadline (listed first under Not reported).</source>
        <translation>未报送中有 %1 项已过完成时限（排在“未报送”列表前面）。</translation>
    </message>
</context>
<context>
    <name>DatabaseChecks</name>
    <message>
        <location filename="../../zjtracker/ui/database/checks.py" line="91"/>
        <source>Database on a network share</source>
        <translation>数据库在网络共享文件夹中</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/checks.py" line="91"/>
        <source>The database “%1” is on a network share. SQLite databases can be damaged there when the network drops or two computers write at the same time. Keep the database on this computer&apos;s own disk (and let several colleagues share a PostgreSQL server instead), and make backups often.</source>
        <translation>数据库“%1”位于网络共享文件夹中。网络中断或两台计算机同时写入时，SQLite 数据库可能在那里损坏。请把数据库放在本机硬盘上（几位同事共用时请改用 PostgreSQL 共享数据库），并经常备份。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/checks.py" line="103"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/checks.py" line="107"/>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/checks.py" line="108"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="30"/>
        <source>Earlier years</source>
        <translation>往年情况</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="17"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="18"/>
        <source>Issued by</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="19"/>
        <source>Issued on</source>
        <translation>发文日期</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="20"/>
        <source>Years</source>
        <translation>实施年度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="21"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="22"/>
        <source>Reporting</source>
        <translation>报送频次</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="23"/>
        <source>Abolished by</source>
        <translation>废止文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="24"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="25"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="26"/>
        <source>Cooperating unit</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="27"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="28"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="29"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="31"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="32"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="33"/>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="34"/>
        <source>Baseline</source>
        <translation>基期值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="35"/>
        <source>Nature</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="36"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="37"/>
        <source>Latest actual value</source>
        <translation>最新实际值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="38"/>
        <source>Share of target reached</source>
        <translation>目标完成度</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../zjtracker/ui/errors.py" line="42"/>
        <source>The file “%1” cannot be used: %2. Check the disk space, the access rights, and whether another program has it open.</source>
        <translation>无法使用文件“%1”：%2。请检查磁盘空间、访问权限，以及是否有其他程序（例如 Excel、WPS）正打开该文件。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/errors.py" line="58"/>
        <source>zjtracker</source>
        <translation>zjtracker</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="154"/>
        <source>Evidence compilation saved: %1 file(s) of %2 task(s).</source>
        <translation>佐证材料汇编已保存：%2 项任务的 %1 个文件。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="157"/>
        <source>Evidence compilation</source>
        <translation>佐证材料汇编</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="152"/>
        <source>The export of the evidence compilation was cancelled.</source>
        <translation>佐证材料汇编的导出已取消。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="143"/>
        <source>Exporting the evidence compilation…</source>
        <translation>正在导出佐证材料汇编…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="135"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="134"/>
        <source>Export the evidence compilation</source>
        <translation>导出佐证材料汇编</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="133"/>
        <source>Evidence compilation %1.zip</source>
        <translation>佐证材料汇编（%1）.zip</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="121"/>
        <source>Evidence imported: %1 new file(s) for %2 task(s); %3 already attached; %4 left out.</source>
        <translation>佐证材料已导入：%2 项任务新增 %1 个文件；%3 个此前已添加；%4 个未导入。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="119"/>
        <source>The import of the evidence folder was stopped: nothing stored.</source>
        <translation>佐证材料文件夹的导入已停止，未保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="106"/>
        <source>Importing evidence files…</source>
        <translation>正在导入佐证材料…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="97"/>
        <source>No evidence file was chosen: nothing imported.</source>
        <translation>没有勾选任何佐证材料文件，未导入。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="78"/>
        <source>Reading the evidence folder…</source>
        <translation>正在读取佐证材料文件夹…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="63"/>
        <source>Import an evidence folder</source>
        <translation>导入佐证材料文件夹</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="50"/>
        <source>Select the policy (or one of its tasks) in the tree first: the files are matched to its tasks.</source>
        <translation>请先在左侧选中政策（或其中一项任务）：文件将按编号匹配到该政策的任务。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="49"/>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="31"/>
        <source>Export the evidence &amp;compilation…</source>
        <translation>导出佐证材料汇编(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="29"/>
        <source>Import an evidence &amp;folder…</source>
        <translation>导入佐证材料文件夹(&amp;F)…</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="227"/>
        <source>No program was found to open “%1”. A copy is saved as %2</source>
        <translation>没有找到能打开“%1”的程序。副本已保存为 %2</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="248"/>
        <source>%1 file(s) deleted.</source>
        <translation>已删除 %1 个文件。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="237"/>
        <source>Delete %1 evidence file(s) from this period&apos;s progress?

%2</source>
        <translation>从本期进展中删除以下 %1 个佐证材料文件吗？

%2</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="236"/>
        <source>Delete evidence</source>
        <translation>删除佐证材料</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="198"/>
        <source>%1 file(s) added.</source>
        <translation>已添加 %1 个文件。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="188"/>
        <source>Adding %1 evidence file(s)…</source>
        <translation>正在添加 %1 个佐证材料文件…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="171"/>
        <source>Evidence (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp *.heic *.pdf *.doc *.docx *.wps *.xls *.xlsx *.et *.ppt *.pptx *.ofd *.txt);;All files (*)</source>
        <translation>佐证材料 (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp *.heic *.pdf *.doc *.docx *.wps *.xls *.xlsx *.et *.ppt *.pptx *.ofd *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="170"/>
        <source>Add evidence</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="121"/>
        <source>%1
%2, added by %3 on %4</source>
        <translation>%1
%2，%3 于 %4 添加</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="114"/>
        <source>Used %1 of %2; each file at most %3</source>
        <translation>已用 %1 / %2；单个文件不超过 %3</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="112"/>
        <source>Drop photos, PDF, Word or Excel files here, or add them with the button below.</source>
        <translation>把照片、PDF、Word 或 Excel 文件拖到这里，或用下面的按钮添加。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="111"/>
        <source>Evidence (%1)</source>
        <translation>佐证材料（%1）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="102"/>
        <source>Select a measure or a yearly plan to attach evidence to its progress.</source>
        <translation>选择一项任务或年度计划后，可在这里为其本期进展添加佐证材料。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="101"/>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
</context>
<context>
    <name>EvidencePanelLayout</name>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel_layout.py" line="47"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel_layout.py" line="46"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel_layout.py" line="45"/>
        <source>Add evidence…</source>
        <translation>添加佐证材料…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel_layout.py" line="35"/>
        <source>Drop photos, PDF, Word or Excel files here, or add them with the button below.</source>
        <translation>把照片、PDF、Word 或 Excel 文件拖到这里，或用下面的按钮添加。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel_layout.py" line="24"/>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../zjtracker/ui/tree/filter_bar.py" line="29"/>
        <source>Filter: type part of a title or task (Ctrl+F)</source>
        <translation>筛选：输入标题或任务中的文字（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/filter_bar.py" line="34"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/filter_bar.py" line="97"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/filter_bar.py" line="101"/>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/filter_bar.py" line="103"/>
        <source>All policies</source>
        <translation>所有政策</translation>
    </message>
</context>
<context>
    <name>FolderPreviewDialog</name>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="107"/>
        <source>Import %1 file(s)</source>
        <translation>导入 %1 个文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="103"/>
        <source>%1 file(s): %2 matched, %3 not matched. Chosen: %4 file(s) for %5 task(s), %6.</source>
        <translation>共 %1 个文件：已匹配 %2 个，未匹配 %3 个。已勾选 %4 个文件，涉及 %5 项任务，共 %6。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="80"/>
        <source>Not matched: %1</source>
        <translation>未匹配：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="66"/>
        <source>Folder “%1” for “%2”, %3. Ticked files are attached to the task shown; nothing is stored before you import.</source>
        <translation>文件夹“%1”，政策“%2”，%3。勾选的文件将作为佐证材料添加到所示任务；导入之前不会保存任何内容。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="53"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="40"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="40"/>
        <source>Matched task, or why not</source>
        <translation>匹配的任务（未匹配的原因）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="40"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="33"/>
        <source>Import an evidence folder</source>
        <translation>导入佐证材料文件夹</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../zjtracker/ui/history/view.py" line="96"/>
        <source>Change history</source>
        <translation>修改历史</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../zjtracker/ui/history/view.py" line="74"/>
        <source>Select a policy, area, measure, yearly plan or indicator in the tree.</source>
        <translation>请在政策树中选择政策、领域、措施、年度计划或指标。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/view.py" line="80"/>
        <source>%1: %2 change(s), newest first.</source>
        <translation>%1：%2 条修改，最新的在前。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/view.py" line="82"/>
        <source>%1: no changes recorded.</source>
        <translation>%1：没有修改记录。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/view.py" line="119"/>
        <source>Change &amp;history</source>
        <translation>修改历史(&amp;H)</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="39"/>
        <source>Import policy document</source>
        <translation>导入政策文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="40"/>
        <source>Policy documents (*.txt *.docx *.pdf *.html *.htm *.mhtml *.mht *.xlsx *.xls *.doc *.wps *.et)</source>
        <translation>政策文件 (*.txt *.docx *.pdf *.html *.htm *.mhtml *.mht *.xlsx *.xls *.doc *.wps *.et)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="53"/>
        <source>Reading policy documents</source>
        <translation>正在读取政策文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="69"/>
        <source>Imported %1 policy document(s).</source>
        <translation>已导入 %1 份政策文件。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="85"/>
        <source>Loading the sample policies</source>
        <translation>正在载入示例政策</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="100"/>
        <source>Imported %1 file(s), %2 note(s) from the reader.</source>
        <translation>已导入 %1 个文件，读取提示 %2 条。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="103"/>
        <source>%1 file(s) had been imported before and were not added again.</source>
        <translation>%1 个文件此前已导入，未重复加入。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="109"/>
        <source>File not imported</source>
        <translation>文件未导入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="114"/>
        <source>Unexpected error</source>
        <translation>程序错误</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="115"/>
        <source>The import stopped because of an error in the program. Nothing was changed. Details:</source>
        <translation>导入因程序错误而中止，数据库未作任何改动。详细信息：</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="184"/>
        <source>Undo the import of “%1” (no. %2)? The evidence files it added are deleted.</source>
        <translation>撤销“%1”的导入（第 %2 号）吗？它添加的佐证材料文件将被删除。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="201"/>
        <source>%1 evidence file(s) deleted.</source>
        <translation>已删除 %1 个佐证材料文件。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="55"/>
        <source>Evidence file removed</source>
        <translation>删除佐证材料</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="55"/>
        <source>Evidence file added</source>
        <translation>添加佐证材料</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="49"/>
        <source>Import history</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="52"/>
        <source>Implementation</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="52"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="53"/>
        <source>Suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="53"/>
        <source>Progress (%)</source>
        <translation>完成进度（%）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="54"/>
        <source>Assessment</source>
        <translation>评估情况</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="54"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="58"/>
        <source>All policies</source>
        <translation>所有政策</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="64"/>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="70"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="70"/>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="70"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="70"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="71"/>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="71"/>
        <source>By</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="71"/>
        <source>Cells changed</source>
        <translation>修改单元格</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="72"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="72"/>
        <source>Rejected</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="72"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="80"/>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="80"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="80"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="80"/>
        <source>Before</source>
        <translation>修改前</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="81"/>
        <source>After</source>
        <translation>修改后</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="81"/>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="99"/>
        <source>&amp;Undo this import…</source>
        <translation>撤销这次导入(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="101"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="133"/>
        <source>%1 taken, %2 kept, %3 open</source>
        <translation>采用 %1，保留 %2，待定 %3</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="135"/>
        <source>Undone %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="136"/>
        <source>In effect</source>
        <translation>有效</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="137"/>
        <source>%1 in %2 row(s)</source>
        <translation>%2 行中 %1 处</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="139"/>
        <source>%1 evidence file(s) for %2 task(s)</source>
        <translation>%2 项任务的佐证材料 %1 份</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="161"/>
        <source>No returned workbook has been imported yet.</source>
        <translation>尚未导入任何报回表。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="165"/>
        <source>Evidence files added by “%1” (%2):</source>
        <translation>“%1”添加的佐证材料（%2 份）：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="166"/>
        <source>Cells changed by “%1” (%2):</source>
        <translation>“%1”修改的单元格（%2）：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="169"/>
        <source>Restored by the undo</source>
        <translation>已由撤销恢复</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="169"/>
        <source>By the import</source>
        <translation>导入写入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="189"/>
        <source>Undo import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="186"/>
        <source>Undo the import of “%1” (no. %2)? Every cell it changed gets its earlier value back, except cells changed again since.</source>
        <translation>撤销“%1”的导入（第 %2 号）吗？它修改过的每个单元格都将恢复原值，此后又被修改过的除外。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="197"/>
        <source>Not undone</source>
        <translation>未撤销</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="203"/>
        <source>%1 cell(s) restored.</source>
        <translation>已恢复 %1 个单元格。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="205"/>
        <source>Import undone</source>
        <translation>导入已撤销</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="57"/>
        <source>Import preview — %1</source>
        <translation>导入预览 — %1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="62"/>
        <source>Check what the program read from &lt;b&gt;%1&lt;/b&gt;. Double-click a number, text, deadline or unit list to correct it; right-click a line to add, delete, merge, split or move. Unchecked areas are not imported.</source>
        <translation>请核对程序从 &lt;b&gt;%1&lt;/b&gt; 中读出的内容。双击编号、文字、完成时限或单位可以修改；右键单击一行可以添加、删除、合并、拆分或移动。未勾选的部分不导入。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="137"/>
        <source>Line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="140"/>
        <source>The line reads: %1</source>
        <translation>原文：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="143"/>
        <source>Notes from the reader (%1)</source>
        <translation>读取提示（%1）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="102"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="103"/>
        <source>Table columns…</source>
        <translation>表格列…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/read_again.py" line="41"/>
        <source>File not read again</source>
        <translation>未能重新读取文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="191"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="203"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="205"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="207"/>
        <source>Issuer</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="209"/>
        <source>Years</source>
        <translation>实施年度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="276"/>
        <source>%1 document(s): %2 areas, %3 groups, %4 measures, %5 units; %6 notes</source>
        <translation>%1 份文件：领域 %2 个，分组 %3 个，措施 %4 项，单位 %5 个；提示 %6 条</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="282"/>
        <source>; %1 empty framing area(s) left out</source>
        <translation>；%1 个没有措施的总体要求、保障措施等部分不导入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="287"/>
        <source>Title missing</source>
        <translation>缺少标题</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="287"/>
        <source>Every document needs a title.</source>
        <translation>每份文件都需要标题。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/read_again.py" line="52"/>
        <source>Reading %1 again with the chosen columns</source>
        <translation>正在按指定的列重新读取 %1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/read_again.py" line="45"/>
        <source>Reading the file again stopped because of an error in the program. The preview is unchanged. Details:</source>
        <translation>重新读取时程序出错而停止，预览没有改变。详细信息：</translation>
    </message>
</context>
<context>
    <name>ImportPreviewFlow</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview/flow.py" line="64"/>
        <source>File not imported</source>
        <translation>文件未导入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/flow.py" line="69"/>
        <source>Imported before</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/flow.py" line="70"/>
        <source>%1 has been imported before. Import it again?</source>
        <translation>“%1”此前已经导入过。要再导入一次吗？</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../zjtracker/ui/structure/indicator_editor.py" line="31"/>
        <source>Actual values by year (double-click a value to change it):</source>
        <translation>历年实际值（双击数值可修改）：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/indicator_editor.py" line="33"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/indicator_editor.py" line="33"/>
        <source>Actual value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/indicator_editor.py" line="33"/>
        <source>Share of target reached</source>
        <translation>目标完成度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/indicator_editor.py" line="84"/>
        <source>Not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/indicator_editor.py" line="85"/>
        <source>“%1” is not a number. Type the actual value of %2 as a number, e.g. 12.5.</source>
        <translation>“%1”不是数字。请把 %2 年的实际值填成数字，例如 12.5。</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="30"/>
        <source>Policy</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="30"/>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="30"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="30"/>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="30"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="31"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="31"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="42"/>
        <source>Double-click a row to open the item in the tree</source>
        <translation>双击一行，在左侧树中打开该项</translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="117"/>
        <source>%1 of %2 new tasks linked to a task of last year&apos;s ledger.</source>
        <translation>%2 项新任务中已有 %1 项关联到上年台账的任务。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="100"/>
        <source>— not linked —</source>
        <translation>—— 不关联 ——</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="111"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="93"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="93"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="84"/>
        <source>There is no other policy to link to.</source>
        <translation>没有可关联的其他政策。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="67"/>
        <source>&amp;Save links</source>
        <translation>保存关联(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="54"/>
        <source>Confidence</source>
        <translation>可信度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="54"/>
        <source>Similarity</source>
        <translation>相似度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="53"/>
        <source>Last year&apos;s task</source>
        <translation>上年任务</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="53"/>
        <source>New task</source>
        <translation>新任务</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="47"/>
        <source>Last year&apos;s &amp;ledger</source>
        <translation>上年台账(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="42"/>
        <source>Link tasks to last year&apos;s</source>
        <translation>关联上年任务</translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="34"/>
        <source>Text in the old or new value, or a field name</source>
        <translation>原值或新值中的文字，或字段名</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="43"/>
        <source>All users</source>
        <translation>所有用户</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="44"/>
        <source>All computers</source>
        <translation>所有计算机</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="45"/>
        <source>All kinds</source>
        <translation>所有类别</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="46"/>
        <source>All sources</source>
        <translation>所有来源</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="47"/>
        <source>All policies</source>
        <translation>所有政策</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="51"/>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="52"/>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="56"/>
        <source>Text:</source>
        <translation>文字：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="58"/>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="60"/>
        <source>User:</source>
        <translation>用户：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="60"/>
        <source>Computer:</source>
        <translation>计算机：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="61"/>
        <source>Kind:</source>
        <translation>类别：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="61"/>
        <source>Source:</source>
        <translation>来源：</translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="64"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="64"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="64"/>
        <source>Computer</source>
        <translation>计算机</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="65"/>
        <source>Policy</source>
        <translation>政策文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="65"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="65"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="66"/>
        <source>Old value</source>
        <translation>原值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="66"/>
        <source>New value</source>
        <translation>新值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="66"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="67"/>
        <source>Report period</source>
        <translation>报告期</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../zjtracker/ui/main_window_parts.py" line="75"/>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_parts.py" line="76"/>
        <source>Done: %1</source>
        <translation>已完成：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="107"/>
        <source>&amp;Link tasks to last year&apos;s…</source>
        <translation>关联上年任务(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="105"/>
        <source>Generate &amp;next year&apos;s ledger…</source>
        <translation>生成下一年度台账(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="80"/>
        <source>Policy implementation ledger — %1</source>
        <translation>政策落实台账 — %1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_parts.py" line="85"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_parts.py" line="86"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_parts.py" line="142"/>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_parts.py" line="146"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_parts.py" line="55"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="64"/>
        <source>Policy implementation ledger</source>
        <translation>政策落实台账</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="70"/>
        <source>Opening the database %1 …</source>
        <translation>正在打开数据库 %1 …</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_tree.py" line="82"/>
        <source>%1 match(es)</source>
        <translation>找到 %1 项</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_tree.py" line="153"/>
        <source>Select one of its measures or yearly plans to report progress.</source>
        <translation>请选择其下的一项措施或年度计划，再填报进展。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_tree.py" line="185"/>
        <source>This policy covers %1: moved to %2, its latest period with progress.</source>
        <translation>该政策的实施年份为 %1，已转到其有进展的最近一期：%2。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_tree.py" line="189"/>
        <source>This policy covers %1 and has no progress yet: moved to %2.</source>
        <translation>该政策的实施年份为 %1，尚无进展，已转到：%2。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_tree.py" line="216"/>
        <source>This measure is a group: select one of the measures under it.</source>
        <translation>这是一个分组，请选择其下的一项措施。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_tree.py" line="218"/>
        <source>This measure has no yearly plan yet: add one with a right click › Add yearly plan.</source>
        <translation>该措施还没有年度计划：可右键 › 新增年度计划。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_tree.py" line="220"/>
        <source>This measure has no yearly plan for %1 (plans: %2). Choose another period or add a plan.</source>
        <translation>该措施没有 %1 年的年度计划（已有：%2）。请换一个报告期，或新增年度计划。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_drops.py" line="56"/>
        <source>Return or new policy?</source>
        <translation>报回表还是新政策？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_drops.py" line="57"/>
        <source>“%1” is a table in the ledger layout. Is it a colleague&apos;s return to merge into the progress, or the ledger of a policy to add?</source>
        <translation>“%1”是台账格式的表格。它是要合并进展的报回表，还是要新增的政策台账？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_drops.py" line="61"/>
        <source>A return: merge the progress</source>
        <translation>报回表：合并进展</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_drops.py" line="63"/>
        <source>A new policy</source>
        <translation>新政策</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="33"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="50"/>
        <source>&amp;Import policy document…</source>
        <translation>导入政策文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="57"/>
        <source>Open &amp;database…</source>
        <translation>打开数据库(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="62"/>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="72"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="34"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="75"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="77"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="82"/>
        <source>&amp;Save progress</source>
        <translation>保存进展(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="83"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="85"/>
        <source>&amp;Edit item…</source>
        <translation>编辑条目(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="89"/>
        <source>Move item do&amp;wn</source>
        <translation>下移条目(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="91"/>
        <source>&amp;Delete item…</source>
        <translation>删除条目(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="35"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="99"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="100"/>
        <source>&amp;Overview</source>
        <translation>总览(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="36"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="101"/>
        <source>&amp;Unit registry…</source>
        <translation>单位名录(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="37"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="53"/>
        <source>Re&amp;port…</source>
        <translation>报告(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="87"/>
        <source>Move item u&amp;p</source>
        <translation>上移条目(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="110"/>
        <source>User &amp;manual</source>
        <translation>用户手册(&amp;M)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="113"/>
        <source>&amp;About zjtracker</source>
        <translation>关于 zjtracker(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="115"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="123"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="124"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="134"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="134"/>
        <source>The new language is used from the next start of the program.</source>
        <translation>新的界面语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="141"/>
        <source>About zjtracker</source>
        <translation>关于 zjtracker</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="141"/>
        <source>&lt;h3&gt;zjtracker %1&lt;/h3&gt;&lt;p&gt;Keeps the books on how policy documents are carried out: policies, measures, yearly plans, progress, returns and reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licence: Apache-2.0&lt;/p&gt;</source>
        <translation>&lt;h3&gt;zjtracker %1&lt;/h3&gt;&lt;p&gt;政策落实台账：政策文件、工作措施、年度计划、落实进展、报送汇总与报告。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;&lt;p&gt;许可协议：Apache-2.0&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_layout.py" line="18"/>
        <source>Nothing matches the filter. Loosen it, or clear it to see everything.</source>
        <translation>没有符合筛选条件的项。请放宽条件，或清除筛选以显示全部。</translation>
    </message>
</context>
<context>
    <name>ManualViewer</name>
    <message>
        <location filename="../../zjtracker/ui/manual_viewer.py" line="18"/>
        <source>User manual</source>
        <translation>用户手册</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/manual_viewer.py" line="24"/>
        <source>Find in the manual (Enter: next)</source>
        <translation>在手册中查找（回车：下一处）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/manual_viewer.py" line="38"/>
        <source>The user manual was not found: %1</source>
        <translation>找不到用户手册：%1</translation>
    </message>
</context>
<context>
    <name>NextYearDialog</name>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="98"/>
        <source>The policy&apos;s end year moves from %1 to %2.</source>
        <translation>政策的截止年份将由 %1 年延至 %2 年。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="91"/>
        <source>%1 tasks: %2 carried, %3 closed and left out, %4 closed and kept greyed, %5 already planned for %6 (not overwritten). %7 new yearly plans will be made.</source>
        <translation>共 %1 项任务：带入 %2 项，已销号不带入 %3 项，已销号置灰 %4 项，已有%6年度计划 %5 项（不覆盖）。将新建 %7 个年度计划。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="70"/>
        <source>→ the ledger of %1</source>
        <translation>→ %1年度台账</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="69"/>
        <source>Policy: %1</source>
        <translation>政策：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="57"/>
        <source>Already has a plan for %1 (kept)</source>
        <translation>已有%1年度计划（不覆盖）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="56"/>
        <source>Closed, kept greyed</source>
        <translation>已销号置灰</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="55"/>
        <source>Closed, left out</source>
        <translation>已销号不带入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="55"/>
        <source>Carried</source>
        <translation>带入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="36"/>
        <source>Generate next year&apos;s ledger</source>
        <translation>生成下一年度台账</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="86"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="70"/>
        <source>In the new ledger</source>
        <translation>新台账中</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="70"/>
        <source>Closed on</source>
        <translation>销号日期</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="69"/>
        <source>This year&apos;s plan</source>
        <translation>本年度计划</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="69"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="69"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="56"/>
        <source>&amp;Keep, shown greyed as closed</source>
        <translation>带入并置灰显示为已销号(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="55"/>
        <source>&amp;Leave out of the new ledger</source>
        <translation>不带入新台账(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="54"/>
        <source>Tasks closed (已销号) this year</source>
        <translation>本年度已销号的任务</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="46"/>
        <source>&amp;Copy last year&apos;s plan text, to edit</source>
        <translation>沿用上年计划内容，再行修改(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="45"/>
        <source>&amp;Blank, to be written anew</source>
        <translation>空白，重新填写(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="44"/>
        <source>New yearly plans</source>
        <translation>新年度计划</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="34"/>
        <source>From the ledger of &amp;year</source>
        <translation>由以下年度台账生成(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>NodeEditorDialog</name>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="67"/>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="67"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="67"/>
        <source>Yearly plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="77"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="81"/>
        <source>e.g. 一、 or （3）</source>
        <translation>例如 一、 或 （3）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="82"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="85"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="88"/>
        <source>Guiding text</source>
        <translation>指导性内容</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="88"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="92"/>
        <source>e.g. 2025年6月底前</source>
        <translation>例如 2025年6月底前</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="93"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="97"/>
        <source>optional number</source>
        <translation>数字（可不填）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="98"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
</context>
<context>
    <name>OutputChecks</name>
    <message>
        <location filename="../../zjtracker/ui/reports/output_checks.py" line="25"/>
        <source>Replace the file?</source>
        <translation>替换文件？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/output_checks.py" line="26"/>
        <source>“%1” exists already. Replace it?</source>
        <translation>“%1”已经存在。要替换它吗？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/output_checks.py" line="32"/>
        <source>File not written</source>
        <translation>文件没有写入</translation>
    </message>
</context>
<context>
    <name>OversightActions</name>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="160"/>
        <source>The latest report of this task gives no percentage. Close it all the same?</source>
        <translation>该任务最近一次报送没有填写完成进度。仍要销号吗？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="177"/>
        <source>Re&amp;view and close</source>
        <translation>复核与销号(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="168"/>
        <source>Review and closing</source>
        <translation>复核与销号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="162"/>
        <source>The latest report of this task gives %1, not 100%. Close it all the same?</source>
        <translation>该任务最近一次报送的完成进度为 %1，未达到 100%。仍要销号吗？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="164"/>
        <source>Close task</source>
        <translation>销号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="76"/>
        <source>Select a measure or a yearly plan in the tree first.</source>
        <translation>请先在左侧树中选择一项措施或年度计划。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="69"/>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="181"/>
        <source>Close tas&amp;k…</source>
        <translation>销号(&amp;K)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="68"/>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="182"/>
        <source>Re&amp;open task</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="67"/>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="180"/>
        <source>C&amp;lear the review verdict</source>
        <translation>清除复核结论(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="65"/>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="179"/>
        <source>Send &amp;back…</source>
        <translation>退回(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="64"/>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="178"/>
        <source>Re&amp;view…</source>
        <translation>复核(&amp;V)…</translation>
    </message>
</context>
<context>
    <name>OversightBanner</name>
    <message>
        <location filename="../../zjtracker/ui/oversight/banner.py" line="15"/>
        <source>Closed on %1 by %2. Basis: %3</source>
        <translation>已销号：%1 办结，经办人 %2；依据：%3。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/banner.py" line="25"/>
        <source>Reviewed (%1), changed since: to review.</source>
        <translation>已复核（%1），此后有修改，待复核。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/banner.py" line="24"/>
        <source>Reviewed. %1</source>
        <translation>已复核。%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/banner.py" line="23"/>
        <source>Sent back (%1), reported again: to review.</source>
        <translation>曾退回（%1），已重新报送，待复核。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/banner.py" line="22"/>
        <source>Sent back: %1</source>
        <translation>已退回：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/banner.py" line="16"/>
        <source>Closed on %1 by %2.</source>
        <translation>已销号：%1 办结，经办人 %2。</translation>
    </message>
</context>
<context>
    <name>OversightDialogs</name>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="66"/>
        <source>Latest progress:</source>
        <translation>最近进展：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="63"/>
        <source>No progress reported yet.</source>
        <translation>尚未报送进展。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="58"/>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="57"/>
        <source>not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="56"/>
        <source>no percentage</source>
        <translation>未填完成进度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="44"/>
        <source>Task:</source>
        <translation>任务：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="43"/>
        <source>%1 plan:</source>
        <translation>%1年计划：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="40"/>
        <source>Task</source>
        <translation>任务</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="24"/>
        <source>%1 quarter %2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="25"/>
        <source>%1 months %3–%4</source>
        <translation>%1年%3—%4月</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="26"/>
        <source>%1 month %3</source>
        <translation>%1年%3月</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="27"/>
        <source>%1 half %2</source>
        <translation>%1年%2半年</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="28"/>
        <source>%1 whole year</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="32"/>
        <source>CJK numerals</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="55"/>
        <source>Reporting period: statuses, the form and reports are for this period</source>
        <translation>报告期：树中的状态、进展表和报告都按此报告期</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="119"/>
        <source>%1 (current)</source>
        <translation>%1（本期）</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="124"/>
        <source>%1 evidence file(s)</source>
        <translation>%1 个佐证材料</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="27"/>
        <source>In force</source>
        <translation>现行</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="28"/>
        <source>Expired</source>
        <translation>已失效</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="29"/>
        <source>Abolished</source>
        <translation>已废止</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="33"/>
        <source>Monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="34"/>
        <source>Every two months</source>
        <translation>每两个月</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="35"/>
        <source>Quarterly</source>
        <translation>每季度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="36"/>
        <source>Half-yearly</source>
        <translation>每半年</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="37"/>
        <source>Yearly</source>
        <translation>每年</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="116"/>
        <source>Delete the policy %1?</source>
        <translation>删除政策文件“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="117"/>
        <source>%1 area(s)</source>
        <translation>领域 %1 个</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="118"/>
        <source>%1 measure(s)</source>
        <translation>措施 %1 项</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="119"/>
        <source>%1 yearly plan(s)</source>
        <translation>年度计划 %1 条</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="120"/>
        <source>%1 progress report(s)</source>
        <translation>进展记录 %1 条</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="121"/>
        <source>%1 indicator(s)</source>
        <translation>指标 %1 个</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="122"/>
        <source>%1 sent fill-in workbook(s)</source>
        <translation>已发送的报送表 %1 份</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="123"/>
        <source>%1 import batch(es)</source>
        <translation>导入批次 %1 个</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="127"/>
        <source>This also deletes:</source>
        <translation>将一并删除：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="128"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation>删除后可用“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="132"/>
        <source>Delete policy</source>
        <translation>删除政策</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="134"/>
        <source>&amp;Delete the policy</source>
        <translation>删除政策(&amp;D)</translation>
    </message>
</context>
<context>
    <name>PolicyEditorDialog</name>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="46"/>
        <source>Edit policy information</source>
        <translation>编辑政策信息</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="51"/>
        <source>e.g. 湛府办〔2022〕32号</source>
        <translation>如 湛府办〔2022〕32号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="52"/>
        <source>Document &amp;number</source>
        <translation>文号(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="55"/>
        <source>&amp;Title</source>
        <translation>标题(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="58"/>
        <source>how reports and charts name it; empty: derived from the title</source>
        <translation>报告和图表中使用；不填则由标题生成</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="59"/>
        <source>&amp;Short name</source>
        <translation>简称(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="62"/>
        <source>&amp;Issuer</source>
        <translation>发文机关(&amp;I)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="66"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="69"/>
        <source>&amp;Years</source>
        <translation>实施年份(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="75"/>
        <source>St&amp;atus</source>
        <translation>状态(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="81"/>
        <source>Reporting &amp;frequency</source>
        <translation>报送频次(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="94"/>
        <source>not stated</source>
        <translation>未写明</translation>
    </message>
</context>
<context>
    <name>PolicyTreeModel</name>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="276"/>
        <source>Report of this period: %1</source>
        <translation>本期报送：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="268"/>
        <source>Closed (verified and struck off); reported status: %1</source>
        <translation>已销号（经复核办结）；报送状态：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="340"/>
        <source>Evidence</source>
        <translation>佐证</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="265"/>
        <source>%1 evidence file(s) in this period</source>
        <translation>本期佐证材料 %1 个</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="246"/>
        <source>Main indicators (%1)</source>
        <translation>主要指标（%1 项）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="271"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="273"/>
        <source>%1 of the %2 yearly plans of this period&apos;s year are done.</source>
        <translation>本报告期所在年度的 %2 条年度计划中已完成 %1 条。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="304"/>
        <source>Done %1/%2</source>
        <translation>完成 %1/%2</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="307"/>
        <source>%1 (abolished)</source>
        <translation>%1（已废止）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="307"/>
        <source>%1 (expired)</source>
        <translation>%1（已失效）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="334"/>
        <source>Policies and measures</source>
        <translation>政策与措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="336"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="338"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PreviewActions</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="42"/>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="151"/>
        <source>Add measure</source>
        <translation>添加措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="43"/>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="155"/>
        <source>Add sub-measure</source>
        <translation>添加下级措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="44"/>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="159"/>
        <source>Add area</source>
        <translation>添加部分</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="45"/>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="170"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="46"/>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="173"/>
        <source>Merge with next</source>
        <translation>与下一项合并</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="47"/>
        <source>Split…</source>
        <translation>拆分…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="48"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="49"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="50"/>
        <source>Move to area…</source>
        <translation>移到其他部分…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="51"/>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="199"/>
        <source>Level up</source>
        <translation>升一级</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="52"/>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="202"/>
        <source>Level down</source>
        <translation>降一级</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="53"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="55"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="122"/>
        <source>Not possible here</source>
        <translation>无法操作</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="147"/>
        <source>Edit</source>
        <translation>修改</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="181"/>
        <source>Split</source>
        <translation>拆分</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="184"/>
        <source>Move</source>
        <translation>移动</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="191"/>
        <source>(untitled area)</source>
        <translation>（无标题的部分）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="192"/>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="196"/>
        <source>Move to area</source>
        <translation>移到其他部分</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="193"/>
        <source>Move the measure to the end of:</source>
        <translation>把这项措施移到以下部分的末尾：</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview/model.py" line="169"/>
        <source>Number</source>
        <translation>编号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/model.py" line="169"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/model.py" line="170"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/model.py" line="170"/>
        <source>Cooperating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/model.py" line="170"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/model.py" line="171"/>
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/model.py" line="171"/>
        <source>Yearly plans</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/model.py" line="215"/>
        <source>Read as %1</source>
        <translation>读作 %1</translation>
    </message>
</context>
<context>
    <name>ProgressFormLayout</name>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="52"/>
        <source>What was done in this period (落实情况)</source>
        <translation>本期落实情况</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="53"/>
        <source>Problems met (存在问题)</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="54"/>
        <source>Suggestions for the problems (意见建议)</source>
        <translation>存在问题的意见建议</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="55"/>
        <source>Remarks (备注)</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="65"/>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="69"/>
        <source>(not assessed)</source>
        <translation>（未评估）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="83"/>
        <source>Problems</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="84"/>
        <source>Suggestions</source>
        <translation>意见建议</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="84"/>
        <source>Progress (%)</source>
        <translation>完成进度（%）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="85"/>
        <source>Remarks</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="87"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="91"/>
        <source>Implementation:</source>
        <translation>落实情况：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="92"/>
        <source>Problems:</source>
        <translation>存在问题：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="93"/>
        <source>Suggestions:</source>
        <translation>意见建议：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="98"/>
        <source>Assessment:</source>
        <translation>评估情况：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="101"/>
        <source>Progress:</source>
        <translation>完成进度：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="105"/>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="128"/>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="128"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="85"/>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="128"/>
        <source>Assessment</source>
        <translation>评估情况</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="83"/>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="128"/>
        <source>Implementation</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="135"/>
        <source>Earlier periods</source>
        <translation>往期进展</translation>
    </message>
</context>
<context>
    <name>ProgressFormWidget</name>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form.py" line="217"/>
        <source>This task is closed; reopen it (Edit › Review and close) to change its progress.</source>
        <translation>此任务已销号；如需修改进展，请先重新打开（编辑 › 复核与销号 › 重新打开）。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_undo.py" line="22"/>
        <source>Edit implementation</source>
        <translation>修改落实情况</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_undo.py" line="23"/>
        <source>Edit problems</source>
        <translation>修改存在问题</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_undo.py" line="24"/>
        <source>Edit suggestions</source>
        <translation>修改意见建议</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_undo.py" line="25"/>
        <location filename="../../zjtracker/ui/form/progress_undo.py" line="28"/>
        <source>Edit progress</source>
        <translation>修改完成进度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_undo.py" line="26"/>
        <source>Edit assessment</source>
        <translation>修改评估情况</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_undo.py" line="27"/>
        <source>Edit remarks</source>
        <translation>修改备注</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_undo.py" line="76"/>
        <source>Save progress</source>
        <translation>保存进展</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form.py" line="77"/>
        <source>Select a measure or a yearly plan to report its progress.</source>
        <translation>请在左侧选择一项措施或年度计划，填写其进展。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form.py" line="87"/>
        <source>%1 %2 — progress in %3</source>
        <translation>%1 %2年计划 — %3进展</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form.py" line="105"/>
        <source>Last saved by %1 on %2</source>
        <translation>上次保存：%1，%2</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form.py" line="108"/>
        <source>Nothing reported yet for this period.</source>
        <translation>本期尚未填报。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form.py" line="161"/>
        <location filename="../../zjtracker/ui/form/progress_hints.py" line="67"/>
        <source>Progress must be a number from 0 to 100.</source>
        <translation>完成进度应填 0 到 100 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_hints.py" line="65"/>
        <source>Progress must lie between 0 and 100.</source>
        <translation>完成进度应在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_hints.py" line="75"/>
        <source>Suggested: %1 (time elapsed %2%)</source>
        <translation>建议：%1（序时进度 %2%）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_hints.py" line="78"/>
        <source>The assessment “%1” does not match the progress; the numbers suggest “%2”.</source>
        <translation>评估情况“%1”与完成进度不符，按进度应为“%2”。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_hints.py" line="84"/>
        <source>Progress is lower than in the previous period (%1%).</source>
        <translation>完成进度低于上期（%1%）。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form.py" line="182"/>
        <source>● not saved</source>
        <translation>● 未保存</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="59"/>
        <source>Discard your changes and go on?</source>
        <translation>放弃本次修改并继续吗？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="62"/>
        <source>&amp;Discard changes</source>
        <translation>放弃修改(&amp;D)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="64"/>
        <source>&amp;Keep editing</source>
        <translation>继续编辑(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="107"/>
        <source>The save could not be taken back: someone else changed this progress meanwhile. Press F5 to see what is stored now.</source>
        <translation>无法撤销这次保存：其间有人修改了这条进展。请按 F5 查看当前保存的内容。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="118"/>
        <source>Stored again: %1.</source>
        <translation>%1。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="116"/>
        <source>the values before the save</source>
        <translation>已撤销这次保存，恢复为保存前的内容</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="117"/>
        <source>the saved values</source>
        <translation>已重做这次保存，恢复为保存的内容</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="49"/>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="65"/>
        <source>Merge by hand</source>
        <translation>手工合并</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="56"/>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="95"/>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="103"/>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="44"/>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="58"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="77"/>
        <source>Take their version</source>
        <translation>采用对方的版本</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="81"/>
        <source>Their version is shown. Yours was copied to the clipboard, and Ctrl+Z brings it back.</source>
        <translation>现在显示的是对方的版本。您的版本已复制到剪贴板，按 Ctrl+Z 可找回。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="95"/>
        <source>This yearly plan was deleted by someone else, so the progress cannot be saved. What you typed was copied to the clipboard.</source>
        <translation>该年度计划已被他人删除，进展无法保存。您输入的内容已复制到剪贴板。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="103"/>
        <source>The database could not be reached, so nothing was saved; what you typed is still in the form. Try again in a moment.

%1</source>
        <translation>无法连接数据库，没有保存任何内容；您输入的内容仍在表单中。请稍后再试。

%1</translation>
    </message>
</context>
<context>
    <name>RecentDatabases</name>
    <message>
        <location filename="../../zjtracker/ui/database/recent.py" line="67"/>
        <source>Rece&amp;nt databases</source>
        <translation>最近打开的数据库(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/recent.py" line="84"/>
        <source>The file no longer exists</source>
        <translation>文件已不存在</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/recent.py" line="88"/>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/recent.py" line="91"/>
        <source>Clear the list</source>
        <translation>清空列表</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/recent.py" line="113"/>
        <source>Open or create a database</source>
        <translation>打开或新建数据库</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/recent.py" line="115"/>
        <source>zjtracker databases (*.db *.sqlite);;All files (*)</source>
        <translation>zjtracker 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="55"/>
        <source>Edit the report&apos;s texts</source>
        <translation>编辑报告文字</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="67"/>
        <source>Generating the texts from the data…</source>
        <translation>正在根据数据生成报告文字…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="87"/>
        <source>Generating the report&apos;s texts</source>
        <translation>正在生成报告文字</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="100"/>
        <source>automatic: %1</source>
        <translation>自动：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="112"/>
        <source>No texts</source>
        <translation>没有生成报告文字</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="114"/>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="115"/>
        <source>The texts could not be generated because of an error in the program. Details:</source>
        <translation>程序出错，未能生成报告文字。详细信息：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="141"/>
        <source>%1 text(s) differ from the generated ones (marked * or yellow); they print as written here.</source>
        <translation>有 %1 处文字与生成的不同（标 * 或黄色），报告按这里写的印出。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="144"/>
        <source>All texts are as generated from the data.</source>
        <translation>全部文字均为根据数据生成的。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="175"/>
        <source>Discard the changes?</source>
        <translation>放弃修改吗？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="176"/>
        <source>The texts you changed have not been saved. Close without saving them?</source>
        <translation>修改过的文字还没有保存。不保存就关闭吗？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="187"/>
        <source>Not saved</source>
        <translation>没有保存</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="114"/>
        <source>Earlier &amp;years of each task in the detail table</source>
        <translation>明细表中列出每项任务的往年情况(&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="71"/>
        <source>Report not saved</source>
        <translation>报告没有保存</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="72"/>
        <source>Save the report as “%1” instead?</source>
        <translation>改为保存为“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="76"/>
        <source>The report was not saved.</source>
        <translation>报告没有保存。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="70"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="37"/>
        <source>Summary with counts</source>
        <translation>总体情况（数量统计）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="38"/>
        <source>Charts by area and by lead unit</source>
        <translation>按领域、按牵头单位的图表</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="39"/>
        <source>Overdue and behind</source>
        <translation>超期和滞后事项</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="40"/>
        <source>Changes since the previous period</source>
        <translation>与上期相比的变化</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="41"/>
        <source>Problems and suggestions by lead unit</source>
        <translation>存在问题和意见建议（按牵头单位）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="42"/>
        <source>Indicators</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="43"/>
        <source>Detail table (landscape)</source>
        <translation>工作台账明细（横排）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="48"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="49"/>
        <source>Sections:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="50"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="51"/>
        <source>Texts:</source>
        <translation>报告文字：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="53"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="57"/>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="64"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="69"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="94"/>
        <source>&amp;All policies</source>
        <translation>全部政策(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="95"/>
        <source>One &amp;policy:</source>
        <translation>一项政策(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="96"/>
        <source>One &amp;unit:</source>
        <translation>一个单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="124"/>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="125"/>
        <source>&amp;Word (.docx)</source>
        <translation>&amp;Word（.docx）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="126"/>
        <source>&amp;Excel ledger (.xlsx)</source>
        <translation>&amp;Excel 台账（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="47"/>
        <source>Pe&amp;riod:</source>
        <translation>报告期(&amp;R)：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="66"/>
        <source>Open the &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="138"/>
        <source>Edit the report&apos;s te&amp;xts…</source>
        <translation>编辑报告文字(&amp;X)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="140"/>
        <source>Addressee, issuer, date, next steps and every paragraph, kept for this period and scope</source>
        <translation>主送、发文机关署名、成文日期、下一步工作及各段文字，按本报告期和范围保存</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="152"/>
        <source>%1 text(s) as the clerk wrote them</source>
        <translation>%1 处文字已修改</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="154"/>
        <source>texts as generated from the data</source>
        <translation>文字均为根据数据生成</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="158"/>
        <source>All policies</source>
        <translation>全部政策</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="169"/>
        <source>No unit</source>
        <translation>没有选择单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="169"/>
        <source>Choose the unit the report is about.</source>
        <translation>请选择报告所针对的单位。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="224"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="224"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="225"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="226"/>
        <source>Save report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="240"/>
        <source>No file name</source>
        <translation>没有文件名</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="240"/>
        <source>Choose where to save the report.</source>
        <translation>请选择报告的保存位置。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="243"/>
        <source>Nothing chosen</source>
        <translation>未选择内容</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="243"/>
        <source>Choose at least one section.</source>
        <translation>请至少选择一项内容。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="252"/>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="254"/>
        <source>Generating the report</source>
        <translation>正在生成报告</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="261"/>
        <source>Cancelled. No file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="44"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="52"/>
        <source>Report saved</source>
        <translation>报告已保存</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="53"/>
        <source>The report was saved as:</source>
        <translation>报告已保存为：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="82"/>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="94"/>
        <source>No report</source>
        <translation>未生成报告</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="98"/>
        <source>Unexpected error</source>
        <translation>程序错误</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="99"/>
        <source>The report stopped because of an error in the program. Details:</source>
        <translation>报告因程序错误而中止。详细信息：</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="209"/>
        <source>Printing the report</source>
        <translation>正在打印报告</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="100"/>
        <source>Report preview — %1</source>
        <translation>报告预览 — %1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="116"/>
        <source>&amp;Go to page</source>
        <translation>转到页(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="121"/>
        <source>Fit width</source>
        <translation>适合宽度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="122"/>
        <source>Whole page</source>
        <translation>整页</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="126"/>
        <source>&amp;Zoom</source>
        <translation>缩放(&amp;Z)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="132"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="135"/>
        <source>Open in the default &amp;viewer</source>
        <translation>用默认程序打开(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="168"/>
        <source>Page %2 of %1</source>
        <translation>第 %2 / %1 页</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="221"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="222"/>
        <source>The printer could not be started. Check that it is switched on and connected, or open the report in the default viewer and print from there.</source>
        <translation>无法启动打印机。请检查打印机是否开机并已连接，或用默认程序打开报告后再打印。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="228"/>
        <source>No viewer</source>
        <translation>没有可用的阅读程序</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="229"/>
        <source>No program for PDF files was found. The report is saved as:</source>
        <translation>没有找到打开 PDF 文件的程序。报告已保存为：</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="71"/>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="226"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="74"/>
        <source>Choose the backup to restore into “%1”. The backups folder holds a copy made every day, before every import and before every upgrade.</source>
        <translation>请选择要恢复到“%1”的备份。备份文件夹中有每日、每次导入前和每次升级前自动做的副本。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="79"/>
        <source>Made</source>
        <translation>制作时间</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="79"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="79"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="98"/>
        <source>Other file…</source>
        <translation>其他文件…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="99"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="116"/>
        <source>The backups folder holds no backups yet. Use “Other file…” to choose a backup saved elsewhere.</source>
        <translation>备份文件夹中还没有备份。可用“其他文件…”选择保存在别处的备份。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="132"/>
        <source>Daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="132"/>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="133"/>
        <source>Before an upgrade</source>
        <translation>升级前</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="134"/>
        <source>Replaced by a restore</source>
        <translation>被恢复替换</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="135"/>
        <source>Chosen file</source>
        <translation>选定的文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="135"/>
        <source>Before a policy was deleted</source>
        <translation>删除政策前</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="143"/>
        <source>Choose a backup</source>
        <translation>选择备份</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="144"/>
        <source>Backups (*.db *.sqlite *.sqlite3 *.zjtbak);;All files (*)</source>
        <translation>备份 (*.db *.sqlite *.sqlite3 *.zjtbak);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="166"/>
        <source>Reading the backup…</source>
        <translation>正在读取备份…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="186"/>
        <source>This file cannot be restored: it is damaged or not a backup of this program.
(%1)

%2</source>
        <translation>此文件无法恢复：文件已损坏，或不是本程序的备份。
（%1）

%2</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="188"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="189"/>
        <source>Made: %1 (%2), %3</source>
        <translation>制作：%1（%2），%3</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="191"/>
        <source>Progress reports: %1</source>
        <translation>进展记录：%1 条</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="192"/>
        <source>Last change: %1</source>
        <translation>最后修改：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="192"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="193"/>
        <source>Policies (%1):</source>
        <translation>政策（%1 项）：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="209"/>
        <source>Restoring the database</source>
        <translation>正在恢复数据库</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="215"/>
        <source>It now holds %1 policies and %2 progress reports, last changed %3.</source>
        <translation>当前数据库有 %1 项政策、%2 条进展记录，最后修改于 %3。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="217"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="219"/>
        <source>It cannot be read now (damaged).</source>
        <translation>当前数据库无法读取（已损坏）。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="220"/>
        <source>Replace the whole database “%1” with the backup made %2? %3 Afterwards it will hold %4 policies and %5 progress reports, as on %6; whatever was changed since is replaced. The current database is kept in the backups folder first.</source>
        <translation>用 %2 制作的备份替换整个数据库“%1”吗？%3 恢复后将有 %4 项政策、%5 条进展记录，与 %6 时一致；此后的修改都会被替换。当前数据库会先保存到备份文件夹中。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="235"/>
        <source>The replaced database was kept as “%1”.</source>
        <translation>被替换的数据库已保存为“%1”。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="237"/>
        <source>Restored from “%1”.</source>
        <translation>已从“%1”恢复。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="245"/>
        <source>Nothing was restored; the database is as it was.</source>
        <translation>没有恢复任何内容，数据库保持原样。</translation>
    </message>
</context>
<context>
    <name>ReturnsImportController</name>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="104"/>
        <source>Import returned workbooks</source>
        <translation>导入报回表</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="105"/>
        <source>Returned workbooks (*.xlsx *.xls)</source>
        <translation>报回表 (*.xlsx *.xls)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="118"/>
        <source>Reading returned workbooks</source>
        <translation>正在读取报回表</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="147"/>
        <location filename="../../zjtracker/ui/returns/importing.py" line="153"/>
        <location filename="../../zjtracker/ui/returns/importing.py" line="258"/>
        <source>Return not imported</source>
        <translation>报回表未导入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="148"/>
        <source>Import it as a new policy ledger instead?</source>
        <translation>改为作为新政策台账导入吗？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="158"/>
        <source>Imported before</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="159"/>
        <source>“%1” was imported before, on %2 by %3 (import no. %4). Importing it again changes only what differs from the database now. Go on?</source>
        <translation>“%1”此前已于 %2 由 %3 导入（第 %4 号）。再次导入只会修改与数据库现状不同之处。继续吗？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="167"/>
        <source>as stamped in the file</source>
        <translation>按文件中的标记</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="167"/>
        <source>as written in the file</source>
        <translation>按文件中的写法</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="168"/>
        <source>the period shown in the main window</source>
        <translation>主窗口当前的报告期</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="168"/>
        <source>as chosen</source>
        <translation>按所选</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="186"/>
        <location filename="../../zjtracker/ui/returns/importing.py" line="236"/>
        <source>Nothing imported from “%1”.</source>
        <translation>“%1”未导入任何内容。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="197"/>
        <source>Importing “%1”</source>
        <translation>正在导入“%1”</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="208"/>
        <source>Period of the return</source>
        <translation>报回表的报告期</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="209"/>
        <source>Which period does “%1” report on?</source>
        <translation>“%1”报送的是哪个报告期？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="220"/>
        <source>Imported “%1”: %2 cell(s) in %3 row(s) changed; conflicts: %4 taken from the file, %5 kept, %6 left open; %7 row(s) rejected.</source>
        <translation>已导入“%1”：%3 行中修改 %2 个单元格；冲突：采用报回值 %4 个，保留 %5 个，待定 %6 个；拒收 %7 行。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="239"/>
        <source>Changed in the meantime</source>
        <translation>期间已有改动</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="240"/>
        <source>Read “%1” again now?</source>
        <translation>现在重新读取“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="263"/>
        <source>Unexpected error</source>
        <translation>程序错误</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="264"/>
        <source>The import stopped because of an error in the program. Nothing of this file was changed. Details:</source>
        <translation>导入因程序错误而中止，此文件的内容均未写入。详细信息：</translation>
    </message>
</context>
<context>
    <name>ReturnsPreview</name>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="23"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="41"/>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
</context>
<context>
    <name>ReturnsPreviewDialog</name>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="41"/>
        <source>Returned workbook — %1</source>
        <translation>报回表 — %1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="60"/>
        <source>This file was imported before, on %1 by %2 (import no. %3).</source>
        <translation>此文件此前已于 %1 由 %2 导入（第 %3 号）。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="70"/>
        <source>Rows that change — untick a row or a cell to leave it as it is (orange: replaces a stored value; grey: carried over unchanged)</source>
        <translation>将修改的行——取消勾选某行或某个单元格即保持原样（橙色：替换库中已有值；灰色：沿用上期未改动）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="74"/>
        <source>Conflicts (%1)</source>
        <translation>冲突（%1）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="75"/>
        <source>Rejected rows (%1)</source>
        <translation>拒收的行（%1）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="76"/>
        <source>Warnings (%1)</source>
        <translation>提示（%1）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="94"/>
        <source>Fill-in workbook sent by this program</source>
        <translation>本程序发出的报送表</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="95"/>
        <source>Table in the ledger layout (no stamp: rows matched by task number and text)</source>
        <translation>台账格式的表格（无标记：按序号和任务内容匹配）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="96"/>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="97"/>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="100"/>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="111"/>
        <source>(not known)</source>
        <translation>（未知）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="107"/>
        <source>The unit that sent this return; the returns tracker counts it as returned by this unit</source>
        <translation>报回此表的单位；报送跟踪中记为该单位已报回</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="109"/>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="112"/>
        <source>Returned by:</source>
        <translation>报回单位：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="118"/>
        <source>Read for another period…</source>
        <translation>按其他报告期读取…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="122"/>
        <source>Period:</source>
        <translation>报告期：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="135"/>
        <source>%1 row(s) would change (%2 cell(s)); %3 conflict(s); %4 row(s) rejected; %5 warning(s); %6 row(s) as stored already.</source>
        <translation>将修改 %1 行（%2 个单元格）；冲突 %3 个；拒收 %4 行；提示 %5 条；%6 行与库中一致。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="149"/>
        <source>None.</source>
        <translation>无。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="158"/>
        <source>Both the database and the colleague changed these cells after the file was sent. Choose for each which value to keep; hover a row for details.</source>
        <translation>报送表发出后，数据库和填报人都改动了这些单元格。请逐一选择保留哪个值；鼠标停在行上可看详情。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="164"/>
        <source>Keep ours everywhere</source>
        <translation>全部保留库中值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="166"/>
        <source>Take theirs everywhere</source>
        <translation>全部采用报回值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="177"/>
        <source>Accept &amp;all</source>
        <translation>全部接受(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="178"/>
        <source>Accept &amp;selected only</source>
        <translation>只接受勾选的(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="179"/>
        <source>Accept &amp;none (cancel)</source>
        <translation>全部不接受（取消）(&amp;N)</translation>
    </message>
</context>
<context>
    <name>ReturnsTrackerView</name>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="103"/>
        <source>Reports sent back to the unit: %1</source>
        <translation>退回该单位的报送：%1 项</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="103"/>
        <source>%1 sent back</source>
        <translation>已退回 %1 项</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="73"/>
        <source>Not sent</source>
        <translation>未发送</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="73"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="73"/>
        <source>Returned</source>
        <translation>已报回</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="74"/>
        <source>Merged</source>
        <translation>已合并</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="74"/>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="74"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="80"/>
        <source>Show a&amp;bolished and empty policies</source>
        <translation>显示已废止和无任务的政策(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="85"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="88"/>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="90"/>
        <source>Year:</source>
        <translation>年度：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="101"/>
        <source>Reporting deadline: %1</source>
        <translation>报送时限：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="124"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="98"/>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="124"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="98"/>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="124"/>
        <source>Leads</source>
        <translation>牵头措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="98"/>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="124"/>
        <source>Responsible</source>
        <translation>责任措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="99"/>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="125"/>
        <source>Cooperates</source>
        <translation>配合措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="125"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="125"/>
        <source>Workbook sent</source>
        <translation>已发报送表</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="136"/>
        <source>Save reminder list…</source>
        <translation>保存催报清单…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="140"/>
        <source>&amp;Open it</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="143"/>
        <source>Missing returns</source>
        <translation>未报回</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="146"/>
        <source>Period:</source>
        <translation>报告期：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="100"/>
        <source>Workbook sent %1</source>
        <translation>报送表发送于 %1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="100"/>
        <source>Return imported %1 (import no. %2)</source>
        <translation>报回表导入于 %1（第 %2 号）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="101"/>
        <source>%1 conflict(s) left open</source>
        <translation>%1 个冲突待定</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="220"/>
        <source>No policy with yearly plans to track.</source>
        <translation>没有可跟踪的政策（没有年度计划）。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="222"/>
        <source>Reporting deadline stated in the policy: %1. A return not in by then is overdue.</source>
        <translation>政策规定的报送时限：%1。过了时限仍未报回的为超期。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="224"/>
        <source>The policy states no reporting deadline: a return is overdue %1 days after the period ends.</source>
        <translation>政策未写明报送时限：报告期结束 %1 日后仍未报回的为超期。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="256"/>
        <source>This policy has no units with measures in this year.</source>
        <translation>此政策本年度没有承担措施的单位。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="268"/>
        <source>%1 of %2 unit(s) have not returned %3.</source>
        <translation>%2 个单位中有 %1 个尚未报回%3。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="272"/>
        <source>Due %1: %2 overdue, %3 never sent a workbook.</source>
        <translation>报送时限 %1：超期 %2 个，未发送报送表 %3 个。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="289"/>
        <source>Save reminder list</source>
        <translation>保存催报清单</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="290"/>
        <source>PDF for printing (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation>用于打印的 PDF (*.pdf);;Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="306"/>
        <source>Writing the reminder list</source>
        <translation>正在生成催报清单</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="316"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="318"/>
        <source>Reminder list saved</source>
        <translation>催报清单已保存</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="319"/>
        <source>The reminder list was saved as:</source>
        <translation>催报清单已保存为：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="329"/>
        <source>Reminder list not saved</source>
        <translation>催报清单未保存</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="102"/>
        <source>Lead tasks not reported: %1</source>
        <translation>牵头任务未报送：%1 项</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="126"/>
        <source>Lead tasks not reported</source>
        <translation>牵头任务未报送</translation>
    </message>
</context>
<context>
    <name>ReturnsUi</name>
    <message>
        <location filename="../../zjtracker/ui/returns/menu.py" line="56"/>
        <source>&amp;Send fill-in workbooks…</source>
        <translation>发送报送表(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/menu.py" line="57"/>
        <source>Import &amp;returned workbooks…</source>
        <translation>导入报回表(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/menu.py" line="59"/>
        <source>Import &amp;history…</source>
        <translation>导入记录(&amp;H)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/menu.py" line="60"/>
        <source>Returns &amp;tracker</source>
        <translation>报送跟踪(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/menu.py" line="136"/>
        <source>Returns</source>
        <translation>报送跟踪</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="58"/>
        <source>Changed after review</source>
        <translation>复核后已修改（待复核）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="57"/>
        <source>Re-reported (to review)</source>
        <translation>已重报（待复核）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="56"/>
        <source>Returned</source>
        <translation>已退回</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="55"/>
        <source>Reviewed</source>
        <translation>已复核</translation>
    </message>
</context>
<context>
    <name>Rollover</name>
    <message>
        <location filename="../../zjtracker/ui/rollover/flow.py" line="90"/>
        <source>The imported document resembles “%1”. Link its tasks to that ledger&apos;s, so each task&apos;s history runs across years?</source>
        <translation>刚导入的文件与《%1》相似。是否把其中的任务与该台账的任务逐项关联，使每项任务的情况跨年度连续可查？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/flow.py" line="89"/>
        <source>Link to last year&apos;s ledger?</source>
        <translation>关联上年台账？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/flow.py" line="27"/>
        <source>Select a policy (or anything in it) in the tree first.</source>
        <translation>请先在左侧目录中选中一份政策（或其中的任一项）。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/flow.py" line="26"/>
        <source>No policy selected</source>
        <translation>未选中政策</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/commands.py" line="67"/>
        <source>Link tasks to last year&apos;s</source>
        <translation>关联上年任务</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/commands.py" line="30"/>
        <source>Generate %1 ledger</source>
        <translation>生成%1年度台账</translation>
    </message>
</context>
<context>
    <name>SaveLocation</name>
    <message>
        <location filename="../../zjtracker/ui/save_location.py" line="66"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/save_location.py" line="68"/>
        <source>Open the &amp;folder</source>
        <translation>打开所在文件夹(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/save_location.py" line="70"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
</context>
<context>
    <name>SendTemplatesDialog</name>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="221"/>
        <source> (a group of units: the workbook goes to whoever passes it on)</source>
        <translation>（统称，不是一个单位：报送表交由转发的单位）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="210"/>
        <source>&amp;All %1 units (%2 of them groups of units), one file each, into the folder:</source>
        <translation>全部 %1 个单位（其中 %2 个为统称），每个单位一个文件，保存到文件夹(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="76"/>
        <source>Send fill-in workbooks</source>
        <translation>发送报送表</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="94"/>
        <source>&amp;Policy:</source>
        <translation>政策(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="95"/>
        <source>P&amp;eriod:</source>
        <translation>报告期(&amp;E)：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="96"/>
        <source>Units:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="102"/>
        <source>&amp;Write workbooks</source>
        <translation>生成报送表(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="105"/>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="108"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="131"/>
        <source>One &amp;unit:</source>
        <translation>一个单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="136"/>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="141"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="148"/>
        <source>Save as:</source>
        <translation>保存为：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="173"/>
        <source>%1 (current)</source>
        <translation>%1（本期）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="217"/>
        <source>%1 — leads %2, responsible for %3, cooperates on %4</source>
        <translation>%1 — 牵头 %2 项，责任 %3 项，配合 %4 项</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="209"/>
        <source>&amp;All %1 units, one file each, into the folder:</source>
        <translation>全部 %1 个单位，每个单位一个文件，保存到文件夹(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="227"/>
        <source>This policy states no years and has no yearly plans: there is nothing to send.</source>
        <translation>该政策未写明年份，也没有年度计划，没有可发送的报送表。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="228"/>
        <source>No unit has tasks of this policy in %1; the policy covers %2.</source>
        <translation>%1没有任何单位承担该政策的工作任务；该政策的年份为%2。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="246"/>
        <source>Folder for the workbooks</source>
        <translation>报送表保存文件夹</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="254"/>
        <source>Save the workbook as</source>
        <translation>报送表另存为</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="255"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="269"/>
        <source>No file name</source>
        <translation>没有文件名</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="270"/>
        <source>Choose the unit and where to save its workbook.</source>
        <translation>请选择单位及报送表的保存位置。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="281"/>
        <source>No folder</source>
        <translation>没有文件夹</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="281"/>
        <source>Choose the folder for the workbooks.</source>
        <translation>请选择报送表的保存文件夹。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="294"/>
        <source>Writing…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="295"/>
        <source>Writing fill-in workbooks</source>
        <translation>正在生成报送表</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="311"/>
        <source>Replace files?</source>
        <translation>替换文件吗？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="312"/>
        <source>%1 file(s) exist already and will be replaced:</source>
        <translation>%1 个文件已存在，将被替换：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="320"/>
        <source>%1 — %2, %3 measure(s)</source>
        <translation>%1 — %2，%3 项措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="324"/>
        <source>Wrote %1 workbook(s) into %2.</source>
        <translation>已在 %2 生成 %1 份报送表。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="327"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="329"/>
        <source>Cancelled: %1 unit(s) got no workbook.</source>
        <translation>已取消：%1 个单位未生成报送表。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="338"/>
        <source>Nothing to send</source>
        <translation>无需发送</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="340"/>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="342"/>
        <source>Workbook not written</source>
        <translation>报送表未生成</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="343"/>
        <source>A workbook could not be written (is it open in Excel or WPS, or is the folder read-only?):</source>
        <translation>有报送表无法写入（是否正被 Excel 或 WPS 打开，或文件夹只读？）：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="346"/>
        <source>Unexpected error</source>
        <translation>程序错误</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="347"/>
        <source>Writing stopped because of an error in the program. Details:</source>
        <translation>生成因程序错误而中止。详细信息：</translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview/split.py" line="44"/>
        <source>Split the measure</source>
        <translation>拆分措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/split.py" line="46"/>
        <source>Put the cursor where the second measure begins, or choose a sentence end.</source>
        <translation>把光标放在第二项措施开始的地方，或者选择在哪一句之后拆分。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/split.py" line="55"/>
        <source>After sentence %1: …%2</source>
        <translation>第%1句之后：…%2</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/split.py" line="60"/>
        <source>Split here</source>
        <translation>在此拆分</translation>
    </message>
</context>
<context>
    <name>StartChecks</name>
    <message>
        <location filename="../../zjtracker/ui/database/start_checks.py" line="35"/>
        <source>Checking the database and making the day&apos;s backup…</source>
        <translation>正在检查数据库并做今天的备份…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/start_checks.py" line="53"/>
        <source>Database: %1 (checked)</source>
        <translation>数据库：%1（已检查）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/start_checks.py" line="69"/>
        <source>The database is damaged</source>
        <translation>数据库已损坏</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/start_checks.py" line="72"/>
        <source>Restore from backup…</source>
        <translation>从备份恢复…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/start_checks.py" line="74"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="47"/>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="40"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="41"/>
        <source>On schedule</source>
        <translation>序时推进</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="42"/>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="43"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="44"/>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="45"/>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="46"/>
        <source>Not reported</source>
        <translation>未报送</translation>
    </message>
</context>
<context>
    <name>StatusBarChart</name>
    <message>
        <location filename="../../zjtracker/ui/dashboard/charts.py" line="191"/>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
</context>
<context>
    <name>StructureCommands</name>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="39"/>
        <source>area</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="40"/>
        <source>measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="41"/>
        <source>yearly plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="128"/>
        <source>Add %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="168"/>
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="194"/>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="217"/>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="239"/>
        <source>Change units</source>
        <translation>修改责任单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="261"/>
        <source>Edit policy information</source>
        <translation>编辑政策信息</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="285"/>
        <source>Delete policy</source>
        <translation>删除政策</translation>
    </message>
</context>
<context>
    <name>StructureDialogs</name>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="244"/>
        <source>%1 evidence file(s)</source>
        <translation>%1 个佐证材料</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="42"/>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="43"/>
        <source>Cooperating</source>
        <translation>配合</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="44"/>
        <source>Responsible</source>
        <translation>责任</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="230"/>
        <source>Delete %1?</source>
        <translation>删除“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="234"/>
        <source>%1 measure(s)</source>
        <translation>%1 项措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="236"/>
        <source>%1 yearly plan(s)</source>
        <translation>%1 项年度计划</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="238"/>
        <source>%1 progress report(s)</source>
        <translation>%1 条进展</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="241"/>
        <source>%1 unit assignment(s)</source>
        <translation>%1 条单位分工</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="247"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="248"/>
        <source>This also deletes %1.</source>
        <translation>同时删除%1。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="249"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation>可以用“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="254"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>StructureEditor</name>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="58"/>
        <source>&amp;Link tasks to last year&apos;s…</source>
        <translation>关联上年任务(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="57"/>
        <source>Generate &amp;next year&apos;s ledger…</source>
        <translation>生成下一年度台账(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="53"/>
        <source>&amp;Edit policy information…</source>
        <translation>编辑政策信息(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="54"/>
        <source>&amp;Delete policy…</source>
        <translation>删除政策(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="59"/>
        <source>Add &amp;area…</source>
        <translation>新增领域(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="63"/>
        <source>Add area &amp;after…</source>
        <translation>在其后新增领域(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="64"/>
        <source>Add &amp;measure…</source>
        <translation>新增措施(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="67"/>
        <source>Add measure &amp;after…</source>
        <translation>在其后新增措施(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="68"/>
        <source>Add &amp;sub-measure…</source>
        <translation>新增下级措施(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="69"/>
        <location filename="../../zjtracker/ui/structure/actions.py" line="72"/>
        <source>Add &amp;yearly plan…</source>
        <translation>新增年度计划(&amp;Y)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="73"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="75"/>
        <source>U&amp;nits…</source>
        <translation>责任单位(&amp;N)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="77"/>
        <source>Move u&amp;p</source>
        <translation>上移(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="78"/>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="83"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="237"/>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="242"/>
        <source>Undo not possible</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="243"/>
        <source>This step was removed from the undo history.</source>
        <translation>这一步已从撤销记录中移除。</translation>
    </message>
</context>
<context>
    <name>UnitCombo</name>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_combo.py" line="22"/>
        <source>Type a unit&apos;s name or any of its aliases</source>
        <translation>输入单位名称或其简称</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_combo.py" line="31"/>
        <source>No unit is called “%1”.</source>
        <translation>没有名为“%1”的单位。</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="31"/>
        <source>City department</source>
        <translation>市直部门</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="32"/>
        <source>County government</source>
        <translation>县（市、区）政府</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="33"/>
        <source>Group of units</source>
        <translation>单位集合</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="34"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="35"/>
        <source>Central agency</source>
        <translation>中直驻湛单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="36"/>
        <source>Section</source>
        <translation>科室</translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_picker.py" line="22"/>
        <source>Find a unit: name, alias or pinyin initials (e.g. sfgj)</source>
        <translation>查找单位：名称、简称或拼音首字母（如 sfgj）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_picker.py" line="26"/>
        <source>No unit matches.</source>
        <translation>没有符合的单位。</translation>
    </message>
</context>
<context>
    <name>UnitRegistryDialog</name>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="26"/>
        <source>Unit registry</source>
        <translation>单位名录</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="63"/>
        <source>Swap: keep the other entry</source>
        <translation>对调：保留另一个</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="30"/>
        <source>Filter by name, alias or pinyin initials (sfgj)</source>
        <translation>按名称、简称或拼音首字母（如 sfgj）筛选</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="52"/>
        <source>&amp;Rename…</source>
        <translation>改名(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="53"/>
        <source>Add &amp;alias…</source>
        <translation>添加简称(&amp;A)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="54"/>
        <source>Remo&amp;ve alias…</source>
        <translation>删除简称(&amp;V)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="65"/>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="67"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="69"/>
        <source>and fold in</source>
        <translation>并入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="74"/>
        <source>Select two rows above, or choose the units here. The measures and aliases of the second entry move to the first, its name becomes an alias, and the entry is deleted.</source>
        <translation>在上表选中两行，或在此选择单位。第二个单位的措施和简称并入第一个，其名称成为简称，该条目随后删除。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="77"/>
        <source>Merge two entries that are one unit</source>
        <translation>合并实为同一单位的两个条目</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="152"/>
        <source>Rename unit</source>
        <translation>单位改名</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="153"/>
        <source>New name of “%1” (the old name stays as an alias):</source>
        <translation>“%1”的新名称（旧名称保留为简称）：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="157"/>
        <source>“%1” is now called “%2”.</source>
        <translation>“%1”已改名为“%2”。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="163"/>
        <source>Add alias</source>
        <translation>添加简称</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="164"/>
        <source>Another way of writing “%1”:</source>
        <translation>“%1”的另一种写法：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="167"/>
        <source>“%1” added as an alias of “%2”.</source>
        <translation>已把“%1”添加为“%2”的简称。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="174"/>
        <source>Remove alias</source>
        <translation>删除简称</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="175"/>
        <source>Alias of “%1” to remove:</source>
        <translation>要删除的“%1”的简称：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="178"/>
        <source>“%1” is no longer an alias of “%2”.</source>
        <translation>“%1”已不再是“%2”的简称。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="184"/>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="195"/>
        <source>Merge units</source>
        <translation>合并单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="185"/>
        <source>Choose the entry to keep and the entry to fold into it, or select two rows.</source>
        <translation>请选择要保留的单位和要并入的单位，或在表中选中两行。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="188"/>
        <source>Merge “%2” into “%1”?

The %3 measure(s) “%2” leads, %4 it cooperates on and %5 it is responsible for, its aliases and its progress returns move to “%1”; where both have the same role on a measure it is kept once. “%2” becomes an alias of “%1” and the entry “%2” is deleted.</source>
        <translation>把“%2”并入“%1”吗？

“%2”牵头的 %3 项措施、配合的 %4 项、负责的 %5 项，以及它的简称和报送的进展，都将转到“%1”名下；两者在同一措施中角色相同的只保留一条。“%2”将成为“%1”的简称，“%2”条目随后删除。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="204"/>
        <source>“%2” merged into “%1”: %3 assignment(s) moved, %4 duplicate(s) dropped.</source>
        <translation>“%2”已并入“%1”：转移分工 %3 条，去除重复 %4 条。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="216"/>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
</context>
<context>
    <name>UnitTable</name>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="45"/>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="46"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="47"/>
        <source>Aliases</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="48"/>
        <source>Leads</source>
        <translation>牵头措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="49"/>
        <source>Cooperates</source>
        <translation>配合措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="50"/>
        <source>Responsible</source>
        <translation>责任</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="53"/>
        <source>Measures the unit leads (牵头)</source>
        <translation>本单位牵头的措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="54"/>
        <source>Measures the unit cooperates on (配合)</source>
        <translation>本单位配合的措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="55"/>
        <source>Measures the unit is responsible for (责任)</source>
        <translation>本单位负责的措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="87"/>
        <source>A word for several units (such as every county), not one unit</source>
        <translation>泛指若干单位的词（如各县（市、区）），不是一个单位</translation>
    </message>
</context>
<context>
    <name>UnitsEditorDialog</name>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="159"/>
        <source>Units of the measure</source>
        <translation>措施的责任单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="165"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="165"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="165"/>
        <source>Leader in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="166"/>
        <source>Section</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="166"/>
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="176"/>
        <source>&amp;Add unit</source>
        <translation>添加单位(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="178"/>
        <source>&amp;Remove unit</source>
        <translation>移除单位(&amp;R)</translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="136"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="135"/>
        <source>Mark reviewed</source>
        <translation>标为已复核</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="135"/>
        <source>Send back</source>
        <translation>退回</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="126"/>
        <source>Review note (optional):</source>
        <translation>复核意见（可不填）：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="125"/>
        <source>Reason (the unit sees it in its next fill-in workbook):</source>
        <translation>退回原因（填报单位将在下一份报送表中看到）：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="122"/>
        <source>Review the report of %1</source>
        <translation>复核%1的报送</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="121"/>
        <source>Send back the report of %1</source>
        <translation>退回%1的报送</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../zjtracker/ui/worker.py" line="81"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
