<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr">
<context>
    <name>BadgesView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="250" />
        <source>Badges to print</source>
        <translation>Badges à imprimer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="252" />
        <source>Everyone whose badge is not printed yet</source>
        <translation>Toutes les personnes dont le badge n’est pas encore imprimé</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="255" />
        <source>Everyone in the category</source>
        <translation>Toute la catégorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="259" />
        <source>These badge codes</source>
        <translation>Ces codes de badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="261" />
        <source>codes as printed on the badges, e.g. EDKR 2K9Y</source>
        <translation>codes tels qu’imprimés sur les badges, p. ex. EDKR 2K9Y</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="267" />
        <source>or a name: Enter finds the person</source>
        <translation>ou un nom : Entrée trouve la personne</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="269" />
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="281" />
        <source>&amp;Design…</source>
        <translation>&amp;Concevoir…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="282" />
        <source>Open this layout in the badge designer</source>
        <translation>Ouvrir cette mise en page dans le concepteur de badges</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="304" />
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="307" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="308" />
        <source>Save as P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="311" />
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="314" />
        <source>Open its &amp;folder</source>
        <translation>Ouvrir son &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="326" />
        <source>Reprint a lost or damaged badge (the old one stops working)</source>
        <translation>Réimprimer un badge perdu ou abîmé (l’ancien cesse d’être valable)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="328" />
        <source>badge code</source>
        <translation>code du badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="332" />
        <source>&amp;Reprint…</source>
        <translation>&amp;Réimprimer…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="341" />
        <source>Print the badge at check-in when it is not printed yet</source>
        <translation>Imprimer le badge à l’accueil s’il n’est pas encore imprimé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="432" />
        <source>%n badge(s) to print</source>
        <translation>
            <numerusform>%n badge à imprimer</numerusform>
            <numerusform>%n badges à imprimer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="434" />
        <source>(%n cancelled registration(s) left out)</source>
        <translation>
            <numerusform>(%n inscription annulée écartée)</numerusform>
            <numerusform>(%n inscriptions annulées écartées)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="450" />
        <source>Nothing was printed: the badge passphrase is needed.</source>
        <translation>Rien n’a été imprimé : la phrase secrète des badges est nécessaire.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="460" />
        <source>Nothing was printed: no printer was chosen.</source>
        <translation>Rien n’a été imprimé : aucune imprimante n’a été choisie.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="527" />
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="543" />
        <source>the badge passphrase has not been typed on this desk</source>
        <translation>la phrase secrète des badges n’a pas été saisie à ce poste</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="549" />
        <source>this computer has no printer set up</source>
        <translation>cet ordinateur n’a aucune imprimante configurée</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="589" />
        <source>The registration of %1 is cancelled: no badge is reprinted.</source>
        <translation>L’inscription de %1 est annulée : aucun badge n’est réimprimé.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="597" />
        <source>Not reprinted: the badge passphrase is needed. The badge of %1 still works.</source>
        <translation>Non réimprimé : la phrase secrète est nécessaire. Le badge de %1 reste valable.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="606" />
        <source>Not reprinted: the badge of %1 still works.</source>
        <translation>Non réimprimé : le badge de %1 reste valable.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="616" />
        <source>Not reprinted: no printer was chosen. The badge of %1 still works.</source>
        <translation>Non réimprimé : aucune imprimante n’a été choisie. Le badge de %1 reste valable.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="645" />
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="673" />
        <source>Nothing was printed: no badge matches the choice any more.</source>
        <translation>Rien n'a été imprimé : plus aucun badge ne correspond au choix.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="688" />
        <source>%n badge(s) printed</source>
        <translation>
            <numerusform>%n badge imprimé</numerusform>
            <numerusform>%n badges imprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="689" />
        <source>on %n page(s).</source>
        <translation>
            <numerusform>sur %n page.</numerusform>
            <numerusform>sur %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="692" />
        <source>%n of them had been reprinted meanwhile and no longer work.</source>
        <translation>
            <numerusform>%n d’entre eux avait été réimprimé entre-temps et n’est plus valable.</numerusform>
            <numerusform>%n d’entre eux avaient été réimprimés entre-temps et ne sont plus valables.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="697" />
        <source>Printing cancelled: no badge counts as printed.</source>
        <translation>Impression annulée : aucun badge n’est compté comme imprimé.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="700" />
        <source>The printer %1 did not take the job: no badge counts as printed.</source>
        <translation>L’imprimante %1 n’a pas accepté le travail : aucun badge n’est compté comme imprimé.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="701" />
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="774" />
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="704" />
        <source>Warnings: %1</source>
        <translation>Avertissements : %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="709" />
        <source>printing was cancelled</source>
        <translation>l’impression a été annulée</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="711" />
        <source>the printer %1 did not take the job</source>
        <translation>l’imprimante %1 n’a pas accepté le travail</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="720" />
        <source>Mark as printed?</source>
        <translation>Marquer comme imprimés ?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="722" />
        <source>%n badge(s) saved as a PDF. Will you print this file now? Only then should they count as printed.</source>
        <translation>
            <numerusform>%n badge enregistré en PDF. Allez-vous imprimer ce fichier maintenant ? Ce n’est qu’alors qu’il doit compter comme imprimé.</numerusform>
            <numerusform>%n badges enregistrés en PDF. Allez-vous imprimer ce fichier maintenant ? Ce n’est qu’alors qu’ils doivent compter comme imprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="730" />
        <source>%n badge(s) saved to %1.</source>
        <translation>
            <numerusform>%n badge enregistré dans %1.</numerusform>
            <numerusform>%n badges enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="739" />
        <source>%n now count as printed.</source>
        <translation>
            <numerusform>%n compte désormais comme imprimé.</numerusform>
            <numerusform>%n comptent désormais comme imprimés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="741" />
        <source>They do not count as printed.</source>
        <translation>Ils ne comptent pas comme imprimés.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="752" />
        <source>Badge of %1 reprinted (%2): the old badge no longer works.</source>
        <translation>Badge de %1 réimprimé (%2) : l’ancien badge n’est plus valable.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="761" />
        <source>The badge of %1 was reprinted just now at %2 (%3): nothing was changed here.</source>
        <translation>Le badge de %1 vient d’être réimprimé à %2 (%3) : rien n’a été modifié ici.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="764" />
        <source>another desk</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="769" />
        <source>Printing cancelled: the badge of %1 was not reprinted and still works.</source>
        <translation>Impression annulée : le badge de %1 n’a pas été réimprimé et reste valable.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="773" />
        <source>The printer %1 did not take the new badge: the badge of %2 still works.</source>
        <translation>L’imprimante %1 n’a pas accepté le nouveau badge : le badge de %2 reste valable.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="785" />
        <source>Cancelled: nothing was printed.</source>
        <translation>Annulé : rien n’a été imprimé.</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="262" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="262" />
        <source>New category</source>
        <translation>Nouvelle catégorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="268" />
        <source>Check an identity document at check-in</source>
        <translation>Vérifier une pièce d’identité à l’accueil</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="272" />
        <source>as the label</source>
        <translation>comme le libellé</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="274" />
        <source>Code *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="275" />
        <source>Label *</source>
        <translation>Libellé *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="276" />
        <source>Badge colour</source>
        <translation>Couleur du badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="278" />
        <source>Label on badges</source>
        <translation>Libellé sur les badges</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="143" />
        <source>Type any part of a name, or scan a badge</source>
        <translation>Tapez une partie d’un nom ou scannez un badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="172" />
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="196" />
        <source>New &amp;walk-in…</source>
        <translation>Nouvelle inscription sur &amp;place…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="191" />
        <source>&amp;Undo last check-in</source>
        <translation>&amp;Annuler le dernier enregistrement</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="230" />
        <source>That is longer than any name: type fewer words.</source>
        <translation>C’est plus long que n’importe quel nom : tapez moins de mots.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="233" />
        <source>No one found: Ctrl+N registers a walk-in.</source>
        <translation>Personne trouvé : Ctrl+N inscrit une personne sur place.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="235" />
        <source>No one found.</source>
        <translation>Personne trouvé.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="240" />
        <source>More matches: keep typing to narrow them down.</source>
        <translation>D’autres résultats : continuez à taper pour affiner.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="426" />
        <source>Undo check-in</source>
        <translation>Annuler l’enregistrement</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="427" />
        <source>Undo the last check-in made at this desk?</source>
        <translation>Annuler le dernier enregistrement fait à ce poste ?</translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message>
        <location filename="../../meetingdesk/qt/views/counts_panel.py" line="136" />
        <source>Arrivals today</source>
        <translation>Arrivées du jour</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/counts_panel.py" line="144" />
        <source>Checked in: %1 of %2</source>
        <translation>Arrivés : %1 sur %2</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="63" />
        <source>Walk-in registration</source>
        <translation>Inscription sur place</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="63" />
        <source>Edit delegate</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="70" />
        <source>given and family name</source>
        <translation>prénom et nom</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="77" />
        <source>type to choose the delegation</source>
        <translation>tapez pour choisir la délégation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="78" />
        <source>type to choose the category</source>
        <translation>tapez pour choisir la catégorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="90" />
        <source>Head of delegation</source>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="103" />
        <source>Honorific</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="104" />
        <source>Given name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="105" />
        <source>Family name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="106" />
        <source>Name on the badge</source>
        <translation>Nom sur le badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="107" />
        <source>Name in native script</source>
        <translation>Nom dans son écriture</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="108" />
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="109" />
        <source>Delegation *</source>
        <translation>Délégation *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="110" />
        <source>Category *</source>
        <translation>Catégorie *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="112" />
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="113" />
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="114" />
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="123" />
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="237" />
        <source>Register and check in</source>
        <translation>Inscrire et enregistrer l’arrivée</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="126" />
        <source>Check in the registered person</source>
        <translation>Enregistrer l’arrivée de la personne inscrite</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="242" />
        <source>Already registered with this name: %1. If it is the same person, check that registration in.</source>
        <translation>Déjà inscrit sous ce nom : %1. S’il s’agit de la même personne, enregistrez l’arrivée de cette inscription.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="254" />
        <source>Check in %1 (%2)</source>
        <translation>Enregistrer l’arrivée de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="262" />
        <source>Register a new person</source>
        <translation>Inscrire une nouvelle personne</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="295" />
        <source>Choose the delegation.</source>
        <translation>Choisissez la délégation.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="296" />
        <source>Choose the category.</source>
        <translation>Choisissez la catégorie.</translation>
    </message>
</context>
<context>
    <name>DelegatesModel</name>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="51" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="52" />
        <source>Native script</source>
        <translation>Écriture d’origine</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="53" />
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="54" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="55" />
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="56" />
        <source>Registration</source>
        <translation>Inscription</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="57" />
        <source>Arrived</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="58" />
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="59" />
        <source>Badge code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="202" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="204" />
        <source>registered</source>
        <translation>inscrit</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="206" />
        <source>printed</source>
        <translation>imprimé</translation>
    </message>
</context>
<context>
    <name>DelegatesView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="90" />
        <source>Registered and cancelled</source>
        <translation>Inscrits et annulés</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="91" />
        <source>Registered</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="92" />
        <source>Cancelled</source>
        <translation>Annulés</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="95" />
        <source>Not yet arrived</source>
        <translation>Pas encore arrivés</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="100" />
        <source>Find: any part of a name, in any script, or a code</source>
        <translation>Rechercher : une partie d’un nom, dans toute écriture, ou un code</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="105" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="176" />
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="181" />
        <source>All delegations</source>
        <translation>Toutes les délégations</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="220" />
        <source>%1 of %2 shown</source>
        <translation>%1 sur %2 affichés</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="331" />
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="363" />
        <source>Reprint the badge?</source>
        <translation>Réimprimer le badge ?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="365" />
        <source>The badge of %1 was printed with the old name. Reprint it now (reason: name corrected)? The old badge then stops working.</source>
        <translation>Le badge de %1 a été imprimé avec l’ancien nom. Le réimprimer maintenant (motif : nom corrigé) ? L’ancien badge cessera alors d’être valable.</translation>
    </message>
</context>
<context>
    <name>DelegationForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="301" />
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="301" />
        <source>New delegation</source>
        <translation>Nouvelle délégation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="308" />
        <source>as the name</source>
        <translation>comme le nom</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="311" />
        <source>Name *</source>
        <translation>Nom *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="312" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="313" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="314" />
        <source>English protocol name</source>
        <translation>Nom protocolaire en anglais</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="315" />
        <source>French protocol name</source>
        <translation>Nom protocolaire en français</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="124" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="125" />
        <source>Name in native script</source>
        <translation>Nom dans l’écriture d’origine</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="126" />
        <source>Text from a field</source>
        <translation>Texte d’un champ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="127" />
        <source>Fixed text</source>
        <translation>Texte fixe</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="128" />
        <location filename="../../meetingdesk/qt/views/designer.py" line="155" />
        <source>QR code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="129" />
        <location filename="../../meetingdesk/qt/views/designer.py" line="156" />
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="130" />
        <source>Category colour band</source>
        <translation>Bande de couleur de la catégorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="131" />
        <source>Image…</source>
        <translation>Image…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="132" />
        <location filename="../../meetingdesk/qt/views/designer.py" line="158" />
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="138" />
        <source>Sample: longest name</source>
        <translation>Exemple : nom le plus long</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="139" />
        <source>Sample: Arabic name</source>
        <translation>Exemple : nom arabe</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="140" />
        <source>Sample: Cyrillic name</source>
        <translation>Exemple : nom cyrillique</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="143" />
        <source>Sample: no photo</source>
        <translation>Exemple : sans photo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="157" />
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="177" />
        <source>Move or resize</source>
        <translation>Déplacer ou redimensionner</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="202" />
        <source>Change a property</source>
        <translation>Modifier une propriété</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="231" />
        <source>Add an element</source>
        <translation>Ajouter un élément</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="245" />
        <source>Delete an element</source>
        <translation>Supprimer un élément</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="596" />
        <source>Drag onto the badge, or double-click or press Enter to add.</source>
        <translation>Faites-le glisser sur le badge, ou double-clic ou Entrée pour ajouter.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="608" />
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="614" />
        <source>On the badge</source>
        <translation>Sur le badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="622" />
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="625" />
        <source>Layout</source>
        <translation>Mise en page</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="628" />
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="630" />
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="637" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="640" />
        <source>Save &amp;as…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="643" />
        <source>&amp;Delete element</source>
        <translation>&amp;Supprimer l’élément</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="645" />
        <source>Background &amp;artwork…</source>
        <translation>&amp;Fond graphique…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="647" />
        <source>&amp;No artwork</source>
        <translation>&amp;Aucun fond</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="662" />
        <source>Preview:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="669" />
        <source>or a delegate: type a name, Enter</source>
        <translation>ou un délégué : tapez un nom, Entrée</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="701" />
        <source>Layout title</source>
        <translation>Titre de la mise en page</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="706" />
        <source>Safe margin</source>
        <translation>Marge de sécurité</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="715" />
        <source>Badge (mm)</source>
        <translation>Badge (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="717" />
        <source>Element</source>
        <translation>Élément</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="731" />
        <source>Regular</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="732" />
        <source>Bold</source>
        <translation>Gras</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="744" />
        <source>Left</source>
        <translation>Gauche</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="745" />
        <source>Centre</source>
        <translation>Centre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="746" />
        <source>Right</source>
        <translation>Droite</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="754" />
        <source>Top</source>
        <translation>Haut</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="755" />
        <source>Middle</source>
        <translation>Milieu</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="756" />
        <source>Bottom</source>
        <translation>Bas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="763" />
        <source>#RRGGBB, e.g. #1565C0</source>
        <translation>#RRGGBB, p. ex. #1565C0</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="765" />
        <source>Capital letters</source>
        <translation>Majuscules</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="769" />
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="770" />
        <source>Only with a photo</source>
        <translation>Seulement avec une photo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="771" />
        <source>Only without a photo</source>
        <translation>Seulement sans photo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="772" />
        <source>Only for heads of delegation</source>
        <translation>Seulement pour les chefs de délégation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="773" />
        <source>Only on reprints</source>
        <translation>Seulement sur les réimpressions</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="793" />
        <source>Shows</source>
        <translation>Affiche</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="794" />
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="795" />
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="796" />
        <source>Font</source>
        <translation>Police</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="797" />
        <source>Size (pt)</source>
        <translation>Taille (pt)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="798" />
        <source>Smallest size (pt)</source>
        <translation>Taille minimale (pt)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="799" />
        <source>Lines at most</source>
        <translation>Lignes au plus</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="800" />
        <source>Alignment</source>
        <translation>Alignement</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="801" />
        <source>Vertical alignment</source>
        <translation>Alignement vertical</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="802" />
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="804" />
        <source>Printed</source>
        <translation>Imprimé</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="805" />
        <source>For the categories</source>
        <translation>Pour les catégories</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="806" />
        <source>Left (mm)</source>
        <translation>Gauche (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="807" />
        <source>Top (mm)</source>
        <translation>Haut (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="808" />
        <source>Width (mm)</source>
        <translation>Largeur (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="809" />
        <source>Height (mm)</source>
        <translation>Hauteur (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="815" />
        <source>Properties</source>
        <translation>Propriétés</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="896" />
        <source>Preview: %1</source>
        <translation>Aperçu : %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="957" />
        <source>This layout cannot be printed as it is: %1</source>
        <translation>Cette mise en page ne peut pas être imprimée telle quelle : %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="960" />
        <source>No problems found.</source>
        <translation>Aucun problème trouvé.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="967" />
        <source>reaches outside the badge</source>
        <translation>dépasse du badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="971" />
        <source>reaches into the %1 mm at the edge that the printer cannot print</source>
        <translation>empiète sur les %1 mm du bord que l’imprimante ne peut pas imprimer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="974" />
        <source>a scanner cannot read this code: make it larger or uncover it</source>
        <translation>un scanner ne peut pas lire ce code : agrandissez-le ou dégagez-le</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="976" />
        <source>no picture chosen</source>
        <translation>aucune image choisie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="979" />
        <source>prints over “%1”</source>
        <translation>s’imprime sur « %1 »</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/designer.py" line="982" />
        <source>shrinks below its smallest size for %n value(s) of the event, such as “%1”</source>
        <translation>
            <numerusform>passe sous sa taille minimale pour %n valeur de l’événement, comme « %1 »</numerusform>
            <numerusform>passe sous sa taille minimale pour %n valeurs de l’événement, comme « %1 »</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1072" />
        <source>Choose a picture</source>
        <translation>Choisir une image</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1072" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1085" />
        <source>A layout keeps at least one element.</source>
        <translation>Une mise en page garde au moins un élément.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1144" />
        <source>A colour is written #RRGGBB, e.g. #1565C0.</source>
        <translation>Une couleur s’écrit #RRGGBB, p. ex. #1565C0.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1162" />
        <source>An element shown to no category would never print.</source>
        <translation>Un élément sans aucune catégorie ne serait jamais imprimé.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1192" />
        <source>Badge size</source>
        <translation>Taille du badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1208" />
        <source>larger than 10 MB</source>
        <translation>plus de 10 Mo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1212" />
        <source>not a picture</source>
        <translation>pas une image</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1218" />
        <source>not a PDF, PNG or JPEG file that can be read</source>
        <translation>pas un fichier PDF, PNG ou JPEG lisible</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1225" />
        <source>Cannot use this file</source>
        <translation>Impossible d’utiliser ce fichier</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1226" />
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1230" />
        <source>Background artwork</source>
        <translation>Fond graphique</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1230" />
        <source>Artwork (*.pdf *.png)</source>
        <translation>Graphisme (*.pdf *.png)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1234" />
        <source>artwork is a PDF or a PNG file</source>
        <translation>le fond est un fichier PDF ou PNG</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1291" />
        <source>Choose an element on the badge</source>
        <translation>Choisissez un élément du badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1340" />
        <source>Badge layout: %1%2 — meetingdesk</source>
        <translation>Mise en page du badge : %1%2 — meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1365" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1382" />
        <source>Saved as %1: the Badges tab and “meetingdesk badges --layout %1” print it.</source>
        <translation>Enregistrée sous %1 : l’onglet Badges et « meetingdesk badges --layout %1 » l’impriment.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1392" />
        <source>Not saved: %1</source>
        <translation>Non enregistrée : %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1402" />
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1403" />
        <source>Save the changes to this layout before closing?</source>
        <translation>Enregistrer les modifications de cette mise en page avant de fermer ?</translation>
    </message>
</context>
<context>
    <name>DeskIdentityDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="73" />
        <source>Who is at this desk?</source>
        <translation>Qui tient ce poste ?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="77" />
        <source>Desk name</source>
        <translation>Nom du poste</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="78" />
        <source>Operator</source>
        <translation>Opérateur</translation>
    </message>
</context>
<context>
    <name>DoorView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="82" />
        <source>Scan the badge, or type a name</source>
        <translation>Scannez le badge ou tapez un nom</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="128" />
        <source>&amp;Remove…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="206" />
        <source>No sessions</source>
        <translation>Aucune séance</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="214" />
        <source>In the room: %1</source>
        <translation>Dans la salle : %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="277" />
        <source>%1 starts on %2 at %3: it is not its time yet.</source>
        <translation>%1 commence le %2 à %3 : ce n’est pas encore l’heure.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="279" />
        <source>%1 ended on %2 at %4.</source>
        <translation>%1 s’est terminée le %2 à %4.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="289" />
        <source>Not this session's time</source>
        <translation>Ce n’est pas l’heure de cette séance</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="290" />
        <source>Record the attendance anyway?</source>
        <translation>Enregistrer la présence quand même ?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="318" />
        <source>Admitted</source>
        <translation>Admis</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="319" />
        <source>Already in</source>
        <translation>Déjà entré</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="320" />
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="324" />
        <source>Refused: registration cancelled</source>
        <translation>Refusé : inscription annulée</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="325" />
        <source>Refused: badge revoked</source>
        <translation>Refusé : badge révoqué</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="326" />
        <source>Refused: not checked in at the desk</source>
        <translation>Refusé : arrivée non enregistrée à l’accueil</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="327" />
        <source>Refused: code not valid</source>
        <translation>Refusé : code non valable</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="345" />
        <source>Remove from the session</source>
        <translation>Retirer de la séance</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="346" />
        <source>Why is %1 removed?</source>
        <translation>Pourquoi retirer %1 ?</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="88" />
        <source>Session doors admit only delegates checked in at the desk</source>
        <translation>Les portes des séances n’admettent que les participants enregistrés à l’accueil</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="102" />
        <source>{generation} becomes the number of the reprint</source>
        <translation>{generation} devient le numéro de la réimpression</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="110" />
        <source>Title *</source>
        <translation>Titre *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="111" />
        <source>Venue *</source>
        <translation>Lieu *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="112" />
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="113" />
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="114" />
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="115" />
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="116" />
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="118" />
        <source>Language of badges</source>
        <translation>Langue des badges</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="119" />
        <source>Head of delegation, on badges</source>
        <translation>Chef de délégation, sur les badges</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="120" />
        <source>Reprint mark, on badges</source>
        <translation>Mention de réimpression, sur les badges</translation>
    </message>
</context>
<context>
    <name>EventSetupDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="447" />
        <source>Event set-up</source>
        <translation>Préparation de l’événement</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="457" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="481" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="482" />
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="483" />
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="484" />
        <source>ID check</source>
        <translation>Contrôle d’identité</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="485" />
        <source>Label on badges</source>
        <translation>Libellé sur les badges</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="491" />
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="500" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="501" />
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="502" />
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="503" />
        <source>English protocol name</source>
        <translation>Nom protocolaire en anglais</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="504" />
        <source>French protocol name</source>
        <translation>Nom protocolaire en français</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="517" />
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="518" />
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="519" />
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="524" />
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="526" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="565" />
        <source>%n attendance(s) recorded in this session: it cannot be removed.</source>
        <translation>
            <numerusform>%n présence enregistrée dans cette séance : elle ne peut pas être supprimée.</numerusform>
            <numerusform>%n présences enregistrées dans cette séance : elle ne peut pas être supprimée.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="591" />
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="601" />
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="46" />
        <source>Attendance per session</source>
        <translation>Présence par séance</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="47" />
        <source>List of participants</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="48" />
        <source>Check-ins, undos, reprints and refused scans</source>
        <translation>Arrivées, annulations, réimpressions et lectures refusées</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="51" />
        <source>Statistics</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="52" />
        <source>Paper check-in lists and sign-in sheets</source>
        <translation>Listes d’accueil et feuilles d’émargement papier</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="60" />
        <source>Export to</source>
        <translation>Exporter vers</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="81" />
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="119" />
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="93" />
        <source>Excel workbook (XLSX)</source>
        <translation>Classeur Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="94" />
        <source>CSV (one table)</source>
        <translation>CSV (un tableau)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="95" />
        <source>PDF, ready to print</source>
        <translation>PDF, prêt à imprimer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="100" />
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="101" />
        <source>semicolon (Excel in Spanish, French, German…)</source>
        <translation>point-virgule (Excel en espagnol, français, allemand…)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="102" />
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="106" />
        <source>English names</source>
        <translation>noms anglais</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="107" />
        <source>French names</source>
        <translation>noms français</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="113" />
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="120" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="121" />
        <source>CSV separator</source>
        <translation>Séparateur CSV</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="123" />
        <source>Protocol order by</source>
        <translation>Ordre protocolaire selon</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="125" />
        <source>Save to</source>
        <translation>Enregistrer dans</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="131" />
        <source>Open its &amp;folder</source>
        <translation>Ouvrir son &amp;dossier</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="133" />
        <source>E&amp;xport</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="135" />
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="195" />
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="205" />
        <source>%1 written to %2.</source>
        <translation>%1 écrit dans %2.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="62" />
        <source>Which list?</source>
        <translation>Quelle liste ?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="63" />
        <source>A CSV or Excel file, as the delegation sent it.</source>
        <translation>Un fichier CSV ou Excel, tel que la délégation l’a envoyé.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="65" />
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="86" />
        <source>Delegate list</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="88" />
        <source>Lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Listes (*.csv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="104" />
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="118" />
        <source>%1: %2 rows.</source>
        <translation>%1 : %2 lignes.</translation>
    </message>
</context>
<context>
    <name>IdCheckDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="54" />
        <source>Identity document</source>
        <translation>Pièce d’identité</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="56" />
        <source>Check the identity document of %1.</source>
        <translation>Vérifiez la pièce d’identité de %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="64" />
        <source>e.g. 4567</source>
        <translation>p. ex. 4567</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="65" />
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="66" />
        <source>Its last four letters or digits</source>
        <translation>Ses quatre derniers caractères</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="316" />
        <source>Importing</source>
        <translation>Importation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="333" />
        <source>Writing, all in one go…</source>
        <translation>Écriture, en une seule fois…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="347" />
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 lines skipped.</source>
        <translation>Importé : %1 ajoutés, %2 mis à jour, %3 inchangés, %4 lignes ignorées.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="358" />
        <source>Nothing was imported: %1</source>
        <translation>Rien n’a été importé : %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="373" />
        <source>Import a delegate list</source>
        <translation>Importer une liste de participants</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="85" />
        <source>&amp;Check-in</source>
        <translation>&amp;Accueil</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="87" />
        <source>&amp;Delegates</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="89" />
        <source>&amp;Attendance</source>
        <translation>P&amp;résence</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="90" />
        <location filename="../../meetingdesk/qt/views/main_window.py" line="143" />
        <source>&amp;Badges</source>
        <translation>&amp;Badges</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="120" />
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="122" />
        <source>&amp;Import delegates…</source>
        <translation>&amp;Importer des participants…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="126" />
        <source>Event &amp;set-up…</source>
        <translation>&amp;Préparation de l’événement…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="130" />
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="134" />
        <source>&amp;Back up the database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="137" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="140" />
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="144" />
        <source>&amp;Design layout…</source>
        <translation>&amp;Concevoir la mise en page…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="146" />
        <source>&amp;View</source>
        <translation>A&amp;ffichage</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="147" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="150" />
        <source>&amp;High contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="156" />
        <source>&amp;Sounds</source>
        <translation>&amp;Sons</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="157" />
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="158" />
        <source>As the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="166" />
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="168" />
        <source>Desk: %1 · Operator: %2</source>
        <translation>Poste : %1 · Opérateur : %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="187" />
        <source>No sessions today</source>
        <translation>Aucune séance aujourd’hui</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="190" />
        <source>%1 — meetingdesk</source>
        <translation>%1 — meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="209" />
        <source>Sound on each &amp;outcome</source>
        <translation>Un son à chaque &amp;résultat</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="217" />
        <source>&amp;Quiet</source>
        <translation>&amp;Faible</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="217" />
        <source>&amp;Medium</source>
        <translation>&amp;Moyen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="217" />
        <source>&amp;Loud</source>
        <translation>&amp;Fort</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="140" />
        <source>Which column is what?</source>
        <translation>Quelle colonne contient quoi ?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="141" />
        <source>Recognised headers are chosen already; choose the rest.</source>
        <translation>Les en-têtes reconnus sont déjà attribués ; attribuez les autres.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="144" />
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="144" />
        <source>First values</source>
        <translation>Premières valeurs</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="144" />
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="152" />
        <source>An empty cell clears what is stored (otherwise the stored value is kept)</source>
        <translation>Une cellule vide efface la valeur enregistrée (sinon elle est conservée)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="157" />
        <source>Delegation of rows that name none</source>
        <translation>Délégation des lignes qui n’en indiquent aucune</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="158" />
        <source>Category of rows that name none</source>
        <translation>Catégorie des lignes qui n’en indiquent aucune</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="175" />
        <source>— ignore —</source>
        <translation>— ignorer —</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="181" />
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="185" />
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../meetingdesk/qt/views/message_bar.py" line="22" />
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="100" />
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="108" />
        <source>Fill in the usual OSCE categories and the delegations of the 57 participating States and 11 Partners for Co-operation</source>
        <translation>Ajouter les catégories habituelles de l’OSCE et les délégations des 57 États participants et des 11 Partenaires pour la coopération</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="121" />
        <source>Badges are signed with a key that only this passphrase opens. Type it on the computers that print badges; desks that only check people in never need it. Keep it safe: nobody can print a badge without it.</source>
        <translation>Les badges sont signés avec une clé que seule cette phrase secrète ouvre. Saisissez-la sur les ordinateurs qui impriment les badges ; les postes qui ne font qu’enregistrer les arrivées n’en ont jamais besoin. Conservez-la en lieu sûr : personne ne peut imprimer de badge sans elle.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="133" />
        <source>Badge passphrase</source>
        <translation>Phrase secrète des badges</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="134" />
        <source>The same again</source>
        <translation>Répétez-la</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="137" />
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="142" />
        <source>Database file</source>
        <translation>Fichier de la base de données</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="144" />
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="148" />
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="163" />
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="168" />
        <source>The badge passphrase needs at least %1 characters.</source>
        <translation>La phrase secrète doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="179" />
        <source>%1 exists already: choose another file, or open it.</source>
        <translation>%1 existe déjà : choisissez un autre fichier ou ouvrez-le.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="186" />
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="98" />
        <source>&amp;Retry</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="112" />
        <source>The badge of %1 was not printed: %2.</source>
        <translation>Le badge de %1 n’a pas été imprimé : %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="124" />
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="125" />
        <source>Type a name or scan a badge.</source>
        <translation>Tapez un nom ou scannez un badge.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="134" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="230" />
        <source>Registration cancelled</source>
        <translation>Inscription annulée</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="136" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="226" />
        <source>Already checked in</source>
        <translation>Déjà arrivé</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="138" />
        <source>Enter checks in</source>
        <translation>Entrée enregistre l’arrivée</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="152" />
        <source>Choose who it is</source>
        <translation>Choisissez de qui il s’agit</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="154" />
        <source>%1 people match exactly: choose with Up or Down, then press Enter.</source>
        <translation>%1 personnes correspondent exactement : choisissez avec Haut ou Bas, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="215" />
        <source>Head of Delegation</source>
        <translation>Chef de délégation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="220" />
        <source>Check-in undone</source>
        <translation>Enregistrement annulé</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="220" />
        <source>Nothing to undo</source>
        <translation>Rien à annuler</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="222" />
        <source>Checked in (offline)</source>
        <translation>Arrivée enregistrée (hors ligne)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="224" />
        <source>Checked in</source>
        <translation>Arrivée enregistrée</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="228" />
        <source>Not found</source>
        <translation>Introuvable</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="231" />
        <source>Badge revoked</source>
        <translation>Badge révoqué</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="232" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="233" />
        <source>Code not valid</source>
        <translation>Code non valable</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="234" />
        <source>Not checked in</source>
        <translation>Arrivée non enregistrée</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="235" />
        <source>Check identity document</source>
        <translation>Vérifier la pièce d’identité</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="236" />
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="25" />
        <source>Badge passphrase</source>
        <translation>Phrase secrète des badges</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="31" />
        <source>Printing badges needs the event's passphrase, which the organisers chose. It stays unlocked on this computer until meetingdesk closes.</source>
        <translation>L’impression des badges demande la phrase secrète de l’événement, choisie par les organisateurs. Elle reste déverrouillée sur cet ordinateur jusqu’à la fermeture de meetingdesk.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="39" />
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="54" />
        <source>That is not the passphrase of this event's badges.</source>
        <translation>Ce n’est pas la phrase secrète des badges de cet événement.</translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <location filename="../../meetingdesk/qt/views/person_finder.py" line="51" />
        <source>No one found.</source>
        <translation>Personne trouvé.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/person_finder.py" line="62" />
        <source>More matches: keep typing to narrow them down.</source>
        <translation>D’autres résultats : continuez à taper pour affiner.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="210" />
        <source>What will change</source>
        <translation>Ce qui va changer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="218" />
        <source>Import the other rows and skip the ones with problems</source>
        <translation>Importer les autres lignes et ignorer celles qui posent problème</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="235" />
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="276" />
        <source>(cleared)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="287" />
        <source>Problems</source>
        <translation>Problèmes</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="288" />
        <source>To add</source>
        <translation>À ajouter</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="289" />
        <source>To update</source>
        <translation>À mettre à jour</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="290" />
        <source>Not on the list (kept)</source>
        <translation>Absents de la liste (conservés)</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="156" />
        <source>Reprint a badge</source>
        <translation>Réimprimer un badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="171" />
        <source>Badge code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="173" />
        <source>Badge now in use</source>
        <translation>Badge en service</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="174" />
        <source>generation %1</source>
        <translation>génération %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="178" />
        <source>Last reprint</source>
        <translation>Dernière réimpression</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="180" />
        <source>%1 at %2 (%3)</source>
        <translation>%1 à %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="182" />
        <source>another desk</source>
        <translation>un autre poste</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="191" />
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="194" />
        <source>The badge now in use stops working at every desk once the new one has gone to the printer.</source>
        <translation>Le badge en service cesse d’être valable à tous les postes dès que le nouveau est parti à l’imprimante.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="201" />
        <source>&amp;Reprint</source>
        <translation>&amp;Réimprimer</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="475" />
        <source>Save layout as</source>
        <translation>Enregistrer la mise en page sous</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="479" />
        <source>small letters, digits and hyphens</source>
        <translation>minuscules, chiffres et tirets</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="486" />
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="487" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="505" />
        <source>Give the layout a title.</source>
        <translation>Donnez un titre à la mise en page.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="509" />
        <source>The name takes small letters, digits and hyphens, first a letter or digit.</source>
        <translation>Le nom prend des minuscules, des chiffres et des tirets, d’abord une lettre ou un chiffre.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="514" />
        <source>There is a layout called %1 already.</source>
        <translation>Il existe déjà une mise en page nommée %1.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="24" />
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="25" />
        <source>Native script</source>
        <translation>Écriture d’origine</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="26" />
        <source>Delegation</source>
        <translation>Délégation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="27" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="28" />
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="29" />
        <source>Badge code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="66" />
        <source>cancelled</source>
        <translation>annulée</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="68" />
        <source>checked in</source>
        <translation>arrivé</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="70" />
        <source>expected</source>
        <translation>attendus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/models/search_results.py" line="105" />
        <source>Same name as %n other person(s) here: check delegation and code.</source>
        <translation>
            <numerusform>Même nom qu’une autre personne ici : vérifiez la délégation et le code.</numerusform>
            <numerusform>Même nom que %n autres personnes ici : vérifiez la délégation et le code.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="222" />
        <source>Connect to a server</source>
        <translation>Se connecter à un serveur</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="227" />
        <source>&amp;Test</source>
        <translation>&amp;Tester</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="233" />
        <source>The address of the meeting's PostgreSQL database, as the organisers set it up (see 'Several desks' in the README).</source>
        <translation>L’adresse de la base PostgreSQL de la réunion, telle que les organisateurs l’ont configurée (voir « Several desks » dans le README).</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="242" />
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="246" />
        <source>&amp;Use this server</source>
        <translation>&amp;Utiliser ce serveur</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="262" />
        <source>Write the address as postgresql://user@host/database.</source>
        <translation>Écrivez l’adresse sous la forme postgresql://utilisateur@hôte/base.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="268" />
        <source>Asking %1…</source>
        <translation>Interrogation de %1…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="285" />
        <source>Not reachable: %1</source>
        <translation>Injoignable : %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="290" />
        <source>%1 answers; the meeting is: %2.</source>
        <translation>%1 répond ; la réunion est : %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="292" />
        <source>%1 answers; it holds no event yet: you can create one.</source>
        <translation>%1 répond ; il ne contient encore aucun événement : vous pouvez en créer un.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="223" />
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="223" />
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="237" />
        <source>Title *</source>
        <translation>Titre *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="238" />
        <source>Room</source>
        <translation>Salle</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="239" />
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="240" />
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="241" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
</context>
<context>
    <name>SetupTable</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="360" />
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="361" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="362" />
        <source>Re&amp;move</source>
        <translation>&amp;Supprimer</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="322" />
        <source>Welcome to meetingdesk</source>
        <translation>Bienvenue dans meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="331" />
        <source>There is no meeting on this computer yet. Create one, open a file a colleague gave you, connect to the meeting's server, or try the demo.</source>
        <translation>Il n’y a encore aucune réunion sur cet ordinateur. Créez-en une, ouvrez un fichier qu’un collègue vous a donné, connectez-vous au serveur de la réunion ou essayez la démonstration.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="335" />
        <source>The database %1 holds no event yet: create it, or choose another database.</source>
        <translation>La base de données %1 ne contient encore aucun événement : créez-le ou choisissez une autre base.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="337" />
        <source>%1 cannot be opened: %2</source>
        <translation>Impossible d’ouvrir %1 : %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="348" />
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="349" />
        <source>Its details, sessions, categories and delegations; the OSCE preset.</source>
        <translation>Ses informations, séances, catégories et délégations ; le modèle OSCE.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="354" />
        <source>&amp;Open a file…</source>
        <translation>&amp;Ouvrir un fichier…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="355" />
        <source>A meetingdesk database on this computer.</source>
        <translation>Une base de données meetingdesk sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="360" />
        <source>Connect to a &amp;server…</source>
        <translation>Se connecter à un &amp;serveur…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="361" />
        <source>Several desks: one PostgreSQL database on the venue network.</source>
        <translation>Plusieurs postes : une base PostgreSQL sur le réseau du lieu.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="366" />
        <source>Try the &amp;demo</source>
        <translation>Essayer la &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="367" />
        <source>An invented meeting, in progress today; removed when you close it.</source>
        <translation>Une réunion inventée, en cours aujourd’hui ; supprimée à la fermeture.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="383" />
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="405" />
        <source>%1 is not a meetingdesk database: %2</source>
        <translation>%1 n’est pas une base de données meetingdesk : %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="407" />
        <source>it has no meetingdesk tables</source>
        <translation>elle n’a pas les tables de meetingdesk</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/wording.py" line="701" />
        <source>used by %n delegate(s) (%1): move them first</source>
        <translation>
            <numerusform>utilisée par %n participant (%1) : déplacez-le d’abord</numerusform>
            <numerusform>utilisée par %n participants (%1) : déplacez-les d’abord</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/wording.py" line="704" />
        <source>%n attendance(s) recorded: it cannot be removed</source>
        <translation>
            <numerusform>%n présence enregistrée : impossible de la supprimer</numerusform>
            <numerusform>%n présences enregistrées : impossible de la supprimer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_RowForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="215" />
        <source>Fill in the fields marked *.</source>
        <translation>Remplissez les champs marqués *.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="204" />
        <source>Back up the database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="211" />
        <source>Backing up the database…</source>
        <translation>Sauvegarde de la base de données…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="218" />
        <source>Backup written to %1; it passed its integrity check.</source>
        <translation>Sauvegarde écrite dans %1 ; elle a passé le contrôle d’intégrité.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="358" />
        <source>The database is not answering: %1. The desk shows what it last knew.</source>
        <translation>La base de données ne répond pas : %1. Le poste affiche ce qu’il savait en dernier.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="366" />
        <source>The database answers again.</source>
        <translation>La base de données répond de nouveau.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="403" />
        <source>Something went wrong. The details are in the log: %1</source>
        <translation>Un problème est survenu. Les détails sont dans le journal : %1</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="117" />
        <source>Save the badges as a PDF</source>
        <translation>Enregistrer les badges en PDF</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="59" />
        <source>Open a meetingdesk database</source>
        <translation>Ouvrir une base de données meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="61" />
        <source>meetingdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de données meetingdesk (*.sqlite3 *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="67" />
        <source>Save the new database as</source>
        <translation>Enregistrer la nouvelle base de données sous</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="69" />
        <source>meetingdesk databases (*.sqlite3)</source>
        <translation>bases de données meetingdesk (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="19" />
        <source>participating State</source>
        <translation>État participant</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="22" />
        <source>Partner for Co-operation</source>
        <translation>Partenaire pour la coopération</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="25" />
        <source>international organisation</source>
        <translation>organisation internationale</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="28" />
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="29" />
        <source>OSCE structure</source>
        <translation>structure de l’OSCE</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="30" />
        <source>host</source>
        <translation>pays hôte</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="31" />
        <source>media</source>
        <translation>médias</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="87" />
        <source>(no country)</source>
        <translation>(aucun pays)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="131" />
        <source>Badge colour</source>
        <translation>Couleur du badge</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="43" />
        <source>%1 is the database (or its log, or a copy of it): choose another file.</source>
        <translation>%1 est la base de données (ou son journal, ou une copie) : choisissez un autre fichier.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="46" />
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 est un dossier : indiquez un nom de fichier.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="49" />
        <source>The folder of %1 does not exist.</source>
        <translation>Le dossier de %1 n’existe pas.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="52" />
        <source>The folder of %1 is a file, not a folder.</source>
        <translation>Le dossier de %1 est un fichier, pas un dossier.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="55" />
        <source>The disk is full: %1 was not written.</source>
        <translation>Le disque est plein : %1 n’a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="58" />
        <source>%1 cannot be written.</source>
        <translation>Impossible d’écrire %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="72" />
        <source>No one has the badge code %1.</source>
        <translation>Personne n’a le code de badge %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="90" />
        <source>the server did not answer within %1 seconds</source>
        <translation>le serveur n’a pas répondu en %1 secondes</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="94" />
        <source>the database is busy (another desk holds a lock): nothing was changed, try again</source>
        <translation>la base de données est occupée (un autre poste détient un verrou) : rien n’a été modifié, réessayez</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="98" />
        <source>the database took too long to answer: nothing was changed, try again</source>
        <translation>la base de données a mis trop de temps à répondre : rien n’a été modifié, réessayez</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="101" />
        <source>the database is busy (another program holds it): nothing was changed, try again</source>
        <translation>la base de données est occupée (un autre programme la tient) : rien n’a été modifié, réessayez</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="105" />
        <source>the disk is full or failing: nothing was changed; free some space</source>
        <translation>le disque est plein ou défaillant : rien n’a été modifié ; libérez de la place</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="108" />
        <source>the database cannot be written (read-only): nothing was changed</source>
        <translation>impossible d’écrire dans la base de données (lecture seule) : rien n’a été modifié</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="111" />
        <source>the desk is closing</source>
        <translation>le poste se ferme</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="112" />
        <source>undoing a check-in needs the server, which does not answer</source>
        <translation>annuler un enregistrement demande le serveur, qui ne répond pas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="115" />
        <source>the server does not answer and this desk has no local copy yet</source>
        <translation>le serveur ne répond pas et ce poste n’a pas encore de copie locale</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="195" />
        <source>a control character (%1): remove it</source>
        <translation>un caractère de contrôle (%1) : supprimez-le</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="198" />
        <location filename="../../meetingdesk/qt/wording.py" line="355" />
        <source>%1 is not an e-mail address</source>
        <translation>%1 n’est pas une adresse électronique</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="202" />
        <source>this registration is cancelled: no badge to reprint</source>
        <translation>cette inscription est annulée : aucun badge à réimprimer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="205" />
        <source>nobody to print: the choice is empty</source>
        <translation>personne à imprimer : la sélection est vide</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="208" />
        <source>this badge cannot be reprinted again</source>
        <translation>ce badge ne peut plus être réimprimé</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="324" />
        <source>no column is mapped to the family name</source>
        <translation>aucune colonne n’est associée au nom de famille</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="327" />
        <source>no column is mapped to the delegation, and no default delegation was given</source>
        <translation>aucune colonne n’est associée à la délégation, et aucune délégation par défaut n’a été donnée</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="330" />
        <source>no column is mapped to the category, and no default category was given</source>
        <translation>aucune colonne n’est associée à la catégorie, et aucune catégorie par défaut n’a été donnée</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="333" />
        <source>the same person as line %1 (same e-mail address)</source>
        <translation>la même personne qu’à la ligne %1 (même adresse électronique)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="336" />
        <source>the same person as line %1 (same name and delegation)</source>
        <translation>la même personne qu’à la ligne %1 (même nom et même délégation)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="339" />
        <source>the name matches %1 registered delegates (%2): give the e-mail address to say which</source>
        <translation>le nom correspond à %1 participants inscrits (%2) : donnez l’adresse électronique pour préciser lequel</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="343" />
        <source>the e-mail address belongs to %1 but the name to %2: correct the row or the registered delegates</source>
        <translation>l’adresse électronique appartient à %1 mais le nom à %2 : corrigez la ligne ou les participants inscrits</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="348" />
        <source>a control character (%1) in the text: remove it</source>
        <translation>un caractère de contrôle (%1) dans le texte : supprimez-le</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="352" />
        <source>the family name is missing</source>
        <translation>le nom de famille manque</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="358" />
        <source>%1: write yes or no</source>
        <translation>%1 : écrivez oui ou non</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="359" />
        <source>unknown delegation %1</source>
        <translation>délégation inconnue %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="362" />
        <source>the delegation is missing</source>
        <translation>la délégation manque</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="365" />
        <source>unknown category %1</source>
        <translation>catégorie inconnue %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="366" />
        <source>the category is missing</source>
        <translation>la catégorie manque</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="312" />
        <source>line %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="77" />
        <source>%1 was written by a newer version of meetingdesk (schema %2): install the newer meetingdesk to open it</source>
        <translation>%1 a été écrite par une version plus récente de meetingdesk (schéma %2) : installez-la pour l’ouvrir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="125" />
        <source>there is no database at %1</source>
        <translation>il n’y a pas de base de données à %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="128" />
        <source>cannot create a database at %1: the folder %2 does not exist</source>
        <translation>impossible de créer une base de données à %1 : le dossier %2 n’existe pas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="131" />
        <source>%1 is not a meetingdesk database (%2)</source>
        <translation>%1 n’est pas une base de données meetingdesk (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="134" />
        <source>%1 is another program's database (tables %2): meetingdesk leaves it alone</source>
        <translation>%1 est la base de données d’un autre programme (tables %2) : meetingdesk n’y touche pas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="137" />
        <source>%1 is on a network share (%2): an SQLite file cannot be shared safely between computers. For several desks, use one PostgreSQL database; for one desk, keep the file on this computer.</source>
        <translation>%1 est sur un partage réseau (%2) : un fichier SQLite ne peut pas être partagé sans risque entre ordinateurs. Pour plusieurs postes, utilisez une base PostgreSQL ; pour un seul, gardez le fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="143" />
        <source>%1 cannot be opened (%2)</source>
        <translation>impossible d’ouvrir %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="155" />
        <source>Event title</source>
        <translation>Titre de l’événement</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="156" />
        <source>Place and dates</source>
        <translation>Lieu et dates</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="157" />
        <source>Name on the badge</source>
        <translation>Nom sur le badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="158" />
        <source>Name in native script</source>
        <translation>Nom dans son écriture</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="159" />
        <source>Honorific</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="160" />
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="161" />
        <source>Delegation or organisation</source>
        <translation>Délégation ou organisation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="162" />
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="163" />
        <source>Head-of-delegation marker</source>
        <translation>Mention de chef de délégation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="164" />
        <source>Badge code, readable</source>
        <translation>Code du badge, lisible</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="165" />
        <source>Reprint marker</source>
        <translation>Mention de réimpression</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="174" />
        <source>badge %1: %2 set at %3 pt, below the layout's floor of %4 pt</source>
        <translation>badge %1 : %2 composé en %3 pt, sous le minimum de la mise en page, %4 pt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="179" />
        <source>badge %1: no font has every letter of %2: left out</source>
        <translation>badge %1 : aucune police n’a toutes les lettres de %2 : omis</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="183" />
        <source>badge %1: photo not drawn (%2)</source>
        <translation>badge %1 : photo non dessinée (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="211" />
        <source>say why: one of %1</source>
        <translation>dites pourquoi : l’un de %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="212" />
        <source>%1 is shipped with meetingdesk: save the layout under another name</source>
        <translation>%1 est fournie avec meetingdesk : enregistrez la mise en page sous un autre nom</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="215" />
        <source>there is a layout called %1 already</source>
        <translation>il existe déjà une mise en page nommée %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="229" />
        <source>not valid UTF-16 although it says so</source>
        <translation>pas de l’UTF-16 valide bien qu’il l’annonce</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="232" />
        <source>not a text file (it contains binary data)</source>
        <translation>pas un fichier texte (il contient des données binaires)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="235" />
        <source>byte %1 is not valid %2: save the file as UTF-8 (CSV UTF-8 in Excel) and import it again</source>
        <translation>l’octet %1 n’est pas du %2 valide : enregistrez le fichier en UTF-8 (CSV UTF-8 dans Excel) et importez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="240" />
        <source>byte %1 is neither UTF-8 nor Windows-1252: save the file as UTF-8 (CSV UTF-8 in Excel) and import it again</source>
        <translation>l’octet %1 n’est ni de l’UTF-8 ni du Windows-1252 : enregistrez le fichier en UTF-8 (CSV UTF-8 dans Excel) et importez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="245" />
        <source>the header has only one column: separate the columns with commas, semicolons or tabs</source>
        <translation>l’en-tête n’a qu’une colonne : séparez les colonnes par des virgules, des points-virgules ou des tabulations</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="249" />
        <source>the header %1 appears twice (columns %2 and %3): rename or remove one</source>
        <translation>l’en-tête %1 apparaît deux fois (colonnes %2 et %3) : renommez ou supprimez l’une d’elles</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="252" />
        <source>the first line has no column headers</source>
        <translation>la première ligne n’a pas d’en-têtes de colonne</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="255" />
        <source>there are no rows under the header</source>
        <translation>il n’y a aucune ligne sous l’en-tête</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="258" />
        <source>this row has %1 cells but the header only %2</source>
        <translation>cette ligne a %1 cellules mais l’en-tête seulement %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="261" />
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="262" />
        <source>malformed CSV (%1)</source>
        <translation>CSV mal formé (%1)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="263" />
        <source>not a readable Excel workbook (%1)</source>
        <translation>pas un classeur Excel lisible (%1)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="266" />
        <source>not a delegate list: %1 parts in the workbook</source>
        <translation>pas une liste de participants : %1 parties dans le classeur</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="269" />
        <source>the workbook unpacks to %1 MB from %2 KB: not a delegate list (a damaged or hostile file)</source>
        <translation>le classeur se décompresse en %1 Mo à partir de %2 Ko : pas une liste de participants (un fichier endommagé ou malveillant)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="274" />
        <source>a formula without a computed value: open the file in Excel or LibreOffice, save it, and import it again</source>
        <translation>une formule sans valeur calculée : ouvrez le fichier dans Excel ou LibreOffice, enregistrez-le et importez-le de nouveau</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="279" />
        <source>the header has merged cells (%1): give every column its own header</source>
        <translation>l’en-tête a des cellules fusionnées (%1) : donnez à chaque colonne son propre en-tête</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="282" />
        <source>the workbook has no visible sheet</source>
        <translation>le classeur n’a aucune feuille visible</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="285" />
        <source>the sheet %1 is empty</source>
        <translation>la feuille %1 est vide</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="286" />
        <source>larger than %1 MB: not a list</source>
        <translation>plus de %1 Mo : pas une liste</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="289" />
        <source>not an Excel workbook (.xlsx) although it is named so</source>
        <translation>pas un classeur Excel (.xlsx) bien qu’il en porte le nom</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="292" />
        <source>is a folder, not a list</source>
        <translation>est un dossier, pas une liste</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="293" />
        <source>cannot be read (%1)</source>
        <translation>illisible (%1)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="314" />
        <source>column %1</source>
        <translation>colonne %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="377" />
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="378" />
        <source>National identity card</source>
        <translation>Carte nationale d’identité</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="379" />
        <source>Diplomatic or service card</source>
        <translation>Carte diplomatique ou de service</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="380" />
        <source>Other document</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="413" />
        <source>lost</source>
        <translation>perdu</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="414" />
        <source>damaged</source>
        <translation>abîmé</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="415" />
        <source>name corrected</source>
        <translation>nom corrigé</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="416" />
        <source>first print</source>
        <translation>première impression</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="423" />
        <source>The code is not valid.</source>
        <translation>Le code n’est pas valable.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="425" />
        <source>A badge of another event.</source>
        <translation>Un badge d’un autre événement.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="426" />
        <source>The signature does not match: the code was altered or forged.</source>
        <translation>La signature ne correspond pas : le code a été modifié ou falsifié.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="429" />
        <source>Signed with a key the event has retired: reprint the badge.</source>
        <translation>Signé avec une clé que l’événement a retirée : réimprimez le badge.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="432" />
        <source>Not a meetingdesk badge code.</source>
        <translation>Ce n’est pas un code de badge meetingdesk.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="435" />
        <source>This badge was never issued.</source>
        <translation>Ce badge n’a jamais été émis.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="449" />
        <source>No one has the code %1.</source>
        <translation>Personne n’a le code %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="456" />
        <source>Admitted to %1.</source>
        <translation>Admis à %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="458" />
        <source>Already recorded in %1 at %2 at %3.</source>
        <translation>Déjà enregistré à %1 à %2 au poste %3.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="463" />
        <source>Attendance removed from %1.</source>
        <translation>Présence retirée de %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="467" />
        <source>Not recorded in this session.</source>
        <translation>Non enregistré dans cette séance.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="471" />
        <source>The check-in of %1 at %2 is undone.</source>
        <translation>L’enregistrement de %1 au poste %2 est annulé.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="475" />
        <source>Not checked in: nothing to undo.</source>
        <translation>Arrivée non enregistrée : rien à annuler.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="479" />
        <source>Already checked in at %1 at %2.</source>
        <translation>Arrivée déjà enregistrée à %1 au poste %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="484" />
        <source>Offline: kept on this computer, sent when the server answers.</source>
        <translation>Hors ligne : conservé sur cet ordinateur, envoyé quand le serveur répondra.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="496" />
        <source>A newer badge was printed: this one no longer works.</source>
        <translation>Un badge plus récent a été imprimé : celui-ci n’est plus valable.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="502" />
        <source>Reprinted at %1 (%2): this badge no longer works.</source>
        <translation>Réimprimé à %1 (%2) : ce badge n’est plus valable.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="506" />
        <source>Reprinted on %1 (%2): this badge no longer works.</source>
        <translation>Réimprimé le %1 (%2) : ce badge n’est plus valable.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="515" />
        <source>%1: an identity document must be checked.</source>
        <translation>%1 : une pièce d’identité doit être vérifiée.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="519" />
        <source>Not checked in at the registration desk yet.</source>
        <translation>Arrivée pas encore enregistrée à l’accueil.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="521" />
        <source>The registration was cancelled.</source>
        <translation>L’inscription a été annulée.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="550" />
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="551" />
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="552" />
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="553" />
        <source>Delegations</source>
        <translation>Délégations</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="560" />
        <source>title</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="561" />
        <source>venue</source>
        <translation>lieu</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="562" />
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="563" />
        <source>organiser</source>
        <translation>organisateur</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="564" />
        <source>first day</source>
        <translation>premier jour</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="565" />
        <source>last day</source>
        <translation>dernier jour</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="566" />
        <source>time zone</source>
        <translation>fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="567" />
        <source>language of badges</source>
        <translation>langue des badges</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="568" />
        <source>head of delegation, on badges</source>
        <translation>chef de délégation, sur les badges</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="571" />
        <source>reprint mark, on badges</source>
        <translation>mention de réimpression, sur les badges</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="572" />
        <source>room</source>
        <translation>salle</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="573" />
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="574" />
        <source>start</source>
        <translation>début</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="575" />
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="576" />
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="577" />
        <source>label</source>
        <translation>libellé</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="578" />
        <source>colour</source>
        <translation>couleur</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="579" />
        <source>label on badges</source>
        <translation>libellé sur les badges</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="580" />
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="581" />
        <source>English name</source>
        <translation>nom anglais</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="582" />
        <source>French name</source>
        <translation>nom français</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="583" />
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="193" />
        <location filename="../../meetingdesk/qt/wording.py" line="607" />
        <source>this is required</source>
        <translation>ce champ est obligatoire</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="194" />
        <location filename="../../meetingdesk/qt/wording.py" line="351" />
        <location filename="../../meetingdesk/qt/wording.py" line="609" />
        <source>longer than %1 characters</source>
        <translation>plus de %1 caractères</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="613" />
        <source>%1 is not a code: letters and digits, up to 16</source>
        <translation>%1 n’est pas un code : lettres et chiffres, 16 au plus</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="617" />
        <source>%1 is not a colour like #1F4E9A</source>
        <translation>%1 n’est pas une couleur comme #1F4E9A</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="621" />
        <source>%1 is not a country code</source>
        <translation>%1 n’est pas un code de pays</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="625" />
        <source>%1 is not a time zone</source>
        <translation>%1 n’est pas un fuseau horaire</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="629" />
        <source>no badge texts in %1</source>
        <translation>aucun texte de badge en %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="633" />
        <source>the event ends before it starts</source>
        <translation>l’événement se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="635" />
        <source>the session ends before it starts</source>
        <translation>la séance se termine avant de commencer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="638" />
        <source>the day is not between %1 and %2</source>
        <translation>le jour n’est pas entre %1 et %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="646" />
        <source>%1 (row %2)</source>
        <translation>%1 (ligne %2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="651" />
        <source>overlaps %1, %2–%3, in the same room</source>
        <translation>chevauche %1, %2–%3, dans la même salle</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="659" />
        <source>%1 is also on row %2</source>
        <translation>%1 figure aussi à la ligne %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="664" />
        <source>%1 exists already</source>
        <translation>%1 existe déjà</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="672" />
        <source>changed at another desk meanwhile: close the set-up and open it again</source>
        <translation>modifié entre-temps à un autre poste : fermez la préparation et rouvrez-la</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="201" />
        <location filename="../../meetingdesk/qt/wording.py" line="676" />
        <source>%1 does not exist (any more)</source>
        <translation>%1 n’existe pas (ou plus)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="584" />
        <source>honorific</source>
        <translation>titre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="585" />
        <source>given name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="586" />
        <source>family name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="587" />
        <source>name on the badge</source>
        <translation>nom sur le badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="588" />
        <source>name in native script</source>
        <translation>nom dans son écriture</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="589" />
        <source>function</source>
        <translation>fonction</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="590" />
        <source>delegation</source>
        <translation>délégation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="591" />
        <source>category</source>
        <translation>catégorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="592" />
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="593" />
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="594" />
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="595" />
        <source>badges to print</source>
        <translation>badges à imprimer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="596" />
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="597" />
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="680" />
        <source>this database already holds an event</source>
        <translation>cette base de données contient déjà un événement</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="684" />
        <source>row %1</source>
        <translation>ligne %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="713" />
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="715" />
        <source>registration cancelled</source>
        <translation>inscription annulée</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="716" />
        <source>badge revoked by a reprint</source>
        <translation>badge révoqué par une réimpression</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="717" />
        <source>code not valid</source>
        <translation>code non valable</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="718" />
        <source>a badge of another event</source>
        <translation>un badge d’un autre événement</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="719" />
        <source>not checked in at the desk</source>
        <translation>arrivée non enregistrée à l’accueil</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="720" />
        <source>identity document to be checked</source>
        <translation>pièce d’identité à vérifier</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="729" />
        <source>%1 check-ins made meanwhile were sent.</source>
        <translation>%1 enregistrements faits entre-temps ont été envoyés.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="733" />
        <source>%1 (in already at %2 at %3)</source>
        <translation>%1 (déjà arrivé à %2 au poste %3)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="740" />
        <source>%1 (%2, scanned at %3 at %4)</source>
        <translation>%1 (%2, scanné à %3 au poste %4)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="744" />
        <source>unknown badge</source>
        <translation>badge inconnu</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="753" />
        <source>Checked in elsewhere first: %1.</source>
        <translation>Enregistrés d’abord ailleurs : %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="757" />
        <source>NOT recorded, see to them: %1.</source>
        <translation>NON enregistrés, occupez-vous d’eux : %1.</translation>
    </message>
</context>
</TS>