// Title and job cues for the TITLE recognizer, from general knowledge (common English honorifics,
// military/civic/religious forms of address, and everyday occupations). Not derived from any
// evaluation set.

/** Capitalised words used as a title directly before a name. */
export const WORD_TITLES = new Set([
  'Professor', 'Doctor', 'Reverend', 'Rabbi', 'Imam', 'Pastor', 'Bishop', 'Archbishop', 'Cardinal', 'Sheikh', 'Judge', 'Justice',
  'Senator', 'Congressman', 'Congresswoman', 'Representative', 'Governor', 'Mayor', 'President', 'Ambassador', 'Chancellor',
  'Minister', 'Councillor', 'Councilor', 'Captain', 'Colonel', 'General', 'Major', 'Lieutenant', 'Sergeant', 'Corporal',
  'Commander', 'Admiral', 'Officer', 'Detective', 'Inspector', 'Constable', 'Sheriff', 'Coach', 'Principal', 'Dean', 'Nurse',
  'Agent', 'Prince', 'Princess', 'King', 'Queen', 'Duke', 'Duchess', 'Baron', 'Baroness', 'Count', 'Countess',
]);

/** Word titles that are also ordinary words ("General", "Major", "Principal", "King"): weaker, and not on headings or after an article. */
export const WEAK_WORD_TITLES = new Set(['General', 'Major', 'Principal', 'Dean', 'Count', 'King', 'Queen', 'Prince', 'Princess', 'Duke',
  'Agent', 'Officer', 'Coach', 'Nurse', 'Representative', 'Minister', 'Justice', 'Judge', 'President', 'Doctor', 'Inspector']);

/** Words after a word title that make it something else ("General Motors", "Major League", "King Size"). */
export const TITLE_BREAKERS = new Set([
  'motors', 'electric', 'assembly', 'mills', 'dynamics', 'hospital', 'league', 'leagues', 'size', 'kong', 'james', 'street', 'road',
  'avenue', 'manager', 'counsel', 'secretary', 'executive', 'court', 'council', 'office', 'general', 'of', 'election', 'elections',
  'day', 'award', 'awards', 'version', 'edition', 'mode', 'key', 'version', 'update', 'release', 'class', 'account', 'accounts',
]);

/** Executive acronyms reported on their own (exact case). */
export const EXEC_ACRONYMS = new Set(['CEO', 'CFO', 'CTO', 'COO', 'CIO', 'CISO', 'CMO', 'CPO', 'CRO', 'CHRO', 'CDO', 'SVP', 'EVP']);

/** Phrases that introduce someone's job (lower case, matched before the title). */
export const ROLE_PHRASES = [
  'works as', 'work as', 'worked as', 'working as', 'employed as', 'hired as', 'promoted to', 'job title is', 'job title:', 'title:',
  'position:', 'role:', 'occupation:', 'profession:', 'occupation is', 'profession is', 'my job is', "i'm", 'i’m', 'i am', 'she is',
  'he is', 'she was', 'he was', 'i was', 'position of', 'serves as', 'served as', 'work as a', 'job as', 'career as',
];

/** Modifiers inside job titles. */
export const JOB_MODIFIERS = new Set([
  'senior', 'junior', 'lead', 'principal', 'staff', 'chief', 'head', 'assistant', 'associate', 'deputy', 'executive', 'regional',
  'general', 'managing', 'vice', 'interim', 'acting', 'registered', 'licensed', 'certified', 'qualified', 'trainee', 'apprentice',
  'freelance', 'independent', 'sr', 'jr',
]);

/** Occupation nouns (the last word of a job title). */
export const JOB_NOUNS = new Set([
  'engineer', 'developer', 'programmer', 'architect', 'designer', 'scientist', 'researcher', 'analyst', 'consultant', 'manager',
  'director', 'administrator', 'technician', 'specialist', 'coordinator', 'supervisor', 'officer', 'executive', 'president',
  'accountant', 'auditor', 'bookkeeper', 'banker', 'broker', 'trader', 'economist', 'actuary', 'underwriter', 'lawyer', 'attorney',
  'solicitor', 'barrister', 'paralegal', 'judge', 'notary', 'nurse', 'doctor', 'physician', 'surgeon', 'dentist', 'pharmacist',
  'therapist', 'psychologist', 'psychiatrist', 'paramedic', 'midwife', 'veterinarian', 'radiologist', 'pediatrician',
  'cardiologist', 'optometrist', 'physiotherapist', 'caregiver', 'teacher', 'professor', 'lecturer', 'tutor', 'librarian',
  'principal', 'counselor', 'counsellor', 'firefighter', 'policeman', 'policewoman', 'detective', 'soldier', 'pilot', 'driver',
  'chef', 'cook', 'baker', 'waiter', 'waitress', 'bartender', 'barista', 'cashier', 'clerk', 'secretary', 'receptionist',
  'assistant', 'agent', 'representative', 'salesperson', 'salesman', 'saleswoman', 'recruiter', 'electrician', 'plumber',
  'carpenter', 'mechanic', 'welder', 'machinist', 'operator', 'contractor', 'builder', 'farmer', 'gardener', 'janitor',
  'custodian', 'journalist', 'reporter', 'editor', 'writer', 'author', 'translator', 'photographer', 'artist', 'musician',
  'actor', 'actress', 'producer', 'strategist', 'planner', 'entrepreneur', 'founder', 'cofounder', 'co-founder', 'owner',
  'intern', 'nanny', 'housekeeper', 'pharmacologist', 'biologist', 'chemist', 'physicist', 'mathematician', 'statistician',
  'surveyor', 'inspector', 'dispatcher', 'courier', 'advisor', 'adviser', 'ceo', 'cfo', 'cto', 'coo',
]);
