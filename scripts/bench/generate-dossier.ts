/**
 * Generates a whole dossier of N sources for the scale benchmark: raw seeds with sidecars
 * (so the clean stage really runs, and repairs the damage put in), an actor registry,
 * outlets, key questions whose evidence is copied from sentences the cleaner leaves alone,
 * timeline events and the two prose pages. Deterministic: a seeded PRNG, no Math.random,
 * no clock.
 *
 * Proportions, chosen to look like a large real dossier rather than to flatter the build:
 * ~800 words in 10–15 paragraphs per source; one actor per 20 sources (at least 12, at most
 * 600), named with a Zipf-like skew so a few dominate; one outlet per 50 sources (at least
 * 5, at most 250); one key question per 50 sources (at least 10, at most 200), each source
 * answering up to two; one timeline event per 100 sources (at least 8, at most 120).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { integer, mulberry32, pick, pickDistinct, zipf, type Random } from './random.ts';
import { citationLink } from '../../src/citations/citation-syntax.ts';

export interface DossierShape {
  sources: number;
  actors: number;
  outlets: number;
  questions: number;
  timeline: number;
}

export interface GeneratedDossier {
  shape: DossierShape;
  /** Words in the raw seeds (debris and repeats included). */
  words: number;
  /** Quotations written with a reporting verb. */
  quotations: number;
  /** Answers over all questions. */
  answers: number;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, Math.round(value)));

export function shapeFor(sources: number): DossierShape {
  return {
    sources,
    actors: clamp(sources / 20, 12, 600),
    outlets: clamp(sources / 50, 5, 250),
    questions: clamp(sources / 50, 10, 200),
    timeline: clamp(sources / 100, 8, 120),
  };
}

// ---------------------------------------------------------------------------------------
// Vocabulary: ordinary English, plus generated proper names so the vocabulary (and so the
// search index) grows with the corpus as real coverage does.

const FIRST_NAMES = ['Anna', 'Boris', 'Clara', 'David', 'Elena', 'Farid', 'Grace', 'Hugo', 'Irina', 'James', 'Karin', 'Leo', 'Maria', 'Nadia', 'Oscar', 'Paula', 'Rafael', 'Sofia', 'Tomas', 'Ursula', 'Victor', 'Wanda', 'Yusuf', 'Zoe', 'Alan', 'Beatrice', 'Carlos', 'Diana', 'Emil', 'Fiona', 'Gustav', 'Helen', 'Ivan', 'Julia', 'Kofi', 'Lena', 'Martin', 'Nina', 'Olga', 'Peter'];
const SYLLABLES = ['bar', 'vel', 'dor', 'kin', 'mar', 'sten', 'hol', 'ric', 'var', 'ton', 'lem', 'gar', 'wen', 'dal', 'fir', 'nor', 'pel', 'trav', 'zan', 'mor', 'kes', 'bran', 'lid', 'cor', 'vin', 'hal', 'ster', 'mund', 'ros', 'tel'];
const TITLES = ['Minister', 'Senator', 'Governor', 'Director', 'Ambassador', 'Commissioner', 'Mayor', 'General'];
const PORTFOLIOS = ['Energy', 'Finance', 'Defence', 'Transport', 'Health', 'Trade', 'Water', 'Housing', 'Justice', 'Agriculture'];
const BODIES = ['Authority', 'Agency', 'Council', 'Commission', 'Institute', 'Ministry', 'Board', 'Bureau'];
/** What an outlet's description is made of: varied, as real ones are, so index pages weigh what a real dossier's would. */
const OUTLET_KINDS = ['Daily newspaper', 'Weekly news magazine', 'Online news site', 'News service of a regional public broadcaster', 'Business and finance newspaper', 'News agency', 'Evening tabloid', 'Nonprofit investigative newsroom', 'Sunday newspaper', 'Local radio newsroom'];
const OUTLET_BEATS = ['local government', 'the courts', 'public works', 'taxes', 'the environment', 'health', 'schools', 'industry', 'elections', 'defence', 'farming', 'housing', 'labour'];
const MASTHEADS = ['Herald', 'Times', 'Post', 'Ledger', 'Courier', 'Gazette', 'Observer', 'Chronicle', 'Tribune', 'Dispatch', 'Journal', 'Monitor'];
const NOUNS = ['agreement', 'budget', 'contract', 'pipeline', 'programme', 'report', 'inquiry', 'plan', 'network', 'reservoir', 'harbour', 'railway', 'tariff', 'subsidy', 'permit', 'audit', 'strike', 'election', 'ceasefire', 'treaty', 'reform', 'license', 'review', 'grant', 'tender', 'dispute', 'merger', 'loan', 'deficit', 'levy', 'quota', 'border', 'bridge', 'factory', 'hospital', 'school', 'court', 'pension', 'market', 'survey', 'census', 'outage', 'flood', 'drought', 'shipment', 'convoy', 'protest', 'summit', 'deadline', 'ruling', 'appeal', 'sanction', 'embargo', 'investment', 'warehouse', 'terminal', 'corridor', 'satellite', 'vaccine', 'turbine'];
const ADJECTIVES = ['new', 'regional', 'national', 'disputed', 'delayed', 'revised', 'emergency', 'temporary', 'secret', 'public', 'costly', 'controversial', 'joint', 'annual', 'federal', 'coastal', 'northern', 'southern', 'municipal', 'private', 'draft', 'final', 'proposed', 'interim', 'expanded', 'reduced', 'bilateral', 'long-awaited', 'unexpected', 'formal'];
const VERBS_PAST = ['approved', 'rejected', 'delayed', 'announced', 'criticised', 'defended', 'signed', 'suspended', 'reviewed', 'funded', 'cancelled', 'extended', 'questioned', 'endorsed', 'blocked', 'revised', 'published', 'investigated', 'welcomed', 'opposed', 'expanded', 'postponed', 'confirmed', 'challenged', 'negotiated'];
const VERBS = ['approve', 'reject', 'delay', 'review', 'fund', 'cancel', 'extend', 'protect', 'expand', 'replace', 'restore', 'reduce', 'support', 'finish', 'inspect'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const PERIODS = ['week', 'month', 'year', 'quarter', 'spring', 'autumn'];
const GROUPS = ['officials', 'residents', 'workers', 'analysts', 'engineers', 'inspectors', 'lawmakers', 'diplomats', 'farmers', 'investors'];

interface Actor {
  id: string;
  name: string;
  /** How the text names it after the first mention. */
  short: string;
  aliases: string[];
  kind: 'person' | 'agency' | 'organisation' | 'government';
  role: string;
  affiliation?: string;
}

interface Outlet {
  id: string;
  name: string;
  alias: string;
  /** The invented place it is named after. */
  place: string;
}

interface Question {
  id: string;
  question: string;
  /** What an answering sentence is about: "the delayed reservoir in Barvel". */
  topic: string;
  answers: { source: string; answer: string; evidence: string }[];
}

interface Paragraph {
  text: string;
  /** Actors named in it, by id. */
  actors: string[];
}

const slugify = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const yamlString = (text: string) => JSON.stringify(text);

/** Distinct invented proper names ("Barveldor"), none equal to a name already taken. */
function nameMaker(random: Random): () => string {
  const taken = new Set<string>();
  return () => {
    for (;;) {
      const parts = integer(random, 2, 3);
      let word = '';
      for (let index = 0; index < parts; index += 1) word += pick(random, SYLLABLES);
      const name = capitalise(word);
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };
}

function makeActors(random: Random, count: number, newName: () => string, places: readonly string[]): Actor[] {
  const actors: Actor[] = [];
  const bodies: Actor[] = [];
  for (let index = 0; index < count; index += 1) {
    // One in five is an institution; people belong to one.
    if (index % 5 === 1) {
      const place = newName();
      const body = pick(random, BODIES);
      const portfolio = pick(random, PORTFOLIOS);
      const name = `${place} ${portfolio} ${body}`;
      const kind = body === 'Ministry' ? 'government' : body === 'Institute' ? 'organisation' : 'agency';
      const actor: Actor = { id: slugify(name), name, short: `the ${place} ${body.toLowerCase()}`, aliases: [`${place} ${body}`, `the ${place} ${body.toLowerCase()}`], kind, role: `${portfolio} ${body.toLowerCase()} of ${pick(random, places)}` };
      actors.push(actor);
      bodies.push(actor);
    } else {
      const first = pick(random, FIRST_NAMES);
      const surname = newName();
      const title = pick(random, TITLES);
      const portfolio = pick(random, PORTFOLIOS);
      const name = `${first} ${surname}`;
      const affiliation = bodies.length > 0 && random() < 0.5 ? pick(random, bodies).id : undefined;
      actors.push({ id: slugify(name), name, short: surname, aliases: [surname, `${title} ${name}`, `${title} ${surname}`], kind: 'person', role: `${title} for ${portfolio.toLowerCase()}`, affiliation });
    }
  }
  return actors;
}

function makeOutlets(random: Random, count: number, newName: () => string): Outlet[] {
  return Array.from({ length: count }, () => {
    const place = newName();
    const masthead = pick(random, MASTHEADS);
    return { id: slugify(`${place} ${masthead}`), name: `The ${place} ${masthead}`, alias: `${place} ${masthead}`, place };
  });
}

/**
 * An outlet's description, about a hundred characters and different for each outlet. Drawn
 * from a generator of its own, seeded by the outlet's id, so that adding it left every other
 * draw of the dossier (and so the benchmark's corpus) as it was.
 */
function outletDescription(outlet: Outlet): string {
  let hash = 0;
  for (const char of outlet.id) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  const random = mulberry32(hash);
  const [first, second] = pickDistinct(random, OUTLET_BEATS, 2);
  return `${pick(random, OUTLET_KINDS)} based in ${outlet.place}, founded in ${integer(random, 1850, 2015)}; it covers ${first} and ${second}.`;
}

// ---------------------------------------------------------------------------------------
// Articles

interface ArticleContext {
  random: Random;
  actors: readonly Actor[];
  outlets: readonly Outlet[];
  places: readonly string[];
  drawActor: () => number;
}

/** A plain narrative sentence: no quotation marks, so curling quotes never touches it. */
function narrative(context: ArticleContext, cast: readonly Actor[], named: Set<string>): { text: string; actors: string[] } {
  const { random } = context;
  const noun = pick(random, NOUNS);
  const adjective = pick(random, ADJECTIVES);
  const place = pick(random, context.places);
  const mention = (actor: Actor) => {
    const text = named.has(actor.id) ? actor.short : actor.name;
    named.add(actor.id);
    return text;
  };
  switch (integer(random, 0, 5)) {
    case 0: {
      const actor = pick(random, cast);
      return { text: `${capitalise(mention(actor))} ${pick(random, VERBS_PAST)} the ${adjective} ${noun} in ${place} on ${pick(random, WEEKDAYS)}.`, actors: [actor.id] };
    }
    case 1:
      return { text: `The ${noun} had been ${pick(random, VERBS_PAST)} by ${pick(random, GROUPS)} in ${place} last ${pick(random, PERIODS)}, and ${integer(random, 2, 900)} ${pick(random, NOUNS)}s were affected.`, actors: [] };
    case 2: {
      const outlet = pick(random, context.outlets);
      const actor = pick(random, cast);
      return { text: `According to ${outlet.name}, ${mention(actor)} ${pick(random, VERBS_PAST)} a ${adjective} ${noun} with ${pick(random, GROUPS)} from ${place}.`, actors: [actor.id] };
    }
    case 3: {
      const outlet = pick(random, context.outlets);
      return { text: `${outlet.alias} reported that the ${noun} would ${pick(random, VERBS)} the ${pick(random, NOUNS)} by ${pick(random, MONTHS)}.`, actors: [] };
    }
    case 4:
      return { text: `${capitalise(pick(random, GROUPS))} in ${place} said the ${adjective} ${noun} could cost ${integer(random, 2, 90)} million over ${integer(random, 2, 12)} years.`, actors: [] };
    default: {
      const [a, b] = pickDistinct(random, cast, 2);
      if (a && b) return { text: `${capitalise(mention(a))} and ${mention(b)} ${pick(random, VERBS_PAST)} the ${noun} at a meeting in ${place}.`, actors: [a.id, b.id] };
      return { text: `The ${adjective} ${noun} was ${pick(random, VERBS_PAST)} in ${place}.`, actors: [] };
    }
  }
}

/** A direct quotation with a reporting verb, the way news copy attributes one. */
function quotation(context: ArticleContext, cast: readonly Actor[], named: Set<string>, straight: boolean): { text: string; actors: string[] } {
  const { random } = context;
  const actor = pick(random, cast);
  const first = !named.has(actor.id);
  named.add(actor.id);
  const words = `We will ${pick(random, VERBS)} the ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} before the ${pick(random, NOUNS)} ends`;
  const [open, close] = straight ? ['"', '"'] : ['“', '”'];
  const text = first
    ? `${open}${words},${close} said ${actor.name}, the ${actor.role}.`
    : `${open}${words},${close} ${actor.short} said.`;
  return { text: text.charAt(0) === 't' ? capitalise(text) : text, actors: [actor.id] };
}

interface Article {
  headline: string;
  paragraphs: Paragraph[];
  /** The raw text as a scraper would have left it. */
  raw: string;
  damage: string[];
  answers: { question: number; evidence: string; paragraph: number }[];
  quotations: number;
}

const DEBRIS = ['Advertisement', 'Share this article', 'Read more:', 'Subscribe to our newsletter', 'Leave a reply'];

function makeArticle(context: ArticleContext, questions: readonly Question[], answering: number[]): Article {
  const { random, actors } = context;
  const cast = pickDistinct(random, actors, integer(random, 2, 5), () => actors[context.drawActor()] as Actor);
  const named = new Set<string>();
  const count = integer(random, 10, 15);
  const target = 800 / count;
  const paragraphs: Paragraph[] = [];
  const answers: Article['answers'] = [];
  let quotations = 0;
  const straightQuotes = random() < 0.25;
  const answerAt = new Map(answering.map((question) => [integer(random, 2, count), question]));
  const headline = `${capitalise(pick(random, ADJECTIVES))} ${pick(random, NOUNS)} in ${pick(random, context.places)} ${pick(random, VERBS_PAST)} as ${pick(random, GROUPS)} ${pick(random, ['wait', 'protest', 'object', 'look on'])}`;
  for (let index = 1; index <= count; index += 1) {
    const sentences: string[] = [];
    const ids = new Set<string>();
    let words = 0;
    const question = answerAt.get(index);
    if (question !== undefined) {
      // The evidence sentence: plain words the cleaner has no rule for, copied into the question.
      const topic = (questions[question] as Question).topic;
      const evidence = `${pick(random, GROUPS).replace(/^./, (c) => c.toUpperCase())} confirmed that ${topic} was ${pick(random, VERBS_PAST)} after ${integer(random, 2, 40)} days of talks`;
      sentences.push(`${evidence}.`);
      answers.push({ question, evidence, paragraph: index });
      words += evidence.split(' ').length;
    }
    if (index > 1 && random() < 0.35) {
      const quoted = quotation(context, cast, named, straightQuotes);
      quotations += 1;
      sentences.push(quoted.text);
      quoted.actors.forEach((id) => ids.add(id));
      words += quoted.text.split(' ').length;
    }
    while (words < target) {
      const sentence = narrative(context, cast, named);
      sentences.push(sentence.text);
      sentence.actors.forEach((id) => ids.add(id));
      words += sentence.text.split(' ').length;
    }
    paragraphs.push({ text: sentences.join(' '), actors: [...ids] });
  }

  // The copy as received: damage the general cleaner repairs, never inside evidence.
  const damage: string[] = [];
  const rawParagraphs = paragraphs.map((paragraph) => paragraph.text);
  const evidenceParagraphs = new Set(answers.map((answer) => answer.paragraph - 1));
  const plain = rawParagraphs.findIndex((_, index) => !evidenceParagraphs.has(index));
  if (plain >= 0 && random() < 0.2) rawParagraphs[plain] = (rawParagraphs[plain] as string).replace(/ the /, ' the the ');
  if (random() < 0.15) {
    const at = integer(random, 0, rawParagraphs.length - 1);
    rawParagraphs.splice(at + 1, 0, rawParagraphs[at] as string);
  }
  if (random() < 0.4) {
    damage.push('web-debris');
    const debris = pickDistinct(random, DEBRIS, integer(random, 1, 3));
    for (const line of debris) rawParagraphs.splice(integer(random, 1, rawParagraphs.length), 0, line);
  }
  const top = random() < 0.3 ? [headline, headline] : [headline];
  return { headline, paragraphs, raw: `${[...top, ...rawParagraphs].join('\n\n')}\n`, damage, answers, quotations };
}

// ---------------------------------------------------------------------------------------
// Files

function write(path: string, contents: string): void {
  writeFileSync(path, contents);
}

/** A citation with the words it rests on, which validate finds in the cleaned paragraph. */
function citation(label: string, slug: string, paragraph: number, words: string): string {
  return citationLink(`${label} ¶${paragraph}`, slug, paragraph, words);
}

/** Writes seeds/ and content/ (all but sources/ and cleaning/, which the clean stage makes) into `root`. */
export function generateDossier(root: string, sources: number, seed = 20250303): GeneratedDossier {
  const random = mulberry32(seed ^ sources);
  const shape = shapeFor(sources);
  const newName = nameMaker(random);
  const places = Array.from({ length: Math.max(20, Math.round(sources / 25)) }, newName);
  const actors = makeActors(random, shape.actors, newName, places);
  const outlets = makeOutlets(random, shape.outlets, newName);
  const questions: Question[] = Array.from({ length: shape.questions }, (_, index) => {
    const topic = `the ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} in ${pick(random, places)}`;
    return { id: `${String(index + 1).padStart(3, '0')}-${slugify(topic.replace(/^the /, ''))}`, question: `What happened to ${topic}?`, topic, answers: [] };
  });
  const context: ArticleContext = { random, actors, outlets, places, drawActor: zipf(random, actors.length) };
  const drawQuestion = zipf(random, questions.length, 0.8);
  const drawOutlet = zipf(random, outlets.length, 0.7);

  for (const dir of ['seeds', 'content/actors', 'content/outlets', 'content/questions', 'content/timeline', 'content/pages', 'content/sources', 'content/cleaning']) {
    mkdirSync(join(root, dir), { recursive: true });
  }

  let words = 0;
  let quotations = 0;
  const firstMention = new Map<string, { slug: string; label: string; paragraph: number; words: string }>();
  const actorsById = new Map(actors.map((actor) => [actor.id, actor]));
  // Timeline events cite a paragraph, and their titles its words: the evidence sentence of an
  // answering source, which no cleaning rule touches (so validate finds the words).
  const cited: { slug: string; label: string; paragraph: number; words: string; date: string }[] = [];
  let eventDue = false;
  const start = Date.UTC(2024, 0, 1);
  for (let index = 0; index < sources; index += 1) {
    // Every question gets at least one answer; after that answers follow a Zipf skew.
    const answering = index < questions.length ? [index] : random() < 0.6 ? pickDistinct(random, questions.map((_, at) => at), integer(random, 1, 2), drawQuestion) : [];
    const article = makeArticle(context, questions, answering);
    const outlet = outlets[drawOutlet()] as Outlet;
    const slug = `${outlet.id}-${String(index + 1).padStart(5, '0')}-${slugify(article.headline).split('-').slice(0, 4).join('-')}`;
    const published = new Date(start + integer(random, 0, 540) * 86_400_000).toISOString().slice(0, 10);
    const file = `${String(index + 1).padStart(5, '0')}_bench.txt`;
    write(join(root, 'seeds', file), article.raw);
    write(
      join(root, 'seeds', file.replace(/\.txt$/, '.yaml')),
      [
        `slug: ${slug}`,
        `outlet: ${outlet.id}`,
        `published: ${published}`,
        'dateBasis: stated',
        'language: en',
        `damage: [${article.damage.join(', ')}]`,
        'notes: Generated by the scale benchmark (scripts/bench/generate-dossier.ts).',
        '',
      ].join('\n'),
    );
    words += article.raw.split(/\s+/).filter(Boolean).length;
    quotations += article.quotations;
    article.paragraphs.forEach((paragraph, at) => {
      for (const id of paragraph.actors) {
        if (firstMention.has(id)) continue;
        // The citation gives the words it rests on (validate checks them): the actor's name as this paragraph writes it.
        const actor = actorsById.get(id);
        const written = actor ? [actor.name, ...actor.aliases].sort((a, b) => b.length - a.length).find((form) => paragraph.text.includes(form)) : undefined;
        if (written) firstMention.set(id, { slug, label: outlet.name, paragraph: at + 1, words: written });
      }
    });
    for (const answer of article.answers) {
      (questions[answer.question] as Question).answers.push({ source: slug, answer: `${outlet.name} reports what happened to ${(questions[answer.question] as Question).topic}.`, evidence: answer.evidence });
    }
    if (index % Math.max(1, Math.floor(sources / shape.timeline)) === 0) eventDue = true;
    const evidence = article.answers[0];
    if (eventDue && evidence) {
      cited.push({ slug, label: outlet.name, paragraph: evidence.paragraph, words: evidence.evidence, date: published });
      eventDue = false;
    }
  }

  for (const actor of actors) {
    const first = firstMention.get(actor.id);
    const body = first
      ? `${actor.name} is the ${actor.role}, first named in the dossier by ${first.label} (${citation(first.label, first.slug, first.paragraph, first.words)}).`
      : `${actor.name} is the ${actor.role}.`;
    write(
      join(root, 'content/actors', `${actor.id}.md`),
      `---\nname: ${yamlString(actor.name)}\naliases: [${actor.aliases.map(yamlString).join(', ')}]\nkind: ${actor.kind}\nrole: ${yamlString(actor.role)}\naffiliations: [${actor.affiliation ?? ''}]\n---\n${body}\n`,
    );
  }
  for (const outlet of outlets) {
    write(
      join(root, 'content/outlets', `${outlet.id}.md`),
      `---\nname: ${yamlString(outlet.name)}\naliases: [${yamlString(outlet.alias)}]\nhomepage: https://${outlet.id}.example/\ndescription: ${yamlString(outletDescription(outlet))}\n---\n`,
    );
  }
  let answers = 0;
  questions.forEach((question, index) => {
    answers += question.answers.length;
    const relation = question.answers.length === 1 ? 'single-source' : 'agree';
    const lines = question.answers.flatMap((answer) => [`  - source: ${answer.source}`, `    answer: ${yamlString(answer.answer)}`, '    evidence:', `      - ${yamlString(answer.evidence)}`]);
    write(
      join(root, 'content/questions', `${question.id}.md`),
      `---\nquestion: ${yamlString(question.question)}\norder: ${index + 1}\nrelation: ${relation}\nrelationNote: ${yamlString(`Each answering source reports on ${question.topic}.`)}\nanswers:\n${lines.join('\n')}\n---\n`,
    );
  });
  cited.slice(0, shape.timeline).forEach((event, index) => {
    write(
      join(root, 'content/timeline', `event-${String(index + 1).padStart(3, '0')}.md`),
      `---\ntitle: ${yamlString(`Event ${index + 1} reported by ${event.label}`)}\ntitleCitation:\n  source: ${event.slug}\n  paragraph: ${event.paragraph}\n  words: ${yamlString(event.words)}\ndate: ${event.date}\nprecision: day\nwhen: ${yamlString(`The publication date of the ${event.label} source.`)}\n---\n${event.label} reports it (${citation(event.label, event.slug, event.paragraph, event.words)}).\n`,
    );
  });
  const firstSource = cited[0];
  const cite = firstSource ? ` (${citation(firstSource.label, firstSource.slug, firstSource.paragraph, firstSource.words)})` : '';
  write(join(root, 'content/pages/home.md'), `---\ntitle: A generated dossier of ${sources} sources\ndescription: Generated by the scale benchmark to measure how the build grows with the corpus.\n---\n## What was reported\n\nThe sources report on public works, budgets and disputes${cite}.\n`);
  write(join(root, 'content/pages/about.md'), `---\ntitle: How this dossier is made\ndescription: A generated dossier for the scale benchmark.\n---\n## Method\n\nEvery source is generated from a seeded random number generator${cite}.\n`);
  return { shape, words, quotations, answers };
}
