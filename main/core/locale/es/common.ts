import type en from '../en/common';
import type { TranslationOf } from '../messages';

export default {
  helpButton: 'Cuándo pedir ayuda',
  helpTitle: 'Cuándo pedir ayuda',
  close: 'Cerrar',
} satisfies TranslationOf<typeof en>;
