/**
 * /overklaga — how to appeal a municipal decision (laglighetsprövning, KL 13 kap.), which the notice board must
 * tell (R-BOARD-1), with the three-week period counted from the posting (R-APPEAL-1).
 */
import { html } from './html.ts';
import { layout } from './layout.ts';

export function appealPage(bodyName: string): string {
  const main = html`<h1>Så överklagar du ett kommunalt beslut</h1>
<p class="lead">Som medlem i kommunen kan du begära att förvaltningsrätten prövar om ett beslut av ${bodyName} är lagligt.
Det kallas laglighetsprövning och regleras i 13 kapitlet kommunallagen.</p>

<h2 id="vem">Vem kan överklaga?</h2>
<p>Alla som är medlemmar i kommunen får överklaga. Du är medlem om du är folkbokförd i kommunen, äger fast egendom i
kommunen eller ska betala kommunalskatt där. Du behöver inte själv vara berörd av beslutet.</p>

<h2 id="vilka-beslut">Vilka beslut kan överklagas?</h2>
<p>Beslut av kommunfullmäktige, kommunstyrelsen och nämnderna, och beslut som fattats med stöd av delegation.
Beslut som bara förbereder eller verkställer ett annat beslut kan inte överklagas på egen hand.</p>
<p>Beslut som gäller dig personligen, till exempel bygglov eller bistånd, överklagar du i regel på ett annat sätt
(förvaltningsbesvär). Hur det går till står i beslutet du har fått.</p>

<h2 id="grunder">Vad prövar domstolen?</h2>
<p>Förvaltningsrätten prövar bara om beslutet är lagligt, inte om det är lämpligt. Beslutet upphävs om</p>
<ul>
  <li>det inte har kommit till på lagligt sätt,</li>
  <li>det handlar om något som inte är kommunens angelägenhet,</li>
  <li>det organ som fattade beslutet har gått utöver sina befogenheter, eller</li>
  <li>det strider mot lag eller annan författning.</li>
</ul>
<p>Om du får rätt upphävs beslutet. Domstolen kan inte sätta ett nytt beslut i stället.</p>

<h2 id="tid">När ska överklagandet vara inne?</h2>
<p>Överklagandet ska ha <strong>kommit in till förvaltningsrätten inom tre veckor</strong> från den dag då det
tillkännagavs på kommunens anslagstavla att protokollet med beslutet justerats. För delegationsbeslut som
tillkännages på anslagstavlan räknas tiden från den dag anslaget sattes upp.</p>
<p>Sista dagen för överklagande står på varje anslag på <a href="/anslagstavla">anslagstavlan</a>. Om den dagen är en
lördag, söndag, helgdag, midsommarafton, julafton eller nyårsafton räcker det att överklagandet kommer in nästa vardag.
Ett överklagande som kommer in för sent prövas inte.</p>

<h2 id="innehall-brev">Vad ska överklagandet innehålla?</h2>
<p>Skriv ett brev eller e-postmeddelande till förvaltningsrätten med</p>
<ul>
  <li>vilket beslut du överklagar: organ, datum för sammanträdet, paragraf och gärna diarienummer,</li>
  <li>varför du anser att beslutet är olagligt – alla skäl måste anges innan tiden för överklagande har gått ut,</li>
  <li>ditt namn, personnummer, postadress, telefonnummer och e-postadress,</li>
  <li>gärna en kopia av beslutet eller protokollsutdraget.</li>
</ul>
<p>Det kostar ingenting att överklaga och du behöver inget ombud.</p>

<h2 id="vart">Vart skickar jag överklagandet?</h2>
<p>Skicka överklagandet direkt till <strong>förvaltningsrätten</strong> i det område där kommunen ligger – inte till
kommunen. Vilken förvaltningsrätt det är och dess adress hittar du på Sveriges Domstolars webbplats, domstol.se.
Kommunens registratur hjälper dig gärna att hitta protokollet och beslutet.</p>
<p><a href="/anslagstavla">Till anslagstavlan</a></p>`;
  return layout({ title: 'Överklaga ett beslut', bodyName, current: '/overklaga', main, description: 'Så överklagar du ett kommunalt beslut genom laglighetsprövning.' });
}
