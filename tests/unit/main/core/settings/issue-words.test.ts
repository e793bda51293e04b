import { describe, expect, it } from 'vitest';
import de from '../../../../../main/core/locale/de/settings';
import en from '../../../../../main/core/locale/en/settings';
import es from '../../../../../main/core/locale/es/settings';
import { messagesOf } from '../../../../../main/core/locale/messages';
import { REWORDED_MESSAGES, rewordSettingsIssue } from '../../../../../main/core/settings/issue-words';
import { SETTINGS_MESSAGES } from '../../../../../main/core/settings/schema';

const EN = messagesOf<typeof en>('en', en);
const DE = messagesOf<typeof en>('de', de);
const ES = messagesOf<typeof en>('es', es);

describe("main's refusals a person can reach, in the window's language", () => {
  it('the English catalog words each exactly as main does (the two cannot drift apart)', () => {
    const reachable = [
      'bedtime',
      'morningTime',
      'leadMinutes',
      'snoozeMinutes',
      'lateWindowMinutes',
      'headsUpMinutes',
      'stepDuration',
      'breathingSec',
      'chimeVolume',
    ] as const;
    for (const key of reachable) expect(REWORDED_MESSAGES).toContain(SETTINGS_MESSAGES[key]);
    for (const message of REWORDED_MESSAGES) expect(rewordSettingsIssue(message, EN)).toBe(message);
  });

  it('German and Spanish keep the bound main checks', () => {
    expect(rewordSettingsIssue(SETTINGS_MESSAGES.leadMinutes, DE)).toBe(
      'Gib eine ganze Zahl an Minuten von 0 bis 180 ein',
    );
    expect(rewordSettingsIssue(SETTINGS_MESSAGES.snoozeMinutes, ES)).toBe(
      'Escribe un número entero de minutos entre 5 y 60',
    );
    expect(rewordSettingsIssue(SETTINGS_MESSAGES.bedtime, DE)).toBe('Gib eine Uhrzeit wie 22:30 ein');
  });

  it('a message only a hand-made request can cause stays as main wrote it', () => {
    expect(rewordSettingsIssue(SETTINGS_MESSAGES.unknownKey('x'), DE)).toBe(
      SETTINGS_MESSAGES.unknownKey('x'),
    );
    expect(rewordSettingsIssue('anything else', ES)).toBe('anything else');
  });
});
