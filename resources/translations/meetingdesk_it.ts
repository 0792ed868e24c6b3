<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it">
<context>
    <name>BadgesView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="250" />
        <source>Badges to print</source>
        <translation>Badge da stampare</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="252" />
        <source>Everyone whose badge is not printed yet</source>
        <translation>Tutti coloro il cui badge non è ancora stampato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="255" />
        <source>Everyone in the category</source>
        <translation>Tutta la categoria</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="259" />
        <source>These badge codes</source>
        <translation>Questi codici badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="261" />
        <source>codes as printed on the badges, e.g. EDKR 2K9Y</source>
        <translation>codici come stampati sui badge, ad es. EDKR 2K9Y</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="267" />
        <source>or a name: Enter finds the person</source>
        <translation>o un nome: Invio trova la persona</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="269" />
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="281" />
        <source>&amp;Design…</source>
        <translation>&amp;Progetta…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="282" />
        <source>Open this layout in the badge designer</source>
        <translation>Apri questo layout nel designer dei badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="304" />
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="307" />
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="308" />
        <source>Save as P&amp;DF…</source>
        <translation>Salva come P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="311" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="314" />
        <source>Open its &amp;folder</source>
        <translation>Apri la &amp;cartella</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="326" />
        <source>Reprint a lost or damaged badge (the old one stops working)</source>
        <translation>Ristampa un badge perso o danneggiato (quello vecchio smette di valere)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="328" />
        <source>badge code</source>
        <translation>codice badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="332" />
        <source>&amp;Reprint…</source>
        <translation>&amp;Ristampa…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="341" />
        <source>Print the badge at check-in when it is not printed yet</source>
        <translation>Stampa il badge all’accredito se non è ancora stampato</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="432" />
        <source>%n badge(s) to print</source>
        <translation>
            <numerusform>%n badge da stampare</numerusform>
            <numerusform>%n badge da stampare</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="434" />
        <source>(%n cancelled registration(s) left out)</source>
        <translation>
            <numerusform>(%n iscrizione annullata esclusa)</numerusform>
            <numerusform>(%n iscrizioni annullate escluse)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="450" />
        <source>Nothing was printed: the badge passphrase is needed.</source>
        <translation>Non è stato stampato nulla: serve la frase segreta dei badge.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="460" />
        <source>Nothing was printed: no printer was chosen.</source>
        <translation>Non è stato stampato nulla: nessuna stampante scelta.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="527" />
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="543" />
        <source>the badge passphrase has not been typed on this desk</source>
        <translation>la frase segreta dei badge non è stata digitata su questa postazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="549" />
        <source>this computer has no printer set up</source>
        <translation>questo computer non ha stampanti configurate</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="589" />
        <source>The registration of %1 is cancelled: no badge is reprinted.</source>
        <translation>L’iscrizione di %1 è annullata: nessun badge viene ristampato.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="597" />
        <source>Not reprinted: the badge passphrase is needed. The badge of %1 still works.</source>
        <translation>Non ristampato: serve la frase segreta. Il badge di %1 resta valido.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="606" />
        <source>Not reprinted: the badge of %1 still works.</source>
        <translation>Non ristampato: il badge di %1 resta valido.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="616" />
        <source>Not reprinted: no printer was chosen. The badge of %1 still works.</source>
        <translation>Non ristampato: nessuna stampante scelta. Il badge di %1 resta valido.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="645" />
        <source>Printing…</source>
        <translation>Stampa in corso…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="673" />
        <source>Nothing was printed: no badge matches the choice any more.</source>
        <translation>Non è stato stampato nulla: nessun badge corrisponde più alla scelta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="688" />
        <source>%n badge(s) printed</source>
        <translation>
            <numerusform>%n badge stampato</numerusform>
            <numerusform>%n badge stampati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="689" />
        <source>on %n page(s).</source>
        <translation>
            <numerusform>su %n pagina.</numerusform>
            <numerusform>su %n pagine.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="692" />
        <source>%n of them had been reprinted meanwhile and no longer work.</source>
        <translation>
            <numerusform>%n di essi era stato ristampato nel frattempo e non è più valido.</numerusform>
            <numerusform>%n di essi erano stati ristampati nel frattempo e non sono più validi.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="697" />
        <source>Printing cancelled: no badge counts as printed.</source>
        <translation>Stampa annullata: nessun badge risulta stampato.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="700" />
        <source>The printer %1 did not take the job: no badge counts as printed.</source>
        <translation>La stampante %1 non ha accettato il lavoro: nessun badge risulta stampato.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="701" />
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="774" />
        <source>(unnamed)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="704" />
        <source>Warnings: %1</source>
        <translation>Avvisi: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="709" />
        <source>printing was cancelled</source>
        <translation>la stampa è stata annullata</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="711" />
        <source>the printer %1 did not take the job</source>
        <translation>la stampante %1 non ha accettato il lavoro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="720" />
        <source>Mark as printed?</source>
        <translation>Segnare come stampati?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="722" />
        <source>%n badge(s) saved as a PDF. Will you print this file now? Only then should they count as printed.</source>
        <translation>
            <numerusform>%n badge salvato in PDF. Stamperà ora questo file? Solo allora deve risultare stampato.</numerusform>
            <numerusform>%n badge salvati in PDF. Stamperà ora questo file? Solo allora devono risultare stampati.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="730" />
        <source>%n badge(s) saved to %1.</source>
        <translation>
            <numerusform>%n badge salvato in %1.</numerusform>
            <numerusform>%n badge salvati in %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="739" />
        <source>%n now count as printed.</source>
        <translation>
            <numerusform>%n risulta ora stampato.</numerusform>
            <numerusform>%n risultano ora stampati.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="741" />
        <source>They do not count as printed.</source>
        <translation>Non risultano stampati.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="752" />
        <source>Badge of %1 reprinted (%2): the old badge no longer works.</source>
        <translation>Badge di %1 ristampato (%2): quello vecchio non è più valido.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="761" />
        <source>The badge of %1 was reprinted just now at %2 (%3): nothing was changed here.</source>
        <translation>Il badge di %1 è appena stato ristampato presso %2 (%3): qui non è stato cambiato nulla.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="764" />
        <source>another desk</source>
        <translation>un’altra postazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="769" />
        <source>Printing cancelled: the badge of %1 was not reprinted and still works.</source>
        <translation>Stampa annullata: il badge di %1 non è stato ristampato e resta valido.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="773" />
        <source>The printer %1 did not take the new badge: the badge of %2 still works.</source>
        <translation>La stampante %1 non ha accettato il nuovo badge: il badge di %2 resta valido.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="785" />
        <source>Cancelled: nothing was printed.</source>
        <translation>Annullato: non è stato stampato nulla.</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="262" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="262" />
        <source>New category</source>
        <translation>Nuova categoria</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="268" />
        <source>Check an identity document at check-in</source>
        <translation>Controllare un documento d’identità all’accredito</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="272" />
        <source>as the label</source>
        <translation>come l’etichetta</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="274" />
        <source>Code *</source>
        <translation>Codice *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="275" />
        <source>Label *</source>
        <translation>Etichetta *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="276" />
        <source>Badge colour</source>
        <translation>Colore del badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="278" />
        <source>Label on badges</source>
        <translation>Etichetta sui badge</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="143" />
        <source>Type any part of a name, or scan a badge</source>
        <translation>Digiti una parte qualsiasi di un nome o scansioni un badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="172" />
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="196" />
        <source>New &amp;walk-in…</source>
        <translation>Nuova iscrizione in &amp;loco…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="191" />
        <source>&amp;Undo last check-in</source>
        <translation>&amp;Annulla l’ultimo accredito</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="230" />
        <source>That is longer than any name: type fewer words.</source>
        <translation>È più lungo di qualsiasi nome: digiti meno parole.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="233" />
        <source>No one found: Ctrl+N registers a walk-in.</source>
        <translation>Nessuno trovato: Ctrl+N iscrive una persona in loco.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="235" />
        <source>No one found.</source>
        <translation>Nessuno trovato.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="240" />
        <source>More matches: keep typing to narrow them down.</source>
        <translation>Altri risultati: continui a digitare per restringerli.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="426" />
        <source>Undo check-in</source>
        <translation>Annulla accredito</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="427" />
        <source>Undo the last check-in made at this desk?</source>
        <translation>Annullare l’ultimo accredito fatto a questa postazione?</translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message>
        <location filename="../../meetingdesk/qt/views/counts_panel.py" line="136" />
        <source>Arrivals today</source>
        <translation>Arrivi di oggi</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/counts_panel.py" line="144" />
        <source>Checked in: %1 of %2</source>
        <translation>Accreditati: %1 su %2</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="63" />
        <source>Walk-in registration</source>
        <translation>Iscrizione in loco</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="63" />
        <source>Edit delegate</source>
        <translation>Modifica partecipante</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="70" />
        <source>given and family name</source>
        <translation>nome e cognome</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="77" />
        <source>type to choose the delegation</source>
        <translation>digiti per scegliere la delegazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="78" />
        <source>type to choose the category</source>
        <translation>digiti per scegliere la categoria</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="90" />
        <source>Head of delegation</source>
        <translation>Capo delegazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="103" />
        <source>Honorific</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="104" />
        <source>Given name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="105" />
        <source>Family name *</source>
        <translation>Cognome *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="106" />
        <source>Name on the badge</source>
        <translation>Nome sul badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="107" />
        <source>Name in native script</source>
        <translation>Nome nella sua scrittura</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="108" />
        <source>Function</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="109" />
        <source>Delegation *</source>
        <translation>Delegazione *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="110" />
        <source>Category *</source>
        <translation>Categoria *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="112" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="113" />
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="114" />
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="123" />
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="237" />
        <source>Register and check in</source>
        <translation>Iscrivi e accredita</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="126" />
        <source>Check in the registered person</source>
        <translation>Accredita la persona iscritta</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="242" />
        <source>Already registered with this name: %1. If it is the same person, check that registration in.</source>
        <translation>Già iscritto con questo nome: %1. Se è la stessa persona, accrediti quell’iscrizione.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="254" />
        <source>Check in %1 (%2)</source>
        <translation>Accredita %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="262" />
        <source>Register a new person</source>
        <translation>Iscrivi una nuova persona</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="295" />
        <source>Choose the delegation.</source>
        <translation>Scelga la delegazione.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="296" />
        <source>Choose the category.</source>
        <translation>Scelga la categoria.</translation>
    </message>
</context>
<context>
    <name>DelegatesModel</name>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="51" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="52" />
        <source>Native script</source>
        <translation>Scrittura originale</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="53" />
        <source>Delegation</source>
        <translation>Delegazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="54" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="55" />
        <source>Function</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="56" />
        <source>Registration</source>
        <translation>Iscrizione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="57" />
        <source>Arrived</source>
        <translation>Arrivo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="58" />
        <source>Badge</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="59" />
        <source>Badge code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="202" />
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="204" />
        <source>registered</source>
        <translation>iscritto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="206" />
        <source>printed</source>
        <translation>stampato</translation>
    </message>
</context>
<context>
    <name>DelegatesView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="90" />
        <source>Registered and cancelled</source>
        <translation>Iscritti e annullati</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="91" />
        <source>Registered</source>
        <translation>Iscritti</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="92" />
        <source>Cancelled</source>
        <translation>Annullati</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="95" />
        <source>Not yet arrived</source>
        <translation>Non ancora arrivati</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="100" />
        <source>Find: any part of a name, in any script, or a code</source>
        <translation>Cerca: una parte di un nome, in qualsiasi scrittura, o un codice</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="105" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="176" />
        <source>All categories</source>
        <translation>Tutte le categorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="181" />
        <source>All delegations</source>
        <translation>Tutte le delegazioni</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="220" />
        <source>%1 of %2 shown</source>
        <translation>%1 di %2 mostrati</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="331" />
        <source>not yet</source>
        <translation>non ancora</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="363" />
        <source>Reprint the badge?</source>
        <translation>Ristampare il badge?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="365" />
        <source>The badge of %1 was printed with the old name. Reprint it now (reason: name corrected)? The old badge then stops working.</source>
        <translation>Il badge di %1 è stato stampato con il vecchio nome. Ristamparlo ora (motivo: nome corretto)? Il vecchio badge smetterà di valere.</translation>
    </message>
</context>
<context>
    <name>DelegationForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="301" />
        <source>Delegation</source>
        <translation>Delegazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="301" />
        <source>New delegation</source>
        <translation>Nuova delegazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="308" />
        <source>as the name</source>
        <translation>come il nome</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="311" />
        <source>Name *</source>
        <translation>Nome *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="312" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="313" />
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="314" />
        <source>English protocol name</source>
        <translation>Nome protocollare in inglese</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="315" />
        <source>French protocol name</source>
        <translation>Nome protocollare in francese</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="124" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="125" />
        <source>Name in native script</source>
        <translation>Nome nella scrittura originale</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="126" />
        <source>Text from a field</source>
        <translation>Testo da un campo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="127" />
        <source>Fixed text</source>
        <translation>Testo fisso</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="128" />
        <location filename="../../meetingdesk/qt/views/designer.py" line="155" />
        <source>QR code</source>
        <translation>Codice QR</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="129" />
        <location filename="../../meetingdesk/qt/views/designer.py" line="156" />
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="130" />
        <source>Category colour band</source>
        <translation>Fascia colore della categoria</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="131" />
        <source>Image…</source>
        <translation>Immagine…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="132" />
        <location filename="../../meetingdesk/qt/views/designer.py" line="158" />
        <source>Line</source>
        <translation>Linea</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="138" />
        <source>Sample: longest name</source>
        <translation>Esempio: nome più lungo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="139" />
        <source>Sample: Arabic name</source>
        <translation>Esempio: nome arabo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="140" />
        <source>Sample: Cyrillic name</source>
        <translation>Esempio: nome cirillico</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="143" />
        <source>Sample: no photo</source>
        <translation>Esempio: senza foto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="157" />
        <source>Image</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="177" />
        <source>Move or resize</source>
        <translation>Sposta o ridimensiona</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="202" />
        <source>Change a property</source>
        <translation>Modifica una proprietà</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="231" />
        <source>Add an element</source>
        <translation>Aggiungi un elemento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="245" />
        <source>Delete an element</source>
        <translation>Elimina un elemento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="596" />
        <source>Drag onto the badge, or double-click or press Enter to add.</source>
        <translation>Trascinalo sul badge, o doppio clic o Invio per aggiungere.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="608" />
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="614" />
        <source>On the badge</source>
        <translation>Sul badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="622" />
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="625" />
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="628" />
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="630" />
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="637" />
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="640" />
        <source>Save &amp;as…</source>
        <translation>Salva &amp;come…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="643" />
        <source>&amp;Delete element</source>
        <translation>&amp;Elimina elemento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="645" />
        <source>Background &amp;artwork…</source>
        <translation>&amp;Grafica di sfondo…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="647" />
        <source>&amp;No artwork</source>
        <translation>&amp;Nessuna grafica</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="662" />
        <source>Preview:</source>
        <translation>Anteprima:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="669" />
        <source>or a delegate: type a name, Enter</source>
        <translation>o un delegato: digita un nome, Invio</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="701" />
        <source>Layout title</source>
        <translation>Titolo del layout</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="706" />
        <source>Safe margin</source>
        <translation>Margine di sicurezza</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="715" />
        <source>Badge (mm)</source>
        <translation>Badge (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="717" />
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="731" />
        <source>Regular</source>
        <translation>Normale</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="732" />
        <source>Bold</source>
        <translation>Grassetto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="744" />
        <source>Left</source>
        <translation>Sinistra</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="745" />
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="746" />
        <source>Right</source>
        <translation>Destra</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="754" />
        <source>Top</source>
        <translation>In alto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="755" />
        <source>Middle</source>
        <translation>Al centro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="756" />
        <source>Bottom</source>
        <translation>In basso</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="763" />
        <source>#RRGGBB, e.g. #1565C0</source>
        <translation>#RRGGBB, ad es. #1565C0</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="765" />
        <source>Capital letters</source>
        <translation>Maiuscole</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="769" />
        <source>Always</source>
        <translation>Sempre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="770" />
        <source>Only with a photo</source>
        <translation>Solo con foto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="771" />
        <source>Only without a photo</source>
        <translation>Solo senza foto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="772" />
        <source>Only for heads of delegation</source>
        <translation>Solo per i capi delegazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="773" />
        <source>Only on reprints</source>
        <translation>Solo sulle ristampe</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="793" />
        <source>Shows</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="794" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="795" />
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="796" />
        <source>Font</source>
        <translation>Carattere</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="797" />
        <source>Size (pt)</source>
        <translation>Dimensione (pt)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="798" />
        <source>Smallest size (pt)</source>
        <translation>Dimensione minima (pt)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="799" />
        <source>Lines at most</source>
        <translation>Righe al massimo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="800" />
        <source>Alignment</source>
        <translation>Allineamento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="801" />
        <source>Vertical alignment</source>
        <translation>Allineamento verticale</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="802" />
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="804" />
        <source>Printed</source>
        <translation>Stampato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="805" />
        <source>For the categories</source>
        <translation>Per le categorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="806" />
        <source>Left (mm)</source>
        <translation>Sinistra (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="807" />
        <source>Top (mm)</source>
        <translation>In alto (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="808" />
        <source>Width (mm)</source>
        <translation>Larghezza (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="809" />
        <source>Height (mm)</source>
        <translation>Altezza (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="815" />
        <source>Properties</source>
        <translation>Proprietà</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="896" />
        <source>Preview: %1</source>
        <translation>Anteprima: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="957" />
        <source>This layout cannot be printed as it is: %1</source>
        <translation>Questo layout non si può stampare così com’è: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="960" />
        <source>No problems found.</source>
        <translation>Nessun problema trovato.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="967" />
        <source>reaches outside the badge</source>
        <translation>esce dal badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="971" />
        <source>reaches into the %1 mm at the edge that the printer cannot print</source>
        <translation>entra nei %1 mm del bordo che la stampante non può stampare</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="974" />
        <source>a scanner cannot read this code: make it larger or uncover it</source>
        <translation>uno scanner non può leggere questo codice: ingrandiscilo o scoprilo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="976" />
        <source>no picture chosen</source>
        <translation>nessuna immagine scelta</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="979" />
        <source>prints over “%1”</source>
        <translation>si stampa sopra «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/designer.py" line="982" />
        <source>shrinks below its smallest size for %n value(s) of the event, such as “%1”</source>
        <translation>
            <numerusform>scende sotto la dimensione minima per %n valore dell’evento, come «%1»</numerusform>
            <numerusform>scende sotto la dimensione minima per %n valori dell’evento, come «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1072" />
        <source>Choose a picture</source>
        <translation>Scegli un’immagine</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1072" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1085" />
        <source>A layout keeps at least one element.</source>
        <translation>Un layout conserva almeno un elemento.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1144" />
        <source>A colour is written #RRGGBB, e.g. #1565C0.</source>
        <translation>Un colore si scrive #RRGGBB, ad es. #1565C0.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1162" />
        <source>An element shown to no category would never print.</source>
        <translation>Un elemento senza alcuna categoria non verrebbe mai stampato.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1192" />
        <source>Badge size</source>
        <translation>Dimensioni del badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1208" />
        <source>larger than 10 MB</source>
        <translation>più di 10 MB</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1212" />
        <source>not a picture</source>
        <translation>non è un’immagine</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1218" />
        <source>not a PDF, PNG or JPEG file that can be read</source>
        <translation>non è un file PDF, PNG o JPEG leggibile</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1225" />
        <source>Cannot use this file</source>
        <translation>Impossibile usare questo file</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1226" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1230" />
        <source>Background artwork</source>
        <translation>Grafica di sfondo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1230" />
        <source>Artwork (*.pdf *.png)</source>
        <translation>Grafica (*.pdf *.png)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1234" />
        <source>artwork is a PDF or a PNG file</source>
        <translation>la grafica è un file PDF o PNG</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1291" />
        <source>Choose an element on the badge</source>
        <translation>Scegli un elemento sul badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1340" />
        <source>Badge layout: %1%2 — meetingdesk</source>
        <translation>Layout del badge: %1%2 — meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1365" />
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1382" />
        <source>Saved as %1: the Badges tab and “meetingdesk badges --layout %1” print it.</source>
        <translation>Salvato come %1: la scheda Badge e «meetingdesk badges --layout %1» lo stampano.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1392" />
        <source>Not saved: %1</source>
        <translation>Non salvato: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1402" />
        <source>Unsaved changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1403" />
        <source>Save the changes to this layout before closing?</source>
        <translation>Salvare le modifiche a questo layout prima di chiudere?</translation>
    </message>
</context>
<context>
    <name>DeskIdentityDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="73" />
        <source>Who is at this desk?</source>
        <translation>Chi è a questa postazione?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="77" />
        <source>Desk name</source>
        <translation>Nome della postazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="78" />
        <source>Operator</source>
        <translation>Operatore</translation>
    </message>
</context>
<context>
    <name>DoorView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="82" />
        <source>Scan the badge, or type a name</source>
        <translation>Scansioni il badge o digiti un nome</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="128" />
        <source>&amp;Remove…</source>
        <translation>&amp;Rimuovi…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="206" />
        <source>No sessions</source>
        <translation>Nessuna sessione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="214" />
        <source>In the room: %1</source>
        <translation>In sala: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="277" />
        <source>%1 starts on %2 at %3: it is not its time yet.</source>
        <translation>%1 inizia il %2 alle %3: non è ancora l’ora.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="279" />
        <source>%1 ended on %2 at %4.</source>
        <translation>%1 è terminata il %2 alle %4.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="289" />
        <source>Not this session's time</source>
        <translation>Non è l’ora di questa sessione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="290" />
        <source>Record the attendance anyway?</source>
        <translation>Registrare comunque la presenza?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="318" />
        <source>Admitted</source>
        <translation>Ammesso</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="319" />
        <source>Already in</source>
        <translation>Già dentro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="320" />
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="324" />
        <source>Refused: registration cancelled</source>
        <translation>Rifiutato: iscrizione annullata</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="325" />
        <source>Refused: badge revoked</source>
        <translation>Rifiutato: badge revocato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="326" />
        <source>Refused: not checked in at the desk</source>
        <translation>Rifiutato: non accreditato alla postazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="327" />
        <source>Refused: code not valid</source>
        <translation>Rifiutato: codice non valido</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="345" />
        <source>Remove from the session</source>
        <translation>Rimuovi dalla sessione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="346" />
        <source>Why is %1 removed?</source>
        <translation>Perché si rimuove %1?</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="88" />
        <source>Session doors admit only delegates checked in at the desk</source>
        <translation>Alle sessioni si ammette solo chi è già accreditato alla postazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="102" />
        <source>{generation} becomes the number of the reprint</source>
        <translation>{generation} diventa il numero della ristampa</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="110" />
        <source>Title *</source>
        <translation>Titolo *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="111" />
        <source>Venue *</source>
        <translation>Sede *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="112" />
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="113" />
        <source>Organiser</source>
        <translation>Organizzatore</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="114" />
        <source>First day</source>
        <translation>Primo giorno</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="115" />
        <source>Last day</source>
        <translation>Ultimo giorno</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="116" />
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="118" />
        <source>Language of badges</source>
        <translation>Lingua dei badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="119" />
        <source>Head of delegation, on badges</source>
        <translation>Capo delegazione, sui badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="120" />
        <source>Reprint mark, on badges</source>
        <translation>Indicazione di ristampa, sui badge</translation>
    </message>
</context>
<context>
    <name>EventSetupDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="447" />
        <source>Event set-up</source>
        <translation>Preparazione dell’evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="457" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="481" />
        <source>Code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="482" />
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="483" />
        <source>Colour</source>
        <translation>Colore</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="484" />
        <source>ID check</source>
        <translation>Controllo documento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="485" />
        <source>Label on badges</source>
        <translation>Etichetta sui badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="491" />
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="500" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="501" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="502" />
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="503" />
        <source>English protocol name</source>
        <translation>Nome protocollare in inglese</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="504" />
        <source>French protocol name</source>
        <translation>Nome protocollare in francese</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="517" />
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="518" />
        <source>Categories</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="519" />
        <source>Delegations</source>
        <translation>Delegazioni</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="524" />
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="526" />
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="565" />
        <source>%n attendance(s) recorded in this session: it cannot be removed.</source>
        <translation>
            <numerusform>%n presenza registrata in questa sessione: non si può eliminare.</numerusform>
            <numerusform>%n presenze registrate in questa sessione: non si può eliminare.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="591" />
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="601" />
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="46" />
        <source>Attendance per session</source>
        <translation>Presenze per sessione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="47" />
        <source>List of participants</source>
        <translation>Elenco dei partecipanti</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="48" />
        <source>Check-ins, undos, reprints and refused scans</source>
        <translation>Accrediti, annullamenti, ristampe e scansioni rifiutate</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="51" />
        <source>Statistics</source>
        <translation>Statistiche</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="52" />
        <source>Paper check-in lists and sign-in sheets</source>
        <translation>Elenchi di accredito e fogli firme cartacei</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="60" />
        <source>Export to</source>
        <translation>Esporta in</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="81" />
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="119" />
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="93" />
        <source>Excel workbook (XLSX)</source>
        <translation>Cartella di lavoro Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="94" />
        <source>CSV (one table)</source>
        <translation>CSV (una tabella)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="95" />
        <source>PDF, ready to print</source>
        <translation>PDF, pronto per la stampa</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="100" />
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="101" />
        <source>semicolon (Excel in Spanish, French, German…)</source>
        <translation>punto e virgola (Excel in spagnolo, francese, tedesco…)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="102" />
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="106" />
        <source>English names</source>
        <translation>nomi inglesi</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="107" />
        <source>French names</source>
        <translation>nomi francesi</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="113" />
        <source>&amp;Choose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="120" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="121" />
        <source>CSV separator</source>
        <translation>Separatore CSV</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="123" />
        <source>Protocol order by</source>
        <translation>Ordine protocollare per</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="125" />
        <source>Save to</source>
        <translation>Salva in</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="131" />
        <source>Open its &amp;folder</source>
        <translation>Apri la &amp;cartella</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="133" />
        <source>E&amp;xport</source>
        <translation>E&amp;sporta</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="135" />
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="195" />
        <source>Writing %1…</source>
        <translation>Scrittura di %1…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="205" />
        <source>%1 written to %2.</source>
        <translation>%1 scritto in %2.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="62" />
        <source>Which list?</source>
        <translation>Quale elenco?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="63" />
        <source>A CSV or Excel file, as the delegation sent it.</source>
        <translation>Un file CSV o Excel, come l’ha inviato la delegazione.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="65" />
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="86" />
        <source>Delegate list</source>
        <translation>Elenco dei partecipanti</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="88" />
        <source>Lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Elenchi (*.csv *.txt *.xlsx);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="104" />
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="118" />
        <source>%1: %2 rows.</source>
        <translation>%1: %2 righe.</translation>
    </message>
</context>
<context>
    <name>IdCheckDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="54" />
        <source>Identity document</source>
        <translation>Documento d’identità</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="56" />
        <source>Check the identity document of %1.</source>
        <translation>Controlli il documento d’identità di %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="64" />
        <source>e.g. 4567</source>
        <translation>ad es. 4567</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="65" />
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="66" />
        <source>Its last four letters or digits</source>
        <translation>Gli ultimi quattro caratteri</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="316" />
        <source>Importing</source>
        <translation>Importazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="333" />
        <source>Writing, all in one go…</source>
        <translation>Scrittura, tutto in una volta…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="347" />
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 lines skipped.</source>
        <translation>Importato: %1 aggiunti, %2 aggiornati, %3 invariati, %4 righe saltate.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="358" />
        <source>Nothing was imported: %1</source>
        <translation>Non è stato importato nulla: %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="373" />
        <source>Import a delegate list</source>
        <translation>Importa un elenco di partecipanti</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="85" />
        <source>&amp;Check-in</source>
        <translation>&amp;Accredito</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="87" />
        <source>&amp;Delegates</source>
        <translation>&amp;Partecipanti</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="89" />
        <source>&amp;Attendance</source>
        <translation>P&amp;resenze</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="90" />
        <location filename="../../meetingdesk/qt/views/main_window.py" line="143" />
        <source>&amp;Badges</source>
        <translation>&amp;Badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="120" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="122" />
        <source>&amp;Import delegates…</source>
        <translation>&amp;Importa partecipanti…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="126" />
        <source>Event &amp;set-up…</source>
        <translation>&amp;Preparazione dell’evento…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="130" />
        <source>&amp;Export…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="134" />
        <source>&amp;Back up the database…</source>
        <translation>&amp;Backup del database…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="137" />
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="140" />
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="144" />
        <source>&amp;Design layout…</source>
        <translation>&amp;Progetta layout…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="146" />
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="147" />
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="150" />
        <source>&amp;High contrast</source>
        <translation>Contrasto &amp;elevato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="156" />
        <source>&amp;Sounds</source>
        <translation>&amp;Suoni</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="157" />
        <source>&amp;Language</source>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="158" />
        <source>As the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="166" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="168" />
        <source>Desk: %1 · Operator: %2</source>
        <translation>Postazione: %1 · Operatore: %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="187" />
        <source>No sessions today</source>
        <translation>Oggi nessuna sessione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="190" />
        <source>%1 — meetingdesk</source>
        <translation>%1 — meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="209" />
        <source>Sound on each &amp;outcome</source>
        <translation>Suono a ogni &amp;esito</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="217" />
        <source>&amp;Quiet</source>
        <translation>&amp;Basso</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="217" />
        <source>&amp;Medium</source>
        <translation>&amp;Medio</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="217" />
        <source>&amp;Loud</source>
        <translation>&amp;Alto</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="140" />
        <source>Which column is what?</source>
        <translation>Quale colonna contiene cosa?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="141" />
        <source>Recognised headers are chosen already; choose the rest.</source>
        <translation>Le intestazioni riconosciute sono già assegnate; assegni le altre.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="144" />
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="144" />
        <source>First values</source>
        <translation>Primi valori</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="144" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="152" />
        <source>An empty cell clears what is stored (otherwise the stored value is kept)</source>
        <translation>Una cella vuota cancella il valore salvato (altrimenti resta)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="157" />
        <source>Delegation of rows that name none</source>
        <translation>Delegazione delle righe che non ne indicano</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="158" />
        <source>Category of rows that name none</source>
        <translation>Categoria delle righe che non ne indicano</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="175" />
        <source>— ignore —</source>
        <translation>— ignora —</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="181" />
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="185" />
        <source>— none —</source>
        <translation>— nessuna —</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../meetingdesk/qt/views/message_bar.py" line="22" />
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="100" />
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="108" />
        <source>Fill in the usual OSCE categories and the delegations of the 57 participating States and 11 Partners for Co-operation</source>
        <translation>Inserisci le consuete categorie OSCE e le delegazioni dei 57 Stati partecipanti e degli 11 Partner per la cooperazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="121" />
        <source>Badges are signed with a key that only this passphrase opens. Type it on the computers that print badges; desks that only check people in never need it. Keep it safe: nobody can print a badge without it.</source>
        <translation>I badge sono firmati con una chiave che solo questa frase segreta apre. La digiti sui computer che stampano i badge; le postazioni che accreditano soltanto non ne hanno mai bisogno. La custodisca bene: senza di essa nessuno può stampare un badge.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="133" />
        <source>Badge passphrase</source>
        <translation>Frase segreta dei badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="134" />
        <source>The same again</source>
        <translation>Di nuovo la stessa</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="137" />
        <source>&amp;Choose…</source>
        <translation>&amp;Scegli…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="142" />
        <source>Database file</source>
        <translation>File del database</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="144" />
        <source>Database</source>
        <translation>Database</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="148" />
        <source>&amp;Create</source>
        <translation>&amp;Crea</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="163" />
        <source>The two passphrases differ.</source>
        <translation>Le due frasi segrete sono diverse.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="168" />
        <source>The badge passphrase needs at least %1 characters.</source>
        <translation>La frase segreta deve avere almeno %1 caratteri.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="179" />
        <source>%1 exists already: choose another file, or open it.</source>
        <translation>%1 esiste già: scelga un altro file o lo apra.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="186" />
        <source>The folder %1 does not exist.</source>
        <translation>La cartella %1 non esiste.</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="98" />
        <source>&amp;Retry</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="112" />
        <source>The badge of %1 was not printed: %2.</source>
        <translation>Il badge di %1 non è stato stampato: %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="124" />
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="125" />
        <source>Type a name or scan a badge.</source>
        <translation>Digiti un nome o scansioni un badge.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="134" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="230" />
        <source>Registration cancelled</source>
        <translation>Iscrizione annullata</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="136" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="226" />
        <source>Already checked in</source>
        <translation>Già accreditato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="138" />
        <source>Enter checks in</source>
        <translation>Invio accredita</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="152" />
        <source>Choose who it is</source>
        <translation>Scelga chi è</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="154" />
        <source>%1 people match exactly: choose with Up or Down, then press Enter.</source>
        <translation>%1 persone corrispondono esattamente: scelga con Su o Giù, poi prema Invio.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="215" />
        <source>Head of Delegation</source>
        <translation>Capo delegazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="220" />
        <source>Check-in undone</source>
        <translation>Accredito annullato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="220" />
        <source>Nothing to undo</source>
        <translation>Niente da annullare</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="222" />
        <source>Checked in (offline)</source>
        <translation>Accreditato (offline)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="224" />
        <source>Checked in</source>
        <translation>Accreditato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="228" />
        <source>Not found</source>
        <translation>Non trovato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="231" />
        <source>Badge revoked</source>
        <translation>Badge revocato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="232" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="233" />
        <source>Code not valid</source>
        <translation>Codice non valido</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="234" />
        <source>Not checked in</source>
        <translation>Non accreditato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="235" />
        <source>Check identity document</source>
        <translation>Controlli il documento d’identità</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="236" />
        <source>Refused</source>
        <translation>Rifiutato</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="25" />
        <source>Badge passphrase</source>
        <translation>Frase segreta dei badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="31" />
        <source>Printing badges needs the event's passphrase, which the organisers chose. It stays unlocked on this computer until meetingdesk closes.</source>
        <translation>Per stampare i badge serve la frase segreta dell’evento, scelta dagli organizzatori. Resta sbloccata su questo computer finché meetingdesk non si chiude.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="39" />
        <source>Passphrase</source>
        <translation>Frase segreta</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="54" />
        <source>That is not the passphrase of this event's badges.</source>
        <translation>Questa non è la frase segreta dei badge di questo evento.</translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <location filename="../../meetingdesk/qt/views/person_finder.py" line="51" />
        <source>No one found.</source>
        <translation>Nessuno trovato.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/person_finder.py" line="62" />
        <source>More matches: keep typing to narrow them down.</source>
        <translation>Altri risultati: continui a digitare per restringerli.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="210" />
        <source>What will change</source>
        <translation>Cosa cambierà</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="218" />
        <source>Import the other rows and skip the ones with problems</source>
        <translation>Importa le altre righe e salta quelle con problemi</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="235" />
        <source>Checking every row…</source>
        <translation>Controllo di ogni riga…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="276" />
        <source>(cleared)</source>
        <translation>(cancellato)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="287" />
        <source>Problems</source>
        <translation>Problemi</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="288" />
        <source>To add</source>
        <translation>Da aggiungere</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="289" />
        <source>To update</source>
        <translation>Da aggiornare</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="290" />
        <source>Not on the list (kept)</source>
        <translation>Non in elenco (mantenuti)</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="156" />
        <source>Reprint a badge</source>
        <translation>Ristampa un badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="171" />
        <source>Badge code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="173" />
        <source>Badge now in use</source>
        <translation>Badge in uso</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="174" />
        <source>generation %1</source>
        <translation>generazione %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="178" />
        <source>Last reprint</source>
        <translation>Ultima ristampa</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="180" />
        <source>%1 at %2 (%3)</source>
        <translation>%1 presso %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="182" />
        <source>another desk</source>
        <translation>un’altra postazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="191" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="194" />
        <source>The badge now in use stops working at every desk once the new one has gone to the printer.</source>
        <translation>Il badge in uso smette di valere a ogni postazione non appena il nuovo è andato in stampa.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="201" />
        <source>&amp;Reprint</source>
        <translation>&amp;Ristampa</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="475" />
        <source>Save layout as</source>
        <translation>Salva layout come</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="479" />
        <source>small letters, digits and hyphens</source>
        <translation>minuscole, cifre e trattini</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="486" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="487" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="505" />
        <source>Give the layout a title.</source>
        <translation>Dai un titolo al layout.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="509" />
        <source>The name takes small letters, digits and hyphens, first a letter or digit.</source>
        <translation>Il nome usa minuscole, cifre e trattini, prima una lettera o una cifra.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="514" />
        <source>There is a layout called %1 already.</source>
        <translation>Esiste già un layout chiamato %1.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="24" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="25" />
        <source>Native script</source>
        <translation>Scrittura originale</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="26" />
        <source>Delegation</source>
        <translation>Delegazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="27" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="28" />
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="29" />
        <source>Badge code</source>
        <translation>Codice</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="66" />
        <source>cancelled</source>
        <translation>annullata</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="68" />
        <source>checked in</source>
        <translation>accreditato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="70" />
        <source>expected</source>
        <translation>atteso</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/models/search_results.py" line="105" />
        <source>Same name as %n other person(s) here: check delegation and code.</source>
        <translation>
            <numerusform>Stesso nome di un’altra persona qui: controlli delegazione e codice.</numerusform>
            <numerusform>Stesso nome di altre %n persone qui: controlli delegazione e codice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="222" />
        <source>Connect to a server</source>
        <translation>Connetti a un server</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="227" />
        <source>&amp;Test</source>
        <translation>&amp;Prova</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="233" />
        <source>The address of the meeting's PostgreSQL database, as the organisers set it up (see 'Several desks' in the README).</source>
        <translation>L’indirizzo del database PostgreSQL della riunione, come l’hanno configurato gli organizzatori (vedere «Several desks» nel README).</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="242" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="246" />
        <source>&amp;Use this server</source>
        <translation>&amp;Usa questo server</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="262" />
        <source>Write the address as postgresql://user@host/database.</source>
        <translation>Scriva l’indirizzo come postgresql://utente@host/database.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="268" />
        <source>Asking %1…</source>
        <translation>Interrogazione di %1…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="285" />
        <source>Not reachable: %1</source>
        <translation>Non raggiungibile: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="290" />
        <source>%1 answers; the meeting is: %2.</source>
        <translation>%1 risponde; la riunione è: %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="292" />
        <source>%1 answers; it holds no event yet: you can create one.</source>
        <translation>%1 risponde; non contiene ancora eventi: può crearne uno.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="223" />
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="223" />
        <source>New session</source>
        <translation>Nuova sessione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="237" />
        <source>Title *</source>
        <translation>Titolo *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="238" />
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="239" />
        <source>Day</source>
        <translation>Giorno</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="240" />
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="241" />
        <source>End</source>
        <translation>Fine</translation>
    </message>
</context>
<context>
    <name>SetupTable</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="360" />
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="361" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="362" />
        <source>Re&amp;move</source>
        <translation>&amp;Rimuovi</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="322" />
        <source>Welcome to meetingdesk</source>
        <translation>Benvenuti in meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="331" />
        <source>There is no meeting on this computer yet. Create one, open a file a colleague gave you, connect to the meeting's server, or try the demo.</source>
        <translation>Su questo computer non c’è ancora nessuna riunione. Ne crei una, apra un file ricevuto da un collega, si connetta al server della riunione o provi la demo.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="335" />
        <source>The database %1 holds no event yet: create it, or choose another database.</source>
        <translation>Il database %1 non contiene ancora eventi: lo crei o scelga un altro database.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="337" />
        <source>%1 cannot be opened: %2</source>
        <translation>Impossibile aprire %1: %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="348" />
        <source>&amp;New event…</source>
        <translation>&amp;Nuovo evento…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="349" />
        <source>Its details, sessions, categories and delegations; the OSCE preset.</source>
        <translation>I suoi dati, sessioni, categorie e delegazioni; il modello OSCE.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="354" />
        <source>&amp;Open a file…</source>
        <translation>&amp;Apri un file…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="355" />
        <source>A meetingdesk database on this computer.</source>
        <translation>Un database meetingdesk su questo computer.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="360" />
        <source>Connect to a &amp;server…</source>
        <translation>Connetti a un &amp;server…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="361" />
        <source>Several desks: one PostgreSQL database on the venue network.</source>
        <translation>Più postazioni: un database PostgreSQL sulla rete della sede.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="366" />
        <source>Try the &amp;demo</source>
        <translation>Prova la &amp;demo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="367" />
        <source>An invented meeting, in progress today; removed when you close it.</source>
        <translation>Una riunione inventata, in corso oggi; rimossa alla chiusura.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="383" />
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="405" />
        <source>%1 is not a meetingdesk database: %2</source>
        <translation>%1 non è un database meetingdesk: %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="407" />
        <source>it has no meetingdesk tables</source>
        <translation>non ha le tabelle di meetingdesk</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/wording.py" line="701" />
        <source>used by %n delegate(s) (%1): move them first</source>
        <translation>
            <numerusform>usata da %n partecipante (%1): prima lo sposti</numerusform>
            <numerusform>usata da %n partecipanti (%1): prima li sposti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/wording.py" line="704" />
        <source>%n attendance(s) recorded: it cannot be removed</source>
        <translation>
            <numerusform>%n presenza registrata: non si può eliminare</numerusform>
            <numerusform>%n presenze registrate: non si può eliminare</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_RowForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="215" />
        <source>Fill in the fields marked *.</source>
        <translation>Compili i campi contrassegnati da *.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="204" />
        <source>Back up the database</source>
        <translation>Backup del database</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="211" />
        <source>Backing up the database…</source>
        <translation>Backup del database in corso…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="218" />
        <source>Backup written to %1; it passed its integrity check.</source>
        <translation>Backup scritto in %1; ha superato il controllo di integrità.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="358" />
        <source>The database is not answering: %1. The desk shows what it last knew.</source>
        <translation>Il database non risponde: %1. La postazione mostra gli ultimi dati noti.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="366" />
        <source>The database answers again.</source>
        <translation>Il database risponde di nuovo.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="403" />
        <source>Something went wrong. The details are in the log: %1</source>
        <translation>Qualcosa è andato storto. I dettagli sono nel registro: %1</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="117" />
        <source>Save the badges as a PDF</source>
        <translation>Salva i badge in PDF</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="59" />
        <source>Open a meetingdesk database</source>
        <translation>Apri un database meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="61" />
        <source>meetingdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Database meetingdesk (*.sqlite3 *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="67" />
        <source>Save the new database as</source>
        <translation>Salva il nuovo database come</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="69" />
        <source>meetingdesk databases (*.sqlite3)</source>
        <translation>database meetingdesk (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="19" />
        <source>participating State</source>
        <translation>Stato partecipante</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="22" />
        <source>Partner for Co-operation</source>
        <translation>Partner per la cooperazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="25" />
        <source>international organisation</source>
        <translation>organizzazione internazionale</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="28" />
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="29" />
        <source>OSCE structure</source>
        <translation>struttura dell’OSCE</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="30" />
        <source>host</source>
        <translation>paese ospitante</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="31" />
        <source>media</source>
        <translation>stampa</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="87" />
        <source>(no country)</source>
        <translation>(nessun paese)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="131" />
        <source>Badge colour</source>
        <translation>Colore del badge</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="43" />
        <source>%1 is the database (or its log, or a copy of it): choose another file.</source>
        <translation>%1 è il database (o il suo registro, o una sua copia): scelga un altro file.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="46" />
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 è una cartella: indichi un nome di file.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="49" />
        <source>The folder of %1 does not exist.</source>
        <translation>La cartella di %1 non esiste.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="52" />
        <source>The folder of %1 is a file, not a folder.</source>
        <translation>La cartella di %1 è un file, non una cartella.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="55" />
        <source>The disk is full: %1 was not written.</source>
        <translation>Il disco è pieno: %1 non è stato scritto.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="58" />
        <source>%1 cannot be written.</source>
        <translation>Impossibile scrivere %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="72" />
        <source>No one has the badge code %1.</source>
        <translation>Nessuno ha il codice badge %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="90" />
        <source>the server did not answer within %1 seconds</source>
        <translation>il server non ha risposto entro %1 secondi</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="94" />
        <source>the database is busy (another desk holds a lock): nothing was changed, try again</source>
        <translation>il database è occupato (un’altra postazione tiene un blocco): nulla è stato modificato, riprovi</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="98" />
        <source>the database took too long to answer: nothing was changed, try again</source>
        <translation>il database ha impiegato troppo a rispondere: nulla è stato modificato, riprovi</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="101" />
        <source>the database is busy (another program holds it): nothing was changed, try again</source>
        <translation>il database è occupato (lo tiene un altro programma): nulla è stato modificato, riprovi</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="105" />
        <source>the disk is full or failing: nothing was changed; free some space</source>
        <translation>il disco è pieno o guasto: nulla è stato modificato; liberi spazio</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="108" />
        <source>the database cannot be written (read-only): nothing was changed</source>
        <translation>il database non è scrivibile (sola lettura): nulla è stato modificato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="111" />
        <source>the desk is closing</source>
        <translation>la postazione si sta chiudendo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="112" />
        <source>undoing a check-in needs the server, which does not answer</source>
        <translation>per annullare un accredito serve il server, che non risponde</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="115" />
        <source>the server does not answer and this desk has no local copy yet</source>
        <translation>il server non risponde e questa postazione non ha ancora una copia locale</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="193" />
        <location filename="../../meetingdesk/qt/wording.py" line="607" />
        <source>this is required</source>
        <translation>è obbligatorio</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="194" />
        <location filename="../../meetingdesk/qt/wording.py" line="351" />
        <location filename="../../meetingdesk/qt/wording.py" line="609" />
        <source>longer than %1 characters</source>
        <translation>più lungo di %1 caratteri</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="195" />
        <source>a control character (%1): remove it</source>
        <translation>un carattere di controllo (%1): lo rimuova</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="198" />
        <location filename="../../meetingdesk/qt/wording.py" line="355" />
        <source>%1 is not an e-mail address</source>
        <translation>%1 non è un indirizzo e-mail</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="201" />
        <location filename="../../meetingdesk/qt/wording.py" line="676" />
        <source>%1 does not exist (any more)</source>
        <translation>%1 non esiste (più)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="202" />
        <source>this registration is cancelled: no badge to reprint</source>
        <translation>questa iscrizione è annullata: nessun badge da ristampare</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="205" />
        <source>nobody to print: the choice is empty</source>
        <translation>nessuno da stampare: la selezione è vuota</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="208" />
        <source>this badge cannot be reprinted again</source>
        <translation>questo badge non può essere ristampato di nuovo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="324" />
        <source>no column is mapped to the family name</source>
        <translation>nessuna colonna corrisponde al cognome</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="327" />
        <source>no column is mapped to the delegation, and no default delegation was given</source>
        <translation>nessuna colonna corrisponde alla delegazione e non è stata indicata una delegazione predefinita</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="330" />
        <source>no column is mapped to the category, and no default category was given</source>
        <translation>nessuna colonna corrisponde alla categoria e non è stata indicata una categoria predefinita</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="333" />
        <source>the same person as line %1 (same e-mail address)</source>
        <translation>la stessa persona della riga %1 (stesso indirizzo e-mail)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="336" />
        <source>the same person as line %1 (same name and delegation)</source>
        <translation>la stessa persona della riga %1 (stesso nome e delegazione)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="339" />
        <source>the name matches %1 registered delegates (%2): give the e-mail address to say which</source>
        <translation>il nome corrisponde a %1 partecipanti iscritti (%2): indichi l’indirizzo e-mail per dire quale</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="343" />
        <source>the e-mail address belongs to %1 but the name to %2: correct the row or the registered delegates</source>
        <translation>l’indirizzo e-mail appartiene a %1 ma il nome a %2: corregga la riga o i partecipanti iscritti</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="348" />
        <source>a control character (%1) in the text: remove it</source>
        <translation>un carattere di controllo (%1) nel testo: lo rimuova</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="352" />
        <source>the family name is missing</source>
        <translation>manca il cognome</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="358" />
        <source>%1: write yes or no</source>
        <translation>%1: scriva sì o no</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="359" />
        <source>unknown delegation %1</source>
        <translation>delegazione sconosciuta %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="362" />
        <source>the delegation is missing</source>
        <translation>manca la delegazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="365" />
        <source>unknown category %1</source>
        <translation>categoria sconosciuta %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="366" />
        <source>the category is missing</source>
        <translation>manca la categoria</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="312" />
        <source>line %1</source>
        <translation>riga %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="77" />
        <source>%1 was written by a newer version of meetingdesk (schema %2): install the newer meetingdesk to open it</source>
        <translation>%1 è stato scritto da una versione più recente di meetingdesk (schema %2): la installi per aprirlo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="125" />
        <source>there is no database at %1</source>
        <translation>non c’è alcun database in %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="128" />
        <source>cannot create a database at %1: the folder %2 does not exist</source>
        <translation>impossibile creare un database in %1: la cartella %2 non esiste</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="131" />
        <source>%1 is not a meetingdesk database (%2)</source>
        <translation>%1 non è un database meetingdesk (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="134" />
        <source>%1 is another program's database (tables %2): meetingdesk leaves it alone</source>
        <translation>%1 è il database di un altro programma (tabelle %2): meetingdesk non lo tocca</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="137" />
        <source>%1 is on a network share (%2): an SQLite file cannot be shared safely between computers. For several desks, use one PostgreSQL database; for one desk, keep the file on this computer.</source>
        <translation>%1 è su una condivisione di rete (%2): un file SQLite non si può condividere in sicurezza tra computer. Per più postazioni usi un database PostgreSQL; per una sola, tenga il file su questo computer.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="143" />
        <source>%1 cannot be opened (%2)</source>
        <translation>impossibile aprire %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="155" />
        <source>Event title</source>
        <translation>Titolo dell’evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="156" />
        <source>Place and dates</source>
        <translation>Luogo e date</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="157" />
        <source>Name on the badge</source>
        <translation>Nome sul badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="158" />
        <source>Name in native script</source>
        <translation>Nome nella sua scrittura</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="159" />
        <source>Honorific</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="160" />
        <source>Function</source>
        <translation>Funzione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="161" />
        <source>Delegation or organisation</source>
        <translation>Delegazione o organizzazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="162" />
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="163" />
        <source>Head-of-delegation marker</source>
        <translation>Indicazione di capo delegazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="164" />
        <source>Badge code, readable</source>
        <translation>Codice del badge, leggibile</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="165" />
        <source>Reprint marker</source>
        <translation>Indicazione di ristampa</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="174" />
        <source>badge %1: %2 set at %3 pt, below the layout's floor of %4 pt</source>
        <translation>badge %1: %2 composto a %3 pt, sotto il minimo del layout, %4 pt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="179" />
        <source>badge %1: no font has every letter of %2: left out</source>
        <translation>badge %1: nessun carattere ha tutte le lettere di %2: omesso</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="183" />
        <source>badge %1: photo not drawn (%2)</source>
        <translation>badge %1: foto non disegnata (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="211" />
        <source>say why: one of %1</source>
        <translation>dica perché: uno tra %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="212" />
        <source>%1 is shipped with meetingdesk: save the layout under another name</source>
        <translation>%1 è fornito con meetingdesk: salva il layout con un altro nome</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="215" />
        <source>there is a layout called %1 already</source>
        <translation>esiste già un layout chiamato %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="229" />
        <source>not valid UTF-16 although it says so</source>
        <translation>non è UTF-16 valido anche se lo dichiara</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="232" />
        <source>not a text file (it contains binary data)</source>
        <translation>non è un file di testo (contiene dati binari)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="235" />
        <source>byte %1 is not valid %2: save the file as UTF-8 (CSV UTF-8 in Excel) and import it again</source>
        <translation>il byte %1 non è %2 valido: salvi il file come UTF-8 (CSV UTF-8 in Excel) e lo importi di nuovo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="240" />
        <source>byte %1 is neither UTF-8 nor Windows-1252: save the file as UTF-8 (CSV UTF-8 in Excel) and import it again</source>
        <translation>il byte %1 non è né UTF-8 né Windows-1252: salvi il file come UTF-8 (CSV UTF-8 in Excel) e lo importi di nuovo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="245" />
        <source>the header has only one column: separate the columns with commas, semicolons or tabs</source>
        <translation>l’intestazione ha una sola colonna: separi le colonne con virgole, punti e virgola o tabulazioni</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="249" />
        <source>the header %1 appears twice (columns %2 and %3): rename or remove one</source>
        <translation>l’intestazione %1 compare due volte (colonne %2 e %3): ne rinomini o rimuova una</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="252" />
        <source>the first line has no column headers</source>
        <translation>la prima riga non ha intestazioni di colonna</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="255" />
        <source>there are no rows under the header</source>
        <translation>non ci sono righe sotto l’intestazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="258" />
        <source>this row has %1 cells but the header only %2</source>
        <translation>questa riga ha %1 celle ma l’intestazione solo %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="261" />
        <source>the file is empty</source>
        <translation>il file è vuoto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="262" />
        <source>malformed CSV (%1)</source>
        <translation>CSV malformato (%1)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="263" />
        <source>not a readable Excel workbook (%1)</source>
        <translation>non è una cartella di lavoro Excel leggibile (%1)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="266" />
        <source>not a delegate list: %1 parts in the workbook</source>
        <translation>non è un elenco di partecipanti: %1 parti nella cartella di lavoro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="269" />
        <source>the workbook unpacks to %1 MB from %2 KB: not a delegate list (a damaged or hostile file)</source>
        <translation>la cartella di lavoro si decomprime in %1 MB da %2 KB: non è un elenco di partecipanti (un file danneggiato o malevolo)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="274" />
        <source>a formula without a computed value: open the file in Excel or LibreOffice, save it, and import it again</source>
        <translation>una formula senza valore calcolato: apra il file in Excel o LibreOffice, lo salvi e lo importi di nuovo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="279" />
        <source>the header has merged cells (%1): give every column its own header</source>
        <translation>l’intestazione ha celle unite (%1): dia a ogni colonna la sua intestazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="282" />
        <source>the workbook has no visible sheet</source>
        <translation>la cartella di lavoro non ha fogli visibili</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="285" />
        <source>the sheet %1 is empty</source>
        <translation>il foglio %1 è vuoto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="286" />
        <source>larger than %1 MB: not a list</source>
        <translation>più di %1 MB: non è un elenco</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="289" />
        <source>not an Excel workbook (.xlsx) although it is named so</source>
        <translation>non è una cartella di lavoro Excel (.xlsx) anche se si chiama così</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="292" />
        <source>is a folder, not a list</source>
        <translation>è una cartella, non un elenco</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="293" />
        <source>cannot be read (%1)</source>
        <translation>non leggibile (%1)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="314" />
        <source>column %1</source>
        <translation>colonna %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="377" />
        <source>Passport</source>
        <translation>Passaporto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="378" />
        <source>National identity card</source>
        <translation>Carta d’identità nazionale</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="379" />
        <source>Diplomatic or service card</source>
        <translation>Tessera diplomatica o di servizio</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="380" />
        <source>Other document</source>
        <translation>Altro documento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="413" />
        <source>lost</source>
        <translation>perso</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="414" />
        <source>damaged</source>
        <translation>danneggiato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="415" />
        <source>name corrected</source>
        <translation>nome corretto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="416" />
        <source>first print</source>
        <translation>prima stampa</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="423" />
        <source>The code is not valid.</source>
        <translation>Il codice non è valido.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="425" />
        <source>A badge of another event.</source>
        <translation>Un badge di un altro evento.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="426" />
        <source>The signature does not match: the code was altered or forged.</source>
        <translation>La firma non corrisponde: il codice è stato alterato o falsificato.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="429" />
        <source>Signed with a key the event has retired: reprint the badge.</source>
        <translation>Firmato con una chiave che l’evento ha ritirato: ristampi il badge.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="432" />
        <source>Not a meetingdesk badge code.</source>
        <translation>Non è un codice badge di meetingdesk.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="435" />
        <source>This badge was never issued.</source>
        <translation>Questo badge non è mai stato emesso.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="449" />
        <source>No one has the code %1.</source>
        <translation>Nessuno ha il codice %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="456" />
        <source>Admitted to %1.</source>
        <translation>Ammesso a %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="458" />
        <source>Already recorded in %1 at %2 at %3.</source>
        <translation>Già registrato in %1 alle %2 presso %3.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="463" />
        <source>Attendance removed from %1.</source>
        <translation>Presenza rimossa da %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="467" />
        <source>Not recorded in this session.</source>
        <translation>Non registrato in questa sessione.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="471" />
        <source>The check-in of %1 at %2 is undone.</source>
        <translation>L’accredito delle %1 presso %2 è annullato.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="475" />
        <source>Not checked in: nothing to undo.</source>
        <translation>Non accreditato: niente da annullare.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="479" />
        <source>Already checked in at %1 at %2.</source>
        <translation>Già accreditato alle %1 presso %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="484" />
        <source>Offline: kept on this computer, sent when the server answers.</source>
        <translation>Offline: conservato su questo computer, inviato quando il server risponderà.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="496" />
        <source>A newer badge was printed: this one no longer works.</source>
        <translation>È stato stampato un badge più recente: questo non è più valido.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="502" />
        <source>Reprinted at %1 (%2): this badge no longer works.</source>
        <translation>Ristampato alle %1 (%2): questo badge non è più valido.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="506" />
        <source>Reprinted on %1 (%2): this badge no longer works.</source>
        <translation>Ristampato il %1 (%2): questo badge non è più valido.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="515" />
        <source>%1: an identity document must be checked.</source>
        <translation>%1: bisogna controllare un documento d’identità.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="519" />
        <source>Not checked in at the registration desk yet.</source>
        <translation>Non ancora accreditato alla postazione di registrazione.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="521" />
        <source>The registration was cancelled.</source>
        <translation>L’iscrizione è stata annullata.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="550" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="551" />
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="552" />
        <source>Categories</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="553" />
        <source>Delegations</source>
        <translation>Delegazioni</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="560" />
        <source>title</source>
        <translation>titolo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="561" />
        <source>venue</source>
        <translation>sede</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="562" />
        <source>city</source>
        <translation>città</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="563" />
        <source>organiser</source>
        <translation>organizzatore</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="564" />
        <source>first day</source>
        <translation>primo giorno</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="565" />
        <source>last day</source>
        <translation>ultimo giorno</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="566" />
        <source>time zone</source>
        <translation>fuso orario</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="567" />
        <source>language of badges</source>
        <translation>lingua dei badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="568" />
        <source>head of delegation, on badges</source>
        <translation>capo delegazione, sui badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="571" />
        <source>reprint mark, on badges</source>
        <translation>indicazione di ristampa, sui badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="572" />
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="573" />
        <source>day</source>
        <translation>giorno</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="574" />
        <source>start</source>
        <translation>inizio</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="575" />
        <source>end</source>
        <translation>fine</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="576" />
        <source>code</source>
        <translation>codice</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="577" />
        <source>label</source>
        <translation>etichetta</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="578" />
        <source>colour</source>
        <translation>colore</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="579" />
        <source>label on badges</source>
        <translation>etichetta sui badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="580" />
        <source>name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="581" />
        <source>English name</source>
        <translation>nome inglese</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="582" />
        <source>French name</source>
        <translation>nome francese</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="583" />
        <source>country</source>
        <translation>paese</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="584" />
        <source>honorific</source>
        <translation>titolo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="585" />
        <source>given name</source>
        <translation>nome</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="586" />
        <source>family name</source>
        <translation>cognome</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="587" />
        <source>name on the badge</source>
        <translation>nome sul badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="588" />
        <source>name in native script</source>
        <translation>nome nella sua scrittura</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="589" />
        <source>function</source>
        <translation>funzione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="590" />
        <source>delegation</source>
        <translation>delegazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="591" />
        <source>category</source>
        <translation>categoria</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="592" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="593" />
        <source>phone</source>
        <translation>telefono</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="594" />
        <source>notes</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="595" />
        <source>badges to print</source>
        <translation>badge da stampare</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="596" />
        <source>badge</source>
        <translation>badge</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="597" />
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="613" />
        <source>%1 is not a code: letters and digits, up to 16</source>
        <translation>%1 non è un codice: lettere e cifre, al massimo 16</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="617" />
        <source>%1 is not a colour like #1F4E9A</source>
        <translation>%1 non è un colore come #1F4E9A</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="621" />
        <source>%1 is not a country code</source>
        <translation>%1 non è un codice di paese</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="625" />
        <source>%1 is not a time zone</source>
        <translation>%1 non è un fuso orario</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="629" />
        <source>no badge texts in %1</source>
        <translation>nessun testo dei badge in %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="633" />
        <source>the event ends before it starts</source>
        <translation>l’evento finisce prima di iniziare</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="635" />
        <source>the session ends before it starts</source>
        <translation>la sessione finisce prima di iniziare</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="638" />
        <source>the day is not between %1 and %2</source>
        <translation>il giorno non è tra %1 e %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="646" />
        <source>%1 (row %2)</source>
        <translation>%1 (riga %2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="651" />
        <source>overlaps %1, %2–%3, in the same room</source>
        <translation>si sovrappone a %1, %2–%3, nella stessa sala</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="659" />
        <source>%1 is also on row %2</source>
        <translation>%1 è anche alla riga %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="664" />
        <source>%1 exists already</source>
        <translation>%1 esiste già</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="672" />
        <source>changed at another desk meanwhile: close the set-up and open it again</source>
        <translation>modificato nel frattempo a un’altra postazione: chiuda la preparazione e la riapra</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="680" />
        <source>this database already holds an event</source>
        <translation>questo database contiene già un evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="684" />
        <source>row %1</source>
        <translation>riga %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="713" />
        <source>refused</source>
        <translation>rifiutato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="715" />
        <source>registration cancelled</source>
        <translation>iscrizione annullata</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="716" />
        <source>badge revoked by a reprint</source>
        <translation>badge revocato da una ristampa</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="717" />
        <source>code not valid</source>
        <translation>codice non valido</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="718" />
        <source>a badge of another event</source>
        <translation>un badge di un altro evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="719" />
        <source>not checked in at the desk</source>
        <translation>non accreditato alla postazione</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="720" />
        <source>identity document to be checked</source>
        <translation>documento d’identità da controllare</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="729" />
        <source>%1 check-ins made meanwhile were sent.</source>
        <translation>Inviati %1 accrediti fatti nel frattempo.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="733" />
        <source>%1 (in already at %2 at %3)</source>
        <translation>%1 (già accreditato alle %2 presso %3)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="740" />
        <source>%1 (%2, scanned at %3 at %4)</source>
        <translation>%1 (%2, scansionato alle %3 presso %4)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="744" />
        <source>unknown badge</source>
        <translation>badge sconosciuto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="753" />
        <source>Checked in elsewhere first: %1.</source>
        <translation>Accreditati prima altrove: %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="757" />
        <source>NOT recorded, see to them: %1.</source>
        <translation>NON registrati, se ne occupi: %1.</translation>
    </message>
</context>
</TS>