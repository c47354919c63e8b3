// pino JSON logger. Never log prompt or response content: log sizes, hashes, ids and codes.
// Known header values that could carry credentials are redacted by path.
import pino from 'pino';

const level = process.env.LLM_BOUNDARY_LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info');

export const logger = pino({
  level,
  base: { service: 'llm-boundary' },
  redact: {
    paths: ['headers.authorization', 'headers["x-api-key"]', 'headers.cookie', 'token', 'secret', 'body', 'content', 'text'],
    censor: '[REDACTED]',
  },
});

export type Logger = pino.Logger;
