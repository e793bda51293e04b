/**
 * Which URLs belong to Unknot's own pages. The renderer is served from one origin (the app://
 * protocol in production, the Vite dev server in development); both the IPC sender check and the
 * navigation check ask this one question, each under its own name.
 */
export function isOnTrustedOrigin(
  url: string | null | undefined,
  trustedOrigins: readonly string[],
): boolean {
  if (typeof url !== 'string' || url === '') return false;
  let origin: string;
  try {
    const parsed = new URL(url);
    // Opaque origins ("null") never match; custom schemes report "null" too, so compare by hand.
    origin = parsed.origin !== 'null' ? parsed.origin : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return false;
  }
  return trustedOrigins.includes(origin);
}
