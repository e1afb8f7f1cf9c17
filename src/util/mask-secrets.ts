/**
 * Masks passwords in any text we print: `scheme://user:secret@host` becomes
 * `scheme://user:***@host`, `password=secret` becomes `password=***`, and
 * any password we have seen in a URL is masked wherever it appears.
 */
const URL_PASSWORD = /([a-z][a-z0-9+.-]*:\/\/[^:/@\s]*:)([^@\s/]+)(@)/gi;
const PARAM_PASSWORD = /((?:^|[?&\s;])(?:password|passwd|pwd)=)([^&\s;]+)/gi;
const known = new Set<string>();

/** Remember the password of a URL so it is masked even where it appears alone. */
export function rememberSecretsOf(url: string): void {
  for (const m of url.matchAll(URL_PASSWORD)) {
    const pw = m[2];
    if (pw && pw.length >= 3) {
      known.add(pw);
      try {
        known.add(decodeURIComponent(pw));
      } catch {
        // not URI-encoded
      }
    }
  }
}

export function maskSecrets(text: string): string {
  let out = text.replace(URL_PASSWORD, "$1***$3").replace(PARAM_PASSWORD, "$1***");
  for (const pw of known) if (out.includes(pw)) out = out.split(pw).join("***");
  return out;
}

/** A URL as we show it to people. */
export function maskUrl(url: string): string {
  return maskSecrets(url);
}
