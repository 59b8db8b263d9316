<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>App</name>
    <message>
        <location filename="../../zjtracker/ui/app.py" line="38"/>
        <source>An empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/app.py" line="39"/>
        <source>The database holds no policies yet. Load the sample policies (five documents of Zhanjiang city) to start with?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="89"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="90"/>
        <location filename="../../zjtracker/ui/dashboard.py" line="243"/>
        <source>Type a unit&apos;s name or any of its aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="93"/>
        <source>Policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="95"/>
        <source>Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="98"/>
        <source>Yearly plans in scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="105"/>
        <source>By area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="106"/>
        <source>By lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="164"/>
        <source>All policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="206"/>
        <source>Overview of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="211"/>
        <source>No yearly plans for this period in this scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="218"/>
        <location filename="../../zjtracker/ui/dashboard.py" line="219"/>
        <source>No lead unit named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="222"/>
        <source>Overdue (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="222"/>
        <source>Behind (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="222"/>
        <source>Due within 30 days (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="252"/>
        <source>No unit is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="17"/>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="18"/>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="19"/>
        <source>Issued on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="20"/>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="21"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="22"/>
        <source>Reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="23"/>
        <source>Abolished by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="24"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="25"/>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="26"/>
        <source>Cooperating unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="27"/>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="28"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="29"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="30"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="31"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="32"/>
        <source>Unit of measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="33"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="34"/>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="35"/>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="36"/>
        <source>Latest actual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="37"/>
        <source>Share of target reached</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../zjtracker/ui/filter_bar.py" line="24"/>
        <source>Filter: type part of a title or task (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/filter_bar.py" line="29"/>
        <source>All units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/filter_bar.py" line="82"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/filter_bar.py" line="84"/>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/filter_bar.py" line="86"/>
        <source>All policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/filter_bar.py" line="126"/>
        <source>No unit is called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="37"/>
        <source>Import policy document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="38"/>
        <source>Policy documents (*.txt *.docx *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="51"/>
        <source>Reading policy documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="63"/>
        <source>Imported %1 policy document(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="76"/>
        <source>Loading the sample policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="91"/>
        <source>Imported %1 file(s), %2 note(s) from the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="94"/>
        <source>%1 file(s) had been imported before and were not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="100"/>
        <source>File not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="103"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="104"/>
        <source>The import stopped because of an error in the program. Nothing was changed. Details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="44"/>
        <source>Import preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="49"/>
        <source>Check what the program read from &lt;b&gt;%1&lt;/b&gt;. Double-click a number, text or unit list to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="76"/>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="81"/>
        <source>Notes from the reader (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="92"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="111"/>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="123"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="125"/>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="127"/>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="129"/>
        <source>Years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="192"/>
        <source>%1 document(s): %2 areas, %3 groups, %4 measures, %5 units; %6 notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="200"/>
        <source>Title missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="200"/>
        <source>Every document needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportPreviewFlow</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview_flow.py" line="56"/>
        <source>File not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview_flow.py" line="61"/>
        <source>Imported before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview_flow.py" line="62"/>
        <source>%1 has been imported before. Import it again?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../zjtracker/ui/indicator_editor.py" line="31"/>
        <source>Actual values by year (double-click a value to change it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/indicator_editor.py" line="33"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/indicator_editor.py" line="33"/>
        <source>Actual value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/indicator_editor.py" line="33"/>
        <source>Share of target reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/indicator_editor.py" line="84"/>
        <source>Not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/indicator_editor.py" line="85"/>
        <source>“%1” is not a number. Type the actual value of %2 as a number, e.g. 12.5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="30"/>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="30"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="30"/>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="30"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="30"/>
        <source>Lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="31"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="31"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="31"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="42"/>
        <source>Double-click a row to open the item in the tree</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="51"/>
        <source>Policy implementation ledger — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="85"/>
        <source>Ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="89"/>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="98"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="211"/>
        <source>%1 match(es)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="252"/>
        <source>Progress not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="253"/>
        <source>The progress could not be saved. Discard your changes and go on?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="24"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="25"/>
        <source>&amp;Import policy document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="30"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="40"/>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="42"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="43"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="45"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="50"/>
        <source>&amp;Save progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="51"/>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="53"/>
        <source>&amp;Edit item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="55"/>
        <source>Move item &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="57"/>
        <source>Move item do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="59"/>
        <source>&amp;Delete item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="63"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="64"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="65"/>
        <source>&amp;Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="67"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="68"/>
        <source>&amp;Unit registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="70"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="71"/>
        <source>&amp;About zjtracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="74"/>
        <source>Main toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="87"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="87"/>
        <source>The new language is used from the next start of the program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="92"/>
        <source>About zjtracker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="92"/>
        <source>&lt;h3&gt;zjtracker %1&lt;/h3&gt;&lt;p&gt;Keeps the books on how policy documents are carried out: policies, measures, yearly plans, progress, returns and reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licence: Apache-2.0&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NodeEditorDialog</name>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="66"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="66"/>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="66"/>
        <source>Yearly plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="76"/>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="80"/>
        <source>e.g. 一、 or （3）</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="81"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="84"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="87"/>
        <source>Guiding text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="87"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="91"/>
        <source>e.g. 2025年6月底前</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="92"/>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="96"/>
        <source>optional number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="97"/>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="22"/>
        <source>%1 quarter %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="23"/>
        <source>%1 months %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="24"/>
        <source>%1 month %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="25"/>
        <source>%1 half %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="26"/>
        <source>%1 whole year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="30"/>
        <source>CJK numerals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="52"/>
        <source>Reporting period: statuses, the form and reports are for this period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyTreeModel</name>
    <message>
        <location filename="../../zjtracker/ui/tree_model.py" line="170"/>
        <source>Main indicators (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree_model.py" line="179"/>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree_model.py" line="212"/>
        <source>Policies and measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree_model.py" line="214"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree_model.py" line="216"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview_model.py" line="136"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview_model.py" line="136"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview_model.py" line="137"/>
        <source>Lead units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview_model.py" line="137"/>
        <source>Cooperating units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview_model.py" line="138"/>
        <source>Responsible units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview_model.py" line="138"/>
        <source>Yearly plans</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressFormLayout</name>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="52"/>
        <source>What was done in this period (落实情况)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="53"/>
        <source>Problems met (存在问题)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="54"/>
        <source>Suggestions for the problems (意见建议)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="55"/>
        <source>Remarks (备注)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="65"/>
        <source>0–100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="69"/>
        <source>(not assessed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="80"/>
        <source>Save (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="84"/>
        <source>Implementation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="85"/>
        <source>Problems:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="86"/>
        <source>Suggestions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="91"/>
        <source>Assessment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="94"/>
        <source>Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="98"/>
        <source>Remarks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="116"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="116"/>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="116"/>
        <source>Assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="116"/>
        <source>Implementation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="123"/>
        <source>Earlier periods</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgressFormWidget</name>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="35"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="110"/>
        <source>Select a measure or a yearly plan to report its progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="118"/>
        <source>%1 %2 — progress in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="135"/>
        <source>Last saved by %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="138"/>
        <source>Nothing reported yet for this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="205"/>
        <location filename="../../zjtracker/ui/progress_form.py" line="220"/>
        <source>Progress must be a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="218"/>
        <source>Progress must lie between 0 and 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="227"/>
        <source>Suggested: %1 (time elapsed %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="231"/>
        <source>The assessment “%1” does not match the progress; the numbers suggest “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="235"/>
        <source>Progress is lower than in the previous period (%1%).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="244"/>
        <source>● not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="255"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="272"/>
        <source>Saved by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="273"/>
        <source>%1 saved this progress while you were editing it. Keep your version (theirs is replaced, and recorded in the change log) or take theirs (your typing is discarded)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="275"/>
        <source>Someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="276"/>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="277"/>
        <source>Take theirs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="54"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="59"/>
        <source>Summary with counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="59"/>
        <source>Charts by area and by lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="60"/>
        <source>Overdue and behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="60"/>
        <source>Changes since the previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="61"/>
        <source>Problems and suggestions by lead unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="62"/>
        <source>Indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="62"/>
        <source>Detail table (landscape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="67"/>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="68"/>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="69"/>
        <source>Sections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="70"/>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="74"/>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="79"/>
        <source>&amp;Save as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="84"/>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="88"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="134"/>
        <source>&amp;All policies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="135"/>
        <source>One &amp;policy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="136"/>
        <source>One &amp;unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="166"/>
        <source>P&amp;DF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="166"/>
        <source>&amp;Word (.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="166"/>
        <source>&amp;Excel ledger (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="220"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="220"/>
        <source>Word document (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="221"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="222"/>
        <source>Save report as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="234"/>
        <source>No file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="234"/>
        <source>Choose where to save the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="237"/>
        <source>Nothing chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="237"/>
        <source>Choose at least one section.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="241"/>
        <source>Generating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="243"/>
        <source>Generating the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="250"/>
        <source>Cancelled. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="254"/>
        <source>Saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="258"/>
        <source>“%1” could not be written: it is open in another program (Excel, WPS or a PDF reader) or it is read-only. The report was saved as “%2” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="261"/>
        <source>The folder of “%1” cannot be written to. The report was saved as “%2” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="262"/>
        <source>Saved under another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="271"/>
        <source>No report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="273"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="274"/>
        <source>The report stopped because of an error in the program. Details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../zjtracker/ui/report_preview.py" line="66"/>
        <source>Report preview — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_preview.py" line="75"/>
        <source>%1 page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_preview.py" line="76"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_preview.py" line="79"/>
        <source>Open in the default &amp;viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_preview.py" line="107"/>
        <source>Printing failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_preview.py" line="108"/>
        <source>The printer could not be started. Check that it is switched on and connected, or open the report in the default viewer and print from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_preview.py" line="114"/>
        <source>No viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_preview.py" line="115"/>
        <source>No program for PDF files was found. The report is saved as:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="31"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="32"/>
        <source>On schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="33"/>
        <source>Behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="34"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="35"/>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBarChart</name>
    <message>
        <location filename="../../zjtracker/ui/dashboard_charts.py" line="149"/>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureCommands</name>
    <message>
        <location filename="../../zjtracker/ui/structure_commands.py" line="37"/>
        <source>area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_commands.py" line="38"/>
        <source>measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_commands.py" line="39"/>
        <source>yearly plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_commands.py" line="126"/>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_commands.py" line="166"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_commands.py" line="192"/>
        <source>Move %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_commands.py" line="215"/>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_commands.py" line="237"/>
        <source>Change units</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureDialogs</name>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="41"/>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="42"/>
        <source>Cooperating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="43"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="229"/>
        <source>Delete %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="233"/>
        <source>%1 measure(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="235"/>
        <source>%1 yearly plan(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="237"/>
        <source>%1 progress report(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="240"/>
        <source>%1 unit assignment(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="243"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="244"/>
        <source>This also deletes %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="245"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="250"/>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StructureEditor</name>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="44"/>
        <source>Add area…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="47"/>
        <source>Add area after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="48"/>
        <source>Add measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="51"/>
        <source>Add measure after…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="52"/>
        <source>Add sub-measure…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="53"/>
        <location filename="../../zjtracker/ui/structure_actions.py" line="56"/>
        <source>Add yearly plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="57"/>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="59"/>
        <source>Units…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="61"/>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="62"/>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="63"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="152"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="157"/>
        <source>Undo not possible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="158"/>
        <source>This step was removed from the undo history.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="27"/>
        <source>City department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="28"/>
        <source>County government</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="29"/>
        <source>Group of units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="30"/>
        <source>Enterprise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="31"/>
        <source>Central agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="32"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitRegistryDialog</name>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="24"/>
        <source>Unit registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="28"/>
        <source>Filter by name or alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="50"/>
        <source>Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="51"/>
        <source>Add alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="52"/>
        <source>Remove alias…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="61"/>
        <source>Swap: keep the other entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="63"/>
        <source>Merge…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="65"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="67"/>
        <source>and fold in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="72"/>
        <source>Select two rows above, or choose the units here. The measures and aliases of the second entry move to the first, its name becomes an alias, and the entry is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="75"/>
        <source>Merge two entries that are one unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="150"/>
        <source>Rename unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="151"/>
        <source>New name of “%1” (the old name stays as an alias):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="155"/>
        <source>“%1” is now called “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="161"/>
        <source>Add alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="162"/>
        <source>Another way of writing “%1”:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="165"/>
        <source>“%1” added as an alias of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="172"/>
        <source>Remove alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="173"/>
        <source>Alias of “%1” to remove:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="176"/>
        <source>“%1” is no longer an alias of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="182"/>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="193"/>
        <source>Merge units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="183"/>
        <source>Choose the entry to keep and the entry to fold into it, or select two rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="186"/>
        <source>Merge “%2” into “%1”?

The %3 measure(s) “%2” leads, %4 it cooperates on and %5 it is responsible for, its aliases and its progress returns move to “%1”; where both have the same role on a measure it is kept once. “%2” becomes an alias of “%1” and the entry “%2” is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="202"/>
        <source>“%2” merged into “%1”: %3 assignment(s) moved, %4 duplicate(s) dropped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="214"/>
        <source>Not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitTable</name>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="41"/>
        <source>Unit name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="42"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="43"/>
        <source>Aliases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="44"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="45"/>
        <source>Cooperates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="46"/>
        <source>Responsible</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnitsEditorDialog</name>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="158"/>
        <source>Units of the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="164"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="164"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="164"/>
        <source>Leader in charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="165"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="165"/>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="175"/>
        <source>&amp;Add unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="177"/>
        <source>&amp;Remove unit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../zjtracker/ui/worker.py" line="77"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
