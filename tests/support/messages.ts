import deCommon from '../../main/core/locale/de/common';
import deSettings from '../../main/core/locale/de/settings';
import enCommon from '../../main/core/locale/en/common';
import enRoutine from '../../main/core/locale/en/routine';
import enSettings from '../../main/core/locale/en/settings';
import { mainMessages, type InsightWords } from '../../main/core/locale/main-messages';
import { messagesOf, type Messages } from '../../main/core/locale/messages';

/** The routine player's English messages, as a window speaking English has them. */
export const EN_ROUTINE: Messages<typeof enRoutine> = messagesOf<typeof enRoutine>('en', enRoutine);

/** Every window's shared words (time fields among them), in English and German. */
export const EN_COMMON: Messages<typeof enCommon> = messagesOf<typeof enCommon>('en', enCommon);
export const DE_COMMON: Messages<typeof enCommon> = messagesOf<typeof enCommon>('de', deCommon);

/** The settings window's English messages. */
export const EN_SETTINGS: Messages<typeof enSettings> = messagesOf<typeof enSettings>('en', enSettings);
export const DE_SETTINGS: Messages<typeof enSettings> = messagesOf<typeof enSettings>('de', deSettings);

/** Main's history sentences in English (core/history/copy.ts, what-helps.ts…). */
export const EN_INSIGHTS: InsightWords = mainMessages('en').insights;
