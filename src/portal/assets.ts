/**
 * The portal's one stylesheet and the site's icon. The stylesheet is addressed by a hash of its content (`/portal.css?v=…`), so pages can let browsers
 * keep it for a year: a changed stylesheet has a new address. Its Brotli and gzip forms are made once, on first use.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const text = fs.readFileSync(path.resolve(here, 'portal.css'));

/** The icon browsers show for the site (favicon.svg, a few hundred bytes). */
export const FAVICON = fs.readFileSync(path.resolve(here, 'favicon.svg'));

/** The first characters of the content's SHA-256, base64url. */
export const STYLESHEET_VERSION = crypto.createHash('sha256').update(text).digest('base64url').slice(0, 12);

/** Where pages link the stylesheet. */
export const STYLESHEET_URL = `/portal.css?v=${STYLESHEET_VERSION}`;

export interface StylesheetForms { plain: Buffer; br: Buffer; gzip: Buffer }

let forms: StylesheetForms | undefined;

export function stylesheet(): StylesheetForms {
  forms ??= {
    plain: text,
    br: brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT } }),
    gzip: gzipSync(text, { level: 9 }),
  };
  return forms;
}
