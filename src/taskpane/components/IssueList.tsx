/**
 * The data issues, errors first, capped so a file with thousands of bad rows stays fast; the full list is
 * in the «Kiểm tra dữ liệu» sheet. An issue with a row selects that cell in Excel. The list is one tab stop
 * (the arrow keys move inside it), so the keyboard reaches «Chạy lại» without going through 200 issues.
 */
import { Badge, makeStyles, Text, tokens, useArrowNavigationGroup } from '@fluentui/react-components';
import type { DataIssue } from '../../domain/issues';
import { formatCount } from '../progress-text';
import { sortedIssues } from '../results-view';

const ISSUE_LIMIT = 200;

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    // Long lists scroll in their own box so «Chạy lại» stays close.
    maxHeight: '360px',
    overflowY: 'auto',
    overflowX: 'hidden',
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    width: '100%',
    boxSizing: 'border-box',
    textAlign: 'left',
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: 'none',
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: 'transparent',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    overflowWrap: 'anywhere',
  },
  clickable: {
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  where: { display: 'flex', alignItems: 'flex-start', columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground3 },
  // The badge keeps its one-line pill however long the place text beside it.
  badge: { flexShrink: 0, whiteSpace: 'nowrap' },
});

interface IssueListProps {
  issues: readonly DataIssue[];
  /** Name of the sheet listing every issue (it may be 'Kiểm tra dữ liệu (2)'). */
  checkSheet: string;
  onSelect(issue: DataIssue & { row: number }): void;
}

function issuePlace(issue: DataIssue): string {
  const parts = [`Sheet «${issue.sheet}»`];
  if (issue.row !== null) parts.push(`dòng ${issue.row}`);
  if (issue.column) parts.push(`cột ${issue.column}`);
  return parts.join(', ');
}

export function IssueList({ issues, checkSheet, onSelect }: IssueListProps) {
  const styles = useStyles();
  const shown = sortedIssues(issues).slice(0, ISSUE_LIMIT);
  const arrows = useArrowNavigationGroup({ axis: 'vertical', memorizeCurrent: true });
  return (
    <>
      <ul className={styles.list} aria-label="Danh sách vấn đề — phím mũi tên lên, xuống để chuyển" {...arrows}>
        {shown.map((issue, i) => {
          const content = (
            <>
              <span className={styles.where}>
                <Badge size="small" appearance="tint" className={styles.badge} color={issue.severity === 'error' ? 'danger' : 'warning'}>
                  {issue.severity === 'error' ? 'Lỗi' : 'Cảnh báo'}
                </Badge>
                {issuePlace(issue)}
              </span>
              <span>{issue.message}</span>
            </>
          );
          const row = issue.row;
          return (
            <li key={i}>
              {row === null ? (
                <div className={styles.item}>{content}</div>
              ) : (
                <button
                  type="button"
                  className={`${styles.item} ${styles.clickable}`}
                  title="Chọn ô này trong Excel"
                  onClick={() => onSelect({ ...issue, row })}
                >
                  {content}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {issues.length > shown.length && (
        <Text size={200}>
          Đang hiện {formatCount(shown.length)}/{formatCount(issues.length)} vấn đề. Xem đủ trong sheet «{checkSheet}».
        </Text>
      )}
    </>
  );
}
