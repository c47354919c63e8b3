// US_DRIVER_LICENSE: US state formats vary (1–2 letters + 4–14 digits, 7–13 digits, dashed groups);
// none carries a checksum, so a licence context word is required.
import type { Recognizer } from '../recognizer.ts';

export const recognizer: Recognizer = {
  id: 'us_driver_license',
  type: 'US_DRIVER_LICENSE',
  country: 'US',
  patterns: [
    { name: 'alnum', regex: '\\b[A-Z]{1,2}\\d{4,14}\\b', score: 0.3, contextRequired: true },
    { name: 'digits', regex: '\\b\\d{7,13}\\b', score: 0.25, contextRequired: true },
    { name: 'dashed', regex: '\\b\\d{3,4}-\\d{2,3}-\\d{3,4}\\b', score: 0.25, contextRequired: true },
  ],
  maxLength: 16,
  context: ["driver's licen", 'drivers licen', 'driver licen', 'driving licen', 'dl#', 'dl no', 'dl number', 'license number', 'licence number', 'license #', 'license no'],
  contextBoost: 0.4,
  examples: {
    match: ["driver's license F162823540116", 'DL# 6940579', 'drivers license number: 2270-66-1551'],
    noMatch: ['F162823540116', 'license MIT 2024'],
  },
};
