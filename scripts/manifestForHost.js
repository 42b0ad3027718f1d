// The add-in manifest for a department's host: every https://localhost:3000 URL of the dev manifest replaced by
// ADDIN_URL (https only, no trailing slash). Used by webpack (`ADDIN_URL=https://host/path npm run build`) and tests.
'use strict';

const DEV_ORIGIN = 'https://localhost:3000';

/** Checks and normalises the host URL; throws a Russian message for anything a manifest cannot use. */
function normaliseHost(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error(`ADDIN_URL «${url}» — не адрес; нужен вид https://сервер/путь`);
  }
  if (parsed.protocol !== 'https:') throw new Error(`ADDIN_URL «${url}»: Office загружает надстройки только по https`);
  if (parsed.search || parsed.hash) throw new Error(`ADDIN_URL «${url}»: без «?» и «#»`);
  return `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}`;
}

/** The manifest text with the dev origin replaced; the AppDomain is the host's origin. */
function manifestForHost(xml, url) {
  const host = normaliseHost(url);
  const origin = new URL(host).origin;
  return xml
    .replace(/<AppDomain>https:\/\/localhost:3000<\/AppDomain>/g, `<AppDomain>${origin}</AppDomain>`)
    .split(DEV_ORIGIN).join(host);
}

module.exports = { manifestForHost, normaliseHost, DEV_ORIGIN };
