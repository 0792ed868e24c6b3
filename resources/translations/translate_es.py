"""Fills meetingdesk_es.ts from the table below (run after pyside6-lupdate; see
README, "Translations"). Kept beside the .ts so a translator can review both."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ES = {
    "Badges to print": "Acreditaciones que imprimir",
    "Everyone whose badge is not printed yet": "Todas las que aún no se han impreso",
    "Everyone in the category": "Toda la categoría",
    "These badge codes": "Estos códigos",
    "codes separated by spaces": "códigos separados por espacios",
    "Everyone": "Todas",
    "Layout": "Formato",
    "&Print…": "&Imprimir…",
    "Open as P&DF": "Abrir como P&DF",
    "Cancel": "Cancelar",
    "Reprint a lost or damaged badge (the old one stops working)": "Reimprimir una acreditación perdida o dañada (la anterior deja de valer)",
    "badge code": "código de acreditación",
    "lost": "perdida",
    "damaged": "dañada",
    "name corrected": "nombre corregido",
    "&Reprint…": "&Reimprimir…",
    "Print the badge at check-in when it is not printed yet": "Imprimir la acreditación al registrar la llegada si aún no está impresa",
    "%n badge(s) to print": ["%n acreditación que imprimir", "%n acreditaciones que imprimir"],
    "(%n cancelled registration(s) left out)": [
        "(%n inscripción cancelada excluida)",
        "(%n inscripciones canceladas excluidas)",
    ],
    "No printer: the badge of %1 was not printed.": "No hay impresora: no se ha impreso la acreditación de %1.",
    "Printing…": "Imprimiendo…",
    "%n badge(s) printed": ["%n acreditación impresa", "%n acreditaciones impresas"],
    "on %n page(s).": ["en %n página.", "en %n páginas."],
    "Warnings: %1": "Avisos: %1",
    "Cancelled: nothing was printed.": "Cancelado: no se ha impreso nada.",
    "Type any part of a name, or scan a badge": "Escriba cualquier parte de un nombre o escanee una acreditación",
    "New &walk-in…": "Nueva inscripción en &mostrador…",
    "&Undo last check-in": "&Deshacer el último registro",
    "More matches: keep typing to narrow them down.": "Hay más resultados: siga escribiendo para acotarlos.",
    "Undo check-in": "Deshacer registro",
    "Undo the last check-in made at this desk?": "¿Deshacer el último registro hecho en este mostrador?",
    "Arrivals, last hours": "Llegadas, últimas horas",
    "Checked in: %1 of %2": "Registrados: %1 de %2",
    "Walk-in registration": "Inscripción en mostrador",
    "Edit delegate": "Editar participante",
    "given and family name": "nombre y apellidos",
    "Head of delegation": "Jefe de delegación",
    "Honorific": "Tratamiento",
    "Given name": "Nombre",
    "Family name *": "Apellidos *",
    "Name on the badge": "Nombre en la acreditación",
    "Name in native script": "Nombre en su escritura",
    "Function": "Cargo",
    "Delegation *": "Delegación *",
    "Category *": "Categoría *",
    "E-mail": "Correo electrónico",
    "Phone": "Teléfono",
    "Notes": "Notas",
    "Register and check in": "Inscribir y registrar llegada",
    "Already registered with this name: %1. Check in that person instead if it is the same.": "Ya hay alguien inscrito con este nombre: %1. Si es la misma persona, registre"
    " su llegada en lugar de inscribirla de nuevo.",
    "All categories": "Todas las categorías",
    "All delegations": "Todas las delegaciones",
    "Registered and cancelled": "Inscritos y cancelados",
    "Registered": "Inscritos",
    "Cancelled": "Cancelados",
    "Not yet arrived": "Aún no han llegado",
    "&Edit…": "&Editar…",
    "%1 of %2 shown": "%1 de %2 visibles",
    "not yet": "aún no",
    "Arrived": "Llegada",
    "Badge": "Acreditación",
    "printed": "impresa",
    "not printed": "sin imprimir",
    "Registration cancelled": "Inscripción cancelada",
    "Who is at this desk?": "¿Quién atiende este mostrador?",
    "Desk name": "Mostrador",
    "Operator": "Operador",
    "Which list?": "¿Qué lista?",
    "A CSV or Excel file, as the delegation sent it.": "Un archivo CSV o Excel, tal como lo envió la delegación.",
    "&Browse…": "&Examinar…",
    "Delegate list": "Lista de participantes",
    "Lists (*.csv *.txt *.xlsx);;All files (*)": "Listas (*.csv *.txt *.xlsx);;Todos los archivos (*)",
    "Reading…": "Leyendo…",
    "%1: %2 rows.": "%1: %2 filas.",
    "Identity document": "Documento de identidad",
    "Check the identity document of %1.": "Compruebe el documento de identidad de %1.",
    "passport": "pasaporte",
    "Document type": "Tipo de documento",
    "Last four characters": "Últimos cuatro caracteres",
    "Importing": "Importando",
    "Writing, all in one go…": "Guardando, todo de una vez…",
    "Imported: %1 added, %2 updated, %3 unchanged, %4 lines skipped.": "Importado: %1 añadidos, %2 actualizados, %3 sin cambios, %4 líneas omitidas.",
    "Nothing was imported: %1": "No se ha importado nada: %1",
    "Import a delegate list": "Importar una lista de participantes",
    "%1 — meetingdesk": "%1 — meetingdesk",
    "No sessions today": "Hoy no hay sesiones",
    "&Check-in": "&Registro",
    "&Delegates": "&Participantes",
    "&Badges": "&Acreditaciones",
    "&File": "&Archivo",
    "&Import delegates…": "&Importar participantes…",
    "&Quit": "&Salir",
    "&Edit": "&Edición",
    "&View": "&Ver",
    "&Refresh": "&Actualizar",
    "&High contrast": "&Alto contraste",
    "Database: %1": "Base de datos: %1",
    "Desk: %1 · Operator: %2": "Mostrador: %1 · Operador: %2",
    "Which column is what?": "¿Qué es cada columna?",
    "Recognised headers are chosen already; choose the rest.": "Las cabeceras reconocidas ya están asignadas; asigne las demás.",
    "Column": "Columna",
    "First values": "Primeros valores",
    "Field": "Campo",
    "Delegation of rows that name none": "Delegación de las filas que no indican ninguna",
    "Category of rows that name none": "Categoría de las filas que no indican ninguna",
    "— ignore —": "— no importar —",
    "— none —": "— ninguna —",
    "Dismiss": "Cerrar",
    "Ready": "Preparado",
    "Type a name or scan a badge.": "Escriba un nombre o escanee una acreditación.",
    "Head of Delegation": "Jefe de delegación",
    "Check-in undone": "Registro deshecho",
    "Nothing to undo": "Nada que deshacer",
    "Checked in": "Llegada registrada",
    "Already checked in": "Ya registrado",
    "Not found": "No encontrado",
    "Badge revoked": "Acreditación anulada",
    "Code not valid": "Código no válido",
    "Not checked in": "Sin registrar en el mostrador",
    "Check identity document": "Compruebe el documento de identidad",
    "Refused": "Rechazado",
    "What will change": "Qué va a cambiar",
    "Import the other rows and skip the ones with problems": "Importar las demás filas y omitir las que tienen problemas",
    "Checking every row…": "Comprobando cada fila…",
    "Problems": "Problemas",
    "To add": "Para añadir",
    "To update": "Para actualizar",
    "Not on the list (kept)": "No están en la lista (se conservan)",
    "line": "línea",
    "Name": "Nombre",
    "Native script": "Escritura original",
    "Delegation": "Delegación",
    "Category": "Categoría",
    "Status": "Estado",
    "Badge code": "Código",
    "Registration": "Inscripción",
    "cancelled": "cancelada",
    "registered": "inscrito",
    "checked in": "llegado",
    "expected": "esperado",
    "Cannot open the database": "No se puede abrir la base de datos",
    "Choose another…": "Elegir otra…",
    "Open a meetingdesk database": "Abrir una base de datos de meetingdesk",
    "meetingdesk databases (*.sqlite3 *.db);;All files (*)": "Bases de datos de meetingdesk (*.sqlite3 *.db);;Todos los archivos (*)",
    "The database is not answering: %1. The desk shows what it last knew.": "La base de datos no responde: %1. El mostrador enseña lo último que sabía.",
    "The database answers again.": "La base de datos vuelve a responder.",
    "Something went wrong. The details are in the log.": "Algo ha fallado. Los detalles están en el registro.",
}


def fill(path: Path) -> list[str]:
    """Write the translations into the .ts file; return the sources still missing."""
    tree = ET.parse(path)
    missing = []
    for message in tree.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        spanish = ES.get(source)
        if spanish is None:
            missing.append(source)
            continue
        translation.attrib.pop("type", None)
        if isinstance(spanish, list):
            forms = translation.findall("numerusform")
            for form, text in zip(forms, spanish, strict=True):
                form.text = text
        else:
            translation.text = spanish
    tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


if __name__ == "__main__":
    still = fill(Path(__file__).with_name("meetingdesk_es.ts"))
    for source in still:
        print(f"untranslated: {source!r}", file=sys.stderr)
    sys.exit(1 if still else 0)
