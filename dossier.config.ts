/**
 * This dossier: what it is called and about, where it is published, and its own lexicons.
 * A newsroom that forks the engine for another event edits this file and content/ (see
 * README.md, "Your own dossier"); every field is described in src/config/dossier-config-schema.ts.
 */
import { defineDossier } from './src/config/define-dossier.ts';

export default defineDossier({
  title: 'The Dossier',
  tagline: 'US cyber operations against Russia, paused',
  description:
    'An explainer of the reported pause of US offensive cyber operations against Russia, ordered by Defense Secretary Pete Hegseth in early 2025: every claim cited to the sources, every source cleaned on the record.',
  language: 'en',
  site: 'https://example.github.io',
  base: '/dossier/',
  repository: { url: 'https://github.com/example/dossier', branch: 'main' },
  // This dossier's own data, beside content/ and seeds/: what the engine's tools need to know
  // about this event and nothing else does (see data/README.md).
  lexicons: {
    spinner: ['data/lexicons/spinner.yaml'],
    machineTranslation: ['data/lexicons/machine-translation.yaml'],
    spinnerProfile: 'data/lexicons/spinner-profile.yaml',
  },
  places: ['data/places.yaml'],
  benchmarks: { restorationReferences: 'data/restoration-references' },
});
