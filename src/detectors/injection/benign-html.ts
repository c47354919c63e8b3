// Ordinary HTML and other markup documents in 20 languages, written for this project (no third-party text):
// full pages with navigation and footers, CMS fragments, HTML e-mails, forms, tables, pages with scripts and
// JSON-LD, cookie banners, product and documentation pages, error pages, feeds, sitemaps, markup with alt
// text and screen-reader-only labels. injection-v4.9 flagged most plain HTML pages an agent fetches (13 of
// the 20 clean web pages of the indirect-injection test family); these are benign training documents, split
// 70/30 by kind. Nothing in them addresses an AI; imperatives are addressed to human visitors. Every name,
// company, product, place and URL is invented; e-mail addresses use `.example` domains.
export interface HtmlDocument { readonly lang: string; readonly kind: string; readonly text: string }
export const HANDWRITTEN_HTML: readonly HtmlDocument[] = [
  // ───────────────────────────── English ─────────────────────────────
  {
    lang: "English",
    kind: "full_html_page",
    text: `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Opening hours, events and e-book lending at Mellowbrook Public Library.">
  <title>Mellowbrook Public Library – Home</title>
  <link rel="stylesheet" href="/assets/css/main.4f2a91.css">
  <link rel="icon" href="/favicon.ico">
  <script src="/assets/js/menu.js" defer></script>
</head>
<body class="home">
  <header class="site-header">
    <a class="logo" href="/"><img src="/img/logo.svg" alt="Mellowbrook Public Library" width="160" height="40"></a>
    <button class="menu-toggle" aria-expanded="false" aria-controls="main-nav" onclick="toggleMenu()">Menu</button>
    <nav class="main-nav" id="main-nav">
      <ul>
        <li><a href="/catalogue">Catalogue</a></li>
        <li><a href="/events">Events</a></li>
        <li><a href="/ebooks">E-books</a></li>
        <li><a href="/visit">Visit us</a></li>
      </ul>
    </nav>
  </header>
  <main id="content">
    <section class="hero">
      <h1>Borrow, learn and meet at Mellowbrook</h1>
      <p>Renew your loans online with your library card number and PIN. Forgotten your PIN? Ask at the front desk or call 01632 960 418.</p>
      <a class="btn btn-primary" href="/join">Join the library</a>
    </section>
    <section class="notices">
      <h2>This week</h2>
      <ul>
        <li><strong>Tue 14 May, 10:30</strong> – Rhyme Time for toddlers (Children's Room)</li>
        <li><strong>Thu 16 May, 18:00</strong> – Local history talk: the Mellowbrook canal</li>
      </ul>
      <p class="note">The lift on the east side is out of service until Friday. Please use the ramp entrance on Orchard Lane.</p>
    </section>
  </main>
  <footer class="site-footer">
    <p>&copy; 2024 Mellowbrook Public Library · 12 Station Road, Mellowbrook</p>
    <a href="/privacy">Privacy</a> · <a href="/accessibility">Accessibility</a> · <a href="/contact">Contact</a>
  </footer>
  <!-- TODO: move opening hours widget into the footer after the redesign -->
</body>
</html>`,
  },
  {
    lang: "English",
    kind: "html_fragment",
    text: `<div class="article-body" data-article-id="88213" data-section="local-news">
<p class="lead">After eighteen months of work, the footbridge over the Wendle river reopened on Saturday morning, and residents of Eastholm no longer need a two-mile detour to reach the station.</p>
<figure class="image image--wide">
  <img src="/media/2024/05/wendle-bridge.jpg" alt="The new steel footbridge over the Wendle river at dawn" loading="lazy" width="1200" height="675">
  <figcaption>The bridge is lit at night by 40 low-energy lamps. Photo: Dana Whitcombe</figcaption>
</figure>
<p>Councillor Priya Hallam cut the ribbon at 9 a.m. “People told us they wanted a crossing that works for buggies, wheelchairs and bikes,” she said. “That is what we built.”</p>
<h2>What changes for cyclists</h2>
<p>Cyclists are asked to dismount on the central span between 7 and 9 a.m. on weekdays, when footfall is highest. Signs at both ends explain the rule, and wardens will hand out leaflets during the first fortnight.</p>
<blockquote class="pullquote"><p>It used to take me forty minutes to get to work. Now it’s twelve.</p><cite>Tom Arkwright, Eastholm</cite></blockquote>
<!-- editor: embed map below once the GIS team sends the iframe -->
<div class="embed embed--map" data-src="/maps/wendle-bridge" hidden></div>
<p>Have a question about the new crossing? Email <a href="mailto:highways@eastholm-council.example">highways@eastholm-council.example</a> or read the <a href="/news/wendle-bridge-faq">full FAQ</a>.</p>
<p class="article-tags">Tags: <a href="/tag/transport" rel="tag">Transport</a>, <a href="/tag/eastholm" rel="tag">Eastholm</a></p>
</div>`,
  },
  {
    lang: "English",
    kind: "html_email",
    text: `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Reset your password</title></head>
<body style="margin:0;padding:0;background:#f4f5f7;">
<!-- preheader: shown in inbox preview only -->
<div style="display:none;max-height:0;overflow:hidden;">Your reset link expires in 30 minutes.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f5f7;">
<tr><td align="center" style="padding:24px;">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;font-family:Arial,sans-serif;color:#222;">
<tr><td style="padding:24px 32px;border-bottom:1px solid #e3e5e8;"><img src="https://mail.tallyroot.example/logo.png" alt="Tallyroot" width="120"></td></tr>
<tr><td style="padding:32px;">
<h1 style="font-size:20px;margin:0 0 16px;">Reset your password</h1>
<p style="font-size:15px;line-height:1.5;">Hi Morgan,</p>
<p style="font-size:15px;line-height:1.5;">We received a request to reset the password for your Tallyroot account. Click the button below to choose a new one. The link is valid for 30 minutes.</p>
<p style="text-align:center;margin:28px 0;"><a href="https://app.tallyroot.example/reset?token=k9Qe2LxT7vB1mZ" style="background:#1f6feb;color:#fff;padding:12px 24px;border-radius:4px;text-decoration:none;">Choose a new password</a></p>
<p style="font-size:13px;color:#666;">If you did not request a password reset, you can safely ignore this e-mail. Your password will not change.</p>
<p style="font-size:13px;color:#666;">For your security, never forward this message or share the link with anyone.</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#999;border-top:1px solid #e3e5e8;">Tallyroot Ltd · 4 Quarry Yard, Leddington · <a href="mailto:support@tallyroot.example" style="color:#999;">support@tallyroot.example</a></td></tr>
</table></td></tr></table>
</body></html>`,
  },
  {
    lang: "English",
    kind: "html_form_page",
    text: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Create an account – Brindle Cycling Club</title>
<link rel="stylesheet" href="/css/forms.css">
<style>.hp-field{display:none}</style></head>
<body>
<main class="container narrow">
<h1>Create your member account</h1>
<p>Already a member? <a href="/login">Sign in here</a>.</p>
<form action="/register" method="post" novalidate id="register-form" onsubmit="return validateRegister(this)">
  <input type="hidden" name="csrf_token" value="f3a91c0e7b2d4a6e9f18c5d7">
  <div class="field">
    <label for="full-name">Full name</label>
    <input id="full-name" name="full_name" type="text" autocomplete="name" required>
  </div>
  <div class="field">
    <label for="email">E-mail address</label>
    <input id="email" name="email" type="email" placeholder="name@mailbox.example" required>
    <p class="error" id="email-error" hidden>Please enter a valid e-mail address.</p>
  </div>
  <div class="field">
    <label for="password">Password</label>
    <input id="password" name="password" type="password" minlength="10" aria-describedby="pw-hint" required>
    <p class="hint" id="pw-hint">Use at least 10 characters, including a number.</p>
  </div>
  <div class="field">
    <label for="ride-level">Usual ride pace</label>
    <select id="ride-level" name="ride_level">
      <option value="">Choose one</option>
      <option>Social (under 20 km/h)</option>
      <option>Intermediate (20–26 km/h)</option>
      <option>Fast (over 26 km/h)</option>
    </select>
  </div>
  <!-- honeypot: real visitors never see this field -->
  <div class="hp-field"><label for="website">Website</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
  <div class="field checkbox">
    <input id="terms" name="terms" type="checkbox" required>
    <label for="terms">I have read the <a href="/rules">club rules</a> and agree to them</label>
  </div>
  <button type="submit" class="btn">Create account</button>
</form>
<noscript><p>Please enable JavaScript to see form hints as you type. The form still works without it.</p></noscript>
</main>
</body></html>`,
  },
  {
    lang: "English",
    kind: "html_table_page",
    text: `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>Route 27 timetable – Kelsford Buses</title>
<link rel="stylesheet" href="/static/timetable.css"></head>
<body>
<main>
<h1>Route 27: Kelsford Interchange – Ashby Green</h1>
<p>Timetable valid from 3 June. Times are approximate; please arrive at your stop a few minutes early.</p>
<table class="timetable" data-route="27">
  <caption>Monday to Friday, outbound</caption>
  <thead>
    <tr><th scope="col">Stop</th><th scope="col">1st</th><th scope="col">2nd</th><th scope="col">3rd</th><th scope="col">Then</th><th scope="col">Last</th></tr>
  </thead>
  <tbody>
    <tr><th scope="row">Kelsford Interchange (Stand D)</th><td>06:10</td><td>06:40</td><td>07:05</td><td rowspan="4">every 20 min</td><td>22:45</td></tr>
    <tr><th scope="row">Market Cross</th><td>06:16</td><td>06:46</td><td>07:12</td><td>22:51</td></tr>
    <tr><th scope="row">St Hilda's Hospital</th><td>06:24</td><td>06:54</td><td>07:21</td><td>22:59</td></tr>
    <tr><th scope="row">Ashby Green, Mill Lane</th><td>06:37</td><td>07:07</td><td>07:35</td><td>23:12</td></tr>
  </tbody>
</table>
<p class="footnote"><abbr title="School days only">S</abbr> – journeys marked S run on school days only.</p>
<h2>Fares</h2>
<table class="fares">
  <tr><th>Ticket</th><th>Adult</th><th>Child (5–15)</th></tr>
  <tr><td>Single</td><td>£2.00</td><td>£1.00</td></tr>
  <tr><td>Day Rider</td><td>£4.80</td><td>£2.40</td></tr>
  <tr><td>7-day Rider</td><td>£17.50</td><td>£8.75</td></tr>
</table>
<p>Tap your contactless card on the reader when you board. Do not tap again when you get off.</p>
<a href="/timetables/27.pdf" download>Download PDF timetable (210 KB)</a>
</main>
</body></html>`,
  },
  {
    lang: "English",
    kind: "html_with_scripts",
    text: `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Summer Jazz on the Quay – Portwick Arts Centre</title>
<meta name="description" content="Three evenings of open-air jazz on Portwick Quay, 19–21 July.">
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "Event",
  "name": "Summer Jazz on the Quay",
  "startDate": "2024-07-19T19:00:00+01:00",
  "endDate": "2024-07-21T22:30:00+01:00",
  "location": {
    "@type": "Place",
    "name": "Portwick Quay",
    "address": "Harbour Road, Portwick"
  },
  "offers": {
    "@type": "Offer",
    "price": "18.00",
    "priceCurrency": "GBP",
    "url": "https://www.portwick-arts.example/jazz-tickets"
  },
  "organizer": { "@type": "Organization", "name": "Portwick Arts Centre" }
}
</script>
<script>
  // site config – values injected by the build pipeline
  window.siteConfig = {
    env: "production",
    apiBase: "https://api.portwick-arts.example/v2",
    ticketWidget: { theme: "dark", maxPerOrder: 8 },
    release: "2024.06.3"
  };
</script>
<!-- privacy-friendly analytics, no cookies -->
<script async src="https://stats.pulsewise.example/tag.js" data-site="PW-4471"></script>
</head>
<body>
<main>
<h1>Summer Jazz on the Quay</h1>
<p>Bring a blanket, grab a drink from the harbour kiosks and enjoy three nights of live music by the water.</p>
<button class="btn" data-event-id="jazz-2024" onclick="openTicketWidget(this.dataset.eventId)">Book tickets</button>
<noscript>Please enable JavaScript to use the booking widget, or call the box office on 01632 960 772.</noscript>
</main>
</body>
</html>`,
  },
  {
    lang: "English",
    kind: "cookie_banner_and_footer",
    text: `<div id="cookie-banner" class="cookie-banner" role="dialog" aria-modal="false" aria-labelledby="cookie-title" data-consent-version="3">
  <h2 id="cookie-title">We use cookies</h2>
  <p>We use essential cookies to make our site work. With your consent, we’ll also use analytics cookies to understand how you use the site and improve it. You can change your choice at any time under “Cookie settings” at the bottom of every page.</p>
  <div class="cookie-actions">
    <button type="button" class="btn btn-primary" onclick="consent.acceptAll()">Accept all</button>
    <button type="button" class="btn btn-secondary" onclick="consent.rejectOptional()">Reject optional cookies</button>
    <button type="button" class="btn-link" onclick="consent.openSettings()">Manage preferences</button>
  </div>
</div>
<!-- settings modal, opened by consent.openSettings() -->
<div id="cookie-settings" class="modal" style="display:none" aria-hidden="true">
  <label><input type="checkbox" checked disabled> Strictly necessary (always on)</label>
  <label><input type="checkbox" name="analytics"> Analytics</label>
  <label><input type="checkbox" name="marketing"> Marketing</label>
  <button type="button" onclick="consent.save()">Save my choices</button>
</div>
<footer class="site-footer">
  <nav aria-label="Legal">
    <a href="/legal/terms">Terms of use</a> |
    <a href="/legal/privacy">Privacy notice</a> |
    <a href="/legal/cookies">Cookie policy</a> |
    <a href="#" onclick="consent.openSettings();return false;">Cookie settings</a>
  </nav>
  <p>Greyfield Home Insurance is a trading name of Greyfield Mutual Ltd, registered in England No. 08813472. Registered office: 9 Tanner’s Row, Oldbury Cross.</p>
  <p>Calls may be recorded for training and quality purposes.</p>
  <p>&copy; 2024 Greyfield Mutual Ltd</p>
</footer>`,
  },
  {
    lang: "English",
    kind: "product_page_html",
    text: `<main class="product" itemscope itemtype="https://schema.org/Product" data-sku="KT-0419-SLT">
  <nav class="breadcrumbs" aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/kitchen">Kitchen</a> › <span>Kettles</span></nav>
  <div class="gallery">
    <img src="/p/kt-0419/main.jpg" alt="Slate grey 1.7 litre kettle with a wooden handle" width="600" height="600">
    <button class="thumb" data-index="1" onclick="gallery.show(1)"><img src="/p/kt-0419/side.jpg" alt="Side view showing the water window"></button>
  </div>
  <div class="details">
    <h1 itemprop="name">Holloway Quiet-Boil Kettle, 1.7 L, Slate</h1>
    <p class="rating" aria-label="Rated 4.6 out of 5">★★★★★ <a href="#reviews">(318 reviews)</a></p>
    <p class="price"><span class="was">£54.99</span> <strong itemprop="price" content="44.99">£44.99</strong></p>
    <ul class="features">
      <li>Rapid boil: one cup in 45 seconds</li>
      <li>Keep-warm mode up to 30 minutes</li>
      <li>Removable limescale filter, dishwasher safe</li>
    </ul>
    <label for="qty">Quantity</label>
    <input id="qty" type="number" min="1" max="5" value="1">
    <button class="btn add-to-basket" data-sku="KT-0419-SLT" onclick="basket.add(this.dataset.sku, qty.value)">Add to basket</button>
    <p class="stock in-stock">In stock – order by 8pm for next-day delivery</p>
    <details>
      <summary>Safety information</summary>
      <p>Do not fill above the MAX line. Always switch off at the socket before cleaning, and never immerse the base in water.</p>
    </details>
  </div>
  <section id="reviews">
    <h2>Customer reviews</h2>
    <article class="review"><h3>Genuinely quiet</h3><p>I can boil it at 6am without waking the house. – Helen, Coldridge</p></article>
  </section>
</main>`,
  },
  {
    lang: "English",
    kind: "docs_page_html",
    text: `<article class="docs-content" data-version="2.4">
<h1 id="installation">Installation</h1>
<p>Ferrite is a small command-line tool for converting spreadsheet exports into clean CSV. It runs on Linux, macOS and Windows.</p>
<div class="admonition warning"><p><strong>Note:</strong> version 2.x requires Python 3.10 or later. If you are on an older interpreter, install <code>ferrite==1.9.2</code> instead.</p></div>
<h2 id="pip">Install with pip</h2>
<p>Open a terminal and run:</p>
<pre><code class="language-bash">python -m pip install --upgrade ferrite-csv
ferrite --version</code></pre>
<p>You should see output similar to <code>ferrite 2.4.1</code>. If the command is not found, make sure your user scripts directory is on your <code>PATH</code>.</p>
<h2 id="config">Configuration file</h2>
<p>Create a file named <code>ferrite.toml</code> in your project folder:</p>
<pre><code class="language-toml">[output]
delimiter = ";"
encoding = "utf-8"
drop_empty_rows = true

[columns]
rename = { "Cust. No" = "customer_id" }</code></pre>
<h2 id="usage">Basic usage</h2>
<pre><code class="language-python">from ferrite import convert

convert("q3-sales.xlsx", "q3-sales.csv", sheet="Summary")</code></pre>
<p>Run <code>ferrite --help</code> to list all options. See <a href="/docs/2.4/cli">CLI reference</a> for details.</p>
<nav class="docs-pager"><a rel="prev" href="/docs/2.4/intro">← Introduction</a> <a rel="next" href="/docs/2.4/quickstart">Quickstart →</a></nav>
<!-- generated by docbuild 0.18, do not edit by hand -->
</article>`,
  },
  {
    lang: "English",
    kind: "blog_post_html",
    text: `<article class="post" id="post-1042">
  <header>
    <h1 class="post-title">Six weeks of sourdough: what I got wrong</h1>
    <p class="byline">By <a href="/author/rosalind">Rosalind Keane</a> · <time datetime="2024-04-02">2 April 2024</time> · 6 min read</p>
  </header>
  <div class="post-content">
    <p>When I started feeding a starter in February, I thought the hard part would be shaping. It wasn’t. The hard part was patience.</p>
    <h2>1. I used cold tap water</h2>
    <p>My kitchen sits at about 17°C in winter. Switching to lukewarm water (around 28°C) doubled the rise in the first four hours.</p>
    <h2>2. I cut the bulk ferment short</h2>
    <p>Watch the dough, not the clock. Wait until it has grown by roughly half and the surface is domed and bubbly.</p>
    <p>If you want to try my schedule, download the <a href="/files/sourdough-schedule.pdf">printable timetable</a>.</p>
  </div>
  <footer class="post-meta">Filed under <a href="/category/baking">Baking</a></footer>
</article>
<section class="comments" id="comments">
  <h2>3 comments</h2>
  <ol class="comment-list">
    <li class="comment" id="comment-5531"><p class="comment-author">Mark from Tilby</p><p>Same experience here. The warm water tip made all the difference.</p><a class="reply" href="#respond" data-reply-to="5531">Reply</a></li>
    <li class="comment" id="comment-5534"><p class="comment-author">Jo W.</p><p>What flour did you use? Strong white or a blend?</p>
      <ol class="children"><li class="comment by-author" id="comment-5536"><p class="comment-author">Rosalind Keane</p><p>80% strong white, 20% wholemeal!</p></li></ol>
    </li>
  </ol>
  <form id="respond" action="/comments/post" method="post">
    <input type="hidden" name="post_id" value="1042">
    <input type="hidden" name="nonce" value="7c1e99ab04">
    <label for="c-name">Name</label><input id="c-name" name="author" required>
    <label for="c-text">Comment</label><textarea id="c-text" name="comment" rows="5" placeholder="Be kind and stay on topic."></textarea>
    <button type="submit">Post comment</button>
  </form>
</section>`,
  },
  // ───────────────────────────── Spanish ─────────────────────────────
  {
    lang: "Spanish",
    kind: "html_with_scripts",
    text: `<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<title>Restaurante La Alacena de Alcorcejo – Reservas</title>
<meta name="description" content="Cocina de mercado en el barrio de Alcorcejo. Reserva tu mesa online.">
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "Restaurant",
  "name": "La Alacena de Alcorcejo",
  "servesCuisine": ["Andaluza", "De mercado"],
  "priceRange": "€€",
  "telephone": "+34 955 010 482",
  "address": {
    "@type": "PostalAddress",
    "streetAddress": "Calle Alfarería Vieja, 17",
    "addressLocality": "Villaseca del Río",
    "postalCode": "41890"
  },
  "openingHours": ["Tu-Sa 13:00-16:30", "Th-Sa 20:30-23:30"]
}
</script>
<script>
  // configuración del widget de reservas (no tocar sin avisar a sistemas)
  window.reservasConfig = {
    local: "alacena-alcorcejo",
    idioma: "es",
    maxComensales: 10,
    antelacionMinutos: 90,
    endpoint: "https://reservas.mesalibre.example/api/v1"
  };
</script>
<script defer src="https://metricas.contadorweb.example/c.js" data-sitio="ALC-208"></script>
</head>
<body>
<main>
<h1>Reserva tu mesa</h1>
<p>Elige el día, la hora y el número de comensales. Para grupos de más de 10 personas, llámanos al 955 010 482.</p>
<div id="widget-reservas" data-tema="claro"></div>
<noscript><p>Activa JavaScript para usar el sistema de reservas o escríbenos a <a href="mailto:reservas@alacenaalcorcejo.example">reservas@alacenaalcorcejo.example</a>.</p></noscript>
</main>
</body>
</html>`,
  },
  {
    lang: "Spanish",
    kind: "cookie_banner_and_footer",
    text: `<!-- banner de consentimiento v4 – se oculta al guardar preferencias -->
<div class="aviso-cookies" id="avisoCookies" role="region" aria-label="Aviso de cookies">
  <p><strong>Tu privacidad es importante para nosotros.</strong> Utilizamos cookies propias y de terceros para el funcionamiento de la web, analizar el tráfico y mostrarte publicidad relacionada con tus preferencias. Puedes aceptarlas todas, rechazarlas o configurarlas. Lee nuestra <a href="/politica-de-cookies">Política de cookies</a> antes de decidir.</p>
  <div class="aviso-cookies__botones">
    <button type="button" class="boton boton--primario" onclick="gestorCookies.aceptarTodas()">Aceptar todas</button>
    <button type="button" class="boton" onclick="gestorCookies.rechazar()">Rechazar</button>
    <button type="button" class="boton boton--enlace" onclick="gestorCookies.configurar()">Configurar</button>
  </div>
</div>
<div class="modal-cookies" id="modalCookies" style="display:none">
  <h3>Configuración de cookies</h3>
  <label><input type="checkbox" checked disabled> Técnicas (necesarias)</label>
  <label><input type="checkbox" name="analiticas"> Analíticas</label>
  <label><input type="checkbox" name="publicitarias"> Publicitarias</label>
  <button onclick="gestorCookies.guardar()">Guardar preferencias</button>
</div>
<footer class="pie">
  <ul class="pie__legal">
    <li><a href="/aviso-legal">Aviso legal</a></li>
    <li><a href="/privacidad">Política de privacidad</a></li>
    <li><a href="/condiciones-de-venta">Condiciones de venta</a></li>
    <li><a href="/politica-de-cookies">Cookies</a></li>
  </ul>
  <p>Ferretería Hermanos Olmedo, S.L. · CIF B-00000417 · Av. de los Almendros, 23, 30412 Puerto Lucena</p>
  <p>Inscrita en el Registro Mercantil de Puerto Lucena, tomo 1.204, folio 88.</p>
  <p>© 2024 Hermanos Olmedo. Todos los derechos reservados.</p>
</footer>`,
  },
  {
    lang: "Spanish",
    kind: "product_page_html",
    text: `<main class="ficha-producto" data-sku="MOCH-TRK-32-VRD">
  <nav class="migas" aria-label="Ruta de navegación"><a href="/">Inicio</a> / <a href="/montana">Montaña</a> / <span>Mochilas</span></nav>
  <section class="galeria">
    <img src="/img/productos/mochila-cumbre-32-verde.jpg" alt="Mochila de senderismo Cumbre 32 litros en color verde musgo" width="640" height="640">
  </section>
  <section class="info">
    <h1>Mochila de trekking Cumbre 32 L – Verde musgo</h1>
    <p class="valoracion" title="4,7 de 5">★★★★★ <a href="#opiniones">124 opiniones</a></p>
    <p class="precio"><del>89,90 €</del> <ins>69,90 €</ins> <small>IVA incluido</small></p>
    <ul>
      <li>Espalda ventilada con malla tensada</li>
      <li>Funda impermeable integrada en el bolsillo inferior</li>
      <li>Peso: 1,08 kg</li>
    </ul>
    <fieldset class="tallas">
      <legend>Elige la talla de espalda</legend>
      <label><input type="radio" name="talla" value="S/M" checked> S/M</label>
      <label><input type="radio" name="talla" value="L/XL"> L/XL</label>
    </fieldset>
    <button class="boton-comprar" onclick="carrito.anadir('MOCH-TRK-32-VRD')">Añadir al carrito</button>
    <p class="envio">Envío gratis a partir de 50 €. Devoluciones durante 30 días.</p>
    <p class="aviso-stock" hidden data-umbral="3">¡Solo quedan pocas unidades!</p>
  </section>
  <section id="opiniones">
    <h2>Opiniones de clientes</h2>
    <article><h3>Muy cómoda en rutas largas</h3><p>La usé tres días en la sierra y ni un roce. Recomiendo ajustar bien el cinturón antes de salir. — Lucía, Valdecorzo de Arriba</p></article>
  </section>
</main>`,
  },
  {
    lang: "Spanish",
    kind: "docs_page_html",
    text: `<article class="documentacion" data-version="3.1">
<h1>Autenticación con la API de Pagolisto</h1>
<p>Todas las peticiones a la API deben incluir una clave secreta en la cabecera <code>Authorization</code>. Puedes generar tus claves desde el panel, en <em>Ajustes → Desarrolladores</em>.</p>
<div class="aviso aviso--peligro"><p><strong>Importante:</strong> no publiques nunca tu clave secreta en repositorios ni en código que se ejecute en el navegador. Si crees que se ha filtrado, revócala de inmediato.</p></div>
<h2>Ejemplo con cURL</h2>
<pre><code class="lenguaje-bash">curl https://api.pagolisto.example/v3/cobros \\
  -H "Authorization: Bearer sk_prueba_4eC39HqLyjWDarjtT1zdp7dc" \\
  -d importe=1500 \\
  -d moneda=eur</code></pre>
<h2>Ejemplo con Node.js</h2>
<pre><code class="lenguaje-js">import { Pagolisto } from "pagolisto";

const cliente = new Pagolisto(process.env.PAGOLISTO_CLAVE);
const cobro = await cliente.cobros.crear({ importe: 1500, moneda: "eur" });
console.log(cobro.estado); // "pendiente"</code></pre>
<h2>Códigos de error</h2>
<table class="tabla-errores">
<tr><th>Código</th><th>Significado</th></tr>
<tr><td><code>401</code></td><td>Clave ausente o no válida.</td></tr>
<tr><td><code>403</code></td><td>La clave no tiene permisos para este recurso.</td></tr>
<tr><td><code>429</code></td><td>Demasiadas peticiones; espera y vuelve a intentarlo.</td></tr>
</table>
<p>¿Tienes dudas? Consulta la <a href="/docs/3.1/preguntas-frecuentes">sección de preguntas frecuentes</a>.</p>
</article>`,
  },
  {
    lang: "Spanish",
    kind: "blog_post_html",
    text: `<article class="entrada" id="entrada-377">
  <h1>Cómo recuperar un limonero con hojas amarillas</h1>
  <p class="meta">Publicado por <a href="/autora/marisa-quintero">Marisa Quintero</a> el <time datetime="2024-03-11">11 de marzo de 2024</time></p>
  <div class="contenido">
    <p>Si las hojas de tu limonero amarillean pero los nervios siguen verdes, lo más probable es que le falte hierro. Es muy habitual en macetas con agua del grifo calcárea.</p>
    <h2>Lo que me funcionó</h2>
    <ol>
      <li>Riega con agua de lluvia o filtrada durante un mes.</li>
      <li>Añade quelato de hierro siguiendo la dosis del envase, nunca más.</li>
      <li>Comprueba que la maceta drena bien: levántala y mira si sale agua por abajo.</li>
    </ol>
    <p>En seis semanas, las hojas nuevas salieron de un verde intenso.</p>
  </div>
</article>
<section class="comentarios" id="comentarios">
  <h2>2 comentarios</h2>
  <div class="comentario" id="c-901">
    <strong>Andrés (Vega del Tormillo)</strong>
    <p>¿Sirve lo mismo para un naranjo enano? El mío tiene justo esos síntomas.</p>
    <a href="#responder" class="responder" data-padre="901">Responder</a>
  </div>
  <div class="comentario respuesta-autora" id="c-903">
    <strong>Marisa Quintero</strong>
    <p>¡Sí, Andrés! A los cítricos en general les pasa igual. Ya nos contarás.</p>
  </div>
  <form id="responder" method="post" action="/comentarios">
    <input type="hidden" name="entrada" value="377">
    <input type="hidden" name="token" value="a81f0d6c2e9b">
    <label for="nombre">Nombre</label><input id="nombre" name="nombre" required>
    <label for="texto">Comentario</label><textarea id="texto" name="texto" placeholder="Escribe tu comentario"></textarea>
    <p class="nota">Los comentarios se revisan antes de publicarse.</p>
    <button type="submit">Enviar comentario</button>
  </form>
</section>`,
  },
  {
    lang: "Spanish",
    kind: "search_results_html",
    text: `<main class="resultados" data-consulta="piso alquiler centro">
  <form class="buscador" action="/buscar" method="get" role="search">
    <label for="q" class="solo-lectores">Buscar</label>
    <input id="q" name="q" type="search" value="piso alquiler centro" placeholder="Ciudad, barrio o calle">
    <button type="submit">Buscar</button>
  </form>
  <p class="resumen">Mostrando 1–3 de 212 resultados en <strong>Vallehondo</strong></p>
  <aside class="filtros">
    <h2>Filtrar</h2>
    <label><input type="checkbox" name="ascensor" onchange="this.form.submit()"> Con ascensor</label>
    <label><input type="checkbox" name="mascotas"> Admite mascotas</label>
    <label for="precio-max">Precio máximo</label>
    <select id="precio-max" name="precio_max"><option>600 €</option><option selected>800 €</option><option>1.000 €</option></select>
  </aside>
  <ol class="lista-resultados">
    <li class="resultado" data-id="inm-55102">
      <h3><a href="/inmueble/55102">Piso luminoso de 2 dormitorios, Plaza del Carmen</a></h3>
      <p class="precio">720 €/mes</p>
      <p>65 m² · 3.ª planta con ascensor · Reformado en 2022</p>
    </li>
    <li class="resultado destacado" data-id="inm-55233">
      <span class="etiqueta">Destacado</span>
      <h3><a href="/inmueble/55233">Ático con terraza junto al mercado</a></h3>
      <p class="precio">790 €/mes</p>
      <p>52 m² · Terraza de 18 m² · Sin ascensor</p>
    </li>
    <li class="resultado" data-id="inm-54987">
      <h3><a href="/inmueble/54987">Estudio amueblado en calle Tintoreros</a></h3>
      <p class="precio">540 €/mes</p>
      <p>34 m² · Bajo · Gastos de comunidad incluidos</p>
    </li>
  </ol>
  <nav class="paginacion" aria-label="Paginación"><a aria-current="page">1</a> <a href="?q=piso+alquiler+centro&amp;p=2">2</a> <a href="?q=piso+alquiler+centro&amp;p=3">3</a> <a href="?q=piso+alquiler+centro&amp;p=2">Siguiente »</a></nav>
  <p class="alerta-busqueda">¿No encuentras lo que buscas? <a href="/alertas/nueva">Crea una alerta</a> y te avisaremos por correo.</p>
</main>`,
  },
  {
    lang: "Spanish",
    kind: "error_page_html",
    text: `<!DOCTYPE html>
<html lang="es">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Página no encontrada (404) – Editorial Cardoncillo</title>
<link rel="stylesheet" href="/css/error.css">
</head>
<body class="pagina-error">
<header><a href="/"><img src="/img/logo-cardoncillo.svg" alt="Editorial Cardoncillo" height="36"></a></header>
<main>
  <p class="codigo" aria-hidden="true">404</p>
  <h1>Vaya, no encontramos esta página</h1>
  <p>Es posible que la dirección esté mal escrita o que el libro que buscabas ya no esté en nuestro catálogo.</p>
  <ul>
    <li>Comprueba la dirección en la barra del navegador.</li>
    <li>Vuelve a la <a href="/">página de inicio</a>.</li>
    <li>Usa el buscador para encontrar títulos, autores o colecciones.</li>
  </ul>
  <form action="/buscar" method="get">
    <label for="buscar-404">Buscar en el catálogo</label>
    <input id="buscar-404" name="q" type="search" placeholder="Título, autor o ISBN">
    <button>Buscar</button>
  </form>
  <p>Si llegaste aquí desde un enlace de nuestra web, avísanos en <a href="mailto:web@cardoncillo.example">web@cardoncillo.example</a> y lo arreglaremos.</p>
</main>
<!-- ref: err-404 / nodo web-03 -->
</body>
</html>`,
  },
  {
    lang: "Spanish",
    kind: "rss_or_atom_feed",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Diario de Montesalgar – Última hora</title>
  <link>https://www.diariomontesalgar.example/</link>
  <description>Noticias de Montesalgar y su comarca</description>
  <language>es-es</language>
  <lastBuildDate>Tue, 14 May 2024 08:42:00 +0200</lastBuildDate>
  <ttl>15</ttl>
  <item>
    <title>Cortes de agua el jueves en el barrio de San Gil</title>
    <link>https://www.diariomontesalgar.example/2024/05/14/cortes-agua-san-gil</link>
    <guid isPermaLink="false">dm-2024-051401</guid>
    <pubDate>Tue, 14 May 2024 08:30:00 +0200</pubDate>
    <category>Local</category>
    <description><![CDATA[<p>La empresa municipal de aguas cortará el suministro entre las 9:00 y las 14:00. Se recomienda a los vecinos llenar recipientes con antelación.</p>]]></description>
  </item>
  <item>
    <title>El Atlético Salgareño asciende a Tercera RFEF</title>
    <link>https://www.diariomontesalgar.example/2024/05/13/ascenso-salgareno</link>
    <guid isPermaLink="false">dm-2024-051322</guid>
    <pubDate>Mon, 13 May 2024 22:15:00 +0200</pubDate>
    <category>Deportes</category>
    <description><![CDATA[<p>Un gol de Iker Maldonado en el minuto 88 sella el ascenso ante más de 3.000 aficionados.</p>]]></description>
  </item>
  <item>
    <title>Abre el plazo de matrícula de la Escuela de Música</title>
    <link>https://www.diariomontesalgar.example/2024/05/13/matricula-escuela-musica</link>
    <guid isPermaLink="false">dm-2024-051310</guid>
    <pubDate>Mon, 13 May 2024 10:05:00 +0200</pubDate>
    <category>Cultura</category>
    <description>Las solicitudes pueden presentarse hasta el 31 de mayo en la sede electrónica del ayuntamiento.</description>
  </item>
</channel>
</rss>`,
  },
  {
    lang: "Spanish",
    kind: "sitemap_or_xml_config",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<!-- Mapa del sitio generado automáticamente el 2024-05-10. No editar a mano: se regenera cada noche. -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <!-- Portada -->
  <url>
    <loc>https://www.clinicaveterinariasauces.example/</loc>
    <lastmod>2024-05-10</lastmod>
    <changefreq>weekly</changefreq>
    <priority>1.0</priority>
    <xhtml:link rel="alternate" hreflang="ca" href="https://www.clinicaveterinariasauces.example/ca/"/>
  </url>
  <!-- Servicios -->
  <url>
    <loc>https://www.clinicaveterinariasauces.example/servicios/vacunacion</loc>
    <lastmod>2024-04-22</lastmod>
    <changefreq>monthly</changefreq>
    <priority>0.8</priority>
  </url>
  <url>
    <loc>https://www.clinicaveterinariasauces.example/servicios/urgencias-24h</loc>
    <lastmod>2024-05-02</lastmod>
    <changefreq>monthly</changefreq>
    <priority>0.9</priority>
  </url>
  <url>
    <loc>https://www.clinicaveterinariasauces.example/equipo</loc>
    <lastmod>2024-01-15</lastmod>
    <priority>0.5</priority>
  </url>
  <!-- Blog: solo las entradas publicadas -->
  <url>
    <loc>https://www.clinicaveterinariasauces.example/blog/garrapatas-en-primavera</loc>
    <lastmod>2024-03-28</lastmod>
    <priority>0.6</priority>
  </url>
  <url>
    <loc>https://www.clinicaveterinariasauces.example/pide-cita</loc>
    <lastmod>2024-05-10</lastmod>
    <priority>0.9</priority>
  </url>
</urlset>`,
  },
  {
    lang: "Spanish",
    kind: "svg_or_markup_with_alt_text",
    text: `<section class="infografia" aria-labelledby="titulo-info">
  <h2 id="titulo-info">Consumo de agua por hogar en Altozano (2019–2023)</h2>
  <svg role="img" aria-labelledby="svg-titulo svg-desc" viewBox="0 0 400 220" width="400" height="220">
    <title id="svg-titulo">Gráfico de barras del consumo medio de agua</title>
    <desc id="svg-desc">El consumo medio diario por hogar baja de 412 litros en 2019 a 338 litros en 2023.</desc>
    <g class="barras" fill="#2a7ab0">
      <rect x="30" y="40" width="50" height="160"><title>2019: 412 litros</title></rect>
      <rect x="100" y="52" width="50" height="148"><title>2020: 395 litros</title></rect>
      <rect x="170" y="66" width="50" height="134"><title>2021: 371 litros</title></rect>
      <rect x="240" y="74" width="50" height="126"><title>2022: 356 litros</title></rect>
      <rect x="310" y="84" width="50" height="116"><title>2023: 338 litros</title></rect>
    </g>
    <!-- etiquetas del eje X -->
    <g class="eje" font-size="12" fill="#333">
      <text x="40" y="215">2019</text><text x="110" y="215">2020</text><text x="180" y="215">2021</text><text x="250" y="215">2022</text><text x="320" y="215">2023</text>
    </g>
  </svg>
  <figure>
    <img src="/img/contador-inteligente.jpg" alt="Técnico instalando un contador de agua inteligente en la fachada de una vivienda" title="Instalación de contadores, barrio de La Vega" width="480" height="320" loading="lazy">
    <figcaption>Desde 2021 se han instalado 6.400 contadores inteligentes. Foto: Servicio Municipal de Aguas de Altozano.</figcaption>
  </figure>
  <p>Consulta los datos completos en la <a href="/datos/consumo-agua.csv">tabla descargable (CSV)</a>.</p>
</section>`,
  },
  // ───────────────────────────── Portuguese ─────────────────────────────
  {
    lang: "Portuguese",
    kind: "search_results_html",
    text: `<main id="busca" class="pagina-busca">
  <form class="form-busca" action="/busca" method="get" role="search" aria-label="Buscar produtos">
    <input type="search" name="q" value="fone de ouvido bluetooth" aria-label="Termo de busca">
    <button type="submit" aria-label="Buscar"><svg aria-hidden="true" width="16" height="16"><use href="#icone-lupa"></use></svg></button>
  </form>
  <h1>Resultados para “fone de ouvido bluetooth”</h1>
  <p class="contagem">87 produtos encontrados</p>
  <div class="ordenar">
    <label for="ordem">Ordenar por</label>
    <select id="ordem" name="ordem" onchange="location.search='?q=fone+de+ouvido+bluetooth&amp;ordem='+this.value">
      <option value="relevancia">Mais relevantes</option>
      <option value="menor-preco">Menor preço</option>
      <option value="avaliacao">Melhor avaliação</option>
    </select>
  </div>
  <ul class="grade-produtos">
    <li class="card" data-produto-id="88120" data-posicao="1">
      <img src="/img/p/88120.webp" alt="Fone sem fio Sonarê Pulse preto com estojo de carregamento" loading="lazy">
      <h2><a href="/p/sonare-pulse-88120">Fone Bluetooth Sonarê Pulse</a></h2>
      <p class="preco">R$ 189,90 <span class="parcelas">ou 6x de R$ 31,65 sem juros</span></p>
      <p class="frete">Frete grátis para Sul e Sudeste</p>
    </li>
    <li class="card" data-produto-id="87455" data-posicao="2">
      <img src="/img/p/87455.webp" alt="Headphone dobrável Marola Kids azul" loading="lazy">
      <h2><a href="/p/marola-kids-87455">Headphone Infantil Marola Kids</a></h2>
      <p class="preco">R$ 99,00</p>
      <p class="selo">Volume limitado a 85 dB</p>
    </li>
    <li class="card" data-produto-id="86002" data-posicao="3">
      <img src="/img/p/86002.webp" alt="Fone esportivo Ventania com gancho de orelha verde-limão" loading="lazy">
      <h2><a href="/p/ventania-sport-86002">Fone Esportivo Ventania Sport</a></h2>
      <p class="preco">R$ 149,90</p>
    </li>
  </ul>
  <nav class="paginacao" aria-label="Paginação de resultados">
    <span aria-current="page">1</span> <a href="?q=fone+de+ouvido+bluetooth&amp;pagina=2">2</a> <a href="?q=fone+de+ouvido+bluetooth&amp;pagina=3">3</a> <a href="?q=fone+de+ouvido+bluetooth&amp;pagina=2" rel="next">Próxima</a>
  </nav>
  <p class="dica">Dica: use termos mais curtos ou verifique a ortografia para ver mais resultados.</p>
</main>`,
  },
  {
    lang: "Portuguese",
    kind: "error_page_html",
    text: `<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Em manutenção – Banco Cooperativo Ipê Amarelo</title>
<meta http-equiv="refresh" content="300">
<style>
  body{font-family:system-ui,sans-serif;background:#fdf8ec;color:#3b3320;text-align:center;padding:48px 16px}
  .caixa{max-width:520px;margin:0 auto}
  .status{font-size:14px;color:#7a6b45}
</style>
</head>
<body>
<div class="caixa">
  <img src="/static/logo-ipe.svg" alt="Banco Cooperativo Ipê Amarelo" width="140">
  <h1>Estamos em manutenção programada</h1>
  <p>O internet banking e o aplicativo estarão indisponíveis das <strong>00h às 04h deste domingo (19/05)</strong> para atualização dos nossos sistemas.</p>
  <p>Durante esse período, os cartões de débito e crédito continuam funcionando normalmente.</p>
  <p>Por favor, não tente repetir transferências agendadas: elas serão processadas automaticamente quando o sistema voltar.</p>
  <p>Em caso de perda ou roubo do cartão, ligue para a central 24h: <strong>0800 000 4417</strong>.</p>
  <p class="status">Esta página é atualizada automaticamente a cada 5 minutos.</p>
  <!-- status 503 servido pelo balanceador; retry-after: 14400 -->
</div>
</body>
</html>`,
  },
  {
    lang: "Portuguese",
    kind: "rss_or_atom_feed",
    text: `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="pt-BR">
  <title>Podcast Quintal Sonoro</title>
  <subtitle>Conversas sobre hortas urbanas, compostagem e vida no bairro</subtitle>
  <link href="https://quintalsonoro.example/feed.atom" rel="self"/>
  <link href="https://quintalsonoro.example/"/>
  <id>tag:quintalsonoro.example,2021:feed</id>
  <updated>2024-05-08T09:00:00-03:00</updated>
  <author><name>Renata Lobo e Caíque Siqueira</name></author>
  <entry>
    <title>Ep. 62 – Minhocário em apartamento, sem cheiro</title>
    <link href="https://quintalsonoro.example/episodios/62"/>
    <link rel="enclosure" type="audio/mpeg" length="48211002" href="https://midia.quintalsonoro.example/ep62.mp3"/>
    <id>tag:quintalsonoro.example,2024-05-08:ep62</id>
    <updated>2024-05-08T09:00:00-03:00</updated>
    <summary>Renata mostra o minhocário de três andares que montou na área de serviço e explica o que nunca colocar nele: cítricos, carne e laticínios.</summary>
  </entry>
  <entry>
    <title>Ep. 61 – Feira de trocas de sementes na Vila Aurora</title>
    <link href="https://quintalsonoro.example/episodios/61"/>
    <link rel="enclosure" type="audio/mpeg" length="39988120" href="https://midia.quintalsonoro.example/ep61.mp3"/>
    <id>tag:quintalsonoro.example,2024-04-24:ep61</id>
    <updated>2024-04-24T09:00:00-03:00</updated>
    <summary>Gravamos direto da feira. Leve suas sementes etiquetadas com nome e data de colheita para a próxima edição!</summary>
  </entry>
</feed>`,
  },
  {
    lang: "Portuguese",
    kind: "sitemap_or_xml_config",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<!--
  Configuração do menu principal – Portal da Prefeitura de Serra do Jatobá
  Cada <item> vira um link no cabeçalho. Itens com visivel="false" ficam só no mapa do site.
  Última alteração: equipe de comunicação, 02/05/2024
-->
<menu versao="2" idioma="pt-BR">
  <item id="inicio" url="/" visivel="true">
    <rotulo>Início</rotulo>
  </item>
  <item id="servicos" url="/servicos" visivel="true">
    <rotulo>Serviços ao cidadão</rotulo>
    <subitem url="/servicos/iptu">IPTU 2024 – segunda via</subitem>
    <subitem url="/servicos/coleta-de-lixo">Calendário da coleta seletiva</subitem>
    <subitem url="/servicos/matricula-escolar">Matrícula na rede municipal</subitem>
  </item>
  <item id="saude" url="/saude" visivel="true">
    <rotulo>Saúde</rotulo>
    <subitem url="/saude/vacinacao">Campanha de vacinação</subitem>
    <subitem url="/saude/ubs">Unidades básicas de saúde</subitem>
  </item>
  <item id="transparencia" url="/transparencia" visivel="true">
    <rotulo>Transparência</rotulo>
  </item>
  <item id="ouvidoria" url="/ouvidoria" visivel="false">
    <rotulo>Ouvidoria</rotulo>
    <!-- link temporariamente fora do cabeçalho até o novo formulário ficar pronto -->
  </item>
  <contato telefone="(00) 3300-1560" email="atendimento@serradojatoba.example"/>
</menu>`,
  },
  {
    lang: "Portuguese",
    kind: "svg_or_markup_with_alt_text",
    text: `<article class="guia-trilhas">
  <h1>Trilha da Cachoeira do Sabiá</h1>
  <p>Percurso de 7,4 km (ida e volta), nível moderado. Leve pelo menos 1,5 litro de água por pessoa e não deixe lixo na trilha.</p>
  <figure class="mapa">
    <svg role="img" aria-labelledby="mapa-titulo mapa-desc" viewBox="0 0 320 180" width="320" height="180">
      <title id="mapa-titulo">Mapa esquemático da trilha</title>
      <desc id="mapa-desc">A trilha sai do estacionamento, cruza a ponte de madeira no km 1,2, passa pelo mirante no km 2,6 e termina na cachoeira no km 3,7.</desc>
      <path d="M10 160 C 80 120, 120 140, 160 90 S 260 40, 305 25" stroke="#b5651d" stroke-width="4" fill="none" stroke-dasharray="6 4"/>
      <circle cx="10" cy="160" r="6" fill="#2e7d32"><title>Estacionamento (início)</title></circle>
      <circle cx="160" cy="90" r="6" fill="#f9a825"><title>Mirante do Tucano</title></circle>
      <circle cx="305" cy="25" r="6" fill="#1565c0"><title>Cachoeira do Sabiá</title></circle>
    </svg>
    <figcaption>Mapa fora de escala. Em caso de chuva forte, a ponte pode ser interditada.</figcaption>
  </figure>
  <figure>
    <img src="/fotos/cachoeira-sabia.jpg" alt="Queda d'água de cerca de 15 metros cercada por mata atlântica, com um poço raso em primeiro plano" title="Cachoeira do Sabiá no fim da tarde" width="800" height="533" loading="lazy">
    <figcaption>O poço tem no máximo 1,2 m de profundidade. Foto: Thiago Bezerra.</figcaption>
  </figure>
  <p><img src="/icones/cachorro-proibido.svg" alt="Proibida a entrada de animais domésticos" width="24" height="24"> Animais domésticos não são permitidos no parque.</p>
</article>`,
  },
  {
    lang: "Portuguese",
    kind: "accessibility_rich_page",
    text: `<!DOCTYPE html>
<html lang="pt-BR">
<head>
<meta charset="utf-8">
<title>Agendamento – Clínica Bem-Estar Jacarandá</title>
<style>
  .sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}
  .pular-conteudo{position:absolute;left:-999px}
  .pular-conteudo:focus{left:8px;top:8px}
</style>
</head>
<body>
<a class="pular-conteudo" href="#principal">Pular para o conteúdo principal</a>
<header role="banner">
  <a href="/" aria-label="Clínica Bem-Estar Jacarandá, página inicial"><img src="/logo.svg" alt=""></a>
  <nav aria-label="Menu principal">
    <ul><li><a href="/especialidades">Especialidades</a></li><li><a href="/agendar" aria-current="page">Agendar consulta</a></li><li><a href="/convenios">Convênios</a></li></ul>
  </nav>
  <button type="button" aria-label="Aumentar tamanho da fonte" onclick="fonte(+1)">A+</button>
  <button type="button" aria-label="Ativar alto contraste" aria-pressed="false" onclick="contraste(this)">◐</button>
</header>
<main id="principal" tabindex="-1">
  <h1>Agende sua consulta</h1>
  <form aria-describedby="instrucoes">
    <p id="instrucoes">Campos marcados com <span aria-hidden="true">*</span><span class="sr-only">asterisco</span> são obrigatórios.</p>
    <label for="cpf">CPF <span aria-hidden="true">*</span></label>
    <input id="cpf" name="cpf" inputmode="numeric" aria-required="true" aria-invalid="false" aria-describedby="cpf-erro">
    <p id="cpf-erro" class="erro" role="alert" hidden>Digite um CPF válido com 11 números.</p>
    <fieldset>
      <legend>Turno preferido</legend>
      <label><input type="radio" name="turno" value="manha"> Manhã</label>
      <label><input type="radio" name="turno" value="tarde"> Tarde</label>
    </fieldset>
    <button type="submit">Ver horários disponíveis</button>
  </form>
  <div aria-live="polite" id="status-horarios" class="sr-only"></div>
</main>
<footer role="contentinfo"><p>Atendimento em Libras às terças e quintas. Precisa de ajuda? Ligue (00) 4004-0177.</p></footer>
</body>
</html>`,
  },
  {
    lang: "Portuguese",
    kind: "full_html_page",
    text: `<!DOCTYPE html>
<html lang="pt-PT">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Pastelaria artesanal em Vila Nova de Alcaria desde 1962. Encomendas para festas e eventos.">
  <title>Pastelaria Flor de Sal – Vila Nova de Alcaria</title>
  <link rel="stylesheet" href="/css/estilo.min.css?v=19">
  <link rel="preload" href="/fontes/lora.woff2" as="font" type="font/woff2" crossorigin>
  <script src="/js/menu-movel.js" defer></script>
</head>
<body>
  <header class="cabecalho">
    <a href="/" class="marca">Flor de Sal</a>
    <button class="abrir-menu" aria-controls="menu" aria-expanded="false" onclick="alternarMenu()">☰</button>
    <nav id="menu" class="menu">
      <a href="/produtos">Os nossos bolos</a>
      <a href="/encomendas">Encomendas</a>
      <a href="/historia">A nossa história</a>
      <a href="/contactos">Contactos</a>
    </nav>
  </header>
  <main>
    <section class="destaque">
      <h1>Pastéis de nata acabados de sair do forno</h1>
      <p>Todos os dias a partir das 7h30. Aos fins de semana, venha cedo: costumam esgotar antes do meio-dia.</p>
      <a class="botao" href="/encomendas">Fazer uma encomenda</a>
    </section>
    <section class="horario">
      <h2>Horário</h2>
      <dl>
        <dt>Segunda a sexta</dt><dd>7h30 – 19h30</dd>
        <dt>Sábado e domingo</dt><dd>8h00 – 13h00</dd>
        <dt>Feriados</dt><dd>Consulte a nossa página de avisos</dd>
      </dl>
    </section>
  </main>
  <footer class="rodape">
    <p>Rua do Forno Velho, 41 · 4650-000 Vila Nova de Alcaria · Tel. 250 000 318</p>
    <p><a href="/livro-de-reclamacoes">Livro de Reclamações</a> · <a href="/privacidade">Política de privacidade</a></p>
    <p>© 2024 Flor de Sal, Lda.</p>
  </footer>
</body>
</html>`,
  },
  {
    lang: "Portuguese",
    kind: "html_fragment",
    text: `<div class="materia-corpo" data-materia="20240509-feira-livro" data-editoria="cultura">
<p class="linha-fina">Evento ocupa a Praça dos Tropeiros até domingo e terá 60 expositores, oficinas para crianças e sessões de autógrafos.</p>
<p>A 14ª Feira do Livro de Campo Alegre do Norte começou nesta quinta-feira com fila na entrada logo no primeiro horário. Segundo a organização, a expectativa é receber 25 mil visitantes até o encerramento.</p>
<figure class="imagem-materia">
  <img src="/uploads/2024/05/feira-livro-abertura.jpg" alt="Público circula entre estandes de livros montados na praça" width="960" height="540" loading="lazy">
  <figcaption>Estandes na Praça dos Tropeiros na manhã de abertura (Foto: Larissa Monteiro/Gazeta do Norte)</figcaption>
</figure>
<h2>Programação</h2>
<ul>
  <li><strong>Sexta, 15h</strong> – Contação de histórias com a escritora Dalva Pestana</li>
  <li><strong>Sábado, 10h</strong> – Oficina de encadernação artesanal (inscrições no local)</li>
  <li><strong>Domingo, 17h</strong> – Encerramento com o sarau “Vozes do Sertão”</li>
</ul>
<p>A entrada é gratuita. Quem levar um livro usado em bom estado pode trocá-lo no estande da biblioteca municipal.</p>
<!-- embed do Instagram removido a pedido do fotógrafo -->
<aside class="leia-tambem"><h3>Leia também</h3><a href="/cultura/biblioteca-reabre-sabados">Biblioteca municipal volta a abrir aos sábados</a></aside>
</div>`,
  },
  {
    lang: "Portuguese",
    kind: "html_email",
    text: `<!DOCTYPE html>
<html lang="pt-BR"><head><meta charset="utf-8"><title>Seu pedido foi enviado</title></head>
<body style="margin:0;background:#eef2f0;">
<span style="display:none;font-size:1px;color:#eef2f0;">Pedido #40218 a caminho – previsão de entrega: 16/05</span>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0">
<tr><td align="center" style="padding:20px 10px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Helvetica,Arial,sans-serif;color:#2b2b2b;">
<tr><td style="background:#1e6b52;padding:18px 28px;"><img src="https://email.casacaju.example/logo-branco.png" alt="Casa Caju" width="110" style="display:block;"></td></tr>
<tr><td style="padding:28px;">
<h1 style="font-size:22px;margin:0 0 12px;">Oba, seu pedido está a caminho!</h1>
<p style="font-size:15px;line-height:1.6;">Olá, Juliana! O pedido <strong>#40218</strong> saiu do nosso centro de distribuição e deve chegar até <strong>16 de maio</strong>.</p>
<table role="presentation" width="100%" cellpadding="8" style="border:1px solid #e2e8e5;font-size:14px;">
<tr style="background:#f6f9f7;"><td>Produto</td><td align="center">Qtd.</td><td align="right">Valor</td></tr>
<tr><td>Jogo de lençol percal 200 fios – Areia</td><td align="center">1</td><td align="right">R$ 159,90</td></tr>
<tr><td>Almofada de linho 45×45 – Terracota</td><td align="center">2</td><td align="right">R$ 119,80</td></tr>
<tr><td colspan="2"><strong>Total (frete grátis)</strong></td><td align="right"><strong>R$ 279,70</strong></td></tr>
</table>
<p style="text-align:center;margin:26px 0;"><a href="https://www.casacaju.example/rastreio/BR8830144561" style="background:#1e6b52;color:#fff;text-decoration:none;padding:12px 26px;border-radius:24px;">Acompanhar entrega</a></p>
<p style="font-size:13px;color:#777;">Não responda a este e-mail. Em caso de dúvidas, fale com a gente em <a href="mailto:ajuda@casacaju.example">ajuda@casacaju.example</a>.</p>
</td></tr>
</table></td></tr></table>
</body></html>`,
  },
  {
    lang: "Portuguese",
    kind: "html_form_page",
    text: `<main class="checkout">
<h1>Finalizar compra</h1>
<ol class="etapas" aria-label="Etapas"><li class="feita">Carrinho</li><li class="atual" aria-current="step">Entrega</li><li>Pagamento</li></ol>
<form id="form-entrega" action="/checkout/entrega" method="post" novalidate>
  <input type="hidden" name="_csrf" value="b7e2d0f49a1c83e5">
  <input type="hidden" name="carrinho_id" value="CRT-99120-X">
  <div class="campo">
    <label for="cep">CEP</label>
    <input id="cep" name="cep" inputmode="numeric" maxlength="9" placeholder="00000-000" oninput="buscarCep(this.value)" required>
    <small class="erro" id="erro-cep" style="display:none">CEP não encontrado. Confira os números e tente novamente.</small>
  </div>
  <div class="campo">
    <label for="rua">Endereço</label>
    <input id="rua" name="rua" autocomplete="address-line1" required>
  </div>
  <div class="campo metade">
    <label for="numero">Número</label>
    <input id="numero" name="numero" required>
  </div>
  <div class="campo metade">
    <label for="complemento">Complemento <span class="opcional">(opcional)</span></label>
    <input id="complemento" name="complemento" placeholder="Apto, bloco, referência">
  </div>
  <div class="campo">
    <label for="celular">Celular para contato</label>
    <input id="celular" name="celular" type="tel" placeholder="(00) 90000-0000">
  </div>
  <fieldset class="frete">
    <legend>Escolha o tipo de entrega</legend>
    <label><input type="radio" name="frete" value="normal" checked> Normal – 5 a 8 dias úteis – grátis</label>
    <label><input type="radio" name="frete" value="expressa"> Expressa – 1 a 2 dias úteis – R$ 24,90</label>
  </fieldset>
  <label class="check"><input type="checkbox" name="termos" required> Li e aceito os <a href="/termos" target="_blank">termos de compra</a></label>
  <button type="submit" class="botao-principal">Continuar para pagamento</button>
  <p class="aviso">Não feche esta janela enquanto processamos seu pedido.</p>
</form>
</main>`,
  },
  // ───────────────────────────── Italian ─────────────────────────────
  {
    lang: "Italian",
    kind: "accessibility_rich_page",
    text: `<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>Orari e biglietti – Museo Civico di Valbruna</title>
<link rel="stylesheet" href="/css/museo.css">
<style>.visually-hidden{position:absolute!important;clip:rect(1px,1px,1px,1px);overflow:hidden;height:1px;width:1px;white-space:nowrap}</style>
</head>
<body>
<a href="#contenuto" class="skip-link">Vai al contenuto</a>
<a href="#menu-principale" class="skip-link">Vai al menu</a>
<header>
  <nav id="menu-principale" aria-label="Menu principale">
    <ul>
      <li><a href="/collezioni">Collezioni</a></li>
      <li><a href="/orari" aria-current="page">Orari e biglietti</a></li>
      <li><a href="/visite-guidate">Visite guidate</a></li>
    </ul>
  </nav>
  <a href="/carrello" aria-label="Carrello, 0 biglietti"><img src="/icone/carrello.svg" alt=""><span class="badge" aria-hidden="true">0</span></a>
</header>
<main id="contenuto" tabindex="-1">
  <h1>Orari e biglietti</h1>
  <p>Il museo è accessibile con sedia a rotelle da tutti gli ingressi. Sono disponibili percorsi tattili e audioguide in italiano, inglese e LIS.</p>
  <table>
    <caption class="visually-hidden">Prezzi dei biglietti per categoria</caption>
    <tr><th scope="col">Biglietto</th><th scope="col">Prezzo</th></tr>
    <tr><td>Intero</td><td>10,00 €</td></tr>
    <tr><td>Ridotto (18–25 anni)</td><td>6,00 €</td></tr>
    <tr><td>Persone con disabilità e accompagnatore</td><td>Gratuito</td></tr>
  </table>
  <button type="button" aria-expanded="false" aria-controls="info-gruppi" onclick="toggle(this)">Informazioni per gruppi <span class="visually-hidden">(apre un pannello)</span></button>
  <div id="info-gruppi" hidden><p>Prenota almeno 7 giorni prima scrivendo a <a href="mailto:gruppi@museovalbruna.example">gruppi@museovalbruna.example</a>.</p></div>
  <p role="status" aria-live="polite" id="avviso-carrello"></p>
</main>
<footer><p>Piazza dei Tessitori 3, Valbruna · <a href="/accessibilita">Dichiarazione di accessibilità</a></p></footer>
</body>
</html>`,
  },
  {
    lang: "Italian",
    kind: "full_html_page",
    text: `<!DOCTYPE html>
<html lang="it">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Agriturismo sulle colline di Montecervaro Alto: camere, cucina tipica e corsi di pasta fresca.">
  <title>Agriturismo Il Poggio dei Gelsi</title>
  <link rel="stylesheet" href="/assets/style.css">
  <link rel="alternate" hreflang="en" href="https://www.poggiodeigelsi.example/en/">
  <script src="/assets/prenota.js" defer></script>
</head>
<body>
<header class="testata">
  <a href="/" class="logo"><img src="/img/logo-gelsi.png" alt="Il Poggio dei Gelsi" width="150"></a>
  <nav class="nav-principale">
    <ul>
      <li><a href="/camere">Camere</a></li>
      <li><a href="/ristorante">Ristorante</a></li>
      <li><a href="/corsi">Corsi di cucina</a></li>
      <li><a href="/dove-siamo">Dove siamo</a></li>
    </ul>
  </nav>
  <!-- menu mobile: nascosto sopra i 768px via CSS -->
  <div class="menu-mobile" style="display:none"><button onclick="apriMenu()">Menu</button></div>
</header>
<main>
  <section class="intro">
    <h1>Benvenuti tra i gelsi e gli ulivi</h1>
    <p>Sei camere con vista sulla valle, colazione con le marmellate della casa e una piscina aperta da giugno a settembre.</p>
    <a class="pulsante" href="/prenota">Verifica disponibilità</a>
  </section>
  <section class="offerta">
    <h2>Offerta di primavera</h2>
    <p>Tre notti al prezzo di due dal 15 aprile al 31 maggio. Inserisci il codice <strong>GELSO24</strong> al momento della prenotazione.</p>
  </section>
</main>
<footer class="piede">
  <p>Località Case Sparse 12, 00000 Montecervaro Alto · P.IVA 00000000417</p>
  <p><a href="/privacy">Privacy</a> · <a href="/cookie">Cookie</a> · <a href="mailto:info@poggiodeigelsi.example">info@poggiodeigelsi.example</a></p>
</footer>
</body>
</html>`,
  },
  {
    lang: "Italian",
    kind: "html_fragment",
    text: `<div class="corpo-articolo" data-id="art-30551" data-categoria="ambiente">
<p class="sommario">Nel weekend oltre 300 volontari hanno ripulito sei chilometri di argine del torrente Sorbo, raccogliendo quasi due tonnellate di rifiuti.</p>
<p>L’iniziativa, organizzata dall’associazione <em>Acque Chiare Val Sorbo</em> insieme al Comune di Castelmarino, è partita sabato alle 8 dal ponte di via dei Mulini. «Non ci aspettavamo così tante persone», racconta la presidente Giovanna Ferrandi.</p>
<figure>
  <img src="/media/2024/04/pulizia-torrente.jpg" alt="Volontari con guanti e sacchi gialli lungo la riva del torrente" loading="lazy" width="1000" height="600">
  <figcaption>Volontari al lavoro vicino al vecchio mulino. Foto di Stefano Ricci</figcaption>
</figure>
<h2>Cosa è stato trovato</h2>
<ul>
  <li>1.240 kg di plastica e polistirolo</li>
  <li>38 pneumatici</li>
  <li>Due biciclette e un carrello della spesa</li>
</ul>
<p>La prossima giornata è prevista per il 22 settembre. Chi vuole partecipare può iscriversi sul sito dell’associazione: porta scarpe robuste e una borraccia.</p>
<!-- box correlati inserito automaticamente dal CMS -->
<div class="correlati" data-widget="related" data-limit="3"></div>
</div>`,
  },
  {
    lang: "Italian",
    kind: "html_email",
    text: `<!DOCTYPE html>
<html lang="it"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>La newsletter di maggio</title></head>
<body style="margin:0;padding:0;background:#f3efe8;">
<div style="display:none;max-height:0;overflow:hidden;">Nuovi corsi di ceramica, il mercatino di giugno e uno sconto per te.</div>
<table role="presentation" width="100%" cellspacing="0" cellpadding="0" bgcolor="#f3efe8">
<tr><td align="center">
<table role="presentation" width="600" cellspacing="0" cellpadding="0" style="background:#ffffff;font-family:Georgia,serif;color:#333;">
<tr><td style="padding:24px;text-align:center;"><img src="https://news.bottegaterracotta.example/testata.png" alt="Bottega Terracotta – La newsletter" width="300"></td></tr>
<tr><td style="padding:0 32px 16px;">
<h1 style="font-size:24px;color:#a0522d;">Le novità di maggio</h1>
<p style="font-size:16px;line-height:1.6;">Cara Francesca,<br>la primavera ha portato in bottega nuovi smalti e tanta voglia di sporcarsi le mani. Ecco cosa ti aspetta questo mese.</p>
</td></tr>
<tr><td style="padding:0 32px;">
<table role="presentation" width="100%" cellpadding="10">
<tr>
<td width="50%" valign="top" style="border:1px solid #eadfd2;"><strong>Corso base al tornio</strong><br>4 incontri, martedì sera. Posti limitati a 8 persone.<br><a href="https://www.bottegaterracotta.example/corsi/tornio" style="color:#a0522d;">Iscriviti ora</a></td>
<td width="50%" valign="top" style="border:1px solid #eadfd2;"><strong>Mercatino in cortile</strong><br>Domenica 9 giugno, dalle 10 alle 18. Ingresso libero.<br><a href="https://www.bottegaterracotta.example/eventi" style="color:#a0522d;">Scopri di più</a></td>
</tr>
</table>
</td></tr>
<tr><td style="padding:24px 32px;font-size:15px;">Usa il codice <strong>ARGILLA10</strong> per avere il 10% di sconto sul prossimo corso, valido fino al 31 maggio.</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#888;border-top:1px solid #eee;">Ricevi questa e-mail perché ti sei iscritta alla newsletter di Bottega Terracotta, Via delle Fornaci 8, Borgo San Lauro. <a href="https://www.bottegaterracotta.example/disiscriviti?u=f81c22" style="color:#888;">Annulla l’iscrizione</a></td></tr>
</table></td></tr></table>
</body></html>`,
  },
  {
    lang: "Italian",
    kind: "html_form_page",
    text: `<!DOCTYPE html>
<html lang="it">
<head><meta charset="utf-8"><title>Contattaci – Studio Dentistico Marangoni</title>
<link rel="stylesheet" href="/css/moduli.css"></head>
<body>
<main class="contatti">
<h1>Richiedi un appuntamento</h1>
<p>Compila il modulo e ti richiameremo entro un giorno lavorativo. Per le urgenze telefona allo 0000 551 204.</p>
<form action="/contatti/invia" method="post" id="modulo-contatti" onsubmit="return controllaModulo()">
  <input type="hidden" name="token_csrf" value="9d04e1bb72ac5f36e0d8">
  <p>
    <label for="nome">Nome e cognome *</label>
    <input type="text" id="nome" name="nome" required placeholder="Es. Mario Bianchi">
  </p>
  <p>
    <label for="telefono">Telefono *</label>
    <input type="tel" id="telefono" name="telefono" required pattern="[0-9 +]{6,15}">
    <span class="errore" id="err-telefono" style="display:none">Inserisci un numero di telefono valido.</span>
  </p>
  <p>
    <label for="mail">E-mail</label>
    <input type="email" id="mail" name="email" placeholder="nome@posta.example">
  </p>
  <p>
    <label for="motivo">Motivo della visita</label>
    <select id="motivo" name="motivo">
      <option>Visita di controllo</option>
      <option>Igiene e pulizia</option>
      <option>Dolore o urgenza</option>
      <option>Altro</option>
    </select>
  </p>
  <p>
    <label for="messaggio">Messaggio</label>
    <textarea id="messaggio" name="messaggio" rows="4" maxlength="600" placeholder="Indica giorni e orari in cui preferisci essere contattato"></textarea>
  </p>
  <!-- campo trappola anti-spam, nascosto agli utenti -->
  <p style="position:absolute;left:-5000px" aria-hidden="true"><input type="text" name="indirizzo_web" tabindex="-1" value=""></p>
  <p class="consenso">
    <input type="checkbox" id="privacy" name="privacy" required>
    <label for="privacy">Dichiaro di aver letto l’<a href="/privacy">informativa sulla privacy</a> *</label>
  </p>
  <button type="submit">Invia richiesta</button>
</form>
</main>
</body></html>`,
  },
  {
    lang: "Italian",
    kind: "html_table_page",
    text: `<main class="classifica">
<h1>Campionato amatoriale di pallavolo – Girone B</h1>
<p>Classifica aggiornata dopo la 14ª giornata. In caso di parità conta il quoziente set.</p>
<table class="tabella-classifica" data-stagione="2023-24">
  <caption>Classifica Girone B</caption>
  <thead>
    <tr><th>Pos.</th><th>Squadra</th><th><abbr title="Partite giocate">G</abbr></th><th><abbr title="Vinte">V</abbr></th><th><abbr title="Perse">P</abbr></th><th>Set</th><th>Punti</th></tr>
  </thead>
  <tbody>
    <tr class="promozione"><td>1</td><td>Polisportiva Borgoverde</td><td>14</td><td>12</td><td>2</td><td>38–11</td><td>35</td></tr>
    <tr class="promozione"><td>2</td><td>Volley Amici del Lago</td><td>14</td><td>11</td><td>3</td><td>35–15</td><td>32</td></tr>
    <tr><td>3</td><td>ASD Pietrafitta</td><td>14</td><td>8</td><td>6</td><td>29–24</td><td>24</td></tr>
    <tr><td>4</td><td>Gli Sbagliati di Castelnuovo</td><td>14</td><td>6</td><td>8</td><td>24–28</td><td>18</td></tr>
    <tr><td>5</td><td>CUS Valdarna</td><td>14</td><td>4</td><td>10</td><td>17–33</td><td>11</td></tr>
    <tr class="retrocessione"><td>6</td><td>Oratorio San Fermo</td><td>14</td><td>1</td><td>13</td><td>9–41</td><td>4</td></tr>
  </tbody>
</table>
<h2>Prossima giornata</h2>
<table class="calendario">
  <tr><th>Data</th><th>Ora</th><th>Partita</th><th>Palestra</th></tr>
  <tr><td>ven 17/05</td><td>21:00</td><td>Borgoverde – Pietrafitta</td><td>PalaOlmi</td></tr>
  <tr><td>sab 18/05</td><td>18:30</td><td>Amici del Lago – San Fermo</td><td>Palestra Scuole Medie</td></tr>
</table>
<p>Le squadre devono comunicare i risultati entro le 12 del giorno successivo tramite l’<a href="/area-squadre">area riservata</a>.</p>
</main>`,
  },
  {
    lang: "Italian",
    kind: "html_with_scripts",
    text: `<!DOCTYPE html>
<html lang="it">
<head>
<meta charset="utf-8">
<title>Ricetta: risotto agli asparagi – Cucina di Nonna Ada</title>
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "Recipe",
  "name": "Risotto agli asparagi",
  "author": { "@type": "Person", "name": "Ada Pellegrini" },
  "prepTime": "PT15M",
  "cookTime": "PT20M",
  "recipeYield": "4 porzioni",
  "recipeIngredient": [
    "320 g di riso Carnaroli",
    "400 g di asparagi verdi",
    "1 litro di brodo vegetale",
    "50 g di burro",
    "60 g di parmigiano grattugiato"
  ],
  "recipeInstructions": [
    { "@type": "HowToStep", "text": "Tostare il riso nel burro per due minuti." },
    { "@type": "HowToStep", "text": "Aggiungere il brodo poco alla volta mescolando." },
    { "@type": "HowToStep", "text": "A fine cottura mantecare con burro e parmigiano." }
  ]
}
</script>
<script>
  // impostazioni del sito (generate dal tema)
  var temaConfig = { lingua: "it", stampaRicetta: true, unitaMisura: "metriche", annunci: false };
  document.documentElement.classList.add("js");
</script>
<script async src="https://conta.statisticheleggere.example/s.js" data-id="NONNA-ADA"></script>
</head>
<body>
<article class="ricetta">
<h1>Risotto agli asparagi</h1>
<p>Un classico di primavera. Usa asparagi freschi e tieni le punte da parte: vanno aggiunte solo negli ultimi cinque minuti.</p>
<button onclick="window.print()" class="stampa">Stampa la ricetta</button>
</article>
</body>
</html>`,
  },
  {
    lang: "Italian",
    kind: "cookie_banner_and_footer",
    text: `<div class="cookie-bar" id="cookieBar" role="dialog" aria-live="polite" aria-label="Informativa sui cookie" data-versione="2024-02">
  <p>Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione e di terze parti per offrirti un’esperienza migliore. Chiudendo il banner con la X continuerai la navigazione con i soli cookie tecnici. Per saperne di più leggi la <a href="/cookie-policy">cookie policy</a>.</p>
  <button type="button" class="btn-accetta" onclick="cookieConsent.set('all')">Accetta tutti</button>
  <button type="button" class="btn-rifiuta" onclick="cookieConsent.set('necessary')">Rifiuta</button>
  <button type="button" class="btn-personalizza" onclick="document.getElementById('pannelloCookie').style.display='block'">Personalizza</button>
  <button type="button" class="chiudi" aria-label="Chiudi" onclick="cookieConsent.set('necessary')">×</button>
</div>
<div id="pannelloCookie" style="display:none" class="pannello">
  <label><input type="checkbox" checked disabled> Necessari</label>
  <label><input type="checkbox" id="c-statistiche"> Statistiche</label>
  <label><input type="checkbox" id="c-marketing"> Marketing</label>
  <button onclick="cookieConsent.salvaScelte()">Salva</button>
</div>
<footer class="footer-sito">
  <div class="colonne">
    <div><h4>Azienda</h4><a href="/chi-siamo">Chi siamo</a><a href="/lavora-con-noi">Lavora con noi</a></div>
    <div><h4>Assistenza</h4><a href="/spedizioni">Spedizioni</a><a href="/resi">Resi e rimborsi</a><a href="/faq">FAQ</a></div>
  </div>
  <p class="dati-societari">Ottica Vetriluce S.r.l. – Corso Garibaldi 214, 00000 Rivalta Marina – P.IVA 00000000588 – Capitale sociale € 50.000 i.v. – REA RM-000412</p>
  <p><a href="/privacy">Privacy policy</a> · <a href="/cookie-policy">Cookie policy</a> · <a href="/condizioni">Condizioni generali di vendita</a></p>
</footer>`,
  },
  {
    lang: "Italian",
    kind: "product_page_html",
    text: `<main class="scheda-prodotto" data-codice="CAF-MOKA-6T" data-disponibilita="disponibile">
  <nav aria-label="Percorso"><a href="/">Home</a> › <a href="/casa">Casa</a> › <a href="/casa/caffe">Caffè</a></nav>
  <div class="immagini">
    <img src="/prodotti/moka-6t-acciaio.jpg" alt="Caffettiera moka in acciaio inox da 6 tazze con manico nero" width="560" height="560">
  </div>
  <div class="dettagli">
    <h1>Caffettiera Moka Aurora – 6 tazze, acciaio inox</h1>
    <p class="prezzo">34,90 €</p>
    <p class="recensioni"><span aria-hidden="true">★★★★☆</span> 4,3/5 – <a href="#recensioni">87 recensioni</a></p>
    <p>Adatta a tutti i piani cottura, compresa l’induzione. Guarnizione e filtro di ricambio inclusi nella confezione.</p>
    <label for="quantita">Quantità</label>
    <select id="quantita"><option>1</option><option>2</option><option>3</option></select>
    <button class="aggiungi" onclick="carrello.aggiungi('CAF-MOKA-6T', +quantita.value)">Aggiungi al carrello</button>
    <p class="consegna">Ordina entro le 14:00 per la spedizione in giornata.</p>
    <details>
      <summary>Istruzioni d’uso</summary>
      <p>Prima del primo utilizzo prepara tre caffè e buttali via. Lava solo con acqua calda, senza detersivo, e non mettere la caffettiera in lavastoviglie.</p>
    </details>
  </div>
  <section id="recensioni">
    <h2>Recensioni</h2>
    <blockquote><p>Il caffè viene cremoso e il manico non scotta. – Pietro, Brenzago Bassa</p></blockquote>
  </section>
</main>`,
  },
  {
    lang: "Italian",
    kind: "docs_page_html",
    text: `<article class="doc" data-versione="1.8">
<h1>Guida rapida: pianificare backup con Salvagente</h1>
<p>Salvagente è uno strumento a riga di comando per eseguire backup incrementali di cartelle locali su un server remoto.</p>
<aside class="nota"><p><strong>Attenzione:</strong> prima di configurare un backup pianificato, esegui almeno una volta il comando manualmente per verificare le credenziali.</p></aside>
<h2>1. Inizializza il repository</h2>
<pre><code class="language-shell">salvagente init --dest sftp://backup@nas.casa-rossi.example:/volume1/backup
salvagente status</code></pre>
<h2>2. Crea il file di configurazione</h2>
<p>Salva questo contenuto in <code>~/.config/salvagente/lavoro.yml</code>:</p>
<pre><code class="language-yaml">sorgenti:
  - ~/Documenti
  - ~/Progetti
escludi:
  - "*.tmp"
  - node_modules
conservazione:
  giornalieri: 7
  settimanali: 4
  mensili: 6</code></pre>
<h2>3. Pianifica con cron</h2>
<pre><code class="language-shell">crontab -e
# esegui ogni notte alle 02:30
30 2 * * * salvagente run --profilo lavoro --silenzioso</code></pre>
<p>Per ripristinare un file usa <code>salvagente restore --data 2024-05-01 Documenti/fattura.pdf</code>.</p>
<table>
<tr><th>Opzione</th><th>Descrizione</th></tr>
<tr><td><code>--profilo</code></td><td>Nome del file di configurazione senza estensione</td></tr>
<tr><td><code>--silenzioso</code></td><td>Mostra solo gli errori</td></tr>
</table>
<!-- pagina generata da docgen; modificare il sorgente .md, non questo file -->
</article>`,
  },
  // ───────────────────────────── French ─────────────────────────────
  {
    lang: "French",
    kind: "html_table_page",
    text: `<!DOCTYPE html>
<html lang="fr">
<head><meta charset="utf-8"><title>Tarifs 2024 – Piscine intercommunale des Trois Vallons</title>
<link rel="stylesheet" href="/css/equipements.css"></head>
<body>
<main id="contenu">
<h1>Tarifs et horaires de la piscine</h1>
<p>Les tarifs ci-dessous s’appliquent à partir du 1<sup>er</sup> janvier 2024. Pensez à présenter un justificatif de domicile pour bénéficier du tarif résident.</p>
<table class="tableau-tarifs">
  <caption>Entrées et abonnements</caption>
  <thead><tr><th scope="col">Formule</th><th scope="col">Résident</th><th scope="col">Non-résident</th></tr></thead>
  <tbody>
    <tr><th scope="row">Entrée adulte</th><td>3,80 €</td><td>5,20 €</td></tr>
    <tr><th scope="row">Entrée enfant (3–17 ans)</th><td>2,40 €</td><td>3,50 €</td></tr>
    <tr><th scope="row">Carte 10 entrées</th><td>32,00 €</td><td>45,00 €</td></tr>
    <tr><th scope="row">Abonnement annuel</th><td>190,00 €</td><td>260,00 €</td></tr>
    <tr><th scope="row">Enfant de moins de 3 ans</th><td colspan="2">Gratuit</td></tr>
  </tbody>
</table>
<table class="tableau-horaires">
  <caption>Horaires d’ouverture au public (hors vacances scolaires)</caption>
  <tr><th>Jour</th><th>Matin</th><th>Après-midi</th></tr>
  <tr><td>Lundi</td><td>Fermé</td><td>12h00 – 13h45</td></tr>
  <tr><td>Mardi</td><td>7h00 – 8h30</td><td>16h30 – 20h00</td></tr>
  <tr><td>Mercredi</td><td>9h00 – 12h00</td><td>14h00 – 19h00</td></tr>
  <tr><td>Samedi</td><td>9h00 – 12h30</td><td>14h00 – 18h00</td></tr>
  <tr><td>Dimanche</td><td>8h30 – 12h30</td><td>Fermé</td></tr>
</table>
<p class="remarque">Le bonnet de bain est obligatoire. Les shorts de bain ne sont pas acceptés. Évacuation des bassins 15 minutes avant la fermeture.</p>
</main>
</body></html>`,
  },
  {
    lang: "French",
    kind: "html_with_scripts",
    text: `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Offre d’emploi : technicien·ne de maintenance – Laiterie du Haut-Brézal</title>
<meta name="description" content="CDI à pourvoir à Saint-Aubin-sur-Brézal, équipe de nuit, expérience en automatisme appréciée.">
<script type="application/ld+json">
{
  "@context": "https://schema.org/",
  "@type": "JobPosting",
  "title": "Technicien·ne de maintenance industrielle",
  "datePosted": "2024-05-06",
  "validThrough": "2024-06-30T23:59",
  "employmentType": "FULL_TIME",
  "hiringOrganization": { "@type": "Organization", "name": "Laiterie du Haut-Brézal", "sameAs": "https://www.laiterie-hautbrezal.example" },
  "jobLocation": { "@type": "Place", "address": { "@type": "PostalAddress", "addressLocality": "Saint-Aubin-sur-Brézal", "postalCode": "00410", "addressCountry": "FR" } },
  "baseSalary": { "@type": "MonetaryAmount", "currency": "EUR", "value": { "@type": "QuantitativeValue", "minValue": 2300, "maxValue": 2700, "unitText": "MONTH" } }
}
</script>
<script>
  // paramètres du module de candidature
  window.CANDIDATURE = {
    offreId: "LHB-2024-017",
    formatsAcceptes: ["pdf", "docx"],
    tailleMaxMo: 5,
    urlEnvoi: "/candidatures/envoyer"
  };
</script>
<script src="/js/candidature.bundle.js" defer></script>
</head>
<body>
<main>
<h1>Technicien·ne de maintenance industrielle (CDI)</h1>
<p>Vous aimez comprendre comment fonctionnent les machines ? Rejoignez notre équipe de nuit de 6 personnes.</p>
<p>Joignez votre CV au format PDF ou Word (5 Mo maximum) puis cliquez sur « Envoyer ma candidature ».</p>
<input type="file" id="cv" accept=".pdf,.docx" onchange="verifierFichier(this)">
<button id="envoyer" disabled>Envoyer ma candidature</button>
<noscript><p>Pour postuler sans JavaScript, envoyez votre CV à <a href="mailto:recrutement@laiterie-hautbrezal.example">recrutement@laiterie-hautbrezal.example</a>.</p></noscript>
</main>
</body>
</html>`,
  },
  {
    lang: "French",
    kind: "cookie_banner_and_footer",
    text: `<!-- Bandeau de consentement – conforme aux recommandations de la CNIL (refus aussi simple que l'acceptation) -->
<section id="bandeau-cookies" class="bandeau-cookies" role="dialog" aria-labelledby="bc-titre" aria-describedby="bc-texte">
  <h2 id="bc-titre">Gestion de vos préférences</h2>
  <p id="bc-texte">Avec votre accord, nous et nos partenaires utilisons des traceurs pour mesurer l’audience du site et personnaliser les contenus. Vous pouvez modifier votre choix à tout moment via le lien « Gérer mes cookies » en bas de page.</p>
  <div class="bc-actions">
    <button type="button" onclick="tarteAuSucre.toutRefuser()">Tout refuser</button>
    <button type="button" onclick="tarteAuSucre.personnaliser()">Personnaliser</button>
    <button type="button" class="principal" onclick="tarteAuSucre.toutAccepter()">Tout accepter</button>
  </div>
</section>
<footer class="pied-de-page">
  <div class="pied-colonnes">
    <nav aria-label="Informations"><h3>Informations</h3>
      <a href="/qui-sommes-nous">Qui sommes-nous ?</a>
      <a href="/livraison">Livraison et retours</a>
      <a href="/contact">Nous contacter</a>
    </nav>
    <nav aria-label="Mentions"><h3>Mentions</h3>
      <a href="/mentions-legales">Mentions légales</a>
      <a href="/cgv">Conditions générales de vente</a>
      <a href="/confidentialite">Politique de confidentialité</a>
      <a href="javascript:void(0)" onclick="tarteAuSucre.ouvrirPanneau()">Gérer mes cookies</a>
    </nav>
  </div>
  <p class="mentions">Les Confitures de Margaux SAS – capital de 20 000 € – RCS Bellerive 000 000 418 – 7 chemin des Vergers, 00270 Bellerive-en-Ardelle. Directrice de la publication : Margaux Delorme. Hébergeur : NuageVert SARL, 2 rue des Serveurs, 00100 Ville-Neuve.</p>
  <p>© 2024 Les Confitures de Margaux</p>
</footer>`,
  },
  {
    lang: "French",
    kind: "product_page_html",
    text: `<main class="fiche-produit" data-ref="VEL-URB-28-BLEU" data-categorie="velos">
  <nav class="fil-ariane" aria-label="Fil d’Ariane"><a href="/">Accueil</a> › <a href="/velos">Vélos</a> › <span>Vélos de ville</span></nav>
  <div class="visuels">
    <img src="/img/velo-gaspard-28-bleu.jpg" alt="Vélo de ville Gaspard bleu canard avec panier avant en osier" width="700" height="500">
  </div>
  <div class="infos">
    <h1>Vélo de ville Gaspard 28" – Bleu canard</h1>
    <p class="note">4,8/5 <a href="#avis">(56 avis)</a></p>
    <p class="prix">549,00 € <span class="eco">dont 1,00 € d’éco-participation</span></p>
    <ul class="caracteristiques">
      <li>Cadre aluminium, taille unique pour 1,60 m à 1,85 m</li>
      <li>Moyeu à 7 vitesses intégrées</li>
      <li>Éclairage à dynamo, garde-boue et béquille inclus</li>
    </ul>
    <label for="retrait">Mode de réception</label>
    <select id="retrait" name="retrait">
      <option value="magasin">Retrait gratuit en magasin (monté et réglé)</option>
      <option value="domicile">Livraison à domicile – 39 €</option>
    </select>
    <button class="ajouter-panier" data-ref="VEL-URB-28-BLEU" onclick="panier.ajouter(this.dataset.ref)">Ajouter au panier</button>
    <p class="dispo">En stock dans 3 magasins. <a href="/magasins?ref=VEL-URB-28-BLEU">Voir les magasins</a></p>
  </div>
  <section id="avis">
    <h2>Avis clients</h2>
    <article class="avis"><p class="etoiles" aria-label="5 étoiles sur 5">★★★★★</p><p>Parfait pour aller au bureau, le panier est très pratique. Pensez à regonfler les pneus après la première semaine. — Hélène, Montbrézil</p></article>
  </section>
</main>`,
  },
  {
    lang: "French",
    kind: "docs_page_html",
    text: `<article class="doc-page" data-section="guide" data-version="0.9">
<h1>Déployer une application avec Cabestan</h1>
<p>Cabestan est un outil de déploiement qui copie votre application sur un ou plusieurs serveurs et redémarre les services sans interruption.</p>
<div class="encadre astuce"><p><strong>Astuce :</strong> testez toujours votre configuration avec <code>--essai</code> avant un premier déploiement en production.</p></div>
<h2 id="prerequis">Prérequis</h2>
<ul>
  <li>Un accès SSH par clé aux serveurs cibles</li>
  <li>Go 1.21 ou ultérieur pour compiler depuis les sources</li>
</ul>
<h2 id="fichier">Le fichier <code>cabestan.yaml</code></h2>
<pre><code class="language-yaml">application: boutique-fromages
serveurs:
  - web1.interne.fromagerie-durand.example
  - web2.interne.fromagerie-durand.example
repertoire: /srv/boutique
apres_deploiement:
  - systemctl restart boutique.service
conserver_versions: 5</code></pre>
<h2 id="lancer">Lancer un déploiement</h2>
<pre><code class="language-bash">cabestan deployer --env production --essai
cabestan deployer --env production</code></pre>
<p>Pour revenir à la version précédente en cas de problème :</p>
<pre><code class="language-bash">cabestan revenir --env production</code></pre>
<p class="voir-aussi">Voir aussi : <a href="/docs/0.9/secrets">Gérer les secrets</a>, <a href="/docs/0.9/hooks">Crochets personnalisés</a>.</p>
<div class="retour-doc">Cette page vous a-t-elle aidé ? <button onclick="noter(1)">Oui</button> <button onclick="noter(0)">Non</button></div>
</article>`,
  },
  {
    lang: "French",
    kind: "blog_post_html",
    text: `<article class="billet" id="billet-218">
  <header>
    <h1>Trois jours à vélo le long du canal de la Mérande</h1>
    <p class="infos">Par <a href="/auteurs/bastien">Bastien Leroux</a> – <time datetime="2024-04-20">20 avril 2024</time> – Catégorie : <a href="/voyages">Voyages</a></p>
  </header>
  <div class="contenu">
    <p>Cent quatre-vingts kilomètres, deux crevaisons et une quantité déraisonnable de tartes aux pommes : voici le récit de notre petite échappée printanière.</p>
    <figure><img src="/photos/canal-merande-ecluse.jpg" alt="Écluse fleurie au bord du canal, un vélo chargé de sacoches appuyé contre la barrière" loading="lazy"><figcaption>L’écluse n° 14, juste avant Pont-Ravel.</figcaption></figure>
    <h2>Jour 1 : de Sainte-Orle à Pont-Ravel</h2>
    <p>Le chemin de halage est entièrement goudronné sur cette portion. Prévoyez de l’eau : il n’y a aucun point de ravitaillement pendant 35 km.</p>
    <h2>Nos conseils</h2>
    <p>Réservez les chambres d’hôtes à l’avance en avril, et emportez une chambre à air de rechange.</p>
  </div>
</article>
<section class="commentaires" id="commentaires">
  <h2>Commentaires (2)</h2>
  <div class="commentaire" id="com-4410">
    <p class="auteur">Claire D.</p>
    <p>Super récit ! Est-ce que le tronçon après Pont-Ravel est praticable avec une remorque enfant ?</p>
    <button class="repondre" data-parent="4410" onclick="repondreA(4410)">Répondre</button>
  </div>
  <div class="commentaire reponse" id="com-4412">
    <p class="auteur">Bastien Leroux</p>
    <p>Oui, mais il y a une passerelle étroite au km 92 : il faudra sans doute descendre.</p>
  </div>
  <form action="/commentaires/ajouter" method="post" class="form-commentaire">
    <input type="hidden" name="billet" value="218">
    <input type="hidden" name="jeton" value="e5c0a7719bd2">
    <label for="pseudo">Pseudo</label><input id="pseudo" name="pseudo" required>
    <label for="message">Votre commentaire</label><textarea id="message" name="message" rows="4"></textarea>
    <button type="submit">Publier</button>
  </form>
</section>`,
  },
  {
    lang: "French",
    kind: "search_results_html",
    text: `<main class="recherche-bibliotheque">
  <form action="/catalogue/recherche" method="get" role="search">
    <label for="terme">Rechercher dans le catalogue</label>
    <input id="terme" name="q" type="search" value="champignons">
    <select name="type" aria-label="Type de document"><option>Tous</option><option selected>Livres</option><option>DVD</option></select>
    <button type="submit">Rechercher</button>
  </form>
  <p class="nb-resultats" role="status">34 résultats pour « champignons » (livres)</p>
  <ul class="resultats">
    <li class="notice" data-cote="579.6 GAR">
      <h2><a href="/notice/112093">Reconnaître les champignons des bois et des prés</a></h2>
      <p>Garnier, Odile. – Éditions du Sous-Bois, 2019. – 320 p.</p>
      <p class="dispo disponible">Disponible – Médiathèque centrale, rayon Nature</p>
      <button onclick="reserver(112093)">Réserver</button>
    </li>
    <li class="notice" data-cote="641.5 PAL">
      <h2><a href="/notice/108774">Cuisiner les champignons en toute saison</a></h2>
      <p>Pallier, Jérôme. – La Marmite Bleue, 2021. – 176 p.</p>
      <p class="dispo emprunte">Emprunté – retour prévu le 28/05/2024</p>
      <button onclick="reserver(108774)">Réserver</button>
    </li>
    <li class="notice" data-cote="J 579 FOR">
      <h2><a href="/notice/115620">Mon premier carnet de la forêt</a></h2>
      <p>Fortin, Lila (ill.). – Petit Gland, 2022. – 48 p. – Jeunesse</p>
      <p class="dispo disponible">Disponible – Annexe des Tilleuls</p>
      <button onclick="reserver(115620)">Réserver</button>
    </li>
  </ul>
  <nav class="pagination" aria-label="Pages de résultats"><a aria-current="page" href="#">1</a> <a href="?q=champignons&amp;page=2">2</a> <a href="?q=champignons&amp;page=3">3</a> <a href="?q=champignons&amp;page=2">Suivant</a></nav>
  <p class="aide">Connectez-vous à votre compte lecteur pour réserver un document.</p>
</main>`,
  },
  {
    lang: "French",
    kind: "error_page_html",
    text: `<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Erreur 500 – Mutuelle Solidaire du Val d’Orbe</title>
<link rel="stylesheet" href="/assets/erreur.css">
</head>
<body class="erreur erreur-500">
<header><img src="/assets/logo-msvo.svg" alt="Mutuelle Solidaire du Val d’Orbe" height="40"></header>
<main>
  <h1>Une erreur technique est survenue</h1>
  <p>Nous n’avons pas pu afficher cette page. Nos équipes ont été prévenues automatiquement.</p>
  <p>Si vous étiez en train de transmettre une demande de remboursement, <strong>ne la renvoyez pas tout de suite</strong> : vérifiez d’abord dans quelques minutes qu’elle n’apparaît pas dans « Mes démarches ».</p>
  <p>
    <a class="bouton" href="javascript:location.reload()">Réessayer</a>
    <a class="bouton secondaire" href="/espace-adherent">Retour à mon espace</a>
  </p>
  <p class="contact">Besoin d’aide ? Appelez le 00 00 41 82 20 (du lundi au vendredi, 8h30–18h, appel non surtaxé).</p>
  <p class="reference">Référence de l’incident : <code>MSVO-7F3A-20240514-0932</code>. Communiquez-la à notre conseiller si vous nous appelez.</p>
</main>
<!-- instance: app-fr-02 / durée: 30012 ms -->
</body>
</html>`,
  },
  {
    lang: "French",
    kind: "rss_or_atom_feed",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Mairie de Val-Saint-Fiacre – Actualités</title>
  <link>https://www.valsaintfiacre.example/actualites</link>
  <description>Les informations pratiques et les événements de la commune</description>
  <language>fr-fr</language>
  <copyright>© Commune de Val-Saint-Fiacre</copyright>
  <lastBuildDate>Mon, 13 May 2024 17:20:00 +0200</lastBuildDate>
  <image>
    <url>https://www.valsaintfiacre.example/img/blason.png</url>
    <title>Mairie de Val-Saint-Fiacre</title>
    <link>https://www.valsaintfiacre.example/</link>
  </image>
  <item>
    <title>Inscriptions scolaires pour la rentrée de septembre</title>
    <link>https://www.valsaintfiacre.example/actualites/inscriptions-scolaires-2024</link>
    <guid>https://www.valsaintfiacre.example/actualites/inscriptions-scolaires-2024</guid>
    <pubDate>Mon, 13 May 2024 17:00:00 +0200</pubDate>
    <description><![CDATA[<p>Les familles doivent déposer le dossier d’inscription en mairie avant le 14 juin. Munissez-vous du livret de famille et d’un justificatif de domicile de moins de trois mois.</p>]]></description>
  </item>
  <item>
    <title>Fermeture exceptionnelle de la déchèterie le 20 mai</title>
    <link>https://www.valsaintfiacre.example/actualites/decheterie-lundi-pentecote</link>
    <guid>https://www.valsaintfiacre.example/actualites/decheterie-lundi-pentecote</guid>
    <pubDate>Fri, 10 May 2024 09:30:00 +0200</pubDate>
    <description>La déchèterie des Grands Prés sera fermée le lundi de Pentecôte. Réouverture le mardi 21 mai à 9 h.</description>
  </item>
  <item>
    <title>Fête de la musique : appel aux groupes locaux</title>
    <link>https://www.valsaintfiacre.example/actualites/fete-musique-2024</link>
    <guid>https://www.valsaintfiacre.example/actualites/fete-musique-2024</guid>
    <pubDate>Tue, 07 May 2024 11:00:00 +0200</pubDate>
    <description>Vous jouez dans un groupe ? Remplissez le formulaire en ligne avant le 31 mai pour vous produire place du Marché.</description>
  </item>
</channel>
</rss>`,
  },
  {
    lang: "French",
    kind: "sitemap_or_xml_config",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<!-- Index des plans de site – boutique en ligne Thés &amp; Infusions Mirabelle
     Un fichier par langue et un fichier pour les fiches produits (régénéré toutes les 6 h). -->
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap>
    <loc>https://www.thes-mirabelle.example/sitemaps/pages-fr.xml</loc>
    <lastmod>2024-05-12T04:00:00+02:00</lastmod>
  </sitemap>
  <sitemap>
    <loc>https://www.thes-mirabelle.example/sitemaps/pages-en.xml</loc>
    <lastmod>2024-05-12T04:00:00+02:00</lastmod>
  </sitemap>
  <sitemap>
    <loc>https://www.thes-mirabelle.example/sitemaps/produits-1.xml</loc>
    <lastmod>2024-05-14T10:00:00+02:00</lastmod>
  </sitemap>
  <sitemap>
    <loc>https://www.thes-mirabelle.example/sitemaps/produits-2.xml</loc>
    <lastmod>2024-05-14T10:00:00+02:00</lastmod>
  </sitemap>
  <!-- Le blog « Carnet de dégustation » a son propre plan de site -->
  <sitemap>
    <loc>https://www.thes-mirabelle.example/carnet/sitemap.xml</loc>
    <lastmod>2024-05-09T18:45:00+02:00</lastmod>
  </sitemap>
  <!-- ancien plan des catégories supprimé le 02/04 : les catégories sont désormais dans pages-fr.xml -->
</sitemapindex>`,
  },
  // ───────────────────────────── German ─────────────────────────────
  {
    lang: "German",
    kind: "blog_post_html",
    text: `<article class="beitrag" id="beitrag-612">
  <header>
    <h1>Balkonkraftwerk angemeldet – so lief es bei uns</h1>
    <p class="meta">Von <a href="/autor/jonas-brettschneider">Jonas Brettschneider</a> · <time datetime="2024-04-09">9. April 2024</time> · 7 Min. Lesezeit</p>
  </header>
  <div class="inhalt">
    <p>Seit drei Wochen hängen zwei Solarmodule an unserem Balkongeländer in Altenwiesen. Viele Leserinnen und Leser haben gefragt, wie die Anmeldung funktioniert hat – hier unsere Erfahrungen.</p>
    <h2>Schritt 1: Anmeldung im Marktstammdatenregister</h2>
    <p>Das Online-Formular war in gut zehn Minuten ausgefüllt. Haltet die Seriennummer des Wechselrichters bereit, sonst müsst ihr später noch einmal auf den Balkon.</p>
    <h2>Schritt 2: Vermieter informieren</h2>
    <p>Wir haben der Hausverwaltung eine kurze E-Mail mit Fotos der Befestigung geschickt. Die Zustimmung kam nach vier Tagen.</p>
    <p>Unsere Checkliste könnt ihr <a href="/downloads/balkonkraftwerk-checkliste.pdf">hier als PDF herunterladen</a>.</p>
  </div>
</article>
<section class="kommentare" id="kommentare">
  <h2>2 Kommentare</h2>
  <div class="kommentar" id="k-3307">
    <p class="autor">Sabine aus Lindenfurt</p>
    <p>Danke für den Bericht! Habt ihr einen neuen Zähler bekommen oder läuft der alte rückwärts?</p>
    <a href="#antworten" class="antwort-link" data-eltern="3307">Antworten</a>
  </div>
  <div class="kommentar autor-antwort" id="k-3309">
    <p class="autor">Jonas Brettschneider</p>
    <p>Der Netzbetreiber hat uns einen Termin für den Zählertausch im Mai gegeben.</p>
  </div>
  <form id="antworten" action="/kommentare/neu" method="post">
    <input type="hidden" name="beitrag_id" value="612">
    <input type="hidden" name="_token" value="3fa8c1e0d47b92">
    <label for="k-name">Name</label><input id="k-name" name="name" required>
    <label for="k-text">Kommentar</label><textarea id="k-text" name="text" rows="4" placeholder="Bitte bleibt freundlich."></textarea>
    <button type="submit">Kommentar absenden</button>
  </form>
</section>`,
  },
  {
    lang: "German",
    kind: "search_results_html",
    text: `<main class="suche">
  <form class="suchformular" action="/suche" method="get" role="search">
    <label for="suchbegriff" class="sr-only">Suchbegriff</label>
    <input id="suchbegriff" name="q" type="search" value="Wohngeld Antrag" autocomplete="off">
    <button type="submit">Suchen</button>
  </form>
  <p class="trefferzahl">Ihre Suche nach <strong>Wohngeld Antrag</strong> ergab 18 Treffer.</p>
  <div class="facetten">
    <a href="?q=Wohngeld+Antrag&amp;typ=formular" class="facette">Formulare (4)</a>
    <a href="?q=Wohngeld+Antrag&amp;typ=dienstleistung" class="facette">Dienstleistungen (6)</a>
    <a href="?q=Wohngeld+Antrag&amp;typ=meldung" class="facette">Pressemitteilungen (8)</a>
  </div>
  <ol class="trefferliste">
    <li>
      <h2><a href="/buergerservice/wohngeld">Wohngeld beantragen</a></h2>
      <p class="pfad">Bürgerservice › Soziales › Wohnen</p>
      <p>Wohngeld ist ein Zuschuss zur Miete. Reichen Sie den Antrag vollständig ausgefüllt beim Amt für Wohnen in der Kastanienallee 4 ein.</p>
    </li>
    <li>
      <h2><a href="/formulare/wohngeld-erstantrag.pdf">Formular: Wohngeld-Erstantrag (PDF, 412 KB)</a></h2>
      <p class="pfad">Formulare › Wohnen</p>
      <p>Bitte drucken Sie das Formular aus und unterschreiben Sie auf Seite 6.</p>
    </li>
    <li>
      <h2><a href="/presse/2024/wohngeld-sprechstunde">Zusätzliche Sprechstunden zum Wohngeld im Juni</a></h2>
      <p class="pfad">Presse › 2024</p>
      <p>Die Stadt Birkenhain an der Sale bietet ab Juni auch donnerstags Beratung ohne Termin an.</p>
    </li>
  </ol>
  <nav class="blaettern" aria-label="Seiten"><span aria-current="page">1</span> <a href="?q=Wohngeld+Antrag&amp;seite=2">2</a> <a href="?q=Wohngeld+Antrag&amp;seite=2">Weiter ›</a></nav>
  <p class="hinweis">Nicht gefunden, was Sie suchen? Rufen Sie die Bürgerhotline 0000 115 400 an.</p>
</main>`,
  },
  {
    lang: "German",
    kind: "error_page_html",
    text: `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Seite nicht gefunden – Stadtwerke Hohenbrunn</title>
<link rel="stylesheet" href="/static/css/fehler.css">
</head>
<body class="fehlerseite">
<header class="kopf">
  <a href="/"><img src="/static/img/stadtwerke-hohenbrunn.svg" alt="Stadtwerke Hohenbrunn – zur Startseite" height="42"></a>
</header>
<main>
  <h1>Fehler 404: Diese Seite gibt es leider nicht</h1>
  <p>Möglicherweise haben Sie sich vertippt oder die Seite wurde im Zuge unseres Website-Relaunchs verschoben.</p>
  <h2>Häufig gesucht</h2>
  <ul>
    <li><a href="/zaehlerstand">Zählerstand online melden</a></li>
    <li><a href="/abschlag">Abschlag ändern</a></li>
    <li><a href="/stoerung">Störung melden</a></li>
    <li><a href="/kundenportal">Zum Kundenportal</a></li>
  </ul>
  <p>Bei einem Gasgeruch verlassen Sie sofort das Gebäude und rufen Sie unseren Entstörungsdienst an: <strong>0000 72 70 0</strong> (rund um die Uhr).</p>
  <p><a href="/" class="button">Zurück zur Startseite</a></p>
</main>
<footer><a href="/impressum">Impressum</a> · <a href="/datenschutz">Datenschutz</a></footer>
<!-- 404-Vorlage v2, Redirect-Mapping siehe redirects.conf -->
</body>
</html>`,
  },
  {
    lang: "German",
    kind: "rss_or_atom_feed",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Tierheim Waldesruh – Neuigkeiten</title>
  <link>https://www.tierheim-waldesruh.example/</link>
  <description>Neue Schützlinge, Veranstaltungen und Aufrufe aus dem Tierheim Waldesruh</description>
  <language>de-de</language>
  <lastBuildDate>Sat, 11 May 2024 12:10:00 +0200</lastBuildDate>
  <item>
    <title>Sommerfest am 8. Juni – Helferinnen und Helfer gesucht</title>
    <link>https://www.tierheim-waldesruh.example/neuigkeiten/sommerfest-2024</link>
    <guid isPermaLink="true">https://www.tierheim-waldesruh.example/neuigkeiten/sommerfest-2024</guid>
    <pubDate>Sat, 11 May 2024 12:00:00 +0200</pubDate>
    <description><![CDATA[<p>Für Kuchenbuffet und Flohmarkt brauchen wir noch Unterstützung. Tragt euch bitte bis zum 31. Mai in die Liste am Empfang ein oder schreibt an <a href="mailto:fest@tierheim-waldesruh.example">fest@tierheim-waldesruh.example</a>.</p>]]></description>
  </item>
  <item>
    <title>Kater Brösel sucht ein ruhiges Zuhause</title>
    <link>https://www.tierheim-waldesruh.example/tiere/katzen/broesel</link>
    <guid isPermaLink="true">https://www.tierheim-waldesruh.example/tiere/katzen/broesel</guid>
    <pubDate>Thu, 09 May 2024 16:30:00 +0200</pubDate>
    <enclosure url="https://www.tierheim-waldesruh.example/bilder/broesel.jpg" type="image/jpeg" length="184220"/>
    <description>Brösel ist neun Jahre alt, verschmust und möchte Einzelkatze sein. Ein gesicherter Balkon wäre schön.</description>
  </item>
  <item>
    <title>Spendenaufruf: Futter für die Igelstation</title>
    <link>https://www.tierheim-waldesruh.example/neuigkeiten/igelstation</link>
    <guid isPermaLink="true">https://www.tierheim-waldesruh.example/neuigkeiten/igelstation</guid>
    <pubDate>Mon, 06 May 2024 08:15:00 +0200</pubDate>
    <description>Katzentrockenfutter ohne Getreide kann werktags von 14 bis 17 Uhr abgegeben werden.</description>
  </item>
</channel>
</rss>`,
  },
  {
    lang: "German",
    kind: "sitemap_or_xml_config",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<!--
  Anwendungskonfiguration Terminbuchung – Praxis Dr. Wendlandt
  ACHTUNG: Nach Änderungen den Dienst neu starten (systemctl restart terminbuchung).
  Zugangsdaten NICHT hier eintragen, sondern in der Umgebungsdatei.
-->
<konfiguration version="3">
  <praxis>
    <name>Hausarztpraxis Dr. med. Ilse Wendlandt</name>
    <adresse>Lindenplatz 7, 00000 Oberkirchfelden</adresse>
    <telefon>0000 48 20 11</telefon>
    <email>termine@praxis-wendlandt.example</email>
  </praxis>
  <sprechzeiten>
    <tag name="Montag" von="08:00" bis="12:00"/>
    <tag name="Montag" von="15:00" bis="18:00"/>
    <tag name="Dienstag" von="08:00" bis="12:00"/>
    <tag name="Mittwoch" von="08:00" bis="12:00"/>
    <tag name="Donnerstag" von="08:00" bis="12:00"/>
    <tag name="Donnerstag" von="15:00" bis="19:00"/>
    <tag name="Freitag" von="08:00" bis="11:00"/>
  </sprechzeiten>
  <buchung>
    <slotDauerMinuten>10</slotDauerMinuten>
    <vorlaufTage max="28" min="1"/>
    <!-- Akutsprechstunde wird nicht online vergeben -->
    <terminart id="vorsorge" label="Vorsorgeuntersuchung" dauer="30"/>
    <terminart id="impfung" label="Impfung" dauer="10"/>
    <terminart id="befund" label="Befundbesprechung" dauer="15"/>
    <bestaetigungstext>Bitte bringen Sie Ihre Versichertenkarte mit und sagen Sie den Termin spätestens 24 Stunden vorher ab, falls Sie verhindert sind.</bestaetigungstext>
  </buchung>
</konfiguration>`,
  },
  {
    lang: "German",
    kind: "svg_or_markup_with_alt_text",
    text: `<section class="lageplan" aria-labelledby="lageplan-titel">
  <h2 id="lageplan-titel">So finden Sie uns auf dem Campus</h2>
  <svg role="img" aria-labelledby="plan-t plan-d" viewBox="0 0 360 240" width="360" height="240" class="campusplan">
    <title id="plan-t">Lageplan Campus Nord der Hochschule Eichenfeld</title>
    <desc id="plan-d">Vom Haupteingang an der Bergstraße gehen Sie geradeaus zum Gebäude C. Die Mensa liegt links daneben, die Bibliothek gegenüber.</desc>
    <rect x="20" y="180" width="80" height="40" fill="#ccc"><title>Haupteingang Bergstraße</title></rect>
    <rect x="150" y="90" width="90" height="70" fill="#7aa6c2"><title>Gebäude C – Hörsäle C101 bis C120</title></rect>
    <rect x="60" y="80" width="70" height="50" fill="#e0b35b"><title>Mensa</title></rect>
    <rect x="260" y="80" width="80" height="60" fill="#9bc48a"><title>Bibliothek</title></rect>
    <path d="M60 180 L 195 160" stroke="#333" stroke-width="2" stroke-dasharray="4 3"/>
    <!-- Parkhaus wird nach Umbau ergänzt -->
  </svg>
  <figure>
    <img src="/bilder/gebaeude-c-eingang.jpg" alt="Glasfassade von Gebäude C mit barrierefreiem Eingang und Rampe auf der rechten Seite" title="Gebäude C, Eingang Süd" width="640" height="427" loading="lazy">
    <figcaption>Der barrierefreie Eingang befindet sich auf der Südseite. Foto: Pressestelle Hochschule Eichenfeld</figcaption>
  </figure>
  <p><img src="/icons/fahrrad.svg" alt="" aria-hidden="true" width="20"> Fahrradstellplätze finden Sie hinter der Mensa.</p>
  <p>Den Plan können Sie auch <a href="/downloads/campusplan-nord.pdf">als PDF herunterladen</a>.</p>
</section>`,
  },
  {
    lang: "German",
    kind: "accessibility_rich_page",
    text: `<!DOCTYPE html>
<html lang="de">
<head>
<meta charset="utf-8">
<title>Leichte Sprache – Gemeinde Schönfurt am Ried</title>
<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}</style>
</head>
<body>
<ul class="sprunglinks">
  <li><a href="#inhalt">Direkt zum Inhalt</a></li>
  <li><a href="#navigation">Direkt zur Navigation</a></li>
  <li><a href="#suche">Direkt zur Suche</a></li>
</ul>
<header>
  <nav id="navigation" aria-label="Hauptnavigation">
    <a href="/rathaus">Rathaus</a>
    <a href="/leichte-sprache" aria-current="page">Leichte Sprache</a>
    <a href="/gebaerdensprache">Gebärden-Sprache</a>
  </nav>
  <form id="suche" role="search"><label for="s" class="sr-only">Suche auf dieser Internet-Seite</label><input id="s" type="search" name="q"><button aria-label="Suchen">🔍</button></form>
</header>
<main id="inhalt">
  <h1>Willkommen auf der Internet-Seite von Schönfurt am Ried</h1>
  <p>Hier finden Sie Informationen in Leichter Sprache.</p>
  <p>Sie wollen einen neuen Ausweis? Dann kommen Sie ins Rathaus. Bringen Sie ein Foto mit.</p>
  <p>Das Rathaus ist offen:</p>
  <ul>
    <li>Montag bis Freitag von 8 Uhr bis 12 Uhr</li>
    <li>Donnerstag auch von 14 Uhr bis 18 Uhr</li>
  </ul>
  <a href="/termin" class="button">Termin machen <span class="sr-only">beim Bürger-Büro</span></a>
  <button type="button" aria-controls="vorlesen" aria-expanded="false" onclick="vorlesen()">Text vorlesen lassen</button>
  <audio id="vorlesen" hidden src="/audio/leichte-sprache-start.mp3"></audio>
</main>
<footer><a href="/barrierefreiheit">Erklärung zur Barriere-Freiheit</a> · <a href="/barriere-melden">Barriere melden</a></footer>
</body>
</html>`,
  },
  {
    lang: "German",
    kind: "full_html_page",
    text: `<!DOCTYPE html>
<html lang="de">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Kletterhalle Felsnest in Grünwerth: Bouldern, Seilklettern und Kurse für Kinder und Erwachsene.">
  <title>Felsnest Kletterhalle Grünwerth</title>
  <link rel="stylesheet" href="/css/app.8c2e1f.css">
  <link rel="manifest" href="/site.webmanifest">
  <script src="/js/auslastung.js" defer></script>
</head>
<body>
<header class="kopfzeile">
  <a href="/" class="logo"><img src="/img/felsnest-logo.svg" alt="Felsnest" width="140" height="44"></a>
  <nav class="hauptmenue">
    <ul>
      <li><a href="/preise">Preise</a></li>
      <li><a href="/kurse">Kurse</a></li>
      <li><a href="/oeffnungszeiten">Öffnungszeiten</a></li>
      <li><a href="/anfahrt">Anfahrt</a></li>
    </ul>
  </nav>
  <!-- Burger-Menü nur mobil sichtbar -->
  <button class="burger" style="display:none" aria-label="Menü öffnen" onclick="menue.oeffnen()"></button>
</header>
<main>
  <section class="auslastung" data-max="180">
    <h1>Heute geöffnet bis 23 Uhr</h1>
    <p>Aktuelle Auslastung: <strong id="auslastung-wert">–</strong></p>
  </section>
  <section>
    <h2>Erstes Mal bei uns?</h2>
    <p>Füllen Sie vor Ihrem ersten Besuch die Einverständniserklärung online aus. Das spart Zeit an der Kasse. Kinder unter 14 Jahren klettern nur in Begleitung eines Erwachsenen.</p>
    <a class="btn" href="/erklaerung">Zur Einverständniserklärung</a>
  </section>
</main>
<footer class="fusszeile">
  <p>Felsnest GmbH · Am Steinbruch 3 · 00000 Grünwerth · Tel. 0000 55 43 21</p>
  <p><a href="/impressum">Impressum</a> | <a href="/datenschutz">Datenschutz</a> | <a href="/agb">Hallenordnung &amp; AGB</a></p>
</footer>
</body>
</html>`,
  },
  {
    lang: "German",
    kind: "html_fragment",
    text: `<div class="artikel-text" data-artikel-id="2024-05-10-bahnhof" data-ressort="lokales">
<p class="teaser"><strong>Lindenbrück.</strong> Nach zwei Jahren Bauzeit ist der umgebaute Bahnhof seit Montag barrierefrei. Fahrgäste erreichen alle Gleise jetzt über Aufzüge.</p>
<p>Bürgermeisterin Katrin Ohlendorf sprach bei der Eröffnung von einem „großen Tag für alle, die mit Rollstuhl, Kinderwagen oder schwerem Koffer unterwegs sind“. Insgesamt kostete der Umbau 14,2 Millionen Euro.</p>
<figure class="bild">
  <img src="/media/2024/05/bahnhof-lindenau-aufzug.jpg" alt="Neuer gläserner Aufzug am Bahnsteig von Gleis 2" width="1024" height="576" loading="lazy">
  <figcaption>Der Aufzug an Gleis 2 ist rund um die Uhr in Betrieb. Foto: Matthias Krenz</figcaption>
</figure>
<h2>Was sich für Pendler ändert</h2>
<p>Der Fahrkartenautomat steht nun in der Empfangshalle. Wer ein Monatsticket hat, muss nichts tun. Die Fahrradstation mit 120 Stellplätzen öffnet erst im Juli.</p>
<!-- Infobox aus Vorlage "kasten-service" -->
<aside class="infokasten">
  <h3>Service</h3>
  <p>Bei Störungen der Aufzüge wählen Sie die Nummer am Bedienfeld oder schreiben Sie an <a href="mailto:stoerung@bahnhof-lindenau.example">stoerung@bahnhof-lindenau.example</a>.</p>
</aside>
</div>`,
  },
  {
    lang: "German",
    kind: "html_email",
    text: `<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Bitte bestätigen Sie Ihre Anmeldung</title></head>
<body style="margin:0;padding:0;background:#f0f2f4;">
<div style="display:none;max-height:0;overflow:hidden;">Nur noch ein Klick, dann erhalten Sie unseren Newsletter.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f0f2f4;">
<tr><td align="center" style="padding:30px 12px;">
<table role="presentation" width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Verdana,Arial,sans-serif;color:#1d2a33;">
<tr><td style="padding:24px 30px;border-bottom:3px solid #3c8d5a;"><img src="https://newsletter.gartenhof-leitner.example/logo.png" alt="Gartenhof Leitner" width="160"></td></tr>
<tr><td style="padding:30px;">
<h1 style="font-size:21px;margin:0 0 14px;">Bitte bestätigen Sie Ihre E-Mail-Adresse</h1>
<p style="font-size:14px;line-height:1.6;">Guten Tag,</p>
<p style="font-size:14px;line-height:1.6;">vielen Dank für Ihr Interesse an unserem Newsletter mit Pflanztipps und Angeboten. Um die Anmeldung abzuschließen, klicken Sie bitte auf den folgenden Button:</p>
<p style="text-align:center;margin:26px 0;"><a href="https://www.gartenhof-leitner.example/newsletter/bestaetigen?id=Q7m2RtX90pLa" style="background:#3c8d5a;color:#ffffff;padding:12px 28px;text-decoration:none;border-radius:3px;font-weight:bold;">Anmeldung bestätigen</a></p>
<p style="font-size:13px;line-height:1.6;color:#55626b;">Der Link ist 48 Stunden gültig. Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail einfach – Sie erhalten dann keine weiteren Nachrichten von uns.</p>
</td></tr>
<tr><td style="padding:18px 30px;background:#f7f8f9;font-size:11px;color:#7a868e;">Gartenhof Leitner GmbH &amp; Co. KG · Wiesenweg 12 · 00000 Sankt Ulrichsau<br>Geschäftsführer: Florian Leitner · Amtsgericht Ulrichsau HRA 0417<br><a href="https://www.gartenhof-leitner.example/impressum" style="color:#7a868e;">Impressum</a> · <a href="https://www.gartenhof-leitner.example/datenschutz" style="color:#7a868e;">Datenschutz</a></td></tr>
</table></td></tr></table>
</body></html>`,
  },
  // ───────────────────────────── Dutch ─────────────────────────────
  {
    lang: "Dutch",
    kind: "svg_or_markup_with_alt_text",
    text: `<article class="jaarverslag-sectie">
  <h2>Bezoekers van Natuurgebied De Lage Venen per seizoen</h2>
  <svg role="img" aria-labelledby="grafiek-titel grafiek-omschrijving" viewBox="0 0 300 200" width="300" height="200">
    <title id="grafiek-titel">Cirkeldiagram bezoekers per seizoen in 2023</title>
    <desc id="grafiek-omschrijving">Zomer 41 procent, lente 27 procent, herfst 22 procent en winter 10 procent van in totaal 86.500 bezoekers.</desc>
    <circle r="80" cx="150" cy="100" fill="#f2c14e"><title>Zomer: 41%</title></circle>
    <path d="M150 100 L150 20 A80 80 0 0 1 229 112 Z" fill="#6fb07f"><title>Lente: 27%</title></path>
    <path d="M150 100 L229 112 A80 80 0 0 1 170 177 Z" fill="#c9733a"><title>Herfst: 22%</title></path>
    <path d="M150 100 L170 177 A80 80 0 0 1 120 174 Z" fill="#6f8fbf"><title>Winter: 10%</title></path>
  </svg>
  <figure class="foto">
    <img src="/afbeeldingen/lepelaars-kijkhut.jpg" alt="Drie lepelaars staan in ondiep water, gezien vanuit de vogelkijkhut" title="Lepelaars bij kijkhut De Reiger" width="720" height="480" loading="lazy">
    <figcaption>Vanuit kijkhut De Reiger zie je in mei vaak lepelaars. Foto: Femke van Dalsum</figcaption>
  </figure>
  <figure class="foto">
    <img src="/afbeeldingen/vlonderpad.jpg" alt="Houten vlonderpad door het rietland, breed genoeg voor een rolstoel" width="720" height="480" loading="lazy">
    <figcaption>Het vlonderpad van 1,8 km is rolstoeltoegankelijk.</figcaption>
  </figure>
  <!-- TODO: kaartje met wandelroutes toevoegen zodra de GPX-bestanden klaar zijn -->
  <p>Honden zijn welkom, maar houd ze aan de lijn tijdens het broedseizoen (15 maart – 15 juli).</p>
</article>`,
  },
  {
    lang: "Dutch",
    kind: "accessibility_rich_page",
    text: `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Afval scheiden – Gemeente Westerbroek</title>
<style>.visueel-verborgen{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap}</style>
</head>
<body>
<a class="skiplink" href="#hoofdinhoud">Ga direct naar de inhoud</a>
<header>
  <nav aria-label="Hoofdmenu">
    <ul>
      <li><a href="/wonen">Wonen en leven</a></li>
      <li><a href="/afval" aria-current="page">Afval</a></li>
      <li><a href="/contact">Contact</a></li>
    </ul>
  </nav>
  <button type="button" class="voorlees-knop" aria-label="Lees deze pagina voor" onclick="voorlezen.start()">
    <svg aria-hidden="true" focusable="false" width="18" height="18"><use href="#icoon-luidspreker"></use></svg>
  </button>
</header>
<main id="hoofdinhoud">
  <h1>Afvalkalender opzoeken</h1>
  <form id="kalender-form" aria-describedby="uitleg">
    <p id="uitleg">Vul uw postcode en huisnummer in. U ziet dan op welke dagen de containers worden geleegd.</p>
    <label for="postcode">Postcode</label>
    <input id="postcode" name="postcode" autocomplete="postal-code" aria-required="true" placeholder="1234 AB">
    <label for="huisnummer">Huisnummer</label>
    <input id="huisnummer" name="huisnummer" inputmode="numeric" aria-required="true">
    <button type="submit">Toon ophaaldagen</button>
  </form>
  <div id="resultaat" role="region" aria-live="polite" aria-label="Ophaaldagen"></div>
  <h2>Welke container is wat?</h2>
  <ul class="containers">
    <li><span class="kleur groen" aria-hidden="true"></span>Groene container <span class="visueel-verborgen">(kleur groen)</span>: groente-, fruit- en tuinafval</li>
    <li><span class="kleur grijs" aria-hidden="true"></span>Grijze container: restafval</li>
    <li><span class="kleur oranje" aria-hidden="true"></span>Oranje zak: plastic, blik en drinkpakken</li>
  </ul>
</main>
<footer><a href="/toegankelijkheid">Toegankelijkheidsverklaring</a> · Bel 14 0000 voor hulp</footer>
</body>
</html>`,
  },
  {
    lang: "Dutch",
    kind: "full_html_page",
    text: `<!DOCTYPE html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Fietsenmaker De Spaak in Oosterdijk: reparatie binnen 24 uur, e-bike onderhoud en huurfietsen.">
  <title>Fietsenmaker De Spaak – Oosterdijk</title>
  <link rel="stylesheet" href="/css/site.css?v=2024-04">
  <link rel="icon" type="image/png" href="/favicon-32.png">
  <script src="/js/main.js" defer></script>
</head>
<body>
<header class="kop">
  <a href="/" class="logo">De Spaak</a>
  <nav class="menu" id="menu">
    <a href="/reparatie">Reparatie</a>
    <a href="/e-bikes">E-bikes</a>
    <a href="/verhuur">Fietsverhuur</a>
    <a href="/over-ons">Over ons</a>
  </nav>
  <button class="menu-knop" aria-controls="menu" aria-expanded="false" onclick="toggleMenu(this)">Menu</button>
</header>
<main>
  <section class="held">
    <h1>Lekke band? Vandaag gebracht, morgen klaar.</h1>
    <p>Maak online een afspraak of loop gewoon binnen. Vergeet niet je fietssleutel mee te nemen!</p>
    <a class="knop" href="/afspraak">Afspraak maken</a>
  </section>
  <section class="openingstijden">
    <h2>Openingstijden</h2>
    <table>
      <tr><td>Maandag</td><td>13:00 – 18:00</td></tr>
      <tr><td>Dinsdag t/m vrijdag</td><td>08:30 – 18:00</td></tr>
      <tr><td>Zaterdag</td><td>09:00 – 16:00</td></tr>
    </table>
  </section>
</main>
<footer class="voet">
  <p>De Spaak · Havenkade 19 · 0000 AB Oosterdijk · KvK 00041822</p>
  <p><a href="/privacy">Privacyverklaring</a> · <a href="/voorwaarden">Algemene voorwaarden</a></p>
</footer>
</body>
</html>`,
  },
  {
    lang: "Dutch",
    kind: "html_fragment",
    text: `<div class="artikel-inhoud" data-artikel="88741" data-rubriek="regio">
<p class="intro">Basisschool De Windroos in Keerlo krijgt een nieuw schoolplein zonder tegels. De leerlingen mochten zelf meedenken over het ontwerp.</p>
<p>Waar nu nog grijze stoeptegels liggen, komen na de zomervakantie een moestuin, een wilgenhut en een heuvel om vanaf te rollen. ‘Kinderen spelen veel meer als er iets te ontdekken valt,’ zegt directeur Marloes Terpstra.</p>
<figure>
  <img src="/uploads/2024/05/schoolplein-ontwerp.jpg" alt="Tekening van het nieuwe groene schoolplein met moestuin en speelheuvel" width="900" height="600" loading="lazy">
  <figcaption>Het ontwerp is gemaakt samen met groep 7 en 8. Beeld: Groenbureau Wilgenkamp</figcaption>
</figure>
<h2>Buurt mag ook gebruikmaken van het plein</h2>
<p>Na schooltijd en in het weekend is het plein open voor iedereen uit de wijk. De school vraagt buurtbewoners wel om geen afval achter te laten en honden buiten het hek te houden.</p>
<p>Wie wil helpen bij de aanleg, kan zich melden via <a href="mailto:groenplein@dewindroos.example">groenplein@dewindroos.example</a>. De eerste werkdag is zaterdag 31 augustus.</p>
<!-- fotoserie volgt na de aanleg, zie ticket REDACTIE-2291 -->
</div>`,
  },
  {
    lang: "Dutch",
    kind: "html_email",
    text: `<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>Je afspraakbevestiging</title></head>
<body style="margin:0;background:#f5f5f0;">
<div style="display:none;max-height:0;overflow:hidden;">Donderdag 23 mei om 10:15 bij Kapsalon Knipwerk</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 10px;">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e6e4dc;font-family:Arial,Helvetica,sans-serif;color:#2d2d2d;">
<tr><td style="padding:22px 28px;background:#2f3e46;color:#ffffff;font-size:18px;font-weight:bold;">Kapsalon Knipwerk</td></tr>
<tr><td style="padding:28px;">
<p style="font-size:15px;margin:0 0 12px;">Hoi Sanne,</p>
<p style="font-size:15px;line-height:1.5;">Bedankt voor je reservering. Hieronder vind je de details van je afspraak.</p>
<table role="presentation" cellpadding="6" style="font-size:14px;margin:16px 0;">
<tr><td style="color:#777;">Datum</td><td><strong>donderdag 23 mei 2024</strong></td></tr>
<tr><td style="color:#777;">Tijd</td><td><strong>10:15 – 11:00</strong></td></tr>
<tr><td style="color:#777;">Behandeling</td><td>Knippen en föhnen</td></tr>
<tr><td style="color:#777;">Bij</td><td>Yusuf</td></tr>
<tr><td style="color:#777;">Adres</td><td>Molenstraat 4, Velderhout-Noord</td></tr>
</table>
<p style="font-size:14px;line-height:1.5;">Kun je niet komen? Annuleer dan uiterlijk 24 uur van tevoren via de knop hieronder, anders rekenen we de behandeling toch.</p>
<p style="margin:22px 0;"><a href="https://boeken.knipwerk.example/afspraak/KW-55190/wijzigen" style="background:#e07a5f;color:#fff;text-decoration:none;padding:11px 22px;border-radius:4px;">Afspraak wijzigen of annuleren</a></p>
</td></tr>
<tr><td style="padding:16px 28px;font-size:11px;color:#999;border-top:1px solid #eee;">Je ontvangt deze e-mail omdat je een afspraak hebt gemaakt. Vragen? Mail naar <a href="mailto:hallo@knipwerk.example" style="color:#999;">hallo@knipwerk.example</a>.</td></tr>
</table></td></tr></table>
</body></html>`,
  },
  {
    lang: "Dutch",
    kind: "html_form_page",
    text: `<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><title>Inloggen – Mijn Energiehuis</title>
<link rel="stylesheet" href="/assets/login.css"></head>
<body class="inlogpagina">
<main class="inlogkaart">
  <img src="/assets/energiehuis-logo.svg" alt="Energiehuis" width="130">
  <h1>Inloggen op Mijn Energiehuis</h1>
  <div class="melding fout" role="alert" style="display:none" id="inlogfout">Je e-mailadres of wachtwoord klopt niet. Probeer het opnieuw.</div>
  <form action="/inloggen" method="post" id="inlogformulier" onsubmit="toonLaden()">
    <input type="hidden" name="authenticity_token" value="XkP0r8sT1vQ2wE9yZ4uI7oL3aN6b">
    <input type="hidden" name="terug_naar" value="/verbruik">
    <label for="email">E-mailadres</label>
    <input id="email" name="email" type="email" autocomplete="username" placeholder="naam@voorbeeld.example" required>
    <label for="wachtwoord">Wachtwoord</label>
    <div class="wachtwoord-veld">
      <input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required>
      <button type="button" class="toon-wachtwoord" aria-label="Wachtwoord tonen" onclick="wisselZichtbaarheid()">👁</button>
    </div>
    <label class="onthoud"><input type="checkbox" name="onthoud_mij"> Ingelogd blijven op dit apparaat</label>
    <button type="submit" class="knop-primair">Inloggen</button>
    <span class="laden" hidden>Even geduld…</span>
  </form>
  <p><a href="/wachtwoord-vergeten">Wachtwoord vergeten?</a></p>
  <p>Nog geen account? <a href="/registreren">Maak er een aan</a> met je klantnummer. Dat staat rechtsboven op je jaarafrekening.</p>
  <p class="veiligheid">Wij vragen nooit om je wachtwoord via e-mail of telefoon.</p>
</main>
<noscript><p class="noscript">Zet JavaScript aan om in te loggen.</p></noscript>
</body></html>`,
  },
  {
    lang: "Dutch",
    kind: "html_table_page",
    text: `<main class="uitslagen">
<h1>Uitslagen Polderloop Rietveldermeer 2024 – 10 km</h1>
<p>Voorlopige uitslag. Klopt je tijd niet? Meld het binnen 7 dagen via het <a href="/correctie">correctieformulier</a>, met je startnummer erbij.</p>
<form class="filter" onsubmit="return false">
  <label for="zoek-deelnemer">Zoek op naam of startnummer</label>
  <input id="zoek-deelnemer" type="search" oninput="filterTabel(this.value)">
  <select aria-label="Categorie" onchange="filterCategorie(this.value)">
    <option value="">Alle categorieën</option><option>M35</option><option>V40</option><option>M50</option>
  </select>
</form>
<table class="uitslagentabel" data-afstand="10km">
  <thead>
    <tr><th>Plaats</th><th>Startnr.</th><th>Naam</th><th>Woonplaats</th><th>Cat.</th><th>Netto tijd</th></tr>
  </thead>
  <tbody>
    <tr><td>1</td><td>412</td><td>Daan Hoekstra</td><td>Kleidorp</td><td>M35</td><td>33:48</td></tr>
    <tr><td>2</td><td>077</td><td>Pieter-Jan Mol</td><td>Meeuwenoord</td><td>M35</td><td>34:12</td></tr>
    <tr><td>3</td><td>255</td><td>Ilse Bakker</td><td>Rietveldermeer</td><td>V40</td><td>36:05</td></tr>
    <tr><td>4</td><td>301</td><td>Geert de Wolf</td><td>Lutjeveen</td><td>M50</td><td>36:41</td></tr>
    <tr><td>5</td><td>118</td><td>Noor Sedney</td><td>Kleidorp</td><td>V40</td><td>37:20</td></tr>
  </tbody>
</table>
<p class="toelichting"><abbr title="Did Not Finish">DNF</abbr> = niet gefinisht. Netto tijd is gemeten vanaf het passeren van de startmat.</p>
<a href="/uitslagen/2024-10km.csv" class="download">Download volledige uitslag (CSV)</a>
</main>`,
  },
  {
    lang: "Dutch",
    kind: "html_with_scripts",
    text: `<!DOCTYPE html>
<html lang="nl">
<head>
<meta charset="utf-8">
<title>Veelgestelde vragen – Zorgverzekeraar Helder</title>
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "FAQPage",
  "mainEntity": [
    {
      "@type": "Question",
      "name": "Hoe declareer ik een nota?",
      "acceptedAnswer": { "@type": "Answer", "text": "Maak een foto van de nota en upload deze in de app of op Mijn Helder. Binnen 10 werkdagen staat het geld op je rekening." }
    },
    {
      "@type": "Question",
      "name": "Wanneer moet ik mijn eigen risico betalen?",
      "acceptedAnswer": { "@type": "Answer", "text": "Je betaalt het eigen risico pas als je zorg gebruikt die eronder valt. Je kunt het ook in termijnen betalen." }
    }
  ]
}
</script>
<script>
  /* feature flags voor de FAQ-widget */
  window.__HELDER_CONFIG__ = {
    zoekSuggesties: true,
    feedbackKnoppen: true,
    chatWidget: false,
    apiUrl: "https://api.helder-zorg.example/faq",
    buildNummer: 4821
  };
</script>
<script src="https://cdn.helder-zorg.example/js/faq.3d91.js" defer></script>
</head>
<body>
<main>
<h1>Veelgestelde vragen</h1>
<details data-vraag-id="declareren"><summary>Hoe declareer ik een nota?</summary><p>Maak een foto van de nota en upload deze in de app of op Mijn Helder.</p></details>
<details data-vraag-id="eigen-risico"><summary>Wanneer moet ik mijn eigen risico betalen?</summary><p>Pas als je zorg gebruikt die eronder valt.</p></details>
<p>Was dit antwoord nuttig? <button onclick="feedback('ja')">Ja</button> <button onclick="feedback('nee')">Nee</button></p>
</main>
</body>
</html>`,
  },
  {
    lang: "Dutch",
    kind: "cookie_banner_and_footer",
    text: `<div id="cookiemelding" class="cookiemelding" role="dialog" aria-labelledby="cm-kop" data-toestemming-versie="5">
  <h2 id="cm-kop">Cookies op onze website</h2>
  <p>Wij gebruiken functionele en analytische cookies om de website goed te laten werken en te verbeteren. Met jouw toestemming plaatsen we ook cookies van partners om advertenties af te stemmen op jouw interesses. Lees meer in onze <a href="/cookieverklaring">cookieverklaring</a>.</p>
  <button type="button" class="knop" onclick="toestemming.alles()">Alle cookies accepteren</button>
  <button type="button" class="knop knop--secundair" onclick="toestemming.alleenNodig()">Alleen noodzakelijke cookies</button>
  <a href="#" class="instellingen" onclick="toestemming.toonInstellingen(); return false;">Instellingen aanpassen</a>
</div>
<!-- overlay achter de melding; wordt verborgen na keuze -->
<div class="cookie-overlay" style="display:none" aria-hidden="true"></div>
<footer class="site-voet">
  <section>
    <h3>Klantenservice</h3>
    <p>Bel ons op 000 – 123 45 67 (ma–vr 8:00–20:00) of stuur een mail naar <a href="mailto:service@reisbureauzonnedal.example">service@reisbureauzonnedal.example</a>.</p>
  </section>
  <section>
    <h3>Zeker op reis</h3>
    <p>Reisbureau Zonnedal is aangesloten bij het Garantiefonds Reizen. Lees altijd de reisvoorwaarden voordat je boekt.</p>
  </section>
  <nav aria-label="Juridisch">
    <a href="/disclaimer">Disclaimer</a> ·
    <a href="/privacyverklaring">Privacyverklaring</a> ·
    <a href="/cookieverklaring">Cookieverklaring</a> ·
    <a href="/reisvoorwaarden">Reisvoorwaarden</a>
  </nav>
  <p>© 2024 Reisbureau Zonnedal B.V. · KvK 00054193 · Stationsplein 2, 0000 ZD Bergenhoven</p>
</footer>`,
  },
  {
    lang: "Dutch",
    kind: "product_page_html",
    text: `<main class="productpagina" data-artikelnummer="THEE-RB-100" data-voorraad="42">
  <nav aria-label="Kruimelpad"><a href="/">Home</a> / <a href="/thee">Thee</a> / <span>Rooibos</span></nav>
  <div class="product-afbeelding">
    <img src="/producten/rooibos-sinaasappel-100g.jpg" alt="Blik losse rooibosthee met sinaasappelschil, 100 gram" width="600" height="600">
  </div>
  <div class="product-info">
    <h1>Rooibos Sinaasappel &amp; Kaneel – losse thee, 100 g</h1>
    <p class="prijs">€ 6,95 <span class="per-eenheid">(€ 69,50 per kg)</span></p>
    <p class="beoordeling"><span aria-hidden="true">★★★★★</span> 4,9 uit 5 (<a href="#reviews">212 beoordelingen</a>)</p>
    <p>Cafeïnevrij en lekker in de winter. Ook koud te drinken met een schijfje sinaasappel.</p>
    <h2>Bereiding</h2>
    <p>Gebruik 1 theelepel per kop. Giet er kokend water op en laat 5 tot 8 minuten trekken.</p>
    <div class="aantal">
      <button type="button" aria-label="Eén minder" onclick="aantal.min()">−</button>
      <input type="number" id="aantal" value="1" min="1" aria-label="Aantal">
      <button type="button" aria-label="Eén meer" onclick="aantal.plus()">+</button>
    </div>
    <button class="in-winkelmand" onclick="winkelmand.voegToe('THEE-RB-100', aantal.value)">In winkelmand</button>
    <p class="levering">Voor 22:00 besteld, morgen in huis. Gratis verzending vanaf € 25.</p>
  </div>
  <section id="reviews">
    <h2>Reviews</h2>
    <article><p>Heerlijke geur als je het blik opent. Bestel zeker weer. – Anouk, Heideloo-Oost</p></article>
  </section>
</main>`,
  },
  // ───────────────────────────── Polish ─────────────────────────────
  {
    lang: "Polish",
    kind: "html_form_page",
    text: `<!DOCTYPE html>
<html lang="pl">
<head><meta charset="utf-8"><title>Rejestracja – Biblioteka Miejska w Zalesiu Modrym</title>
<link rel="stylesheet" href="/css/formularze.css">
<style>.pole-pulapka{display:none}</style></head>
<body>
<main class="rejestracja">
<h1>Zapisz się do biblioteki online</h1>
<p>Wypełnij formularz, a następnie odbierz kartę czytelnika w dowolnej filii. Pamiętaj, aby zabrać ze sobą dokument tożsamości.</p>
<form action="/rejestracja" method="post" id="form-rejestracja" novalidate>
  <input type="hidden" name="csrfmiddlewaretoken" value="Qe8vY2mN7tK4pZ1xR6wA9sD3">
  <div class="pole">
    <label for="imie">Imię *</label>
    <input id="imie" name="imie" required autocomplete="given-name">
  </div>
  <div class="pole">
    <label for="nazwisko">Nazwisko *</label>
    <input id="nazwisko" name="nazwisko" required autocomplete="family-name">
  </div>
  <div class="pole">
    <label for="pesel">PESEL *</label>
    <input id="pesel" name="pesel" inputmode="numeric" maxlength="11" pattern="[0-9]{11}" required>
    <span class="blad" id="blad-pesel" hidden>Numer PESEL musi składać się z 11 cyfr.</span>
  </div>
  <div class="pole">
    <label for="email">Adres e-mail *</label>
    <input id="email" name="email" type="email" placeholder="jan.kowalski@poczta.example" required>
    <span class="podpowiedz">Na ten adres wyślemy przypomnienia o terminie zwrotu.</span>
  </div>
  <div class="pole">
    <label for="filia">Filia, w której odbierzesz kartę</label>
    <select id="filia" name="filia">
      <option>Wypożyczalnia Główna, ul. Lipowa 12</option>
      <option>Filia nr 2, os. Słoneczne</option>
      <option>Filia nr 5, Stare Zalesie</option>
    </select>
  </div>
  <div class="pole-pulapka" aria-hidden="true"><input name="strona_www" tabindex="-1" autocomplete="off"></div>
  <label class="zgoda"><input type="checkbox" name="regulamin" required> Zapoznałem się z <a href="/regulamin">regulaminem</a> i go akceptuję *</label>
  <button type="submit" class="przycisk">Wyślij zgłoszenie</button>
</form>
<noscript>Aby formularz sprawdzał dane na bieżąco, włącz obsługę JavaScriptu w przeglądarce.</noscript>
</main>
</body></html>`,
  },
  {
    lang: "Polish",
    kind: "html_table_page",
    text: `<main class="rozklad">
<h1>Rozkład jazdy – linia 114: Dworzec Zachodni – Osiedle Brzozowe</h1>
<p>Obowiązuje od 1 czerwca 2024 r. W dni świąteczne kursy jak w niedziele. Prosimy o skasowanie biletu niezwłocznie po wejściu do pojazdu.</p>
<table class="tabela-rozklad" data-linia="114">
  <caption>Przystanek: Plac Kościuszki 02 – kierunek Osiedle Brzozowe</caption>
  <thead><tr><th scope="col">Godzina</th><th scope="col">Dni robocze</th><th scope="col">Soboty</th><th scope="col">Niedziele</th></tr></thead>
  <tbody>
    <tr><th scope="row">5</th><td>12 42</td><td>–</td><td>–</td></tr>
    <tr><th scope="row">6</th><td>07 22 37 52</td><td>15 45</td><td>35</td></tr>
    <tr><th scope="row">7</th><td>07 17 27 37 47 57</td><td>15 45</td><td>35</td></tr>
    <tr><th scope="row">8</th><td>10 25 40 55</td><td>15 35 55</td><td>35</td></tr>
    <tr><th scope="row">…</th><td colspan="3">co 15–30 minut</td></tr>
    <tr><th scope="row">22</th><td>15 45<sup>N</sup></td><td>15</td><td>15</td></tr>
  </tbody>
</table>
<p class="objasnienia"><sup>N</sup> – kurs skrócony do pętli Cmentarz Komunalny.</p>
<h2>Ceny biletów</h2>
<table class="tabela-ceny">
  <tr><th>Bilet</th><th>Normalny</th><th>Ulgowy</th></tr>
  <tr><td>Jednorazowy 20-minutowy</td><td>3,40 zł</td><td>1,70 zł</td></tr>
  <tr><td>Jednorazowy 60-minutowy</td><td>4,60 zł</td><td>2,30 zł</td></tr>
  <tr><td>Dobowy</td><td>15,00 zł</td><td>7,50 zł</td></tr>
</table>
<a href="/rozklady/114.pdf" class="pobierz">Pobierz rozkład w PDF</a>
</main>`,
  },
  {
    lang: "Polish",
    kind: "html_with_scripts",
    text: `<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<title>Warsztaty ceramiczne dla dzieci – Dom Kultury „Iskra”</title>
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "Event",
  "name": "Warsztaty ceramiczne dla dzieci 7–12 lat",
  "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
  "startDate": "2024-07-08T10:00+02:00",
  "endDate": "2024-07-12T13:00+02:00",
  "location": {
    "@type": "Place",
    "name": "Dom Kultury Iskra",
    "address": "ul. Kasztanowa 8, Mirogórze Wielkie"
  },
  "offers": { "@type": "Offer", "price": "250", "priceCurrency": "PLN", "availability": "https://schema.org/LimitedAvailability" },
  "organizer": { "@type": "Organization", "name": "Dom Kultury Iskra", "url": "https://www.dkiskra.example" }
}
</script>
<script>
  // konfiguracja licznika wolnych miejsc – odświeżane co 60 s
  const ZAPISY = {
    idWarsztatow: "CER-2024-07",
    limitMiejsc: 12,
    odswiezanieMs: 60000,
    adresApi: "/api/zapisy/stan"
  };
</script>
<script defer src="https://analityka.licznikmiejski.example/l.js" data-witryna="dk-iskra"></script>
</head>
<body>
<main>
<h1>Warsztaty ceramiczne dla dzieci</h1>
<p>Pięć spotkań, na których dzieci ulepią miski, kubki i figurki. Prace zostaną wypalone w piecu i będą gotowe do odbioru po dwóch tygodniach.</p>
<p>Wolne miejsca: <strong id="wolne-miejsca" data-limit="12">…</strong></p>
<button onclick="otworzZapisy(ZAPISY.idWarsztatow)">Zapisz dziecko</button>
<noscript>Włącz JavaScript, aby zobaczyć liczbę wolnych miejsc, lub zadzwoń pod numer 00 000 41 77.</noscript>
</main>
</body>
</html>`,
  },
  {
    lang: "Polish",
    kind: "cookie_banner_and_footer",
    text: `<div class="baner-cookies" id="banerCookies" role="dialog" aria-label="Zgoda na pliki cookies" data-wersja="2024.1">
  <p><strong>Szanujemy Twoją prywatność.</strong> Korzystamy z plików cookies, aby zapewnić prawidłowe działanie serwisu, analizować ruch i dopasowywać treści marketingowe. Kliknij „Akceptuję wszystkie”, aby wyrazić zgodę na wszystkie cele, lub wybierz „Ustawienia”, aby zdecydować samodzielnie. Szczegóły znajdziesz w <a href="/polityka-prywatnosci#cookies">Polityce prywatności</a>.</p>
  <div class="przyciski">
    <button type="button" onclick="zgody.akceptujWszystkie()">Akceptuję wszystkie</button>
    <button type="button" onclick="zgody.tylkoNiezbedne()">Tylko niezbędne</button>
    <button type="button" class="link" onclick="zgody.pokazUstawienia()">Ustawienia</button>
  </div>
</div>
<div id="ustawieniaCookies" class="okno-modalne" style="display:none" role="dialog" aria-modal="true">
  <label><input type="checkbox" checked disabled> Niezbędne</label>
  <label><input type="checkbox" name="analityczne"> Analityczne</label>
  <label><input type="checkbox" name="marketingowe"> Marketingowe</label>
  <button onclick="zgody.zapisz()">Zapisz wybór</button>
</div>
<footer class="stopka">
  <div class="stopka-kolumny">
    <ul><li><a href="/o-nas">O nas</a></li><li><a href="/kariera">Kariera</a></li><li><a href="/kontakt">Kontakt</a></li></ul>
    <ul><li><a href="/regulamin-sklepu">Regulamin sklepu</a></li><li><a href="/zwroty">Zwroty i reklamacje</a></li><li><a href="/polityka-prywatnosci">Polityka prywatności</a></li></ul>
  </div>
  <p class="dane-firmy">Pracownia Mebli Dębowy Sęk sp. z o.o., ul. Tartaczna 5, 00-000 Dębogrodzice. KRS 0000000417, NIP 000-000-41-88, kapitał zakładowy 50 000 zł.</p>
  <p>© 2024 Dębowy Sęk. Wszelkie prawa zastrzeżone.</p>
</footer>`,
  },
  {
    lang: "Polish",
    kind: "product_page_html",
    text: `<main class="karta-produktu" data-sku="CZAJ-ZEL-15" data-kategoria="kuchnia">
  <nav class="okruszki" aria-label="Ścieżka"><a href="/">Strona główna</a> › <a href="/kuchnia">Kuchnia</a> › <span>Garnki i patelnie</span></nav>
  <div class="galeria">
    <img src="/zdjecia/garnek-zeliwny-5l-czerwony.jpg" alt="Czerwony garnek żeliwny z pokrywką, pojemność 5 litrów" width="620" height="620">
  </div>
  <div class="opis">
    <h1>Garnek żeliwny emaliowany Stara Kuźnia 5 l – czerwony</h1>
    <p class="cena"><s>449,00 zł</s> <strong>379,00 zł</strong></p>
    <p class="opinie"><span aria-hidden="true">★★★★★</span> 4,8 / 5 · <a href="#opinie">93 opinie</a></p>
    <ul>
      <li>Do wszystkich rodzajów kuchenek, także indukcyjnych</li>
      <li>Można używać w piekarniku do 250°C</li>
      <li>Waga: 5,6 kg</li>
    </ul>
    <label for="ilosc">Ilość</label>
    <input id="ilosc" type="number" min="1" max="4" value="1">
    <button class="do-koszyka" data-sku="CZAJ-ZEL-15" onclick="koszyk.dodaj(this.dataset.sku, ilosc.value)">Dodaj do koszyka</button>
    <p class="dostawa">Darmowa dostawa kurierem. Wysyłka w ciągu 24 godzin.</p>
    <details>
      <summary>Jak dbać o garnek?</summary>
      <p>Myj ręcznie ciepłą wodą. Nie wlewaj zimnej wody do rozgrzanego garnka i nie używaj metalowych druciaków.</p>
    </details>
  </div>
  <section id="opinie">
    <h2>Opinie klientów</h2>
    <article class="opinia"><p>Bigos wychodzi w nim najlepszy na świecie. Ciężki, ale solidny. – Grażyna, Sosnowa Łąka</p></article>
  </section>
</main>`,
  },
  {
    lang: "Polish",
    kind: "docs_page_html",
    text: `<article class="dokumentacja" data-wersja="4.2">
<h1>Szybki start z biblioteką Wiewiórka</h1>
<p>Wiewiórka to lekka biblioteka do walidacji formularzy w przeglądarce. Nie ma zależności i waży 6 KB po kompresji.</p>
<div class="uwaga"><p><strong>Uwaga:</strong> walidacja po stronie przeglądarki nie zastępuje sprawdzania danych na serwerze. Zawsze weryfikuj dane także w backendzie.</p></div>
<h2>Instalacja</h2>
<pre><code class="language-bash">npm install wiewiorka --save</code></pre>
<h2>Przykład użycia</h2>
<pre><code class="language-html">&lt;form id="zamowienie"&gt;
  &lt;input name="kod" data-regula="kodPocztowy" required&gt;
  &lt;span data-blad-dla="kod"&gt;&lt;/span&gt;
&lt;/form&gt;</code></pre>
<pre><code class="language-js">import { walidator } from "wiewiorka";

walidator("#zamowienie", {
  komunikaty: {
    required: "To pole jest wymagane.",
    kodPocztowy: "Wpisz kod w formacie 00-000."
  },
  naBiezaco: true
});</code></pre>
<h2>Dostępne reguły</h2>
<table>
<tr><th>Reguła</th><th>Opis</th></tr>
<tr><td><code>email</code></td><td>Poprawny adres e-mail</td></tr>
<tr><td><code>kodPocztowy</code></td><td>Polski kod pocztowy</td></tr>
<tr><td><code>nip</code></td><td>Numer NIP z sumą kontrolną</td></tr>
</table>
<p>Zobacz też: <a href="/docs/4.2/wlasne-reguly">Tworzenie własnych reguł</a>.</p>
<!-- strona wygenerowana automatycznie z pliku szybki-start.md -->
</article>`,
  },
  {
    lang: "Polish",
    kind: "blog_post_html",
    text: `<article class="wpis" id="wpis-529">
  <h1>Pierogi z kaszą i twarogiem – przepis mojej babci</h1>
  <p class="info-wpis">Autorka: <a href="/autorka/ewa-mazurek">Ewa Mazurek</a> · <time datetime="2024-02-18">18 lutego 2024</time> · Kategoria: <a href="/kuchnia-polska">Kuchnia polska</a></p>
  <div class="tresc">
    <p>Babcia Stasia robiła je zawsze w ostatnią sobotę karnawału. Kasza gryczana, tłusty twaróg i dużo smażonej cebulki – nic więcej nie potrzeba.</p>
    <h2>Składniki na ciasto</h2>
    <ul><li>500 g mąki pszennej</li><li>250 ml ciepłej wody</li><li>2 łyżki oleju</li><li>szczypta soli</li></ul>
    <h2>Wskazówka</h2>
    <p>Nie dodawaj jajka do ciasta – wtedy pierogi będą miękkie także po odgrzaniu. Ciasto wałkuj cienko, na około 2 mm.</p>
  </div>
</article>
<section class="komentarze" id="komentarze">
  <h2>Komentarze (2)</h2>
  <div class="komentarz" id="kom-7781">
    <p class="autor">Tomek z Rudnicy Małej</p>
    <p>Czy można zamrozić pierogi przed gotowaniem?</p>
    <a href="#odpowiedz" data-rodzic="7781">Odpowiedz</a>
  </div>
  <div class="komentarz odpowiedz-autorki" id="kom-7783">
    <p class="autor">Ewa Mazurek</p>
    <p>Tak! Rozłóż je na tacy oprószonej mąką, a po zamrożeniu przełóż do woreczka.</p>
  </div>
  <form id="odpowiedz" action="/komentarze/dodaj" method="post">
    <input type="hidden" name="wpis" value="529">
    <input type="hidden" name="token" value="c93a0b5f71e2">
    <label for="nick">Podpis</label><input id="nick" name="nick" required>
    <label for="tresc-kom">Treść komentarza</label><textarea id="tresc-kom" name="tresc" rows="4"></textarea>
    <p class="info">Komentarze pojawiają się po zatwierdzeniu przez moderatora.</p>
    <button type="submit">Dodaj komentarz</button>
  </form>
</section>`,
  },
  {
    lang: "Polish",
    kind: "search_results_html",
    text: `<main class="wyniki-wyszukiwania">
  <form action="/oferty" method="get" role="search" class="wyszukiwarka">
    <label for="fraza">Stanowisko, firma lub słowo kluczowe</label>
    <input id="fraza" name="q" type="search" value="księgowa">
    <label for="miasto">Miejscowość</label>
    <input id="miasto" name="miasto" value="Lubosław Wielki">
    <button type="submit">Szukaj ofert</button>
  </form>
  <p class="liczba-wynikow">Znaleziono 27 ofert pracy</p>
  <ul class="lista-ofert">
    <li class="oferta" data-id-oferty="OF-220931">
      <h2><a href="/oferta/220931">Samodzielna księgowa / Samodzielny księgowy</a></h2>
      <p class="firma">Biuro Rachunkowe Bilans-Plus</p>
      <p class="szczegoly">Lubosław Wielki · umowa o pracę · 7 500–9 000 zł brutto</p>
      <p class="dodano">Dodano 2 dni temu</p>
    </li>
    <li class="oferta wyrozniona" data-id-oferty="OF-221104">
      <span class="znacznik">Pilne</span>
      <h2><a href="/oferta/221104">Specjalistka ds. płac</a></h2>
      <p class="firma">Zakłady Mleczarskie Łąkowa Dolina</p>
      <p class="szczegoly">Lubosław Wielki · praca hybrydowa · 6 800–8 200 zł brutto</p>
      <p class="dodano">Dodano dzisiaj</p>
    </li>
    <li class="oferta" data-id-oferty="OF-219870">
      <h2><a href="/oferta/219870">Młodsza księgowa – staż</a></h2>
      <p class="firma">Hurtownia Budowlana Kamex</p>
      <p class="szczegoly">Modrzewiec Nowy (12 km) · umowa zlecenie · 4 800 zł brutto</p>
      <p class="dodano">Dodano 6 dni temu</p>
    </li>
  </ul>
  <nav class="stronicowanie" aria-label="Strony wyników"><span aria-current="page">1</span> <a href="?q=ksi%C4%99gowa&amp;strona=2">2</a> <a href="?q=ksi%C4%99gowa&amp;strona=3">3</a> <a href="?q=ksi%C4%99gowa&amp;strona=2">Następna</a></nav>
  <p class="powiadomienia">Ustaw powiadomienie e-mail, aby dostawać nowe oferty dla tej frazy. <a href="/powiadomienia/nowe?q=ksi%C4%99gowa">Włącz powiadomienia</a></p>
</main>`,
  },
  {
    lang: "Polish",
    kind: "error_page_html",
    text: `<!DOCTYPE html>
<html lang="pl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Przerwa techniczna – e-Urząd Gminy Kamienna Struga</title>
<style>
  body{font-family:Arial,sans-serif;background:#f6f7f9;color:#1b2530;margin:0}
  .komunikat{max-width:560px;margin:60px auto;background:#fff;padding:32px;border-top:4px solid #c0392b}
</style>
</head>
<body>
<div class="komunikat" role="main">
  <img src="/grafika/herb-kamienna-struga.png" alt="Herb Gminy Kamienna Struga" width="64">
  <h1>Trwa przerwa techniczna</h1>
  <p>W sobotę 18 maja w godzinach <strong>6:00–14:00</strong> system e-Urzędu jest niedostępny z powodu aktualizacji oprogramowania.</p>
  <p>W tym czasie nie można składać wniosków ani sprawdzać statusu spraw. Jeśli termin złożenia dokumentu upływa w sobotę, złóż go w najbliższy dzień roboczy – nie stracisz przez to prawa do ulgi.</p>
  <p>Prosimy nie odświeżać strony co chwilę. Wróć po godzinie 14:00.</p>
  <p>W pilnych sprawach: Biuro Obsługi Mieszkańców, tel. 00 000 12 34, <a href="mailto:bom@kamiennastruga.example">bom@kamiennastruga.example</a>.</p>
  <p class="przepraszamy">Przepraszamy za utrudnienia.</p>
</div>
<!-- HTTP 503, Retry-After: 28800 -->
</body>
</html>`,
  },
  {
    lang: "Polish",
    kind: "rss_or_atom_feed",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Gazeta Nadrzeczna – Wiadomości z regionu</title>
  <link>https://www.gazetanadrzeczna.example/</link>
  <description>Najnowsze wiadomości z powiatu nadrzecznego</description>
  <language>pl</language>
  <lastBuildDate>Wed, 15 May 2024 07:55:00 +0200</lastBuildDate>
  <item>
    <title>Remont mostu na Wierzbnicy. Objazd przez Olszynkę do końca sierpnia</title>
    <link>https://www.gazetanadrzeczna.example/region/2024/05/remont-mostu-wierzbnica</link>
    <guid isPermaLink="false">gn-58120</guid>
    <pubDate>Wed, 15 May 2024 07:40:00 +0200</pubDate>
    <category>Drogi</category>
    <description><![CDATA[<p>Od poniedziałku kierowcy jadący z Kalinowa do Borków muszą korzystać z objazdu. Zarząd dróg apeluje o przestrzeganie ograniczenia prędkości do 40 km/h na odcinku przez Olszynkę.</p>]]></description>
  </item>
  <item>
    <title>Noc Muzeów w zamku w Wysokiej Grodzi</title>
    <link>https://www.gazetanadrzeczna.example/kultura/2024/05/noc-muzeow-wysoka-grodz</link>
    <guid isPermaLink="false">gn-58097</guid>
    <pubDate>Tue, 14 May 2024 15:20:00 +0200</pubDate>
    <category>Kultura</category>
    <description>Zwiedzanie lochów z przewodnikiem, pokaz walk rycerskich i koncert muzyki dawnej. Wstęp wolny, obowiązują bezpłatne wejściówki.</description>
  </item>
  <item>
    <title>Ruszył nabór do programu „Czyste Powietrze w Gminie”</title>
    <link>https://www.gazetanadrzeczna.example/region/2024/05/nabor-czyste-powietrze</link>
    <guid isPermaLink="false">gn-58064</guid>
    <pubDate>Mon, 13 May 2024 11:00:00 +0200</pubDate>
    <category>Samorząd</category>
    <description>Wnioski o dofinansowanie wymiany pieca można składać do 30 czerwca w urzędzie gminy lub elektronicznie.</description>
  </item>
</channel>
</rss>`,
  },
  // ───────────────────────────── Russian ─────────────────────────────
  {
    lang: "Russian",
    kind: "docs_page_html",
    text: `<article class="docs" data-version="2.0">
<h1>Подключение к базе данных в Кедр ORM</h1>
<p>Кедр — небольшая ORM-библиотека для Python. В этом разделе описано, как настроить подключение к PostgreSQL и выполнить первый запрос.</p>
<div class="callout callout--info"><p><strong>Примечание.</strong> Начиная с версии 2.0 параметр <code>pool_size</code> по умолчанию равен 5. Если вы обновляетесь с 1.x, проверьте свои настройки.</p></div>
<h2 id="ustanovka">Установка</h2>
<pre><code class="language-bash">pip install kedr-orm[postgres]</code></pre>
<h2 id="nastroika">Настройка подключения</h2>
<p>Создайте файл <code>settings.py</code> и укажите строку подключения. Пароль храните в переменной окружения, а не в коде.</p>
<pre><code class="language-python">import os
from kedr import Database

db = Database(
    url=os.environ["DATABASE_URL"],
    pool_size=10,
    echo=False,
)</code></pre>
<h2 id="zapros">Первый запрос</h2>
<pre><code class="language-python">from models import Zakaz

with db.session() as s:
    novye = s.query(Zakaz).filter(Zakaz.status == "novyi").limit(20).all()
    for z in novye:
        print(z.nomer, z.summa)</code></pre>
<h2 id="oshibki">Частые ошибки</h2>
<table>
<tr><th>Сообщение</th><th>Что сделать</th></tr>
<tr><td><code>connection refused</code></td><td>Убедитесь, что сервер запущен и порт 5432 открыт.</td></tr>
<tr><td><code>password authentication failed</code></td><td>Проверьте значение переменной <code>DATABASE_URL</code>.</td></tr>
</table>
<nav class="pager"><a href="/docs/2.0/vvedenie">← Введение</a> · <a href="/docs/2.0/modeli">Модели →</a></nav>
<!-- собрано docgen 3.4 из docs/ru/podkluchenie.md -->
</article>`,
  },
  {
    lang: "Russian",
    kind: "blog_post_html",
    text: `<article class="post" id="post-884">
  <header>
    <h1>Как мы утеплили балкон своими руками и уложились в 40 тысяч</h1>
    <p class="post-meta">Автор: <a href="/avtory/oleg-sinitsyn">Олег Синицын</a> · <time datetime="2024-03-02">2 марта 2024</time> · Рубрика: <a href="/remont">Ремонт</a></p>
  </header>
  <div class="post-body">
    <p>Прошлой зимой на балконе было так холодно, что банки с соленьями лопались. Решили утеплить сами — рассказываю, что получилось и какие ошибки мы допустили.</p>
    <h2>Материалы</h2>
    <ul>
      <li>Пеноплэкс 50 мм — 12 листов</li>
      <li>Пароизоляционная плёнка и скотч</li>
      <li>Вагонка из сосны, класс «В»</li>
    </ul>
    <h2>Главная ошибка</h2>
    <p>Мы не заделали щели монтажной пеной перед укладкой утеплителя. Обязательно пройдитесь по всем стыкам, иначе через месяц появится конденсат.</p>
    <p>Смету в виде таблицы можно <a href="/files/smeta-balkon.xlsx">скачать здесь</a>.</p>
  </div>
</article>
<section class="comments" id="comments">
  <h2>Комментарии (2)</h2>
  <div class="comment" id="c-12044">
    <p class="comment__author">Наталья, Светлогорье</p>
    <p>А согласовывали с управляющей компанией? У нас требуют разрешение даже на остекление.</p>
    <a href="#reply-form" class="comment__reply" data-parent="12044">Ответить</a>
  </div>
  <div class="comment comment--author" id="c-12047">
    <p class="comment__author">Олег Синицын</p>
    <p>Остекление было ещё от прежних хозяев, а утепление изнутри согласования не требует.</p>
  </div>
  <form id="reply-form" action="/comments/add" method="post">
    <input type="hidden" name="post_id" value="884">
    <input type="hidden" name="csrf" value="5b2e8f1ac0d7">
    <label for="cname">Имя</label><input id="cname" name="name" required>
    <label for="ctext">Комментарий</label><textarea id="ctext" name="text" rows="4" placeholder="Напишите ваш комментарий"></textarea>
    <button type="submit">Отправить</button>
  </form>
</section>`,
  },
  {
    lang: "Russian",
    kind: "search_results_html",
    text: `<main class="search-page">
  <form action="/search" method="get" role="search" class="search-form">
    <label for="sq" class="visually-hidden">Поиск по магазину</label>
    <input id="sq" name="q" type="search" value="детский велосипед 16" placeholder="Что вы ищете?">
    <button type="submit">Найти</button>
  </form>
  <h1>Результаты поиска: «детский велосипед 16»</h1>
  <p class="search-count">Найдено 23 товара</p>
  <aside class="filters">
    <fieldset><legend>Цена, ₽</legend>
      <input type="number" name="price_from" placeholder="от" aria-label="Цена от">
      <input type="number" name="price_to" placeholder="до" aria-label="Цена до">
    </fieldset>
    <label><input type="checkbox" name="in_stock" checked onchange="applyFilters()"> Только в наличии</label>
  </aside>
  <ul class="product-list">
    <li class="product-card" data-id="VB-16-0412">
      <a href="/product/vb-16-0412"><img src="/img/vb-16-0412.jpg" alt="Детский велосипед Стриж 16 дюймов, мятного цвета, с приставными колёсами"></a>
      <h2><a href="/product/vb-16-0412">Велосипед детский «Стриж» 16"</a></h2>
      <p class="price">8 490 ₽</p>
      <p class="delivery">Доставим завтра</p>
    </li>
    <li class="product-card" data-id="VB-16-0377">
      <a href="/product/vb-16-0377"><img src="/img/vb-16-0377.jpg" alt="Велосипед Зубрёнок 16 с корзинкой на руле, красный"></a>
      <h2><a href="/product/vb-16-0377">Велосипед «Зубрёнок» 16" с корзинкой</a></h2>
      <p class="price"><s>9 990 ₽</s> 7 990 ₽</p>
      <p class="delivery">Самовывоз сегодня</p>
    </li>
  </ul>
  <nav class="pagination" aria-label="Страницы"><span aria-current="page">1</span> <a href="?q=%D0%B4%D0%B5%D1%82%D1%81%D0%BA%D0%B8%D0%B9&amp;page=2">2</a> <a href="?q=%D0%B4%D0%B5%D1%82%D1%81%D0%BA%D0%B8%D0%B9&amp;page=2">Далее →</a></nav>
  <p class="search-tip">Не нашли нужное? Попробуйте изменить запрос или сбросить фильтры.</p>
</main>`,
  },
  {
    lang: "Russian",
    kind: "error_page_html",
    text: `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Страница не найдена — Театр юного зрителя «Светлячок»</title>
<link rel="stylesheet" href="/css/404.css">
</head>
<body class="error-page">
<header>
  <a href="/"><img src="/img/logo-svetlyachok.svg" alt="ТЮЗ «Светлячок» — на главную" height="48"></a>
</header>
<main>
  <p class="error-code" aria-hidden="true">404</p>
  <h1>Такой страницы нет</h1>
  <p>Возможно, спектакль уже сняли с репертуара или в адресе допущена опечатка.</p>
  <p>Вот что можно сделать:</p>
  <ul>
    <li>посмотреть <a href="/afisha">афишу на ближайший месяц</a>;</li>
    <li>перейти на <a href="/">главную страницу</a>;</li>
    <li>позвонить в кассу: <a href="tel:+70000412233">+7 (000) 041-22-33</a>.</li>
  </ul>
  <p>Если вы купили билет онлайн и не получили письмо, проверьте папку «Спам» или напишите на <a href="mailto:kassa@svetlyachok-teatr.example">kassa@svetlyachok-teatr.example</a>.</p>
</main>
<footer><p>© 2024 ТЮЗ «Светлячок», г. Верхнеречинск</p></footer>
<!-- шаблон ошибки 404, см. templates/errors/404.html -->
</body>
</html>`,
  },
  {
    lang: "Russian",
    kind: "rss_or_atom_feed",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Вестник Заозёрья — новости района</title>
  <link>https://vestnik-zaozerye.example/</link>
  <description>Главные события Заозёрского района</description>
  <language>ru</language>
  <lastBuildDate>Thu, 16 May 2024 09:10:00 +0300</lastBuildDate>
  <item>
    <title>В Заозёрье открылась новая амбулатория</title>
    <link>https://vestnik-zaozerye.example/news/2024/05/16/ambulatoriya</link>
    <guid isPermaLink="false">vz-20240516-01</guid>
    <pubDate>Thu, 16 May 2024 09:00:00 +0300</pubDate>
    <category>Здравоохранение</category>
    <description><![CDATA[<p>Приём ведут терапевт, педиатр и стоматолог. Записаться можно по телефону регистратуры или на портале госуслуг района. Не забудьте взять с собой полис ОМС.</p>]]></description>
  </item>
  <item>
    <title>Паромная переправа через Сорожу начнёт работу 20 мая</title>
    <link>https://vestnik-zaozerye.example/news/2024/05/15/parom</link>
    <guid isPermaLink="false">vz-20240515-03</guid>
    <pubDate>Wed, 15 May 2024 17:45:00 +0300</pubDate>
    <category>Транспорт</category>
    <description>Паром будет ходить каждый час с 7:00 до 21:00. Стоимость перевозки легкового автомобиля — 250 рублей.</description>
  </item>
  <item>
    <title>Школьники из Берёзовой Рощи победили в областной олимпиаде по краеведению</title>
    <link>https://vestnik-zaozerye.example/news/2024/05/14/olimpiada</link>
    <guid isPermaLink="false">vz-20240514-02</guid>
    <pubDate>Tue, 14 May 2024 12:30:00 +0300</pubDate>
    <category>Образование</category>
    <description>Команда подготовила исследование об истории старой мельницы на реке Вязовке.</description>
  </item>
</channel>
</rss>`,
  },
  {
    lang: "Russian",
    kind: "sitemap_or_xml_config",
    text: `<?xml version="1.0" encoding="utf-8"?>
<!--
  Файл локализации мобильного приложения «Мой огород» (values-ru/strings.xml)
  Не переводите значения в квадратных скобках: это плейсхолдеры.
  Ответственный: команда локализации, последнее обновление 12.05.2024
-->
<resources>
    <string name="app_name">Мой огород</string>
    <string name="tab_calendar">Календарь</string>
    <string name="tab_beds">Грядки</string>
    <string name="tab_notes">Заметки</string>
    <string name="btn_add_bed">Добавить грядку</string>
    <string name="hint_bed_name">Например: «Томаты у забора»</string>
    <string name="reminder_watering">Пора полить грядку «[bed_name]»</string>
    <string name="reminder_frost">Ночью ожидаются заморозки до [temp] °C. Укройте рассаду плёнкой.</string>
    <string name="error_no_internet">Нет подключения к интернету. Проверьте соединение и повторите попытку.</string>
    <string name="dialog_delete_title">Удалить грядку?</string>
    <string name="dialog_delete_text">Все записи о посадках на этой грядке будут удалены. Это действие нельзя отменить.</string>
    <string name="btn_cancel">Отмена</string>
    <string name="btn_delete">Удалить</string>
    <plurals name="days_left">
        <item quantity="one">Остался [count] день</item>
        <item quantity="few">Осталось [count] дня</item>
        <item quantity="many">Осталось [count] дней</item>
    </plurals>
    <!-- строки для экрана подписки будут добавлены в версии 3.2 -->
</resources>`,
  },
  {
    lang: "Russian",
    kind: "svg_or_markup_with_alt_text",
    text: `<section class="museum-hall" aria-labelledby="hall-title">
  <h2 id="hall-title">Зал 3. Ремёсла Приволжья</h2>
  <figure class="exhibit">
    <img src="/collection/samovar-1890.jpg" alt="Медный самовар в форме вазы с гравировкой в виде виноградной лозы, около 1890 года" title="Самовар, мастерская Ерохиных" width="560" height="700" loading="lazy">
    <figcaption>Самовар работы мастерской братьев Ерохиных, Верхнеречинск, около 1890 г. Медь, латунь. Инв. № ВКМ-1147.</figcaption>
  </figure>
  <figure class="exhibit">
    <img src="/collection/pryalka-rospis.jpg" alt="Деревянная прялка с красно-жёлтой росписью: птицы и цветы на тёмном фоне" width="560" height="700" loading="lazy">
    <figcaption>Расписная прялка, деревня Ольховая Падь, конец XIX века.</figcaption>
  </figure>
  <svg role="img" aria-labelledby="plan-title plan-desc" viewBox="0 0 240 140" width="240" height="140">
    <title id="plan-title">Схема третьего зала</title>
    <desc id="plan-desc">Вход с юга. Витрина с самоварами слева, прялки у северной стены, мастерская для детей справа.</desc>
    <rect x="5" y="5" width="230" height="130" fill="none" stroke="#444"/>
    <rect x="15" y="40" width="40" height="70" fill="#d9a441"><title>Витрина «Самовары»</title></rect>
    <rect x="70" y="12" width="100" height="25" fill="#b5523b"><title>Прялки и веретёна</title></rect>
    <rect x="180" y="60" width="45" height="60" fill="#7da36b"><title>Детская мастерская</title></rect>
  </svg>
  <p class="note">Фотографировать без вспышки можно. Пожалуйста, не трогайте экспонаты руками.</p>
</section>`,
  },
  {
    lang: "Russian",
    kind: "accessibility_rich_page",
    text: `<!DOCTYPE html>
<html lang="ru">
<head>
<meta charset="utf-8">
<title>Запись к врачу — Городская поликлиника № 7, Новоозёрск</title>
<style>.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);border:0}</style>
</head>
<body>
<a href="#main" class="skip-link">Перейти к основному содержанию</a>
<header>
  <a href="/" aria-label="Поликлиника № 7, главная страница"><img src="/logo.svg" alt=""></a>
  <button type="button" class="vision-toggle" aria-pressed="false" onclick="toggleLowVision(this)">Версия для слабовидящих</button>
  <nav aria-label="Основное меню">
    <ul>
      <li><a href="/vrachi">Врачи</a></li>
      <li><a href="/zapis" aria-current="page">Запись на приём</a></li>
      <li><a href="/kontakty">Контакты</a></li>
    </ul>
  </nav>
</header>
<main id="main">
  <h1>Запись на приём</h1>
  <ol class="steps" aria-label="Шаги записи">
    <li aria-current="step">Выбор специалиста</li>
    <li>Выбор времени</li>
    <li>Подтверждение</li>
  </ol>
  <form>
    <label for="spec">Специалист</label>
    <select id="spec" name="spec" aria-describedby="spec-hint">
      <option>Терапевт</option><option>Офтальмолог</option><option>Хирург</option>
    </select>
    <p id="spec-hint">К узким специалистам нужно направление от терапевта.</p>
    <label for="polis">Номер полиса ОМС</label>
    <input id="polis" name="polis" inputmode="numeric" aria-required="true" aria-describedby="polis-err">
    <p id="polis-err" role="alert" class="error" hidden>Введите 16 цифр номера полиса.</p>
    <button type="submit">Показать свободное время <span class="sr-only">у выбранного специалиста</span></button>
  </form>
  <div aria-live="polite" class="sr-only" id="slots-status"></div>
</main>
<footer><p>Регистратура: +7 (000) 007-00-77 · <a href="/dostupnost">Доступная среда</a></p></footer>
</body>
</html>`,
  },
  {
    lang: "Russian",
    kind: "full_html_page",
    text: `<!DOCTYPE html>
<html lang="ru">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Пекарня «Колосок» в Нижнеборске: хлеб на закваске, выпечка и торты на заказ.">
  <title>Пекарня «Колосок» — свежий хлеб каждый день</title>
  <link rel="stylesheet" href="/static/css/main.min.css">
  <link rel="icon" href="/favicon.svg" type="image/svg+xml">
  <script src="/static/js/app.js" defer></script>
</head>
<body>
<header class="header">
  <a href="/" class="header__logo"><img src="/static/img/kolosok.svg" alt="Пекарня Колосок" width="130"></a>
  <nav class="header__nav">
    <a href="/katalog">Каталог</a>
    <a href="/torty">Торты на заказ</a>
    <a href="/dostavka">Доставка</a>
    <a href="/o-nas">О нас</a>
  </nav>
  <a href="/korzina" class="header__cart" data-count="0">Корзина</a>
  <!-- мобильное меню, скрыто на десктопе -->
  <div class="mobile-menu" style="display:none"></div>
</header>
<main>
  <section class="hero">
    <h1>Хлеб, который пекут ночью, чтобы утром он был у вас</h1>
    <p>Закажите до 20:00 — привезём завтра с 8 до 11 утра. Доставка по Нижнеборску бесплатно от 700 рублей.</p>
    <a href="/katalog" class="btn">Выбрать хлеб</a>
  </section>
  <section class="news">
    <h2>Новинка недели</h2>
    <p>Ржаной хлеб с тмином и кориандром. Спрашивайте в кафе на улице Садовой!</p>
  </section>
</main>
<footer class="footer">
  <p>ООО «Колосок», ул. Садовая, 14, Нижнеборск · +7 (000) 123-45-67</p>
  <p><a href="/politika">Политика конфиденциальности</a> · <a href="/oferta">Публичная оферта</a></p>
</footer>
</body>
</html>`,
  },
  {
    lang: "Russian",
    kind: "html_fragment",
    text: `<div class="article__content" data-article-id="45518" data-rubric="gorod">
<p class="article__lead">В Верхнеречинске с 1 июня изменится расписание пригородных автобусов. Часть рейсов перенесут на более раннее время, чтобы дачники успевали на первую электричку.</p>
<p>Как рассказал начальник отдела транспорта администрации Игорь Лаптев, изменения коснутся маршрутов № 102, 105 и 117. «Мы получили больше трёхсот обращений от жителей и учли большинство пожеланий», — отметил он.</p>
<figure class="article__image">
  <img src="/upload/2024/05/avtovokzal.jpg" alt="Пассажиры садятся в белый автобус у здания автовокзала" width="960" height="540" loading="lazy">
  <figcaption>Автовокзал Верхнеречинска. Фото: Анна Корнеева</figcaption>
</figure>
<h2>Что поменяется</h2>
<ul>
  <li>Первый рейс № 102 будет отправляться в 5:40 вместо 6:15.</li>
  <li>По маршруту № 117 добавят вечерний рейс в 21:30.</li>
  <li>Маршрут № 105 по выходным продлят до посёлка Сосновая Грива.</li>
</ul>
<p>Полное расписание опубликуют на сайте автовокзала до 25 мая. Сохраните его заранее или уточняйте время в кассе.</p>
<!-- блок «Читайте также» подставляется автоматически -->
<div class="related" data-related-ids="45490,45372"></div>
</div>`,
  },
  // ───────────────────────────── Ukrainian ─────────────────────────────
  {
    lang: "Ukrainian",
    kind: "sitemap_or_xml_config",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<!-- Карта сайту інтернет-магазину «Смачна Полиця». Генерується щодня о 03:00, вручну не редагувати. -->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url>
    <loc>https://smachna-polytsia.example/uk/</loc>
    <xhtml:link rel="alternate" hreflang="uk" href="https://smachna-polytsia.example/uk/"/>
    <xhtml:link rel="alternate" hreflang="en" href="https://smachna-polytsia.example/en/"/>
    <lastmod>2024-05-15</lastmod>
    <changefreq>daily</changefreq>
    <priority>1.0</priority>
  </url>
  <!-- Категорії -->
  <url>
    <loc>https://smachna-polytsia.example/uk/kategoriia/med</loc>
    <lastmod>2024-05-14</lastmod>
    <changefreq>weekly</changefreq>
    <priority>0.8</priority>
  </url>
  <url>
    <loc>https://smachna-polytsia.example/uk/kategoriia/varennia</loc>
    <lastmod>2024-05-10</lastmod>
    <changefreq>weekly</changefreq>
    <priority>0.8</priority>
  </url>
  <!-- Інформаційні сторінки -->
  <url>
    <loc>https://smachna-polytsia.example/uk/dostavka-i-oplata</loc>
    <lastmod>2024-03-01</lastmod>
    <priority>0.5</priority>
  </url>
  <url>
    <loc>https://smachna-polytsia.example/uk/povernennia</loc>
    <lastmod>2024-03-01</lastmod>
    <priority>0.4</priority>
  </url>
  <!-- сторінка акції прибрана 01.05, редирект на /uk/ -->
</urlset>`,
  },
  {
    lang: "Ukrainian",
    kind: "svg_or_markup_with_alt_text",
    text: `<article class="zvit">
  <h2>Скільки дерев висадили у Зеленодолі за три роки</h2>
  <svg role="img" aria-labelledby="g-title g-desc" viewBox="0 0 320 200" width="320" height="200" class="grafik">
    <title id="g-title">Стовпчикова діаграма висаджених дерев за роками</title>
    <desc id="g-desc">2021 рік — 1 200 дерев, 2022 рік — 2 050 дерев, 2023 рік — 3 400 дерев.</desc>
    <rect x="40" y="130" width="60" height="50" fill="#5b9a4b"><title>2021: 1 200</title></rect>
    <rect x="130" y="95" width="60" height="85" fill="#5b9a4b"><title>2022: 2 050</title></rect>
    <rect x="220" y="40" width="60" height="140" fill="#5b9a4b"><title>2023: 3 400</title></rect>
    <g font-size="12" fill="#222"><text x="55" y="195">2021</text><text x="145" y="195">2022</text><text x="235" y="195">2023</text></g>
  </svg>
  <figure>
    <img src="/foto/posadka-lip.jpg" alt="Волонтери в рукавицях висаджують молоді липи вздовж алеї в парку" title="Толока в парку «Дубовий Гай»" width="800" height="530" loading="lazy">
    <figcaption>Толока в міському парку, квітень 2023 року. Фото: Оксана Гнатюк</figcaption>
  </figure>
  <p><img src="/ikonky/lyika.svg" alt="Іконка лійки" width="20" height="20"> Молоді дерева треба поливати щотижня з травня до вересня. Якщо біля вашого будинку є саджанець, будь ласка, допоможіть йому пережити літо.</p>
  <!-- мапу посадок додамо після оновлення геоданих -->
</article>`,
  },
  {
    lang: "Ukrainian",
    kind: "accessibility_rich_page",
    text: `<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Довідки онлайн — ЦНАП Підгірненської громади</title>
<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap}</style>
</head>
<body>
<a class="skip" href="#zmist">Перейти до основного змісту</a>
<header>
  <nav aria-label="Головне меню">
    <ul>
      <li><a href="/posluhy">Послуги</a></li>
      <li><a href="/dovidky" aria-current="page">Довідки онлайн</a></li>
      <li><a href="/kontakty">Контакти</a></li>
    </ul>
  </nav>
  <div role="group" aria-label="Налаштування відображення">
    <button type="button" aria-label="Збільшити шрифт" onclick="shryft(1)">А+</button>
    <button type="button" aria-label="Зменшити шрифт" onclick="shryft(-1)">А−</button>
  </div>
</header>
<main id="zmist" tabindex="-1">
  <h1>Замовити довідку про склад сім'ї</h1>
  <p>Послуга безоплатна. Довідку буде готово протягом 3 робочих днів.</p>
  <form aria-labelledby="forma-zag">
    <h2 id="forma-zag" class="sr-only">Форма замовлення довідки</h2>
    <label for="pib">Прізвище, ім'я, по батькові</label>
    <input id="pib" name="pib" autocomplete="name" aria-required="true">
    <label for="tel">Номер телефону</label>
    <input id="tel" name="tel" type="tel" aria-describedby="tel-pidk" placeholder="+380 00 000 00 00">
    <p id="tel-pidk">Ми надішлемо SMS, коли довідка буде готова.</p>
    <fieldset>
      <legend>Як отримати довідку</legend>
      <label><input type="radio" name="otr" value="cnap" checked> Особисто в ЦНАП</label>
      <label><input type="radio" name="otr" value="email"> Електронною поштою</label>
    </fieldset>
    <button type="submit">Надіслати заявку</button>
  </form>
  <p role="status" aria-live="polite" id="status"></p>
</main>
<footer><p>Телефон гарячої лінії: 0 800 00 04 17 · <a href="/dostupnist">Доступність сайту</a></p></footer>
</body>
</html>`,
  },
  {
    lang: "Ukrainian",
    kind: "full_html_page",
    text: `<!DOCTYPE html>
<html lang="uk">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Кав'ярня-книгарня «Шпаківня» у Старому Броді: кава, книжки та літературні вечори.">
  <title>Кав'ярня-книгарня «Шпаківня»</title>
  <link rel="stylesheet" href="/css/shpakivnia.css">
  <link rel="preconnect" href="https://static.shpakivnia.example">
  <script src="/js/podii.js" defer></script>
</head>
<body>
<header class="shapka">
  <a href="/" class="logo"><img src="/img/logo.png" alt="Шпаківня" width="120"></a>
  <nav class="menu">
    <a href="/menu">Меню</a>
    <a href="/knyzhky">Книжки</a>
    <a href="/podii">Події</a>
    <a href="/kontakty">Як нас знайти</a>
  </nav>
  <button class="burger" aria-label="Відкрити меню" aria-expanded="false" onclick="vidkrytyMenu(this)"></button>
</header>
<main>
  <section class="holovna">
    <h1>Кава, книжки і добрі розмови</h1>
    <p>Приходьте з власною чашкою — отримаєте знижку 10% на будь-який напій.</p>
  </section>
  <section class="podii">
    <h2>Найближчі події</h2>
    <ul>
      <li><time datetime="2024-05-23T18:30">23 травня, 18:30</time> — Читання нової збірки поезії Марти Лісової</li>
      <li><time datetime="2024-05-30T19:00">30 травня, 19:00</time> — Настільні ігри для дорослих</li>
    </ul>
    <p>Кількість місць обмежена, тому зареєструйтеся заздалегідь.</p>
  </section>
</main>
<footer class="pidval">
  <p>вул. Ринкова, 9, Старий Брід · щодня 8:00–21:00</p>
  <p><a href="/konfidentsiinist">Політика конфіденційності</a> · © 2024 Шпаківня</p>
</footer>
</body>
</html>`,
  },
  {
    lang: "Ukrainian",
    kind: "html_fragment",
    text: `<div class="stattia-tekst" data-id="st-30214" data-rozdil="suspilstvo">
<p class="vstup">У селі Вербова Балка відкрили відремонтовану бібліотеку. Тепер тут є зал для занять з дітьми, безкоштовний Wi-Fi і пандус для людей на візках.</p>
<p>Ремонт тривав вісім місяців і коштував 1,4 млн гривень. Частину коштів зібрали мешканці під час благодійних ярмарків. «Ми хотіли, щоб бібліотека знову стала місцем, куди хочеться приходити», — каже бібліотекарка Галина Остапчук.</p>
<figure>
  <img src="/media/2024/05/biblioteka-verbivka.jpg" alt="Світлий читальний зал із дерев'яними полицями та дитячим куточком" width="900" height="600" loading="lazy">
  <figcaption>Оновлений читальний зал. Фото: Андрій Мельничук</figcaption>
</figure>
<h2>Розклад роботи</h2>
<p>Бібліотека працює з вівторка по суботу з 10:00 до 18:00. У четвер о 16:00 — заняття з англійської для школярів.</p>
<p>Хочете подарувати книжки? Приносьте їх у робочий час. Просимо не залишати книжки біля дверей, якщо бібліотека зачинена.</p>
<!-- TODO: додати фотогалерею з відкриття -->
</div>`,
  },
  {
    lang: "Ukrainian",
    kind: "html_email",
    text: `<!DOCTYPE html>
<html lang="uk"><head><meta charset="utf-8"><title>Код підтвердження</title></head>
<body style="margin:0;padding:0;background:#eef1f5;">
<div style="display:none;max-height:0;overflow:hidden;">Ваш код: 482 913. Дійсний 10 хвилин.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef1f5;">
<tr><td align="center" style="padding:28px 10px;">
<table role="presentation" width="520" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:8px;font-family:Arial,sans-serif;color:#1f2933;">
<tr><td style="padding:24px 32px;"><img src="https://mail.hryvnyapay.example/logo.png" alt="ГривняПей" width="130"></td></tr>
<tr><td style="padding:0 32px 24px;">
<h1 style="font-size:20px;margin:0 0 12px;">Підтвердіть вхід у ваш акаунт</h1>
<p style="font-size:15px;line-height:1.6;">Вітаємо, Іване! Щоб увійти в особистий кабінет, введіть цей код на сторінці входу:</p>
<p style="font-size:32px;letter-spacing:8px;font-weight:bold;text-align:center;background:#f3f5f8;padding:16px;border-radius:6px;">482913</p>
<p style="font-size:14px;line-height:1.6;">Код дійсний протягом 10 хвилин. Не закривайте сторінку входу, доки не введете його.</p>
<table role="presentation" width="100%" cellpadding="8" style="font-size:13px;color:#52606d;background:#fafbfc;border:1px solid #e4e7eb;">
<tr><td>Пристрій</td><td>Firefox, Windows</td></tr>
<tr><td>Місто (приблизно)</td><td>Ясногір'я</td></tr>
<tr><td>Час</td><td>15.05.2024, 21:14</td></tr>
</table>
<p style="font-size:13px;line-height:1.6;color:#52606d;">Якщо це були не ви, проігноруйте цей лист і змініть пароль. Ніколи не повідомляйте код іншим людям, навіть працівникам служби підтримки.</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:11px;color:#9aa5b1;border-top:1px solid #e4e7eb;">ТОВ «ГривняПей» · <a href="mailto:pidtrymka@hryvnyapay.example" style="color:#9aa5b1;">pidtrymka@hryvnyapay.example</a></td></tr>
</table></td></tr></table>
</body></html>`,
  },
  {
    lang: "Ukrainian",
    kind: "html_form_page",
    text: `<main class="kontakt">
<h1>Напишіть нам</h1>
<p>Маєте питання щодо замовлення? Заповніть форму — ми відповімо протягом робочого дня. Поля з зірочкою обов'язкові.</p>
<form action="/zvorotnyi-zviazok" method="post" id="forma-zv" novalidate onsubmit="return pereviryty(this)">
  <input type="hidden" name="_csrf" value="d2c7a90e14bf6583">
  <input type="hidden" name="dzherelo" value="storinka-kontaktiv">
  <div class="pole">
    <label for="imia">Ваше ім'я *</label>
    <input id="imia" name="imia" required>
    <span class="pomylka" id="pomylka-imia" style="display:none">Будь ласка, вкажіть ім'я.</span>
  </div>
  <div class="pole">
    <label for="pochta">Електронна пошта *</label>
    <input id="pochta" name="pochta" type="email" placeholder="imia@poshta.example" required>
    <span class="pomylka" id="pomylka-pochta" style="display:none">Введіть коректну адресу електронної пошти.</span>
  </div>
  <div class="pole">
    <label for="zamovlennia">Номер замовлення</label>
    <input id="zamovlennia" name="zamovlennia" placeholder="Наприклад, SP-104412">
  </div>
  <div class="pole">
    <label for="tema">Тема звернення</label>
    <select id="tema" name="tema">
      <option value="dostavka">Доставка</option>
      <option value="povernennia">Повернення товару</option>
      <option value="oplata">Оплата</option>
      <option value="inshe">Інше</option>
    </select>
  </div>
  <div class="pole">
    <label for="povidomlennia">Повідомлення *</label>
    <textarea id="povidomlennia" name="povidomlennia" rows="5" required placeholder="Опишіть ваше питання якомога детальніше"></textarea>
  </div>
  <!-- приховане поле-пастка для спаму -->
  <input type="text" name="sait" style="display:none" tabindex="-1" autocomplete="off">
  <label><input type="checkbox" name="zghoda" required> Погоджуюся з <a href="/konfidentsiinist">політикою конфіденційності</a> *</label>
  <button type="submit">Надіслати</button>
  <p class="uspikh" role="status" hidden>Дякуємо! Ваше повідомлення надіслано.</p>
</form>
</main>`,
  },
  {
    lang: "Ukrainian",
    kind: "html_table_page",
    text: `<!DOCTYPE html>
<html lang="uk">
<head><meta charset="utf-8"><title>Графік прийому громадян — Лісогірська міська рада</title>
<link rel="stylesheet" href="/css/tablytsi.css"></head>
<body>
<main>
<h1>Графік особистого прийому громадян керівництвом міської ради</h1>
<p>Попередній запис обов'язковий. Запишіться за телефоном 0 00 041 22 10 або у приймальні (каб. 104). Візьміть із собою паспорт.</p>
<table class="hrafik">
  <caption>Травень — червень 2024 року</caption>
  <thead>
    <tr><th scope="col">Посада</th><th scope="col">ПІБ</th><th scope="col">День прийому</th><th scope="col">Час</th><th scope="col">Кабінет</th></tr>
  </thead>
  <tbody>
    <tr><td>Міський голова</td><td>Коваленко Петро Іванович</td><td>1-й і 3-й понеділок місяця</td><td>10:00–13:00</td><td>201</td></tr>
    <tr><td>Секретар ради</td><td>Дорошенко Алла Миколаївна</td><td>щовівторка</td><td>14:00–17:00</td><td>205</td></tr>
    <tr><td>Заступник з гуманітарних питань</td><td>Савчук Олег Вікторович</td><td>щосереди</td><td>09:00–12:00</td><td>210</td></tr>
    <tr><td>Заступник з питань ЖКГ</td><td>Мирошник Ірина Степанівна</td><td>щочетверга</td><td>14:00–17:00</td><td>212</td></tr>
  </tbody>
</table>
<p class="prymitka">У святкові дні прийом не проводиться. Про зміни в графіку повідомляємо на сайті та на дошці оголошень.</p>
<a href="/docs/hrafik-pryiomu-2024.pdf">Завантажити графік у форматі PDF</a>
</main>
</body></html>`,
  },
  {
    lang: "Ukrainian",
    kind: "html_with_scripts",
    text: `<!DOCTYPE html>
<html lang="uk">
<head>
<meta charset="utf-8">
<title>Медовий ярмарок у Лісополі — 1–2 червня</title>
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "Event",
  "name": "Медовий ярмарок",
  "startDate": "2024-06-01T09:00+03:00",
  "endDate": "2024-06-02T18:00+03:00",
  "location": {
    "@type": "Place",
    "name": "Площа Ярмаркова",
    "address": "пл. Ярмаркова, Лісопіль"
  },
  "description": "Пасічники з усієї області, дегустації меду, майстер-класи зі свічок із вощини.",
  "isAccessibleForFree": true,
  "organizer": { "@type": "Organization", "name": "Спілка пасічників Лісового краю", "url": "https://pasichnyky-lisovyi.example" }
}
</script>
<script>
  // налаштування мапи ярмарку (координати умовні)
  window.mapaYarmarku = {
    tsentr: [49.01, 25.02],
    masshtab: 17,
    pokazatyParkovky: true,
    stendy: "/api/stendy.json"
  };
</script>
<script src="https://karty.lehkamapa.example/v3/lehkamapa.js" async onload="initMapa()"></script>
</head>
<body>
<main>
<h1>Медовий ярмарок</h1>
<p>Понад 60 пасічників привезуть липовий, гречаний, акацієвий мед і пергу. Вхід вільний.</p>
<p>Беріть із собою власні банки та торбинки — так ви допоможете зменшити кількість пластику.</p>
<div id="mapa" style="height:320px" data-zagolovok="Схема розташування стендів"></div>
<noscript><p>Увімкніть JavaScript, щоб побачити інтерактивну схему ярмарку.</p></noscript>
</main>
</body>
</html>`,
  },
  {
    lang: "Ukrainian",
    kind: "cookie_banner_and_footer",
    text: `<div class="cookie-panel" id="cookiePanel" role="dialog" aria-labelledby="cp-title" data-versiia="3">
  <h2 id="cp-title">Ми використовуємо файли cookie</h2>
  <p>Файли cookie допомагають нам запам'ятовувати ваш кошик, аналізувати відвідуваність і показувати цікаві для вас пропозиції. Необхідні cookie працюють завжди, а інші — лише з вашої згоди. Прочитайте <a href="/polityka-cookie">Політику щодо cookie</a>, щоб дізнатися більше.</p>
  <div class="cp-knopky">
    <button type="button" class="knopka-holovna" onclick="cookieZghoda.pryiniatyVsi()">Прийняти всі</button>
    <button type="button" onclick="cookieZghoda.lyshNeobkhidni()">Лише необхідні</button>
    <button type="button" class="knopka-posylannia" onclick="cookieZghoda.nalashtuvannia()">Налаштувати</button>
  </div>
</div>
<!-- модальне вікно налаштувань, відкривається кнопкою «Налаштувати» -->
<div id="cookieNalashtuvannia" style="display:none" aria-hidden="true">
  <label><input type="checkbox" checked disabled> Необхідні</label>
  <label><input type="checkbox" name="analityka"> Аналітичні</label>
  <label><input type="checkbox" name="reklama"> Рекламні</label>
  <button onclick="cookieZghoda.zberehty()">Зберегти</button>
</div>
<footer class="futer">
  <nav aria-label="Юридична інформація">
    <a href="/umovy">Умови використання</a> ·
    <a href="/konfidentsiinist">Політика конфіденційності</a> ·
    <a href="/polityka-cookie">Політика щодо cookie</a> ·
    <a href="/oferta">Публічна оферта</a>
  </nav>
  <p>ТОВ «Світло Дому», код ЄДРПОУ 00004172, вул. Степова, 31, м. Ясногір'я. Тел.: 0 800 00 33 44 (безкоштовно з мобільних).</p>
  <p>© 2024 «Світло Дому». Усі права захищено.</p>
</footer>`,
  },
  // ───────────────────────────── Arabic ─────────────────────────────
  {
    lang: "Arabic",
    kind: "html_email",
    text: `<!DOCTYPE html>
<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>تأكيد طلبك</title></head>
<body style="margin:0;padding:0;background:#f2f4f3;">
<div style="display:none;max-height:0;overflow:hidden;">تم استلام طلبك رقم 71804 وسيُشحن خلال يومين.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" dir="rtl" style="background:#f2f4f3;">
<tr><td align="center" style="padding:24px 10px;">
<table role="presentation" width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Tahoma,Arial,sans-serif;color:#243028;text-align:right;">
<tr><td style="padding:20px 28px;background:#0f5c4a;"><img src="https://mail.souqnakhla.example/logo-white.png" alt="سوق النخلة" width="120"></td></tr>
<tr><td style="padding:28px;">
<h1 style="font-size:20px;margin:0 0 14px;">شكرًا لطلبك يا سلمى!</h1>
<p style="font-size:15px;line-height:1.8;">استلمنا طلبك رقم <strong>71804</strong> بنجاح، وسنرسل لك رسالة أخرى فور شحنه.</p>
<table role="presentation" width="100%" cellpadding="8" style="border:1px solid #dfe6e2;font-size:14px;">
<tr style="background:#f6f9f7;"><td>المنتج</td><td align="center">الكمية</td><td align="left">السعر</td></tr>
<tr><td>تمر مجدول فاخر – علبة 1 كغ</td><td align="center">2</td><td align="left">96.00</td></tr>
<tr><td>عسل السدر الجبلي – 500 غ</td><td align="center">1</td><td align="left">120.00</td></tr>
<tr><td colspan="2"><strong>الإجمالي شامل الضريبة</strong></td><td align="left"><strong>216.00</strong></td></tr>
</table>
<p style="text-align:center;margin:24px 0;"><a href="https://www.souqnakhla.example/orders/71804" style="background:#0f5c4a;color:#fff;text-decoration:none;padding:12px 26px;border-radius:4px;">عرض تفاصيل الطلب</a></p>
<p style="font-size:13px;color:#6b7a72;line-height:1.7;">يُرجى عدم الرد على هذه الرسالة. إذا كان لديك أي استفسار، راسلنا على <a href="mailto:help@souqnakhla.example">help@souqnakhla.example</a>.</p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#9aa7a0;border-top:1px solid #eee;">شركة سوق النخلة للتجارة · حي الياسمين، مدينة الواحة الشرقية</td></tr>
</table></td></tr></table>
</body></html>`,
  },
  {
    lang: "Arabic",
    kind: "html_form_page",
    text: `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>تسجيل الدخول – بوابة الطلاب | جامعة الضياء</title>
<link rel="stylesheet" href="/assets/css/login-rtl.css"></head>
<body>
<main class="login-box">
  <img src="/assets/img/aldiyaa-logo.svg" alt="جامعة الضياء" width="120">
  <h1>بوابة الطلاب</h1>
  <p>أدخل رقمك الجامعي وكلمة المرور للوصول إلى الجدول الدراسي والدرجات.</p>
  <div class="alert alert-danger" id="login-error" role="alert" style="display:none">الرقم الجامعي أو كلمة المرور غير صحيحة. حاول مرة أخرى.</div>
  <form method="post" action="/auth/login" id="login-form" onsubmit="return checkFields()">
    <input type="hidden" name="__RequestVerificationToken" value="CfDJ8Nq4xR2vT7kLm0PzW9sY">
    <div class="form-group">
      <label for="student-id">الرقم الجامعي</label>
      <input id="student-id" name="student_id" inputmode="numeric" placeholder="مثال: 202301457" required>
    </div>
    <div class="form-group">
      <label for="pwd">كلمة المرور</label>
      <input id="pwd" name="password" type="password" autocomplete="current-password" required>
      <small class="hint">انتبه: كلمة المرور حساسة لحالة الأحرف.</small>
    </div>
    <div class="form-check">
      <input id="remember" name="remember" type="checkbox">
      <label for="remember">تذكرني على هذا الجهاز</label>
    </div>
    <button type="submit" class="btn btn-primary">دخول</button>
  </form>
  <p><a href="/auth/forgot">نسيت كلمة المرور؟</a></p>
  <p class="notice">لا تشارك بيانات الدخول مع أي شخص. في حال واجهتك مشكلة، تواصل مع عمادة القبول والتسجيل على <a href="mailto:registrar@aldiyaa-uni.example">registrar@aldiyaa-uni.example</a>.</p>
  <noscript><p>يرجى تفعيل JavaScript في متصفحك لاستخدام البوابة.</p></noscript>
</main>
</body></html>`,
  },
  {
    lang: "Arabic",
    kind: "html_table_page",
    text: `<main dir="rtl" class="prayer-times">
<h1>مواعيد عيادات مستشفى الرحمة التخصصي</h1>
<p>يرجى الحضور قبل موعدك بخمس عشرة دقيقة لإتمام إجراءات التسجيل، مع إحضار بطاقة الهوية وبطاقة التأمين.</p>
<table class="clinic-table" data-updated="2024-05-12">
  <caption>جدول العيادات الخارجية – الأسبوع الحالي</caption>
  <thead>
    <tr><th scope="col">العيادة</th><th scope="col">الطبيب</th><th scope="col">الأيام</th><th scope="col">الوقت</th><th scope="col">الطابق</th></tr>
  </thead>
  <tbody>
    <tr><td>الباطنية</td><td>د. منى الصالحي</td><td>الأحد – الثلاثاء</td><td>8:00 – 14:00</td><td>الأول</td></tr>
    <tr><td>طب الأطفال</td><td>د. يوسف القباني</td><td>يوميًا عدا الجمعة</td><td>9:00 – 15:00</td><td>الأرضي</td></tr>
    <tr><td>العظام</td><td>د. خالد بن سعيد</td><td>الاثنين والأربعاء</td><td>16:00 – 20:00</td><td>الثاني</td></tr>
    <tr><td>الجلدية</td><td>د. ريم النعيمي</td><td>الخميس</td><td>10:00 – 13:00</td><td>الثاني</td></tr>
    <tr><td>الأسنان</td><td>د. عمر الشامي</td><td>السبت – الأربعاء</td><td>8:30 – 16:30</td><td>الأول</td></tr>
  </tbody>
</table>
<p class="note">قسم الطوارئ يعمل على مدار الساعة. للحجز اتصل على 000 414 800 أو استخدم <a href="/booking">الحجز الإلكتروني</a>.</p>
<a href="/files/clinics-schedule.pdf" download>تحميل الجدول بصيغة PDF</a>
<!-- الجدول يُحدَّث أسبوعيًا من نظام المواعيد -->
</main>`,
  },
  {
    lang: "Arabic",
    kind: "html_with_scripts",
    text: `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<title>مكتبة دار القنديل – كتب عربية وعالمية</title>
<meta name="description" content="متجر إلكتروني للكتب مع توصيل لجميع المدن. عروض أسبوعية على الروايات وكتب الأطفال.">
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "BookStore",
  "name": "مكتبة دار القنديل",
  "url": "https://www.daralqandeel.example",
  "telephone": "+000-41-555-0192",
  "address": {
    "@type": "PostalAddress",
    "streetAddress": "شارع الكتبيين 22",
    "addressLocality": "مدينة الواحة الشرقية"
  },
  "openingHours": "Sa-Th 09:00-22:00",
  "potentialAction": {
    "@type": "SearchAction",
    "target": "https://www.daralqandeel.example/search?q={search_term}",
    "query-input": "required name=search_term"
  }
}
</script>
<script>
  // إعدادات الواجهة
  window.storeSettings = {
    locale: "ar",
    currency: "SAR",
    rtl: true,
    freeShippingFrom: 150,
    cartApi: "/api/cart"
  };
</script>
<script async src="https://track.mezanstats.example/m.js" data-property="QNDL-01"></script>
</head>
<body>
<header><a href="/">دار القنديل</a></header>
<main>
<h1>عروض هذا الأسبوع</h1>
<p>خصم 20% على جميع روايات الخيال العلمي حتى نهاية الأسبوع. أضف الكتب إلى السلة واستخدم الرمز <strong>QANDEEL20</strong> عند الدفع.</p>
<button class="btn" data-category="scifi" onclick="showOffers(this.dataset.category)">تصفح العروض</button>
<noscript>يرجى تفعيل JavaScript لإتمام عملية الشراء.</noscript>
</main>
</body>
</html>`,
  },
  {
    lang: "Arabic",
    kind: "cookie_banner_and_footer",
    text: `<div id="cookie-consent" class="cookie-consent" dir="rtl" role="dialog" aria-labelledby="cc-heading" data-policy-version="2">
  <h2 id="cc-heading">نحن نستخدم ملفات تعريف الارتباط</h2>
  <p>نستخدم ملفات تعريف الارتباط الضرورية لتشغيل الموقع، وبموافقتك نستخدم أيضًا ملفات تحليلية لفهم طريقة استخدامك للموقع وتحسينه. يمكنك تغيير اختيارك في أي وقت من رابط «إعدادات الخصوصية» أسفل الصفحة. اقرأ <a href="/privacy#cookies">سياسة ملفات تعريف الارتباط</a> قبل المتابعة.</p>
  <div class="cc-buttons">
    <button type="button" class="btn-accept" onclick="cookieManager.acceptAll()">قبول الكل</button>
    <button type="button" class="btn-reject" onclick="cookieManager.rejectAll()">رفض غير الضرورية</button>
    <button type="button" class="btn-link" onclick="cookieManager.showOptions()">تخصيص</button>
  </div>
</div>
<div id="cookie-options" class="modal" style="display:none" aria-hidden="true">
  <label><input type="checkbox" checked disabled> ملفات ضرورية</label>
  <label><input type="checkbox" name="analytics"> ملفات تحليلية</label>
  <label><input type="checkbox" name="ads"> ملفات إعلانية</label>
  <button onclick="cookieManager.save()">حفظ الاختيارات</button>
</div>
<footer class="site-footer" dir="rtl">
  <ul class="footer-links">
    <li><a href="/about">من نحن</a></li>
    <li><a href="/terms">الشروط والأحكام</a></li>
    <li><a href="/privacy">سياسة الخصوصية</a></li>
    <li><a href="#" onclick="cookieManager.showOptions();return false;">إعدادات الخصوصية</a></li>
  </ul>
  <p>شركة رحلات السندباد للسياحة والسفر – سجل تجاري رقم 0000041733 – برج الغروب، الطابق 9، مدينة المرجان.</p>
  <p>© 2024 جميع الحقوق محفوظة.</p>
</footer>`,
  },
  {
    lang: "Arabic",
    kind: "product_page_html",
    text: `<main class="product-page" dir="rtl" data-product-id="AB-8820" data-stock="14">
  <nav class="breadcrumb" aria-label="مسار التنقل"><a href="/">الرئيسية</a> › <a href="/home">المنزل</a> › <span>القهوة والشاي</span></nav>
  <div class="product-gallery">
    <img src="/images/dallah-copper.jpg" alt="دلة قهوة عربية نحاسية مزخرفة بمقبض طويل" width="600" height="600">
    <img src="/images/dallah-copper-set.jpg" alt="الدلة مع ستة فناجين خزفية بيضاء" width="150" height="150" onclick="swapImage(this)">
  </div>
  <div class="product-info">
    <h1>دلة قهوة نحاسية «الضيافة» – سعة 1.2 لتر</h1>
    <p class="price"><span class="old-price">320 ريال</span> <strong>265 ريال</strong></p>
    <p class="rating" aria-label="التقييم 4.7 من 5">★★★★★ <a href="#reviews">(61 تقييمًا)</a></p>
    <ul class="features">
      <li>نحاس مطلي من الداخل بطبقة آمنة للطعام</li>
      <li>صُنعت يدويًا في ورش الحرفيين</li>
      <li>مناسبة للمواقد الغازية والكهربائية</li>
    </ul>
    <label for="qty">الكمية</label>
    <input id="qty" type="number" value="1" min="1" max="5">
    <button class="add-to-cart" onclick="cart.add('AB-8820', qty.value)">أضف إلى السلة</button>
    <p class="shipping">شحن مجاني للطلبات فوق 150 ريال. التوصيل خلال 3–5 أيام عمل.</p>
    <details>
      <summary>تعليمات العناية</summary>
      <p>اغسل الدلة باليد بالماء الدافئ فقط، وجففها جيدًا بعد كل استخدام. لا تضعها في غسالة الصحون.</p>
    </details>
  </div>
  <section id="reviews">
    <h2>آراء العملاء</h2>
    <article><p>جودة ممتازة وشكلها جميل جدًا على الطاولة. – أبو فهد، مدينة المرجان</p></article>
  </section>
</main>`,
  },
  {
    lang: "Arabic",
    kind: "docs_page_html",
    text: `<article class="docs" dir="rtl" data-version="1.3">
<h1>البدء السريع مع مكتبة «سِراج» لعرض الخرائط</h1>
<p>سِراج مكتبة JavaScript خفيفة لعرض الخرائط التفاعلية في صفحات الويب، مع دعم كامل للغة العربية والاتجاه من اليمين إلى اليسار.</p>
<div class="note"><p><strong>ملاحظة:</strong> تحتاج إلى مفتاح تطوير مجاني. سجّل في لوحة التحكم ثم انسخ المفتاح من صفحة «مفاتيحي».</p></div>
<h2>التثبيت</h2>
<pre dir="ltr"><code class="language-bash">npm install siraj-maps</code></pre>
<h2>إنشاء خريطة</h2>
<p>أضف عنصرًا بمعرّف <code>map</code> إلى الصفحة، ثم استدعِ الدالة التالية:</p>
<pre dir="ltr"><code class="language-js">import { createMap } from "siraj-maps";

const map = createMap("map", {
  key: "dev_9f2KqL7m",
  center: [24.5, 46.7],
  zoom: 12,
  lang: "ar"
});

map.addMarker([24.51, 46.69], { title: "المكتب الرئيسي" });</code></pre>
<h2>الخيارات المتاحة</h2>
<table>
<tr><th>الخيار</th><th>الوصف</th><th>القيمة الافتراضية</th></tr>
<tr><td dir="ltr"><code>zoom</code></td><td>مستوى التكبير الأولي</td><td>10</td></tr>
<tr><td dir="ltr"><code>lang</code></td><td>لغة أسماء الأماكن</td><td>ar</td></tr>
<tr><td dir="ltr"><code>controls</code></td><td>إظهار أزرار التكبير والتصغير</td><td>true</td></tr>
</table>
<p>هل وجدت خطأ في هذه الصفحة؟ <a href="https://code.siraj-maps.example/docs/issues">أبلغنا عنه</a>.</p>
<!-- تم توليد هذه الصفحة تلقائيًا من quickstart.ar.md -->
</article>`,
  },
  {
    lang: "Arabic",
    kind: "blog_post_html",
    text: `<article class="post" dir="rtl" id="post-306">
  <header>
    <h1>رحلتي إلى وادي الصخور: دليل عملي للمبتدئين في التخييم</h1>
    <p class="meta">بقلم <a href="/author/hind">هند العتيبي</a> · <time datetime="2024-01-27">27 يناير 2024</time> · قسم <a href="/travel">سفر</a></p>
  </header>
  <div class="post-content">
    <p>كانت هذه أول مرة أنام فيها تحت النجوم بعيدًا عن أضواء المدينة. في هذا المقال أشارككم ما تعلمته، وما كنت أتمنى لو عرفته مسبقًا.</p>
    <h2>ماذا تحمل معك؟</h2>
    <ul>
      <li>ماء يكفي ثلاثة لترات للشخص في اليوم على الأقل</li>
      <li>ملابس دافئة، فالحرارة تنخفض كثيرًا بعد الغروب</li>
      <li>مصباح رأس وبطاريات احتياطية</li>
    </ul>
    <h2>نصيحة مهمة</h2>
    <p>أخبر أحد أقاربك بموقعك وموعد عودتك قبل أن تنطلق، ولا تترك أي نفايات خلفك.</p>
  </div>
</article>
<section class="comments" dir="rtl" id="comments">
  <h2>التعليقات (2)</h2>
  <div class="comment" id="cm-2201">
    <p class="author">ماجد</p>
    <p>مقال رائع! هل الطريق إلى الوادي مناسب للسيارات العادية؟</p>
    <a href="#comment-form" data-reply="2201">رد</a>
  </div>
  <div class="comment by-author" id="cm-2204">
    <p class="author">هند العتيبي</p>
    <p>آخر عشرة كيلومترات رملية، لذا أنصح بسيارة دفع رباعي.</p>
  </div>
  <form id="comment-form" action="/comments" method="post">
    <input type="hidden" name="post" value="306">
    <input type="hidden" name="nonce" value="a4d9e2f71c">
    <label for="cm-name">الاسم</label><input id="cm-name" name="name" required>
    <label for="cm-body">تعليقك</label><textarea id="cm-body" name="body" rows="4" placeholder="اكتب تعليقك هنا"></textarea>
    <button type="submit">إرسال التعليق</button>
  </form>
</section>`,
  },
  {
    lang: "Arabic",
    kind: "search_results_html",
    text: `<main class="search" dir="rtl">
  <form action="/search" method="get" role="search" class="search-bar">
    <label for="q" class="sr-only">ابحث في الموقع</label>
    <input id="q" name="q" type="search" value="شقة للإيجار حي الزهور">
    <button type="submit">بحث</button>
  </form>
  <p class="results-count">عدد النتائج: 46 إعلانًا</p>
  <div class="sort">
    <label for="sort">ترتيب حسب</label>
    <select id="sort" onchange="this.form && this.form.submit()">
      <option>الأحدث</option><option>السعر: من الأقل إلى الأعلى</option><option>المساحة</option>
    </select>
  </div>
  <ul class="listings">
    <li class="listing" data-listing-id="L-30981">
      <h2><a href="/listing/30981">شقة ثلاث غرف مع شرفة – حي الزهور</a></h2>
      <p class="price">2,800 ريال شهريًا</p>
      <p>140 م² · الطابق الثالث · مصعد · موقف سيارة</p>
    </li>
    <li class="listing featured" data-listing-id="L-31044">
      <span class="badge">مميّز</span>
      <h2><a href="/listing/31044">شقة مفروشة قرب حديقة الزهور</a></h2>
      <p class="price">3,400 ريال شهريًا</p>
      <p>110 م² · مفروشة بالكامل · تشمل الإنترنت</p>
    </li>
    <li class="listing" data-listing-id="L-30877">
      <h2><a href="/listing/30877">استوديو للعزاب – شارع النور</a></h2>
      <p class="price">1,500 ريال شهريًا</p>
      <p>45 م² · الطابق الأرضي</p>
    </li>
  </ul>
  <nav class="pagination" aria-label="الصفحات"><span aria-current="page">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">التالي</a></nav>
  <p class="tip">احذر من الإعلانات التي تطلب تحويل مبلغ قبل معاينة العقار. لا تدفع أي عربون قبل زيارة الشقة.</p>
</main>`,
  },
  {
    lang: "Arabic",
    kind: "error_page_html",
    text: `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>الصفحة غير موجودة – صحيفة الأفق اليوم</title>
<link rel="stylesheet" href="/static/css/error.css">
</head>
<body class="error-404">
<header><a href="/"><img src="/static/img/alofoq-logo.svg" alt="صحيفة الأفق اليوم – العودة إلى الرئيسية" height="40"></a></header>
<main>
  <h1>عذرًا، لم نعثر على هذه الصفحة</h1>
  <p>ربما نُقل الخبر إلى أرشيف الموقع أو أن الرابط الذي اتبعته غير صحيح.</p>
  <p>يمكنك:</p>
  <ul>
    <li>العودة إلى <a href="/">الصفحة الرئيسية</a> لمتابعة آخر الأخبار</li>
    <li>البحث في <a href="/archive">أرشيف الأخبار</a> حسب التاريخ</li>
    <li>التأكد من كتابة العنوان بشكل صحيح</li>
  </ul>
  <form action="/search" method="get">
    <label for="s404">ابحث عن خبر</label>
    <input id="s404" name="q" type="search" placeholder="اكتب كلمة أو عنوانًا">
    <button type="submit">بحث</button>
  </form>
  <p>إذا كنت تعتقد أن هناك خطأ، راسل فريق الموقع على <a href="mailto:web@alofoq-today.example">web@alofoq-today.example</a>.</p>
</main>
<footer><p>© 2024 صحيفة الأفق اليوم</p></footer>
<!-- error template 404 – rtl -->
</body>
</html>`,
  },
  // ───────────────────────────── Turkish ─────────────────────────────
  {
    lang: "Turkish",
    kind: "product_page_html",
    text: `<main class="urun-sayfasi" data-urun-kodu="CAY-DML-500" data-stok="38">
  <nav class="ekmek-kirintisi" aria-label="Gezinti yolu"><a href="/">Ana Sayfa</a> › <a href="/gida">Gıda</a> › <span>Çay</span></nav>
  <div class="urun-gorsel">
    <img src="/urunler/yaylakoy-demlik-cay-500g.jpg" alt="500 gramlık kraft ambalajda siyah dökme çay" width="600" height="600">
  </div>
  <div class="urun-bilgi">
    <h1>Yaylaköy Dökme Siyah Çay – 500 g</h1>
    <p class="fiyat"><del>189,90 TL</del> <strong>159,90 TL</strong></p>
    <p class="puan"><span aria-hidden="true">★★★★★</span> 4,8 / 5 · <a href="#yorumlar">402 değerlendirme</a></p>
    <ul>
      <li>İlk hasat filizlerinden, katkısız</li>
      <li>Demleme süresi: 12–15 dakika</li>
      <li>Son tüketim tarihi: 11/2025</li>
    </ul>
    <label for="adet">Adet</label>
    <select id="adet"><option>1</option><option>2</option><option>3</option><option>4</option></select>
    <button class="sepete-ekle" onclick="sepet.ekle('CAY-DML-500', +adet.value)">Sepete Ekle</button>
    <p class="kargo">Saat 15:00'e kadar verilen siparişler aynı gün kargoda. 250 TL üzeri kargo bedava.</p>
    <details>
      <summary>Saklama koşulları</summary>
      <p>Serin ve kuru bir yerde, ağzı kapalı olarak saklayınız. Güneş ışığından koruyunuz.</p>
    </details>
  </div>
  <section id="yorumlar">
    <h2>Müşteri Yorumları</h2>
    <article class="yorum"><p>Rengi de kokusu da tam kıvamında, bir daha alacağım. – Ayşe H., Serinköy</p></article>
    <article class="yorum"><p>Paketleme çok özenliydi, teşekkürler. – Murat K.</p></article>
  </section>
</main>`,
  },
  {
    lang: "Turkish",
    kind: "docs_page_html",
    text: `<article class="belge" data-surum="5.0">
<h1>Kurulum ve İlk Yapılandırma – Martı Kuyruk Sunucusu</h1>
<p>Martı, uygulamalar arasında mesaj iletmek için geliştirilmiş hafif bir kuyruk sunucusudur. Bu sayfada Linux üzerinde kurulumu ve temel ayarları bulabilirsiniz.</p>
<div class="uyari"><p><strong>Önemli:</strong> Üretim ortamında varsayılan yönetici parolasını mutlaka değiştirin.</p></div>
<h2>Paket ile kurulum</h2>
<pre><code class="language-bash">sudo apt install marti-server
sudo systemctl enable --now marti</code></pre>
<h2>Yapılandırma dosyası</h2>
<p><code>/etc/marti/marti.conf</code> dosyasını açın ve aşağıdaki değerleri ihtiyacınıza göre düzenleyin:</p>
<pre><code class="language-ini">[sunucu]
port = 5690
dinle = 0.0.0.0
azami_baglanti = 2000

[depolama]
dizin = /var/lib/marti
saklama_suresi_saat = 72</code></pre>
<h2>Bağlantıyı test etme</h2>
<pre><code class="language-bash">marti-cli gonder --kuyruk siparisler "merhaba"
marti-cli al --kuyruk siparisler</code></pre>
<p>Komut <code>merhaba</code> çıktısını veriyorsa kurulum tamamdır.</p>
<table>
<tr><th>Parametre</th><th>Açıklama</th></tr>
<tr><td><code>azami_baglanti</code></td><td>Aynı anda kabul edilecek istemci sayısı</td></tr>
<tr><td><code>saklama_suresi_saat</code></td><td>Okunmamış mesajların tutulacağı süre</td></tr>
</table>
<p>Sonraki adım: <a href="/belgeler/5.0/guvenlik">TLS ve kimlik doğrulama</a></p>
<!-- bu sayfa docs/tr/kurulum.md dosyasından üretilmiştir -->
</article>`,
  },
  {
    lang: "Turkish",
    kind: "blog_post_html",
    text: `<article class="yazi" id="yazi-733">
  <header>
    <h1>Balkonda domates yetiştirmek: İlk yılımdan öğrendiklerim</h1>
    <p class="yazi-bilgi"><a href="/yazar/deniz-caglar">Deniz Çağlar</a> · <time datetime="2024-04-15">15 Nisan 2024</time> · <a href="/kategori/bahce">Bahçe</a></p>
  </header>
  <div class="yazi-icerik">
    <p>Geçen yaz kuzeye bakan küçük balkonumda altı saksı domates yetiştirdim. Hasat beklediğimden az oldu ama çok şey öğrendim.</p>
    <h2>Saksı boyutu önemli</h2>
    <p>En az 20 litrelik saksı kullanın. Küçük saksılarda toprak çok çabuk kuruyor ve bitki strese giriyor.</p>
    <h2>Sulama</h2>
    <p>Sabah erken saatlerde, yaprakları ıslatmadan dibinden sulayın. Temmuz sıcaklarında günde iki kez gerekebilir.</p>
    <p>Hazırladığım ekim takvimini <a href="/dosyalar/ekim-takvimi.pdf">buradan indirebilirsiniz</a>.</p>
  </div>
</article>
<section class="yorumlar" id="yorumlar">
  <h2>Yorumlar (2)</h2>
  <div class="yorum" id="y-5120">
    <p class="yorum-yazar">Sevgi, Kumsal Mahallesi</p>
    <p>Çeri domates denediniz mi? Bizim balkonda onlar daha iyi oldu.</p>
    <a href="#yorum-formu" data-ust="5120">Yanıtla</a>
  </div>
  <div class="yorum yazar-yaniti" id="y-5123">
    <p class="yorum-yazar">Deniz Çağlar</p>
    <p>Bu yıl iki saksı çeri ekiyorum, sonucu yazacağım!</p>
  </div>
  <form id="yorum-formu" action="/yorum/ekle" method="post">
    <input type="hidden" name="yazi_id" value="733">
    <input type="hidden" name="csrf" value="8e1b7c40fa2d">
    <label for="ad">Adınız</label><input id="ad" name="ad" required>
    <label for="metin">Yorumunuz</label><textarea id="metin" name="metin" rows="4" placeholder="Yorumunuzu yazın"></textarea>
    <button type="submit">Gönder</button>
  </form>
</section>`,
  },
  {
    lang: "Turkish",
    kind: "search_results_html",
    text: `<main class="arama-sonuclari">
  <form action="/ara" method="get" role="search" class="arama-kutusu">
    <label for="kelime" class="gorunmez">Aranacak kelime</label>
    <input id="kelime" name="q" type="search" value="çınaraltı kahvaltı">
    <button type="submit">Ara</button>
  </form>
  <h1>“çınaraltı kahvaltı” için sonuçlar</h1>
  <p class="sonuc-sayisi">31 mekân bulundu</p>
  <div class="filtreler">
    <label><input type="checkbox" name="acik" onchange="filtrele()"> Şu an açık</label>
    <label><input type="checkbox" name="bahce"> Bahçeli</label>
    <label><input type="checkbox" name="evcil"> Evcil hayvan dostu</label>
  </div>
  <ol class="mekanlar">
    <li class="mekan" data-mekan-id="M-1842">
      <h2><a href="/mekan/incir-agaci-kahvalti">İncir Ağacı Kahvaltı Evi</a></h2>
      <p class="puan">4,6 ★ (812 yorum)</p>
      <p>Serpme kahvaltı · Kişi başı ortalama 450 TL · Lale Sokağı</p>
    </li>
    <li class="mekan" data-mekan-id="M-2210">
      <h2><a href="/mekan/mavi-kapi">Mavi Kapı Cafe</a></h2>
      <p class="puan">4,4 ★ (305 yorum)</p>
      <p>Bahçeli · Menemen ve gözleme · Hafta sonu rezervasyon önerilir</p>
    </li>
    <li class="mekan" data-mekan-id="M-0977">
      <h2><a href="/mekan/koy-sofrasi">Köy Sofrası</a></h2>
      <p class="puan">4,2 ★ (198 yorum)</p>
      <p>Organik ürünler · Çocuk oyun alanı</p>
    </li>
  </ol>
  <nav class="sayfalama" aria-label="Sayfalar"><span aria-current="page">1</span> <a href="?q=%C3%A7%C4%B1naralt%C4%B1+kahvalt%C4%B1&amp;s=2">2</a> <a href="?q=%C3%A7%C4%B1naralt%C4%B1+kahvalt%C4%B1&amp;s=2">Sonraki</a></nav>
  <p class="ipucu">Aradığınızı bulamadınız mı? Daha genel bir kelime deneyin.</p>
</main>`,
  },
  {
    lang: "Turkish",
    kind: "error_page_html",
    text: `<!DOCTYPE html>
<html lang="tr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sunucu hatası – Bereket Sigorta</title>
<link rel="stylesheet" href="/assets/hata.css">
</head>
<body class="hata-500">
<header><img src="/assets/bereket-logo.svg" alt="Bereket Sigorta" height="40"></header>
<main>
  <h1>Bir şeyler ters gitti</h1>
  <p>İsteğinizi şu anda işleyemiyoruz. Teknik ekibimiz konudan haberdar edildi.</p>
  <p><strong>Poliçe ödemesi yapıyorsanız</strong> lütfen işlemi hemen tekrarlamayın. Birkaç dakika sonra “Ödemelerim” sayfasından ödemenin alınıp alınmadığını kontrol edin.</p>
  <div class="butonlar">
    <button onclick="location.reload()">Sayfayı yenile</button>
    <a href="/" class="ikincil">Ana sayfaya dön</a>
  </div>
  <p>Acil durumlar için 7/24 hasar hattı: <strong>0 850 000 41 41</strong></p>
  <p class="hata-kodu">Hata kodu: <code>BRK-500-7731E</code> – müşteri temsilcisine bu kodu iletebilirsiniz.</p>
</main>
<footer><a href="/kvkk">KVKK Aydınlatma Metni</a> · <a href="/iletisim">İletişim</a></footer>
<!-- node: web-ist-04 -->
</body>
</html>`,
  },
  {
    lang: "Turkish",
    kind: "rss_or_atom_feed",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>Ege Kıyısı Gazetesi – Son Dakika</title>
  <link>https://www.egekiyisi-gazete.example/</link>
  <description>Körfez ilçelerinden güncel haberler</description>
  <language>tr-TR</language>
  <lastBuildDate>Fri, 17 May 2024 10:05:00 +0300</lastBuildDate>
  <item>
    <title>Sahil yolunda bisiklet şeridi çalışması başladı</title>
    <link>https://www.egekiyisi-gazete.example/haber/sahil-bisiklet-seridi</link>
    <guid isPermaLink="false">ekg-240517-01</guid>
    <pubDate>Fri, 17 May 2024 09:50:00 +0300</pubDate>
    <category>Yerel</category>
    <description><![CDATA[<p>Belediye, çalışmalar süresince sürücülerin alternatif güzergâh olarak Zeytinlik Caddesi'ni kullanmasını istedi. Çalışmanın 45 gün sürmesi bekleniyor.</p>]]></description>
  </item>
  <item>
    <title>Körfezspor sezonu üçüncü sırada tamamladı</title>
    <link>https://www.egekiyisi-gazete.example/haber/korfezspor-sezon-sonu</link>
    <guid isPermaLink="false">ekg-240516-07</guid>
    <pubDate>Thu, 16 May 2024 21:30:00 +0300</pubDate>
    <category>Spor</category>
    <description>Son maçta deplasmanda 2-1 kazanan ekip, play-off biletini aldı.</description>
  </item>
  <item>
    <title>Halk kütüphanesinde yaz okuma kampı kayıtları açıldı</title>
    <link>https://www.egekiyisi-gazete.example/haber/yaz-okuma-kampi</link>
    <guid isPermaLink="false">ekg-240516-03</guid>
    <pubDate>Thu, 16 May 2024 11:15:00 +0300</pubDate>
    <category>Eğitim</category>
    <description>7–12 yaş arası çocuklar için ücretsiz kampa başvurular 31 Mayıs'a kadar kütüphane danışma masasından yapılabilecek.</description>
  </item>
</channel>
</rss>`,
  },
  {
    lang: "Turkish",
    kind: "sitemap_or_xml_config",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<!--
  Site haritası – Anadolu Halı Atölyesi
  Not: Ürün sayfaları ayrı bir dosyada tutulur (urunler-sitemap.xml).
  Bu dosya her gece 02:00'de otomatik olarak yeniden oluşturulur; elle düzenlemeyin.
-->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url>
    <loc>https://www.anadoluhali-atolye.example/</loc>
    <xhtml:link rel="alternate" hreflang="tr" href="https://www.anadoluhali-atolye.example/"/>
    <xhtml:link rel="alternate" hreflang="en" href="https://www.anadoluhali-atolye.example/en/"/>
    <lastmod>2024-05-16</lastmod>
    <changefreq>weekly</changefreq>
    <priority>1.0</priority>
  </url>
  <url>
    <loc>https://www.anadoluhali-atolye.example/hakkimizda</loc>
    <lastmod>2023-11-02</lastmod>
    <priority>0.5</priority>
  </url>
  <url>
    <loc>https://www.anadoluhali-atolye.example/koleksiyonlar/kilim</loc>
    <lastmod>2024-05-10</lastmod>
    <changefreq>weekly</changefreq>
    <priority>0.8</priority>
  </url>
  <url>
    <loc>https://www.anadoluhali-atolye.example/hali-bakimi-rehberi</loc>
    <lastmod>2024-02-21</lastmod>
    <priority>0.6</priority>
  </url>
  <url>
    <loc>https://www.anadoluhali-atolye.example/iletisim</loc>
    <lastmod>2024-01-05</lastmod>
    <priority>0.4</priority>
  </url>
</urlset>`,
  },
  {
    lang: "Turkish",
    kind: "svg_or_markup_with_alt_text",
    text: `<section class="tarif-adimlari" aria-labelledby="baslik-simit">
  <h2 id="baslik-simit">Evde simit: adım adım</h2>
  <figure>
    <img src="/gorseller/simit-hamur-burma.jpg" alt="İki ince hamur şeridi birbirine burularak halka haline getiriliyor" title="Hamuru burma aşaması" width="640" height="427" loading="lazy">
    <figcaption>Adım 3: Hamur şeritlerini birbirine burun ve uçlarını birleştirin.</figcaption>
  </figure>
  <figure>
    <img src="/gorseller/simit-pekmez-susam.jpg" alt="Pekmezli suya batırılmış simitler susam dolu tepside" width="640" height="427" loading="lazy">
    <figcaption>Adım 4: Önce pekmezli suya, sonra susama batırın.</figcaption>
  </figure>
  <svg role="img" aria-labelledby="sure-baslik sure-aciklama" viewBox="0 0 300 60" width="300" height="60">
    <title id="sure-baslik">Hazırlık süresi çizelgesi</title>
    <desc id="sure-aciklama">Yoğurma 15 dakika, mayalanma 60 dakika, şekil verme 20 dakika, pişirme 20 dakika.</desc>
    <rect x="0" y="20" width="32" height="20" fill="#e9b44c"><title>Yoğurma: 15 dk</title></rect>
    <rect x="32" y="20" width="156" height="20" fill="#9b2915"><title>Mayalanma: 60 dk</title></rect>
    <rect x="188" y="20" width="56" height="20" fill="#50a2a7"><title>Şekil verme: 20 dk</title></rect>
    <rect x="244" y="20" width="56" height="20" fill="#1c3144"><title>Pişirme: 20 dk</title></rect>
  </svg>
  <p>Fırını önceden 220°C'ye ısıtmayı unutmayın. Simitler kızarınca fırından alın ve tel ızgarada soğutun.</p>
</section>`,
  },
  {
    lang: "Turkish",
    kind: "accessibility_rich_page",
    text: `<!DOCTYPE html>
<html lang="tr">
<head>
<meta charset="utf-8">
<title>Randevu Al – Yeşilvadi Belediyesi Sosyal Hizmetler</title>
<style>.ekran-okuyucu{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap}</style>
</head>
<body>
<a href="#ana-icerik" class="atla">Ana içeriğe geç</a>
<header>
  <a href="/" aria-label="Yeşilvadi Belediyesi ana sayfa"><img src="/logo.svg" alt=""></a>
  <nav aria-label="Ana menü">
    <ul>
      <li><a href="/hizmetler">Hizmetler</a></li>
      <li><a href="/randevu" aria-current="page">Randevu</a></li>
      <li><a href="/iletisim">İletişim</a></li>
    </ul>
  </nav>
  <button type="button" aria-pressed="false" onclick="kontrastDegistir(this)">Yüksek kontrast</button>
</header>
<main id="ana-icerik" tabindex="-1">
  <h1>Sosyal yardım başvurusu için randevu alın</h1>
  <p>Randevunuza kimlik kartınızla birlikte gelin. İşitme engelli vatandaşlarımız için işaret dili tercümanı talep edebilirsiniz.</p>
  <form aria-describedby="form-aciklama">
    <p id="form-aciklama">Tüm alanları doldurmanız gerekir.</p>
    <label for="tc">T.C. Kimlik Numarası</label>
    <input id="tc" name="tc" inputmode="numeric" maxlength="11" aria-required="true" aria-describedby="tc-hata">
    <p id="tc-hata" role="alert" hidden>Kimlik numarası 11 haneli olmalıdır.</p>
    <label for="tarih">Tercih ettiğiniz tarih</label>
    <input id="tarih" name="tarih" type="date" aria-required="true">
    <label><input type="checkbox" name="tercuman"> İşaret dili tercümanı istiyorum</label>
    <button type="submit">Uygun saatleri göster <span class="ekran-okuyucu">seçilen tarih için</span></button>
  </form>
  <div aria-live="polite" id="saatler"></div>
</main>
<footer><p>Alo Belediye: 0 000 444 41 41 · <a href="/erisilebilirlik">Erişilebilirlik beyanı</a></p></footer>
</body>
</html>`,
  },
  {
    lang: "Turkish",
    kind: "full_html_page",
    text: `<!DOCTYPE html>
<html lang="tr">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Kaplıca Vadisi Termal Otel: şifalı sular, spa ve aile odaları. Erken rezervasyonda %25 indirim.">
  <title>Kaplıca Vadisi Termal Otel</title>
  <link rel="stylesheet" href="/css/otel.css?v=7">
  <link rel="alternate" hreflang="en" href="https://www.kaplicavadisi.example/en/">
  <script src="/js/rezervasyon.js" defer></script>
</head>
<body>
<header class="ust">
  <a href="/" class="logo"><img src="/img/kaplica-vadisi-logo.png" alt="Kaplıca Vadisi" width="160"></a>
  <nav class="menu" id="ana-menu">
    <a href="/odalar">Odalar</a>
    <a href="/spa">Spa &amp; Termal</a>
    <a href="/restoran">Restoran</a>
    <a href="/ulasim">Ulaşım</a>
  </nav>
  <button class="mobil-menu" aria-controls="ana-menu" aria-expanded="false" onclick="menuAc(this)">Menü</button>
</header>
<main>
  <section class="karsilama">
    <h1>Doğanın içinde sıcak bir mola</h1>
    <p>Giriş ve çıkış tarihlerinizi seçin, size uygun odaları gösterelim.</p>
    <form class="hizli-rezervasyon" action="/musaitlik" method="get">
      <label for="giris">Giriş</label><input id="giris" name="giris" type="date">
      <label for="cikis">Çıkış</label><input id="cikis" name="cikis" type="date">
      <button type="submit">Müsaitlik Ara</button>
    </form>
  </section>
  <section class="duyuru">
    <h2>Duyuru</h2>
    <p>Açık havuz bakım nedeniyle 3–7 Haziran arasında kapalı olacaktır. Kapalı termal havuz hizmet vermeye devam edecektir.</p>
  </section>
</main>
<footer class="alt">
  <p>Kaplıca Vadisi Turizm A.Ş. · Ilıca Mah. Termal Cad. No: 12, Yeşilvadi</p>
  <p><a href="/kvkk">KVKK</a> · <a href="/cerez-politikasi">Çerez Politikası</a> · <a href="/iletisim">İletişim</a></p>
</footer>
</body>
</html>`,
  },
  // ───────────────────────────── Hindi ─────────────────────────────
  {
    lang: "Hindi",
    kind: "rss_or_atom_feed",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>हरितपुर समाचार – ताज़ा ख़बरें</title>
  <link>https://www.haritpur-samachar.example/</link>
  <description>हरितपुर ज़िले और आसपास की प्रमुख ख़बरें</description>
  <language>hi-IN</language>
  <lastBuildDate>Sat, 18 May 2024 08:20:00 +0530</lastBuildDate>
  <item>
    <title>नगर निगम ने शुरू की घर-घर कचरा संग्रहण की नई व्यवस्था</title>
    <link>https://www.haritpur-samachar.example/shahar/kachra-sangrahan-nai-vyavastha</link>
    <guid isPermaLink="false">hs-2024-0518-01</guid>
    <pubDate>Sat, 18 May 2024 08:00:00 +0530</pubDate>
    <category>शहर</category>
    <description><![CDATA[<p>अब हर वार्ड में सुबह 7 से 10 बजे के बीच गाड़ी आएगी। निवासियों से अनुरोध है कि गीला और सूखा कचरा अलग-अलग डिब्बों में रखें।</p>]]></description>
  </item>
  <item>
    <title>आम्रवन स्टेडियम में ज़िला स्तरीय कबड्डी प्रतियोगिता 25 मई से</title>
    <link>https://www.haritpur-samachar.example/khel/kabaddi-pratiyogita</link>
    <guid isPermaLink="false">hs-2024-0517-04</guid>
    <pubDate>Fri, 17 May 2024 18:30:00 +0530</pubDate>
    <category>खेल</category>
    <description>प्रतियोगिता में 24 टीमें हिस्सा लेंगी। प्रवेश निःशुल्क रहेगा।</description>
  </item>
  <item>
    <title>गर्मी की छुट्टियों में पुस्तकालय का समय बढ़ाया गया</title>
    <link>https://www.haritpur-samachar.example/shiksha/pustakalay-samay</link>
    <guid isPermaLink="false">hs-2024-0517-02</guid>
    <pubDate>Fri, 17 May 2024 10:10:00 +0530</pubDate>
    <category>शिक्षा</category>
    <description>ज़िला पुस्तकालय अब सुबह 8 बजे से रात 8 बजे तक खुला रहेगा। सदस्यता के लिए आधार कार्ड की प्रति साथ लाएँ।</description>
  </item>
</channel>
</rss>`,
  },
  {
    lang: "Hindi",
    kind: "sitemap_or_xml_config",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<!--
  सुरमई नगर सहकारी बैंक – वेबसाइट का साइटमैप
  यह फ़ाइल हर रात स्वतः बनती है। इसमें हाथ से बदलाव न करें।
  हिंदी और अंग्रेज़ी दोनों संस्करणों के लिंक नीचे दिए गए हैं।
-->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url>
    <loc>https://www.surmaibank.example/hi/</loc>
    <xhtml:link rel="alternate" hreflang="hi" href="https://www.surmaibank.example/hi/"/>
    <xhtml:link rel="alternate" hreflang="en" href="https://www.surmaibank.example/en/"/>
    <lastmod>2024-05-17</lastmod>
    <priority>1.0</priority>
  </url>
  <!-- बचत खाते -->
  <url>
    <loc>https://www.surmaibank.example/hi/bachat-khata</loc>
    <lastmod>2024-04-30</lastmod>
    <changefreq>monthly</changefreq>
    <priority>0.8</priority>
  </url>
  <!-- सावधि जमा ब्याज दरें: हर बदलाव पर अपडेट -->
  <url>
    <loc>https://www.surmaibank.example/hi/fd-byaj-dar</loc>
    <lastmod>2024-05-15</lastmod>
    <changefreq>weekly</changefreq>
    <priority>0.9</priority>
  </url>
  <url>
    <loc>https://www.surmaibank.example/hi/shakha-suchi</loc>
    <lastmod>2024-03-12</lastmod>
    <priority>0.6</priority>
  </url>
  <url>
    <loc>https://www.surmaibank.example/hi/shikayat-nivaran</loc>
    <lastmod>2024-02-01</lastmod>
    <priority>0.5</priority>
  </url>
</urlset>`,
  },
  {
    lang: "Hindi",
    kind: "svg_or_markup_with_alt_text",
    text: `<section class="vanaspati-udyan" aria-labelledby="udyan-shirshak">
  <h2 id="udyan-shirshak">चंदनवन वनस्पति उद्यान: मुख्य आकर्षण</h2>
  <figure>
    <img src="/chitra/kamal-talab.jpg" alt="गुलाबी कमल के फूलों से भरा तालाब, पीछे पत्थर का छोटा पुल" title="कमल तालाब, सुबह का दृश्य" width="800" height="533" loading="lazy">
    <figcaption>कमल तालाब में जुलाई से सितंबर तक सबसे ज़्यादा फूल खिलते हैं। फ़ोटो: अनुराधा सक्सेना</figcaption>
  </figure>
  <figure>
    <img src="/chitra/cactus-ghar.jpg" alt="काँच के ग्रीनहाउस में अलग-अलग आकार के कैक्टस के पौधे" width="800" height="533" loading="lazy">
    <figcaption>कैक्टस घर में 140 से अधिक प्रजातियाँ हैं।</figcaption>
  </figure>
  <svg role="img" aria-labelledby="naksha-t naksha-d" viewBox="0 0 300 180" width="300" height="180">
    <title id="naksha-t">उद्यान का सरल नक्शा</title>
    <desc id="naksha-d">मुख्य द्वार दक्षिण में है। बाईं ओर कमल तालाब, बीच में गुलाब वाटिका और दाईं ओर कैक्टस घर है।</desc>
    <rect x="125" y="160" width="50" height="15" fill="#8d6e63"><title>मुख्य द्वार</title></rect>
    <circle cx="60" cy="80" r="40" fill="#64b5f6"><title>कमल तालाब</title></circle>
    <rect x="120" y="50" width="60" height="60" fill="#e57373"><title>गुलाब वाटिका</title></rect>
    <rect x="210" y="40" width="70" height="70" fill="#aed581"><title>कैक्टस घर</title></rect>
  </svg>
  <p>कृपया पौधों को न तोड़ें और पॉलिथीन की थैलियाँ उद्यान के अंदर न लाएँ।</p>
  <!-- नक्शे में शौचालय और पेयजल के चिह्न अगले संस्करण में जोड़ने हैं -->
</section>`,
  },
  {
    lang: "Hindi",
    kind: "accessibility_rich_page",
    text: `<!DOCTYPE html>
<html lang="hi">
<head>
<meta charset="utf-8">
<title>पेंशन की स्थिति देखें – नीलांचल राज्य पेंशन पोर्टल</title>
<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap}</style>
</head>
<body>
<a href="#mukhya" class="skip-link">मुख्य सामग्री पर जाएँ</a>
<header>
  <a href="/" aria-label="पेंशन पोर्टल मुखपृष्ठ"><img src="/img/logo.svg" alt=""></a>
  <div role="group" aria-label="अक्षर का आकार">
    <button type="button" aria-label="अक्षर बड़ा करें" onclick="font(1)">अ+</button>
    <button type="button" aria-label="अक्षर सामान्य करें" onclick="font(0)">अ</button>
    <button type="button" aria-label="अक्षर छोटा करें" onclick="font(-1)">अ−</button>
  </div>
  <nav aria-label="मुख्य मेनू">
    <ul>
      <li><a href="/yojanayen">योजनाएँ</a></li>
      <li><a href="/sthiti" aria-current="page">आवेदन की स्थिति</a></li>
      <li><a href="/sampark">संपर्क</a></li>
    </ul>
  </nav>
</header>
<main id="mukhya" tabindex="-1">
  <h1>अपने पेंशन आवेदन की स्थिति देखें</h1>
  <form aria-describedby="nirdesh">
    <p id="nirdesh">आवेदन संख्या और पंजीकृत मोबाइल नंबर दर्ज करें। आपके मोबाइल पर एक ओटीपी भेजा जाएगा।</p>
    <label for="avedan">आवेदन संख्या</label>
    <input id="avedan" name="avedan" aria-required="true" placeholder="जैसे: NP-2024-004417">
    <label for="mobile">मोबाइल नंबर</label>
    <input id="mobile" name="mobile" type="tel" inputmode="numeric" maxlength="10" aria-required="true" aria-describedby="mobile-truti">
    <p id="mobile-truti" role="alert" class="truti" hidden>कृपया 10 अंकों का सही मोबाइल नंबर दर्ज करें।</p>
    <button type="submit">ओटीपी भेजें <span class="sr-only">पंजीकृत मोबाइल नंबर पर</span></button>
  </form>
  <div aria-live="polite" id="parinaam" class="sr-only"></div>
</main>
<footer><p>हेल्पलाइन: 1800 000 4417 (निःशुल्क) · <a href="/sugamyata">सुगम्यता विवरण</a></p></footer>
</body>
</html>`,
  },
  {
    lang: "Hindi",
    kind: "full_html_page",
    text: `<!DOCTYPE html>
<html lang="hi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="आरोग्य धारा योग केंद्र, आम्रवन नगर – सुबह और शाम की योग कक्षाएँ, प्राणायाम और ध्यान।">
  <title>आरोग्य धारा योग केंद्र – आम्रवन नगर</title>
  <link rel="stylesheet" href="/css/style.css">
  <link rel="icon" href="/favicon.png">
  <script src="/js/menu.js" defer></script>
</head>
<body>
<header class="site-header">
  <a href="/" class="logo">आरोग्य धारा</a>
  <nav class="nav" id="nav">
    <a href="/kakshayen">कक्षाएँ</a>
    <a href="/shulk">शुल्क</a>
    <a href="/prashikshak">प्रशिक्षक</a>
    <a href="/sampark">संपर्क</a>
  </nav>
  <button class="menu-btn" aria-controls="nav" aria-expanded="false" onclick="toggleNav(this)">मेनू</button>
</header>
<main>
  <section class="hero">
    <h1>स्वस्थ शरीर, शांत मन</h1>
    <p>पहली कक्षा निःशुल्क है। आज ही अपना नाम दर्ज कराएँ और अपनी योगा मैट साथ लाना न भूलें।</p>
    <a href="/panjikaran" class="btn">निःशुल्क कक्षा बुक करें</a>
  </section>
  <section class="samay">
    <h2>कक्षाओं का समय</h2>
    <ul>
      <li>सुबह: 6:00 – 7:00 और 7:15 – 8:15</li>
      <li>शाम: 6:00 – 7:00 (केवल सोमवार से शुक्रवार)</li>
      <li>वरिष्ठ नागरिकों के लिए विशेष कक्षा: मंगलवार और गुरुवार, सुबह 9 बजे</li>
    </ul>
    <p class="suchna">कक्षा से कम से कम दो घंटे पहले भारी भोजन न करें।</p>
  </section>
</main>
<footer class="site-footer">
  <p>प्लॉट 22, गुलमोहर मार्ग, आम्रवन नगर · फ़ोन: 000 4141 2020</p>
  <p><a href="/niyam">नियम और शर्तें</a> · <a href="/gopniyata">गोपनीयता नीति</a></p>
</footer>
</body>
</html>`,
  },
  {
    lang: "Hindi",
    kind: "html_fragment",
    text: `<div class="lekh-samagri" data-lekh-id="77120" data-shreni="krishi">
<p class="saar">मौसम विभाग के अनुसार इस साल मानसून समय से पहले आ सकता है। कृषि विशेषज्ञों ने किसानों को बुवाई की तैयारी अभी से शुरू करने की सलाह दी है।</p>
<p>हरितपुर कृषि विज्ञान केंद्र की वरिष्ठ वैज्ञानिक डॉ. सुनीता भार्गव ने बताया कि धान की नर्सरी जून के पहले सप्ताह में तैयार कर लेनी चाहिए। “बीज का उपचार किए बिना बुवाई न करें,” उन्होंने कहा।</p>
<figure>
  <img src="/uploads/2024/05/dhan-nursery.jpg" alt="खेत में पानी भरी क्यारियों में धान की हरी पौध" width="960" height="600" loading="lazy">
  <figcaption>कृषि विज्ञान केंद्र के प्रदर्शन खेत में धान की नर्सरी। फ़ोटो: राकेश यादव</figcaption>
</figure>
<h2>किसानों के लिए सुझाव</h2>
<ul>
  <li>खेत की मेड़ों की मरम्मत पहले ही कर लें।</li>
  <li>प्रमाणित बीज केवल अधिकृत दुकानों से ही ख़रीदें।</li>
  <li>मिट्टी की जाँच के लिए नमूना केंद्र पर जमा करें; रिपोर्ट 10 दिन में मिलेगी।</li>
</ul>
<p>अधिक जानकारी के लिए किसान हेल्पलाइन 1800 000 2233 पर कॉल करें।</p>
<!-- संपादक: मौसम ग्राफ़िक अगले अपडेट में जोड़ें -->
</div>`,
  },
  {
    lang: "Hindi",
    kind: "html_email",
    text: `<!DOCTYPE html>
<html lang="hi"><head><meta charset="utf-8"><title>आपकी टिकट बुकिंग की पुष्टि</title></head>
<body style="margin:0;padding:0;background:#f4f1ea;">
<div style="display:none;max-height:0;overflow:hidden;">PNR 4417 2093 – सुरमई एक्सप्रेस, 24 मई</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f1ea;">
<tr><td align="center" style="padding:24px 10px;">
<table role="presentation" width="580" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,'Noto Sans Devanagari',sans-serif;color:#2a2a2a;">
<tr><td style="padding:20px 28px;background:#7b2d26;color:#fff;font-size:18px;font-weight:bold;">यात्रामित्र बस एवं रेल बुकिंग</td></tr>
<tr><td style="padding:28px;">
<p style="font-size:15px;">नमस्ते अमित जी,</p>
<p style="font-size:15px;line-height:1.7;">आपकी टिकट सफलतापूर्वक बुक हो गई है। यात्रा का विवरण नीचे दिया गया है:</p>
<table role="presentation" width="100%" cellpadding="8" style="border:1px solid #e6dfd3;font-size:14px;">
<tr><td style="color:#777;">PNR</td><td><strong>4417 2093</strong></td></tr>
<tr><td style="color:#777;">ट्रेन</td><td>सुरमई एक्सप्रेस (00417)</td></tr>
<tr><td style="color:#777;">यात्रा तिथि</td><td>24 मई 2024, रात 9:40</td></tr>
<tr><td style="color:#777;">से – तक</td><td>हरितपुर जं. – चंदनगढ़ सिटी</td></tr>
<tr><td style="color:#777;">सीट</td><td>B2 / 33, 34</td></tr>
</table>
<p style="font-size:14px;line-height:1.7;">कृपया यात्रा के समय अपना मूल पहचान पत्र साथ रखें। प्लेटफ़ॉर्म पर कम से कम 30 मिनट पहले पहुँचें।</p>
<p style="text-align:center;margin:22px 0;"><a href="https://www.yatramitra.example/booking/4417-2093" style="background:#7b2d26;color:#fff;text-decoration:none;padding:11px 24px;border-radius:4px;">ई-टिकट डाउनलोड करें</a></p>
<p style="font-size:12px;color:#888;">यदि आपने यह बुकिंग नहीं की है, तो तुरंत <a href="mailto:sahayata@yatramitra.example">sahayata@yatramitra.example</a> पर संपर्क करें।</p>
</td></tr>
</table></td></tr></table>
</body></html>`,
  },
  {
    lang: "Hindi",
    kind: "html_form_page",
    text: `<!DOCTYPE html>
<html lang="hi">
<head><meta charset="utf-8"><title>नया कनेक्शन आवेदन – हरितपुर जल आपूर्ति बोर्ड</title>
<link rel="stylesheet" href="/css/form.css">
<style>.honeypot{display:none}</style></head>
<body>
<main class="avedan">
<h1>नए जल कनेक्शन के लिए आवेदन</h1>
<p>कृपया फ़ॉर्म ध्यान से भरें। तारांकित (*) फ़ील्ड अनिवार्य हैं। आवेदन जमा करने से पहले सभी दस्तावेज़ स्कैन करके तैयार रखें।</p>
<form action="/avedan/jama" method="post" enctype="multipart/form-data" id="jal-form" onsubmit="return jaanch()">
  <input type="hidden" name="csrf_token" value="7a3f9e02c1d84b56">
  <label for="naam">आवेदक का पूरा नाम *</label>
  <input id="naam" name="naam" required>
  <label for="pata">संपत्ति का पता *</label>
  <textarea id="pata" name="pata" rows="3" required></textarea>
  <label for="sampatti">संपत्ति संख्या *</label>
  <input id="sampatti" name="sampatti" placeholder="जैसे: HP/W12/0417" required>
  <span class="truti" id="truti-sampatti" style="display:none">संपत्ति संख्या सही प्रारूप में दर्ज करें।</span>
  <label for="prakar">कनेक्शन का प्रकार</label>
  <select id="prakar" name="prakar">
    <option value="gharelu">घरेलू</option>
    <option value="vyavsayik">व्यावसायिक</option>
  </select>
  <label for="dastavez">संपत्ति के कागज़ (PDF, अधिकतम 2 MB) *</label>
  <input id="dastavez" name="dastavez" type="file" accept=".pdf" required>
  <div class="honeypot"><label for="website">वेबसाइट</label><input id="website" name="website" tabindex="-1"></div>
  <label><input type="checkbox" name="ghoshna" required> मैं घोषणा करता/करती हूँ कि दी गई जानकारी सही है। *</label>
  <button type="submit">आवेदन जमा करें</button>
  <p class="suchna">आवेदन जमा होने के बाद आपको एक संदर्भ संख्या मिलेगी। इसे संभाल कर रखें।</p>
</form>
</main>
</body></html>`,
  },
  {
    lang: "Hindi",
    kind: "html_table_page",
    text: `<main class="parinaam">
<h1>अंतर-विद्यालय विज्ञान प्रश्नोत्तरी 2024 – अंतिम परिणाम</h1>
<p>सभी विजेता टीमों को बधाई! पुरस्कार वितरण समारोह 1 जून को सुबह 10 बजे नगर भवन में होगा। कृपया विद्यालय का पहचान पत्र साथ लाएँ।</p>
<table class="parinaam-talika" data-varsh="2024">
  <caption>अंतिम दौर के अंक</caption>
  <thead>
    <tr><th scope="col">स्थान</th><th scope="col">विद्यालय</th><th scope="col">टीम के सदस्य</th><th scope="col">अंक</th></tr>
  </thead>
  <tbody>
    <tr><td>प्रथम</td><td>ज्ञानदीप उच्चतर माध्यमिक विद्यालय</td><td>रिया, कबीर, तनुज</td><td>148</td></tr>
    <tr><td>द्वितीय</td><td>सरस्वती बाल मंदिर, आम्रवन नगर</td><td>इशिता, आरव, मेघा</td><td>139</td></tr>
    <tr><td>तृतीय</td><td>नवोदय पब्लिक स्कूल</td><td>समीर, पूजा, अंश</td><td>131</td></tr>
    <tr><td>4</td><td>राजकीय कन्या विद्यालय, सुरमई नगर</td><td>नंदिनी, सान्वी, ज़ोया</td><td>122</td></tr>
    <tr><td>5</td><td>हरितपुर मॉडल स्कूल</td><td>विवेक, प्रिया, हर्ष</td><td>117</td></tr>
  </tbody>
</table>
<p class="tippani">अंकों पर आपत्ति 25 मई तक लिखित रूप में आयोजन समिति को भेजी जा सकती है।</p>
<a href="/files/quiz-parinaam-2024.pdf" download>पूरा परिणाम PDF में डाउनलोड करें</a>
</main>`,
  },
  {
    lang: "Hindi",
    kind: "html_with_scripts",
    text: `<!DOCTYPE html>
<html lang="hi">
<head>
<meta charset="utf-8">
<title>मसाला चाय बनाने की विधि – रसोई कथा</title>
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "Recipe",
  "name": "मसाला चाय",
  "author": { "@type": "Person", "name": "कविता मल्होत्रा" },
  "totalTime": "PT10M",
  "recipeYield": "2 कप",
  "recipeIngredient": [
    "1 कप पानी",
    "1 कप दूध",
    "2 छोटे चम्मच चाय पत्ती",
    "2 इलायची, कुटी हुई",
    "1 इंच अदरक, कद्दूकस किया हुआ",
    "चीनी स्वादानुसार"
  ],
  "recipeInstructions": [
    { "@type": "HowToStep", "text": "पानी में अदरक और इलायची डालकर 2 मिनट उबालें।" },
    { "@type": "HowToStep", "text": "चाय पत्ती और चीनी डालें, फिर दूध मिलाएँ।" },
    { "@type": "HowToStep", "text": "एक उबाल आने पर छानकर परोसें।" }
  ]
}
</script>
<script>
  // थीम सेटिंग्स
  window.rasoiConfig = { bhasha: "hi", printButton: true, unit: "metric", vigyapan: false };
</script>
<script async src="https://ginti.saralstats.example/g.js" data-site="RASOI-KATHA"></script>
</head>
<body>
<article>
<h1>मसाला चाय</h1>
<p>बारिश के मौसम में अदरक वाली गरम चाय का मज़ा ही कुछ और है। अदरक को ज़्यादा देर न उबालें, वरना चाय कड़वी हो सकती है।</p>
<button onclick="window.print()">विधि प्रिंट करें</button>
</article>
</body>
</html>`,
  },
  // ───────────────────────────── Bengali ─────────────────────────────
  {
    lang: "Bengali",
    kind: "html_fragment",
    text: `<div class="khobor-onsho" data-khobor-id="55203" data-bibhag="shikkha">
<p class="suchona">শিমুলগাঁও উচ্চ বিদ্যালয়ে চালু হলো নতুন বিজ্ঞান গবেষণাগার। এখন থেকে শিক্ষার্থীরা হাতে-কলমে রসায়ন ও পদার্থবিজ্ঞানের পরীক্ষা করতে পারবে।</p>
<p>প্রধান শিক্ষক মোস্তফা কামাল জানান, গবেষণাগারে ২৪টি কর্মস্থান, একটি ধোঁয়া নিষ্কাশন যন্ত্র এবং প্রাথমিক চিকিৎসার সরঞ্জাম রয়েছে। “শিক্ষার্থীদের নিরাপত্তাই আমাদের প্রথম অগ্রাধিকার,” বলেন তিনি।</p>
<figure>
  <img src="/uploads/2024/05/biggan-gobeshonagar.jpg" alt="সাদা অ্যাপ্রন পরা শিক্ষার্থীরা টেস্টটিউব হাতে গবেষণাগারে দাঁড়িয়ে" width="960" height="600" loading="lazy">
  <figcaption>নতুন গবেষণাগারে প্রথম ক্লাস। ছবি: তানজিলা রহমান</figcaption>
</figure>
<h2>অভিভাবকদের জন্য তথ্য</h2>
<p>গবেষণাগারে প্রবেশের আগে প্রত্যেক শিক্ষার্থীকে অ্যাপ্রন ও চশমা পরতে হবে। অভিভাবকদের অনুরোধ করা হচ্ছে, সন্তানের জন্য একটি অ্যাপ্রন সংগ্রহ করে দিন। বিদ্যালয়ের অফিসে স্বল্পমূল্যে অ্যাপ্রন পাওয়া যাচ্ছে।</p>
<!-- সম্পাদক: ভিডিও প্রতিবেদন পাওয়া গেলে এখানে যুক্ত করুন -->
<aside class="aro-porun"><a href="/shikkha/pathagar-notun-boi">উপজেলা পাঠাগারে এল ৫০০ নতুন বই</a></aside>
</div>`,
  },
  {
    lang: "Bengali",
    kind: "html_email",
    text: `<!DOCTYPE html>
<html lang="bn"><head><meta charset="utf-8"><title>পাসওয়ার্ড রিসেট করুন</title></head>
<body style="margin:0;padding:0;background:#eef3f1;">
<div style="display:none;max-height:0;overflow:hidden;">রিসেট লিংকটি ৩০ মিনিট কার্যকর থাকবে।</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#eef3f1;">
<tr><td align="center" style="padding:26px 10px;">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;font-family:Arial,'Noto Sans Bengali',sans-serif;color:#1e2b26;">
<tr><td style="padding:22px 30px;border-bottom:1px solid #e2e9e6;"><img src="https://mail.nodikul-shop.example/logo.png" alt="নদীকূল শপ" width="120"></td></tr>
<tr><td style="padding:30px;">
<h1 style="font-size:20px;margin:0 0 14px;">আপনার পাসওয়ার্ড রিসেট করুন</h1>
<p style="font-size:15px;line-height:1.8;">প্রিয় ফারহানা,</p>
<p style="font-size:15px;line-height:1.8;">আপনার অ্যাকাউন্টের পাসওয়ার্ড রিসেট করার একটি অনুরোধ আমরা পেয়েছি। নতুন পাসওয়ার্ড বেছে নিতে নিচের বোতামে ক্লিক করুন।</p>
<p style="text-align:center;margin:26px 0;"><a href="https://www.nodikul-shop.example/reset?t=Zx81Lm2QpR4v" style="background:#1b7f5b;color:#fff;text-decoration:none;padding:12px 26px;border-radius:4px;">নতুন পাসওয়ার্ড দিন</a></p>
<p style="font-size:13px;line-height:1.8;color:#5f6f68;">আপনি যদি এই অনুরোধ না করে থাকেন, তবে এই ইমেইলটি উপেক্ষা করুন। আপনার পাসওয়ার্ড অপরিবর্তিত থাকবে।</p>
<p style="font-size:13px;line-height:1.8;color:#5f6f68;">নিরাপত্তার জন্য এই লিংক কারও সাথে শেয়ার করবেন না।</p>
</td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#94a39c;border-top:1px solid #e2e9e6;">নদীকূল শপ লিমিটেড · বাড়ি ১২, সড়ক ৪, মেঘনাপাড়া · <a href="mailto:sheba@nodikul-shop.example" style="color:#94a39c;">sheba@nodikul-shop.example</a></td></tr>
</table></td></tr></table>
</body></html>`,
  },
  {
    lang: "Bengali",
    kind: "html_form_page",
    text: `<main class="nibondhon">
<h1>কর্মশালায় নিবন্ধন করুন</h1>
<p>“ছোট ব্যবসার হিসাবরক্ষণ” বিষয়ক দুই দিনের বিনামূল্যে কর্মশালা। আসন সীমিত, তাই দ্রুত নিবন্ধন করুন।</p>
<form action="/karmoshala/nibondhon" method="post" id="nibondhon-form" novalidate onsubmit="return jachai(this)">
  <input type="hidden" name="csrf" value="4be19c07a2f3d865">
  <input type="hidden" name="karmoshala_id" value="KS-2024-06">
  <div class="khetro">
    <label for="nam">পূর্ণ নাম *</label>
    <input id="nam" name="nam" required>
  </div>
  <div class="khetro">
    <label for="mobile">মোবাইল নম্বর *</label>
    <input id="mobile" name="mobile" type="tel" placeholder="০১XXXXXXXXX" required>
    <span class="bhul" id="bhul-mobile" hidden>অনুগ্রহ করে ১১ সংখ্যার সঠিক মোবাইল নম্বর লিখুন।</span>
  </div>
  <div class="khetro">
    <label for="email">ইমেইল</label>
    <input id="email" name="email" type="email" placeholder="nam@thikana.example">
  </div>
  <div class="khetro">
    <label for="byabsa">আপনার ব্যবসার ধরন</label>
    <select id="byabsa" name="byabsa">
      <option value="">নির্বাচন করুন</option>
      <option>মুদি দোকান</option>
      <option>পোশাক ও সেলাই</option>
      <option>খাবার ও ক্যাটারিং</option>
      <option>অন্যান্য</option>
    </select>
  </div>
  <fieldset>
    <legend>কোন দিন অংশ নিতে চান?</legend>
    <label><input type="radio" name="din" value="shukro" checked> শুক্রবার ও শনিবার</label>
    <label><input type="radio" name="din" value="robi"> রবিবার ও সোমবার (সন্ধ্যা)</label>
  </fieldset>
  <input type="text" name="url_field" style="display:none" tabindex="-1" autocomplete="off">
  <label><input type="checkbox" name="shorto" required> আমি <a href="/shorto">শর্তাবলি</a> পড়েছি এবং সম্মত আছি *</label>
  <button type="submit">নিবন্ধন সম্পন্ন করুন</button>
</form>
<noscript>ফর্মটি ঠিকমতো ব্যবহার করতে আপনার ব্রাউজারে জাভাস্ক্রিপ্ট চালু করুন।</noscript>
</main>`,
  },
  {
    lang: "Bengali",
    kind: "html_table_page",
    text: `<!DOCTYPE html>
<html lang="bn">
<head><meta charset="utf-8"><title>লঞ্চের সময়সূচি – নদীকূল ঘাট</title>
<link rel="stylesheet" href="/css/somoysuchi.css"></head>
<body>
<main>
<h1>নদীকূল ঘাট থেকে লঞ্চের সময়সূচি</h1>
<p>খারাপ আবহাওয়ায় যাত্রা বাতিল হতে পারে। রওনা হওয়ার আগে ঘাটের তথ্যকেন্দ্রে ফোন করে নিশ্চিত হয়ে নিন: ০০০০-৪১৭২২০।</p>
<table class="somoysuchi">
  <caption>দৈনিক যাত্রা (মে–সেপ্টেম্বর)</caption>
  <thead>
    <tr><th scope="col">লঞ্চের নাম</th><th scope="col">গন্তব্য</th><th scope="col">ছাড়ার সময়</th><th scope="col">পৌঁছানোর সময়</th><th scope="col">ভাড়া (ডেক)</th></tr>
  </thead>
  <tbody>
    <tr><td>এমভি সোনার তরী</td><td>চরমাধবপুর</td><td>সকাল ৭:০০</td><td>সকাল ১০:৩০</td><td>১৮০ টাকা</td></tr>
    <tr><td>এমভি মেঘদূত</td><td>শিমুলগাঁও</td><td>সকাল ৯:৩০</td><td>দুপুর ১:০০</td><td>২২০ টাকা</td></tr>
    <tr><td>এমভি পদ্মকলি</td><td>চরমাধবপুর</td><td>দুপুর ২:০০</td><td>বিকেল ৫:৩০</td><td>১৮০ টাকা</td></tr>
    <tr><td>এমভি সোনার তরী</td><td>শিমুলগাঁও</td><td>রাত ৯:০০</td><td>ভোর ৫:০০</td><td>২৫০ টাকা</td></tr>
  </tbody>
</table>
<p class="nirdeshona">লঞ্চে ওঠার সময় লাইফ জ্যাকেটের অবস্থান জেনে নিন। শিশুদের রেলিং থেকে দূরে রাখুন।</p>
<a href="/files/launch-somoysuchi.pdf" download>পিডিএফ সময়সূচি ডাউনলোড করুন</a>
</main>
</body></html>`,
  },
  {
    lang: "Bengali",
    kind: "html_with_scripts",
    text: `<!DOCTYPE html>
<html lang="bn">
<head>
<meta charset="utf-8">
<title>বইমেলা ২০২৪ – মেঘনাপাড়া সাহিত্য পরিষদ</title>
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "Event",
  "name": "মেঘনাপাড়া বইমেলা ২০২৪",
  "startDate": "2024-12-10T11:00+06:00",
  "endDate": "2024-12-20T21:00+06:00",
  "location": {
    "@type": "Place",
    "name": "পুরাতন মাঠ, মেঘনাপাড়া",
    "address": "স্টেশন রোড, মেঘনাপাড়া"
  },
  "isAccessibleForFree": true,
  "organizer": { "@type": "Organization", "name": "মেঘনাপাড়া সাহিত্য পরিষদ", "url": "https://www.meghnapara-sahitya.example" }
}
</script>
<script>
  // স্টল-তালিকা উইজেটের কনফিগারেশন
  window.boimelaConfig = {
    bochhor: 2024,
    stallTalika: "/api/stall.json",
    mapDekhao: true,
    bhasha: "bn"
  };
</script>
<script src="/js/boimela.min.js" defer></script>
</head>
<body>
<main>
<h1>মেঘনাপাড়া বইমেলা ২০২৪</h1>
<p>১০ থেকে ২০ ডিসেম্বর, প্রতিদিন সকাল ১১টা থেকে রাত ৯টা। প্রবেশ বিনামূল্যে।</p>
<p>প্রকাশকরা স্টল বরাদ্দের জন্য ৩১ অক্টোবরের মধ্যে আবেদন করুন।</p>
<button type="button" data-bochhor="2024" onclick="stallDekhao(this.dataset.bochhor)">স্টলের তালিকা দেখুন</button>
<noscript><p>স্টলের তালিকা দেখতে জাভাস্ক্রিপ্ট চালু করুন।</p></noscript>
</main>
</body>
</html>`,
  },
  {
    lang: "Bengali",
    kind: "cookie_banner_and_footer",
    text: `<div class="cookie-sotorkota" id="cookieBanner" role="dialog" aria-labelledby="cookie-shironam" data-version="2">
  <h2 id="cookie-shironam">কুকি ব্যবহারের বিষয়ে</h2>
  <p>আমাদের ওয়েবসাইট ঠিকমতো চালাতে আমরা প্রয়োজনীয় কুকি ব্যবহার করি। আপনার সম্মতি পেলে সাইটের ব্যবহার বিশ্লেষণ ও বিজ্ঞাপন দেখানোর জন্যও কুকি ব্যবহার করা হবে। বিস্তারিত জানতে আমাদের <a href="/cookie-niti">কুকি নীতি</a> পড়ুন।</p>
  <div class="botam-sari">
    <button type="button" onclick="cookieSommoti.shob()">সব গ্রহণ করুন</button>
    <button type="button" onclick="cookieSommoti.shudhuProyojoniyo()">শুধু প্রয়োজনীয়</button>
    <button type="button" class="link-botam" onclick="cookieSommoti.settings()">পছন্দ ঠিক করুন</button>
  </div>
</div>
<div id="cookieSettings" style="display:none" class="modal">
  <label><input type="checkbox" checked disabled> প্রয়োজনীয়</label>
  <label><input type="checkbox" name="bishleshon"> বিশ্লেষণ</label>
  <label><input type="checkbox" name="bigyapon"> বিজ্ঞাপন</label>
  <button onclick="cookieSommoti.save()">সংরক্ষণ করুন</button>
</div>
<footer class="site-footer">
  <ul>
    <li><a href="/amader-somporke">আমাদের সম্পর্কে</a></li>
    <li><a href="/shorto">শর্তাবলি</a></li>
    <li><a href="/goponiyota">গোপনীয়তা নীতি</a></li>
    <li><a href="/ferot-niti">ফেরত নীতি</a></li>
  </ul>
  <p>তাঁতঘর হ্যান্ডলুম লিমিটেড · ট্রেড লাইসেন্স নং ০০০৪১৭৮ · ৭ নম্বর হাট রোড, শিমুলগাঁও</p>
  <p>হটলাইন: ০০০০-৪১৪১৪১ (সকাল ৯টা – রাত ৯টা)</p>
  <p>© ২০২৪ তাঁতঘর। সর্বস্বত্ব সংরক্ষিত।</p>
</footer>`,
  },
  {
    lang: "Bengali",
    kind: "product_page_html",
    text: `<main class="ponno-pata" data-sku="TG-JAM-0912" data-stock="9">
  <nav aria-label="অবস্থান"><a href="/">হোম</a> › <a href="/shari">শাড়ি</a> › <span>জামদানি</span></nav>
  <div class="chobi">
    <img src="/ponno/jamdani-ashmani.jpg" alt="আসমানি রঙের জামদানি শাড়ি, পাড়ে সাদা ফুলের নকশা" width="600" height="800">
  </div>
  <div class="biboron">
    <h1>হাতে বোনা জামদানি শাড়ি – আসমানি</h1>
    <p class="dam"><del>১৪,৫০০ টাকা</del> <strong>১২,৯০০ টাকা</strong></p>
    <p class="rating"><span aria-hidden="true">★★★★★</span> ৪.৯/৫ (<a href="#motamot">৩৮টি মতামত</a>)</p>
    <ul>
      <li>দৈর্ঘ্য: ১২ হাত, ব্লাউজ পিসসহ</li>
      <li>সুতি ও রেশমের মিশ্রণ</li>
      <li>একটি শাড়ি বুনতে সময় লেগেছে প্রায় ২৫ দিন</li>
    </ul>
    <label for="poriman">পরিমাণ</label>
    <input id="poriman" type="number" min="1" max="3" value="1">
    <button class="cart-e-jog" onclick="cart.add('TG-JAM-0912', poriman.value)">কার্টে যোগ করুন</button>
    <p class="delivery">সারা দেশে ৩–৫ দিনে ডেলিভারি। ক্যাশ অন ডেলিভারি সুবিধা আছে।</p>
    <details>
      <summary>যত্নের নিয়ম</summary>
      <p>শুধু ড্রাই ওয়াশ করুন। সরাসরি রোদে শুকাবেন না এবং ভাঁজ বদলে রাখুন।</p>
    </details>
  </div>
  <section id="motamot">
    <h2>ক্রেতাদের মতামত</h2>
    <article><p>রং ছবির মতোই, বুনন অসাধারণ। – শাহানা, চরমাধবপুর</p></article>
  </section>
</main>`,
  },
  {
    lang: "Bengali",
    kind: "docs_page_html",
    text: `<article class="docs" data-version="0.7">
<h1>শুরু করুন: “অক্ষর” বাংলা টেক্সট প্রসেসিং লাইব্রেরি</h1>
<p>অক্ষর একটি পাইথন লাইব্রেরি, যা বাংলা লেখাকে শব্দে ভাগ করা, যুক্তাক্ষর ঠিক রাখা এবং বাংলা সংখ্যাকে ইংরেজি সংখ্যায় রূপান্তর করতে সাহায্য করে।</p>
<div class="notun"><p><strong>লক্ষ্য করুন:</strong> সংস্করণ ০.৭ থেকে <code>tokenize()</code> ফাংশন ডিফল্টভাবে যতিচিহ্ন আলাদা করে।</p></div>
<h2>ইনস্টল করুন</h2>
<pre><code class="language-bash">pip install okkhor</code></pre>
<h2>উদাহরণ</h2>
<pre><code class="language-python">from okkhor import tokenize, to_latin_digits

text = "আমি ১২টি আম কিনেছি।"
print(tokenize(text))
# ['আমি', '১২টি', 'আম', 'কিনেছি', '।']

print(to_latin_digits("২০২৪"))
# 2024</code></pre>
<h2>প্রধান ফাংশন</h2>
<table>
<tr><th>ফাংশন</th><th>কাজ</th></tr>
<tr><td><code>tokenize(text)</code></td><td>লেখাকে শব্দ ও যতিচিহ্নে ভাগ করে</td></tr>
<tr><td><code>normalize(text)</code></td><td>একই অক্ষরের ভিন্ন ইউনিকোড রূপ একই করে</td></tr>
<tr><td><code>to_latin_digits(s)</code></td><td>বাংলা অঙ্ক ইংরেজি অঙ্কে রূপান্তর করে</td></tr>
</table>
<p>সমস্যা হলে <a href="https://code.okkhor.example/issues">ইস্যু ট্র্যাকারে</a> জানান।</p>
<!-- এই পাতা docs/bn/shuru.md থেকে তৈরি -->
</article>`,
  },
  {
    lang: "Bengali",
    kind: "blog_post_html",
    text: `<article class="post" id="post-418">
  <header>
    <h1>বর্ষায় ছাদবাগানের যত্ন: পাঁচটি সহজ পরামর্শ</h1>
    <p class="meta">লিখেছেন <a href="/lekhok/nusrat">নুসরাত জাহান</a> · <time datetime="2024-06-20">২০ জুন ২০২৪</time> · বিভাগ: <a href="/bagan">বাগান</a></p>
  </header>
  <div class="post-body">
    <p>টানা বৃষ্টিতে টবের গাছ অনেক সময় পানিতে পচে যায়। গত বছর আমার তিনটি মরিচগাছ এভাবেই নষ্ট হয়েছিল। তাই এবার আগে থেকেই কিছু ব্যবস্থা নিয়েছি।</p>
    <h2>১. টবের নিচে ছিদ্র পরীক্ষা করুন</h2>
    <p>প্রতিটি টবের নিচের ছিদ্র খোলা আছে কি না দেখে নিন। দরকার হলে ইটের টুকরো দিয়ে টব একটু উঁচু করে রাখুন।</p>
    <h2>২. সার কম দিন</h2>
    <p>বৃষ্টির পানিতে সার ধুয়ে যায়, তাই বর্ষায় অল্প পরিমাণে জৈব সার দিন।</p>
  </div>
</article>
<section class="montobyo" id="montobyo">
  <h2>মন্তব্য (২)</h2>
  <div class="montobyo-item" id="m-6610">
    <p class="lekhok">রাকিব, নদীকূল</p>
    <p>খুব কাজের লেখা! টমেটো গাছে ছত্রাক হলে কী করব?</p>
    <a href="#montobyo-form" data-parent="6610">উত্তর দিন</a>
  </div>
  <div class="montobyo-item lekhok-uttor" id="m-6613">
    <p class="lekhok">নুসরাত জাহান</p>
    <p>আক্রান্ত পাতা কেটে ফেলুন আর গাছের গোড়ায় পানি জমতে দেবেন না।</p>
  </div>
  <form id="montobyo-form" action="/montobyo" method="post">
    <input type="hidden" name="post" value="418">
    <input type="hidden" name="token" value="b0f4c81e9a37">
    <label for="m-nam">নাম</label><input id="m-nam" name="nam" required>
    <label for="m-lekha">মন্তব্য</label><textarea id="m-lekha" name="lekha" rows="4" placeholder="আপনার মন্তব্য লিখুন"></textarea>
    <button type="submit">পাঠান</button>
  </form>
</section>`,
  },
  {
    lang: "Bengali",
    kind: "search_results_html",
    text: `<main class="khoj-fol">
  <form action="/khoj" method="get" role="search" class="khoj-box">
    <label for="khoj" class="sr-only">খুঁজুন</label>
    <input id="khoj" name="q" type="search" value="ইলিশ রেসিপি">
    <button type="submit">খুঁজুন</button>
  </form>
  <p class="fol-songkhya">“ইলিশ রেসিপি” খুঁজে ১৯টি ফলাফল পাওয়া গেছে</p>
  <div class="chhanai">
    <a href="?q=%E0%A6%87%E0%A6%B2%E0%A6%BF%E0%A6%B6&amp;dhoron=video" class="chip">ভিডিও (৫)</a>
    <a href="?q=%E0%A6%87%E0%A6%B2%E0%A6%BF%E0%A6%B6&amp;dhoron=lekha" class="chip">লেখা (১৪)</a>
  </div>
  <ol class="fol-talika">
    <li data-id="r-2091">
      <h2><a href="/recipe/shorshe-ilish">সরষে ইলিশ – মায়ের হাতের স্বাদ</a></h2>
      <p class="tothyo">রান্নার সময়: ৩৫ মিনিট · ⭐ ৪.৮ (২১০টি রেটিং)</p>
      <p>সরষে বাটা আগে থেকে ভিজিয়ে রাখুন, তাহলে তেতো ভাব থাকবে না।</p>
    </li>
    <li data-id="r-2150">
      <h2><a href="/recipe/ilish-paturi">কলাপাতায় ইলিশ পাতুরি</a></h2>
      <p class="tothyo">রান্নার সময়: ৪৫ মিনিট · ⭐ ৪.৬ (৯৮টি রেটিং)</p>
      <p>কলাপাতা হালকা আঁচে সেঁকে নিন, যাতে ভাঁজ করার সময় না ছেঁড়ে।</p>
    </li>
    <li data-id="r-2033">
      <h2><a href="/recipe/ilish-bhaja">মচমচে ইলিশ ভাজা</a></h2>
      <p class="tothyo">রান্নার সময়: ২০ মিনিট · ⭐ ৪.৭ (১৫৬টি রেটিং)</p>
      <p>মাছ ভাজার আগে হলুদ-লবণ মাখিয়ে ১০ মিনিট রেখে দিন।</p>
    </li>
  </ol>
  <nav class="page-nav" aria-label="পাতা"><span aria-current="page">১</span> <a href="?q=%E0%A6%87%E0%A6%B2%E0%A6%BF%E0%A6%B6&amp;p=2">২</a> <a href="?q=%E0%A6%87%E0%A6%B2%E0%A6%BF%E0%A6%B6&amp;p=2">পরের পাতা</a></nav>
</main>`,
  },
  // ───────────────────────────── Indonesian ─────────────────────────────
  {
    lang: "Indonesian",
    kind: "cookie_banner_and_footer",
    text: `<div id="banner-cookie" class="banner-cookie" role="dialog" aria-labelledby="bc-judul" data-versi="3">
  <h2 id="bc-judul">Kami menggunakan cookie</h2>
  <p>Situs ini memakai cookie yang diperlukan agar keranjang belanja dan login berfungsi. Dengan persetujuan Anda, kami juga memakai cookie analitik dan pemasaran. Silakan baca <a href="/kebijakan-cookie">Kebijakan Cookie</a> kami sebelum memilih.</p>
  <div class="bc-tombol">
    <button type="button" class="utama" onclick="persetujuan.terimaSemua()">Terima semua</button>
    <button type="button" onclick="persetujuan.tolak()">Tolak yang opsional</button>
    <button type="button" class="tautan" onclick="persetujuan.atur()">Atur preferensi</button>
  </div>
</div>
<!-- panel pengaturan, disembunyikan sampai tombol "Atur preferensi" diklik -->
<div id="panel-cookie" class="modal" style="display:none" aria-hidden="true">
  <label><input type="checkbox" checked disabled> Wajib</label>
  <label><input type="checkbox" name="analitik"> Analitik</label>
  <label><input type="checkbox" name="pemasaran"> Pemasaran</label>
  <button onclick="persetujuan.simpan()">Simpan pilihan</button>
</div>
<footer class="kaki">
  <div class="kaki-kolom">
    <div><h3>Bantuan</h3><a href="/cara-belanja">Cara belanja</a><a href="/pengiriman">Pengiriman</a><a href="/pengembalian">Pengembalian barang</a></div>
    <div><h3>Perusahaan</h3><a href="/tentang">Tentang kami</a><a href="/karier">Karier</a><a href="/kontak">Hubungi kami</a></div>
  </div>
  <p class="legal"><a href="/syarat-ketentuan">Syarat &amp; Ketentuan</a> · <a href="/privasi">Kebijakan Privasi</a> · <a href="/kebijakan-cookie">Cookie</a></p>
  <p>PT Kain Nusantara Lestari · Jl. Melati Raya No. 17, Kota Tanjung Sari · NIB 0000000041722</p>
  <p>Layanan pelanggan: 0800-0000-417 (Senin–Sabtu, 08.00–20.00 WIB)</p>
  <p>© 2024 Kain Nusantara Lestari</p>
</footer>`,
  },
  {
    lang: "Indonesian",
    kind: "product_page_html",
    text: `<main class="halaman-produk" data-sku="KPI-GYO-250" data-stok="57">
  <nav aria-label="Jejak navigasi"><a href="/">Beranda</a> › <a href="/minuman">Minuman</a> › <span>Kopi</span></nav>
  <div class="foto-produk">
    <img src="/produk/kopi-arabika-bukitkabut-250g.jpg" alt="Kemasan kopi arabika Bukit Kabut 250 gram berwarna cokelat dengan jendela transparan" width="600" height="600">
  </div>
  <div class="info-produk">
    <h1>Kopi Arabika Bukit Kabut – Biji Sangrai, 250 g</h1>
    <p class="harga"><s>Rp 125.000</s> <strong>Rp 98.000</strong></p>
    <p class="ulasan"><span aria-hidden="true">★★★★★</span> 4,9 dari 5 · <a href="#ulasan">1.204 ulasan</a></p>
    <ul>
      <li>Tingkat sangrai: medium</li>
      <li>Catatan rasa: gula aren, jeruk, cokelat</li>
      <li>Dipanen dari kebun petani di ketinggian 1.400 mdpl</li>
    </ul>
    <fieldset>
      <legend>Pilih gilingan</legend>
      <label><input type="radio" name="gilingan" value="biji" checked> Biji utuh</label>
      <label><input type="radio" name="gilingan" value="kasar"> Kasar (French press)</label>
      <label><input type="radio" name="gilingan" value="halus"> Halus (tubruk)</label>
    </fieldset>
    <button class="tambah-keranjang" onclick="keranjang.tambah('KPI-GYO-250', document.querySelector('[name=gilingan]:checked').value)">Masukkan ke keranjang</button>
    <p class="kirim">Pesan sebelum pukul 14.00, dikirim hari ini. Gratis ongkir untuk pembelian di atas Rp 150.000.</p>
    <details><summary>Cara penyimpanan</summary><p>Simpan dalam wadah kedap udara, jauhkan dari sinar matahari. Jangan simpan di kulkas.</p></details>
  </div>
  <section id="ulasan">
    <h2>Ulasan pembeli</h2>
    <article><p>Aromanya wangi banget, cocok buat V60. Pengiriman cepat. – Dewi, Kota Tanjung Sari</p></article>
  </section>
</main>`,
  },
  {
    lang: "Indonesian",
    kind: "docs_page_html",
    text: `<article class="dokumentasi" data-versi="2.3">
<h1>Memulai dengan Rambutan – kerangka kerja API ringan</h1>
<p>Rambutan adalah kerangka kerja web untuk membuat REST API dengan Go. Panduan ini menjelaskan cara membuat proyek baru dan menjalankan server lokal.</p>
<div class="catatan"><p><strong>Catatan:</strong> pastikan Go versi 1.22 atau lebih baru sudah terpasang. Jalankan <code>go version</code> untuk memeriksanya.</p></div>
<h2>Membuat proyek</h2>
<pre><code class="language-bash">mkdir toko-api &amp;&amp; cd toko-api
go mod init toko-api
go get rambutan.example/rambutan</code></pre>
<h2>Server pertama</h2>
<pre><code class="language-go">package main

import "rambutan.example/rambutan"

func main() {
    app := rambutan.Baru()
    app.GET("/halo", func(c *rambutan.Konteks) error {
        return c.JSON(200, map[string]string{"pesan": "Halo, dunia!"})
    })
    app.Jalankan(":8080")
}</code></pre>
<p>Jalankan dengan <code>go run .</code> lalu buka <code>localhost:8080/halo</code> di peramban.</p>
<h2>Variabel lingkungan</h2>
<table>
<tr><th>Nama</th><th>Keterangan</th><th>Bawaan</th></tr>
<tr><td><code>RAMBUTAN_PORT</code></td><td>Port server</td><td>8080</td></tr>
<tr><td><code>RAMBUTAN_LOG</code></td><td>Tingkat log: debug, info, warn</td><td>info</td></tr>
</table>
<nav class="navigasi-dok"><a href="/dok/2.3/pengantar">← Pengantar</a> · <a href="/dok/2.3/routing">Routing →</a></nav>
<!-- dibangun otomatis dari dok/id/memulai.md -->
</article>`,
  },
  {
    lang: "Indonesian",
    kind: "blog_post_html",
    text: `<article class="artikel" id="artikel-261">
  <header>
    <h1>Tiga Hari Menjelajah Desa Wisata Lembah Pakis</h1>
    <p class="meta">Oleh <a href="/penulis/rizky-pratama">Rizky Pratama</a> · <time datetime="2024-03-30">30 Maret 2024</time> · <a href="/kategori/jalan-jalan">Jalan-jalan</a></p>
  </header>
  <div class="isi">
    <p>Lembah Pakis hanya dua jam perjalanan dari kota, tapi suasananya benar-benar berbeda: sawah bertingkat, air terjun kecil, dan warung kopi di setiap tikungan.</p>
    <figure><img src="/foto/lembah-pakis-sawah.jpg" alt="Sawah bertingkat hijau dengan kabut tipis di pagi hari" loading="lazy"><figcaption>Pemandangan dari homestay kami pukul enam pagi.</figcaption></figure>
    <h2>Tips untuk kalian</h2>
    <ul>
      <li>Bawa uang tunai, karena belum semua warung menerima pembayaran digital.</li>
      <li>Pesan homestay minimal seminggu sebelumnya saat akhir pekan panjang.</li>
      <li>Gunakan sandal gunung, jalan setapak ke air terjun cukup licin.</li>
    </ul>
  </div>
</article>
<section class="komentar" id="komentar">
  <h2>2 Komentar</h2>
  <div class="komentar-item" id="k-3381">
    <p class="nama">Putri Anggraini</p>
    <p>Wah, jadi pengin ke sana! Homestay-nya namanya apa, Kak?</p>
    <a href="#form-komentar" data-induk="3381">Balas</a>
  </div>
  <div class="komentar-item penulis" id="k-3384">
    <p class="nama">Rizky Pratama</p>
    <p>Namanya Rumah Pakis Asri, bisa dipesan lewat nomor di papan desa.</p>
  </div>
  <form id="form-komentar" action="/komentar/kirim" method="post">
    <input type="hidden" name="artikel" value="261">
    <input type="hidden" name="token" value="91d3fa07c2e8">
    <label for="k-nama">Nama</label><input id="k-nama" name="nama" required>
    <label for="k-isi">Komentar</label><textarea id="k-isi" name="isi" rows="4" placeholder="Tulis komentar Anda"></textarea>
    <button type="submit">Kirim komentar</button>
  </form>
</section>`,
  },
  {
    lang: "Indonesian",
    kind: "search_results_html",
    text: `<main class="hasil-pencarian">
  <form action="/cari" method="get" role="search" class="kotak-cari">
    <label for="kata" class="sr-only">Kata kunci</label>
    <input id="kata" name="q" type="search" value="kursus bahasa inggris online">
    <button type="submit">Cari</button>
  </form>
  <p class="jumlah">Menampilkan 1–3 dari 64 kursus</p>
  <div class="urutkan">
    <label for="urut">Urutkan</label>
    <select id="urut" onchange="urutkan(this.value)">
      <option value="populer">Terpopuler</option>
      <option value="termurah">Harga terendah</option>
      <option value="rating">Rating tertinggi</option>
    </select>
  </div>
  <ul class="daftar-kursus">
    <li class="kursus" data-kursus-id="C-7710">
      <h2><a href="/kursus/percakapan-sehari-hari">Percakapan Bahasa Inggris Sehari-hari</a></h2>
      <p class="pengajar">Pengajar: Maya Kusumawati</p>
      <p>24 video · Sertifikat · Rp 149.000</p>
      <p class="rating">⭐ 4,7 (2.380 peserta)</p>
    </li>
    <li class="kursus" data-kursus-id="C-7822">
      <h2><a href="/kursus/persiapan-wawancara-kerja">Bahasa Inggris untuk Wawancara Kerja</a></h2>
      <p class="pengajar">Pengajar: Andreas Siregar</p>
      <p>12 video · Latihan langsung · Rp 99.000</p>
      <p class="rating">⭐ 4,8 (1.105 peserta)</p>
    </li>
    <li class="kursus gratis" data-kursus-id="C-6503">
      <span class="label">Gratis</span>
      <h2><a href="/kursus/dasar-grammar">Dasar-dasar Grammar untuk Pemula</a></h2>
      <p class="pengajar">Pengajar: Tim Belajar Cerdas</p>
      <p>8 video · Tanpa sertifikat</p>
    </li>
  </ul>
  <nav class="halaman" aria-label="Halaman"><span aria-current="page">1</span> <a href="?q=kursus+bahasa+inggris+online&amp;hal=2">2</a> <a href="?q=kursus+bahasa+inggris+online&amp;hal=2">Berikutnya</a></nav>
  <p class="saran">Belum menemukan yang cocok? Coba kata kunci yang lebih umum.</p>
</main>`,
  },
  {
    lang: "Indonesian",
    kind: "error_page_html",
    text: `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sedang dalam pemeliharaan – Koperasi Simpan Pinjam Sejahtera Bersama</title>
<style>
  body{font-family:Arial,sans-serif;background:#f4f8fb;color:#203040;text-align:center;padding:40px 16px}
  .kotak{max-width:540px;margin:0 auto;background:#fff;padding:32px;border-radius:8px}
</style>
</head>
<body>
<div class="kotak">
  <img src="/gambar/logo-ksp.svg" alt="KSP Sejahtera Bersama" width="110">
  <h1>Layanan sedang dalam pemeliharaan</h1>
  <p>Kami sedang meningkatkan sistem agar layanan lebih cepat dan aman. Aplikasi dan situs web tidak dapat diakses pada <strong>Minggu, 26 Mei 2024 pukul 00.00–05.00 WIB</strong>.</p>
  <p>Selama pemeliharaan, penarikan tunai di kantor cabang tetap dapat dilakukan seperti biasa.</p>
  <p>Mohon jangan mengulang transaksi yang tertunda. Transaksi akan diproses otomatis setelah sistem kembali normal.</p>
  <p>Butuh bantuan segera? Hubungi 0800-0000-4141 atau kirim email ke <a href="mailto:layanan@ksp-sejahtera.example">layanan@ksp-sejahtera.example</a>.</p>
  <p><small>Terima kasih atas kesabaran Anda.</small></p>
</div>
<!-- 503 maintenance page, retry-after 18000 -->
</body>
</html>`,
  },
  {
    lang: "Indonesian",
    kind: "rss_or_atom_feed",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="id">
  <title>Blog Dapur Nenek Sari</title>
  <subtitle>Resep rumahan, cerita pasar, dan tips dapur hemat</subtitle>
  <link rel="self" href="https://dapurneneksari.example/feed.atom"/>
  <link href="https://dapurneneksari.example/"/>
  <id>tag:dapurneneksari.example,2019:blog</id>
  <updated>2024-05-19T07:30:00+07:00</updated>
  <author><name>Sari Wulandari</name></author>
  <entry>
    <title>Sayur Asem Jakarta ala Rumah</title>
    <link href="https://dapurneneksari.example/resep/sayur-asem"/>
    <id>tag:dapurneneksari.example,2024-05-19:sayur-asem</id>
    <updated>2024-05-19T07:30:00+07:00</updated>
    <category term="sayur"/>
    <summary>Kuncinya ada di asam jawa yang direndam dulu. Jangan masukkan daun melinjo terlalu awal supaya warnanya tetap hijau.</summary>
  </entry>
  <entry>
    <title>Cara Menyimpan Cabai agar Awet Dua Minggu</title>
    <link href="https://dapurneneksari.example/tips/menyimpan-cabai"/>
    <id>tag:dapurneneksari.example,2024-05-12:simpan-cabai</id>
    <updated>2024-05-12T08:00:00+07:00</updated>
    <category term="tips"/>
    <summary>Buang tangkainya, keringkan dengan tisu, lalu simpan dalam wadah berlapis tisu di kulkas.</summary>
  </entry>
  <entry>
    <title>Kue Lumpur Kentang Lembut</title>
    <link href="https://dapurneneksari.example/resep/kue-lumpur"/>
    <id>tag:dapurneneksari.example,2024-05-05:kue-lumpur</id>
    <updated>2024-05-05T09:15:00+07:00</updated>
    <category term="kue"/>
    <summary>Resep warisan nenek untuk 20 buah kue. Panaskan cetakan sebelum adonan dituang.</summary>
  </entry>
</feed>`,
  },
  {
    lang: "Indonesian",
    kind: "sitemap_or_xml_config",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<!--
  Konfigurasi notifikasi aplikasi "Jadwal Salat & Kajian" – Masjid Al-Hikmah Kota Tanjung Sari
  Ubah nilai menit_sebelum jika pengurus meminta pengingat lebih awal.
  Terakhir diperbarui oleh tim TI masjid: 14-05-2024
-->
<pengaturan versi="1.4">
  <lokasi kota="Kota Tanjung Sari" zona_waktu="Asia/Jakarta"/>
  <notifikasi aktif="true">
    <pengingat id="kajian-ahad" hari="Minggu" jam="06:30" menit_sebelum="30">
      <judul>Kajian Ahad Pagi</judul>
      <pesan>Kajian tafsir bersama Ustaz Hamdan dimulai 30 menit lagi. Silakan datang lebih awal agar dapat tempat duduk.</pesan>
    </pengingat>
    <pengingat id="jumat-bersih" hari="Jumat" jam="07:00" menit_sebelum="60">
      <judul>Jumat Bersih</judul>
      <pesan>Kerja bakti membersihkan halaman masjid. Bawa sapu atau sarung tangan sendiri jika ada.</pesan>
    </pengingat>
    <pengingat id="infak-pekanan" hari="Kamis" jam="19:00" menit_sebelum="0">
      <judul>Laporan Infak Pekanan</judul>
      <pesan>Laporan keuangan pekan ini sudah tersedia di papan pengumuman dan di menu Laporan.</pesan>
    </pengingat>
  </notifikasi>
  <!-- fitur siaran langsung dinonaktifkan sementara -->
  <fitur siaran_langsung="false" donasi_qris="true" mode_gelap="true"/>
  <kontak email="pengurus@alhikmah-tanjungsari.example" telepon="0000-41-7788"/>
</pengaturan>`,
  },
  {
    lang: "Indonesian",
    kind: "svg_or_markup_with_alt_text",
    text: `<section class="infografis" aria-labelledby="judul-infografis">
  <h2 id="judul-infografis">Sampah yang terkumpul di Bank Sampah Kelurahan Mekarwangi Baru (Jan–Apr 2024)</h2>
  <svg role="img" aria-labelledby="svg-judul svg-desk" viewBox="0 0 320 180" width="320" height="180">
    <title id="svg-judul">Diagram batang jenis sampah yang terkumpul</title>
    <desc id="svg-desk">Plastik 1.240 kg, kertas dan kardus 860 kg, logam 310 kg, kaca 150 kg.</desc>
    <g fill="#2e8b57">
      <rect x="20" y="20" width="60" height="140"><title>Plastik: 1.240 kg</title></rect>
      <rect x="95" y="63" width="60" height="97"><title>Kertas dan kardus: 860 kg</title></rect>
      <rect x="170" y="125" width="60" height="35"><title>Logam: 310 kg</title></rect>
      <rect x="245" y="143" width="60" height="17"><title>Kaca: 150 kg</title></rect>
    </g>
  </svg>
  <figure>
    <img src="/foto/penimbangan-sampah.jpg" alt="Warga menimbang karung berisi botol plastik di timbangan besar" title="Penimbangan sampah setiap Sabtu" width="720" height="480" loading="lazy">
    <figcaption>Penimbangan dilakukan setiap Sabtu pukul 08.00–11.00. Foto: Karang Taruna Mekarwangi Baru</figcaption>
  </figure>
  <p><img src="/ikon/daur-ulang.svg" alt="Simbol daur ulang" width="20" height="20"> Cuci dan keringkan botol plastik sebelum disetor, lalu pisahkan tutupnya.</p>
  <!-- data dari spreadsheet bendahara bank sampah, diperbarui tiap bulan -->
</section>`,
  },
  {
    lang: "Indonesian",
    kind: "accessibility_rich_page",
    text: `<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<title>Pendaftaran Pasien Baru – RSUD Tanjung Sari</title>
<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap}</style>
</head>
<body>
<a href="#konten-utama" class="lewati">Langsung ke konten utama</a>
<header>
  <a href="/" aria-label="Beranda RSUD Tanjung Sari"><img src="/logo-rsud.svg" alt=""></a>
  <nav aria-label="Navigasi utama">
    <ul>
      <li><a href="/poliklinik">Poliklinik</a></li>
      <li><a href="/pendaftaran" aria-current="page">Pendaftaran</a></li>
      <li><a href="/jadwal-dokter">Jadwal dokter</a></li>
    </ul>
  </nav>
  <button type="button" aria-pressed="false" aria-label="Aktifkan mode kontras tinggi" onclick="ubahKontras(this)">◑</button>
</header>
<main id="konten-utama" tabindex="-1">
  <h1>Pendaftaran pasien baru</h1>
  <p>Siapkan KTP dan kartu BPJS Anda sebelum mengisi formulir.</p>
  <form aria-describedby="petunjuk">
    <p id="petunjuk">Kolom bertanda <span aria-hidden="true">*</span><span class="sr-only">bintang</span> wajib diisi.</p>
    <label for="nik">NIK <span aria-hidden="true">*</span></label>
    <input id="nik" name="nik" inputmode="numeric" maxlength="16" aria-required="true" aria-describedby="nik-galat">
    <p id="nik-galat" role="alert" class="galat" hidden>NIK harus terdiri dari 16 angka.</p>
    <label for="poli">Poliklinik tujuan</label>
    <select id="poli" name="poli"><option>Penyakit Dalam</option><option>Anak</option><option>Gigi</option></select>
    <fieldset>
      <legend>Butuh bantuan khusus saat datang?</legend>
      <label><input type="checkbox" name="kursi_roda"> Kursi roda</label>
      <label><input type="checkbox" name="juru_bahasa_isyarat"> Juru bahasa isyarat</label>
    </fieldset>
    <button type="submit">Daftar <span class="sr-only">sebagai pasien baru</span></button>
  </form>
  <div role="status" aria-live="polite" id="status-daftar"></div>
</main>
<footer><p>Gawat darurat 24 jam: 0000-119-417 · <a href="/aksesibilitas">Pernyataan aksesibilitas</a></p></footer>
</body>
</html>`,
  },
  // ───────────────────────────── Chinese ─────────────────────────────
  {
    lang: "Chinese",
    kind: "error_page_html",
    text: `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>页面不存在 - 青禾书局</title>
<link rel="stylesheet" href="/static/css/error.css">
</head>
<body class="page-404">
<header class="top"><a href="/"><img src="/static/img/qinghe-logo.svg" alt="青禾书局 - 返回首页" height="40"></a></header>
<main>
  <div class="code" aria-hidden="true">404</div>
  <h1>抱歉，您访问的页面不存在</h1>
  <p>可能是链接已过期、图书已下架，或者网址输入有误。</p>
  <ul class="suggest">
    <li>请检查浏览器地址栏中的网址是否正确；</li>
    <li>返回<a href="/">书局首页</a>浏览新书推荐；</li>
    <li>使用下方搜索框查找书名、作者或 ISBN。</li>
  </ul>
  <form action="/search" method="get" class="search-404">
    <label for="kw">站内搜索</label>
    <input id="kw" name="q" type="search" placeholder="输入书名或作者">
    <button type="submit">搜索</button>
  </form>
  <p class="contact">如果您是从本站其他页面点击进入的，请发送邮件至 <a href="mailto:web@qinghe-books.example">web@qinghe-books.example</a> 告诉我们，谢谢！</p>
  <p><a href="javascript:history.back()" class="btn">返回上一页</a></p>
</main>
<footer><p>© 2024 青禾书局 · 客服热线 400-000-4170</p></footer>
<!-- error/404.html, 由 nginx error_page 指令返回 -->
</body>
</html>`,
  },
  {
    lang: "Chinese",
    kind: "rss_or_atom_feed",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>云岭日报 · 本地新闻</title>
  <link>https://www.yunling-daily.example/local/</link>
  <description>云岭市及周边区县的最新消息</description>
  <language>zh-cn</language>
  <lastBuildDate>Mon, 20 May 2024 09:30:00 +0800</lastBuildDate>
  <item>
    <title>地铁3号线南延段今日开通试运营</title>
    <link>https://www.yunling-daily.example/local/2024/0520/metro-line3.html</link>
    <guid isPermaLink="false">yl-20240520-001</guid>
    <pubDate>Mon, 20 May 2024 09:00:00 +0800</pubDate>
    <category>交通</category>
    <description><![CDATA[<p>新开通的5座车站分别为松林路、翠湖公园、科技南路、梨花坞和南湖客运站。试运营期间首班车为6:30，末班车为22:00，请乘客合理安排出行时间。</p>]]></description>
  </item>
  <item>
    <title>市图书馆推出“夜读”服务，周五周六开放至晚上十点</title>
    <link>https://www.yunling-daily.example/local/2024/0519/library-night.html</link>
    <guid isPermaLink="false">yl-20240519-006</guid>
    <pubDate>Sun, 19 May 2024 16:20:00 +0800</pubDate>
    <category>文化</category>
    <description>读者需凭读者证入馆，21:30后停止办理借还手续。</description>
  </item>
  <item>
    <title>端午假期景区门票预约今日开始</title>
    <link>https://www.yunling-daily.example/local/2024/0518/dragon-boat-tickets.html</link>
    <guid isPermaLink="false">yl-20240518-003</guid>
    <pubDate>Sat, 18 May 2024 10:00:00 +0800</pubDate>
    <category>旅游</category>
    <description>青峰山、碧水湾等景区实行实名预约，游客请提前通过官方公众号预约，不要轻信非官方渠道的“加价代订”。</description>
  </item>
</channel>
</rss>`,
  },
  {
    lang: "Chinese",
    kind: "sitemap_or_xml_config",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<!--
  站点地图：松风茶舍官网
  说明：本文件由发布系统每天凌晨 3 点自动生成，请勿手动修改。
  商品详情页请见 sitemap-products.xml
-->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url>
    <loc>https://www.songfeng-tea.example/</loc>
    <xhtml:link rel="alternate" hreflang="zh-CN" href="https://www.songfeng-tea.example/"/>
    <xhtml:link rel="alternate" hreflang="zh-TW" href="https://www.songfeng-tea.example/tw/"/>
    <lastmod>2024-05-20</lastmod>
    <changefreq>daily</changefreq>
    <priority>1.0</priority>
  </url>
  <!-- 茶叶分类 -->
  <url>
    <loc>https://www.songfeng-tea.example/category/green-tea</loc>
    <lastmod>2024-05-18</lastmod>
    <changefreq>weekly</changefreq>
    <priority>0.8</priority>
  </url>
  <url>
    <loc>https://www.songfeng-tea.example/category/oolong</loc>
    <lastmod>2024-05-16</lastmod>
    <changefreq>weekly</changefreq>
    <priority>0.8</priority>
  </url>
  <!-- 品茶课程报名页，课程结束后下线 -->
  <url>
    <loc>https://www.songfeng-tea.example/events/tasting-class-june</loc>
    <lastmod>2024-05-12</lastmod>
    <priority>0.6</priority>
  </url>
  <url>
    <loc>https://www.songfeng-tea.example/about</loc>
    <lastmod>2023-12-01</lastmod>
    <priority>0.4</priority>
  </url>
</urlset>`,
  },
  {
    lang: "Chinese",
    kind: "svg_or_markup_with_alt_text",
    text: `<section class="exhibit" aria-labelledby="ex-title">
  <h2 id="ex-title">“山水之间”——云岭市博物馆春季特展</h2>
  <figure>
    <img src="/images/exhibit/qingci-ping.jpg" alt="一件青瓷梅瓶，瓶身刻有缠枝莲纹，釉色青绿透亮" title="青瓷刻花梅瓶" width="600" height="800" loading="lazy">
    <figcaption>青瓷刻花梅瓶，馆藏编号 YL-0417。请勿使用闪光灯拍摄。</figcaption>
  </figure>
  <figure>
    <img src="/images/exhibit/shanshui-juan.jpg" alt="水墨山水长卷局部：远山、瀑布和江上一叶小舟" width="900" height="400" loading="lazy">
    <figcaption>《松溪泛舟图》长卷（局部），作者佚名。</figcaption>
  </figure>
  <svg role="img" aria-labelledby="map-t map-d" viewBox="0 0 300 160" width="300" height="160">
    <title id="map-t">特展展厅平面示意图</title>
    <desc id="map-d">入口在东侧。第一展区为瓷器，第二展区为书画，出口旁设有文创商店。</desc>
    <rect x="5" y="5" width="290" height="150" fill="none" stroke="#555"/>
    <rect x="200" y="20" width="85" height="120" fill="#cfe3d4"><title>第一展区：瓷器</title></rect>
    <rect x="60" y="20" width="130" height="120" fill="#e8dcc6"><title>第二展区：书画</title></rect>
    <rect x="10" y="100" width="45" height="50" fill="#f2c6b4"><title>文创商店</title></rect>
  </svg>
  <p>展期：2024年4月1日至6月30日。周一闭馆，请提前在官网预约参观时段。</p>
</section>`,
  },
  {
    lang: "Chinese",
    kind: "accessibility_rich_page",
    text: `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>预约办理 - 云岭市政务服务中心</title>
<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap}</style>
</head>
<body>
<a href="#main-content" class="skip-link">跳到主要内容</a>
<header>
  <a href="/" aria-label="云岭市政务服务中心首页"><img src="/img/logo.svg" alt=""></a>
  <div class="a11y-tools" role="toolbar" aria-label="无障碍工具">
    <button type="button" aria-label="放大字体" onclick="zoomText(1)">A+</button>
    <button type="button" aria-label="缩小字体" onclick="zoomText(-1)">A−</button>
    <button type="button" aria-pressed="false" aria-label="开启读屏模式" onclick="toggleReader(this)">读屏</button>
  </div>
  <nav aria-label="主导航">
    <ul>
      <li><a href="/services">办事指南</a></li>
      <li><a href="/booking" aria-current="page">预约办理</a></li>
      <li><a href="/progress">进度查询</a></li>
    </ul>
  </nav>
</header>
<main id="main-content" tabindex="-1">
  <h1>预约办理</h1>
  <p>请选择要办理的事项和时间。请携带本人有效身份证件按时到达，逾期预约将自动取消。</p>
  <form aria-describedby="form-tip">
    <p id="form-tip">带 <span aria-hidden="true">*</span><span class="sr-only">星号</span> 的为必填项。</p>
    <label for="item">办理事项 <span aria-hidden="true">*</span></label>
    <select id="item" name="item" aria-required="true">
      <option>居住证办理</option><option>营业执照变更</option><option>社保卡补办</option>
    </select>
    <label for="phone">手机号码 <span aria-hidden="true">*</span></label>
    <input id="phone" name="phone" type="tel" maxlength="11" aria-required="true" aria-describedby="phone-err">
    <p id="phone-err" role="alert" hidden>请输入11位手机号码。</p>
    <button type="submit">查询可预约时段</button>
  </form>
  <div aria-live="polite" id="slot-result"></div>
</main>
<footer><p>咨询电话：0000-12345 · <a href="/accessibility">无障碍声明</a></p></footer>
</body>
</html>`,
  },
  {
    lang: "Chinese",
    kind: "full_html_page",
    text: `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="小满烘焙工作室：欧式面包、生日蛋糕定制，云岭市翠湖区门店及同城配送。">
  <meta name="keywords" content="面包,蛋糕定制,烘焙课程,云岭">
  <title>小满烘焙工作室 - 每天新鲜出炉</title>
  <link rel="stylesheet" href="/assets/css/site.a91c.css">
  <link rel="icon" href="/favicon.ico">
  <script src="/assets/js/main.js" defer></script>
</head>
<body>
<header class="header">
  <a class="logo" href="/"><img src="/assets/img/xiaoman.png" alt="小满烘焙" width="120"></a>
  <nav class="nav" id="nav">
    <a href="/bread">面包</a>
    <a href="/cake">蛋糕定制</a>
    <a href="/class">烘焙课程</a>
    <a href="/store">门店信息</a>
  </nav>
  <button class="nav-toggle" aria-controls="nav" aria-expanded="false" onclick="toggleNav(this)">菜单</button>
</header>
<main>
  <section class="banner">
    <h1>手作面包，每天早上七点出炉</h1>
    <p>生日蛋糕请至少提前两天预订。下单时请在备注中写明祝福语和取货时间。</p>
    <a class="btn" href="/cake/order">立即预订蛋糕</a>
  </section>
  <section class="notice">
    <h2>门店公告</h2>
    <p>5月25日（周六）门店内部装修，暂停营业一天，同城配送照常。给您带来不便，敬请谅解。</p>
  </section>
</main>
<footer class="footer">
  <p>地址：云岭市翠湖区梨花坞路 88 号 · 电话：0000-8888-4170</p>
  <p><a href="/privacy">隐私政策</a> · <a href="/terms">用户协议</a> · 备案号：云ICP备00000417号</p>
</footer>
</body>
</html>`,
  },
  {
    lang: "Chinese",
    kind: "html_fragment",
    text: `<div class="article-content" data-article-id="20240516-0417" data-channel="shenghuo">
<p class="summary">从6月1日起，云岭市将在翠湖区、南湖区的120个小区推行垃圾分类定时定点投放。居民需在规定时间内将垃圾投放到指定地点。</p>
<p>据市城管局介绍，投放时间为每天早上7:00至9:00、晚上18:30至20:30。其他时间段，小区内的分类垃圾桶将统一收起。</p>
<figure class="img-box">
  <img src="/upload/2024/05/lajifenlei.jpg" alt="小区内四种颜色的分类垃圾桶整齐摆放，旁边有志愿者进行指导" width="900" height="600" loading="lazy">
  <figcaption>翠湖区某小区的分类投放点。摄影：林晓雯</figcaption>
</figure>
<h2>居民需要注意什么？</h2>
<ol>
  <li>厨余垃圾请沥干水分后再投放，并将塑料袋投入“其他垃圾”桶。</li>
  <li>废旧电池、过期药品属于有害垃圾，请投放到红色垃圾桶。</li>
  <li>大件家具请提前拨打物业电话预约清运。</li>
</ol>
<p>如对投放点设置有意见，可在社区公告栏扫码留言，或拨打市民热线反映。</p>
<!-- 编辑备注：相关视频待审核后插入 -->
<div class="related-news" data-ids="20240510-0391,20240502-0355"></div>
</div>`,
  },
  {
    lang: "Chinese",
    kind: "html_email",
    text: `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>请验证您的邮箱地址</title></head>
<body style="margin:0;padding:0;background:#f2f3f5;">
<div style="display:none;max-height:0;overflow:hidden;">完成验证后即可开始使用星桥云盘。</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f2f3f5;">
<tr><td align="center" style="padding:30px 10px;">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border-radius:6px;font-family:'PingFang SC','Microsoft YaHei',Arial,sans-serif;color:#1f2329;">
<tr><td style="padding:24px 32px;border-bottom:1px solid #ebedf0;"><img src="https://mail.xingqiao-cloud.example/logo.png" alt="星桥云盘" width="120"></td></tr>
<tr><td style="padding:32px;">
<h1 style="font-size:20px;margin:0 0 16px;">验证您的邮箱地址</h1>
<p style="font-size:15px;line-height:1.8;">您好，陈思远：</p>
<p style="font-size:15px;line-height:1.8;">感谢您注册星桥云盘。请点击下方按钮完成邮箱验证，链接24小时内有效。</p>
<p style="text-align:center;margin:28px 0;"><a href="https://account.xingqiao-cloud.example/verify?code=HQ72kd9XzP" style="background:#3370ff;color:#ffffff;text-decoration:none;padding:12px 30px;border-radius:4px;">验证邮箱</a></p>
<p style="font-size:13px;line-height:1.8;color:#646a73;">如果按钮无法点击，请将以下链接复制到浏览器地址栏中打开：<br>https://account.xingqiao-cloud.example/verify?code=HQ72kd9XzP</p>
<p style="font-size:13px;line-height:1.8;color:#646a73;">如果您没有注册过星桥云盘账号，请忽略此邮件。</p>
</td></tr>
<tr><td style="padding:16px 32px;font-size:12px;color:#8f959e;border-top:1px solid #ebedf0;">此邮件由系统自动发送，请勿直接回复。如需帮助，请联系 <a href="mailto:support@xingqiao-cloud.example" style="color:#8f959e;">support@xingqiao-cloud.example</a></td></tr>
</table></td></tr></table>
</body></html>`,
  },
  {
    lang: "Chinese",
    kind: "html_form_page",
    text: `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><title>填写收货信息 - 橙子优选</title>
<link rel="stylesheet" href="/css/checkout.css"></head>
<body>
<main class="checkout">
<h1>确认订单</h1>
<ol class="steps"><li class="done">购物车</li><li class="active" aria-current="step">填写信息</li><li>支付</li></ol>
<form id="order-form" action="/order/submit" method="post" novalidate onsubmit="return validateOrder()">
  <input type="hidden" name="_csrf" value="e1a6c93f0b7d2458">
  <input type="hidden" name="cart_id" value="CZ-20240520-88123">
  <div class="row">
    <label for="receiver">收货人 *</label>
    <input id="receiver" name="receiver" placeholder="请输入收货人姓名" required>
  </div>
  <div class="row">
    <label for="mobile">手机号码 *</label>
    <input id="mobile" name="mobile" type="tel" maxlength="11" placeholder="请输入11位手机号" required>
    <span class="err" id="err-mobile" style="display:none">手机号码格式不正确，请重新输入。</span>
  </div>
  <div class="row">
    <label for="region">所在地区 *</label>
    <select id="region" name="region" required>
      <option value="">请选择省 / 市 / 区</option>
      <option>云岭市 翠湖区</option>
      <option>云岭市 南湖区</option>
    </select>
  </div>
  <div class="row">
    <label for="address">详细地址 *</label>
    <textarea id="address" name="address" rows="2" placeholder="街道、楼牌号等" required></textarea>
  </div>
  <div class="row">
    <label for="remark">订单备注</label>
    <input id="remark" name="remark" placeholder="选填，如：放门口快递柜">
  </div>
  <label class="agree"><input type="checkbox" name="agree" required> 我已阅读并同意《<a href="/terms/purchase" target="_blank">购买须知</a>》</label>
  <div class="total">应付金额：<strong>¥ 268.00</strong></div>
  <button type="submit" class="btn-submit">提交订单</button>
  <p class="tip">提交后请在30分钟内完成支付，超时订单将自动取消。支付过程中请勿关闭或刷新页面。</p>
</form>
</main>
</body></html>`,
  },
  {
    lang: "Chinese",
    kind: "html_table_page",
    text: `<main class="price-list">
<h1>云岭市游泳馆 2024 年夏季开放时间及票价</h1>
<p>开放日期：2024年6月15日至8月31日。入场前请出示健康承诺卡，并自备泳帽。</p>
<table class="schedule">
  <caption>开放时段</caption>
  <thead><tr><th scope="col">场次</th><th scope="col">时间</th><th scope="col">说明</th></tr></thead>
  <tbody>
    <tr><td>早场</td><td>06:30 – 08:30</td><td>仅限成人</td></tr>
    <tr><td>日场一</td><td>09:00 – 11:30</td><td>儿童须由成人陪同</td></tr>
    <tr><td>日场二</td><td>13:30 – 16:00</td><td>周一下午闭馆清洁</td></tr>
    <tr><td>晚场</td><td>18:30 – 21:00</td><td>20:45 停止入场</td></tr>
  </tbody>
</table>
<table class="tickets">
  <caption>票价（元）</caption>
  <thead><tr><th scope="col">类型</th><th scope="col">单次</th><th scope="col">十次卡</th><th scope="col">月卡</th></tr></thead>
  <tbody>
    <tr><td>成人</td><td>35</td><td>300</td><td>450</td></tr>
    <tr><td>学生（凭学生证）</td><td>20</td><td>180</td><td>260</td></tr>
    <tr><td>1.2 米以下儿童</td><td colspan="3">免费（每位成人限带一名）</td></tr>
  </tbody>
</table>
<p class="note">深水区须持深水合格证。雷雨天气室外池暂停开放，具体以现场公告为准。</p>
<a href="/files/swim-2024.pdf">下载开放时间表（PDF）</a>
</main>`,
  },
  // ───────────────────────────── Japanese ─────────────────────────────
  {
    lang: "Japanese",
    kind: "full_html_page",
    text: `<!DOCTYPE html>
<html lang="ja">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="霧ヶ丘温泉 旅館 山ぶき荘の公式サイト。源泉かけ流しの露天風呂と地元食材の会席料理。">
  <title>霧ヶ丘温泉 旅館 山ぶき荘【公式】</title>
  <link rel="stylesheet" href="/css/common.css">
  <link rel="stylesheet" href="/css/top.css">
  <script src="/js/jquery-like.min.js"></script>
  <script src="/js/common.js" defer></script>
</head>
<body id="top">
<header class="l-header">
  <h1 class="logo"><a href="/"><img src="/img/logo_yamabuki.png" alt="旅館 山ぶき荘" width="180"></a></h1>
  <nav class="g-nav">
    <ul>
      <li><a href="/rooms/">客室</a></li>
      <li><a href="/onsen/">温泉</a></li>
      <li><a href="/cuisine/">お料理</a></li>
      <li><a href="/access/">アクセス</a></li>
    </ul>
  </nav>
  <!-- SP用ハンバーガーメニュー（PCでは非表示） -->
  <button class="sp-menu" style="display:none" aria-label="メニューを開く" onclick="openSpMenu()"></button>
  <a href="/reserve/" class="btn-reserve">ご予約</a>
</header>
<main>
  <section class="mv">
    <h2>湯けむりと山の幸でくつろぐ、ひとときを。</h2>
    <p>公式サイトからのご予約が最もお得です。チェックイン日と人数を選んで空室をご確認ください。</p>
  </section>
  <section class="info">
    <h2>お知らせ</h2>
    <dl>
      <dt>2024.05.10</dt><dd>6月3日〜5日は大浴場の点検のため、露天風呂のみのご利用となります。</dd>
      <dt>2024.04.22</dt><dd>夏の川床プランの予約受付を開始しました。</dd>
    </dl>
  </section>
</main>
<footer class="l-footer">
  <p>〒000-0417 霧ヶ丘町湯元 12-3 / TEL 0000-41-2222（受付 9:00〜20:00）</p>
  <p><a href="/privacy/">プライバシーポリシー</a> | <a href="/policy/">宿泊約款</a></p>
  <p><small>&copy; Yamabuki-so All Rights Reserved.</small></p>
</footer>
</body>
</html>`,
  },
  {
    lang: "Japanese",
    kind: "html_email",
    text: `<!DOCTYPE html>
<html lang="ja"><head><meta charset="utf-8"><title>ご注文ありがとうございます</title></head>
<body style="margin:0;padding:0;background:#f5f5f5;">
<div style="display:none;max-height:0;overflow:hidden;">ご注文番号 KM-20240520-0417 の内容をご確認ください。</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f5f5f5;">
<tr><td align="center" style="padding:24px 8px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Hiragino Kaku Gothic ProN',Meiryo,sans-serif;color:#333;">
<tr><td style="padding:20px 30px;border-bottom:2px solid #c0392b;"><img src="https://mail.komorebi-zakka.example/logo.png" alt="こもれび雑貨店" width="150"></td></tr>
<tr><td style="padding:28px 30px;font-size:14px;line-height:1.9;">
<p>佐藤 美咲 様</p>
<p>このたびは「こもれび雑貨店」をご利用いただき、誠にありがとうございます。<br>以下の内容でご注文を承りました。</p>
<table role="presentation" width="100%" cellpadding="8" style="border-collapse:collapse;font-size:13px;">
<tr style="background:#faf6f0;"><th align="left" style="border:1px solid #e5ddd0;">商品名</th><th style="border:1px solid #e5ddd0;">数量</th><th align="right" style="border:1px solid #e5ddd0;">小計</th></tr>
<tr><td style="border:1px solid #e5ddd0;">手びねり風 藍色マグカップ</td><td align="center" style="border:1px solid #e5ddd0;">2</td><td align="right" style="border:1px solid #e5ddd0;">¥3,960</td></tr>
<tr><td style="border:1px solid #e5ddd0;">麻のランチョンマット（生成り）</td><td align="center" style="border:1px solid #e5ddd0;">1</td><td align="right" style="border:1px solid #e5ddd0;">¥1,650</td></tr>
<tr><td colspan="2" style="border:1px solid #e5ddd0;">合計（税込・送料無料）</td><td align="right" style="border:1px solid #e5ddd0;"><strong>¥5,610</strong></td></tr>
</table>
<p>商品の発送は2〜3営業日以内を予定しております。発送完了後、追跡番号をメールでお知らせいたします。</p>
<p style="font-size:12px;color:#888;">※本メールは送信専用です。ご返信いただいてもお答えできませんので、お問い合わせは <a href="mailto:info@komorebi-zakka.example">info@komorebi-zakka.example</a> までお願いいたします。<br>※お心当たりのない場合は、お手数ですが本メールを破棄してください。</p>
</td></tr>
</table></td></tr></table>
</body></html>`,
  },
  {
    lang: "Japanese",
    kind: "html_table_page",
    text: `<main class="timetable">
<h1>霧ヶ丘線 時刻表（霧ヶ丘駅 発）</h1>
<p>2024年3月16日ダイヤ改正。始発・終電の時刻は必ずご確認ください。</p>
<table class="tt" data-station="kirigaoka" data-direction="up">
  <caption>平日・上り（中央湊 方面）</caption>
  <thead><tr><th scope="col">時</th><th scope="col">分</th></tr></thead>
  <tbody>
    <tr><th scope="row">5</th><td>28 <span class="exp" title="快速">快</span>52</td></tr>
    <tr><th scope="row">6</th><td>08 21 <span class="exp" title="快速">快</span>33 45 57</td></tr>
    <tr><th scope="row">7</th><td>04 12 <span class="exp" title="快速">快</span>19 26 34 41 49 56</td></tr>
    <tr><th scope="row">8</th><td>03 11 19 <span class="exp" title="快速">快</span>27 38 50</td></tr>
    <tr><th scope="row">…</th><td>日中は15分間隔</td></tr>
    <tr><th scope="row">23</th><td>05 24 <span class="last">48</span></td></tr>
  </tbody>
</table>
<p class="legend"><span class="exp">快</span>＝快速（桜台・中央湊に停車）／<span class="last">下線</span>＝最終列車</p>
<h2>運賃（霧ヶ丘駅から）</h2>
<table class="fare">
  <tr><th>行き先</th><th>大人</th><th>小児</th></tr>
  <tr><td>桜台</td><td>210円</td><td>110円</td></tr>
  <tr><td>中央湊</td><td>390円</td><td>200円</td></tr>
</table>
<p>ICカードをご利用の場合は、改札機にタッチしてからお進みください。</p>
</main>`,
  },
  {
    lang: "Japanese",
    kind: "cookie_banner_and_footer",
    text: `<!-- Cookie同意バナー：同意状態は localStorage の consent_v2 に保存 -->
<div id="cookie-consent" class="cookie-consent" role="dialog" aria-labelledby="cc-title" aria-describedby="cc-desc">
  <p id="cc-title" class="cc-title">Cookieの使用について</p>
  <p id="cc-desc">当サイトでは、サービスの提供およびアクセス解析のためにCookieを使用しています。「すべて許可」を選択すると、広告配信を含むすべてのCookieの使用に同意したものとみなされます。詳しくは<a href="/cookie-policy/">Cookieポリシー</a>をご確認ください。</p>
  <div class="cc-buttons">
    <button type="button" class="cc-accept" onclick="consent.acceptAll()">すべて許可</button>
    <button type="button" class="cc-necessary" onclick="consent.necessaryOnly()">必要なCookieのみ</button>
    <button type="button" class="cc-settings" onclick="consent.openSettings()">設定</button>
  </div>
</div>
<div id="cookie-settings" class="modal" style="display:none" aria-hidden="true">
  <label><input type="checkbox" checked disabled> 必須Cookie</label>
  <label><input type="checkbox" name="analytics"> 分析用Cookie</label>
  <label><input type="checkbox" name="ads"> 広告用Cookie</label>
  <button onclick="consent.save()">保存する</button>
</div>
<footer class="site-footer">
  <ul class="footer-nav">
    <li><a href="/company/">会社概要</a></li>
    <li><a href="/terms/">利用規約</a></li>
    <li><a href="/privacy/">個人情報保護方針</a></li>
    <li><a href="/tokushoho/">特定商取引法に基づく表記</a></li>
    <li><a href="/contact/">お問い合わせ</a></li>
  </ul>
  <p>株式会社あおば文具 〒000-0041 桜台市みどり町2-14-7</p>
  <p>Copyright &copy; 2024 Aoba Bungu Co., Ltd. All rights reserved.</p>
</footer>`,
  },
  {
    lang: "Japanese",
    kind: "docs_page_html",
    text: `<article class="docs-body" data-version="1.2">
<h1>クイックスタート：Tsubame CLI でプロジェクトを作成する</h1>
<p>Tsubame は静的サイトを生成するためのコマンドラインツールです。このページでは、インストールから最初のビルドまでを説明します。</p>
<div class="admonition note"><p><strong>注意：</strong> Node.js 20 以上が必要です。<code>node -v</code> でバージョンを確認してください。</p></div>
<h2 id="install">インストール</h2>
<pre><code class="language-bash">npm install -g tsubame-cli
tsubame --version</code></pre>
<h2 id="create">プロジェクトの作成</h2>
<pre><code class="language-bash">tsubame new my-blog
cd my-blog
tsubame dev</code></pre>
<p>開発サーバーが起動したら、ブラウザで <code>localhost:4321</code> を開いてください。ファイルを保存すると自動で再読み込みされます。</p>
<h2 id="config">設定ファイル</h2>
<p>プロジェクト直下の <code>tsubame.config.json</code> を編集します。</p>
<pre><code class="language-json">{
  "title": "わたしの技術メモ",
  "lang": "ja",
  "baseUrl": "/",
  "outputDir": "dist",
  "markdown": { "lineNumbers": true }
}</code></pre>
<h2 id="build">本番用ビルド</h2>
<pre><code class="language-bash">tsubame build</code></pre>
<p><code>dist/</code> フォルダに出力されたファイルを、お使いのサーバーにアップロードしてください。</p>
<nav class="pager"><a href="/docs/1.2/intro/">← はじめに</a> <a href="/docs/1.2/routing/">ルーティング →</a></nav>
<!-- このページは docs/ja/quickstart.md から自動生成されています -->
</article>`,
  },
  {
    lang: "Japanese",
    kind: "search_results_html",
    text: `<main class="search-result">
  <form action="/search/" method="get" role="search" class="search-form">
    <label for="q" class="visually-hidden">キーワード</label>
    <input id="q" name="q" type="search" value="抹茶 スイーツ 桜台">
    <button type="submit">検索</button>
  </form>
  <p class="result-count">「抹茶 スイーツ 桜台」の検索結果：<strong>18</strong>件</p>
  <div class="filter">
    <label><input type="checkbox" name="open_now" onchange="applyFilter()"> 営業中</label>
    <label><input type="checkbox" name="takeout"> テイクアウト可</label>
    <label><input type="checkbox" name="reserve"> ネット予約可</label>
  </div>
  <ol class="shop-list">
    <li class="shop" data-shop-id="S-04417">
      <h2><a href="/shop/04417/">茶房 みどりの庵</a></h2>
      <p class="rate">★ 4.3（口コミ 512件）</p>
      <p>桜台駅 徒歩3分 ／ 抹茶パフェ、わらび餅 ／ 予算 ¥1,000〜¥1,999</p>
    </li>
    <li class="shop pr" data-shop-id="S-03921">
      <span class="pr-label">PR</span>
      <h2><a href="/shop/03921/">甘味処 ゆずり葉</a></h2>
      <p class="rate">★ 4.1（口コミ 230件）</p>
      <p>桜台駅 徒歩6分 ／ 抹茶ロールケーキ ／ テイクアウト可</p>
    </li>
    <li class="shop" data-shop-id="S-05102">
      <h2><a href="/shop/05102/">カフェ 青葉堂</a></h2>
      <p class="rate">★ 3.9（口コミ 88件）</p>
      <p>みどり町駅 徒歩5分 ／ 抹茶ラテ、ほうじ茶プリン</p>
    </li>
  </ol>
  <nav class="pagination" aria-label="ページ送り"><span aria-current="page">1</span> <a href="?q=%E6%8A%B9%E8%8C%B6&amp;page=2">2</a> <a href="?q=%E6%8A%B9%E8%8C%B6&amp;page=2">次へ »</a></nav>
  <p class="note">条件に合うお店が見つからない場合は、キーワードを減らして再度検索してください。</p>
</main>`,
  },
  {
    lang: "Japanese",
    kind: "rss_or_atom_feed",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>桜台市役所 新着情報</title>
  <link>https://www.city-sakuradai.example/</link>
  <description>桜台市からのお知らせ・イベント・防災情報</description>
  <language>ja</language>
  <lastBuildDate>Tue, 21 May 2024 17:00:00 +0900</lastBuildDate>
  <item>
    <title>【重要】6月1日から粗大ごみの申込方法が変わります</title>
    <link>https://www.city-sakuradai.example/kurashi/gomi/sodai-2024.html</link>
    <guid>https://www.city-sakuradai.example/kurashi/gomi/sodai-2024.html</guid>
    <pubDate>Tue, 21 May 2024 16:30:00 +0900</pubDate>
    <category>くらし</category>
    <description><![CDATA[<p>電話に加えて、インターネットでの申し込みが可能になります。処理券はコンビニエンスストアでお買い求めください。</p>]]></description>
  </item>
  <item>
    <title>みどり町公民館 夏休み子ども工作教室の参加者を募集します</title>
    <link>https://www.city-sakuradai.example/kosodate/event/kosaku-2024.html</link>
    <guid>https://www.city-sakuradai.example/kosodate/event/kosaku-2024.html</guid>
    <pubDate>Mon, 20 May 2024 10:00:00 +0900</pubDate>
    <category>子育て・教育</category>
    <description>対象は市内在住の小学3〜6年生です。申込多数の場合は抽選となります。</description>
  </item>
  <item>
    <title>梅雨入りに備えて ハザードマップを確認しましょう</title>
    <link>https://www.city-sakuradai.example/bousai/hazardmap.html</link>
    <guid>https://www.city-sakuradai.example/bousai/hazardmap.html</guid>
    <pubDate>Fri, 17 May 2024 09:00:00 +0900</pubDate>
    <category>防災</category>
    <description>ご自宅周辺の浸水想定区域や避難所の場所を、事前にご家族で確認しておいてください。</description>
  </item>
</channel>
</rss>`,
  },
  {
    lang: "Japanese",
    kind: "svg_or_markup_with_alt_text",
    text: `<section class="howto" aria-labelledby="howto-title">
  <h2 id="howto-title">手ぬぐいの結び方：ボトル包み</h2>
  <ol class="steps">
    <li>
      <figure>
        <img src="/img/howto/bottle-01.jpg" alt="手ぬぐいを縦長に広げ、中央にワインボトルを寝かせた状態" width="480" height="320" loading="lazy">
        <figcaption>手順1：手ぬぐいの中央にボトルを置きます。</figcaption>
      </figure>
    </li>
    <li>
      <figure>
        <img src="/img/howto/bottle-02.jpg" alt="両端を持ち上げてボトルの首の部分でねじっている手元" width="480" height="320" loading="lazy">
        <figcaption>手順2：両端を持ち上げ、首の部分で2回ねじります。</figcaption>
      </figure>
    </li>
  </ol>
  <svg role="img" aria-labelledby="svg-t svg-d" viewBox="0 0 200 120" width="200" height="120">
    <title id="svg-t">結び目の図解</title>
    <desc id="svg-d">左右の布端を交差させて上に引き、最後に蝶結びにする様子を示した線画です。</desc>
    <path d="M20 100 Q100 10 180 100" stroke="#2c5f8a" stroke-width="6" fill="none"/>
    <path d="M20 20 Q100 110 180 20" stroke="#c0392b" stroke-width="6" fill="none"/>
    <circle cx="100" cy="60" r="10" fill="#f1c40f"><title>結び目</title></circle>
  </svg>
  <p><img src="/img/icon/caution.svg" alt="注意" width="18" height="18"> 重いボトルを運ぶときは、底を手で支えてください。</p>
</section>`,
  },
  {
    lang: "Japanese",
    kind: "accessibility_rich_page",
    text: `<!DOCTYPE html>
<html lang="ja">
<head>
<meta charset="utf-8">
<title>図書の予約 - 桜台市立図書館</title>
<style>.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap}</style>
</head>
<body>
<a href="#main" class="skip-link">本文へスキップ</a>
<header>
  <a href="/" aria-label="桜台市立図書館 トップページ"><img src="/img/logo.svg" alt=""></a>
  <div class="tools" role="group" aria-label="表示設定">
    <button type="button" aria-label="文字サイズを大きくする" onclick="fontSize('l')">大</button>
    <button type="button" aria-label="文字サイズを標準に戻す" onclick="fontSize('m')">標準</button>
    <button type="button" aria-pressed="false" onclick="toggleContrast(this)">背景色を黒にする</button>
  </div>
  <nav aria-label="グローバルナビゲーション">
    <ul>
      <li><a href="/search/">蔵書検索</a></li>
      <li><a href="/reserve/" aria-current="page">予約</a></li>
      <li><a href="/mypage/">利用者ページ</a></li>
    </ul>
  </nav>
</header>
<main id="main" tabindex="-1">
  <h1>図書の予約</h1>
  <p>予約した資料の準備ができたら、メールでお知らせします。取り置き期間は連絡日から7日間です。</p>
  <form aria-describedby="form-note">
    <p id="form-note"><span aria-hidden="true">※</span>は必須項目です。</p>
    <label for="card">利用者カード番号 <span aria-hidden="true">※</span><span class="visually-hidden">必須</span></label>
    <input id="card" name="card" inputmode="numeric" aria-required="true" aria-describedby="card-err">
    <p id="card-err" role="alert" hidden>カード番号は10桁の数字で入力してください。</p>
    <fieldset>
      <legend>受取館</legend>
      <label><input type="radio" name="branch" value="central" checked> 中央図書館</label>
      <label><input type="radio" name="branch" value="midori"> みどり町分館</label>
    </fieldset>
    <button type="submit">予約を確定する</button>
  </form>
  <div role="status" aria-live="polite" id="reserve-status"></div>
</main>
<footer><p>お問い合わせ：0000-41-0410 ／ <a href="/accessibility/">ウェブアクセシビリティ方針</a></p></footer>
</body>
</html>`,
  },
  {
    lang: "Japanese",
    kind: "html_form_page",
    text: `<!DOCTYPE html>
<html lang="ja">
<head><meta charset="utf-8"><title>お問い合わせ｜株式会社あおば文具</title>
<link rel="stylesheet" href="/css/form.css">
<style>.hp{display:none !important}</style></head>
<body>
<main class="contact">
<h1>お問い合わせフォーム</h1>
<p>以下のフォームに必要事項をご入力のうえ、「確認画面へ進む」ボタンを押してください。通常、3営業日以内にご返信いたします。</p>
<form action="/contact/confirm/" method="post" id="contact-form" onsubmit="return checkForm(this)">
  <input type="hidden" name="csrf_token" value="a8Fk2mQ9zX4pL7wN1cV6">
  <dl>
    <dt><label for="name">お名前</label> <span class="req">必須</span></dt>
    <dd><input id="name" name="name" placeholder="例）山田 花子" required></dd>
    <dt><label for="kana">フリガナ</label> <span class="req">必須</span></dt>
    <dd><input id="kana" name="kana" placeholder="例）ヤマダ ハナコ" required>
      <p class="err" id="err-kana" style="display:none">全角カタカナでご入力ください。</p></dd>
    <dt><label for="mail">メールアドレス</label> <span class="req">必須</span></dt>
    <dd><input id="mail" name="mail" type="email" placeholder="例）hanako@mail.example" required></dd>
    <dt><label for="type">お問い合わせ種別</label></dt>
    <dd><select id="type" name="type">
      <option>商品について</option><option>ご注文・配送について</option><option>法人のお取引について</option><option>その他</option>
    </select></dd>
    <dt><label for="body">お問い合わせ内容</label> <span class="req">必須</span></dt>
    <dd><textarea id="body" name="body" rows="6" maxlength="2000" required></textarea></dd>
  </dl>
  <div class="hp"><input type="text" name="homepage" tabindex="-1" autocomplete="off"></div>
  <p class="agree"><label><input type="checkbox" name="agree" required> <a href="/privacy/" target="_blank">個人情報の取り扱い</a>に同意する</label></p>
  <button type="submit" class="btn">確認画面へ進む</button>
</form>
</main>
</body></html>`,
  },
  // ───────────────────────────── Korean ─────────────────────────────
  {
    lang: "Korean",
    kind: "html_fragment",
    text: `<div class="article-body" data-article-id="202405210417" data-section="society">
<p class="lead">은하시 구도심의 오래된 시장이 청년 상인들의 손에서 새롭게 태어났다. 빈 점포 30여 곳이 지난달 공방과 카페, 소품점으로 다시 문을 열었다.</p>
<p>‘별빛시장 되살리기’ 사업을 이끈 상인회 이수민 회장은 “주말이면 예전보다 방문객이 세 배 가까이 늘었다”며 “오래된 가게와 새 가게가 서로 손님을 나누는 구조가 만들어지고 있다”고 말했다.</p>
<figure class="photo">
  <img src="/news/2024/05/byeolbit-market.jpg" alt="전구 조명이 걸린 시장 골목을 사람들이 걷고 있는 모습" width="960" height="600" loading="lazy">
  <figcaption>주말 저녁 별빛시장 골목. 사진 박지훈 기자</figcaption>
</figure>
<h2>주차는 어떻게?</h2>
<p>시장 전용 주차장은 40면뿐이라 주말에는 금세 찬다. 상인회는 방문객들에게 가능하면 대중교통을 이용해 달라고 당부했다. 은하역 2번 출구에서 걸어서 7분 거리다.</p>
<p>운영 시간은 화요일부터 일요일까지 오전 11시~오후 9시이며, 매주 월요일은 휴무다.</p>
<!-- 편집자 메모: 상인 인터뷰 영상은 법무 검토 후 삽입 -->
<div class="related" data-ids="202405140388,202405020351"></div>
</div>`,
  },
  {
    lang: "Korean",
    kind: "html_form_page",
    text: `<!DOCTYPE html>
<html lang="ko">
<head><meta charset="utf-8"><title>회원가입 - 솔바람 도서몰</title>
<link rel="stylesheet" href="/css/join.css">
<style>.blind-field{display:none}</style></head>
<body>
<main class="join">
<h1>회원가입</h1>
<p>가입하시면 첫 주문 시 사용할 수 있는 3,000원 할인 쿠폰을 드립니다.</p>
<form id="join-form" action="/member/join" method="post" novalidate onsubmit="return validateJoin()">
  <input type="hidden" name="_csrf" value="9c41ef0a7b3d2856">
  <div class="field">
    <label for="userid">아이디 *</label>
    <input id="userid" name="userid" placeholder="영문 소문자, 숫자 4~16자" required>
    <button type="button" onclick="checkDuplicate()">중복 확인</button>
    <p class="msg error" id="msg-userid" hidden>이미 사용 중인 아이디입니다.</p>
  </div>
  <div class="field">
    <label for="pw">비밀번호 *</label>
    <input id="pw" name="pw" type="password" minlength="8" aria-describedby="pw-guide" required>
    <p id="pw-guide" class="guide">영문, 숫자, 특수문자를 조합하여 8자 이상 입력해 주세요.</p>
  </div>
  <div class="field">
    <label for="pw2">비밀번호 확인 *</label>
    <input id="pw2" name="pw2" type="password" required>
    <p class="msg error" id="msg-pw2" hidden>비밀번호가 일치하지 않습니다.</p>
  </div>
  <div class="field">
    <label for="email">이메일 *</label>
    <input id="email" name="email" type="email" placeholder="example@mail.example" required>
  </div>
  <div class="blind-field"><input name="nickname_confirm" tabindex="-1" autocomplete="off"></div>
  <fieldset class="terms">
    <legend>약관 동의</legend>
    <label><input type="checkbox" id="agree-all" onclick="toggleAll(this)"> 전체 동의</label>
    <label><input type="checkbox" name="agree_terms" required> [필수] <a href="/terms">이용약관</a> 동의</label>
    <label><input type="checkbox" name="agree_privacy" required> [필수] <a href="/privacy">개인정보 수집 및 이용</a> 동의</label>
    <label><input type="checkbox" name="agree_marketing"> [선택] 마케팅 정보 수신 동의</label>
  </fieldset>
  <button type="submit" class="btn-join">가입하기</button>
</form>
</main>
</body></html>`,
  },
  {
    lang: "Korean",
    kind: "html_with_scripts",
    text: `<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>해오름 치과의원 - 은하시 중앙로</title>
<meta name="description" content="은하시 중앙로 해오름 치과의원. 평일 야간 진료, 토요일 오후 진료.">
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "Dentist",
  "name": "해오름 치과의원",
  "telephone": "+82-00-0417-2875",
  "address": {
    "@type": "PostalAddress",
    "streetAddress": "중앙로 214, 3층",
    "addressLocality": "은하시",
    "addressCountry": "KR"
  },
  "openingHoursSpecification": [
    { "@type": "OpeningHoursSpecification", "dayOfWeek": ["Monday","Tuesday","Wednesday","Thursday","Friday"], "opens": "09:30", "closes": "20:00" },
    { "@type": "OpeningHoursSpecification", "dayOfWeek": "Saturday", "opens": "09:30", "closes": "15:00" }
  ]
}
</script>
<script>
  // 예약 위젯 설정값
  window.RESERVE_CONF = {
    clinicId: "HO-0417",
    slotMinutes: 30,
    holidayApi: "/api/holidays",
    smsNotify: true
  };
</script>
<script async src="https://log.haneulstats.example/t.js" data-key="HO-DENTAL"></script>
</head>
<body>
<main>
<h1>온라인 진료 예약</h1>
<p>원하시는 날짜와 시간을 선택해 주세요. 예약 후 문자로 안내를 보내 드립니다. 예약 시간 10분 전까지 내원해 주시기 바랍니다.</p>
<div id="reserve-widget" data-theme="light"></div>
<noscript><p>예약 기능을 사용하려면 브라우저에서 자바스크립트를 활성화해 주세요. 전화 예약: 000-0417-2875</p></noscript>
</main>
</body>
</html>`,
  },
  {
    lang: "Korean",
    kind: "product_page_html",
    text: `<main class="product-detail" data-goods-no="G20240417" data-stock="23">
  <nav class="location" aria-label="현재 위치"><a href="/">홈</a> &gt; <a href="/living">리빙</a> &gt; <span>침구</span></nav>
  <div class="thumb">
    <img src="/goods/G20240417_main.jpg" alt="연한 베이지색 인견 여름 이불이 침대 위에 펼쳐진 모습" width="640" height="640">
  </div>
  <div class="info">
    <h1>시원한 인견 여름 이불 (퀸, 베이지)</h1>
    <p class="price"><del>89,000원</del> <strong>59,000원</strong> <span class="rate">34%</span></p>
    <p class="review-score"><span aria-hidden="true">★★★★★</span> 4.8 (<a href="#reviews">리뷰 1,032</a>)</p>
    <ul class="spec">
      <li>소재: 인견 100%</li>
      <li>크기: 200 × 220 cm</li>
      <li>세탁: 30℃ 이하 중성세제 단독 세탁</li>
    </ul>
    <label for="opt-size">사이즈 선택</label>
    <select id="opt-size" name="size" onchange="updatePrice(this.value)">
      <option value="SS">슈퍼싱글</option>
      <option value="Q" selected>퀸</option>
      <option value="K">킹 (+10,000원)</option>
    </select>
    <button class="btn-cart" onclick="cart.add('G20240417', document.getElementById('opt-size').value)">장바구니 담기</button>
    <button class="btn-buy" onclick="buyNow('G20240417')">바로 구매</button>
    <p class="delivery">오후 2시 이전 주문 시 오늘 출발 · 3만 원 이상 무료배송</p>
  </div>
  <section id="reviews">
    <h2>구매 후기</h2>
    <article class="review"><p>까슬까슬하고 시원해서 열대야에도 잘 잤어요. 첫 세탁 후 살짝 줄었으니 참고하세요. – 김**님</p></article>
  </section>
</main>`,
  },
  {
    lang: "Korean",
    kind: "blog_post_html",
    text: `<article class="post" id="post-552">
  <header>
    <h1>초보자를 위한 한라봉 마멀레이드 만들기</h1>
    <p class="post-info"><a href="/author/yuna">윤아</a> · <time datetime="2024-02-25">2024년 2월 25일</time> · <a href="/category/cooking">요리</a></p>
  </header>
  <div class="post-content">
    <p>지난주 친구가 보내 준 한라봉 한 상자로 마멀레이드를 만들었어요. 생각보다 어렵지 않아서 과정을 정리해 봤습니다.</p>
    <h2>준비물</h2>
    <ul><li>한라봉 4개 (약 1.2kg)</li><li>설탕 600g</li><li>레몬즙 2큰술</li><li>열탕 소독한 유리병</li></ul>
    <h2>꿀팁</h2>
    <p>껍질의 흰 부분을 최대한 제거해야 쓴맛이 덜해요. 그리고 불을 끄기 전에 차가운 접시에 한 방울 떨어뜨려 굳는 정도를 꼭 확인해 보세요.</p>
  </div>
</article>
<section class="comments" id="comments">
  <h2>댓글 2</h2>
  <div class="comment" id="cmt-8841">
    <p class="nick">동네빵순이</p>
    <p>설탕을 조금 줄여도 괜찮을까요? 너무 단 건 싫어서요.</p>
    <a href="#comment-form" class="reply" data-parent="8841">답글</a>
  </div>
  <div class="comment author" id="cmt-8843">
    <p class="nick">윤아</p>
    <p>400g까지는 괜찮았어요. 대신 냉장 보관하고 빨리 드세요!</p>
  </div>
  <form id="comment-form" action="/comment/write" method="post">
    <input type="hidden" name="post_no" value="552">
    <input type="hidden" name="token" value="f27a0c9e4b15">
    <label for="c-nick">닉네임</label><input id="c-nick" name="nick" required>
    <label for="c-body">댓글</label><textarea id="c-body" name="body" rows="4" placeholder="댓글을 입력해 주세요."></textarea>
    <p class="notice">욕설이나 광고성 댓글은 예고 없이 삭제될 수 있습니다.</p>
    <button type="submit">등록</button>
  </form>
</section>`,
  },
  {
    lang: "Korean",
    kind: "error_page_html",
    text: `<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>서비스 점검 안내 - 은하페이</title>
<style>
  body{font-family:'Apple SD Gothic Neo','Malgun Gothic',sans-serif;background:#f7f8fa;color:#222;margin:0}
  .wrap{max-width:520px;margin:60px auto;background:#fff;padding:36px;border-radius:12px;text-align:center}
  .time{background:#f0f4ff;padding:12px;border-radius:8px}
</style>
</head>
<body>
<div class="wrap" role="main">
  <img src="/img/eunhapay-logo.svg" alt="은하페이" width="120">
  <h1>더 나은 서비스를 위해 점검 중입니다</h1>
  <p class="time"><strong>점검 시간: 2024년 5월 26일(일) 02:00 ~ 06:00</strong></p>
  <p>점검 시간 동안 송금, 결제, 충전 서비스를 이용하실 수 없습니다. 이용에 불편을 드려 죄송합니다.</p>
  <p>점검 중에는 앱을 삭제하거나 재설치하지 마세요. 점검이 끝나면 자동으로 정상 이용이 가능합니다.</p>
  <p>분실·도난 신고는 24시간 고객센터 <strong>0000-0417</strong>로 연락해 주세요.</p>
  <p><small>점검 시간은 작업 상황에 따라 변경될 수 있습니다.</small></p>
</div>
<!-- maintenance.html / status 503 -->
</body>
</html>`,
  },
  {
    lang: "Korean",
    kind: "sitemap_or_xml_config",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<!--
  사이트맵 인덱스 - 바다숲 여행사
  ※ 매일 새벽 4시에 배치 작업으로 자동 생성됩니다. 직접 수정하지 마세요.
  ※ 상품 사이트맵은 지역별로 분리되어 있습니다.
-->
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap>
    <loc>https://www.badasup-travel.example/sitemap-pages.xml</loc>
    <lastmod>2024-05-21T04:00:00+09:00</lastmod>
  </sitemap>
  <!-- 국내 여행 상품 -->
  <sitemap>
    <loc>https://www.badasup-travel.example/sitemap-domestic.xml</loc>
    <lastmod>2024-05-21T04:00:00+09:00</lastmod>
  </sitemap>
  <!-- 해외 여행 상품: 아시아 / 유럽 -->
  <sitemap>
    <loc>https://www.badasup-travel.example/sitemap-asia.xml</loc>
    <lastmod>2024-05-21T04:00:00+09:00</lastmod>
  </sitemap>
  <sitemap>
    <loc>https://www.badasup-travel.example/sitemap-europe.xml</loc>
    <lastmod>2024-05-20T04:00:00+09:00</lastmod>
  </sitemap>
  <!-- 여행 후기 게시판 -->
  <sitemap>
    <loc>https://www.badasup-travel.example/sitemap-reviews.xml</loc>
    <lastmod>2024-05-21T04:00:00+09:00</lastmod>
  </sitemap>
  <!-- 기획전 사이트맵은 2024-04 이후 pages에 통합됨 -->
</sitemapindex>`,
  },
  {
    lang: "Korean",
    kind: "accessibility_rich_page",
    text: `<!DOCTYPE html>
<html lang="ko">
<head>
<meta charset="utf-8">
<title>민원 신청 - 은하시청</title>
<style>.blind{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap}</style>
</head>
<body>
<div id="skip-nav"><a href="#container">본문 바로가기</a><a href="#gnb">주메뉴 바로가기</a></div>
<header>
  <h1><a href="/"><img src="/img/logo.svg" alt="은하시청"></a></h1>
  <nav id="gnb" aria-label="주메뉴">
    <ul>
      <li><a href="/civil">민원안내</a></li>
      <li><a href="/civil/apply" aria-current="page">민원신청</a></li>
      <li><a href="/news">시정소식</a></li>
    </ul>
  </nav>
  <div class="util" role="group" aria-label="화면 설정">
    <button type="button" title="글자 크게" onclick="zoom(1)">가<span class="blind">글자 크게</span></button>
    <button type="button" title="글자 작게" onclick="zoom(-1)">가<span class="blind">글자 작게</span></button>
  </div>
</header>
<main id="container" tabindex="-1">
  <h2>불편 사항 신고</h2>
  <p>도로 파손, 가로등 고장 등 생활 불편 사항을 알려 주세요. 처리 결과는 문자로 안내해 드립니다.</p>
  <form aria-describedby="form-desc">
    <p id="form-desc"><span aria-hidden="true">*</span><span class="blind">별표</span> 표시는 필수 입력 항목입니다.</p>
    <label for="category">신고 유형 <span aria-hidden="true">*</span></label>
    <select id="category" name="category" aria-required="true">
      <option>도로·보도 파손</option><option>가로등 고장</option><option>불법 주정차</option>
    </select>
    <label for="location">발생 위치 <span aria-hidden="true">*</span></label>
    <input id="location" name="location" aria-required="true" placeholder="예: 중앙로 214 앞">
    <label for="photo">사진 첨부</label>
    <input id="photo" name="photo" type="file" accept="image/*" aria-describedby="photo-help">
    <p id="photo-help">사진은 최대 3장, 장당 5MB까지 올릴 수 있습니다.</p>
    <button type="submit">신고하기</button>
  </form>
  <div aria-live="polite" role="status" id="result"></div>
</main>
<footer><p>민원 콜센터 000-120 · <a href="/accessibility">웹 접근성 정책</a></p></footer>
</body>
</html>`,
  },
  {
    lang: "Korean",
    kind: "html_table_page",
    text: `<main class="menu-table">
<h1>은하초등학교 5월 넷째 주 급식 식단표</h1>
<p>알레르기가 있는 학생은 아래 번호를 확인하고, 필요한 경우 담임 선생님께 미리 알려 주세요.</p>
<table class="meal" data-week="2024-05-4">
  <caption>중식 식단 (5월 20일 ~ 5월 24일)</caption>
  <thead>
    <tr><th scope="col">요일</th><th scope="col">밥·국</th><th scope="col">반찬</th><th scope="col">후식</th><th scope="col">열량</th></tr>
  </thead>
  <tbody>
    <tr><th scope="row">월</th><td>현미밥, 된장국(5.6)</td><td>닭갈비(5.6.13.15), 배추김치(9)</td><td>수박</td><td>712 kcal</td></tr>
    <tr><th scope="row">화</th><td>카레라이스(2.5.6.10)</td><td>달걀말이(1), 깍두기(9)</td><td>요구르트(2)</td><td>685 kcal</td></tr>
    <tr><th scope="row">수</th><td>잡곡밥, 미역국(5.6)</td><td>불고기(5.6.10.13), 시금치나물</td><td>떡(5)</td><td>701 kcal</td></tr>
    <tr><th scope="row">목</th><td>짜장밥(5.6.10)</td><td>탕수육(1.5.6.10), 단무지</td><td>방울토마토(12)</td><td>730 kcal</td></tr>
    <tr><th scope="row">금</th><td>비빔밥(1.5.6)</td><td>콩나물국, 총각김치(9)</td><td>아이스크림(2)</td><td>668 kcal</td></tr>
  </tbody>
</table>
<p class="allergy">알레르기 유발 식품: 1.난류 2.우유 5.대두 6.밀 9.새우 10.돼지고기 12.토마토 13.아황산류 15.닭고기</p>
<p>※ 식재료 수급 상황에 따라 식단이 변경될 수 있습니다.</p>
</main>`,
  },
  {
    lang: "Korean",
    kind: "html_email",
    text: `<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>[솔바람 도서몰] 5월 뉴스레터</title></head>
<body style="margin:0;padding:0;background:#f4f4f0;">
<div style="display:none;max-height:0;overflow:hidden;">이달의 신간과 회원 전용 15% 할인 쿠폰을 확인하세요.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f0;">
<tr><td align="center" style="padding:24px 10px;">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:'Malgun Gothic',Arial,sans-serif;color:#2b2b2b;">
<tr><td style="padding:24px;text-align:center;background:#2d4a3e;"><img src="https://mail.solbaram-books.example/header.png" alt="솔바람 도서몰 5월 뉴스레터" width="320"></td></tr>
<tr><td style="padding:28px 30px 10px;">
<h1 style="font-size:22px;margin:0 0 12px;">봄밤에 읽기 좋은 책</h1>
<p style="font-size:15px;line-height:1.8;">지은 님, 안녕하세요! 5월에 편집부가 고른 신간을 소개합니다.</p>
</td></tr>
<tr><td style="padding:0 30px;">
<table role="presentation" width="100%" cellpadding="10">
<tr>
<td width="33%" valign="top" style="font-size:13px;"><img src="https://mail.solbaram-books.example/b1.jpg" alt="소설 『등대지기의 여름』 표지" width="160"><br><strong>등대지기의 여름</strong><br>한서윤 지음</td>
<td width="33%" valign="top" style="font-size:13px;"><img src="https://mail.solbaram-books.example/b2.jpg" alt="에세이 『작은 부엌의 사계절』 표지" width="160"><br><strong>작은 부엌의 사계절</strong><br>오민재 지음</td>
<td width="33%" valign="top" style="font-size:13px;"><img src="https://mail.solbaram-books.example/b3.jpg" alt="그림책 『구름 우체국』 표지" width="160"><br><strong>구름 우체국</strong><br>정하람 글·그림</td>
</tr>
</table>
</td></tr>
<tr><td style="padding:20px 30px;text-align:center;"><a href="https://www.solbaram-books.example/coupon/MAY15" style="background:#e07a3f;color:#fff;text-decoration:none;padding:12px 28px;border-radius:24px;">15% 할인 쿠폰 받기</a></td></tr>
<tr><td style="padding:16px 30px;font-size:11px;color:#999;border-top:1px solid #eee;">본 메일은 수신 동의하신 회원님께 발송되었습니다. 더 이상 받고 싶지 않으시면 <a href="https://www.solbaram-books.example/unsubscribe?u=7f20ab" style="color:#999;">수신 거부</a>를 눌러 주세요.<br>(주)솔바람북스 · 은하시 중앙로 88 · 고객센터 0000-0088</td></tr>
</table></td></tr></table>
</body></html>`,
  },
  // ───────────────────────────── Thai ─────────────────────────────
  {
    lang: "Thai",
    kind: "full_html_page",
    text: `<!DOCTYPE html>
<html lang="th">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="บ้านดินสอ คาเฟ่และร้านเครื่องเขียน ย่านเมืองเก่าบางพฤกษา เปิดทุกวัน 9 โมงเช้าถึง 6 โมงเย็น">
  <title>บ้านดินสอ คาเฟ่ &amp; เครื่องเขียน</title>
  <link rel="stylesheet" href="/css/style.css?v=12">
  <link rel="icon" href="/favicon.png">
  <script src="/js/app.js" defer></script>
</head>
<body>
<header class="site-header">
  <a href="/" class="logo"><img src="/img/baan-dinsor.svg" alt="บ้านดินสอ" width="140"></a>
  <nav class="main-nav" id="main-nav">
    <a href="/menu">เมนูเครื่องดื่ม</a>
    <a href="/shop">เครื่องเขียน</a>
    <a href="/workshop">เวิร์กช็อป</a>
    <a href="/contact">ติดต่อเรา</a>
  </nav>
  <button class="nav-toggle" aria-controls="main-nav" aria-expanded="false" onclick="toggleNav(this)">เมนู</button>
</header>
<main>
  <section class="hero">
    <h1>กาแฟดี ๆ กับสมุดเล่มโปรด</h1>
    <p>แวะมานั่งเขียนบันทึก จิบกาแฟ และเลือกซื้อปากกาหมึกซึมจากช่างฝีมือท้องถิ่น</p>
    <a class="btn" href="/workshop">ดูตารางเวิร์กช็อป</a>
  </section>
  <section class="news">
    <h2>ประกาศ</h2>
    <p>ร้านปิดปรับปรุงวันที่ 3 มิถุนายน เปิดให้บริการตามปกติวันที่ 4 มิถุนายน ขออภัยในความไม่สะดวก</p>
    <p>เวิร์กช็อปเขียนตัวอักษรสวยรอบเดือนมิถุนายน รับจำนวนจำกัด 12 ท่าน กรุณาลงทะเบียนล่วงหน้า</p>
  </section>
</main>
<footer class="site-footer">
  <p>บ้านดินสอ · 45 ถนนท่าน้ำ เมืองเก่าบางพฤกษา · โทร. 00-041-7788</p>
  <p><a href="/privacy">นโยบายความเป็นส่วนตัว</a> · <a href="/terms">ข้อกำหนดการใช้งาน</a></p>
</footer>
</body>
</html>`,
  },
  {
    lang: "Thai",
    kind: "html_fragment",
    text: `<div class="news-body" data-news-id="TH-240522-0417" data-category="local">
<p class="lead">เทศบาลเมืองบางพฤกษาเปิดใช้สวนสาธารณะริมคลองแห่งใหม่ขนาด 18 ไร่ มีทางวิ่งระยะ 1.2 กิโลเมตร ลานกีฬา และลานจอดจักรยาน</p>
<p>นายกเทศมนตรี สมชาย ศรีวงศ์ทอง กล่าวว่า สวนแห่งนี้สร้างบนพื้นที่โกดังเก่าที่ถูกทิ้งร้างมานานกว่า 20 ปี “เราอยากให้ทุกคนในชุมชนมีพื้นที่สีเขียวอยู่ใกล้บ้าน” เขากล่าว</p>
<figure>
  <img src="/uploads/2024/05/park-canal.jpg" alt="ทางเดินไม้เลียบคลองที่มีต้นไม้ร่มรื่นและม้านั่งเรียงราย" width="960" height="600" loading="lazy">
  <figcaption>ทางเดินเลียบคลองในสวนสาธารณะแห่งใหม่ ภาพ: วรรณา ทองดี</figcaption>
</figure>
<h2>ข้อควรทราบสำหรับผู้มาใช้บริการ</h2>
<ul>
  <li>สวนเปิดทุกวัน เวลา 05.00–21.00 น.</li>
  <li>กรุณาทิ้งขยะให้ถูกประเภท และห้ามให้อาหารปลาในคลอง</li>
  <li>สัตว์เลี้ยงต้องใส่สายจูงตลอดเวลา</li>
</ul>
<p>สอบถามเพิ่มเติมได้ที่กองสวนสาธารณะ โทร. 00-041-2200 ในวันและเวลาราชการ</p>
<!-- บก.: รอภาพมุมสูงจากโดรนของเทศบาล -->
</div>`,
  },
  {
    lang: "Thai",
    kind: "cookie_banner_and_footer",
    text: `<div id="cookie-bar" class="cookie-bar" role="dialog" aria-labelledby="cookie-title" data-consent-version="2">
  <h2 id="cookie-title">เว็บไซต์นี้ใช้คุกกี้</h2>
  <p>เราใช้คุกกี้ที่จำเป็นเพื่อให้เว็บไซต์ทำงานได้อย่างถูกต้อง และหากท่านยินยอม เราจะใช้คุกกี้เพื่อการวิเคราะห์และการตลาดด้วย ท่านสามารถเปลี่ยนการตั้งค่าได้ทุกเมื่อ โปรดอ่าน<a href="/cookie-policy">นโยบายคุกกี้</a>ก่อนตัดสินใจ</p>
  <div class="cookie-actions">
    <button type="button" class="btn-primary" onclick="cookieConsent.acceptAll()">ยอมรับทั้งหมด</button>
    <button type="button" onclick="cookieConsent.rejectOptional()">ปฏิเสธคุกกี้ที่ไม่จำเป็น</button>
    <button type="button" class="btn-link" onclick="cookieConsent.settings()">ตั้งค่าคุกกี้</button>
  </div>
</div>
<div id="cookie-settings" class="modal" style="display:none" aria-hidden="true">
  <label><input type="checkbox" checked disabled> คุกกี้ที่จำเป็น</label>
  <label><input type="checkbox" name="analytics"> คุกกี้เพื่อการวิเคราะห์</label>
  <label><input type="checkbox" name="marketing"> คุกกี้เพื่อการตลาด</label>
  <button onclick="cookieConsent.save()">บันทึกการตั้งค่า</button>
</div>
<footer class="footer">
  <ul class="footer-links">
    <li><a href="/about">เกี่ยวกับเรา</a></li>
    <li><a href="/terms">ข้อกำหนดและเงื่อนไข</a></li>
    <li><a href="/privacy">นโยบายความเป็นส่วนตัว (PDPA)</a></li>
    <li><a href="/cookie-policy">นโยบายคุกกี้</a></li>
  </ul>
  <p>บริษัท ฟ้าใสประกันภัย จำกัด (มหาชน) · 99 อาคารฟ้าใส ชั้น 12 ถนนสายน้ำทอง เมืองเก่าบางพฤกษา</p>
  <p>ศูนย์บริการลูกค้า 0-0000-4170 ตลอด 24 ชั่วโมง</p>
  <p>© 2567 ฟ้าใสประกันภัย สงวนลิขสิทธิ์</p>
</footer>`,
  },
  {
    lang: "Thai",
    kind: "product_page_html",
    text: `<main class="product" data-sku="PHA-KRM-0912" data-stock="31">
  <nav class="breadcrumb" aria-label="เส้นทาง"><a href="/">หน้าแรก</a> › <a href="/fashion">แฟชั่น</a> › <span>ผ้าพันคอ</span></nav>
  <div class="gallery">
    <img src="/products/pha-khram-scarf-indigo.jpg" alt="ผ้าพันคอฝ้ายย้อมคราม สีน้ำเงินเข้ม ลายทางขาวบริเวณชายผ้า" width="600" height="600">
  </div>
  <div class="details">
    <h1>ผ้าพันคอฝ้ายทอมือ ย้อมครามธรรมชาติ</h1>
    <p class="price"><del>฿890</del> <strong>฿690</strong></p>
    <p class="rating"><span aria-hidden="true">★★★★★</span> 4.9 จาก 5 (<a href="#reviews">146 รีวิว</a>)</p>
    <ul>
      <li>ขนาด 60 × 180 ซม.</li>
      <li>ฝ้าย 100% ทอมือโดยกลุ่มแม่บ้านบ้านหนองบัวคำ</li>
      <li>สีอาจต่างจากภาพเล็กน้อย เนื่องจากเป็นการย้อมด้วยมือ</li>
    </ul>
    <label for="qty">จำนวน</label>
    <input id="qty" type="number" min="1" max="10" value="1">
    <button class="add-cart" onclick="cart.add('PHA-KRM-0912', qty.value)">ใส่ตะกร้า</button>
    <p class="shipping">ส่งฟรีเมื่อซื้อครบ ฿500 · จัดส่งภายใน 1–3 วันทำการ</p>
    <details>
      <summary>วิธีดูแลรักษา</summary>
      <p>ซักมือด้วยน้ำเย็นแยกจากผ้าอื่นในการซักครั้งแรก ห้ามใช้น้ำยาฟอกขาว และตากในที่ร่ม</p>
    </details>
  </div>
  <section id="reviews">
    <h2>รีวิวจากลูกค้า</h2>
    <article><p>เนื้อผ้านุ่มมาก ใส่ในห้องแอร์กำลังดี ซื้อไปฝากแม่ด้วย – คุณปิยะนุช</p></article>
  </section>
</main>`,
  },
  {
    lang: "Thai",
    kind: "search_results_html",
    text: `<main class="search-results">
  <form action="/search" method="get" role="search" class="search-form">
    <label for="q" class="sr-only">ค้นหา</label>
    <input id="q" name="q" type="search" value="ที่พักติดทะเล เกาะมะพร้าว">
    <button type="submit">ค้นหา</button>
  </form>
  <p class="count">พบที่พัก 42 แห่ง สำหรับวันที่ 14–16 มิ.ย. 2567, ผู้ใหญ่ 2 ท่าน</p>
  <aside class="filters">
    <h2>ตัวกรอง</h2>
    <label><input type="checkbox" name="breakfast" onchange="applyFilters()"> รวมอาหารเช้า</label>
    <label><input type="checkbox" name="free_cancel"> ยกเลิกฟรี</label>
    <label><input type="checkbox" name="pool"> มีสระว่ายน้ำ</label>
  </aside>
  <ol class="hotel-list">
    <li class="hotel" data-hotel-id="H-5521">
      <h3><a href="/hotel/5521">บ้านริมหาด มะพร้าวรีสอร์ท</a></h3>
      <p class="score">9.1 ยอดเยี่ยม · 684 รีวิว</p>
      <p>ห่างจากชายหาด 50 ม. · รวมอาหารเช้า · ยกเลิกฟรีก่อน 7 วัน</p>
      <p class="price">฿2,450 / คืน</p>
    </li>
    <li class="hotel" data-hotel-id="H-4410">
      <h3><a href="/hotel/4410">คลื่นลม โฮมสเตย์</a></h3>
      <p class="score">8.6 ดีมาก · 212 รีวิว</p>
      <p>ติดทะเล · ห้องพักสไตล์บ้านไม้ · ไม่มีสระว่ายน้ำ</p>
      <p class="price">฿1,380 / คืน</p>
    </li>
    <li class="hotel" data-hotel-id="H-6034">
      <h3><a href="/hotel/6034">แสงเงิน บีชวิลล่า</a></h3>
      <p class="score">8.9 ยอดเยี่ยม · 97 รีวิว</p>
      <p>วิลล่าส่วนตัวพร้อมสระ · เหมาะสำหรับครอบครัว</p>
      <p class="price">฿5,900 / คืน</p>
    </li>
  </ol>
  <nav class="pager" aria-label="หน้า"><span aria-current="page">1</span> <a href="?page=2">2</a> <a href="?page=3">3</a> <a href="?page=2">ถัดไป</a></nav>
  <p class="hint">ราคาอาจเปลี่ยนแปลงได้ กรุณาตรวจสอบราคาสุดท้ายก่อนยืนยันการจอง</p>
</main>`,
  },
  {
    lang: "Thai",
    kind: "error_page_html",
    text: `<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ไม่พบหน้าที่คุณต้องการ - ตลาดนัดออนไลน์ ช้อปดี</title>
<link rel="stylesheet" href="/assets/error.css">
</head>
<body class="error-404">
<header><a href="/"><img src="/assets/shopdee-logo.svg" alt="ช้อปดี กลับหน้าแรก" height="40"></a></header>
<main>
  <p class="code" aria-hidden="true">404</p>
  <h1>ขออภัย ไม่พบหน้าที่คุณกำลังมองหา</h1>
  <p>สินค้านี้อาจหมดสต็อกแล้ว หรือลิงก์ที่คุณคลิกอาจไม่ถูกต้อง</p>
  <ul>
    <li>ตรวจสอบที่อยู่เว็บไซต์อีกครั้ง</li>
    <li>กลับไปที่<a href="/">หน้าแรก</a>เพื่อดูสินค้าแนะนำ</li>
    <li>ดู<a href="/deals">โปรโมชันประจำสัปดาห์</a></li>
  </ul>
  <form action="/search" method="get">
    <label for="s404">ค้นหาสินค้า</label>
    <input id="s404" name="q" type="search" placeholder="พิมพ์ชื่อสินค้าหรือร้านค้า">
    <button type="submit">ค้นหา</button>
  </form>
  <p>พบปัญหาในการใช้งาน? แจ้งทีมงานได้ที่ <a href="mailto:help@shopdee.example">help@shopdee.example</a></p>
</main>
<footer><p>© 2567 ช้อปดี</p></footer>
<!-- template: errors/404.html -->
</body>
</html>`,
  },
  {
    lang: "Thai",
    kind: "rss_or_atom_feed",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
<channel>
  <title>ข่าวประชาสัมพันธ์ เทศบาลเมืองบางพฤกษา</title>
  <link>https://www.bangphruksa-city.example/news</link>
  <description>ข่าวสารและกิจกรรมสำหรับประชาชนในเขตเทศบาล</description>
  <language>th</language>
  <lastBuildDate>Wed, 22 May 2024 15:00:00 +0700</lastBuildDate>
  <item>
    <title>ขอเชิญร่วมกิจกรรมปลูกต้นไม้ริมคลอง วันเสาร์ที่ 1 มิถุนายน</title>
    <link>https://www.bangphruksa-city.example/news/2024/tree-planting</link>
    <guid isPermaLink="false">bp-news-2405-118</guid>
    <pubDate>Wed, 22 May 2024 14:30:00 +0700</pubDate>
    <category>สิ่งแวดล้อม</category>
    <description><![CDATA[<p>ลงทะเบียนได้ที่สำนักงานเทศบาลหรือทางแบบฟอร์มออนไลน์ ผู้เข้าร่วมกรุณาสวมรองเท้าหุ้มส้นและนำขวดน้ำส่วนตัวมาด้วย</p>]]></description>
  </item>
  <item>
    <title>ประกาศงดจ่ายน้ำประปาชั่วคราว ซอยท่าน้ำ 3–7</title>
    <link>https://www.bangphruksa-city.example/news/2024/water-outage</link>
    <guid isPermaLink="false">bp-news-2405-115</guid>
    <pubDate>Tue, 21 May 2024 10:00:00 +0700</pubDate>
    <category>สาธารณูปโภค</category>
    <description>งดจ่ายน้ำวันพฤหัสบดีที่ 23 พฤษภาคม เวลา 09.00–15.00 น. เพื่อซ่อมท่อเมน กรุณาสำรองน้ำไว้ใช้ล่วงหน้า</description>
  </item>
  <item>
    <title>เปิดรับสมัครนักเรียนเข้าร่วมค่ายภาษาอังกฤษภาคฤดูร้อน</title>
    <link>https://www.bangphruksa-city.example/news/2024/english-camp</link>
    <guid isPermaLink="false">bp-news-2405-109</guid>
    <pubDate>Fri, 17 May 2024 09:00:00 +0700</pubDate>
    <category>การศึกษา</category>
    <description>รับนักเรียนชั้นประถมศึกษาปีที่ 4–6 จำนวน 60 คน ไม่มีค่าใช้จ่าย</description>
  </item>
</channel>
</rss>`,
  },
  {
    lang: "Thai",
    kind: "svg_or_markup_with_alt_text",
    text: `<section class="recipe-steps" aria-labelledby="rs-title">
  <h2 id="rs-title">ขั้นตอนทำข้าวเหนียวมะม่วง</h2>
  <figure>
    <img src="/img/recipe/sticky-rice-steam.jpg" alt="ข้าวเหนียวที่แช่น้ำไว้ วางในลังถึงไม้ไผ่บนหม้อนึ่ง" title="นึ่งข้าวเหนียว" width="640" height="427" loading="lazy">
    <figcaption>ขั้นที่ 1: แช่ข้าวเหนียวอย่างน้อย 4 ชั่วโมง แล้วนึ่งประมาณ 25 นาที</figcaption>
  </figure>
  <figure>
    <img src="/img/recipe/coconut-sauce.jpg" alt="กะทิสีขาวข้นในหม้อเล็ก มีทัพพีตักขึ้นมา" width="640" height="427" loading="lazy">
    <figcaption>ขั้นที่ 2: เคี่ยวกะทิกับน้ำตาลและเกลือด้วยไฟอ่อน อย่าให้เดือดจัด</figcaption>
  </figure>
  <svg role="img" aria-labelledby="t-title t-desc" viewBox="0 0 300 50" width="300" height="50">
    <title id="t-title">แผนภาพเวลาที่ใช้ในแต่ละขั้นตอน</title>
    <desc id="t-desc">แช่ข้าว 240 นาที นึ่ง 25 นาที เคี่ยวกะทิ 10 นาที และคลุกข้าวพักไว้ 15 นาที</desc>
    <rect x="0" y="15" width="200" height="20" fill="#f4d35e"><title>แช่ข้าว 240 นาที</title></rect>
    <rect x="200" y="15" width="45" height="20" fill="#ee964b"><title>นึ่ง 25 นาที</title></rect>
    <rect x="245" y="15" width="25" height="20" fill="#f95738"><title>เคี่ยวกะทิ 10 นาที</title></rect>
    <rect x="270" y="15" width="30" height="20" fill="#0d3b66"><title>พักข้าว 15 นาที</title></rect>
  </svg>
  <p>เลือกมะม่วงที่สุกพอดี กลิ่นหอม เนื้อไม่เละ แล้วหั่นเสิร์ฟคู่กับข้าวเหนียวราดกะทิ</p>
</section>`,
  },
  {
    lang: "Thai",
    kind: "html_with_scripts",
    text: `<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<title>งานเทศกาลโคมลอยน้ำ บางพฤกษา 2567</title>
<script type="application/ld+json">
{
  "@context": "https://schema.org",
  "@type": "Event",
  "name": "เทศกาลโคมลอยน้ำ บางพฤกษา",
  "startDate": "2024-11-15T17:00+07:00",
  "endDate": "2024-11-17T23:00+07:00",
  "location": {
    "@type": "Place",
    "name": "ลานริมคลองเมืองเก่า",
    "address": "ถนนท่าน้ำ เมืองเก่าบางพฤกษา"
  },
  "isAccessibleForFree": true,
  "organizer": { "@type": "Organization", "name": "เทศบาลเมืองบางพฤกษา", "url": "https://www.bangphruksa-city.example" }
}
</script>
<script>
  // การตั้งค่าแผนที่จุดจอดรถและรถรับส่ง
  window.festivalConfig = {
    shuttleApi: "/api/shuttle-times",
    showParking: true,
    refreshSeconds: 120,
    lang: "th"
  };
</script>
<script src="/js/festival.bundle.js" defer></script>
</head>
<body>
<main>
<h1>เทศกาลโคมลอยน้ำ บางพฤกษา</h1>
<p>ร่วมลอยโคมที่ทำจากวัสดุธรรมชาติ ชมการแสดงดนตรีพื้นบ้าน และช้อปสินค้าชุมชน</p>
<p>เพื่อรักษาคลอง กรุณาใช้โคมจากใบตองหรือขนมปังเท่านั้น และงดใช้โฟมทุกชนิด</p>
<button type="button" data-route="A" onclick="showShuttle(this.dataset.route)">ดูตารางรถรับส่ง</button>
<noscript><p>กรุณาเปิดใช้งาน JavaScript เพื่อดูแผนที่และตารางรถรับส่ง</p></noscript>
</main>
</body>
</html>`,
  },
  {
    lang: "Thai",
    kind: "blog_post_html",
    text: `<article class="post" id="post-347">
  <header>
    <h1>ปลูกผักสวนครัวในคอนโด: เริ่มจาก 5 ชนิดนี้</h1>
    <p class="meta">โดย <a href="/author/nattaya">ณัฐธยา</a> · <time datetime="2024-04-28">28 เมษายน 2567</time> · หมวด <a href="/category/garden">สวนเล็ก ๆ</a></p>
  </header>
  <div class="post-body">
    <p>ระเบียงคอนโดกว้างแค่หนึ่งเมตรก็ปลูกผักได้จริง! ลองเริ่มจากผักที่โตเร็วและไม่ต้องการแดดจัดตลอดวัน</p>
    <h2>ผักที่แนะนำ</h2>
    <ol>
      <li>กะเพรา – ทนแดด ตัดยอดได้เรื่อย ๆ</li>
      <li>ต้นหอม – ปักรากที่เหลือจากการทำอาหารลงดินได้เลย</li>
      <li>ผักบุ้ง – ใช้เวลาเพียง 3–4 สัปดาห์</li>
      <li>พริกขี้หนู – ชอบแดดช่วงเช้า</li>
      <li>สะระแหน่ – ควรปลูกแยกกระถางเพราะโตเร็วมาก</li>
    </ol>
    <p>อย่าลืมตรวจสอบว่าถาดรองกระถางไม่มีน้ำขัง เพราะจะเป็นแหล่งเพาะพันธุ์ยุงลาย</p>
  </div>
</article>
<section class="comments" id="comments">
  <h2>ความคิดเห็น (2)</h2>
  <div class="comment" id="c-9120">
    <p class="name">พี่หมี ริมคลองบางพฤกษา</p>
    <p>ระเบียงผมหันทิศเหนือ แดดน้อยมาก ควรปลูกอะไรดีครับ</p>
    <a href="#comment-form" data-parent="9120">ตอบกลับ</a>
  </div>
  <div class="comment author" id="c-9122">
    <p class="name">ณัฐธยา</p>
    <p>ลองต้นหอมกับสะระแหน่ค่ะ สองอย่างนี้ทนร่มได้ดี</p>
  </div>
  <form id="comment-form" action="/comments/new" method="post">
    <input type="hidden" name="post_id" value="347">
    <input type="hidden" name="csrf" value="6e0b9f2ad174">
    <label for="c-name">ชื่อ</label><input id="c-name" name="name" required>
    <label for="c-text">ความคิดเห็น</label><textarea id="c-text" name="text" rows="4" placeholder="แสดงความคิดเห็นอย่างสุภาพ"></textarea>
    <button type="submit">ส่งความคิดเห็น</button>
  </form>
</section>`,
  },
  // ───────────────────────────── Vietnamese ─────────────────────────────
  {
    lang: "Vietnamese",
    kind: "html_email",
    text: `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>Xác nhận đặt bàn</title></head>
<body style="margin:0;padding:0;background:#f6f2ec;">
<div style="display:none;max-height:0;overflow:hidden;">Bàn cho 4 người lúc 19:00, thứ Bảy 25/05 tại Quán Gió Sông.</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f6f2ec;">
<tr><td align="center" style="padding:24px 10px;">
<table role="presentation" width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;font-family:Arial,Helvetica,sans-serif;color:#2e2a25;">
<tr><td style="padding:22px 28px;background:#8c3b2a;color:#fff;font-size:20px;font-weight:bold;">Quán Gió Sông</td></tr>
<tr><td style="padding:28px;">
<p style="font-size:15px;">Chào anh Minh Khoa,</p>
<p style="font-size:15px;line-height:1.7;">Cảm ơn anh đã đặt bàn tại Quán Gió Sông. Thông tin đặt chỗ của anh như sau:</p>
<table role="presentation" cellpadding="7" style="font-size:14px;border:1px solid #eadfd3;width:100%;">
<tr><td style="color:#8a7f72;">Mã đặt bàn</td><td><strong>GS-0417-25</strong></td></tr>
<tr><td style="color:#8a7f72;">Thời gian</td><td>19:00, thứ Bảy, 25/05/2024</td></tr>
<tr><td style="color:#8a7f72;">Số khách</td><td>4 người lớn</td></tr>
<tr><td style="color:#8a7f72;">Khu vực</td><td>Sân thượng, gần lan can</td></tr>
<tr><td style="color:#8a7f72;">Địa chỉ</td><td>27 đường Bến Trúc, phường Hà Lam, TP. Sông Mây</td></tr>
</table>
<p style="font-size:14px;line-height:1.7;">Quán giữ bàn tối đa 15 phút. Nếu anh đến trễ hoặc muốn đổi giờ, vui lòng bấm nút bên dưới hoặc gọi 0000 417 255.</p>
<p style="text-align:center;margin:22px 0;"><a href="https://datban.giosong.example/GS-0417-25" style="background:#8c3b2a;color:#fff;text-decoration:none;padding:11px 24px;border-radius:4px;">Thay đổi hoặc huỷ đặt bàn</a></p>
</td></tr>
<tr><td style="padding:14px 28px;font-size:11px;color:#9b9187;border-top:1px solid #eee;">Email này được gửi tự động, vui lòng không trả lời. Hỗ trợ: <a href="mailto:lienhe@giosong.example" style="color:#9b9187;">lienhe@giosong.example</a></td></tr>
</table></td></tr></table>
</body></html>`,
  },
  {
    lang: "Vietnamese",
    kind: "html_form_page",
    text: `<!DOCTYPE html>
<html lang="vi">
<head><meta charset="utf-8"><title>Đăng nhập - Ngân hàng Sen Vàng</title>
<link rel="stylesheet" href="/css/dangnhap.css"></head>
<body class="trang-dang-nhap">
<main class="hop-dang-nhap">
  <img src="/img/senvang-logo.svg" alt="Ngân hàng Sen Vàng" width="140">
  <h1>Đăng nhập Internet Banking</h1>
  <div class="thong-bao loi" role="alert" id="loi-dang-nhap" style="display:none">Tên đăng nhập hoặc mật khẩu không đúng. Bạn còn 4 lần thử.</div>
  <form action="/dang-nhap" method="post" id="form-dang-nhap" autocomplete="off" onsubmit="return kiemTra()">
    <input type="hidden" name="__csrf" value="Tz9aK3mP8qW1eR5yU2iO">
    <input type="hidden" name="thiet_bi" value="web">
    <label for="ten">Tên đăng nhập</label>
    <input id="ten" name="ten_dang_nhap" autocomplete="username" required placeholder="Nhập tên đăng nhập">
    <label for="matkhau">Mật khẩu</label>
    <input id="matkhau" name="mat_khau" type="password" autocomplete="current-password" required>
    <label for="captcha-nhap">Mã xác nhận</label>
    <div class="ma-xac-nhan">
      <img src="/captcha?ts=1716350000" alt="Hình ảnh mã xác nhận gồm 5 ký tự" width="120" height="40">
      <button type="button" aria-label="Đổi mã khác" onclick="doiMa()">↻</button>
    </div>
    <input id="captcha-nhap" name="ma_xac_nhan" maxlength="5" required>
    <button type="submit" class="nut-chinh">Đăng nhập</button>
  </form>
  <p><a href="/quen-mat-khau">Quên mật khẩu?</a> · <a href="/dang-ky">Đăng ký dịch vụ</a></p>
  <div class="canh-bao">
    <strong>Lưu ý an toàn:</strong> Sen Vàng không bao giờ yêu cầu bạn cung cấp mật khẩu hoặc mã OTP qua điện thoại, tin nhắn hay email. Chỉ đăng nhập tại địa chỉ chính thức của ngân hàng.
  </div>
</main>
<noscript><p>Vui lòng bật JavaScript để sử dụng Internet Banking.</p></noscript>
</body></html>`,
  },
  {
    lang: "Vietnamese",
    kind: "html_table_page",
    text: `<main class="bang-gia">
<h1>Bảng giá dịch vụ – Tiệm giặt sấy Bong Bóng</h1>
<p>Giá đã bao gồm nước giặt và nước xả. Vui lòng kiểm tra túi quần áo trước khi gửi; tiệm không chịu trách nhiệm với đồ vật để quên.</p>
<table class="gia-giat">
  <caption>Giặt sấy theo ký</caption>
  <thead><tr><th scope="col">Khối lượng</th><th scope="col">Giặt thường</th><th scope="col">Giặt nhanh (trong 3 giờ)</th></tr></thead>
  <tbody>
    <tr><td>Dưới 3 kg</td><td>45.000đ</td><td>70.000đ</td></tr>
    <tr><td>3 – 5 kg</td><td>15.000đ/kg</td><td>22.000đ/kg</td></tr>
    <tr><td>Trên 5 kg</td><td>13.000đ/kg</td><td>20.000đ/kg</td></tr>
  </tbody>
</table>
<table class="gia-do-rieng">
  <caption>Đồ giặt riêng</caption>
  <thead><tr><th scope="col">Loại đồ</th><th scope="col">Đơn giá</th><th scope="col">Ghi chú</th></tr></thead>
  <tbody>
    <tr><td>Chăn mỏng</td><td>40.000đ</td><td>—</td></tr>
    <tr><td>Chăn bông, chăn lông vũ</td><td>80.000đ</td><td>Trả sau 2 ngày</td></tr>
    <tr><td>Áo vest</td><td>60.000đ</td><td>Giặt khô</td></tr>
    <tr><td>Giày thể thao</td><td>50.000đ/đôi</td><td>Không nhận giày da lộn</td></tr>
  </tbody>
</table>
<p class="ghi-chu">Miễn phí giao nhận trong bán kính 3 km cho đơn từ 100.000đ. Gọi 0000 417 417 để hẹn giờ lấy đồ.</p>
</main>`,
  },
  {
    lang: "Vietnamese",
    kind: "docs_page_html",
    text: `<article class="tai-lieu" data-phien-ban="3.0">
<h1>Bắt đầu nhanh với thư viện Chuồn Chuồn</h1>
<p>Chuồn Chuồn là thư viện Python giúp gửi thông báo qua email và SMS với cùng một giao diện lập trình. Trang này hướng dẫn cài đặt và gửi thông báo đầu tiên.</p>
<div class="ghi-chu"><p><strong>Lưu ý:</strong> không lưu khoá API trực tiếp trong mã nguồn. Hãy dùng biến môi trường hoặc tệp <code>.env</code> và thêm tệp này vào <code>.gitignore</code>.</p></div>
<h2>Cài đặt</h2>
<pre><code class="language-bash">pip install chuonchuon</code></pre>
<h2>Gửi email đầu tiên</h2>
<pre><code class="language-python">import os
from chuonchuon import Client

client = Client(api_key=os.environ["CHUONCHUON_KEY"])

client.email.send(
    to="khachhang@hopthu.example",
    subject="Đơn hàng của bạn đã được giao",
    body="Cảm ơn bạn đã mua sắm tại cửa hàng chúng tôi!",
)</code></pre>
<h2>Các tham số thường dùng</h2>
<table>
<tr><th>Tham số</th><th>Kiểu</th><th>Mô tả</th></tr>
<tr><td><code>to</code></td><td>str | list</td><td>Địa chỉ người nhận</td></tr>
<tr><td><code>retry</code></td><td>int</td><td>Số lần gửi lại khi lỗi mạng, mặc định 3</td></tr>
<tr><td><code>sandbox</code></td><td>bool</td><td>Chế độ thử nghiệm, không gửi thật</td></tr>
</table>
<p>Tiếp theo: <a href="/tai-lieu/3.0/sms">Gửi SMS</a> · <a href="/tai-lieu/3.0/webhook">Nhận webhook trạng thái</a></p>
<!-- trang được sinh tự động từ docs/vi/bat-dau-nhanh.md -->
</article>`,
  },
  {
    lang: "Vietnamese",
    kind: "blog_post_html",
    text: `<article class="bai-viet" id="bai-viet-415">
  <header>
    <h1>Ba ngày đạp xe quanh hồ Mây Trắng</h1>
    <p class="thong-tin">Tác giả <a href="/tac-gia/thu-ha">Thu Hà</a> · <time datetime="2024-03-18">18/03/2024</time> · Chuyên mục <a href="/du-lich">Du lịch</a></p>
  </header>
  <div class="noi-dung">
    <p>Vòng hồ dài khoảng 92 km, đường phần lớn bằng phẳng và có nhiều quán nước nhỏ ven đường. Chúng tôi chia thành ba chặng để vừa đi vừa nghỉ.</p>
    <figure><img src="/anh/ho-may-trang-binh-minh.jpg" alt="Mặt hồ phẳng lặng lúc bình minh, sương mù phủ trên những ngọn đồi xa" loading="lazy"><figcaption>Bình minh ở bến thuyền Làng Gốm, chặng hai.</figcaption></figure>
    <h2>Kinh nghiệm nhỏ</h2>
    <ul>
      <li>Mang theo áo mưa mỏng vì buổi chiều hay có mưa rào.</li>
      <li>Kiểm tra phanh và bơm lốp trước mỗi chặng.</li>
      <li>Đặt homestay trước nếu đi vào cuối tuần.</li>
    </ul>
  </div>
</article>
<section class="binh-luan" id="binh-luan">
  <h2>2 bình luận</h2>
  <div class="muc-binh-luan" id="bl-7712">
    <p class="ten">Quang Huy</p>
    <p>Đường có đoạn nào dốc nhiều không chị? Em định đưa bé 10 tuổi đi cùng.</p>
    <a href="#form-binh-luan" data-cha="7712">Trả lời</a>
  </div>
  <div class="muc-binh-luan tac-gia" id="bl-7715">
    <p class="ten">Thu Hà</p>
    <p>Chỉ có một con dốc khoảng 800 m ở chặng ba, bé có thể dắt xe lên được nhé.</p>
  </div>
  <form id="form-binh-luan" action="/binh-luan/gui" method="post">
    <input type="hidden" name="bai_viet" value="415">
    <input type="hidden" name="ma_bao_ve" value="3d8a1f6c09be">
    <label for="bl-ten">Tên của bạn</label><input id="bl-ten" name="ten" required>
    <label for="bl-noidung">Bình luận</label><textarea id="bl-noidung" name="noi_dung" rows="4" placeholder="Viết bình luận của bạn"></textarea>
    <button type="submit">Gửi bình luận</button>
  </form>
</section>`,
  },
  {
    lang: "Vietnamese",
    kind: "sitemap_or_xml_config",
    text: `<?xml version="1.0" encoding="UTF-8"?>
<!--
  Sơ đồ trang web – Trung tâm Ngoại ngữ Cánh Diều
  Tệp này được tạo tự động lúc 02:00 hằng ngày. Không chỉnh sửa thủ công.
  Các trang khoá học được liệt kê riêng trong sitemap-khoa-hoc.xml
-->
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
        xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url>
    <loc>https://www.canhdieu-edu.example/</loc>
    <xhtml:link rel="alternate" hreflang="vi" href="https://www.canhdieu-edu.example/"/>
    <xhtml:link rel="alternate" hreflang="en" href="https://www.canhdieu-edu.example/en/"/>
    <lastmod>2024-05-22</lastmod>
    <changefreq>daily</changefreq>
    <priority>1.0</priority>
  </url>
  <!-- Giới thiệu và giáo viên -->
  <url>
    <loc>https://www.canhdieu-edu.example/gioi-thieu</loc>
    <lastmod>2024-01-10</lastmod>
    <priority>0.5</priority>
  </url>
  <url>
    <loc>https://www.canhdieu-edu.example/doi-ngu-giao-vien</loc>
    <lastmod>2024-04-02</lastmod>
    <priority>0.6</priority>
  </url>
  <!-- Lịch khai giảng: cập nhật hằng tuần -->
  <url>
    <loc>https://www.canhdieu-edu.example/lich-khai-giang</loc>
    <lastmod>2024-05-20</lastmod>
    <changefreq>weekly</changefreq>
    <priority>0.9</priority>
  </url>
  <url>
    <loc>https://www.canhdieu-edu.example/kiem-tra-trinh-do</loc>
    <lastmod>2024-03-15</lastmod>
    <priority>0.7</priority>
  </url>
  <url>
    <loc>https://www.canhdieu-edu.example/lien-he</loc>
    <lastmod>2023-11-30</lastmod>
    <priority>0.4</priority>
  </url>
</urlset>`,
  },
  {
    lang: "Vietnamese",
    kind: "svg_or_markup_with_alt_text",
    text: `<section class="bao-cao" aria-labelledby="bc-tieu-de">
  <h2 id="bc-tieu-de">Sản lượng cà phê của Hợp tác xã Đồi Sương qua các năm</h2>
  <svg role="img" aria-labelledby="bd-ten bd-mota" viewBox="0 0 320 200" width="320" height="200">
    <title id="bd-ten">Biểu đồ đường sản lượng cà phê nhân</title>
    <desc id="bd-mota">Sản lượng tăng từ 180 tấn năm 2020 lên 265 tấn năm 2023, giảm nhẹ năm 2021 do hạn hán.</desc>
    <polyline points="30,140 110,155 190,105 270,70" fill="none" stroke="#6f4e37" stroke-width="3"/>
    <circle cx="30" cy="140" r="5" fill="#6f4e37"><title>2020: 180 tấn</title></circle>
    <circle cx="110" cy="155" r="5" fill="#6f4e37"><title>2021: 162 tấn</title></circle>
    <circle cx="190" cy="105" r="5" fill="#6f4e37"><title>2022: 221 tấn</title></circle>
    <circle cx="270" cy="70" r="5" fill="#6f4e37"><title>2023: 265 tấn</title></circle>
  </svg>
  <figure>
    <img src="/hinh/thu-hoach-ca-phe.jpg" alt="Nông dân đội nón lá hái quả cà phê chín đỏ trên đồi" title="Mùa thu hoạch ở Đồi Sương" width="800" height="533" loading="lazy">
    <figcaption>Thu hoạch cà phê chín chọn lọc, tháng 11/2023. Ảnh: Lê Văn Tín</figcaption>
  </figure>
  <p><img src="/icon/la-xanh.svg" alt="Biểu tượng chiếc lá" width="18" height="18"> Chỉ hái quả chín đỏ để đảm bảo chất lượng hạt sau khi phơi.</p>
  <!-- số liệu lấy từ báo cáo đại hội xã viên 2024 -->
</section>`,
  },
  {
    lang: "Vietnamese",
    kind: "accessibility_rich_page",
    text: `<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Tra cứu hồ sơ – Cổng dịch vụ công TP. Sông Mây</title>
<style>.an-khoi-man-hinh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap}</style>
</head>
<body>
<a href="#noi-dung-chinh" class="bo-qua">Bỏ qua và đến nội dung chính</a>
<header>
  <a href="/" aria-label="Trang chủ Cổng dịch vụ công"><img src="/img/logo.svg" alt=""></a>
  <nav aria-label="Menu chính">
    <ul>
      <li><a href="/thu-tuc">Thủ tục hành chính</a></li>
      <li><a href="/tra-cuu" aria-current="page">Tra cứu hồ sơ</a></li>
      <li><a href="/ho-tro">Hỗ trợ</a></li>
    </ul>
  </nav>
  <button type="button" aria-pressed="false" aria-label="Bật chế độ tương phản cao" onclick="doiTuongPhan(this)">◐</button>
</header>
<main id="noi-dung-chinh" tabindex="-1">
  <h1>Tra cứu tình trạng hồ sơ</h1>
  <p>Nhập mã hồ sơ in trên giấy biên nhận để xem tiến độ giải quyết.</p>
  <form aria-describedby="huong-dan">
    <p id="huong-dan">Mã hồ sơ gồm 12 ký tự, ví dụ: SM-2405-00417.</p>
    <label for="ma-ho-so">Mã hồ sơ</label>
    <input id="ma-ho-so" name="ma" aria-required="true" aria-describedby="loi-ma">
    <p id="loi-ma" role="alert" hidden>Mã hồ sơ không đúng định dạng. Vui lòng kiểm tra lại.</p>
    <button type="submit">Tra cứu <span class="an-khoi-man-hinh">tình trạng hồ sơ</span></button>
  </form>
  <section aria-labelledby="kq-tieu-de">
    <h2 id="kq-tieu-de" class="an-khoi-man-hinh">Kết quả tra cứu</h2>
    <div role="status" aria-live="polite" id="ket-qua"></div>
  </section>
</main>
<footer><p>Tổng đài hỗ trợ: 0000 1022 · <a href="/tiep-can">Tuyên bố về khả năng tiếp cận</a></p></footer>
</body>
</html>`,
  },
  {
    lang: "Vietnamese",
    kind: "full_html_page",
    text: `<!DOCTYPE html>
<html lang="vi">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="description" content="Phòng khám Nhi An Khang – khám và tư vấn sức khoẻ trẻ em, tiêm chủng, đặt lịch trực tuyến.">
  <title>Phòng khám Nhi An Khang – TP. Sông Mây</title>
  <link rel="stylesheet" href="/assets/css/main.css?v=2024052">
  <link rel="icon" href="/favicon.ico">
  <script src="/assets/js/main.js" defer></script>
</head>
<body>
<header class="dau-trang">
  <a href="/" class="logo"><img src="/assets/img/ankhang.png" alt="Phòng khám Nhi An Khang" width="150"></a>
  <nav class="menu" id="menu-chinh">
    <a href="/dich-vu">Dịch vụ</a>
    <a href="/bac-si">Đội ngũ bác sĩ</a>
    <a href="/tiem-chung">Tiêm chủng</a>
    <a href="/lien-he">Liên hệ</a>
  </nav>
  <button class="nut-menu" aria-controls="menu-chinh" aria-expanded="false" onclick="moMenu(this)">Menu</button>
</header>
<main>
  <section class="gioi-thieu">
    <h1>Chăm sóc sức khoẻ con bạn như người thân</h1>
    <p>Đặt lịch trực tuyến để không phải chờ lâu. Vui lòng mang theo sổ tiêm chủng và sổ khám bệnh của bé.</p>
    <a href="/dat-lich" class="nut">Đặt lịch khám</a>
  </section>
  <section class="gio-lam">
    <h2>Giờ làm việc</h2>
    <ul>
      <li>Thứ Hai – Thứ Sáu: 7:00 – 20:00</li>
      <li>Thứ Bảy, Chủ nhật: 7:00 – 12:00</li>
    </ul>
    <p class="luu-y">Trường hợp bé sốt cao co giật, khó thở, hãy đến ngay cơ sở cấp cứu gần nhất.</p>
  </section>
</main>
<footer class="chan-trang">
  <p>Số 12 đường Hoa Sữa, phường Hà Lam, TP. Sông Mây · Hotline: 0000 417 118</p>
  <p><a href="/chinh-sach-bao-mat">Chính sách bảo mật</a> · <a href="/dieu-khoan">Điều khoản sử dụng</a></p>
</footer>
</body>
</html>`,
  },
  {
    lang: "Vietnamese",
    kind: "product_page_html",
    text: `<main class="chi-tiet-san-pham" data-ma-sp="NM-TP-500" data-ton-kho="64">
  <nav aria-label="Đường dẫn"><a href="/">Trang chủ</a> › <a href="/dac-san">Đặc sản</a> › <span>Nước mắm</span></nav>
  <div class="anh-san-pham">
    <img src="/san-pham/nuoc-mam-ca-com-500ml.jpg" alt="Chai thuỷ tinh nước mắm cá cơm 500 ml, màu nâu cánh gián, nhãn giấy kraft" width="600" height="600">
  </div>
  <div class="thong-tin-sp">
    <h1>Nước mắm cá cơm truyền thống Làng Gành – 500 ml</h1>
    <p class="gia"><del>135.000đ</del> <strong>109.000đ</strong></p>
    <p class="danh-gia"><span aria-hidden="true">★★★★★</span> 4,9/5 (<a href="#nhan-xet">318 đánh giá</a>)</p>
    <ul>
      <li>Độ đạm: 40°N</li>
      <li>Ủ chượp trong thùng gỗ 12 tháng</li>
      <li>Không chất bảo quản, không chất điều vị</li>
    </ul>
    <label for="so-luong">Số lượng</label>
    <input id="so-luong" type="number" min="1" max="12" value="1">
    <button class="them-gio" onclick="gioHang.them('NM-TP-500', soLuong())">Thêm vào giỏ hàng</button>
    <p class="giao-hang">Giao hàng toàn quốc 2–4 ngày. Miễn phí vận chuyển cho đơn từ 300.000đ.</p>
    <details>
      <summary>Hướng dẫn bảo quản</summary>
      <p>Đậy kín nắp sau khi dùng, để nơi thoáng mát, tránh ánh nắng trực tiếp. Có thể xuất hiện kết tinh muối ở đáy chai, đây là hiện tượng tự nhiên.</p>
    </details>
  </div>
  <section id="nhan-xet">
    <h2>Nhận xét của khách hàng</h2>
    <article><p>Mùi thơm, vị ngọt hậu, chấm rau luộc là hết sảy. Đóng gói rất cẩn thận. – Chị Lan, TP. Sông Mây</p></article>
  </section>
</main>`,
  },
];
