/**
 * Step 1: read the workbook, show the case table found and let the user review the columns. When the
 * detection is sure, the columns stay folded behind «Xem/sửa cột» and the user just clicks «Tiếp tục».
 */
import { useEffect, useRef, useState } from 'react';
import {
  Button,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Option,
  ProgressBar,
  Text,
} from '@fluentui/react-components';
import { CASE_FIELDS, type CaseField } from '../../workbook/columns';
import { HEADER_SCAN_ROWS } from '../../workbook/find-table';
import { readForDetection, withWholeSheet, type DetectionInput } from '../../workbook/detection-read';
import type { JobProgress } from '../../workbook/score-job';
import type { WorkbookHost } from '../../workbook/workbook-host';
import { choiceKey, choiceLabel, dataRowCount, detect, headerRowOf, missingOf, type DataChoice, type Detection } from '../data-choice';
import { ErrorMessage } from './ErrorMessage';
import type { SavedChoices } from '../ports';
import { formatCount, progressText, progressValue } from '../progress-text';
import { useStepStyles } from '../styles';
import { ColumnMapping } from './ColumnMapping';
import { DetectionNotices } from './DetectionNotices';
import { ManualTable } from './ManualTable';

interface DataStepProps {
  host: WorkbookHost;
  /** Sheets already read (back from the period step); null reads the workbook now. */
  input: DetectionInput | null;
  /** Choices remembered in the workbook or from the previous run, re-applied by header text. */
  saved: SavedChoices | null;
  onNext(input: DetectionInput, choice: DataChoice): void;
}

interface Loaded {
  input: DetectionInput;
  detection: Detection;
  /** The host's word on the workbook's date system (1904, or not detected), shown above the table. */
  dateNotice: string | null;
}

const load = (host: WorkbookHost, input: DetectionInput, saved: SavedChoices | null): Loaded => ({
  input,
  detection: detect(input, saved),
  dateNotice: host.dateSystemNotice?.() ?? null,
});

const needsReview = (choice: DataChoice, d: Detection): boolean =>
  choice.table.confidence !== 'high' || missingOf(choice).length > 0 || d.lost.length > 0 || d.lostSheet !== null;

export function DataStep({ host, input, saved, onNext }: DataStepProps) {
  const styles = useStepStyles();
  const [loaded, setLoaded] = useState<Loaded | null>(() => (input ? load(host, input, saved) : null));
  const [choice, setChoice] = useState<DataChoice | null>(loaded?.detection.choice ?? null);
  // Several sheets look like the case list and none can be preferred: «Tiếp tục» waits for the user's pick.
  const [mustChoose, setMustChoose] = useState(loaded?.detection.mustChoose ?? false);
  const [expanded, setExpanded] = useState(() => (loaded && choice ? needsReview(choice, loaded.detection) : false));
  const [reading, setReading] = useState(input ? 0 : 1);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [cancelled, setCancelled] = useState(false);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    if (reading === 0) return;
    const ctl = new AbortController();
    controller.current = ctl;
    setLoaded(null);
    setError(null);
    setCancelled(false);
    setProgress(null);
    readForDetection(host, (p) => !ctl.signal.aborted && setProgress(p), ctl.signal).then(
      (read) => {
        if (ctl.signal.aborted) return;
        const next = load(host, read, saved);
        setLoaded(next);
        setChoice(next.detection.choice);
        setMustChoose(next.detection.mustChoose);
        setExpanded(next.detection.choice ? needsReview(next.detection.choice, next.detection) : false);
      },
      (e) => !ctl.signal.aborted && setError(e),
    );
    return () => ctl.abort();
    // `saved` is read once per reading on purpose: choices made on screen must not be reset by it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [host, reading]);

  const reread = () => setReading((n) => n + 1);
  // A sheet placed by hand was read only to its first rows: read it whole to count and date its cases.
  const readWhole = (sheet: string) => {
    host.readSheet(sheet).then(
      (whole) => setLoaded((l) => l && { ...l, input: withWholeSheet(l.input, whole) }),
      (e) => setError(e),
    );
  };
  const rereadButton = <Button onClick={reread}>Đọc lại tệp</Button>;
  const cancel = () => {
    controller.current?.abort();
    setCancelled(true);
  };

  if (cancelled) {
    return (
      <div className={styles.step}>
        <MessageBar intent="info">
          <MessageBarBody>Đã dừng đọc tệp. Bấm «Đọc lại tệp» khi cần chấm điểm.</MessageBarBody>
        </MessageBar>
        <div className={styles.actions}>{rereadButton}</div>
      </div>
    );
  }

  if (error) {
    return (
      <div className={styles.step}>
        <ErrorMessage error={error} />
        <div className={styles.actions}>{rereadButton}</div>
      </div>
    );
  }

  if (!loaded) {
    return (
      <div className={styles.step}>
        <Field label="Đang đọc tệp">
          <ProgressBar value={progressValue(progress)} />
        </Field>
        <Text aria-live="polite">{progressText(progress)}</Text>
        <div className={styles.actions}>
          <Button onClick={cancel}>Hủy</Button>
        </div>
      </div>
    );
  }

  if (!choice) {
    return (
      <div className={styles.step}>
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Không tìm thấy bảng hồ sơ</MessageBarTitle>
            Cần một sheet có dòng tiêu đề (trong {HEADER_SCAN_ROWS} dòng đầu) với các cột như «Đơn vị giải quyết», «Ngày tiếp nhận», «Hạn xử lý»,
            «Ngày trả kết quả». Mở tệp xuất từ hệ thống một cửa rồi bấm «Đọc lại tệp», hoặc bấm «Chọn bảng thủ công» để chỉ ra
            sheet, dòng tiêu đề và các cột. Tệp chỉ có bảng số liệu đơn vị gửi thì chọn thẻ «Đối chiếu» ở trên.
          </MessageBarBody>
        </MessageBar>
        <ManualTable
          grids={loaded.input.grids}
          partial={loaded.input.partial}
          onReadWhole={readWhole}
          saved={saved}
          onNext={(manual) => onNext(loaded.input, manual)}
          onReread={reread}
        />
      </div>
    );
  }

  const { detection } = loaded;
  const missing = missingOf(choice);
  const mappedCount = CASE_FIELDS.filter((f) => choice.mapping[f] !== undefined).length;

  const pickSheet = (key: string | undefined) => {
    const next = detection.candidates.find((c) => choiceKey(c) === key);
    if (!next) return;
    setChoice(next);
    setMustChoose(false);
    setExpanded(needsReview(next, { ...detection, lost: [], lostSheet: null }));
  };
  const pickColumn = (field: CaseField, column: number | undefined) => {
    const mapping = { ...choice.mapping };
    if (column === undefined) delete mapping[field];
    else mapping[field] = column;
    setChoice({ ...choice, mapping });
  };
  const onRestoredSheet = choice.table.sheet === detection.choice?.table.sheet;

  return (
    <div className={styles.step}>
      <Field label="Sheet chứa hồ sơ" size="small">
        <Dropdown
          className={styles.dropdown}
          size="small"
          value={mustChoose ? '' : choiceLabel(choice)}
          placeholder="Chọn sheet"
          selectedOptions={mustChoose ? [] : [choiceKey(choice)]}
          onOptionSelect={(_, data) => pickSheet(data.optionValue)}
        >
          {detection.candidates.map((c) => (
            <Option key={choiceKey(c)} value={choiceKey(c)} text={choiceLabel(c)}>
              {`${choiceLabel(c)} (${formatCount(dataRowCount(c))} dòng)`}
            </Option>
          ))}
        </Dropdown>
      </Field>

      {loaded.dateNotice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{loaded.dateNotice}</MessageBarBody>
        </MessageBar>
      )}
      {mustChoose && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Chọn sheet hồ sơ</MessageBarTitle>
            Có {detection.candidates.length} sheet giống danh sách hồ sơ, không cùng cột hoặc có hồ sơ trùng nhau nên không tự gộp được. Chọn sheet
            cần chấm trong danh sách trên.
          </MessageBarBody>
        </MessageBar>
      )}
      {!mustChoose && detection.note && choiceKey(choice) === choiceKey(detection.candidates[0]) && (
        <MessageBar intent="info">
          <MessageBarBody>{detection.note}</MessageBarBody>
        </MessageBar>
      )}

      <div className={styles.section} aria-live="polite">
        <Text>
          {`Đã tìm thấy bảng hồ sơ ở ${choice.sheets.length > 1 ? `${choice.sheets.length} sheet, sheet đầu` : 'sheet'} «${choice.table.sheet}»`}, dòng tiêu đề {headerRowOf(choice)} — {mappedCount}/{CASE_FIELDS.length} cột
          {missing.length === 0 ? ' (đủ cột bắt buộc)' : ''}.
        </Text>
        <Text size={200} className={styles.muted}>
          {formatCount(dataRowCount(choice))} dòng dữ liệu
          {detection.restored && onRestoredSheet ? ' · dùng cách chọn cột đã lưu trong tệp' : ''}
        </Text>
      </div>

      <DetectionNotices choice={choice} lostSheet={detection.lostSheet} />

      <div>
        <Button appearance="subtle" size="small" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Ẩn danh sách cột' : 'Xem/sửa cột'}
        </Button>
      </div>
      {expanded && <ColumnMapping choice={choice} lost={onRestoredSheet ? detection.lost : []} onChange={pickColumn} />}

      <div className={styles.actions}>
        <Button appearance="subtle" onClick={reread}>
          Đọc lại tệp
        </Button>
        <Button appearance="primary" disabledFocusable={missing.length > 0 || mustChoose} onClick={() => onNext(loaded.input, choice)}>
          Tiếp tục
        </Button>
      </div>
    </div>
  );
}
