/**
 * What a dossier declares about itself in `dossier.config.ts`: its name and words, where it
 * is published, where its files are, the lexicons it adds to the engine's, and the limits
 * its pages keep. Everything about one event lives here or in content/; the engine in src/
 * and scripts/ is the same for every dossier. Each field has a default where one makes sense,
 * so a fork starts from a working configuration and changes what is its own.
 */
import { z } from 'astro/zod';
import { DEFAULT_LIST_LIMITS } from './list-limit-defaults.ts';

/** A path inside the project, relative to its root, without `..` (nothing is read outside it). */
const insideProject = (example: string) =>
  z
    .string()
    .min(1)
    .refine((value) => !value.split(/[\\/]/).includes('..') && !value.startsWith('/'), example);

/** A folder of the project. */
const projectFolder = insideProject('a folder inside the project, such as "content"');
/** A file of the project. */
const projectFile = insideProject('a file inside the project, such as "data/places.yaml"');

export const dossierConfigSchema = z
  .object({
    /** The dossier's name, in the header, page titles and the open data, e.g. "The Dossier". */
    title: z.string().min(1),
    /** One line under the name saying what the dossier is about. */
    tagline: z.string().min(1),
    /** One sentence for search engines and link previews of the home page. */
    description: z.string().min(1),
    /** BCP 47 tag of the language the dossier is written in (its pages' `lang`), e.g. "en". */
    language: z.string().regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]+)*$/, 'a language tag such as "en" or "en-GB"').default('en'),
    /** Where the site is published: origin, e.g. "https://example.github.io"; SITE_URL overrides it. */
    site: z.url({ protocol: /^https?$/, message: 'an http or https origin, such as "https://example.github.io"' }).default('https://example.github.io'),
    /** Base path every page lives under, e.g. "/dossier/" for a GitHub Pages project site; BASE_PATH overrides it. */
    base: z.string().regex(/^\/(?:[A-Za-z0-9._~-]+\/)*$/, 'a path starting and ending with "/", such as "/dossier/"').default('/dossier/'),
    /** The repository readers' corrections go to. */
    repository: z
      .object({
        /** Its web address, e.g. "https://github.com/owner/dossier"; REPOSITORY_URL (or GitHub Actions' own variables) override it. */
        url: z.url({ protocol: /^https?$/ }),
        /** The branch pull requests go to; REPOSITORY_BRANCH overrides it. */
        branch: z.string().min(1).default('main'),
      })
      .strict(),
    /** The project's folders of contributed files. */
    folders: z
      .object({
        /** What the site shows: sources, actors, outlets, questions, timeline, pages, cleaning records. */
        content: projectFolder.default('content'),
        /** Raw articles and their sidecars. */
        seeds: projectFolder.default('seeds'),
        /** Files published as they are (an allow-list of kinds; see CONTRIBUTING.md). */
        public: projectFolder.default('public'),
      })
      .strict()
      .default({ content: 'content', seeds: 'seeds', public: 'public' }),
    /**
     * The dossier's own cleaning lexicons, used beside the engine's general ones
     * (scripts/clean/lexicons/): entries about this event's names (its outlets', agencies'
     * and people's names a spinner or a translation tool mangles, or conditions on them), as
     * YAML files in the lexicon format (scripts/clean/lexicons/README.md), relative to the
     * project. Each file declares the rule id of the lexicon it joins (`spinner` or
     * `machine-translation`), so its changes are recorded like the general entries'.
     */
    lexicons: z
      .object({
        /** Entries for copies run through an article spinner (`ruleId: spinner`). */
        spinner: z.array(projectFile).default([]),
        /** Entries for copies machine-translated and back (`ruleId: machine-translation`). */
        machineTranslation: z.array(projectFile).default([]),
        /** Where `npm run spinner-profile` writes the swaps this dossier's seeds prove, for review; never applied. */
        spinnerProfile: projectFile.optional(),
      })
      .strict()
      .default({ spinner: [], machineTranslation: [] }),
    /**
     * Places this dossier's sources name that the engine's general knowledge (countries and
     * time-zone cities from the runtime, a short list of regions and cities in the news) lacks:
     * YAML files with a `places` list, relative to the project. A place is not proposed as an
     * actor (src/names/name-lexicon.ts).
     */
    places: z.array(projectFile).default([]),
    /** Data the benchmarks read about this dossier. */
    benchmarks: z
      .object({
        /**
         * Folder of frozen reference restorations of damaged seeds, `<seed id>.reference.txt`:
         * the restoration benchmark's real-data rows (scripts/bench/restore/held-out.ts). A
         * seed without one has no such row.
         */
        restorationReferences: projectFolder.optional(),
      })
      .strict()
      .default({}),
    /** How long a list a page shows before it summarises (see src/lib/list-limits.ts); any not given keeps its default. */
    listLimits: z
      .object(Object.fromEntries(Object.keys(DEFAULT_LIST_LIMITS).map((key) => [key, z.number().int().positive().optional()])) as Record<keyof typeof DEFAULT_LIST_LIMITS, z.ZodOptional<z.ZodNumber>>)
      .strict()
      .default({}),
  })
  .strict();

/** The configuration as written in dossier.config.ts. */
export type DossierUserConfig = z.input<typeof dossierConfigSchema>;
/** The configuration with its defaults. */
export type DossierConfig = z.output<typeof dossierConfigSchema>;
