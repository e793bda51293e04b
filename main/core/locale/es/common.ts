import type en from '../en/common';
import type { TranslationOf } from '../messages';

export default {
  helpButton: 'Cuándo pedir ayuda',
  helpTitle: 'Cuándo pedir ayuda',
  close: 'Cerrar',
  timeHint: 'Por ejemplo, «{own}» o «{other}»',
  timeRefusal: 'Escribe una hora como «{own}» o «{other}»',
} satisfies TranslationOf<typeof en>;
