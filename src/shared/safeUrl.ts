/**
 * The address as a link may use it: only http and https. A source address in
 * the data is typed by people and may be edited in a hosted copy; a
 * `javascript:` or `data:` address must never become a link, so it is shown as
 * plain text instead.
 */
export function linkableUrl(value: string): string | null {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
