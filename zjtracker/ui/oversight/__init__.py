"""复核, 退回 and 办结销号 in the window: the dialogs (layout only) and the flow that asks,
calls services/oversight and refreshes the tree."""
