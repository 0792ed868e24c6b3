<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="es">
<context>
    <name>BadgesView</name>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="87" />
        <source>Badges to print</source>
        <translation>Acreditaciones que imprimir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="89" />
        <source>Everyone whose badge is not printed yet</source>
        <translation>Todas las que aún no se han impreso</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="92" />
        <source>Everyone in the category</source>
        <translation>Toda la categoría</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="97" />
        <source>These badge codes</source>
        <translation>Estos códigos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="99" />
        <source>codes separated by spaces</source>
        <translation>códigos separados por espacios</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="100" />
        <source>Everyone</source>
        <translation>Todas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="123" />
        <source>Layout</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="126" />
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="127" />
        <source>Open as P&amp;DF</source>
        <translation>Abrir como P&amp;DF</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="130" />
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="140" />
        <source>Reprint a lost or damaged badge (the old one stops working)</source>
        <translation>Reimprimir una acreditación perdida o dañada (la anterior deja de valer)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="142" />
        <source>badge code</source>
        <translation>código de acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="146" />
        <source>lost</source>
        <translation>perdida</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="146" />
        <source>damaged</source>
        <translation>dañada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="146" />
        <source>name corrected</source>
        <translation>nombre corregido</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="150" />
        <source>&amp;Reprint…</source>
        <translation>&amp;Reimprimir…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="157" />
        <source>Print the badge at check-in when it is not printed yet</source>
        <translation>Imprimir la acreditación al registrar la llegada si aún no está impresa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="205" />
        <source>%n badge(s) to print</source>
        <translation>
            <numerusform>%n acreditación que imprimir</numerusform>
            <numerusform>%n acreditaciones que imprimir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="207" />
        <source>(%n cancelled registration(s) left out)</source>
        <translation>
            <numerusform>(%n inscripción cancelada excluida)</numerusform>
            <numerusform>(%n inscripciones canceladas excluidas)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="234" />
        <source>No printer: the badge of %1 was not printed.</source>
        <translation>No hay impresora: no se ha impreso la acreditación de %1.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="284" />
        <source>Printing…</source>
        <translation>Imprimiendo…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="306" />
        <source>%n badge(s) printed</source>
        <translation>
            <numerusform>%n acreditación impresa</numerusform>
            <numerusform>%n acreditaciones impresas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="307" />
        <source>on %n page(s).</source>
        <translation>
            <numerusform>en %n página.</numerusform>
            <numerusform>en %n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="309" />
        <source>Warnings: %1</source>
        <translation>Avisos: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/badges_view.py" line="320" />
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
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="44" />
        <source>Walk-in registration</source>
        <translation>Inscripción en mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="44" />
        <source>Edit delegate</source>
        <translation>Editar participante</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="51" />
        <source>given and family name</source>
        <translation>nombre y apellidos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="62" />
        <source>Head of delegation</source>
        <translation>Jefe de delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="75" />
        <source>Honorific</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="76" />
        <source>Given name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="77" />
        <source>Family name *</source>
        <translation>Apellidos *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="78" />
        <source>Name on the badge</source>
        <translation>Nombre en la acreditación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="79" />
        <source>Name in native script</source>
        <translation>Nombre en su escritura</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="80" />
        <source>Function</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="81" />
        <source>Delegation *</source>
        <translation>Delegación *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="82" />
        <source>Category *</source>
        <translation>Categoría *</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="84" />
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="85" />
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="86" />
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="94" />
        <source>Register and check in</source>
        <translation>Inscribir y registrar llegada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegate_dialog.py" line="135" />
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
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="55" />
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="59" />
        <source>All delegations</source>
        <translation>Todas las delegaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="64" />
        <source>Registered and cancelled</source>
        <translation>Inscritos y cancelados</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="65" />
        <source>Registered</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="66" />
        <source>Cancelled</source>
        <translation>Cancelados</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="69" />
        <source>Not yet arrived</source>
        <translation>Aún no han llegado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="71" />
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="132" />
        <source>%1 of %2 shown</source>
        <translation>%1 de %2 visibles</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/delegates_view.py" line="169" />
        <source>not yet</source>
        <translation>aún no</translation>
    </message>
</context>
<context>
    <name>DeskIdentityDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="58" />
        <source>Who is at this desk?</source>
        <translation>¿Quién atiende este mostrador?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="62" />
        <source>Desk name</source>
        <translation>Mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="63" />
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
        <location filename="../../meetingdesk/qt/views/door_view.py" line="128" />
        <source>No sessions</source>
        <translation>No hay sesiones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="135" />
        <source>In the room: %1</source>
        <translation>En la sala: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="187" />
        <source>Admitted</source>
        <translation>Admitido</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="188" />
        <source>Already in</source>
        <translation>Ya está dentro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="189" />
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="193" />
        <source>Refused: registration cancelled</source>
        <translation>Rechazado: inscripción cancelada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="194" />
        <source>Refused: badge revoked</source>
        <translation>Rechazado: acreditación anulada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="195" />
        <source>Refused: not checked in at the desk</source>
        <translation>Rechazado: no se ha registrado en el mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="196" />
        <source>Refused: code not valid</source>
        <translation>Rechazado: código no válido</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="209" />
        <source>Remove from the session</source>
        <translation>Quitar de la sesión</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/door_view.py" line="210" />
        <source>Why is %1 removed?</source>
        <translation>¿Por qué se quita a %1?</translation>
    </message>
</context>
<context>
    <name>EventSetupDialog</name>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="56" />
        <source>Event set-up</source>
        <translation>Preparación del evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="80" />
        <source>Session doors admit only delegates checked in at the desk</source>
        <translation>En las puertas de las sesiones solo se admite a quien ya se registró en el mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="85" />
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="100" />
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="86" />
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="87" />
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="88" />
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="89" />
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="90" />
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="91" />
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="95" />
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="100" />
        <source>Room</source>
        <translation>Sala</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="100" />
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="100" />
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="100" />
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="116" />
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="116" />
        <source>Label</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="116" />
        <source>Colour</source>
        <translation>Color</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="116" />
        <source>ID check</source>
        <translation>Control de identidad</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="130" />
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="130" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="130" />
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="130" />
        <source>Protocol order</source>
        <translation>Orden protocolario</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="143" />
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="144" />
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="145" />
        <source>Delegations</source>
        <translation>Delegaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="151" />
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="160" />
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="161" />
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="228" />
        <source>details</source>
        <translation>datos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="232" />
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="275" />
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="278" />
        <source>row %1</source>
        <translation>fila %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="246" />
        <source>write the day as 2026-12-03 and the times as 09:30</source>
        <translation>escriba el día como 2026-12-03 y las horas como 09:30</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="286" />
        <source>the kind is one of %1</source>
        <translation>el tipo es uno de estos: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/event_setup.py" line="310" />
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="50" />
        <source>Which list?</source>
        <translation>¿Qué lista?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="51" />
        <source>A CSV or Excel file, as the delegation sent it.</source>
        <translation>Un archivo CSV o Excel, tal como lo envió la delegación.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="53" />
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="74" />
        <source>Delegate list</source>
        <translation>Lista de participantes</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="76" />
        <source>Lists (*.csv *.txt *.xlsx);;All files (*)</source>
        <translation>Listas (*.csv *.txt *.xlsx);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="92" />
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="109" />
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
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="302" />
        <source>Importing</source>
        <translation>Importando</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="319" />
        <source>Writing, all in one go…</source>
        <translation>Guardando, todo de una vez…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="333" />
        <source>Imported: %1 added, %2 updated, %3 unchanged, %4 lines skipped.</source>
        <translation>Importado: %1 añadidos, %2 actualizados, %3 sin cambios, %4 líneas omitidas.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="347" />
        <source>Nothing was imported: %1</source>
        <translation>No se ha importado nada: %1</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="362" />
        <source>Import a delegate list</source>
        <translation>Importar una lista de participantes</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="155" />
        <source>%1 — meetingdesk</source>
        <translation>%1 — meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="152" />
        <source>No sessions today</source>
        <translation>Hoy no hay sesiones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="72" />
        <source>&amp;Check-in</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="74" />
        <source>&amp;Delegates</source>
        <translation>&amp;Participantes</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="76" />
        <source>&amp;Attendance</source>
        <translation>&amp;Asistencia</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="77" />
        <source>&amp;Badges</source>
        <translation>&amp;Acreditaciones</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="94" />
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="96" />
        <source>&amp;Import delegates…</source>
        <translation>&amp;Importar participantes…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="100" />
        <source>Event &amp;set-up…</source>
        <translation>&amp;Preparación del evento…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="104" />
        <source>&amp;Back up the database…</source>
        <translation>Hacer una &amp;copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="107" />
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="110" />
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="113" />
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="114" />
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="117" />
        <source>&amp;High contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="122" />
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="123" />
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="131" />
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/main_window.py" line="133" />
        <source>Desk: %1 · Operator: %2</source>
        <translation>Mostrador: %1 · Operador: %2</translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="134" />
        <source>Which column is what?</source>
        <translation>¿Qué es cada columna?</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="135" />
        <source>Recognised headers are chosen already; choose the rest.</source>
        <translation>Las cabeceras reconocidas ya están asignadas; asigne las demás.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="138" />
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="138" />
        <source>First values</source>
        <translation>Primeros valores</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="138" />
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="145" />
        <source>Delegation of rows that name none</source>
        <translation>Delegación de las filas que no indican ninguna</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="146" />
        <source>Category of rows that name none</source>
        <translation>Categoría de las filas que no indican ninguna</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="162" />
        <source>— ignore —</source>
        <translation>— no importar —</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="168" />
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="172" />
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
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="57" />
        <source>Ready</source>
        <translation>Preparado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="58" />
        <source>Type a name or scan a badge.</source>
        <translation>Escriba un nombre o escanee una acreditación.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="104" />
        <source>Head of Delegation</source>
        <translation>Jefe de delegación</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="111" />
        <source>Check-in undone</source>
        <translation>Registro deshecho</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="111" />
        <source>Nothing to undo</source>
        <translation>Nada que deshacer</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="113" />
        <source>Checked in (offline)</source>
        <translation>Llegada registrada (sin conexión)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="115" />
        <source>Checked in</source>
        <translation>Llegada registrada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="117" />
        <source>Already checked in</source>
        <translation>Ya registrado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="119" />
        <source>Not found</source>
        <translation>No encontrado</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="121" />
        <source>Registration cancelled</source>
        <translation>Inscripción cancelada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="122" />
        <source>Badge revoked</source>
        <translation>Acreditación anulada</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="123" />
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="124" />
        <source>Code not valid</source>
        <translation>Código no válido</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="125" />
        <source>Not checked in</source>
        <translation>Sin registrar en el mostrador</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="126" />
        <source>Check identity document</source>
        <translation>Compruebe el documento de identidad</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/outcome_panel.py" line="127" />
        <source>Refused</source>
        <translation>Rechazado</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="196" />
        <source>What will change</source>
        <translation>Qué va a cambiar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="204" />
        <source>Import the other rows and skip the ones with problems</source>
        <translation>Importar las demás filas y omitir las que tienen problemas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="221" />
        <source>Checking every row…</source>
        <translation>Comprobando cada fila…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="270" />
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="271" />
        <source>To add</source>
        <translation>Para añadir</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="272" />
        <source>To update</source>
        <translation>Para actualizar</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/views/import_wizard.py" line="273" />
        <source>Not on the list (kept)</source>
        <translation>No están en la lista (se conservan)</translation>
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
        <location filename="../../meetingdesk/qt/app.py" line="92" />
        <source>Cannot open the database</source>
        <translation>No se puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="96" />
        <source>Choose another…</source>
        <translation>Elegir otra…</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="104" />
        <source>Open a meetingdesk database</source>
        <translation>Abrir una base de datos de meetingdesk</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="106" />
        <source>meetingdesk databases (*.sqlite3 *.db);;All files (*)</source>
        <translation>Bases de datos de meetingdesk (*.sqlite3 *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="176" />
        <source>Back up the database</source>
        <translation>Copia de seguridad de la base de datos</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="188" />
        <source>Backup written to %1; it passed its integrity check.</source>
        <translation>Copia guardada en %1; ha superado la comprobación de integridad.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="244" />
        <source>The database is not answering: %1. The desk shows what it last knew.</source>
        <translation>La base de datos no responde: %1. El mostrador enseña lo último que sabía.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="252" />
        <source>The database answers again.</source>
        <translation>La base de datos vuelve a responder.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="256" />
        <source>%1 check-ins made meanwhile were sent.</source>
        <translation>Se han enviado %1 registros hechos mientras tanto.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="261" />
        <source>Already checked in elsewhere: %1</source>
        <translation>Ya registrados en otro mostrador: %1</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="277" />
        <source>The language changes the next time meetingdesk starts.</source>
        <translation>El idioma cambiará la próxima vez que se inicie meetingdesk.</translation>
    </message>
    <message>
        <location filename="../../meetingdesk/qt/app.py" line="297" />
        <source>Something went wrong. The details are in the log.</source>
        <translation>Algo ha fallado. Los detalles están en el registro.</translation>
    </message>
</context>
</TS>