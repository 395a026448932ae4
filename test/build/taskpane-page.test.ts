/**
 * taskpane.html's own script must run in the engines it turns away (Internet Explorer 11 knows only ES5), and
 * must turn away exactly those. test/e2e/old-engine.e2e.test.ts shows the built page in Chromium; here the
 * script's logic meets many user agents, on a minimal stand-in for the page.
 */
import { readFileSync } from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import { parse } from 'acorn';
import { inlineScripts } from './inline-scripts';

const PAGE = readFileSync(path.resolve(__dirname, '../../src/taskpane/taskpane.html'), 'utf8');

const parseEs5 = (code: string) => parse(code, { ecmaVersion: 5, sourceType: 'script' });

/** A real Office webview's user agent per engine (Office appends «ms-office» to Trident's). */
const UA = {
  ie11: 'Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16) like Gecko',
  edgeHtml:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041',
  webView2:
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0',
  macWkWebView: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
  chrome: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
};

/** What the script did to the page: the attribute on <html>, the boxes it showed, the engine it named. */
function runPage(userAgent: string, officeLoaded: boolean) {
  const shown: string[] = [];
  const removed: string[] = [];
  let stopped: string | null = null;
  let engineName = '';
  const timers: (() => void)[] = [];
  const element = (id: string) => ({
    removeAttribute: (name: string) => name === 'hidden' && shown.push(id),
    parentNode: { removeChild: () => removed.push(id) },
    set textContent(text: string) {
      if (id === 'engine-name') engineName = text;
    },
  });
  const window: Record<string, unknown> = { setTimeout: (f: () => void) => timers.push(f) };
  if (officeLoaded) window.Office = {};
  const context = {
    window,
    navigator: { userAgent },
    document: {
      getElementById: (id: string) => (removed.includes(id) ? null : element(id)),
      documentElement: { setAttribute: (name: string, value: string) => name === 'data-stopped' && (stopped = value) },
    },
  };
  const [script] = inlineScripts(PAGE);
  vm.runInNewContext(script, context);
  return { stopped, shown, engineName, removed, timers };
}

describe('taskpane.html', () => {
  it('has one inline script, and it is ES5', () => {
    const scripts = inlineScripts(PAGE);
    expect(scripts).toHaveLength(1);
    expect(() => parseEs5(scripts[0])).not.toThrow();
  });

  it.each([
    ['let', 'let x = 1;'],
    ['const', 'const x = 1;'],
    ['an arrow function', 'var f = () => 1;'],
    ['a template literal', 'var s = `a`;'],
  ])('would be refused with %s (the ES5 check can fail)', (_name, code) => {
    expect(() => parseEs5(code)).toThrow(SyntaxError);
  });

  it.each([
    ['Internet Explorer 11', UA.ie11, 'Internet Explorer 11', ['old-engine']],
    ['EdgeHTML', UA.edgeHtml, 'Microsoft Edge cũ (EdgeHTML)', ['webview2-hint', 'old-engine']],
  ])('turns away %s, names it and stops the bundle', (_name, userAgent, engine, shown) => {
    const page = runPage(userAgent, true);
    expect(page.stopped).toBe('old-engine');
    expect(page.engineName).toBe(engine);
    expect(page.shown).toEqual(shown);
    expect(page.removed).toEqual(['loading']);
    expect(page.timers).toHaveLength(0);
  });

  it.each([
    ['WebView2 (Edg/)', UA.webView2],
    ['Safari WKWebView on a Mac', UA.macWkWebView],
    ['Chrome (Excel on the web)', UA.chrome],
  ])('lets %s start the pane, with «Đang tải…» until it does', (_name, userAgent) => {
    const page = runPage(userAgent, true);
    expect(page.stopped).toBeNull();
    expect(page.shown).toEqual([]);
    expect(page.removed).toEqual([]);
    // 30 s later, a pane that has not replaced «Đang tải…» says it is slow.
    expect(page.timers).toHaveLength(1);
    page.timers[0]();
    expect(page.shown).toEqual(['slow']);
  });

  it('says office.js did not load, and stops the bundle', () => {
    const page = runPage(UA.webView2, false);
    expect(page.stopped).toBe('office-missing');
    expect(page.shown).toEqual(['office-missing']);
    expect(page.removed).toEqual(['loading']);
  });

  it('names an old engine before a missing office.js (it would not run the pane anyway)', () => {
    expect(runPage(UA.ie11, false).stopped).toBe('old-engine');
  });

  it('has every element the script shows, hidden until it does', () => {
    for (const id of ['old-engine', 'office-missing', 'slow', 'webview2-hint']) {
      expect(PAGE).toMatch(new RegExp(`<(div|p) id="${id}"[^>]* hidden>`));
    }
    expect(PAGE).toMatch(/<p class="loading" id="loading" role="status">Đang tải…<\/p>/);
    expect(PAGE).toMatch(/<b id="engine-name">/);
  });
});
