import type en from '../en/restore';
import type { TranslationOf } from '../messages';

export default {
  unchanged: 'No se ha cambiado nada.',
  tooLarge:
    'Este archivo es demasiado grande para ser una copia de seguridad de Unknot (el límite es {megabytes} MB).',
  tooManyRecords:
    'Esta copia de seguridad contiene {count} registros del historial; Unknot restaura como máximo {max}.',
  notJson: 'Este archivo no es una copia de seguridad de Unknot: no es un JSON legible.',
  truncated: 'Esta copia de seguridad está dañada o incompleta: se corta o falla a mitad del archivo.',
  foreign: 'Este archivo no es una copia de seguridad de Unknot.',
  newer:
    'Esta copia de seguridad se hizo con una versión más nueva de Unknot; actualiza Unknot primero y luego restáurala.',
  noVersion: 'Esta copia de seguridad no indica su versión de formato, así que Unknot no puede leerla.',
  noDate: 'Esta copia de seguridad no indica cuándo se hizo, así que Unknot no la restaurará.',
  newerSettings:
    'Los ajustes de esta copia de seguridad los guardó una versión más nueva de Unknot; actualiza Unknot primero y luego restáurala.',
  badSettings: 'Los ajustes de esta copia de seguridad no son válidos ({reason}).',
  noHistory:
    'Esta copia de seguridad no tiene una lista de registros del historial, así que Unknot no puede leerla.',
  badRecords:
    'No se pueden leer {bad} de los {total} registros del historial de esta copia (registro {first}: {reason}), así que Unknot no restaura nada de ella.',
  readOnly:
    'Tus ajustes son de solo lectura en este momento (el aviso de arriba en Ajustes explica por qué), así que ahora no se puede restaurar una copia de seguridad.',
  stale: 'Esa copia de seguridad ya no está esperando a restaurarse: vuelve a elegir el archivo.',
  safetyCopyFailed:
    'No se restauró ninguna copia: Unknot no pudo escribir antes una copia de seguridad de tus datos actuales. {reason}',
  historyFailed:
    'No se pudo restaurar el historial, así que no se añadió nada y tus ajustes no cambiaron. {reason} Tus datos tal como estaban también están en {copy}.',
  settingsFailed:
    'Se restauró el historial ({added} {{registro añadido|registros añadidos}}), pero no se pudieron sustituir los ajustes. {reason} Tus datos de antes de restaurar están en {copy}.',
  restored:
    'Restaurado: {added} {{registro añadido|registros añadidos}} a tu historial y tus ajustes sustituidos. Hay una copia de seguridad de tus datos tal como estaban en {copy}.',
  summary: '{mornings} {{mañana|mañanas}}, {routines} {{rutina|rutinas}}, ajustes del {date}',
  fileType: 'Copias de seguridad de Unknot',
} satisfies TranslationOf<typeof en>;
