<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>App</name>
    <message>
        <location filename="../../zjtracker/ui/app.py" line="38"/>
        <source>An empty database</source>
        <translation>空数据库</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/app.py" line="39"/>
        <source>The database holds no policies yet. Load the sample policies (five documents of Zhanjiang city) to start with?</source>
        <translation>数据库中还没有政策。要先载入示例政策（湛江市的五份文件）吗？</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="89"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="90"/>
        <location filename="../../zjtracker/ui/dashboard.py" line="243"/>
        <source>Type a unit&apos;s name or any of its aliases</source>
        <translation>输入单位名称或其简称</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="93"/>
        <source>Policy:</source>
        <translation>政策：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="95"/>
        <source>Unit:</source>
        <translation>单位：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="98"/>
        <source>Yearly plans in scope</source>
        <translation>纳入统计的年度计划</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="105"/>
        <source>By area</source>
        <translation>按领域</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="106"/>
        <source>By lead unit</source>
        <translation>按牵头单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="164"/>
        <source>All policies</source>
        <translation>全部政策</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="206"/>
        <source>Overview of %1</source>
        <translation>%1 总览</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="211"/>
        <source>No yearly plans for this period in this scope.</source>
        <translation>此范围在本报告期没有年度计划。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="218"/>
        <location filename="../../zjtracker/ui/dashboard.py" line="219"/>
        <source>No lead unit named</source>
        <translation>未明确牵头单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="222"/>
        <source>Overdue (%1)</source>
        <translation>超期（%1）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="222"/>
        <source>Behind (%1)</source>
        <translation>滞后（%1）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="222"/>
        <source>Due within 30 days (%1)</source>
        <translation>30 天内到期（%1）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard.py" line="252"/>
        <source>No unit is called “%1”.</source>
        <translation>没有名为“%1”的单位。</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="17"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="18"/>
        <source>Issued by</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="19"/>
        <source>Issued on</source>
        <translation>发文日期</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="20"/>
        <source>Years</source>
        <translation>实施年度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="21"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="22"/>
        <source>Reporting</source>
        <translation>报送频次</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="23"/>
        <source>Abolished by</source>
        <translation>废止文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="24"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="25"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="26"/>
        <source>Cooperating unit</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="27"/>
        <source>Responsible unit</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="28"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="29"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="30"/>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="31"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="32"/>
        <source>Unit of measure</source>
        <translation>计量单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="33"/>
        <source>Baseline</source>
        <translation>基期值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="34"/>
        <source>Nature</source>
        <translation>属性</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="35"/>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="36"/>
        <source>Latest actual value</source>
        <translation>最新实际值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/detail_pane.py" line="37"/>
        <source>Share of target reached</source>
        <translation>目标完成度</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../zjtracker/ui/filter_bar.py" line="24"/>
        <source>Filter: type part of a title or task (Ctrl+F)</source>
        <translation>筛选：输入标题或任务中的文字（Ctrl+F）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/filter_bar.py" line="29"/>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/filter_bar.py" line="82"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/filter_bar.py" line="84"/>
        <source>All years</source>
        <translation>全部年度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/filter_bar.py" line="86"/>
        <source>All policies</source>
        <translation>全部政策</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/filter_bar.py" line="126"/>
        <source>No unit is called “%1”.</source>
        <translation>没有名为“%1”的单位。</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="37"/>
        <source>Import policy document</source>
        <translation>导入政策文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="38"/>
        <source>Policy documents (*.txt *.docx *.xlsx)</source>
        <translation>政策文件 (*.txt *.docx *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="51"/>
        <source>Reading policy documents</source>
        <translation>正在读取政策文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="63"/>
        <source>Imported %1 policy document(s).</source>
        <translation>已导入 %1 份政策文件。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="76"/>
        <source>Loading the sample policies</source>
        <translation>正在载入示例政策</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="91"/>
        <source>Imported %1 file(s), %2 note(s) from the reader.</source>
        <translation>已导入 %1 个文件，读取提示 %2 条。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="94"/>
        <source>%1 file(s) had been imported before and were not added again.</source>
        <translation>%1 个文件此前已导入，未重复加入。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="100"/>
        <source>File not imported</source>
        <translation>文件未导入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="103"/>
        <source>Unexpected error</source>
        <translation>程序错误</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/importing.py" line="104"/>
        <source>The import stopped because of an error in the program. Nothing was changed. Details:</source>
        <translation>导入因程序错误而中止，数据库未作任何改动。详细信息：</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="44"/>
        <source>Import preview — %1</source>
        <translation>导入预览 — %1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="49"/>
        <source>Check what the program read from &lt;b&gt;%1&lt;/b&gt;. Double-click a number, text or unit list to correct it.</source>
        <translation>请核对从 &lt;b&gt;%1&lt;/b&gt; 读取的内容。双击编号、内容或单位即可修改。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="76"/>
        <source>Line %1: %2</source>
        <translation>第%1行：%2</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="81"/>
        <source>Notes from the reader (%1)</source>
        <translation>读取提示（%1）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="92"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="111"/>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="123"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="125"/>
        <source>Document number</source>
        <translation>文号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="127"/>
        <source>Issuer</source>
        <translation>发文单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="129"/>
        <source>Years</source>
        <translation>实施年度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="192"/>
        <source>%1 document(s): %2 areas, %3 groups, %4 measures, %5 units; %6 notes</source>
        <translation>%1 份文件：领域 %2 个，分组 %3 个，措施 %4 项，单位 %5 个；提示 %6 条</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="200"/>
        <source>Title missing</source>
        <translation>缺少标题</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview.py" line="200"/>
        <source>Every document needs a title.</source>
        <translation>每份文件都需要标题。</translation>
    </message>
</context>
<context>
    <name>ImportPreviewFlow</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview_flow.py" line="56"/>
        <source>File not imported</source>
        <translation>文件未导入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview_flow.py" line="61"/>
        <source>Imported before</source>
        <translation>此前已导入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview_flow.py" line="62"/>
        <source>%1 has been imported before. Import it again?</source>
        <translation>“%1”此前已经导入过。要再导入一次吗？</translation>
    </message>
</context>
<context>
    <name>IndicatorEditor</name>
    <message>
        <location filename="../../zjtracker/ui/indicator_editor.py" line="31"/>
        <source>Actual values by year (double-click a value to change it):</source>
        <translation>历年实际值（双击数值可修改）：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/indicator_editor.py" line="33"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/indicator_editor.py" line="33"/>
        <source>Actual value</source>
        <translation>实际值</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/indicator_editor.py" line="33"/>
        <source>Share of target reached</source>
        <translation>目标完成度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/indicator_editor.py" line="84"/>
        <source>Not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/indicator_editor.py" line="85"/>
        <source>“%1” is not a number. Type the actual value of %2 as a number, e.g. 12.5.</source>
        <translation>“%1”不是数字。请把 %2 年的实际值填成数字，例如 12.5。</translation>
    </message>
</context>
<context>
    <name>ItemList</name>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="30"/>
        <source>Policy</source>
        <translation>政策</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="30"/>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="30"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="30"/>
        <source>Task</source>
        <translation>工作任务</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="30"/>
        <source>Lead unit</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="31"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="31"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="31"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/dashboard_lists.py" line="42"/>
        <source>Double-click a row to open the item in the tree</source>
        <translation>双击一行，在左侧树中打开该项</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="51"/>
        <source>Policy implementation ledger — %1</source>
        <translation>政策落实台账 — %1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="85"/>
        <source>Ledger</source>
        <translation>台账</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="89"/>
        <source>Overview</source>
        <translation>总览</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="98"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="211"/>
        <source>%1 match(es)</source>
        <translation>找到 %1 项</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="252"/>
        <source>Progress not saved</source>
        <translation>进展未保存</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="253"/>
        <source>The progress could not be saved. Discard your changes and go on?</source>
        <translation>进展未能保存。放弃本次修改并继续吗？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="24"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="25"/>
        <source>&amp;Import policy document…</source>
        <translation>导入政策文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="30"/>
        <source>&amp;Language</source>
        <translation>界面语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="40"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="42"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="43"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="45"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="50"/>
        <source>&amp;Save progress</source>
        <translation>保存进展(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="51"/>
        <source>&amp;Find…</source>
        <translation>查找(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="53"/>
        <source>&amp;Edit item…</source>
        <translation>编辑条目(&amp;E)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="55"/>
        <source>Move item &amp;up</source>
        <translation>上移条目(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="57"/>
        <source>Move item do&amp;wn</source>
        <translation>下移条目(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="59"/>
        <source>&amp;Delete item…</source>
        <translation>删除条目(&amp;D)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="63"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="64"/>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="65"/>
        <source>&amp;Overview</source>
        <translation>总览(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="67"/>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="68"/>
        <source>&amp;Unit registry…</source>
        <translation>单位名录(&amp;U)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="70"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="71"/>
        <source>&amp;About zjtracker</source>
        <translation>关于 zjtracker(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="74"/>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="87"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="87"/>
        <source>The new language is used from the next start of the program.</source>
        <translation>新的界面语言将在下次启动程序时生效。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="92"/>
        <source>About zjtracker</source>
        <translation>关于 zjtracker</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_menus.py" line="92"/>
        <source>&lt;h3&gt;zjtracker %1&lt;/h3&gt;&lt;p&gt;Keeps the books on how policy documents are carried out: policies, measures, yearly plans, progress, returns and reports.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licence: Apache-2.0&lt;/p&gt;</source>
        <translation>&lt;h3&gt;zjtracker %1&lt;/h3&gt;&lt;p&gt;政策落实台账：政策文件、工作措施、年度计划、落实进展、报送汇总与报告。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;&lt;p&gt;许可协议：Apache-2.0&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>NodeEditorDialog</name>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="66"/>
        <source>Area</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="66"/>
        <source>Measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="66"/>
        <source>Yearly plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="76"/>
        <source>Year</source>
        <translation>年度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="80"/>
        <source>e.g. 一、 or （3）</source>
        <translation>例如 一、 或 （3）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="81"/>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="84"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="87"/>
        <source>Guiding text</source>
        <translation>指导性内容</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="87"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="91"/>
        <source>e.g. 2025年6月底前</source>
        <translation>例如 2025年6月底前</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="92"/>
        <source>Deadline</source>
        <translation>完成时限</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="96"/>
        <source>optional number</source>
        <translation>数字（可不填）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="97"/>
        <source>Target</source>
        <translation>目标值</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="22"/>
        <source>%1 quarter %2</source>
        <translation>%1年第%2季度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="23"/>
        <source>%1 months %3–%4</source>
        <translation>%1年%3—%4月</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="24"/>
        <source>%1 month %3</source>
        <translation>%1年%3月</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="25"/>
        <source>%1 half %2</source>
        <translation>%1年%2半年</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="26"/>
        <source>%1 whole year</source>
        <translation>%1年度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="30"/>
        <source>CJK numerals</source>
        <translation>yes</translation>
    </message>
</context>
<context>
    <name>PeriodSelector</name>
    <message>
        <location filename="../../zjtracker/ui/period_selector.py" line="52"/>
        <source>Reporting period: statuses, the form and reports are for this period</source>
        <translation>报告期：树中的状态、进展表和报告都按此报告期</translation>
    </message>
</context>
<context>
    <name>PolicyTreeModel</name>
    <message>
        <location filename="../../zjtracker/ui/tree_model.py" line="170"/>
        <source>Main indicators (%1)</source>
        <translation>主要指标（%1 项）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree_model.py" line="179"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree_model.py" line="212"/>
        <source>Policies and measures</source>
        <translation>政策与措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree_model.py" line="214"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/tree_model.py" line="216"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../zjtracker/ui/import_preview_model.py" line="136"/>
        <source>Number</source>
        <translation>数量</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview_model.py" line="136"/>
        <source>Text</source>
        <translation>内容</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview_model.py" line="137"/>
        <source>Lead units</source>
        <translation>牵头单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview_model.py" line="137"/>
        <source>Cooperating units</source>
        <translation>配合单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview_model.py" line="138"/>
        <source>Responsible units</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/import_preview_model.py" line="138"/>
        <source>Yearly plans</source>
        <translation>年度计划</translation>
    </message>
</context>
<context>
    <name>ProgressFormLayout</name>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="52"/>
        <source>What was done in this period (落实情况)</source>
        <translation>本期落实情况</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="53"/>
        <source>Problems met (存在问题)</source>
        <translation>存在问题</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="54"/>
        <source>Suggestions for the problems (意见建议)</source>
        <translation>存在问题的意见建议</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="55"/>
        <source>Remarks (备注)</source>
        <translation>备注</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="65"/>
        <source>0–100</source>
        <translation>0–100</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="69"/>
        <source>(not assessed)</source>
        <translation>（未评估）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="80"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存（Ctrl+S）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="84"/>
        <source>Implementation:</source>
        <translation>落实情况：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="85"/>
        <source>Problems:</source>
        <translation>存在问题：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="86"/>
        <source>Suggestions:</source>
        <translation>意见建议：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="91"/>
        <source>Assessment:</source>
        <translation>评估情况：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="94"/>
        <source>Progress:</source>
        <translation>完成进度：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="98"/>
        <source>Remarks:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="116"/>
        <source>Period</source>
        <translation>报告期</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="116"/>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="116"/>
        <source>Assessment</source>
        <translation>评估情况</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="116"/>
        <source>Implementation</source>
        <translation>落实情况</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form_layout.py" line="123"/>
        <source>Earlier periods</source>
        <translation>往期进展</translation>
    </message>
</context>
<context>
    <name>ProgressFormWidget</name>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="35"/>
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="110"/>
        <source>Select a measure or a yearly plan to report its progress.</source>
        <translation>请在左侧选择一项措施或年度计划，填写其进展。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="118"/>
        <source>%1 %2 — progress in %3</source>
        <translation>%1 %2年计划 — %3进展</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="135"/>
        <source>Last saved by %1 on %2</source>
        <translation>上次保存：%1，%2</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="138"/>
        <source>Nothing reported yet for this period.</source>
        <translation>本期尚未填报。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="205"/>
        <location filename="../../zjtracker/ui/progress_form.py" line="220"/>
        <source>Progress must be a number from 0 to 100.</source>
        <translation>完成进度应填 0 到 100 之间的数字。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="218"/>
        <source>Progress must lie between 0 and 100.</source>
        <translation>完成进度应在 0 到 100 之间。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="227"/>
        <source>Suggested: %1 (time elapsed %2%)</source>
        <translation>建议：%1（序时进度 %2%）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="231"/>
        <source>The assessment “%1” does not match the progress; the numbers suggest “%2”.</source>
        <translation>评估情况“%1”与完成进度不符，按进度应为“%2”。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="235"/>
        <source>Progress is lower than in the previous period (%1%).</source>
        <translation>完成进度低于上期（%1%）。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="244"/>
        <source>● not saved</source>
        <translation>● 未保存</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="255"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="272"/>
        <source>Saved by someone else</source>
        <translation>他人已保存</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="273"/>
        <source>%1 saved this progress while you were editing it. Keep your version (theirs is replaced, and recorded in the change log) or take theirs (your typing is discarded)?</source>
        <translation>您编辑期间，%1 已保存了这条进展。保留您的版本（对方的内容将被替换，并记入修改记录），还是采用对方的版本（您的输入将被放弃）？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="275"/>
        <source>Someone</source>
        <translation>他人</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="276"/>
        <source>Keep mine</source>
        <translation>保留我的</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/progress_form.py" line="277"/>
        <source>Take theirs</source>
        <translation>采用对方的</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="54"/>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="59"/>
        <source>Summary with counts</source>
        <translation>总体情况（数量统计）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="59"/>
        <source>Charts by area and by lead unit</source>
        <translation>按领域、按牵头单位的图表</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="60"/>
        <source>Overdue and behind</source>
        <translation>超期和滞后事项</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="60"/>
        <source>Changes since the previous period</source>
        <translation>与上期相比的变化</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="61"/>
        <source>Problems and suggestions by lead unit</source>
        <translation>存在问题和意见建议（按牵头单位）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="62"/>
        <source>Indicators</source>
        <translation>主要指标</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="62"/>
        <source>Detail table (landscape)</source>
        <translation>工作台账明细（横排）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="67"/>
        <source>&amp;Period:</source>
        <translation>报告期(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="68"/>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="69"/>
        <source>Sections:</source>
        <translation>内容：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="70"/>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="74"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="79"/>
        <source>&amp;Save as:</source>
        <translation>保存为(&amp;S)：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="84"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="88"/>
        <source>&amp;Generate</source>
        <translation>生成(&amp;G)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="134"/>
        <source>&amp;All policies</source>
        <translation>全部政策(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="135"/>
        <source>One &amp;policy:</source>
        <translation>一项政策(&amp;P)：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="136"/>
        <source>One &amp;unit:</source>
        <translation>一个单位(&amp;U)：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="166"/>
        <source>P&amp;DF</source>
        <translation>P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="166"/>
        <source>&amp;Word (.docx)</source>
        <translation>&amp;Word（.docx）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="166"/>
        <source>&amp;Excel ledger (.xlsx)</source>
        <translation>&amp;Excel 台账（.xlsx）</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="220"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="220"/>
        <source>Word document (*.docx)</source>
        <translation>Word 文档 (*.docx)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="221"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="222"/>
        <source>Save report as</source>
        <translation>报告另存为</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="234"/>
        <source>No file name</source>
        <translation>没有文件名</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="234"/>
        <source>Choose where to save the report.</source>
        <translation>请选择报告的保存位置。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="237"/>
        <source>Nothing chosen</source>
        <translation>未选择内容</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="237"/>
        <source>Choose at least one section.</source>
        <translation>请至少选择一项内容。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="241"/>
        <source>Generating…</source>
        <translation>正在生成…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="243"/>
        <source>Generating the report</source>
        <translation>正在生成报告</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="250"/>
        <source>Cancelled. No file was written.</source>
        <translation>已取消，未写入任何文件。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="254"/>
        <source>Saved: %1</source>
        <translation>已保存：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="258"/>
        <source>“%1” could not be written: it is open in another program (Excel, WPS or a PDF reader) or it is read-only. The report was saved as “%2” instead.</source>
        <translation>无法写入“%1”：该文件正被其他程序（Excel、WPS 或 PDF 阅读器）打开，或是只读文件。报告已另存为“%2”。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="261"/>
        <source>The folder of “%1” cannot be written to. The report was saved as “%2” instead.</source>
        <translation>无法写入“%1”所在的文件夹。报告已另存为“%2”。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="262"/>
        <source>Saved under another name</source>
        <translation>已另名保存</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="271"/>
        <source>No report</source>
        <translation>未生成报告</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="273"/>
        <source>Unexpected error</source>
        <translation>程序错误</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_dialog.py" line="274"/>
        <source>The report stopped because of an error in the program. Details:</source>
        <translation>报告因程序错误而中止。详细信息：</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../../zjtracker/ui/report_preview.py" line="66"/>
        <source>Report preview — %1</source>
        <translation>报告预览 — %1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_preview.py" line="75"/>
        <source>%1 page(s)</source>
        <translation>共 %1 页</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_preview.py" line="76"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_preview.py" line="79"/>
        <source>Open in the default &amp;viewer</source>
        <translation>用默认程序打开(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_preview.py" line="107"/>
        <source>Printing failed</source>
        <translation>打印失败</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_preview.py" line="108"/>
        <source>The printer could not be started. Check that it is switched on and connected, or open the report in the default viewer and print from there.</source>
        <translation>无法启动打印机。请检查打印机是否开机并已连接，或用默认程序打开报告后再打印。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_preview.py" line="114"/>
        <source>No viewer</source>
        <translation>没有可用的阅读程序</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/report_preview.py" line="115"/>
        <source>No program for PDF files was found. The report is saved as:</source>
        <translation>没有找到打开 PDF 文件的程序。报告已保存为：</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="31"/>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="32"/>
        <source>On schedule</source>
        <translation>序时推进</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="33"/>
        <source>Behind</source>
        <translation>滞后</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="34"/>
        <source>Overdue</source>
        <translation>超期</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/status_style.py" line="35"/>
        <source>Not started</source>
        <translation>未启动</translation>
    </message>
</context>
<context>
    <name>StatusBarChart</name>
    <message>
        <location filename="../../zjtracker/ui/dashboard_charts.py" line="149"/>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
</context>
<context>
    <name>StructureCommands</name>
    <message>
        <location filename="../../zjtracker/ui/structure_commands.py" line="37"/>
        <source>area</source>
        <translation>领域</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_commands.py" line="38"/>
        <source>measure</source>
        <translation>措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_commands.py" line="39"/>
        <source>yearly plan</source>
        <translation>年度计划</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_commands.py" line="126"/>
        <source>Add %1</source>
        <translation>新增%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_commands.py" line="166"/>
        <source>Edit %1</source>
        <translation>修改 %1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_commands.py" line="192"/>
        <source>Move %1</source>
        <translation>移动%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_commands.py" line="215"/>
        <source>Delete %1</source>
        <translation>删除%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_commands.py" line="237"/>
        <source>Change units</source>
        <translation>修改责任单位</translation>
    </message>
</context>
<context>
    <name>StructureDialogs</name>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="41"/>
        <source>Lead</source>
        <translation>牵头</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="42"/>
        <source>Cooperating</source>
        <translation>配合</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="43"/>
        <source>Responsible</source>
        <translation>责任</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="229"/>
        <source>Delete %1?</source>
        <translation>删除“%1”吗？</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="233"/>
        <source>%1 measure(s)</source>
        <translation>%1 项措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="235"/>
        <source>%1 yearly plan(s)</source>
        <translation>%1 项年度计划</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="237"/>
        <source>%1 progress report(s)</source>
        <translation>%1 条进展</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="240"/>
        <source>%1 unit assignment(s)</source>
        <translation>%1 条单位分工</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="243"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="244"/>
        <source>This also deletes %1.</source>
        <translation>同时删除%1。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="245"/>
        <source>You can undo this with Edit › Undo.</source>
        <translation>可以用“编辑 › 撤销”恢复。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="250"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>StructureEditor</name>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="44"/>
        <source>Add area…</source>
        <translation>新增领域…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="47"/>
        <source>Add area after…</source>
        <translation>在其后新增领域…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="48"/>
        <source>Add measure…</source>
        <translation>新增措施…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="51"/>
        <source>Add measure after…</source>
        <translation>在其后新增措施…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="52"/>
        <source>Add sub-measure…</source>
        <translation>新增下级措施…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="53"/>
        <location filename="../../zjtracker/ui/structure_actions.py" line="56"/>
        <source>Add yearly plan…</source>
        <translation>新增年度计划…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="57"/>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="59"/>
        <source>Units…</source>
        <translation>责任单位…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="61"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="62"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="63"/>
        <source>Delete…</source>
        <translation>删除…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="152"/>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="157"/>
        <source>Undo not possible</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_actions.py" line="158"/>
        <source>This step was removed from the undo history.</source>
        <translation>这一步已从撤销记录中移除。</translation>
    </message>
</context>
<context>
    <name>UnitKind</name>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="27"/>
        <source>City department</source>
        <translation>市直部门</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="28"/>
        <source>County government</source>
        <translation>县（市、区）政府</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="29"/>
        <source>Group of units</source>
        <translation>单位集合</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="30"/>
        <source>Enterprise</source>
        <translation>企业</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="31"/>
        <source>Central agency</source>
        <translation>中直驻湛单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="32"/>
        <source>Section</source>
        <translation>科室</translation>
    </message>
</context>
<context>
    <name>UnitRegistryDialog</name>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="24"/>
        <source>Unit registry</source>
        <translation>单位名录</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="28"/>
        <source>Filter by name or alias</source>
        <translation>按名称或简称筛选</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="50"/>
        <source>Rename…</source>
        <translation>改名…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="51"/>
        <source>Add alias…</source>
        <translation>添加简称…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="52"/>
        <source>Remove alias…</source>
        <translation>删除简称…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="61"/>
        <source>Swap: keep the other entry</source>
        <translation>对调：保留另一个</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="63"/>
        <source>Merge…</source>
        <translation>合并…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="65"/>
        <source>Keep</source>
        <translation>保留</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="67"/>
        <source>and fold in</source>
        <translation>并入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="72"/>
        <source>Select two rows above, or choose the units here. The measures and aliases of the second entry move to the first, its name becomes an alias, and the entry is deleted.</source>
        <translation>在上表选中两行，或在此选择单位。第二个单位的措施和简称并入第一个，其名称成为简称，该条目随后删除。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="75"/>
        <source>Merge two entries that are one unit</source>
        <translation>合并实为同一单位的两个条目</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="150"/>
        <source>Rename unit</source>
        <translation>单位改名</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="151"/>
        <source>New name of “%1” (the old name stays as an alias):</source>
        <translation>“%1”的新名称（旧名称保留为简称）：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="155"/>
        <source>“%1” is now called “%2”.</source>
        <translation>“%1”已改名为“%2”。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="161"/>
        <source>Add alias</source>
        <translation>添加简称</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="162"/>
        <source>Another way of writing “%1”:</source>
        <translation>“%1”的另一种写法：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="165"/>
        <source>“%1” added as an alias of “%2”.</source>
        <translation>已把“%1”添加为“%2”的简称。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="172"/>
        <source>Remove alias</source>
        <translation>删除简称</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="173"/>
        <source>Alias of “%1” to remove:</source>
        <translation>要删除的“%1”的简称：</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="176"/>
        <source>“%1” is no longer an alias of “%2”.</source>
        <translation>“%1”已不再是“%2”的简称。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="182"/>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="193"/>
        <source>Merge units</source>
        <translation>合并单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="183"/>
        <source>Choose the entry to keep and the entry to fold into it, or select two rows.</source>
        <translation>请选择要保留的单位和要并入的单位，或在表中选中两行。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="186"/>
        <source>Merge “%2” into “%1”?

The %3 measure(s) “%2” leads, %4 it cooperates on and %5 it is responsible for, its aliases and its progress returns move to “%1”; where both have the same role on a measure it is kept once. “%2” becomes an alias of “%1” and the entry “%2” is deleted.</source>
        <translation>把“%2”并入“%1”吗？

“%2”牵头的 %3 项措施、配合的 %4 项、负责的 %5 项，以及它的简称和报送的进展，都将转到“%1”名下；两者在同一措施中角色相同的只保留一条。“%2”将成为“%1”的简称，“%2”条目随后删除。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="202"/>
        <source>“%2” merged into “%1”: %3 assignment(s) moved, %4 duplicate(s) dropped.</source>
        <translation>“%2”已并入“%1”：转移分工 %3 条，去除重复 %4 条。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_dialog.py" line="214"/>
        <source>Not changed</source>
        <translation>未修改</translation>
    </message>
</context>
<context>
    <name>UnitTable</name>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="41"/>
        <source>Unit name</source>
        <translation>单位名称</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="42"/>
        <source>Kind</source>
        <translation>类别</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="43"/>
        <source>Aliases</source>
        <translation>简称</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="44"/>
        <source>Leads</source>
        <translation>牵头措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="45"/>
        <source>Cooperates</source>
        <translation>配合措施</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/unit_registry_model.py" line="46"/>
        <source>Responsible</source>
        <translation>责任</translation>
    </message>
</context>
<context>
    <name>UnitsEditorDialog</name>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="158"/>
        <source>Units of the measure</source>
        <translation>措施的责任单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="164"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="164"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="164"/>
        <source>Leader in charge</source>
        <translation>分管领导</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="165"/>
        <source>Section</source>
        <translation>科室</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="165"/>
        <source>Person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="175"/>
        <source>&amp;Add unit</source>
        <translation>添加单位(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/structure_dialogs.py" line="177"/>
        <source>&amp;Remove unit</source>
        <translation>移除单位(&amp;R)</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../zjtracker/ui/worker.py" line="77"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
