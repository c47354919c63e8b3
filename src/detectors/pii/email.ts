// EMAIL: RFC 5321-shaped addresses (ASCII local part, dotted domain with a 2–24 letter TLD).
import type { Recognizer } from '../recognizer.ts';

export const recognizer: Recognizer = {
  id: 'email',
  type: 'EMAIL',
  patterns: [{
    name: 'email',
    regex: '[A-Za-z0-9][A-Za-z0-9._%+\\-]{0,63}@(?:[A-Za-z0-9](?:[A-Za-z0-9\\-]{0,61}[A-Za-z0-9])?\\.){1,8}[A-Za-z]{2,24}\\b',
    score: 0.9,
  }],
  maxLength: 64 + 1 + 255,
  context: ['email', 'e-mail', 'mail', 'contact', 'reach'],
  contextBoost: 0.1,
  validate(value) {
    const at = value.indexOf('@');
    const local = value.slice(0, at);
    if (local.endsWith('.') || local.includes('..')) return null;
    return {};
  },
  examples: {
    match: ['write to jane.doe+news@example.co.uk today', 'UtaKortig@jourrapide.com'],
    noMatch: ['user@localhost', 'name@@example.com', 'a.@example.com', 'version 1.2@3'],
  },
};
