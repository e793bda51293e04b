import type en from '../en/restore';
import type { TranslationOf } from '../messages';

export default {
  unchanged: 'Es wurde nichts geändert.',
  tooLarge: 'Diese Datei ist zu groß für eine Sicherung von Unknot (die Grenze liegt bei {megabytes} MB).',
  tooManyRecords:
    'Diese Sicherung enthält {count} Einträge im Verlauf; Unknot stellt höchstens {max} wieder her.',
  notJson: 'Diese Datei ist keine Sicherung von Unknot: Sie ist kein lesbares JSON.',
  truncated:
    'Diese Sicherung ist beschädigt oder unvollständig: Sie bricht mittendrin ab oder ist fehlerhaft.',
  foreign: 'Diese Datei ist keine Sicherung von Unknot.',
  newer:
    'Diese Sicherung stammt von einer neueren Version von Unknot; aktualisiere Unknot zuerst und stelle sie dann wieder her.',
  noVersion: 'Diese Sicherung nennt keine Formatversion, deshalb kann Unknot sie nicht lesen.',
  noDate: 'Diese Sicherung nennt nicht, wann sie erstellt wurde, deshalb stellt Unknot sie nicht wieder her.',
  newerSettings:
    'Die Einstellungen in dieser Sicherung stammen von einer neueren Version von Unknot; aktualisiere Unknot zuerst und stelle sie dann wieder her.',
  badSettings: 'Die Einstellungen in dieser Sicherung sind ungültig ({reason}).',
  noHistory:
    'Diese Sicherung enthält keine Liste von Einträgen im Verlauf, deshalb kann Unknot sie nicht lesen.',
  badRecords:
    '{bad} der {total} Einträge im Verlauf dieser Sicherung können nicht gelesen werden (Eintrag {first}: {reason}), deshalb stellt Unknot nichts davon wieder her.',
  readOnly:
    'Deine Einstellungen sind gerade schreibgeschützt (der Hinweis oben in den Einstellungen sagt, warum), deshalb kann jetzt keine Sicherung wiederhergestellt werden.',
  stale: 'Diese Sicherung wartet nicht mehr auf die Wiederherstellung: Wähle die Datei noch einmal.',
  safetyCopyFailed:
    'Es wurde keine Sicherung wiederhergestellt: Unknot konnte vorher keine Sicherheitskopie deiner aktuellen Daten schreiben. {reason}',
  historyFailed:
    'Der Verlauf konnte nicht wiederhergestellt werden, deshalb wurde nichts hinzugefügt und deine Einstellungen blieben unverändert. {reason} Deine Daten, wie sie waren, liegen auch in {copy}.',
  settingsFailed:
    'Der Verlauf wurde wiederhergestellt ({added} {{Eintrag|Einträge}} hinzugefügt), aber die Einstellungen konnten nicht ersetzt werden. {reason} Deine Daten von vor der Wiederherstellung liegen in {copy}.',
  restored:
    'Wiederhergestellt: {added} {{Eintrag|Einträge}} zu deinem Verlauf hinzugefügt und deine Einstellungen ersetzt. Eine Sicherheitskopie deiner Daten, wie sie waren, liegt in {copy}.',
  summary: '{mornings} {{Morgen|Morgen}}, {routines} {{Routine|Routinen}}, Einstellungen vom {date}',
  fileType: 'Sicherungen von Unknot',
} satisfies TranslationOf<typeof en>;
