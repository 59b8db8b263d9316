"""复核, 退回 and 办结销号: the clerk's verdict on a plan's report for a period, and the
closing of a task for its year.

The rules (one place, the rest of the program follows them):

- 复核 (reviewed, with an optional note) and 退回 (returned, with a reason the unit sees)
  are a verdict on the report of one plan for one period; there is one verdict per plan and
  period, a new one replaces the old, and "clear" removes it. Both need a report stored for
  that period (nothing to verify or send back otherwise); 退回 needs a reason.
- A report saved after the verdict (typed in the form or merged from a return) does not
  erase it: a 退回 becomes 已重报（待复核） and a 复核 becomes 复核后已修改（待复核）, worked
  out from the report's ``updated_at`` against the verdict's ``at``. The reason stays
  stored until the clerk gives a new verdict; the change log keeps every earlier one.
- The 退回原因 the unit sees in its next fill-in workbook is that of a 退回 still standing
  (not re-reported) for the workbook's period, else for the period before it.
- 销号 (closed_on set, with 销号依据 and 经办人) closes the yearly plan for all the periods
  of its year: it counts as 已销号 (apart from 已完成), leaves the fill-in workbooks, the
  催报 list and the overdue lists, and shows greyed in the tree. It is allowed whatever the
  reported 完成进度 (the GUI asks to confirm below 100 %). 重新打开 clears it.
- Every step is one transaction and writes the change log (entity ``plan``; fields
  ``review``, ``closed_on``, ``closed_basis``, ``closed_by``).
"""
