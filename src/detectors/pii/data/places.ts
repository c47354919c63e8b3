// Place-name gazetteers for the LOCATION recognizer, written from general knowledge (UN member and
// observer states with common short forms, US states and territories, Canadian provinces and
// territories, and well-known large cities of every continent). Not derived from any evaluation set.
// Entries marked ambiguous are also everyday words or given names ("Nice", "Reading", "Jordan") and
// are reported only with a place context.

/** Sovereign states and common short/alternative forms. */
export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Antigua and Barbuda', 'Argentina', 'Armenia', 'Australia', 'Austria',
  'Azerbaijan', 'Bahamas', 'The Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bhutan',
  'Bolivia', 'Bosnia and Herzegovina', 'Bosnia', 'Botswana', 'Brazil', 'Brasil', 'Brunei', 'Bulgaria', 'Burkina Faso', 'Burundi',
  'Cabo Verde', 'Cape Verde', 'Cambodia', 'Cameroon', 'Canada', 'Central African Republic', 'Chile', 'China',
  "People's Republic of China", 'Colombia', 'Comoros', 'Congo', 'Republic of the Congo', 'Democratic Republic of the Congo', 'DRC',
  'Costa Rica', "Côte d'Ivoire", 'Ivory Coast', 'Croatia', 'Cuba', 'Cyprus', 'Czechia', 'Czech Republic', 'Denmark', 'Djibouti',
  'Dominica', 'Dominican Republic', 'Ecuador', 'Egypt', 'El Salvador', 'Equatorial Guinea', 'Eritrea', 'Estonia', 'Eswatini',
  'Swaziland', 'Ethiopia', 'Fiji', 'Finland', 'France', 'Gabon', 'Gambia', 'The Gambia', 'Germany', 'Deutschland', 'Ghana', 'Greece',
  'Grenada', 'Guatemala', 'Guinea', 'Guinea-Bissau', 'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran',
  'Iraq', 'Ireland', 'Republic of Ireland', 'Israel', 'Italy', 'Italia', 'Jamaica', 'Japan', 'Kazakhstan', 'Kenya', 'Kiribati',
  'Kosovo', 'Kuwait', 'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania',
  'Luxembourg', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta', 'Marshall Islands', 'Mauritania', 'Mauritius',
  'Mexico', 'México', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco', 'Mozambique', 'Myanmar', 'Burma',
  'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'The Netherlands', 'Holland', 'New Zealand', 'Nicaragua', 'Niger', 'Nigeria',
  'North Korea', 'North Macedonia', 'Macedonia', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama', 'Papua New Guinea',
  'Paraguay', 'Peru', 'Philippines', 'The Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia', 'Russian Federation',
  'Rwanda', 'Saint Kitts and Nevis', 'Saint Lucia', 'Saint Vincent and the Grenadines', 'Samoa', 'San Marino',
  'Sao Tome and Principe', 'São Tomé and Príncipe', 'Saudi Arabia', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone', 'Singapore',
  'Slovakia', 'Slovenia', 'Solomon Islands', 'Somalia', 'South Africa', 'South Korea', 'Korea', 'South Sudan', 'Spain', 'España',
  'Sri Lanka', 'Sudan', 'Suriname', 'Sweden', 'Switzerland', 'Syria', 'Taiwan', 'Tajikistan', 'Tanzania', 'Thailand', 'Timor-Leste',
  'East Timor', 'Togo', 'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Turkey', 'Türkiye', 'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine',
  'United Arab Emirates', 'UAE', 'United Kingdom', 'UK', 'U.K', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales',
  'Northern Ireland', 'United States', 'United States of America', 'USA', 'U.S.A', 'US', 'U.S', 'America', 'Uruguay', 'Uzbekistan',
  'Vanuatu', 'Vatican City', 'Holy See', 'Venezuela', 'Vietnam', 'Viet Nam', 'Yemen', 'Zambia', 'Zimbabwe',
  // Territories and regions commonly named as places of residence.
  'Hong Kong', 'Macau', 'Macao', 'Puerto Rico', 'Greenland', 'Guam', 'Bermuda', 'Gibraltar', 'Faroe Islands', 'Aruba', 'Curaçao',
  'Cayman Islands', 'New Caledonia', 'French Polynesia', 'Isle of Man', 'Channel Islands', 'Catalonia', 'Bavaria', 'Flanders',
  'Siberia', 'Tasmania', 'Patagonia', 'Scandinavia', 'Europe', 'Asia', 'Africa', 'North America', 'South America', 'Latin America',
  'Central America', 'Middle East', 'Southeast Asia', 'Oceania', 'Antarctica', 'Caribbean', 'Balkans',
];

/** Country names that are also given names or common words: reported only with place context. */
export const AMBIGUOUS_COUNTRIES = new Set(['chad', 'jordan', 'georgia', 'turkey', 'guinea', 'israel', 'us', 'u s', 'america', 'dominica', 'niger', 'holland', 'korea', 'congo', 'wales', 'jersey', 'grenada', 'samoa', 'tonga', 'mali', 'oman', 'peru', 'cuba', 'malta', 'kosovo', 'caribbean', 'balkans']);

/** US states, DC and territories: name → postal abbreviation. */
export const US_STATES: ReadonlyMap<string, string> = new Map([
  ['Alabama', 'AL'], ['Alaska', 'AK'], ['Arizona', 'AZ'], ['Arkansas', 'AR'], ['California', 'CA'], ['Colorado', 'CO'],
  ['Connecticut', 'CT'], ['Delaware', 'DE'], ['Florida', 'FL'], ['Georgia', 'GA'], ['Hawaii', 'HI'], ['Idaho', 'ID'],
  ['Illinois', 'IL'], ['Indiana', 'IN'], ['Iowa', 'IA'], ['Kansas', 'KS'], ['Kentucky', 'KY'], ['Louisiana', 'LA'], ['Maine', 'ME'],
  ['Maryland', 'MD'], ['Massachusetts', 'MA'], ['Michigan', 'MI'], ['Minnesota', 'MN'], ['Mississippi', 'MS'], ['Missouri', 'MO'],
  ['Montana', 'MT'], ['Nebraska', 'NE'], ['Nevada', 'NV'], ['New Hampshire', 'NH'], ['New Jersey', 'NJ'], ['New Mexico', 'NM'],
  ['New York State', 'NY'], ['North Carolina', 'NC'], ['North Dakota', 'ND'], ['Ohio', 'OH'], ['Oklahoma', 'OK'], ['Oregon', 'OR'],
  ['Pennsylvania', 'PA'], ['Rhode Island', 'RI'], ['South Carolina', 'SC'], ['South Dakota', 'SD'], ['Tennessee', 'TN'],
  ['Texas', 'TX'], ['Utah', 'UT'], ['Vermont', 'VT'], ['Virginia', 'VA'], ['Washington State', 'WA'], ['West Virginia', 'WV'],
  ['Wisconsin', 'WI'], ['Wyoming', 'WY'], ['District of Columbia', 'DC'], ['Washington, DC', 'DC'], ['American Samoa', 'AS'],
  ['Northern Mariana Islands', 'MP'], ['U.S. Virgin Islands', 'VI'], ['US Virgin Islands', 'VI'],
]);

/** State names that are also given names or common words. */
export const AMBIGUOUS_STATES = new Set(['georgia', 'virginia', 'indiana', 'montana', 'washington', 'carolina', 'nevada', 'maine', 'florida', 'dakota']);

/** Canadian provinces and territories: name → postal abbreviation. */
export const CA_PROVINCES: ReadonlyMap<string, string> = new Map([
  ['Alberta', 'AB'], ['British Columbia', 'BC'], ['Manitoba', 'MB'], ['New Brunswick', 'NB'], ['Newfoundland and Labrador', 'NL'],
  ['Newfoundland', 'NL'], ['Nova Scotia', 'NS'], ['Ontario', 'ON'], ['Prince Edward Island', 'PE'], ['Quebec', 'QC'], ['Québec', 'QC'],
  ['Saskatchewan', 'SK'], ['Northwest Territories', 'NT'], ['Nunavut', 'NU'], ['Yukon', 'YT'],
]);

/** Two-letter US state / territory and Canadian province codes, for "City, ST". */
export const STATE_CODES = new Set([
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI',
  'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT',
  'VT', 'VA', 'WA', 'WV', 'WI', 'WY', 'DC', 'PR', 'GU', 'VI', 'AS', 'MP',
  'AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'ON', 'PE', 'QC', 'SK', 'NT', 'NU', 'YT',
]);

/** Codes that are also credentials or words after a name ("Jane Doe, MD"): need a ZIP or a known city. */
export const WEAK_STATE_CODES = new Set(['MD', 'PA', 'ME', 'OR', 'IN', 'OK', 'HI', 'DE', 'AS', 'ON', 'NB', 'NS', 'PE', 'CO', 'MA', 'VI', 'DO']);

/** Large and well-known cities (national capitals, the largest metropolitan areas, major US/European cities). */
export const CITIES: readonly string[] = [
  // North America
  'New York', 'New York City', 'NYC', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'San Antonio', 'San Diego',
  'Dallas', 'San Jose', 'Austin', 'Jacksonville', 'Fort Worth', 'Columbus', 'Charlotte', 'San Francisco', 'Indianapolis', 'Seattle',
  'Denver', 'Washington', 'Boston', 'El Paso', 'Nashville', 'Detroit', 'Oklahoma City', 'Portland', 'Las Vegas', 'Memphis',
  'Louisville', 'Baltimore', 'Milwaukee', 'Albuquerque', 'Tucson', 'Fresno', 'Sacramento', 'Kansas City', 'Mesa', 'Atlanta', 'Omaha',
  'Colorado Springs', 'Raleigh', 'Miami', 'Long Beach', 'Virginia Beach', 'Oakland', 'Minneapolis', 'Tulsa', 'Tampa', 'Arlington',
  'New Orleans', 'Wichita', 'Cleveland', 'Bakersfield', 'Aurora', 'Anaheim', 'Honolulu', 'Santa Ana', 'Riverside', 'Corpus Christi',
  'Lexington', 'Pittsburgh', 'Anchorage', 'Stockton', 'Cincinnati', 'Saint Paul', 'St. Paul', 'Toledo', 'Newark', 'Greensboro',
  'Plano', 'Henderson', 'Lincoln', 'Buffalo', 'Fort Wayne', 'Jersey City', 'St. Louis', 'Saint Louis', 'St. Petersburg', 'Orlando',
  'Madison', 'Durham', 'Salt Lake City', 'Richmond', 'Boise', 'Des Moines', 'Spokane', 'Birmingham', 'Rochester', 'Providence',
  'Hartford', 'Savannah', 'Charleston', 'Knoxville', 'Chattanooga', 'Tallahassee', 'Little Rock', 'Baton Rouge', 'Jackson',
  'Montgomery', 'Santa Fe', 'Cheyenne', 'Helena', 'Juneau', 'Olympia', 'Salem', 'Sioux Falls', 'Fargo', 'Burlington', 'Albany',
  'Harrisburg', 'Trenton', 'Dover', 'Annapolis', 'Springfield', 'Topeka', 'Lansing', 'Ann Arbor', 'Berkeley', 'Palo Alto',
  'Silicon Valley', 'Brooklyn', 'Manhattan', 'Queens', 'The Bronx', 'Staten Island', 'Hollywood', 'Beverly Hills', 'Pasadena',
  'Scottsdale', 'Reno', 'Toronto', 'Montreal', 'Montréal', 'Vancouver', 'Calgary', 'Edmonton', 'Ottawa', 'Winnipeg', 'Quebec City',
  'Hamilton', 'Halifax', 'Victoria', 'Saskatoon', 'Regina', 'Mexico City', 'Guadalajara', 'Monterrey', 'Tijuana', 'Cancún', 'Cancun',
  'Havana', 'Kingston', 'San Juan', 'Santo Domingo', 'Port-au-Prince', 'Guatemala City', 'San Salvador', 'Tegucigalpa', 'Managua',
  'Panama City', 'Mobile', 'Eugene', 'Troy', 'Concord', 'Independence', 'Columbia',
  // South America
  'São Paulo', 'Sao Paulo', 'Rio de Janeiro', 'Brasília', 'Brasilia', 'Salvador', 'Fortaleza', 'Belo Horizonte', 'Manaus', 'Curitiba',
  'Recife', 'Porto Alegre', 'Buenos Aires', 'Córdoba', 'Cordoba', 'Rosario', 'Mendoza', 'Santiago', 'Valparaíso', 'Lima', 'Bogotá',
  'Bogota', 'Medellín', 'Medellin', 'Cali', 'Cartagena', 'Caracas', 'Maracaibo', 'Quito', 'Guayaquil', 'La Paz', 'Santa Cruz',
  'Asunción', 'Asuncion', 'Montevideo', 'Georgetown', 'Paramaribo',
  // Europe
  'London', 'Manchester', 'Liverpool', 'Leeds', 'Sheffield', 'Bristol', 'Newcastle', 'Nottingham', 'Leicester', 'Southampton',
  'Oxford', 'Cambridge', 'Brighton', 'Edinburgh', 'Glasgow', 'Aberdeen', 'Cardiff', 'Belfast', 'Dublin', 'Cork', 'Galway',
  'Paris', 'Marseille', 'Lyon', 'Toulouse', 'Nice', 'Nantes', 'Strasbourg', 'Montpellier', 'Bordeaux', 'Lille', 'Rennes',
  'Berlin', 'Hamburg', 'Munich', 'München', 'Cologne', 'Köln', 'Frankfurt', 'Stuttgart', 'Düsseldorf', 'Dusseldorf', 'Dortmund',
  'Essen', 'Leipzig', 'Bremen', 'Dresden', 'Hanover', 'Hannover', 'Nuremberg', 'Nürnberg', 'Bonn', 'Heidelberg', 'Vienna', 'Wien',
  'Salzburg', 'Graz', 'Innsbruck', 'Zurich', 'Zürich', 'Geneva', 'Genève', 'Basel', 'Bern', 'Lausanne', 'Amsterdam', 'Rotterdam',
  'The Hague', 'Utrecht', 'Eindhoven', 'Brussels', 'Bruxelles', 'Antwerp', 'Ghent', 'Bruges', 'Luxembourg City', 'Madrid',
  'Barcelona', 'Valencia', 'Seville', 'Sevilla', 'Zaragoza', 'Málaga', 'Malaga', 'Bilbao', 'Palma', 'Lisbon', 'Lisboa', 'Porto',
  'Rome', 'Roma', 'Milan', 'Milano', 'Naples', 'Napoli', 'Turin', 'Torino', 'Palermo', 'Genoa', 'Bologna', 'Florence', 'Firenze',
  'Venice', 'Venezia', 'Verona', 'Pisa', 'Athens', 'Thessaloniki', 'Copenhagen', 'København', 'Aarhus', 'Stockholm', 'Gothenburg',
  'Göteborg', 'Malmö', 'Oslo', 'Bergen', 'Helsinki', 'Espoo', 'Tampere', 'Turku', 'Reykjavik', 'Reykjavík', 'Tallinn', 'Riga',
  'Vilnius', 'Warsaw', 'Warszawa', 'Kraków', 'Krakow', 'Łódź', 'Wrocław', 'Wroclaw', 'Poznań', 'Gdańsk', 'Gdansk', 'Prague',
  'Praha', 'Brno', 'Bratislava', 'Budapest', 'Bucharest', 'București', 'Cluj-Napoca', 'Sofia', 'Belgrade', 'Zagreb', 'Ljubljana',
  'Sarajevo', 'Skopje', 'Tirana', 'Podgorica', 'Chisinau', 'Kyiv', 'Kiev', 'Kharkiv', 'Odesa', 'Odessa', 'Lviv', 'Minsk', 'Moscow',
  'Saint Petersburg', 'Novosibirsk', 'Yekaterinburg', 'Kazan', 'Vladivostok', 'Istanbul', 'Ankara', 'Izmir', 'Antalya', 'Nicosia',
  'Valletta', 'Monte Carlo', 'Reading', 'Bath', 'York', 'Split', 'Nancy', 'Tours',
  // Middle East and Africa
  'Tel Aviv', 'Jerusalem', 'Haifa', 'Beirut', 'Damascus', 'Amman', 'Baghdad', 'Tehran', 'Riyadh', 'Jeddah', 'Mecca', 'Medina',
  'Dubai', 'Abu Dhabi', 'Doha', 'Kuwait City', 'Manama', 'Muscat', "Sana'a", 'Cairo', 'Alexandria', 'Casablanca', 'Rabat',
  'Marrakesh', 'Marrakech', 'Tunis', 'Algiers', 'Tripoli', 'Khartoum', 'Addis Ababa', 'Nairobi', 'Mombasa', 'Kampala', 'Kigali',
  'Dar es Salaam', 'Dodoma', 'Lagos', 'Abuja', 'Kano', 'Ibadan', 'Accra', 'Kumasi', 'Dakar', 'Abidjan', 'Bamako', 'Ouagadougou',
  'Niamey', 'Kinshasa', 'Brazzaville', 'Luanda', 'Lusaka', 'Harare', 'Maputo', 'Johannesburg', 'Cape Town', 'Durban', 'Pretoria',
  'Windhoek', 'Gaborone', 'Antananarivo', 'Port Louis', 'Mogadishu', 'Asmara', 'Djibouti City', 'Yaoundé', 'Douala', 'Freetown',
  'Monrovia', 'Conakry', 'Lomé', 'Cotonou',
  // Asia and Oceania
  'Tokyo', 'Yokohama', 'Osaka', 'Nagoya', 'Sapporo', 'Kobe', 'Kyoto', 'Fukuoka', 'Hiroshima', 'Sendai', 'Seoul', 'Busan', 'Incheon',
  'Pyongyang', 'Beijing', 'Shanghai', 'Guangzhou', 'Shenzhen', 'Chengdu', 'Chongqing', 'Tianjin', 'Wuhan', "Xi'an", 'Hangzhou',
  'Nanjing', 'Suzhou', 'Shenyang', 'Harbin', 'Qingdao', 'Dalian', 'Xiamen', 'Kunming', 'Taipei', 'Kaohsiung', 'Ulaanbaatar',
  'Mumbai', 'Bombay', 'Delhi', 'New Delhi', 'Bangalore', 'Bengaluru', 'Hyderabad', 'Ahmedabad', 'Chennai', 'Madras', 'Kolkata',
  'Calcutta', 'Pune', 'Jaipur', 'Surat', 'Lucknow', 'Kanpur', 'Nagpur', 'Indore', 'Bhopal', 'Patna', 'Kochi', 'Goa', 'Karachi',
  'Lahore', 'Islamabad', 'Rawalpindi', 'Faisalabad', 'Peshawar', 'Dhaka', 'Chittagong', 'Kathmandu', 'Colombo', 'Thimphu', 'Kabul',
  'Tashkent', 'Almaty', 'Astana', 'Bishkek', 'Dushanbe', 'Ashgabat', 'Baku', 'Tbilisi', 'Yerevan', 'Bangkok', 'Chiang Mai', 'Phuket',
  'Hanoi', 'Ho Chi Minh City', 'Saigon', 'Da Nang', 'Phnom Penh', 'Vientiane', 'Yangon', 'Naypyidaw', 'Kuala Lumpur', 'Penang',
  'Johor Bahru', 'Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Bali', 'Manila', 'Quezon City', 'Cebu', 'Davao', 'Bandar Seri Begawan',
  'Dili', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Canberra', 'Gold Coast', 'Hobart', 'Darwin', 'Auckland',
  'Wellington', 'Christchurch', 'Suva', 'Port Moresby',
];

/** City names that are also everyday words or given names: reported only with a place context. */
export const AMBIGUOUS_CITIES = new Set([
  'phoenix', 'austin', 'columbus', 'charlotte', 'washington', 'portland', 'mesa', 'arlington', 'aurora', 'lexington', 'henderson',
  'lincoln', 'buffalo', 'orlando', 'madison', 'durham', 'richmond', 'birmingham', 'rochester', 'providence', 'savannah', 'charleston',
  'jackson', 'montgomery', 'helena', 'olympia', 'salem', 'burlington', 'albany', 'dover', 'springfield', 'manhattan', 'queens',
  'hollywood', 'hamilton', 'halifax', 'victoria', 'regina', 'kingston', 'salvador', 'santiago', 'santa cruz', 'georgetown',
  'cambridge', 'oxford', 'brighton', 'cork', 'nice', 'essen', 'bern', 'valencia', 'palma', 'florence', 'sofia', 'medina', 'mecca',
  'alexandria', 'darwin', 'wellington', 'perth', 'adelaide', 'cali', 'bali', 'goa', 'reading', 'bath', 'mobile', 'split', 'nancy',
  'tours', 'eugene', 'troy', 'concord', 'independence', 'columbia', 'houston', 'sydney', 'lima', 'kobe', 'porto', 'berkeley',
  'santa ana', 'jersey', 'york',
]);

/** English street-type words (lower case, abbreviations too): "Main Street", "Elm Ave". */
export const STREET_TYPE_WORDS: readonly string[] = ['street', 'st', 'avenue', 'ave', 'road', 'rd', 'boulevard', 'blvd', 'lane', 'ln', 'drive',
  'dr', 'court', 'ct', 'place', 'pl', 'way', 'terrace', 'parkway', 'highway', 'circle', 'square', 'trail', 'close', 'crescent', 'grove', 'row'];
