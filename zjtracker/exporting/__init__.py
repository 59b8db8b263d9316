"""Fill-in workbooks and the Excel ledger. No Qt here."""
