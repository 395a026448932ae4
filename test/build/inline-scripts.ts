/** The inline scripts of an HTML page (not those loaded by src), as text. */
export function inlineScripts(html: string): string[] {
  return Array.from(html.matchAll(/<script>([\s\S]*?)<\/script>/g), (m) => m[1]);
}
