/**
 * The task pane's PaneEnvironment on Office.js: the open file's name from the document URL, the theme from
 * Office.context.officeTheme, and the «welcome seen» flag in the browser's localStorage (it belongs to the
 * user, not to the file: a colleague opening the same file for the first time still gets the welcome).
 */

/** The task pane's PaneEnvironment port (src/taskpane/ports.ts), spelled out: src/office does not import the pane. */
type ThemeKind = 'light' | 'dark';
interface OfficePaneEnvironment {
  fileName(): string | null;
  theme(): ThemeKind;
  onThemeChange(listener: (theme: ThemeKind) => void): () => void;
  welcomeSeen(): boolean;
  rememberWelcomeSeen(): void;
}

const WELCOME_KEY = 'tthcScorecard.welcomeSeen';

/** The last part of a path or URL, without query or fragment: «Hồ sơ quý I.xlsx»; null when there is none. */
export function fileNameOf(url: string | null | undefined): string | null {
  const path = (url ?? '').split(/[?#]/)[0];
  const last = path.split(/[/\\]/).pop()?.trim() ?? '';
  if (last === '') return null;
  try {
    return decodeURIComponent(last);
  } catch {
    return last; // a literal «%» in a local file name
  }
}

/** Office's own flag when the host has it, else the body colour's brightness (Office 2019 lacks isDarkTheme). */
export function themeKindOf(theme: Partial<Office.OfficeTheme> | undefined): ThemeKind {
  if (!theme) return 'light';
  if (typeof theme.isDarkTheme === 'boolean') return theme.isDarkTheme ? 'dark' : 'light';
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme.bodyBackgroundColor ?? '')?.[1];
  if (!hex) return 'light';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128 ? 'dark' : 'light';
}

/** Storage can be off (private mode, locked-down WebView): the welcome then shows on each opening, which is harmless. */
function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function officePaneEnvironment(): OfficePaneEnvironment {
  return {
    fileName: () => fileNameOf(Office.context.document?.url),
    theme: () => themeKindOf(Office.context.officeTheme),
    onThemeChange(listener) {
      const document = Office.context.document as Partial<Office.Document> | undefined;
      const event = Office.EventType?.OfficeThemeChanged;
      // Excel has no theme event on most builds; then the theme read at start stays.
      if (!event || !document?.addHandlerAsync) return () => undefined;
      const handler = () => listener(themeKindOf(Office.context.officeTheme));
      try {
        document.addHandlerAsync(event, handler);
      } catch {
        return () => undefined;
      }
      return () => {
        try {
          document.removeHandlerAsync?.(event, { handler });
        } catch {
          // The pane is closing: nothing left to listen to.
        }
      };
    },
    welcomeSeen: () => {
      try {
        return storage()?.getItem(WELCOME_KEY) === '1';
      } catch {
        return false;
      }
    },
    rememberWelcomeSeen: () => {
      try {
        storage()?.setItem(WELCOME_KEY, '1');
      } catch {
        // Not kept: the welcome shows again next time.
      }
    },
  };
}
