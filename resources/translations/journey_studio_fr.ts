<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BackgroundJob</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Journey Studio</source>
        <translation>Journey Studio</translation>
    </message>
</context>
<context>
    <name>CaptureBar</name>
    <message>
        <source>Quick capture</source>
        <translation>Saisie rapide</translation>
    </message>
    <message>
        <source>&amp;Capture:</source>
        <translation>&amp;Saisie&#xa0;:</translation>
    </message>
    <message>
        <source>Type a touchpoint, e.g. “I fill in the contact form”, then Enter</source>
        <translation>Tapez un point de contact, p. ex. «&#xa0;Je remplis le formulaire de contact&#xa0;», puis Entrée</translation>
    </message>
    <message>
        <source>Enter adds the card at the end of its cell. Alt+Left/Right: stage; Alt+Up/Down: channel; Alt+1…9: stage by number; Ctrl+Enter: add as suggested.</source>
        <translation>Entrée ajoute la carte à la fin de sa case. Alt+Gauche/Droite&#xa0;: étape&#xa0;; Alt+Haut/Bas&#xa0;: canal&#xa0;; Alt+1…9&#xa0;: étape par son numéro&#xa0;; Ctrl+Entrée&#xa0;: ajouter la formulation suggérée.</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>É&amp;tape&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>Ca&amp;nal&#xa0;:</translation>
    </message>
    <message>
        <source>Type the first letters, or Alt+Left/Right</source>
        <translation>Tapez les premières lettres, ou Alt+Gauche/Droite</translation>
    </message>
    <message>
        <source>Type the first letters, or Alt+Up/Down</source>
        <translation>Tapez les premières lettres, ou Alt+Haut/Bas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add the card (Enter)</source>
        <translation>Ajouter la carte (Entrée)</translation>
    </message>
    <message>
        <source>&amp;Quick Capture</source>
        <translation>&amp;Saisie rapide</translation>
    </message>
    <message>
        <source>Say it as the customer: &lt;a href=&apos;use&apos;&gt;“{text}”&lt;/a&gt; (Ctrl+Enter)</source>
        <translation>Côté client&#xa0;: &lt;a href=&apos;use&apos;&gt;«&#xa0;{text}&#xa0;»&lt;/a&gt; (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Say it as the customer: start with “{start}”</source>
        <translation>Côté client&#xa0;: commencez par «&#xa0;{start}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ContextMenus</name>
    <message>
        <source>&amp;Delight</source>
        <translation>&amp;Enchantement</translation>
    </message>
    <message>
        <source>&amp;Irritant</source>
        <translation>&amp;Irritant</translation>
    </message>
    <message>
        <source>&amp;Breaking point</source>
        <translation>&amp;Point de rupture</translation>
    </message>
    <message>
        <source>&amp;Not rated</source>
        <translation>&amp;Non évalué</translation>
    </message>
    <message>
        <source>&amp;Rate</source>
        <translation>É&amp;valuer</translation>
    </message>
    <message>
        <source>&amp;Moment of truth</source>
        <translation>&amp;Moment de vérité</translation>
    </message>
    <message>
        <source>Link &amp;personas</source>
        <translation>Lier des &amp;personas</translation>
    </message>
    <message>
        <source>No persona in this workshop</source>
        <translation>Aucun persona dans cet atelier</translation>
    </message>
    <message>
        <source>&amp;Edit text</source>
        <translation>Modifier le &amp;texte</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cou&amp;per</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>&amp;Libellé…</translation>
    </message>
    <message>
        <source>&amp;Delete link</source>
        <translation>&amp;Supprimer le lien</translation>
    </message>
    <message>
        <source>Add stage &amp;before</source>
        <translation>Ajouter une étape &amp;avant</translation>
    </message>
    <message>
        <source>Add stage &amp;after</source>
        <translation>Ajouter une étape a&amp;près</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>&amp;Renommer</translation>
    </message>
    <message>
        <source>&amp;Delete stage…</source>
        <translation>&amp;Supprimer l&apos;étape…</translation>
    </message>
    <message>
        <source>Add channel &amp;above</source>
        <translation>Ajouter un canal au-&amp;dessus</translation>
    </message>
    <message>
        <source>Add channel &amp;below</source>
        <translation>Ajouter un canal en dess&amp;ous</translation>
    </message>
    <message>
        <source>&amp;Delete channel…</source>
        <translation>&amp;Supprimer le canal…</translation>
    </message>
    <message>
        <source>&amp;New card here</source>
        <translation>&amp;Nouvelle carte ici</translation>
    </message>
    <message>
        <source>Double-click</source>
        <translation>Double-clic</translation>
    </message>
    <message>
        <source>&amp;Paste here</source>
        <translation>C&amp;oller ici</translation>
    </message>
</context>
<context>
    <name>CrmFieldsPanel</name>
    <message>
        <source>CRM fields</source>
        <translation>Champs CRM</translation>
    </message>
    <message>
        <source>No CRM field yet: add those that capture the journey&apos;s signals.</source>
        <translation>Aucun champ CRM pour l&apos;instant&#xa0;: ajoutez ceux qui captent les signaux du parcours.</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>API name</source>
        <translation>Nom d&apos;API</translation>
    </message>
    <message>
        <source>CRM object</source>
        <translation>Objet CRM</translation>
    </message>
    <message>
        <source>Custom object name</source>
        <translation>Nom de l&apos;objet personnalisé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Allowed values (one per line)</source>
        <translation>Valeurs autorisées (une par ligne)</translation>
    </message>
    <message>
        <source>New field</source>
        <translation>Nouveau champ</translation>
    </message>
    <message>
        <source>Delete CRM field</source>
        <translation>Supprimer le champ CRM</translation>
    </message>
    <message numerus="yes">
        <source>Delete the CRM field “{label}”? %n card(s) are linked to it; the links go with it. You can undo this.</source>
        <translation>
            <numerusform>Supprimer le champ CRM «&#xa0;{label}&#xa0;»&#xa0;?&#xa0;%n carte y est liée&#xa0;; le lien part avec lui. Vous pourrez annuler.</numerusform>
            <numerusform>Supprimer le champ CRM «&#xa0;{label}&#xa0;»&#xa0;?&#xa0;%n cartes y sont liées&#xa0;; les liens partent avec lui. Vous pourrez annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>For picklists only</source>
        <translation>Pour les listes de choix seulement</translation>
    </message>
</context>
<context>
    <name>CrmLaneItem</name>
    <message>
        <source>CRM</source>
        <translation>CRM</translation>
    </message>
    <message>
        <source>Lifecycle status
Pipeline stages</source>
        <translation>Statut du cycle de vie
Étapes de pipeline</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n autre</numerusform>
            <numerusform>+%n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Lifecycle status: %1</source>
        <translation>Statut du cycle de vie&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <source>%1 › %2: %3</source>
        <translation>%1 ›&#xa0;%2&#xa0;:&#xa0;%3</translation>
    </message>
    <message>
        <source>No lifecycle status or pipeline stage yet.</source>
        <translation>Pas encore de statut du cycle de vie ni d&apos;étape de pipeline.</translation>
    </message>
</context>
<context>
    <name>CrmPlanPanel</name>
    <message>
        <source>CRM plan</source>
        <translation>Plan CRM</translation>
    </message>
    <message>
        <source>Lifecycle statuses</source>
        <translation>Statuts du cycle de vie</translation>
    </message>
    <message>
        <source>Pipelines</source>
        <translation>Pipelines</translation>
    </message>
    <message>
        <source>Double-click a pipeline to rename it.</source>
        <translation>Double-cliquez sur un pipeline pour le renommer.</translation>
    </message>
    <message>
        <source>Owning &amp;team</source>
        <translation>É&amp;quipe responsable</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Marketing, Sales, Customer Success…</source>
        <translation>Marketing, Ventes, Customer Success…</translation>
    </message>
    <message>
        <source>What a CRM admin would miss</source>
        <translation>Ce qui manquerait à l&apos;administrateur du CRM</translation>
    </message>
    <message>
        <source>Stages of “{name}”</source>
        <translation>Étapes de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>No pipeline yet: add one per team (Marketing, Sales, Onboarding…).</source>
        <translation>Aucun pipeline pour l&apos;instant&#xa0;: ajoutez-en un par équipe (Marketing, Ventes, Onboarding…).</translation>
    </message>
    <message>
        <source>Nothing missing: the plan is ready for the CRM exports.</source>
        <translation>Rien ne manque&#xa0;: le plan est prêt pour les exports CRM.</translation>
    </message>
    <message>
        <source>New pipeline</source>
        <translation>Nouveau pipeline</translation>
    </message>
    <message numerus="yes">
        <source>Delete the pipeline “{name}” and its %n stage(s)? You can undo this.</source>
        <translation>
            <numerusform>Supprimer le pipeline «&#xa0;{name}&#xa0;» et son étape&#xa0;? Vous pourrez annuler.</numerusform>
            <numerusform>Supprimer le pipeline «&#xa0;{name}&#xa0;» et ses&#xa0;%n étapes&#xa0;? Vous pourrez annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation>Supprimer le pipeline</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>The workshop is closed.</source>
        <translation>L&apos;atelier est fermé.</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cou&amp;per</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Rate cards</source>
        <translation>Évaluer les cartes</translation>
    </message>
    <message>
        <source>Mark moments of truth</source>
        <translation>Marquer des moments de vérité</translation>
    </message>
    <message>
        <source>Unmark moments of truth</source>
        <translation>Retirer des moments de vérité</translation>
    </message>
    <message>
        <source>Link persona</source>
        <translation>Lier le persona</translation>
    </message>
    <message>
        <source>Unlink persona</source>
        <translation>Délier le persona</translation>
    </message>
    <message>
        <source>Duplicate cards</source>
        <translation>Dupliquer les cartes</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Add card</source>
        <translation>Ajouter une carte</translation>
    </message>
    <message>
        <source>Paste cards</source>
        <translation>Coller les cartes</translation>
    </message>
    <message>
        <source>Clear moments of truth</source>
        <translation>Retirer des moments de vérité</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Add cards</source>
        <translation>Ajouter des cartes</translation>
    </message>
    <message>
        <source>Delete cards</source>
        <translation>Supprimer des cartes</translation>
    </message>
    <message>
        <source>Move card</source>
        <translation>Déplacer la carte</translation>
    </message>
    <message>
        <source>Move cards</source>
        <translation>Déplacer les cartes</translation>
    </message>
    <message>
        <source>Edit card</source>
        <translation>Modifier la carte</translation>
    </message>
    <message>
        <source>Edit card text</source>
        <translation>Modifier le texte de la carte</translation>
    </message>
    <message>
        <source>Rate card</source>
        <translation>Évaluer la carte</translation>
    </message>
    <message>
        <source>Set emotion</source>
        <translation>Définir l&apos;émotion</translation>
    </message>
    <message>
        <source>Mark moment of truth</source>
        <translation>Marquer le moment de vérité</translation>
    </message>
    <message>
        <source>Edit notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <source>Link CRM field</source>
        <translation>Lier le champ CRM</translation>
    </message>
    <message>
        <source>Unlink CRM field</source>
        <translation>Délier le champ CRM</translation>
    </message>
    <message>
        <source>Link cards</source>
        <translation>Relier des cartes</translation>
    </message>
    <message>
        <source>Delete link</source>
        <translation>Supprimer le lien</translation>
    </message>
    <message>
        <source>Label link</source>
        <translation>Nommer le lien</translation>
    </message>
    <message>
        <source>Add persona</source>
        <translation>Ajouter un persona</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Supprimer le persona</translation>
    </message>
    <message>
        <source>Reorder personas</source>
        <translation>Réordonner les personas</translation>
    </message>
    <message>
        <source>Edit persona</source>
        <translation>Modifier le persona</translation>
    </message>
    <message>
        <source>Add CRM field</source>
        <translation>Ajouter un champ CRM</translation>
    </message>
    <message>
        <source>Delete CRM field</source>
        <translation>Supprimer le champ CRM</translation>
    </message>
    <message>
        <source>Reorder CRM fields</source>
        <translation>Réordonner les champs CRM</translation>
    </message>
    <message>
        <source>Edit CRM field</source>
        <translation>Modifier le champ CRM</translation>
    </message>
    <message>
        <source>Add pipeline</source>
        <translation>Ajouter un pipeline</translation>
    </message>
    <message>
        <source>Delete pipeline</source>
        <translation>Supprimer le pipeline</translation>
    </message>
    <message>
        <source>Reorder pipelines</source>
        <translation>Réordonner les pipelines</translation>
    </message>
    <message>
        <source>Edit pipeline</source>
        <translation>Modifier le pipeline</translation>
    </message>
    <message>
        <source>Add pipeline stage</source>
        <translation>Ajouter une étape de pipeline</translation>
    </message>
    <message>
        <source>Delete pipeline stage</source>
        <translation>Supprimer l&apos;étape de pipeline</translation>
    </message>
    <message>
        <source>Reorder pipeline stages</source>
        <translation>Réordonner les étapes de pipeline</translation>
    </message>
    <message>
        <source>Edit pipeline stage</source>
        <translation>Modifier l&apos;étape de pipeline</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>Reorder stages</source>
        <translation>Réordonner les étapes</translation>
    </message>
    <message>
        <source>Edit stage</source>
        <translation>Modifier l&apos;étape</translation>
    </message>
    <message>
        <source>Rename stage</source>
        <translation>Renommer l&apos;étape</translation>
    </message>
    <message>
        <source>Add channel</source>
        <translation>Ajouter un canal</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>Supprimer le canal</translation>
    </message>
    <message>
        <source>Reorder channels</source>
        <translation>Réordonner les canaux</translation>
    </message>
    <message>
        <source>Edit channel</source>
        <translation>Modifier le canal</translation>
    </message>
    <message>
        <source>Rename channel</source>
        <translation>Renommer le canal</translation>
    </message>
    <message>
        <source>Edit workshop details</source>
        <translation>Modifier les informations de l&apos;atelier</translation>
    </message>
    <message>
        <source>Add journey</source>
        <translation>Ajouter un parcours</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message>
        <source>Reorder journeys</source>
        <translation>Réordonner les parcours</translation>
    </message>
    <message>
        <source>Edit journey</source>
        <translation>Modifier le parcours</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Delete action</source>
        <translation>Supprimer l&apos;action</translation>
    </message>
    <message>
        <source>Reorder actions</source>
        <translation>Réordonner les actions</translation>
    </message>
    <message>
        <source>Edit action</source>
        <translation>Modifier l&apos;action</translation>
    </message>
    <message>
        <source>Take snapshot</source>
        <translation>Prendre un instantané</translation>
    </message>
    <message>
        <source>Delete snapshot</source>
        <translation>Supprimer l&apos;instantané</translation>
    </message>
    <message>
        <source>Rename snapshot</source>
        <translation>Renommer l&apos;instantané</translation>
    </message>
    <message>
        <source>Import touchpoints</source>
        <translation>Importer des points de contact</translation>
    </message>
    <message>
        <source>Set lifecycle status</source>
        <translation>Définir le statut du cycle de vie</translation>
    </message>
    <message>
        <source>Set converted status</source>
        <translation>Définir le statut converti</translation>
    </message>
    <message>
        <source>Rename pipeline</source>
        <translation>Renommer le pipeline</translation>
    </message>
    <message>
        <source>Set pipeline team</source>
        <translation>Définir l&apos;équipe du pipeline</translation>
    </message>
    <message>
        <source>Set pipeline colour</source>
        <translation>Définir la couleur du pipeline</translation>
    </message>
    <message>
        <source>Rename pipeline stage</source>
        <translation>Renommer l&apos;étape du pipeline</translation>
    </message>
    <message>
        <source>Set win probability</source>
        <translation>Définir la probabilité de gain</translation>
    </message>
    <message>
        <source>Set forecast category</source>
        <translation>Définir la catégorie de prévision</translation>
    </message>
    <message>
        <source>Set days before stale</source>
        <translation>Définir l&apos;alerte d&apos;inactivité</translation>
    </message>
    <message>
        <source>Edit entry criteria</source>
        <translation>Modifier les critères d&apos;entrée</translation>
    </message>
    <message>
        <source>Edit exit criteria</source>
        <translation>Modifier les critères de sortie</translation>
    </message>
    <message>
        <source>Set journey stage</source>
        <translation>Définir l&apos;étape du parcours</translation>
    </message>
    <message>
        <source>Set signal fields</source>
        <translation>Définir les champs signaux</translation>
    </message>
    <message>
        <source>Mark stage won</source>
        <translation>Marquer l&apos;étape gagnée</translation>
    </message>
    <message>
        <source>Mark stage lost</source>
        <translation>Marquer l&apos;étape perdue</translation>
    </message>
    <message>
        <source>Reopen stage</source>
        <translation>Rouvrir l&apos;étape</translation>
    </message>
</context>
<context>
    <name>EmotionLaneItem</name>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Mean per stage</source>
        <translation>Moyenne par étape</translation>
    </message>
</context>
<context>
    <name>EntityList</name>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Cannot write “{name}”: {reason}.</source>
        <translation>Impossible d&apos;écrire «&#xa0;{name}&#xa0;»&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Cannot write “{name}” in “{folder}”: check that the folder exists and that you may write in it.</source>
        <translation>Impossible d&apos;écrire «&#xa0;{name}&#xa0;» dans «&#xa0;{folder}&#xa0;»&#xa0;: vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>The operation failed ({kind}).</source>
        <translation>L&apos;opération a échoué ({kind}).</translation>
    </message>
    <message>
        <source>Save a &amp;Copy As…</source>
        <translation>Enregistrer une &amp;copie sous…</translation>
    </message>
    <message>
        <source>Write a copy of the workshop to another file and keep editing this one</source>
        <translation>Écrire une copie de l&apos;atelier dans un autre fichier et continuer à modifier celui-ci</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Excel Workbook…</source>
        <translation>Classeur &amp;Excel…</translation>
    </message>
    <message>
        <source>&amp;PDF Deliverable…</source>
        <translation>Livrable &amp;PDF…</translation>
    </message>
    <message>
        <source>Map as P&amp;NG Image…</source>
        <translation>Carte en image P&amp;NG…</translation>
    </message>
    <message>
        <source>Map as &amp;SVG…</source>
        <translation>Carte en &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;CRM Configuration</source>
        <translation>&amp;Configuration CRM</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>Journey Studio workshops (*{suffix})</source>
        <translation>Ateliers Journey Studio (*{suffix})</translation>
    </message>
    <message>
        <source>A copy was saved as “{copy}”; you are still editing “{original}”.</source>
        <translation>Une copie a été enregistrée sous «&#xa0;{copy}&#xa0;»&#xa0;; vous continuez à modifier «&#xa0;{original}&#xa0;».</translation>
    </message>
    <message>
        <source>Export the Excel Workbook</source>
        <translation>Exporter le classeur Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Export the PDF Deliverable</source>
        <translation>Exporter le livrable PDF</translation>
    </message>
    <message>
        <source>Paper size (landscape):</source>
        <translation>Format du papier (paysage)&#xa0;:</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the Map as SVG</source>
        <translation>Exporter la carte en SVG</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the Map as an Image</source>
        <translation>Exporter la carte en image</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the {crm} Configuration</source>
        <translation>Exporter la configuration {crm}</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Writing “{name}”…</source>
        <translation>Écriture de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>“{name}” is still being written. Stop it and close the window?</source>
        <translation>«&#xa0;{name}&#xa0;» est encore en cours d&apos;écriture. L&apos;arrêter et fermer la fenêtre&#xa0;?</translation>
    </message>
    <message>
        <source>Close Journey Studio</source>
        <translation>Fermer Journey Studio</translation>
    </message>
    <message>
        <source>Exported “{name}”.</source>
        <translation>«&#xa0;{name}&#xa0;» exporté.</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s): </source>
        <translation>
            <numerusform>%n avertissement&#xa0;: </numerusform>
            <numerusform>%n avertissements&#xa0;: </numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export annulé&#xa0;; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find cards…</source>
        <translation>Rechercher des cartes…</translation>
    </message>
    <message>
        <source>Previous match (Shift+Enter)</source>
        <translation>Résultat précédent (Maj+Entrée)</translation>
    </message>
    <message>
        <source>Next match (Enter)</source>
        <translation>Résultat suivant (Entrée)</translation>
    </message>
    <message>
        <source>Close (Escape)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Find:</source>
        <translation>Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>GridCommands</name>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “%1” and the %n card(s) on it? You can undo it.</source>
        <translation>
            <numerusform>Supprimer l&apos;étape «&#xa0;%1&#xa0;» et la carte qu&apos;elle contient&#xa0;? Vous pourrez annuler.</numerusform>
            <numerusform>Supprimer l&apos;étape «&#xa0;%1&#xa0;» et les&#xa0;%n cartes qu&apos;elle contient&#xa0;? Vous pourrez annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the stage “%1”? It has no cards.</source>
        <translation>Supprimer l&apos;étape «&#xa0;%1&#xa0;»&#xa0;? Elle ne contient aucune carte.</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message numerus="yes">
        <source>Delete the channel “%1” and the %n card(s) on it? You can undo it.</source>
        <translation>
            <numerusform>Supprimer le canal «&#xa0;%1&#xa0;» et la carte qu&apos;il contient&#xa0;? Vous pourrez annuler.</numerusform>
            <numerusform>Supprimer le canal «&#xa0;%1&#xa0;» et les&#xa0;%n cartes qu&apos;il contient&#xa0;? Vous pourrez annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the channel “%1”? It has no cards.</source>
        <translation>Supprimer le canal «&#xa0;%1&#xa0;»&#xa0;? Il ne contient aucune carte.</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>Supprimer le canal</translation>
    </message>
</context>
<context>
    <name>HandoffItem</name>
    <message>
        <source>Handoff: %1 → %2</source>
        <translation>Passage de relais&#xa0;:&#xa0;%1 →&#xa0;%2</translation>
    </message>
</context>
<context>
    <name>ImageExport</name>
    <message>
        <source>Customer journey map made with Journey Studio</source>
        <translation>Carte du parcours client réalisée avec Journey Studio</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>&amp;Touchpoints from Excel…</source>
        <translation>&amp;Points de contact depuis Excel…</translation>
    </message>
    <message>
        <source>Bring the touchpoints sheet of an edited workbook into this workshop</source>
        <translation>Reporter dans cet atelier la feuille des points de contact d&apos;un classeur modifié</translation>
    </message>
    <message>
        <source>&amp;Workshop from Excel…</source>
        <translation>&amp;Atelier depuis Excel…</translation>
    </message>
    <message>
        <source>Make a new workshop file from a workbook or an Excel matrix</source>
        <translation>Créer un nouveau fichier d&apos;atelier à partir d&apos;un classeur ou d&apos;une matrice Excel</translation>
    </message>
    <message>
        <source>Import Touchpoints from Excel</source>
        <translation>Importer des points de contact depuis Excel</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading “{name}”…</source>
        <translation>Lecture de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>The workbook names what the workshop does not have: {names}. Create them and import the touchpoints?</source>
        <translation>Le classeur nomme ce que l&apos;atelier n&apos;a pas&#xa0;: {names}. Les créer et importer les points de contact&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Nothing to import: the sheet matches the workshop.</source>
        <translation>Rien à importer&#xa0;: la feuille correspond à l&apos;atelier.</translation>
    </message>
    <message>
        <source>Touchpoints imported: {added} added, {updated} updated, {moved} moved.</source>
        <translation>Points de contact importés&#xa0;: {added} ajoutés, {updated} modifiés, {moved} déplacés.</translation>
    </message>
    <message>
        <source>Touchpoints not in the sheet were left as they are.</source>
        <translation>Les points de contact absents de la feuille sont restés tels quels.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: the workbook has %n problem(s). Correct them in the workbook and import it again.</source>
        <translation>
            <numerusform>Rien n&apos;a été importé&#xa0;: le classeur a %n problème. Corrigez-le dans le classeur et importez-le à nouveau.</numerusform>
            <numerusform>Rien n&apos;a été importé&#xa0;: le classeur a %n problèmes. Corrigez-les dans le classeur et importez-le à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import from Excel</source>
        <translation>Importer depuis Excel</translation>
    </message>
    <message>
        <source>New Workshop from Excel</source>
        <translation>Nouvel atelier depuis Excel</translation>
    </message>
    <message>
        <source>Journey Studio workshops (*{suffix})</source>
        <translation>Ateliers Journey Studio (*{suffix})</translation>
    </message>
    <message>
        <source>“{name}” already exists; choose another name.</source>
        <translation>«&#xa0;{name}&#xa0;» existe déjà&#xa0;; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The workshop “{name}” was made from the workbook.</source>
        <translation>L&apos;atelier «&#xa0;{name}&#xa0;» a été créé à partir du classeur.</translation>
    </message>
    <message>
        <source>stage “{name}”</source>
        <translation>l&apos;étape «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>channel “{name}”</source>
        <translation>le canal «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>journey “{name}”</source>
        <translation>le parcours «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>InspectorPanel</name>
    <message>
        <source>Inspector</source>
        <translation>Inspecteur</translation>
    </message>
    <message>
        <source>Touchpoint</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>I … (written as the customer)</source>
        <translation>Je … (écrit du point de vue du client)</translation>
    </message>
    <message>
        <source>Enter saves the text; Shift+Enter starts a new line; Esc cancels.</source>
        <translation>Entrée enregistre le texte&#xa0;; Maj+Entrée passe à la ligne&#xa0;; Échap annule.</translation>
    </message>
    <message>
        <source>Use suggestion</source>
        <translation>Utiliser la suggestion</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Emotion</source>
        <translation>Émotion</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>No emotion set for this card</source>
        <translation>Pas d&apos;émotion pour cette carte</translation>
    </message>
    <message>
        <source>Moment of truth</source>
        <translation>Moment de vérité</translation>
    </message>
    <message>
        <source>Owner team</source>
        <translation>Équipe responsable</translation>
    </message>
    <message>
        <source>Marketing, Sales, Customer success…</source>
        <translation>Marketing, Ventes, Succès client…</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Saved when you leave the field, or with Ctrl+Enter.</source>
        <translation>Enregistré quand vous quittez le champ, ou avec Ctrl+Entrée.</translation>
    </message>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>No persona yet: add them in the Personas panel.</source>
        <translation>Aucun persona pour l&apos;instant&#xa0;: ajoutez-les dans le panneau Personas.</translation>
    </message>
    <message>
        <source>CRM fields</source>
        <translation>Champs CRM</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>No CRM field yet: add them in the CRM fields panel.</source>
        <translation>Aucun champ CRM pour l&apos;instant&#xa0;: ajoutez-les dans le panneau Champs CRM.</translation>
    </message>
    <message>
        <source>Open a workshop to see its cards here.</source>
        <translation>Ouvrez un atelier pour voir ses cartes ici.</translation>
    </message>
    <message>
        <source>Select a card on the map to see it here.</source>
        <translation>Sélectionnez une carte du parcours pour la voir ici.</translation>
    </message>
    <message>
        <source>Card in “{stage}” × “{channel}”</source>
        <translation>Carte en «&#xa0;{stage}&#xa0;» × «&#xa0;{channel}&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n cards selected: rating, moment of truth and personas apply to all.</source>
        <translation>
            <numerusform>%n carte sélectionnée.</numerusform>
            <numerusform>%n cartes sélectionnées&#xa0;: l&apos;évaluation, le moment de vérité et les personas s&apos;appliquent à toutes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not written as the customer. Suggestion: “{text}”</source>
        <translation>Pas écrit du point de vue du client. Suggestion&#xa0;: «&#xa0;{text}&#xa0;»</translation>
    </message>
    <message>
        <source>Write it as the customer, starting with “{start}”.</source>
        <translation>Écrivez-le du point de vue du client, en commençant par «&#xa0;{start}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>JourneyStudio</name>
    <message>
        <source>Cannot open the workshop</source>
        <translation>Impossible d&apos;ouvrir l&apos;atelier</translation>
    </message>
</context>
<context>
    <name>JourneysPanel</name>
    <message>
        <source>Journeys</source>
        <translation>Parcours</translation>
    </message>
    <message>
        <source>The journey selected is the one on the map. Double-click to rename.</source>
        <translation>Le parcours sélectionné est celui affiché. Double-cliquez pour le renommer.</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <source>A copy of the journey with all its cards</source>
        <translation>Une copie du parcours avec toutes ses cartes</translation>
    </message>
    <message>
        <source>Current journey</source>
        <translation>Parcours actuel</translation>
    </message>
    <message>
        <source>Target journey</source>
        <translation>Parcours cible</translation>
    </message>
    <message>
        <source>No journey yet: add the current journey.</source>
        <translation>Aucun parcours pour l&apos;instant&#xa0;: ajoutez le parcours actuel.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>Segment</translation>
    </message>
    <message>
        <source>e.g. SMB, key accounts</source>
        <translation>p. ex. PME, grands comptes</translation>
    </message>
    <message numerus="yes">
        <source>{kind}, %n card(s)</source>
        <translation>
            <numerusform>{kind},&#xa0;%n carte</numerusform>
            <numerusform>{kind},&#xa0;%n cartes</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>Delete journey</source>
        <translation>Supprimer le parcours</translation>
    </message>
    <message numerus="yes">
        <source>Delete the journey “{name}” and its %n card(s)? You can undo this.</source>
        <translation>
            <numerusform>Supprimer le parcours «&#xa0;{name}&#xa0;» (%n carte)&#xa0;? Vous pourrez annuler.</numerusform>
            <numerusform>Supprimer le parcours «&#xa0;{name}&#xa0;» et ses&#xa0;%n cartes&#xa0;? Vous pourrez annuler.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LifecycleEditor</name>
    <message>
        <source>Journey stage</source>
        <translation>Étape du parcours</translation>
    </message>
    <message>
        <source>Lifecycle status</source>
        <translation>Statut du cycle de vie</translation>
    </message>
    <message>
        <source>&amp;Converted status:</source>
        <translation>Statut &amp;converti&#xa0;:</translation>
    </message>
    <message>
        <source>The status a lead reaches when it is converted (contact, opportunity)</source>
        <translation>Le statut qu&apos;atteint un lead quand il est converti (contact, opportunité)</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Aucun statut</translation>
    </message>
    <message>
        <source>Statuses in order: {statuses}</source>
        <translation>Statuts dans l&apos;ordre&#xa0;: {statuses}</translation>
    </message>
    <message>
        <source>No lifecycle status yet: give each stage the status it puts a contact in.</source>
        <translation>Aucun statut pour l&apos;instant&#xa0;: donnez à chaque étape le statut où elle place un contact.</translation>
    </message>
    <message>
        <source>None chosen</source>
        <translation>Aucun choisi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Cannot open the workshop</source>
        <translation>Impossible d&apos;ouvrir l&apos;atelier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>&amp;Ajuster à la fenêtre</translation>
    </message>
    <message>
        <source>Show the whole map</source>
        <translation>Afficher toute la carte</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom a&amp;vant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Link Cards</source>
        <translation>&amp;Relier des cartes</translation>
    </message>
    <message>
        <source>Drag from a card to another to draw an arrow (or Shift+drag)</source>
        <translation>Faites glisser d&apos;une carte à une autre pour tracer une flèche (ou Maj+glisser)</translation>
    </message>
    <message>
        <source>&amp;Emotion Lane</source>
        <translation>Couloir des &amp;émotions</translation>
    </message>
    <message>
        <source>&amp;CRM Lane</source>
        <translation>Couloir &amp;CRM</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Journey Studio</source>
        <translation>À &amp;propos de Journey Studio</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Journey:</source>
        <translation>Parcours&#xa0;:</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Target journey</source>
        <translation>Parcours cible</translation>
    </message>
    <message>
        <source>Current journey</source>
        <translation>Parcours actuel</translation>
    </message>
    <message>
        <source>{workshop} — {file} — Journey Studio</source>
        <translation>{workshop} — {file} — Journey Studio</translation>
    </message>
    <message>
        <source>Opening {file}…</source>
        <translation>Ouverture de «&#xa0;{file}&#xa0;»…</translation>
    </message>
    <message>
        <source>Open a workshop file (File › Open…).</source>
        <translation>Ouvrez un fichier d&apos;atelier (Fichier › Ouvrir…).</translation>
    </message>
    <message>
        <source>The file is open read-only.</source>
        <translation>Le fichier est ouvert en lecture seule.</translation>
    </message>
    <message>
        <source>Zoom {percent}%</source>
        <translation>Zoom {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>Open a workshop</source>
        <translation>Ouvrir un atelier</translation>
    </message>
    <message>
        <source>Journey Studio workshops (*{suffix})</source>
        <translation>Ateliers Journey Studio (*{suffix})</translation>
    </message>
    <message>
        <source>About Journey Studio</source>
        <translation>À propos de Journey Studio</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Journey Studio {version}&lt;/h3&gt;&lt;p&gt;Customer journey maps for CRM workshops: channels × stages, touchpoints rated delight, irritant or breaking point, personas and the CRM lifecycle.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Journey Studio {version}&lt;/h3&gt;&lt;p&gt;Cartes de parcours client pour les ateliers CRM&#xa0;: canaux × étapes, points de contact évalués en enchantement, irritant ou point de rupture, personas et cycle de vie CRM.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MapScene</name>
    <message>
        <source>Target journey</source>
        <translation>Parcours cible</translation>
    </message>
    <message>
        <source>Current journey</source>
        <translation>Parcours actuel</translation>
    </message>
</context>
<context>
    <name>NewCardSource</name>
    <message>
        <source>+ New Card</source>
        <translation>+ Nouvelle carte</translation>
    </message>
    <message>
        <source>Drag onto a cell of the map to write a new card there (or click to write one beside the selected card)</source>
        <translation>Faites glisser sur une case de la carte pour y écrire une nouvelle carte (ou cliquez pour en écrire une à côté de la carte sélectionnée)</translation>
    </message>
</context>
<context>
    <name>PersonasPanel</name>
    <message>
        <source>Personas</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>&amp;Filter the map:</source>
        <translation>&amp;Filtrer la carte&#xa0;:</translation>
    </message>
    <message>
        <source>Dim the cards the chosen persona is not linked to</source>
        <translation>Estomper les cartes auxquelles ce persona n&apos;est pas lié</translation>
    </message>
    <message>
        <source>Drag a persona onto a card to link it. Double-click to rename.</source>
        <translation>Faites glisser un persona sur une carte pour l&apos;y lier. Double-cliquez pour le renommer.</translation>
    </message>
    <message>
        <source>No persona yet. Work on two or three: decision maker, user, buyer…</source>
        <translation>Aucun persona pour l&apos;instant. Travaillez-en deux ou trois&#xa0;: décideur, utilisateur, acheteur…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Goals (one per line)</source>
        <translation>Objectifs (un par ligne)</translation>
    </message>
    <message>
        <source>Frustrations (one per line)</source>
        <translation>Frustrations (une par ligne)</translation>
    </message>
    <message>
        <source>Preferred channels</source>
        <translation>Canaux préférés</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Other attributes</source>
        <translation>Autres attributs</translation>
    </message>
    <message>
        <source>Attribute</source>
        <translation>Attribut</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Add attribute</source>
        <translation>Ajouter un attribut</translation>
    </message>
    <message>
        <source>Delete attribute</source>
        <translation>Supprimer l&apos;attribut</translation>
    </message>
    <message>
        <source>New persona</source>
        <translation>Nouveau persona</translation>
    </message>
    <message>
        <source>Delete persona</source>
        <translation>Supprimer le persona</translation>
    </message>
    <message numerus="yes">
        <source>Delete the persona “{name}”? It is linked to %n card(s); the links go with it. You can undo this.</source>
        <translation>
            <numerusform>Supprimer le persona «&#xa0;{name}&#xa0;»&#xa0;? Il est lié à&#xa0;%n carte&#xa0;; le lien part avec lui. Vous pourrez annuler.</numerusform>
            <numerusform>Supprimer le persona «&#xa0;{name}&#xa0;»&#xa0;? Il est lié à&#xa0;%n cartes&#xa0;; les liens partent avec lui. Vous pourrez annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>All personas</source>
        <translation>Tous les personas</translation>
    </message>
</context>
<context>
    <name>PhrasingHintItem</name>
    <message>
        <source>Say it as the customer would:</source>
        <translation>Formulé par le client&#xa0;:</translation>
    </message>
    <message>
        <source>Start it as the customer would:</source>
        <translation>Commencez comme le client&#xa0;:</translation>
    </message>
    <message>
        <source>Ctrl+Enter to use it</source>
        <translation>Ctrl+Entrée pour l&apos;utiliser</translation>
    </message>
</context>
<context>
    <name>PipelineStagesEditor</name>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Win %</source>
        <translation>% gain</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gagnée</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Stale after (days)</source>
        <translation>Inactive après (jours)</translation>
    </message>
    <message>
        <source>Journey stage</source>
        <translation>Étape du parcours</translation>
    </message>
    <message>
        <source>The stage&apos;s name in the CRM</source>
        <translation>Le nom de l&apos;étape dans le CRM</translation>
    </message>
    <message>
        <source>Win probability, from 0 to 100 %</source>
        <translation>Probabilité de gain, de 0 à 100&#xa0;%</translation>
    </message>
    <message>
        <source>A closed stage ends the deal: won, or lost when not won</source>
        <translation>Une étape fermée termine l&apos;affaire&#xa0;: gagnée, ou perdue si elle n&apos;est pas gagnée</translation>
    </message>
    <message>
        <source>The deal is won in this stage</source>
        <translation>L&apos;affaire est gagnée à cette étape</translation>
    </message>
    <message>
        <source>Forecast category</source>
        <translation>Catégorie de prévision</translation>
    </message>
    <message>
        <source>Alert when a deal stays longer than this in the stage</source>
        <translation>Alerte quand une affaire reste plus longtemps que cela dans l&apos;étape</translation>
    </message>
    <message>
        <source>The stage of the journey map this pipeline stage belongs to</source>
        <translation>L&apos;étape de la carte du parcours à laquelle appartient cette étape du pipeline</translation>
    </message>
    <message>
        <source>Add stage</source>
        <translation>Ajouter une étape</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Entry criteria (who moves a deal into this stage, when, on what basis)</source>
        <translation>Critères d&apos;entrée (qui fait passer une affaire à cette étape, quand, sur quelle base)</translation>
    </message>
    <message>
        <source>Exit criteria</source>
        <translation>Critères de sortie</translation>
    </message>
    <message>
        <source>CRM fields whose values signal this stage</source>
        <translation>Champs CRM dont la valeur signale cette étape</translation>
    </message>
    <message>
        <source>No CRM field yet: add them in the CRM fields panel.</source>
        <translation>Aucun champ CRM pour l&apos;instant&#xa0;: ajoutez-les dans le panneau Champs CRM.</translation>
    </message>
    <message>
        <source>No stage yet: add the steps a deal goes through, up to won and lost.</source>
        <translation>Aucune étape pour l&apos;instant&#xa0;: ajoutez les étapes que traverse une affaire, jusqu&apos;à gagnée et perdue.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Stage “{name}”</source>
        <translation>Étape «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>System language ({name})</source>
        <translation>Langue du système ({name})</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Panels and dialogs change language at once; the rest of the window at the next start.</source>
        <translation>Les panneaux et les boîtes de dialogue changent de langue tout de suite&#xa0;; le reste de la fenêtre au prochain démarrage.</translation>
    </message>
    <message>
        <source>Recent files:</source>
        <translation>Fichiers récents&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
</context>
<context>
    <name>ProblemsDialog</name>
    <message>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Workshop {date}</source>
        <translation>Atelier {date}</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Reopen a workshop</source>
        <translation>Rouvrir un atelier</translation>
    </message>
    <message>
        <source>Journey Studio stopped without closing these workshops. Every edit was saved as it was made. Reopen one? Those you leave stay in {folder}.</source>
        <translation>Journey Studio s&apos;est arrêté sans fermer ces ateliers. Chaque modification a été enregistrée au fil de l&apos;eau. En rouvrir un&#xa0;? Ceux que vous laissez restent dans {folder}.</translation>
    </message>
    <message>
        <source>{name} — last edited {when}</source>
        <translation>{name} — modifié le {when}</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Map</source>
        <translation>Carte</translation>
    </message>
    <message>
        <source>Writing on a card</source>
        <translation>Écriture sur une carte</translation>
    </message>
    <message>
        <source>Quick capture bar</source>
        <translation>Barre de saisie rapide</translation>
    </message>
    <message>
        <source>Find bar</source>
        <translation>Barre de recherche</translation>
    </message>
    <message>
        <source>Rate the selected cards: delight</source>
        <translation>Noter les cartes sélectionnées&#xa0;: enchantement</translation>
    </message>
    <message>
        <source>Rate the selected cards: irritant</source>
        <translation>Noter les cartes sélectionnées&#xa0;: irritant</translation>
    </message>
    <message>
        <source>Rate the selected cards: breaking point</source>
        <translation>Noter les cartes sélectionnées&#xa0;: point de rupture</translation>
    </message>
    <message>
        <source>Rate the selected cards: not rated</source>
        <translation>Noter les cartes sélectionnées&#xa0;: non évaluée</translation>
    </message>
    <message>
        <source>Mark or unmark the selected cards as moments of truth</source>
        <translation>Marquer ou démarquer comme moments de vérité</translation>
    </message>
    <message>
        <source>F2 or Enter</source>
        <translation>F2 ou Entrée</translation>
    </message>
    <message>
        <source>Edit the selected card&apos;s text</source>
        <translation>Modifier le texte de la carte sélectionnée</translation>
    </message>
    <message>
        <source>Delete or Backspace</source>
        <translation>Suppr ou Retour arrière</translation>
    </message>
    <message>
        <source>Delete the selected cards and arrows</source>
        <translation>Supprimer les cartes et flèches sélectionnées</translation>
    </message>
    <message>
        <source>Escape</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Clear the selection, or stop what the mouse is doing</source>
        <translation>Vider la sélection, ou arrêter ce que fait la souris</translation>
    </message>
    <message>
        <source>Double-click an empty cell</source>
        <translation>Double-clic sur une case vide</translation>
    </message>
    <message>
        <source>Write a new card there</source>
        <translation>Y écrire une nouvelle carte</translation>
    </message>
    <message>
        <source>Double-click a card, a header or an arrow</source>
        <translation>Double-clic sur une carte, un en-tête ou une flèche</translation>
    </message>
    <message>
        <source>Edit its text in place</source>
        <translation>Modifier son texte sur place</translation>
    </message>
    <message>
        <source>Drag “+ New Card” onto a cell</source>
        <translation>Glisser «&#xa0;+ Nouvelle carte&#xa0;» sur une case</translation>
    </message>
    <message>
        <source>Write a new card in that cell</source>
        <translation>Écrire une nouvelle carte dans cette case</translation>
    </message>
    <message>
        <source>Drag a card</source>
        <translation>Glisser une carte</translation>
    </message>
    <message>
        <source>Move it to another place or cell</source>
        <translation>La déplacer à une autre place ou dans une autre case</translation>
    </message>
    <message>
        <source>Shift+drag from a card</source>
        <translation>Maj+glisser depuis une carte</translation>
    </message>
    <message>
        <source>Draw an arrow to another card</source>
        <translation>Tracer une flèche vers une autre carte</translation>
    </message>
    <message>
        <source>Ctrl+click</source>
        <translation>Ctrl+clic</translation>
    </message>
    <message>
        <source>Add a card to the selection, or take it out</source>
        <translation>Ajouter une carte à la sélection, ou l&apos;en retirer</translation>
    </message>
    <message>
        <source>Drag on empty space</source>
        <translation>Glisser sur un espace vide</translation>
    </message>
    <message>
        <source>Select the cards inside a rectangle</source>
        <translation>Sélectionner les cartes dans un rectangle</translation>
    </message>
    <message>
        <source>Drag a stage or channel header</source>
        <translation>Glisser l&apos;en-tête d&apos;une étape ou d&apos;un canal</translation>
    </message>
    <message>
        <source>Reorder the stages or channels</source>
        <translation>Réordonner les étapes ou les canaux</translation>
    </message>
    <message>
        <source>Space+drag, or middle button drag</source>
        <translation>Espace+glisser, ou glisser avec le bouton du milieu</translation>
    </message>
    <message>
        <source>Pan the map</source>
        <translation>Faire défiler la carte</translation>
    </message>
    <message>
        <source>Ctrl+wheel, or pinch</source>
        <translation>Ctrl+molette, ou pincement</translation>
    </message>
    <message>
        <source>Zoom in or out around the pointer</source>
        <translation>Zoomer ou dézoomer autour du pointeur</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>Keep the text</source>
        <translation>Garder le texte</translation>
    </message>
    <message>
        <source>Shift+Enter</source>
        <translation>Maj+Entrée</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Entrée</translation>
    </message>
    <message>
        <source>Use the suggested “I do X” wording</source>
        <translation>Reprendre la formulation proposée «&#xa0;Je fais X&#xa0;»</translation>
    </message>
    <message>
        <source>Leave the text as it was</source>
        <translation>Laisser le texte tel qu&apos;il était</translation>
    </message>
    <message>
        <source>Add the card to its cell</source>
        <translation>Ajouter la carte dans sa case</translation>
    </message>
    <message>
        <source>Add the card as suggested (“I do X”)</source>
        <translation>Ajouter la carte telle que proposée («&#xa0;Je fais X&#xa0;»)</translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation>Alt+Gauche / Alt+Droite</translation>
    </message>
    <message>
        <source>Previous or next stage</source>
        <translation>Étape précédente ou suivante</translation>
    </message>
    <message>
        <source>Alt+Up / Alt+Down</source>
        <translation>Alt+Haut / Alt+Bas</translation>
    </message>
    <message>
        <source>Previous or next channel</source>
        <translation>Canal précédent ou suivant</translation>
    </message>
    <message>
        <source>Alt+1 … Alt+9</source>
        <translation>Alt+1 … Alt+9</translation>
    </message>
    <message>
        <source>The stage in that position</source>
        <translation>L&apos;étape à cette position</translation>
    </message>
    <message>
        <source>Enter / Shift+Enter</source>
        <translation>Entrée / Maj+Entrée</translation>
    </message>
    <message>
        <source>Next or previous match</source>
        <translation>Résultat suivant ou précédent</translation>
    </message>
    <message>
        <source>Close the find bar</source>
        <translation>Fermer la barre de recherche</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>StagesChannelsPanel</name>
    <message>
        <source>Stages and channels</source>
        <translation>Étapes et canaux</translation>
    </message>
    <message>
        <source>Stages (columns)</source>
        <translation>Étapes (colonnes)</translation>
    </message>
    <message>
        <source>Channels (rows)</source>
        <translation>Canaux (lignes)</translation>
    </message>
    <message>
        <source>Double-click a name to rename it.</source>
        <translation>Double-cliquez sur un nom pour le renommer.</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message numerus="yes">
        <source>Delete the stage “{name}” and its %n card(s), in every journey? You can undo this.</source>
        <translation>
            <numerusform>Supprimer l&apos;étape «&#xa0;{name}&#xa0;» et sa carte (tous parcours confondus)&#xa0;? Vous pourrez annuler.</numerusform>
            <numerusform>Supprimer l&apos;étape «&#xa0;{name}&#xa0;» et ses&#xa0;%n cartes (tous parcours confondus)&#xa0;? Vous pourrez annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the stage “{name}”? It holds no card.</source>
        <translation>Supprimer l&apos;étape «&#xa0;{name}&#xa0;»&#xa0;? Elle ne contient aucune carte.</translation>
    </message>
    <message>
        <source>Delete stage</source>
        <translation>Supprimer l&apos;étape</translation>
    </message>
    <message>
        <source>New channel</source>
        <translation>Nouveau canal</translation>
    </message>
    <message numerus="yes">
        <source>Delete the channel “{name}” and its %n card(s), in every journey? You can undo this.</source>
        <translation>
            <numerusform>Supprimer le canal «&#xa0;{name}&#xa0;» et sa carte (tous parcours confondus)&#xa0;? Vous pourrez annuler.</numerusform>
            <numerusform>Supprimer le canal «&#xa0;{name}&#xa0;» et ses&#xa0;%n cartes (tous parcours confondus)&#xa0;? Vous pourrez annuler.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the channel “{name}”? It holds no card.</source>
        <translation>Supprimer le canal «&#xa0;{name}&#xa0;»&#xa0;? Il ne contient aucune carte.</translation>
    </message>
    <message>
        <source>Delete channel</source>
        <translation>Supprimer le canal</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Not rated</source>
        <translation>Non évalué</translation>
    </message>
    <message>
        <source>Delight</source>
        <translation>Enchantement</translation>
    </message>
    <message>
        <source>Irritant</source>
        <translation>Irritant</translation>
    </message>
    <message>
        <source>Breaking point</source>
        <translation>Point de rupture</translation>
    </message>
    <message>
        <source>Very negative</source>
        <translation>Très négative</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négative</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positive</translation>
    </message>
    <message>
        <source>Very positive</source>
        <translation>Très positive</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Opportunity</source>
        <translation>Opportunité</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Custom object</source>
        <translation>Objet personnalisé</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Checkbox</source>
        <translation>Case à cocher</translation>
    </message>
    <message>
        <source>Picklist</source>
        <translation>Liste de choix</translation>
    </message>
    <message>
        <source>Multi-select picklist</source>
        <translation>Liste à choix multiples</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Current journey</source>
        <translation>Parcours actuel</translation>
    </message>
    <message>
        <source>Target journey</source>
        <translation>Parcours cible</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non définie</translation>
    </message>
    <message>
        <source>{feeling} ({value})</source>
        <translation>{feeling} ({value})</translation>
    </message>
    <message>
        <source>Omitted</source>
        <translation>Omis</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Best case</source>
        <translation>Meilleur cas</translation>
    </message>
    <message>
        <source>Most likely</source>
        <translation>Plus probable</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Validé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermé</translation>
    </message>
</context>
<context>
    <name>Workbench</name>
    <message>
        <source>&amp;New from Template</source>
        <translation>&amp;Nouveau à partir d&apos;un modèle</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Clear the List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Filter by &amp;Persona</source>
        <translation>Filtrer par &amp;persona</translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation>Pa&amp;nneaux</translation>
    </message>
    <message>
        <source>Quick capture bar</source>
        <translation>Barre de saisie rapide</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>No recent workshop</source>
        <translation>Aucun atelier récent</translation>
    </message>
    <message>
        <source>Open Recent</source>
        <translation>Ouvrir un fichier récent</translation>
    </message>
    <message>
        <source>“{name}” is no longer there.</source>
        <translation>«&#xa0;{name}&#xa0;» n&apos;est plus là.</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>&amp;All Personas</source>
        <translation>&amp;Tous les personas</translation>
    </message>
</context>
<context>
    <name>item</name>
    <message>
        <source>No card of this stage has an emotion yet.</source>
        <translation>Aucune carte de cette étape n&apos;a encore d&apos;émotion.</translation>
    </message>
    <message numerus="yes">
        <source>Mean emotion %1 over %n card(s)</source>
        <translation>
            <numerusform>Émotion moyenne&#xa0;%1 sur&#xa0;%n carte</numerusform>
            <numerusform>Émotion moyenne&#xa0;%1 sur&#xa0;%n cartes</numerusform>
        </translation>
    </message>
</context>
</TS>
