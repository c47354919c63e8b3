// Vendor token formats with a distinctive prefix (added in the twenty-fourth round): more LLM providers,
// package registries, Google OAuth, Azure AD client secrets, and infrastructure, observability, chat,
// e-mail and commerce services whose tokens turn up in pasted configs and agent transcripts. Each is a
// fixed prefix followed by a body of a known alphabet and length, so a match is a credential with
// next to no false positives (score 0.9; 0.85 where the length varies). Formats are the vendors'
// published token shapes; the patterns and generators are this project's own.
//
// Types: LLM_API_KEY (providers other than OpenAI and Anthropic, which keep their own types),
// PACKAGE_REGISTRY_TOKEN, GOOGLE_OAUTH_SECRET (access tokens and client secrets), AZURE_CLIENT_SECRET,
// HUGGINGFACE_TOKEN (organisation tokens), PRIVATE_KEY (age identities) and SERVICE_API_TOKEN for the
// rest; the finding's explanation names the rule (the vendor).
import { ALNUM, B64, B64URL, COMMON_STOPWORDS, HEX, randomString, type Rand, type SecretRule } from './rule.ts';

/** A token may end in '-' or '_', which \b cannot see past: consume one delimiter, keep group 1. */
const END = '(?:[^A-Za-z0-9_\\-]|$)';
const UPPER_ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** The bech32 alphabet (age identities write it upper-case). */
const BECH32_UPPER = 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L';
const uuid = (r: Rand): string => `${randomString(r, HEX, 8)}-${randomString(r, HEX, 4)}-${randomString(r, HEX, 4)}-${randomString(r, HEX, 4)}-${randomString(r, HEX, 12)}`;

/** Letter cases and digits `s` mixes: 1 (upper) + 2 (lower) + 4 (digit). */
function mix(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) m |= 1;
    else if (c >= 97 && c <= 122) m |= 2;
    else if (c >= 48 && c <= 57) m |= 4;
  }
  return m;
}

interface Spec {
  readonly id: string;
  readonly type: string;
  /** RE2 source of the token (group 1 is added around it). */
  readonly token: string;
  /** Literals every match starts with (case-sensitive), at most `within` units after its start. */
  readonly literals: readonly string[];
  /**
   * Prefilter keywords (lower-case), one of which every match holds; default the literals. A shorter part of
   * a long literal that starts with a common word (`access-…`, `age-…`, `access_token$…`): a keyword's letters
   * are states of the prefilter's automaton, and a long one followed along every "access" costs on all text.
   * None (`[]`) where a literal is common in any text and no longer one is in every match (`SK` of Twilio,
   * as "sk" in "task", "ske" in "sketch"; Mailchimp's `-us`; Mailgun's `key-`): the rule's own short pattern
   * then joins the prefilter set, and the rule runs only on texts where it matches.
   */
  readonly keywords?: readonly string[];
  readonly within?: number;
  /** Longest token. */
  readonly maxLength: number;
  readonly score?: number;
  /** A text holding one synthetic token. */
  readonly sample: (r: Rand) => string;
  /** Accepts the token (a shape the pattern cannot say: mixed case); default every match. */
  readonly validate?: (token: string) => boolean;
  /** Lower-case fragments that mark a placeholder (formats whose alphabet holds `_`: `figd_your_token_…`). */
  readonly stopwords?: readonly string[];
}

const SPECS: readonly Spec[] = [
  // LLM providers
  { id: 'groq-api-key', type: 'LLM_API_KEY', token: 'gsk_[A-Za-z0-9]{52}', literals: ['gsk_'], maxLength: 56,
    sample: (r) => `GROQ_API_KEY=gsk_${randomString(r, ALNUM, 52)}` },
  { id: 'xai-api-key', type: 'LLM_API_KEY', token: 'xai-[A-Za-z0-9]{80}', literals: ['xai-'], maxLength: 84,
    sample: (r) => `export XAI_API_KEY="xai-${randomString(r, ALNUM, 80)}"` },
  { id: 'openrouter-api-key', type: 'LLM_API_KEY', token: 'sk-or-v1-[a-f0-9]{64}', literals: ['sk-or-v1-'], maxLength: 73,
    sample: (r) => `Authorization: Bearer sk-or-v1-${randomString(r, HEX, 64)}` },
  { id: 'perplexity-api-key', type: 'LLM_API_KEY', token: 'pplx-[A-Za-z0-9]{48}', literals: ['pplx-'], maxLength: 53,
    sample: (r) => `api_key = "pplx-${randomString(r, ALNUM, 48)}"` },
  { id: 'replicate-api-token', type: 'LLM_API_KEY', token: 'r8_[A-Za-z0-9]{37}', literals: ['r8_'], maxLength: 40,
    sample: (r) => `REPLICATE_API_TOKEN=r8_${randomString(r, ALNUM, 37)}` },
  // Added in the forty-fourth round, like every rule below marked so.
  { id: 'fireworks-api-key', type: 'LLM_API_KEY', token: 'fw_[A-Za-z0-9]{24,32}', literals: ['fw_'], maxLength: 35, score: 0.85,
    sample: (r) => `FIREWORKS_API_KEY=fw_${randomString(r, ALNUM, 24)}` },
  { id: 'nvidia-api-key', type: 'LLM_API_KEY', token: 'nvapi-[A-Za-z0-9_\\-]{64}', literals: ['nvapi-'], maxLength: 70,
    sample: (r) => `client = OpenAI(base_url="https://integrate.api.nvidia.com/v1", api_key="nvapi-${randomString(r, B64URL, 64)}")` },
  // Hugging Face organisation tokens (user tokens are huggingface-token's): 34 letters of both cases.
  { id: 'huggingface-org-token', type: 'HUGGINGFACE_TOKEN', token: 'api_org_[A-Za-z]{34}', literals: ['api_org_'], maxLength: 42,
    validate: (t) => mix(t.slice(8)) === 3, sample: (r) => `HF_ORG_TOKEN=api_org_${randomString(r, LETTERS, 33)}Q` },
  // Package registries
  { id: 'npm-access-token', type: 'PACKAGE_REGISTRY_TOKEN', token: 'npm_[A-Za-z0-9]{36}', literals: ['npm_'], maxLength: 40,
    sample: (r) => `//registry.npmjs.org/:_authToken=npm_${randomString(r, ALNUM, 36)}` },
  // A PyPI token is a macaroon: its base64 starts with the encoding of "pypi.org".
  { id: 'pypi-api-token', type: 'PACKAGE_REGISTRY_TOKEN', token: 'pypi-AgEIcHlwaS5vcmc[A-Za-z0-9_\\-]{50,300}', literals: ['pypi-AgEIcHlwaS5vcmc'],
    maxLength: 320, score: 0.85, sample: (r) => `password = pypi-AgEIcHlwaS5vcmc${randomString(r, B64URL, 150)}` },
  { id: 'docker-hub-pat', type: 'PACKAGE_REGISTRY_TOKEN', token: 'dckr_pat_[A-Za-z0-9_\\-]{27}', literals: ['dckr_pat_'], maxLength: 36,
    sample: (r) => `docker login -u ci -p dckr_pat_${randomString(r, B64URL, 27)}` },
  { id: 'rubygems-api-key', type: 'PACKAGE_REGISTRY_TOKEN', token: 'rubygems_[a-f0-9]{48}', literals: ['rubygems_'], maxLength: 57,
    sample: (r) => `---\n:rubygems_api_key: rubygems_${randomString(r, HEX, 48)}\n` },
  // Google OAuth: access tokens (what `gcloud auth print-access-token` prints) and client secrets.
  { id: 'google-oauth-access-token', type: 'GOOGLE_OAUTH_SECRET', token: 'ya29\\.[A-Za-z0-9_\\-]{30,1000}', literals: ['ya29.'], maxLength: 1005,
    score: 0.85, sample: (r) => `curl -H "Authorization: Bearer ya29.${randomString(r, B64URL, 180)}" https://storage.googleapis.com/` },
  { id: 'google-oauth-client-secret', type: 'GOOGLE_OAUTH_SECRET', token: 'GOCSPX-[A-Za-z0-9_\\-]{28}', literals: ['GOCSPX-'], maxLength: 35,
    sample: (r) => `"client_secret": "GOCSPX-${randomString(r, B64URL, 28)}"` },
  // Azure AD (Entra ID) client secrets: three characters, a digit, "Q~", then 31-34 more.
  { id: 'azure-ad-client-secret', type: 'AZURE_CLIENT_SECRET', token: '[A-Za-z0-9_~.\\-]{3}[0-9]Q~[A-Za-z0-9_~.\\-]{31,34}', literals: ['Q~'], within: 4,
    maxLength: 40, score: 0.85, sample: (r) => `AZURE_CLIENT_SECRET=${randomString(r, ALNUM, 3)}${randomString(r, DIGITS, 1)}Q~${randomString(r, `${ALNUM}_~.-`, 34)}` },
  // Infrastructure and developer services
  { id: 'digitalocean-token', type: 'SERVICE_API_TOKEN', token: 'do[opr]_v1_[a-f0-9]{64}', literals: ['dop_v1_', 'doo_v1_', 'dor_v1_'], maxLength: 71,
    sample: (r) => `DIGITALOCEAN_TOKEN=dop_v1_${randomString(r, HEX, 64)}` },
  { id: 'hashicorp-vault-token', type: 'SERVICE_API_TOKEN', token: 'hv[sb]\\.[A-Za-z0-9_\\-]{90,250}', literals: ['hvs.', 'hvb.'], maxLength: 254, score: 0.85,
    sample: (r) => `VAULT_TOKEN=hvs.${randomString(r, B64URL, 91)}` },
  { id: 'terraform-cloud-token', type: 'SERVICE_API_TOKEN', token: '[A-Za-z0-9]{14}\\.atlasv1\\.[A-Za-z0-9_=\\-]{60,70}', literals: ['.atlasv1.'], within: 14,
    maxLength: 93, sample: (r) => `token = "${randomString(r, ALNUM, 14)}.atlasv1.${randomString(r, B64URL, 67)}"` },
  { id: 'databricks-token', type: 'SERVICE_API_TOKEN', token: 'dapi[a-f0-9]{32}(?:-[0-9])?', literals: ['dapi'], maxLength: 38,
    sample: (r) => `DATABRICKS_TOKEN=dapi${randomString(r, HEX, 32)}` },
  { id: 'grafana-token', type: 'SERVICE_API_TOKEN', token: 'glsa_[A-Za-z0-9]{32}_[A-Fa-f0-9]{8}|glc_[A-Za-z0-9+/]{32,400}={0,2}', literals: ['glsa_', 'glc_'],
    maxLength: 406, score: 0.85, sample: (r) => `GRAFANA_TOKEN=glsa_${randomString(r, ALNUM, 32)}_${randomString(r, HEX, 8)}` },
  { id: 'sentry-token', type: 'SERVICE_API_TOKEN', token: 'sntryu_[a-f0-9]{64}|sntrys_eyJ[A-Za-z0-9+/=_\\-]{50,600}', literals: ['sntryu_', 'sntrys_'],
    maxLength: 610, score: 0.85, sample: (r) => `SENTRY_AUTH_TOKEN=sntryu_${randomString(r, HEX, 64)}` },
  { id: 'new-relic-user-key', type: 'SERVICE_API_TOKEN', token: 'NRAK-[A-Z0-9]{27}', literals: ['NRAK-'], maxLength: 32,
    sample: (r) => `NEW_RELIC_API_KEY=NRAK-${randomString(r, UPPER_ALNUM, 27)}` },
  { id: 'atlassian-api-token', type: 'SERVICE_API_TOKEN', token: 'ATATT3[A-Za-z0-9_=\\-]{180,200}', literals: ['ATATT3'], maxLength: 206, score: 0.85,
    sample: (r) => `JIRA_API_TOKEN=ATATT3${randomString(r, B64URL, 186)}` },
  { id: 'bitbucket-app-password', type: 'SERVICE_API_TOKEN', token: 'ATBB[A-Za-z0-9]{32}', literals: ['ATBB'], maxLength: 36,
    sample: (r) => `BITBUCKET_APP_PASSWORD=ATBB${randomString(r, ALNUM, 32)}` },
  { id: 'linear-api-key', type: 'SERVICE_API_TOKEN', token: 'lin_api_[A-Za-z0-9]{40}', literals: ['lin_api_'], maxLength: 48,
    sample: (r) => `LINEAR_API_KEY=lin_api_${randomString(r, ALNUM, 40)}` },
  { id: 'postman-api-key', type: 'SERVICE_API_TOKEN', token: 'PMAK-[a-f0-9]{24}-[a-f0-9]{34}', literals: ['PMAK-'], maxLength: 64,
    sample: (r) => `postman_api_key: PMAK-${randomString(r, HEX, 24)}-${randomString(r, HEX, 34)}` },
  { id: 'doppler-token', type: 'SERVICE_API_TOKEN', token: 'dp\\.(?:pt|st|sa|ct|scim|audit)\\.[A-Za-z0-9]{40,44}', literals: ['dp.'], maxLength: 54,
    sample: (r) => `DOPPLER_TOKEN=dp.pt.${randomString(r, ALNUM, 43)}` },
  { id: 'pulumi-access-token', type: 'SERVICE_API_TOKEN', token: 'pul-[a-f0-9]{40}', literals: ['pul-'], maxLength: 44,
    sample: (r) => `PULUMI_ACCESS_TOKEN=pul-${randomString(r, HEX, 40)}` },
  // Forty-fourth round: AI-application services, developer platforms, observability.
  { id: 'tavily-api-key', type: 'SERVICE_API_TOKEN', token: 'tvly-(?:dev-|prod-)?[A-Za-z0-9]{32}', literals: ['tvly-'], maxLength: 42,
    sample: (r) => `TAVILY_API_KEY=tvly-${['', 'dev-', 'prod-'][Math.floor(r() * 3)]}${randomString(r, ALNUM, 32)}` },
  { id: 'langsmith-api-key', type: 'SERVICE_API_TOKEN', token: 'lsv2_(?:pt|sk)_[a-f0-9]{32}_[a-f0-9]{10}', literals: ['lsv2_pt_', 'lsv2_sk_'], keywords: ['lsv2_'], maxLength: 51,
    sample: (r) => `LANGSMITH_API_KEY=lsv2_${r() < 0.5 ? 'pt' : 'sk'}_${randomString(r, HEX, 32)}_${randomString(r, HEX, 10)}` },
  // Pinecone: a short key id and the secret, both letters and digits.
  { id: 'pinecone-api-key', type: 'SERVICE_API_TOKEN', token: 'pcsk_[A-Za-z0-9]{5,7}_[A-Za-z0-9]{60,70}', literals: ['pcsk_'], maxLength: 83, score: 0.85,
    sample: (r) => `pc = Pinecone(api_key="pcsk_${randomString(r, ALNUM, 6)}_${randomString(r, ALNUM, 63)}")` },
  // Notion integration tokens: 11 digits, then 35 letters and digits.
  { id: 'notion-api-token', type: 'SERVICE_API_TOKEN', token: 'ntn_[0-9]{11}[A-Za-z0-9]{35}', literals: ['ntn_'], maxLength: 50,
    sample: (r) => `NOTION_TOKEN=ntn_${randomString(r, DIGITS, 11)}${randomString(r, ALNUM, 35)}` },
  { id: 'figma-pat', type: 'SERVICE_API_TOKEN', token: 'figd_[A-Za-z0-9_\\-]{30,60}', literals: ['figd_'], maxLength: 65, score: 0.85, stopwords: COMMON_STOPWORDS,
    sample: (r) => `curl -H "X-Figma-Token: figd_${randomString(r, B64URL, 40)}" https://api.figma.com/v1/me` },
  // Supabase: personal access tokens (management API) and the secret API keys that replace service_role.
  { id: 'supabase-token', type: 'SERVICE_API_TOKEN', token: 'sbp_[a-f0-9]{40}|sb_secret_[A-Za-z0-9_\\-]{28,64}', literals: ['sbp_', 'sb_secret_'], maxLength: 74,
    score: 0.85, stopwords: COMMON_STOPWORDS, sample: (r) => (r() < 0.5 ? `SUPABASE_ACCESS_TOKEN=sbp_${randomString(r, HEX, 40)}` : `SUPABASE_SECRET_KEY=sb_secret_${randomString(r, B64URL, 22)}_${randomString(r, B64URL, 8)}`) },
  { id: 'netlify-pat', type: 'SERVICE_API_TOKEN', token: 'nfp_[A-Za-z0-9_]{36}', literals: ['nfp_'], maxLength: 40, stopwords: COMMON_STOPWORDS,
    sample: (r) => `NETLIFY_AUTH_TOKEN=nfp_${randomString(r, ALNUM, 36)}` },
  { id: 'dynatrace-api-token', type: 'SERVICE_API_TOKEN', token: 'dt0c01\\.[A-Za-z0-9]{24}\\.[A-Za-z0-9]{64}', literals: ['dt0c01.'], maxLength: 96,
    sample: (r) => `DT_API_TOKEN=dt0c01.${randomString(r, UPPER_ALNUM, 24)}.${randomString(r, UPPER_ALNUM, 64)}` },
  // 1Password service-account tokens: base64 of a JSON object (`{"` is `eyJ`), about a kilobyte (RE2
  // counts to 1,000 at most, so the body is two runs).
  { id: 'onepassword-service-account-token', type: 'SERVICE_API_TOKEN', token: 'ops_eyJ[A-Za-z0-9+/_\\-]{250,1000}[A-Za-z0-9+/_\\-]{0,500}={0,3}', literals: ['ops_eyJ'], maxLength: 1510,
    score: 0.85, sample: (r) => `export OP_SERVICE_ACCOUNT_TOKEN=ops_eyJ${randomString(r, B64, 600 + Math.floor(r() * 400))}` },
  // Webhook signing secrets (Stripe, Svix and the services built on it): base64 or hex after `whsec_`.
  { id: 'webhook-signing-secret', type: 'SERVICE_API_TOKEN', token: 'whsec_[A-Za-z0-9+/]{32,88}={0,2}', literals: ['whsec_'], maxLength: 96, score: 0.85,
    sample: (r) => `STRIPE_WEBHOOK_SECRET=whsec_${r() < 0.5 ? randomString(r, ALNUM, 32) : randomString(r, HEX, 64)}` },
  // Azure Service Bus and Event Hubs connection strings (a shared access key; the storage AccountKey has its own rule).
  { id: 'azure-shared-access-key', type: 'AZURE_STORAGE_KEY', token: 'SharedAccessKey=[A-Za-z0-9+/]{43}=', literals: ['SharedAccessKey='], maxLength: 60,
    sample: (r) => `Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${randomString(r, ALNUM, 43)}=` },
  // Chat, e-mail and commerce
  { id: 'telegram-bot-token', type: 'SERVICE_API_TOKEN', token: '[0-9]{8,10}:AA[A-Za-z0-9_\\-]{33}', literals: [':AA'], within: 10, maxLength: 45,
    sample: (r) => `bot = Bot(token="${randomString(r, '123456789', 1)}${randomString(r, DIGITS, 9)}:AA${randomString(r, B64URL, 33)}")` },
  { id: 'sendgrid-api-key', type: 'SERVICE_API_TOKEN', token: 'SG\\.[A-Za-z0-9_\\-]{22}\\.[A-Za-z0-9_\\-]{43}', literals: ['SG.'], maxLength: 69,
    sample: (r) => `SENDGRID_API_KEY=SG.${randomString(r, B64URL, 22)}.${randomString(r, B64URL, 43)}` },
  { id: 'shopify-token', type: 'SERVICE_API_TOKEN', token: 'shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}', literals: ['shpat_', 'shpca_', 'shppa_', 'shpss_'], maxLength: 38,
    sample: (r) => `X-Shopify-Access-Token: shpat_${randomString(r, HEX, 32)}` },
  { id: 'square-token', type: 'SERVICE_API_TOKEN', token: 'EAAA[A-Za-z0-9_\\-]{60}|sq0atp-[A-Za-z0-9_\\-]{22}|sq0csp-[A-Za-z0-9_\\-]{43}',
    literals: ['EAAA', 'sq0atp-', 'sq0csp-'], maxLength: 64, sample: (r) => `SQUARE_ACCESS_TOKEN=EAAA${randomString(r, B64URL, 60)}` },
  // Forty-fourth round. Meta (Facebook, Instagram, WhatsApp) Graph API access tokens: `EAA` and a hundred or
  // more letters and digits, mixed; a Square token (`EAAA` + 60, with `-` and `_`) is too short to be one.
  { id: 'meta-access-token', type: 'SERVICE_API_TOKEN', token: 'EAA[A-Za-z0-9]{100,400}', literals: ['EAA'], maxLength: 403, score: 0.85,
    validate: (t) => mix(t) === 7, sample: (r) => `curl "https://graph.facebook.com/v19.0/me?access_token=EAA${randomString(r, 'BCGIJM', 1)}${randomString(r, ALNUM, 180)}"` },
  // Twilio API key SIDs (SK + 32 hex, the key's identity that goes with its secret).
  { id: 'twilio-api-key', type: 'SERVICE_API_TOKEN', token: 'SK[0-9a-f]{32}', literals: ['SK'], keywords: [], maxLength: 34, score: 0.85,
    sample: (r) => `TWILIO_API_KEY=SK${randomString(r, HEX, 32)}` },
  // Mailchimp: 32 hex digits and the data centre (`-us21`); Mailgun: `key-` and 32 hex digits.
  { id: 'mailchimp-api-key', type: 'SERVICE_API_TOKEN', token: '[0-9a-f]{32}-us[0-9]{1,2}', literals: ['-us'], keywords: [], within: 32, maxLength: 37,
    sample: (r) => `mailchimp.setConfig({ apiKey: "${randomString(r, HEX, 32)}-us${1 + Math.floor(r() * 21)}", server: "us6" });` },
  { id: 'mailgun-api-key', type: 'SERVICE_API_TOKEN', token: 'key-[0-9a-f]{32}', literals: ['key-'], keywords: [], maxLength: 36, score: 0.85,
    sample: (r) => `MAILGUN_API_KEY=key-${randomString(r, HEX, 32)}` },
  // Plaid access tokens (an environment and a UUID) and Braintree access tokens (a merchant id and 32 hex digits).
  { id: 'plaid-access-token', type: 'SERVICE_API_TOKEN', token: 'access-(?:sandbox|development|production)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}',
    literals: ['access-sandbox-', 'access-development-', 'access-production-'], keywords: ['-sandbox-', '-development-', '-production-'], maxLength: 55,
    sample: (r) => `{"access_token": "access-${['sandbox', 'development', 'production'][Math.floor(r() * 3)]}-${uuid(r)}", "item_id": "${randomString(r, ALNUM, 24)}"}` },
  { id: 'braintree-access-token', type: 'SERVICE_API_TOKEN', token: 'access_token\\$(?:production|sandbox)\\$[a-z0-9]{16}\\$[a-f0-9]{32}',
    literals: ['access_token$production$', 'access_token$sandbox$'], keywords: ['token$'], maxLength: 73,
    sample: (r) => `BRAINTREE_ACCESS_TOKEN=access_token$production$${randomString(r, 'abcdefghijklmnopqrstuvwxyz0123456789', 16)}$${randomString(r, HEX, 32)}` },
  // age identities (file-encryption private keys): a bech32 string, upper-case.
  { id: 'age-secret-key', type: 'PRIVATE_KEY', token: 'AGE-SECRET-KEY-1[QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L]{58}', literals: ['AGE-SECRET-KEY-1'], keywords: ['-secret-key-1'], maxLength: 74,
    sample: (r) => `# created: 2024-05-01T10:00:00Z\n# public key: age1${randomString(r, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l', 58)}\nAGE-SECRET-KEY-1${randomString(r, BECH32_UPPER, 58)}\n` },
];

/** Finding types of the vendor rules. */
export const VENDOR_TYPES: readonly string[] = [...new Set(SPECS.map((s) => s.type))];

/**
 * The rules. A prefix literal is both the keyword that gates the rule and its anchor, case-sensitive
 * (the formats are; Spec.keywords may say otherwise); the token must not continue past its body (END) or start inside a word (\b,
 * or the look-behind a digit or letter gives for the formats that start with their body).
 */
export const VENDOR_RULES: readonly SecretRule[] = SPECS.map((s) => {
  const accept = s.validate;
  return {
    id: s.id,
    type: s.type,
    regex: `\\b(${s.token})${END}`,
    group: 1,
    keywords: s.keywords ?? s.literals.map((l) => l.toLowerCase()),
    anchor: { literals: s.literals, within: s.within ?? 0, caseSensitive: true },
    score: s.score ?? 0.9,
    maxLength: s.maxLength + 1,
    ...(s.stopwords !== undefined ? { stopwords: s.stopwords } : {}),
    ...(accept !== undefined ? { validate: (t: string) => (accept(t) ? {} : null) } : {}),
    sample: s.sample,
  };
});
