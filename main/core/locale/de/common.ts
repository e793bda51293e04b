import type en from '../en/common';
import type { TranslationOf } from '../messages';

export default {
  helpButton: 'Wann du Hilfe holen solltest',
  helpTitle: 'Wann du Hilfe holen solltest',
  close: 'Schließen',
} satisfies TranslationOf<typeof en>;
