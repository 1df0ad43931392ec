/**
 * Generated claim packs for the scale benchmark: thousands of claims that read like the real ones
 * (who said what about which surveillance or policing technology, where, with which figure and when)
 * but are invented, built from a small grammar with a seeded random generator so every run gets the
 * same pack. None copies a seed claim; they widen the vocabulary the way a bigger database would
 * (new technologies, places, organisations, names, figures), which is what makes a matcher slower.
 */
import type { Claim, Stance } from '../claims/types';

/** Mulberry32: a small, fast, seeded generator (the same pack on every run and machine). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Amira',
  'Ben',
  'Chloe',
  'Dev',
  'Elena',
  'Farid',
  'Grace',
  'Hugo',
  'Ines',
  'Jonah',
  'Kemi',
  'Liam',
  'Maya',
  'Nikhil',
  'Olga',
  'Pavel',
  'Quinn',
  'Rosa',
  'Samir',
  'Tess',
  'Umar',
  'Vera',
  'Wes',
  'Yara',
  'Zoe',
];
const LAST = [
  'Adeyemi',
  'Brennan',
  'Castillo',
  'Dunmore',
  'Eriksen',
  'Fairweather',
  'Gallagher',
  'Hollis',
  'Iqbal',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Mbeki',
  'Novak',
  'Okafor',
  'Petrov',
  'Quayle',
  'Rinaldi',
  'Sato',
  'Thorne',
];
const ORG_ADJ = [
  'Northern',
  'Coastal',
  'Open',
  'Civic',
  'National',
  'Independent',
  'Metropolitan',
  'Regional',
  'Digital',
  'Public',
  'Western',
  'Highland',
  'Urban',
  'Rural',
  'Citizens',
];
const ORG_NOUN = [
  'Data',
  'Privacy',
  'Transport',
  'Justice',
  'Liberty',
  'Safety',
  'Technology',
  'Health',
  'Rights',
  'Policing',
  'Borders',
  'Education',
  'Housing',
  'Accountability',
];
const ORG_TYPE = [
  'Trust',
  'Authority',
  'Commission',
  'Institute',
  'Council',
  'Foundation',
  'Network',
  'Alliance',
  'Ombudsman',
  'Observatory',
  'Board',
  'Union',
];
const TECH = [
  'automatic number plate recognition',
  'predictive policing software',
  'body-worn cameras',
  'drone surveillance',
  'gait recognition',
  'voice identification',
  'social media monitoring',
  'school CCTV',
  'smart meters',
  'contact-tracing apps',
  'biometric passports',
  'fingerprint scanners at the border',
  'emotion detection software',
  'retail face matching',
  'stadium entry screening',
  'licence plate readers',
  'algorithmic benefit checks',
  'acoustic gunshot detection',
  'iris scanners',
  'crowd counting sensors',
  'automated speed cameras',
  'mobile phone extraction',
  'doorbell camera networks',
  'airport e-gates',
  'age estimation software',
  'workplace keystroke monitoring',
  'online proctoring tools',
  'smart streetlights',
  'risk scoring of offenders',
  'bodycam transcription software',
];
const PLACES = [
  'Leeds',
  'Glasgow',
  'Cardiff',
  'Belfast',
  'Bristol',
  'Manchester',
  'Birmingham',
  'Liverpool',
  'Newcastle',
  'Sheffield',
  'Dublin',
  'Rotterdam',
  'Lyon',
  'Hamburg',
  'Milan',
  'Valencia',
  'Oslo',
  'Toronto',
  'Melbourne',
  'Auckland',
  'Chicago',
  'Denver',
  'Cape Town',
  'Nairobi',
  'Singapore',
  'Osaka',
  'Seoul',
  'São Paulo',
  'Mexico City',
  'Warsaw',
];
const AUTHORITIES = [
  'the city council',
  'the transport police',
  'the border agency',
  'the regional health board',
  'the education department',
  'the housing regulator',
  'the county police',
  'the prison service',
  'the tax office',
  'the port authority',
];
const HARMS = [
  'privacy',
  'freedom of assembly',
  'equal treatment',
  'due process',
  'freedom of expression',
  'the presumption of innocence',
  'data protection',
  'children’s rights',
];
const OUTCOMES = [
  'wrongly flagged',
  'stopped and questioned',
  'added to a watch list',
  'refused entry',
  'denied benefits',
  'fined',
  'reported to the police',
  'asked for identification',
];
const CONDITIONS = [
  'an independent audit is published',
  'Parliament passes a specific law',
  'the regulator issues guidance',
  'bias testing is complete',
  'the public has been consulted',
];
const CRIMES = ['burglary', 'car theft', 'shoplifting', 'fare evasion', 'antisocial behaviour', 'knife crime'];
const COURTS = ['the High Court', 'the Court of Appeal', 'a tribunal', 'the regional court', 'the supreme court'];

type Template = (r: Pick) => { text: string; stance: Stance; figures: string[] };
interface Pick {
  person: string;
  org: string;
  tech: string;
  place: string;
  authority: string;
  harm: string;
  outcome: string;
  condition: string;
  crime: string;
  court: string;
  pct: number;
  count: number;
  year: number;
}

const TEMPLATES: Template[] = [
  (p) => ({
    text: `${p.org} said ${p.tech} in ${p.place} was wrong in ${p.pct}% of cases in ${p.year}.`,
    stance: 'opposes',
    figures: [`${p.pct}%`],
  }),
  (p) => ({
    text: `${p.authority} claims ${p.tech} cut ${p.crime} in ${p.place} by ${p.pct}% after ${p.year}.`,
    stance: 'supports',
    figures: [`${p.pct}%`],
  }),
  (p) => ({
    text: `According to ${p.org}, ${p.count.toLocaleString('en')} people were ${p.outcome} because of ${p.tech} in ${p.place} during ${p.year}.`,
    stance: 'opposes',
    figures: [],
  }),
  (p) => ({
    text: `${p.person} of ${p.org} warned that ${p.tech} poses a serious risk to ${p.harm}.`,
    stance: 'opposes',
    figures: [],
  }),
  (p) => ({
    text: `${p.org} called for a pause on ${p.tech} in ${p.place} until ${p.condition}.`,
    stance: 'opposes',
    figures: [],
  }),
  (p) => ({
    text: `${p.court} ruled in ${p.year} that the use of ${p.tech} by ${p.authority} was lawful.`,
    stance: 'supports',
    figures: [],
  }),
  (p) => ({
    text: `${p.person}, speaking for ${p.authority}, said ${p.tech} had helped to find ${p.count} missing people in ${p.place}.`,
    stance: 'supports',
    figures: [],
  }),
  (p) => ({
    text: `A review by ${p.org} found that ${p.tech} in ${p.place} misidentified women and older people ${p.pct}% more often.`,
    stance: 'opposes',
    figures: [`${p.pct}%`],
  }),
  (p) => ({
    text: `${p.authority} said only ${p.pct}% of the alerts raised by ${p.tech} in ${p.year} needed any follow-up.`,
    stance: 'neutral',
    figures: [`${p.pct}%`],
  }),
  (p) => ({
    text: `${p.person} told ${p.org} that ${p.tech} would be rolled out across ${p.place} by ${p.year}.`,
    stance: 'neutral',
    figures: [],
  }),
];

const pickFrom = <T>(r: () => number, list: readonly T[]): T => list[Math.floor(r() * list.length)] as T;

function pick(r: () => number): Pick {
  return {
    person: `${pickFrom(r, FIRST)} ${pickFrom(r, LAST)}`,
    org: `the ${pickFrom(r, ORG_ADJ)} ${pickFrom(r, ORG_NOUN)} ${pickFrom(r, ORG_TYPE)}`,
    tech: pickFrom(r, TECH),
    place: pickFrom(r, PLACES),
    authority: pickFrom(r, AUTHORITIES),
    harm: pickFrom(r, HARMS),
    outcome: pickFrom(r, OUTCOMES),
    condition: pickFrom(r, CONDITIONS),
    crime: pickFrom(r, CRIMES),
    court: pickFrom(r, COURTS),
    pct: 2 + Math.floor(r() * 95),
    count: 10 + Math.floor(r() * 5000),
    year: 2012 + Math.floor(r() * 14),
  };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** `count` invented claims, each with an excerpt from a seed named "generated" and one variant. */
export function generateClaims(count: number, seed = 1): Claim[] {
  const r = random(seed);
  const claims: Claim[] = [];
  for (let i = 0; i < count; i++) {
    const p = pick(r);
    const first = pickFrom(r, TEMPLATES)(p);
    // The variant says the same thing in another template's words about the same subject.
    const variant = pickFrom(r, TEMPLATES)({ ...p, person: `${pickFrom(r, FIRST)} ${pickFrom(r, LAST)}` });
    const statement = capitalise(first.text);
    claims.push({
      id: `generated-${i}`,
      statement,
      excerpts: [{ seed: 'generated', text: statement }],
      claimant: {
        name: p.person,
        organisation: capitalise(p.org.replace(/^the /, '')),
        certainty: 'high',
        sources: [],
      },
      date: { value: String(p.year), certainty: 'high', sources: [] },
      stance: first.stance,
      counters: [],
      contrasts: [],
      context: [],
      after: [],
      variants: [capitalise(variant.text)],
      figures: first.figures,
    });
  }
  return claims;
}

/** Claims quoted from one generated document (a document's text is limited to 1,000,000 characters). */
const CLAIMS_PER_DOCUMENT = 1000;

/**
 * `count` generated claims as a ClaimLens pack file's content (the seeds' schema in one file): generated
 * documents hold the statements, which each claim quotes as its excerpt.
 */
export function generatedPack(count: number): object {
  const claims = generateClaims(count);
  const source = 'generated-source';
  const dated = { certainty: 'high', sources: [source] } as const;
  const documents = [];
  for (let i = 0; i * CLAIMS_PER_DOCUMENT < claims.length; i++) {
    const part = claims.slice(i * CLAIMS_PER_DOCUMENT, (i + 1) * CLAIMS_PER_DOCUMENT);
    documents.push({
      id: `generated-${i}`,
      name: `Generated claims, part ${i + 1}`,
      publication: { value: 'Generated', certainty: 'medium' },
      headline: { value: `Generated claims, part ${i + 1}`, certainty: 'medium' },
      author: { value: null, certainty: 'unknown' },
      date: { value: '2026-01-01', certainty: 'medium' },
      url: { value: `https://bench.example/generated/${i}`, certainty: 'medium' },
      text: part.map((c) => c.statement).join('\n\n'),
    });
  }
  return {
    claimlensPack: 1,
    id: 'generated-claims',
    name: `Generated claims (${count})`,
    version: '1',
    publisher: 'ClaimLens bench',
    documents,
    sources: [
      {
        id: source,
        publication: 'Generated',
        title: 'Generated claims',
        date: '2026-01-01',
        url: 'https://bench.example/generated',
      },
    ],
    claims: claims.map((c, i) => ({
      ...c,
      excerpts: [{ seed: `generated-${Math.floor(i / CLAIMS_PER_DOCUMENT)}`, text: c.statement }],
      claimant: { ...c.claimant, ...dated },
      date: { ...c.date, ...dated },
    })),
  };
}
