/**
 * /prenumerera — e-mail subscription to organs' meetings and minutes: the form (address and organs), the
 * "check your inbox" answer, the confirmation page (a button, so a mail program's link preview confirms
 * nothing), and the unsubscribe pages. Swedish, without JavaScript; the form posts back to this site only.
 */
import type { FieldError } from '../domain/errors.ts';
import type { SubscribableOrgan } from '../use-cases/subscriptions/subscriptions.ts';
import { HONEYPOT_FIELD } from '../use-cases/public/feedbackGuard.ts';
import { html, type SafeHtml } from './html.ts';
import { layout } from './layout.ts';
import { portalUrls } from './urls.ts';

export interface SubscribeForm {
  token: string; organs: SubscribableOrgan[];
  values: { email: string; organs: string[] };
  errors: FieldError[]; notice?: string;
}

const TITLE = 'Prenumerera på sammanträden';
const LABELS: Record<string, string> = { email: 'E-postadress', organ: 'Organ' };
const base = portalUrls.subscribe();

const page = (bodyName: string, title: string, main: SafeHtml) =>
  layout({ title, bodyName, main, description: `E-post när ${bodyName}s organ kallar till sammanträde och justerar protokoll` });

const fieldError = (errors: FieldError[], field: string): SafeHtml | '' => {
  const e = errors.find((x) => x.field === field);
  return e ? html`<p class="field-error" id="${field}-fel"><span class="visually-hidden">Fel: </span>${LABELS[field]}: ${e.message}</p>` : '';
};

export function subscribePage(bodyName: string, f: SubscribeForm): string {
  const emailInvalid = f.errors.some((e) => e.field === 'email');
  const organInvalid = f.errors.some((e) => e.field === 'organ');
  const main = html`<h1>${TITLE}</h1>
<p class="lead">Få ett e-postmeddelande när ett organ kallar till sammanträde och när protokollet från sammanträdet har justerats.</p>
<form method="post" action="${base}" class="feedback-form" novalidate>
  ${f.notice ? html`<div class="error-summary" role="alert"><p>${f.notice}</p></div>` : ''}
  ${f.errors.length ? html`<div class="error-summary" role="alert" aria-labelledby="fel-rubrik">
    <h2 id="fel-rubrik">Prenumerationen kunde inte beställas</h2>
    <ul>${f.errors.map((e) => html`<li><a href="#${e.field === 'organ' ? 'organ-val' : e.field}">${LABELS[e.field] ?? e.field}: ${e.message}</a></li>`)}</ul>
  </div>` : ''}
  <input type="hidden" name="token" value="${f.token}">
  <div class="field">
    <label for="email">E-postadress</label>
    ${fieldError(f.errors, 'email')}
    <input id="email" name="email" type="email" autocomplete="email" maxlength="254" required value="${f.values.email}"${emailInvalid ? html` aria-invalid="true" aria-describedby="email-fel"` : ''}>
  </div>
  <fieldset class="field" id="organ-val"${organInvalid ? html` aria-describedby="organ-fel"` : ''}>
    <legend>Organ</legend>
    ${fieldError(f.errors, 'organ')}
    ${f.organs.map((o) => html`<label><input type="checkbox" name="organ" value="${o.slug}"${f.values.organs.includes(o.slug) ? html` checked` : ''}> ${o.name}</label>`)}
  </fieldset>
  <div class="hp">
    <label for="${HONEYPOT_FIELD}">Lämna det här fältet tomt</label>
    <input id="${HONEYPOT_FIELD}" name="${HONEYPOT_FIELD}" type="text" tabindex="-1" autocomplete="off">
  </div>
  <p class="hint">Vi skickar först ett brev med en länk som du bekräftar prenumerationen med. Vi sparar bara din e-postadress och vilka
  organ du valt, och bara efter att du bekräftat. Varje brev har en länk för att avsluta prenumerationen; då raderas uppgifterna.</p>
  <button type="submit">Beställ prenumeration</button>
</form>
<p>Vill du hellre följa med i en kalender eller en flödesläsare? Varje organs sida har en kalenderlänk, och det finns flöden för
<a href="${portalUrls.boardFeed()}">anslagstavlan</a> och <a href="${portalUrls.minutesFeed()}">nya protokoll</a>.</p>`;
  return page(bodyName, TITLE, main);
}

export function subscriptionRequestedPage(bodyName: string, email: string, organs: string[]): string {
  const main = html`<p class="breadcrumb"><a href="${base}">${TITLE}</a></p>
<h1>Bekräfta i din e-post</h1>
<div class="receipt" role="status">
  <p>Vi har skickat ett brev till <strong>${email}</strong> med en länk för att bekräfta prenumerationen på ${organs.join(', ')}.</p>
  <p>Länken fungerar i 48 timmar. Inget sparas förrän du har bekräftat.</p>
</div>
<p>Kommer inget brev? Titta i skräpposten, eller beställ igen om en stund.</p>`;
  return page(bodyName, 'Bekräfta i din e-post', main);
}

const tokenForm = (action: string, token: string, label: string, extra: SafeHtml | '' = '') =>
  html`<form method="post" action="${action}">
  <input type="hidden" name="t" value="${token}">${extra}
  <button type="submit">${label}</button>
</form>`;

export function confirmPage(bodyName: string, token: string): string {
  const main = html`<h1>Bekräfta prenumerationen</h1>
<p>Tryck på knappen för att bekräfta att du vill ha e-post om sammanträden och protokoll.</p>
${tokenForm(`${base}/bekrafta`, token, 'Bekräfta prenumerationen')}`;
  return page(bodyName, 'Bekräfta prenumerationen', main);
}

export function confirmedPage(bodyName: string, organs: string[], unsubscribeUrl: string): string {
  const main = html`<h1>Prenumerationen är bekräftad</h1>
<div class="receipt" role="status">
  <p>Du får e-post när ${organs.join(', ')} kallar till sammanträde och när protokollen justeras.</p>
</div>
<p>Varje brev har en länk för att avsluta prenumerationen. Du kan också <a href="${unsubscribeUrl}">avsluta den här</a>.</p>`;
  return page(bodyName, 'Prenumerationen är bekräftad', main);
}

export function unsubscribePage(bodyName: string, token: string, organs: string[]): string {
  const main = html`<h1>Avsluta prenumerationen</h1>
<p>Du prenumererar på sammanträden och protokoll för ${organs.join(', ')}. När du avslutar raderas din e-postadress hos oss.</p>
${tokenForm(`${base}/avsluta`, token, 'Avsluta prenumerationen')}`;
  return page(bodyName, 'Avsluta prenumerationen', main);
}

export function unsubscribedPage(bodyName: string): string {
  const main = html`<h1>Prenumerationen är avslutad</h1>
<div class="receipt" role="status"><p>Din e-postadress är raderad och du får inga fler brev från oss.</p></div>
<p><a href="${base}">Prenumerera igen</a></p>`;
  return page(bodyName, 'Prenumerationen är avslutad', main);
}

/** A link that was not made here, has expired or was already used up. */
export function badLinkPage(bodyName: string, reason: 'invalid' | 'expired' | 'gone'): string {
  const text = {
    invalid: 'Länken är ogiltig. Kontrollera att du har fått med hela länken från brevet.',
    expired: 'Länken har gått ut. En bekräftelselänk fungerar i 48 timmar. Beställ prenumerationen igen, så får du en ny länk.',
    gone: 'Det finns ingen prenumeration för den här länken. Den kan redan vara avslutad.',
  }[reason];
  const main = html`<h1>Länken fungerar inte</h1>
<p>${text}</p>
<p><a href="${base}">${TITLE}</a></p>`;
  return page(bodyName, 'Länken fungerar inte', main);
}
