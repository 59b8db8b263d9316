"""task_division"""
