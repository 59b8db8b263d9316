"""Next year's ledger: a policy's tasks carried from year N to N+1 (``next_year``), a new
ledger document's tasks linked to last year's (``linking``), and a task's earlier years
(``earlier_years``)."""
