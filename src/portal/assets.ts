/**
 * The portal's one stylesheet and the site's icon. The stylesheet is addressed by a hash of its content
 * (`/portal.css?v=…`), so pages can let browsers keep it for a year: a changed stylesheet has a new address.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The stylesheet's bytes. */
export const STYLESHEET = fs.readFileSync(path.resolve(here, 'portal.css'));

/** The icon browsers show for the site (favicon.svg, a few hundred bytes). */
export const FAVICON = fs.readFileSync(path.resolve(here, 'favicon.svg'));

/** The first characters of the content's SHA-256, base64url. */
export const STYLESHEET_VERSION = crypto.createHash('sha256').update(STYLESHEET).digest('base64url').slice(0, 12);

/** Where pages link the stylesheet. */
export const STYLESHEET_URL = `/portal.css?v=${STYLESHEET_VERSION}`;
