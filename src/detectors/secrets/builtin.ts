// Built-in secret rules: key formats of the major clouds, VCS hosts, payment and chat platforms and
// LLM providers, JWTs, private-key blocks, connection strings with passwords, and keyword-gated
// high-entropy values. Patterns are written for RE2 (no lookaround): where a token may end in a
// character \b cannot see, the rule consumes one trailing delimiter and takes the secret from group 1.
//
// Score meaning: 0.95 distinctive prefix + fixed length (+ structure check where one exists);
// 0.85–0.9 distinctive prefix, variable length; 0.7–0.8 keyword/context-gated formats;
// 0.5–0.7 generic keyword + entropy; ≤ 0.5 public or test-only values (Stripe publishable keys).
import { ALNUM, B64, B64URL, HEX, UPPER_ALNUM, randomString, type Rand, type SecretRule } from './rule.ts';
import { jwtRule } from './jwt.ts';
import { VENDOR_RULES } from './vendors.ts';
import { HTTP_CREDENTIAL_RULES } from './http-credentials.ts';
import { privateKeyBase64Rule, privateKeyRule } from './private-key.ts';
import { connectionStringRule } from './connection-string.ts';
import { genericSecretRule, quotedPassphraseRule, shortPasswordRule } from './generic.ts';
import { seedPhraseRule } from './seed-phrase.ts';
import { CRYPTO_KEY_RULES } from './crypto-keys.ts';

const END = '(?:[^A-Za-z0-9_\\-]|$)';
const pick = <T>(rand: Rand, xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
/**
 * Keywords that double as the rule's anchor: every match of the rule's regex contains one of them
 * (in any case) starting at most `within` characters after the match start (checked per rule by
 * test/detectors/secrets-anchors.test.ts).
 */
const anchoredKeywords = (keywords: readonly string[], within: number): Pick<SecretRule, 'keywords' | 'anchor'> => ({ keywords, anchor: { literals: keywords, within } });
const LOWER_ALNUM = 'abcdefghijklmnopqrstuvwxyz0123456789';
const BASE32ISH = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export const BUILTIN_RULES: readonly SecretRule[] = [
  {
    id: 'aws-access-key-id',
    type: 'AWS_ACCESS_KEY',
    regex: '\\b((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})\\b',
    group: 1,
    anchor: { literals: ['AKIA', 'ASIA', 'ABIA', 'ACCA'], within: 0, caseSensitive: true },
    score: 0.95,
    maxLength: 20,
    stopwords: ['example'],
    sample: (r) => `aws_access_key_id = ${pick(r, ['AKIA', 'ASIA'])}${randomString(r, BASE32ISH, 16)}`,
  },
  {
    id: 'aws-secret-access-key',
    type: 'AWS_SECRET_KEY',
    regex: '(?i:aws)?[_\\-.]?(?i:secret)[_\\-.]?(?i:access)?[_\\-.]?(?i:key)["\']?\\s{0,3}[:=]{1,2}>?\\s{0,3}["\']?([A-Za-z0-9/+]{40})(?:[^A-Za-z0-9/+=]|$)',
    group: 1,
    ...anchoredKeywords(['secret'], 4),
    entropy: 3.5,
    score: 0.9,
    maxLength: 100,
    sample: (r) => `aws_secret_access_key = "${randomString(r, B64, 40)}"`,
  },
  {
    id: 'gcp-api-key',
    type: 'GCP_API_KEY',
    regex: '(AIza[0-9A-Za-z_\\-]{35})' + END,
    group: 1,
    ...anchoredKeywords(['aiza'], 0),
    score: 0.95,
    maxLength: 40,
    sample: (r) => `key=AIza${randomString(r, ALNUM + '_-', 35)}&q=1`,
  },
  {
    id: 'gcp-service-account-key',
    type: 'GCP_SERVICE_ACCOUNT_KEY',
    regex: '"private_key_id"\\s*:\\s*"([0-9a-f]{40})"',
    group: 1,
    ...anchoredKeywords(['private_key_id'], 1),
    score: 0.9,
    maxLength: 64,
    sample: (r) => `{"type": "service_account", "private_key_id": "${randomString(r, HEX, 40)}"}`,
  },
  {
    id: 'azure-storage-key',
    type: 'AZURE_STORAGE_KEY',
    regex: '(?i:AccountKey)\\s*=\\s*([A-Za-z0-9+/]{86}==)',
    group: 1,
    ...anchoredKeywords(['accountkey'], 0),
    score: 0.95,
    maxLength: 110,
    sample: (r) => `DefaultEndpointsProtocol=https;AccountName=acct${randomString(r, LOWER_ALNUM, 6)};AccountKey=${randomString(r, B64, 86)}==;EndpointSuffix=core.windows.net`,
  },
  {
    id: 'azure-sas-signature',
    type: 'AZURE_STORAGE_KEY',
    regex: '[?&]sig=([A-Za-z0-9%+/]{40,120}(?:%3D|=){0,2})',
    group: 1,
    ...anchoredKeywords(['sig='], 1),
    entropy: 3.5,
    score: 0.75,
    maxLength: 130,
    sample: (r) => `https://acct.blob.core.windows.net/c/b?sv=2022-11-02&sp=r&sig=${randomString(r, ALNUM, 43)}%3D`,
  },
  {
    id: 'github-token',
    type: 'GITHUB_TOKEN',
    regex: '\\b((?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{36})\\b',
    group: 1,
    ...anchoredKeywords(['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], 0),
    score: 0.95,
    maxLength: 40,
    sample: (r) => `export GITHUB_TOKEN=${pick(r, ['ghp', 'gho', 'ghu', 'ghs', 'ghr'])}_${randomString(r, ALNUM, 36)}`,
  },
  {
    id: 'github-fine-grained-pat',
    type: 'GITHUB_TOKEN',
    regex: '\\b(github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})\\b',
    group: 1,
    ...anchoredKeywords(['github_pat_'], 0),
    score: 0.95,
    maxLength: 93,
    sample: (r) => `token: github_pat_${randomString(r, ALNUM, 22)}_${randomString(r, ALNUM, 59)}`,
  },
  {
    id: 'gitlab-token',
    type: 'GITLAB_TOKEN',
    regex: '\\b((?:glpat|gldt|glrt|glptt|glft|glsoat|gloas)-[A-Za-z0-9_\\-]{20,64})' + END,
    group: 1,
    ...anchoredKeywords(['glpat-', 'gldt-', 'glrt-', 'glptt-', 'glft-', 'glsoat-', 'gloas-'], 0),
    score: 0.9,
    maxLength: 72,
    sample: (r) => `PRIVATE-TOKEN: glpat-${randomString(r, ALNUM, 20)}`,
  },
  {
    id: 'stripe-secret-key',
    type: 'STRIPE_KEY',
    regex: '\\b((?:sk|rk)_(?:live|test)_[A-Za-z0-9]{24,99})\\b',
    group: 1,
    ...anchoredKeywords(['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_'], 0),
    score: 0.95,
    maxLength: 107,
    validate: (s) => (s.includes('_test_') ? { score: 0.7, note: 'test mode' } : {}),
    sample: (r) => `stripe.api_key = "${pick(r, ['sk', 'rk'])}_live_${randomString(r, ALNUM, 24 + Math.floor(r() * 70))}"`,
  },
  {
    id: 'stripe-publishable-key',
    type: 'STRIPE_KEY',
    regex: '\\b(pk_(?:live|test)_[A-Za-z0-9]{24,99})\\b',
    group: 1,
    ...anchoredKeywords(['pk_live_', 'pk_test_'], 0),
    score: 0.4,
    maxLength: 107,
    sample: (r) => `Stripe('pk_live_${randomString(r, ALNUM, 24)}')`,
  },
  {
    id: 'slack-token',
    type: 'SLACK_TOKEN',
    regex: '\\b(xox[baprs]-[0-9]{6,13}-[0-9A-Za-z\\-]{8,200})' + END + '|\\b(xapp-\\d-[A-Z0-9]{8,12}-\\d{8,14}-[a-f0-9]{32,80})\\b',
    ...anchoredKeywords(['xoxb-', 'xoxa-', 'xoxp-', 'xoxr-', 'xoxs-', 'xapp-'], 0),
    score: 0.95,
    maxLength: 220,
    sample: (r) => `SLACK_BOT_TOKEN=xoxb-${randomString(r, '0123456789', 12)}-${randomString(r, '0123456789', 13)}-${randomString(r, ALNUM, 24)}`,
  },
  {
    id: 'slack-webhook',
    type: 'SLACK_WEBHOOK',
    // services/T…/B…/secret; workflows/T…/A…/<numeric id>/secret and triggers/T…/<numeric id>/secret
    // (Workflow Builder webhooks) have one path segment more or a longer numeric one.
    regex: '(https://hooks\\.slack\\.com/(?:services|workflows|triggers)/(?:[A-Za-z0-9_]{8,24}/){1,3}[A-Za-z0-9_]{20,40})',
    group: 1,
    ...anchoredKeywords(['hooks.slack.com'], 8),
    score: 0.95,
    maxLength: 170,
    sample: (r) => `curl -X POST https://hooks.slack.com/services/T${randomString(r, UPPER_ALNUM, 8)}/B${randomString(r, UPPER_ALNUM, 10)}/${randomString(r, ALNUM, 24)} -d @msg.json`,
  },
  {
    id: 'discord-bot-token',
    type: 'DISCORD_TOKEN',
    regex: '\\b([MNO][A-Za-z0-9_\\-]{23,27}\\.[A-Za-z0-9_\\-]{6}\\.[A-Za-z0-9_\\-]{27,40})' + END,
    group: 1,
    score: 0.9,
    maxLength: 80,
    validate(s) {
      // The first part is the base64 of the bot's numeric snowflake id.
      const id = Buffer.from(s.slice(0, s.indexOf('.')), 'base64url').toString('latin1');
      if (id.length < 17 || id.length > 20) return null;
      for (let i = 0; i < id.length; i++) if (id[i] < '0' || id[i] > '9') return null;
      return { note: 'snowflake id' };
    },
    sample: (r) => {
      const id = String(1 + Math.floor(r() * 9)) + randomString(r, '0123456789', 17);
      return `DISCORD_TOKEN=${Buffer.from(id).toString('base64url')}.${randomString(r, B64URL, 6)}.${randomString(r, B64URL, 38)}`;
    },
  },
  {
    id: 'discord-webhook',
    type: 'DISCORD_TOKEN',
    regex: '(https://(?:ptb\\.|canary\\.)?discord(?:app)?\\.com/api/webhooks/\\d{17,20}/[A-Za-z0-9_\\-]{60,68})',
    group: 1,
    ...anchoredKeywords(['discord'], 15),
    score: 0.95,
    maxLength: 140,
    sample: (r) => `webhook: https://discord.com/api/webhooks/${randomString(r, '0123456789', 18)}/${randomString(r, B64URL, 68)}`,
  },
  {
    id: 'anthropic-api-key',
    type: 'ANTHROPIC_API_KEY',
    // api: API keys; admin: Admin API keys; sid: session keys; oat / ort: OAuth access and refresh tokens.
    regex: '\\b(sk-ant-(?:api|admin|sid|oat|ort)\\d{2}-[A-Za-z0-9_\\-]{80,120})' + END,
    group: 1,
    ...anchoredKeywords(['sk-ant-'], 0),
    score: 0.95,
    maxLength: 140,
    sample: (r) => `ANTHROPIC_API_KEY=sk-ant-api03-${randomString(r, B64URL, 93)}AA`,
  },
  {
    id: 'openai-api-key',
    type: 'OPENAI_API_KEY',
    regex: '\\b(sk-(?:proj|svcacct|admin|None)-[A-Za-z0-9_\\-]{20,200})' + END + '|\\b(sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20})\\b|\\b(sk-[A-Za-z0-9]{48})\\b',
    ...anchoredKeywords(['sk-'], 0),
    score: 0.95,
    maxLength: 220,
    validate: (s) => (s.startsWith('sk-ant-') ? null : {}),
    sample: (r) => pick(r, [
      () => `OPENAI_API_KEY=sk-proj-${randomString(r, B64URL, 48)}T3BlbkFJ${randomString(r, B64URL, 48)}`,
      () => `openai.api_key = "sk-${randomString(r, ALNUM, 20)}T3BlbkFJ${randomString(r, ALNUM, 20)}"`,
      () => `key sk-${randomString(r, ALNUM, 48)} end`,
    ])(),
  },
  {
    id: 'huggingface-token',
    type: 'HUGGINGFACE_TOKEN',
    regex: '\\b(hf_[A-Za-z0-9]{34,40})\\b',
    group: 1,
    ...anchoredKeywords(['hf_'], 0),
    score: 0.9,
    maxLength: 43,
    validate(s) {
      // Real tokens mix upper and lower case letters; identifiers such as hf_hub_download_helper do not match anyway.
      let up = false;
      let lo = false;
      for (const ch of s.slice(3)) {
        if (ch >= 'A' && ch <= 'Z') up = true;
        else if (ch >= 'a' && ch <= 'z') lo = true;
      }
      return up && lo ? {} : null;
    },
    sample: (r) => `HF_TOKEN=hf_${randomString(r, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34)}`,
  },
  ...VENDOR_RULES,
  ...HTTP_CREDENTIAL_RULES,
  jwtRule,
  privateKeyRule,
  privateKeyBase64Rule,
  seedPhraseRule,
  ...CRYPTO_KEY_RULES,
  connectionStringRule,
  genericSecretRule,
  shortPasswordRule,
  quotedPassphraseRule,
];
