/**
 * Step 2: the reporting period — a month (the national index is monthly), a quarter, a year or two dates — the
 * as-of date against which cases still in progress are judged, and how many working days ahead «Hồ sơ sắp đến
 * hạn» looks. Defaults to the quarter holding the bulk of the receipt dates, as the engine does.
 */
import { useState } from 'react';
import { Button, Dropdown, Field, Link, makeStyles, mergeClasses, Option, Radio, RadioGroup, Text, tokens } from '@fluentui/react-components';
import { formatIso, formatVn, ymdFromDay, type DayNumber } from '../../domain/dates';
import { DEFAULT_DUE_WITHIN, MAX_DUE_WITHIN } from '../../domain/due-soon';
import {
  checkPeriod,
  defaultPeriod,
  PERIOD_KINDS,
  periodBounds,
  periodName,
  QUARTER_NAMES,
  withKind,
  type PeriodChoice,
  type PeriodKind,
} from '../period';
import { isoToVn, parseTypedDate } from '../date-text';
import { useStepStyles } from '../styles';
import { DateField } from './DateField';
import { UNDO_WARNING } from './Welcome';
import { ALL_SHEETS, SheetPicker } from './SheetPicker';
import { DistrictPicker } from './DistrictPicker';
import { ProfilePicker } from './ProfilePicker';
import { ReportInfoSection } from './ReportInfoSection';
import type { ReportInfoEdits } from '../report-info-form';
import { EMPTY_REPORT_INFO, type ReportInfo } from '../../workbook/report-info/report-info';
import type { BuiltInProfileName } from '../../domain/scoring';

interface PeriodRange {
  from: DayNumber;
  to: DayNumber;
  /** Left out when the user left it blank: the engine then takes the period's end, or today if earlier. */
  asOf?: DayNumber;
}

interface PeriodStepProps {
  /** The period saved in the workbook or chosen before; null starts from the default. */
  initial: PeriodChoice | null;
  /** A day in the quarter the engine takes by default (the bulk of the receipt dates); null when none is readable. */
  defaultDay: DayNumber | null;
  today: DayNumber;
  onBack(): void;
  /** The rules profile chosen so far (kept by the App across steps). */
  profile: BuiltInProfileName;
  onProfileChange(name: BuiltInProfileName): void;
  /** `sheets`: the result sheets to write (names); `dueWithin`: the working days «Hồ sơ sắp đến hạn» looks ahead. */
  onRun(choice: PeriodChoice, range: PeriodRange, sheets: string[], dueWithin: number): void;
  /** What the workbook's `Thông tin báo cáo` holds, shown in «Thông tin văn bản»; nothing when omitted. */
  savedReportInfo?: ReportInfo;
  /** What is changed in «Thông tin văn bản», for the run to write into `Thông tin báo cáo`. */
  onReportInfoChange?(edits: ReportInfoEdits): void;
  /** The districts the workbook holds (districtsInWorkbook), offered for «Biểu 1–4 cho huyện»; none when omitted. */
  districts?: readonly string[];
  /** The district Biểu 1–4 are for, null for the province (kept by the App across steps, like the profile). */
  district?: string | null;
  onDistrictChange?(district: string | null): void;
}

const useStyles = makeStyles({
  // Four choices on one line in a 320 px pane.
  kinds: { flexWrap: 'wrap' },
  kindLabel: { paddingLeft: tokens.spacingHorizontalXXS, paddingRight: tokens.spacingHorizontalS },
  kindIndicator: { marginLeft: tokens.spacingHorizontalXS, marginRight: tokens.spacingHorizontalXS },
  // A message under one date must not push the other down.
  dates: { alignItems: 'flex-start' },
});

type DateKey = 'from' | 'to' | 'asOf';

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const QUARTERS = [1, 2, 3, 4];
const DUE_WITHIN_DAYS = Array.from({ length: MAX_DUE_WITHIN + 1 }, (_, i) => i);

interface NumberPickerProps {
  label: string;
  hint?: string;
  value: number;
  options: readonly number[];
  text(n: number): string;
  onChange(n: number): void;
}

/** Month, quarter or year: a labelled dropdown of numbers shown as words. */
function NumberPicker({ label, hint, value, options, text, onChange }: NumberPickerProps) {
  const styles = useStepStyles();
  return (
    <Field label={label} hint={hint} size="small" className={styles.grow}>
      <Dropdown
        className={styles.dropdown}
        size="small"
        value={text(value)}
        selectedOptions={[String(value)]}
        onOptionSelect={(_, d) => d.optionValue && onChange(Number(d.optionValue))}
      >
        {options.map((n) => (
          <Option key={n} value={String(n)}>
            {text(n)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

function yearOptions(base: number, chosen: number): number[] {
  const first = Math.min(base - 5, chosen);
  const last = Math.max(base + 1, chosen);
  return Array.from({ length: last - first + 1 }, (_, i) => last - i);
}

export function PeriodStep({
  initial, defaultDay, today, profile, onProfileChange, onBack, onRun, savedReportInfo = EMPTY_REPORT_INFO, onReportInfoChange, districts = [], district = null, onDistrictChange,
}: PeriodStepProps) {
  const styles = { ...useStepStyles(), ...useStyles() };
  const fallback = defaultPeriod(defaultDay ?? today);
  const [choice, setChoice] = useState<PeriodChoice>(initial ?? fallback);
  const [sheets, setSheets] = useState<string[]>([...ALL_SHEETS]);
  const [dueWithin, setDueWithin] = useState(DEFAULT_DUE_WITHIN);
  const [reportInfoOk, setReportInfoOk] = useState(true);
  // Dates as typed (dd/mm/yyyy), kept while the user types; a date chosen another way replaces them.
  const [drafts, setDrafts] = useState<Partial<Record<DateKey, string>>>({});
  const update = (patch: Partial<PeriodChoice>) => setChoice({ ...choice, ...patch });
  const replace = (next: PeriodChoice) => {
    setDrafts({});
    setChoice(next);
  };
  const type = (key: DateKey, text: string) => {
    setDrafts({ ...drafts, [key]: text });
    const typed = parseTypedDate(text);
    if (!typed.ok) return;
    if (key === 'asOf') update({ asOf: typed.iso === '' ? null : typed.iso });
    else update({ [key]: typed.iso });
  };
  const typingErrors: Partial<Record<DateKey, string>> = {};
  for (const [key, text] of Object.entries(drafts) as [DateKey, string][]) {
    const typed = parseTypedDate(text);
    if (!typed.ok) typingErrors[key] = typed.message;
  }

  const check = checkPeriod(choice);
  const errors = { ...(check.ok ? {} : check.errors), ...typingErrors };
  const ready = check.ok && Object.keys(typingErrors).length === 0 && reportInfoOk;
  const bounds = periodBounds(choice);
  const asOfShown = choice.asOf ?? (bounds && (choice.kind !== 'custom' || !errors.to) ? formatIso(bounds.to) : '');
  const shown = (key: DateKey): string => drafts[key] ?? isoToVn(key === 'asOf' ? asOfShown : choice[key]);
  const years = yearOptions(ymdFromDay(defaultDay ?? today).year, choice.year);
  const isDefault = periodName(choice) === periodName(fallback);

  const yearPicker = (
    <NumberPicker label="Năm" value={choice.year} options={years} text={String} onChange={(year) => update({ year })} />
  );

  return (
    <div className={styles.step}>
      <Field label="Kỳ báo cáo" size="small">
        <RadioGroup layout="horizontal" className={styles.kinds} value={choice.kind} onChange={(_, d) => replace(withKind(choice, d.value as PeriodKind))}>
          {PERIOD_KINDS.map((k) => (
            <Radio key={k.kind} value={k.kind} label={{ children: k.label, className: styles.kindLabel }} indicator={{ className: styles.kindIndicator }} />
          ))}
        </RadioGroup>
      </Field>

      {choice.kind === 'month' && (
        <div className={styles.row}>
          <NumberPicker label="Tháng" value={choice.month} options={MONTHS} text={(m) => `Tháng ${m}`} onChange={(month) => update({ month })} />
          {yearPicker}
        </div>
      )}
      {choice.kind === 'quarter' && (
        <div className={styles.row}>
          <NumberPicker label="Quý" value={choice.quarter} options={QUARTERS} text={(q) => `Quý ${QUARTER_NAMES[q - 1]}`} onChange={(quarter) => update({ quarter })} />
          {yearPicker}
        </div>
      )}
      {choice.kind === 'year' && <div className={styles.row}>{yearPicker}</div>}
      {choice.kind === 'custom' && (
        <div className={mergeClasses(styles.row, styles.dates)}>
          <DateField label="Từ ngày" grow text={shown('from')} error={errors.from} onChange={(t) => type('from', t)} />
          <DateField label="Đến ngày" grow text={shown('to')} error={errors.to} onChange={(t) => type('to', t)} />
        </div>
      )}

      {bounds && ready && (
        <Text aria-live="polite">
          {periodName(choice)}: từ {formatVn(bounds.from)} đến {formatVn(bounds.to)}
        </Text>
      )}
      {!isDefault && (
        <Text size={200} className={styles.muted}>
          <Link as="button" onClick={() => replace({ ...fallback, asOf: null })}>
            Dùng {periodName(fallback)}
          </Link>
          {defaultDay !== null ? ' (quý có phần lớn ngày tiếp nhận)' : ' (quý hiện tại)'}
        </Text>
      )}

      <DateField
        label="Ngày tính đến"
        hint="Hồ sơ chưa giải quyết xong được xét quá hạn tính đến ngày này. Để trống: ngày cuối kỳ (hôm nay nếu kỳ chưa kết thúc)."
        text={shown('asOf')}
        error={errors.asOf}
        onChange={(t) => type('asOf', t)}
      />
      {(choice.asOf !== null || drafts.asOf !== undefined) && (
        <Text size={200}>
          <Link as="button" onClick={() => replace({ ...choice, asOf: null })}>
            Tính đến ngày cuối kỳ
          </Link>
        </Text>
      )}

      <NumberPicker
        label="Hồ sơ sắp đến hạn trong"
        hint="Sheet «Hồ sơ sắp đến hạn»: hồ sơ quá hạn và hồ sơ đến hạn trong số ngày làm việc này sau «Ngày tính đến»."
        value={dueWithin}
        options={DUE_WITHIN_DAYS}
        text={(n) => (n === 0 ? 'Hôm nay' : `${n} ngày làm việc tới`)}
        onChange={setDueWithin}
      />

      <ProfilePicker value={profile} onChange={onProfileChange} />
      <SheetPicker chosen={sheets} onChange={setSheets} />
      <DistrictPicker districts={districts} value={district} onChange={(d) => onDistrictChange?.(d)} />
      <ReportInfoSection
        saved={savedReportInfo}
        onChange={(edits, ok) => {
          setReportInfoOk(ok);
          onReportInfoChange?.(edits);
        }}
      />

      <Text size={200} className={styles.muted}>
        {UNDO_WARNING}
      </Text>
      <div className={styles.actions}>
        <Button onClick={onBack}>Quay lại</Button>
        <Button appearance="primary" disabledFocusable={!ready} onClick={() => ready && check.ok && onRun(choice, { from: check.from, to: check.to, asOf: choice.asOf === null ? undefined : check.asOf }, sheets, dueWithin)}>
          Chấm điểm
        </Button>
      </div>
    </div>
  );
}
