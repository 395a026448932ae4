/**
 * The task pane: four steps — data, period, run, results — as a small state machine. Everything outside
 * the pane comes in through props (WorkbookHost, Navigator, SettingsStore), so tests drive it with fakes.
 */
import { useState } from 'react';
import { Caption1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { dayFromYmd, type DayNumber } from '../domain/dates';
import { builtInProfile, DEFAULT_PROFILE, type BuiltInProfileName, type RulesProfile } from '../domain/scoring';
import type { InputWorkbook, JobResult } from '../workbook/score-job';
import type { WorkbookHost } from '../workbook/workbook-host';
import { DataStep } from './components/DataStep';
import { ErrorBoundary } from './components/ErrorBoundary';
import { PeriodStep } from './components/PeriodStep';
import { ResultsStep } from './components/ResultsStep';
import { ReviewStep } from './components/ReviewStep';
import { runReviewJob } from '../workbook/review/review-job';
import { profileText } from '../workbook/profile-parameters';
import { RunStep } from './components/RunStep';
import { defaultPeriodDay, savedColumns, type DataChoice } from './data-choice';
import { makeScoreJob, type ScoreJob } from './job';
import type { Navigator, SavedChoices, SettingsStore } from './ports';

export interface AppProps {
  host: WorkbookHost;
  navigator: Navigator;
  settings: SettingsStore;
  /** Product version, written in the «Thông tin» sheet. */
  version: string;
  /** Decision 1187 rules that replace the user's choice of built-in profile (tests). */
  profile?: RulesProfile;
  /** The clock; tests fix it. */
  now?: () => Date;
}

type Screen =
  | { step: 'data'; input: InputWorkbook | null }
  | { step: 'period'; input: InputWorkbook; data: DataChoice; latest: DayNumber | null }
  | { step: 'run'; input: InputWorkbook; data: DataChoice; latest: DayNumber | null; job: ScoreJob; toSave: SavedChoices }
  | { step: 'results'; result: JobResult }
  | { step: 'review'; input: InputWorkbook };

const STEPS = { data: 'Dữ liệu', period: 'Kỳ báo cáo', run: 'Chấm điểm', results: 'Kết quả' } as const;
const STEP_ORDER = Object.keys(STEPS) as (keyof typeof STEPS)[];

const caption = (step: Screen['step']): string =>
  step === 'review' ? 'Đối chiếu số liệu đơn vị gửi' : `Bước ${STEP_ORDER.indexOf(step) + 1}/4 · ${STEPS[step]}`;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '560px',
  },
  header: { display: 'flex', flexDirection: 'column' },
  title: { margin: 0 },
  step: { color: tokens.colorNeutralForeground3 },
});

function loadSaved(settings: SettingsStore): SavedChoices | null {
  try {
    return settings.load();
  } catch {
    return null; // unreadable settings only cost the user a re-check of the columns
  }
}

const dayOf = (d: Date): DayNumber => dayFromYmd(d.getFullYear(), d.getMonth() + 1, d.getDate());

export function App({ host, navigator, settings, version, profile, now = () => new Date() }: AppProps) {
  const styles = useStyles();
  const [screen, setScreen] = useState<Screen>({ step: 'data', input: null });
  const [remembered, setRemembered] = useState<SavedChoices | null>(() => loadSaved(settings));
  const [notice, setNotice] = useState<string | null>(null);
  const [profileName, setProfileName] = useState<BuiltInProfileName>(DEFAULT_PROFILE);
  const rules = (): RulesProfile => profile ?? builtInProfile(profileName);

  const toPeriod = (input: InputWorkbook, data: DataChoice, latest = defaultPeriodDay(data)) => {
    setRemembered({ sheet: data.table.sheet, columns: savedColumns(data), period: remembered?.period ?? null });
    setScreen({ step: 'period', input, data, latest });
  };

  const body = (() => {
    switch (screen.step) {
      case 'data':
        return (
          <DataStep
            host={host}
            input={screen.input}
            saved={remembered}
            onNext={(input, data) => toPeriod(input, data)}
            onReview={(input) => setScreen({ step: 'review', input })}
          />
        );
      case 'review': {
        const { input } = screen;
        const job = () => {
          const chosen = rules();
          return runReviewJob(host, input, chosen, { profileText: profileText(chosen), computedAt: now(), version });
        };
        return <ReviewStep job={job} navigator={navigator} onBack={() => setScreen({ step: 'data', input })} />;
      }
      case 'period': {
        const { input, data, latest } = screen;
        return (
          <PeriodStep
            initial={remembered?.period ?? null}
            defaultDay={latest}
            today={dayOf(now())}
            profile={profileName}
            onProfileChange={setProfileName}
            onBack={() => setScreen({ step: 'data', input })}
            onRun={(period, range, sheets, dueWithin) => {
              const toSave = { sheet: data.table.sheet, columns: savedColumns(data), period };
              setRemembered(toSave);
              const options = { caseSheets: data.sheets, mapping: data.mapping, ...range, sheets, dueWithin, computedAt: now(), version };
              const job = makeScoreJob(host, input, options, rules);
              setScreen({ step: 'run', input, data, latest, job, toSave });
            }}
          />
        );
      }
      case 'run': {
        const { input, data, latest, job, toSave } = screen;
        return (
          <RunStep
            job={job}
            onBack={() => setScreen({ step: 'period', input, data, latest })}
            onDone={(result) => {
              setNotice(null);
              setScreen({ step: 'results', result });
              settings.save(toSave).catch((e) => setNotice(`${e instanceof Error ? e.message : String(e)} Lần sau cần chọn lại cột và kỳ báo cáo.`));
            }}
          />
        );
      }
      case 'results':
        return <ResultsStep result={screen.result} navigator={navigator} notice={notice} onRerun={() => setScreen({ step: 'data', input: null })} />;
    }
  })();

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Subtitle1 as="h1" className={styles.title}>Chấm điểm TTHC</Subtitle1>
        <Caption1 className={styles.step}>
          {caption(screen.step)}
        </Caption1>
      </header>
      <ErrorBoundary onReset={() => setScreen({ step: 'data', input: null })}>{body}</ErrorBoundary>
    </main>
  );
}
