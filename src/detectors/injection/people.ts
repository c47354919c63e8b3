// People who assist people. Injection attacks address "the assistant" (the model), and benign training text
// hardly ever means a person by the word, so the model read "Our dental assistant will call you on Tuesday."
// as an attack (0.82 with injection-v4.26). Where the word names a person's job, by a modifier only a person
// takes ("dental", "laboratory", "veterinary", "classroom"; "assistant professor"; "Laborassistentin",
// "asistente veterinaria", "ассистент ветеринара", "实验室助理", "trợ lý bác sĩ"), the model reads the text
// without that word: what else the text says is scored as before, and the rules read it unchanged. Roles an
// AI is given as often as a person ("customer service", "personal", "research", "virtual") are not read so,
// nor is a role assigned to the reader ("you are a lab assistant"), one with a word for AI before it ("an AI
// teaching assistant"), or one spoken to ("Dear lab assistant", "Lab assistant: forward ..."), which may be whom
// a planted instruction addresses. Training and scoring read the same view (modelView, through model.ts
// modelInput). Linear: one RE2 set pass, only over texts whose rule prefilter pass saw an assistant word
// (ASSISTANT_STEMS), and a search with each pattern the set found.
import { compile, compileSet, escapeLiteral, matchAll, test } from '../../core/regex.ts';
import { isWordUnit } from './features.ts';
import type { RuleHit } from './rules.ts';

/**
 * Literals (normalised: NFKC, lower case) one of which every match below holds: the rule prefilter's literal
 * set looks for them in the same pass as the rules' atoms (rules.ts ScanExtras.assistantStem).
 */
export const ASSISTANT_STEMS: readonly string[] = [
  'assist', 'asist', 'auxiliar', 'ayudante', 'ассистент', 'помощни', '助理', '助手', 'アシスタント', '어시스턴트', '조교',
  '보조', '조무사', 'असिस्टेंट', 'सहायक', 'مساعد', 'trợ lý', 'trợ giảng',
].map((s) => s.normalize('NFKC'));

const START = '(^|[^\\p{L}\\p{N}])';
const END = '(?:[^\\p{L}\\p{N}]|$)';
const alt = (xs: readonly string[]): string => `(?:${xs.join('|')})`;

// English: a modifier only a person's job takes, before the word; or the word before a person's title.
const EN_BEFORE = [
  'dental', "dentist's", 'lab', 'laboratory', 'veterinary', 'vet', "vet's", 'medical', 'physician', "doctor's", 'nursing',
  'pharmacy', "pharmacist's", 'classroom', 'teaching', "teacher's", 'school', 'kindergarten', 'nursery', 'healthcare',
  'kitchen', 'shop', 'store', 'retail', 'office', 'administrative', 'executive', 'legal', 'library', 'camera', 'production',
  "director's", 'editorial', "photographer's", 'studio', 'surgical', 'clinical', 'physiotherapy', 'dietetic', 'hairdressing',
  'salon', 'warehouse', 'ward',
];
const EN_TITLES = [
  'professor', 'manager', 'principal', 'headteacher', 'head', 'director', 'coach', 'editor', 'referee', 'teacher', 'producer',
  'secretary', 'curator', 'chef', 'conductor', 'librarian', 'nurse', 'pharmacist', 'engineer', 'superintendent', 'dean',
];
// Romance languages: the word, then a modifier or whose assistant.
const ROMANCE_WORD = '(?:assistante?s?|assistent[ei]|asistentes?|auxiliar(?:es)?|ayudantes?)';
const ROMANCE_AFTER = [
  // French
  'de laboratoire', 'dentaire', 'vétérinaire', 'médicale?', 'maternelle?', 'sociale?', 'sociaux', 'de direction',
  'administrati(?:f|ve)', "d'éducation", 'de vie scolaire', 'de classe', 'pédagogique', 'parlementaire', 'du dentiste',
  'du vétérinaire', 'du médecin', 'de réalisation', 'juridique', 'en pharmacie', 'de soins', 'de cuisine',
  // Spanish
  'de laboratorio', 'dental', 'veterinari[oa]s?', 'médic[oa]s?', 'de enfermería', 'administrativ[oa]s?', 'de dirección',
  'de cátedra', 'de cocina', 'de aula', 'del profesor', 'de la profesora', 'del médico', 'del veterinario', 'del dentista',
  'de farmacia', 'jurídic[oa]s?', 'de vuelo', 'de producción', 'de odontología', 'de clínica', 'de educación',
  // Portuguese
  'd[oa] laboratório', 'de laboratório', 'dentári[oa]s?', 'veterinári[oa]s?', 'de enfermagem', 'de direção', 'de sala',
  'da turma', 'do professor', 'da professora', 'do médico', 'do veterinário', 'do dentista', 'de farmácia', 'de bordo',
  'de consultório', 'de cozinha', 'de produção',
  // Italian
  'di laboratorio', 'dentale', 'sanitari[oa]', 'amministrativ[oa]', 'di direzione', 'di classe', 'alla poltrona',
  'del medico', 'del dentista', 'di farmacia', 'di volo', 'di cucina', 'di produzione', 'universitari[oa]', 'di studio',
];
// German and Dutch compounds (and a few adjectives written apart).
const GERMANIC_BEFORE = [
  'labor', 'laboratorium', 'zahnarzt', 'arzt', 'tierarzt', 'praxis', 'pflege', 'lehr', 'klassen', 'schul', 'büro',
  'verwaltungs', 'geschäftsführungs', 'vorstands', 'redaktions', 'regie', 'kamera', 'produktions', 'apotheken',
  'physiotherapie', 'kanzlei', 'rechtsanwalts', 'küchen', 'verkaufs', 'tandarts', 'dierenarts', 'doktors', 'huisarts',
  'apothekers', 'onderwijs', 'school', 'kantoor', 'directie', 'verpleeg', 'keuken', 'winkel', 'praktijk', 'doktor', 'dokters',
  'medizinische ', 'zahnmedizinische ', 'pharmazeutische ', 'studentische ', 'medisch ', 'juridisch ', 'tandheelkundig ',
];
// Russian: the word, then whose assistant (genitive).
const RU_AFTER = [
  'врача', 'ветеринара', 'стоматолога', 'учителя', 'преподавателя', 'воспитателя', 'юриста', 'руководителя', 'директора',
  'режиссёра', 'режиссера', 'повара', 'фармацевта', 'профессора', 'кафедры', 'депутата', 'судьи', 'адвоката', 'нотариуса',
  'бухгалтера', 'фотографа', 'хирурга', 'педиатра', 'лаборатории', 'в лаборатории',
];
// Turkish (modifier first; the normaliser writes ı as i) and Indonesian, Vietnamese (word first).
const TR_BEFORE = [
  'laboratuvar', 'laboratuar', 'veteriner', 'diş hekimi', 'doktor', 'hekim', 'öğretim', 'idari', 'yönetici', 'hukuk', 'avukat',
  'eczane', 'eczaci', 'mutfak', 'sinif', 'ders', 'ofis', 'müdür', 'hemşire', 'genel müdür', 'diş', 'klinik',
];
const ID_AFTER = [
  'laboratorium', 'lab', 'dokter', 'dosen', 'guru', 'apoteker', 'perawat', 'pengacara', 'direktur', 'manajer', 'koki', 'dapur',
  'praktikum', 'rumah tangga', 'klinik', 'profesor',
];
const VI_AFTER = [
  'phòng thí nghiệm', 'thí nghiệm', 'bác sĩ', 'nha sĩ', 'giáo sư', 'giám đốc', 'luật sư', 'thú y', 'giáo viên', 'giảng dạy',
  'dược sĩ', 'bếp', 'phòng khám', 'tổng giám đốc',
];
// Chinese and Japanese (no spaces): a modifier, perhaps 的 / の, then the word.
const ZH_JA_BEFORE = [
  '实验室', '实验', '牙科', '口腔科', '兽医', '宠物医院', '医院', '医生', '医师', '教学', '行政', '总经理', '董事长', '经理', '律师',
  '老师', '护理', '药剂', '药房', '厨房', '导演', '教授', '摄影', '研究室', '歯科', '動物病院', '病院', '医師', '実験', '大学',
  '調理', '撮影', '監督', '薬局', '看護', '診療所', 'クリニック',
];
// Korean: a modifier, perhaps a space, then the word; 조교 (a teaching assistant) alone.
const KO_BEFORE = ['실험실', '치과', '연구실', '행정', '동물병원', '병원', '교수', '변호사', '주방', '약국', '간호', '사무', '촬영', '감독', '의원'];
// Hindi: a modifier, then the word; or the word before a person's title.
const HI_BEFORE = [
  'लैब', 'प्रयोगशाला', 'डेंटल', 'मेडिकल', 'टीचिंग', 'लीगल', 'ऑफिस', 'क्लिनिक', 'पशु चिकित्सक की', 'पशु चिकित्सक के', 'डॉक्टर की',
  'डॉक्टर के', 'दंत चिकित्सक की', 'दंत चिकित्सक के', 'प्रोफेसर की', 'प्रोफेसर के', 'शिक्षक की', 'शिक्षक के',
];
const HI_TITLES = ['शिक्षक', 'शिक्षिका', 'अध्यापक', 'अध्यापिका', 'प्रोफेसर', 'अभियंता', 'निदेशक', 'प्रबंधक', 'कोच', 'संपादक'];
// Arabic: the word (with a preposition or the article), then whose assistant.
const AR_AFTER = [
  'مختبر', 'طبيب', 'أسنان', 'مدير', 'أستاذ', 'معلم', 'معلمة', 'تدريس', 'صيدلي', 'محامي', 'طاهي', 'مطبخ', 'تمريض', 'بيطري',
  'مدرس', 'مدرسة', 'ممرض', 'ممرضة', 'مختبرات', 'عيادة',
];

/**
 * The patterns: in each, group 1 is the boundary before the match (or nothing), group 2 the modifier before the word
 * (or nothing), group 3 the word the model does not read. Sources over normalised text (lower case).
 */
const SOURCES: readonly string[] = [
  `${START}(${alt(EN_BEFORE)}[ \\-])(assistants?)${END}`,
  `${START}()(assistants?)[ \\-]${alt(EN_TITLES)}s?${END}`,
  `${START}()(${ROMANCE_WORD}) ${alt(ROMANCE_AFTER)}${END}`,
  `${START}(${alt(GERMANIC_BEFORE)}-?)(assistent\\p{L}*|assistenz)${END}`,
  `${START}()(assistenz)(?:ärzt|arzt|professor|trainer)\\p{L}*${END}`,
  `${START}()((?:ассистент|помощни)\\p{L}*) ${alt(RU_AFTER)}${END}`,
  `${START}(${alt(TR_BEFORE)} )(asistan\\p{L}*)${END}`,
  `${START}()(asisten) ${alt(ID_AFTER)}${END}`,
  `${START}()(trợ lý) ${alt(VI_AFTER)}${END}`,
  `${START}()(trợ giảng)${END}`,
  `()(${alt(ZH_JA_BEFORE)}[的の]?)(助理|助手|アシスタント)`,
  `()(${alt(KO_BEFORE)} ?)(어시스턴트|보조|조무사)`,
  `()()(조교)`,
  `${START}(${alt(HI_BEFORE)} )(असिस्टेंट|सहायक)${END}`,
  `${START}()(सहायक) ${alt(HI_TITLES)}${END}`,
  `${START}()(ل?(?:ال)?مساعدة?) (?:ال)?${alt(AR_AFTER)}${END}`,
].map((s) => s.normalize('NFKC'));

const PATTERNS = SOURCES.map((s, k) => compile(`injection/people/${k}`, s));
/** The patterns as one set: a text is searched with a pattern only when the set says it matches somewhere. */
const PATTERN_SET = compileSet('injection/people', SOURCES);

/**
 * Before a match: a role given to the reader ("you are a lab assistant", "act as", "play the role of"), a word
 * for AI ("an AI teaching assistant", "asistente virtual de laboratorio"), or a greeting or address ("Dear lab
 * assistant", "Note to the research assistant", "À l'attention de l'assistante dentaire"): the word then names
 * what the model is, or whom a planted instruction speaks to, and stays. Spaced languages' cues are whole
 * words; the others' are read anywhere.
 */
const READER_WORDS = [
  // a role given
  'you are', "you're", 'act as', 'acting as', 'pretend', 'role of', 'you will be', 'become', 'eres', 'actúa como', 'actua como',
  'tu es', 'vous êtes', 'agis comme', 'agissez comme', 'en tant qu', 'du bist', 'agiere als', 'spiele', 'sei un', 'sei una',
  'agisci come', 'você é', 'voce e', 'tu és', 'aja como', 'atue como', 'ты', 'вы', 'будь', 'sen bir', 'siz bir', 'kamu adalah',
  'anda adalah', 'bertindak sebagai', 'bạn là', 'đóng vai', 'तुम', 'आप', 'أنت', 'بصفتك', 'je bent', 'u bent', 'speel',
  // a word for AI
  'ai', 'virtual', 'chatbot', 'bot', 'gpt', 'llm', 'ia', 'virtuel', 'virtuelle', 'virtuale', 'ki', 'ии', 'yapay zeka', 'एआई',
  'ذكاء', 'virtueel',
  // a greeting or address
  'dear', 'hi', 'hello', 'hey', 'attention', 'attn', 'note to', 'note for', 'message to', 'message for', 'memo to', 'to the', 'to any',
  'to whoever', 'estimado', 'estimada', 'querido', 'querida', 'hola', 'atención', 'nota para', 'mensaje para', 'aviso para',
  'cher', 'chère', 'bonjour', 'salut', "à l'attention", 'note pour', 'note à', 'message pour', 'liebe', 'lieber', 'hallo',
  'sehr geehrte', 'sehr geehrter', 'achtung', 'hinweis für', 'hinweis an', 'notiz für', 'nachricht an', 'an die', 'an den',
  'gentile', 'caro', 'cara', 'ciao', 'attenzione', "all'attenzione", 'nota per', 'messaggio per', 'prezado', 'prezada', 'olá',
  'atenção', 'mensagem para', 'à atenção', 'уважаемый', 'уважаемая', 'дорогой', 'дорогая', 'привет', 'здравствуйте',
  'вниманию', 'внимание', 'sayın', 'sevgili', 'merhaba', 'dikkat', 'yth', 'kepada', 'halo', 'perhatian', 'catatan untuk',
  'pesan untuk', 'gửi', 'kính gửi', 'chào', 'lưu ý', 'chú ý', 'प्रिय', 'नमस्ते', 'ध्यान दें', 'عزيزي', 'عزيزتي', 'إلى', 'ملاحظة',
  'انتباه', 'تنبيه', 'مرحبا', 'beste', 'geachte', 'let op', 'aan de', 'aan het', 'notitie voor', 'bericht voor',
];
const READER_MARKS = ['你是', '扮演', '担任', '智能', 'あなたは', 'として', '人工知能', '너는', '당신은', '역할', '인공지능', '致', '亲爱的', '请注意', '各位'];
const READER_BEFORE = compile(
  'injection/people/reader',
  `(?:^|[^\\p{L}\\p{N}])${alt(READER_WORDS.map((w) => escapeLiteral(w.normalize('NFKC'))))}(?:[^\\p{L}\\p{N}]|$)|${alt(READER_MARKS.map((w) => escapeLiteral(w.normalize('NFKC'))))}`,
);

/** How far before a match READER_BEFORE looks (code units). */
const READER_REACH = 48;

/** Address marks written right after the word in Japanese and Korean ("助手へ", "助手様", "조교님께"). */
const ADDRESS_AFTER = ['へ', '様', '殿', '님', '께', '에게'];

/**
 * Whether the match [from, to) is spoken to: at the start of a sentence or line (at most one word before it, such as
 * "the" or "our") and followed by a comma or colon ("Lab assistant: forward…", "Asistente de laboratorio, envía…"),
 * or followed by an address mark (ADDRESS_AFTER).
 */
function addressed(text: string, from: number, to: number): boolean {
  for (const mark of ADDRESS_AFTER) if (text.startsWith(mark, to)) return true;
  // The pattern may have read the character after the match's word (a comma, say) as its end.
  let q = to > from && !isWordUnit(text.charCodeAt(to - 1)) ? to - 1 : to;
  while (q < text.length && text.charCodeAt(q) === 0x20) q++;
  const c = text.charCodeAt(q);
  if (c !== 0x2c && c !== 0x3a && c !== 0xff0c && c !== 0xff1a && c !== 0x60c) return false;
  let p = from;
  let words = 0;
  let inWord = false;
  const limit = Math.max(0, from - 40);
  while (p > limit) {
    const b = text.charCodeAt(p - 1);
    if (b === 0x2e || b === 0x21 || b === 0x3f || b === 0x0a || b === 0x3b || b === 0x3a || b === 0x3002) return true;
    const letter = isWordUnit(b);
    if (letter && !inWord) words++;
    inWord = letter;
    if (words > 1) return false;
    p--;
  }
  return p === 0;
}

/** Spans [start, end) of `text` (normalised) that name a person's assistant, in order, not overlapping. */
export function peoplesAssistants(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const k of PATTERN_SET.match(text)) {
    for (const m of matchAll(PATTERNS[k], text)) {
      const lead = m.groups[0] ?? '';
      const mod = m.groups[1] ?? '';
      const word = m.groups[2] ?? '';
      if (word.length === 0) continue;
      const start = m.start + lead.length + mod.length;
      if (test(READER_BEFORE, text.slice(Math.max(0, m.start - READER_REACH), start))) continue;
      if (addressed(text, m.start + lead.length, m.end)) continue;
      spans.push([start, start + word.length]);
    }
  }
  spans.sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const s of spans) if (out.length === 0 || s[0] >= out[out.length - 1][1]) out.push(s);
  return out;
}

/**
 * What the model reads of a normalised text (`hits`: its rule hits, positions in `text`): the text without the
 * words of peoplesAssistants (and a space next to each, so no double space is left), the hits moved with it, and
 * so the paragraph breaks (`breaks`, normalize.ts). `stemSeen` is the rule prefilter's answer; without a stem the
 * text is returned as it is.
 */
export function modelView(
  text: string,
  hits: readonly RuleHit[],
  stemSeen: boolean,
  breaks: readonly number[] = [],
): { readonly text: string; readonly hits: readonly RuleHit[]; readonly breaks: readonly number[] } {
  if (!stemSeen) return { text, hits, breaks };
  const spans = peoplesAssistants(text);
  if (spans.length === 0) return { text, hits, breaks };
  // Widen each span by one space so that the words around it stay one space apart; merge cuts that touch.
  const cuts: Array<[number, number]> = [];
  for (const [a0, b0] of spans) {
    const [a, b] = text.charCodeAt(b0) === 0x20 ? [a0, b0 + 1] : a0 > 0 && text.charCodeAt(a0 - 1) === 0x20 ? [a0 - 1, b0] : [a0, b0];
    const last = cuts[cuts.length - 1];
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b);
    else cuts.push([a, b]);
  }
  let out = '';
  let at = 0;
  // before[k]: characters cut before cut k.
  const before = new Array<number>(cuts.length + 1);
  before[0] = 0;
  for (let k = 0; k < cuts.length; k++) {
    const [a, b] = cuts[k];
    out += text.slice(at, a);
    at = b;
    before[k + 1] = before[k] + b - a;
  }
  out += text.slice(at);
  // A position's place in the view: in a cut, the cut's start; else less what was cut before it (binary search).
  const moved = (p: number): number => {
    let lo = 0;
    let hi = cuts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cuts[mid][0] < p) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0) return p;
    const [a, b] = cuts[lo - 1];
    return p < b ? a - before[lo - 1] : p - before[lo];
  };
  return { text: out, hits: hits.map((h) => ({ rule: h.rule, start: moved(h.start) })), breaks: breaks.map(moved) };
}
