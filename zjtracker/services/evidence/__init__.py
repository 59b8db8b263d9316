"""Evidence files (佐证材料): stored in the database per plan and period, imported in bulk
from a colleague's folder, listed in the report's 附件 and exported as a 佐证材料汇编."""
