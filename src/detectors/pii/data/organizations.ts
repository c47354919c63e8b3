// Organisation cues for the ORGANIZATION recognizer, from general knowledge: legal-form suffixes used
// in company registers worldwide, nouns that end the names of institutions, words that start them
// ("University of …"), and a short list of very well-known companies and institutions. Not derived
// from any evaluation set.

/** Legal-form suffixes, matched case-sensitively as written (a trailing "." is taken along). */
export const LEGAL_SUFFIXES = new Set([
  'Inc', 'INC', 'Incorporated', 'LLC', 'L.L.C', 'Ltd', 'LTD', 'Limited', 'Corp', 'CORP', 'Corporation', 'Co', 'GmbH', 'AG', 'SA',
  'S.A', 'SAS', 'SARL', 'SpA', 'S.p.A', 'SRL', 'S.r.l', 'Srl', 'BV', 'B.V', 'NV', 'N.V', 'AB', 'ASA', 'Oy', 'Oyj', 'PLC', 'Plc',
  'plc', 'LLP', 'L.P', 'PLLC', 'P.C', 'Pty', 'Pte', 'KG', 'KGaA', 'e.V', 'ApS', 'Bhd', 'Tbk', 'S.L', 'Ltda', 'LLLP',
]);

/** Nouns that end institutional names ("Acme Group", "Mercy Hospital"). Weaker than legal forms. */
export const ORG_NOUNS = new Set([
  'group', 'holdings', 'partners', 'associates', 'bank', 'bancorp', 'trust', 'capital', 'ventures', 'industries', 'enterprises',
  'technologies', 'systems', 'solutions', 'services', 'labs', 'laboratories', 'institute', 'foundation', 'hospital',
  'clinic', 'university', 'college', 'academy', 'school', 'agency', 'authority', 'council', 'association', 'society', 'federation',
  'union', 'club', 'church', 'airlines', 'airways', 'motors', 'pharmaceuticals', 'pharma', 'insurance', 'consulting', 'media',
  'studios', 'records', 'publishing', 'press', 'networks', 'communications', 'telecom', 'energy', 'petroleum', 'logistics',
  'software', 'electronics', 'entertainment', 'brands', 'foods', 'restaurants', 'hotels', 'resorts', 'realty', 'properties',
  'investments', 'securities', 'financial', 'fund', 'bureau', 'commission', 'committee', 'ministry', 'department', 'museum',
  'library', 'center', 'centre', 'corporation', 'company', 'cooperative', 'co-op', 'consortium', 'alliance', 'organization', 'organisation',
  'stiftung', 'gesellschaft', 'verein', 'universität', 'université', 'universidad', 'università', 'hochschule', 'inc',
]);

/** Nouns that start institutional names followed by "of X" ("University of Toronto", "Bank of Spain"). */
export const ORG_PREFIX_NOUNS = new Set([
  'university', 'bank', 'institute', 'ministry', 'department', 'college', 'museum', 'academy', 'school', 'church', 'society',
  'federation', 'association', 'council', 'office', 'bureau', 'court', 'board', 'league', 'order', 'royal', 'national', 'hospital',
  'commonwealth', 'state university',
]);

/** Words that make "X Group" / "X Services" generic rather than a name ("Customer Services", "Working Group"). */
export const GENERIC_ORG_HEADS = new Set([
  'customer', 'support', 'working', 'focus', 'research', 'study', 'user', 'users', 'age', 'control', 'test', 'target', 'peer',
  'security', 'financial', 'social', 'health', 'medical', 'legal', 'public', 'private', 'central', 'general', 'local', 'national',
  'international', 'global', 'first', 'second', 'third', 'new', 'old', 'big', 'small', 'high', 'primary', 'secondary', 'middle',
  'elementary', 'graduate', 'business', 'law', 'medical', 'art', 'arts', 'music', 'dance', 'film', 'data', 'cloud', 'web', 'it',
  'my', 'your', 'our', 'their', 'his', 'her', 'the', 'a', 'an', 'this', 'that', 'every', 'each', 'another', 'other', 'some', 'any',
  'book', 'chess', 'golf', 'tennis', 'football', 'soccer', 'fan', 'night', 'sunday', 'summer', 'high', 'blood', 'ethnic', 'parent',
  'management', 'project', 'product', 'engineering', 'sales', 'marketing', 'finance', 'it', 'hr', 'human', 'admin', 'data',
  'central', 'federal', 'state', 'world', 'chief', 'senior', 'junior', 'help', 'call', 'shopping', 'service',
  'fitness', 'visitor', 'contact', 'command', 'distribution', 'recycling', 'training', 'learning', 'resource', 'resources', 'operations',
  'media', 'news', 'press', 'information', 'notification', 'action', 'admin', 'developer', 'download', 'release', 'european', 'investment', 'retail', 'commercial', 'community', 'online', 'digital',
]);

/** Very well-known companies and institutions that are not everyday words. */
export const KNOWN_ORGS: readonly string[] = [
  'Microsoft', 'Google', 'Alphabet', 'IBM', 'Intel', 'Nvidia', 'NVIDIA', 'AMD', 'Qualcomm', 'Samsung', 'Toyota', 'Volkswagen',
  'Siemens', 'Walmart', 'ExxonMobil', 'Exxon', 'Chevron', 'Facebook', 'Instagram', 'WhatsApp', 'Netflix', 'Uber', 'Lyft', 'Airbnb',
  'PayPal', 'eBay', 'Adobe', 'Salesforce', 'Cisco', 'Accenture', 'Deloitte', 'KPMG', 'PwC', 'PricewaterhouseCoopers', 'Ernst & Young',
  'McKinsey', 'Goldman Sachs', 'JPMorgan', 'JPMorgan Chase', 'J.P. Morgan', 'Morgan Stanley', 'Citigroup', 'Citibank', 'HSBC',
  'Barclays', 'Santander', 'BNP Paribas', 'Deutsche Bank', 'UBS', 'Credit Suisse', 'Wells Fargo', 'Bank of America', 'BlackRock',
  'Pfizer', 'Moderna', 'AstraZeneca', 'Novartis', 'Roche', 'Bayer', 'Merck', 'Johnson & Johnson', 'Coca-Cola', 'PepsiCo', 'Pepsi',
  'Nestlé', 'Nestle', 'Unilever', "McDonald's", 'Starbucks', 'Nike', 'Adidas', 'Sony', 'Honda', 'Nissan', 'Hyundai', 'BMW',
  'Mercedes-Benz', 'Daimler', 'Audi', 'Porsche', 'Ferrari', 'Renault', 'Peugeot', 'Boeing', 'Airbus', 'Lockheed Martin',
  'FedEx', 'DHL', 'Verizon', 'AT&T', 'T-Mobile', 'Vodafone', 'Huawei', 'Xiaomi', 'Tencent', 'Alibaba', 'Baidu', 'ByteDance',
  'TikTok', 'OpenAI', 'Anthropic', 'DeepMind', 'Spotify', 'LinkedIn', 'Dropbox', 'GitHub', 'GitLab', 'Atlassian', 'Shopify',
  'Stripe', 'Twitch', 'YouTube', 'Reddit', 'Pinterest', 'Snapchat', 'Yahoo', 'Wikipedia', 'Mozilla', 'Red Hat', 'VMware',
  'Dell', 'Lenovo', 'Hewlett-Packard', 'HP', 'Panasonic', 'Philips', 'Nokia', 'Ericsson', 'IKEA', 'Walgreens', 'Costco',
  'Home Depot', 'Procter & Gamble', 'General Electric', 'General Motors', 'Ford Motor', 'Tesla', 'SpaceX', 'Harvard', 'Stanford',
  'Yale', 'Princeton', 'MIT', 'Caltech', 'NASA', 'FBI', 'CIA', 'NSA', 'UNICEF', 'UNESCO', 'NATO', 'United Nations',
  'World Bank', 'IMF', 'European Commission', 'European Union', 'African Union', 'Red Cross', 'Greenpeace', 'Interpol', 'Europol', 'Amazon Web Services', 'AWS',
  'Microsoft Azure', 'Oracle Corporation', 'Apple Inc',
];

/** Well-known companies whose names are also everyday words: only with an organisation context. */
/** Legal forms that may follow the name after a comma ("Acme, Inc."). */
export const COMMA_SUFFIXES = new Set(['Inc', 'INC', 'Incorporated', 'LLC', 'L.L.C', 'Ltd', 'LTD', 'Limited', 'Corp', 'Co', 'LLP', 'PLC', 'plc', 'P.C', 'PLLC', 'L.P']);

export const AMBIGUOUS_ORGS: readonly string[] = ['Apple', 'Amazon', 'Oracle', 'Shell', 'Target', 'Meta', 'Visa', 'Zoom', 'Slack', 'Square', 'Twitter', 'Delta', 'Ford', 'Dove', 'Subway', 'Gap', 'Mars'];
