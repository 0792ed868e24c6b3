<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>BadgesView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="227" />
        <source>Badges to print</source>
        <translation>Acreditaciones que imprimir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="229" />
        <source>Everyone whose badge is not printed yet</source>
        <translation>Todas las que aún no se han impreso</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="232" />
        <source>Everyone in the category</source>
        <translation>Toda la categoría</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="237" />
        <source>These badge codes</source>
        <translation>Estos códigos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="239" />
        <source>codes separated by spaces</source>
        <translation>códigos separados por espacios</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="240" />
        <source>Everyone</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="263" />
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="266" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="270" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="285" />
        <source>Reprint a lost or damaged badge (the old one stops working)</source>
        <translation>Reimprimir una acreditación perdida o dañada (la anterior deja de valer)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="287" />
        <source>badge code</source>
        <translation>código de acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="187" />
        <source>lost</source>
        <translation>perdida</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="188" />
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="189" />
        <source>name corrected</source>
        <translation>nombre corregido</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="190" />
        <source>first print</source>
        <translation>primera impresión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="267" />
        <source>Save as P&amp;DF…</source>
        <translation>Guardar como P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="273" />
        <source>Open its &amp;folder</source>
        <translation>Abrir su &amp;carpeta</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="291" />
        <source>&amp;Reprint…</source>
        <translation>&amp;Reimprimir…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="298" />
        <source>Print the badge at check-in when it is not printed yet</source>
        <translation>Imprimir la acreditación al registrar la llegada si aún no está impresa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="348" />
        <source>%n badge(s) to print</source>
        <translation>
            <numerusform>%n acreditación que imprimir</numerusform>
            <numerusform>%n acreditaciones que imprimir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="350" />
        <source>(%n cancelled registration(s) left out)</source>
        <translation>
            <numerusform>(%n inscripción cancelada excluida)</numerusform>
            <numerusform>(%n inscripciones canceladas excluidas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="366" />
        <source>Nothing was printed: no printer was chosen.</source>
        <translation>No se ha impreso nada: no se ha elegido ninguna impresora.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="430" />
        <source>this computer has no printer set up</source>
        <translation>este ordenador no tiene ninguna impresora configurada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="451" />
        <source>The registration of %1 is cancelled: no badge is reprinted.</source>
        <translation>La inscripción de %1 está cancelada: no se reimprime ninguna acreditación.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="461" />
        <source>Not reprinted: the badge of %1 still works.</source>
        <translation>No se ha reimpreso: la acreditación de %1 sigue siendo válida.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="471" />
        <source>Not reprinted: no printer was chosen. The badge of %1 still works.</source>
        <translation>No se ha reimpreso: no se ha elegido ninguna impresora. La acreditación de %1 sigue siendo válida.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="500" />
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="541" />
        <source>%n badge(s) printed</source>
        <translation>
            <numerusform>%n acreditación impresa</numerusform>
            <numerusform>%n acreditaciones impresas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="542" />
        <source>on %n page(s).</source>
        <translation>
            <numerusform>en %n página.</numerusform>
            <numerusform>en %n páginas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="545" />
        <source>%n of them had been reprinted meanwhile and no longer work.</source>
        <translation>
            <numerusform>%n se había reimpreso mientras tanto y ya no vale.</numerusform>
            <numerusform>%n se habían reimpreso mientras tanto y ya no valen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="550" />
        <source>Printing cancelled: no badge counts as printed.</source>
        <translation>Impresión cancelada: ninguna acreditación cuenta como impresa.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="553" />
        <source>The printer %1 did not take the job: no badge counts as printed.</source>
        <translation>La impresora %1 no ha aceptado el trabajo: ninguna acreditación cuenta como impresa.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="554" />
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="626" />
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="556" />
        <source>Warnings: %1</source>
        <translation>Avisos: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="561" />
        <source>printing was cancelled</source>
        <translation>se canceló la impresión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="563" />
        <source>the printer %1 did not take the job</source>
        <translation>la impresora %1 no aceptó el trabajo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="572" />
        <source>Mark as printed?</source>
        <translation>¿Marcar como impresas?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="574" />
        <source>%n badge(s) saved as a PDF. Will you print this file now? Only then should they count as printed.</source>
        <translation>
            <numerusform>%n acreditación guardada como PDF. ¿Va a imprimir este archivo ahora? Solo entonces debe contar como impresa.</numerusform>
            <numerusform>%n acreditaciones guardadas como PDF. ¿Va a imprimir este archivo ahora? Solo entonces deben contar como impresas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="582" />
        <source>%n badge(s) saved to %1.</source>
        <translation>
            <numerusform>%n acreditación guardada en %1.</numerusform>
            <numerusform>%n acreditaciones guardadas en %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="591" />
        <source>%n now count as printed.</source>
        <translation>
            <numerusform>%n cuenta ya como impresa.</numerusform>
            <numerusform>%n cuentan ya como impresas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="593" />
        <source>They do not count as printed.</source>
        <translation>No cuentan como impresas.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="604" />
        <source>Badge of %1 reprinted (%2): the old badge no longer works.</source>
        <translation>Acreditación de %1 reimpresa (%2): la anterior ya no vale.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="613" />
        <source>The badge of %1 was reprinted just now at %2 (%3): nothing was changed here.</source>
        <translation>La acreditación de %1 se acaba de reimprimir en %2 (%3): aquí no se ha cambiado nada.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="616" />
        <source>another desk</source>
        <translation>otro mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="621" />
        <source>Printing cancelled: the badge of %1 was not reprinted and still works.</source>
        <translation>Impresión cancelada: la acreditación de %1 no se ha reimpreso y sigue siendo válida.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="625" />
        <source>The printer %1 did not take the new badge: the badge of %2 still works.</source>
        <translation>La impresora %1 no ha aceptado la nueva acreditación: la de %2 sigue siendo válida.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="637" />
        <source>Cancelled: nothing was printed.</source>
        <translation>Cancelado: no se ha impreso nada.</translation>
    </message>
</context>
<context>
    <name>CheckInView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="104" />
        <source>Type any part of a name, or scan a badge</source>
        <translation>Escriba cualquier parte de un nombre o escanee una acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="131" />
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="154" />
        <source>New &amp;walk-in…</source>
        <translation>Nueva inscripción en &amp;mostrador…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="149" />
        <source>&amp;Undo last check-in</source>
        <translation>&amp;Deshacer el último registro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="174" />
        <source>More matches: keep typing to narrow them down.</source>
        <translation>Hay más resultados: siga escribiendo para acotarlos.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="289" />
        <source>Undo check-in</source>
        <translation>Deshacer registro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="290" />
        <source>Undo the last check-in made at this desk?</source>
        <translation>¿Deshacer el último registro hecho en este mostrador?</translation>
    </message>
</context>
<context>
    <name>CountsPanel</name>
    <message>
        <location filename="../../meetingdesk/qt/views/counts_panel.py" line="67" />
        <source>Arrivals, last hours</source>
        <translation>Llegadas, últimas horas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/counts_panel.py" line="75" />
        <source>Checked in: %1 of %2</source>
        <translation>Registrados: %1 de %2</translation>
    </message>
</context>
<context>
    <name>DelegateDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="45" />
        <source>Walk-in registration</source>
        <translation>Inscripción en mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="45" />
        <source>Edit delegate</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="52" />
        <source>given and family name</source>
        <translation>nombre y apellidos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="63" />
        <source>Head of delegation</source>
        <translation>Jefe de delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="76" />
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="77" />
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="78" />
        <source>Family name *</source>
        <translation>Apellidos *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="79" />
        <source>Name on the badge</source>
        <translation>Nombre en la acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="80" />
        <source>Name in native script</source>
        <translation>Nombre en su escritura</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="81" />
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="82" />
        <source>Delegation *</source>
        <translation>Delegación *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="83" />
        <source>Category *</source>
        <translation>Categoría *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="85" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="86" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="87" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="95" />
        <source>Register and check in</source>
        <translation>Inscribir y registrar llegada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="136" />
        <source>Already registered with this name: %1. Check in that person instead if it is the same.</source>
        <translation>Ya hay alguien inscrito con este nombre: %1. Si es la misma persona, registre su llegada en lugar de inscribirla de nuevo.</translation>
    </message>
</context>
<context>
    <name>DelegatesModel</name>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="33" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="34" />
        <source>Native script</source>
        <translation>Escritura original</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="35" />
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="36" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="37" />
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="38" />
        <source>Registration</source>
        <translation>Inscripción</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="39" />
        <source>Arrived</source>
        <translation>Llegada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="40" />
        <source>Badge</source>
        <translation>Acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="41" />
        <source>Badge code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="86" />
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="88" />
        <source>registered</source>
        <translation>inscrito</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/delegates.py" line="90" />
        <source>printed</source>
        <translation>impresa</translation>
    </message>
</context>
<context>
    <name>DelegatesView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="57" />
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="61" />
        <source>All delegations</source>
        <translation>Todas las delegaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="66" />
        <source>Registered and cancelled</source>
        <translation>Inscritos y cancelados</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="67" />
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="68" />
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="71" />
        <source>Not yet arrived</source>
        <translation>Aún no han llegado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="73" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="134" />
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 visibles</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="171" />
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="202" />
        <source>Reprint the badge?</source>
        <translation>¿Reimprimir la acreditación?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="204" />
        <source>The badge of %1 was printed with the old name. Reprint it now (reason: name corrected)? The old badge then stops working.</source>
        <translation>La acreditación de %1 se imprimió con el nombre anterior. ¿Reimprimirla ahora (motivo: nombre corregido)? La anterior dejará de valer.</translation>
    </message>
</context>
<context>
    <name>DeskIdentityDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="61" />
        <source>Who is at this desk?</source>
        <translation>¿Quién atiende este mostrador?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="65" />
        <source>Desk name</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="66" />
        <source>Operator</source>
        <translation>Operador</translation>
    </message>
</context>
<context>
    <name>DoorView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="69" />
        <source>Scan the badge, or type a name</source>
        <translation>Escanee la acreditación o escriba un nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="98" />
        <source>&amp;Remove…</source>
        <translation>&amp;Quitar…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="139" />
        <source>No sessions</source>
        <translation>No hay sesiones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="146" />
        <source>In the room: %1</source>
        <translation>En la sala: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="198" />
        <source>Admitted</source>
        <translation>Admitido</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="199" />
        <source>Already in</source>
        <translation>Ya está dentro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="200" />
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="204" />
        <source>Refused: registration cancelled</source>
        <translation>Rechazado: inscripción cancelada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="205" />
        <source>Refused: badge revoked</source>
        <translation>Rechazado: acreditación anulada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="206" />
        <source>Refused: not checked in at the desk</source>
        <translation>Rechazado: no se ha registrado en el mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="207" />
        <source>Refused: code not valid</source>
        <translation>Rechazado: código no válido</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="220" />
        <source>Remove from the session</source>
        <translation>Quitar de la sesión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="221" />
        <source>Why is %1 removed?</source>
        <translation>¿Por qué se quita a %1?</translation>
    </message>
</context>
<context>
    <name>EventSetupDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="57" />
        <source>Event set-up</source>
        <translation>Preparación del evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="81" />
        <source>Session doors admit only delegates checked in at the desk</source>
        <translation>En las puertas de las sesiones solo se admite a quien ya se registró en el mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="96" />
        <source>{generation} becomes the number of the reprint</source>
        <translation>{generation} se sustituye por el número de la reimpresión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="99" />
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="117" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="100" />
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="101" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="102" />
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="103" />
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="104" />
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="105" />
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="107" />
        <source>Language of badges</source>
        <translation>Idioma de las acreditaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="108" />
        <source>Head of delegation, on badges</source>
        <translation>Jefe de delegación, en las acreditaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="109" />
        <source>Reprint mark, on badges</source>
        <translation>Marca de reimpresión, en las acreditaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="112" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="117" />
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="117" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="117" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="117" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="133" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="133" />
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="133" />
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="133" />
        <source>ID check</source>
        <translation>Control de identidad</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="147" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="147" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="147" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="147" />
        <source>Protocol order</source>
        <translation>Orden protocolario</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="160" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="161" />
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="162" />
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="168" />
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="177" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="178" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="256" />
        <source>details</source>
        <translation>datos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="260" />
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="303" />
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="306" />
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="274" />
        <source>write the day as 2026-12-03 and the times as 09:30</source>
        <translation>escriba el día como 2026-12-03 y las horas como 09:30</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="314" />
        <source>the kind is one of %1</source>
        <translation>el tipo es uno de estos: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="338" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="61" />
        <source>Which list?</source>
        <translation>¿Qué lista?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="62" />
        <source>A CSV or Excel file, as the delegation sent it.</source>
        <translation>Un archivo CSV o Excel, tal como lo envió la delegación.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="64" />
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="85" />
        <source>Delegate list</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="87" />
        <source>Lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Listas (*.csv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="103" />
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="120" />
        <source>%1: %2 rows.</source>
        <translation>%1: %2 filas.</translation>
    </message>
</context>
<context>
    <name>IdCheckDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="44" />
        <source>Identity document</source>
        <translation>Documento de identidad</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="46" />
        <source>Check the identity document of %1.</source>
        <translation>Compruebe el documento de identidad de %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="47" />
        <source>passport</source>
        <translation>pasaporte</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="49" />
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/checkin_view.py" line="50" />
        <source>Last four characters</source>
        <translation>Últimos cuatro caracteres</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="307" />
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="324" />
        <source>Writing, all in one go…</source>
        <translation>Guardando, todo de una vez…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="338" />
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 lines skipped.</source>
        <translation>Importado: %1 añadidos, %2 actualizados, %3 sin cambios, %4 líneas omitidas.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="349" />
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="364" />
        <source>Import a delegate list</source>
        <translation>Importar una lista de participantes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="161" />
        <source>%1 — meetingdesk</source>
        <translation>%1 — meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="158" />
        <source>No sessions today</source>
        <translation>Hoy no hay sesiones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="74" />
        <source>&amp;Check-in</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="76" />
        <source>&amp;Delegates</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="78" />
        <source>&amp;Attendance</source>
        <translation>&amp;Asistencia</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="79" />
        <source>&amp;Badges</source>
        <translation>&amp;Acreditaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="100" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="102" />
        <source>&amp;Import delegates…</source>
        <translation>&amp;Importar participantes…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="106" />
        <source>Event &amp;set-up…</source>
        <translation>&amp;Preparación del evento…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="110" />
        <source>&amp;Back up the database…</source>
        <translation>Hacer una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="113" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="116" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="119" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="120" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="123" />
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="128" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="129" />
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="137" />
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="139" />
        <source>Desk: %1 · Operator: %2</source>
        <translation>Mostrador: %1 · Operador: %2</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="142" />
        <source>Which column is what?</source>
        <translation>¿Qué es cada columna?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="143" />
        <source>Recognised headers are chosen already; choose the rest.</source>
        <translation>Las cabeceras reconocidas ya están asignadas; asigne las demás.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="146" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="146" />
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="146" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="153" />
        <source>Delegation of rows that name none</source>
        <translation>Delegación de las filas que no indican ninguna</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="154" />
        <source>Category of rows that name none</source>
        <translation>Categoría de las filas que no indican ninguna</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="170" />
        <source>— ignore —</source>
        <translation>— no importar —</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="176" />
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="180" />
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
    <name>OutcomePanel</name>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="64" />
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="78" />
        <source>The badge of %1 was not printed: %2.</source>
        <translation>No se ha impreso la acreditación de %1: %2.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="90" />
        <source>Ready</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="91" />
        <source>Type a name or scan a badge.</source>
        <translation>Escriba un nombre o escanee una acreditación.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="137" />
        <source>Head of Delegation</source>
        <translation>Jefe de delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="144" />
        <source>Check-in undone</source>
        <translation>Registro deshecho</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="144" />
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="146" />
        <source>Checked in (offline)</source>
        <translation>Llegada registrada (sin conexión)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="148" />
        <source>Checked in</source>
        <translation>Llegada registrada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="150" />
        <source>Already checked in</source>
        <translation>Ya registrado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="152" />
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="154" />
        <source>Registration cancelled</source>
        <translation>Inscripción cancelada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="155" />
        <source>Badge revoked</source>
        <translation>Acreditación anulada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="156" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="157" />
        <source>Code not valid</source>
        <translation>Código no válido</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="158" />
        <source>Not checked in</source>
        <translation>Sin registrar en el mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="159" />
        <source>Check identity document</source>
        <translation>Compruebe el documento de identidad</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="160" />
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="204" />
        <source>What will change</source>
        <translation>Qué va a cambiar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="212" />
        <source>Import the other rows and skip the ones with problems</source>
        <translation>Importar las demás filas y omitir las que tienen problemas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="229" />
        <source>Checking every row…</source>
        <translation>Comprobando cada fila…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="278" />
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="279" />
        <source>To add</source>
        <translation>Para añadir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="280" />
        <source>To update</source>
        <translation>Para actualizar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="281" />
        <source>Not on the list (kept)</source>
        <translation>No están en la lista (se conservan)</translation>
    </message>
</context>
<context>
    <name>ReprintDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="133" />
        <source>Reprint a badge</source>
        <translation>Reimprimir una acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="148" />
        <source>Badge code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="150" />
        <source>Badge now in use</source>
        <translation>Acreditación en uso</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="151" />
        <source>generation %1</source>
        <translation>generación %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="155" />
        <source>Last reprint</source>
        <translation>Última reimpresión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="157" />
        <source>%1 at %2 (%3)</source>
        <translation>%1 en %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="159" />
        <source>another desk</source>
        <translation>otro mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="168" />
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="171" />
        <source>The badge now in use stops working at every desk once the new one has gone to the printer.</source>
        <translation>La acreditación en uso deja de valer en todos los mostradores en cuanto la nueva llega a la impresora.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="178" />
        <source>&amp;Reprint</source>
        <translation>&amp;Reimprimir</translation>
    </message>
</context>
<context>
    <name>SearchResultsModel</name>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="21" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="22" />
        <source>Native script</source>
        <translation>Escritura original</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="23" />
        <source>Delegation</source>
        <translation>Delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="24" />
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="25" />
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="26" />
        <source>Badge code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="45" />
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="47" />
        <source>checked in</source>
        <translation>llegado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/models/search_results.py" line="49" />
        <source>expected</source>
        <translation>esperado</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="95" />
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="99" />
        <source>Choose another…</source>
        <translation>Elegir otra…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="107" />
        <source>Open a meetingdesk database</source>
        <translation>Abrir una base de datos de meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="109" />
        <source>meetingdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos de meetingdesk (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="191" />
        <source>Back up the database</source>
        <translation>Copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="206" />
        <source>Backup written to %1; it passed its integrity check.</source>
        <translation>Copia guardada en %1; ha superado la comprobación de integridad.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="262" />
        <source>The database is not answering: %1. The desk shows what it last knew.</source>
        <translation>La base de datos no responde: %1. El mostrador enseña lo último que sabía.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="270" />
        <source>The database answers again.</source>
        <translation>La base de datos vuelve a responder.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="274" />
        <source>%1 check-ins made meanwhile were sent.</source>
        <translation>Se han enviado %1 registros hechos mientras tanto.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="279" />
        <source>Already checked in elsewhere: %1</source>
        <translation>Ya registrados en otro mostrador: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="311" />
        <source>The language changes the next time meetingdesk starts.</source>
        <translation>El idioma cambiará la próxima vez que se inicie meetingdesk.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="331" />
        <source>Something went wrong. The details are in the log.</source>
        <translation>Algo ha fallado. Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="90" />
        <source>Save the badges as a PDF</source>
        <translation>Guardar las acreditaciones como PDF</translation>
    </message>
</context>
<context>
    <name>wording</name>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="18" />
        <source>%1 is the database (or its log, or a copy of it): choose another file.</source>
        <translation>%1 es la base de datos (o su registro, o una copia): elija otro archivo.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="21" />
        <source>%1 is a folder: give a file name.</source>
        <translation>%1 es una carpeta: indique un nombre de archivo.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="24" />
        <source>The folder of %1 does not exist.</source>
        <translation>La carpeta de %1 no existe.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="27" />
        <source>The folder of %1 is a file, not a folder.</source>
        <translation>La carpeta de %1 es un archivo, no una carpeta.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="30" />
        <source>The disk is full: %1 was not written.</source>
        <translation>El disco está lleno: no se ha escrito %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/wording.py" line="33" />
        <source>%1 cannot be written.</source>
        <translation>No se puede escribir %1.</translation>
    </message>
</context>
</TS>