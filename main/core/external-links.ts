/**
 * The only pages Unknot will hand to the system browser. Kept tiny on purpose: a link in content
 * can never become a way to launch arbitrary URLs or schemes.
 */
export const EXTERNAL_LINK_ALLOWLIST: readonly string[] = ['https://unknot.app', 'https://www.nhs.uk'];

export function isAllowedExternalUrl(candidate: string): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return false;
  return EXTERNAL_LINK_ALLOWLIST.some((allowed) => url.origin === new URL(allowed).origin);
}
