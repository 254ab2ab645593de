"""Exporters: see DESIGN.md section 3 (Qt-free; heavy libraries imported lazily)."""
