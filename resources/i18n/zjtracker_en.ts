<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Numeric target</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="26"/>
        <source>Policy implementation ledger — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="44"/>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="48"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="49"/>
        <source>&amp;Import policy document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="54"/>
        <source>E&amp;xit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="71"/>
        <source>Import policy document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="72"/>
        <source>Policy documents (*.txt *.docx *.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="83"/>
        <source>Importing policy documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="90"/>
        <source>Imported %1 file(s), %2 note(s) from the reader.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="93"/>
        <source>%1 file(s) had been imported before and were not added again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="99"/>
        <source>File not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="102"/>
        <source>Unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../zjtracker/ui/main_window.py" line="103"/>
        <source>The import stopped because of an error in the program. Nothing was changed. Details:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyTreeModel</name>
    <message>
        <location filename="../../zjtracker/ui/tree_model.py" line="124"/>
        <source>Policies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../zjtracker/ui/worker.py" line="77"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
