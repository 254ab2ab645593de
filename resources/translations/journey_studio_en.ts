<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capture:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a touchpoint, e.g. “I fill in the contact form”, then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter adds the card at the end of its cell. Alt+Left/Right: stage; Alt+Up/Down: channel; Alt+1…9: stage by number; Ctrl+Enter: add as suggested.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first letters, or Alt+Left/Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first letters, or Alt+Up/Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the card (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it as the customer: &lt;a href=&apos;use&apos;&gt;“{text}”&lt;/a&gt; (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say it as the customer: start with “{start}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>&amp;Delight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Irritant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Breaking point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Moment of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link &amp;personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No persona in this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage &amp;before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage &amp;after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete stage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel &amp;above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel &amp;below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete channel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New card here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmFieldsPanel</name>
    <message>
        <source>CRM fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM field yet: add those that capture the journey&apos;s signals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom object name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed values (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete CRM field</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the CRM field “{label}”? %n card(s) are linked to it; the links go with it. You can undo this.</source>
        <translation>
            <numerusform>Delete the CRM field “{label}”? %n card is linked to it; the links go with it. You can undo this.</numerusform>
            <numerusform>Delete the CRM field “{label}”? %n cards are linked to it; the links go with it. You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>For picklists only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmLaneItem</name>
    <message>
        <source>CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle status
Pipeline stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifecycle status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 › %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lifecycle status or pipeline stage yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrmPlanPanel</name>
    <message>
        <source>CRM plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a pipeline to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owning &amp;team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing, Sales, Customer Success…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What a CRM admin would miss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages of “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pipeline yet: add one per team (Marketing, Sales, Onboarding…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing missing: the plan is ready for the CRM exports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the pipeline “{name}” and its %n stage(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete the pipeline “{name}” and its %n stage? You can undo this.</numerusform>
            <numerusform>Delete the pipeline “{name}” and its %n stages? You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>The workshop is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Rate cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark moments of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmark moments of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear moments of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit card text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark moment of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link CRM field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlink CRM field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add CRM field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete CRM field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder CRM fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit CRM field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder pipelines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add pipeline stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete pipeline stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder pipeline stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit pipeline stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import touchpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set lifecycle status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set converted status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set pipeline team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set pipeline colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename pipeline stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set win probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set forecast category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set days before stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit entry criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit exit criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set journey stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set signal fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark stage won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark stage lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmotionLaneItem</name>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean per stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntityList</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Cannot write “{name}”: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write “{name}” in “{folder}”: check that the folder exists and that you may write in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation failed ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a copy of the workshop to another file and keep editing this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Excel Workbook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PDF Deliverable…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map as P&amp;NG Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map as &amp;SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CRM Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Studio workshops (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy was saved as “{copy}”; you are still editing “{original}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Excel Workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the PDF Deliverable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size (landscape):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Map as SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the Map as an Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the {crm} Configuration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is still being written. Stop it and close the window?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Journey Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported “{name}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): </source>
        <translation>
            <numerusform>%n warning: </numerusform>
            <numerusform>%n warnings: </numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find cards…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridCommands</name>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “%1” and the %n card(s) on it? You can undo it.</source>
        <translation>
            <numerusform>Delete the stage “%1” and the %n card on it? You can undo it.</numerusform>
            <numerusform>Delete the stage “%1” and the %n cards on it? You can undo it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the stage “%1”? It has no cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the channel “%1” and the %n card(s) on it? You can undo it.</source>
        <translation>
            <numerusform>Delete the channel “%1” and the %n card on it? You can undo it.</numerusform>
            <numerusform>Delete the channel “%1” and the %n cards on it? You can undo it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the channel “%1”? It has no cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoffItem</name>
    <message>
        <source>Handoff: %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>Customer journey map made with Journey Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Touchpoints from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the touchpoints sheet of an edited workbook into this workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workshop from Excel…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new workshop file from a workbook or an Excel matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Touchpoints from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading “{name}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook names what the workshop does not have: {names}. Create them and import the touchpoints?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to import: the sheet matches the workshop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints imported: {added} added, {updated} updated, {moved} moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoints not in the sheet were left as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the workbook has %n problem(s). Correct them in the workbook and import it again.</source>
        <translation>
            <numerusform>Nothing was imported: the workbook has %n problem. Correct it in the workbook and import it again.</numerusform>
            <numerusform>Nothing was imported: the workbook has %n problems. Correct them in the workbook and import it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workshop from Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Studio workshops (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workshop “{name}” was made from the workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stage “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journey “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I … (written as the customer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves the text; Shift+Enter starts a new line; Esc cancels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No emotion set for this card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing, Sales, Customer success…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved when you leave the field, or with Ctrl+Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No persona yet: add them in the Personas panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM field yet: add them in the CRM fields panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop to see its cards here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a card on the map to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card in “{stage}” × “{channel}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected: rating, moment of truth and personas apply to all.</source>
        <translation>
            <numerusform>%n cards selected: rating, moment of truth and personas apply to all.</numerusform>
            <numerusform>%n cards selected: rating, moment of truth and personas apply to all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written as the customer. Suggestion: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it as the customer, starting with “{start}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneyStudio</name>
    <message>
        <source>Cannot open the workshop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JourneysPanel</name>
    <message>
        <source>Journeys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journey selected is the one on the map. Double-click to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of the journey with all its cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No journey yet: add the current journey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. SMB, key accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{kind}, %n card(s)</source>
        <translation>
            <numerusform>{kind}, %n card</numerusform>
            <numerusform>{kind}, %n cards</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the journey “{name}” and its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Delete the journey “{name}” and its %n card? You can undo this.</numerusform>
            <numerusform>Delete the journey “{name}” and its %n cards? You can undo this.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleEditor</name>
    <message>
        <source>Journey stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Converted status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The status a lead reaches when it is converted (contact, opportunity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statuses in order: {statuses}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No lifecycle status yet: give each stage the status it puts a contact in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Link Cards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from a card to another to draw an arrow (or Shift+drag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Emotion Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CRM Lane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Journey Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{workshop} — {file} — Journey Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop file (File › Open…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Studio workshops (*{suffix})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Journey Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Journey Studio {version}&lt;/h3&gt;&lt;p&gt;Customer journey maps for CRM workshops: channels × stages, touchpoints rated delight, irritant or breaking point, personas and the CRM lifecycle.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>Target journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current journey</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCardSource</name>
    <message>
        <source>+ New Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag onto a cell of the map to write a new card there (or click to write one beside the selected card)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>Personas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter the map:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dim the cards the chosen persona is not linked to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a persona onto a card to link it. Double-click to rename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No persona yet. Work on two or three: decision maker, user, buyer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frustrations (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the persona “{name}”? It is linked to %n card(s); the links go with it. You can undo this.</source>
        <translation>
            <numerusform>Delete the persona “{name}”? It is linked to %n card; the links go with it. You can undo this.</numerusform>
            <numerusform>Delete the persona “{name}”? It is linked to %n cards; the links go with it. You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>All personas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhrasingHintItem</name>
    <message>
        <source>Say it as the customer would:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start it as the customer would:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter to use it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PipelineStagesEditor</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stale after (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage&apos;s name in the CRM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Win probability, from 0 to 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A closed stage ends the deal: won, or lost when not won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deal is won in this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alert when a deal stays longer than this in the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage of the journey map this pipeline stage belongs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry criteria (who moves a deal into this stage, when, on what basis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM fields whose values signal this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CRM field yet: add them in the CRM fields panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No stage yet: add the steps a deal goes through, up to won and lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage “{name}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels and dialogs change language at once; the rest of the window at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Workshop {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Reopen a workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journey Studio stopped without closing these workshops. Every edit was saved as it was made. Reopen one? Those you leave stay in {folder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — last edited {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing on a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the selected cards: delight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the selected cards: irritant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the selected cards: breaking point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate the selected cards: not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark or unmark the selected cards as moments of truth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2 or Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected card&apos;s text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete or Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected cards and arrows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection, or stop what the mouse is doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an empty cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new card there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a card, a header or an arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit its text in place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag “+ New Card” onto a cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a new card in that cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move it to another place or cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+drag from a card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draw an arrow to another card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a card to the selection, or take it out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag on empty space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cards inside a rectangle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a stage or channel header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reorder the stages or channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space+drag, or middle button drag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+wheel, or pinch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in or out around the pointer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggested “I do X” wording</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the text as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the card to its cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the card as suggested (“I do X”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous or next stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous or next channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stage in that position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next or previous match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StagesChannelsPanel</name>
    <message>
        <source>Stages and channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stages (columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels (rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a name to rename it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “{name}” and its %n card(s), in every journey? You can undo this.</source>
        <translation>
            <numerusform>Delete the stage “{name}” and its %n card, in every journey? You can undo this.</numerusform>
            <numerusform>Delete the stage “{name}” and its %n cards, in every journey? You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the stage “{name}”? It holds no card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete the channel “{name}” and its %n card(s), in every journey? You can undo this.</source>
        <translation>
            <numerusform>Delete the channel “{name}” and its %n card, in every journey? You can undo this.</numerusform>
            <numerusform>Delete the channel “{name}” and its %n cards, in every journey? You can undo this.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the channel “{name}”? It holds no card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Irritant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Multi-select picklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target journey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{feeling} ({value})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;New from Template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by &amp;Persona</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{name}” is no longer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;All Personas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>item</name>
    <message>
        <source>No card of this stage has an emotion yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mean emotion %1 over %n card(s)</source>
        <translation>
            <numerusform>Mean emotion %1 over %n card</numerusform>
            <numerusform>Mean emotion %1 over %n cards</numerusform>
        </translation>
    </message>
</context>
</TS>
