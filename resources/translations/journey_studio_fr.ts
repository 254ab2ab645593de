<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>CaptureBar</name>
        <message>
            <source>Quick capture</source>
            <translation>Saisie rapide</translation>
        </message>
        <message>
            <source>&amp;Capture:</source>
            <translation>&amp;Saisie :</translation>
        </message>
        <message>
            <source>Type a touchpoint, e.g. “I fill in the contact form”, then Enter</source>
            <translation>Tapez un point de contact, p. ex. « Je remplis le formulaire de contact », puis Entrée</translation>
        </message>
        <message>
            <source>Enter adds the card at the end of its cell. Alt+Left/Right: stage; Alt+Up/Down: channel; Alt+1…9: stage by number; Ctrl+Enter: add as suggested.</source>
            <translation>Entrée ajoute la carte à la fin de sa case. Alt+Gauche/Droite : étape ; Alt+Haut/Bas : canal ; Alt+1…9 : étape par son numéro ; Ctrl+Entrée : ajouter la formulation suggérée.</translation>
        </message>
        <message>
            <source>&amp;Stage:</source>
            <translation>É&amp;tape :</translation>
        </message>
        <message>
            <source>C&amp;hannel:</source>
            <translation>Ca&amp;nal :</translation>
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
            <source>Say it as the customer: &lt;a href='use'&gt;“{text}”&lt;/a&gt; (Ctrl+Enter)</source>
            <translation>Côté client : &lt;a href='use'&gt;« {text} »&lt;/a&gt; (Ctrl+Entrée)</translation>
        </message>
        <message>
            <source>Say it as the customer: start with “{start}”</source>
            <translation>Côté client : commencez par « {start} »</translation>
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
            <translation>&amp;Supprimer l'étape…</translation>
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
            <source>No CRM field yet: add those that capture the journey's signals.</source>
            <translation>Aucun champ CRM pour l'instant : ajoutez ceux qui captent les signaux du parcours.</translation>
        </message>
        <message>
            <source>Label</source>
            <translation>Libellé</translation>
        </message>
        <message>
            <source>API name</source>
            <translation>Nom d'API</translation>
        </message>
        <message>
            <source>CRM object</source>
            <translation>Objet CRM</translation>
        </message>
        <message>
            <source>Custom object name</source>
            <translation>Nom de l'objet personnalisé</translation>
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
                <numerusform>Supprimer le champ CRM « {label} » ? %n carte y est liée ; le lien part avec lui. Vous pourrez annuler.</numerusform>
                <numerusform>Supprimer le champ CRM « {label} » ? %n cartes y sont liées ; les liens partent avec lui. Vous pourrez annuler.</numerusform>
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
            <translation>Statut du cycle de vie : %1</translation>
        </message>
        <message>
            <source>%1 › %2: %3</source>
            <translation>%1 › %2 : %3</translation>
        </message>
        <message>
            <source>No lifecycle status or pipeline stage yet.</source>
            <translation>Pas encore de statut du cycle de vie ni d'étape de pipeline.</translation>
        </message>
    </context>
    <context>
        <name>Document</name>
        <message>
            <source>The workshop is closed.</source>
            <translation>L'atelier est fermé.</translation>
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
            <translation>Définir l'émotion</translation>
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
            <translation>Supprimer l'étape de pipeline</translation>
        </message>
        <message>
            <source>Reorder pipeline stages</source>
            <translation>Réordonner les étapes de pipeline</translation>
        </message>
        <message>
            <source>Edit pipeline stage</source>
            <translation>Modifier l'étape de pipeline</translation>
        </message>
        <message>
            <source>Add stage</source>
            <translation>Ajouter une étape</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Supprimer l'étape</translation>
        </message>
        <message>
            <source>Reorder stages</source>
            <translation>Réordonner les étapes</translation>
        </message>
        <message>
            <source>Edit stage</source>
            <translation>Modifier l'étape</translation>
        </message>
        <message>
            <source>Rename stage</source>
            <translation>Renommer l'étape</translation>
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
            <translation>Modifier les informations de l'atelier</translation>
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
            <translation>Supprimer l'action</translation>
        </message>
        <message>
            <source>Reorder actions</source>
            <translation>Réordonner les actions</translation>
        </message>
        <message>
            <source>Edit action</source>
            <translation>Modifier l'action</translation>
        </message>
        <message>
            <source>Take snapshot</source>
            <translation>Prendre un instantané</translation>
        </message>
        <message>
            <source>Delete snapshot</source>
            <translation>Supprimer l'instantané</translation>
        </message>
        <message>
            <source>Rename snapshot</source>
            <translation>Renommer l'instantané</translation>
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
            <translation>Rechercher :</translation>
        </message>
        <message>
            <source>No match</source>
            <translation>Aucun résultat</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1 sur %2</translation>
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
                <numerusform>Supprimer l'étape « %1 » et la carte qu'elle contient ? Vous pourrez annuler.</numerusform>
                <numerusform>Supprimer l'étape « %1 » et les %n cartes qu'elle contient ? Vous pourrez annuler.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the stage “%1”? It has no cards.</source>
            <translation>Supprimer l'étape « %1 » ? Elle ne contient aucune carte.</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Supprimer l'étape</translation>
        </message>
        <message numerus="yes">
            <source>Delete the channel “%1” and the %n card(s) on it? You can undo it.</source>
            <translation>
                <numerusform>Supprimer le canal « %1 » et la carte qu'il contient ? Vous pourrez annuler.</numerusform>
                <numerusform>Supprimer le canal « %1 » et les %n cartes qu'il contient ? Vous pourrez annuler.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the channel “%1”? It has no cards.</source>
            <translation>Supprimer le canal « %1 » ? Il ne contient aucune carte.</translation>
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
            <translation>Passage de relais : %1 → %2</translation>
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
            <translation>Entrée enregistre le texte ; Maj+Entrée passe à la ligne ; Échap annule.</translation>
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
            <translation>Pas d'émotion pour cette carte</translation>
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
            <translation>Aucun persona pour l'instant : ajoutez-les dans le panneau Personas.</translation>
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
            <translation>Aucun champ CRM pour l'instant : ajoutez-les dans le panneau Champs CRM.</translation>
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
            <translation>Carte en « {stage} » × « {channel} »</translation>
        </message>
        <message numerus="yes">
            <source>%n cards selected: rating, moment of truth and personas apply to all.</source>
            <translation>
                <numerusform>%n carte sélectionnée.</numerusform>
                <numerusform>%n cartes sélectionnées : l'évaluation, le moment de vérité et les personas s'appliquent à toutes.</numerusform>
            </translation>
        </message>
        <message>
            <source>Not written as the customer. Suggestion: “{text}”</source>
            <translation>Pas écrit du point de vue du client. Suggestion : « {text} »</translation>
        </message>
        <message>
            <source>Write it as the customer, starting with “{start}”.</source>
            <translation>Écrivez-le du point de vue du client, en commençant par « {start} ».</translation>
        </message>
    </context>
    <context>
        <name>JourneyStudio</name>
        <message>
            <source>Cannot open the workshop</source>
            <translation>Impossible d'ouvrir l'atelier</translation>
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
            <translation>Aucun parcours pour l'instant : ajoutez le parcours actuel.</translation>
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
                <numerusform>{kind}, %n carte</numerusform>
                <numerusform>{kind}, %n cartes</numerusform>
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
                <numerusform>Supprimer le parcours « {name} » (%n carte) ? Vous pourrez annuler.</numerusform>
                <numerusform>Supprimer le parcours « {name} » et ses %n cartes ? Vous pourrez annuler.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Cannot open the workshop</source>
            <translation>Impossible d'ouvrir l'atelier</translation>
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
            <translation>Faites glisser d'une carte à une autre pour tracer une flèche (ou Maj+glisser)</translation>
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
            <translation>Parcours :</translation>
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
            <source>Open a workshop file (File › Open…).</source>
            <translation>Ouvrez un fichier d'atelier (Fichier › Ouvrir…).</translation>
        </message>
        <message>
            <source>The file is open read-only.</source>
            <translation>Le fichier est ouvert en lecture seule.</translation>
        </message>
        <message>
            <source>Zoom {percent}%</source>
            <translation>Zoom {percent} %</translation>
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
            <translation>&lt;h3&gt;Journey Studio {version}&lt;/h3&gt;&lt;p&gt;Cartes de parcours client pour les ateliers CRM : canaux × étapes, points de contact évalués en enchantement, irritant ou point de rupture, personas et cycle de vie CRM.&lt;/p&gt;</translation>
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
        <name>PersonasPanel</name>
        <message>
            <source>Personas</source>
            <translation>Personas</translation>
        </message>
        <message>
            <source>&amp;Filter the map:</source>
            <translation>&amp;Filtrer la carte :</translation>
        </message>
        <message>
            <source>Dim the cards the chosen persona is not linked to</source>
            <translation>Estomper les cartes auxquelles ce persona n'est pas lié</translation>
        </message>
        <message>
            <source>Drag a persona onto a card to link it. Double-click to rename.</source>
            <translation>Faites glisser un persona sur une carte pour l'y lier. Double-cliquez pour le renommer.</translation>
        </message>
        <message>
            <source>No persona yet. Work on two or three: decision maker, user, buyer…</source>
            <translation>Aucun persona pour l'instant. Travaillez-en deux ou trois : décideur, utilisateur, acheteur…</translation>
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
            <translation>Supprimer l'attribut</translation>
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
                <numerusform>Supprimer le persona « {name} » ? Il est lié à %n carte ; le lien part avec lui. Vous pourrez annuler.</numerusform>
                <numerusform>Supprimer le persona « {name} » ? Il est lié à %n cartes ; les liens partent avec lui. Vous pourrez annuler.</numerusform>
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
            <translation>Formulé par le client :</translation>
        </message>
        <message>
            <source>Start it as the customer would:</source>
            <translation>Commencez comme le client :</translation>
        </message>
        <message>
            <source>Ctrl+Enter to use it</source>
            <translation>Ctrl+Entrée pour l'utiliser</translation>
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
            <translation>&amp;Langue :</translation>
        </message>
        <message>
            <source>Panels and dialogs change language at once; the rest of the window at the next start.</source>
            <translation>Les panneaux et les boîtes de dialogue changent de langue tout de suite ; le reste de la fenêtre au prochain démarrage.</translation>
        </message>
        <message>
            <source>Recent files:</source>
            <translation>Fichiers récents :</translation>
        </message>
        <message>
            <source>&amp;Clear the list</source>
            <translation>&amp;Vider la liste</translation>
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
            <translation>Journey Studio s'est arrêté sans fermer ces ateliers. Chaque modification a été enregistrée au fil de l'eau. En rouvrir un ? Ceux que vous laissez restent dans {folder}.</translation>
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
                <numerusform>Supprimer l'étape « {name} » et sa carte (tous parcours confondus) ? Vous pourrez annuler.</numerusform>
                <numerusform>Supprimer l'étape « {name} » et ses %n cartes (tous parcours confondus) ? Vous pourrez annuler.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the stage “{name}”? It holds no card.</source>
            <translation>Supprimer l'étape « {name} » ? Elle ne contient aucune carte.</translation>
        </message>
        <message>
            <source>Delete stage</source>
            <translation>Supprimer l'étape</translation>
        </message>
        <message>
            <source>New channel</source>
            <translation>Nouveau canal</translation>
        </message>
        <message numerus="yes">
            <source>Delete the channel “{name}” and its %n card(s), in every journey? You can undo this.</source>
            <translation>
                <numerusform>Supprimer le canal « {name} » et sa carte (tous parcours confondus) ? Vous pourrez annuler.</numerusform>
                <numerusform>Supprimer le canal « {name} » et ses %n cartes (tous parcours confondus) ? Vous pourrez annuler.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the channel “{name}”? It holds no card.</source>
            <translation>Supprimer le canal « {name} » ? Il ne contient aucune carte.</translation>
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
    </context>
    <context>
        <name>Workbench</name>
        <message>
            <source>&amp;New from Template</source>
            <translation>&amp;Nouveau à partir d'un modèle</translation>
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
            <translation>« {name} » n'est plus là.</translation>
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
            <translation>Aucune carte de cette étape n'a encore d'émotion.</translation>
        </message>
        <message numerus="yes">
            <source>Mean emotion %1 over %n card(s)</source>
            <translation>
                <numerusform>Émotion moyenne %1 sur %n carte</numerusform>
                <numerusform>Émotion moyenne %1 sur %n cartes</numerusform>
            </translation>
        </message>
    </context>
</TS>
