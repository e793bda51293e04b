import enRoutine from '../../main/core/locale/en/routine';
import { messagesOf, type Messages } from '../../main/core/locale/messages';

/** The routine player's English messages, as a window speaking English has them. */
export const EN_ROUTINE: Messages<typeof enRoutine> = messagesOf<typeof enRoutine>('en', enRoutine);
