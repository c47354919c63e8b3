// Nationality, religious and political group words for the NRP recognizer, from general knowledge
// (demonyms of the world's countries and major regions, major religions and their adherents, and
// generic political affiliations). Not derived from any evaluation set.

/** Demonyms / nationality adjectives. */
export const DEMONYMS: readonly string[] = [
  'Afghan', 'Albanian', 'Algerian', 'American', 'Andorran', 'Angolan', 'Argentine', 'Argentinian', 'Armenian', 'Australian',
  'Austrian', 'Azerbaijani', 'Azeri', 'Bahamian', 'Bahraini', 'Bangladeshi', 'Barbadian', 'Belarusian', 'Belgian', 'Belizean',
  'Beninese', 'Bhutanese', 'Bolivian', 'Bosnian', 'Botswanan', 'Brazilian', 'British', 'Bruneian', 'Bulgarian', 'Burkinabe',
  'Burmese', 'Burundian', 'Cambodian', 'Cameroonian', 'Canadian', 'Cape Verdean', 'Chadian', 'Chilean', 'Chinese', 'Colombian',
  'Comoran', 'Congolese', 'Costa Rican', 'Croatian', 'Croat', 'Cuban', 'Cypriot', 'Czech', 'Danish', 'Dane', 'Djiboutian',
  'Dominican', 'Dutch', 'Ecuadorian', 'Egyptian', 'Emirati', 'English', 'Eritrean', 'Estonian', 'Ethiopian', 'Fijian', 'Filipino',
  'Filipina', 'Finnish', 'Finn', 'French', 'Gabonese', 'Gambian', 'Georgian', 'German', 'Ghanaian', 'Greek', 'Grenadian',
  'Guatemalan', 'Guinean', 'Guyanese', 'Haitian', 'Honduran', 'Hungarian', 'Icelandic', 'Icelander', 'Indian', 'Indonesian',
  'Iranian', 'Persian', 'Iraqi', 'Irish', 'Israeli', 'Italian', 'Ivorian', 'Jamaican', 'Japanese', 'Jordanian', 'Kazakh',
  'Kazakhstani', 'Kenyan', 'Korean', 'Kosovar', 'Kuwaiti', 'Kyrgyz', 'Lao', 'Laotian', 'Latvian', 'Lebanese', 'Liberian', 'Libyan',
  'Liechtensteiner', 'Lithuanian', 'Luxembourgish', 'Luxembourger', 'Macedonian', 'Malagasy', 'Malawian', 'Malaysian', 'Maldivian',
  'Malian', 'Maltese', 'Mauritanian', 'Mauritian', 'Mexican', 'Moldovan', 'Monegasque', 'Mongolian', 'Montenegrin', 'Moroccan',
  'Mozambican', 'Namibian', 'Nepalese', 'Nepali', 'New Zealander', 'Kiwi', 'Nicaraguan', 'Nigerien', 'Nigerian', 'North Korean',
  'Norwegian', 'Omani', 'Pakistani', 'Palestinian', 'Panamanian', 'Papua New Guinean', 'Paraguayan', 'Peruvian', 'Polish', 'Pole',
  'Portuguese', 'Puerto Rican', 'Qatari', 'Romanian', 'Russian', 'Rwandan', 'Salvadoran', 'Samoan', 'Saudi', 'Saudi Arabian',
  'Scottish', 'Scot', 'Senegalese', 'Serbian', 'Serb', 'Sierra Leonean', 'Singaporean', 'Slovak', 'Slovakian', 'Slovenian',
  'Slovene', 'Somali', 'South African', 'South Korean', 'South Sudanese', 'Spanish', 'Spaniard', 'Sri Lankan', 'Sudanese',
  'Surinamese', 'Swazi', 'Swedish', 'Swede', 'Swiss', 'Syrian', 'Taiwanese', 'Tajik', 'Tanzanian', 'Thai', 'Togolese', 'Tongan',
  'Trinidadian', 'Tunisian', 'Turkish', 'Turk', 'Turkmen', 'Ugandan', 'Ukrainian', 'Uruguayan', 'Uzbek', 'Venezuelan',
  'Vietnamese', 'Welsh', 'Yemeni', 'Zambian', 'Zimbabwean',
  // Regional and ethnic group names commonly used as identity.
  'African', 'African American', 'African-American', 'Asian', 'Asian American', 'Asian-American', 'European', 'Latin American',
  'Hispanic', 'Latino', 'Latina', 'Latinx', 'Arab', 'Arabic', 'Kurdish', 'Kurd', 'Berber', 'Tamil', 'Punjabi', 'Bengali',
  'Gujarati', 'Sikh', 'Pashtun', 'Uyghur', 'Tibetan', 'Maori', 'Māori', 'Aboriginal', 'Indigenous', 'Native American',
  'First Nations', 'Inuit', 'Pacific Islander', 'Caucasian', 'Caribbean', 'Scandinavian', 'Balkan', 'Slavic', 'Roma', 'Romani',
  'Catalan', 'Basque', 'Flemish', 'Walloon', 'Bavarian', 'Sicilian', 'Quebecois', 'Québécois', 'Cantonese', 'Han',
];

/** Religions, denominations and adherents. */
export const RELIGIONS: readonly string[] = [
  'Christian', 'Christians', 'Catholic', 'Roman Catholic', 'Protestant', 'Orthodox', 'Eastern Orthodox', 'Greek Orthodox',
  'Russian Orthodox', 'Evangelical', 'Baptist', 'Methodist', 'Lutheran', 'Anglican', 'Episcopalian', 'Presbyterian',
  'Pentecostal', 'Mormon', 'Latter-day Saint', 'Quaker', 'Amish', 'Mennonite', "Jehovah's Witness", 'Adventist',
  'Seventh-day Adventist', 'Muslim', 'Muslims', 'Moslem', 'Islamic', 'Sunni', 'Shia', "Shi'a", 'Shiite', 'Sufi', 'Ahmadi',
  'Jewish', 'Jew', 'Jews', 'Judaism', 'Hasidic', 'Hindu', 'Hindus', 'Hinduism', 'Buddhist', 'Buddhists', 'Buddhism', 'Sikhism',
  'Jain', 'Jainism', 'Bahai', "Bahá'í", "Baha'i", 'Zoroastrian', 'Parsi', 'Taoist', 'Confucian', 'Shinto', 'Wiccan', 'Pagan',
  'Rastafarian', 'Druze', 'Coptic', 'Copt', 'Christianity', 'Islam', 'Catholicism', 'Protestantism',
];

/** Political affiliations (capitalised; the generic words need a political context). */
export const POLITICAL: readonly string[] = [
  'Democrat', 'Democrats', 'Republican', 'Republicans', 'Democratic Party', 'Republican Party', 'Tory', 'Tories', 'Labour',
  'Libertarian', 'Socialist', 'Communist', 'Marxist', 'Leninist', 'Maoist', 'Social Democrat', 'Christian Democrat', 'Green Party',
  'Conservative', 'Conservatives', 'Liberal', 'Liberals', 'Liberal Democrat', 'Lib Dem', 'Nationalist', 'Populist', 'Progressive',
  'Centrist', 'Anarchist', 'Fascist', 'Zionist', 'Islamist',
];

/** Entries that are also common words, languages or given names: reported only with an identity context. */
export const AMBIGUOUS_NRP = new Set([
  'english', 'french', 'german', 'spanish', 'italian', 'portuguese', 'dutch', 'russian', 'chinese', 'japanese', 'korean', 'arabic',
  'greek', 'polish', 'turkish', 'swedish', 'danish', 'finnish', 'norwegian', 'czech', 'hungarian', 'romanian', 'thai', 'hindi',
  'persian', 'hebrew', 'vietnamese', 'indonesian', 'ukrainian', 'catalan', 'basque', 'tamil', 'punjabi', 'bengali', 'gujarati',
  'cantonese', 'welsh', 'irish', 'swiss', 'indian', 'roma', 'han', 'pole', 'finn', 'turk', 'scot', 'kiwi', 'lao', 'christian',
  'conservative', 'conservatives', 'liberal', 'liberals', 'progressive', 'nationalist', 'populist', 'centrist', 'orthodox',
  'evangelical', 'pagan', 'labour', 'green party', 'indigenous', 'caribbean', 'balkan', 'european', 'african', 'asian', 'american',
  'british', 'croat', 'serb', 'dane', 'swede', 'kurd', 'arab', 'latin american', 'malagasy', 'maltese', 'georgian', 'jordanian',
  'dominican', 'democrat', 'republican', 'quaker', 'amish', 'mormon',
]);

/** Nouns after a nationality word that make it a thing, not a person's identity ("French fries"). */
export const NRP_BREAKERS = new Set([
  'fries', 'toast', 'dressing', 'horn', 'kiss', 'press', 'braid', 'door', 'doors', 'window', 'windows', 'roulette', 'pastry',
  'cheese', 'army', 'knife', 'bulldog', 'shepherd', 'roll', 'rolls', 'salad', 'vanilla', 'mustard', 'muffin', 'oven', 'checkers',
  'delight', 'coffee', 'whiskey', 'whisky', 'tea', 'food', 'cuisine', 'restaurant', 'restaurants', 'dish', 'dishes', 'wax',
  'yogurt', 'yoghurt', 'ocean', 'sea', 'gulf', 'peninsula', 'revolution', 'civil', 'empire', 'language', 'translation',
  'version', 'grammar', 'keyboard', 'locale', 'alphabet', 'characters', 'text', 'word', 'words', 'class', 'course', 'lesson',
  'lessons', 'teacher', 'subtitles', 'dub', 'dubbed', 'literature', 'wine', 'beer', 'bread', 'food', 'style', 'express', 'airlines',
  'airways', 'idol', 'football', 'league', 'open', 'grand', 'prix', 'flu', 'measles', 'crisis', 'war', 'wars', 'market',
  'markets', 'dollar', 'dollars', 'pound', 'yen', 'peso', 'government', 'constitution', 'union', 'republic', 'horse', 'cat',
  'cats', 'dog', 'dogs', 'terrier', 'pointer', 'mastiff', 'spaniel', 'setter', 'blue', 'red', 'green', 'walnut', 'elm', 'oak',
]);

/** Lower-case words near an NRP word that say it describes people (nationality, faith, politics). */
export const NRP_CONTEXT = [
  'nationality', 'citizen', 'citizenship', 'national', 'nationals', 'passport', 'religion', 'religious', 'faith', 'ethnicity',
  'ethnic', 'heritage', 'descent', 'origin', 'background', 'immigrant', 'immigrants', 'race', 'party', 'voter', 'voters',
  'supporter', 'supporters', 'member', 'believer', 'practicing', 'practising', 'devout', 'convert', 'community', 'family',
  'man', 'woman', 'men', 'women', 'boy', 'girl', 'people', 'person', 'guy', 'lady', 'couple', 'student', 'students', 'patient',
  'worker', 'workers', 'employee', 'colleague', 'friend', 'friends', 'neighbour', 'neighbor', 'husband', 'wife', 'parents',
  'mother', 'father', 'son', 'daughter', 'grandmother', 'grandfather', 'refugee', 'refugees', 'descendant', 'born',
];
