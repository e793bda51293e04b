/**
 * The only pages Unknot will hand to the system browser. Kept tiny on purpose: a link in content
 * can never become a way to launch arbitrary URLs or schemes.
 */
export const EXTERNAL_LINK_ALLOWLIST: readonly string[] = ['https://unknot.app', 'https://www.nhs.uk'];

/**
 * The URL to hand to the browser, as parsed and normalised (`url.href`), or null when it is not
 * allowed. The caller passes this on, never the original string: another parser may read
 * `https://www.nhs.uk\@evil.com/` as a page on evil.com, while ours saw www.nhs.uk.
 */
export function allowedExternalHref(candidate: string): string | null {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '' || url.port !== '') return null;
  return EXTERNAL_LINK_ALLOWLIST.some((allowed) => url.origin === new URL(allowed).origin) ? url.href : null;
}

export function isAllowedExternalUrl(candidate: string): boolean {
  return allowedExternalHref(candidate) !== null;
}
