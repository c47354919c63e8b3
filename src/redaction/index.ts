// Public surface of the redaction writer and placeholder vaults.
export {
  PLACEHOLDER_MAX_LENGTH, formatPlaceholder, placeholderKey, placeholderType, preparePlaceholders, redactText,
  redactTextWithVault, renderReplacement, resolveOverlaps, restorePlaceholders,
  type RedactContext, type RedactionSpan,
} from './redact.ts';
export { MemoryVault, type MemoryVaultOptions, type PlaceholderVault } from './vault.ts';
export { RedisVault, type RedisVaultOptions } from './redis-vault.ts';
