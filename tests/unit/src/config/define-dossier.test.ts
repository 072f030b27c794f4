/**
 * A dossier's configuration is checked when it is loaded, with messages a newcomer can act
 * on: the field, what was expected; defaults fill what a fork need not set.
 */
import { describe, expect, it } from 'vitest';
import { defineDossier, DossierConfigError } from '../../../../src/config/define-dossier.ts';
import { DEFAULT_LIST_LIMITS } from '../../../../src/config/list-limit-defaults.ts';
import { readEnvironment } from '../../../../src/config/environment.ts';
import dossier from '../../../../dossier.config.ts';

const minimal = { title: 'Harbour Watch', tagline: 'The port deal, sourced', description: 'A dossier about a port deal.', repository: { url: 'https://github.com/example/harbour' } };

function problemsOf(config: unknown): string {
  try {
    defineDossier(config as Parameters<typeof defineDossier>[0]);
  } catch (error) {
    if (error instanceof DossierConfigError) return error.message;
    throw error;
  }
  throw new Error('expected a DossierConfigError');
}

describe('defineDossier', () => {
  it('fills the defaults a fork need not set', () => {
    expect(defineDossier(minimal)).toMatchObject({
      language: 'en',
      base: '/dossier/',
      repository: { url: 'https://github.com/example/harbour', branch: 'main' },
      folders: { content: 'content', seeds: 'seeds', public: 'public' },
      lexicons: { spinner: [], machineTranslation: [] },
      places: [],
      benchmarks: {},
      listLimits: {},
    });
  });

  it('names every wrong field, what it expects, and unknown fields', () => {
    const message = problemsOf({ ...minimal, base: 'dossier', language: 'English', tagine: 'typo', folders: { content: '../elsewhere' }, listLimits: { homeSources: -1 } });
    expect(message).toContain('dossier.config.ts is not valid:');
    expect(message).toContain('"base": a path starting and ending with "/", such as "/dossier/".');
    expect(message).toContain('"language": a language tag such as "en" or "en-GB".');
    expect(message).toContain('"tagine"');
    expect(message).toContain('"folders.content": a folder inside the project, such as "content".');
    expect(message).toContain('"listLimits.homeSources"');
  });

  it('takes the files of its own data only inside the project', () => {
    const message = problemsOf({ ...minimal, lexicons: { spinner: ['../engine/spinner.yaml'] }, places: ['/etc/places.yaml'], benchmarks: { restorationReferences: '../refs' } });
    expect(message).toContain('"lexicons.spinner.0": a file inside the project, such as "data/places.yaml".');
    expect(message).toContain('"places.0": a file inside the project');
    expect(message).toContain('"benchmarks.restorationReferences": a folder inside the project');
  });

  it('says which required field is missing', () => {
    expect(problemsOf({ tagline: 'x', description: 'y', repository: { url: 'https://github.com/x/y' } })).toContain('"title" is required');
  });

  it('takes list limits only by the names the engine has', () => {
    for (const key of Object.keys(DEFAULT_LIST_LIMITS)) expect(() => defineDossier({ ...minimal, listLimits: { [key]: 3 } })).not.toThrow();
  });
});

describe('this dossier’s configuration', () => {
  it('is valid, and has its own title and tagline', () => {
    expect(dossier.title.length).toBeGreaterThan(0);
    expect(dossier.tagline.length).toBeGreaterThan(0);
  });
});

describe('readEnvironment', () => {
  it('reads the engine’s variables, blank ones as unset, and ignores the rest', () => {
    expect(readEnvironment({ SITE_URL: ' https://x.example ', BASE_PATH: '/repo/', REPOSITORY_URL: '  ', OTHER: 'x' })).toEqual({ SITE_URL: 'https://x.example', BASE_PATH: '/repo/' });
  });
});
