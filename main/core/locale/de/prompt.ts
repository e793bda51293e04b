import type en from '../en/prompt';
import type { TranslationOf } from '../messages';

export default {
  title: 'Zeit zum Entspannen',
  body: 'Deine {minutes}-Minuten-Routine ist bereit.',
  start: 'Jetzt starten',
  snooze: '{minutes} Minuten später',
  skip: 'Heute Abend auslassen',
} satisfies TranslationOf<typeof en>;
