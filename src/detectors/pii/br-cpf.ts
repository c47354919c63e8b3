// BR_CPF: Brazilian individual taxpayer number (Cadastro de Pessoas Físicas), eleven digits written
// 000.000.000-00, whose last two are mod-11 check digits over the nine before (weights 10..2, then 11..2
// including the first check digit). One number in a hundred passes by chance: the written layout with
// both check digits is reported alone, other layouts (bare digits, 000000000-00) need a context word.
// A number of one repeated digit passes the check and is never issued: rejected.
import { allDigits, digitsOf, oneRepeatedChar } from '../checksums.ts';
import { dotJoined, hyphenJoined, type Recognizer } from '../recognizer.ts';

/** The check digit over the first n digits of d (weights n+1 down to 2). */
function checkDigit(d: string, n: number): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += (d.charCodeAt(i) - 48) * (n + 1 - i);
  const r = (s * 10) % 11;
  return r === 10 ? 0 : r;
}

export function cpfValid(d: string): boolean {
  if (d.length !== 11 || !allDigits(d) || oneRepeatedChar(d)) return false;
  return checkDigit(d, 9) === d.charCodeAt(9) - 48 && checkDigit(d, 10) === d.charCodeAt(10) - 48;
}

export const recognizer: Recognizer = {
  id: 'br_cpf',
  type: 'BR_CPF',
  country: 'BR',
  patterns: [
    { name: 'cpf', regex: '\\b\\d{3}\\.\\d{3}\\.\\d{3}-\\d{2}\\b', score: 0.5 },
    { name: 'bare', regex: '\\b\\d{9}-?\\d{2}\\b', score: 0.4, contextRequired: true },
  ],
  maxLength: 14,
  context: ['cpf', 'cadastro de pessoa', 'cadastro de pessoas', 'cpf/mf', 'taxpayer'],
  validate(value, text, start, end) {
    // Part of a longer dotted or dashed figure (an IP-like run, a version, a phone number with a prefix).
    if (hyphenJoined(text, start, end) || dotJoined(text, start, end)) return null;
    if (!cpfValid(digitsOf(value))) return null;
    return value.includes('.') ? { score: 0.85, note: 'check digits' } : { score: 0.5, note: 'check digits' };
  },
  examples: {
    match: ['CPF: 111.444.777-35', 'meu cpf é 11144477735', 'titular 529.982.247-25, conta corrente'],
    noMatch: ['111.444.777-36', '111.111.111-11', 'pedido 11144477735', 'versão 1.111.444.777-35', '529.982.247-25-1'],
  },
};
