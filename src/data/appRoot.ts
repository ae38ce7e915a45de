// Where the app lives, so its data loads from the right folder wherever a
// council hosts it: beside index.html, at the parent of the folder the
// bundle sits in. Reading it from the bundle's own <script> keeps this right
// even when the page's address lacks a trailing slash (/maps/ssm rather
// than /maps/ssm/), where a plain relative fetch would miss.

export function appRoot(doc: Document = document): string {
  const script = doc.querySelector<HTMLScriptElement>('script[type="module"][src*="/assets/"]');
  if (script?.src) return new URL('..', script.src).href;
  return new URL('.', doc.baseURI).href;
}
