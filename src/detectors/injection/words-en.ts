// English words for reading text written with no spaces ("ignoreallpreviousinstructions"; spelled.ts
// runTogether): the language's most frequent function words and verbs, and the vocabulary of instructions
// to a model (what to ignore, reveal, print and pretend). Lower case, ASCII. Written for this project.
export const EN_WORDS: readonly string[] = [
  // Function words.
  'a', 'i', 'an', 'the', 'and', 'or', 'but', 'nor', 'so', 'yet', 'if', 'then', 'than', 'else', 'as', 'at', 'by', 'for', 'from',
  'in', 'into', 'onto', 'of', 'off', 'on', 'out', 'over', 'under', 'up', 'down', 'to', 'with', 'within', 'without', 'about',
  'above', 'below', 'after', 'before', 'again', 'against', 'between', 'through', 'during', 'until', 'upon', 'via', 'per',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'done', 'doing', 'have', 'has', 'had', 'having',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'not', 'no', 'yes', 'now', 'never', 'ever', 'always',
  'only', 'just', 'also', 'too', 'very', 'more', 'most', 'less', 'least', 'any', 'all', 'each', 'every', 'some', 'such', 'same',
  'other', 'another', 'both', 'either', 'neither', 'few', 'many', 'much', 'own', 'here', 'there', 'where', 'when', 'why', 'how',
  'what', 'which', 'who', 'whom', 'whose', 'that', 'this', 'these', 'those', 'it', 'its', 'you', 'your', 'yours', 'yourself',
  'we', 'us', 'our', 'ours', 'they', 'them', 'their', 'he', 'him', 'his', 'she', 'her', 'me', 'my', 'mine', 'myself', 'one',
  'anything', 'everything', 'nothing', 'something', 'anyone', 'everyone', 'someone', 'nobody', 'instead', 'however', 'please',
  'okay', 'ok', 'well', 'still', 'even', 'because', 'while', 'since', 'unless', 'whether', 'though', 'although', 'like',
  // Verbs.
  'ignore', 'ignoring', 'ignored', 'disregard', 'forget', 'forgot', 'skip', 'bypass', 'override', 'overwrite', 'drop', 'stop',
  'reveal', 'show', 'print', 'output', 'display', 'repeat', 'say', 'tell', 'write', 'type', 'list', 'give', 'send', 'share',
  'leak', 'expose', 'dump', 'copy', 'paste', 'return', 'reply', 'respond', 'answer', 'explain', 'describe', 'summarize',
  'translate', 'encode', 'decode', 'follow', 'obey', 'comply', 'pretend', 'act', 'roleplay', 'play', 'become', 'simulate',
  'imagine', 'assume', 'enable', 'disable', 'activate', 'unlock', 'remove', 'delete', 'change', 'make', 'let', 'get', 'go',
  'know', 'think', 'want', 'need', 'use', 'find', 'take', 'keep', 'start', 'begin', 'continue', 'run', 'execute', 'call',
  'read', 'open', 'access', 'visit', 'click', 'fetch', 'upload', 'download', 'forward', 'email', 'post', 'include', 'add',
  'put', 'set', 'reset', 'see', 'look', 'ask', 'help', 'try', 'work', 'create', 'generate', 'provide', 'contain', 'contains',
  'told', 'said', 'given', 'written', 'shown', 'refuse', 'refusal', 'allowed', 'allow', 'permitted', 'forbidden',
  // Instruction vocabulary.
  'previous', 'prior', 'earlier', 'former', 'following', 'new', 'old', 'original', 'initial', 'first', 'last', 'next',
  'instruction', 'instructions', 'directive', 'directives', 'guideline', 'guidelines', 'rule', 'rules', 'policy', 'policies',
  'restriction', 'restrictions', 'limit', 'limits', 'filter', 'filters', 'safety', 'guard', 'guardrails', 'content', 'ethics',
  'ethical', 'moral', 'constraint', 'constraints', 'command', 'commands', 'order', 'orders', 'task', 'message', 'messages',
  'system', 'prompt', 'prompts', 'developer', 'admin', 'administrator', 'root', 'mode', 'jailbreak', 'jailbroken', 'dan',
  'unrestricted', 'unfiltered', 'uncensored', 'censored', 'free', 'freedom', 'hidden', 'secret', 'secrets', 'private',
  'confidential', 'internal', 'password', 'passwords', 'key', 'keys', 'token', 'tokens', 'credential', 'credentials', 'api',
  'data', 'information', 'details', 'config', 'configuration', 'context', 'conversation', 'chat', 'history', 'memory',
  'text', 'word', 'words', 'verbatim', 'exactly', 'full', 'whole', 'entire', 'complete', 'raw', 'real', 'true', 'actual',
  'assistant', 'model', 'ai', 'bot', 'chatbot', 'user', 'human', 'person', 'character', 'role', 'persona', 'identity',
  'opposite', 'evil', 'bad', 'good', 'harmful', 'dangerous', 'illegal', 'legal', 'answers', 'response', 'responses',
  'replies', 'question', 'questions', 'request', 'requests', 'way', 'time', 'thing', 'things', 'world', 'life',
  'day', 'today', 'forever', 'anymore', 'longer', 'matter', 'important', 'urgent', 'immediately', 'right', 'away',
  'url', 'link', 'site', 'website', 'server', 'file', 'files', 'document', 'documents', 'image', 'code', 'script', 'tool',
];

/** EN_WORDS as a set (look-ups). */
export const EN_WORD_SET: ReadonlySet<string> = new Set(EN_WORDS);
