import type en from '../en/prompt';
import type { TranslationOf } from '../messages';

export default {
  title: 'Hora de relajarse',
  body: 'Tu rutina de {minutes} minutos está lista.',
  start: 'Empezar ahora',
  snooze: '{minutes} minutos más',
  skip: 'Saltar esta noche',
} satisfies TranslationOf<typeof en>;
