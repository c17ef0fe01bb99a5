"""The Qt widgets of KKS Desktop; the only package that imports PySide6."""
