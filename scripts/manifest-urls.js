'use strict';
// Plain CommonJS so webpack.config.js can require it; manifest-urls.d.ts types it for the tests.

/** The dev server's origin, which manifest.xml uses for every URL (no regex metacharacters in it). */
const DEV_ORIGIN = 'https://localhost:3000';
const DEV_URL = new RegExp(`${DEV_ORIGIN}(/?)`, 'g');

const HINT =
  'Set it to the https address that will serve the built dist/ folder, ending with "/", e.g.\n' +
  '  ADDIN_PUBLIC_URL=https://tthc.example.gov.vn/addin/ npm run build';

/**
 * Returns the production base URL (normalised) or throws. There is deliberately no fallback:
 * a manifest still pointing at localhost installs without complaint and then shows an empty
 * task pane on every user's machine.
 */
function checkPublicUrl(value) {
  if (!value) throw new Error(`ADDIN_PUBLIC_URL is not set.\n${HINT}`);
  let url;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`ADDIN_PUBLIC_URL is not a URL: "${value}".\n${HINT}`);
  }
  // Office refuses to load add-in pages over plain http.
  if (url.protocol !== 'https:') throw new Error(`ADDIN_PUBLIC_URL must use https: "${value}".\n${HINT}`);
  // The path is a base that page and icon names are appended to.
  if (!url.href.endsWith('/') || url.search || url.hash) {
    throw new Error(`ADDIN_PUBLIC_URL must end with "/" and have no ?query or #fragment: "${value}".\n${HINT}`);
  }
  return url.href;
}

/**
 * Points every dev-server URL in a manifest at publicUrl: `https://localhost:3000/<path>` becomes
 * `<publicUrl><path>`, and a bare origin (AppDomain, which must not end with "/") becomes the public origin.
 */
function rewriteManifestUrls(xml, publicUrl) {
  const href = checkPublicUrl(publicUrl);
  // A URL path may contain "&", which XML attributes and text need escaped.
  const base = href.replace(/&/g, '&amp;');
  const origin = new URL(href).origin;
  return xml.replace(DEV_URL, (_match, slash) => (slash ? base : origin));
}

module.exports = { DEV_ORIGIN, checkPublicUrl, rewriteManifestUrls };
