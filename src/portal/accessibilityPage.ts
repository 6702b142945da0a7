/**
 * /tillganglighet — the accessibility statement (tillgänglighetsredogörelse) after DIGG's model, required by
 * DOS (2018:1937) 12 §: how accessible the site is, known shortcomings, how to report them (a form that registers
 * the message in the diarium), the enforcement procedure with DIGG, and how the site was tested. Also the
 * receipt shown after a message was registered.
 */
import type { FieldError } from '../domain/errors.ts';
import type { FeedbackReceipt } from '../use-cases/public/accessibilityFeedback.ts';
import { HONEYPOT_FIELD } from '../use-cases/public/feedbackGuard.ts';
import { dateTag } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { portalUrls } from './urls.ts';

/** When the statement was last reviewed (DIGG's model asks for the date). */
export const STATEMENT_REVIEWED = '2026-11-28';

export interface FeedbackForm { token: string; values: { name: string; email: string; message: string }; errors: FieldError[]; notice?: string }

const FIELD_LABELS: Record<string, string> = { name: 'Namn', email: 'E-postadress', message: 'Meddelande' };

function fieldError(errors: FieldError[], field: string): SafeHtml | '' {
  const e = errors.find((x) => x.field === field);
  return e ? html`<p class="field-error" id="${field}-fel"><span class="visually-hidden">Fel: </span>${FIELD_LABELS[field]}: ${e.message}</p>` : '';
}

const invalid = (errors: FieldError[], field: string, hint?: string) => {
  const described = [hint, errors.some((e) => e.field === field) ? `${field}-fel` : null].filter(Boolean).join(' ');
  return html`${errors.some((e) => e.field === field) ? html` aria-invalid="true"` : ''}${described ? html` aria-describedby="${described}"` : ''}`;
};

function feedbackForm(f: FeedbackForm): SafeHtml {
  return html`<form method="post" action="${portalUrls.accessibility()}#rapportera" class="feedback-form" novalidate>
  ${f.notice ? html`<div class="error-summary" role="alert"><p>${f.notice}</p></div>` : ''}
  ${f.errors.length ? html`<div class="error-summary" role="alert" aria-labelledby="fel-rubrik">
    <h3 id="fel-rubrik">Meddelandet kunde inte skickas</h3>
    <ul>${f.errors.map((e) => html`<li><a href="#${e.field}">${FIELD_LABELS[e.field] ?? e.field}: ${e.message}</a></li>`)}</ul>
  </div>` : ''}
  <input type="hidden" name="token" value="${f.token}">
  <div class="field">
    <label for="name">Namn <span class="optional">(frivilligt)</span></label>
    ${fieldError(f.errors, 'name')}
    <input id="name" name="name" type="text" autocomplete="name" maxlength="200" value="${f.values.name}"${invalid(f.errors, 'name')}>
  </div>
  <div class="field">
    <label for="email">E-postadress <span class="optional">(frivilligt, om du vill ha svar)</span></label>
    ${fieldError(f.errors, 'email')}
    <input id="email" name="email" type="email" autocomplete="email" maxlength="200" value="${f.values.email}"${invalid(f.errors, 'email')}>
  </div>
  <div class="field">
    <label for="message">Meddelande <span class="optional">(obligatoriskt)</span></label>
    <p class="hint" id="message-hint">Beskriv vad som inte fungerade och på vilken sida. Högst 5 000 tecken.</p>
    ${fieldError(f.errors, 'message')}
    <textarea id="message" name="message" rows="7" maxlength="5000" required${invalid(f.errors, 'message', 'message-hint')}>${f.values.message}</textarea>
  </div>
  <div class="hp">
    <label for="${HONEYPOT_FIELD}">Lämna det här fältet tomt</label>
    <input id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off">
  </div>
  <p class="hint">Det du skickar blir en allmän handling och registreras i kommunens diarium. Skriv inte känsliga personuppgifter i meddelandet.</p>
  <button type="submit">Skicka synpunkten</button>
</form>`;
}

export function accessibilityPage(bodyName: string, form: FeedbackForm): string {
  const main = html`<h1>Tillgänglighetsredogörelse</h1>
<p class="lead">${bodyName} står bakom den här webbplatsen. Vi vill att så många som möjligt ska kunna använda den. Här beskriver vi hur
webbplatsen uppfyller lagen om tillgänglighet till digital offentlig service, vilka kända brister som finns och hur du kan rapportera
brister till oss så att vi kan åtgärda dem.</p>

<h2 id="hur-tillganglig">Hur tillgänglig är webbplatsen?</h2>
<p>Webbplatsens sidor – anslagstavlan, sammanträden, organ, diariet, sökningen och protokollen som webbsidor – är byggda för att uppfylla
WCAG 2.1 på nivå AA. De fungerar utan JavaScript, med tangentbord och med skärmläsare, och går att förstora till 400 procent.
Vi vet att delar av innehållet inte är helt tillgängliga; de beskrivs under <a href="#brister">Innehåll som inte är tillgängligt</a>.</p>

<h2 id="om-du-inte-kan">Vad kan du göra om du inte kan använda delar av webbplatsen?</h2>
<p>Om du behöver innehåll från webbplatsen i ett annat format, till exempel en handling som inte går att läsa med skärmläsare,
kan du kontakta kommunens registratur. Ange diarienumret eller sammanträdet så skickar vi handlingen i ett format som passar dig.</p>

<h2 id="rapportera">Rapportera brister i webbplatsens tillgänglighet</h2>
<p>Vi strävar hela tiden efter att förbättra webbplatsens tillgänglighet. Om du upptäcker problem som inte beskrivs här, eller om du
anser att vi inte uppfyller lagens krav, skriv till oss i formuläret. Meddelandet registreras i diariet och du får ett diarienummer direkt.</p>
${feedbackForm(form)}

<h2 id="tillsyn">Tillsyn</h2>
<p>Myndigheten för digital förvaltning (Digg) ansvarar för tillsynen över lagen om tillgänglighet till digital offentlig service.
Om du inte är nöjd med hur vi hanterar dina synpunkter kan du kontakta Digg och påtala det. Det gör du på Diggs webbplats,
digg.se, under ”Anmäl bristande tillgänglighet”.</p>

<h2 id="teknisk-information">Teknisk information om webbplatsens tillgänglighet</h2>
<p>Webbplatsen är delvis förenlig med lagen om tillgänglighet till digital offentlig service, på grund av de brister som beskrivs nedan.</p>

<h3 id="brister">Innehåll som inte är tillgängligt</h3>
<ul>
  <li>Handlingar som kommit in till kommunen, till exempel skannade brev och bilagor från andra, kan sakna taggar, rubrikstruktur och
  textalternativ (WCAG 1.1.1, 1.3.1). Kallelsen med handlingar (mötesboken) innehåller sådana bilagor som de kom in.</li>
  <li>Tabeller och diagram i bilagor till tjänsteskrivelser finns ibland bara som bild (WCAG 1.1.1).</li>
  <li>Protokoll finns både som PDF och som webbsida. Webbsidan är den tillgängliga versionen.</li>
</ul>

<h3 id="undantag">Innehåll som inte omfattas av lagen</h3>
<p>Kontorsfiler som publicerades före den 23 september 2018 omfattas inte av lagen, om de inte behövs för en pågående
administrativ process.</p>

<h2 id="testat">Hur vi testat webbplatsen</h2>
<p>Vi har själva granskat webbplatsen. Varje sidtyp testas automatiskt med verktyget axe-core i en webbläsare vid varje ändring av
webbplatsen, och manuellt med tangentbord (hoppa-till-innehåll-länk, synligt fokus, tabbordning), med smal skärm (375 pixlar) och med
förstoring. Rubriknivåer, landmärken, språkangivelse och tabellrubriker kontrolleras i testerna.</p>
<p>Redogörelsen uppdaterades senast den ${dateTag(STATEMENT_REVIEWED)}.</p>`;
  return layout({ title: 'Tillgänglighetsredogörelse', bodyName, current: portalUrls.accessibility(), main, description: `Hur tillgänglig ${bodyName}s webbplats är och hur du rapporterar brister` });
}

export function feedbackReceiptPage(bodyName: string, r: FeedbackReceipt): string {
  const main = html`<p class="breadcrumb"><a href="${portalUrls.accessibility()}">Tillgänglighetsredogörelse</a></p>
<h1>Tack för din synpunkt</h1>
<div class="receipt" role="status">
  <p>Din synpunkt är registrerad i kommunens diarium.</p>
  <dl class="facts">
    <div class="fact"><dt>Handlingens nummer</dt><dd><strong>${r.documentNumber}</strong></dd></div>
    <div class="fact"><dt>Ärende</dt><dd><a href="${portalUrls.case(r.caseNumber)}">${r.caseNumber}</a></dd></div>
    <div class="fact"><dt>Registrerad</dt><dd>${dateTag(r.registeredDate)}</dd></div>
  </dl>
</div>
<p>Ange handlingens nummer om du kontaktar oss om synpunkten. Om du lämnade en e-postadress svarar vi dig där.</p>
<p><a href="${portalUrls.accessibility()}">Tillbaka till tillgänglighetsredogörelsen</a></p>`;
  return layout({ title: 'Tack för din synpunkt', bodyName, current: portalUrls.accessibility(), main });
}
