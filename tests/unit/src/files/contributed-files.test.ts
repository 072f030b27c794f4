/**
 * Contributed folders are listed and read without following anything: links (to files
 * outside the repository, to devices), FIFOs, sockets and folders named like files are
 * refused by name, and reading one never hangs or reads outside the project.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../../../src/files/content-error.ts';
import { folderProblems, listContributedFolder, walkContributedFolder } from '../../../../src/files/contributed-files.ts';
import { readContentBytes, readContentFile } from '../../../../src/files/read-content-file.ts';

/** A hang guard: reading a device or a FIFO must be refused at once, not waited on. */
const HANG_GUARD_MS = 5_000;

let root: string;
const write = (path: string, contents = 'text\n') => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), contents);
};
const mkfifo = (path: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  const result = spawnSync('mkfifo', [join(root, path)]);
  if (result.status !== 0) throw new Error(`mkfifo failed: ${result.stderr}`);
};
const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((problem) => `${problem.file}: ${problem.message}`).join('\n');
    throw error;
  }
  throw new Error('expected a refusal');
};

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'dossier-contributed-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('listContributedFolder', () => {
  it('lists the regular files with the extension, in name order', () => {
    write('content/actors/b.md');
    write('content/actors/a.md');
    write('content/actors/notes.txt');
    expect(listContributedFolder(root, 'content/actors', { extensions: ['.md'] })).toEqual({
      files: [
        { name: 'a.md', path: join(root, 'content/actors/a.md'), file: 'content/actors/a.md' },
        { name: 'b.md', path: join(root, 'content/actors/b.md'), file: 'content/actors/b.md' },
      ],
      problems: [],
    });
  });

  it('is empty, with no problem, when the folder does not exist', () => {
    expect(listContributedFolder(root, 'content/timeline', { extensions: ['.md'] })).toEqual({ files: [], problems: [] });
  });

  it('refuses links (to /etc/passwd, /dev/zero, a file of the repository), naming each', () => {
    write('content/sources/real.md');
    symlinkSync('/etc/passwd', join(root, 'content/sources/passwd.md'));
    symlinkSync('/dev/zero', join(root, 'content/sources/zero.md'));
    symlinkSync(join(root, 'content/sources/real.md'), join(root, 'content/sources/twin.md'));
    symlinkSync('/etc/hostname', join(root, 'content/sources/README'));
    const { files, problems } = listContributedFolder(root, 'content/sources', { extensions: ['.md'] });
    expect(files.map((file) => file.name)).toEqual(['real.md']);
    expect(problems.map((problem) => problem.file)).toEqual([
      'content/sources/README',
      'content/sources/passwd.md',
      'content/sources/twin.md',
      'content/sources/zero.md',
    ]);
    expect(problems.every((problem) => problem.message.startsWith('is a symbolic link'))).toBe(true);
  });

  it('refuses a folder, a FIFO and a socket named like a file', async () => {
    mkdirSync(join(root, 'content/sources/folder.md'), { recursive: true });
    mkfifo('content/sources/pipe.md');
    const server: Server = createServer();
    await new Promise<void>((resolve) => server.listen(join(root, 'content/sources/socket.md'), resolve));
    try {
      const { problems } = listContributedFolder(root, 'content/sources', { extensions: ['.md'] });
      expect(problems).toEqual([
        { file: 'content/sources/folder.md', message: expect.stringMatching(/^is a folder, where a file is expected/) },
        { file: 'content/sources/pipe.md', message: expect.stringMatching(/^is a FIFO \(named pipe\), not a file/) },
        { file: 'content/sources/socket.md', message: expect.stringMatching(/^is a socket, not a file/) },
      ]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('refuses the extension in another case by name, rather than skipping the file', () => {
    write('content/actors/jane-doe.MD');
    write('content/actors/john-doe.Md');
    const { files, problems } = listContributedFolder(root, 'content/actors', { extensions: ['.md'] });
    expect(files).toEqual([]);
    expect(problems).toEqual([
      { file: 'content/actors/jane-doe.MD', message: 'has the extension ".MD"; write it ".md" in lower case, or the file is not read.' },
      { file: 'content/actors/john-doe.Md', message: 'has the extension ".Md"; write it ".md" in lower case, or the file is not read.' },
    ]);
  });

  it('refuses a folder that is a link, and a link on the way to it, without listing through it', () => {
    const outside = mkdtempSync(join(tmpdir(), 'dossier-outside-'));
    try {
      writeFileSync(join(outside, 'secret.json'), '{}');
      mkdirSync(join(root, 'content'), { recursive: true });
      symlinkSync(outside, join(root, 'content/cleaning'));
      expect(listContributedFolder(root, 'content/cleaning', { extensions: ['.json'] })).toEqual({
        files: [],
        problems: [{ file: 'content/cleaning', message: expect.stringMatching(/^is a symbolic link/) }],
      });
      rmSync(join(root, 'content'), { recursive: true });
      symlinkSync(outside, join(root, 'content'));
      expect(folderProblems(root, 'content/cleaning')).toEqual([{ file: 'content', message: expect.stringMatching(/^is a symbolic link/) }]);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe('walkContributedFolder', () => {
  it('returns every regular file below, and refuses links at any depth', () => {
    write('public/a.svg');
    write('public/img/b.png');
    mkdirSync(join(root, 'public/deep/er'), { recursive: true });
    symlinkSync('../../.git/config', join(root, 'public/deep/er/config.txt'));
    const { files, problems } = walkContributedFolder(root, 'public');
    expect(files.map((file) => file.file)).toEqual(['public/a.svg', 'public/img/b.png']);
    expect(problems).toEqual([{ file: 'public/deep/er/config.txt', message: expect.stringMatching(/^is a symbolic link/) }]);
  });
});

describe('readContentFile', () => {
  it('reads a regular file', () => {
    write('a.md', 'hello\n');
    expect(readContentFile(join(root, 'a.md'), 'a.md', 100)).toBe('hello\n');
  });

  it('refuses a link without following it (even to a readable file)', () => {
    write('a.md');
    symlinkSync(join(root, 'a.md'), join(root, 'b.md'));
    expect(refusal(() => readContentFile(join(root, 'b.md'), 'b.md', 100))).toMatch(/^b\.md: is a symbolic link/);
  });

  it('refuses a link to /dev/zero at once', () => {
    symlinkSync('/dev/zero', join(root, 'zero.md'));
    expect(refusal(() => readContentBytes(join(root, 'zero.md'), 'zero.md', 1_000_000))).toMatch(/^zero\.md: is a symbolic link/);
  }, HANG_GUARD_MS);

  it('refuses a device at once', () => {
    expect(refusal(() => readContentBytes('/dev/zero', 'dev-zero', 1_000_000))).toBe('dev-zero: is a device file, not a file; only regular files are read here. Remove it.');
  }, HANG_GUARD_MS);

  it('refuses a FIFO with no writer at once, rather than waiting for one', () => {
    mkfifo('pipe.md');
    expect(refusal(() => readContentBytes(join(root, 'pipe.md'), 'pipe.md', 1_000))).toMatch(/^pipe\.md: is a FIFO \(named pipe\)/);
  }, HANG_GUARD_MS);

  it('refuses a folder', () => {
    mkdirSync(join(root, 'dir.md'));
    expect(refusal(() => readContentBytes(join(root, 'dir.md'), 'dir.md', 1_000))).toMatch(/^dir\.md: is a folder/);
  });
});
