<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>BadgesView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="250" />
        <source>Badges to print</source>
        <translation>Acreditaciones que imprimir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="252" />
        <source>Everyone whose badge is not printed yet</source>
        <translation>Todas las que aún no se han impreso</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="255" />
        <source>Everyone in the category</source>
        <translation>Toda la categoría</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="259" />
        <source>These badge codes</source>
        <translation>Estos códigos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="269" />
        <source>Everyone</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="304" />
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="307" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="311" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="326" />
        <source>Reprint a lost or damaged badge (the old one stops working)</source>
        <translation>Reimprimir una acreditación perdida o dañada (la anterior deja de valer)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="328" />
        <source>badge code</source>
        <translation>código de acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="261" />
        <source>codes as printed on the badges, e.g. EDKR 2K9Y</source>
        <translation>códigos tal como figuran en las acreditaciones, p. ej. EDKR 2K9Y</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="267" />
        <source>or a name: Enter finds the person</source>
        <translation>o un nombre: Intro busca a la persona</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="281" />
        <source>&amp;Design…</source>
        <translation>&amp;Diseñar…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="282" />
        <source>Open this layout in the badge designer</source>
        <translation>Abrir este diseño en el diseñador de acreditaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="308" />
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="314" />
        <source>Open its &amp;folder</source>
        <translation>Abrir su &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="332" />
        <source>&amp;Reprint…</source>
        <translation>&amp;Reimprimir…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="341" />
        <source>Print the badge at check-in when it is not printed yet</source>
        <translation>Imprimir la acreditación al registrar la llegada si aún no está impresa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="432" />
        <source>%n badge(s) to print</source>
        <translation>
            <numerusform>%n acreditación que imprimir</numerusform>
            <numerusform>%n acreditaciones que imprimir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="434" />
        <source>(%n cancelled registration(s) left out)</source>
        <translation>
            <numerusform>(%n inscripción cancelada excluida)</numerusform>
            <numerusform>(%n inscripciones canceladas excluidas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="450" />
        <source>Nothing was printed: the badge passphrase is needed.</source>
        <translation>No se ha impreso nada: hace falta la frase de paso de las acreditaciones.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="460" />
        <source>Nothing was printed: no printer was chosen.</source>
        <translation>No se ha impreso nada: no se ha elegido ninguna impresora.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="527" />
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="543" />
        <source>the badge passphrase has not been typed on this desk</source>
        <translation>no se ha escrito la frase de paso en este mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="549" />
        <source>this computer has no printer set up</source>
        <translation>este ordenador no tiene ninguna impresora configurada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="589" />
        <source>The registration of %1 is cancelled: no badge is reprinted.</source>
        <translation>La inscripción de %1 está cancelada: no se reimprime ninguna acreditación.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="597" />
        <source>Not reprinted: the badge passphrase is needed. The badge of %1 still works.</source>
        <translation>No se ha reimpreso: hace falta la frase de paso. La acreditación de %1 sigue siendo válida.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="606" />
        <source>Not reprinted: the badge of %1 still works.</source>
        <translation>No se ha reimpreso: la acreditación de %1 sigue siendo válida.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="616" />
        <source>Not reprinted: no printer was chosen. The badge of %1 still works.</source>
        <translation>No se ha reimpreso: no se ha elegido ninguna impresora. La acreditación de %1 sigue siendo válida.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="645" />
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="673" />
        <source>Nothing was printed: no badge matches the choice any more.</source>
        <translation>No se imprimió nada: ninguna acreditación corresponde ya a la selección.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="688" />
        <source>%n badge(s) printed</source>
        <translation>
            <numerusform>%n acreditación impresa</numerusform>
            <numerusform>%n acreditaciones impresas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="689" />
        <source>on %n page(s).</source>
        <translation>
            <numerusform>en %n página.</numerusform>
            <numerusform>en %n páginas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="692" />
        <source>%n of them had been reprinted meanwhile and no longer work.</source>
        <translation>
            <numerusform>%n se había reimpreso mientras tanto y ya no vale.</numerusform>
            <numerusform>%n se habían reimpreso mientras tanto y ya no valen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="697" />
        <source>Printing cancelled: no badge counts as printed.</source>
        <translation>Impresión cancelada: ninguna acreditación cuenta como impresa.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="700" />
        <source>The printer %1 did not take the job: no badge counts as printed.</source>
        <translation>La impresora %1 no ha aceptado el trabajo: ninguna acreditación cuenta como impresa.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="701" />
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="774" />
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="704" />
        <source>Warnings: %1</source>
        <translation>Avisos: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="709" />
        <source>printing was cancelled</source>
        <translation>se canceló la impresión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="711" />
        <source>the printer %1 did not take the job</source>
        <translation>la impresora %1 no aceptó el trabajo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="720" />
        <source>Mark as printed?</source>
        <translation>¿Marcar como impresas?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="722" />
        <source>%n badge(s) saved as a PDF. Will you print this file now? Only then should they count as printed.</source>
        <translation>
            <numerusform>%n acreditación guardada como PDF. ¿Va a imprimir este archivo ahora? Solo entonces debe contar como impresa.</numerusform>
            <numerusform>%n acreditaciones guardadas como PDF. ¿Va a imprimir este archivo ahora? Solo entonces deben contar como impresas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="730" />
        <source>%n badge(s) saved to %1.</source>
        <translation>
            <numerusform>%n acreditación guardada en %1.</numerusform>
            <numerusform>%n acreditaciones guardadas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="739" />
        <source>%n now count as printed.</source>
        <translation>
            <numerusform>%n cuenta ya como impresa.</numerusform>
            <numerusform>%n cuentan ya como impresas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="741" />
        <source>They do not count as printed.</source>
        <translation>No cuentan como impresas.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="752" />
        <source>Badge of %1 reprinted (%2): the old badge no longer works.</source>
        <translation>Acreditación de %1 reimpresa (%2): la anterior ya no vale.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="761" />
        <source>The badge of %1 was reprinted just now at %2 (%3): nothing was changed here.</source>
        <translation>La acreditación de %1 se acaba de reimprimir en %2 (%3): aquí no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="764" />
        <source>another desk</source>
        <translation>otro mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="769" />
        <source>Printing cancelled: the badge of %1 was not reprinted and still works.</source>
        <translation>Impresión cancelada: la acreditación de %1 no se ha reimpreso y sigue siendo válida.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="773" />
        <source>The printer %1 did not take the new badge: the badge of %2 still works.</source>
        <translation>La impresora %1 no ha aceptado la nueva acreditación: la de %2 sigue siendo válida.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="785" />
        <source>Cancelled: nothing was printed.</source>
        <translation>Cancelado: no se ha impreso nada.</translation>
    </message>
</context>
<context>
    <name>CategoryForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="262" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="262" />
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="268" />
        <source>Check an identity document at check-in</source>
        <translation>Comprobar un documento de identidad al registrar la llegada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="272" />
        <source>as the label</source>
        <translation>como la etiqueta</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="274" />
        <source>Code *</source>
        <translation>Código *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="275" />
        <source>Label *</source>
        <translation>Etiqueta *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="276" />
        <source>Badge colour</source>
        <translation>Color de la acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="278" />
        <source>Label on badges</source>
        <translation>Etiqueta en las acreditaciones</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="143" />
        <source>Type any part of a name, or scan a badge</source>
        <translation>Escriba cualquier parte de un nombre o escanee una acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="172" />
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="196" />
        <source>New &amp;walk-in…</source>
        <translation>Inscribir en &amp;mostrador…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="191" />
        <source>&amp;Undo last check-in</source>
        <translation>&amp;Deshacer el último registro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="230" />
        <source>That is longer than any name: type fewer words.</source>
        <translation>Eso es más largo que cualquier nombre: escriba menos palabras.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="233" />
        <source>No one found: Ctrl+N registers a walk-in.</source>
        <translation>No se encuentra a nadie: Ctrl+N inscribe en el mostrador.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="235" />
        <source>No one found.</source>
        <translation>No se encuentra a nadie.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="240" />
        <source>More matches: keep typing to narrow them down.</source>
        <translation>Hay más resultados: siga escribiendo para acotarlos.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="426" />
        <source>Undo check-in</source>
        <translation>Deshacer registro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="427" />
        <source>Undo the last check-in made at this desk?</source>
        <translation>¿Deshacer el último registro hecho en este mostrador?</translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message>
        <location filename="../../meetingdesk/qt/views/counts_panel.py" line="136" />
        <source>Arrivals today</source>
        <translation>Llegadas de hoy</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/counts_panel.py" line="144" />
        <source>Checked in: %1 of %2</source>
        <translation>Registrados: %1 de %2</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="63" />
        <source>Walk-in registration</source>
        <translation>Inscripción en mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="63" />
        <source>Edit delegate</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="70" />
        <source>given and family name</source>
        <translation>nombre y apellidos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="77" />
        <source>type to choose the delegation</source>
        <translation>escriba para elegir la delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="78" />
        <source>type to choose the category</source>
        <translation>escriba para elegir la categoría</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="90" />
        <source>Head of delegation</source>
        <translation>Jefe de delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="103" />
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="104" />
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="105" />
        <source>Family name *</source>
        <translation>Apellidos *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="106" />
        <source>Name on the badge</source>
        <translation>Nombre en la acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="107" />
        <source>Name in native script</source>
        <translation>Nombre en su escritura</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="108" />
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="109" />
        <source>Delegation *</source>
        <translation>Delegación *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="110" />
        <source>Category *</source>
        <translation>Categoría *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="112" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="113" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="114" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="123" />
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="237" />
        <source>Register and check in</source>
        <translation>Inscribir y registrar llegada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="126" />
        <source>Check in the registered person</source>
        <translation>Registrar la llegada de la persona inscrita</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="242" />
        <source>Already registered with this name: %1. If it is the same person, check that registration in.</source>
        <translation>Ya hay alguien inscrito con este nombre: %1. Si es la misma persona, registre la llegada de esa inscripción.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="254" />
        <source>Check in %1 (%2)</source>
        <translation>Registrar la llegada de %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="262" />
        <source>Register a new person</source>
        <translation>Inscribir a una persona nueva</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="295" />
        <source>Choose the delegation.</source>
        <translation>Elija la delegación.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="296" />
        <source>Choose the category.</source>
        <translation>Elija la categoría.</translation>
    </message>
</context>
<context>
    <name>DelegatesModel</name>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="51" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="52" />
        <source>Native script</source>
        <translation>Escritura original</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="53" />
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="54" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="55" />
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="56" />
        <source>Registration</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="57" />
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="58" />
        <source>Badge</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="59" />
        <source>Badge code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="202" />
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="204" />
        <source>registered</source>
        <translation>inscrito</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="206" />
        <source>printed</source>
        <translation>impresa</translation>
    </message>
</context>
<context>
    <name>DelegatesView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="176" />
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="181" />
        <source>All delegations</source>
        <translation>Todas las delegaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="90" />
        <source>Registered and cancelled</source>
        <translation>Inscritos y cancelados</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="91" />
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="92" />
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="95" />
        <source>Not yet arrived</source>
        <translation>Aún no han llegado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="100" />
        <source>Find: any part of a name, in any script, or a code</source>
        <translation>Buscar: cualquier parte de un nombre, en cualquier escritura, o un código</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="105" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="220" />
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 visibles</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="331" />
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="363" />
        <source>Reprint the badge?</source>
        <translation>¿Reimprimir la acreditación?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="365" />
        <source>The badge of %1 was printed with the old name. Reprint it now (reason: name corrected)? The old badge then stops working.</source>
        <translation>La acreditación de %1 se imprimió con el nombre anterior. ¿Reimprimirla ahora (motivo: nombre corregido)? La anterior dejará de valer.</translation>
    </message>
</context>
<context>
    <name>DelegationForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="301" />
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="301" />
        <source>New delegation</source>
        <translation>Nueva delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="308" />
        <source>as the name</source>
        <translation>como el nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="311" />
        <source>Name *</source>
        <translation>Nombre *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="312" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="313" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="314" />
        <source>English protocol name</source>
        <translation>Nombre protocolario en inglés</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="315" />
        <source>French protocol name</source>
        <translation>Nombre protocolario en francés</translation>
    </message>
</context>
<context>
    <name>DesignerWindow</name>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="124" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="125" />
        <source>Name in native script</source>
        <translation>Nombre en escritura original</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="126" />
        <source>Text from a field</source>
        <translation>Texto de un campo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="127" />
        <source>Fixed text</source>
        <translation>Texto fijo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="128" />
        <location filename="../../meetingdesk/qt/views/designer.py" line="155" />
        <source>QR code</source>
        <translation>Código QR</translation>
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
        <translation>Banda de color de la categoría</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="131" />
        <source>Image…</source>
        <translation>Imagen…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="132" />
        <location filename="../../meetingdesk/qt/views/designer.py" line="158" />
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="138" />
        <source>Sample: longest name</source>
        <translation>Ejemplo: nombre más largo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="139" />
        <source>Sample: Arabic name</source>
        <translation>Ejemplo: nombre árabe</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="140" />
        <source>Sample: Cyrillic name</source>
        <translation>Ejemplo: nombre cirílico</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="143" />
        <source>Sample: no photo</source>
        <translation>Ejemplo: sin foto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="157" />
        <source>Image</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="177" />
        <source>Move or resize</source>
        <translation>Mover o redimensionar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="202" />
        <source>Change a property</source>
        <translation>Cambiar una propiedad</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="231" />
        <source>Add an element</source>
        <translation>Añadir un elemento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="245" />
        <source>Delete an element</source>
        <translation>Eliminar un elemento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="596" />
        <source>Drag onto the badge, or double-click or press Enter to add.</source>
        <translation>Arrástrelo a la acreditación, o doble clic o Intro para añadir.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="608" />
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="614" />
        <source>On the badge</source>
        <translation>En la acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="622" />
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="625" />
        <source>Layout</source>
        <translation>Diseño</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="628" />
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="630" />
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="637" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="640" />
        <source>Save &amp;as…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="643" />
        <source>&amp;Delete element</source>
        <translation>&amp;Eliminar elemento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="645" />
        <source>Background &amp;artwork…</source>
        <translation>&amp;Fondo gráfico…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="647" />
        <source>&amp;No artwork</source>
        <translation>&amp;Sin fondo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="662" />
        <source>Preview:</source>
        <translation>Vista previa:</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="669" />
        <source>or a delegate: type a name, Enter</source>
        <translation>o un delegado: escriba un nombre, Intro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="701" />
        <source>Layout title</source>
        <translation>Título del diseño</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="706" />
        <source>Safe margin</source>
        <translation>Margen de seguridad</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="715" />
        <source>Badge (mm)</source>
        <translation>Acreditación (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="717" />
        <source>Element</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="731" />
        <source>Regular</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="732" />
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="744" />
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="745" />
        <source>Centre</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="746" />
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="754" />
        <source>Top</source>
        <translation>Arriba</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="755" />
        <source>Middle</source>
        <translation>Centro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="756" />
        <source>Bottom</source>
        <translation>Abajo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="763" />
        <source>#RRGGBB, e.g. #1565C0</source>
        <translation>#RRGGBB, p. ej. #1565C0</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="765" />
        <source>Capital letters</source>
        <translation>Mayúsculas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="769" />
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="770" />
        <source>Only with a photo</source>
        <translation>Solo con foto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="771" />
        <source>Only without a photo</source>
        <translation>Solo sin foto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="772" />
        <source>Only for heads of delegation</source>
        <translation>Solo para jefes de delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="773" />
        <source>Only on reprints</source>
        <translation>Solo en reimpresiones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="793" />
        <source>Shows</source>
        <translation>Muestra</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="794" />
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="795" />
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="796" />
        <source>Font</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="797" />
        <source>Size (pt)</source>
        <translation>Tamaño (pt)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="798" />
        <source>Smallest size (pt)</source>
        <translation>Tamaño mínimo (pt)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="799" />
        <source>Lines at most</source>
        <translation>Líneas como máximo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="800" />
        <source>Alignment</source>
        <translation>Alineación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="801" />
        <source>Vertical alignment</source>
        <translation>Alineación vertical</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="802" />
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="804" />
        <source>Printed</source>
        <translation>Se imprime</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="805" />
        <source>For the categories</source>
        <translation>Para las categorías</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="806" />
        <source>Left (mm)</source>
        <translation>Izquierda (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="807" />
        <source>Top (mm)</source>
        <translation>Arriba (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="808" />
        <source>Width (mm)</source>
        <translation>Ancho (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="809" />
        <source>Height (mm)</source>
        <translation>Alto (mm)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="815" />
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="896" />
        <source>Preview: %1</source>
        <translation>Vista previa: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="957" />
        <source>This layout cannot be printed as it is: %1</source>
        <translation>Este diseño no se puede imprimir tal como está: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="960" />
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="967" />
        <source>reaches outside the badge</source>
        <translation>sale de la acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="971" />
        <source>reaches into the %1 mm at the edge that the printer cannot print</source>
        <translation>entra en los %1 mm del borde que la impresora no puede imprimir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="974" />
        <source>a scanner cannot read this code: make it larger or uncover it</source>
        <translation>un escáner no puede leer este código: agrándelo o descúbralo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="976" />
        <source>no picture chosen</source>
        <translation>ninguna imagen elegida</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="979" />
        <source>prints over “%1”</source>
        <translation>se imprime sobre «%1»</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/designer.py" line="982" />
        <source>shrinks below its smallest size for %n value(s) of the event, such as “%1”</source>
        <translation>
            <numerusform>queda por debajo de su tamaño mínimo con %n valor del evento, como «%1»</numerusform>
            <numerusform>queda por debajo de su tamaño mínimo con %n valores del evento, como «%1»</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1072" />
        <source>Choose a picture</source>
        <translation>Elegir una imagen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1072" />
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1085" />
        <source>A layout keeps at least one element.</source>
        <translation>Un diseño conserva al menos un elemento.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1144" />
        <source>A colour is written #RRGGBB, e.g. #1565C0.</source>
        <translation>Un color se escribe #RRGGBB, p. ej. #1565C0.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1162" />
        <source>An element shown to no category would never print.</source>
        <translation>Un elemento sin ninguna categoría nunca se imprimiría.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1192" />
        <source>Badge size</source>
        <translation>Tamaño de la acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1208" />
        <source>larger than 10 MB</source>
        <translation>mayor de 10 MB</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1212" />
        <source>not a picture</source>
        <translation>no es una imagen</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1218" />
        <source>not a PDF, PNG or JPEG file that can be read</source>
        <translation>no es un archivo PDF, PNG o JPEG legible</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1225" />
        <source>Cannot use this file</source>
        <translation>No se puede usar este archivo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1226" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1230" />
        <source>Background artwork</source>
        <translation>Fondo gráfico</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1230" />
        <source>Artwork (*.pdf *.png)</source>
        <translation>Gráfico (*.pdf *.png)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1234" />
        <source>artwork is a PDF or a PNG file</source>
        <translation>el fondo es un archivo PDF o PNG</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1291" />
        <source>Choose an element on the badge</source>
        <translation>Elija un elemento de la acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1340" />
        <source>Badge layout: %1%2 — meetingdesk</source>
        <translation>Diseño de acreditación: %1%2 — meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1365" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1382" />
        <source>Saved as %1: the Badges tab and “meetingdesk badges --layout %1” print it.</source>
        <translation>Guardado como %1: la pestaña Acreditaciones y «meetingdesk badges --layout %1» lo imprimen.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1392" />
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1402" />
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="1403" />
        <source>Save the changes to this layout before closing?</source>
        <translation>¿Guardar los cambios de este diseño antes de cerrar?</translation>
    </message>
</context>
<context>
    <name>DeskIdentityDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="73" />
        <source>Who is at this desk?</source>
        <translation>¿Quién atiende este mostrador?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="77" />
        <source>Desk name</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="78" />
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
</context>
<context>
    <name>DoorView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="82" />
        <source>Scan the badge, or type a name</source>
        <translation>Escanee la acreditación o escriba un nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="128" />
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="206" />
        <source>No sessions</source>
        <translation>No hay sesiones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="214" />
        <source>In the room: %1</source>
        <translation>En la sala: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="277" />
        <source>%1 starts on %2 at %3: it is not its time yet.</source>
        <translation>%1 empieza el %2 a las %3: aún no es su hora.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="279" />
        <source>%1 ended on %2 at %4.</source>
        <translation>%1 terminó el %2 a las %4.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="289" />
        <source>Not this session's time</source>
        <translation>No es la hora de esta sesión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="290" />
        <source>Record the attendance anyway?</source>
        <translation>¿Registrar la asistencia de todos modos?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="318" />
        <source>Admitted</source>
        <translation>Admitido</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="319" />
        <source>Already in</source>
        <translation>Ya está dentro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="320" />
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="324" />
        <source>Refused: registration cancelled</source>
        <translation>Rechazado: inscripción cancelada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="325" />
        <source>Refused: badge revoked</source>
        <translation>Rechazado: acreditación anulada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="326" />
        <source>Refused: not checked in at the desk</source>
        <translation>Rechazado: no se ha registrado en el mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="327" />
        <source>Refused: code not valid</source>
        <translation>Rechazado: código no válido</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="345" />
        <source>Remove from the session</source>
        <translation>Quitar de la sesión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="346" />
        <source>Why is %1 removed?</source>
        <translation>¿Por qué se quita a %1?</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="88" />
        <source>Session doors admit only delegates checked in at the desk</source>
        <translation>En las puertas de las sesiones solo se admite a quien ya se registró en el mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="102" />
        <source>{generation} becomes the number of the reprint</source>
        <translation>{generation} se sustituye por el número de la reimpresión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="110" />
        <source>Title *</source>
        <translation>Título *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="111" />
        <source>Venue *</source>
        <translation>Sede *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="112" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="113" />
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="114" />
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="115" />
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="116" />
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="118" />
        <source>Language of badges</source>
        <translation>Idioma de las acreditaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="119" />
        <source>Head of delegation, on badges</source>
        <translation>Jefe de delegación, en las acreditaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="120" />
        <source>Reprint mark, on badges</source>
        <translation>Marca de reimpresión, en las acreditaciones</translation>
    </message>
</context>
<context>
    <name>EventSetupDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="447" />
        <source>Event set-up</source>
        <translation>Preparación del evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="457" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="463" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="481" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="482" />
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="483" />
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="484" />
        <source>ID check</source>
        <translation>Control de identidad</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="485" />
        <source>Label on badges</source>
        <translation>Etiqueta en las acreditaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="491" />
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="500" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="501" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="502" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="503" />
        <source>English protocol name</source>
        <translation>Nombre protocolario en inglés</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="504" />
        <source>French protocol name</source>
        <translation>Nombre protocolario en francés</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="565" />
        <source>%n attendance(s) recorded in this session: it cannot be removed.</source>
        <translation>
            <numerusform>%n asistencia registrada en esta sesión: no se puede eliminar.</numerusform>
            <numerusform>%n asistencias registradas en esta sesión: no se puede eliminar.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="517" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="518" />
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="519" />
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="524" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="526" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="591" />
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="601" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="46" />
        <source>Attendance per session</source>
        <translation>Asistencia por sesión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="47" />
        <source>List of participants</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="48" />
        <source>Check-ins, undos, reprints and refused scans</source>
        <translation>Llegadas, anulaciones, reimpresiones y lecturas rechazadas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="51" />
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="52" />
        <source>Paper check-in lists and sign-in sheets</source>
        <translation>Listas de llegada y hojas de firmas en papel</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="60" />
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="81" />
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="119" />
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="93" />
        <source>Excel workbook (XLSX)</source>
        <translation>Libro de Excel (XLSX)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="94" />
        <source>CSV (one table)</source>
        <translation>CSV (una tabla)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="95" />
        <source>PDF, ready to print</source>
        <translation>PDF, listo para imprimir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="100" />
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="101" />
        <source>semicolon (Excel in Spanish, French, German…)</source>
        <translation>punto y coma (Excel en español, francés, alemán…)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="102" />
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="106" />
        <source>English names</source>
        <translation>nombres en inglés</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="107" />
        <source>French names</source>
        <translation>nombres en francés</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="113" />
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="120" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="121" />
        <source>CSV separator</source>
        <translation>Separador CSV</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="123" />
        <source>Protocol order by</source>
        <translation>Orden protocolario por</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="125" />
        <source>Save to</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="131" />
        <source>Open its &amp;folder</source>
        <translation>Abrir su &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="133" />
        <source>E&amp;xport</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="135" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="195" />
        <source>Writing %1…</source>
        <translation>Guardando %1…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/export_dialog.py" line="205" />
        <source>%1 written to %2.</source>
        <translation>%1 guardado en %2.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="62" />
        <source>Which list?</source>
        <translation>¿Qué lista?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="63" />
        <source>A CSV or Excel file, as the delegation sent it.</source>
        <translation>Un archivo CSV o Excel, tal como lo envió la delegación.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="65" />
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="86" />
        <source>Delegate list</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="88" />
        <source>Lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Listas (*.csv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="104" />
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="118" />
        <source>%1: %2 rows.</source>
        <translation>%1: %2 filas.</translation>
    </message>
</context>
<context>
    <name>IdCheckDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="54" />
        <source>Identity document</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="56" />
        <source>Check the identity document of %1.</source>
        <translation>Compruebe el documento de identidad de %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="64" />
        <source>e.g. 4567</source>
        <translation>p. ej. 4567</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="65" />
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="66" />
        <source>Its last four letters or digits</source>
        <translation>Sus cuatro últimas letras o cifras</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="316" />
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="333" />
        <source>Writing, all in one go…</source>
        <translation>Guardando, todo de una vez…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="347" />
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 lines skipped.</source>
        <translation>Importado: %1 añadidos, %2 actualizados, %3 sin cambios, %4 líneas omitidas.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="358" />
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="373" />
        <source>Import a delegate list</source>
        <translation>Importar una lista de participantes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="190" />
        <source>%1 — meetingdesk</source>
        <translation>%1 — meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="187" />
        <source>No sessions today</source>
        <translation>Hoy no hay sesiones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="85" />
        <source>&amp;Check-in</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="87" />
        <source>&amp;Delegates</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="89" />
        <source>&amp;Attendance</source>
        <translation>&amp;Asistencia</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="90" />
        <location filename="../../meetingdesk/qt/views/main_window.py" line="143" />
        <source>&amp;Badges</source>
        <translation>&amp;Acreditaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="120" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="122" />
        <source>&amp;Import delegates…</source>
        <translation>&amp;Importar participantes…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="126" />
        <source>Event &amp;set-up…</source>
        <translation>&amp;Preparación del evento…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="130" />
        <source>&amp;Export…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="134" />
        <source>&amp;Back up the database…</source>
        <translation>Hacer una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="137" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="140" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="144" />
        <source>&amp;Design layout…</source>
        <translation>&amp;Diseñar acreditación…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="146" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="147" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="150" />
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="156" />
        <source>&amp;Sounds</source>
        <translation>&amp;Sonidos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="157" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="158" />
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="166" />
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="168" />
        <source>Desk: %1 · Operator: %2</source>
        <translation>Mostrador: %1 · Operador: %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="209" />
        <source>Sound on each &amp;outcome</source>
        <translation>Sonido en cada &amp;resultado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="217" />
        <source>&amp;Quiet</source>
        <translation>&amp;Bajo</translation>
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
        <translation>¿Qué es cada columna?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="141" />
        <source>Recognised headers are chosen already; choose the rest.</source>
        <translation>Las cabeceras reconocidas ya están asignadas; asigne las demás.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="144" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="144" />
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="144" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="152" />
        <source>An empty cell clears what is stored (otherwise the stored value is kept)</source>
        <translation>Una celda vacía borra lo guardado (si no, se conserva el valor guardado)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="157" />
        <source>Delegation of rows that name none</source>
        <translation>Delegación de las filas que no indican ninguna</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="158" />
        <source>Category of rows that name none</source>
        <translation>Categoría de las filas que no indican ninguna</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="175" />
        <source>— ignore —</source>
        <translation>— no importar —</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="181" />
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="185" />
        <source>— none —</source>
        <translation>— ninguna —</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <location filename="../../meetingdesk/qt/views/message_bar.py" line="22" />
        <source>Dismiss</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="100" />
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="108" />
        <source>Fill in the usual OSCE categories and the delegations of the 57 participating States and 11 Partners for Co-operation</source>
        <translation>Añadir las categorías habituales de la OSCE y las delegaciones de los 57 Estados participantes y los 11 Socios para la Cooperación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="121" />
        <source>Badges are signed with a key that only this passphrase opens. Type it on the computers that print badges; desks that only check people in never need it. Keep it safe: nobody can print a badge without it.</source>
        <translation>Las acreditaciones se firman con una clave que solo abre esta frase de paso. Escríbala en los ordenadores que imprimen acreditaciones; los mostradores que solo registran llegadas no la necesitan. Guárdela bien: sin ella nadie puede imprimir una acreditación.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="133" />
        <source>Badge passphrase</source>
        <translation>Frase de paso de las acreditaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="134" />
        <source>The same again</source>
        <translation>Repítala</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="137" />
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="142" />
        <source>Database file</source>
        <translation>Archivo de la base de datos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="144" />
        <source>Database</source>
        <translation>Base de datos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="148" />
        <source>&amp;Create</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="163" />
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de paso no coinciden.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="168" />
        <source>The badge passphrase needs at least %1 characters.</source>
        <translation>La frase de paso necesita al menos %1 caracteres.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="179" />
        <source>%1 exists already: choose another file, or open it.</source>
        <translation>%1 ya existe: elija otro archivo o ábralo.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="186" />
        <source>The folder %1 does not exist.</source>
        <translation>La carpeta %1 no existe.</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="98" />
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="112" />
        <source>The badge of %1 was not printed: %2.</source>
        <translation>No se ha impreso la acreditación de %1: %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="124" />
        <source>Ready</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="125" />
        <source>Type a name or scan a badge.</source>
        <translation>Escriba un nombre o escanee una acreditación.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="138" />
        <source>Enter checks in</source>
        <translation>Intro registra la llegada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="152" />
        <source>Choose who it is</source>
        <translation>Elija quién es</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="154" />
        <source>%1 people match exactly: choose with Up or Down, then press Enter.</source>
        <translation>%1 personas coinciden exactamente: elija con las flechas y pulse Intro.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="215" />
        <source>Head of Delegation</source>
        <translation>Jefe de delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="220" />
        <source>Check-in undone</source>
        <translation>Registro deshecho</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="220" />
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="222" />
        <source>Checked in (offline)</source>
        <translation>Llegada registrada (sin conexión)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="224" />
        <source>Checked in</source>
        <translation>Llegada registrada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="136" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="226" />
        <source>Already checked in</source>
        <translation>Ya registrado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="228" />
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="134" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="230" />
        <source>Registration cancelled</source>
        <translation>Inscripción cancelada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="231" />
        <source>Badge revoked</source>
        <translation>Acreditación anulada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="232" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="233" />
        <source>Code not valid</source>
        <translation>Código no válido</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="234" />
        <source>Not checked in</source>
        <translation>Sin registrar en el mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="235" />
        <source>Check identity document</source>
        <translation>Compruebe el documento de identidad</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="236" />
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="25" />
        <source>Badge passphrase</source>
        <translation>Frase de paso de las acreditaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="31" />
        <source>Printing badges needs the event's passphrase, which the organisers chose. It stays unlocked on this computer until meetingdesk closes.</source>
        <translation>Imprimir acreditaciones requiere la frase de paso del evento, que eligieron los organizadores. Queda desbloqueada en este ordenador hasta que se cierre meetingdesk.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="39" />
        <source>Passphrase</source>
        <translation>Frase de paso</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/passphrase.py" line="54" />
        <source>That is not the passphrase of this event's badges.</source>
        <translation>Esa no es la frase de paso de las acreditaciones de este evento.</translation>
    </message>
</context>
<context>
    <name>PersonFinder</name>
    <message>
        <location filename="../../meetingdesk/qt/views/person_finder.py" line="51" />
        <source>No one found.</source>
        <translation>No se encuentra a nadie.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/person_finder.py" line="62" />
        <source>More matches: keep typing to narrow them down.</source>
        <translation>Hay más resultados: siga escribiendo para acotarlos.</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="210" />
        <source>What will change</source>
        <translation>Qué va a cambiar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="218" />
        <source>Import the other rows and skip the ones with problems</source>
        <translation>Importar las demás filas y omitir las que tienen problemas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="235" />
        <source>Checking every row…</source>
        <translation>Comprobando cada fila…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="276" />
        <source>(cleared)</source>
        <translation>(se borra)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="287" />
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="288" />
        <source>To add</source>
        <translation>Para añadir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="289" />
        <source>To update</source>
        <translation>Para actualizar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="290" />
        <source>Not on the list (kept)</source>
        <translation>No están en la lista (se conservan)</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="156" />
        <source>Reprint a badge</source>
        <translation>Reimprimir una acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="171" />
        <source>Badge code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="173" />
        <source>Badge now in use</source>
        <translation>Acreditación en uso</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="174" />
        <source>generation %1</source>
        <translation>generación %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="178" />
        <source>Last reprint</source>
        <translation>Última reimpresión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="180" />
        <source>%1 at %2 (%3)</source>
        <translation>%1 en %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="182" />
        <source>another desk</source>
        <translation>otro mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="191" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="194" />
        <source>The badge now in use stops working at every desk once the new one has gone to the printer.</source>
        <translation>La acreditación en uso deja de valer en todos los mostradores en cuanto la nueva llega a la impresora.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="201" />
        <source>&amp;Reprint</source>
        <translation>&amp;Reimprimir</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="475" />
        <source>Save layout as</source>
        <translation>Guardar diseño como</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="479" />
        <source>small letters, digits and hyphens</source>
        <translation>minúsculas, cifras y guiones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="486" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="487" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="505" />
        <source>Give the layout a title.</source>
        <translation>Dé un título al diseño.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="509" />
        <source>The name takes small letters, digits and hyphens, first a letter or digit.</source>
        <translation>El nombre admite minúsculas, cifras y guiones, empezando por una letra o cifra.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/designer.py" line="514" />
        <source>There is a layout called %1 already.</source>
        <translation>Ya hay un diseño llamado %1.</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="24" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="25" />
        <source>Native script</source>
        <translation>Escritura original</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="26" />
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="27" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="28" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="29" />
        <source>Badge code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="66" />
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="68" />
        <source>checked in</source>
        <translation>llegado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="70" />
        <source>expected</source>
        <translation>esperado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/models/search_results.py" line="105" />
        <source>Same name as %n other person(s) here: check delegation and code.</source>
        <translation>
            <numerusform>Mismo nombre que otra persona de la lista: compruebe delegación y código.</numerusform>
            <numerusform>Mismo nombre que otras %n personas de la lista: compruebe delegación y código.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="222" />
        <source>Connect to a server</source>
        <translation>Conectar con un servidor</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="227" />
        <source>&amp;Test</source>
        <translation>&amp;Probar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="233" />
        <source>The address of the meeting's PostgreSQL database, as the organisers set it up (see 'Several desks' in the README).</source>
        <translation>La dirección de la base de datos PostgreSQL de la reunión, tal como la configuraron los organizadores (véase «Several desks» en el README).</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="242" />
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="246" />
        <source>&amp;Use this server</source>
        <translation>&amp;Usar este servidor</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="262" />
        <source>Write the address as postgresql://user@host/database.</source>
        <translation>Escriba la dirección así: postgresql://usuario@servidor/base_de_datos.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="268" />
        <source>Asking %1…</source>
        <translation>Consultando %1…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="285" />
        <source>Not reachable: %1</source>
        <translation>No responde: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="290" />
        <source>%1 answers; the meeting is: %2.</source>
        <translation>%1 responde; la reunión es: %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="292" />
        <source>%1 answers; it holds no event yet: you can create one.</source>
        <translation>%1 responde; aún no contiene ningún evento: puede crear uno.</translation>
    </message>
</context>
<context>
    <name>SessionForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="223" />
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="223" />
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="237" />
        <source>Title *</source>
        <translation>Título *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="238" />
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="239" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="240" />
        <source>Start</source>
        <translation>Inicio</translation>
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
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="361" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="362" />
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="322" />
        <source>Welcome to meetingdesk</source>
        <translation>Bienvenido a meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="331" />
        <source>There is no meeting on this computer yet. Create one, open a file a colleague gave you, connect to the meeting's server, or try the demo.</source>
        <translation>Aún no hay ninguna reunión en este ordenador. Cree una, abra un archivo que le haya dado un colega, conéctese al servidor de la reunión o pruebe la demostración.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="335" />
        <source>The database %1 holds no event yet: create it, or choose another database.</source>
        <translation>La base de datos %1 aún no contiene ningún evento: créelo o elija otra base de datos.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="337" />
        <source>%1 cannot be opened: %2</source>
        <translation>No se puede abrir %1: %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="348" />
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="349" />
        <source>Its details, sessions, categories and delegations; the OSCE preset.</source>
        <translation>Sus datos, sesiones, categorías y delegaciones; la plantilla de la OSCE.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="354" />
        <source>&amp;Open a file…</source>
        <translation>&amp;Abrir un archivo…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="355" />
        <source>A meetingdesk database on this computer.</source>
        <translation>Una base de datos de meetingdesk en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="360" />
        <source>Connect to a &amp;server…</source>
        <translation>Conectar con un &amp;servidor…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="361" />
        <source>Several desks: one PostgreSQL database on the venue network.</source>
        <translation>Varios mostradores: una base de datos PostgreSQL en la red de la sede.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="366" />
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demostración</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="367" />
        <source>An invented meeting, in progress today; removed when you close it.</source>
        <translation>Una reunión inventada, en curso hoy; se elimina al cerrarla.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="383" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="405" />
        <source>%1 is not a meetingdesk database: %2</source>
        <translation>%1 no es una base de datos de meetingdesk: %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="407" />
        <source>it has no meetingdesk tables</source>
        <translation>no tiene las tablas de meetingdesk</translation>
    </message>
</context>
<context>
    <name>_Plurals</name>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/wording.py" line="701" />
        <source>used by %n delegate(s) (%1): move them first</source>
        <translation>
            <numerusform>la usa %n delegado (%1): cámbielo antes</numerusform>
            <numerusform>la usan %n delegados (%1): cámbielos antes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/wording.py" line="704" />
        <source>%n attendance(s) recorded: it cannot be removed</source>
        <translation>
            <numerusform>%n asistencia registrada: no se puede eliminar</numerusform>
            <numerusform>%n asistencias registradas: no se puede eliminar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>_RowForm</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="215" />
        <source>Fill in the fields marked *.</source>
        <translation>Rellene los campos marcados con *.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="204" />
        <source>Back up the database</source>
        <translation>Copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="211" />
        <source>Backing up the database…</source>
        <translation>Haciendo la copia de seguridad de la base de datos…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="218" />
        <source>Backup written to %1; it passed its integrity check.</source>
        <translation>Copia guardada en %1; ha superado la comprobación de integridad.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="358" />
        <source>The database is not answering: %1. The desk shows what it last knew.</source>
        <translation>La base de datos no responde: %1. El mostrador enseña lo último que sabía.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="366" />
        <source>The database answers again.</source>
        <translation>La base de datos vuelve a responder.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="403" />
        <source>Something went wrong. The details are in the log: %1</source>
        <translation>Algo ha fallado. Los detalles están en el registro: %1</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="117" />
        <source>Save the badges as a PDF</source>
        <translation>Guardar las acreditaciones como PDF</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="59" />
        <source>Open a meetingdesk database</source>
        <translation>Abrir una base de datos de meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="61" />
        <source>meetingdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos de meetingdesk (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="67" />
        <source>Save the new database as</source>
        <translation>Guardar la nueva base de datos como</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/start_page.py" line="69" />
        <source>meetingdesk databases (*.sqlite3)</source>
        <translation>bases de datos de meetingdesk (*.sqlite3)</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="19" />
        <source>participating State</source>
        <translation>Estado participante</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="22" />
        <source>Partner for Co-operation</source>
        <translation>Socio para la Cooperación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="25" />
        <source>international organisation</source>
        <translation>organización internacional</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="28" />
        <source>NGO</source>
        <translation>ONG</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="29" />
        <source>OSCE structure</source>
        <translation>estructura de la OSCE</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="30" />
        <source>host</source>
        <translation>anfitrión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="31" />
        <source>media</source>
        <translation>prensa</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="87" />
        <source>(no country)</source>
        <translation>(sin país)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/pickers.py" line="131" />
        <source>Badge colour</source>
        <translation>Color de la acreditación</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="43" />
        <source>%1 is the database (or its log, or a copy of it): choose another file.</source>
        <translation>%1 es la base de datos (o su registro, o una copia): elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="46" />
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 es una carpeta: indique un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="49" />
        <source>The folder of %1 does not exist.</source>
        <translation>La carpeta de %1 no existe.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="52" />
        <source>The folder of %1 is a file, not a folder.</source>
        <translation>La carpeta de %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="55" />
        <source>The disk is full: %1 was not written.</source>
        <translation>El disco está lleno: no se ha escrito %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="58" />
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="72" />
        <source>No one has the badge code %1.</source>
        <translation>Nadie tiene el código de acreditación %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="90" />
        <source>the server did not answer within %1 seconds</source>
        <translation>el servidor no ha respondido en %1 segundos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="94" />
        <source>the database is busy (another desk holds a lock): nothing was changed, try again</source>
        <translation>la base de datos está ocupada (otro mostrador tiene un bloqueo): no se ha cambiado nada, inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="98" />
        <source>the database took too long to answer: nothing was changed, try again</source>
        <translation>la base de datos ha tardado demasiado en responder: no se ha cambiado nada, inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="101" />
        <source>the database is busy (another program holds it): nothing was changed, try again</source>
        <translation>la base de datos está ocupada (otro programa la tiene abierta): no se ha cambiado nada, inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="105" />
        <source>the disk is full or failing: nothing was changed; free some space</source>
        <translation>el disco está lleno o falla: no se ha cambiado nada; libere espacio</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="108" />
        <source>the database cannot be written (read-only): nothing was changed</source>
        <translation>no se puede escribir en la base de datos (solo lectura): no se ha cambiado nada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="111" />
        <source>the desk is closing</source>
        <translation>el mostrador se está cerrando</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="112" />
        <source>undoing a check-in needs the server, which does not answer</source>
        <translation>para deshacer un registro hace falta el servidor, que no responde</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="115" />
        <source>the server does not answer and this desk has no local copy yet</source>
        <translation>el servidor no responde y este mostrador aún no tiene copia local</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="195" />
        <source>a control character (%1): remove it</source>
        <translation>un carácter de control (%1): quítelo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="198" />
        <location filename="../../meetingdesk/qt/wording.py" line="355" />
        <source>%1 is not an e-mail address</source>
        <translation>%1 no es una dirección de correo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="202" />
        <source>this registration is cancelled: no badge to reprint</source>
        <translation>esta inscripción está cancelada: no hay acreditación que reimprimir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="205" />
        <source>nobody to print: the choice is empty</source>
        <translation>nadie que imprimir: la selección está vacía</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="208" />
        <source>this badge cannot be reprinted again</source>
        <translation>esta acreditación no se puede reimprimir más</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="324" />
        <source>no column is mapped to the family name</source>
        <translation>ninguna columna corresponde a los apellidos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="327" />
        <source>no column is mapped to the delegation, and no default delegation was given</source>
        <translation>ninguna columna corresponde a la delegación y no se indicó una delegación por defecto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="330" />
        <source>no column is mapped to the category, and no default category was given</source>
        <translation>ninguna columna corresponde a la categoría y no se indicó una categoría por defecto</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="333" />
        <source>the same person as line %1 (same e-mail address)</source>
        <translation>la misma persona que en la línea %1 (mismo correo electrónico)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="336" />
        <source>the same person as line %1 (same name and delegation)</source>
        <translation>la misma persona que en la línea %1 (mismo nombre y delegación)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="339" />
        <source>the name matches %1 registered delegates (%2): give the e-mail address to say which</source>
        <translation>el nombre coincide con %1 participantes inscritos (%2): indique el correo electrónico para decir cuál</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="343" />
        <source>the e-mail address belongs to %1 but the name to %2: correct the row or the registered delegates</source>
        <translation>el correo electrónico es de %1 pero el nombre de %2: corrija la fila o los participantes inscritos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="348" />
        <source>a control character (%1) in the text: remove it</source>
        <translation>un carácter de control (%1) en el texto: quítelo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="352" />
        <source>the family name is missing</source>
        <translation>faltan los apellidos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="358" />
        <source>%1: write yes or no</source>
        <translation>%1: escriba sí o no</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="359" />
        <source>unknown delegation %1</source>
        <translation>delegación desconocida %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="362" />
        <source>the delegation is missing</source>
        <translation>falta la delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="365" />
        <source>unknown category %1</source>
        <translation>categoría desconocida %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="366" />
        <source>the category is missing</source>
        <translation>falta la categoría</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="312" />
        <source>line %1</source>
        <translation>línea %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="77" />
        <source>%1 was written by a newer version of meetingdesk (schema %2): install the newer meetingdesk to open it</source>
        <translation>%1 lo escribió una versión más reciente de meetingdesk (esquema %2): instale esa versión para abrirlo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="125" />
        <source>there is no database at %1</source>
        <translation>no hay ninguna base de datos en %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="128" />
        <source>cannot create a database at %1: the folder %2 does not exist</source>
        <translation>no se puede crear una base de datos en %1: la carpeta %2 no existe</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="131" />
        <source>%1 is not a meetingdesk database (%2)</source>
        <translation>%1 no es una base de datos de meetingdesk (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="134" />
        <source>%1 is another program's database (tables %2): meetingdesk leaves it alone</source>
        <translation>%1 es la base de datos de otro programa (tablas %2): meetingdesk no la toca</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="137" />
        <source>%1 is on a network share (%2): an SQLite file cannot be shared safely between computers. For several desks, use one PostgreSQL database; for one desk, keep the file on this computer.</source>
        <translation>%1 está en una carpeta compartida de red (%2): un archivo SQLite no se puede compartir con seguridad entre ordenadores. Para varios mostradores, use una base de datos PostgreSQL; para uno solo, guarde el archivo en este ordenador.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="143" />
        <source>%1 cannot be opened (%2)</source>
        <translation>no se puede abrir %1 (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="155" />
        <source>Event title</source>
        <translation>Título del evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="156" />
        <source>Place and dates</source>
        <translation>Lugar y fechas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="157" />
        <source>Name on the badge</source>
        <translation>Nombre en la acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="158" />
        <source>Name in native script</source>
        <translation>Nombre en su escritura</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="159" />
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="160" />
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="161" />
        <source>Delegation or organisation</source>
        <translation>Delegación u organización</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="162" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="163" />
        <source>Head-of-delegation marker</source>
        <translation>Marca de jefe de delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="164" />
        <source>Badge code, readable</source>
        <translation>Código de la acreditación, legible</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="165" />
        <source>Reprint marker</source>
        <translation>Marca de reimpresión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="174" />
        <source>badge %1: %2 set at %3 pt, below the layout's floor of %4 pt</source>
        <translation>acreditación %1: %2 a %3 pt, por debajo del mínimo del formato, %4 pt</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="179" />
        <source>badge %1: no font has every letter of %2: left out</source>
        <translation>acreditación %1: ninguna fuente tiene todas las letras de %2: se omite</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="183" />
        <source>badge %1: photo not drawn (%2)</source>
        <translation>acreditación %1: foto no dibujada (%2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="211" />
        <source>say why: one of %1</source>
        <translation>diga por qué: uno de %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="212" />
        <source>%1 is shipped with meetingdesk: save the layout under another name</source>
        <translation>%1 viene con meetingdesk: guarde el diseño con otro nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="215" />
        <source>there is a layout called %1 already</source>
        <translation>ya hay un diseño llamado %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="229" />
        <source>not valid UTF-16 although it says so</source>
        <translation>no es UTF-16 válido aunque lo indica</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="232" />
        <source>not a text file (it contains binary data)</source>
        <translation>no es un archivo de texto (contiene datos binarios)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="235" />
        <source>byte %1 is not valid %2: save the file as UTF-8 (CSV UTF-8 in Excel) and import it again</source>
        <translation>el byte %1 no es %2 válido: guarde el archivo como UTF-8 (CSV UTF-8 en Excel) e impórtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="240" />
        <source>byte %1 is neither UTF-8 nor Windows-1252: save the file as UTF-8 (CSV UTF-8 in Excel) and import it again</source>
        <translation>el byte %1 no es ni UTF-8 ni Windows-1252: guarde el archivo como UTF-8 (CSV UTF-8 en Excel) e impórtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="245" />
        <source>the header has only one column: separate the columns with commas, semicolons or tabs</source>
        <translation>la cabecera tiene una sola columna: separe las columnas con comas, puntos y comas o tabuladores</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="249" />
        <source>the header %1 appears twice (columns %2 and %3): rename or remove one</source>
        <translation>la cabecera %1 aparece dos veces (columnas %2 y %3): cambie el nombre de una o quítela</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="252" />
        <source>the first line has no column headers</source>
        <translation>la primera línea no tiene cabeceras de columna</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="255" />
        <source>there are no rows under the header</source>
        <translation>no hay filas bajo la cabecera</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="258" />
        <source>this row has %1 cells but the header only %2</source>
        <translation>esta fila tiene %1 celdas pero la cabecera solo %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="261" />
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="262" />
        <source>malformed CSV (%1)</source>
        <translation>CSV mal formado (%1)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="263" />
        <source>not a readable Excel workbook (%1)</source>
        <translation>no es un libro de Excel legible (%1)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="266" />
        <source>not a delegate list: %1 parts in the workbook</source>
        <translation>no es una lista de participantes: %1 partes en el libro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="269" />
        <source>the workbook unpacks to %1 MB from %2 KB: not a delegate list (a damaged or hostile file)</source>
        <translation>el libro se descomprime a %1 MB desde %2 KB: no es una lista de participantes (un archivo dañado o malintencionado)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="274" />
        <source>a formula without a computed value: open the file in Excel or LibreOffice, save it, and import it again</source>
        <translation>una fórmula sin valor calculado: abra el archivo en Excel o LibreOffice, guárdelo e impórtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="279" />
        <source>the header has merged cells (%1): give every column its own header</source>
        <translation>la cabecera tiene celdas combinadas (%1): dé a cada columna su propia cabecera</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="282" />
        <source>the workbook has no visible sheet</source>
        <translation>el libro no tiene ninguna hoja visible</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="285" />
        <source>the sheet %1 is empty</source>
        <translation>la hoja %1 está vacía</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="286" />
        <source>larger than %1 MB: not a list</source>
        <translation>más de %1 MB: no es una lista</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="289" />
        <source>not an Excel workbook (.xlsx) although it is named so</source>
        <translation>no es un libro de Excel (.xlsx) aunque se llama así</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="292" />
        <source>is a folder, not a list</source>
        <translation>es una carpeta, no una lista</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="293" />
        <source>cannot be read (%1)</source>
        <translation>no se puede leer (%1)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="314" />
        <source>column %1</source>
        <translation>columna %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="377" />
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="378" />
        <source>National identity card</source>
        <translation>Documento nacional de identidad</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="379" />
        <source>Diplomatic or service card</source>
        <translation>Tarjeta diplomática o de servicio</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="380" />
        <source>Other document</source>
        <translation>Otro documento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="413" />
        <source>lost</source>
        <translation>perdida</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="414" />
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="415" />
        <source>name corrected</source>
        <translation>nombre corregido</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="416" />
        <source>first print</source>
        <translation>primera impresión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="423" />
        <source>The code is not valid.</source>
        <translation>El código no es válido.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="425" />
        <source>A badge of another event.</source>
        <translation>Una acreditación de otro evento.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="426" />
        <source>The signature does not match: the code was altered or forged.</source>
        <translation>La firma no coincide: el código se ha alterado o falsificado.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="429" />
        <source>Signed with a key the event has retired: reprint the badge.</source>
        <translation>Firmada con una clave que el evento ha retirado: reimprima la acreditación.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="432" />
        <source>Not a meetingdesk badge code.</source>
        <translation>No es un código de acreditación de meetingdesk.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="435" />
        <source>This badge was never issued.</source>
        <translation>Esta acreditación nunca se emitió.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="449" />
        <source>No one has the code %1.</source>
        <translation>Nadie tiene el código %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="456" />
        <source>Admitted to %1.</source>
        <translation>Admitido en %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="458" />
        <source>Already recorded in %1 at %2 at %3.</source>
        <translation>Ya registrado en %1 a las %2 en %3.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="463" />
        <source>Attendance removed from %1.</source>
        <translation>Asistencia retirada de %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="467" />
        <source>Not recorded in this session.</source>
        <translation>No consta en esta sesión.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="471" />
        <source>The check-in of %1 at %2 is undone.</source>
        <translation>Se ha deshecho el registro de las %1 en %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="475" />
        <source>Not checked in: nothing to undo.</source>
        <translation>Sin registro de llegada: nada que deshacer.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="479" />
        <source>Already checked in at %1 at %2.</source>
        <translation>Ya registrado a las %1 en %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="484" />
        <source>Offline: kept on this computer, sent when the server answers.</source>
        <translation>Sin conexión: guardado en este ordenador, se enviará cuando responda el servidor.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="496" />
        <source>A newer badge was printed: this one no longer works.</source>
        <translation>Se imprimió una acreditación más reciente: esta ya no vale.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="502" />
        <source>Reprinted at %1 (%2): this badge no longer works.</source>
        <translation>Reimpresa a las %1 (%2): esta acreditación ya no vale.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="506" />
        <source>Reprinted on %1 (%2): this badge no longer works.</source>
        <translation>Reimpresa el %1 (%2): esta acreditación ya no vale.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="515" />
        <source>%1: an identity document must be checked.</source>
        <translation>%1: hay que comprobar un documento de identidad.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="519" />
        <source>Not checked in at the registration desk yet.</source>
        <translation>Aún sin registro de llegada en el mostrador.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="521" />
        <source>The registration was cancelled.</source>
        <translation>La inscripción se canceló.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="550" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="551" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="552" />
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="553" />
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="560" />
        <source>title</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="561" />
        <source>venue</source>
        <translation>sede</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="562" />
        <source>city</source>
        <translation>ciudad</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="563" />
        <source>organiser</source>
        <translation>organizador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="564" />
        <source>first day</source>
        <translation>primer día</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="565" />
        <source>last day</source>
        <translation>último día</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="566" />
        <source>time zone</source>
        <translation>zona horaria</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="567" />
        <source>language of badges</source>
        <translation>idioma de las acreditaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="568" />
        <source>head of delegation, on badges</source>
        <translation>jefe de delegación, en las acreditaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="571" />
        <source>reprint mark, on badges</source>
        <translation>marca de reimpresión, en las acreditaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="572" />
        <source>room</source>
        <translation>sala</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="573" />
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="574" />
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="575" />
        <source>end</source>
        <translation>fin</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="576" />
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="577" />
        <source>label</source>
        <translation>etiqueta</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="578" />
        <source>colour</source>
        <translation>color</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="579" />
        <source>label on badges</source>
        <translation>etiqueta en las acreditaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="580" />
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="581" />
        <source>English name</source>
        <translation>nombre en inglés</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="582" />
        <source>French name</source>
        <translation>nombre en francés</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="583" />
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="193" />
        <location filename="../../meetingdesk/qt/wording.py" line="607" />
        <source>this is required</source>
        <translation>es obligatorio</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="194" />
        <location filename="../../meetingdesk/qt/wording.py" line="351" />
        <location filename="../../meetingdesk/qt/wording.py" line="609" />
        <source>longer than %1 characters</source>
        <translation>más de %1 caracteres</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="613" />
        <source>%1 is not a code: letters and digits, up to 16</source>
        <translation>%1 no es un código: letras y cifras, hasta 16</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="617" />
        <source>%1 is not a colour like #1F4E9A</source>
        <translation>%1 no es un color como #1F4E9A</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="621" />
        <source>%1 is not a country code</source>
        <translation>%1 no es un código de país</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="625" />
        <source>%1 is not a time zone</source>
        <translation>%1 no es una zona horaria</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="629" />
        <source>no badge texts in %1</source>
        <translation>no hay textos de acreditación en %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="633" />
        <source>the event ends before it starts</source>
        <translation>el evento termina antes de empezar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="635" />
        <source>the session ends before it starts</source>
        <translation>la sesión termina antes de empezar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="638" />
        <source>the day is not between %1 and %2</source>
        <translation>el día no está entre %1 y %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="646" />
        <source>%1 (row %2)</source>
        <translation>%1 (fila %2)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="651" />
        <source>overlaps %1, %2–%3, in the same room</source>
        <translation>coincide con %1, %2–%3, en la misma sala</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="659" />
        <source>%1 is also on row %2</source>
        <translation>%1 también está en la fila %2</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="664" />
        <source>%1 exists already</source>
        <translation>%1 ya existe</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="672" />
        <source>changed at another desk meanwhile: close the set-up and open it again</source>
        <translation>cambiado en otro mostrador mientras tanto: cierre la configuración y vuelva a abrirla</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="201" />
        <location filename="../../meetingdesk/qt/wording.py" line="676" />
        <source>%1 does not exist (any more)</source>
        <translation>%1 no existe (o ya no existe)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="584" />
        <source>honorific</source>
        <translation>tratamiento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="585" />
        <source>given name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="586" />
        <source>family name</source>
        <translation>apellidos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="587" />
        <source>name on the badge</source>
        <translation>nombre en la acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="588" />
        <source>name in native script</source>
        <translation>nombre en su escritura</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="589" />
        <source>function</source>
        <translation>cargo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="590" />
        <source>delegation</source>
        <translation>delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="591" />
        <source>category</source>
        <translation>categoría</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="592" />
        <source>e-mail</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="593" />
        <source>phone</source>
        <translation>teléfono</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="594" />
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="595" />
        <source>badges to print</source>
        <translation>acreditaciones que imprimir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="596" />
        <source>badge</source>
        <translation>acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="597" />
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="680" />
        <source>this database already holds an event</source>
        <translation>esta base de datos ya contiene un evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="684" />
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="713" />
        <source>refused</source>
        <translation>rechazado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="715" />
        <source>registration cancelled</source>
        <translation>inscripción cancelada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="716" />
        <source>badge revoked by a reprint</source>
        <translation>acreditación anulada por una reimpresión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="717" />
        <source>code not valid</source>
        <translation>código no válido</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="718" />
        <source>a badge of another event</source>
        <translation>una acreditación de otro evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="719" />
        <source>not checked in at the desk</source>
        <translation>sin registro de llegada en el mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="720" />
        <source>identity document to be checked</source>
        <translation>documento de identidad por comprobar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="729" />
        <source>%1 check-ins made meanwhile were sent.</source>
        <translation>Se han enviado %1 registros hechos mientras tanto.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="733" />
        <source>%1 (in already at %2 at %3)</source>
        <translation>%1 (ya registrado a las %2 en %3)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="740" />
        <source>%1 (%2, scanned at %3 at %4)</source>
        <translation>%1 (%2, escaneado a las %3 en %4)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="744" />
        <source>unknown badge</source>
        <translation>acreditación desconocida</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="753" />
        <source>Checked in elsewhere first: %1.</source>
        <translation>Registrados antes en otro mostrador: %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="757" />
        <source>NOT recorded, see to them: %1.</source>
        <translation>NO registrados, atiéndalos: %1.</translation>
    </message>
</context>
</TS>