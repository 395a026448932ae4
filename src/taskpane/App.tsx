/**
 * The task pane: two tabs. «Chấm điểm» goes through four steps — data, period, run, results — as a small
 * state machine; «Đối chiếu» reviews the figures units submitted. A welcome opens on first use. Everything
 * outside the pane comes in through props (WorkbookHost, Navigator, SettingsStore, PaneEnvironment), so
 * tests drive it with fakes. The pane follows Office's theme, light or dark.
 */
import { useEffect, useRef, useState } from 'react';
import { Button, FluentProvider, makeStyles, Subtitle1, Tab, TabList, tokens, typographyStyles, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { dayFromYmd, type DayNumber } from '../domain/dates';
import { builtInProfile, DEFAULT_PROFILE, type BuiltInProfileName, type RulesProfile } from '../domain/scoring';
import { profileText } from '../workbook/profile-parameters';
import type { ReviewJobResult } from '../workbook/review/review-job';
import type { DetectionInput } from '../workbook/detection-read';
import { districtsInWorkbook } from '../workbook/reports/district-list';
import type { JobResult } from '../workbook/score-job';
import type { WorkbookHost } from '../workbook/workbook-host';
import { DataStep } from './components/DataStep';
import { ErrorBoundary } from './components/ErrorBoundary';
import { PeriodStep } from './components/PeriodStep';
import { ResultsStep } from './components/ResultsStep';
import { ReviewStep } from './components/ReviewStep';
import { RunStep } from './components/RunStep';
import { Welcome } from './components/Welcome';
import { defaultPeriodDay, manualHeaderRow, savedColumns, type DataChoice } from './data-choice';
import { makeReviewJob, makeScoreJob, type ScoreJob } from './job';
import { officePaneEnvironment } from '../office/pane-environment';
import type { Navigator, PaneEnvironment, SavedChoices, SettingsStore, ThemeKind } from './ports';
import { formatCount } from './progress-text';
import { savedReportInfo, type ReportInfoEdits } from './report-info-form';

interface AppProps {
  host: WorkbookHost;
  navigator: Navigator;
  settings: SettingsStore;
  /** Product version, written in the «Thông tin» sheet. */
  version: string;
  /** Decision 1187 rules that replace the user's choice of built-in profile (tests). */
  profile?: RulesProfile;
  /** The clock; tests fix it. */
  now?: () => Date;
  /** The open file, Office's theme and the welcome flag; Office's own when left out. */
  environment?: PaneEnvironment;
}

type Screen =
  | { step: 'data'; input: DetectionInput | null }
  | { step: 'period'; input: DetectionInput; data: DataChoice; latest: DayNumber | null; districts: readonly string[] }
  | { step: 'run'; input: DetectionInput; data: DataChoice; latest: DayNumber | null; job: ScoreJob; toSave: SavedChoices }
  | { step: 'results'; result: JobResult };

type TabName = 'score' | 'review';

const STEPS = { data: 'Dữ liệu', period: 'Kỳ báo cáo', run: 'Chấm điểm', results: 'Kết quả' } as const;
const STEP_ORDER = Object.keys(STEPS) as (keyof typeof STEPS)[];

const caption = (tab: TabName, step: Screen['step']): string =>
  tab === 'review' ? 'Đối chiếu số liệu đơn vị gửi' : `Bước ${STEP_ORDER.indexOf(step) + 1}/4 · ${STEPS[step]}`;

/** The score tab's screens that hold the workbook as read before a review wrote to it. */
const holdsEarlierRead = (screen: Screen): boolean => screen.step !== 'results';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: '560px',
  },
  header: { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', columnGap: tokens.spacingHorizontalS },
  titles: { display: 'flex', flexDirection: 'column' },
  title: { margin: 0 },
  // A heading (it takes the focus on each step) that looks like a caption.
  step: { ...typographyStyles.caption1, margin: 0, color: tokens.colorNeutralForeground3, ':focus': { outline: 'none' }, ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` } },
  /** Read by screen readers, not shown. */
  spoken: { position: 'absolute', width: '1px', height: '1px', margin: '-1px', overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
});

const THEMES = { light: webLightTheme, dark: webDarkTheme } as const;

/** What a screen reader says when a run ends; the step's heading takes the focus at the same time. */
const doneText = (result: JobResult): string => `Đã chấm điểm xong: ${formatCount(result.run.cases.length)} hồ sơ, ${formatCount(result.run.units.length)} đơn vị.`;

function loadSaved(settings: SettingsStore): SavedChoices | null {
  try {
    return settings.load();
  } catch {
    return null; // unreadable settings only cost the user a re-check of the columns
  }
}

const dayOf = (d: Date): DayNumber => dayFromYmd(d.getFullYear(), d.getMonth() + 1, d.getDate());

export function App({ host, navigator, settings, version, profile, now = () => new Date(), environment }: AppProps) {
  const styles = useStyles();
  const [env] = useState<PaneEnvironment>(() => environment ?? officePaneEnvironment());
  const [theme, setTheme] = useState<ThemeKind>(() => env.theme());
  const [welcome, setWelcome] = useState(() => !env.welcomeSeen());
  const [spoken, setSpoken] = useState('');
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const welcomeHeading = useRef<HTMLHeadingElement>(null);
  const shownStep = useRef<string | null>(null);
  const [screen, setScreen] = useState<Screen>({ step: 'data', input: null });
  const [remembered, setRemembered] = useState<SavedChoices | null>(() => loadSaved(settings));
  const [notice, setNotice] = useState<string | null>(null);
  const [profileName, setProfileName] = useState<BuiltInProfileName>(DEFAULT_PROFILE);
  const [reportInfo, setReportInfo] = useState<ReportInfoEdits>({});
  // «Biểu 1–4 cho huyện»: null for the province's forms.
  const [district, setDistrict] = useState<string | null>(null);
  const [tab, setTab] = useState<TabName>('score');
  const [review, setReview] = useState<ReviewJobResult | null>(null);
  // A job that writes is running: the other tab waits, so two jobs never plan on the same sheet list.
  const [busy, setBusy] = useState(false);
  const rules = (): RulesProfile => profile ?? builtInProfile(profileName);
  const tracked = <A extends unknown[], R>(job: (...args: A) => Promise<R>) => (...args: A): Promise<R> => {
    setBusy(true);
    return job(...args).finally(() => setBusy(false));
  };

  useEffect(() => env.onThemeChange(setTheme), [env]);
  useEffect(() => {
    // The page around the pane (body margins, overscroll) takes the theme's background too.
    document.body.style.backgroundColor = THEMES[theme].colorNeutralBackground1;
  }, [theme]);
  // Every step change moves the focus to the step's heading, so keyboard and screen reader users start there.
  useEffect(() => {
    const previous = shownStep.current;
    shownStep.current = screen.step;
    if (previous !== null && previous !== screen.step && tab === 'score' && !welcome) stepHeading.current?.focus();
  }, [screen.step, tab, welcome]);

  const openWelcome = () => {
    setWelcome(true);
    setTimeout(() => welcomeHeading.current?.focus(), 0);
  };
  const closeWelcome = () => {
    env.rememberWelcomeSeen();
    setWelcome(false);
    setTimeout(() => stepHeading.current?.focus(), 0);
  };

  const toPeriod = (input: DetectionInput, data: DataChoice, latest = defaultPeriodDay(data)) => {
    setRemembered({ sheet: data.table.sheet, columns: savedColumns(data), period: remembered?.period ?? null, headerRow: manualHeaderRow(data) });
    setReportInfo({}); // the period step's form opens anew, on what the workbook holds
    const districts = districtsInWorkbook(input.grids, [data, ...data.others]);
    setDistrict((d) => (d !== null && districts.includes(d) ? d : null));
    setScreen({ step: 'period', input, data, latest, districts });
  };

  const scoreBody = (() => {
    switch (screen.step) {
      case 'data':
        return (
          <DataStep
            host={host}
            input={screen.input}
            saved={remembered}
            onNext={(input, data) => toPeriod(input, data)}
          />
        );
      case 'period': {
        const { input, data, latest } = screen;
        return (
          <PeriodStep
            initial={remembered?.period ?? null}
            defaultDay={latest}
            today={dayOf(now())}
            profile={profileName}
            onProfileChange={setProfileName}
            savedReportInfo={savedReportInfo(input.grids)}
            onReportInfoChange={setReportInfo}
            onBack={() => setScreen({ step: 'data', input })}
            districts={screen.districts}
            district={district}
            onDistrictChange={setDistrict}
            onRun={(period, range, sheets, dueWithin) => {
              const toSave = { sheet: data.table.sheet, columns: savedColumns(data), period, headerRow: manualHeaderRow(data) };
              setRemembered(toSave);
              const options = { caseSheets: data.sheets, mapping: data.mapping, headerRow: manualHeaderRow(data), ...range, sheets, dueWithin, reportInfo, district: district ?? undefined, computedAt: now(), version };
              // The job reads the file again: values typed in «Tiêu chí bổ sung» since step 1 count.
              const job = tracked(makeScoreJob(host, options, rules));
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
            onBack={() => toPeriod(input, data, latest)}
            onDone={(result) => {
              setNotice(null);
              setSpoken(doneText(result));
              setScreen({ step: 'results', result });
              settings.save(toSave).catch((e) => setNotice(`${e instanceof Error ? e.message : String(e)} Lần sau cần chọn lại cột và kỳ báo cáo.`));
            }}
          />
        );
      }
      case 'results':
        return (
          <ResultsStep
            result={screen.result}
            navigator={navigator}
            notice={notice}
            onRerun={() => {
              setSpoken('');
              setScreen({ step: 'data', input: null });
            }}
          />
        );
    }
  })();

  const reviewJob = tracked(
    makeReviewJob(host, rules, (chosen) => ({ profileText: profileText(chosen), computedAt: now(), version })),
  );
  const reviewed = (result: ReviewJobResult | null) => {
    setReview(result);
    // The review added its sheet and rewrote the marker: the score tab reads the workbook again.
    if (result) setScreen((s) => (holdsEarlierRead(s) ? { step: 'data', input: null } : s));
  };
  const reviewBody = (
    <ReviewStep job={reviewJob} navigator={navigator} profile={profileName} onProfileChange={setProfileName} result={review} onResult={reviewed} />
  );

  return (
    <FluentProvider theme={THEMES[theme]}>
      <main className={styles.root}>
        <header className={styles.header}>
          <div className={styles.titles}>
            <Subtitle1 as="h1" className={styles.title}>
              Chấm điểm TTHC
            </Subtitle1>
            <h2 className={styles.step} ref={stepHeading} tabIndex={-1}>
              {caption(tab, screen.step)}
            </h2>
          </div>
          {!welcome && (
            <Button appearance="subtle" size="small" onClick={openWelcome}>
              Giới thiệu
            </Button>
          )}
        </header>
        {welcome && <Welcome ref={welcomeHeading} fileName={env.fileName()} onClose={closeWelcome} />}
        {/* Kept mounted under the welcome: a run in progress goes on. */}
        <div hidden={welcome}>
          <TabList selectedValue={tab} onTabSelect={(_, d) => setTab(d.value as TabName)} size="small">
            <Tab id="tab-score" value="score" disabled={busy && tab !== 'score'}>
              Chấm điểm
            </Tab>
            <Tab id="tab-review" value="review" disabled={busy && tab !== 'review'}>
              Đối chiếu
            </Tab>
          </TabList>
          <div role="tabpanel" aria-labelledby={tab === 'score' ? 'tab-score' : 'tab-review'}>
            <ErrorBoundary
              onReset={() => {
                setScreen({ step: 'data', input: null });
                setReview(null);
              }}
            >
              {tab === 'score' ? scoreBody : reviewBody}
            </ErrorBoundary>
          </div>
        </div>
        {/* A live region, not role=status: the «Đối chiếu» tab has its own status region beside its results. */}
        <div aria-live="polite" aria-atomic="true" className={styles.spoken} data-testid="announcer">
          {spoken}
        </div>
      </main>
    </FluentProvider>
  );
}
