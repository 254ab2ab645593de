"""The Qt editor: main window, canvas, panels and image export. The only layer importing Qt.

Importing this package imports no Qt: :mod:`journey_studio.gui.app` does, when the editor
starts.
"""
