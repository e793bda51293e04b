import type en from '../en/common';
import type { TranslationOf } from '../messages';

export default {
  helpButton: 'Wann du Hilfe holen solltest',
  helpTitle: 'Wann du Hilfe holen solltest',
  close: 'Schließen',
  timeHint: 'Zum Beispiel „{own}“ oder „{other}“',
  timeRefusal: 'Gib eine Uhrzeit wie „{own}“ oder „{other}“ ein',
} satisfies TranslationOf<typeof en>;
