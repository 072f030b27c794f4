/** The JSON Schema of the open data, generated from the same zod schema the build checks it with. */
import type { APIRoute } from 'astro';
import { dossierJsonSchema } from '../../schemas/dossier-data';
import { withBase } from '../../lib/urls';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('astro.config.mjs must set `site` to publish the schema with its address.');
  const schema = dossierJsonSchema(new URL(withBase(''), site).href);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
};
