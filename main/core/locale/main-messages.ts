/**
 * Main's messages in every language, bundled with main (it is one Node file and small): the tray,
 * notifications and exports switch language the moment the setting changes, with nothing to load.
 */
import de from './de/main';
import en from './en/main';
import es from './es/main';
import { PSEUDO_LOCALE, type MessageLocale } from './language-setting';
import { messagesOf, type Messages } from './messages';
import { pseudoCatalog } from './pseudo';

export type MainMessages = Messages<typeof en>;

export function mainMessages(locale: MessageLocale): MainMessages {
  if (locale === PSEUDO_LOCALE) return messagesOf<typeof en>(locale, pseudoCatalog(en));
  return messagesOf<typeof en>(locale, { en, de, es }[locale]);
}
