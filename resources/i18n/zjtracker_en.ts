<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../zjtracker/ui/app.py" line="168"/>
        <source>An empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/app.py" line="169"/>
        <source>The database holds no policies yet. Load the sample policies (five documents of Zhanjiang city) to start with?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <location filename="../../zjtracker/ui/app_controller.py" line="49"/>
        <source>This database is already open in zjtracker; that window was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/app_controller.py" line="119"/>
        <source>The database cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/app_controller.py" line="134"/>
        <source>Database in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/app_controller.py" line="135"/>
        <source>This database is already open in another zjtracker window; that window was brought forward.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AutoRefresh</name>
    <message>
        <location filename="../../zjtracker/ui/auto_refresh.py" line="126"/>
        <source>Updated with changes saved elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupActions</name>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="36"/>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="38"/>
        <source>Restore from bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="57"/>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="73"/>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="81"/>
        <source>Back up database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="58"/>
        <source>SQLite database (*.db);;Portable backup, restores into any database (*%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="67"/>
        <source>Backing up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="79"/>
        <source>The database was backed up to “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="82"/>
        <source>The database was backed up to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="97"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="98"/>
        <source>This database is on a database server. A backup is restored into a new, empty database there, from the command line:

zjtracker --db postgresql+psycopg://USER@HOST/NEW_DATABASE restore BACKUP_FILE

then open that database. Backups of the server are made with File › Back up database… or: zjtracker --db URL backup -o FILE%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_actions.py" line="118"/>
        <source>Restored from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupPrompt</name>
    <message>
        <location filename="../../zjtracker/ui/backups/prompt.py" line="13"/>
        <source>No backup before the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/prompt.py" line="15"/>
        <source>Import without a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/prompt.py" line="17"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
<context>
    <name>BugDialog</name>
    <message>
        <location filename="../../zjtracker/ui/errors.py" line="76"/>
        <source>Program error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/errors.py" line="79"/>
        <source>The program ran into an error of its own (not something you did wrong). What was stored before stays stored; the last step may not have been done. Please copy the details below and send them to whoever looks after the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/errors.py" line="88"/>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/errors.py" line="99"/>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangeLogDialog</name>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="50"/>
        <source>Change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="59"/>
        <source>&amp;Export to Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="61"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="63"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="89"/>
        <source>%1 change(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="98"/>
        <source>“%1” is no longer in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="107"/>
        <source>Export the change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="108"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="124"/>
        <source>Exporting the change log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="131"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="134"/>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="136"/>
        <source>Change log exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="137"/>
        <source>The change log was saved as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="143"/>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="144"/>
        <source>The change log could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_view.py" line="149"/>
        <source>&amp;Change log…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="55"/>
        <source>Task / column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="55"/>
        <source>Stored now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="55"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="55"/>
        <source>Where / note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="56"/>
        <source>%1 cell(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="57"/>
        <source>Overwrites a stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="58"/>
        <source>The file replaces a value stored in the database that the colleague did not see (it was not in the workbook sent, or the file is not a stamped workbook).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="60"/>
        <source>Carried over unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="61"/>
        <source>Pre-filled from an earlier period and sent back as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseTaskDialog</name>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="102"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="101"/>
        <source>Close task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="95"/>
        <source>A closed task leaves the fill-in workbooks, the reminder list and the overdue lists, and is counted as closed apart from done. It can be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="93"/>
        <source>Closed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="92"/>
        <source>Basis:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="91"/>
        <source>Date done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="87"/>
        <source>e.g. the acceptance report, the document or the site check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="76"/>
        <source>Close task (struck off as done)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnsDialog</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="27"/>
        <source>Table columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="29"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="29"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="29"/>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="30"/>
        <source>Cooperating units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="30"/>
        <source>Responsible units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="31"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="31"/>
        <source>Leader in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="32"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="32"/>
        <source>Not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="34"/>
        <source>Choose what each column holds, then read the file again. Reading again replaces the tree: changes made in the preview are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="41"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="46"/>
        <source>As read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="50"/>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/columns.py" line="61"/>
        <source>Read again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerLayout</name>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="34"/>
        <source>Issued by:</source>
        <translation>Issued by:</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="34"/>
        <source>Addressed to:</source>
        <translation>Addressed to:</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="35"/>
        <source>Date signed:</source>
        <translation>Date signed:</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="35"/>
        <source>Short name of the document:</source>
        <translation>Short name of the document:</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="36"/>
        <source>Opening</source>
        <translation>Opening</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="36"/>
        <source>1. Overall</source>
        <translation>1. Overall</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="37"/>
        <source>2. Main progress</source>
        <translation>2. Main progress</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="37"/>
        <source>3. Problems</source>
        <translation>3. Problems</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="38"/>
        <source>4. Next steps</source>
        <translation>4. Next steps</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="38"/>
        <source>Attachments</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="41"/>
        <source>e.g. 市政府督查室：</source>
        <translation>e.g. 市政府督查室：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="41"/>
        <source>the issuing office, above the date</source>
        <translation>the issuing office, above the date</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="42"/>
        <source>e.g. 2023年10月20日</source>
        <translation>e.g. 2023年10月20日</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="43"/>
        <source>the document is named once in full, then by this</source>
        <translation>the document is named once in full, then by this</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="54"/>
        <source>Restore &amp;all generated texts</source>
        <translation>Restore &amp;all generated texts</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="57"/>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="58"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="74"/>
        <source>Restore generated text</source>
        <translation>Restore generated text</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="75"/>
        <source>Forget what was written here and use the text generated from the data</source>
        <translation>Forget what was written here and use the text generated from the data</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer_layout.py" line="102"/>
        <source>Paragraphs are separated by an empty line.</source>
        <translation>Paragraphs are separated by an empty line.</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_dialog.py" line="50"/>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_dialog.py" line="53"/>
        <source>someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_dialog.py" line="56"/>
        <source>Someone deleted this progress while you were editing it. “Keep mine” stores your version again; “Take theirs” leaves it deleted, and your version is copied to the clipboard and can be brought back with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_dialog.py" line="59"/>
        <source>Theirs (deleted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_dialog.py" line="62"/>
        <source>%1 saved this progress on %2 while you were editing it. The fields that differ are highlighted. Nothing you typed is lost: whichever you choose, your version can be brought back with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_dialog.py" line="65"/>
        <source>Theirs (saved by %1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_dialog.py" line="91"/>
        <source>Differs from theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_dialog.py" line="122"/>
        <source>The merged progress must be a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialogLayout</name>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="55"/>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="55"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="56"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="56"/>
        <source>Progress (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="57"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="57"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="59"/>
        <source>Mine (what I typed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="62"/>
        <source>Merged (edit here, then “Save merged”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="102"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="103"/>
        <source>Save my version over theirs (theirs stays in the change log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="104"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="106"/>
        <source>Show their version; mine is copied to the clipboard and Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="107"/>
        <source>Save merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="108"/>
        <source>Save the merged column.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_layout.py" line="123"/>
        <source>(not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictList</name>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="205"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="205"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="205"/>
        <source>As sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="205"/>
        <source>Stored now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="206"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="206"/>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="226"/>
        <source>Keep ours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="227"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="228"/>
        <source>Decide later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../../zjtracker/ui/database/connection_dialog.py" line="59"/>
        <source>Connect to a shared database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_dialog.py" line="90"/>
        <source>This computer has no system keyring, so the password is not kept: you will be asked for it each time you connect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_dialog.py" line="141"/>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_dialog.py" line="150"/>
        <source>Connecting, and bringing the database up to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_dialog.py" line="178"/>
        <source>The connection works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_dialog.py" line="203"/>
        <source>Connec&amp;t to a shared database…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialogLayout</name>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="26"/>
        <source>When several colleagues keep the books together, the office shares one PostgreSQL database. Ask the administrator for the server&apos;s address, the database and your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="30"/>
        <source>e.g. 192.168.1.20 or db.office.local</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="35"/>
        <source>e.g. zjtracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="39"/>
        <source>Remember the password in the system&apos;s keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="49"/>
        <source>Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="51"/>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="52"/>
        <source>Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="53"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="54"/>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="58"/>
        <source>&amp;Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/connection_layout.py" line="68"/>
        <source>Connect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="120"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="121"/>
        <source>Type a unit&apos;s name or any of its aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="124"/>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="126"/>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="129"/>
        <source>Yearly plans in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="139"/>
        <source>By area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="140"/>
        <source>By lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="205"/>
        <source>All policies</source>
        <translation type="unfinished">All policies</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="249"/>
        <source>Overview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="251"/>
        <source>of those reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="251"/>
        <source>of all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="261"/>
        <source>No yearly plans for this period in this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="265"/>
        <source>%1 more areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="267"/>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="268"/>
        <source>No lead unit named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="270"/>
        <source>%1 more units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="271"/>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="271"/>
        <source>Behind (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="271"/>
        <source>Due within 30 days (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="272"/>
        <source>Not reported (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="281"/>
        <source>The first %1 of %2 are listed; the report and the Excel ledger list them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="289"/>
        <source>Reported: %1 of %2 yearly plans (not reported: %3). Shares are of the %1 reported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="294"/>
        <source>Average progress %1% over the %2 that gave a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/view.py" line="297"/>
        <source>%1 not reported are past their deadline (listed first under Not reported).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabaseChecks</name>
    <message>
        <location filename="../../zjtracker/ui/database/checks.py" line="91"/>
        <source>Database on a network share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/checks.py" line="91"/>
        <source>The database “%1” is on a network share. SQLite databases can be damaged there when the network drops or two computers write at the same time. Keep the database on this computer&apos;s own disk (and let several colleagues share a PostgreSQL server instead), and make backups often.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/checks.py" line="103"/>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/checks.py" line="107"/>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/checks.py" line="108"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="30"/>
        <source>Earlier years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="17"/>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="18"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="19"/>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="20"/>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="21"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="22"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="23"/>
        <source>Abolished by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="24"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="25"/>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="26"/>
        <source>Cooperating unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="27"/>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="28"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="29"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="31"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="32"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="33"/>
        <source>Unit of measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="34"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="35"/>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="36"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="37"/>
        <source>Latest actual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/detail_pane.py" line="38"/>
        <source>Share of target reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../zjtracker/ui/errors.py" line="42"/>
        <source>The file “%1” cannot be used: %2. Check the disk space, the access rights, and whether another program has it open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/errors.py" line="58"/>
        <source>zjtracker</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="154"/>
        <source>Evidence compilation saved: %1 file(s) of %2 task(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="157"/>
        <source>Evidence compilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="152"/>
        <source>The export of the evidence compilation was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="143"/>
        <source>Exporting the evidence compilation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="135"/>
        <source>Zip archive (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="134"/>
        <source>Export the evidence compilation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="133"/>
        <source>Evidence compilation %1.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="121"/>
        <source>Evidence imported: %1 new file(s) for %2 task(s); %3 already attached; %4 left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="119"/>
        <source>The import of the evidence folder was stopped: nothing stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="106"/>
        <source>Importing evidence files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="97"/>
        <source>No evidence file was chosen: nothing imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="78"/>
        <source>Reading the evidence folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="63"/>
        <source>Import an evidence folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="50"/>
        <source>Select the policy (or one of its tasks) in the tree first: the files are matched to its tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="49"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="31"/>
        <source>Export the evidence &amp;compilation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_flow.py" line="29"/>
        <source>Import an evidence &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="227"/>
        <source>No program was found to open “%1”. A copy is saved as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="248"/>
        <source>%1 file(s) deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="237"/>
        <source>Delete %1 evidence file(s) from this period&apos;s progress?

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="236"/>
        <source>Delete evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="198"/>
        <source>%1 file(s) added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="188"/>
        <source>Adding %1 evidence file(s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="171"/>
        <source>Evidence (*.jpg *.jpeg *.png *.gif *.bmp *.tif *.tiff *.webp *.heic *.pdf *.doc *.docx *.wps *.xls *.xlsx *.et *.ppt *.pptx *.ofd *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="170"/>
        <source>Add evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="121"/>
        <source>%1
%2, added by %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="114"/>
        <source>Used %1 of %2; each file at most %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="112"/>
        <source>Drop photos, PDF, Word or Excel files here, or add them with the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="111"/>
        <source>Evidence (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="102"/>
        <source>Select a measure or a yearly plan to attach evidence to its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel.py" line="101"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidencePanelLayout</name>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel_layout.py" line="47"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel_layout.py" line="46"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel_layout.py" line="45"/>
        <source>Add evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel_layout.py" line="35"/>
        <source>Drop photos, PDF, Word or Excel files here, or add them with the button below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/panel_layout.py" line="24"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../zjtracker/ui/tree/filter_bar.py" line="29"/>
        <source>Filter: type part of a title or task (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/filter_bar.py" line="34"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/filter_bar.py" line="97"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/filter_bar.py" line="101"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/filter_bar.py" line="103"/>
        <source>All policies</source>
        <translation type="unfinished">All policies</translation>
    </message>
</context>
<context>
    <name>FolderPreviewDialog</name>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="107"/>
        <source>Import %1 file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="103"/>
        <source>%1 file(s): %2 matched, %3 not matched. Chosen: %4 file(s) for %5 task(s), %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="80"/>
        <source>Not matched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="66"/>
        <source>Folder “%1” for “%2”, %3. Ticked files are attached to the task shown; nothing is stored before you import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="53"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="40"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="40"/>
        <source>Matched task, or why not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="40"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/evidence/folder_dialog.py" line="33"/>
        <source>Import an evidence folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../zjtracker/ui/history/view.py" line="96"/>
        <source>Change history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../zjtracker/ui/history/view.py" line="74"/>
        <source>Select a policy, area, measure, yearly plan or indicator in the tree.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/view.py" line="80"/>
        <source>%1: %2 change(s), newest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/view.py" line="82"/>
        <source>%1: no changes recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/view.py" line="119"/>
        <source>Change &amp;history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="39"/>
        <source>Import policy document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="40"/>
        <source>Policy documents (*.txt *.docx *.pdf *.html *.htm *.mhtml *.mht *.xlsx *.xls *.doc *.wps *.et)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="53"/>
        <source>Reading policy documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="69"/>
        <source>Imported %1 policy document(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="85"/>
        <source>Loading the sample policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="100"/>
        <source>Imported %1 file(s), %2 note(s) from the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="103"/>
        <source>%1 file(s) had been imported before and were not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="109"/>
        <source>File not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="114"/>
        <source>Unexpected error</source>
        <translation type="unfinished">Unexpected error</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/start.py" line="115"/>
        <source>The import stopped because of an error in the program. Nothing was changed. Details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="184"/>
        <source>Undo the import of “%1” (no. %2)? The evidence files it added are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="201"/>
        <source>%1 evidence file(s) deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="55"/>
        <source>Evidence file removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="55"/>
        <source>Evidence file added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="49"/>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="52"/>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="52"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="53"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="53"/>
        <source>Progress (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="54"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="54"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="58"/>
        <source>All policies</source>
        <translation type="unfinished">All policies</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="64"/>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="70"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="70"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="70"/>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="70"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="71"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="71"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="71"/>
        <source>Cells changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="72"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="72"/>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="72"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="80"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="80"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="80"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="80"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="81"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="81"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="99"/>
        <source>&amp;Undo this import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="101"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="133"/>
        <source>%1 taken, %2 kept, %3 open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="135"/>
        <source>Undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="136"/>
        <source>In effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="137"/>
        <source>%1 in %2 row(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="139"/>
        <source>%1 evidence file(s) for %2 task(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="161"/>
        <source>No returned workbook has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="165"/>
        <source>Evidence files added by “%1” (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="166"/>
        <source>Cells changed by “%1” (%2):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="169"/>
        <source>Restored by the undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="169"/>
        <source>By the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="189"/>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="186"/>
        <source>Undo the import of “%1” (no. %2)? Every cell it changed gets its earlier value back, except cells changed again since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="197"/>
        <source>Not undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="203"/>
        <source>%1 cell(s) restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/import_history.py" line="205"/>
        <source>Import undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="57"/>
        <source>Import preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="62"/>
        <source>Check what the program read from &lt;b&gt;%1&lt;/b&gt;. Double-click a number, text, deadline or unit list to correct it; right-click a line to add, delete, merge, split or move. Unchecked areas are not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="137"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="140"/>
        <source>The line reads: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="143"/>
        <source>Notes from the reader (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="102"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="103"/>
        <source>Table columns…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/read_again.py" line="41"/>
        <source>File not read again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="191"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="203"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="205"/>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="207"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="209"/>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="276"/>
        <source>%1 document(s): %2 areas, %3 groups, %4 measures, %5 units; %6 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="282"/>
        <source>; %1 empty framing area(s) left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="287"/>
        <source>Title missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/dialog.py" line="287"/>
        <source>Every document needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/read_again.py" line="52"/>
        <source>Reading %1 again with the chosen columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/read_again.py" line="45"/>
        <source>Reading the file again stopped because of an error in the program. The preview is unchanged. Details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewFlow</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview/flow.py" line="64"/>
        <source>File not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/flow.py" line="69"/>
        <source>Imported before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/flow.py" line="70"/>
        <source>%1 has been imported before. Import it again?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../zjtracker/ui/structure/indicator_editor.py" line="31"/>
        <source>Actual values by year (double-click a value to change it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/indicator_editor.py" line="33"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/indicator_editor.py" line="33"/>
        <source>Actual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/indicator_editor.py" line="33"/>
        <source>Share of target reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/indicator_editor.py" line="84"/>
        <source>Not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/indicator_editor.py" line="85"/>
        <source>“%1” is not a number. Type the actual value of %2 as a number, e.g. 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="30"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="30"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="30"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="30"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="30"/>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="31"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="31"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="31"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard/lists.py" line="42"/>
        <source>Double-click a row to open the item in the tree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LinkDialog</name>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="117"/>
        <source>%1 of %2 new tasks linked to a task of last year&apos;s ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="100"/>
        <source>— not linked —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="111"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="93"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="93"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="84"/>
        <source>There is no other policy to link to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="67"/>
        <source>&amp;Save links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="54"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="54"/>
        <source>Similarity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="53"/>
        <source>Last year&apos;s task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="53"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="47"/>
        <source>Last year&apos;s &amp;ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/link_dialog.py" line="42"/>
        <source>Link tasks to last year&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogFilterBar</name>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="34"/>
        <source>Text in the old or new value, or a field name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="43"/>
        <source>All users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="44"/>
        <source>All computers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="45"/>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="46"/>
        <source>All sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="47"/>
        <source>All policies</source>
        <translation type="unfinished">All policies</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="51"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="52"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="56"/>
        <source>Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="58"/>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="60"/>
        <source>User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="60"/>
        <source>Computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="61"/>
        <source>Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_layout.py" line="61"/>
        <source>Source:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogTableModel</name>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="64"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="64"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="64"/>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="65"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="65"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="65"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="66"/>
        <source>Old value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="66"/>
        <source>New value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="66"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/history/change_log_model.py" line="67"/>
        <source>Report period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../zjtracker/ui/main_window_parts.py" line="75"/>
        <source>Undone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_parts.py" line="76"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="107"/>
        <source>&amp;Link tasks to last year&apos;s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="105"/>
        <source>Generate &amp;next year&apos;s ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="80"/>
        <source>Policy implementation ledger — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_parts.py" line="85"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_parts.py" line="86"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_parts.py" line="142"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_parts.py" line="146"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_parts.py" line="55"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="64"/>
        <source>Policy implementation ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="70"/>
        <source>Opening the database %1 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_tree.py" line="82"/>
        <source>%1 match(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_tree.py" line="153"/>
        <source>Select one of its measures or yearly plans to report progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_tree.py" line="185"/>
        <source>This policy covers %1: moved to %2, its latest period with progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_tree.py" line="189"/>
        <source>This policy covers %1 and has no progress yet: moved to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_tree.py" line="216"/>
        <source>This measure is a group: select one of the measures under it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_tree.py" line="218"/>
        <source>This measure has no yearly plan yet: add one with a right click › Add yearly plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_tree.py" line="220"/>
        <source>This measure has no yearly plan for %1 (plans: %2). Choose another period or add a plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_drops.py" line="56"/>
        <source>Return or new policy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_drops.py" line="57"/>
        <source>“%1” is a table in the ledger layout. Is it a colleague&apos;s return to merge into the progress, or the ledger of a policy to add?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_drops.py" line="61"/>
        <source>A return: merge the progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_drops.py" line="63"/>
        <source>A new policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="33"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="50"/>
        <source>&amp;Import policy document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="57"/>
        <source>Open &amp;database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="62"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="72"/>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="34"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="75"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="77"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="82"/>
        <source>&amp;Save progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="83"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="85"/>
        <source>&amp;Edit item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="89"/>
        <source>Move item do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="91"/>
        <source>&amp;Delete item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="35"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="99"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="100"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="36"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="101"/>
        <source>&amp;Unit registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="37"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="53"/>
        <source>Re&amp;port…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="87"/>
        <source>Move item u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="110"/>
        <source>User &amp;manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="113"/>
        <source>&amp;About zjtracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="115"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="123"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="124"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="134"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="134"/>
        <source>The new language is used from the next start of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="141"/>
        <source>About zjtracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="141"/>
        <source>&lt;h3&gt;zjtracker %1&lt;/h3&gt;&lt;p&gt;Keeps the books on how policy documents are carried out: policies, measures, yearly plans, progress, returns and reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licence: Apache-2.0&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window_layout.py" line="18"/>
        <source>Nothing matches the filter. Loosen it, or clear it to see everything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ManualViewer</name>
    <message>
        <location filename="../../zjtracker/ui/manual_viewer.py" line="18"/>
        <source>User manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/manual_viewer.py" line="24"/>
        <source>Find in the manual (Enter: next)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/manual_viewer.py" line="38"/>
        <source>The user manual was not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextYearDialog</name>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="98"/>
        <source>The policy&apos;s end year moves from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="91"/>
        <source>%1 tasks: %2 carried, %3 closed and left out, %4 closed and kept greyed, %5 already planned for %6 (not overwritten). %7 new yearly plans will be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="70"/>
        <source>→ the ledger of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="69"/>
        <source>Policy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="57"/>
        <source>Already has a plan for %1 (kept)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="56"/>
        <source>Closed, kept greyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="55"/>
        <source>Closed, left out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="55"/>
        <source>Carried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_dialog.py" line="36"/>
        <source>Generate next year&apos;s ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="86"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="70"/>
        <source>In the new ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="70"/>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="69"/>
        <source>This year&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="69"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="69"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="56"/>
        <source>&amp;Keep, shown greyed as closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="55"/>
        <source>&amp;Leave out of the new ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="54"/>
        <source>Tasks closed (已销号) this year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="46"/>
        <source>&amp;Copy last year&apos;s plan text, to edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="45"/>
        <source>&amp;Blank, to be written anew</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="44"/>
        <source>New yearly plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/next_year_layout.py" line="34"/>
        <source>From the ledger of &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeEditorDialog</name>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="67"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="67"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="67"/>
        <source>Yearly plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="77"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="81"/>
        <source>e.g. 一、 or （3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="82"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="85"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="88"/>
        <source>Guiding text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="88"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="92"/>
        <source>e.g. 2025年6月底前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="93"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="97"/>
        <source>optional number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="98"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputChecks</name>
    <message>
        <location filename="../../zjtracker/ui/reports/output_checks.py" line="25"/>
        <source>Replace the file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/output_checks.py" line="26"/>
        <source>“%1” exists already. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/output_checks.py" line="32"/>
        <source>File not written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OversightActions</name>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="160"/>
        <source>The latest report of this task gives no percentage. Close it all the same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="177"/>
        <source>Re&amp;view and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="168"/>
        <source>Review and closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="162"/>
        <source>The latest report of this task gives %1, not 100%. Close it all the same?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="164"/>
        <source>Close task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="76"/>
        <source>Select a measure or a yearly plan in the tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="69"/>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="181"/>
        <source>Close tas&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="68"/>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="182"/>
        <source>Re&amp;open task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="67"/>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="180"/>
        <source>C&amp;lear the review verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="65"/>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="179"/>
        <source>Send &amp;back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="64"/>
        <location filename="../../zjtracker/ui/oversight/flow.py" line="178"/>
        <source>Re&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OversightBanner</name>
    <message>
        <location filename="../../zjtracker/ui/oversight/banner.py" line="15"/>
        <source>Closed on %1 by %2. Basis: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/banner.py" line="25"/>
        <source>Reviewed (%1), changed since: to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/banner.py" line="24"/>
        <source>Reviewed. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/banner.py" line="23"/>
        <source>Sent back (%1), reported again: to review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/banner.py" line="22"/>
        <source>Sent back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/banner.py" line="16"/>
        <source>Closed on %1 by %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OversightDialogs</name>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="66"/>
        <source>Latest progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="63"/>
        <source>No progress reported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="58"/>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="57"/>
        <source>not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="56"/>
        <source>no percentage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="44"/>
        <source>Task:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="43"/>
        <source>%1 plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="40"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="24"/>
        <source>%1 quarter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="25"/>
        <source>%1 months %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="26"/>
        <source>%1 month %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="27"/>
        <source>%1 half %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="28"/>
        <source>%1 whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="32"/>
        <source>CJK numerals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="55"/>
        <source>Reporting period: statuses, the form and reports are for this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="119"/>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="124"/>
        <source>%1 evidence file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="27"/>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="28"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="29"/>
        <source>Abolished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="33"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="34"/>
        <source>Every two months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="35"/>
        <source>Quarterly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="36"/>
        <source>Half-yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="37"/>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="116"/>
        <source>Delete the policy %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="117"/>
        <source>%1 area(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="118"/>
        <source>%1 measure(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="119"/>
        <source>%1 yearly plan(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="120"/>
        <source>%1 progress report(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="121"/>
        <source>%1 indicator(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="122"/>
        <source>%1 sent fill-in workbook(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="123"/>
        <source>%1 import batch(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="127"/>
        <source>This also deletes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="128"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="132"/>
        <source>Delete policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="134"/>
        <source>&amp;Delete the policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyEditorDialog</name>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="46"/>
        <source>Edit policy information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="51"/>
        <source>e.g. 湛府办〔2022〕32号</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="52"/>
        <source>Document &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="55"/>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="58"/>
        <source>how reports and charts name it; empty: derived from the title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="59"/>
        <source>&amp;Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="62"/>
        <source>&amp;Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="66"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="69"/>
        <source>&amp;Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="75"/>
        <source>St&amp;atus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="81"/>
        <source>Reporting &amp;frequency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/policy_dialog.py" line="94"/>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyTreeModel</name>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="276"/>
        <source>Report of this period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="268"/>
        <source>Closed (verified and struck off); reported status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="340"/>
        <source>Evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="265"/>
        <source>%1 evidence file(s) in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="246"/>
        <source>Main indicators (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="271"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="273"/>
        <source>%1 of the %2 yearly plans of this period&apos;s year are done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="304"/>
        <source>Done %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="307"/>
        <source>%1 (abolished)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="307"/>
        <source>%1 (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="334"/>
        <source>Policies and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="336"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree/model.py" line="338"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewActions</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="42"/>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="151"/>
        <source>Add measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="43"/>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="155"/>
        <source>Add sub-measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="44"/>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="159"/>
        <source>Add area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="45"/>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="170"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="46"/>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="173"/>
        <source>Merge with next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="47"/>
        <source>Split…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="48"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="49"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="50"/>
        <source>Move to area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="51"/>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="199"/>
        <source>Level up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="52"/>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="202"/>
        <source>Level down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="53"/>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="55"/>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="122"/>
        <source>Not possible here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="147"/>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="181"/>
        <source>Split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="184"/>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="191"/>
        <source>(untitled area)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="192"/>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="196"/>
        <source>Move to area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/actions.py" line="193"/>
        <source>Move the measure to the end of:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview/model.py" line="169"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/model.py" line="169"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/model.py" line="170"/>
        <source>Lead units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/model.py" line="170"/>
        <source>Cooperating units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/model.py" line="170"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/model.py" line="171"/>
        <source>Responsible units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/model.py" line="171"/>
        <source>Yearly plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/model.py" line="215"/>
        <source>Read as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressFormLayout</name>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="52"/>
        <source>What was done in this period (落实情况)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="53"/>
        <source>Problems met (存在问题)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="54"/>
        <source>Suggestions for the problems (意见建议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="55"/>
        <source>Remarks (备注)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="65"/>
        <source>0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="69"/>
        <source>(not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="83"/>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="84"/>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="84"/>
        <source>Progress (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="85"/>
        <source>Remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="87"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="91"/>
        <source>Implementation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="92"/>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="93"/>
        <source>Suggestions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="98"/>
        <source>Assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="101"/>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="105"/>
        <source>Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="128"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="128"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="85"/>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="128"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="83"/>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="128"/>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form_layout.py" line="135"/>
        <source>Earlier periods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressFormWidget</name>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form.py" line="217"/>
        <source>This task is closed; reopen it (Edit › Review and close) to change its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_undo.py" line="22"/>
        <source>Edit implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_undo.py" line="23"/>
        <source>Edit problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_undo.py" line="24"/>
        <source>Edit suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_undo.py" line="25"/>
        <location filename="../../zjtracker/ui/form/progress_undo.py" line="28"/>
        <source>Edit progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_undo.py" line="26"/>
        <source>Edit assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_undo.py" line="27"/>
        <source>Edit remarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_undo.py" line="76"/>
        <source>Save progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form.py" line="77"/>
        <source>Select a measure or a yearly plan to report its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form.py" line="87"/>
        <source>%1 %2 — progress in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form.py" line="105"/>
        <source>Last saved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form.py" line="108"/>
        <source>Nothing reported yet for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form.py" line="161"/>
        <location filename="../../zjtracker/ui/form/progress_hints.py" line="67"/>
        <source>Progress must be a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_hints.py" line="65"/>
        <source>Progress must lie between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_hints.py" line="75"/>
        <source>Suggested: %1 (time elapsed %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_hints.py" line="78"/>
        <source>The assessment “%1” does not match the progress; the numbers suggest “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_hints.py" line="84"/>
        <source>Progress is lower than in the previous period (%1%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_form.py" line="182"/>
        <source>● not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="59"/>
        <source>Discard your changes and go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="62"/>
        <source>&amp;Discard changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="64"/>
        <source>&amp;Keep editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="107"/>
        <source>The save could not be taken back: someone else changed this progress meanwhile. Press F5 to see what is stored now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="118"/>
        <source>Stored again: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="116"/>
        <source>the values before the save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="117"/>
        <source>the saved values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="49"/>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="65"/>
        <source>Merge by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="56"/>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="95"/>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="103"/>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="44"/>
        <location filename="../../zjtracker/ui/form/progress_saving.py" line="58"/>
        <source>Not saved</source>
        <translation type="unfinished">Not saved</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="77"/>
        <source>Take their version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="81"/>
        <source>Their version is shown. Yours was copied to the clipboard, and Ctrl+Z brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="95"/>
        <source>This yearly plan was deleted by someone else, so the progress cannot be saved. What you typed was copied to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/form/conflict_flow.py" line="103"/>
        <source>The database could not be reached, so nothing was saved; what you typed is still in the form. Try again in a moment.

%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecentDatabases</name>
    <message>
        <location filename="../../zjtracker/ui/database/recent.py" line="67"/>
        <source>Rece&amp;nt databases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/recent.py" line="84"/>
        <source>The file no longer exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/recent.py" line="88"/>
        <source>(none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/recent.py" line="91"/>
        <source>Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/recent.py" line="113"/>
        <source>Open or create a database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/recent.py" line="115"/>
        <source>zjtracker databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportComposer</name>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="55"/>
        <source>Edit the report&apos;s texts</source>
        <translation>Edit the report&apos;s texts</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="67"/>
        <source>Generating the texts from the data…</source>
        <translation>Generating the texts from the data…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="87"/>
        <source>Generating the report&apos;s texts</source>
        <translation>Generating the report&apos;s texts</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="100"/>
        <source>automatic: %1</source>
        <translation>automatic: %1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="112"/>
        <source>No texts</source>
        <translation>No texts</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="114"/>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="115"/>
        <source>The texts could not be generated because of an error in the program. Details:</source>
        <translation>The texts could not be generated because of an error in the program. Details:</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="141"/>
        <source>%1 text(s) differ from the generated ones (marked * or yellow); they print as written here.</source>
        <translation>%1 text(s) differ from the generated ones (marked * or yellow); they print as written here.</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="144"/>
        <source>All texts are as generated from the data.</source>
        <translation>All texts are as generated from the data.</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="175"/>
        <source>Discard the changes?</source>
        <translation>Discard the changes?</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="176"/>
        <source>The texts you changed have not been saved. Close without saving them?</source>
        <translation>The texts you changed have not been saved. Close without saving them?</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/composer.py" line="187"/>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="114"/>
        <source>Earlier &amp;years of each task in the detail table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="70"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="37"/>
        <source>Summary with counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="38"/>
        <source>Charts by area and by lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="39"/>
        <source>Overdue and behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="40"/>
        <source>Changes since the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="41"/>
        <source>Problems and suggestions by lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="42"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="43"/>
        <source>Detail table (landscape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="48"/>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="49"/>
        <source>Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="50"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="51"/>
        <source>Texts:</source>
        <translation>Texts:</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="53"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="57"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="64"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="69"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="94"/>
        <source>&amp;All policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="95"/>
        <source>One &amp;policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="96"/>
        <source>One &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="124"/>
        <source>P&amp;DF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="125"/>
        <source>&amp;Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="126"/>
        <source>&amp;Excel ledger (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="47"/>
        <source>Pe&amp;riod:</source>
        <translation>Pe&amp;riod:</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="66"/>
        <source>Open the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="138"/>
        <source>Edit the report&apos;s te&amp;xts…</source>
        <translation>Edit the report&apos;s te&amp;xts…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_layout.py" line="140"/>
        <source>Addressee, issuer, date, next steps and every paragraph, kept for this period and scope</source>
        <translation>Addressee, issuer, date, next steps and every paragraph, kept for this period and scope</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="152"/>
        <source>%1 text(s) as the clerk wrote them</source>
        <translation>%1 text(s) as the clerk wrote them</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="154"/>
        <source>texts as generated from the data</source>
        <translation>texts as generated from the data</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="158"/>
        <source>All policies</source>
        <translation>All policies</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="169"/>
        <source>No unit</source>
        <translation>No unit</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="169"/>
        <source>Choose the unit the report is about.</source>
        <translation>Choose the unit the report is about.</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="224"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="224"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="225"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="226"/>
        <source>Save report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="240"/>
        <source>No file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="240"/>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="243"/>
        <source>Nothing chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="243"/>
        <source>Choose at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="252"/>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="254"/>
        <source>Generating the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog.py" line="261"/>
        <source>Cancelled. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="44"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="52"/>
        <source>Report saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="53"/>
        <source>The report was saved as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="71"/>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="72"/>
        <source>Save the report as “%1” instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="76"/>
        <source>The report was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="82"/>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="94"/>
        <source>No report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="98"/>
        <source>Unexpected error</source>
        <translation type="unfinished">Unexpected error</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/dialog_outcome.py" line="99"/>
        <source>The report stopped because of an error in the program. Details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="209"/>
        <source>Printing the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="100"/>
        <source>Report preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="116"/>
        <source>&amp;Go to page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="121"/>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="122"/>
        <source>Whole page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="126"/>
        <source>&amp;Zoom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="132"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="135"/>
        <source>Open in the default &amp;viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="168"/>
        <source>Page %2 of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="221"/>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="222"/>
        <source>The printer could not be started. Check that it is switched on and connected, or open the report in the default viewer and print from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="228"/>
        <source>No viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/reports/preview.py" line="229"/>
        <source>No program for PDF files was found. The report is saved as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="71"/>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="226"/>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="74"/>
        <source>Choose the backup to restore into “%1”. The backups folder holds a copy made every day, before every import and before every upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="79"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="79"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="79"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="98"/>
        <source>Other file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="99"/>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="116"/>
        <source>The backups folder holds no backups yet. Use “Other file…” to choose a backup saved elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="132"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="132"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="133"/>
        <source>Before an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="134"/>
        <source>Replaced by a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="135"/>
        <source>Chosen file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="135"/>
        <source>Before a policy was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="143"/>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="144"/>
        <source>Backups (*.db *.sqlite *.sqlite3 *.zjtbak);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="166"/>
        <source>Reading the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="186"/>
        <source>This file cannot be restored: it is damaged or not a backup of this program.
(%1)

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="188"/>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="189"/>
        <source>Made: %1 (%2), %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="191"/>
        <source>Progress reports: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="192"/>
        <source>Last change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="192"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="193"/>
        <source>Policies (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="209"/>
        <source>Restoring the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="215"/>
        <source>It now holds %1 policies and %2 progress reports, last changed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="217"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="219"/>
        <source>It cannot be read now (damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="220"/>
        <source>Replace the whole database “%1” with the backup made %2? %3 Afterwards it will hold %4 policies and %5 progress reports, as on %6; whatever was changed since is replaced. The current database is kept in the backups folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="235"/>
        <source>The replaced database was kept as “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="237"/>
        <source>Restored from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/backups/restore_dialog.py" line="245"/>
        <source>Nothing was restored; the database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsImportController</name>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="104"/>
        <source>Import returned workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="105"/>
        <source>Returned workbooks (*.xlsx *.xls)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="118"/>
        <source>Reading returned workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="147"/>
        <location filename="../../zjtracker/ui/returns/importing.py" line="153"/>
        <location filename="../../zjtracker/ui/returns/importing.py" line="258"/>
        <source>Return not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="148"/>
        <source>Import it as a new policy ledger instead?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="158"/>
        <source>Imported before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="159"/>
        <source>“%1” was imported before, on %2 by %3 (import no. %4). Importing it again changes only what differs from the database now. Go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="167"/>
        <source>as stamped in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="167"/>
        <source>as written in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="168"/>
        <source>the period shown in the main window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="168"/>
        <source>as chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="186"/>
        <location filename="../../zjtracker/ui/returns/importing.py" line="236"/>
        <source>Nothing imported from “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="197"/>
        <source>Importing “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="208"/>
        <source>Period of the return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="209"/>
        <source>Which period does “%1” report on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="220"/>
        <source>Imported “%1”: %2 cell(s) in %3 row(s) changed; conflicts: %4 taken from the file, %5 kept, %6 left open; %7 row(s) rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="239"/>
        <source>Changed in the meantime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="240"/>
        <source>Read “%1” again now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="263"/>
        <source>Unexpected error</source>
        <translation type="unfinished">Unexpected error</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/importing.py" line="264"/>
        <source>The import stopped because of an error in the program. Nothing of this file was changed. Details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsPreview</name>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="23"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_model.py" line="41"/>
        <source>%1, row %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsPreviewDialog</name>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="41"/>
        <source>Returned workbook — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="60"/>
        <source>This file was imported before, on %1 by %2 (import no. %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="70"/>
        <source>Rows that change — untick a row or a cell to leave it as it is (orange: replaces a stored value; grey: carried over unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="74"/>
        <source>Conflicts (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="75"/>
        <source>Rejected rows (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="76"/>
        <source>Warnings (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="94"/>
        <source>Fill-in workbook sent by this program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="95"/>
        <source>Table in the ledger layout (no stamp: rows matched by task number and text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="96"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="97"/>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="100"/>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="111"/>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="107"/>
        <source>The unit that sent this return; the returns tracker counts it as returned by this unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="109"/>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="112"/>
        <source>Returned by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="118"/>
        <source>Read for another period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="122"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="135"/>
        <source>%1 row(s) would change (%2 cell(s)); %3 conflict(s); %4 row(s) rejected; %5 warning(s); %6 row(s) as stored already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="149"/>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="158"/>
        <source>Both the database and the colleague changed these cells after the file was sent. Choose for each which value to keep; hover a row for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="164"/>
        <source>Keep ours everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="166"/>
        <source>Take theirs everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="177"/>
        <source>Accept &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="178"/>
        <source>Accept &amp;selected only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/preview_dialog.py" line="179"/>
        <source>Accept &amp;none (cancel)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsTrackerView</name>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="103"/>
        <source>Reports sent back to the unit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="103"/>
        <source>%1 sent back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="73"/>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="73"/>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="73"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="74"/>
        <source>Merged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="74"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="74"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="80"/>
        <source>Show a&amp;bolished and empty policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="85"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="88"/>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="90"/>
        <source>Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="101"/>
        <source>Reporting deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="124"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="98"/>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="124"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="98"/>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="124"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="98"/>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="124"/>
        <source>Responsible</source>
        <translation>Responsible</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="99"/>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="125"/>
        <source>Cooperates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="125"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="125"/>
        <source>Workbook sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="136"/>
        <source>Save reminder list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="140"/>
        <source>&amp;Open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="143"/>
        <source>Missing returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="146"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="100"/>
        <source>Workbook sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="100"/>
        <source>Return imported %1 (import no. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="101"/>
        <source>%1 conflict(s) left open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="220"/>
        <source>No policy with yearly plans to track.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="222"/>
        <source>Reporting deadline stated in the policy: %1. A return not in by then is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="224"/>
        <source>The policy states no reporting deadline: a return is overdue %1 days after the period ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="256"/>
        <source>This policy has no units with measures in this year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="268"/>
        <source>%1 of %2 unit(s) have not returned %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="272"/>
        <source>Due %1: %2 overdue, %3 never sent a workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="289"/>
        <source>Save reminder list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="290"/>
        <source>PDF for printing (*.pdf);;Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="306"/>
        <source>Writing the reminder list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="316"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="318"/>
        <source>Reminder list saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="319"/>
        <source>The reminder list was saved as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="329"/>
        <source>Reminder list not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="102"/>
        <source>Lead tasks not reported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/tracker_view.py" line="126"/>
        <source>Lead tasks not reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsUi</name>
    <message>
        <location filename="../../zjtracker/ui/returns/menu.py" line="56"/>
        <source>&amp;Send fill-in workbooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/menu.py" line="57"/>
        <source>Import &amp;returned workbooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/menu.py" line="59"/>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/menu.py" line="60"/>
        <source>Returns &amp;tracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/menu.py" line="136"/>
        <source>Returns</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="58"/>
        <source>Changed after review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="57"/>
        <source>Re-reported (to review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="56"/>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="55"/>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Rollover</name>
    <message>
        <location filename="../../zjtracker/ui/rollover/flow.py" line="90"/>
        <source>The imported document resembles “%1”. Link its tasks to that ledger&apos;s, so each task&apos;s history runs across years?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/flow.py" line="89"/>
        <source>Link to last year&apos;s ledger?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/flow.py" line="27"/>
        <source>Select a policy (or anything in it) in the tree first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/flow.py" line="26"/>
        <source>No policy selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/commands.py" line="67"/>
        <source>Link tasks to last year&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/rollover/commands.py" line="30"/>
        <source>Generate %1 ledger</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SaveLocation</name>
    <message>
        <location filename="../../zjtracker/ui/save_location.py" line="66"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/save_location.py" line="68"/>
        <source>Open the &amp;folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/save_location.py" line="70"/>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SendTemplatesDialog</name>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="221"/>
        <source> (a group of units: the workbook goes to whoever passes it on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="210"/>
        <source>&amp;All %1 units (%2 of them groups of units), one file each, into the folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="76"/>
        <source>Send fill-in workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="94"/>
        <source>&amp;Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="95"/>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="96"/>
        <source>Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="102"/>
        <source>&amp;Write workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="105"/>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="108"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="131"/>
        <source>One &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="136"/>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="141"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="148"/>
        <source>Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="173"/>
        <source>%1 (current)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="217"/>
        <source>%1 — leads %2, responsible for %3, cooperates on %4</source>
        <translation>%1 — leads %2, responsible for %3, cooperates on %4</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="209"/>
        <source>&amp;All %1 units, one file each, into the folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="227"/>
        <source>This policy states no years and has no yearly plans: there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="228"/>
        <source>No unit has tasks of this policy in %1; the policy covers %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="246"/>
        <source>Folder for the workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="254"/>
        <source>Save the workbook as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="255"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="269"/>
        <source>No file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="270"/>
        <source>Choose the unit and where to save its workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="281"/>
        <source>No folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="281"/>
        <source>Choose the folder for the workbooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="294"/>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="295"/>
        <source>Writing fill-in workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="311"/>
        <source>Replace files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="312"/>
        <source>%1 file(s) exist already and will be replaced:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="320"/>
        <source>%1 — %2, %3 measure(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="324"/>
        <source>Wrote %1 workbook(s) into %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="327"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="329"/>
        <source>Cancelled: %1 unit(s) got no workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="338"/>
        <source>Nothing to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="340"/>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="342"/>
        <source>Workbook not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="343"/>
        <source>A workbook could not be written (is it open in Excel or WPS, or is the folder read-only?):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="346"/>
        <source>Unexpected error</source>
        <translation type="unfinished">Unexpected error</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/returns/send_dialog.py" line="347"/>
        <source>Writing stopped because of an error in the program. Details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SplitDialog</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview/split.py" line="44"/>
        <source>Split the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/split.py" line="46"/>
        <source>Put the cursor where the second measure begins, or choose a sentence end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/split.py" line="55"/>
        <source>After sentence %1: …%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview/split.py" line="60"/>
        <source>Split here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartChecks</name>
    <message>
        <location filename="../../zjtracker/ui/database/start_checks.py" line="35"/>
        <source>Checking the database and making the day&apos;s backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/start_checks.py" line="53"/>
        <source>Database: %1 (checked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/start_checks.py" line="69"/>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/start_checks.py" line="72"/>
        <source>Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/database/start_checks.py" line="74"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="47"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="40"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="41"/>
        <source>On schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="42"/>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="43"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="44"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="45"/>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="46"/>
        <source>Not reported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBarChart</name>
    <message>
        <location filename="../../zjtracker/ui/dashboard/charts.py" line="191"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureCommands</name>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="39"/>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="40"/>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="41"/>
        <source>yearly plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="128"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="168"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="194"/>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="217"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="239"/>
        <source>Change units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="261"/>
        <source>Edit policy information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/commands.py" line="285"/>
        <source>Delete policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureDialogs</name>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="244"/>
        <source>%1 evidence file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="42"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="43"/>
        <source>Cooperating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="44"/>
        <source>Responsible</source>
        <translation type="unfinished">Responsible</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="230"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="234"/>
        <source>%1 measure(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="236"/>
        <source>%1 yearly plan(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="238"/>
        <source>%1 progress report(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="241"/>
        <source>%1 unit assignment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="247"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="248"/>
        <source>This also deletes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="249"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="254"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureEditor</name>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="58"/>
        <source>&amp;Link tasks to last year&apos;s…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="57"/>
        <source>Generate &amp;next year&apos;s ledger…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="53"/>
        <source>&amp;Edit policy information…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="54"/>
        <source>&amp;Delete policy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="59"/>
        <source>Add &amp;area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="63"/>
        <source>Add area &amp;after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="64"/>
        <source>Add &amp;measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="67"/>
        <source>Add measure &amp;after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="68"/>
        <source>Add &amp;sub-measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="69"/>
        <location filename="../../zjtracker/ui/structure/actions.py" line="72"/>
        <source>Add &amp;yearly plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="73"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="75"/>
        <source>U&amp;nits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="77"/>
        <source>Move u&amp;p</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="78"/>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="83"/>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="237"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="242"/>
        <source>Undo not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/actions.py" line="243"/>
        <source>This step was removed from the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitCombo</name>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_combo.py" line="22"/>
        <source>Type a unit&apos;s name or any of its aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_combo.py" line="31"/>
        <source>No unit is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="31"/>
        <source>City department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="32"/>
        <source>County government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="33"/>
        <source>Group of units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="34"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="35"/>
        <source>Central agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="36"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitPicker</name>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_picker.py" line="22"/>
        <source>Find a unit: name, alias or pinyin initials (e.g. sfgj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_picker.py" line="26"/>
        <source>No unit matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitRegistryDialog</name>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="26"/>
        <source>Unit registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="63"/>
        <source>Swap: keep the other entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="30"/>
        <source>Filter by name, alias or pinyin initials (sfgj)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="52"/>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="53"/>
        <source>Add &amp;alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="54"/>
        <source>Remo&amp;ve alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="65"/>
        <source>&amp;Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="67"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="69"/>
        <source>and fold in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="74"/>
        <source>Select two rows above, or choose the units here. The measures and aliases of the second entry move to the first, its name becomes an alias, and the entry is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="77"/>
        <source>Merge two entries that are one unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="152"/>
        <source>Rename unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="153"/>
        <source>New name of “%1” (the old name stays as an alias):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="157"/>
        <source>“%1” is now called “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="163"/>
        <source>Add alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="164"/>
        <source>Another way of writing “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="167"/>
        <source>“%1” added as an alias of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="174"/>
        <source>Remove alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="175"/>
        <source>Alias of “%1” to remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="178"/>
        <source>“%1” is no longer an alias of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="184"/>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="195"/>
        <source>Merge units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="185"/>
        <source>Choose the entry to keep and the entry to fold into it, or select two rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="188"/>
        <source>Merge “%2” into “%1”?

The %3 measure(s) “%2” leads, %4 it cooperates on and %5 it is responsible for, its aliases and its progress returns move to “%1”; where both have the same role on a measure it is kept once. “%2” becomes an alias of “%1” and the entry “%2” is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="204"/>
        <source>“%2” merged into “%1”: %3 assignment(s) moved, %4 duplicate(s) dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_dialog.py" line="216"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitTable</name>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="45"/>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="46"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="47"/>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="48"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="49"/>
        <source>Cooperates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="50"/>
        <source>Responsible</source>
        <translation type="unfinished">Responsible</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="53"/>
        <source>Measures the unit leads (牵头)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="54"/>
        <source>Measures the unit cooperates on (配合)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="55"/>
        <source>Measures the unit is responsible for (责任)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/unit_registry_model.py" line="87"/>
        <source>A word for several units (such as every county), not one unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsEditorDialog</name>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="159"/>
        <source>Units of the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="165"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="165"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="165"/>
        <source>Leader in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="166"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="166"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="176"/>
        <source>&amp;Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure/dialogs.py" line="178"/>
        <source>&amp;Remove unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerdictDialog</name>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="136"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="135"/>
        <source>Mark reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="135"/>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="126"/>
        <source>Review note (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="125"/>
        <source>Reason (the unit sees it in its next fill-in workbook):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="122"/>
        <source>Review the report of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/oversight/dialogs.py" line="121"/>
        <source>Send back the report of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../zjtracker/ui/worker.py" line="81"/>
        <source>Cancel</source>
        <translation type="unfinished">Cancel</translation>
    </message>
</context>
</TS>
