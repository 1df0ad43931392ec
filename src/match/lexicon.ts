/**
 * The matcher's thesaurus: groups of words and phrases that news writing uses interchangeably when it
 * reports on police facial recognition. A sentence and a claim are compared by the concepts they
 * mention, so "unlawful", "illegal" and "not in accordance with the law" count as the same thing.
 *
 * Entries are written in plain lower-case English; they are normalised and stemmed when the matcher is
 * built, so "deploy" also covers "deployed" and "deployment". Multi-word entries match whole phrases
 * and win over their single words ("civil liberties" is not "liberty" the organisation).
 *
 * Keep groups general — about how anyone might phrase a claim — never about one particular article.
 */
// prettier-ignore
export const CONCEPTS: Readonly<Record<string, readonly string[]>> = {
  // The subject itself. Present in most claims, so it carries little weight in scoring; it is the
  // sentence-level evidence that a sentence is about this topic at all.
  'facial-recognition': [
    'facial recognition', 'face recognition', 'facial-recognition', 'face-recognition', 'lfr', 'afr',
    'live facial recognition', 'automated facial recognition', 'automatic facial recognition',
    'face scanning', 'face-scanning', 'facial scanning', 'face scanner', 'face scanners',
    'face matching', 'face-matching', 'facial matching', 'biometric camera', 'biometric cameras',
    'facial biometrics', 'face surveillance', 'facial surveillance', 'face-scanning cameras',
    'biometric surveillance', 'recognition cameras', 'recognition technology', 'recognition software',
    'recognition system',
  ],
  met: [
    'met', 'met police', 'metropolitan police', 'metropolitan police service', 'mps', 'scotland yard',
    'london police', 'police in london', 'london metropolitan police', 'the force',
  ],
  police: [
    'police', 'policing', 'officer', 'officers', 'constabulary', 'law enforcement', 'cops',
    'police forces', 'police force', 'police service',
  ],
  technology: ['technology', 'tech', 'software', 'system', 'systems', 'tool', 'algorithm', 'algorithms', 'kit', 'equipment'],
  camera: ['camera', 'cameras', 'cctv', 'lens', 'van', 'vans'],
  london: ['london', 'londoners', 'capital', 'the capital', "london's", 'across the city', 'streets of london'],
  use: [
    'use', 'using', 'usage', 'employ',
  ],
  deploy: [
    'deploy', 'deployment', 'deployments', 'roll out', 'rollout', 'roll-out', 'rolled out', 'rolling out',
    'install', 'installed', 'put into action', 'put into use', 'adopt', 'implement', 'integrate',
    'integrated', 'introduce', 'introduction', 'set up', 'bring in', 'go ahead', 'expand use',
  ],
  begin: [
    'begin', 'start', 'launch', 'commence', 'go live', 'from now on', 'first time',
    'for the first time', 'will now', 'kick off', 'switch on', 'within a month', 'next month',
  ],
  operational: [
    'operational', 'operationally', 'everyday policing', 'regular policing', 'routine', 'routinely',
    'permanent', 'permanently', 'day-to-day', 'mainstream', 'business as usual', 'past the trial stage',
    'trial phase', 'new normal', 'full-time', 'normal policing', 'regular use',
  ],
  announce: [
    'announce', 'announced', 'announcement', 'unveil', 'unveiled', 'confirm', 'confirmed', 'plans',
    'plan', 'revealed plans', 'set out',
  ],
  trial: [
    'trial', 'trials', 'trialled', 'trialling', 'trialed', 'trialing', 'pilot', 'pilots', 'piloted',
    'test', 'tests', 'tested', 'testing', 'experiment', 'experiments', 'trial run',
  ],
  // Accuracy, errors and the people wrongly flagged are one topic: the figures say which way a sentence leans.
  accuracy: [
    'accurate', 'accuracy', 'accurately', 'correct', 'correctly', 'success rate', 'successful',
    'successfully', 'verified', 'precise', 'precision', 'reliable', 'reliability', 'right person',
    'genuine', 'true match', 'true matches',
    'inaccurate', 'inaccuracy', 'inaccuracies', 'error', 'errors', 'erroneous', 'false', 'falsely', 'wrong',
    'wrongly', 'incorrect', 'incorrectly', 'mistaken', 'mistakenly', 'mistake', 'mistakes', 'misidentify',
    'misidentified', 'misidentification', 'misidentifications', 'innocent', 'false positive',
    'false positives', 'failure rate', 'fail', 'failed', 'failure', 'failures', 'flawed', 'unreliable',
    'not reliable', 'error rate', 'wrong people', 'mismatch', 'mismatches', 'misfire',
  ],
  alert: [
    'alert', 'alerts', 'match', 'matches', 'matched', 'flag', 'flagged', 'flags', 'ping', 'pinged', 'hit',
    'hits', 'identification', 'identifications', 'suggested match', 'possible match', 'possible matches',
    'potential match', 'potential matches', 'positive', 'positives', 'flagging', 'picked out', 'niche out',
  ],
  identify: [
    'identify', 'identified', 'identifies', 'identifying', 'recognise', 'recognised', 'recognize',
    'recognized', 'spot', 'spotted', 'detect', 'detected', 'pick out', 'picked up', 'locate',
    'locating', 'track down', 'catch', 'catching', 'picking out', 'single out',
  ],
  rate: [
    'rate', 'rates', 'ratio', 'percentage', 'cases', 'per cent',
  ],
  review: [
    'review', 'report', 'study', 'research', 'assessment', 'evaluation', 'analysis', 'audit',
    'researchers', 'academics', 'academic', 'examination', 'investigation', 'observed', 'observers',
    'scrutinised', 'scrutinise', 'scrutiny', 'experts',
  ],
  independent: [
    'independent', 'independently', 'external',
  ],
  essex: [
    'essex', 'university of essex', 'fussey', 'pete fussey', 'peter fussey', 'professor fussey',
    'daragh murray', 'dr murray', 'human rights centre', 'human rights center',
  ],
  unlawful: [
    'unlawful', 'unlawfully', 'illegal', 'illegally', 'not lawful', 'no basis in law', 'no legal basis',
    'not in accordance with the law', 'breach of the law', 'breached the law', 'breaches the law',
    'broke the law', 'against the law', 'contrary to law', 'lack of legal authorisation',
    'without legal authorisation', 'explicit legal authorisation', 'legal authorisation', 'legally',
    'legality', 'unconstitutional', 'interfere with privacy', 'breach of article 8', 'article 8',
    'data protection laws', 'privacy laws', 'equality duty', 'human rights law',
  ],
  lawful: [
    'legal', 'legitimate', 'within the law', 'in accordance with the law', 'lawful', 'lawfully',
  ],
  court: [
    'court', 'courts', 'judges', 'judge', 'judgment', 'judgement', 'ruling', 'ruled', 'ruling',
    'tribunal', 'high court', 'judicial review', 'appeal', 'appealed', 'appeal judges',
    'three judges', 'verdict', 'landmark',
  ],
  'court-of-appeal': [
    'court of appeal', 'appeal court', 'court of appeals', 'appeal judges', 'r v bridges', 'bridges',
  ],
  'south-wales': ['south wales police', 'south wales', 'swp', 'cardiff', 'wales', 'welsh'],
  rights: [
    'human rights', 'rights', 'civil liberties', 'civil rights', 'freedoms', 'freedom', 'privacy',
    'civil liberty', 'basic rights', 'fundamental rights', 'right to privacy',
  ],
  threat: [
    'threat', 'threaten', 'threatens', 'threatening', 'danger', 'dangerous', 'risk', 'risks', 'assault',
    'attack', 'erode', 'erosion', 'eroding', 'undermine', 'infringe', 'infringement', 'infringes',
    'violate', 'violation', 'violating', 'violated', 'harm', 'harming', 'menace', 'blow', 'intrusion',
    'intrusive', 'invasive', 'invasion', 'abuse', 'abused',
  ],
  'surveillance-state': [
    'surveillance state', 'mass surveillance', 'police state', 'surveillance society', 'big brother',
    'orwellian', 'china-style', 'open prison', 'surveillance', 'snooping', 'monitoring the public',
  ],
  expansion: [
    'expansion', 'expand', 'expanding', 'extension', 'extend', 'increase', 'escalation', 'escalate',
    'whole new level', 'step change', 'step', 'growth', 'significantly increase', 'ramp up',
  ],
  enormous: ['enormous', 'huge', 'massive', 'vast', 'major', 'significant', 'serious', 'grave', 'dramatic', 'sweeping'],
  'breath-taking': ['breath-taking', 'breathtaking', 'breath taking', 'staggering', 'astonishing'],
  ban: [
    'ban', 'banned', 'banning', 'bans', 'moratorium', 'moratoria', 'prohibit', 'prohibited', 'prohibition',
    'outlaw', 'outlawed', 'halt', 'halted', 'suspend', 'suspended', 'suspension', 'stop', 'stopped',
    'cease', 'ceased', 'ditch', 'scrap', 'scrapped', 'pause', 'paused', 'freeze', 'end', 'put on hold',
    'drop', 'abandon', 'temporary ban', 'blanket ban',
  ],
  temporary: [
    'temporary', 'temporarily', 'interim', 'for now', 'time-limited',
  ],
  eu: [
    'eu', 'european union', 'european commission', 'europe', 'brussels', 'commission', 'european',
    'white paper', 'member states',
  ],
  regulation: [
    'regulation', 'regulations', 'regulate', 'regulated', 'regulatory', 'legislation',
    'legal framework', 'code of practice', 'statutory', 'statutory code', 'framework', 'oversight',
    'laws', 'law', 'new laws', 'catch up', 'legislate',
  ],
  parliament: [
    'members of parliament', 'parliament', 'parliamentarians', 'parliamentary', 'commons',
    'house of commons', 'lawmakers', 'committee', 'science and technology committee', 'peers',
    'house of lords', 'lords', 'politicians', 'select committee', 'cross-party',
  ],
  bias: [
    'bias', 'biased', 'biases', 'racist', 'racism', 'racial', 'racially', 'discriminatory', 'discrimination',
    'discriminate', 'discriminates', 'sexist', 'prejudice', 'disproportionately', 'unfair', 'unfairly',
    'institutionally racist', 'demographic', 'disparities', 'disparity',
  ],
  women: ['women', 'woman', 'female', 'females', 'gender', 'sex', 'sexist'],
  race: [
    'race', 'racial', 'racially', 'ethnic', 'ethnicity', 'ethnic minority', 'ethnic minorities', 'bame',
    'black', 'people of colour', 'people of color', 'darker skin', 'darker-skinned', 'minority',
    'minorities', 'african caribbean', 'african-caribbean', 'black community',
  ],
  google: ['google', 'alphabet', 'pichai', 'sundar pichai'],
  'tech-companies': [
    'tech companies', 'technology companies', 'tech giants', 'tech firms', 'silicon valley', 'big tech',
    'tech industry', 'chief executive', 'ceo', 'microsoft', 'brad smith',
  ],
  nec: ['nec', 'neoface', 'neoface watch', 'japanese', 'nec corporation'],
  watchlist: [
    'watch list', 'watchlist', 'watch-list', 'watchlists', 'watch lists', 'wanted list', 'persons of interest',
    'list of suspects', 'bespoke watch list',
  ],
  wanted: [
    'wanted', 'suspects', 'suspect', 'offenders', 'offender', 'criminals', 'criminal', 'fugitives',
    'people of interest', 'individuals of interest', 'individual of interest', 'at large', 'wanted people',
    'wanted individuals', 'wanted suspects', 'wanted persons', 'wanted criminals',
  ],
  'serious-crime': [
    'serious crime', 'serious crimes', 'serious violence', 'violent crime', 'serious and violent',
    'knife crime', 'gun crime', 'violent offences', 'serious offences', 'violent offenders',
    'serious and violent offences', 'serious and violent crime', 'violence', 'violent', 'murder', 'murders',
    'child sexual exploitation', 'child abuse', 'gun and knife crime', 'knife offenders', 'serious offenders',
  ],
  vulnerable: [
    'vulnerable', 'vulnerable people', 'missing children', 'missing people', 'missing persons',
    'protect', 'at risk',
  ],
  targeted: [
    'intelligence-led', 'intelligence led', 'intelligence', 'targeted', 'specific locations',
    'specific location', 'specific areas', 'specific area', 'particular locations', 'bespoke', 'focused',
    'hotspots', 'high crime areas', 'not speculatively', 'not indiscriminately',
  ],
  signs: [
    'signs', 'sign', 'signage', 'signposted', 'leaflets', 'leaflet', 'notices', 'posters', 'clearly marked',
    'warning signs', 'notify',
  ],
  delete: [
    'deleted', 'delete', 'deletes', 'deletion', 'not stored', 'not retained', 'not kept', 'discarded',
    'erased', 'destroyed', 'automatically deleted', 'within seconds', 'immediately deleted', 'straight away',
    "won't be collected", 'not be collected', 'not collected', 'wiped',
  ],
  store: [
    'store', 'stored', 'storing', 'storage', 'retain', 'retained', 'retention', 'keep', 'kept', 'collect',
    'collected', 'collection', 'held on', 'data retention',
  ],
  image: [
    'image', 'images', 'photo', 'photos', 'photograph', 'photographs', 'picture', 'pictures', 'biometric data',
    'facial images', 'biometric map', 'faceprint', 'faceprints', 'face', 'faces', 'biometrics', 'footage',
  ],
  public: [
    'passers-by', 'passersby', 'passerby', 'members of the public', 'the public', 'bystanders', 'crowd',
    'crowds', 'everyone', 'anyone', 'pedestrians', 'citizens', 'innocent people', 'walk past',
    'walking past',
  ],
  approach: [
    'approach', 'approached', 'stop', 'stopped', 'speak to', 'intercept', 'intercepted', 'grab',
    'poised', 'deal with',
  ],
  verify: [
    'verify', 'check', 'checked', 'identity', 'identities', 'id',
  ],
  arrest: ['arrest', 'arrested', 'arrests', 'detain', 'detained', 'apprehend', 'apprehended', 'held'],
  hours: ['hours', 'hour', 'stints', 'sessions', 'at a time', 'shifts'],
  'busy-places': [
    'westfield', 'shopping centre', 'shopping center', 'shopping centres', 'shopping centers', 'mall',
    'malls', 'stratford', 'west end', 'oxford circus', 'busy areas', 'busy places', 'crowded areas',
    'tourists', 'shoppers', 'popular locations', 'high streets', 'sports', 'music events',
  ],
  carnival: ['notting hill carnival', 'carnival', 'notting hill', 'carnival-goers', 'revellers', 'carnivalgoers'],
  troublemakers: ['troublemakers', 'potential troublemakers', 'trouble makers', 'troublemaker'],
  'kings-cross': [
    "king's cross", 'kings cross', 'argent', 'developer', 'property developer', 'private development', 'property company', 'landowner',
  ],
  khan: ['sadiq khan', 'khan', 'mayor', 'mayor of london', 'london mayor', 'city hall'],
  berry: [
    'sian berry', 'berry', 'green party', 'assembly member', 'london assembly', 'the assembly', 'assembly',
    'jenny jones', 'baroness jones', 'green peer',
  ],
  monitor: [
    'monitor', 'monitoring', 'monitored', 'observe', 'observing', 'keep a close watch', 'keep watch',
    'keeping a close watch', 'close watch', 'watch closely', 'oversee', 'keep under review',
    'review each deployment', 'keep an eye on',
  ],
  advice: [
    'advice', 'guidance', 'opinion', 'recommendations', 'take on board', 'taken on board', 'taken on-board',
    'incorporated', 'incorporate', 'acted on', 'followed', 'heeded', 'listened to',
  ],
  ico: [
    'ico', 'information commissioner', "information commissioner's office", 'watchdog',
    'privacy watchdog', 'data protection regulator', 'data watchdog', 'privacy regulator',
    'information watchdog',
  ],
  bbw: ['big brother watch', 'bbw', 'silkie carlo', 'carlo'],
  amnesty: ['amnesty', 'amnesty international', 'amnesty international uk'],
  liberty: ['liberty', 'martha spurrier', 'spurrier'],
  blm: ['black lives matter', 'black lives matter uk', 'blm'],
  commissioner: [
    'commissioner', 'mark rowley', 'rowley', 'sir mark rowley', 'new commissioner', 'police chief',
    'met chief', 'new chief', 'head of the met', 'cressida dick',
  ],
  ephgrave: ['nick ephgrave', 'ephgrave', 'assistant commissioner'],
  letter: [
    'letter', 'open letter', 'wrote', 'written', 'writing', 'demand', 'demanded', 'demands', 'demanding',
    'urge', 'urged', 'urging', 'called on', 'call on', 'calling on', 'petition', 'appeal to',
  ],
  groups: [
    'groups', 'organisations', 'organizations', 'campaigners', 'campaign groups', 'rights groups',
    'civil liberties groups', 'human rights groups', 'charities', 'activists', 'privacy campaigners',
    'privacy advocates', 'advocates', 'critics', 'campaign', 'coalition', 'signatories', 'ngos',
  ],
  effective: [
    'effective', 'effectiveness', 'ineffective', 'not effective', 'pointless', "doesn't work",
    'does not work', 'efficacy', 'benefit', 'results', 'outcomes',
  ],
  resources: ['resources', 'drain', 'drains', 'waste', 'wasteful', 'costly', 'money', 'expensive', 'cost'],
  modern: ['modern', 'new technologies', 'new technology', 'innovation', 'innovative', '21st century'],
  duty: ['duty', 'obligation', 'responsibility', 'expect', 'expects', 'expected', 'rightly expect', 'owe'],
  safe: [
    'safe', 'safety', 'safer', 'keep people safe', 'keeping people safe', 'public safety', 'security',
    'secure', 'protect the public', 'crime-fighting', 'fight crime', 'fighting crime', 'tackle crime',
    'tackling crime', 'bearing down', 'reduce crime',
  ],
  balance: [
    'balance', 'proportionate', 'proportionality', 'safeguards', 'careful', 'considered', 'measured',
    'strikes that balance', 'strike the right balance', 'right balance', 'necessary', 'necessity',
    'strict necessity',
  ],
  transparent: ['transparent', 'transparency', 'openness', 'openly', 'accountable', 'accountability', 'where and when'],
  support: [
    'support', 'supports', 'supported', 'backing', 'backed', 'back', 'backs', 'approve', 'approval',
    'survey', 'surveyed', 'poll', 'polls', 'in favour', 'endorse', 'welcome', 'welcomed', 'favour',
  ],
  communities: [
    'communities', 'community', 'locally', 'partners', 'engagement', 'engaging', 'consult',
    'consulted', 'consultation', 'residents', 'locals', 'neighbourhood',
  ],
  'private-sector': [
    'private sector', 'private companies', 'businesses', 'shops', 'retailers', 'retail',
    'property companies', 'private', 'commercial', 'supermarkets', 'private firms',
  ],
  widely: [
    'widely', 'widely used', 'widely available', 'commonplace', 'already used', 'widespread',
    'across the uk', 'across the country',
  ],
  prompt: [
    'prompt', 'may be the person', 'human decision', 'final decision', 'human check', 'officer decides',
    'decision-making', 'human oversight', 'human in the loop', 'person you are looking for',
  ],
  briefed: ['briefed', 'briefing', 'briefings', 'look out for', 'looking out for', 'on the lookout'],
  'first-day': ['first day', 'first day in the job', 'first day on the job', 'first day in office', 'took office', 'took over'],
  child: [
    'schoolboy', 'schoolgirl', 'child', 'children', 'boy', 'girl', 'teenager', 'teenage', 'student',
    'exchange student', 'french', 'pupil', 'school uniform', 'year-old', 'year old',
  ],
  government: [
    'home secretary', 'home office', 'government', 'priti patel', 'ministers', 'minister', 'whitehall',
    'new government', "government's", 'conservative government',
  ],
  'legal-challenge': [
    'legal challenge', 'legal claim', 'legal action', 'legal actions', 'challenge', 'challenged', 'court case',
    'judicial review', 'sue', 'sued', 'lawsuit', 'test case', 'court action', 'legal case',
  ],
  warning: [
    'warnings', 'warning', 'warned', 'concerns', 'concern', 'objections', 'criticised', 'defied',
    'defy', 'defying', 'ignoring', 'ignore', 'ignored', 'despite', 'flies in the face',
    'in the face of', 'contrary to', 'disregard',
  ],
  ethics: ['ethics', 'ethical', 'ethics panel', 'london policing ethics panel', 'ethically'],
  assurance: [
    'assurance', 'assurances', 'promise', 'promises', 'promised', 'guarantee', 'guarantees', 'pledge',
    'pledged', 'commitment', 'committed', 'reassurance', 'reassured', 'undertaking',
  ],
  scale: ['millions', 'million', 'hundreds of thousands', 'thousands', 'tens of thousands', 'countless'],
  consent: ['consent', 'knowledge', 'without their knowledge', 'permission', 'agreement', 'awareness', 'aware', 'unaware', 'without consent'],
  events: [
    'protests', 'protest', 'protesters', 'sporting events', 'sports events', 'concerts', 'concert',
    'football matches', 'football match', 'events', 'festivals', 'festival', 'gigs', 'stadium',
    'stadiums', 'music events', 'public events',
  ],
  'human-decision': ['human', 'manual', 'humans'],
  stain: ['stain', 'stains', 'tarnish', 'blemish', 'human rights record', 'damage', 'reputation'],
  reconsider: ['reconsideration', 'reconsider', 'rethink', 'u-turn', 'think again', 'reverse'],
  scan: [
    'scan', 'scans', 'scanned', 'scanning', 'capture', 'captured', 'captures', 'record', 'recorded',
    'film', 'filmed', 'compare', 'compared', 'comparing', 'checked against', 'cross-check',
    'cross-checked', 'searched against', 'matched against',
  ],
  'real-time': ['real time', 'real-time', 'live', 'instantly', 'instant', 'in seconds', 'immediately'],
  cities: ['cities', 'city', 'san francisco', 'oakland', 'somerville', 'boston', 'portland', 'us cities', 'american cities'],
};
