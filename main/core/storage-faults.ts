/**
 * File-system faults as the user hears about them: recognised by their error code (Node's errno
 * names, which reach main/core as plain data) and put into plain words, once, for the IPC
 * answers, the notifications and the Settings notice alike.
 */
export const DISK_FULL_MESSAGE =
  'Your disk is full, so this could not be saved — free some space and try again.';

/** Node's error code ("ENOSPC"...) of a thrown error, or "" when it has none. */
export function faultCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
}

/** No space left on the device, or over the user's disk quota. */
export function isDiskFull(error: unknown): boolean {
  return ['ENOSPC', 'EDQUOT'].includes(faultCode(error));
}

/** The folder (or file) cannot be written at all: not a fault that freeing space or retrying fixes. */
export function isWriteDenied(error: unknown): boolean {
  return ['EROFS', 'EACCES', 'EPERM'].includes(faultCode(error));
}

/** Why a file could not be read, as one sentence. */
export function unreadableReason(error: unknown): string {
  switch (faultCode(error)) {
    case 'EACCES':
    case 'EPERM':
      return 'You do not have permission to read it.';
    case 'EISDIR':
      return 'It is a folder, not a file.';
    case 'EIO':
      return 'The disk reported an error while reading it.';
    case 'ELOOP':
      return 'It is a link that leads back on itself.';
    default:
      return `The system reported ${faultCode(error) || 'an error'} while reading it.`;
  }
}

/** What to tell the user when saving failed: disk full named, anything else kept short. */
export function saveFailureMessage(error: unknown): string {
  if (isDiskFull(error)) return DISK_FULL_MESSAGE;
  if (isWriteDenied(error))
    return 'Unknot is not allowed to write to its data folder, so this could not be saved.';
  return 'Something went wrong in Unknot, so this could not be saved.';
}
