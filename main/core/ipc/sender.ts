/**
 * Which frames may talk to main. The renderer is served from one origin (the app:// protocol in
 * production, the Vite dev server in development); anything else, or a frame that has gone
 * (null), is refused.
 */
export function isTrustedSender(frameUrl: string | null | undefined, trustedOrigins: readonly string[]): boolean {
  if (typeof frameUrl !== 'string' || frameUrl === '') return false;
  let origin: string;
  try {
    const url = new URL(frameUrl);
    // Opaque origins ("null") never match; custom schemes report "null" too, so compare by hand.
    origin = url.origin !== 'null' ? url.origin : `${url.protocol}//${url.host}`;
  } catch {
    return false;
  }
  return trustedOrigins.includes(origin);
}
