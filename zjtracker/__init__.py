"""zjtracker: keeping the books on how policy documents are carried out."""

__version__ = "0.1.0"
