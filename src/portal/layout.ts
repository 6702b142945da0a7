/**
 * The public portal's page frame: Swedish, a skip link, the municipality's name, the main navigation and a
 * footer. Server-rendered, without JavaScript; the stylesheet is linked by its versioned address (assets.ts).
 */
import { html, type SafeHtml } from './html.ts';
import { STYLESHEET_URL } from './assets.ts';
import { portalUrls } from './urls.ts';

export interface PageInput {
  /** The page's own title (also its h1, written by the page). */
  title: string;
  bodyName: string;
  /** Path of the navigation entry to mark as current. */
  current?: string;
  main: SafeHtml;
  description?: string;
}

const NAV: { path: string; label: string }[] = [
  { path: portalUrls.board(), label: 'Anslagstavla' },
  { path: portalUrls.meetings(), label: 'Sammanträden' },
  { path: portalUrls.organs(), label: 'Organ' },
  { path: portalUrls.cases(), label: 'Diarium' },
  { path: portalUrls.search(), label: 'Sök' },
];

const FOOTER: { path: string; label: string }[] = [
  { path: portalUrls.appeal(), label: 'Överklaga ett beslut' },
  { path: portalUrls.accessibility(), label: 'Tillgänglighet' },
  { path: portalUrls.oparl(), label: 'Öppna data' },
  { path: '/app/', label: 'Inloggning för förtroendevalda och personal' },
];

const currentMark = (path: string, current?: string) => (path === current ? html` aria-current="page"` : '');

export function layout(page: PageInput): string {
  return `<!doctype html>\n${html`<html lang="sv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} – ${page.bodyName}</title>
${page.description ? html`<meta name="description" content="${page.description}">` : ''}
<link rel="stylesheet" href="${STYLESHEET_URL}">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="alternate" type="application/atom+xml" title="Anslagstavlan (Atom)" href="${portalUrls.boardFeed()}">
<link rel="alternate" type="application/atom+xml" title="Nya protokoll (Atom)" href="${portalUrls.minutesFeed()}">
</head>
<body>
<a class="skip-link" href="#innehall">Hoppa till innehållet</a>
<header class="site-header">
  <div class="wrap header-row">
    <a class="site-name" href="/anslagstavla">${page.bodyName}</a>
    <nav aria-label="Huvudmeny">
      <ul class="nav-list">
        ${NAV.map((n) => html`<li><a href="${n.path}"${currentMark(n.path, page.current)}>${n.label}</a></li>`)}
      </ul>
    </nav>
  </div>
</header>
<main id="innehall" tabindex="-1">
  <div class="wrap">
${page.main}
  </div>
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>${page.bodyName} – sammanträden, beslut och diarium. <a href="/anslagstavla">Anslagstavlan</a> är kommunens officiella anslagstavla enligt 8 kap. 9 § kommunallagen.</p>
    <nav aria-label="Om webbplatsen">
      <ul class="footer-list">
        ${FOOTER.map((n) => html`<li><a href="${n.path}"${currentMark(n.path, page.current)}>${n.label}</a></li>`)}
      </ul>
    </nav>
  </div>
</footer>
</body>
</html>`.value}\n`;
}
