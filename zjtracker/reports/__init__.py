"""The quarterly PDF report, its charts and fonts. No Qt here."""
