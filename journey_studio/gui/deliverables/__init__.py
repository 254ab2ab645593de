"""File › Save a Copy, Export and Import: the workshop's deliverables, made from the editor.

:class:`~journey_studio.gui.deliverables.menu.DeliverableActions` builds the actions and
menus; exports run on a snapshot of the workshop off the editor's thread behind a progress
dialog that can be cancelled (:mod:`~journey_studio.gui.deliverables.background`); every
question to the consultant (where to save, which paper, whether to create missing stages)
goes through one replaceable :class:`~journey_studio.gui.deliverables.questions.Questions`.
"""
