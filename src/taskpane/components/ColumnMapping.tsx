/** One row per case field: its label (required ones marked) and the column chosen for it. */
import { Dropdown, Field, makeStyles, Option, tokens } from '@fluentui/react-components';
import { CASE_FIELDS, FIELD_LABELS, REQUIRED_FIELDS, type CaseField } from '../../workbook/columns';
import { letterOf, missingOf, suspiciousFields, type DataChoice } from '../data-choice';

const NONE = 'none';
const NONE_LABEL = '— Không có —';

const useStyles = makeStyles({
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  dropdown: { minWidth: 'auto', width: '100%' },
});

interface ColumnMappingProps {
  choice: DataChoice;
  /** Fields whose saved column is gone from the sheet. */
  lost: readonly CaseField[];
  onChange(field: CaseField, column: number | undefined): void;
}

/** 'Ngày tiếp nhận (cột E)'; a column without a header is named by its letter. */
function columnLabel(choice: DataChoice, index: number): string {
  const header = choice.table.headers[index]?.trim();
  return header ? `${header} (cột ${letterOf(choice, index)})` : `Cột ${letterOf(choice, index)} (không có tiêu đề)`;
}

function problemOf(field: CaseField, choice: DataChoice, lost: readonly CaseField[], suspicious: readonly CaseField[]): { state: 'error' | 'warning'; text: string } | null {
  if (missingOf(choice).includes(field)) {
    const text = field === 'due' ? `Bắt buộc: chọn cột «${FIELD_LABELS.due}» hoặc «${FIELD_LABELS.processingDays}».` : 'Bắt buộc: chọn cột chứa thông tin này.';
    return { state: 'error', text };
  }
  if (suspicious.includes(field)) {
    return { state: 'warning', text: 'Nội dung cột không khớp với tiêu đề (ngày tháng ở chỗ không phải ngày, hoặc ngược lại) — có thể tiêu đề bị lệch. Hãy kiểm tra.' };
  }
  if (lost.includes(field)) return { state: 'warning', text: 'Cột đã lưu trong tệp không còn; đang dùng cột tự tìm thấy.' };
  const index = choice.mapping[field];
  const shared = CASE_FIELDS.filter((f) => f !== field && index !== undefined && choice.mapping[f] === index);
  if (shared.length > 0) return { state: 'warning', text: `Cột này cũng được chọn cho ${shared.map((f) => `«${FIELD_LABELS[f]}»`).join(', ')}.` };
  return null;
}

export function ColumnMapping({ choice, lost, onChange }: ColumnMappingProps) {
  const styles = useStyles();
  const suspicious = suspiciousFields(choice);
  return (
    <div className={styles.list}>
      {CASE_FIELDS.map((field) => {
        const index = choice.mapping[field];
        const problem = problemOf(field, choice, lost, suspicious);
        const required = REQUIRED_FIELDS.includes(field);
        return (
          <Field
            key={field}
            label={FIELD_LABELS[field]}
            required={required}
            size="small"
            validationState={problem?.state ?? 'none'}
            validationMessage={problem?.text}
          >
            <Dropdown
              className={styles.dropdown}
              size="small"
              value={index === undefined ? NONE_LABEL : columnLabel(choice, index)}
              selectedOptions={[index === undefined ? NONE : String(index)]}
              onOptionSelect={(_, data) => onChange(field, data.optionValue === NONE || data.optionValue === undefined ? undefined : Number(data.optionValue))}
            >
              <Option value={NONE}>{NONE_LABEL}</Option>
              {choice.table.headers.map((_, i) => (
                <Option key={i} value={String(i)}>
                  {columnLabel(choice, i)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        );
      })}
    </div>
  );
}
