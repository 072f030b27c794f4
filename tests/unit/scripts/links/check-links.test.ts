/**
 * The link check (issue 17, item 7) against a server of the test's own on 127.0.0.1, never
 * the network: live pages, moved ones, gone ones, a server that refuses HEAD, one that turns
 * robots away, one that never answers and one that is not there. Then `npm run check-links`
 * itself on a copy of content/ whose sources give those addresses.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkUrl, checkUrls } from '../../../../scripts/links/check-urls.ts';
import { linkReport, reportMarkdown } from '../../../../scripts/links/link-report.ts';

let server: Server;
let base = '';
let closedPort = 0;

beforeAll(async () => {
  server = createServer((request, response) => {
    const path = request.url ?? '/';
    if (path === '/alive') response.writeHead(200).end('ok');
    else if (path === '/moved') response.writeHead(301, { location: '/alive' }).end();
    else if (path === '/gone') response.writeHead(410).end();
    else if (path === '/missing') response.writeHead(404).end();
    else if (path === '/no-head') response.writeHead(request.method === 'HEAD' ? 405 : 200).end();
    else if (path === '/robots-unwelcome') response.writeHead(403).end();
    else if (path === '/broken') response.writeHead(500).end();
    else if (path === '/loop') response.writeHead(302, { location: '/loop' }).end();
    else if (path === '/silent') {
      // Never answers: the check must give up on its own.
    } else response.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port nothing listens on: opened, then closed.
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise<void>((done) => probe.close(() => done()));
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((done) => server.close(() => done()));
});

describe('checkUrl', () => {
  it('finds live pages alive, after a redirect too, and asks for the page when HEAD is refused', async () => {
    expect(await checkUrl(`${base}/alive`)).toEqual({ url: `${base}/alive`, verdict: 'alive', status: 200 });
    expect((await checkUrl(`${base}/moved`)).verdict).toBe('alive');
    expect(await checkUrl(`${base}/no-head`)).toMatchObject({ verdict: 'alive', status: 200 });
  });

  it('finds gone, missing and failing pages dead, with the status', async () => {
    expect(await checkUrl(`${base}/gone`)).toMatchObject({ verdict: 'dead', status: 410 });
    expect(await checkUrl(`${base}/missing`)).toMatchObject({ verdict: 'dead', status: 404 });
    expect(await checkUrl(`${base}/broken`)).toMatchObject({ verdict: 'dead', status: 500 });
  });

  it('lists a site that turns robots away apart, not as dead', async () => {
    expect(await checkUrl(`${base}/robots-unwelcome`)).toMatchObject({ verdict: 'refused', status: 403 });
  });

  it('gives up on a server that never answers, a redirect loop and a port nothing listens on', async () => {
    const silent = await checkUrl(`${base}/silent`, { timeoutMs: 300, tries: 1 });
    expect(silent).toMatchObject({ verdict: 'dead', error: 'no answer within 0.3 s' });
    expect((await checkUrl(`${base}/loop`, { tries: 1 })).verdict).toBe('dead');
    const refused = await checkUrl(`http://127.0.0.1:${closedPort}/`, { tries: 1 });
    expect(refused.verdict).toBe('dead');
    expect(refused.error).toMatch(/ECONNREFUSED/);
  });

  it('checks many at once, keeping their order', async () => {
    const urls = ['/alive', '/gone', '/moved', '/missing'].map((path) => `${base}${path}`);
    expect((await checkUrls(urls, { concurrency: 2 })).map((check) => check.verdict)).toEqual(['alive', 'dead', 'alive', 'dead']);
  });
});

describe('the report', () => {
  it('lists each dead address with the file and field that give it, and the refused apart', () => {
    const report = linkReport(
      [
        { url: 'https://a.example/x', file: 'content/sources/a.md', field: 'url' },
        { url: 'https://b.example/y', file: 'content/sources/b.md', field: 'archiveUrl' },
        { url: 'https://c.example/`z`', file: 'content/sources/c.md', field: 'url' },
      ],
      [
        { url: 'https://a.example/x', verdict: 'dead', status: 404 },
        { url: 'https://b.example/y', verdict: 'alive', status: 200 },
        { url: 'https://c.example/`z`', verdict: 'refused', status: 403 },
      ],
    );
    expect(report.dead).toEqual([{ url: 'https://a.example/x', file: 'content/sources/a.md', field: 'url', status: 404, error: undefined }]);
    const markdown = reportMarkdown(report);
    expect(markdown).toContain('- `https://a.example/x` (HTTP 404): url in `content/sources/a.md`');
    expect(markdown).toContain('- `https://c.example/%60z%60` (HTTP 403): url in `content/sources/c.md`');
  });
});

describe('npm run check-links', () => {
  it('checks every source’s url and archiveUrl and writes the report the workflow files', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-links-'));
    try {
      cpSync(resolve('content'), join(root, 'content'), { recursive: true });
      const file = join(root, 'content/sources/bbc-hegseth-orders-pause-in-cyber-operations.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace('language: "en"', `url: "${base}/gone"\narchiveUrl: "${base}/alive"\nlanguage: "en"`));
      // Run without blocking this process: the server the command asks lives here.
      const result = await promisify(execFile)(process.execPath, [resolve('scripts/check-links.ts'), '--json', 'report.json', '--markdown', 'report.md'], { cwd: root, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      const report = JSON.parse(readFileSync(join(root, 'report.json'), 'utf8')) as { checked: number; dead: { url: string; field: string; file: string }[] };
      expect(report.checked).toBe(2);
      expect(report.dead).toEqual([expect.objectContaining({ url: `${base}/gone`, field: 'url', file: 'content/sources/bbc-hegseth-orders-pause-in-cyber-operations.md' })]);
      expect(readFileSync(join(root, 'report.md'), 'utf8')).toContain('1 dead');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 20_000);
});
