<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
        <source>Numeric target</source>
        <translation>量化目标</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="26"/>
        <source>Policy implementation ledger — %1</source>
        <translation>政策落实台账 — %1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="44"/>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="48"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="49"/>
        <source>&amp;Import policy document…</source>
        <translation>导入政策文件(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="54"/>
        <source>E&amp;xit</source>
        <translation>退出(&amp;X)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="71"/>
        <source>Import policy document</source>
        <translation>导入政策文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="72"/>
        <source>Policy documents (*.txt *.docx *.xlsx)</source>
        <translation>政策文件 (*.txt *.docx *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="83"/>
        <source>Importing policy documents</source>
        <translation>正在导入政策文件</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="90"/>
        <source>Imported %1 file(s), %2 note(s) from the reader.</source>
        <translation>已导入 %1 个文件，读取提示 %2 条。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="93"/>
        <source>%1 file(s) had been imported before and were not added again.</source>
        <translation>%1 个文件此前已导入，未重复加入。</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="99"/>
        <source>File not imported</source>
        <translation>文件未导入</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="102"/>
        <source>Unexpected error</source>
        <translation>程序错误</translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="103"/>
        <source>The import stopped because of an error in the program. Nothing was changed. Details:</source>
        <translation>导入因程序错误而中止，数据库未作任何改动。详细信息：</translation>
    </message>
</context>
<context>
    <name>PolicyTreeModel</name>
    <message>
        <location filename="../../zjtracker/ui/tree_model.py" line="124"/>
        <source>Policies</source>
        <translation>政策</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../zjtracker/ui/worker.py" line="77"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
</TS>
