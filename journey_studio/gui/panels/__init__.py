"""The docks around the map: inspector, personas, CRM fields, stages and channels, journeys.

Each panel talks to the :class:`~journey_studio.gui.document.Document` only: it makes every
change as one model edit given to ``Document.apply`` and refreshes what the document's
``changed`` signal names. Panels never talk to each other or to the canvas.
:mod:`journey_studio.gui.panels.workbench` installs them, the quick-capture bar and the
settings-backed menus on the main window.
"""
