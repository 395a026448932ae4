/**
 * Which result sheets to write (all by default), like the CLI's `--sheets`. Folded to one line, since most
 * users want them all; `Tiêu chí bổ sung`, `Kiểm tra dữ liệu` and `Thông tin` are always written.
 */
import { useState } from 'react';
import { Caption1, Checkbox, Label, Link, Text } from '@fluentui/react-components';
import { CHOOSABLE_SHEETS } from '../../workbook/result-set';
import { CRITERIA_SHEET, DATA_CHECK_SHEET, INFO_SHEET } from '../../workbook/sheet-names';

export const ALL_SHEETS: readonly string[] = Object.values(CHOOSABLE_SHEETS);

interface SheetPickerProps {
  chosen: readonly string[];
  onChange(chosen: string[]): void;
}

export function SheetPicker({ chosen, onChange }: SheetPickerProps) {
  const [open, setOpen] = useState(false);
  const toggle = (name: string, on: boolean) => onChange(ALL_SHEETS.filter((n) => (n === name ? on : chosen.includes(n))));
  return (
    <div role="group" aria-label="Sheet kết quả" style={{ display: 'flex', flexDirection: 'column' }}>
      <Label size="small">Sheet kết quả</Label>
      <Text size={200}>
        Ghi {chosen.length}/{ALL_SHEETS.length} sheet.{' '}
        <Link as="button" onClick={() => setOpen(!open)} aria-expanded={open}>
          {open ? 'Thu gọn' : 'Chọn sheet'}
        </Link>
      </Text>
      {open &&
        ALL_SHEETS.map((name) => (
          <Checkbox key={name} label={name} checked={chosen.includes(name)} onChange={(_, d) => toggle(name, d.checked === true)} />
        ))}
      <Caption1>{`Luôn ghi thêm «${CRITERIA_SHEET}», «${DATA_CHECK_SHEET}» và «${INFO_SHEET}».`}</Caption1>
    </div>
  );
}
