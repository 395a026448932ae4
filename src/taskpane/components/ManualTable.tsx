/**
 * When no case table is detected, the user places it by hand: the sheet, the header row, then the columns
 * (the same mapping list as a detected table). «Tiếp tục» waits for the required columns.
 */
import { useEffect, useState } from 'react';
import { Button, Dropdown, Field, Input, Option, Text } from '@fluentui/react-components';
import { cellText, type SheetGrid } from '../../workbook/cells';
import { describeMissing, type CaseField } from '../../workbook/columns';
import { letterOf, manualChoice, missingOf, type DataChoice } from '../data-choice';
import type { SavedChoices } from '../ports';
import { useStepStyles } from '../styles';
import { ColumnMapping } from './ColumnMapping';

interface ManualTableProps {
  grids: SheetGrid[];
  /** Sheets read only to their first rows; the chosen one is read whole (`onReadWhole`) before it is placed. */
  partial: ReadonlySet<string>;
  onReadWhole(sheet: string): void;
  /** A manual choice saved in the workbook comes back when its sheet is still there. */
  saved: SavedChoices | null;
  onNext(choice: DataChoice): void;
  onReread(): void;
}

/** Cells shown in the header row's preview; the rest are counted. */
const PREVIEW_CELLS = 12;

export function ManualTable({ grids, partial, onReadWhole, saved, onNext, onReread }: ManualTableProps) {
  const styles = useStepStyles();
  const sheets = grids.filter((g) => g.visibility === 'visible').map((g) => g.name);
  const restore = saved?.headerRow !== undefined && sheets.includes(saved.sheet) ? saved : null;
  const [open, setOpen] = useState(restore !== null);
  const [sheet, setSheet] = useState(restore?.sheet ?? sheets[0] ?? '');
  const [rowText, setRowText] = useState(restore ? String(restore.headerRow) : '');
  const row = /^\d+$/.test(rowText.trim()) ? Number(rowText.trim()) : null;
  const readingSheet = open && partial.has(sheet);
  useEffect(() => {
    if (readingSheet) onReadWhole(sheet);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per sheet to read; a new callback is no new sheet
  }, [readingSheet, sheet]);
  const placed = sheet && row !== null && !readingSheet ? manualChoice(grids, sheet, row, saved) : null;
  // The user's column changes, for the sheet and row they were made on.
  const [edits, setEdits] = useState<{ at: string; mapping: DataChoice['mapping'] } | null>(null);
  const at = `${sheet}\u0001${row}`;
  const choice = typeof placed === 'object' && placed !== null ? { ...placed, mapping: edits?.at === at ? edits.mapping : placed.mapping } : null;

  const reread = (
    <Button appearance={open ? 'subtle' : 'secondary'} onClick={onReread}>
      Đọc lại tệp
    </Button>
  );
  if (!open) {
    return (
      <div className={styles.actions}>
        {reread}
        <Button appearance="primary" onClick={() => setOpen(true)} disabled={sheets.length === 0}>
          Chọn bảng thủ công
        </Button>
      </div>
    );
  }

  const pickColumn = (field: CaseField, column: number | undefined) => {
    if (!choice) return;
    const mapping = { ...choice.mapping };
    if (column === undefined) delete mapping[field];
    else mapping[field] = column;
    setEdits({ at, mapping });
  };
  const rowProblem = rowText.trim() === '' ? null : row === null || row < 1 ? 'Nhập số dòng (1, 2, 3…).' : typeof placed === 'string' ? placed : null;
  const missing = choice ? missingOf(choice) : [];

  return (
    <div className={styles.section}>
      <Text weight="semibold">Chọn bảng thủ công</Text>
      <Field label="Sheet chứa hồ sơ" size="small">
        <Dropdown
          className={styles.dropdown}
          size="small"
          value={sheet}
          selectedOptions={[sheet]}
          onOptionSelect={(_, data) => data.optionValue !== undefined && setSheet(data.optionValue)}
        >
          {sheets.map((name) => (
            <Option key={name} value={name}>
              {name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field
        label="Dòng tiêu đề (số dòng trong sheet)"
        size="small"
        validationState={rowProblem ? 'error' : 'none'}
        validationMessage={rowProblem ?? undefined}
      >
        <Input size="small" type="number" min={1} inputMode="numeric" value={rowText} onChange={(_, data) => setRowText(data.value)} />
      </Field>
      {readingSheet && <Text size={200} aria-live="polite">{`Đang đọc sheet «${sheet}»…`}</Text>}
      {choice && <HeaderPreview choice={choice} />}
      {choice && <ColumnMapping choice={choice} lost={[]} onChange={pickColumn} />}
      {choice && missing.length > 0 && (
        <Text size={200} aria-live="polite">{`Còn thiếu cột bắt buộc: ${describeMissing(missing)}.`}</Text>
      )}
      <div className={styles.actions}>
        {reread}
        <Button appearance="primary" disabledFocusable={!choice || missing.length > 0} onClick={() => choice && onNext(choice)}>
          Tiếp tục
        </Button>
      </div>
    </div>
  );
}

/** The chosen row's cells, so the user sees they picked the header and not a title or a case. */
function HeaderPreview({ choice }: { choice: DataChoice }) {
  const styles = useStepStyles();
  const cells = (choice.grid.rows[choice.table.headerRowIndex] ?? [])
    .map((v, i) => ({ letter: letterOf(choice, i), text: cellText(v ?? null).trim() }))
    .filter((c) => c.text !== '');
  const shown = cells.slice(0, PREVIEW_CELLS);
  return (
    <div className={styles.section} aria-label="Các ô của dòng tiêu đề" role="group">
      <Text size={200} className={styles.muted}>
        {`Dòng ${choice.grid.originRow + choice.table.headerRowIndex} có ${cells.length} ô:`}
      </Text>
      <Text size={200}>
        {shown.map((c) => `${c.letter}: ${c.text}`).join(' · ')}
        {cells.length > shown.length ? ` · … và ${cells.length - shown.length} ô nữa` : ''}
      </Text>
    </div>
  );
}
