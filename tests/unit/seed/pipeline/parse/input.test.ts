import { describe, expect, it } from 'vitest';
import { metaCharset } from '../../../../../seed/pipeline/parse/charset.ts';
import {
  formatByContent,
  ParseError,
  parseBuffer,
  parseFile,
} from '../../../../../seed/pipeline/parse/index.ts';

const FIXTURES = 'tests/fixtures/parse';
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('inputs that are not articles', () => {
  it.each([
    ['empty.txt', 'empty file'],
    ['blank.html', 'empty file (only whitespace)'],
    ['image.png', 'binary content, not text (PNG image)'],
    ['random.txt', 'binary content, not text (NUL bytes)'],
    ['undecodable.html', 'cannot decode the text as big5hkscs'],
  ])('%s: %s', async (file, reason) => {
    const error = await parseFile(`${FIXTURES}/${file}`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).file).toBe(`${FIXTURES}/${file}`);
    expect((error as Error).message).toContain(`${FIXTURES}/${file}: ${reason}`);
  });

  it('reports a file that cannot be read', async () => {
    await expect(parseFile(`${FIXTURES}/missing.txt`)).rejects.toThrow(
      /missing\.txt: cannot read the file \(ENOENT/,
    );
  });

  it('reports an uploaded buffer by its name', () => {
    expect(() => parseBuffer(new Uint8Array(), 'upload.html')).toThrow(
      new ParseError('upload.html', 'empty file'),
    );
  });
});

describe('format detection', () => {
  it('goes by content when the extension says nothing', () => {
    expect(formatByContent('  <!DOCTYPE html><html>')).toBe('html');
    expect(formatByContent('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">')).toBe(
      'html',
    );
    expect(formatByContent('[{"title": "x"}]')).toBe('json');
    expect(formatByContent('{\n  "title": "x"\n}')).toBe('json');
    expect(formatByContent('{"title": "a"}\n{"title": "b"}\n')).toBe('ndjson');
    expect(formatByContent('标题\n\n正文。')).toBe('scrape');
  });

  it('parses JSON and NDJSON uploads without an extension', () => {
    const record = { title: '标题', publishedAt: '2023-10-10', source: '某报', text: '正文。' };
    expect(parseBuffer(utf8(JSON.stringify(record)), 'upload')).toHaveLength(1);
    expect(parseBuffer(utf8(`${JSON.stringify(record)}\n${JSON.stringify(record)}`), 'upload')).toHaveLength(
      2,
    );
  });

  it('reads the charset a <meta> declares', () => {
    expect(metaCharset(utf8('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'))).toBe(
      'gb18030',
    );
    expect(metaCharset(utf8('<meta charset="Big5">'))).toBe('big5hkscs');
    expect(metaCharset(utf8('<meta charset="utf-16">'))).toBe('utf8');
    expect(metaCharset(utf8('<meta charset="no-such-charset">'))).toBeUndefined();
  });

  it('prefers valid UTF-8 over a stale legacy <meta> label', () => {
    const html =
      '<html><head><meta charset="gb2312"></head><body><h1>新标题</h1><p>正文内容。</p></body></html>';
    expect(parseBuffer(utf8(html), 'stale.html')[0]?.title).toBe('新标题');
  });
});
