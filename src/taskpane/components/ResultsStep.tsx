/**
 * Step 4: what the run found — classes, the units with most late cases, the sheets written (one click
 * opens each) and the data issues (one click selects the cell).
 */
import { useState } from 'react';
import { periodUsedText, sheetsReadText } from '../../workbook/run-description';
import {
  Badge,
  Button,
  Link,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { formatVn } from '../../domain/dates';
import type { DataIssue } from '../../domain/issues';
import { DATA_CHECK_SHEET } from '../../workbook/reports/data-check-sheet';
import { DUE_SOON_SHEET } from '../../workbook/reports/due-soon-sheet';
import { OVERDUE_LIST_SHEET } from '../../workbook/sheet-names';
import type { JobResult } from '../../workbook/score-job';
import { describeError } from '../errors';
import type { Navigator } from '../ports';
import { formatCount, formatPoints } from '../progress-text';
import { classCounts, createdSheets, NO_CLASS_LABEL, progressRows, scoresOf, topLateUnits, unitsLackingData, writtenName } from '../results-view';
import { useStepStyles } from '../styles';
import { IssueList } from './IssueList';
import { LateRateChart } from './LateRateChart';
import { lateRateBars } from '../late-rate-chart';

const useStyles = makeStyles({
  classes: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
  classRow: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  sheets: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  number: { textAlign: 'right', width: '64px' },
  // The header cell's text sits in an inner button: align that, or the titles miss their numbers.
  numberHeader: { justifyContent: 'flex-end' },
  heading: { margin: 0 },
  lacking: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  // Every unit is listed (a province has ~170): the list scrolls inside the pane instead of pushing the rest away.
  scroll: { maxHeight: '240px', overflowY: 'auto' },
});

/** The pane writes numbers the Vietnamese way; the sheets hold numbers whose look the reader's Windows decides. */
const DECIMAL_NOTE =
  'Số trong khung này viết theo kiểu Việt Nam (15,24). Trong các sheet, số được ghi là số: Excel hiện «86,80» hay «86.80» tùy cài đặt vùng (Region) của Windows trên máy mở tệp.';
/** Units named one by one (each a link, so a tab stop); the criteria sheet lists them all. */
const LACKING_LIMIT = 10;

interface ResultsStepProps {
  result: JobResult;
  navigator: Navigator;
  /** Shown above the results, e.g. that the choices could not be saved in the workbook. */
  notice: string | null;
  onRerun(): void;
}

export function ResultsStep({ result, navigator, notice, onRerun }: ResultsStepProps) {
  const styles = { ...useStepStyles(), ...useStyles() };
  const [navError, setNavError] = useState<string | null>(null);
  const { run, plan } = result;
  const scores = scoresOf(result);
  const late = topLateUnits(run.units);
  const go = (work: Promise<void>) => {
    setNavError(null);
    work.catch((e) => setNavError(describeError(e).body));
  };
  const select = (issue: DataIssue & { row: number }) => go(navigator.selectCell(issue.sheet, issue.row, issue.column));
  const issues = result.issues;
  const classes = classCounts(scores);
  const unclassified = classes.find((c) => c.label === NO_CLASS_LABEL)?.count ?? 0;
  const errors = issues.filter((i) => i.severity === 'error').length;
  const progress = progressRows(result);
  const dueSoonTotal = result.dueSoon?.perUnit.reduce((a, b) => a + b, 0) ?? 0;
  const lacking = unitsLackingData(scores);
  const rates = lateRateBars(result);
  const criteriaSheet = writtenName(plan, result.criteriaSheet);

  return (
    <div className={styles.step}>
      <MessageBar intent="success">
        <MessageBarBody>
          <MessageBarTitle>Đã chấm điểm xong</MessageBarTitle>
          Kỳ {formatVn(run.period.from)} – {formatVn(run.period.to)}, tính đến {formatVn(run.period.asOf)}: {formatCount(run.cases.length)} hồ sơ,{' '}
          {formatCount(run.units.length)} đơn vị.
          {run.rowsSkipped > 0 && ` ${formatCount(run.rowsSkipped)} dòng bị bỏ qua (xem danh sách bên dưới).`}
          <Text block size={200}>
            {sheetsReadText(run)}. {periodUsedText(run)}.
          </Text>
        </MessageBarBody>
      </MessageBar>
      {result.profileNotice && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Căn cứ của bộ quy tắc đã thay đổi</MessageBarTitle>
            {result.profileNotice}
          </MessageBarBody>
        </MessageBar>
      )}
      {notice && (
        <MessageBar intent="warning">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      )}
      {navError && (
        <MessageBar intent="error">
          <MessageBarBody>{navError}</MessageBarBody>
        </MessageBar>
      )}

      <section className={styles.section} aria-label="Sheet kết quả">
        <Subtitle2 as="h2" className={styles.heading}>Sheet kết quả</Subtitle2>
        <div className={styles.sheets}>
          {createdSheets(plan, result.criteriaSheet).map((name) => (
            <Button key={name} size="small" onClick={() => go(navigator.activateSheet(name))}>
              {name}
            </Button>
          ))}
        </div>
        {plan.renamed.map((r) => (
          <Text key={r.wanted} size={200} className={styles.muted}>
            Tệp đã có sheet «{r.wanted}» của bạn, nên kết quả được ghi vào «{r.written}».
          </Text>
        ))}
        <Text size={200} className={styles.muted}>
          {DECIMAL_NOTE}
        </Text>
      </section>

      <section className={styles.section} aria-label="Xếp loại">
        <Subtitle2 as="h2" className={styles.heading}>Xếp loại</Subtitle2>
        {scores.length === 0 ? (
          <Text size={200} className={styles.muted}>
            Lần chạy này chưa có kết quả xếp loại.
          </Text>
        ) : (
          <ul className={styles.classes}>
            {classes.map(({ label, count }) => (
              <li key={label} className={styles.classRow}>
                <Text>{label}</Text>
                <Badge appearance={count > 0 ? 'filled' : 'outline'} color={count > 0 ? 'brand' : 'informative'}>
                  {String(count)}
                </Badge>
              </li>
            ))}
          </ul>
        )}
        {unclassified > 0 && (
          <Text size={200}>
            {formatCount(unclassified)} đơn vị chưa đủ dữ liệu để xếp loại: nhập các tiêu chí còn thiếu ở sheet «{criteriaSheet}» rồi bấm «Chạy lại».
          </Text>
        )}
        {lacking.length > 0 && (
          <ul className={styles.lacking} aria-label={`Đơn vị thiếu tiêu chí — mở dòng của đơn vị ở sheet «${criteriaSheet}»`}>
            {lacking.slice(0, LACKING_LIMIT).map((u) => (
              <li key={u.name}>
                <Text size={200}>
                  <Link as="button" onClick={() => go(navigator.selectUnit(criteriaSheet, u.name))}>
                    {u.name}
                  </Link>
                  {` — thiếu tiêu chí ${u.missing.join(', ')}`}
                </Text>
              </li>
            ))}
            {lacking.length > LACKING_LIMIT && (
              <li>
                <Text size={200}>{`và ${formatCount(lacking.length - LACKING_LIMIT)} đơn vị khác — xem sheet «${criteriaSheet}».`}</Text>
              </li>
            )}
          </ul>
        )}
      </section>

      {progress.length > 0 && (
        <section className={styles.section} aria-label="Tiến độ giải quyết (Chỉ số 766)">
          <Subtitle2 as="h2" className={styles.heading}>Tiến độ giải quyết (Chỉ số 766)</Subtitle2>
          {result.dueSoon && (
            <Text size={200}>
              {formatCount(dueSoonTotal)} hồ sơ đang quá hạn hoặc đến hạn đến hết ngày {formatVn(result.dueSoon.limit)} — danh sách ở sheet «
              {writtenName(plan, DUE_SOON_SHEET)}».
            </Text>
          )}
          <div className={styles.scroll}>
            <Table size="extra-small" aria-label="Tiến độ giải quyết theo đơn vị">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>Đơn vị</TableHeaderCell>
                  <TableHeaderCell className={styles.number} button={{ className: styles.numberHeader }}>Tiến độ</TableHeaderCell>
                  <TableHeaderCell className={styles.number} button={{ className: styles.numberHeader }}>Điểm mất</TableHeaderCell>
                  <TableHeaderCell className={styles.number} button={{ className: styles.numberHeader }}>Sắp đến hạn</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {progress.map((u) => (
                  <TableRow key={u.name}>
                    <TableCell>{u.name}</TableCell>
                    <TableCell className={styles.number}>{u.points === null ? '—' : `${formatPoints(u.points)}/${u.max}`}</TableCell>
                    <TableCell className={styles.number}>{u.pointsLost === null ? '—' : formatPoints(u.pointsLost)}</TableCell>
                    <TableCell className={styles.number}>{formatCount(u.dueSoon)}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </section>
      )}

      <section className={styles.section} aria-label="Tỷ lệ trễ hạn">
        <Subtitle2 as="h2" className={styles.heading}>Tỷ lệ trễ hạn</Subtitle2>
        {rates.bars.length === 0 ? (
          <Text size={200}>Không đơn vị nào có hồ sơ giải quyết trễ hạn.</Text>
        ) : (
          <>
            <LateRateChart bars={rates.bars} />
            <Text size={200} className={styles.muted}>
              {`Hồ sơ trễ hạn trên số đã giải quyết, cao nhất trước${rates.bars.some((b) => b.change !== 'none') ? '; ▲/▼: tăng/giảm so với kỳ trước (điểm %)' : ''}${rates.bars.some((b) => b.change === 'unresolved') ? '; —: kỳ trước không có hồ sơ đã giải quyết' : ''}.`}
              {rates.more > 0 && ` Còn ${formatCount(rates.more)} đơn vị có hồ sơ trễ hạn — xem sheet «${writtenName(plan, OVERDUE_LIST_SHEET)}».`}
            </Text>
          </>
        )}
        <Text size={200} className={styles.muted}>
          {result.previous.note ?? `So sánh với kỳ trước: ${result.previous.label}.`}
        </Text>
      </section>

      <section className={styles.section} aria-label="Đơn vị nhiều hồ sơ trễ nhất">
        <Subtitle2 as="h2" className={styles.heading}>Đơn vị nhiều hồ sơ trễ nhất</Subtitle2>
        {late.length === 0 ? (
          <Text size={200}>Không có hồ sơ trễ hạn hay quá hạn.</Text>
        ) : (
          <Table size="extra-small" aria-label="Đơn vị nhiều hồ sơ trễ nhất">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Đơn vị</TableHeaderCell>
                <TableHeaderCell className={styles.number} button={{ className: styles.numberHeader }}>Trễ hạn</TableHeaderCell>
                <TableHeaderCell className={styles.number} button={{ className: styles.numberHeader }}>Quá hạn</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {late.map((u) => (
                <TableRow key={u.name}>
                  <TableCell>{u.name}</TableCell>
                  <TableCell className={styles.number}>{formatCount(u.late)}</TableCell>
                  <TableCell className={styles.number}>{formatCount(u.overdue)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        )}
      </section>

      <section className={styles.section} aria-label="Kiểm tra dữ liệu">
        <Subtitle2 as="h2" className={styles.heading}>
          Kiểm tra dữ liệu ({formatCount(issues.length)}
          {errors > 0 ? `, ${formatCount(errors)} lỗi` : ''})
        </Subtitle2>
        {issues.length === 0 ? (
          <Text size={200}>Không có vấn đề nào trong dữ liệu.</Text>
        ) : (
          <IssueList issues={issues} checkSheet={writtenName(plan, DATA_CHECK_SHEET)} onSelect={select} />
        )}
      </section>

      <div className={styles.actions}>
        <Button appearance="primary" onClick={onRerun}>
          Chạy lại
        </Button>
      </div>
    </div>
  );
}
