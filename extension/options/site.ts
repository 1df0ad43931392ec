/**
 * Reading a site the user types into the paused-sites list: a hostname, or a whole web address pasted
 * from the address bar. The result is normalised the way the content script compares it (siteOf), so
 * what is listed is what is paused.
 */
import { siteOf } from '../shared/settings';

/** A hostname is at most 253 characters in all and 63 per label (RFC 1035). */
const MAX_HOSTNAME = 253;
/** Letters, digits and inner hyphens: an RFC 1123 label, after the URL parser has lower-cased and punycoded it. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;

export type SiteInput = { ok: true; site: string } | { ok: false; reason: 'empty' | 'invalid' };

export function parseSite(input: string): SiteInput {
  const text = input.trim();
  if (text === '') return { ok: false, reason: 'empty' };
  // Nothing but a hostname may remain around it: no spaces, and no user name or password.
  if (/\s/.test(text)) return { ok: false, reason: 'invalid' };
  let url: URL;
  try {
    // The URL parser lower-cases the host and turns an internationalised name into its ASCII form,
    // as location.hostname gives it on the page.
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!/^https?:$/.test(url.protocol) || url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'invalid' };
  }
  const host = url.hostname.replace(/\.$/, '');
  if (host.length === 0 || host.length > MAX_HOSTNAME || !host.split('.').every((l) => LABEL.test(l))) {
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, site: siteOf(host) };
}
