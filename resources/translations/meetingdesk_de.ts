<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>BadgesView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="250" />
        <source>Badges to print</source>
        <translation>Zu druckende Ausweise</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="252" />
        <source>Everyone whose badge is not printed yet</source>
        <translation>Alle, deren Ausweis noch nicht gedruckt ist</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="255" />
        <source>Everyone in the category</source>
        <translation>Die ganze Kategorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="259" />
        <source>These badge codes</source>
        <translation>Diese Ausweiscodes</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="261" />
        <source>codes as printed on the badges, e.g. EDKR 2K9Y</source>
        <translation>Codes wie auf den Ausweisen, z. B. EDKR 2K9Y</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="267" />
        <source>or a name: Enter finds the person</source>
        <translation>oder ein Name: Eingabe findet die Person</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="269" />
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="281" />
        <source>&amp;Design…</source>
        <translation>&amp;Gestalten…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="282" />
        <source>Open this layout in the badge designer</source>
        <translation>Dieses Layout im Ausweis-Designer öffnen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="304" />
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="307" />
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="308" />
        <source>Save as P&amp;DF…</source>
        <translation>Als P&amp;DF speichern…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="311" />
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="314" />
        <source>Open its &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="326" />
        <source>Reprint a lost or damaged badge (the old one stops working)</source>
        <translation>Verlorenen oder beschädigten Ausweis neu drucken (der alte wird ungültig)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="328" />
        <source>badge code</source>
        <translation>Ausweiscode</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="332" />
        <source>&amp;Reprint…</source>
        <translation>&amp;Neu drucken…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="341" />
        <source>Print the badge at check-in when it is not printed yet</source>
        <translation>Ausweis bei der Akkreditierung drucken, wenn er noch nicht gedruckt ist</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="432" />
        <source>%n badge(s) to print</source>
        <translation>
            <numerusform>%n Ausweis zu drucken</numerusform>
            <numerusform>%n Ausweise zu drucken</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="434" />
        <source>(%n cancelled registration(s) left out)</source>
        <translation>
            <numerusform>(%n stornierte Anmeldung ausgelassen)</numerusform>
            <numerusform>(%n stornierte Anmeldungen ausgelassen)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="450" />
        <source>Nothing was printed: the badge passphrase is needed.</source>
        <translation>Nichts wurde gedruckt: Die Ausweis-Passphrase wird benötigt.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="460" />
        <source>Nothing was printed: no printer was chosen.</source>
        <translation>Nichts wurde gedruckt: Es wurde kein Drucker gewählt.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="527" />
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="543" />
        <source>the badge passphrase has not been typed on this desk</source>
        <translation>die Ausweis-Passphrase wurde an diesem Schalter nicht eingegeben</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="549" />
        <source>this computer has no printer set up</source>
        <translation>auf diesem Computer ist kein Drucker eingerichtet</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="589" />
        <source>The registration of %1 is cancelled: no badge is reprinted.</source>
        <translation>Die Anmeldung von %1 ist storniert: Es wird kein Ausweis neu gedruckt.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="597" />
        <source>Not reprinted: the badge passphrase is needed. The badge of %1 still works.</source>
        <translation>Nicht neu gedruckt: Die Passphrase wird benötigt. Der Ausweis von %1 bleibt gültig.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="606" />
        <source>Not reprinted: the badge of %1 still works.</source>
        <translation>Nicht neu gedruckt: Der Ausweis von %1 bleibt gültig.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="616" />
        <source>Not reprinted: no printer was chosen. The badge of %1 still works.</source>
        <translation>Nicht neu gedruckt: Es wurde kein Drucker gewählt. Der Ausweis von %1 bleibt gültig.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="645" />
        <source>Printing…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="673" />
        <source>Nothing was printed: no badge matches the choice any more.</source>
        <translation>Nichts gedruckt: Kein Ausweis entspricht mehr der Auswahl.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="688" />
        <source>%n badge(s) printed</source>
        <translation>
            <numerusform>%n Ausweis gedruckt</numerusform>
            <numerusform>%n Ausweise gedruckt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="689" />
        <source>on %n page(s).</source>
        <translation>
            <numerusform>auf %n Seite.</numerusform>
            <numerusform>auf %n Seiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="692" />
        <source>%n of them had been reprinted meanwhile and no longer work.</source>
        <translation>
            <numerusform>%n davon wurde inzwischen neu gedruckt und ist nicht mehr gültig.</numerusform>
            <numerusform>%n davon wurden inzwischen neu gedruckt und sind nicht mehr gültig.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="697" />
        <source>Printing cancelled: no badge counts as printed.</source>
        <translation>Druck abgebrochen: Kein Ausweis gilt als gedruckt.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="700" />
        <source>The printer %1 did not take the job: no badge counts as printed.</source>
        <translation>Der Drucker %1 hat den Auftrag nicht angenommen: Kein Ausweis gilt als gedruckt.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="701" />
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="774" />
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="704" />
        <source>Warnings: %1</source>
        <translation>Warnungen: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="709" />
        <source>printing was cancelled</source>
        <translation>der Druck wurde abgebrochen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="711" />
        <source>the printer %1 did not take the job</source>
        <translation>der Drucker %1 hat den Auftrag nicht angenommen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="720" />
        <source>Mark as printed?</source>
        <translation>Als gedruckt markieren?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="722" />
        <source>%n badge(s) saved as a PDF. Will you print this file now? Only then should they count as printed.</source>
        <translation>
            <numerusform>%n Ausweis als PDF gespeichert. Drucken Sie diese Datei jetzt? Erst dann soll er als gedruckt gelten.</numerusform>
            <numerusform>%n Ausweise als PDF gespeichert. Drucken Sie diese Datei jetzt? Erst dann sollen sie als gedruckt gelten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="730" />
        <source>%n badge(s) saved to %1.</source>
        <translation>
            <numerusform>%n Ausweis in %1 gespeichert.</numerusform>
            <numerusform>%n Ausweise in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="739" />
        <source>%n now count as printed.</source>
        <translation>
            <numerusform>%n gilt jetzt als gedruckt.</numerusform>
            <numerusform>%n gelten jetzt als gedruckt.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="741" />
        <source>They do not count as printed.</source>
        <translation>Sie gelten nicht als gedruckt.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="752" />
        <source>Badge of %1 reprinted (%2): the old badge no longer works.</source>
        <translation>Ausweis von %1 neu gedruckt (%2): Der alte Ausweis ist nicht mehr gültig.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="761" />
        <source>The badge of %1 was reprinted just now at %2 (%3): nothing was changed here.</source>
        <translation>Der Ausweis von %1 wurde soeben an %2 neu gedruckt (%3): Hier wurde nichts geändert.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="764" />
        <source>another desk</source>
        <translation>einem anderen Schalter</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="769" />
        <source>Printing cancelled: the badge of %1 was not reprinted and still works.</source>
        <translation>Druck abgebrochen: Der Ausweis von %1 wurde nicht neu gedruckt und bleibt gültig.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="773" />
        <source>The printer %1 did not take the new badge: the badge of %2 still works.</source>
        <translation>Der Drucker %1 hat den neuen Ausweis nicht angenommen: Der Ausweis von %2 bleibt gültig.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="785" />
        <source>Cancelled: nothing was printed.</source>
        <translation>Abgebrochen: Nichts wurde gedruckt.</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="262" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="262" />
        <source>New category</source>
        <translation>Neue Kategorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="268" />
        <source>Check an identity document at check-in</source>
        <translation>Ausweisdokument bei der Akkreditierung prüfen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="272" />
        <source>as the label</source>
        <translation>wie die Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="274" />
        <source>Code *</source>
        <translation>Code *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="275" />
        <source>Label *</source>
        <translation>Bezeichnung *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="276" />
        <source>Badge colour</source>
        <translation>Ausweisfarbe</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="278" />
        <source>Label on badges</source>
        <translation>Bezeichnung auf den Ausweisen</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="143" />
        <source>Type any part of a name, or scan a badge</source>
        <translation>Beliebigen Teil eines Namens eingeben oder Ausweis scannen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="172" />
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="196" />
        <source>New &amp;walk-in…</source>
        <translation>Neue &amp;Vor-Ort-Anmeldung…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="191" />
        <source>&amp;Undo last check-in</source>
        <translation>Letzte Akkreditierung &amp;rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="230" />
        <source>That is longer than any name: type fewer words.</source>
        <translation>Das ist länger als jeder Name: Geben Sie weniger Wörter ein.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="233" />
        <source>No one found: Ctrl+N registers a walk-in.</source>
        <translation>Niemand gefunden: Strg+N meldet eine Person vor Ort an.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="235" />
        <source>No one found.</source>
        <translation>Niemand gefunden.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="240" />
        <source>More matches: keep typing to narrow them down.</source>
        <translation>Weitere Treffer: Tippen Sie weiter, um sie einzugrenzen.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="426" />
        <source>Undo check-in</source>
        <translation>Akkreditierung rückgängig machen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="427" />
        <source>Undo the last check-in made at this desk?</source>
        <translation>Die letzte Akkreditierung an diesem Schalter rückgängig machen?</translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message>
        <location filename="../../meetingdesk/qt/views/counts_panel.py" line="136" />
        <source>Arrivals today</source>
        <translation>Ankünfte heute</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/counts_panel.py" line="144" />
        <source>Checked in: %1 of %2</source>
        <translation>Akkreditiert: %1 von %2</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="63" />
        <source>Walk-in registration</source>
        <translation>Vor-Ort-Anmeldung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="63" />
        <source>Edit delegate</source>
        <translation>Teilnehmer bearbeiten</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="70" />
        <source>given and family name</source>
        <translation>Vor- und Nachname</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="77" />
        <source>type to choose the delegation</source>
        <translation>tippen, um die Delegation zu wählen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="78" />
        <source>type to choose the category</source>
        <translation>tippen, um die Kategorie zu wählen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="90" />
        <source>Head of delegation</source>
        <translation>Delegationsleiter</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="103" />
        <source>Honorific</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="104" />
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="105" />
        <source>Family name *</source>
        <translation>Nachname *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="106" />
        <source>Name on the badge</source>
        <translation>Name auf dem Ausweis</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="107" />
        <source>Name in native script</source>
        <translation>Name in eigener Schrift</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="108" />
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="109" />
        <source>Delegation *</source>
        <translation>Delegation *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="110" />
        <source>Category *</source>
        <translation>Kategorie *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="112" />
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="113" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="114" />
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="123" />
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="237" />
        <source>Register and check in</source>
        <translation>Anmelden und akkreditieren</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="126" />
        <source>Check in the registered person</source>
        <translation>Die angemeldete Person akkreditieren</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="242" />
        <source>Already registered with this name: %1. If it is the same person, check that registration in.</source>
        <translation>Unter diesem Namen bereits angemeldet: %1. Wenn es dieselbe Person ist, akkreditieren Sie diese Anmeldung.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="254" />
        <source>Check in %1 (%2)</source>
        <translation>%1 akkreditieren (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="262" />
        <source>Register a new person</source>
        <translation>Eine neue Person anmelden</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="295" />
        <source>Choose the delegation.</source>
        <translation>Wählen Sie die Delegation.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="296" />
        <source>Choose the category.</source>
        <translation>Wählen Sie die Kategorie.</translation>
    </message>
</context>
<context>
    <name>DelegatesModel</name>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="51" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="52" />
        <source>Native script</source>
        <translation>Eigene Schrift</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="53" />
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="54" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="55" />
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="56" />
        <source>Registration</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="57" />
        <source>Arrived</source>
        <translation>Angekommen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="58" />
        <source>Badge</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="59" />
        <source>Badge code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="202" />
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="204" />
        <source>registered</source>
        <translation>angemeldet</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="206" />
        <source>printed</source>
        <translation>gedruckt</translation>
    </message>
</context>
<context>
    <name>DelegatesView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="90" />
        <source>Registered and cancelled</source>
        <translation>Angemeldet und storniert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="91" />
        <source>Registered</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="92" />
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="95" />
        <source>Not yet arrived</source>
        <translation>Noch nicht angekommen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="100" />
        <source>Find: any part of a name, in any script, or a code</source>
        <translation>Suchen: beliebiger Teil eines Namens, in jeder Schrift, oder ein Code</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="105" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="176" />
        <source>All categories</source>
        <translation>Alle Kategorien</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="181" />
        <source>All delegations</source>
        <translation>Alle Delegationen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="220" />
        <source>%1 of %2 shown</source>
        <translation>%1 von %2 angezeigt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="331" />
        <source>not yet</source>
        <translation>noch nicht</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="363" />
        <source>Reprint the badge?</source>
        <translation>Ausweis neu drucken?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="365" />
        <source>The badge of %1 was printed with the old name. Reprint it now (reason: name corrected)? The old badge then stops working.</source>
        <translation>Der Ausweis von %1 wurde mit dem alten Namen gedruckt. Jetzt neu drucken (Grund: Name korrigiert)? Der alte Ausweis wird dann ungültig.</translation>
    </message>
</context>
<context>
    <name>DelegationForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="301" />
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="301" />
        <source>New delegation</source>
        <translation>Neue Delegation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="308" />
        <source>as the name</source>
        <translation>wie der Name</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="311" />
        <source>Name *</source>
        <translation>Name *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="312" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="313" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="314" />
        <source>English protocol name</source>
        <translation>Protokollname auf Englisch</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="315" />
        <source>French protocol name</source>
        <translation>Protokollname auf Französisch</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="124" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="125" />
        <source>Name in native script</source>
        <translation>Name in Originalschrift</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="126" />
        <source>Text from a field</source>
        <translation>Text aus einem Feld</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="127" />
        <source>Fixed text</source>
        <translation>Fester Text</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="128" />
        <location filename="../../meetingdesk/qt/views/designer.py" line="155" />
        <source>QR code</source>
        <translation>QR-Code</translation>
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
        <translation>Farbband der Kategorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="131" />
        <source>Image…</source>
        <translation>Bild…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="132" />
        <location filename="../../meetingdesk/qt/views/designer.py" line="158" />
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="138" />
        <source>Sample: longest name</source>
        <translation>Beispiel: längster Name</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="139" />
        <source>Sample: Arabic name</source>
        <translation>Beispiel: arabischer Name</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="140" />
        <source>Sample: Cyrillic name</source>
        <translation>Beispiel: kyrillischer Name</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="143" />
        <source>Sample: no photo</source>
        <translation>Beispiel: ohne Foto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="157" />
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="177" />
        <source>Move or resize</source>
        <translation>Verschieben oder Größe ändern</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="202" />
        <source>Change a property</source>
        <translation>Eigenschaft ändern</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="231" />
        <source>Add an element</source>
        <translation>Element hinzufügen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="245" />
        <source>Delete an element</source>
        <translation>Element löschen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="596" />
        <source>Drag onto the badge, or double-click or press Enter to add.</source>
        <translation>Auf den Ausweis ziehen, oder Doppelklick bzw. Eingabetaste zum Hinzufügen.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="608" />
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="614" />
        <source>On the badge</source>
        <translation>Auf dem Ausweis</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="622" />
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="625" />
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="628" />
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="630" />
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="637" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="640" />
        <source>Save &amp;as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="643" />
        <source>&amp;Delete element</source>
        <translation>Element &amp;löschen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="645" />
        <source>Background &amp;artwork…</source>
        <translation>&amp;Hintergrundgrafik…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="647" />
        <source>&amp;No artwork</source>
        <translation>&amp;Keine Grafik</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="662" />
        <source>Preview:</source>
        <translation>Vorschau:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="669" />
        <source>or a delegate: type a name, Enter</source>
        <translation>oder eine Person: Namen tippen, Eingabe</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="701" />
        <source>Layout title</source>
        <translation>Titel des Layouts</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="706" />
        <source>Safe margin</source>
        <translation>Sicherheitsrand</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="715" />
        <source>Badge (mm)</source>
        <translation>Ausweis (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="717" />
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="731" />
        <source>Regular</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="732" />
        <source>Bold</source>
        <translation>Fett</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="744" />
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="745" />
        <source>Centre</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="746" />
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="754" />
        <source>Top</source>
        <translation>Oben</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="755" />
        <source>Middle</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="756" />
        <source>Bottom</source>
        <translation>Unten</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="763" />
        <source>#RRGGBB, e.g. #1565C0</source>
        <translation>#RRGGBB, z. B. #1565C0</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="765" />
        <source>Capital letters</source>
        <translation>Großbuchstaben</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="769" />
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="770" />
        <source>Only with a photo</source>
        <translation>Nur mit Foto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="771" />
        <source>Only without a photo</source>
        <translation>Nur ohne Foto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="772" />
        <source>Only for heads of delegation</source>
        <translation>Nur für Delegationsleitungen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="773" />
        <source>Only on reprints</source>
        <translation>Nur auf Nachdrucken</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="793" />
        <source>Shows</source>
        <translation>Zeigt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="794" />
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="795" />
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="796" />
        <source>Font</source>
        <translation>Schrift</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="797" />
        <source>Size (pt)</source>
        <translation>Größe (pt)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="798" />
        <source>Smallest size (pt)</source>
        <translation>Kleinste Größe (pt)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="799" />
        <source>Lines at most</source>
        <translation>Höchstens Zeilen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="800" />
        <source>Alignment</source>
        <translation>Ausrichtung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="801" />
        <source>Vertical alignment</source>
        <translation>Vertikale Ausrichtung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="802" />
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="804" />
        <source>Printed</source>
        <translation>Gedruckt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="805" />
        <source>For the categories</source>
        <translation>Für die Kategorien</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="806" />
        <source>Left (mm)</source>
        <translation>Links (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="807" />
        <source>Top (mm)</source>
        <translation>Oben (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="808" />
        <source>Width (mm)</source>
        <translation>Breite (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="809" />
        <source>Height (mm)</source>
        <translation>Höhe (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="815" />
        <source>Properties</source>
        <translation>Eigenschaften</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="896" />
        <source>Preview: %1</source>
        <translation>Vorschau: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="957" />
        <source>This layout cannot be printed as it is: %1</source>
        <translation>So lässt sich dieses Layout nicht drucken: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="960" />
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="967" />
        <source>reaches outside the badge</source>
        <translation>ragt über den Ausweis hinaus</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="971" />
        <source>reaches into the %1 mm at the edge that the printer cannot print</source>
        <translation>reicht in die %1 mm am Rand, die der Drucker nicht bedrucken kann</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="974" />
        <source>a scanner cannot read this code: make it larger or uncover it</source>
        <translation>ein Scanner kann diesen Code nicht lesen: vergrößern oder freilegen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="976" />
        <source>no picture chosen</source>
        <translation>kein Bild gewählt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="979" />
        <source>prints over “%1”</source>
        <translation>überdeckt „%1“</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/designer.py" line="982" />
        <source>shrinks below its smallest size for %n value(s) of the event, such as “%1”</source>
        <translation>
            <numerusform>wird für %n Wert der Veranstaltung kleiner als die kleinste Größe, etwa „%1“</numerusform>
            <numerusform>wird für %n Werte der Veranstaltung kleiner als die kleinste Größe, etwa „%1“</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1072" />
        <source>Choose a picture</source>
        <translation>Bild wählen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1072" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1085" />
        <source>A layout keeps at least one element.</source>
        <translation>Ein Layout behält mindestens ein Element.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1144" />
        <source>A colour is written #RRGGBB, e.g. #1565C0.</source>
        <translation>Eine Farbe wird #RRGGBB geschrieben, z. B. #1565C0.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1162" />
        <source>An element shown to no category would never print.</source>
        <translation>Ein Element für keine Kategorie würde nie gedruckt.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1192" />
        <source>Badge size</source>
        <translation>Ausweisgröße</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1208" />
        <source>larger than 10 MB</source>
        <translation>größer als 10 MB</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1212" />
        <source>not a picture</source>
        <translation>kein Bild</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1218" />
        <source>not a PDF, PNG or JPEG file that can be read</source>
        <translation>keine lesbare PDF-, PNG- oder JPEG-Datei</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1225" />
        <source>Cannot use this file</source>
        <translation>Diese Datei ist nicht verwendbar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1226" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1230" />
        <source>Background artwork</source>
        <translation>Hintergrundgrafik</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1230" />
        <source>Artwork (*.pdf *.png)</source>
        <translation>Grafik (*.pdf *.png)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1234" />
        <source>artwork is a PDF or a PNG file</source>
        <translation>eine Grafik ist eine PDF- oder PNG-Datei</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1291" />
        <source>Choose an element on the badge</source>
        <translation>Ein Element auf dem Ausweis wählen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1340" />
        <source>Badge layout: %1%2 — meetingdesk</source>
        <translation>Ausweis-Layout: %1%2 — meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1365" />
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1382" />
        <source>Saved as %1: the Badges tab and “meetingdesk badges --layout %1” print it.</source>
        <translation>Gespeichert als %1: der Reiter Ausweise und „meetingdesk badges --layout %1“ drucken es.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1392" />
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1402" />
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1403" />
        <source>Save the changes to this layout before closing?</source>
        <translation>Änderungen an diesem Layout vor dem Schließen speichern?</translation>
    </message>
</context>
<context>
    <name>DeskIdentityDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="73" />
        <source>Who is at this desk?</source>
        <translation>Wer arbeitet an diesem Schalter?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="77" />
        <source>Desk name</source>
        <translation>Schaltername</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="78" />
        <source>Operator</source>
        <translation>Bearbeiter</translation>
    </message>
</context>
<context>
    <name>DoorView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="82" />
        <source>Scan the badge, or type a name</source>
        <translation>Ausweis scannen oder Namen eingeben</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="128" />
        <source>&amp;Remove…</source>
        <translation>&amp;Entfernen…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="206" />
        <source>No sessions</source>
        <translation>Keine Sitzungen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="214" />
        <source>In the room: %1</source>
        <translation>Im Saal: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="277" />
        <source>%1 starts on %2 at %3: it is not its time yet.</source>
        <translation>%1 beginnt am %2 um %3: Es ist noch nicht so weit.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="279" />
        <source>%1 ended on %2 at %4.</source>
        <translation>%1 endete am %2 um %4.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="289" />
        <source>Not this session's time</source>
        <translation>Nicht die Zeit dieser Sitzung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="290" />
        <source>Record the attendance anyway?</source>
        <translation>Anwesenheit trotzdem erfassen?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="318" />
        <source>Admitted</source>
        <translation>Eingelassen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="319" />
        <source>Already in</source>
        <translation>Bereits drin</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="320" />
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="324" />
        <source>Refused: registration cancelled</source>
        <translation>Abgewiesen: Anmeldung storniert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="325" />
        <source>Refused: badge revoked</source>
        <translation>Abgewiesen: Ausweis gesperrt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="326" />
        <source>Refused: not checked in at the desk</source>
        <translation>Abgewiesen: nicht am Schalter akkreditiert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="327" />
        <source>Refused: code not valid</source>
        <translation>Abgewiesen: Code ungültig</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="345" />
        <source>Remove from the session</source>
        <translation>Aus der Sitzung entfernen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="346" />
        <source>Why is %1 removed?</source>
        <translation>Warum wird %1 entfernt?</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="88" />
        <source>Session doors admit only delegates checked in at the desk</source>
        <translation>Sitzungstüren lassen nur am Schalter akkreditierte Teilnehmer ein</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="102" />
        <source>{generation} becomes the number of the reprint</source>
        <translation>{generation} wird zur Nummer des Neudrucks</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="110" />
        <source>Title *</source>
        <translation>Titel *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="111" />
        <source>Venue *</source>
        <translation>Veranstaltungsort *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="112" />
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="113" />
        <source>Organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="114" />
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="115" />
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="116" />
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="118" />
        <source>Language of badges</source>
        <translation>Sprache der Ausweise</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="119" />
        <source>Head of delegation, on badges</source>
        <translation>Delegationsleiter, auf den Ausweisen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="120" />
        <source>Reprint mark, on badges</source>
        <translation>Neudruck-Vermerk, auf den Ausweisen</translation>
    </message>
</context>
<context>
    <name>EventSetupDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="447" />
        <source>Event set-up</source>
        <translation>Veranstaltung einrichten</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="457" />
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Room</source>
        <translation>Saal</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="481" />
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="482" />
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="483" />
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="484" />
        <source>ID check</source>
        <translation>Ausweisprüfung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="485" />
        <source>Label on badges</source>
        <translation>Bezeichnung auf den Ausweisen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="491" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="500" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="501" />
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="502" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="503" />
        <source>English protocol name</source>
        <translation>Protokollname auf Englisch</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="504" />
        <source>French protocol name</source>
        <translation>Protokollname auf Französisch</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="517" />
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="518" />
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="519" />
        <source>Delegations</source>
        <translation>Delegationen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="524" />
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="526" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="565" />
        <source>%n attendance(s) recorded in this session: it cannot be removed.</source>
        <translation>
            <numerusform>%n Anwesenheit in dieser Sitzung erfasst: Sie kann nicht entfernt werden.</numerusform>
            <numerusform>%n Anwesenheiten in dieser Sitzung erfasst: Sie kann nicht entfernt werden.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="591" />
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="601" />
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="46" />
        <source>Attendance per session</source>
        <translation>Anwesenheit je Sitzung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="47" />
        <source>List of participants</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="48" />
        <source>Check-ins, undos, reprints and refused scans</source>
        <translation>Akkreditierungen, Rücknahmen, Neudrucke und abgewiesene Scans</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="51" />
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="52" />
        <source>Paper check-in lists and sign-in sheets</source>
        <translation>Akkreditierungslisten und Unterschriftenlisten auf Papier</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="60" />
        <source>Export to</source>
        <translation>Exportieren nach</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="81" />
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="119" />
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="93" />
        <source>Excel workbook (XLSX)</source>
        <translation>Excel-Arbeitsmappe (XLSX)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="94" />
        <source>CSV (one table)</source>
        <translation>CSV (eine Tabelle)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="95" />
        <source>PDF, ready to print</source>
        <translation>PDF, druckfertig</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="100" />
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="101" />
        <source>semicolon (Excel in Spanish, French, German…)</source>
        <translation>Semikolon (Excel auf Spanisch, Französisch, Deutsch…)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="102" />
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="106" />
        <source>English names</source>
        <translation>englische Namen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="107" />
        <source>French names</source>
        <translation>französische Namen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="113" />
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="120" />
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="121" />
        <source>CSV separator</source>
        <translation>CSV-Trennzeichen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="123" />
        <source>Protocol order by</source>
        <translation>Protokollreihenfolge nach</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="125" />
        <source>Save to</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="131" />
        <source>Open its &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="133" />
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="135" />
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="195" />
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="205" />
        <source>%1 written to %2.</source>
        <translation>%1 nach %2 geschrieben.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="62" />
        <source>Which list?</source>
        <translation>Welche Liste?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="63" />
        <source>A CSV or Excel file, as the delegation sent it.</source>
        <translation>Eine CSV- oder Excel-Datei, wie die Delegation sie geschickt hat.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="65" />
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="86" />
        <source>Delegate list</source>
        <translation>Teilnehmerliste</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="88" />
        <source>Lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Listen (*.csv *.txt *.xlsx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="104" />
        <source>Reading…</source>
        <translation>Lesen…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="118" />
        <source>%1: %2 rows.</source>
        <translation>%1: %2 Zeilen.</translation>
    </message>
</context>
<context>
    <name>IdCheckDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="54" />
        <source>Identity document</source>
        <translation>Ausweisdokument</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="56" />
        <source>Check the identity document of %1.</source>
        <translation>Prüfen Sie das Ausweisdokument von %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="64" />
        <source>e.g. 4567</source>
        <translation>z. B. 4567</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="65" />
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="66" />
        <source>Its last four letters or digits</source>
        <translation>Seine letzten vier Zeichen</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="316" />
        <source>Importing</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="333" />
        <source>Writing, all in one go…</source>
        <translation>Schreiben, alles in einem Schritt…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="347" />
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 lines skipped.</source>
        <translation>Importiert: %1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 Zeilen übersprungen.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="358" />
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="373" />
        <source>Import a delegate list</source>
        <translation>Teilnehmerliste importieren</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="85" />
        <source>&amp;Check-in</source>
        <translation>&amp;Akkreditierung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="87" />
        <source>&amp;Delegates</source>
        <translation>&amp;Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="89" />
        <source>&amp;Attendance</source>
        <translation>A&amp;nwesenheit</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="90" />
        <location filename="../../meetingdesk/qt/views/main_window.py" line="143" />
        <source>&amp;Badges</source>
        <translation>Aus&amp;weise</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="120" />
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="122" />
        <source>&amp;Import delegates…</source>
        <translation>Teilnehmer &amp;importieren…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="126" />
        <source>Event &amp;set-up…</source>
        <translation>Veranstaltung &amp;einrichten…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="130" />
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="134" />
        <source>&amp;Back up the database…</source>
        <translation>Datenbank &amp;sichern…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="137" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="140" />
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="144" />
        <source>&amp;Design layout…</source>
        <translation>Layout &amp;gestalten…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="146" />
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="147" />
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="150" />
        <source>&amp;High contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="156" />
        <source>&amp;Sounds</source>
        <translation>&amp;Töne</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="157" />
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="158" />
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="166" />
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="168" />
        <source>Desk: %1 · Operator: %2</source>
        <translation>Schalter: %1 · Bearbeiter: %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="187" />
        <source>No sessions today</source>
        <translation>Heute keine Sitzungen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="190" />
        <source>%1 — meetingdesk</source>
        <translation>%1 — meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="209" />
        <source>Sound on each &amp;outcome</source>
        <translation>Ton bei jedem &amp;Ergebnis</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="217" />
        <source>&amp;Quiet</source>
        <translation>&amp;Leise</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="217" />
        <source>&amp;Medium</source>
        <translation>&amp;Mittel</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="217" />
        <source>&amp;Loud</source>
        <translation>L&amp;aut</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="140" />
        <source>Which column is what?</source>
        <translation>Welche Spalte enthält was?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="141" />
        <source>Recognised headers are chosen already; choose the rest.</source>
        <translation>Erkannte Überschriften sind bereits zugeordnet; ordnen Sie die übrigen zu.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="144" />
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="144" />
        <source>First values</source>
        <translation>Erste Werte</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="144" />
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="152" />
        <source>An empty cell clears what is stored (otherwise the stored value is kept)</source>
        <translation>Eine leere Zelle löscht den gespeicherten Wert (sonst bleibt er erhalten)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="157" />
        <source>Delegation of rows that name none</source>
        <translation>Delegation für Zeilen ohne Delegation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="158" />
        <source>Category of rows that name none</source>
        <translation>Kategorie für Zeilen ohne Kategorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="175" />
        <source>— ignore —</source>
        <translation>— ignorieren —</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="181" />
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="185" />
        <source>— none —</source>
        <translation>— keine —</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../meetingdesk/qt/views/message_bar.py" line="22" />
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="100" />
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="108" />
        <source>Fill in the usual OSCE categories and the delegations of the 57 participating States and 11 Partners for Co-operation</source>
        <translation>Die üblichen OSZE-Kategorien und die Delegationen der 57 Teilnehmerstaaten und 11 Kooperationspartner eintragen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="121" />
        <source>Badges are signed with a key that only this passphrase opens. Type it on the computers that print badges; desks that only check people in never need it. Keep it safe: nobody can print a badge without it.</source>
        <translation>Ausweise werden mit einem Schlüssel signiert, den nur diese Passphrase öffnet. Geben Sie sie auf den Computern ein, die Ausweise drucken; Schalter, die nur akkreditieren, brauchen sie nie. Bewahren Sie sie sicher auf: Ohne sie kann niemand einen Ausweis drucken.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="133" />
        <source>Badge passphrase</source>
        <translation>Ausweis-Passphrase</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="134" />
        <source>The same again</source>
        <translation>Noch einmal</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="137" />
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="142" />
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="144" />
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="148" />
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="163" />
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen unterscheiden sich.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="168" />
        <source>The badge passphrase needs at least %1 characters.</source>
        <translation>Die Ausweis-Passphrase braucht mindestens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="179" />
        <source>%1 exists already: choose another file, or open it.</source>
        <translation>%1 existiert bereits: Wählen Sie eine andere Datei oder öffnen Sie sie.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="186" />
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="98" />
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="112" />
        <source>The badge of %1 was not printed: %2.</source>
        <translation>Der Ausweis von %1 wurde nicht gedruckt: %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="124" />
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="125" />
        <source>Type a name or scan a badge.</source>
        <translation>Namen eingeben oder Ausweis scannen.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="134" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="230" />
        <source>Registration cancelled</source>
        <translation>Anmeldung storniert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="136" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="226" />
        <source>Already checked in</source>
        <translation>Bereits akkreditiert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="138" />
        <source>Enter checks in</source>
        <translation>Eingabe akkreditiert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="152" />
        <source>Choose who it is</source>
        <translation>Wählen Sie, wer es ist</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="154" />
        <source>%1 people match exactly: choose with Up or Down, then press Enter.</source>
        <translation>%1 Personen stimmen genau überein: Mit Auf oder Ab wählen, dann Eingabe drücken.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="215" />
        <source>Head of Delegation</source>
        <translation>Delegationsleiter</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="220" />
        <source>Check-in undone</source>
        <translation>Akkreditierung zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="220" />
        <source>Nothing to undo</source>
        <translation>Nichts zurückzunehmen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="222" />
        <source>Checked in (offline)</source>
        <translation>Akkreditiert (offline)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="224" />
        <source>Checked in</source>
        <translation>Akkreditiert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="228" />
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="231" />
        <source>Badge revoked</source>
        <translation>Ausweis gesperrt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="232" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="233" />
        <source>Code not valid</source>
        <translation>Code ungültig</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="234" />
        <source>Not checked in</source>
        <translation>Nicht akkreditiert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="235" />
        <source>Check identity document</source>
        <translation>Ausweisdokument prüfen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="236" />
        <source>Refused</source>
        <translation>Abgewiesen</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="25" />
        <source>Badge passphrase</source>
        <translation>Ausweis-Passphrase</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="31" />
        <source>Printing badges needs the event's passphrase, which the organisers chose. It stays unlocked on this computer until meetingdesk closes.</source>
        <translation>Zum Drucken von Ausweisen wird die Passphrase der Veranstaltung benötigt, die die Veranstalter gewählt haben. Sie bleibt auf diesem Computer entsperrt, bis meetingdesk geschlossen wird.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="39" />
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="54" />
        <source>That is not the passphrase of this event's badges.</source>
        <translation>Das ist nicht die Passphrase der Ausweise dieser Veranstaltung.</translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <location filename="../../meetingdesk/qt/views/person_finder.py" line="51" />
        <source>No one found.</source>
        <translation>Niemand gefunden.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/person_finder.py" line="62" />
        <source>More matches: keep typing to narrow them down.</source>
        <translation>Weitere Treffer: Tippen Sie weiter, um sie einzugrenzen.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="210" />
        <source>What will change</source>
        <translation>Was sich ändert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="218" />
        <source>Import the other rows and skip the ones with problems</source>
        <translation>Die übrigen Zeilen importieren und die fehlerhaften überspringen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="235" />
        <source>Checking every row…</source>
        <translation>Jede Zeile wird geprüft…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="276" />
        <source>(cleared)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="287" />
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="288" />
        <source>To add</source>
        <translation>Hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="289" />
        <source>To update</source>
        <translation>Zu aktualisieren</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="290" />
        <source>Not on the list (kept)</source>
        <translation>Nicht auf der Liste (bleiben erhalten)</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="156" />
        <source>Reprint a badge</source>
        <translation>Ausweis neu drucken</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="171" />
        <source>Badge code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="173" />
        <source>Badge now in use</source>
        <translation>Gültiger Ausweis</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="174" />
        <source>generation %1</source>
        <translation>Generation %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="178" />
        <source>Last reprint</source>
        <translation>Letzter Neudruck</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="180" />
        <source>%1 at %2 (%3)</source>
        <translation>%1 an %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="182" />
        <source>another desk</source>
        <translation>einem anderen Schalter</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="191" />
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="194" />
        <source>The badge now in use stops working at every desk once the new one has gone to the printer.</source>
        <translation>Der gültige Ausweis wird an jedem Schalter ungültig, sobald der neue an den Drucker gegangen ist.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="201" />
        <source>&amp;Reprint</source>
        <translation>&amp;Neu drucken</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="475" />
        <source>Save layout as</source>
        <translation>Layout speichern unter</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="479" />
        <source>small letters, digits and hyphens</source>
        <translation>Kleinbuchstaben, Ziffern und Bindestriche</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="486" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="487" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="505" />
        <source>Give the layout a title.</source>
        <translation>Geben Sie dem Layout einen Titel.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="509" />
        <source>The name takes small letters, digits and hyphens, first a letter or digit.</source>
        <translation>Der Name besteht aus Kleinbuchstaben, Ziffern und Bindestrichen, zuerst ein Buchstabe oder eine Ziffer.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="514" />
        <source>There is a layout called %1 already.</source>
        <translation>Es gibt schon ein Layout namens %1.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="24" />
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="25" />
        <source>Native script</source>
        <translation>Eigene Schrift</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="26" />
        <source>Delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="27" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="28" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="29" />
        <source>Badge code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="66" />
        <source>cancelled</source>
        <translation>storniert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="68" />
        <source>checked in</source>
        <translation>akkreditiert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="70" />
        <source>expected</source>
        <translation>erwartet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/models/search_results.py" line="105" />
        <source>Same name as %n other person(s) here: check delegation and code.</source>
        <translation>
            <numerusform>Gleicher Name wie eine andere Person hier: Delegation und Code prüfen.</numerusform>
            <numerusform>Gleicher Name wie %n andere Personen hier: Delegation und Code prüfen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="222" />
        <source>Connect to a server</source>
        <translation>Mit einem Server verbinden</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="227" />
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="233" />
        <source>The address of the meeting's PostgreSQL database, as the organisers set it up (see 'Several desks' in the README).</source>
        <translation>Die Adresse der PostgreSQL-Datenbank des Treffens, wie die Veranstalter sie eingerichtet haben (siehe „Several desks“ in der README).</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="242" />
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="246" />
        <source>&amp;Use this server</source>
        <translation>Diesen Server &amp;verwenden</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="262" />
        <source>Write the address as postgresql://user@host/database.</source>
        <translation>Schreiben Sie die Adresse als postgresql://benutzer@host/datenbank.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="268" />
        <source>Asking %1…</source>
        <translation>%1 wird gefragt…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="285" />
        <source>Not reachable: %1</source>
        <translation>Nicht erreichbar: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="290" />
        <source>%1 answers; the meeting is: %2.</source>
        <translation>%1 antwortet; das Treffen ist: %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="292" />
        <source>%1 answers; it holds no event yet: you can create one.</source>
        <translation>%1 antwortet; noch keine Veranstaltung vorhanden: Sie können eine anlegen.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="223" />
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="223" />
        <source>New session</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="237" />
        <source>Title *</source>
        <translation>Titel *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="238" />
        <source>Room</source>
        <translation>Saal</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="239" />
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="240" />
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="241" />
        <source>End</source>
        <translation>Ende</translation>
    </message>
</context>
<context>
    <name>SetupTable</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="360" />
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="361" />
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="362" />
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="322" />
        <source>Welcome to meetingdesk</source>
        <translation>Willkommen bei meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="331" />
        <source>There is no meeting on this computer yet. Create one, open a file a colleague gave you, connect to the meeting's server, or try the demo.</source>
        <translation>Auf diesem Computer gibt es noch kein Treffen. Legen Sie eines an, öffnen Sie eine Datei von einem Kollegen, verbinden Sie sich mit dem Server des Treffens oder probieren Sie die Demo.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="335" />
        <source>The database %1 holds no event yet: create it, or choose another database.</source>
        <translation>Die Datenbank %1 enthält noch keine Veranstaltung: Legen Sie sie an oder wählen Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="337" />
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="348" />
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="349" />
        <source>Its details, sessions, categories and delegations; the OSCE preset.</source>
        <translation>Ihre Angaben, Sitzungen, Kategorien und Delegationen; die OSZE-Vorlage.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="354" />
        <source>&amp;Open a file…</source>
        <translation>Datei &amp;öffnen…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="355" />
        <source>A meetingdesk database on this computer.</source>
        <translation>Eine meetingdesk-Datenbank auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="360" />
        <source>Connect to a &amp;server…</source>
        <translation>Mit einem &amp;Server verbinden…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="361" />
        <source>Several desks: one PostgreSQL database on the venue network.</source>
        <translation>Mehrere Schalter: eine PostgreSQL-Datenbank im Netz des Veranstaltungsorts.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="366" />
        <source>Try the &amp;demo</source>
        <translation>&amp;Demo ausprobieren</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="367" />
        <source>An invented meeting, in progress today; removed when you close it.</source>
        <translation>Ein erfundenes Treffen, heute im Gang; wird beim Schließen entfernt.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="383" />
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="405" />
        <source>%1 is not a meetingdesk database: %2</source>
        <translation>%1 ist keine meetingdesk-Datenbank: %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="407" />
        <source>it has no meetingdesk tables</source>
        <translation>sie hat keine meetingdesk-Tabellen</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/wording.py" line="701" />
        <source>used by %n delegate(s) (%1): move them first</source>
        <translation>
            <numerusform>von %n Teilnehmer verwendet (%1): zuerst umziehen</numerusform>
            <numerusform>von %n Teilnehmern verwendet (%1): zuerst umziehen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/wording.py" line="704" />
        <source>%n attendance(s) recorded: it cannot be removed</source>
        <translation>
            <numerusform>%n Anwesenheit erfasst: kann nicht entfernt werden</numerusform>
            <numerusform>%n Anwesenheiten erfasst: kann nicht entfernt werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_RowForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="215" />
        <source>Fill in the fields marked *.</source>
        <translation>Füllen Sie die mit * markierten Felder aus.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="204" />
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="211" />
        <source>Backing up the database…</source>
        <translation>Die Datenbank wird gesichert…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="218" />
        <source>Backup written to %1; it passed its integrity check.</source>
        <translation>Sicherung nach %1 geschrieben; sie hat die Integritätsprüfung bestanden.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="358" />
        <source>The database is not answering: %1. The desk shows what it last knew.</source>
        <translation>Die Datenbank antwortet nicht: %1. Der Schalter zeigt den letzten bekannten Stand.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="366" />
        <source>The database answers again.</source>
        <translation>Die Datenbank antwortet wieder.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="403" />
        <source>Something went wrong. The details are in the log: %1</source>
        <translation>Etwas ist schiefgegangen. Die Einzelheiten stehen im Protokoll: %1</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="117" />
        <source>Save the badges as a PDF</source>
        <translation>Ausweise als PDF speichern</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="59" />
        <source>Open a meetingdesk database</source>
        <translation>Eine meetingdesk-Datenbank öffnen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="61" />
        <source>meetingdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>meetingdesk-Datenbanken (*.sqlite3 *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="67" />
        <source>Save the new database as</source>
        <translation>Neue Datenbank speichern unter</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="69" />
        <source>meetingdesk databases (*.sqlite3)</source>
        <translation>meetingdesk-Datenbanken (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="19" />
        <source>participating State</source>
        <translation>Teilnehmerstaat</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="22" />
        <source>Partner for Co-operation</source>
        <translation>Kooperationspartner</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="25" />
        <source>international organisation</source>
        <translation>internationale Organisation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="28" />
        <source>NGO</source>
        <translation>NGO</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="29" />
        <source>OSCE structure</source>
        <translation>OSZE-Struktur</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="30" />
        <source>host</source>
        <translation>Gastgeber</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="31" />
        <source>media</source>
        <translation>Medien</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="87" />
        <source>(no country)</source>
        <translation>(kein Land)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="131" />
        <source>Badge colour</source>
        <translation>Ausweisfarbe</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="43" />
        <source>%1 is the database (or its log, or a copy of it): choose another file.</source>
        <translation>%1 ist die Datenbank (oder ihr Protokoll oder eine Kopie): Wählen Sie eine andere Datei.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="46" />
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 ist ein Ordner: Geben Sie einen Dateinamen an.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="49" />
        <source>The folder of %1 does not exist.</source>
        <translation>Der Ordner von %1 existiert nicht.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="52" />
        <source>The folder of %1 is a file, not a folder.</source>
        <translation>Der Ordner von %1 ist eine Datei, kein Ordner.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="55" />
        <source>The disk is full: %1 was not written.</source>
        <translation>Der Datenträger ist voll: %1 wurde nicht geschrieben.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="58" />
        <source>%1 cannot be written.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="72" />
        <source>No one has the badge code %1.</source>
        <translation>Niemand hat den Ausweiscode %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="90" />
        <source>the server did not answer within %1 seconds</source>
        <translation>der Server hat nicht innerhalb von %1 Sekunden geantwortet</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="94" />
        <source>the database is busy (another desk holds a lock): nothing was changed, try again</source>
        <translation>die Datenbank ist belegt (ein anderer Schalter hält eine Sperre): nichts wurde geändert, versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="98" />
        <source>the database took too long to answer: nothing was changed, try again</source>
        <translation>die Datenbank hat zu lange gebraucht: nichts wurde geändert, versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="101" />
        <source>the database is busy (another program holds it): nothing was changed, try again</source>
        <translation>die Datenbank ist belegt (ein anderes Programm hält sie): nichts wurde geändert, versuchen Sie es erneut</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="105" />
        <source>the disk is full or failing: nothing was changed; free some space</source>
        <translation>der Datenträger ist voll oder fehlerhaft: nichts wurde geändert; schaffen Sie Platz</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="108" />
        <source>the database cannot be written (read-only): nothing was changed</source>
        <translation>die Datenbank kann nicht beschrieben werden (schreibgeschützt): nichts wurde geändert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="111" />
        <source>the desk is closing</source>
        <translation>der Schalter wird geschlossen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="112" />
        <source>undoing a check-in needs the server, which does not answer</source>
        <translation>zum Zurücknehmen einer Akkreditierung wird der Server gebraucht, der nicht antwortet</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="115" />
        <source>the server does not answer and this desk has no local copy yet</source>
        <translation>der Server antwortet nicht und dieser Schalter hat noch keine lokale Kopie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="193" />
        <location filename="../../meetingdesk/qt/wording.py" line="607" />
        <source>this is required</source>
        <translation>dies ist erforderlich</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="194" />
        <location filename="../../meetingdesk/qt/wording.py" line="351" />
        <location filename="../../meetingdesk/qt/wording.py" line="609" />
        <source>longer than %1 characters</source>
        <translation>länger als %1 Zeichen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="195" />
        <source>a control character (%1): remove it</source>
        <translation>ein Steuerzeichen (%1): entfernen Sie es</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="198" />
        <location filename="../../meetingdesk/qt/wording.py" line="355" />
        <source>%1 is not an e-mail address</source>
        <translation>%1 ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="201" />
        <location filename="../../meetingdesk/qt/wording.py" line="676" />
        <source>%1 does not exist (any more)</source>
        <translation>%1 existiert nicht (mehr)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="202" />
        <source>this registration is cancelled: no badge to reprint</source>
        <translation>diese Anmeldung ist storniert: kein Ausweis neu zu drucken</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="205" />
        <source>nobody to print: the choice is empty</source>
        <translation>niemand zu drucken: die Auswahl ist leer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="208" />
        <source>this badge cannot be reprinted again</source>
        <translation>dieser Ausweis kann nicht noch einmal neu gedruckt werden</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="324" />
        <source>no column is mapped to the family name</source>
        <translation>keine Spalte ist dem Nachnamen zugeordnet</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="327" />
        <source>no column is mapped to the delegation, and no default delegation was given</source>
        <translation>keine Spalte ist der Delegation zugeordnet, und es wurde keine Standarddelegation angegeben</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="330" />
        <source>no column is mapped to the category, and no default category was given</source>
        <translation>keine Spalte ist der Kategorie zugeordnet, und es wurde keine Standardkategorie angegeben</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="333" />
        <source>the same person as line %1 (same e-mail address)</source>
        <translation>dieselbe Person wie in Zeile %1 (gleiche E-Mail-Adresse)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="336" />
        <source>the same person as line %1 (same name and delegation)</source>
        <translation>dieselbe Person wie in Zeile %1 (gleicher Name und gleiche Delegation)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="339" />
        <source>the name matches %1 registered delegates (%2): give the e-mail address to say which</source>
        <translation>der Name passt zu %1 angemeldeten Teilnehmern (%2): Geben Sie die E-Mail-Adresse an, um zu sagen, wer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="343" />
        <source>the e-mail address belongs to %1 but the name to %2: correct the row or the registered delegates</source>
        <translation>die E-Mail-Adresse gehört %1, der Name aber %2: Korrigieren Sie die Zeile oder die angemeldeten Teilnehmer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="348" />
        <source>a control character (%1) in the text: remove it</source>
        <translation>ein Steuerzeichen (%1) im Text: entfernen Sie es</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="352" />
        <source>the family name is missing</source>
        <translation>der Nachname fehlt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="358" />
        <source>%1: write yes or no</source>
        <translation>%1: schreiben Sie ja oder nein</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="359" />
        <source>unknown delegation %1</source>
        <translation>unbekannte Delegation %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="362" />
        <source>the delegation is missing</source>
        <translation>die Delegation fehlt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="365" />
        <source>unknown category %1</source>
        <translation>unbekannte Kategorie %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="366" />
        <source>the category is missing</source>
        <translation>die Kategorie fehlt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="312" />
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="77" />
        <source>%1 was written by a newer version of meetingdesk (schema %2): install the newer meetingdesk to open it</source>
        <translation>%1 wurde von einer neueren meetingdesk-Version geschrieben (Schema %2): Installieren Sie diese, um sie zu öffnen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="125" />
        <source>there is no database at %1</source>
        <translation>unter %1 gibt es keine Datenbank</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="128" />
        <source>cannot create a database at %1: the folder %2 does not exist</source>
        <translation>unter %1 kann keine Datenbank angelegt werden: Der Ordner %2 existiert nicht</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="131" />
        <source>%1 is not a meetingdesk database (%2)</source>
        <translation>%1 ist keine meetingdesk-Datenbank (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="134" />
        <source>%1 is another program's database (tables %2): meetingdesk leaves it alone</source>
        <translation>%1 ist die Datenbank eines anderen Programms (Tabellen %2): meetingdesk lässt sie unberührt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="137" />
        <source>%1 is on a network share (%2): an SQLite file cannot be shared safely between computers. For several desks, use one PostgreSQL database; for one desk, keep the file on this computer.</source>
        <translation>%1 liegt auf einer Netzwerkfreigabe (%2): Eine SQLite-Datei kann nicht sicher zwischen Computern geteilt werden. Für mehrere Schalter verwenden Sie eine PostgreSQL-Datenbank; für einen Schalter behalten Sie die Datei auf diesem Computer.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="143" />
        <source>%1 cannot be opened (%2)</source>
        <translation>%1 kann nicht geöffnet werden (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="155" />
        <source>Event title</source>
        <translation>Titel der Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="156" />
        <source>Place and dates</source>
        <translation>Ort und Daten</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="157" />
        <source>Name on the badge</source>
        <translation>Name auf dem Ausweis</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="158" />
        <source>Name in native script</source>
        <translation>Name in eigener Schrift</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="159" />
        <source>Honorific</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="160" />
        <source>Function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="161" />
        <source>Delegation or organisation</source>
        <translation>Delegation oder Organisation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="162" />
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="163" />
        <source>Head-of-delegation marker</source>
        <translation>Delegationsleiter-Vermerk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="164" />
        <source>Badge code, readable</source>
        <translation>Ausweiscode, lesbar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="165" />
        <source>Reprint marker</source>
        <translation>Neudruck-Vermerk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="174" />
        <source>badge %1: %2 set at %3 pt, below the layout's floor of %4 pt</source>
        <translation>Ausweis %1: %2 in %3 pt gesetzt, unter dem Minimum des Layouts von %4 pt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="179" />
        <source>badge %1: no font has every letter of %2: left out</source>
        <translation>Ausweis %1: Keine Schrift hat alle Buchstaben von %2: ausgelassen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="183" />
        <source>badge %1: photo not drawn (%2)</source>
        <translation>Ausweis %1: Foto nicht gezeichnet (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="211" />
        <source>say why: one of %1</source>
        <translation>sagen Sie warum: einer von %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="212" />
        <source>%1 is shipped with meetingdesk: save the layout under another name</source>
        <translation>%1 gehört zu meetingdesk: das Layout unter einem anderen Namen speichern</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="215" />
        <source>there is a layout called %1 already</source>
        <translation>es gibt schon ein Layout namens %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="229" />
        <source>not valid UTF-16 although it says so</source>
        <translation>kein gültiges UTF-16, obwohl es das angibt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="232" />
        <source>not a text file (it contains binary data)</source>
        <translation>keine Textdatei (sie enthält Binärdaten)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="235" />
        <source>byte %1 is not valid %2: save the file as UTF-8 (CSV UTF-8 in Excel) and import it again</source>
        <translation>Byte %1 ist kein gültiges %2: Speichern Sie die Datei als UTF-8 (CSV UTF-8 in Excel) und importieren Sie sie erneut</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="240" />
        <source>byte %1 is neither UTF-8 nor Windows-1252: save the file as UTF-8 (CSV UTF-8 in Excel) and import it again</source>
        <translation>Byte %1 ist weder UTF-8 noch Windows-1252: Speichern Sie die Datei als UTF-8 (CSV UTF-8 in Excel) und importieren Sie sie erneut</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="245" />
        <source>the header has only one column: separate the columns with commas, semicolons or tabs</source>
        <translation>die Kopfzeile hat nur eine Spalte: Trennen Sie die Spalten mit Kommas, Semikolons oder Tabulatoren</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="249" />
        <source>the header %1 appears twice (columns %2 and %3): rename or remove one</source>
        <translation>die Überschrift %1 kommt zweimal vor (Spalten %2 und %3): Benennen Sie eine um oder entfernen Sie sie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="252" />
        <source>the first line has no column headers</source>
        <translation>die erste Zeile hat keine Spaltenüberschriften</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="255" />
        <source>there are no rows under the header</source>
        <translation>unter der Kopfzeile stehen keine Zeilen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="258" />
        <source>this row has %1 cells but the header only %2</source>
        <translation>diese Zeile hat %1 Zellen, die Kopfzeile aber nur %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="261" />
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="262" />
        <source>malformed CSV (%1)</source>
        <translation>fehlerhaftes CSV (%1)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="263" />
        <source>not a readable Excel workbook (%1)</source>
        <translation>keine lesbare Excel-Arbeitsmappe (%1)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="266" />
        <source>not a delegate list: %1 parts in the workbook</source>
        <translation>keine Teilnehmerliste: %1 Teile in der Arbeitsmappe</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="269" />
        <source>the workbook unpacks to %1 MB from %2 KB: not a delegate list (a damaged or hostile file)</source>
        <translation>die Arbeitsmappe entpackt sich von %2 KB auf %1 MB: keine Teilnehmerliste (eine beschädigte oder bösartige Datei)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="274" />
        <source>a formula without a computed value: open the file in Excel or LibreOffice, save it, and import it again</source>
        <translation>eine Formel ohne berechneten Wert: Öffnen Sie die Datei in Excel oder LibreOffice, speichern Sie sie und importieren Sie sie erneut</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="279" />
        <source>the header has merged cells (%1): give every column its own header</source>
        <translation>die Kopfzeile hat verbundene Zellen (%1): Geben Sie jeder Spalte eine eigene Überschrift</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="282" />
        <source>the workbook has no visible sheet</source>
        <translation>die Arbeitsmappe hat kein sichtbares Blatt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="285" />
        <source>the sheet %1 is empty</source>
        <translation>das Blatt %1 ist leer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="286" />
        <source>larger than %1 MB: not a list</source>
        <translation>größer als %1 MB: keine Liste</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="289" />
        <source>not an Excel workbook (.xlsx) although it is named so</source>
        <translation>keine Excel-Arbeitsmappe (.xlsx), obwohl sie so heißt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="292" />
        <source>is a folder, not a list</source>
        <translation>ist ein Ordner, keine Liste</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="293" />
        <source>cannot be read (%1)</source>
        <translation>kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="314" />
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="377" />
        <source>Passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="378" />
        <source>National identity card</source>
        <translation>Personalausweis</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="379" />
        <source>Diplomatic or service card</source>
        <translation>Diplomaten- oder Dienstausweis</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="380" />
        <source>Other document</source>
        <translation>Anderes Dokument</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="413" />
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="414" />
        <source>damaged</source>
        <translation>beschädigt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="415" />
        <source>name corrected</source>
        <translation>Name korrigiert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="416" />
        <source>first print</source>
        <translation>Erstdruck</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="423" />
        <source>The code is not valid.</source>
        <translation>Der Code ist ungültig.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="425" />
        <source>A badge of another event.</source>
        <translation>Ein Ausweis einer anderen Veranstaltung.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="426" />
        <source>The signature does not match: the code was altered or forged.</source>
        <translation>Die Signatur stimmt nicht: Der Code wurde verändert oder gefälscht.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="429" />
        <source>Signed with a key the event has retired: reprint the badge.</source>
        <translation>Mit einem Schlüssel signiert, den die Veranstaltung außer Dienst gestellt hat: Ausweis neu drucken.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="432" />
        <source>Not a meetingdesk badge code.</source>
        <translation>Kein meetingdesk-Ausweiscode.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="435" />
        <source>This badge was never issued.</source>
        <translation>Dieser Ausweis wurde nie ausgegeben.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="449" />
        <source>No one has the code %1.</source>
        <translation>Niemand hat den Code %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="456" />
        <source>Admitted to %1.</source>
        <translation>Eingelassen zu %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="458" />
        <source>Already recorded in %1 at %2 at %3.</source>
        <translation>Bereits erfasst in %1 um %2 an %3.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="463" />
        <source>Attendance removed from %1.</source>
        <translation>Anwesenheit aus %1 entfernt.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="467" />
        <source>Not recorded in this session.</source>
        <translation>In dieser Sitzung nicht erfasst.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="471" />
        <source>The check-in of %1 at %2 is undone.</source>
        <translation>Die Akkreditierung von %1 an %2 ist zurückgenommen.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="475" />
        <source>Not checked in: nothing to undo.</source>
        <translation>Nicht akkreditiert: nichts zurückzunehmen.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="479" />
        <source>Already checked in at %1 at %2.</source>
        <translation>Bereits akkreditiert um %1 an %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="484" />
        <source>Offline: kept on this computer, sent when the server answers.</source>
        <translation>Offline: auf diesem Computer gespeichert, gesendet, sobald der Server antwortet.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="496" />
        <source>A newer badge was printed: this one no longer works.</source>
        <translation>Ein neuerer Ausweis wurde gedruckt: Dieser ist nicht mehr gültig.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="502" />
        <source>Reprinted at %1 (%2): this badge no longer works.</source>
        <translation>Um %1 neu gedruckt (%2): Dieser Ausweis ist nicht mehr gültig.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="506" />
        <source>Reprinted on %1 (%2): this badge no longer works.</source>
        <translation>Neu gedruckt am %1 (%2): Dieser Ausweis ist nicht mehr gültig.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="515" />
        <source>%1: an identity document must be checked.</source>
        <translation>%1: Ein Ausweisdokument muss geprüft werden.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="519" />
        <source>Not checked in at the registration desk yet.</source>
        <translation>Noch nicht am Akkreditierungsschalter akkreditiert.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="521" />
        <source>The registration was cancelled.</source>
        <translation>Die Anmeldung wurde storniert.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="550" />
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="551" />
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="552" />
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="553" />
        <source>Delegations</source>
        <translation>Delegationen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="560" />
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="561" />
        <source>venue</source>
        <translation>Veranstaltungsort</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="562" />
        <source>city</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="563" />
        <source>organiser</source>
        <translation>Veranstalter</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="564" />
        <source>first day</source>
        <translation>erster Tag</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="565" />
        <source>last day</source>
        <translation>letzter Tag</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="566" />
        <source>time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="567" />
        <source>language of badges</source>
        <translation>Sprache der Ausweise</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="568" />
        <source>head of delegation, on badges</source>
        <translation>Delegationsleiter, auf den Ausweisen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="571" />
        <source>reprint mark, on badges</source>
        <translation>Neudruck-Vermerk, auf den Ausweisen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="572" />
        <source>room</source>
        <translation>Saal</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="573" />
        <source>day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="574" />
        <source>start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="575" />
        <source>end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="576" />
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="577" />
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="578" />
        <source>colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="579" />
        <source>label on badges</source>
        <translation>Bezeichnung auf den Ausweisen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="580" />
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="581" />
        <source>English name</source>
        <translation>englischer Name</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="582" />
        <source>French name</source>
        <translation>französischer Name</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="583" />
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="584" />
        <source>honorific</source>
        <translation>Anrede</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="585" />
        <source>given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="586" />
        <source>family name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="587" />
        <source>name on the badge</source>
        <translation>Name auf dem Ausweis</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="588" />
        <source>name in native script</source>
        <translation>Name in eigener Schrift</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="589" />
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="590" />
        <source>delegation</source>
        <translation>Delegation</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="591" />
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="592" />
        <source>e-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="593" />
        <source>phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="594" />
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="595" />
        <source>badges to print</source>
        <translation>zu druckende Ausweise</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="596" />
        <source>badge</source>
        <translation>Ausweis</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="597" />
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="613" />
        <source>%1 is not a code: letters and digits, up to 16</source>
        <translation>%1 ist kein Code: Buchstaben und Ziffern, höchstens 16</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="617" />
        <source>%1 is not a colour like #1F4E9A</source>
        <translation>%1 ist keine Farbe wie #1F4E9A</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="621" />
        <source>%1 is not a country code</source>
        <translation>%1 ist kein Ländercode</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="625" />
        <source>%1 is not a time zone</source>
        <translation>%1 ist keine Zeitzone</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="629" />
        <source>no badge texts in %1</source>
        <translation>keine Ausweistexte in %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="633" />
        <source>the event ends before it starts</source>
        <translation>die Veranstaltung endet, bevor sie beginnt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="635" />
        <source>the session ends before it starts</source>
        <translation>die Sitzung endet, bevor sie beginnt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="638" />
        <source>the day is not between %1 and %2</source>
        <translation>der Tag liegt nicht zwischen %1 und %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="646" />
        <source>%1 (row %2)</source>
        <translation>%1 (Zeile %2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="651" />
        <source>overlaps %1, %2–%3, in the same room</source>
        <translation>überschneidet sich mit %1, %2–%3, im selben Saal</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="659" />
        <source>%1 is also on row %2</source>
        <translation>%1 steht auch in Zeile %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="664" />
        <source>%1 exists already</source>
        <translation>%1 existiert bereits</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="672" />
        <source>changed at another desk meanwhile: close the set-up and open it again</source>
        <translation>inzwischen an einem anderen Schalter geändert: Einrichtung schließen und erneut öffnen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="680" />
        <source>this database already holds an event</source>
        <translation>diese Datenbank enthält bereits eine Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="684" />
        <source>row %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="713" />
        <source>refused</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="715" />
        <source>registration cancelled</source>
        <translation>Anmeldung storniert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="716" />
        <source>badge revoked by a reprint</source>
        <translation>Ausweis durch Neudruck gesperrt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="717" />
        <source>code not valid</source>
        <translation>Code ungültig</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="718" />
        <source>a badge of another event</source>
        <translation>ein Ausweis einer anderen Veranstaltung</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="719" />
        <source>not checked in at the desk</source>
        <translation>nicht am Schalter akkreditiert</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="720" />
        <source>identity document to be checked</source>
        <translation>Ausweisdokument zu prüfen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="729" />
        <source>%1 check-ins made meanwhile were sent.</source>
        <translation>%1 inzwischen vorgenommene Akkreditierungen wurden gesendet.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="733" />
        <source>%1 (in already at %2 at %3)</source>
        <translation>%1 (bereits akkreditiert um %2 an %3)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="740" />
        <source>%1 (%2, scanned at %3 at %4)</source>
        <translation>%1 (%2, gescannt um %3 an %4)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="744" />
        <source>unknown badge</source>
        <translation>unbekannter Ausweis</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="753" />
        <source>Checked in elsewhere first: %1.</source>
        <translation>Zuerst anderswo akkreditiert: %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="757" />
        <source>NOT recorded, see to them: %1.</source>
        <translation>NICHT erfasst, kümmern Sie sich darum: %1.</translation>
    </message>
</context>
</TS>